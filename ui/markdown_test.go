package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Cosmetic (issue 10): the help's key column is as wide as its keys, not
// half the screen.
func TestHelpKeyColumnFitsItsKeys(t *testing.T) {
	asciiProfile(t)
	m := New(sampleArticle(), true)
	out := renderMarkdown(helpMarkdown(m.c.keys), 120, m.c.st)
	for _, l := range strings.Split(out, "\n") {
		if i := strings.Index(l, "line down"); i >= 0 {
			if key := strings.TrimSpace(l[:i]); key != "j/↓" || ansi.StringWidth(l[:i]) > 20 {
				t.Errorf("key column %d wide for %q: %q", ansi.StringWidth(l[:i]), key, l)
			}
			return
		}
	}
	t.Errorf("the help has no line for j:\n%s", out)
}

func TestMarkdownPage(t *testing.T) {
	asciiProfile(t)
	st := New(sampleArticle(), true).c.st
	md := "# Title\n\n## Trump\n\n> a quotation long enough to wrap onto a second line of the page\n\n" +
		"note with *emphasis*  \nand a hard break\n\n- one\n- two\n\n| a | b |\n|---|---|\n| x | y |\n"
	out := renderMarkdown(md, 40, st)
	for _, want := range []string{"  # Title\n", "  ## Trump\n", "  │ a quotation long enough to wrap\n", "  │ onto a second line", "  note with emphasis\n  and a hard break\n", "  • one\n  • two\n", "  x  y\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q:\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(l); w > 40 {
			t.Errorf("line %d wide at 40: %q", w, l)
		}
	}
}
