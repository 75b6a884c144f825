package ui

import (
	"strings"
	"testing"

	"whosaid/internal/testsupport"
	"whosaid/model"
)

// FuzzReader feeds the reader arbitrary text, statements at arbitrary
// offsets (even inside a character) and arbitrary keys: it must never panic,
// never let a control character through, and always fill the screen exactly.
func FuzzReader(f *testing.F) {
	f.Add("One “two” three.\nFour five\x1b[2J six.", "]]2F/o\rnnN\x1b")
	f.Add("東京で記者会見\n👩‍👩‍👧 e\u0301\n"+longURL, "G[[tab jjj\rkk?q")
	f.Add("", "]F/x")
	for _, s := range testsupport.RealArticles(f, 40) {
		f.Add(s, "]]]2F/the\rnG[?q")
	}
	f.Fuzz(func(t *testing.T, text, keys string) {
		t.Chdir(t.TempDir()) // "e" and enter export notes into the working directory
		asciiProfile(t)
		a := &model.Article{Document: model.Document{Source: "fuzz"}}
		a.Speakers = []model.Speaker{{Name: "A B"}, {Name: "C"}}
		for i, p := range strings.Split(text, "\n") {
			a.Paragraphs = append(a.Paragraphs, model.Paragraph{Text: p})
			if len(p) > 1 {
				a.Statements = append(a.Statements, model.Statement{Paragraph: i + 1, Kind: model.KindQuote,
					Start: len(p) / 4, End: len(p)/2 + 1, SpeakerIndex: i % 3})
			}
		}
		if len(a.Paragraphs) > 1 && len(keys)%2 == 1 {
			// half the cases read the first line as a headline that speaks (¶0)
			a.Title = a.Paragraphs[0].Text
			a.Paragraphs = a.Paragraphs[1:]
			for i := range a.Statements {
				a.Statements[i].Paragraph--
			}
		}
		var names []string
		for _, r := range keys {
			switch r {
			case '\r':
				names = append(names, "enter")
			case '\x1b':
				names = append(names, "esc")
			case '\t':
				names = append(names, "tab")
			default:
				names = append(names, string(r))
			}
		}
		for _, size := range [][2]int{{60, 20}, {100, 30}} {
			m := drive(t, a, size[0], size[1], names...)
			if m.state != stateReader {
				continue // the full-screen pages have their own tests
			}
			view := m.View()
			if strings.ContainsAny(view, "\x1b\x07\x7f\u009b") {
				t.Fatalf("a control character reached the screen")
			}
			checkFrame(t, view, size[0], size[1])
		}
	})
}
