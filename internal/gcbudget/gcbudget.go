// Package gcbudget sizes the garbage collector for a batch run over many
// sources, such as `whosaid quotes` over many files.
//
// Go collects when the heap has grown to twice what is live. A run over
// many short articles keeps little live (the word tables and one article's
// analysis, some 3 MB), so it collected after every 3 MB allocated, and the
// collector took a fifth of the run's time. The budget lets the heap grow
// to three times what is live, and caps it with a memory limit of nine
// times the input read so far (at least 64 MiB): a long article, which
// keeps much live, is held to about what it used before.
package gcbudget

import (
	"os"
	"runtime/debug"
	"sync"
)

const (
	percent  = 200      // the heap may grow to three times what is live
	perByte  = 9        // the limit: nine bytes of memory a byte of input
	minLimit = 64 << 20 // and never under this
)

// Budget is the collector's budget for one run.
type Budget struct {
	mu           sync.Mutex
	on           bool
	input        int64
	percent      int   // the settings before, put back by Stop
	limit        int64 //
	limitApplied int64
}

// Start sets the budget for a run; the limit grows as Add reports the input
// read. It leaves the collector alone when GOGC or GOMEMLIMIT is set.
func Start() *Budget {
	b := &Budget{}
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return b
	}
	b.on = true
	b.percent = debug.SetGCPercent(percent)
	b.limitApplied = minLimit
	b.limit = debug.SetMemoryLimit(minLimit)
	return b
}

// Add reports n more bytes of input, read before they are analysed.
func (b *Budget) Add(n int64) {
	if !b.on {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.input += n
	if l := perByte * b.input; l > b.limitApplied {
		b.limitApplied = l
		debug.SetMemoryLimit(l)
	}
}

// Stop puts the collector's settings back.
func (b *Budget) Stop() {
	if !b.on {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	debug.SetGCPercent(b.percent)
	debug.SetMemoryLimit(b.limit)
	b.on = false
}
