//go:build unix

package attribution_test

import (
	"syscall"
	"testing"
	"time"
)

// cpuMBps reports MB/s per CPU second beside the wall-clock figure: on a
// machine shared with other work, wall time measures the neighbours too.
func cpuMBps(b *testing.B, bytes int) func() {
	start := rusage()
	return func() {
		if used := rusage() - start; used > 0 {
			b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
		}
	}
}

func rusage() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
