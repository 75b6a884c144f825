package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestPrintTagsEveryStatementWithItsSpeaker(t *testing.T) {
	var b bytes.Buffer
	if err := Print(&b, sampleArticle(), PrintOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"[Donald Trump] “Some are not that significant,” Trump said. [Donald Trump] “One is",
		"[Vladimir Putin, reported] Putin thanked Trump for the [Vladimir Putin] “friendly” tone",
		"[Dmitry Peskov] “very positive”",
		"The leaders left the room full of reporters without taking questions.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("printed article lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsRune(out, '\x1b') {
		t.Error("printing without colour wrote escape sequences")
	}
	if n := strings.Count(out, "\n\n"); n != 6 {
		t.Errorf("7 paragraphs should be separated by 6 blank lines, got %d", n)
	}
}

func TestPrintInColourHasTheSameText(t *testing.T) {
	var plain, color bytes.Buffer
	if err := Print(&plain, sampleArticle(), PrintOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Print(&color, sampleArticle(), PrintOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(color.String(), "\x1b[") {
		t.Error("printing in colour wrote no colour")
	}
	if ansi.Strip(color.String()) != plain.String() {
		t.Error("colour changed the printed text")
	}
}

// Printed colour follows --color, then NO_COLOR, then CLICOLOR_FORCE, then
// whether the output is a terminal: never TERM alone (issue 10, item 5).
func TestPrintColorFollowsTheTerminalNotTERM(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	xterm := env("TERM", "xterm-256color")
	for _, c := range []struct {
		name     string
		mode     ColorMode
		style    Style
		terminal bool
		getenv   func(string) string
		want     bool
	}{
		{"a file with TERM set", ColorAuto, StyleAuto, false, xterm, false},
		{"a terminal", ColorAuto, StyleAuto, true, xterm, true},
		{"a dumb terminal", ColorAuto, StyleAuto, true, env("TERM", "dumb"), false},
		{"NO_COLOR on a terminal", ColorAuto, StyleAuto, true, env("TERM", "xterm", "NO_COLOR", "1"), false},
		{"CLICOLOR_FORCE into a file", ColorAuto, StyleAuto, false, env("CLICOLOR_FORCE", "1"), true},
		{"CLICOLOR_FORCE=0", ColorAuto, StyleAuto, false, env("CLICOLOR_FORCE", "0"), false},
		{"NO_COLOR beats CLICOLOR_FORCE", ColorAuto, StyleAuto, false, env("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), false},
		{"--color=always into a file", ColorAlways, StyleAuto, false, xterm, true},
		{"--color=always beats NO_COLOR", ColorAlways, StyleAuto, false, env("NO_COLOR", "1"), true},
		{"--color=never on a terminal", ColorNever, StyleAuto, true, xterm, false},
		{"--style notty", ColorAlways, StyleNotty, true, xterm, false},
	} {
		if got := PrintColor(c.mode, c.style, c.terminal, c.getenv); got != c.want {
			t.Errorf("%s: colour %v, want %v", c.name, got, c.want)
		}
	}
}
