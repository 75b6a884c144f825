package library

import (
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"whosaid/articles"
	"whosaid/internal/testsupport"
)

// realTrainSources lists real-train's articles as a library does, and the
// bytes they hold, skipping without them.
func realTrainSources(b *testing.B) ([]string, int64) {
	b.Helper()
	sources, _, err := articles.LibrarySources([]string{testsupport.NeedCorpus(b, "real-train")})
	if err != nil {
		b.Fatal(err)
	}
	return sources, testsupport.SizeOf(sources)
}

// open runs a library to the end as the program would, every message
// through Update and a frame drawn after each.
func open(sources []string, opts Options) Model {
	m := New(sources, opts)
	var tm tea.Model = m
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for !tm.(Model).done {
		tm, _ = tm.Update(m.job.next()())
		tm.View()
	}
	m.Stop()
	return tm.(Model)
}

// BenchmarkLibraryOpenCold opens real-train's 840 articles as a library
// with nothing cached, analysing them all (and keeping the analyses): the
// bar is 1.5 s on 2 cores. heap-x-text is the heap the open library holds
// over the size of its text (bar: 10).
func BenchmarkLibraryOpenCold(b *testing.B) {
	sources, size := realTrainSources(b)
	b.SetBytes(size)
	defer testsupport.CPUPerOp(b)()
	var before, after runtime.MemStats
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		store, err := articles.Open(filepath.Join(b.TempDir(), "notes.db"))
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		m := open(sources, Options{Analysis: articles.LibraryOptions{Cache: store}})
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(size), "heap-x-text")
		if m.cached != 0 || m.analysed != len(sources) {
			b.Fatalf("%d analysed, %d cached", m.analysed, m.cached)
		}
		store.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}

// BenchmarkLibraryOpenCached opens it again with every analysis kept: the
// bar is 0.3 s.
func BenchmarkLibraryOpenCached(b *testing.B) {
	sources, size := realTrainSources(b)
	b.SetBytes(size)
	store, err := articles.Open(filepath.Join(b.TempDir(), "notes.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	opts := Options{Analysis: articles.LibraryOptions{Cache: store}}
	open(sources, opts)
	b.ResetTimer()
	defer testsupport.CPUPerOp(b)()
	for i := 0; i < b.N; i++ {
		if m := open(sources, opts); m.cached != len(sources) {
			b.Fatalf("%d of %d cached", m.cached, len(sources))
		}
	}
}

// BenchmarkKeyWhileAnalysing answers keys (j and k in the speakers list,
// each with its frame) while real-train is analysed cold on all cores, as
// the program's loop does: a progress message waiting is taken first. ns/op
// is one key; p99-key-ms and worst-key-ms the 99th percentile and the
// slowest key with its frame (on a shared machine the worst is mostly time
// the process was not running); worst-wait-ms the slowest progress update
// a key may have to wait behind. The bar: a key answered in under 50 ms.
func BenchmarkKeyWhileAnalysing(b *testing.B) {
	sources, _ := realTrainSources(b)
	var worstWait time.Duration
	took := make([]time.Duration, 0, b.N)
	var m Model
	var tm tea.Model
	begin := func() {
		m = New(sources, Options{})
		tm, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		tm, _ = tm.Update(runeKey('s'))
	}
	begin()
	keys := []tea.KeyMsg{runeKey('j'), runeKey('k'), runeKey('j')}
	during := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		select {
		case msg := <-m.job.updates:
			t := time.Now()
			tm, _ = tm.Update(msg)
			worstWait = max(worstWait, time.Since(t))
		default:
		}
		if tm.(Model).done {
			b.StopTimer()
			m.Stop()
			begin()
			b.StartTimer()
		}
		during++
		t := time.Now()
		tm, _ = tm.Update(keys[i%len(keys)])
		tm.View()
		took = append(took, time.Since(t))
	}
	b.StopTimer()
	m.Stop()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-key-ms")
	b.ReportMetric(float64(took[len(took)-1].Microseconds())/1000, "worst-key-ms")
	b.ReportMetric(float64(worstWait.Microseconds())/1000, "worst-wait-ms")
}

func runeKey(r rune) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}} }
