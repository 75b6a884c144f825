package attribution

import (
	"strings"
	"testing"
)

func TestVersionNamesTheReleaseAndTheFiles(t *testing.T) {
	v := Version()
	if !strings.HasPrefix(v, Release+"+") || len(v) != len(Release)+13 || v != Version() {
		t.Errorf("Version() = %q, want %s+ and 12 hex digits, the same each time", v, Release)
	}
}
