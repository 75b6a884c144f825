package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"whosaid/model"
)

// sampleArticle is a small hand-built article with three speakers, for tests
// that must not depend on the attribution engine.
func sampleArticle() *model.Article {
	paras := []string{
		"The two world leaders ended their press conference without taking questions.",
		"“Some are not that significant,” Trump said. “One is probably the most significant, but we have a very good chance of getting there.”",
		"Putin thanked Trump for the “friendly” tone of the talks and said the two countries should “turn the page and go back to cooperation.”",
		"Kremlin spokesperson Dmitry Peskov said the talks were “very positive”, the news agency RIA Novosti reported.",
		"The leaders left the room full of reporters without taking questions.",
		"As they wrapped up, Putin said to Trump in English, “Next time in Moscow.”",
		"Trump responded, “I could see it possibly happening.”",
	}
	a := &model.Article{Document: model.Document{Source: "sample.txt"}}
	for _, p := range paras {
		a.Paragraphs = append(a.Paragraphs, model.Paragraph{Text: p})
	}
	a.Speakers = []model.Speaker{
		{Name: "Donald Trump", Role: "U.S. president", Quotes: 3, Statements: 3, Words: 26, Share: 0.55},
		{Name: "Vladimir Putin", Role: "Russian president", Quotes: 3, Statements: 4, Words: 15, Share: 0.32},
		{Name: "Dmitry Peskov", Role: "Kremlin spokesperson", Quotes: 1, Statements: 2, Words: 2, Share: 0.04},
	}
	add := func(p int, text string, sp int, kind model.Kind) {
		start := strings.Index(paras[p-1], text)
		if start < 0 {
			panic("fixture: " + text)
		}
		a.Statements = append(a.Statements, model.Statement{
			Paragraph: p, Kind: kind, Text: text, Speaker: a.Speakers[sp].Name,
			Start: start, End: start + len(text), SpeakerIndex: sp,
		})
	}
	add(2, "Some are not that significant,", 0, model.KindQuote)
	add(2, "One is probably the most significant, but we have a very good chance of getting there.", 0, model.KindQuote)
	add(3, "Putin thanked Trump for the “friendly” tone of the talks and said the two countries should “turn the page and go back to cooperation.”", 1, model.KindReported)
	add(3, "friendly", 1, model.KindQuote)
	add(3, "turn the page and go back to cooperation.", 1, model.KindQuote)
	add(4, "Kremlin spokesperson Dmitry Peskov said the talks were “very positive”, the news agency RIA Novosti reported.", 2, model.KindReported)
	add(4, "very positive", 2, model.KindQuote)
	add(6, "Next time in Moscow.", 1, model.KindQuote)
	add(7, "I could see it possibly happening.", 0, model.KindQuote)
	sortStatements(a)
	return a
}

func sortStatements(a *model.Article) {
	s := a.Statements
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (s[j].Paragraph < s[j-1].Paragraph || s[j].Paragraph == s[j-1].Paragraph && s[j].Start < s[j-1].Start); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// asciiProfile pins the colour profile so screens are plain text.
func asciiProfile(t testing.TB) {
	old := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.Ascii)
	t.Cleanup(func() { lipgloss.SetColorProfile(old) })
}

// drive builds a reader at w×h and feeds it keys, as the program would.
func drive(t testing.TB, art *model.Article, w, h int, keys ...string) Model {
	t.Helper()
	m := New(art, true)
	var tm tea.Model = m
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: w, Height: h})
	for _, k := range keys {
		tm = press(tm, k)
	}
	return tm.(Model)
}

// press sends one key: names like "tab", "esc", "enter", or runes.
func press(m tea.Model, k string) tea.Model {
	var msg tea.KeyMsg
	switch k {
	case "tab":
		msg = tea.KeyMsg{Type: tea.KeyTab}
	case "esc":
		msg = tea.KeyMsg{Type: tea.KeyEsc}
	case "enter":
		msg = tea.KeyMsg{Type: tea.KeyEnter}
	case "pgdown":
		msg = tea.KeyMsg{Type: tea.KeyPgDown}
	case "ctrl+s":
		msg = tea.KeyMsg{Type: tea.KeyCtrlS}
	case " ":
		msg = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	default:
		msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
	}
	m, _ = m.Update(msg)
	return m
}

// setProfile pins the colour profile: ANSI 256 colours or none.
func setProfile(t testing.TB, color bool) {
	old := lipgloss.ColorProfile()
	p := termenv.Ascii
	if color {
		p = termenv.ANSI256
	}
	lipgloss.SetColorProfile(p)
	t.Cleanup(func() { lipgloss.SetColorProfile(old) })
}
