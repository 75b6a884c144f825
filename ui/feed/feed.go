// Package feed is the list of a news feed's items: enter opens an item in
// the reader, esc comes back to the list where it was. Fetches run off the
// update path behind a spinner that says what is happening; ctrl+c cancels
// a fetch.
package feed

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/ui"
	"whosaid/ui/spin"
)

// Options set up the feed view.
type Options struct {
	// Reader builds the reader for an opened article, with a one-line notice
	// to show ("" for none); nil for whosaid's reader (ui.New).
	Reader func(art *model.Article, notice string) tea.Model
	Dark   bool // the terminal's background, for the default reader
	// Look is the default reader's style, colour and width (--style,
	// --color, --width); Run settles it with ui.Setup.
	Look  ui.Options
	Fetch articles.FetchOptions
	// Notes keeps the highlights of opened items (nil: none); NotesErr says
	// why they are read-only.
	Notes    *articles.Store
	NotesErr error
}

type state int

const (
	stateLoading state = iota // fetching the feed itself
	stateList
	stateOpening // fetching an item's page
	stateReading
)

// Model is the feed program: the list, the spinner while fetching, and the
// reader of the opened item.
type Model struct {
	source        string
	opts          Options
	state         state
	list          list.Model
	spinner       spinner.Model
	keys          keyMap
	progress      string // what the spinner says
	opening       string // title of the item being fetched
	jobID         int
	jobCtx        context.Context // the feed's own job, started by Init
	cancel        context.CancelFunc
	reader        tea.Model
	width, height int
	err           error  // why the program ended, if it failed
	failed        string // why the last item did not open: stays below the list until the next
}

// New builds the feed program for a feed URL, file or "-".
func New(source string, opts Options) Model {
	if opts.Reader == nil {
		dark, look := opts.Dark, opts.Look
		notes, notesErr := opts.Notes, opts.NotesErr
		opts.Reader = func(art *model.Article, notice string) tea.Model {
			ro := look
			ro.Notes, ro.NotesErr, ro.Notice = notes, notesErr, notice
			return ui.NewWith(art, dark, ro)
		}
	}
	l := list.New(nil, list.NewDefaultDelegate(), 0, 0)
	l.SetStatusBarItemName("item", "items")
	l.KeyMap.Quit = key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit"))
	l.AdditionalShortHelpKeys = func() []key.Binding { return []key.Binding{newKeyMap().Open} }
	sp := spinner.New(spinner.WithSpinner(spinner.Dot))
	m := Model{source: source, opts: opts, list: l, spinner: sp, keys: newKeyMap(),
		progress: "loading " + source}
	// The feed's job is set up here because Init cannot change the model.
	m.jobCtx, m.cancel = context.WithCancel(context.Background())
	m.jobID = 1
	return m
}

// Err is why the program ended, nil after a normal quit.
func (m Model) Err() error { return m.err }

// Init starts loading the feed.
func (m Model) Init() tea.Cmd {
	return tea.Batch(m.spinner.Tick, spin.Start(m.jobCtx, m.jobID, loadFeed(m.source, m.opts.Fetch)))
}

// start begins a background job, ending any earlier one.
func (m *Model) start(w spin.Work) tea.Cmd {
	if m.cancel != nil {
		m.cancel()
	}
	var ctx context.Context
	ctx, m.cancel = context.WithCancel(context.Background())
	m.jobID++
	return spin.Start(ctx, m.jobID, w)
}

func (m *Model) stopJob() {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.jobID++ // reports of the stopped job are dropped from now on
}

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resize(msg)
	case spin.Msg:
		return m.onJob(msg)
	case spinner.TickMsg:
		if m.state != stateLoading && m.state != stateOpening {
			return m, nil
		}
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return m, cmd
	case tea.KeyMsg:
		return m.onKey(msg)
	}
	return m.forward(msg)
}

func (m Model) resize(msg tea.WindowSizeMsg) (tea.Model, tea.Cmd) {
	m.width, m.height = msg.Width, msg.Height
	m.sizeList()
	if m.reader == nil {
		return m, nil
	}
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg)
	return m, cmd
}

func (m Model) onKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch m.state {
	case stateLoading:
		if key.Matches(msg, m.keys.Cancel) {
			m.stopJob()
			m.err = canceledError(m.source)
			return m, tea.Quit
		}
		return m, nil
	case stateOpening:
		if key.Matches(msg, m.keys.Cancel) {
			m.stopJob()
			m.state = stateList
			return m, m.list.NewStatusMessage(errStyle.Render("canceled: " + m.opening))
		}
		return m, nil
	case stateReading:
		if idle, ok := m.reader.(interface{ Idle() bool }); ok && !idle.Idle() {
			return m.forward(msg) // esc clears the reader's search or filter first
		}
		if key.Matches(msg, m.keys.Back) {
			m.state = stateList
			m.reader = nil
			return m, nil
		}
		return m.forward(msg)
	}
	if m.list.FilterState() != list.Filtering && key.Matches(msg, m.keys.Open) {
		return m.open()
	}
	return m.forward(msg)
}

// forward hands a message to the view that has the screen.
func (m Model) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.state {
	case stateReading:
		m.reader, cmd = m.reader.Update(msg)
	case stateList:
		m.list, cmd = m.list.Update(msg)
	}
	return m, cmd
}

// sizeList gives the list the screen, less the lines of a failure.
func (m *Model) sizeList() {
	m.list.SetSize(m.width, max(m.height-len(m.failureLines()), 1))
}

// failureLines is why the last item did not open, whole, wrapped to the
// screen (a status message would be cut and gone in a second).
func (m Model) failureLines() []string {
	if m.failed == "" {
		return nil
	}
	w := max(m.width-4, 20)
	lines := strings.Split(ansi.Wordwrap(m.failed, w, ""), "\n")
	for i, l := range lines {
		lines[i] = "  " + errStyle.Render(ansi.Hardwrap(l, w, false))
	}
	return lines
}

// open starts fetching the selected item's page.
func (m Model) open() (tea.Model, tea.Cmd) {
	it, ok := m.list.SelectedItem().(item)
	if !ok {
		return m, nil
	}
	m.failed = ""
	m.sizeList()
	if it.Link == "" {
		return m, m.list.NewStatusMessage(errStyle.Render("this item has no link"))
	}
	if !articles.IsURL(it.Link) {
		// A feed must not make whosaid open local files.
		return m, m.list.NewStatusMessage(errStyle.Render(oneLine("the item's link is not a web address: "+it.Link, m.width)))
	}
	m.state = stateOpening
	m.opening = it.FeedItem.Title
	m.progress = "starting"
	cmd := m.start(openArticle(it.Link, m.list.GlobalIndex(), m.opts.Fetch))
	return m, tea.Batch(cmd, m.spinner.Tick)
}

func (m Model) onJob(msg spin.Msg) (tea.Model, tea.Cmd) {
	if msg.ID != m.jobID {
		if msg.Done {
			return m, nil
		}
		return m, msg.Next() // let a stopped job finish its reports
	}
	if !msg.Done {
		m.progress = msg.Progress
		return m, msg.Next()
	}
	m.cancel = nil
	if m.state == stateLoading {
		return m.feedLoaded(msg)
	}
	return m.articleLoaded(msg)
}

func (m Model) feedLoaded(msg spin.Msg) (tea.Model, tea.Cmd) {
	if msg.Err != nil {
		m.err = msg.Err
		return m, tea.Quit
	}
	f, _ := msg.Result.(articles.Feed)
	items := make([]list.Item, len(f.Items))
	for i, it := range f.Items {
		items[i] = item{FeedItem: it}
	}
	m.list.Title = f.Title
	if m.list.Title == "" {
		m.list.Title = m.source
	}
	m.state = stateList
	return m, m.list.SetItems(items)
}

func (m Model) articleLoaded(msg spin.Msg) (tea.Model, tea.Cmd) {
	m.state = stateList
	if msg.Err != nil {
		m.failed = "could not open it: " + strings.Join(strings.Fields(articles.Sanitize(msg.Err.Error())), " ")
		m.sizeList()
		return m, nil
	}
	res, _ := msg.Result.(opened)
	var cmds []tea.Cmd
	if res.index >= len(m.list.Items()) || res.art == nil {
		return m, nil
	}
	if it, ok := m.list.Items()[res.index].(item); ok {
		cmds = append(cmds, m.list.SetItem(res.index, markOpened(it, res.art)))
	}
	m.state = stateReading
	m.reader = m.opts.Reader(res.art, res.notice)
	cmds = append(cmds, m.reader.Init())
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height})
	return m, tea.Batch(append(cmds, cmd)...)
}

// View implements tea.Model.
func (m Model) View() string {
	switch m.state {
	case stateReading:
		return m.reader.View()
	case stateList:
		if lines := m.failureLines(); len(lines) > 0 {
			return m.list.View() + "\n" + strings.Join(lines, "\n")
		}
		return m.list.View()
	}
	return m.spinnerView()
}

func (m Model) spinnerView() string {
	var b strings.Builder
	if m.opening != "" {
		b.WriteString(titleStyle.Render(m.opening) + "\n\n")
	}
	b.WriteString(m.spinner.View() + " " + m.progress + "…\n\n")
	b.WriteString(dimStyle.Render("ctrl+c cancels"))
	return lipgloss.NewStyle().Padding(1, 2).Render(b.String())
}

// oneLine keeps an error message to one line of the screen.
func oneLine(s string, width int) string {
	s = strings.Join(strings.Fields(s), " ")
	if width > 4 && len([]rune(s)) > width-4 {
		s = string([]rune(s)[:width-5]) + "…"
	}
	return s
}

func canceledError(source string) error {
	return fmt.Errorf("loading feed %s: canceled", source)
}
