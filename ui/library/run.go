package library

import (
	"errors"
	"fmt"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/term"

	"whosaid/ui"
)

// Run shows the library on the terminal and returns when the user quits.
func Run(sources []string, opts Options) error {
	if opts.Reader == nil {
		// the background is asked once, before the program starts
		opts.Dark, opts.Look = ui.Setup(opts.Look)
	}
	progOpts := []tea.ProgramOption{tea.WithAltScreen()}
	if !term.IsTerminal(int(os.Stdin.Fd())) {
		progOpts = append(progOpts, tea.WithInputTTY())
	}
	m := New(sources, opts)
	defer m.Stop()
	if _, err := tea.NewProgram(m, progOpts...).Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("library view: %w", err)
	}
	return nil
}
