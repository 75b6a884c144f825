package attribution

import (
	"slices"
	"strings"
	"testing"
)

// The registry's kept answers are isOrgName's and isOutletName's, asked
// once or again, and a name with a space inside a word is not mistaken for
// the words apart.
func TestOrgNameKeepsIsOrgNamesAnswer(t *testing.T) {
	names := []string{"heart patients alliance", "local 318", "bank of caldora", "sarah mills", "mills",
		"hmcs ville de québec", "elections nunavut", "statistics canada", "nova scotia rcmp", "fraser health",
		"united auto workers", "workers", "town of beaverhill", "cbc news", "regina leader-post", "toronto star", "globe and mail", "donald trump", "mothers against drunk driving",
		"manitoba environment and climate change", "hydro one", "hockey hall of fame", "jane cross"}
	var r registry
	for round := 0; round < 2; round++ {
		for _, name := range names {
			low := strings.Fields(name)
			if got, want := r.orgName(low), isOrgName(low); got != want {
				t.Errorf("round %d: orgName(%q) = %v, isOrgName says %v", round, name, got, want)
			}
			if org, outlet := r.nameKind(low); org != isOrgName(low) || outlet != isOutletName(low) {
				t.Errorf("round %d: nameKind(%q) = %v, %v; isOrgName, isOutletName say %v, %v", round, name, org, outlet, isOrgName(low), isOutletName(low))
			}
		}
	}
	a, b := []string{"nova scotia", "rcmp"}, []string{"nova", "scotia rcmp"}
	if isOrgName(a) == isOrgName(b) {
		t.Fatalf("the two splits of the words should answer differently")
	}
	if r.orgName(a) != isOrgName(a) || r.orgName(b) != isOrgName(b) {
		t.Errorf("two splits of the same words share a kept answer")
	}
}

// fileMarked files a marked key as file does the key made whole.
func TestFileMarkedIsFileOfTheKey(t *testing.T) {
	var a, b entity
	keys := []struct {
		mark byte
		w    string
	}{{1, "bank"}, {0, "ana"}, {1, "bank"}, {0, "bank"}, {0, "ana"}, {1, ""}, {1, ""}}
	for _, k := range keys {
		if got, want := a.fileMarked(k.mark, k.w), b.file(string(k.mark)+k.w); got != want {
			t.Errorf("%d %q: fileMarked %v, file %v", k.mark, k.w, got, want)
		}
	}
	if !slices.Equal(a.filed, b.filed) {
		t.Errorf("filed %q, want %q", a.filed, b.filed)
	}
}
