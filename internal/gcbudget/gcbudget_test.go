package gcbudget

import (
	"os"
	"runtime/debug"
	"sync"
	"testing"
)

func current() (percent int, limit int64) {
	percent = debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

func unsetEnv(t *testing.T) {
	for _, k := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Setenv(k, "") // restored after the test
		os.Unsetenv(k)
	}
}

func TestBudgetGrowsWithInputAndIsPutBack(t *testing.T) {
	unsetEnv(t)
	p0, l0 := current()
	b := Start()
	if p, l := current(); p != 200 || l != 64<<20 {
		t.Errorf("at the start: GC percent %d, limit %d; want 200 and the floor, 64 MiB", p, l)
	}
	b.Add(1 << 20)
	if _, l := current(); l != 64<<20 {
		t.Errorf("after 1 MiB of input the limit is %d; want the floor, 64 MiB", l)
	}
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() { defer wg.Done(); b.Add(10 << 20) }()
	}
	wg.Wait()
	if _, l := current(); l != 9*101<<20 {
		t.Errorf("after 101 MiB of input, read by ten workers, the limit is %d; want nine times the input", l)
	}
	b.Stop()
	if p, l := current(); p != p0 || l != l0 {
		t.Errorf("put back to %d and %d; want %d and %d", p, l, p0, l0)
	}
}

func TestLeftAloneWhenAsked(t *testing.T) {
	unsetEnv(t)
	p0, l0 := current()
	t.Setenv("GOGC", "50")
	b := Start()
	b.Add(1 << 30)
	if p, l := current(); p != p0 || l != l0 {
		t.Errorf("with GOGC set the collector was changed: %d, %d", p, l)
	}
	b.Stop()
}
