package ui

import (
	"fmt"
	"sort"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// reader is the main state: the article pane, the side panel, the status
// bar and the search line.
type reader struct {
	c   *common
	d   *doc
	lay layouts

	order []int // shown paragraphs, ascending
	ocum  []int // bytes of shown text before each shown paragraph
	top   pos

	chosen int // chosen speaker, -1 for none
	cur    int // current statement, -1 for none
	filter bool

	panelFocus  bool
	panelOpen   bool // below 100 columns the panel replaces the article
	panelCursor int

	search search
	msg    string // one-shot note in the status bar

	mapKey   mapKey
	mapCells []int

	hint      string // the key hint, made once per width
	hintWidth int

	start *Start // where to open, once the size is known
}

func newReader(c *common, d *doc) *reader {
	m := &reader{c: c, d: d, chosen: -1, cur: -1, lay: layouts{st: c.st}}
	m.search = newSearch()
	m.setOrder(m.shownOrder())
	return m
}

// resize re-wraps at the new size and keeps the top paragraph on top.
func (m *reader) resize(w, h int) tea.Cmd {
	para, off := m.topPara()
	m.c.width, m.c.height = w, h
	m.mapKey = mapKey{}
	if p, ok := m.posOf(para, off); ok {
		m.setTop(p)
	}
	if m.wide() {
		m.panelOpen = false
	} else if !m.panelOpen {
		m.panelFocus = false
	}
	m.openAtStart()
	m.followView()
	return nil
}

// openAtStart makes the start statement current, on screen, with its
// speaker chosen; once, at the first size.
func (m *reader) openAtStart() {
	at := m.start
	if at == nil || m.c.width <= 0 {
		return
	}
	m.start = nil
	if at.Speaker >= 0 && at.Speaker < len(m.d.speakers) {
		m.choose(at.Speaker)
	}
	for i, st := range m.d.stmts {
		if st.orig == at.Statement {
			m.show(i)
			return
		}
	}
}

// show makes statement i current and scrolls it into view.
func (m *reader) show(i int) {
	m.cur = i
	s := m.d.stmts[i]
	from, ok := m.posOf(s.para, s.start)
	to, _ := m.posOf(s.para, max(s.end-1, s.start))
	if ok {
		m.reveal(from, to)
	}
}

// followView keeps the current statement on screen: one the view has left
// (a scroll, a search, a jump, a resize) is current no more, so m, a, w and
// ] all start from what is on screen, whichever key moved the view.
func (m *reader) followView() {
	if m.cur >= 0 && !m.stmtOnScreen(m.cur) {
		m.cur = -1
	}
}

func (m *reader) update(msg tea.Msg) tea.Cmd {
	defer m.followView()
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return m.key(msg)
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelDown:
			m.scroll(3)
		case tea.MouseButtonWheelUp:
			m.scroll(-3)
		}
	}
	return nil
}

func (m *reader) key(msg tea.KeyMsg) tea.Cmd {
	m.msg = ""
	if m.search.typing {
		return m.searchKey(msg)
	}
	k := m.c.keys
	if m.panelFocus && m.panelKey(msg) {
		return nil
	}
	h := m.contentHeight()
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Down):
		m.scroll(1)
	case key.Matches(msg, k.Up):
		m.scroll(-1)
	case key.Matches(msg, k.PageDown):
		m.scroll(h)
	case key.Matches(msg, k.PageUp):
		m.scroll(-h)
	case key.Matches(msg, k.HalfDown):
		m.scroll(h / 2)
	case key.Matches(msg, k.HalfUp):
		m.scroll(-h / 2)
	case key.Matches(msg, k.Top):
		m.setTop(pos{})
	case key.Matches(msg, k.Bottom):
		m.setTop(m.maxTop())
	case key.Matches(msg, k.NextStmt):
		m.step(1)
	case key.Matches(msg, k.PrevStmt):
		m.step(-1)
	case key.Matches(msg, k.Focus):
		m.toggleFocus()
	case key.Matches(msg, k.Speaker):
		m.choose(int(msg.Runes[0] - '1'))
	case key.Matches(msg, k.Filter):
		m.toggleFilter()
	case key.Matches(msg, k.Search):
		return m.startSearch()
	case key.Matches(msg, k.NextMatch):
		m.nextMatch(1)
	case key.Matches(msg, k.PrevMatch):
		m.nextMatch(-1)
	case key.Matches(msg, k.Clear):
		m.clear()
	case key.Matches(msg, k.Mark):
		m.toggleMark()
	}
	return nil
}

// panelKey handles the keys that mean something else when the panel has
// focus; it reports whether it used the key.
func (m *reader) panelKey(msg tea.KeyMsg) bool {
	k := m.c.keys
	switch {
	case key.Matches(msg, k.Down):
		m.panelCursor = min(m.panelCursor+1, max(len(m.d.speakers)-1, 0))
	case key.Matches(msg, k.Up):
		m.panelCursor = max(m.panelCursor-1, 0)
	case key.Matches(msg, k.Choose):
		m.choose(m.panelCursor)
	default:
		return false
	}
	return true
}

func (m *reader) toggleFocus() {
	if m.wide() {
		m.panelFocus = !m.panelFocus
		return
	}
	m.panelOpen = !m.panelOpen
	m.panelFocus = m.panelOpen
}

// choose makes speaker i the chosen one, or un-chooses it when it already is.
func (m *reader) choose(i int) {
	if i < 0 || i >= len(m.d.speakers) {
		m.msg = fmt.Sprintf("no speaker %d", i+1)
		return
	}
	m.panelCursor = i
	if m.chosen == i {
		m.unchoose()
		return
	}
	m.chosen = i
	m.msg = m.d.speakers[i].genderLine()
	if m.cur >= 0 && m.d.stmts[m.cur].speaker != i {
		m.cur = -1
	}
	if m.filter {
		m.setOrder(m.shownOrder())
	}
	m.mapKey = mapKey{}
}

func (m *reader) unchoose() {
	m.chosen = -1
	m.filter = false
	m.setOrder(m.shownOrder())
}

func (m *reader) toggleFilter() {
	if m.chosen < 0 && m.cur >= 0 && m.d.stmts[m.cur].speaker >= 0 {
		m.choose(m.d.stmts[m.cur].speaker)
	}
	if m.chosen < 0 {
		m.msg = "choose a speaker first (1…9)"
		return
	}
	if len(m.d.bySpeaker[m.chosen]) == 0 {
		m.msg = "no statements of " + m.d.speakers[m.chosen].name
		return
	}
	m.filter = !m.filter
	m.setOrder(m.shownOrder())
}

// clear undoes one thing per press: the search, then the filter, then the
// choice of speaker, then an open panel.
func (m *reader) clear() {
	switch {
	case m.search.query != "":
		m.search.reset()
	case m.filter:
		m.filter = false
		m.setOrder(m.shownOrder())
	case m.chosen >= 0:
		m.unchoose()
	case m.panelOpen:
		m.panelOpen, m.panelFocus = false, false
	}
}

// walk is the statements ] and [ go through: the chosen speaker's, or all.
func (m *reader) walk() []int {
	if m.chosen >= 0 {
		return m.d.bySpeaker[m.chosen]
	}
	return m.d.all
}

// step makes the next (dir 1) or previous (dir -1) statement current,
// counting from the current one while it is on screen, else from the top.
func (m *reader) step(dir int) {
	w := m.walk()
	if len(w) == 0 {
		m.msg = "no statements"
		return
	}
	var next int
	if m.cur >= 0 && m.stmtVisible(m.cur) {
		i := sort.SearchInts(w, m.cur)
		next = i + dir
		if dir > 0 && (i == len(w) || w[i] != m.cur) {
			next = i
		}
	} else {
		next = m.firstFromTop(w)
		if dir < 0 {
			next--
		}
	}
	if next < 0 || next >= len(w) {
		m.msg = "no more statements" + m.whose()
		return
	}
	m.show(w[next])
}

func (m *reader) whose() string {
	if m.chosen < 0 {
		return ""
	}
	return " of " + m.d.speakers[m.chosen].name
}

// firstFromTop is the index in w of the first statement at or below the top.
func (m *reader) firstFromTop(w []int) int {
	para, off := m.topPara()
	return sort.Search(len(w), func(i int) bool {
		s := m.d.stmts[w[i]]
		return s.para > para || (s.para == para && s.start >= off)
	})
}

func (m *reader) stmtVisible(i int) bool {
	s := m.d.stmts[i]
	p, ok := m.posOf(s.para, s.start)
	return ok && m.visible(p)
}

// stmtOnScreen reports whether any row of statement i is on screen.
func (m *reader) stmtOnScreen(i int) bool {
	if m.c.width == 0 {
		return true // not laid out yet
	}
	s := m.d.stmts[i]
	from, ok := m.posOf(s.para, s.start)
	to, _ := m.posOf(s.para, max(s.end-1, s.start))
	return ok && !to.less(m.top) && !m.bottom().less(from)
}

// walkPlace is the 1-based place of the current statement in the walk, 0
// when it is not in it.
func (m *reader) walkPlace() (int, int) {
	w := m.walk()
	i := sort.SearchInts(w, m.cur)
	if m.cur < 0 || i == len(w) || w[i] != m.cur {
		return 0, len(w)
	}
	return i + 1, len(w)
}
