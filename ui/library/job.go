package library

import (
	"context"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/collection"
	"whosaid/ui"
)

// progressMsg brings what the analysis did since the last one: the new
// results and the library as it now stands, merged off the update path.
type progressMsg struct {
	results []articles.Analysed
	arts    []*model.Article // by source index; nil where not done
	coll    *collection.Collection
	colours []int // palette colour of each entity
	done    bool
}

// job analyses the library in the background. Its collector turns the
// stream of results into progressMsgs, at most one waiting at a time, at
// most every refresh (longer when merging takes long, so the merge never
// takes more than a fifth of the time).
type job struct {
	updates chan progressMsg
	cancel  context.CancelFunc
	ended   chan struct{} // closed when everything done is in the store
}

const refresh = 250 * time.Millisecond

func startJob(sources []string, opts articles.LibraryOptions) *job {
	ctx, cancel := context.WithCancel(context.Background())
	j := &job{updates: make(chan progressMsg, 1), cancel: cancel, ended: make(chan struct{})}
	go j.collect(ctx, articles.AnalyseLibrary(ctx, sources, opts), len(sources))
	return j
}

// next waits for the job's next message.
func (j *job) next() tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-j.updates
		if !ok {
			return nil
		}
		return msg
	}
}

// stop cancels the analysis and waits (a little) for what is done to be
// kept, so the next opening finds it.
func (j *job) stop() {
	j.cancel()
	select {
	case <-j.ended:
	case <-time.After(2 * time.Second):
	}
}

func (j *job) collect(ctx context.Context, results <-chan articles.Analysed, n int) {
	defer close(j.ended)
	arts := make([]*model.Article, n)
	var pending []articles.Analysed
	wait := refresh
	timer := time.NewTimer(wait)
	defer timer.Stop()
	send := func(done bool) {
		start := time.Now()
		msg := progressMsg{results: pending, arts: slices.Clone(arts), done: done}
		msg.coll = collection.Merge(msg.arts)
		msg.colours = colours(msg.coll, ui.PaletteSize())
		if done {
			select {
			case j.updates <- msg:
			case <-ctx.Done():
			}
			return
		}
		j.updates <- msg // room was checked
		pending = nil
		wait = max(refresh, 5*time.Since(start))
	}
	for {
		select {
		case r, ok := <-results:
			if !ok {
				send(true)
				return
			}
			pending = append(pending, r)
			arts[r.Index] = r.Article
		case <-timer.C:
			if len(pending) > 0 && len(j.updates) == 0 {
				send(false)
			}
			timer.Reset(wait)
		}
	}
}
