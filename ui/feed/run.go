package feed

import (
	"errors"
	"fmt"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/term"

	"whosaid/ui"
)

// Run shows the feed on the terminal and returns when the user quits, or
// with the error that stopped it (the feed could not be loaded, or loading
// was canceled).
func Run(source string, opts Options) error {
	if opts.Reader == nil {
		// the background is asked once, before the program starts
		opts.Dark, opts.Look = ui.Setup(opts.Look)
	}
	progOpts := []tea.ProgramOption{tea.WithAltScreen()}
	if !term.IsTerminal(int(os.Stdin.Fd())) {
		// The feed came on standard input: read keys from the terminal.
		progOpts = append(progOpts, tea.WithInputTTY())
	}
	final, err := tea.NewProgram(New(source, opts), progOpts...).Run()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("feed view: %w", err)
	}
	if m, ok := final.(Model); ok {
		return m.Err()
	}
	return nil
}
