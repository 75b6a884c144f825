package articles

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"whosaid/internal/testsupport"
)

// realTrainSources lists real-train's articles as a library does, skipping
// without them.
func realTrainSources(b *testing.B) []string {
	b.Helper()
	sources, _, err := LibrarySources([]string{testsupport.NeedCorpus(b, "real-train")})
	if err != nil {
		b.Fatal(err)
	}
	return sources
}

// BenchmarkLibraryCold analyses real-train's 840 articles as a library with
// an empty cache each time (writing the analyses to it): the bar is 1.5 s on
// 2 cores.
func BenchmarkLibraryCold(b *testing.B) {
	sources := realTrainSources(b)
	b.SetBytes(testsupport.SizeOf(sources))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "notes.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, failed := AnalyseAll(context.Background(), sources, LibraryOptions{Cache: s}); len(failed) > 0 {
			b.Fatal(failed[0])
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}

// BenchmarkLibraryCached opens real-train's library again with every
// analysis in the cache: the bar is 0.3 s.
func BenchmarkLibraryCached(b *testing.B) {
	sources := realTrainSources(b)
	b.SetBytes(testsupport.SizeOf(sources))
	s, err := Open(filepath.Join(b.TempDir(), "notes.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	AnalyseAll(context.Background(), sources, LibraryOptions{Cache: s})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for r := range AnalyseLibrary(context.Background(), sources, LibraryOptions{Cache: s}) {
			if !r.Cached {
				b.Fatalf("%s not cached", r.Source)
			}
		}
	}
}
