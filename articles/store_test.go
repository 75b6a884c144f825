package articles

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/adrg/xdg"

	"whosaid/model"
	"whosaid/model/notes"
)

// writerEnv makes the test binary a writer process (see TestMain);
// writesEnv says how many highlights it adds (default: until killed).
const (
	writerEnv = "WHOSAID_TEST_WRITER"
	writesEnv = "WHOSAID_TEST_WRITES"
)

func TestMain(m *testing.M) {
	if path := os.Getenv(writerEnv); path != "" {
		os.Exit(runWriter(path))
	}
	os.Exit(m.Run())
}

// runWriter adds highlights until killed, printing each id once committed.
func runWriter(path string) int {
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	doc := testDoc()
	out := bufio.NewWriter(os.Stdout)
	n, err := strconv.Atoi(os.Getenv(writesEnv))
	if err != nil {
		n = 100000
	}
	for i := 0; i < n; i++ {
		h, err := s.Add(doc, notes.Highlight{Paragraph: 1 + i%len(doc.Paragraphs), Start: 0, End: 10, Note: "note " + strconv.Itoa(i)})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintln(out, h.ID)
		out.Flush()
	}
	return 0
}

func testDoc() model.Document {
	return model.Document{Title: "Summit", Source: "summit.txt", Paragraphs: Split(`The two world leaders ended their historic press conference without taking questions.

“Some are not that significant,” Trump said. “One is probably the most significant, but we have a very good chance of getting there.”

Putin said the talks were “constructive” and called for a lasting peace.

Peskov, the Kremlin’s spokesman, said no decision had been made.`)}
}

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "notes.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// mark highlights text in 1-based paragraph p of doc.
func mark(t *testing.T, s *Store, doc model.Document, p int, text, speaker, note string) notes.Highlight {
	t.Helper()
	start := strings.Index(doc.Paragraphs[p-1].Text, text)
	if start < 0 {
		t.Fatalf("%q not in ¶%d", text, p)
	}
	h, err := s.Add(doc, notes.Highlight{Paragraph: p, Start: start, End: start + len(text), Speaker: speaker, Kind: model.KindQuote, Note: note})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func highlightTexts(hs []notes.Highlight) []string {
	var out []string
	for _, h := range hs {
		out = append(out, fmt.Sprintf("¶%d %s|%s", h.Paragraph, h.Text(), h.Note))
	}
	return out
}

func TestStoreAddListNoteDeleteUndo(t *testing.T) {
	s, _ := openTemp(t)
	doc := testDoc()
	b := mark(t, s, doc, 3, "constructive", "Vladimir Putin", "")
	a := mark(t, s, doc, 2, "Some are not that significant,", "Donald Trump", "")
	if err := s.SetNote(b.ID, "check the transcript"); err != nil {
		t.Fatal(err)
	}
	hs, err := s.Highlights(doc)
	if err != nil {
		t.Fatal(err)
	}
	want := "[¶2 Some are not that significant,| ¶3 constructive|check the transcript]"
	if got := fmt.Sprint(highlightTexts(hs)); got != want {
		t.Fatalf("highlights %s, want %s", got, want)
	}
	if hs[1].Speaker != "Vladimir Putin" || hs[1].Kind != model.KindQuote || hs[1].Created.IsZero() {
		t.Errorf("stored highlight lost its speaker, kind or date: %+v", hs[1])
	}
	if err := s.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	if hs, _ := s.Highlights(doc); len(hs) != 1 {
		t.Fatalf("after delete: %v", highlightTexts(hs))
	}
	if err := s.Undelete(a.ID); err != nil {
		t.Fatal(err)
	}
	if hs, _ := s.Highlights(doc); fmt.Sprint(highlightTexts(hs)) != want {
		t.Fatalf("after undo: %v, want %s", highlightTexts(hs), want)
	}
	if err := s.SetNote(9999, "x"); !errors.Is(err, ErrNoHighlight) {
		t.Errorf("note on a missing highlight: %v", err)
	}
}

func TestStoreKeepsHighlightsPerSource(t *testing.T) {
	s, _ := openTemp(t)
	doc := testDoc()
	mark(t, s, doc, 3, "constructive", "", "")
	other := doc
	other.Source = "elsewhere.txt"
	if hs, _ := s.Highlights(other); len(hs) != 0 {
		t.Errorf("another source with the same text shows %v", highlightTexts(hs))
	}
}

func TestStoreReattachesWhenTheArticleChanges(t *testing.T) {
	s, path := openTemp(t)
	doc := testDoc()
	mark(t, s, doc, 3, "called for a lasting peace", "Vladimir Putin", "check the transcript")
	mark(t, s, doc, 2, "One is probably the most significant", "Donald Trump", "")
	mark(t, s, doc, 4, "no decision had been made", "Dmitry Peskov", "gone soon")

	changed := doc
	changed.Paragraphs = append([]model.Paragraph{{Text: "An editor's note was added on top."}}, doc.Paragraphs...)
	changed.Paragraphs[2].Text = strings.Replace(changed.Paragraphs[2].Text, "probably", "surely", 1)
	changed.Paragraphs = changed.Paragraphs[:4] // Peskov's paragraph is gone
	hs, err := s.Highlights(changed)
	if err != nil {
		t.Fatal(err)
	}
	want := "[¶3 One is surely the most significant| ¶4 called for a lasting peace|check the transcript ¶4 no decision had been made|gone soon]"
	if got := fmt.Sprint(highlightTexts(hs)); got != want {
		t.Fatalf("after the article changed: %s\nwant %s", got, want)
	}
	if !hs[2].Orphaned || hs[0].Orphaned || hs[1].Orphaned {
		t.Errorf("orphan flags: %v %v %v, want only Peskov's orphaned", hs[0].Orphaned, hs[1].Orphaned, hs[2].Orphaned)
	}

	// Re-attachment is saved: another handle sees it, the orphan stays.
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	hs2, _ := s2.Highlights(changed)
	if fmt.Sprint(highlightTexts(hs2)) != want {
		t.Errorf("second handle: %v", highlightTexts(hs2))
	}
	var moved int
	s2.db.QueryRow(`SELECT count(*) FROM highlights h JOIN articles a ON a.id = h.article_id WHERE a.hash = ?`,
		mustHash(changed)).Scan(&moved)
	if moved != 2 {
		t.Errorf("%d highlights moved to the new version, want the 2 re-attached", moved)
	}
}

func mustHash(doc model.Document) string { _, h := ArticleKey(doc); return h }

func TestStoreTwoHandlesWritingAtOnceLoseNothing(t *testing.T) {
	s1, path := openTemp(t)
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	doc := testDoc()
	const each = 40
	var wg sync.WaitGroup
	errs := make(chan error, 2*each)
	for k, s := range []*Store{s1, s2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				h, err := s.Add(doc, notes.Highlight{Paragraph: 1 + i%4, Start: 0, End: 5})
				if err == nil {
					err = s.SetNote(h.ID, fmt.Sprintf("writer %d note %d", k, i))
				}
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for _, s := range []*Store{s1, s2} {
		hs, err := s.Highlights(doc)
		if err != nil {
			t.Fatal(err)
		}
		notes := map[string]bool{}
		for _, h := range hs {
			notes[h.Note] = true
		}
		if len(hs) != 2*each || len(notes) != 2*each {
			t.Fatalf("%d highlights with %d distinct notes, want %d of each", len(hs), len(notes), 2*each)
		}
	}
}

func TestStoreTwoWriterProcessesLoseNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts writer processes")
	}
	path := filepath.Join(t.TempDir(), "notes.db")
	if s, err := Open(path); err == nil {
		s.Close() // create and migrate first, so both writers start alike
	}
	const each = 200
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for k := 0; k < 2; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), writerEnv+"="+path, writesEnv+"="+strconv.Itoa(each))
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, &out)
	}
	for k, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("writer %d: %v: %s", k, err, outs[k])
		}
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hs, _ := s.Highlights(testDoc())
	if len(hs) != 2*each {
		t.Fatalf("%d highlights after two processes added %d each", len(hs), each)
	}
}

func TestStoreSurvivesAWriterKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a writer process")
	}
	path := filepath.Join(t.TempDir(), "notes.db")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), writerEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var committed []int64
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		id, _ := strconv.ParseInt(lines.Text(), 10, 64)
		committed = append(committed, id)
		if len(committed) == 150 {
			cmd.Process.Kill() // SIGKILL: no chance to clean up
		}
	}
	cmd.Wait()
	t.Logf("writer killed after %d committed highlights", len(committed))
	if len(committed) < 150 {
		t.Fatalf("writer stopped after %d highlights: %s", len(committed), stderr.String())
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("after kill -9 the notes file does not open: %v", err)
	}
	defer s.Close()
	hs, err := s.Highlights(testDoc())
	if err != nil {
		t.Fatal(err)
	}
	have := map[int64]bool{}
	for _, h := range hs {
		have[h.ID] = true
	}
	for _, id := range committed {
		if !have[id] {
			t.Fatalf("highlight %d was committed before the kill but is gone (%d of %d kept)", id, len(have), len(committed))
		}
	}
}

func TestOpenRefusesAFileOfRandomBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	junk := make([]byte, 8192)
	rand.Read(junk)
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	checkRefused(t, err, path, junk)

	s, err := OpenForReader(path)
	checkRefused(t, err, path, junk)
	if ro, _ := s.ReadOnly(); !ro {
		t.Error("the reader's store is writable over a file that is not SQLite")
	}
	if hs, err := s.Highlights(testDoc()); err != nil || len(hs) != 0 {
		t.Errorf("read-only store lists %v, %v", hs, err)
	}
	if _, err := s.Add(testDoc(), notes.Highlight{Paragraph: 1, End: 3}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("adding to the read-only store: %v, want ErrReadOnly", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, junk) {
		t.Error("the file was changed")
	}
}

func TestOpenRefusesADamagedDatabase(t *testing.T) {
	s, path := openTemp(t)
	doc := testDoc()
	for i := 0; i < 200; i++ {
		mark(t, s, doc, 2, "Some are not that significant,", "Donald Trump", strings.Repeat("long note ", 20))
	}
	s.Close()
	data, _ := os.ReadFile(path)
	if len(data) < 5*4096 {
		t.Fatalf("database only %d bytes", len(data))
	}
	// Keep the header, scribble over the schema and table pages.
	junk := make([]byte, 3*4096)
	rand.Read(junk)
	copy(data[100:], junk)
	os.WriteFile(path, data, 0o600)
	_, err := Open(path)
	checkRefused(t, err, path, data)
}

func checkRefused(t *testing.T, err error, path string, content []byte) {
	t.Helper()
	if err == nil {
		t.Fatal("Open accepted a file that is not a sound SQLite database")
	}
	msg := err.Error()
	t.Logf("refused: %s", msg)
	if !strings.Contains(msg, path) || strings.Contains(msg, "\n") {
		t.Errorf("error %q: want one line naming %s", msg, path)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, content) {
		t.Errorf("the refused file was changed")
	}
}

func TestOpenMigratesAVersion1Database(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	doc := testDoc()
	source, hash := ArticleKey(doc)
	anchor := notes.NewAnchor(doc.Paragraphs, 3, 0, 5)
	for _, q := range []string{
		migrations[0].sql,
		"PRAGMA user_version = 1",
		fmt.Sprintf(`INSERT INTO articles (source, hash, first_seen) VALUES ('%s', '%s', '2025-01-02T03:04:05Z')`, source, hash),
		fmt.Sprintf(`INSERT INTO highlights (article_id, exact, prefix, suffix, pos_start, pos_end, speaker, paragraph, note, created, updated)
VALUES (1, '%s', '%s', '', %d, %d, 'Vladimir Putin', 3, 'old note', '2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z')`,
			anchor.Exact, anchor.Prefix, anchor.Start, anchor.End),
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("building a v1 database: %v", err)
		}
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := userVersion(s.db); v != schemaVersion() {
		t.Fatalf("schema %d after opening, want %d", v, schemaVersion())
	}
	hs, err := s.Highlights(doc)
	if err != nil || len(hs) != 1 || hs[0].Note != "old note" || hs[0].Text() != "Putin" || hs[0].Created.Year() != 2025 {
		t.Fatalf("v1 highlight after migration: %v %v", highlightTexts(hs), err)
	}
	// The v2 soft delete works on the migrated row.
	if err := s.Delete(hs[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Undelete(hs[0].ID); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesANewerSchema(t *testing.T) {
	s, path := openTemp(t)
	s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", schemaVersion()+1))
	s.Close()
	_, err := Open(path)
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("a newer schema: %v", err)
	}
	ro, err := OpenForReader(path)
	if err == nil {
		t.Fatal("OpenForReader hid the newer schema")
	}
	defer ro.Close()
	if readOnly, _ := ro.ReadOnly(); !readOnly {
		t.Error("newer schema opened writable")
	}
}

func TestNotesPath(t *testing.T) {
	t.Setenv(NotesEnv, "/tmp/from-env.db")
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	xdg.Reload()
	defer xdg.Reload()
	if p, _ := NotesPath("/tmp/flag.db"); p != "/tmp/flag.db" {
		t.Errorf("--notes gives %s", p)
	}
	if p, _ := NotesPath(""); p != "/tmp/from-env.db" {
		t.Errorf("WHOSAID_NOTES gives %s", p)
	}
	t.Setenv(NotesEnv, "")
	p, err := NotesPath("")
	if err != nil || p != filepath.Join(data, "whosaid", "notes.db") {
		t.Errorf("default notes path %s, %v", p, err)
	}
}

func BenchmarkStoreAdd(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "notes.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	doc := testDoc()
	for i := 0; i < b.N; i++ {
		if _, err := s.Add(doc, notes.Highlight{Paragraph: 2, Start: 0, End: 20}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStoreHighlights(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "notes.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	doc := testDoc()
	for i := 0; i < 100; i++ {
		s.Add(doc, notes.Highlight{Paragraph: 1 + i%4, Start: 0, End: 20})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Highlights(doc); err != nil {
			b.Fatal(err)
		}
	}
}
