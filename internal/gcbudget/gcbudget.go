// Package gcbudget sizes the garbage collector for a batch run over input
// of known size, such as `whosaid quotes` over many files.
//
// Go collects when the heap has grown to twice what is live. A run over
// many short articles keeps little live (the word tables and one article's
// analysis, some 3 MB), so it collected after every 3 MB allocated, and the
// collector took a fifth of the run's time. The budget lets the heap grow
// to three times what is live, and caps it with a memory limit of nine
// times the input (at least 64 MiB): a long article, which keeps much live,
// is held to about what it used before.
package gcbudget

import (
	"os"
	"runtime/debug"
)

const (
	percent  = 200      // the heap may grow to three times what is live
	perByte  = 9        // the limit: nine bytes of memory a byte of input
	minLimit = 64 << 20 // and never under this
)

// Set sets the budget for a run over inputBytes of input and returns the
// function that puts the collector's settings back. It leaves them alone
// when GOGC or GOMEMLIMIT is set, or when inputBytes is unknown (below 0).
func Set(inputBytes int64) (restore func()) {
	if inputBytes < 0 || os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	oldPercent := debug.SetGCPercent(percent)
	oldLimit := debug.SetMemoryLimit(max(minLimit, perByte*inputBytes))
	return func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}
}

// FilesSize returns the bytes the files at paths hold together, or -1 when
// one is not a regular file (standard input, a URL, the built-in article).
func FilesSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil || !info.Mode().IsRegular() {
			return -1
		}
		n += info.Size()
	}
	return n
}
