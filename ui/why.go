package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"whosaid/model/export"
)

// whyView shows, over the reader, how the current statement's speaker was
// chosen: the lines `whosaid quotes --explain` prints (export.WhyFields),
// in a small box. w, esc or q close it.
//
//	╭─ Why Trump ────────────────────────────────╮
//	│ ¶8 reported · low confidence               │
//	│ rule     reported: a cue with a subject…   │
//	│ mention  The president ¶8 → Trump ¶7       │
//	╰─ w esc close ──────────────────────────────╯
type whyView struct {
	r *reader
}

func (v *whyView) open(c *common) tea.Cmd { return nil }

func (v *whyView) update(c *common, msg tea.Msg) (bool, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, c.keys.Why, c.keys.Clear, c.keys.Quit) {
		return true, nil
	}
	return false, nil
}

func (v *whyView) view(c *common) string {
	under := strings.Split(v.r.view(), "\n")
	box := v.box(c)
	w := ansi.StringWidth(box[0])
	x := max((v.r.paneWidth()-w)/2, 0)
	y := v.placeBox(len(box))
	for i, l := range box {
		if y+i >= len(under)-2 {
			break
		}
		row := under[y+i]
		under[y+i] = ansi.Truncate(row, x, "") + l + ansi.TruncateLeft(row, x+w, "")
	}
	return strings.Join(under, "\n")
}

// placeBox is the row the box starts on: below the current statement when
// it fits there, else above it, so the words stay in view.
func (v *whyView) placeBox(h int) int {
	r := v.r
	s := r.d.stmts[r.cur]
	from, _ := r.posOf(s.para, s.start)
	to, _ := r.posOf(s.para, max(s.end-1, s.start))
	first, last := r.rowsFromTop(from), r.rowsFromTop(to)
	switch ch := r.contentHeight(); {
	case last+1+h <= ch:
		return last + 1
	case first-h >= 0:
		return first - h
	default:
		return max((ch-h)/2, 0)
	}
}

// box draws the explanation of the current statement, fitted to the pane.
func (v *whyView) box(c *common) []string {
	r := v.r
	st := c.st
	i := r.cur
	s := r.d.art.Statements[r.d.stmts[i].orig]
	inner := min(r.paneWidth()-4, 72)
	who := export.NoOne
	if sp := r.d.stmts[i].speaker; sp >= 0 {
		who = r.d.speakers[sp].name
	}
	head := r.d.paraLabel(r.d.stmts[i].para) + " " + kindName(s.Kind)
	if s.Confidence != "" {
		head += " · " + export.ConfidenceText(s)
	}
	lines := []string{st.bold.Render(head)}
	for _, f := range export.WhyFields(s) {
		lines = append(lines, fieldLines(f[0], clean(f[1]), inner, st)...)
	}
	voice := st.voiceOf(r.d.stmts[i].speaker)
	return framed(lines, inner, voice.tag.Render(" Why "+who+" "), " w esc close ", st)
}

// fieldLines is a labelled value wrapped under its label's column.
func fieldLines(label, value string, w int, st *styles) []string {
	const labelW = len("mention") + 2
	var out []string
	for k, rw := range wrap(value, max(w-labelW, 10)) {
		lead := strings.Repeat(" ", labelW)
		if k == 0 {
			lead = st.dim.Render(fit(label, labelW))
		}
		out = append(out, lead+value[rw.start:rw.end])
	}
	return out
}

// framed draws lines in a rounded box inner cells wide, the title in its
// top edge and the foot in its bottom edge.
func framed(lines []string, inner int, title, foot string, st *styles) []string {
	edge := func(left, label, right string) string {
		label = ansi.Truncate(label, inner, "")
		return st.faint.Render(left+"─") + label + st.faint.Render(strings.Repeat("─", max(inner+1-ansi.StringWidth(label), 0))+right)
	}
	out := []string{edge("╭", title, "╮")}
	for _, l := range lines {
		out = append(out, st.faint.Render("│")+" "+fitStyled(l, inner)+" "+st.faint.Render("│"))
	}
	return append(out, edge("╰", st.dim.Render(foot), "╯"))
}
