package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"whosaid/model"
)

// runProgram drives the real bubbletea program through keys, waits until
// the terminal has been sent wait, quits with q and returns the final model.
func runProgram(t *testing.T, art *model.Article, w, h int, wait string, keys ...string) Model {
	t.Helper()
	tm := teatest.NewTestModel(t, New(art, true), teatest.WithInitialTermSize(w, h))
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(wait)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	tm.Send(keyMsg("q"))
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
}

func keyMsg(k string) tea.KeyMsg {
	switch k {
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

func TestProgramSample120x40(t *testing.T) {
	asciiProfile(t)
	m := runProgram(t, sampleArticle(), 120, 40, "¶3 2/4 Vladimir Putin", "2", "]", "]")
	if m.reader.chosen != 1 || m.d().snippet(m.reader.cur) != "friendly" {
		t.Errorf("2 ] ] should make Putin's “friendly” current")
	}
	golden.RequireEqual(t, []byte(m.View()))
}

func TestProgramSample60x20(t *testing.T) {
	asciiProfile(t)
	m := runProgram(t, sampleArticle(), 60, 20, "Speakers", "]", "]", "]", "tab")
	if !m.reader.panelOpen || !strings.Contains(m.View(), "▸¶3   ~Putin") {
		t.Errorf("tab at 60 columns should open the panel with the current statement marked")
	}
	golden.RequireEqual(t, []byte(m.View()))
}

func (m Model) d() *doc { return m.reader.d }

func TestProgramResizeShowsBothSideBySide(t *testing.T) {
	asciiProfile(t)
	tm := teatest.NewTestModel(t, New(longArticle(4), true), teatest.WithInitialTermSize(60, 20))
	tm.Send(keyMsg("d"))
	tm.Send(keyMsg("d"))
	tm.Send(tea.WindowSizeMsg{Width: 140, Height: 45})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Speakers")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	tm.Send(keyMsg("q"))
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	view := m.View()
	checkFrame(t, view, 140, 45)
	if !strings.Contains(view, "Speakers") || !strings.Contains(view, "Trump said") {
		t.Errorf("at 140x45 article and panel should be side by side:\n%s", view)
	}
	if p := topPara(m); p < 2 {
		t.Errorf("the resize lost the place: top is ¶%d", p)
	}
}
