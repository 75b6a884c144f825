package articles

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

const realTrain = "../../shared/corpus/real-train"

// realTrainSources lists real-train's articles, skipping without them.
func realTrainSources(b *testing.B) []string {
	b.Helper()
	sources, _, err := LibrarySources([]string{realTrain})
	if err != nil {
		b.Skipf("%s not found: the corpus lives in ../shared beside the project; skipping", realTrain)
	}
	return sources
}

func textBytes(b *testing.B, sources []string) int64 {
	var n int64
	for _, s := range sources {
		if st, err := os.Stat(s); err == nil {
			n += st.Size()
		}
	}
	return n
}

// BenchmarkLibraryCold analyses real-train's 840 articles as a library with
// an empty cache each time (writing the analyses to it): the bar is 1.5 s on
// 2 cores.
func BenchmarkLibraryCold(b *testing.B) {
	sources := realTrainSources(b)
	b.SetBytes(textBytes(b, sources))
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
	b.SetBytes(textBytes(b, sources))
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
