package ui

import (
	"strconv"
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"whosaid/model"
)

// Options a program embedding the reader (the library) uses.

func sizedWith(t *testing.T, art *model.Article, opts Options) Model {
	t.Helper()
	tm, _ := NewWith(art, true, opts).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return tm.(Model)
}

func TestStartOpensAtAStatementWithItsSpeakerChosen(t *testing.T) {
	asciiProfile(t)
	art := defaultArticle(t)
	putin := art.SpeakerByName("Putin")
	var theirs []int
	for k, s := range art.Statements {
		if s.SpeakerIndex == putin {
			theirs = append(theirs, k)
		}
	}
	k := theirs[len(theirs)-2]
	m := sizedWith(t, art, Options{Start: &Start{Statement: k, Speaker: putin}})
	want := "¶" + strconv.Itoa(art.Statements[k].Paragraph) + " " + strconv.Itoa(len(theirs)-1) + "/" + strconv.Itoa(len(theirs)) + " Putin"
	if s := statusLine(m); !strings.Contains(s, want) {
		t.Errorf("opened at Putin's statement %d: status %q, want %q", k, s, want)
	}
	if !strings.Contains(xansi.Strip(m.View()), "Putin: "+strconv.Itoa(len(theirs))+" statements") {
		t.Errorf("Putin is not chosen in the panel:\n%s", xansi.Strip(m.View()))
	}
	next := press(m, "]").(Model)
	want = strconv.Itoa(len(theirs)) + "/" + strconv.Itoa(len(theirs)) + " Putin"
	if s := statusLine(next); !strings.Contains(s, want) {
		t.Errorf("] from there: %q, want Putin's last statement %q", s, want)
	}
}

func TestVoicesGiveEachSpeakerTheColourAsked(t *testing.T) {
	setProfile(t, true)
	art := defaultArticle(t)
	m := sizedWith(t, art, Options{Voices: []int{5, 5, 2}})
	r := lipgloss.DefaultRenderer()
	r.SetHasDarkBackground(true)
	for i, want := range []int{5, 5, 2} {
		if got, v := m.c.st.voiceOf(i), newVoice(r, palette[want], resolver(r)); got != v {
			t.Errorf("speaker %d drawn as %+v, want palette colour %d %+v", i, got, want, v)
		}
	}
	if PaletteSize() != len(palette) || VoiceColour(5) != palette[5] {
		t.Error("the palette is not what the reader draws with")
	}
}

func TestQuitsTellsAnEmbedderQIsBack(t *testing.T) {
	asciiProfile(t)
	m := drive(t, defaultArticle(t), 120, 40)
	q := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")}
	if !m.Quits(q) || m.Quits(tea.KeyMsg{Type: tea.KeyCtrlC}) {
		t.Error("q in the reader quits; ctrl+c is not for the embedder to take")
	}
	if typing := press(m, "/").(Model); typing.Quits(q) {
		t.Error("q typed into the search line is a letter")
	}
	if help := press(m, "?").(Model); help.Quits(q) {
		t.Error("q in the help closes the help")
	}
}

func TestChoosingAPersonSaysTheirGenderAndWhy(t *testing.T) {
	asciiProfile(t)
	art := defaultArticle(t)
	m := drive(t, art, 120, 40, "2")
	sp := art.Speakers[1]
	if s := statusLine(m); !strings.Contains(s, string(sp.Gender)+": "+sp.GenderEvidence) {
		t.Errorf("status after choosing %s: %q, want the gender and its evidence", sp.Name, s)
	}
}
