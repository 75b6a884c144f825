package spin

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"golang.org/x/term"

	"whosaid/articles"
	"whosaid/model"
)

// Load loads a source as articles.LoadContext does. For a URL, when standard
// error is a terminal, a spinner there says what is happening (connecting,
// downloading N kB, extracting); ctrl+c cancels the fetch and Load returns
// its "canceled" error.
func Load(source string, opts articles.FetchOptions) (model.Document, error) {
	if !articles.IsURL(source) || !term.IsTerminal(int(os.Stderr.Fd())) {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		return articles.LoadContext(ctx, source, opts)
	}
	m := newLoader(source, opts)
	defer m.cancel()
	progOpts := []tea.ProgramOption{tea.WithOutput(os.Stderr)}
	if !term.IsTerminal(int(os.Stdin.Fd())) {
		progOpts = append(progOpts, tea.WithInputTTY())
	}
	final, err := tea.NewProgram(m, progOpts...).Run()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return model.Document{}, fmt.Errorf("progress display: %w", err)
	}
	done := final.(loader)
	if done.canceled {
		return model.Document{}, fmt.Errorf("fetching %s: canceled", source)
	}
	doc, _ := done.result.Result.(model.Document)
	return doc, done.result.Err
}

func newLoader(source string, opts articles.FetchOptions) loader {
	ctx, cancel := context.WithCancel(context.Background())
	m := loader{spinner: spinner.New(spinner.WithSpinner(spinner.Dot)), text: "starting", cancel: cancel}
	m.start = Start(ctx, 1, func(ctx context.Context, progress func(articles.Progress)) (any, error) {
		opts.Progress = progress
		return articles.LoadContext(ctx, source, opts)
	})
	return m
}

// loader is the small program that shows the spinner until the load ends.
type loader struct {
	spinner  spinner.Model
	text     string
	start    tea.Cmd
	cancel   context.CancelFunc
	result   Msg
	canceled bool
	finished bool
}

func (m loader) Init() tea.Cmd { return tea.Batch(m.spinner.Tick, m.start) }

func (m loader) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if msg.Type == tea.KeyCtrlC {
			m.cancel()
			m.canceled, m.finished = true, true
			return m, tea.Quit
		}
	case Msg:
		if !msg.Done {
			m.text = msg.Progress
			return m, msg.Next()
		}
		m.result, m.finished = msg, true
		return m, tea.Quit
	case spinner.TickMsg:
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return m, cmd
	}
	return m, nil
}

var hintStyle = lipgloss.NewStyle().Faint(true)

func (m loader) View() string {
	if m.finished {
		return "" // leave no spinner behind
	}
	return m.spinner.View() + " " + m.text + "… " + hintStyle.Render("(ctrl+c cancels)")
}
