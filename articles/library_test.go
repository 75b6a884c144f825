package articles

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"whosaid/model"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLibrarySourcesAreTheArticleFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.md": "# B\n\nText.", "a.txt": "A.", "a.attr.json": "{}", "photo.png": "\x89PNG",
		".hidden/x.txt": "X.", "sub/c.html": "<p>C.</p>", ".draft.txt": "D.", "notes": "N.",
		"README.md": "# About this folder", "LICENSE.txt": "MIT",
	})
	got, skipped, err := LibrarySources([]string{dir})
	if err != nil || len(skipped) > 0 {
		t.Fatal(err, skipped)
	}
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.md"), filepath.Join(dir, "sub/c.html")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sources = %q, want %q", got, want)
	}
	mixed, _, err := LibrarySources([]string{"one.txt", dir, "https://example.com/a"})
	if err != nil || len(mixed) != 5 || mixed[0] != "one.txt" || mixed[4] != "https://example.com/a" {
		t.Errorf("files and URLs stay as given beside a directory's files: %q %v", mixed, err)
	}
}

func TestAnEmptyLibrarySaysSo(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"data.json": "{}"})
	_, _, err := LibrarySources([]string{dir})
	if err == nil || !strings.Contains(err.Error(), dir+" holds no articles") || strings.Contains(err.Error(), "\n") {
		t.Errorf("empty directory: %v", err)
	}
}

// collect runs a library analysis to the end, results by source index.
func collect(t *testing.T, sources []string, opts LibraryOptions) []Analysed {
	t.Helper()
	out := make([]Analysed, len(sources))
	n := 0
	for r := range AnalyseLibrary(context.Background(), sources, opts) {
		out[r.Index] = r
		n++
	}
	if n != len(sources) {
		t.Fatalf("%d results for %d sources", n, len(sources))
	}
	return out
}

func TestLibraryAnalysesAreCachedByTextAndEngine(t *testing.T) {
	dir := t.TempDir()
	summit, err := os.ReadFile("alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{
		"summit.txt": string(summit),
		"short.txt":  "“We will build it,” said Ana Ruiz, the mayor. She said the work starts in May.",
		"binary.txt": "\x00\x01\x02binary",
	})
	big := filepath.Join(dir, "huge.txt")
	if f, err := os.Create(big); err == nil {
		f.Truncate(LibraryMaxSize + 1)
		f.Close()
	}
	sources, _, err := LibrarySources([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := openTemp(t)
	first := collect(t, sources, LibraryOptions{Cache: s, Engine: "v1"})
	errs := map[string]string{}
	for _, r := range first {
		if r.Err != nil {
			errs[filepath.Base(r.Source)] = r.Err.Error()
		} else if r.Cached || r.Article == nil || len(r.Article.Statements) == 0 {
			t.Errorf("%s: first analysis cached=%v article=%v", r.Source, r.Cached, r.Article != nil)
		}
	}
	if !strings.Contains(errs["binary.txt"], "binary file") || !strings.Contains(errs["huge.txt"], "too large for a library") || len(errs) != 2 {
		t.Errorf("bad files must each give their one-line error, the rest open: %q", errs)
	}

	again := collect(t, sources, LibraryOptions{Cache: s, Engine: "v1"})
	for i, r := range again {
		if first[i].Err != nil {
			continue
		}
		if !r.Cached {
			t.Errorf("%s: not taken from the cache the second time", r.Source)
			continue
		}
		a, b := first[i].Article, r.Article
		if !reflect.DeepEqual(a.Statements, b.Statements) || !reflect.DeepEqual(a.Speakers, b.Speakers) {
			t.Errorf("%s: the cached analysis differs from the one made", r.Source)
		}
	}

	for _, r := range collect(t, sources, LibraryOptions{Cache: s, Engine: "v2"}) {
		if r.Cached {
			t.Errorf("%s: another engine version used the cached analysis", r.Source)
		}
	}
	writeFiles(t, dir, map[string]string{"short.txt": "“We will not build it,” said Ana Ruiz."})
	for _, r := range collect(t, sources, LibraryOptions{Cache: s, Engine: "v1"}) {
		if filepath.Base(r.Source) == "short.txt" && (r.Cached || r.Article.Statements[0].Text != "We will not build it,") {
			t.Errorf("a changed text must be analysed anew: cached=%v %q", r.Cached, r.Article.Statements[0].Text)
		}
	}
	for _, r := range collect(t, sources, LibraryOptions{Cache: s, Engine: "v1", Refresh: true}) {
		if r.Cached {
			t.Errorf("%s: --refresh took the cached analysis", r.Source)
		}
	}
}

func TestLibraryCacheKeepsTheNotes(t *testing.T) {
	s, _ := openTemp(t)
	doc := testDoc()
	mark(t, s, doc, 3, "constructive", "Vladimir Putin", "a note")
	path := filepath.Join(t.TempDir(), "a.txt")
	writeFiles(t, filepath.Dir(path), map[string]string{"a.txt": "“Yes,” said Ana Ruiz."})
	collect(t, []string{path}, LibraryOptions{Cache: s})
	hs, err := s.Highlights(doc)
	if err != nil || len(hs) != 1 || hs[0].Note != "a note" {
		t.Errorf("highlights after caching analyses: %v %v", highlightTexts(hs), err)
	}
}

func TestDamagedCachedAnalysisIsMadeAgain(t *testing.T) {
	s, _ := openTemp(t)
	doc := model.Document{Source: "x", Paragraphs: []model.Paragraph{{Text: "“Yes,” said Ana Ruiz."}}}
	hash := TextHash(doc)
	if _, err := s.db.Exec(`INSERT INTO analyses VALUES (?, 'v1', x'00ff', '2025-01-01T00:00:00Z')`, hash); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.CachedAnalysis(doc, hash, "v1"); ok {
		t.Error("a damaged entry was used")
	}
}

func TestLibraryWithAReadOnlyStoreStillAnalyses(t *testing.T) {
	s, path := openTemp(t)
	s.Close()
	os.Chmod(path, 0o444)
	t.Cleanup(func() { os.Chmod(path, 0o644) })
	ro, _ := OpenForReader(path)
	defer ro.Close()
	src := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(src, []byte("“Yes,” said Ana Ruiz."), 0o644)
	r := collect(t, []string{src}, LibraryOptions{Cache: ro})
	if r[0].Err != nil || r[0].Article == nil || len(r[0].Article.Statements) != 1 {
		t.Errorf("read-only notes: %+v", r[0])
	}
}
