package gcbudget

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

func current() (percent int, limit int64) {
	percent = debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

func TestSetAndRestore(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	os.Unsetenv("GOGC")
	os.Unsetenv("GOMEMLIMIT")
	p0, l0 := current()
	restore := Set(100 << 20)
	if p, l := current(); p != 200 || l != 900<<20 {
		t.Errorf("for 100 MiB of input: GC percent %d, limit %d; want 200 and 900 MiB", p, l)
	}
	restore()
	if p, l := current(); p != p0 || l != l0 {
		t.Errorf("restored to %d and %d; want %d and %d", p, l, p0, l0)
	}
	restore = Set(1000)
	if _, l := current(); l != 64<<20 {
		t.Errorf("for a small input the limit is %d; want the floor, 64 MiB", l)
	}
	restore()
}

func TestLeftAloneWhenAskedOrUnknown(t *testing.T) {
	p0, l0 := current()
	t.Setenv("GOGC", "50")
	Set(1 << 20)()
	if p, l := current(); p != p0 || l != l0 {
		t.Errorf("with GOGC set the collector was changed: %d, %d", p, l)
	}
	os.Unsetenv("GOGC")
	restore := Set(-1)
	if p, l := current(); p != p0 || l != l0 {
		t.Errorf("for an input of unknown size the collector was changed: %d, %d", p, l)
	}
	restore()
}

func TestFilesSize(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, make([]byte, 10), 0o644)
	os.WriteFile(b, make([]byte, 32), 0o644)
	if n := FilesSize([]string{a, b}); n != 42 {
		t.Errorf("two files of 10 and 32 bytes: %d", n)
	}
	if n := FilesSize([]string{a, "-"}); n != -1 {
		t.Errorf("with standard input: %d, want -1 (unknown)", n)
	}
	if n := FilesSize([]string{a, dir}); n != -1 {
		t.Errorf("with a directory: %d, want -1", n)
	}
}
