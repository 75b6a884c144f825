package ui

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// match is one search hit: bytes [start, end) of paragraph para.
type match struct{ para, start, end int }

// search finds text in the raw paragraphs (never in styled output),
// case-insensitively, as the query is typed.
type search struct {
	input   textinput.Model
	typing  bool
	query   string
	matches []match // in reading order
	cur     int     // current match, -1 for none
	origin  pos     // where the view was when the search began
	lower   []string
}

func newSearch() search {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.CharLimit = 200
	ti.Cursor.SetMode(cursor.CursorStatic)
	return search{input: ti, cur: -1}
}

func (s *search) reset() {
	s.query, s.matches, s.cur = "", nil, -1
	s.input.SetValue("")
}

func (m *reader) startSearch() tea.Cmd {
	m.search.typing = true
	m.search.origin = m.top
	m.search.input.SetValue("")
	m.search.query, m.search.matches, m.search.cur = "", nil, -1
	return m.search.input.Focus()
}

// searchKey feeds the search line: every change searches again at once.
func (m *reader) searchKey(msg tea.KeyMsg) tea.Cmd {
	s := &m.search
	switch msg.Type {
	case tea.KeyEnter:
		s.typing = false
		s.input.Blur()
		if s.query == "" {
			s.reset()
		}
		return nil
	case tea.KeyEsc:
		s.typing = false
		s.input.Blur()
		s.reset()
		m.setTop(s.origin)
		return nil
	case tea.KeyCtrlC:
		return tea.Quit
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if q := s.input.Value(); q != s.query {
		s.query = q
		s.recompute(m)
		m.jumpFrom(s.origin)
	}
	return cmd
}

// recompute finds every match of the query in the whole article, hidden
// paragraphs too: the count is the article's, and going to a match the
// filter hides turns the filter off.
func (s *search) recompute(m *reader) {
	s.matches, s.cur = s.matches[:0], -1
	if s.query == "" {
		return
	}
	if s.lower == nil {
		s.lower = make([]string, len(m.d.paras))
		for i, t := range m.d.paras {
			s.lower[i] = strings.ToLower(t)
		}
	}
	q := strings.ToLower(s.query)
	var re *regexp.Regexp
	for p := range m.d.paras {
		if len(s.lower[p]) == len(m.d.paras[p]) {
			s.indexAll(p, q)
			continue
		}
		// Lower-casing changed byte lengths: offsets would not fit the text.
		if re == nil {
			re = regexp.MustCompile("(?i)" + regexp.QuoteMeta(s.query))
		}
		for _, loc := range re.FindAllStringIndex(m.d.paras[p], -1) {
			s.matches = append(s.matches, match{p, loc[0], loc[1]})
		}
	}
}

func (s *search) indexAll(p int, q string) {
	t := s.lower[p]
	for off := 0; ; {
		i := strings.Index(t[off:], q)
		if i < 0 {
			return
		}
		s.matches = append(s.matches, match{p, off + i, off + i + len(q)})
		off += i + max(len(q), 1)
	}
}

// refresh searches the newly shown paragraphs again, making current the
// first match at or below the top without moving the view.
func (s *search) refresh(m *reader) {
	if s.query == "" {
		return
	}
	s.recompute(m)
	para, off := m.topPara()
	s.cur = sort.Search(len(s.matches), func(i int) bool {
		x := s.matches[i]
		return x.para > para || (x.para == para && x.start >= off)
	})
	if s.cur == len(s.matches) {
		s.cur = -1
	}
}

// jumpFrom makes the first match at or below p current and shows it.
func (m *reader) jumpFrom(p pos) {
	s := &m.search
	if len(s.matches) == 0 {
		return
	}
	para, off := m.order[p.oi], 0
	if rs, k := m.rows(para), m.textRow(p); k >= 0 && k < len(rs) {
		off = rs[k].start
	}
	i := sort.Search(len(s.matches), func(i int) bool {
		x := s.matches[i]
		return x.para > para || (x.para == para && x.start >= off)
	})
	if i == len(s.matches) {
		i = 0
	}
	m.showMatch(i)
}

func (m *reader) showMatch(i int) {
	x := m.search.matches[i]
	if _, ok := m.posOf(x.para, x.start); !ok && m.filter {
		m.filter = false
		m.setOrder(m.shownOrder())
		m.msg = "filter off: the match is outside the speaker's paragraphs"
	}
	m.search.cur = i
	if p, ok := m.posOf(x.para, x.start); ok {
		m.reveal(p, p)
	}
}

// nextMatch goes to the next (dir 1) or previous (dir -1) match, wrapping.
func (m *reader) nextMatch(dir int) {
	s := &m.search
	if len(s.matches) == 0 {
		m.msg = "no search yet: / searches" // less: "No previous regular expression"
		if s.query != "" {
			m.msg = "no match for " + s.query
		}
		return
	}
	i := s.cur + dir
	if i >= len(s.matches) {
		i, m.msg = 0, "search wrapped to the top"
	} else if i < 0 {
		i, m.msg = len(s.matches)-1, "search wrapped to the bottom"
	}
	m.showMatch(i)
}

// matchesIn returns the matches of paragraph p and the index of the first.
func (s *search) matchesIn(p int) ([]match, int) {
	lo := sort.Search(len(s.matches), func(i int) bool { return s.matches[i].para >= p })
	hi := lo
	for hi < len(s.matches) && s.matches[hi].para == p {
		hi++
	}
	return s.matches[lo:hi], lo
}

func (s *search) status() string {
	if s.query == "" {
		return ""
	}
	if len(s.matches) == 0 {
		return "no match"
	}
	if s.cur < 0 {
		return fmt.Sprintf("%d matches", len(s.matches))
	}
	return fmt.Sprintf("match %d/%d", s.cur+1, len(s.matches))
}
