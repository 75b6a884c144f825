// Package library is whosaid on many articles at once: the list of the
// library's articles, the list of its speakers across them (one entry per
// person, whatever names the articles use), a speaker's statements across
// articles, and a chart of who is heard. Articles are analysed in the
// background on all cores (from the store's cache when it has them) and the
// lists fill in as they finish; enter opens an article in the reader, esc
// or q comes back to the list where you were.
package library

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/paginator"
	tea "github.com/charmbracelet/bubbletea"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/export"
	"whosaid/ui"
)

// Options set up the library.
type Options struct {
	Name string // what the header calls the library: a directory, a feed
	// Titles, when given, name the sources until their articles are read
	// (a feed's item titles), by index.
	Titles []string
	// Skipped are sources that could not even be listed (an unreadable
	// subdirectory): shown among the articles with their error.
	Skipped []error
	// Analysis sets up loading and analysing: the cache (Analysis.Cache),
	// workers, fetching.
	Analysis articles.LibraryOptions
	// Notes keeps the highlights of opened articles (nil: none); NotesErr
	// says why they are read-only.
	Notes    *articles.Store
	NotesErr error
	Dark     bool       // the terminal's background, for the reader
	Look     ui.Options // the reader's style, colour and width (--style, --color, --width)
	// Reader builds the reader of an opened article; nil for whosaid's.
	Reader func(art *model.Article, opts ui.Options) tea.Model
}

type state int

const (
	stateArticles state = iota
	stateSpeakers
	stateStatements // one speaker's statements across articles
	stateReading
)

// Model is the library program.
type Model struct {
	opts    Options
	sources []string
	job     *job
	st      *styles
	keys    keyMap

	shelf // the library as the job last sent it

	state     state
	from      state // the list the reader was opened from
	lists     map[state]*list.Model
	entity    string // key of the speaker whose statements are listed
	chartOpen bool
	reader    tea.Model
	width     int
	height    int
}

// New builds the library of sources and starts analysing them; call Stop
// when done with it.
func New(sources []string, opts Options) Model {
	if opts.Reader == nil {
		dark, look, notes, notesErr := opts.Dark, opts.Look, opts.Notes, opts.NotesErr
		opts.Reader = func(art *model.Article, o ui.Options) tea.Model {
			ro := look
			ro.Notes, ro.NotesErr, ro.Notice, ro.Voices, ro.Start = notes, notesErr, o.Notice, o.Voices, o.Start
			return ui.NewWith(art, dark, ro)
		}
	}
	st := newStyles()
	m := Model{opts: opts, sources: sources, st: &st, keys: newKeyMap()}
	m.arts = make([]*model.Article, len(sources))
	for i, s := range sources {
		e := newEntry(s)
		if i < len(opts.Titles) && oneLine(opts.Titles[i]) != "" {
			e.title = oneLine(opts.Titles[i])
		}
		m.entries = append(m.entries, e)
	}
	for _, err := range opts.Skipped {
		m.entries = append(m.entries, entry{title: "(not read)", err: err, done: true})
		m.failed++
	}
	m.stock()
	m.lists = map[state]*list.Model{
		stateArticles:   m.newList("Articles", "article", "articles"),
		stateSpeakers:   m.newList("Speakers", "speaker", "speakers"),
		stateStatements: m.newList("Statements", "statement", "statements"),
	}
	m.lists[stateArticles].SetItems(m.articleRows)
	m.job = startJob(sources, m.shelf, opts.Analysis)
	return m
}

func (m Model) newList(title, one, many string) *list.Model {
	l := list.New(nil, delegate{st: m.st}, 0, 0)
	l.Title = title
	l.SetStatusBarItemName(one, many)
	l.Paginator.Type = paginator.Arabic // hundreds of pages of dots would fill a line
	l.KeyMap.Quit = key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit"))
	k := m.keys
	l.AdditionalShortHelpKeys = func() []key.Binding { return []key.Binding{k.Open, k.Switch, k.Chart} }
	l.AdditionalFullHelpKeys = func() []key.Binding { return []key.Binding{k.Open, k.Switch, k.Chart, k.Back} }
	return &l
}

// Init waits for the analysis, which New started.
func (m Model) Init() tea.Cmd {
	return m.job.next()
}

// Stop ends the analysis, keeping what is done in the store.
func (m Model) Stop() { m.job.stop() }

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resize(msg)
	case progressMsg:
		return m.progress(msg)
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m.forward(msg)
}

func (m Model) resize(msg tea.WindowSizeMsg) (tea.Model, tea.Cmd) {
	m.width, m.height = msg.Width, msg.Height
	m.layout()
	if m.reader == nil {
		return m, nil
	}
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg)
	return m, cmd
}

// chartWidth is the width of the chart beside the lists, 0 when the screen
// is too narrow for both (the chart then takes the screen on its key).
func (m Model) chartWidth() int {
	if m.width < 100 {
		return 0
	}
	return min(max(m.width*2/5, 36), 60)
}

func (m *Model) layout() {
	w := m.width
	if m.chartOpen && m.chartWidth() > 0 {
		w -= m.chartWidth() + 1
	}
	for _, l := range m.lists {
		l.SetSize(w, max(m.height-1, 1))
	}
}

// progress shows the new shelf the job sent.
func (m Model) progress(msg progressMsg) (tea.Model, tea.Cmd) {
	m.shelf = shelf(msg)
	cmds := []tea.Cmd{m.lists[stateArticles].SetItems(m.articleRows), m.refreshSpeakers()}
	if m.entity != "" {
		cmds = append(cmds, m.lists[stateStatements].SetItems(m.statementRows()))
	}
	if !m.done {
		cmds = append(cmds, m.job.next())
	}
	return m, tea.Batch(cmds...)
}

// refreshSpeakers sets the speakers list anew, keeping the selected
// speaker selected when the list is not filtered (their rank may move).
func (m Model) refreshSpeakers() tea.Cmd {
	l := m.lists[stateSpeakers]
	var key string
	if r, ok := l.SelectedItem().(row); ok {
		key = r.entity
	}
	cmd := l.SetItems(m.speakerRows)
	if l.FilterState() != list.Unfiltered || key == "" {
		return cmd
	}
	if e := m.entityIndex(key); e >= 0 {
		l.Select(e)
	}
	return cmd
}

// entityIndex finds the listed speaker's entity in the current merge.
func (m Model) entityIndex(key string) int {
	for e, ent := range m.coll.Entities {
		if ent.Key == key {
			return e
		}
	}
	return -1
}

func (m Model) statementRows() []list.Item {
	e := m.entityIndex(m.entity)
	if e < 0 {
		return nil
	}
	rows := statementRows(e, m.coll, m.arts, m.entries, m.colours[e])
	items := make([]list.Item, len(rows))
	for i, r := range rows {
		items[i] = r
	}
	return items
}

func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if msg.Type == tea.KeyCtrlC {
		return m, tea.Quit
	}
	if m.state == stateReading {
		return m.readingKey(msg)
	}
	l := m.lists[m.state]
	if l.FilterState() == list.Filtering {
		return m.forward(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Open):
		return m.open()
	case key.Matches(msg, m.keys.Switch):
		return m.switchList(), nil
	case key.Matches(msg, m.keys.Chart):
		m.chartOpen = !m.chartOpen
		m.layout()
		return m, nil
	case key.Matches(msg, m.keys.Back) && m.chartOpen && m.chartWidth() == 0:
		m.chartOpen = false
		return m, nil
	case key.Matches(msg, m.keys.Back) && m.state == stateStatements && l.FilterState() == list.Unfiltered:
		m.state = stateSpeakers
		return m, nil
	}
	return m.forward(msg)
}

// readingKey gives keys to the reader; esc when it has nothing left to
// clear, or q, comes back to the list.
func (m Model) readingKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	type embedded interface {
		Idle() bool
		Quits(tea.KeyMsg) bool
	}
	if r, ok := m.reader.(embedded); ok {
		if r.Quits(msg) || (r.Idle() && key.Matches(msg, m.keys.Back)) {
			m.state, m.reader = m.from, nil
			return m, nil
		}
	}
	return m.forward(msg)
}

func (m Model) switchList() Model {
	if m.state == stateArticles {
		m.state = stateSpeakers
	} else {
		m.state = stateArticles
	}
	return m
}

// open acts on the selected row: an article opens in the reader, a
// speaker lists their statements, a statement opens its article there.
func (m Model) open() (tea.Model, tea.Cmd) {
	l := m.lists[m.state]
	r, ok := l.SelectedItem().(row)
	if !ok {
		return m, nil
	}
	switch m.state {
	case stateSpeakers:
		m.entity = r.entity
		sl := m.lists[stateStatements]
		sl.ResetFilter()
		sl.Title = r.title
		cmd := sl.SetItems(m.statementRows())
		sl.Select(0)
		m.state = stateStatements
		return m, cmd
	case stateStatements:
		return m.read(r.entry, &ui.Start{Statement: r.statement, Speaker: r.speaker})
	}
	return m.read(r.entry, nil)
}

// read opens article a in the reader, at a statement when start is set.
func (m Model) read(a int, start *ui.Start) (tea.Model, tea.Cmd) {
	l := m.lists[m.state]
	e := m.entries[a]
	switch {
	case e.err != nil:
		return m, statusMessage(l, m.st.err.Render(oneLine(e.err.Error())))
	case a >= len(m.arts) || m.arts[a] == nil:
		return m, statusMessage(l, "still analysing "+e.title+"…")
	}
	opts := ui.Options{Notice: e.fault, Voices: voicesOf(m.coll, m.colours, a), Start: start}
	m.from, m.state = m.state, stateReading
	m.reader = m.opts.Reader(m.arts[a], opts)
	init := m.reader.Init()
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height})
	return m, tea.Batch(init, cmd)
}

// statusMessage shows s under list l for a while. The list's command
// reads the timer from the list it was made on, later, on its own
// goroutine: made on a copy, it reads nothing the next update writes.
func statusMessage(l *list.Model, s string) tea.Cmd {
	c := *l
	cmd := c.NewStatusMessage(s)
	*l = c
	return cmd
}

// forward hands a message to the view that has the screen.
func (m Model) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.state == stateReading {
		if m.reader == nil {
			return m, nil
		}
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		return m, cmd
	}
	l := m.lists[m.state]
	nl, cmd := l.Update(msg)
	*l = nl
	return m, cmd
}

// View implements tea.Model.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.state == stateReading && m.reader != nil {
		return m.reader.View()
	}
	head := fitWidth(m.header(), m.width)
	h := max(m.height-1, 1)
	switch {
	case m.chartOpen && m.chartWidth() == 0:
		hint := m.st.dim.Render(fitWidth(" c or esc: back to the list", m.width))
		return head + "\n" + chart(m.st, m.coll, m.colours, m.width, max(h-1, 1)) + "\n" + hint
	case m.chartOpen:
		left := m.lists[m.state].View()
		right := chart(m.st, m.coll, m.colours, m.chartWidth(), h)
		return head + "\n" + sideBySide(left, m.width-m.chartWidth()-1, m.st.dim.Render("│"), right)
	}
	return head + "\n" + m.lists[m.state].View()
}

// header says what the library is and how far the analysis has come: a
// bar while it runs, made of characters so it reads without colour.
func (m Model) header() string {
	total := len(m.entries)
	parts := []string{m.st.header.Render("whosaid")}
	if m.opts.Name != "" {
		parts = append(parts, oneLine(m.opts.Name))
	}
	if m.done {
		parts = append(parts, export.Plural(total, "article"), "all analysed")
	} else {
		n := m.analysed + len(m.opts.Skipped)
		bar := 20
		if m.width < 100 {
			bar = 10
		}
		parts = append(parts, fmt.Sprintf("%s/%s analysed %s", export.Count(n), export.Plural(total, "article"), progressBar(n, total, bar)))
	}
	if m.failed > 0 {
		parts = append(parts, m.st.err.Render(export.Plural(m.failed, "error")))
	}
	if m.state == stateStatements {
		parts = append(parts, "esc back to the speakers")
	}
	return " " + strings.Join(parts, " · ")
}

func progressBar(n, total, w int) string {
	if total == 0 {
		return ""
	}
	filled := n * w / total
	return "[" + strings.Repeat("█", filled) + strings.Repeat("░", w-filled) + fmt.Sprintf("] %d%%", n*100/total)
}

// sideBySide puts two blocks beside each other, the left padded to lw.
func sideBySide(left string, lw int, sep, right string) string {
	ls, rs := strings.Split(left, "\n"), strings.Split(right, "\n")
	var b strings.Builder
	for i := range max(len(ls), len(rs)) {
		if i > 0 {
			b.WriteByte('\n')
		}
		l, r := "", ""
		if i < len(ls) {
			l = ls[i]
		}
		if i < len(rs) {
			r = rs[i]
		}
		b.WriteString(fitWidth(l, lw) + sep + r)
	}
	return b.String()
}
