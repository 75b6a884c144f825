// Package spin runs slow work (fetching, extracting, analysing) off the
// bubbletea update path and reports its progress for a spinner. Load shows
// such a spinner on the terminal while a URL is fetched; ctrl+c cancels.
package spin

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"whosaid/articles"
)

// Msg is one report from a job: progress while it runs, then its result
// (Done). ID ties it to the job that sent it, so the reports of a canceled
// job can be dropped.
type Msg struct {
	ID       int
	Progress string
	Done     bool
	Result   any
	Err      error
	ch       <-chan Msg
}

// Next waits for the job's next report; call it for every report that is
// not Done, including those of a job that was given up, so it can end.
func (m Msg) Next() tea.Cmd { return wait(m.ch) }

// Work is what a job runs; it reports progress through progress.
type Work func(ctx context.Context, progress func(articles.Progress)) (any, error)

// Start runs w in its own goroutine and returns the command that waits for
// its first report.
func Start(ctx context.Context, id int, w Work) tea.Cmd {
	ch := make(chan Msg, 8)
	go func() {
		defer close(ch)
		report := func(p articles.Progress) {
			select {
			case ch <- Msg{ID: id, Progress: p.String(), ch: ch}:
			default: // the screen is behind: skip this report
			}
		}
		res, err := w(ctx, report)
		ch <- Msg{ID: id, Done: true, Result: res, Err: err, ch: ch}
	}()
	return wait(ch)
}

func wait(ch <-chan Msg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}
