package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
)

// Without colour, the panel marks a person who uses they/them pronouns
// with n, and choosing them says why in the status bar.
func TestPanelMarksANonBinaryPersonAndSaysWhy(t *testing.T) {
	asciiProfile(t)
	doc := model.Document{Source: "test"}
	for _, p := range []string{"Sam Oduya, who uses they/them pronouns, said the injunction would help the company.",
		"“We will appeal,” said Ms. Kim Tran.", "“It is over,” said Mr. Tom Hale."} {
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
	}
	art := attributiontest.Analyze(t, doc)
	n := art.SpeakerByName("Sam Oduya")
	if n < 0 {
		t.Fatalf("no Sam Oduya among %+v", art.Speakers)
	}
	m := drive(t, art, 120, 40, string(rune('1'+n)))
	screen := ansi.Strip(m.View())
	marks := map[string]string{"Sam Oduya": "n", "Kim Tran": "f", "Tom Hale": "m"}
	for name, mark := range marks {
		if !regexp.MustCompile(`\d [● ] ` + name + ` +` + mark + ` \d`).MatchString(screen) {
			t.Errorf("panel lacks %q marked %q:\n%s", name, mark, screen)
		}
	}
	if s := statusLine(m); !strings.Contains(s, "person, non-binary: uses they/them pronouns (¶1)") {
		t.Errorf("status after choosing Sam Oduya: %q", s)
	}
}
