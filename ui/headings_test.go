package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/attribution"
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

// A headline that says who said what shows it as the body does: the
// speaker's tag beside the title, its statement first in the walk as ¶0;
// notes refuse it in words, since highlights hold the article's text.
func TestHeadlineStatementIsShownAndWalked(t *testing.T) {
	asciiProfile(t)
	doc, err := articles.LoadReader("news.txt", strings.NewReader("Harbour deal ‘dead’, says Holm\n\n"+
		"Opposition leader Jeremy Holm said on Tuesday that the harbour deal was dead.\n\n"+
		"“We will not back this deal,” Mr Holm told the radio.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Harbour deal ‘dead’, says Holm" {
		t.Fatalf("title %q: the first line should be read as the headline", doc.Title)
	}
	art, err := attribution.Analyze(doc)
	if err != nil {
		t.Fatal(err)
	}
	var m tea.Model = New(art, true)
	m = sized(t, m, 100, 24)
	first := strings.SplitN(ansi.Strip(m.View()), "\n", 2)[0]
	if !strings.Contains(first, "Holm") || !strings.Contains(first, "# Harbour deal ‘dead’, says Holm") {
		t.Errorf("the title row should carry its speaker's tag and the title:\n%q", first)
	}
	m = press(m, "]")
	if st := statusLine(m.(Model)); !strings.Contains(st, "¶0 1/3 Jeremy Holm") {
		t.Errorf("the walk should start at the headline's statement; status %q", st)
	}
	m = press(m, "m")
	if st := statusLine(m.(Model)); !strings.Contains(st, "the headline cannot be marked") {
		t.Errorf("marking the headline's statement should say why it cannot; status %q", st)
	}
	checkFrame(t, m.View(), 100, 24)
}
