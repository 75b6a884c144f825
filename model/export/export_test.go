package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"whosaid/model"
	"whosaid/model/notes"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

var exportDate = time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)

// exportArticle is a hand-built analysed article: two speakers with roles,
// quotes and a reported statement.
func exportArticle(t *testing.T) *model.Article {
	a := &model.Article{Document: model.Document{
		Title:  "Trump and Putin end summit without a deal",
		Source: "https://example.com/news/alaska-summit",
		Byline: "A. Reporter",
		Paragraphs: paras(
			"The two world leaders ended their historic press conference without taking questions.",
			"“Some are not that significant,” Trump said. “One is probably the most significant.”",
			"Putin said the talks were “constructive” and called for a lasting peace.",
			"Peskov, the Kremlin’s spokesman, said no decision had been made.",
		),
	}}
	a.Speakers = []model.Speaker{
		{Name: "Donald Trump", Aliases: []string{"Trump"}, Role: "U.S. president"},
		{Name: "Vladimir Putin", Aliases: []string{"Putin"}, Role: "Russian president"},
		{Name: "Dmitry Peskov", Aliases: []string{"Peskov"}},
	}
	add := func(p int, kind model.Kind, text string, speaker int) {
		start := strings.Index(a.Paragraphs[p-1].Text, text)
		if start < 0 {
			t.Fatalf("%q not in ¶%d", text, p)
		}
		a.Statements = append(a.Statements, model.Statement{Paragraph: p, Kind: kind, Text: text,
			Speaker: a.Speakers[speaker].Name, SpeakerIndex: speaker, Start: start, End: start + len(text)})
	}
	add(2, model.KindQuote, "Some are not that significant,", 0)
	add(2, model.KindQuote, "One is probably the most significant.", 0)
	add(3, model.KindQuote, "constructive", 1)
	add(3, model.KindReported, "Putin said the talks were “constructive” and called for a lasting peace.", 1)
	add(4, model.KindReported, "Peskov, the Kremlin’s spokesman, said no decision had been made.", 2)
	return a
}

// exportHighlights are stored highlights: with notes (one with a comma,
// quotes and two lines), an unattributed paragraph, an orphan.
func exportHighlights(t *testing.T, a *model.Article) []notes.Highlight {
	made := time.Date(2026, 11, 20, 14, 5, 0, 0, time.UTC)
	h1 := notes.HighlightOf(a, a.Statements[3])
	h1.Note = "check the transcript"
	h2 := notes.HighlightOf(a, a.Statements[1])
	h2.Note = "Which one? He said \"most\", not \"only\".\nAsk the desk."
	h3 := notes.Highlight{Anchor: notes.NewAnchor(a.Paragraphs, 1, 0, len(a.Paragraphs[0].Text)), Paragraph: 1, End: len(a.Paragraphs[0].Text)}
	h4 := notes.Highlight{Anchor: notes.Anchor{Exact: "we will meet again in Moscow", Prefix: "Putin said ", Suffix: ".", Start: 400, End: 428},
		Paragraph: 5, Speaker: "Vladimir Putin", Kind: model.KindQuote, Note: "gone from the update", Orphaned: true}
	hs := []notes.Highlight{h1, h2, h3, h4}
	for i := range hs {
		hs[i].ID = int64(i + 1)
		hs[i].Created = made.Add(time.Duration(i) * time.Minute)
		hs[i].Updated = hs[i].Created
	}
	hs[0].Updated = hs[0].Created.Add(time.Hour)
	return hs
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./model -update rewrites it); got:\n%s", name, got)
	}
}

func TestExportGolden(t *testing.T) {
	a := exportArticle(t)
	hs := exportHighlights(t, a)
	cases := []struct {
		file   string
		format Format
		opt    ExportOptions
		hs     []notes.Highlight
	}{
		{"export.md", FormatMarkdown, ExportOptions{Date: exportDate}, hs},
		{"export-by-speaker.md", FormatMarkdown, ExportOptions{Date: exportDate, BySpeaker: true}, hs},
		{"export.csv", FormatCSV, ExportOptions{Date: exportDate}, hs},
		{"export.json", FormatJSON, ExportOptions{Date: exportDate}, hs},
		{"export-all-putin.md", FormatMarkdown, ExportOptions{Date: exportDate},
			notes.FilterHighlights(a, notes.StatementHighlights(a), "putin")},
	}
	for _, c := range cases {
		got, err := Export(c.format, a, c.hs, c.opt)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		golden(t, c.file, got)
	}
}

func TestMarkdownShowsWordsSpeakerAndNote(t *testing.T) {
	a := exportArticle(t)
	md := string(Markdown(a, exportHighlights(t, a)[:1], ExportOptions{Date: exportDate}))
	for _, want := range []string{
		"title: \"Trump and Putin end summit without a deal\"\n",
		"source: \"https://example.com/news/alaska-summit\"\n",
		"exported: 2026-11-27\n",
		"\n> Putin said the talks were “constructive” and called for a lasting peace.\n",
		"\n— Vladimir Putin, Russian president (¶3)\n",
		"\ncheck the transcript\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if !strings.HasPrefix(md, "---\n") {
		t.Errorf("Markdown does not open with YAML front matter:\n%s", md)
	}
}

func TestMarkdownBySpeakerGroupsUnderHeadings(t *testing.T) {
	a := exportArticle(t)
	md := string(Markdown(a, notes.StatementHighlights(a), ExportOptions{Date: exportDate, BySpeaker: true}))
	trump, putin, peskov := strings.Index(md, "\n## Donald Trump, U.S. president\n"), strings.Index(md, "\n## Vladimir Putin, Russian president\n"), strings.Index(md, "\n## Dmitry Peskov")
	if trump < 0 || putin < trump || peskov < putin {
		t.Fatalf("want ## headings for Trump, Putin, Peskov in that order:\n%s", md)
	}
	if i := strings.Index(md, "constructive"); i < putin || i > peskov {
		t.Errorf("Putin's words are not under his heading:\n%s", md)
	}
	// Issue 10, item 16: the heading names the speaker; the line under
	// each highlight says where it is, not who again.
	if strings.Contains(md, "— Donald Trump") || strings.Contains(md, "— Vladimir Putin") || !strings.Contains(md, "\n— ¶3\n") {
		t.Errorf("under a speaker's heading the name is repeated:\n%s", md)
	}
}

// A note's line breaks survive Markdown, which would join its lines.
func TestMarkdownKeepsLineBreaksInNotes(t *testing.T) {
	a := exportArticle(t)
	hs := exportHighlights(t, a)[:1]
	hs[0].Note = "first line\nsecond line\n\nnew paragraph"
	md := string(Markdown(a, hs, ExportOptions{Date: exportDate}))
	if !strings.Contains(md, "\nfirst line  \nsecond line\n\nnew paragraph\n") {
		t.Errorf("the note's line break is lost (want a hard break, two spaces):\n%s", md)
	}
}

// Issue 10, item 16: exporting every statement, a quotation inside a
// reported statement of the same speaker is in it already.
func TestWithoutNestedDropsQuotationsInsideReportedSpeech(t *testing.T) {
	hs := []notes.Highlight{
		{Paragraph: 3, Start: 0, End: 60, Speaker: "Putin", Kind: model.KindReported},
		{Paragraph: 3, Start: 20, End: 32, Speaker: "Putin", Kind: model.KindQuote},
		{Paragraph: 3, Start: 70, End: 80, Speaker: "Putin", Kind: model.KindQuote},
		{Paragraph: 4, Start: 20, End: 32, Speaker: "Putin", Kind: model.KindQuote},
		{Paragraph: 3, Start: 22, End: 30, Speaker: "Trump", Kind: model.KindQuote},
	}
	got := WithoutNested(hs)
	if len(got) != 4 || got[1].Start != 70 {
		t.Errorf("want all but the quotation inside Putin's reported statement, got %+v", got)
	}
}

func TestFilterHighlightsBySpeakerAlias(t *testing.T) {
	a := exportArticle(t)
	all := notes.StatementHighlights(a)
	for _, name := range []string{"putin", "Vladimir Putin", "PUTIN"} {
		got := notes.FilterHighlights(a, all, name)
		if len(got) != 2 {
			t.Fatalf("--speaker %q: %d highlights, want Putin's 2", name, len(got))
		}
		for _, h := range got {
			if h.Speaker != "Vladimir Putin" {
				t.Errorf("--speaker %q kept %q's words", name, h.Speaker)
			}
		}
	}
	if got := notes.FilterHighlights(a, all, "Zelensky"); len(got) != 0 {
		t.Errorf("--speaker of no one in the article kept %d", len(got))
	}
}

func TestCSVHasReadwiseColumnsAndARowPerHighlight(t *testing.T) {
	a := exportArticle(t)
	hs := exportHighlights(t, a)
	out, err := CSV(a, hs, ExportOptions{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if strings.Join(rows[0], ",") != "Highlight,Title,Author,URL,Note,Location,Date,Speaker" {
		t.Fatalf("header %v", rows[0])
	}
	if len(rows) != 1+len(hs) {
		t.Fatalf("%d rows, want a header and %d", len(rows), len(hs))
	}
	// Export sorts by position: the paragraph note comes first, h2 second.
	r := rows[2]
	if r[0] != "Some are not that significant," && r[0] != "One is probably the most significant." {
		t.Errorf("row 2 Highlight %q", r[0])
	}
	for _, row := range rows[1:] {
		if row[4] == hs[1].Note && (row[5] != "2" || row[7] != "Donald Trump" || row[6] != "2026-11-20 14:06:00") {
			t.Errorf("row of the note with quotes and a newline: %q", row)
		}
	}
}

func TestWebAnnotationShape(t *testing.T) {
	a := exportArticle(t)
	checkAnnotations(t, a, exportHighlights(t, a))
	checkAnnotations(t, a, notes.StatementHighlights(a))
}

func checkAnnotations(t *testing.T, a *model.Article, hs []notes.Highlight) {
	out, err := WebAnnotations(a, hs, ExportOptions{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	var annos []map[string]any
	if err := json.Unmarshal(out, &annos); err != nil {
		t.Fatalf("not a JSON array: %v", err)
	}
	if len(annos) != len(hs) {
		t.Fatalf("%d annotations for %d highlights", len(annos), len(hs))
	}
	whole := []rune(notes.WholeText(a.Paragraphs))
	ids := map[string]bool{}
	for i, an := range annos {
		if an["@context"] != "http://www.w3.org/ns/anno.jsonld" || an["type"] != "Annotation" {
			t.Errorf("annotation %d: @context %v, type %v", i, an["@context"], an["type"])
		}
		id, _ := an["id"].(string)
		if !strings.HasPrefix(id, "urn:uuid:") || len(id) != len("urn:uuid:")+36 || ids[id] {
			t.Errorf("annotation %d: id %q is not a fresh urn:uuid IRI", i, id)
		}
		ids[id] = true
		if _, err := time.Parse(time.RFC3339, str(an["created"])); err != nil {
			t.Errorf("annotation %d: created %v", i, an["created"])
		}
		checkBodies(t, i, an, hs[i])
		checkTarget(t, i, an, hs[i], whole, a.Source)
	}
}

func str(v any) string { s, _ := v.(string); return s }

func checkBodies(t *testing.T, i int, an map[string]any, h notes.Highlight) {
	bodies, _ := an["body"].([]any)
	var note, tag string
	for _, b := range bodies {
		m, _ := b.(map[string]any)
		if m["type"] != "TextualBody" {
			t.Errorf("annotation %d: body type %v", i, m["type"])
		}
		switch m["purpose"] {
		case "commenting":
			note = str(m["value"])
		case "tagging":
			tag = str(m["value"])
		default:
			t.Errorf("annotation %d: body purpose %v", i, m["purpose"])
		}
	}
	if note != strings.TrimSpace(h.Note) || tag != h.Speaker {
		t.Errorf("annotation %d: note %q speaker %q, want %q %q", i, note, tag, h.Note, h.Speaker)
	}
}

func checkTarget(t *testing.T, i int, an map[string]any, h notes.Highlight, whole []rune, source string) {
	target, _ := an["target"].(map[string]any)
	if target["source"] != source {
		t.Errorf("annotation %d: target source %v", i, target["source"])
	}
	sels, _ := target["selector"].([]any)
	var exact string
	pos := false
	for _, s := range sels {
		m, _ := s.(map[string]any)
		switch m["type"] {
		case "TextQuoteSelector":
			exact = str(m["exact"])
			if _, ok := m["prefix"].(string); !ok {
				t.Errorf("annotation %d: TextQuoteSelector without prefix", i)
			}
		case "TextPositionSelector":
			pos = true
			start, end := int(m["start"].(float64)), int(m["end"].(float64))
			if start < 0 || end > len(whole) || string(whole[start:end]) != h.Text() {
				t.Errorf("annotation %d: position %d..%d does not select %q", i, start, end, h.Text())
			}
		default:
			t.Errorf("annotation %d: selector type %v", i, m["type"])
		}
	}
	if exact != h.Text() {
		t.Errorf("annotation %d: exact %q, want %q", i, exact, h.Text())
	}
	if pos == h.Orphaned {
		t.Errorf("annotation %d: position selector present=%v for orphaned=%v", i, pos, h.Orphaned)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"md": FormatMarkdown, "markdown": FormatMarkdown, "CSV": FormatCSV, "json": FormatJSON} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil || !strings.Contains(err.Error(), "pdf") {
		t.Errorf("ParseFormat(pdf): %v, want an error naming it", err)
	}
}

func TestFilterHighlightsOfASpeakerTheArticleNoLongerNames(t *testing.T) {
	a := exportArticle(t)
	hs := exportHighlights(t, a)
	a.Speakers = nil
	got := notes.FilterHighlights(a, hs, "PUTIN")
	if len(got) != 2 || got[0].Speaker != "Vladimir Putin" || got[1].Speaker != "Vladimir Putin" {
		t.Errorf("--speaker PUTIN with no speakers known: %v", got)
	}
	if got := notes.FilterHighlights(a, hs, "Put"); len(got) != 0 {
		t.Errorf("a part of a name matched %d highlights", len(got))
	}
}

func TestFindHighlight(t *testing.T) {
	a := exportArticle(t)
	hs := exportHighlights(t, a)
	st := a.Statements[1]
	if i := notes.FindHighlight(hs, st.Paragraph, st.Start, st.End); i != 1 {
		t.Errorf("marked statement found at %d, want 1", i)
	}
	st = a.Statements[0]
	if i := notes.FindHighlight(hs, st.Paragraph, st.Start, st.End); i != -1 {
		t.Errorf("unmarked statement found at %d", i)
	}
	if i := notes.FindHighlight(hs, 5, 0, 0); i != -1 {
		t.Errorf("an orphan counted as marked: %d", i)
	}
}

func TestFilterHighlightsStoredUnderAnOlderName(t *testing.T) {
	a := exportArticle(t)
	hs := exportHighlights(t, a) // stored as "Vladimir Putin"
	a.Speakers[1] = model.Speaker{Name: "Putin"}
	if got := notes.FilterHighlights(a, hs, "putin"); len(got) != 2 {
		t.Errorf("--speaker putin kept %d of Putin's 2 highlights stored under his full name", len(got))
	}
	if got := notes.FilterHighlights(a, hs, "trump"); len(got) != 1 || got[0].Speaker != "Donald Trump" {
		t.Errorf("--speaker trump kept %v", got)
	}
}

func paras(texts ...string) []model.Paragraph {
	out := make([]model.Paragraph, len(texts))
	for i, t := range texts {
		out[i] = model.Paragraph{Text: t}
	}
	return out
}
