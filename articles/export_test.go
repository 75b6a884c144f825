package articles

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
	"whosaid/model/export"
	"whosaid/model/notes"
)

var day = time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)

const articleText = `Leaders met in Alaska on Friday.

The meeting lasted more than two and a half hours.

“We have a very good chance of getting there,” Trump said.

Putin said the talks were “constructive” and called for a lasting peace.
`

// The bar: mark two statements with a note, change the article
// (a paragraph inserted, a word changed), and export still holds both.
func TestExportKeepsHighlightsAcrossEdits(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "article.txt")
	notes := filepath.Join(dir, "notes.db")
	os.WriteFile(src, []byte(articleText), 0o644)
	doc, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(notes)
	if err != nil {
		t.Fatal(err)
	}
	h := mark(t, s, doc, 4, "called for a lasting peace", "Vladimir Putin", "")
	s.SetNote(h.ID, "check the transcript")
	mark(t, s, doc, 3, "We have a very good chance of getting there,", "Donald Trump", "")
	s.Close()

	edited := strings.Replace(articleText, "Friday", "Saturday", 1)
	edited = strings.Replace(edited, "“We have", "Reporters waited outside.\n\n“We have", 1)
	os.WriteFile(src, []byte(edited), 0o644)

	req := ExportRequest{Source: src, Format: export.FormatMarkdown, NotesPath: notes, Date: day}
	res, err := Export(req)
	if err != nil {
		t.Fatal(err)
	}
	md := string(res.Data)
	for _, want := range []string{
		"> called for a lasting peace\n\n— Vladimir Putin (¶5)\n\ncheck the transcript\n",
		"> We have a very good chance of getting there,\n\n— Donald Trump (¶4)\n",
		"source: \"" + src + "\"",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("export after edits lacks %q:\n%s", want, md)
		}
	}
	if res.Highlights != 2 || res.Orphans != 0 {
		t.Errorf("%d highlights, %d orphans; want 2, 0", res.Highlights, res.Orphans)
	}

	req.Speaker = "putin"
	if res, _ := Export(req); res.Highlights != 1 || strings.Contains(string(res.Data), "Trump") {
		t.Errorf("--speaker putin:\n%s", res.Data)
	}
}

func TestExportWithoutNotesFileCreatesNone(t *testing.T) {
	notes := filepath.Join(t.TempDir(), "never.db")
	res, err := Export(ExportRequest{Format: export.FormatCSV, NotesPath: notes, Date: day})
	if err != nil || res.Highlights != 0 || string(res.Data) != strings.Join(export.CSVHeader, ",")+"\n" {
		t.Fatalf("export with no notes file: %q, %v", res.Data, err)
	}
	if _, err := os.Stat(notes); !os.IsNotExist(err) {
		t.Error("export created a notes file")
	}
}

func TestExportRefusesADamagedNotesFile(t *testing.T) {
	notes := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(notes, []byte("this is not a database"), 0o600)
	_, err := Export(ExportRequest{Format: export.FormatMarkdown, NotesPath: notes, Date: day})
	if err == nil || !strings.Contains(err.Error(), notes) {
		t.Fatalf("export over a damaged notes file: %v", err)
	}
}

// --all --speaker putin on the built-in article: Putin's statements and no
// one else's, in each format.
func TestExportAllOfOneSpeaker(t *testing.T) {
	doc, _ := Load("")
	art := attributiontest.Analyze(t, doc)
	// a quotation inside one of his reported statements is in it already
	want := notes.FilterHighlights(art, export.WithoutNested(notes.StatementHighlights(art)), "putin")
	if len(want) == 0 {
		t.Skip("the analysis finds no statements of Putin yet")
	}
	if len(want) == len(export.Filter(art, "putin")) {
		t.Fatal("the default article has quotations inside Putin's reported statements: some should be left out")
	}
	req := ExportRequest{All: true, Speaker: "putin", Date: day}

	req.Format = export.FormatCSV
	res, err := Export(req)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(res.Data)).ReadAll()
	if err != nil || len(rows) != 1+len(want) {
		t.Fatalf("CSV: %d rows (%v), want a header and %d", len(rows), err, len(want))
	}
	for _, r := range rows[1:] {
		if r[7] != art.Speakers[art.SpeakerByName("putin")].Name {
			t.Errorf("CSV row of %q: %q", r[7], r[0])
		}
	}

	req.Format = export.FormatJSON
	res, _ = Export(req)
	var annos []map[string]any
	if err := json.Unmarshal(res.Data, &annos); err != nil || len(annos) != len(want) {
		t.Fatalf("JSON: %d annotations (%v), want %d", len(annos), err, len(want))
	}

	req.Format = export.FormatMarkdown
	res, _ = Export(req)
	if n := strings.Count(string(res.Data), "\n> "); n != len(want) {
		t.Errorf("Markdown: %d blockquotes, want %d", n, len(want))
	}
	for _, s := range art.Speakers {
		if s.Name != want[0].Speaker && strings.Contains(string(res.Data), "— "+s.Name) {
			t.Errorf("Markdown holds words of %s", s.Name)
		}
	}
}

func TestWriteExportReplacesWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.md")
	os.WriteFile(path, []byte("an older, longer export that must not survive"), 0o644)
	if err := WriteExport(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("file holds %q", got)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left: %d entries", len(entries))
	}
	if err := WriteExport(filepath.Join(path, "x"), nil); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("writing under a file: %v", err)
	}
}

func TestSourceIRI(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"https://example.com/a?b=1":       "https://example.com/a?b=1",
		DefaultName:                       "urn:whosaid:builtin:alaska-summit",
		"-":                               "urn:whosaid:stdin",
		filepath.Join(dir, "my file.txt"): "file://" + filepath.ToSlash(dir) + "/my%20file.txt",
	}
	for in, want := range cases {
		if got := SourceIRI(in); got != want {
			t.Errorf("SourceIRI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExportJSONTargetsTheFileIRI(t *testing.T) {
	src := filepath.Join(t.TempDir(), "article.txt")
	os.WriteFile(src, []byte(articleText), 0o644)
	notes := filepath.Join(filepath.Dir(src), "notes.db")
	s, _ := Open(notes)
	doc, _ := Load(src)
	mark(t, s, doc, 4, "constructive", "Vladimir Putin", "")
	s.Close()
	res, err := Export(ExportRequest{Source: src, Format: export.FormatJSON, NotesPath: notes, Date: day})
	if err != nil {
		t.Fatal(err)
	}
	var annos []export.Annotation
	if err := json.Unmarshal(res.Data, &annos); err != nil || len(annos) != 1 {
		t.Fatalf("%d annotations, %v", len(annos), err)
	}
	if got := annos[0].Target.Source; got != "file://"+filepath.ToSlash(src) {
		t.Errorf("target source %q", got)
	}
}

// Every statement of the built-in article, stored, survives the issue's
// edits: a paragraph inserted before ¶9 and a word changed in ¶1.
func TestEveryStatementReattachesAfterEdits(t *testing.T) {
	doc, _ := Load("")
	art := attributiontest.Analyze(t, doc)
	if len(art.Statements) == 0 {
		t.Skip("the analysis finds no statements yet")
	}
	s, _ := openTemp(t)
	for _, st := range art.Statements {
		if _, err := s.Add(doc, notes.HighlightOf(art, st)); err != nil {
			t.Fatal(err)
		}
	}
	edited := doc
	edited.Paragraphs = append([]model.Paragraph{}, doc.Paragraphs[:8]...)
	edited.Paragraphs = append(edited.Paragraphs, model.Paragraph{Text: "An inserted paragraph about the weather in Anchorage."})
	edited.Paragraphs = append(edited.Paragraphs, doc.Paragraphs[8:]...)
	edited.Paragraphs[0].Text = strings.Replace(edited.Paragraphs[0].Text, "historic", "much-awaited", 1)
	hs, err := s.Highlights(edited)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != len(art.Statements) {
		t.Fatalf("%d highlights back of %d", len(hs), len(art.Statements))
	}
	for i, h := range hs {
		st := art.Statements[i]
		want := st.Paragraph
		if want >= 9 {
			want++
		}
		if h.Orphaned || h.Paragraph != want || h.Text() != st.Text {
			t.Errorf("statement ¶%d %q came back as ¶%d %q (orphaned %v)", st.Paragraph, st.Text, h.Paragraph, h.Text(), h.Orphaned)
		}
	}
}

func TestExportFileName(t *testing.T) {
	cases := []struct {
		doc  model.Document
		want string
	}{
		{model.Document{Title: "Trump & Putin: no deal!", Source: "x.txt"}, "trump-putin-no-deal-notes.md"},
		{model.Document{Source: "/news/Summit Report.txt"}, "summit-report-notes.md"},
		{model.Document{Source: DefaultName}, "alaska-summit-notes.md"},
		{model.Document{Source: "-"}, "article-notes.md"},
		{model.Document{Title: "«»"}, "article-notes.md"},
	}
	for _, c := range cases {
		if got := ExportFileName(c.doc, export.FormatMarkdown); got != c.want {
			t.Errorf("ExportFileName(%+v) = %q, want %q", c.doc, got, c.want)
		}
	}
}

func TestWriteExportNewNeverReplacesAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.md")
	os.WriteFile(path, []byte("my own text"), 0o644)
	err := WriteExportNew(path, []byte("export"))
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("writing over a file: %v, want an error that is fs.ErrExist", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "my own text" {
		t.Errorf("the file was changed: %q", got)
	}
	fresh := filepath.Join(filepath.Dir(path), "fresh.md")
	if err := WriteExportNew(fresh, []byte("export")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(fresh); string(got) != "export" {
		t.Errorf("a new file holds %q", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 2 {
		t.Errorf("temporary files were left: %d entries", len(entries))
	}
}
