package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"whosaid/model"
)

// A script reading `quotes --json` sees the corpus format to the byte: keys
// in this order, empty optional fields left out, a null speaker for no one's
// words, HTML characters as they are, escapes and numbers as encoding/json
// writes them, and the whole document on one line.
func TestWriteJSONFormat(t *testing.T) {
	a := &model.Article{
		Document: model.Document{Title: "Fair <Work>", Source: "t\"x.txt"},
		Speakers: []model.Speaker{{Name: "Ana Ruiz", Aliases: []string{"Ruiz"}, Role: "nurse", Quotes: 1, Statements: 1,
			Words: 3, Share: 0.00005, Kind: model.SpeakerPerson, Gender: model.Female, GenderEvidence: "“a nurse” \\ she"}},
		Statements: []model.Statement{
			{Paragraph: 1, Kind: model.KindQuote, Text: "Tabs\tand \u2028 & <b>\b\f\x01", Speaker: "Ana Ruiz", Cue: "said",
				Start: 3, End: 20, Confidence: model.High, ConfidenceScore: 0.972,
				Why: &model.Why{Rule: "cue-after", Evidence: "“…,” said Ana Ruiz", Mention: "she",
					Chain: []model.Link{{Text: "she", Paragraph: 2}}, Rivals: []string{"X \"Y\""}}},
			{Paragraph: 2, Kind: model.KindReported, Text: "the plan was bold", Via: "Reuters", Start: 0, End: 17, SpeakerIndex: -1},
		},
	}
	want := `{"title":"Fair <Work>","source":"t\"x.txt",` +
		`"speakers":[{"name":"Ana Ruiz","aliases":["Ruiz"],"role":"nurse","quotes":1,"statements":1,"words":3,"share":0.00005,` +
		`"kind":"person","gender":"female","gender_evidence":"“a nurse” \\ she"}],` +
		`"statements":[{"paragraph":1,"kind":"quote","text":"Tabs\tand \u2028 & <b>\b\f\u0001","speaker":"Ana Ruiz","cue":"said",` +
		`"start":3,"end":20,"confidence":"high","confidence_score":0.972,"why":{"rule":"cue-after",` +
		`"evidence":"“…,” said Ana Ruiz","mention":"she","chain":[{"text":"she","paragraph":2}],"rivals":["X \"Y\""]}},` +
		`{"paragraph":2,"kind":"reported","text":"the plan was bold","speaker":null,"via":"Reuters","start":0,"end":17}]}` + "\n"
	var got bytes.Buffer
	if err := WriteJSON(&got, a, ""); err != nil {
		t.Fatal(err)
	}
	if got.String() != want {
		t.Errorf("quotes --json wrote\n%s\nwant\n%s", got.String(), want)
	}
}

// With a speaker asked for, the document holds that speaker and their
// statements only; a name no one goes by leaves both lists empty, not null.
func TestWriteJSONForOneSpeaker(t *testing.T) {
	a := &model.Article{
		Document: model.Document{Source: "s.txt"},
		Speakers: []model.Speaker{{Name: "Ana Ruiz", Aliases: []string{"Ruiz"}}, {Name: "Ben Ode", Aliases: []string{}}},
		Statements: []model.Statement{
			{Paragraph: 1, Kind: model.KindQuote, Text: "a", Speaker: "Ana Ruiz", SpeakerIndex: 0},
			{Paragraph: 2, Kind: model.KindQuote, Text: "b", Speaker: "Ben Ode", SpeakerIndex: 1},
		},
	}
	for speaker, want := range map[string]string{
		"ruiz": `{"source":"s.txt","speakers":[{"name":"Ana Ruiz","aliases":["Ruiz"],"quotes":0,"statements":0,"words":0,"share":0}],` +
			`"statements":[{"paragraph":1,"kind":"quote","text":"a","speaker":"Ana Ruiz","start":0,"end":0}]}` + "\n",
		"nobody": `{"source":"s.txt","speakers":[],"statements":[]}` + "\n",
	} {
		var got bytes.Buffer
		if err := WriteJSON(&got, a, speaker); err != nil {
			t.Fatal(err)
		}
		if got.String() != want {
			t.Errorf("--speaker %s wrote\n%s\nwant\n%s", speaker, got.String(), want)
		}
	}
}

// A long article's JSON goes out in pieces, never held whole, and still
// reads back as one document with every statement in order.
func TestWriteJSONStreamsLongArticle(t *testing.T) {
	a := &model.Article{Document: model.Document{Source: "long.txt"}, Speakers: []model.Speaker{}}
	for i := range 5000 {
		a.Statements = append(a.Statements, model.Statement{Paragraph: i + 1, Kind: model.KindReported,
			Text: fmt.Sprintf("statement number %d, in \"quotes\"", i), SpeakerIndex: -1})
	}
	var w writes
	if err := WriteJSON(&w, a, ""); err != nil {
		t.Fatal(err)
	}
	if len(w.sizes) < 5 || slices.Max(w.sizes) > 64<<10 {
		t.Errorf("%d bytes in writes of %v: want pieces of at most 64 KB", w.Len(), w.sizes)
	}
	var doc struct {
		Statements []struct {
			Paragraph int
			Text      string
			Speaker   *string
		}
	}
	if err := json.Unmarshal(w.Bytes(), &doc); err != nil || bytes.Count(w.Bytes(), []byte("\n")) != 1 {
		t.Fatalf("not one line of JSON (%v): %.200s…", err, w.String())
	}
	if len(doc.Statements) != len(a.Statements) {
		t.Fatalf("%d statements read back, want %d", len(doc.Statements), len(a.Statements))
	}
	for i, s := range doc.Statements {
		if s.Paragraph != i+1 || s.Text != a.Statements[i].Text || s.Speaker != nil {
			t.Fatalf("statement %d read back as %+v, want %+v", i, s, a.Statements[i])
		}
	}
}

// writes records the size of each write.
type writes struct {
	bytes.Buffer
	sizes []int
}

func (w *writes) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	return w.Buffer.Write(p)
}
