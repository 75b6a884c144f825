package export

import (
	"strings"
	"testing"

	"whosaid/model"
)

// explained is a hand-made pair of statements with the explanation the
// engine gives: a pronoun's chain back to the name, a close rival, and no
// one's words.
func explained() []model.Statement {
	return []model.Statement{
		{Paragraph: 7, Kind: model.KindQuote, Text: "We will not be rushed,", Speaker: "Dmitry Peskov", SpeakerIndex: 0, Cue: "said",
			Confidence: model.Low, Why: &model.Why{
				Rule: "cue-after", Evidence: "a cue right after the quotation (“said”)", Mention: "he",
				Chain:  []model.Link{{Text: "he", Paragraph: 7}, {Text: "the spokesman", Paragraph: 6}, {Text: "Dmitry Peskov", Paragraph: 5}},
				Rivals: []string{"Vladimir Putin"},
			}},
		{Paragraph: 9, Kind: model.KindQuote, Text: "Fair Work, Fair Pay", SpeakerIndex: -1},
	}
}

// speakersOf is the speakers explained() points at.
func speakersOf() []model.Speaker {
	return []model.Speaker{{Name: "Dmitry Peskov", Kind: model.SpeakerPerson, Gender: model.Male, GenderEvidence: "title “Mr.”"}}
}

func TestExplainSaysRuleCueChainRivalsAndConfidence(t *testing.T) {
	out := Explain(explained(), speakersOf(), 80, nil)
	for _, want := range []string{
		"¶7  quote  Dmitry Peskov  · low confidence\n",
		"    We will not be rushed,\n",
		"    rule     cue-after: a cue right after the quotation (“said”)\n",
		"    cue      said\n",
		"    mention  he ¶7 → the spokesman ¶6 → Dmitry Peskov ¶5\n",
		"    rivals   Vladimir Putin\n",
		"    speaker  person, male: title “Mr.”\n",
		"¶9  quote  no one\n",
		"    why      no speaker",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
}

func TestExplainFitsWidthAndStylesOnlyTheHead(t *testing.T) {
	bold := func(s string) string { return "<b>" + s + "</b>" }
	out := Explain(explained(), speakersOf(), 40, bold)
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		l = strings.NewReplacer("<b>", "", "</b>", "").Replace(l)
		if len([]rune(l)) > 40 && !strings.HasPrefix(l, "¶") {
			t.Errorf("line over 40 columns: %q", l)
		}
	}
	if strings.Count(out, "<b>") != 2 || !strings.Contains(out, "<b>¶7  quote  Dmitry Peskov") {
		t.Errorf("each statement's first line, and only it, should be styled:\n%s", out)
	}
}

// A low confidence says how low and why, in words a reader can check.
func TestExplainGivesTheScoreAndTheDoubts(t *testing.T) {
	st := explained()
	st[0].ConfidenceScore = 0.42
	st[0].Why.Doubts = []string{"found through a pronoun", "last named two or more paragraphs back"}
	out := Explain(st, speakersOf(), 80, nil)
	for _, want := range []string{
		"¶7  quote  Dmitry Peskov  · low confidence (0.42)\n",
		"    doubts   found through a pronoun; last named two or more paragraphs back\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
}
