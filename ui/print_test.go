package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestPrintTagsEveryStatementWithItsSpeaker(t *testing.T) {
	var b bytes.Buffer
	if err := Print(&b, sampleArticle(), false); err != nil {
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
	if err := Print(&plain, sampleArticle(), false); err != nil {
		t.Fatal(err)
	}
	if err := Print(&color, sampleArticle(), true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(color.String(), "\x1b[") {
		t.Error("printing in colour wrote no colour")
	}
	if ansi.Strip(color.String()) != plain.String() {
		t.Error("colour changed the printed text")
	}
}

func TestColorAllowedHonoursNoColor(t *testing.T) {
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
	if !ColorAllowed(env("TERM", "xterm-256color")) {
		t.Error("colour should be allowed by default")
	}
	if ColorAllowed(env("NO_COLOR", "1", "TERM", "xterm")) {
		t.Error("NO_COLOR=1 must turn colour off")
	}
	if ColorAllowed(env("TERM", "dumb")) {
		t.Error("a dumb terminal gets no colour")
	}
}
