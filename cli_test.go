package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const anaRuiz = "“We are ready,” said Ana Ruiz, the coach.\n\nThe match starts at noon."

// Issue 10, item 1: `cat FILE | whosaid` reads the pipe, as glow, less and
// bat do, and prints FILE's article, plain, with speaker tags.
func TestPipedStdinIsTheArticleWhenNoSourceIsGiven(t *testing.T) {
	out, errOut, code := runEnv(t, anaRuiz, []string{"TERM=xterm-256color"})
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "[Ana Ruiz] “We are ready,”") || strings.Contains(out, "Putin") {
		t.Errorf("the piped article was not printed (the built-in one instead?):\n%s", out)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Errorf("printed into a pipe with escape bytes: %q", out)
	}
	out, _, code = run(t, anaRuiz, "quotes")
	if code != 0 || !strings.Contains(out, "Ana Ruiz") {
		t.Errorf("quotes without SOURCE should read the pipe too: exit %d\n%s", code, out)
	}
	// /dev/null is not a pipe: the built-in article, as before.
	out, _, _ = run(t, "")
	if !strings.Contains(out, "[Putin") {
		t.Errorf("with nothing piped the built-in article should print:\n%.200s", out)
	}
}

// Issue 10, item 5: colour follows whether output is a terminal, not TERM;
// --color=always and CLICOLOR_FORCE force it, NO_COLOR and --color=never
// forbid it.
func TestPrintedColourFollowsTheTerminalNotTERM(t *testing.T) {
	xterm := "TERM=xterm-256color"
	for _, c := range []struct {
		env  []string
		args []string
		want bool
	}{
		{[]string{xterm}, nil, false},
		{[]string{xterm}, []string{"--color=always"}, true},
		{[]string{xterm}, []string{"--color", "always"}, true},
		{[]string{xterm, "CLICOLOR_FORCE=1"}, nil, true},
		{[]string{xterm, "CLICOLOR_FORCE=1", "NO_COLOR=1"}, nil, false},
		{[]string{xterm, "CLICOLOR_FORCE=1"}, []string{"--color=never"}, false},
	} {
		out, errOut, code := runEnv(t, "", c.env, c.args...)
		if code != 0 {
			t.Fatalf("%v %v: exit %d %s", c.env, c.args, code, errOut)
		}
		if got := strings.ContainsRune(out, 0x1b); got != c.want {
			t.Errorf("%v %v: escape sequences %v, want %v", c.env, c.args, got, c.want)
		}
		if !strings.Contains(out, "[Putin") {
			t.Errorf("%v %v: the speaker tags must stay:\n%.200s", c.env, c.args, out)
		}
	}
	if _, errOut, code := run(t, "", "--color=sometimes"); code != 2 || !strings.Contains(errOut, "sometimes") {
		t.Errorf("--color=sometimes: exit %d, stderr %q; want a usage error", code, errOut)
	}
}

// Issue 10, item 7: the flags every command shares work before the
// command's name as well as after it.
func TestSharedFlagsWorkBeforeTheCommand(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "x.db")
	src := filepath.Join(dir, "a.txt")
	os.WriteFile(src, []byte(anaRuiz), 0o644)
	for _, args := range [][]string{
		{"--notes", notes, "quotes", src},
		{"quotes", "--notes", notes, src},
		{"--color", "never", "quotes", src},
		{"--style", "light", "quotes", src},
		{"--width", "60", "quotes", src},
		{"--notes", notes, "export", "--all", src},
	} {
		out, errOut, code := run(t, "", args...)
		if code != 0 || !strings.Contains(out, "We are ready") {
			t.Errorf("%v: exit %d, stderr %q, stdout %q", args, code, errOut, out)
		}
	}
}

// Issue 10, item 14: --style and GLAMOUR_STYLE pick the colours printed
// output uses too; notty prints none.
func TestStyleChoosesPrintedColours(t *testing.T) {
	term := "TERM=xterm-256color"
	dark, _, _ := runEnv(t, "", []string{term}, "--color=always", "--style", "dark")
	light, _, _ := runEnv(t, "", []string{term}, "--color=always", "--style=light")
	env, _, _ := runEnv(t, "", []string{term, "GLAMOUR_STYLE=light"}, "--color=always")
	notty, _, _ := runEnv(t, "", []string{term}, "--color=always", "--style=notty")
	if dark == light || !strings.ContainsRune(light, 0x1b) {
		t.Error("--style light should print other colours than --style dark")
	}
	if env != light {
		t.Error("GLAMOUR_STYLE=light should print as --style light")
	}
	if strings.ContainsRune(notty, 0x1b) || !strings.Contains(notty, "[Putin") {
		t.Error("--style notty should print plain text with tags")
	}
	if _, errOut, code := run(t, "", "--style", "neon"); code != 2 || !strings.Contains(errOut, "neon") {
		t.Errorf("--style neon: exit %d, stderr %q; want a usage error", code, errOut)
	}
}

// Issue 10, item 15: a speaker no one is, an export with nothing in it,
// and --version.
func TestNothingToShowIsSaid(t *testing.T) {
	for _, args := range [][]string{
		{"quotes", "--speaker", "nobody"},
		{"quotes", "--json", "--speaker", "nobody"},
		{"export", "--all", "--speaker", "nobody"},
	} {
		out, errOut, code := run(t, "", args...)
		if code != 1 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want exit 1 and nothing printed", args, code, out)
		}
		if !strings.Contains(errOut, `no speaker matches "nobody"`) || !strings.Contains(errOut, "Putin") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: stderr %q; want one line saying no speaker matches, naming those who do", args, errOut)
		}
	}
	out, errOut, code := run(t, "", "export")
	if code != 0 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "nothing to export") {
		t.Errorf("export with no highlights: exit %d, stdout %q, stderr %q; want one line on stderr only", code, out, errOut)
	}
	out, _, code = run(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "whosaid ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

// Issue 10, item 16: export --all gives a quotation inside a reported
// statement once, and --by-speaker does not repeat the heading's name.
func TestExportAllListsEachWordsOnce(t *testing.T) {
	out, _, code := run(t, "", "export", "--all")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if n := strings.Count(out, "just a very few"); n != 1 {
		t.Errorf("“just a very few” is exported %d times, want once (inside its sentence)", n)
	}
	out, _, _ = run(t, "", "export", "--all", "--by-speaker")
	trump := out[strings.Index(out, "\n## Trump"):]
	trump = trump[:strings.Index(trump, "\n## Putin")]
	if strings.Contains(trump, "— Trump") || !strings.Contains(trump, "— ¶7") {
		t.Errorf("under ## Trump each highlight should say where, not Trump again:\n%s", trump)
	}
}

// Issue 10, item 12: words that are no one's are "no one" in the table and
// the printed article, and null in the JSON.
func TestNoOneHasOneName(t *testing.T) {
	text := "The plan has been known in the town as the “managed decline” for years.\n\n“We are ready,” said Ana Ruiz."
	out, _, _ := run(t, text, "quotes", "-")
	if !strings.Contains(out, "no one") || strings.Contains(out, "—") {
		t.Errorf("quotes should name the unattributed “no one”:\n%s", out)
	}
	out, _, _ = run(t, text, "-")
	if !strings.Contains(out, "[no one]") {
		t.Errorf("the printed article should tag it [no one]:\n%s", out)
	}
	out, _, _ = run(t, text, "quotes", "--json", "-")
	var doc struct{ Statements []map[string]any }
	json.Unmarshal([]byte(out), &doc)
	nulls := 0
	for _, s := range doc.Statements {
		if v, ok := s["speaker"]; ok && v == nil {
			nulls++
		}
	}
	if nulls == 0 {
		t.Errorf("the JSON should keep speaker: null:\n%s", out)
	}
}

// Issue 9: --explain says how each speaker was chosen; with --json it
// changes nothing, the JSON always carrying why.
func TestQuotesExplain(t *testing.T) {
	out, errOut, code := run(t, "", "quotes", "--explain")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"¶7  quote  Trump", "rule ", "cue      said", "mention  ", " → Trump ¶7", "confidence", "speaker  person, male: "} {
		if !strings.Contains(out, want) {
			t.Errorf("--explain lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Error("--explain into a pipe wrote escape bytes")
	}
	plain, _, _ := run(t, "", "quotes", "--json")
	explained, _, _ := run(t, "", "quotes", "--json", "--explain")
	if plain != explained || !strings.Contains(plain, `"why":{`) {
		t.Error("--explain should change nothing in the JSON, which always carries why")
	}
}
