//go:build unix

package library

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime reports the process's CPU time per op beside the wall time, since
// wall time on a busy machine says more about the neighbours than the code.
func cpuTime(b *testing.B) func() {
	start := rusage()
	return func() {
		b.ReportMetric(float64(rusage()-start)/float64(b.N), "cpu-ns/op")
	}
}

func rusage() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
