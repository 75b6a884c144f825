package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"whosaid/internal/testsupport"
)

// smallLibrary writes three short articles naming Donald Trump three ways,
// and files that are not articles.
func smallLibrary(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":       "“We will win this state,” said Donald J. Trump, the Republican nominee.\n\n“He will not,” said Hillary Clinton.\n",
		"b.md":        "# A great day\n\n“It was a great day for the campaign,” Donald Trump said on Tuesday.\n\nSen. Maria Lopez said the bill would pass. “We have the votes,” she said.\n",
		"c.txt":       "“Not now,” President Trump told reporters.\n\nThe State Department said it was reviewing the request.\n\n“We are watching,” said Bill Clinton.\n",
		"a.attr.json": "{}", "README.md": "# About these articles\n\n“Hello,” said Nobody Here.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

type speakersDoc struct {
	Articles int `json:"articles"`
	Speakers []struct {
		Name       string   `json:"name"`
		Forms      []string `json:"forms"`
		Kind       string   `json:"kind"`
		Gender     string   `json:"gender"`
		Statements int      `json:"statements"`
		Articles   int      `json:"articles"`
	} `json:"speakers"`
	Totals struct {
		Statements int `json:"statements"`
		Attributed int `json:"attributed"`
		People     map[string]struct {
			Count int     `json:"count"`
			Share float64 `json:"share"`
		} `json:"people"`
		Kinds map[string]struct {
			Speakers int `json:"speakers"`
		} `json:"kinds"`
	} `json:"totals"`
}

func speakersJSON(t *testing.T, args ...string) speakersDoc {
	t.Helper()
	out, errOut, code := run(t, "", append([]string{"speakers", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("speakers --json: exit %d: %s", code, errOut)
	}
	var doc speakersDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("speakers --json printed no JSON document: %v\n%s", err, out)
	}
	return doc
}

// statementsOf sums what quotes --json says of each source: all statements,
// and those with a speaker.
func statementsOf(t *testing.T, sources ...string) (all, attributed int) {
	t.Helper()
	out, errOut, code := run(t, "", append([]string{"quotes", "--json"}, sources...)...)
	if code != 0 {
		t.Fatalf("quotes --json: exit %d: %s", code, errOut)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var doc struct {
			Statements []struct {
				Speaker *string `json:"speaker"`
			} `json:"statements"`
		}
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			t.Fatal(err)
		}
		all += len(doc.Statements)
		for _, s := range doc.Statements {
			if s.Speaker != nil && *s.Speaker != "" {
				attributed++
			}
		}
	}
	return all, attributed
}

func TestSpeakersMergesOnePersonAcrossArticles(t *testing.T) {
	dir := smallLibrary(t)
	doc := speakersJSON(t, dir)
	if doc.Articles != 3 {
		t.Errorf("articles = %d, want the 3 article files (not the JSON, not the README)", doc.Articles)
	}
	var trump []string
	for _, s := range doc.Speakers {
		if strings.Contains(s.Name, "Trump") {
			trump = append(trump, s.Name)
			if s.Articles != 3 || !slices.Contains(s.Forms, "Donald Trump") || !slices.Contains(s.Forms, "Donald J. Trump") {
				t.Errorf("%s: %d articles, forms %q; want one entry in all 3", s.Name, s.Articles, s.Forms)
			}
		}
		if s.Kind == "body" && s.Gender != "" {
			t.Errorf("%s is a body but has gender %q", s.Name, s.Gender)
		}
	}
	if len(trump) != 1 {
		t.Errorf("Trump entries: %q, want one", trump)
	}
	all, attributed := statementsOf(t, filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.md"), filepath.Join(dir, "c.txt"))
	if doc.Totals.Statements != all || doc.Totals.Attributed != attributed {
		t.Errorf("totals %d statements (%d attributed); quotes --json says %d (%d)", doc.Totals.Statements, doc.Totals.Attributed, all, attributed)
	}
	if p := doc.Totals.People; p["female"].Count != 2 || p["female"].Share != 0.5 {
		t.Errorf("women quoted = %+v, want Hillary Clinton and Maria Lopez, half of four people", p["female"])
	}
}

func TestSpeakersTableCSVAndBySource(t *testing.T) {
	dir := smallLibrary(t)
	out, _, code := run(t, "", "speakers", dir)
	if code != 0 || !strings.HasPrefix(out, "name ") || !strings.Contains(out, "3 articles, ") ||
		!strings.Contains(out, "people quoted") || !strings.Contains(out, "women 2 (50.0%)") {
		t.Errorf("table (exit %d):\n%s", code, out)
	}
	out, _, _ = run(t, "", "speakers", "--csv", "--by", "source", dir)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) < 2 || strings.Join(rows[0], ",") != "source,title,name,kind,gender,gender_evidence,statements,quotes,words,share" {
		t.Fatalf("--csv --by source: %v\n%s", err, out)
	}
	perArticle := map[string]int{}
	for _, r := range rows[1:] {
		perArticle[filepath.Base(r[0])]++
		if filepath.Base(r[0]) == "b.md" && r[1] != "A great day" {
			t.Errorf("b.md's title = %q", r[1])
		}
	}
	if perArticle["a.txt"] != 2 || perArticle["b.md"] != 2 || perArticle["c.txt"] != 3 {
		t.Errorf("rows per article = %v, want one per article and speaker", perArticle)
	}
	one, _, _ := run(t, "", "speakers", "--csv", filepath.Join(dir, "c.txt"))
	if n := strings.Count(one, "\n"); n != 4 {
		t.Errorf("one article gives its own 3 speakers; got %d lines:\n%s", n, one)
	}
}

func TestSpeakersBadInput(t *testing.T) {
	dir := smallLibrary(t)
	os.WriteFile(filepath.Join(dir, "photo.txt"), []byte("\x89PNG\x00\x00\x00"), 0o644)
	out, errOut, code := run(t, "", "speakers", "--json", dir)
	if code != 1 || !strings.Contains(out, `"articles":3`) {
		t.Errorf("a binary file among articles: exit %d, stdout %q; want the others' table and exit 1", code, out)
	}
	if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "photo.txt is a binary file") {
		t.Errorf("stderr = %q; want the file's one-line error", errOut)
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "x.json"), []byte("{}"), 0o644)
	out, errOut, code = run(t, "", "speakers", empty)
	if code != 1 || out != "" || !strings.Contains(errOut, "holds no articles") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("empty directory: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	for _, args := range [][]string{{"speakers", "--json", "--csv", dir}, {"speakers", "--by", "publisher", dir}} {
		if _, errOut, code := run(t, "", args...); code != 2 || !strings.HasPrefix(errOut, "whosaid: ") {
			t.Errorf("%v: exit %d, %q; want a usage error", args, code, errOut)
		}
	}
}

// TestSpeakersOnRealTrain is the bar on real news: the name forms
// are one entry each, the Clintons two, and the totals those of quotes.
func TestSpeakersOnRealTrain(t *testing.T) {
	files := testsupport.NeedArticles(t, "real-train")
	doc := speakersJSON(t, testsupport.Corpus("real-train"))
	entry := map[string]int{}
	for i, s := range doc.Speakers {
		if s.Kind != "person" {
			continue
		}
		for _, f := range s.Forms {
			if _, ok := entry[f]; !ok {
				entry[f] = i
			}
		}
	}
	for _, pair := range [][2]string{{"Donald Trump", "Donald J. Trump"}, {"Barack Obama", "Obama"}, {"Hillary Clinton", "Hillary Rodham Clinton"}} {
		if entry[pair[0]] != entry[pair[1]] {
			t.Errorf("%q and %q are separate entries", pair[0], pair[1])
		}
	}
	if entry["Bill Clinton"] == entry["Hillary Clinton"] {
		t.Error("Bill and Hillary Clinton were merged")
	}
	all, attributed := statementsOf(t, files...)
	if doc.Articles != len(files) || doc.Totals.Statements != all || doc.Totals.Attributed != attributed {
		t.Errorf("%d articles, %d statements (%d attributed); quotes --json gives %d, %d (%d)",
			doc.Articles, doc.Totals.Statements, doc.Totals.Attributed, len(files), all, attributed)
	}
}

// TestLibraryPrintedWhenPiped: a directory, or several sources, is a
// library; not on a terminal it prints its articles one a line.
func TestLibraryPrintedWhenPiped(t *testing.T) {
	dir := smallLibrary(t)
	out, errOut, code := run(t, "", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || errOut != "" || len(lines) != 3 {
		t.Fatalf("whosaid DIR | cat: exit %d, %q, stdout:\n%s", code, errOut, out)
	}
	if f := strings.Split(lines[1], "\t"); len(f) != 5 || filepath.Base(f[0]) != "b.md" || f[1] != "A great day" || f[2] != "3" ||
		!strings.Contains(f[3], "Maria Lopez") || f[4] != "women 1 of 2" {
		t.Errorf("b.md's line: %q", lines[1])
	}
	out, errOut, code = run(t, "", filepath.Join(dir, "a.txt"), filepath.Join(dir, "missing.txt"))
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(errOut, "no such file: ") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("one missing source among two: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
