package ui

import (
	"sort"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"whosaid/model/export"
)

// The article pane is a gutter, the text and the map column:
//
//	▸Trump   ?│ “Some are not that significant,” Trump said.   │
//
// The gutter's first cell marks the current statement, the next eight name
// the speaker whose statement starts on that row (~ for reported speech), the
// next holds ? when the speaker of a statement starting there is a guess of
// low confidence, and a bar in the speaker's colour runs beside every row of
// a statement (┆ for reported speech), so whose words they are survives a
// monochrome terminal. The last cell holds ★ beside the rows of a highlight.
const (
	labelW  = 8
	gutterW = 1 + labelW + 1 + 2
	mapW    = 2
)

// lowMark stands beside the tag of a statement whose speaker is a guess of
// low confidence (carry-over, a distant antecedent, a close call).
const lowMark = "?"

// defaultMeasure is the widest the text column grows unless --width says
// otherwise: lines much longer than this are hard to read (glow uses 80).
const defaultMeasure = 80

// measure is the widest a column of text grows.
func (c *common) measure() int {
	if c.maxText > 0 {
		return c.maxText
	}
	return defaultMeasure
}

// pageWidth is the width full-screen pages (help, export preview) are
// drawn at: the screen, but no wider than the measure and its margins.
func (c *common) pageWidth() int { return min(c.width, c.measure()+2*mdMargin) }

func (m *reader) textWidth() int {
	return max(min(m.paneWidth()-gutterW-mapW, m.c.measure()), 2)
}

// slack is the room the text column leaves in the pane: blank after the map.
func (m *reader) slack() int { return max(m.paneWidth()-gutterW-mapW-m.textWidth(), 0) }

// viewArticle draws the visible rows only; decorations are painted here, per
// frame, so moving the current statement or match never re-renders the text.
func (m *reader) viewArticle() string {
	h, tw := m.contentHeight(), m.textWidth()
	cells := m.mapColumn(h)
	lines := make([]string, 0, h)
	blank := strings.Repeat(" ", gutterW+tw)
	slack := strings.Repeat(" ", m.slack())
	p, done := m.top, len(m.order) == 0
	for y := 0; y < h; y++ {
		line := blank
		if y == 0 && len(m.d.paras) == 0 {
			line = strings.Repeat(" ", gutterW) + fitStyled(m.c.st.dim.Render("The article is empty: there is no text to show."), tw)
		}
		if !done {
			line = m.drawRow(p, tw)
			next := m.move(p, 1)
			done = next == p
			p = next
		}
		lines = append(lines, line+" "+cells[y]+slack)
	}
	return strings.Join(lines, "\n")
}

func (m *reader) drawRow(p pos, tw int) string {
	para := m.order[p.oi]
	rs := m.rows(para)
	k := m.textRow(p)
	switch {
	case k < 0:
		return m.hiddenNote(m.order[0], tw)
	case k >= len(rs):
		return m.drawGap(p, tw)
	}
	var b strings.Builder
	b.WriteString(m.gutter(para, rs, k))
	r := rs[k]
	if r.pre != "" {
		b.WriteString(r.pre)
	} else {
		if r.lead != "" {
			b.WriteString(m.headingInk(para).Render(r.lead))
		}
		m.paint(&b, para, r)
	}
	b.WriteString(strings.Repeat(" ", max(tw-r.width, 0)))
	return b.String()
}

// drawGap is the blank row after a paragraph; with the filter on it shows
// where hidden paragraphs were left out, after the last shown one too.
func (m *reader) drawGap(p pos, tw int) string {
	n := m.hiddenAfter()
	if p.oi+1 < len(m.order) {
		n = m.order[p.oi+1] - m.order[p.oi] - 1
	}
	return m.hiddenNote(n, tw)
}

// hiddenNote is the row saying n paragraphs are hidden there, blank for 0.
func (m *reader) hiddenNote(n, tw int) string {
	if n <= 0 {
		return strings.Repeat(" ", gutterW+tw)
	}
	note := "⋯ 1 paragraph hidden"
	if n > 1 {
		note = "⋯ " + strconv.Itoa(n) + " paragraphs hidden"
	}
	note = ansi.Truncate(note, tw, "")
	return strings.Repeat(" ", gutterW) + m.c.st.dim.Render(note) + strings.Repeat(" ", tw-ansi.StringWidth(note))
}

// gutter draws the current-statement mark, the speaker label and the bar.
func (m *reader) gutter(para int, rs []row, k int) string {
	st := m.c.st
	r := rs[k]
	mark, bar := " ", " "
	barRank := 0 // the current statement's bar wins, then a quotation's
	var starts []stmt
	for _, i := range m.d.byPara[para] {
		s := m.d.stmts[i]
		if s.start >= r.end || s.end <= r.start {
			continue
		}
		v := st.voiceOf(s.speaker)
		rank, glyph := 1, "┆"
		if s.quote {
			rank, glyph = 2, "│"
		}
		if i == m.cur {
			rank = 3
			mark = v.tag.Render("▸")
		}
		if rank > barRank {
			bar, barRank = v.tag.Render(glyph), rank
		}
		if rowOf(rs, s.start) == k {
			starts = append(starts, s)
		}
	}
	if mark == " " && m.holdsCurrentMatch(para, r) {
		mark = st.accent.Render("/") // the match's highlight is lost without colour
	}
	return mark + m.rowLabel(para, k, starts) + m.confidenceMark(starts) + bar + m.highlightMark(para, r)
}

// confidenceMark is ? when a statement starting on the row has a speaker of
// low confidence: quiet, and textual so it survives NO_COLOR.
func (m *reader) confidenceMark(starts []stmt) string {
	for _, s := range starts {
		if s.low {
			return m.c.st.dim.Render(lowMark)
		}
	}
	return " "
}

// highlightMark is the last gutter cell: a star beside every row of a
// highlight, which (unlike the underline) survives a monochrome terminal.
func (m *reader) highlightMark(para int, r row) string {
	if m.c.notes.covers(para, r.start, max(r.end, r.start+1)) {
		return m.c.st.marked.Render(markGlyph)
	}
	return " "
}

const markGlyph = "★"

func (m *reader) holdsCurrentMatch(para int, r row) bool {
	s := &m.search
	if s.cur < 0 || s.cur >= len(s.matches) {
		return false
	}
	x := s.matches[s.cur]
	return x.para == para && x.start < r.end && x.end > r.start
}

// rowLabel names whose statements start on a row; when several speakers
// start there, each gets a short piece of the label.
func (m *reader) rowLabel(para, k int, starts []stmt) string {
	st := m.c.st
	if len(starts) == 0 {
		if k == 0 && !(m.d.titled && para == 0) {
			return st.dim.Render(fit(m.d.paraLabel(para), labelW))
		}
		return strings.Repeat(" ", labelW)
	}
	var names []string
	seen := map[int]bool{}
	for _, s := range starts {
		if !seen[s.speaker] {
			seen[s.speaker] = true
			names = append(names, m.labelOf(s))
		}
	}
	if len(names) == 1 {
		return st.voiceOf(starts[0].speaker).tag.Render(fit(names[0], labelW))
	}
	per := max(labelW/len(names)-1, 1)
	for i, n := range names {
		names[i] = ansi.Truncate(n, per, "")
	}
	return st.voiceOf(starts[0].speaker).tag.Render(fit(strings.Join(names, "/"), labelW))
}

func (m *reader) labelOf(s stmt) string {
	name := export.NoOne
	if s.speaker >= 0 {
		name = m.d.speakers[s.speaker].label
	}
	if !s.quote {
		name = "~" + name
	}
	return name
}

// fit truncates or pads s to exactly w cells.
func fit(s string, w int) string {
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}

// span is a decoration over bytes [start, end) of a paragraph; the highest
// layer wins where spans overlap.
type span struct {
	start, end int
	layer      int
	style      ink
}

const (
	layerMarked = iota // a highlight: underlines whatever is drawn over it
	layerReported
	layerQuote
	layerCurrent
	layerMatch
	layerMatchCur
)

// paint writes the text of row r with its decorations.
func (m *reader) paint(b *strings.Builder, para int, r row) {
	base, plain := ink{}, true
	if m.d.heading[para] {
		base, plain = m.headingInk(para), false
	}
	paintRange(b, m.d.paras[para], r.start, r.end, m.spans(para, r), base, plain)
}

// headingInk is the style of heading paragraph para: the title's or a
// heading's.
func (m *reader) headingInk(para int) ink {
	if m.d.titled && para == 0 {
		return m.c.st.title
	}
	return m.c.st.heading
}

// paintRange writes t[a:z], each piece in the style of the highest span
// over it, or in base where no span is; a highlight's span adds its
// underline to that style.
func paintRange(b *strings.Builder, t string, a, z int, spans []span, base ink, plain bool) {
	if len(spans) == 0 {
		writeStyled(b, base, plain, t[a:z])
		return
	}
	cuts := []int{a, z}
	for _, s := range spans {
		cuts = append(cuts, min(max(s.start, a), z), max(min(s.end, z), a))
	}
	sort.Ints(cuts)
	for i := 0; i+1 < len(cuts); i++ {
		x, y := cuts[i], cuts[i+1]
		if x == y {
			continue
		}
		top := -1
		for j, s := range spans {
			if s.layer != layerMarked && s.start <= x && s.end >= y && (top < 0 || s.layer > spans[top].layer) {
				top = j
			}
		}
		style, bare := base, plain
		if top >= 0 {
			style, bare = spans[top].style, false
		}
		if u, ok := underOf(spans, x, y); ok {
			style, bare = u.over(style), false
		}
		writeStyled(b, style, bare, t[x:y])
	}
}

func writeStyled(b *strings.Builder, st ink, plain bool, s string) {
	if plain {
		b.WriteString(s)
		return
	}
	b.WriteString(st.Render(s))
}

// spans collects the decorations over row r: statements, the current one,
// highlights and search matches.
func (m *reader) spans(para int, r row) []span {
	var out []span
	st := m.c.st
	for _, i := range m.d.byPara[para] {
		s := m.d.stmts[i]
		if s.start >= r.end || s.end <= r.start {
			continue
		}
		v := st.voiceOf(s.speaker)
		sp := span{s.start, s.end, layerReported, v.reported}
		switch {
		case i == m.cur:
			sp.layer, sp.style = layerCurrent, v.current
		case s.quote:
			sp.layer, sp.style = layerQuote, v.quote
		}
		out = append(out, sp)
	}
	for _, h := range m.c.notes.spans[para] {
		if h[0] < r.end && h[1] > r.start {
			out = append(out, span{h[0], h[1], layerMarked, st.underline})
		}
	}
	ms, first := m.search.matchesIn(para)
	for j, x := range ms {
		if x.start >= r.end || x.end <= r.start {
			continue
		}
		sp := span{x.start, x.end, layerMatch, st.match}
		if first+j == m.search.cur {
			sp.layer, sp.style = layerMatchCur, st.matchCur
		}
		out = append(out, sp)
	}
	return out
}

// underOf finds a highlight's span over bytes [x, y).
func underOf(spans []span, x, y int) (ink, bool) {
	for _, s := range spans {
		if s.layer == layerMarked && s.start <= x && s.end >= y {
			return s.style, true
		}
	}
	return ink{}, false
}
