//go:build !unix

package attribution_test

import "testing"

func cpuMBps(b *testing.B, bytes int) func() { return func() {} }
