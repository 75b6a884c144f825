package library

import (
	"context"
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/collection"
	"whosaid/ui"
)

// shelf is the library as it stands: what each source became, the merged
// speakers, and the rows of the lists, all made off the update path by the
// job. The model shows the last one it was sent; nothing in it changes
// after it is sent.
type shelf struct {
	entries  []entry          // sources, then those that could not be listed
	arts     []*model.Article // by source; nil until analysed
	coll     *collection.Collection
	colours  []int // palette colour of each entity
	analysed int   // sources done, failed ones included
	failed   int
	cached   int
	done     bool
	// the lists' rows
	articleRows, speakerRows []list.Item
}

// progressMsg brings a new shelf.
type progressMsg shelf

// stock fills in what follows from the entries and articles: the merge,
// the colours and the rows.
func (s *shelf) stock() {
	s.coll = collection.Merge(s.arts)
	s.colours = colours(s.coll, ui.PaletteSize())
	s.articleRows = make([]list.Item, len(s.entries))
	for a, e := range s.entries {
		var art *model.Article
		if a < len(s.arts) {
			art = s.arts[a]
		}
		s.articleRows[a] = articleRow(a, e, art, s.coll)
	}
	s.speakerRows = make([]list.Item, len(s.coll.Entities))
	for e, ent := range s.coll.Entities {
		s.speakerRows[e] = speakerRow(ent, s.colours[e])
	}
}

// job analyses the library in the background. Its collector turns the
// stream of results into shelves: at most one waiting at a time, at most
// every refresh (longer when stocking takes long, so that it takes at most
// a fifth of the time).
type job struct {
	updates chan progressMsg
	cancel  context.CancelFunc
	ended   chan struct{} // closed when everything done is in the store
}

const refresh = 250 * time.Millisecond

func startJob(sources []string, first shelf, opts articles.LibraryOptions) *job {
	ctx, cancel := context.WithCancel(context.Background())
	j := &job{updates: make(chan progressMsg, 1), cancel: cancel, ended: make(chan struct{})}
	go j.collect(ctx, articles.AnalyseLibrary(ctx, sources, opts), first)
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

func (j *job) collect(ctx context.Context, results <-chan articles.Analysed, cur shelf) {
	defer close(j.ended)
	cur.entries = slices.Clone(cur.entries)
	cur.arts = slices.Clone(cur.arts)
	fresh := false
	wait := refresh
	timer := time.NewTimer(wait)
	defer timer.Stop()
	send := func() progressMsg {
		start := time.Now()
		s := cur
		s.entries, s.arts = slices.Clone(cur.entries), slices.Clone(cur.arts)
		s.stock()
		wait = max(refresh, 5*time.Since(start))
		fresh = false
		return progressMsg(s)
	}
	for {
		select {
		case r, ok := <-results:
			if !ok {
				cur.done = true
				select {
				case j.updates <- send():
				case <-ctx.Done():
				}
				return
			}
			cur.take(r)
			fresh = true
		case <-timer.C:
			if fresh && len(j.updates) == 0 {
				j.updates <- send() // room was checked
			}
			timer.Reset(wait)
		}
	}
}

// take records one source's result.
func (s *shelf) take(r articles.Analysed) {
	s.entries[r.Index].update(r)
	s.arts[r.Index] = r.Article
	s.analysed++
	if r.Article == nil {
		s.failed++
	}
	if r.Cached {
		s.cached++
	}
}
