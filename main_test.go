package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var bin string

// TestMain builds the real binary once: these tests run whosaid as a user
// would, checking output, stderr and exit codes.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "whosaid-cli")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "whosaid")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs whosaid with NO_COLOR set and its own notes file. Standard input
// is stdin through a pipe, or /dev/null when stdin is empty.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runEnv(t, stdin, []string{"NO_COLOR=1"}, args...)
}

// runEnv is run with env added to a clean environment (no NO_COLOR,
// CLICOLOR_FORCE or GLAMOUR_STYLE from the caller's).
func runEnv(t *testing.T, stdin string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	for _, kv := range os.Environ() {
		switch strings.SplitN(kv, "=", 2)[0] {
		case "NO_COLOR", "CLICOLOR_FORCE", "CLICOLOR", "GLAMOUR_STYLE", "WHOSAID_NOTES", "COLUMNS":
			continue
		}
		cmd.Env = append(cmd.Env, kv)
	}
	cmd.Env = append(cmd.Env, "WHOSAID_NOTES="+filepath.Join(t.TempDir(), "notes.db"))
	cmd.Env = append(cmd.Env, env...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

func TestBadInputIsOneLineErrorExit1(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "photo.jpg")
	os.WriteFile(bin, []byte("\xff\xd8\xff\x00\x10JFIF\x00\x01"), 0o644)
	badUTF8 := filepath.Join(dir, "latin1.txt")
	os.WriteFile(badUTF8, []byte("caf\xe9 au lait"), 0o644)
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"quotes", filepath.Join(dir, "nope.txt")}, "no such file"},
		{"directory", []string{"quotes", dir}, "directory"},
		{"binary", []string{"quotes", bin}, "binary"},
		{"invalid UTF-8", []string{"quotes", badUTF8}, "UTF-8"},
	} {
		out, errOut, code := run(t, "", c.args...)
		if code != 1 || out != "" {
			t.Errorf("%s: exit %d, stdout %q; want exit 1 and nothing on stdout", c.name, code, out)
		}
		if strings.Count(strings.TrimRight(errOut, "\n"), "\n") != 0 || !strings.Contains(errOut, c.want) || !strings.HasPrefix(errOut, "whosaid: ") {
			t.Errorf("%s: stderr %q: want one line naming %q", c.name, errOut, c.want)
		}
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{{"--bogus"}, {"quotes", "--nope"}, {"feed", "a", "b"}} {
		_, errOut, code := run(t, "", args...)
		if code != 2 || !strings.HasPrefix(errOut, "whosaid: ") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 with a message", args, code, errOut)
		}
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"quotes", "--help"}, {"export", "--help"}} {
		out, _, code := run(t, "", args...)
		if code != 0 || !strings.Contains(out, "Usage:") {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
	}
}

func TestQuotesJSONOfDefaultArticle(t *testing.T) {
	out, errOut, code := run(t, "", "quotes", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Speakers []struct {
			Name   string
			Quotes int
		}
		Statements []struct {
			Paragraph  int
			Kind, Text string
			Speaker    *string
			Start, End int
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	got := map[string]int{}
	for _, s := range doc.Speakers {
		got[s.Name] = s.Quotes
	}
	if got["Trump"] != 6 || got["Putin"] != 5 || got["Dmitry Peskov"] != 3 || len(got) != 3 {
		t.Errorf("speakers %v; want Trump 6, Putin 5, Dmitry Peskov 3", got)
	}
}

func TestQuotesSeveralSourcesAreJSONLinesInOrder(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, text := range []string{"“One,” said Ana Ruiz.", "“Two,” said Ben Ode.", "“Three,” said Cy Lam."} {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		os.WriteFile(p, []byte(text), 0o644)
		paths = append(paths, p)
	}
	out, errOut, code := run(t, "", append([]string{"quotes", "--json"}, paths...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{"Ana Ruiz", "Ben Ode", "Cy Lam"}
	if len(lines) != 3 {
		t.Fatalf("want 3 JSON lines, got %d:\n%s", len(lines), out)
	}
	for i, l := range lines {
		if !strings.Contains(l, want[i]) || !strings.Contains(l, paths[i]) {
			t.Errorf("line %d: want %s from %s, got %s", i, want[i], paths[i], l)
		}
	}
}

func TestQuotesFromStdinAndEmpty(t *testing.T) {
	out, _, code := run(t, "“We will win,” said Mara Holt, the coach.", "quotes", "--speaker", "holt", "-")
	if code != 0 || !strings.Contains(out, "We will win") || !strings.Contains(out, "Mara Holt") {
		t.Errorf("stdin: exit %d, output %q", code, out)
	}
	out, errOut, code := run(t, "", "quotes", "--json", "-")
	if code != 0 || !strings.Contains(out, `"statements":[]`) {
		t.Errorf("empty input: exit %d, output %q, stderr %q; want an empty result", code, out, errOut)
	}
}

func TestTerminalEscapesNeverReachOutput(t *testing.T) {
	text := "“Hello\x1b]52;c;ZXZpbA==\x07 there,\x1b[2J” said Ana Ruiz.\x1b[H"
	out, _, code := run(t, text, "quotes", "-")
	if code != 0 || strings.ContainsRune(out, 0x1b) || strings.ContainsRune(out, 0x07) {
		t.Errorf("exit %d: escape sequences reached the output: %q", code, out)
	}
	if !strings.Contains(out, "Ana Ruiz") {
		t.Errorf("the quotation was lost with the escapes: %q", out)
	}
}

func TestPipedReaderNeedsNoNotesFile(t *testing.T) {
	dir := t.TempDir()
	fresh := filepath.Join(dir, "fresh.db")
	out, errOut, code := run(t, "", "--notes", fresh)
	if code != 0 || !strings.Contains(out, "[Putin") || errOut != "" {
		t.Fatalf("piped reader with --notes: code %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(fresh); err == nil {
		t.Errorf("printing the article should not create the notes file")
	}
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte("not sqlite"), 0o600)
	if _, errOut, code := run(t, "", "--notes", junk); code != 0 || errOut != "" {
		t.Errorf("piped reader with a junk notes file: code %d, stderr %q", code, errOut)
	}
	if got, _ := os.ReadFile(junk); string(got) != "not sqlite" {
		t.Errorf("the junk notes file was changed")
	}
}

// One source that fails does not cost the others: they are printed, the
// failure is one line on stderr naming it, and the run exits 1.
func TestQuotesOneBadSourceDoesNotStopTheOthers(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Related:\n\n“We are ready,” said Harald Bø.\n\nPhoto:\n"), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	out, errOut, code := run(t, "", "quotes", "--json", good, missing, good)
	if code != 1 {
		t.Errorf("exit %d; want 1 when a source failed", code)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("stdout has %d documents; want the two good sources: %q", len(lines), out)
	}
	for _, l := range lines {
		var doc struct{ Statements []struct{ Speaker string } }
		if err := json.Unmarshal([]byte(l), &doc); err != nil || len(doc.Statements) != 1 || doc.Statements[0].Speaker != "Harald Bø" {
			t.Errorf("document %q: want Harald Bø's one quotation (%v)", l, err)
		}
	}
	if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "missing.txt") {
		t.Errorf("stderr %q: want one line naming missing.txt", errOut)
	}
}

// Start-up (issue 10): every package linked into whosaid runs its init on
// every start, a pipe included. chroma's lexers and styles (pulled in by
// glamour) took two thirds of the time to print an article; the reader
// draws its Markdown itself instead. .ci/startup measures each package.
func TestNoSlowInitPackagesAreLinked(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, slow := range []string{"github.com/alecthomas/chroma", "github.com/charmbracelet/glamour"} {
		if strings.Contains(string(out), slow+"/") || strings.Contains(string(out), slow+"\n") {
			t.Errorf("%s is linked into whosaid: its init runs on every start (see .ci/startup)", slow)
		}
	}
}
