package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"whosaid/model"
)

// The w overlay says how likely the speaker is right and, for a low one,
// what lowered it, in the words --explain uses.
func TestWhyOverlayGivesTheScoreAndTheDoubts(t *testing.T) {
	asciiProfile(t)
	art := sampleArticle()
	for i := range art.Statements {
		if art.Statements[i].Text == "Next time in Moscow." {
			art.Statements[i].Confidence, art.Statements[i].ConfidenceScore = model.Low, 0.42
			art.Statements[i].Why = &model.Why{Rule: "cue-before", Evidence: "a cue introducing the quotation",
				Mention: "he", Doubts: []string{"found through a pronoun", "another speaker in the paragraph"}}
		}
	}
	m := drive(t, art, 80, 24, "2", "]", "]", "]", "]")
	if m.d().snippet(m.reader.cur) != "Next time in Moscow." {
		t.Fatalf("setup: the current statement is %q", m.d().snippet(m.reader.cur))
	}
	s := ansi.Strip(press(m, "w").View())
	for _, want := range []string{"¶6 quotation · low confidence (0.42)", "doubts   found through a pronoun; another speaker in"} {
		if !strings.Contains(s, want) {
			t.Errorf("the overlay lacks %q:\n%s", want, s)
		}
	}
}
