package articles

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
	"whosaid/internal/testsupport"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text untouched", "Trump said “yes”.\nPutin: ‘no’", "Trump said “yes”.\nPutin: ‘no’"},
		{"SGR colour", "\x1b[1;31mred\x1b[0m text", "red text"},
		{"CSI with private params", "a\x1b[?25lb\x1b[2J\x1b[H", "ab"},
		{"CSI with intermediate", "a\x1b[1 qb", "ab"},
		{"OSC title ended by BEL", "\x1b]0;evil title\x07Hello", "Hello"},
		{"OSC hyperlink ended by ST", "\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\ done", "link done"},
		{"OSC 52 clipboard write", "x\x1b]52;c;ZXZpbA==\x07y", "xy"},
		{"unterminated OSC stops at line end", "\x1b]0;title\nnext line", "\nnext line"},
		{"DCS up to ST", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"APC PM SOS", "1\x1b_apc\x1b\\2\x1b^pm\x1b\\3\x1bXsos\x1b\\4", "1234"},
		{"charset designation", "\x1b(Babc\x1b)0", "abc"},
		{"two-byte sequences", "\x1b7saved\x1b8\x1bc\x1bM", "saved"},
		{"lone ESC at end", "abc\x1b", "abc"},
		{"ESC before non-ASCII", "a\x1b€b", "a€b"},
		{"8-bit CSI", "a\u009b31mb", "ab"},
		{"8-bit OSC ended by 8-bit ST", "a\u009d0;title\u009cb", "ab"},
		{"8-bit DCS ended by ESC backslash", "a\u0090data\x1b\\b", "ab"},
		{"other C1 dropped", "a\u0080\u008d\u009ab", "ab"},
		{"NEL is a line break", "a\u0085b", "a\nb"},
		{"C0 dropped", "a\x00\x01\x07\x08b\x7f", "ab"},
		{"tab becomes space", "a\tb", "a b"},
		{"CRLF and lone CR", "a\r\nb\rc\r\r\nd", "a\nb\nc\n\nd"},
		{"VT and FF are line breaks", "a\vb\fc", "a\nb\nc"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"bidi overrides dropped", "a\u202egnp.exe\u202c b\u2066c\u2069", "agnp.exe bc"},
		{"BOM dropped", "\ufeffText", "Text"},
		{"non-breaking spaces kept", "10\u00a0km\u202f!", "10\u00a0km\u202f!"},
		{"invalid UTF-8 replaced once per run", "a\xff\xfeb\xc3", "a\ufffdb\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSanitizeNoCopy: clean text, the common case, costs no allocation.
func TestSanitizeNoCopy(t *testing.T) {
	allocs := testing.AllocsPerRun(10, func() { Sanitize(defaultArticle) })
	if allocs != 0 {
		t.Errorf("Sanitize of clean text allocated %v times", allocs)
	}
}

// checkSafe fails when s could upset a terminal or the analysis: invalid
// UTF-8, ESC or any C0 control but newline, C1 controls, bidi controls.
func checkSafe(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", what, s)
	}
	for i, r := range s {
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			t.Fatalf("%s holds control U+%04X at byte %d: %q", what, r, i, s)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"", "plain", "\x1b[31mred\x1b[0m", "\x1b]0;t\x07", "\x1b]8;;u\x1b\\l", "\x1bP\x1b\\",
		"\u009b1m", "\u009dx\u009c", "\r\n\r", "\t\v\f", "\xff\xc3", "\u202e\u2066", "\x1b", "\x1b\x1b[",
		"\x1b]", "\u0090", "a\x1b(", "\x1b[\u00e9", "\x1b]\xc2", defaultArticle[:200],
	} {
		f.Add(s)
	}
	for _, s := range testsupport.RealArticles(f, 10) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		checkSafe(t, "Sanitize output", out)
		if again := Sanitize(out); again != out {
			t.Fatalf("Sanitize is not idempotent: %q -> %q -> %q", in, out, again)
		}
		if len(out) > 3*len(in) {
			t.Fatalf("Sanitize grew %d bytes to %d", len(in), len(out))
		}
	})
}

// bigText repeats the embedded article to at least n bytes.
func bigText(n int) string {
	return strings.Repeat(defaultArticle+"\n", n/(len(defaultArticle)+1)+1)
}

func BenchmarkSanitize(b *testing.B) {
	clean := bigText(10 << 20)
	dirty := strings.ReplaceAll(clean, "Trump", "\x1b[1;31mTrump\x1b[0m\t")
	cyrillic := strings.Repeat("Песков сказал, что встреча была «конструктивной».\n", len(clean)/80)
	for _, c := range []struct{ name, text string }{{"clean", clean}, {"escapes", dirty}, {"cyrillic", cyrillic}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				Sanitize(c.text)
			}
		})
	}
}

func ExampleSanitize() {
	fmt.Printf("%q\n", Sanitize("\x1b]0;pwned\x07\x1b[31mBreaking:\x1b[0m\tnews\r\n"))
	// Output: "Breaking: news\n"
}
