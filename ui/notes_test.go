package ui

import (
	"bytes"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/notes"
)

// notesPath points WHOSAID_NOTES at a fresh file, as a user would.
func notesPath(t *testing.T) string {
	t.Helper()
	t.Setenv(articles.NotesEnv, filepath.Join(t.TempDir(), "notes.db"))
	path, err := articles.NotesPath("")
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// openNotes opens the notes file the way main does for the reader.
func openNotes(t *testing.T, path string) (*articles.Store, error) {
	t.Helper()
	s, err := articles.OpenForReader(path)
	t.Cleanup(func() { s.Close() })
	return s, err
}

// withNotes builds the reader on art with a notes file at w×h and feeds it
// keys.
func withNotes(t *testing.T, art *model.Article, store *articles.Store, openErr error, keys ...string) Model {
	t.Helper()
	var tm tea.Model = newModel(art, true, Options{Notes: store, NotesErr: openErr})
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, k := range keys {
		tm = press(tm, k)
	}
	return tm.(Model)
}

// stored reads the article's highlights from a fresh store on path, as the
// next run (or `whosaid export`) would.
func stored(t *testing.T, path string, art *model.Article) []notes.Highlight {
	t.Helper()
	s, err := articles.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hs, err := s.Highlights(art.Document)
	if err != nil {
		t.Fatal(err)
	}
	return hs
}

func TestMarkIsInTheNotesFileAfterQuit(t *testing.T) {
	asciiProfile(t)
	path := notesPath(t)
	store, err := openNotes(t, path)
	if err != nil {
		t.Fatal(err)
	}
	art := sampleArticle()
	tm := teatest.NewTestModel(t, newModel(art, true, Options{Notes: store}), teatest.WithInitialTermSize(120, 40))
	for _, k := range []string{"2", "]", "m"} {
		tm.Send(keyMsg(k))
	}
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("marked ¶3")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	tm.Send(keyMsg("q"))
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	screen := ansi.Strip(m.View())
	if !strings.Contains(screen, "┆★Putin thanked Trump") {
		t.Errorf("the marked statement should have ★ in the gutter:\n%s", screen)
	}
	if !strings.Contains(screen, "▸¶3  ★~Putin thanked Trump") {
		t.Errorf("the panel's list should mark the statement with ★:\n%s", screen)
	}
	hs := stored(t, path, art)
	if len(hs) != 1 || hs[0].Speaker != "Vladimir Putin" || hs[0].Paragraph != 3 || !strings.HasPrefix(hs[0].Text(), "Putin thanked Trump") {
		t.Fatalf("a fresh store should see Putin's ¶3 statement marked, got %+v", hs)
	}
}

func TestMarkWithNothingCurrentMarksTheTopParagraph(t *testing.T) {
	asciiProfile(t)
	path := notesPath(t)
	store, _ := openNotes(t, path)
	art := sampleArticle()
	m := withNotes(t, art, store, nil, "m")
	hs := stored(t, path, art)
	if len(hs) != 1 || hs[0].Paragraph != 1 || hs[0].Text() != art.Paragraphs[0].Text {
		t.Fatalf("m with no current statement should mark ¶1 whole, got %+v", hs)
	}
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	if !strings.HasPrefix(lines[0], " ¶1        ★The two") || !strings.HasPrefix(lines[1], "           ★questions.") {
		t.Errorf("every row of the marked paragraph should carry ★:\n%s\n%s", lines[0], lines[1])
	}
	m = press(m, "m").(Model)
	if hs := stored(t, path, art); len(hs) != 0 {
		t.Errorf("m again should unmark, the store still has %d", len(hs))
	}
	if strings.Contains(m.View(), "★") {
		t.Errorf("unmarked, the ★ should be gone")
	}
}

func TestNoteIsSavedWithCtrlS(t *testing.T) {
	asciiProfile(t)
	path := notesPath(t)
	store, _ := openNotes(t, path)
	art := sampleArticle()
	m := withNotes(t, art, store, nil, "2", "]", "a")
	if m.state != stateNote || !strings.Contains(ansi.Strip(m.View()), "Note on ¶3 · Vladimir Putin") {
		t.Fatalf("a should open the note editor on Putin's statement:\n%s", ansi.Strip(m.View()))
	}
	checkFrame(t, m.View(), 120, 40)
	m = press(m, "check the transcript").(Model)
	m = press(m, "ctrl+s").(Model)
	if m.state != stateReader || !strings.Contains(statusLine(m), "note saved on ¶3") {
		t.Errorf("ctrl+s should save and go back to the reader; status %q", statusLine(m))
	}
	hs := stored(t, path, art)
	if len(hs) != 1 || hs[0].Note != "check the transcript" {
		t.Fatalf("a fresh store should have the note, got %+v", hs)
	}
	// An existing note is edited in place, and esc leaves it as it was.
	m = press(m, "a").(Model)
	if !strings.Contains(ansi.Strip(m.View()), "check the transcript") {
		t.Errorf("a on a highlight with a note should show the note")
	}
	m = press(m, "!").(Model)
	m = press(m, "esc").(Model)
	if hs := stored(t, path, art); len(hs) != 1 || hs[0].Note != "check the transcript" {
		t.Errorf("esc should leave the note unchanged, got %+v", hs)
	}
}

func TestHighlightsViewListsDeletesAndUndoes(t *testing.T) {
	asciiProfile(t)
	path := notesPath(t)
	store, _ := openNotes(t, path)
	art := sampleArticle()
	m := withNotes(t, art, store, nil, "2", "]", "a", "check the transcript", "ctrl+s", "]", "m", "H")
	screen := ansi.Strip(m.View())
	for _, want := range []string{"Highlights · 2", "¶3   Vladimir Putin · reported", "✎ check the transcript", "¶3   Vladimir Putin · quotation", "friendly"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the highlights view should show %q:\n%s", want, screen)
		}
	}
	checkFrame(t, m.View(), 120, 40)
	m = press(m, "d").(Model)
	if hs := stored(t, path, art); len(hs) != 1 || hs[0].Text() != "friendly" {
		t.Fatalf("d should delete the first highlight, the store has %+v", hs)
	}
	m = press(m, "u").(Model)
	hs := stored(t, path, art)
	if len(hs) != 2 || hs[0].Note != "check the transcript" {
		t.Fatalf("u should bring the highlight back with its note, the store has %+v", hs)
	}
	if !strings.Contains(ansi.Strip(m.View()), "restored ¶3") {
		t.Errorf("u should say what it restored")
	}
}

func TestHighlightsViewJumpsToTheStatement(t *testing.T) {
	asciiProfile(t)
	store, _ := openNotes(t, notesPath(t))
	m := withNotes(t, longArticle(4), store, nil, "G", "[", "m", "g")
	want := m.reader.cur
	m.reader.cur = -1
	m = press(press(m, "H"), "enter").(Model)
	if m.state != stateReader || m.reader.cur != want || !m.reader.stmtVisible(want) {
		t.Errorf("enter should make the highlighted statement current and show it")
	}
	if !strings.Contains(statusLine(m), "Donald Trump ★") {
		t.Errorf("the status bar should show the current statement is marked: %q", statusLine(m))
	}
}

func TestOrphanedHighlightIsListedWithItsWords(t *testing.T) {
	asciiProfile(t)
	path := notesPath(t)
	store, _ := openNotes(t, path)
	art := sampleArticle()
	if _, err := store.Add(art.Document, notes.Highlight{Paragraph: 6, Start: 0, End: len(art.Paragraphs[5].Text), Note: "ask Moscow"}); err != nil {
		t.Fatal(err)
	}
	changed := sampleArticle()
	changed.Paragraphs[5].Text = "The leaders shook hands and left."
	m := withNotes(t, changed, store, nil, "H")
	screen := ansi.Strip(m.View())
	for _, want := range []string{"orphaned", "Next time in Moscow", "✎ ask Moscow"} {
		if !strings.Contains(screen, want) {
			t.Errorf("an orphaned highlight should show %q:\n%s", want, screen)
		}
	}
	m = press(m, "enter").(Model)
	if m.state != stateHighlights {
		t.Errorf("enter on an orphan has nowhere to go and should stay in the view")
	}
}

func TestExportPreviewWritesTheFile(t *testing.T) {
	asciiProfile(t)
	store, _ := openNotes(t, notesPath(t))
	t.Chdir(t.TempDir())
	m := withNotes(t, sampleArticle(), store, nil, "2", "]", "a", "check the transcript", "ctrl+s")
	tm, cmd := m.Update(keyMsg("e"))
	if cmd == nil {
		t.Fatal("e should ask for the preview to be rendered")
	}
	tm, _ = tm.Update(cmd())
	screen := ansi.Strip(tm.View())
	for _, want := range []string{"Putin thanked Trump", "Vladimir Putin, Russian president (¶3)", "check the transcript", "enter write sample-notes.md"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the preview should show %q:\n%s", want, screen)
		}
	}
	tm = press(tm, "enter")
	data, err := os.ReadFile("sample-notes.md")
	if err != nil {
		t.Fatalf("enter should write sample-notes.md: %v", err)
	}
	if !strings.Contains(string(data), "\n> Putin thanked Trump") || !strings.Contains(string(data), "check the transcript") {
		t.Errorf("the file should hold the highlight as a blockquote and the note:\n%s", data)
	}
	abs, _ := filepath.Abs("sample-notes.md")
	tm = press(tm, "esc")
	if s := statusLine(tm.(Model)); !strings.Contains(s, "wrote "+abs[:min(len(abs), 30)]) {
		t.Errorf("the status bar should show where the file went: %q", s)
	}
}

// Issue 10, item 2: enter in the export preview never replaces a file
// without a yes: any other key keeps it, y replaces it.
func TestExportAsksBeforeReplacingAFile(t *testing.T) {
	asciiProfile(t)
	store, _ := openNotes(t, notesPath(t))
	t.Chdir(t.TempDir())
	os.WriteFile("sample-notes.md", []byte("my own notes"), 0o644)
	m := withNotes(t, sampleArticle(), store, nil, "2", "]", "m")
	tm, cmd := m.Update(keyMsg("e"))
	tm, _ = tm.Update(cmd())
	tm = press(tm, "enter")
	if got, _ := os.ReadFile("sample-notes.md"); string(got) != "my own notes" {
		t.Fatalf("enter replaced the user's file without asking: %q", got)
	}
	if s := footLine(tm); !strings.Contains(s, "sample-notes.md exists: replace it? (y/n)") {
		t.Errorf("the preview should ask before replacing: %q", s)
	}
	tm = press(tm, "n")
	if got, _ := os.ReadFile("sample-notes.md"); string(got) != "my own notes" {
		t.Errorf("n replaced the file: %q", got)
	}
	if s := footLine(tm); !strings.Contains(s, "kept sample-notes.md") {
		t.Errorf("after n the preview should say the file was kept: %q", s)
	}
	tm = press(press(tm, "enter"), "y")
	if got, _ := os.ReadFile("sample-notes.md"); !strings.Contains(string(got), "Putin thanked Trump") {
		t.Errorf("y should replace the file with the export: %q", got)
	}
}

// footLine is the last line of the screen: the status of a full-screen view.
func footLine(m tea.Model) string {
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	return lines[len(lines)-1]
}

func TestExportCopiesWithOSC52(t *testing.T) {
	asciiProfile(t)
	store, _ := openNotes(t, notesPath(t))
	m := withNotes(t, sampleArticle(), store, nil, "]", "m")
	var clip bytes.Buffer
	m.c.clip = &clip
	tm := press(press(m, "e"), "y")
	md := tm.(Model).export.md
	want := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(md))
	if !strings.Contains(md, "> Some are not that significant,") || !strings.HasPrefix(clip.String(), want) {
		t.Errorf("y should send the export as OSC 52; sent %q", clip.String())
	}
}

func TestNotesFileThatIsNotSQLiteLeavesTheReaderReadOnly(t *testing.T) {
	asciiProfile(t)
	path := notesPath(t)
	junk := []byte("this is not a database \x00\x01\x02 at all")
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	store, err := openNotes(t, path)
	if err == nil {
		t.Fatal("opening junk should say why notes are read-only")
	}
	m := withNotes(t, sampleArticle(), store, err)
	if s := statusLine(m); !strings.Contains(s, path[:min(len(path), 40)]) {
		t.Errorf("the status bar should name the notes file: %q", s)
	}
	m = press(press(m, "]"), "m").(Model)
	if s := statusLine(m); !strings.Contains(s, "read-only") {
		t.Errorf("m should say notes are read-only: %q", s)
	}
	m = press(m, "a").(Model)
	if m.state != stateReader {
		t.Errorf("a should not open an editor whose note cannot be saved")
	}
	m = press(press(m, "H"), "d").(Model)
	checkFrame(t, m.View(), 120, 40)
	if got, _ := os.ReadFile(path); !bytes.Equal(got, junk) {
		t.Errorf("the notes file was changed")
	}
}

func TestReaderWithoutNotesFileSaysSo(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "]", "m")
	if s := statusLine(m); !strings.Contains(s, "highlights are off") {
		t.Errorf("m without a notes file should say highlights are off: %q", s)
	}
}

func TestHelpAndHintTellTheNewKeys(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40)
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	hint := lines[len(lines)-1]
	for _, want := range []string{"m mark", "a note", "H highlights", "e export", "? help"} {
		if !strings.Contains(hint, want) {
			t.Errorf("the hint at 120 columns should show %q: %q", want, hint)
		}
	}
	md := helpMarkdown(m.c.keys)
	for _, want := range []string{"| `m` | mark |", "| `a` | note |", "| `H` | highlights |", "| `e` | export |", "`ctrl+s` saves", "`d` deletes", "`u` undoes", "`y` copies"} {
		if !strings.Contains(md, want) {
			t.Errorf("the full help should tell %q", want)
		}
	}
	narrow := drive(t, sampleArticle(), 60, 20)
	lines = strings.Split(ansi.Strip(narrow.View()), "\n")
	if !strings.Contains(lines[len(lines)-1], "? help") {
		t.Errorf("at 60 columns the hint should still show ? help: %q", lines[len(lines)-1])
	}
}

func TestExportPreviewIsRenderedOncePerWidth(t *testing.T) {
	asciiProfile(t)
	store, _ := openNotes(t, notesPath(t))
	m := withNotes(t, sampleArticle(), store, nil, "]", "m")
	tm, cmd := m.Update(keyMsg("e"))
	tm, _ = tm.Update(cmd())
	tm = press(tm, "esc")
	if _, cmd = tm.Update(keyMsg("e")); cmd != nil {
		t.Errorf("the preview at the same width and with the same highlights should not be rendered again")
	}
	tm = press(press(tm, "esc"), "]")
	tm = press(tm, "m")
	if _, cmd = tm.Update(keyMsg("e")); cmd == nil {
		t.Errorf("a new highlight should make a new preview")
	}
}

func TestControlCharactersInHighlightsNeverReachTheScreen(t *testing.T) {
	asciiProfile(t)
	store, _ := openNotes(t, notesPath(t))
	art := sampleArticle()
	art.Paragraphs[0].Text = "Evil \x1b]52;c;aGk=\x07 text \x1b[2J here."
	m := withNotes(t, art, store, nil, "m", "a", "ctrl+s", "H")
	if strings.ContainsRune(m.View(), '\x1b') {
		t.Errorf("the highlights view let an escape sequence through: %q", m.View())
	}
	tm, cmd := press(m, "esc").Update(keyMsg("e"))
	tm, _ = tm.Update(cmd())
	if strings.ContainsRune(tm.View(), '\x1b') || strings.ContainsRune(tm.View(), '\x07') {
		t.Errorf("the export preview let a control character through: %q", tm.View())
	}
	tm = press(press(tm, "esc"), "a")
	if strings.ContainsRune(tm.View(), '\x1b') {
		t.Errorf("the note editor let an escape sequence through: %q", tm.View())
	}
}

func TestHighlightsOfAnotherReaderShowInTheListAndExport(t *testing.T) {
	asciiProfile(t)
	path := notesPath(t)
	mine, _ := openNotes(t, path)
	theirs, _ := openNotes(t, path)
	art := sampleArticle()
	m := withNotes(t, art, mine, nil, "]", "m")
	if _, err := theirs.Add(art.Document, notes.HighlightOf(art, art.Statements[len(art.Statements)-1])); err != nil {
		t.Fatal(err)
	}
	m = press(m, "H").(Model)
	if screen := ansi.Strip(m.View()); !strings.Contains(screen, "Highlights · 2") || !strings.Contains(screen, "I could see it possibly happening.") {
		t.Errorf("H should list the other reader's highlight too:\n%s", screen)
	}
	m = press(press(m, "esc"), "e").(Model)
	if !strings.Contains(m.export.md, "> I could see it possibly happening.") || !strings.Contains(m.export.md, "> Some are not that significant,") {
		t.Errorf("the export should hold both readers' highlights:\n%s", m.export.md)
	}
}

func TestNotesViewsKeepTheirFrameOnSmallScreens(t *testing.T) {
	asciiProfile(t)
	store, _ := openNotes(t, notesPath(t))
	empty := &model.Article{Document: model.Document{Source: "empty.txt"}}
	for _, art := range []*model.Article{sampleArticle(), empty} {
		nm := newModel(art, true, Options{Notes: store})
		nm.c.clip = io.Discard // a stray y must not reach the test's terminal
		var tm tea.Model = nm
		tm, _ = tm.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
		for _, k := range []string{"]", "a", "a note that is long enough to wrap, or nearly", "ctrl+s", "]", "m", "H", "j"} {
			tm = press(tm, k)
			checkFrame(t, tm.View(), 60, 20)
		}
		tm = press(press(tm, "esc"), "e")
		checkFrame(t, tm.View(), 60, 20)
		for _, size := range [][2]int{{20, 5}, {1, 1}, {140, 45}} {
			for _, k := range []string{"H", "a"} {
				m := press(press(tm, "esc"), k)
				m, _ = m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				_ = m.View()
			}
		}
	}
}

// Issue 10, item 4: cancelling a note on words not yet marked changes
// nothing: no highlight is left behind.
func TestCancellingANewNoteMarksNothing(t *testing.T) {
	asciiProfile(t)
	path := notesPath(t)
	store, _ := openNotes(t, path)
	art := sampleArticle()
	m := withNotes(t, art, store, nil, "]", "a", "x", "esc")
	if hs := stored(t, path, art); len(hs) != 0 {
		t.Errorf("a then esc left %d highlight(s) in the notes file", len(hs))
	}
	if strings.Contains(m.View(), "★") {
		t.Error("a then esc left a ★ on screen")
	}
	m = press(m, "H").(Model)
	if !strings.Contains(m.View(), "No highlights yet") {
		t.Errorf("H after a cancelled note should list nothing:\n%s", m.View())
	}
	m = press(press(m, "esc"), "a").(Model)
	for _, k := range []string{"o", "k", "ctrl+s"} {
		m = press(m, k).(Model)
	}
	if hs := stored(t, path, art); len(hs) != 1 || hs[0].Note != "ok" {
		t.Errorf("a, a note, ctrl+s should mark and keep the note: %+v", hs)
	}
}
