package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The side panel: each speaker once (most quotations first) with role,
// statements (the count ] walks and the list below shows) and a bar of
// their share of all quoted words (the shares add up to 100%); below, the
// statements being walked as one-line snippets.
//
//	 Speakers            statements
//	› 2 ● Putin               m 7
//	      Russian president ████░░ 38%
//
// The f, m, n or ? after a person's name is their gender (female, male,
// non-binary, unknown); choosing them says why in the status bar.

const barW = 6

func (m *reader) viewPanel(w, h int) string {
	st := m.c.st
	n := len(m.d.speakers)
	fits := max(min(2*n, max(h/2-1, 2))/2, 1)
	first := m.firstShown(fits)
	last := min(first+fits, n)
	head := " Speakers"
	if last-first < n {
		head = fmt.Sprintf(" Speakers %d–%d of %d", first+1, last, n)
	}
	lines := []string{st.bold.Render(headWithCount(head, w))}
	if n == 0 {
		lines = append(lines, st.dim.Render(fit(" no one is quoted", w)))
	}
	for i := first; i < last; i++ {
		lines = append(lines, m.speakerLines(i, w)...)
	}
	lines = append(lines, st.faint.Render(strings.Repeat("─", w)))
	lines = append(lines, m.stmtLines(w, h-len(lines))...)
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines[:h], "\n")
}

// firstShown scrolls the speaker list so the cursor and choice stay in view.
func (m *reader) firstShown(fits int) int {
	want := m.panelCursor
	if !m.panelFocus && m.chosen >= 0 {
		want = m.chosen
	}
	return max(0, want-fits+1)
}

func (m *reader) speakerLines(i, w int) []string {
	st := m.c.st
	s := m.d.speakers[i]
	v := st.voiceOf(i)
	cursor := " "
	if m.panelFocus && i == m.panelCursor {
		cursor = st.accent.Render("›")
	}
	chosen := " "
	if i == m.chosen {
		chosen = v.tag.Render("●")
	}
	n := " "
	if i < 9 {
		n = strconv.Itoa(i + 1)
	}
	count := strconv.Itoa(len(m.d.bySpeaker[i]))
	nameW := max(w-8-len(count)-1, 1)
	name := fit(s.name, nameW)
	if i == m.chosen || (m.panelFocus && i == m.panelCursor) {
		name = v.current.Render(strings.TrimRight(name, " ")) + strings.Repeat(" ", nameW-ansi.StringWidth(strings.TrimRight(name, " ")))
	} else {
		name = v.tag.Render(name)
	}
	top := cursor + n + " " + chosen + " " + name + " " + st.dim.Render(s.genderMark()) + " " + count + " "
	pct := fmt.Sprintf(" %3d%%", s.pct)
	bw := barW
	if w < 34 {
		bw = barW / 2
	}
	filled := min(max(int(math.Round(s.share*float64(bw))), 0), bw)
	bar := v.tag.Render(strings.Repeat("█", filled)) + st.faint.Render(strings.Repeat("░", bw-filled))
	role := fit(s.role, max(w-4-bw-len(pct)-1, 0))
	bottom := "    " + st.dim.Render(role) + " " + bar + pct
	return []string{fitStyled(top, w), fitStyled(bottom, w)}
}

// headWithCount is the panel's heading with "statements" over the counts
// at the right edge, where there is room.
func headWithCount(head string, w int) string {
	const label = "statements "
	if ansi.StringWidth(head)+1+len(label) > w {
		return fit(head, w)
	}
	return head + strings.Repeat(" ", w-ansi.StringWidth(head)-len(label)) + label
}

// stmtLines lists the walk's statements, the current one marked, scrolled
// so it stays in view.
func (m *reader) stmtLines(w, h int) []string {
	if h <= 0 {
		return nil
	}
	st := m.c.st
	walk := m.walk()
	head := fmt.Sprintf(" All statements: %d", len(walk))
	if m.chosen >= 0 {
		head = fmt.Sprintf(" %s: %d statements", m.d.speakers[m.chosen].name, len(walk))
	}
	lines := []string{st.bold.Render(fit(head, w))}
	if m.chosen >= 0 && len(m.d.speakers[m.chosen].called) > 0 && h > 2 {
		lines = append(lines, st.dim.Render(fit(" also “"+strings.Join(m.d.speakers[m.chosen].called, "”, “")+"”", w)))
	}
	place, _ := m.walkPlace()
	rows := h - len(lines) // what the statements have below the heading
	first := max(0, place-1-rows/2)
	first = max(0, min(first, len(walk)-rows))
	for j := first; j < len(walk) && len(lines) < h; j++ {
		lines = append(lines, m.snippetLine(walk[j], w))
	}
	return lines
}

func (m *reader) snippetLine(i, w int) string {
	st := m.c.st
	s := m.d.stmts[i]
	v := st.voiceOf(s.speaker)
	mark := " "
	if i == m.cur {
		mark = v.tag.Render("▸")
	}
	num := fit(m.d.paraLabel(s.para), 4)
	who := m.labelOf(s) + " "
	if m.chosen >= 0 && !s.quote {
		who = "~"
	} else if m.chosen >= 0 {
		who = ""
	}
	text := fit(who+m.d.snippet(i), max(w-6, 1))
	style := v.reported
	if s.quote {
		style = v.tag
	}
	if i == m.cur {
		style = v.current
	}
	sep := " "
	if m.c.notes.marked[i] {
		sep = st.marked.Render(markGlyph)
	}
	return fitStyled(mark+st.dim.Render(num)+sep+style.Render(text), w)
}

// fitStyled truncates or pads styled text to exactly w cells.
func fitStyled(s string, w int) string {
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "")
	}
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}
