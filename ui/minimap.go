package ui

import (
	"sort"
	"strconv"
)

// The map column beside the text shows the whole (shown) article in the
// pane's height: each statement of the walk as its speaker's panel number in
// the speaker's colour, and the part on screen as a thick bar.
type mapKey struct {
	h, n, chosen, w int
	valid           bool
}

const noMark = -2

func (m *reader) mapColumn(h int) []string {
	key := mapKey{h, len(m.order), m.chosen, m.textWidth(), true}
	if m.mapKey != key {
		m.mapCells = m.mapMarks(h)
		m.mapKey = key
	}
	lo, hi := m.viewBytes(h)
	total := m.ocum[len(m.ocum)-1]
	out := make([]string, h)
	for y := range out {
		inView := total > 0 && y*total/h < hi && (y+1)*total/h > lo
		out[y] = m.mapCell(m.mapCells[y], inView)
	}
	return out
}

func (m *reader) mapCell(mark int, inView bool) string {
	st := m.c.st
	if mark != noMark {
		v := st.voiceOf(mark)
		if inView {
			return v.current.Render(markChar(mark))
		}
		return v.tag.Render(markChar(mark))
	}
	if inView {
		return st.thumb.Render("┃")
	}
	return st.faint.Render("│")
}

func markChar(speaker int) string {
	switch {
	case speaker < 0:
		return "·"
	case speaker < 9:
		return strconv.Itoa(speaker + 1)
	}
	return "•"
}

// mapMarks places the walk's statements on the column; the first statement
// to fall on a cell marks it. When the shown article fits on the screen
// each mark sits beside the row its statement starts on; else the column
// is the article shrunk to the pane's height, by bytes.
func (m *reader) mapMarks(h int) []int {
	cells := make([]int, h)
	for i := range cells {
		cells[i] = noMark
	}
	total := m.ocum[len(m.ocum)-1]
	if total == 0 {
		return cells
	}
	if starts, ok := m.rowStarts(h); ok {
		for _, i := range m.walk() {
			s := m.d.stmts[i]
			oi := sort.SearchInts(m.order, s.para)
			if oi == len(m.order) || m.order[oi] != s.para {
				continue
			}
			p, _ := m.posOf(s.para, s.start)
			if y := starts[oi] + p.row; y < h && cells[y] == noMark {
				cells[y] = s.speaker
			}
		}
		return cells
	}
	for _, i := range m.walk() {
		s := m.d.stmts[i]
		oi := sort.SearchInts(m.order, s.para)
		if oi == len(m.order) || m.order[oi] != s.para {
			continue
		}
		y := min((m.ocum[oi]+s.start)*h/total, h-1)
		if cells[y] == noMark {
			cells[y] = s.speaker
		}
	}
	return cells
}

// rowStarts is the screen row each shown paragraph starts on, when all of
// them fit in h rows (then the view is at the top); ok is false when they
// do not, found after at most h rows' worth of paragraphs.
func (m *reader) rowStarts(h int) ([]int, bool) {
	starts := make([]int, len(m.order))
	y := 0
	for oi := range m.order {
		if y >= h {
			return nil, false
		}
		starts[oi] = y
		y += m.nrows(oi)
	}
	return starts, y-1 <= h // the last blank row may fall off the screen
}

// viewBytes is the range of shown text on screen, as byte offsets.
func (m *reader) viewBytes(h int) (int, int) {
	if len(m.order) == 0 {
		return 0, 0
	}
	return m.byteAt(m.top, false), m.byteAt(m.move(m.top, h-1), true)
}

// byteAt is the offset in the shown text where row p starts (or ends).
func (m *reader) byteAt(p pos, end bool) int {
	rs := m.rows(m.order[p.oi])
	k := m.textRow(p)
	switch {
	case k < 0:
		return m.ocum[p.oi]
	case k >= len(rs):
		return m.ocum[p.oi+1]
	case end:
		return m.ocum[p.oi] + rs[k].end
	}
	return m.ocum[p.oi] + rs[k].start
}
