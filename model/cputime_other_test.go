//go:build !unix

package model_test

import "testing"

func cpuMBps(b *testing.B, bytes int) func() { return func() {} }
