// Package testsupport holds what the tests of several packages share: the
// corpus in ../shared beside the project, and benchmarks' CPU time.
package testsupport

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// Corpus returns the path of ../shared/corpus (joined with parts) beside the
// project, wherever in it the test runs; it may not exist, as in a fresh
// clone.
func Corpus(parts ...string) string {
	return filepath.Join(append([]string{projectRoot(), "..", "shared", "corpus"}, parts...)...)
}

// NeedCorpus returns Corpus(parts...), or skips the test, saying so, when it
// is not there.
func NeedCorpus(tb testing.TB, parts ...string) string {
	tb.Helper()
	dir := Corpus(parts...)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("%s not found: the corpus lives in ../shared beside the project; skipping", dir)
	}
	return dir
}

// RealArticles returns the text of every step-th article of real-train (real
// news, PolNeAR's training split), or none, with a note, without ../shared:
// fuzz targets seed from it when it is there.
func RealArticles(tb testing.TB, step int) []string {
	tb.Helper()
	dir := Corpus("real-train")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		tb.Logf("%s not found: fuzz seeds are the built-in ones only", dir)
	}
	var out []string
	for i := 0; i < len(files); i += step {
		b, err := os.ReadFile(files[i])
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// projectRoot is the folder of go.mod above the test's working directory
// (its package's folder); "." when there is none.
var projectRoot = sync.OnceValue(func() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "."
		}
		dir = up
	}
})

// NeedArticles returns the .txt articles of the corpus folder parts name,
// or skips the test, saying so, when there are none.
func NeedArticles(tb testing.TB, parts ...string) []string {
	tb.Helper()
	dir := NeedCorpus(tb, parts...)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		tb.Skipf("%s holds no articles: the corpus lives in ../shared beside the project; skipping", dir)
	}
	return files
}

// SizeOf is the bytes the files hold together, for b.SetBytes.
func SizeOf(files []string) int64 {
	var n int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			n += st.Size()
		}
	}
	return n
}
