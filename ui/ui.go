// Package ui is the terminal reader of an annotated article: the article
// pane with each statement in its speaker's colour, the side panel of
// attributions, and the plain-text printer for when output is not a terminal.
package ui

import (
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"golang.org/x/term"

	"whosaid/articles"
	"whosaid/model"
)

// Options set up the reader.
type Options struct {
	Mouse bool  // scroll with the wheel; costs the terminal's own selection
	Style Style // colours for a dark or light background, or none; "" is auto
	Color ColorMode
	// Width is the widest the text column grows, in cells (a readable
	// measure on a wide terminal); 0 means 80.
	Width int
	// Mono draws emphasis (the current statement, search matches) with
	// bold, reverse and underline when there is no colour: Setup sets it.
	Mono bool
	// Notes keeps highlights and notes; nil turns them off. NotesErr, when
	// set, says why they are read-only and is shown once in the status bar.
	Notes    *articles.Store
	NotesErr error
	// Notice is shown once in the status bar when the reader opens, such as
	// a fault in the analysis that left part of the article unannotated.
	Notice string
	// Voices gives each speaker (by index of Article.Speakers) a colour of
	// the palette (see VoiceColour), so a library keeps one colour per
	// person across its articles; nil colours speakers by rank.
	Voices []int
	// Start opens the reader at a statement with its speaker chosen.
	Start *Start
}

// Start is where the reader opens: Statement indexes Article.Statements;
// Speaker, when not -1, is chosen, so ] and [ walk on from there.
type Start struct{ Statement, Speaker int }

// state is which view has the screen: the reader, or one of the full-screen
// sub-views (help, highlights, export preview, note editor). A new sub-view
// is a state, a subView registered in newModel, and a key that opens it.
type state int

const (
	stateReader state = iota
	stateHelp
	stateHighlights
	stateNote
	stateExport
	stateWhy
)

// subView is a full-screen view over the reader. open is called when it is
// shown and again on every resize; update reports when it is done.
type subView interface {
	open(c *common) tea.Cmd
	update(c *common, msg tea.Msg) (closed bool, cmd tea.Cmd)
	view(c *common) string
}

// common is what every view shares.
type common struct {
	width, height int
	st            *styles
	keys          keyMap
	help          help.Model
	dark          bool
	profile       termenv.Profile
	notes         *noteSet
	clip          io.Writer // where the OSC 52 clipboard sequence goes
	maxText       int       // widest text column, 0 for the default
	// then is the view to show when the current sub-view closes.
	then state
}

// Model is the root of the program: it handles the window size and the keys
// that work everywhere, then hands over to the view of the current state.
type Model struct {
	c          *common
	state      state
	reader     *reader
	help       *helpPage
	highlights *highlightsView
	editor     *noteEditor
	export     *exportView
	views      map[state]subView
}

// New builds the reader on an article, without notes. dark tells the
// background; colours follow lipgloss's default renderer and its colour
// profile.
func New(art *model.Article, dark bool) Model {
	return newModel(art, dark, Options{})
}

// NewWith builds the reader with options (notes), for programs that embed
// it, such as the feed list.
func NewWith(art *model.Article, dark bool, opts Options) Model {
	return newModel(art, dark, opts)
}

// Idle reports that esc would have nothing left to clear: no sub-view open,
// no search, filter, chosen speaker or panel. A program embedding the
// reader can then take esc for itself (the feed goes back to its list).
func (m Model) Idle() bool {
	r := m.reader
	return m.state == stateReader && !r.search.typing && r.search.query == "" && !r.filter &&
		r.chosen < 0 && !r.panelOpen
}

// Quits reports that the key would end the reader (q with nothing being
// typed and no sub-view open): a program embedding it can take the key as
// "back" instead. ctrl+c is not such a key.
func (m Model) Quits(msg tea.KeyMsg) bool {
	return m.state == stateReader && !m.reader.search.typing && msg.Type != tea.KeyCtrlC &&
		key.Matches(msg, m.c.keys.Quit)
}

func newModel(art *model.Article, dark bool, opts Options) Model {
	r := lipgloss.DefaultRenderer()
	r.SetHasDarkBackground(dark)
	c := &common{st: newStyles(r, opts.Mono), maxText: opts.Width, keys: newKeyMap(), help: help.New(), dark: dark, profile: r.ColorProfile(), clip: os.Stdout}
	c.help.Styles.ShortKey = c.st.hintKey
	c.help.Styles.ShortDesc = c.st.hintDesc
	c.help.Styles.ShortSeparator = c.st.hintDesc
	if opts.Voices != nil {
		c.st.voices = voicesOf(r, opts.Voices, len(art.Speakers))
	}
	d := newDoc(art)
	var msg string
	c.notes, msg = newNotes(opts.Notes, opts.NotesErr, art, d)
	rd := newReader(c, d)
	rd.start = opts.Start
	rd.msg = joinNotices(oneLineClean(opts.Notice), msg)
	m := Model{c: c, reader: rd, help: newHelpPage()}
	m.editor = newNoteEditor(rd)
	m.highlights = &highlightsView{r: rd, ed: m.editor}
	m.export = newExportView(rd)
	m.views = map[state]subView{stateHelp: m.help, stateHighlights: m.highlights, stateNote: m.editor, stateExport: m.export,
		stateWhy: &whyView{r: rd}}
	return m
}

// joinNotices puts two status messages on one line, skipping empty ones.
func joinNotices(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " · " + b
}

// Init implements tea.Model.
func (m Model) Init() tea.Cmd { return nil }

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		cmd := m.reader.resize(msg.Width, msg.Height)
		if v, ok := m.views[m.state]; ok {
			return m, tea.Batch(cmd, v.open(m.c))
		}
		return m, cmd
	case tea.KeyMsg:
		if msg.Type == tea.KeyCtrlC {
			return m, tea.Quit
		}
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 {
			return m.eachRune(msg)
		}
	case helpRenderedMsg:
		_, cmd := m.help.update(m.c, msg)
		return m, cmd
	case exportRenderedMsg:
		_, cmd := m.export.update(m.c, msg)
		return m, cmd
	}
	if v, ok := m.views[m.state]; ok {
		closed, cmd := v.update(m.c, msg)
		if !closed {
			return m, cmd
		}
		next := m.c.then
		m.c.then = stateReader
		if next == stateReader {
			m.state = stateReader
			return m, cmd
		}
		m2, cmd2 := m.open(next)
		return m2, tea.Batch(cmd, cmd2)
	}
	if k, ok := msg.(tea.KeyMsg); ok && !m.reader.search.typing {
		switch {
		case key.Matches(k, m.c.keys.Help):
			return m.open(stateHelp)
		case key.Matches(k, m.c.keys.Highlights):
			m.reader.msg = ""
			m.highlights.begin(m.c)
			return m.open(stateHighlights)
		case key.Matches(k, m.c.keys.Note):
			return m.openNote()
		case key.Matches(k, m.c.keys.Why):
			if m.reader.cur < 0 {
				m.reader.msg = "w explains the current statement: ] or [ makes one current"
				return m, nil
			}
			m.reader.msg = ""
			return m.open(stateWhy)
		case key.Matches(k, m.c.keys.Export):
			m.reader.msg = ""
			m.export.begin(m.c)
			return m.open(stateExport)
		}
	}
	return m, m.reader.update(msg)
}

// openNote opens the note editor on the highlight of the current statement
// (or top paragraph). One not marked yet is marked only when the note is
// saved: esc leaves everything as it was.
func (m Model) openNote() (tea.Model, tea.Cmd) {
	r, n := m.reader, m.c.notes
	r.msg = ""
	t, ok := r.target()
	if !ok {
		r.msg = nothingTo("write a note on", r.cur)
		return m, nil
	}
	if err := n.writable(); err != nil {
		r.msg = errLine(err)
		return m, nil
	}
	if i := n.find(t); i >= 0 {
		t = n.hs[i]
	}
	m.editor.begin(t, stateReader)
	return m.open(stateNote)
}

// open shows a sub-view.
func (m Model) open(s state) (tea.Model, tea.Cmd) {
	m.state = s
	return m, m.views[s].open(m.c)
}

// eachRune handles keys that arrived together (fast typing, a paste, a
// script) one by one, so "/Moscow" searches as if typed.
func (m Model) eachRune(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	var tm tea.Model = m
	for _, r := range msg.Runes {
		var cmd tea.Cmd
		tm, cmd = tm.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
		cmds = append(cmds, cmd)
	}
	return tm, tea.Batch(cmds...)
}

// View implements tea.Model.
func (m Model) View() string {
	if m.c.width <= 0 || m.c.height <= 0 {
		return ""
	}
	if v, ok := m.views[m.state]; ok {
		return v.view(m.c)
	}
	return m.reader.view()
}

func (m *reader) wide() bool { return m.c.width >= 100 }

func (m *reader) contentHeight() int { return max(m.c.height-2, 1) }

func (m *reader) panelWidth() int {
	if !m.wide() {
		return m.c.width
	}
	return min(max(m.c.width*3/10, 30), 44)
}

func (m *reader) paneWidth() int {
	if !m.wide() {
		return m.c.width
	}
	return m.c.width - m.panelWidth() - 1
}

func (m *reader) view() string {
	h := m.contentHeight()
	var body string
	switch {
	case m.wide():
		body = joinColumns(m.viewArticle(), m.c.st.faint.Render("│"), m.viewPanel(m.panelWidth(), h))
	case m.panelOpen:
		body = m.viewPanel(m.c.width, h)
	default:
		body = m.viewArticle()
	}
	return body + "\n" + m.viewStatus() + "\n" + m.viewHint()
}

// joinColumns puts two blocks of equal height and exact widths side by side
// with sep between, line by line (cheaper than measuring every line again).
func joinColumns(left, sep, right string) string {
	ls, rs := strings.Split(left, "\n"), strings.Split(right, "\n")
	var b strings.Builder
	for i := range ls {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(ls[i])
		b.WriteString(sep)
		if i < len(rs) {
			b.WriteString(rs[i])
		}
	}
	return b.String()
}

// Setup settles the look of a program about to start on the terminal,
// from opts and the environment (NO_COLOR, CLICOLOR_FORCE, TERM): the
// colour profile, the background (asked of the terminal once, for the auto
// style) and Mono. Run calls it; so does a program embedding the reader.
func Setup(opts Options) (dark bool, _ Options) {
	dark, opts.Mono = setup(opts, os.Getenv)
	return dark, opts
}

// Run starts the reader on the terminal and returns when the user quits.
func Run(art *model.Article, opts Options) error {
	dark, opts := Setup(opts)
	progOpts := []tea.ProgramOption{tea.WithAltScreen()}
	if !term.IsTerminal(int(os.Stdin.Fd())) {
		// The article came on standard input: read keys from the terminal.
		progOpts = append(progOpts, tea.WithInputTTY())
	}
	if opts.Mouse {
		progOpts = append(progOpts, tea.WithMouseCellMotion())
	}
	_, err := tea.NewProgram(newModel(art, dark, opts), progOpts...).Run()
	return err
}
