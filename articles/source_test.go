package articles

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"whosaid/internal/testsupport"
	"whosaid/model"
)

func TestLoadDefault(t *testing.T) {
	doc, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != DefaultName || len(doc.Paragraphs) != 17 {
		t.Errorf("built-in article: source %q, %d paragraphs; want %q, 17", doc.Source, len(doc.Paragraphs), DefaultName)
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadFiles(t *testing.T) {
	tests := []struct {
		name, file, content string
		title               string
		want                []string
	}{
		{"text file", "a.txt", "One.\nTwo.\n", "", []string{"One.", "Two."}},
		{"empty file is an empty document", "empty.txt", "", "", []string{}},
		{"white space only", "ws.txt", " \n\n\t\r\n", "", []string{}},
		{"UTF-8 BOM dropped", "bom.txt", "\ufeffOne.", "", []string{"One."}},
		{"escape sequences load, stripped", "esc.txt", "\x1b[1mBold\x1b[0m claim.\n", "", []string{"Bold claim."}},
		{"Markdown by extension", "a.md", "# Title\n\n*Hi* there.", "Title", []string{"Hi there."}},
		{"Markdown extension in capitals", "B.MARKDOWN", "# Title\n\nText.", "Title", []string{"Text."}},
		{"other extensions are text", "a.html", "# Not a title", "", []string{"# Not a title"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, tt.file, tt.content)
			doc, err := Load(p)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if doc.Source != p || doc.Title != tt.title {
				t.Errorf("source %q title %q, want %q %q", doc.Source, doc.Title, p, tt.title)
			}
			if got := texts(doc.Paragraphs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: takes no disk space, but its size is over the cap.
	if err := f.Truncate(MaxSize + 88<<20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		name, path, want string
	}{
		{"missing file", filepath.Join(dir, "x.txt"), "no such file: " + filepath.Join(dir, "x.txt")},
		{"directory", dir, dir + " is a directory, not an article file"},
		{"over the size cap", big, big + " is too large: 600 MiB, over the 512 MiB limit"},
		{"NUL bytes", writeFile(t, "nul.txt", "text\x00more"), "nul.txt is a binary file, not text (NUL byte at offset 4)"},
		{"control bytes", writeFile(t, "ctl.bin", strings.Repeat("\x01\x02\x03a", 10)), "ctl.bin is a binary file, not text (75% control bytes)"},
		{"invalid UTF-8", writeFile(t, "latin1.txt", "caf\xe9 au lait"), "latin1.txt is not valid UTF-8 (first bad byte at offset 3); convert it to UTF-8 first"},
		{"UTF-16", writeFile(t, "u16.txt", "\xff\xfeh\x00i\x00"), "u16.txt is UTF-16 text; convert it to UTF-8 first"},
		{"binary Markdown", writeFile(t, "x.md", "\x00"), "x.md is a binary file, not text (NUL byte at offset 0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.path)
			if err == nil {
				t.Fatalf("Load(%q) succeeded, want error %q", tt.path, tt.want)
			}
			if msg := err.Error(); !strings.HasSuffix(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q, want one line ending in %q", msg, tt.want)
			}
		})
	}
}

func TestLoadMissingUnwraps(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "gone.txt"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v does not unwrap to fs.ErrNotExist", err)
	}
}

func TestLoadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions do not stop reading")
	}
	p := writeFile(t, "secret.txt", "x")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, err := Load(p)
	if err == nil || !errors.Is(err, fs.ErrPermission) || err.Error() != "cannot open "+p+": permission denied" {
		t.Errorf("got %v, want cannot open %s: permission denied", err, p)
	}
}

func TestLoadStdin(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		io.WriteString(w, "From a pipe.\r\nSecond line.")
		w.Close()
	}()
	old := os.Stdin
	os.Stdin = r
	defer func() { os.Stdin = old }()
	doc, err := Load("-")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != "-" || !reflect.DeepEqual(texts(doc.Paragraphs), []string{"From a pipe.", "Second line."}) {
		t.Errorf("got source %q paragraphs %q", doc.Source, texts(doc.Paragraphs))
	}
}

func TestLoadReader(t *testing.T) {
	doc, err := LoadReader("notes.md", iotest.OneByteReader(strings.NewReader("# T\n\nSlow “reader”.")))
	if err != nil {
		t.Fatal(err)
	}
	want := model.Document{Source: "notes.md", Title: "T", Paragraphs: []model.Paragraph{{Text: "Slow “reader”."}}}
	if !reflect.DeepEqual(doc, want) {
		t.Errorf("got %+v, want %+v", doc, want)
	}
	_, err = LoadReader("-", iotest.ErrReader(errors.New("broken pipe")))
	if err == nil || err.Error() != "reading standard input: broken pipe" {
		t.Errorf("read error: got %v", err)
	}
	_, err = LoadReader("-", strings.NewReader("ok\xc3"))
	if err == nil || err.Error() != "standard input is not valid UTF-8 (first bad byte at offset 2); convert it to UTF-8 first" {
		t.Errorf("truncated rune: got %v", err)
	}
}

// TestReadLimit: a stream over the cap fails without being read whole.
func TestReadLimit(t *testing.T) {
	endless := &countingReader{r: strings.NewReader(strings.Repeat("word ", 1<<20))}
	_, err := loadReader("-", endless, 0, 100<<10)
	if err == nil || err.Error() != "standard input is too large: over the 100 KiB limit" {
		t.Fatalf("got %v", err)
	}
	if endless.n > 100<<10+1 {
		t.Errorf("read %d bytes for a 100 KiB limit", endless.n)
	}
	doc, err := loadReader("-", strings.NewReader(strings.Repeat("a", 100<<10)), 0, 100<<10)
	if err != nil || len(doc.Paragraphs) != 1 {
		t.Errorf("exactly at the limit: %v", err)
	}
}

// TestBinaryFailsFast: an endless stream of zeros (like /dev/zero) is
// recognised as binary after the first chunk.
func TestBinaryFailsFast(t *testing.T) {
	zeros := &countingReader{r: io.LimitReader(zeroReader{}, 1<<30)}
	_, err := loadReader("/dev/zero", zeros, 0, MaxSize)
	if err == nil || !strings.Contains(err.Error(), "binary file") {
		t.Fatalf("got %v", err)
	}
	if zeros.n > 1<<20 {
		t.Errorf("read %d bytes before calling it binary", zeros.n)
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestSizeText(t *testing.T) {
	for n, want := range map[int64]string{12: "12 bytes", 1536: "1.5 KiB", MaxSize: "512 MiB", 3 << 30: "3 GiB"} {
		if got := sizeText(n); got != want {
			t.Errorf("sizeText(%d) = %q, want %q", n, got, want)
		}
	}
}

// FuzzLoadReader: any bytes give either a document of clean paragraphs or a
// one-line error naming the source; never a panic.
func FuzzLoadReader(f *testing.F) {
	for _, s := range []string{"", "text", "\x00", "\xff\xfe", "caf\xe9", "# T\n\nx", "\x1b[1m", strings.Repeat("\x01", 9)} {
		f.Add([]byte(s))
	}
	for _, s := range testsupport.RealArticles(f, 10) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"in.txt", "in.md"} {
			doc, err := LoadReader(name, bytes.NewReader(data))
			if err != nil {
				if msg := err.Error(); !strings.HasPrefix(msg, name+" ") || strings.Contains(msg, "\n") {
					t.Fatalf("error %q is not one line naming %s", msg, name)
				}
				continue
			}
			checkSafe(t, "title", doc.Title)
			for _, p := range doc.Paragraphs {
				checkSafe(t, "paragraph", p.Text)
				if p.Text == "" {
					t.Fatalf("empty paragraph from %q", data)
				}
			}
		}
	})
}
