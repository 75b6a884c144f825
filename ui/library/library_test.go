package library

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"whosaid/articles"
	"whosaid/ui"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii) // as under NO_COLOR: marks must be characters
	os.Exit(m.Run())
}

// smallLibrary writes three short articles naming Donald Trump three ways,
// and a file that is not an article.
func smallLibrary(t testing.TB) []string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":  "“We will win this state,” said Donald J. Trump, the Republican nominee.\n\n“He will not,” said Hillary Clinton.\n",
		"b.md":   "# A great day\n\n“It was a great day for the campaign,” Donald Trump said on Tuesday.\n\nSen. Maria Lopez said the bill would pass. “We have the votes,” she said.\n",
		"c.txt":  "“Not now,” President Trump told reporters.\n\nThe State Department said it was reviewing the request.\n\n“We are watching,” said Bill Clinton.\n",
		"x.json": "{}",
	}
	return libraryOf(t, dir, files)
}

// libraryOf writes files into dir and returns the library's sources there.
func libraryOf(t testing.TB, dir string, files map[string]string) []string {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sources, _, err := articles.LibrarySources([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	return sources
}

func start(t *testing.T, sources []string, opts Options, w, h int) *teatest.TestModel {
	t.Helper()
	m := New(sources, opts)
	t.Cleanup(m.Stop)
	return teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
}

func waitFor(t *testing.T, tm *teatest.TestModel, what ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		for _, w := range what {
			if !bytes.Contains(b, []byte(w)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(10*time.Second))
}

func press(k tea.KeyType) tea.KeyMsg { return tea.KeyMsg{Type: k} }

func final(t *testing.T, tm *teatest.TestModel) Model {
	t.Helper()
	return tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
}

// TestSpeakersFilterStatementAndBack walks the library as a user would:
// the articles, the speakers, a filter, one speaker's statements across
// articles, one of them in the reader with that speaker chosen, and back.
func TestSpeakersFilterStatementAndBack(t *testing.T) {
	tm := start(t, smallLibrary(t), Options{Name: "news"}, 100, 30)
	waitFor(t, tm, "news · 3 articles · all analysed", "a.txt", "A great day", "c.txt", "women 1 of 2 quoted")
	tm.Type("s")
	waitFor(t, tm, "Speakers", "Donald J. Trump", "3 statements · 3 quotations · 3 articles")
	// the filter arrives as one key message, as a paste would: one keystroke
	// at a time, the list's filter results can land out of order under load
	tm.Type("/")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Lopez")})
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "Maria Lopez", "female: pronoun")
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "esc back to the speakers", "¶2 · reported · Sen. Maria Lopez said the bill would pass.", "¶2 · quotation · We have the votes,")
	tm.Type("j")
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "2/2 Maria Lopez")
	tm.Type("[")
	waitFor(t, tm, "1/2 Maria Lopez")
	tm.Type("q")
	waitFor(t, tm, "esc back to the speakers")
	tm.Send(press(tea.KeyEsc))
	waitFor(t, tm, "Speakers")
	tm.Type("q")
	m := final(t, tm)
	if m.state != stateSpeakers || m.lists[stateSpeakers].FilterValue() != "Lopez" {
		t.Errorf("after coming back: state %d, filter %q; want the speakers, still filtered", m.state, m.lists[stateSpeakers].FilterValue())
	}
	if got := m.lists[stateStatements].Index(); got != 1 {
		t.Errorf("the statements list is at %d, want where it was (1)", got)
	}
}

func TestArticleOpensAndEscComesBackToTheSamePlace(t *testing.T) {
	tm := start(t, smallLibrary(t), Options{}, 100, 30)
	waitFor(t, tm, "all analysed")
	tm.Type("j")
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "It was a great day for the campaign")
	tm.Send(press(tea.KeyEsc))
	waitFor(t, tm, "Articles")
	tm.Type("q")
	m := final(t, tm)
	if m.state != stateArticles || m.lists[stateArticles].Index() != 1 {
		t.Errorf("back at state %d, row %d; want the articles at row 1", m.state, m.lists[stateArticles].Index())
	}
}

func TestChartIsTextual(t *testing.T) {
	tm := start(t, smallLibrary(t), Options{}, 120, 30)
	waitFor(t, tm, "all analysed")
	tm.Type("c")
	waitFor(t, tm, "Most quoted: share of statements", "People quoted, once per article", "Statements of people")
	tm.Type("q")
	m := final(t, tm)
	view := ansi.Strip(m.View())
	for _, want := range []string{"Donald J. Trump", "█", "37.5%", "women ", "33.3%", "unknown"} {
		if !strings.Contains(view, want) {
			t.Errorf("chart lacks %q:\n%s", want, view)
		}
	}
}

func TestBadFilesAreListedWithTheirErrorAndTheRestOpen(t *testing.T) {
	sources := smallLibrary(t)
	dir := filepath.Dir(sources[0])
	os.WriteFile(filepath.Join(dir, "photo.txt"), []byte("\x89PNG\x00\x00"), 0o644)
	if f, err := os.Create(filepath.Join(dir, "huge.txt")); err == nil {
		f.Truncate(articles.LibraryMaxSize + 1)
		f.Close()
	}
	sources, _, _ = articles.LibrarySources([]string{dir})
	tm := start(t, sources, Options{}, 140, 40)
	waitFor(t, tm, "5 articles · all analysed · 2 errors", "error: "+filepath.Join(dir, "photo.txt")+" is a binary file",
		"is too large for a library", "A great day")
	tm.Type("jjj")
	tm.Send(press(tea.KeyEnter)) // huge.txt, in name order after a, b, c
	waitFor(t, tm, "too large")
	tm.Type("q")
	if m := final(t, tm); m.state != stateArticles {
		t.Errorf("opening a file that failed left the list: state %d", m.state)
	}
}

func TestKeysAnswerWhileAnArticleIsStillLoading(t *testing.T) {
	never := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	t.Cleanup(never.Close)
	sources := append(smallLibrary(t), never.URL+"/slow.html")
	tm := start(t, sources, Options{Titles: []string{"", "", "", "A slow page"}}, 100, 30)
	waitFor(t, tm, "3/4 articles analysed", "A slow page", "analysing…")
	tm.Type("G")
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "still analysing A slow page")
	tm.Type("s")
	waitFor(t, tm, "Speakers", "Maria Lopez")
	tm.Type("q")
	if m := final(t, tm); m.done {
		t.Error("the slow page cannot have been analysed")
	}
}

func TestSecondOpeningComesFromTheCache(t *testing.T) {
	sources := smallLibrary(t)
	store, err := articles.Open(filepath.Join(t.TempDir(), "notes.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	opts := Options{Analysis: articles.LibraryOptions{Cache: store}}
	first := run(t, sources, opts)
	again := run(t, sources, opts)
	if first.cached != 0 || again.cached != 3 {
		t.Errorf("cached analyses: %d the first time, %d the second; want 0 then 3", first.cached, again.cached)
	}
}

// run drives a library's analysis to the end without a program.
func run(t testing.TB, sources []string, opts Options) Model {
	t.Helper()
	m := New(sources, opts)
	defer m.Stop()
	var tm tea.Model = m
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	for !tm.(Model).done {
		tm, _ = tm.Update(m.job.next()())
	}
	return tm.(Model)
}

func TestOneSpeakerOneColourAcrossArticles(t *testing.T) {
	m := run(t, smallLibrary(t), Options{})
	e := m.entityIndex(m.coll.Entities[0].Key) // Donald Trump, in all three
	colour := -1
	for _, ref := range m.coll.Members[e] {
		v := voicesOf(m.coll, m.colours, ref.Article)[ref.Speaker]
		if colour >= 0 && v != colour {
			t.Errorf("%s has colour %d in one article, %d in another", m.coll.Entities[e].Name, colour, v)
		}
		colour = v
	}
	for a := range m.arts {
		seen := map[int]bool{}
		for s, v := range voicesOf(m.coll, m.colours, a) {
			if seen[v] && len(m.coll.Of[a]) <= ui.PaletteSize() {
				t.Errorf("article %d: speaker %d shares a colour with another though colours are left", a, s)
			}
			seen[v] = true
		}
	}
	again := run(t, smallLibrary(t), Options{})
	for e, ent := range m.coll.Entities {
		if f := again.entityIndex(ent.Key); again.colours[f] != m.colours[e] {
			t.Errorf("%s changed colour between runs", ent.Name)
		}
	}
}

func TestManyFilesOpenLazily(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 10,000 files")
	}
	dir := t.TempDir()
	for i := range 10000 {
		text := "“Yes,” said Ana Ruiz.\n\nThe ministry said it would look again.\n"
		if err := os.WriteFile(filepath.Join(dir, strings.Repeat("0", 5-len(itoa(i)))+itoa(i)+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sources, _, _ := articles.LibrarySources([]string{dir})
	m := run(t, sources, Options{})
	view := ansi.Strip(m.View())
	if !strings.Contains(view, "10,000 articles · all analysed") || !strings.Contains(view, "00000.txt") || strings.Count(view, "\n") > 30 {
		t.Errorf("10,000 articles:\n%s", view)
	}
	if e := m.coll.Entities[0]; e.Name != "Ana Ruiz" || e.Articles != 10000 {
		t.Errorf("top speaker %+v", e)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
