package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"whosaid/model"
)

func markdownArticle() *model.Article {
	a := sampleArticle()
	a.Title = "Summit in Alaska ends without a deal"
	ps := []model.Paragraph{{Text: "What the leaders said", Kind: model.Heading}}
	a.Paragraphs = append(ps, a.Paragraphs...)
	for i := range a.Statements {
		a.Statements[i].Paragraph++
	}
	return a
}

// sized sends a window size and runs the commands it returns, as the
// program would, feeding their messages back.
func sized(t *testing.T, m tea.Model, w, h int) tea.Model {
	t.Helper()
	m, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	for cmd != nil {
		m, cmd = m.Update(cmd())
	}
	return m
}

func TestTitleAndHeadingsAreDrawnAsHeadings(t *testing.T) {
	asciiProfile(t)
	var m tea.Model = New(markdownArticle(), true)
	m = sized(t, m, 120, 40)
	s := ansi.Strip(m.View())
	if !strings.Contains(s, "# Summit in Alaska ends without a deal") {
		t.Errorf("the title was not drawn as a heading:\n%s", s)
	}
	if !strings.Contains(s, "## What the leaders said") {
		t.Errorf("the heading was not drawn as a heading:\n%s", s)
	}
	if !strings.Contains(s, "¶3 ") || !strings.Contains(s, "Putin thanked") {
		t.Errorf("paragraph numbers should stay the article's with a title above:\n%s", s)
	}
	checkFrame(t, m.View(), 120, 40)
	m = press(m, "]")
	if st := statusLine(m.(Model)); !strings.Contains(st, "¶3 1/9 Donald Trump") {
		t.Errorf("the title must not shift statement paragraphs; status %q", st)
	}
	m = sized(t, m, 60, 20)
	checkFrame(t, m.View(), 60, 20)
	if s := ansi.Strip(m.View()); !strings.Contains(s, "Trump said") {
		t.Errorf("after a resize the current statement should stay on screen:\n%s", s)
	}
}
