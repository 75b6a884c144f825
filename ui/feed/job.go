package feed

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"whosaid/articles"
	"whosaid/model"
)

// jobMsg is one report from a background fetch: progress while it runs,
// then its result (done). id ties it to the fetch that sent it, so reports
// from a canceled fetch are dropped.
type jobMsg struct {
	id       int
	ch       <-chan jobMsg
	progress string
	done     bool
	feed     articles.Feed
	art      *model.Article
	index    int // the list item an article belongs to
	err      error
}

// work is what a job runs off the update path.
type work func(ctx context.Context, progress func(articles.Progress)) jobMsg

// startJob runs w in its own goroutine and returns the command that waits
// for its first report.
func startJob(ctx context.Context, id int, w work) tea.Cmd {
	ch := make(chan jobMsg, 8)
	go func() {
		defer close(ch)
		report := func(p articles.Progress) {
			select {
			case ch <- jobMsg{id: id, ch: ch, progress: p.String()}:
			default: // the screen is behind: skip this report
			}
		}
		res := w(ctx, report)
		res.id, res.ch, res.done = id, ch, true
		ch <- res
	}()
	return waitJob(ch)
}

func waitJob(ch <-chan jobMsg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}

func loadFeed(source string, opts articles.FetchOptions) work {
	return func(ctx context.Context, progress func(articles.Progress)) jobMsg {
		opts.Progress = progress
		f, err := articles.LoadFeed(ctx, source, opts)
		return jobMsg{feed: f, err: err}
	}
}

// openArticle fetches, extracts and analyses an item's page, all off the
// update path.
func openArticle(link string, index int, opts articles.FetchOptions) work {
	return func(ctx context.Context, progress func(articles.Progress)) jobMsg {
		opts.Progress = progress
		doc, err := articles.LoadContext(ctx, link, opts)
		if err != nil {
			return jobMsg{index: index, err: err}
		}
		return jobMsg{index: index, art: model.Analyze(doc)}
	}
}
