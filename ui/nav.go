package ui

import "sort"

// pos is a screen row of the article: row of the oi-th shown paragraph. Each
// paragraph has its wrapped rows and one blank row after them. Keeping the
// paragraph (not a line number) is what lets a resize stay on it.
type pos struct{ oi, row int }

func (a pos) less(b pos) bool {
	return a.oi < b.oi || (a.oi == b.oi && a.row < b.row)
}

// layouts caches wrapped rows per text width; paragraphs are wrapped lazily,
// the first time they are drawn at that width.
type layouts struct {
	byWidth map[int][][]row
	recent  []int
	st      *styles // for headings, which are drawn as they are wrapped
}

const keptWidths = 4

func (l *layouts) rows(d *doc, width, p int) []row {
	if l.byWidth == nil {
		l.byWidth = map[int][][]row{}
	}
	rs, ok := l.byWidth[width]
	if !ok {
		rs = make([][]row, len(d.paras))
		l.byWidth[width] = rs
		l.recent = append(l.recent, width)
		if len(l.recent) > keptWidths {
			delete(l.byWidth, l.recent[0])
			l.recent = l.recent[1:]
		}
	}
	if rs[p] == nil {
		if d.heading[p] {
			rs[p] = d.headingRows(p, width, l.st)
		} else {
			rs[p] = wrap(d.paras[p], width)
		}
	}
	return rs[p]
}

// rows of paragraph p at the current text width.
func (m *reader) rows(p int) []row { return m.lay.rows(m.d, m.textWidth(), p) }

// nrows counts the screen rows of the oi-th shown paragraph, blank included
// (and the note of paragraphs hidden before it, for the first one).
func (m *reader) nrows(oi int) int { return m.lead(oi) + len(m.rows(m.order[oi])) + 1 }

// lead is 1 for the first shown paragraph when the filter hides paragraphs
// before it: its first row then says how many.
func (m *reader) lead(oi int) int {
	if oi == 0 && len(m.order) > 0 && m.order[0] > 0 {
		return 1
	}
	return 0
}

// textRow is the index in the paragraph's wrapped rows of screen row p:
// negative on the note above the first paragraph, len(rows) on the blank
// after it.
func (m *reader) textRow(p pos) int { return p.row - m.lead(p.oi) }

// hiddenAfter counts the paragraphs the filter hides after the last shown.
func (m *reader) hiddenAfter() int {
	if len(m.order) == 0 {
		return 0
	}
	return len(m.d.paras) - 1 - m.order[len(m.order)-1]
}

// move goes n rows down (up when n < 0) from p, stopping at either end.
func (m *reader) move(p pos, n int) pos {
	if len(m.order) == 0 {
		return pos{}
	}
	for n > 0 {
		left := m.nrows(p.oi) - 1 - p.row
		if n <= left {
			p.row += n
			return p
		}
		if p.oi == len(m.order)-1 {
			p.row += left
			return p
		}
		n -= left + 1
		p = pos{p.oi + 1, 0}
	}
	for n < 0 {
		if -n <= p.row {
			p.row += n
			return p
		}
		if p.oi == 0 {
			return pos{}
		}
		n += p.row + 1
		p = pos{p.oi - 1, m.nrows(p.oi-1) - 1}
	}
	return p
}

// maxTop is the highest top that still fills the pane: the last text row
// sits on the bottom line (or the note of paragraphs hidden after it).
func (m *reader) maxTop() pos {
	if len(m.order) == 0 {
		return pos{}
	}
	last := len(m.order) - 1
	end := m.nrows(last) - 2
	if m.hiddenAfter() > 0 {
		end++
	}
	return m.move(pos{last, end}, -(m.contentHeight() - 1))
}

func (m *reader) setTop(p pos) {
	if m.c.width == 0 {
		// Not sized yet: wrapping at no width would only waste time.
		m.top = p
		return
	}
	if mt := m.maxTop(); mt.less(p) {
		p = mt
	}
	m.top = p
}

func (m *reader) scroll(n int) { m.setTop(m.move(m.top, n)) }

// bottom is the last row on screen.
func (m *reader) bottom() pos { return m.move(m.top, m.contentHeight()-1) }

// visible reports whether row r of the oi-th paragraph is on screen.
func (m *reader) visible(p pos) bool {
	return !p.less(m.top) && !m.bottom().less(p)
}

// reveal scrolls so rows from..to are on screen, starting a quarter of the
// way down when they were not (at the top when they are too tall for that).
func (m *reader) reveal(from, to pos) {
	if m.visible(from) && m.visible(to) {
		return
	}
	h := m.contentHeight()
	lead := h / 4
	if m.move(from, h-1-lead).less(to) {
		lead = 0
	}
	m.setTop(m.move(from, -lead))
}

// posOf finds the screen row of byte off in paragraph para, or false when
// that paragraph is filtered out.
func (m *reader) posOf(para, off int) (pos, bool) {
	oi := sort.SearchInts(m.order, para)
	if oi == len(m.order) || m.order[oi] != para {
		return pos{}, false
	}
	return pos{oi, m.lead(oi) + rowOf(m.rows(para), off)}, true
}

// topPara is the paragraph and byte offset at the top of the screen.
func (m *reader) topPara() (int, int) {
	if len(m.order) == 0 {
		return 0, 0
	}
	p := m.order[m.top.oi]
	k := m.textRow(m.top)
	if k <= 0 {
		return p, 0
	}
	rs := m.rows(p)
	if k >= len(rs) {
		return p, len(m.d.paras[p]) + 1
	}
	return p, rs[k].start
}

// setOrder changes the shown paragraphs, keeping the top paragraph (or the
// next shown one) at the top.
func (m *reader) setOrder(order []int) {
	para, off := m.topPara()
	m.order = order
	m.ocum = m.ocum[:0]
	total := 0
	for _, p := range order {
		m.ocum = append(m.ocum, total)
		total += len(m.d.paras[p]) + 1
	}
	m.ocum = append(m.ocum, total)
	m.mapKey = mapKey{}
	oi := sort.SearchInts(order, para)
	if oi == len(order) {
		m.setTop(pos{max(len(order)-1, 0), 0})
		m.search.refresh(m)
		return
	}
	row := 0
	if order[oi] == para {
		row = m.lead(oi) + rowOf(m.rows(para), off)
	}
	m.setTop(pos{oi, row})
	m.search.refresh(m)
}

// shownOrder lists the paragraphs to show: all, or with the filter on those
// holding the chosen speaker's statements.
func (m *reader) shownOrder() []int {
	var out []int
	if m.filter && m.chosen >= 0 {
		for _, i := range m.d.bySpeaker[m.chosen] {
			p := m.d.stmts[i].para
			if len(out) == 0 || out[len(out)-1] != p {
				out = append(out, p)
			}
		}
		return out
	}
	out = make([]int, len(m.d.paras))
	for i := range out {
		out[i] = i
	}
	return out
}

// rowsFromTop is how many rows below the top of the pane p is (0 on the top
// row), counted only as far as the screen goes.
func (m *reader) rowsFromTop(p pos) int {
	q, n := m.top, 0
	for q.less(p) && n < m.contentHeight() {
		next := m.move(q, 1)
		if next == q {
			break
		}
		q, n = next, n+1
	}
	return n
}
