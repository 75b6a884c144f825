package attribution

import (
	"strings"
	"testing"

	"whosaid/model"
)

// Every cue word, in each of its forms, alone or at the edge of a tiny
// paragraph ("Call", "agreeing,", "DESCRIBE said", "“Yes,” BEAM", "As,")
// must analyse without a fault: the rules that read around a cue once ran
// off the paragraph's ends on such lines.
func TestCueWordsAtParagraphEdgesNeverFault(t *testing.T) {
	var words []string
	for _, l := range cueLemmas {
		for _, f := range inflect(l) {
			words = append(words, f, strings.ToUpper(f[:1])+f[1:], strings.ToUpper(f))
		}
	}
	words = append(words, "As", "as", "Asked", "According to", "according", "Mr.", "Q:", "“", "”", "—")
	templates := []string{"%s", "%s.", "%s:", "%s,", "%s said", "said %s", "“Yes,” %s", "%s “yes”", "%s that", "%s as", "%s to", "%s the"}
	faults := 0
	for _, w := range words {
		for _, tmpl := range templates {
			text := strings.Replace(tmpl, "%s", w, 1)
			doc := model.Document{Paragraphs: []model.Paragraph{{Text: "Intro."}, {Text: text}}}
			if _, err := Analyze(doc); err != nil {
				if faults++; faults <= 5 {
					t.Errorf("%q: %v", text, err)
				}
			}
		}
	}
	if faults > 5 {
		t.Errorf("%d more faults", faults-5)
	}
}

// Short paragraphs that open with the shapes the finding, relative and
// role rules look back over ("The full inquiry found.") are read without
// a fault: such a rule once indexed the token before the paragraph.
func TestLookBacksAtParagraphStartNeverFault(t *testing.T) {
	for _, text := range []string{
		"The full inquiry found.", "The inquiry found.", "The report, the inquiry found.",
		", a friend, who said so.", "a friend, who said so.", "Poll: A B C",
		"whose members say it is fine.", "the union whose members say it is fine.",
		"The USDA forecast that it would.", "forecast in May that it would.",
		"It says so.", "The report is long. It says so.", ", and a senior official, who asked, said so.",
	} {
		doc := model.Document{Paragraphs: []model.Paragraph{{Text: text}, {Text: text}}}
		if _, err := Analyze(doc); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}
