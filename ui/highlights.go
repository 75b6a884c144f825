package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"whosaid/model"
	"whosaid/model/notes"
)

// highlightsView lists the article's highlights in order, each with its
// paragraph, speaker, words and note; orphans (words no longer in the
// article) come last with the words they had.
//
//	▸ ¶9   Vladimir Putin · reported
//	       Putin thanked Trump for the “friendly” tone of the conversation…
//	       ✎ check the transcript
type highlightsView struct {
	r      *reader
	ed     *noteEditor
	cursor int
	msg    string
}

// begin is called when H opens the view.
func (v *highlightsView) begin(c *common) {
	v.msg = c.notes.reload()
	v.cursor = min(v.cursor, max(len(c.notes.hs)-1, 0))
}

func (v *highlightsView) open(c *common) tea.Cmd { return nil }

func (v *highlightsView) update(c *common, msg tea.Msg) (bool, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return false, nil
	}
	n, keys := c.notes, c.keys
	v.msg = ""
	switch {
	case key.Matches(k, keys.Highlights, keys.Clear, keys.Quit):
		return true, nil
	case key.Matches(k, keys.Down):
		v.cursor = min(v.cursor+1, max(len(n.hs)-1, 0))
	case key.Matches(k, keys.Up):
		v.cursor = max(v.cursor-1, 0)
	case key.Matches(k, keys.Top):
		v.cursor = 0
	case key.Matches(k, keys.Bottom):
		v.cursor = max(len(n.hs)-1, 0)
	case key.Matches(k, keys.Jump):
		return v.jump(c)
	case key.Matches(k, keys.Delete):
		v.delete(c)
	case key.Matches(k, keys.Undo):
		v.undo(c)
	case key.Matches(k, keys.Note):
		if err := n.writable(); err != nil {
			v.msg = errLine(err)
		} else if v.cursor < len(n.hs) {
			v.ed.begin(n.hs[v.cursor], stateHighlights)
			c.then = stateNote
			return true, nil
		}
	}
	return false, nil
}

func (v *highlightsView) jump(c *common) (bool, tea.Cmd) {
	hs := c.notes.hs
	if v.cursor >= len(hs) {
		return true, nil
	}
	h := hs[v.cursor]
	if h.Orphaned {
		v.msg = "its words are no longer in the article: nowhere to jump"
		return false, nil
	}
	v.r.jumpTo(h)
	return true, nil
}

func (v *highlightsView) delete(c *common) {
	n := c.notes
	if v.cursor >= len(n.hs) {
		v.msg = "nothing to delete"
		return
	}
	h := n.hs[v.cursor]
	if err := n.remove(v.cursor); err != nil {
		v.msg = errLine(err)
		return
	}
	v.cursor = min(v.cursor, max(len(n.hs)-1, 0))
	v.msg = "deleted " + where(h) + " · u brings it back"
}

func (v *highlightsView) undo(c *common) {
	i, err := c.notes.undoLast()
	if err != nil {
		v.msg = errLine(err)
		return
	}
	v.cursor = i
	v.msg = "restored " + where(c.notes.hs[i])
}

func (v *highlightsView) view(c *common) string {
	st, n, w := c.st, c.notes, c.width
	head := fmt.Sprintf(" Highlights · %d · %s", len(n.hs), v.r.d.name())
	if err := n.writable(); err != nil {
		head += " · " + errLine(err)
	}
	lines := []string{st.bold.Render(fitStyled(head, w)), strings.Repeat(" ", w)}
	if len(n.hs) == 0 {
		lines = append(lines, fitStyled(" No highlights yet. In the reader, m marks the current statement", w),
			fitStyled(" (or the paragraph at the top) and a writes a note on it.", w))
	}
	h := c.height - 1
	var entries [][]string
	for i := range n.hs {
		entries = append(entries, v.entry(c, i))
	}
	first := v.firstShown(entries, h-len(lines))
	for i := first; i < len(entries); i++ {
		lines = append(lines, entries[i]...)
	}
	foot := v.msg
	if foot == "" {
		foot = "j/k move · enter jump · a note · d delete · u undo · esc close"
	}
	return fitLines(lines, w, h) + "\n" + st.status.Render(fitStyled(" highlights · "+foot, w))
}

// firstShown is the first entry to draw so the cursor's entry is on screen.
func (v *highlightsView) firstShown(entries [][]string, room int) int {
	first, used := v.cursor, 0
	for i := v.cursor; i >= 0 && i < len(entries); i-- {
		if used+len(entries[i]) > room && i < v.cursor {
			break
		}
		used += len(entries[i])
		first = i
	}
	return max(first, 0)
}

// entry draws highlight i: where and whose, its words, its note, a blank.
func (v *highlightsView) entry(c *common, i int) []string {
	st, w := c.st, c.width
	h := c.notes.hs[i]
	cur := " "
	if i == v.cursor {
		cur = st.accent.Render("▸")
	}
	sp := c.notes.art.SpeakerByName(h.Speaker)
	who := oneLineClean(h.Speaker)
	if who == "" {
		who = "no one"
	}
	top := cur + " " + st.dim.Render(fit(fmt.Sprintf("¶%d", h.Paragraph), 5)) + st.voiceOf(sp).tag.Render(who)
	if kind := kindName(h.Kind); kind != "" {
		top += st.dim.Render(" · " + kind)
	}
	if h.Orphaned {
		top += " " + st.accent.Render("· orphaned: no longer in the article")
	}
	words := ellipsis(oneLineClean(h.Text()), w-8)
	lines := []string{fitStyled(top, w), fitStyled("       "+words, w)}
	if note := oneLineClean(h.Note); note != "" {
		lines = append(lines, fitStyled("       "+st.marked.Render("✎ ")+ellipsis(note, w-10), w))
	}
	return append(lines, strings.Repeat(" ", w))
}

func kindName(k model.Kind) string {
	switch k {
	case model.KindQuote:
		return "quotation"
	case model.KindReported:
		return "reported"
	case "":
		return "paragraph"
	}
	return ""
}

// ellipsis cuts s to w cells, marking the cut.
func ellipsis(s string, w int) string {
	w = max(w, 1)
	if len(s) <= w {
		return s
	}
	rs := wrap(s, w-1)
	if len(rs) <= 1 {
		return s
	}
	return s[rs[0].start:rs[0].end] + "…"
}

// jumpTo shows highlight h: its statement becomes current, or its paragraph
// goes to the top. A filter or a choice of speaker that would hide it is
// cleared.
func (m *reader) jumpTo(h notes.Highlight) {
	p := m.d.screenPara(h.Paragraph)
	if p < 0 || p >= len(m.d.paras) {
		m.msg = "¶" + fmt.Sprint(h.Paragraph) + " is not in the article"
		return
	}
	target := -1
	for _, i := range m.d.byPara[p] {
		s := m.c.notes.art.Statements[m.d.stmts[i].orig]
		if s.Start == h.Start && s.End == h.End {
			target = i
		}
	}
	if target >= 0 && m.chosen >= 0 && m.d.stmts[target].speaker != m.chosen {
		m.unchoose()
	}
	if _, ok := m.posOf(p, 0); !ok {
		m.filter = false
		m.setOrder(m.shownOrder())
	}
	m.cur = target
	from, _ := m.posOf(p, h.Start)
	to, _ := m.posOf(p, max(h.End-1, h.Start))
	if target < 0 {
		m.setTop(pos{from.oi, 0})
	} else {
		m.reveal(from, to)
	}
	m.msg = "at " + where(h)
}
