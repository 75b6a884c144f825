package testsupport

import "testing"

// CPUPerOp reports the process's CPU time per op (cpu-ns/op) beside the wall
// time when the returned func runs: on a machine shared with other work,
// wall time measures the neighbours too.
func CPUPerOp(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if used := cpuTime() - start; used > 0 {
			b.ReportMetric(float64(used)/float64(b.N), "cpu-ns/op")
		}
	}
}

// CPUMBps reports, when the returned func runs, the bytes each op reads per
// second of the process's CPU time (cpu-MB/s), beside the wall-clock MB/s.
func CPUMBps(b *testing.B, bytes int) func() {
	start := cpuTime()
	return func() {
		if used := cpuTime() - start; used > 0 {
			b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
		}
	}
}
