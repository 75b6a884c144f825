package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"whosaid/model"
)

func TestSpeakersGetDistinctStableColours(t *testing.T) {
	setProfile(t, true)
	st := New(sampleArticle(), true).c.st
	seen := map[string]int{}
	for i := range palette {
		code := st.voiceOf(i).quote.Render("x")
		if j, ok := seen[code]; ok {
			t.Errorf("speakers %d and %d share a colour", j+1, i+1)
		}
		seen[code] = i
	}
	again := New(sampleArticle(), true).c.st
	if st.voiceOf(1).quote.Render("x") != again.voiceOf(1).quote.Render("x") {
		t.Error("a speaker's colour changed from one run to the next")
	}
}

func TestColoursFollowTheBackground(t *testing.T) {
	setProfile(t, true)
	dark := New(sampleArticle(), true).c.st.voiceOf(0).quote.Render("x")
	light := New(sampleArticle(), false).c.st.voiceOf(0).quote.Render("x")
	if dark == light {
		t.Error("the same colour is used on dark and light backgrounds")
	}
}

func TestQuotesStandOutFromReportedSpeechInColour(t *testing.T) {
	setProfile(t, true)
	m := drive(t, sampleArticle(), 120, 40)
	v := m.c.st.voiceOf(1)
	view := m.View()
	if !strings.Contains(view, v.quote.Render("“friendly”")) {
		t.Error("Putin's quotation is not drawn in his quotation style")
	}
	if !strings.Contains(view, v.reported.Render("Putin thanked Trump for the ")) {
		t.Error("Putin's reported speech is not drawn in the quieter style")
	}
	m = drive(t, sampleArticle(), 120, 40, "]", "]", "]", "]")
	if !strings.Contains(m.View(), v.current.Render("“friendly”")) {
		t.Error("the current statement does not stand out")
	}
}

func TestRowWithTwoSpeakersNamesBoth(t *testing.T) {
	asciiProfile(t)
	text := "“Yes,” said Ann. “No,” said Bob."
	a := &model.Article{Document: model.Document{Source: "two.txt", Paragraphs: []model.Paragraph{{Text: text}}}}
	a.Speakers = []model.Speaker{{Name: "Ann Lee"}, {Name: "Bob Ray"}}
	for i, q := range []string{"Yes,", "No,"} {
		s := strings.Index(text, q)
		a.Statements = append(a.Statements, model.Statement{Paragraph: 1, Kind: model.KindQuote, Text: q, Start: s, End: s + len(q), SpeakerIndex: i})
	}
	line := strings.Split(ansi.Strip(drive(t, a, 60, 10).View()), "\n")[0]
	if !strings.HasPrefix(line, " Lee/Ray") {
		t.Errorf("a row where Ann and Bob both speak should name both: %q", line)
	}
}

func TestWalkingShowsTheWholeStatement(t *testing.T) {
	asciiProfile(t)
	long := strings.Repeat("word ", 140)
	text := strings.Repeat("Filler text to push things down. ", 30) + "He said “" + long + "end.” Then more."
	a := &model.Article{Document: model.Document{Source: "tall.txt", Paragraphs: []model.Paragraph{{Text: text}}}}
	a.Speakers = []model.Speaker{{Name: "He"}}
	q := long + "end."
	s := strings.Index(text, q)
	a.Statements = []model.Statement{{Paragraph: 1, Kind: model.KindQuote, Text: q, Start: s, End: s + len(q)}}
	m := drive(t, a, 60, 20, "]")
	screen := ansi.Strip(m.View())
	if !strings.Contains(screen, "He said “word") || !strings.Contains(screen, "end.”") {
		t.Errorf("] should bring the whole statement on screen when it fits:\n%s", screen)
	}
}

// Issue 10, item 6: NO_COLOR forbids colour, not emphasis: the search match
// keeps reverse video (as in less), the current statement bold, a
// highlight its underline; the screen holds no colour.
func TestNoColorKeepsEmphasis(t *testing.T) {
	asciiProfile(t)
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	if _, mono := setup(Options{}, env("NO_COLOR", "1", "TERM", "xterm-256color")); !mono {
		t.Error("NO_COLOR on a terminal should keep bold, reverse and underline")
	}
	if _, mono := setup(Options{Color: ColorNever}, env("TERM", "xterm-256color")); !mono {
		t.Error("--color=never on a terminal should keep bold, reverse and underline")
	}
	if _, mono := setup(Options{}, env("NO_COLOR", "1", "TERM", "dumb")); mono {
		t.Error("a dumb terminal gets no attributes")
	}
	m := newModel(sampleArticle(), true, Options{Mono: true})
	var tm tea.Model = m
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, k := range []string{"/", "t", "h", "a", "n", "k", "e", "d", "enter"} {
		tm = press(tm, k)
	}
	view := tm.View()
	if !strings.Contains(view, "\x1b[1;7mthanked\x1b[0m") {
		t.Errorf("the current search match is not in reverse video:\n%q", view)
	}
	tm = press(press(tm, "esc"), "]")
	if !strings.Contains(tm.View(), "\x1b[1m“Some are not that significant,”\x1b[0m") {
		t.Errorf("the current statement is not bold without colour")
	}
	if strings.Contains(tm.View(), "\x1b[38;") || strings.Contains(tm.View(), "\x1b[48;") {
		t.Error("colour escape sequences under NO_COLOR")
	}
}

// Cosmetic (issue 10): text a reader must read (paragraph numbers, roles,
// key hints) is never the faint grey kept for rules: not 59 on a dark
// background nor 145 on a light one.
func TestSecondaryTextIsReadable(t *testing.T) {
	setProfile(t, true)
	dark := New(sampleArticle(), true).c.st.dim.Render("x")
	light := New(sampleArticle(), false).c.st.dim.Render("x")
	if strings.Contains(dark, "38;5;59m") || strings.Contains(light, "38;5;145m") {
		t.Errorf("secondary text in a low-contrast grey: dark %q, light %q", dark, light)
	}
}
