package export_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
	"whosaid/model/collection"
	"whosaid/model/export"
)

// nonBinaryLibrary is two articles: one quotes a person who uses they/them
// pronouns, a woman and a man, the other the same person with no pronoun.
func nonBinaryLibrary(t *testing.T) []*model.Article {
	t.Helper()
	texts := [][]string{
		{"Sam Oduya, who uses they/them pronouns, said the injunction would help the company.",
			"“We will appeal,” said Ms. Kim Tran.", "“It is over,” said Mr. Tom Hale."},
		{"“Nothing changes,” said Sam Oduya."},
	}
	var arts []*model.Article
	for _, paras := range texts {
		doc := model.Document{Source: "test"}
		for _, p := range paras {
			doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
		}
		arts = append(arts, attributiontest.Analyze(t, doc))
	}
	return arts
}

// Every export names a non-binary person as such, with the article's words,
// and counts them apart from women, men and unknown.
func TestExportsShowNonBinary(t *testing.T) {
	arts := nonBinaryLibrary(t)
	c := collection.Merge(arts)

	var quotes bytes.Buffer
	if err := export.WriteJSON(&quotes, arts[0], ""); err != nil {
		t.Fatal(err)
	}
	if want := `"kind":"person","gender":"non-binary","gender_evidence":"uses they/them pronouns (¶1)"`; !strings.Contains(quotes.String(), want) {
		t.Errorf("quotes --json lacks %s:\n%s", want, quotes.String())
	}
	for _, sp := range arts[0].Speakers {
		if got := export.SpeakerKind(sp); sp.Name == "Sam Oduya" && got != "person, non-binary: uses they/them pronouns (¶1)" {
			t.Errorf("--explain's speaker line = %q", got)
		}
	}

	table := export.SpeakersTable(arts, c, false, 120)
	for _, want := range []string{"Sam Oduya", "person  non-binary", "uses they/them pronouns (¶1)",
		"people quoted         women 1 (33.3%) · men 1 (33.3%) · non-binary 1 (33.3%) · unknown 0 (0.0%)",
		"  once per article    women 1 (25.0%) · men 1 (25.0%) · non-binary 2 (50.0%) · unknown 0 (0.0%)"} {
		if !strings.Contains(table, want) {
			t.Errorf("speakers table lacks %q:\n%s", want, table)
		}
	}

	var csv bytes.Buffer
	if err := export.WriteSpeakersCSV(&csv, arts, c, false); err != nil {
		t.Fatal(err)
	}
	if want := "Sam Oduya,person,non-binary,uses they/them pronouns (¶1),2,1,"; !strings.Contains(csv.String(), want) {
		t.Errorf("speakers --csv lacks %q:\n%s", want, csv.String())
	}

	var js bytes.Buffer
	if err := export.WriteSpeakersJSON(&js, arts, c, false); err != nil {
		t.Fatal(err)
	}
	var doc export.SpeakersJSON
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.Totals.ByStatements[model.NonBinary]; got.Count != 2 || got.Share != 0.5 {
		t.Errorf("speakers --json statements_by_gender non-binary = %+v, want 2 of 4", got)
	}
	if got := doc.Totals.People[model.NonBinary]; got.Count != 1 {
		t.Errorf("speakers --json people non-binary = %+v, want 1", got)
	}
}
