package feed

import (
	"bytes"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii) // stable output whatever the terminal
	os.Exit(m.Run())
}

// site serves a feed of three items on loopback: the default article as a
// news page, a page that never answers, and a page that is missing.
func site(t *testing.T) *httptest.Server {
	t.Helper()
	text, err := os.ReadFile("../../articles/alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	var page strings.Builder
	page.WriteString(`<html><head><title>Putin and Trump end summit</title></head><body>
<nav class="menu"><a href="/">Home</a></nav><main><article><h1>Putin and Trump end summit</h1>`)
	for _, l := range strings.Split(strings.TrimSpace(string(text)), "\n") {
		page.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
	}
	page.WriteString(`</article></main><footer class="footer">“Journalism you can trust,” our editor says.</footer></body></html>`)

	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
<item><title>Markets calm after summit</title><link>%[1]s/missing.html</link><pubDate>Sat, 16 Aug 2025 08:30:00 +0000</pubDate></item>
<item><title>Putin and Trump end summit</title><link>%[1]s/article.html</link><pubDate>Fri, 15 Aug 2025 22:00:00 +0000</pubDate></item>
<item><title>Kyiv waits for news</title><link>%[1]s/slow.html</link><pubDate>Thu, 14 Aug 2025 10:00:00 +0000</pubDate></item>
</channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/article.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page.String())
	})
	mux.HandleFunc("/slow.html", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func start(t *testing.T, source string) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, New(source, Options{}), teatest.WithInitialTermSize(90, 30))
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

func finalModel(t *testing.T, tm *teatest.TestModel) Model {
	t.Helper()
	return tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
}

func TestListShowsItemsWithDateAndSource(t *testing.T) {
	srv := site(t)
	tm := start(t, srv.URL+"/feed.xml")
	waitFor(t, tm, "Example News", "3 items",
		"Markets calm after summit", "2025-08-16 · 127.0.0.1",
		"Putin and Trump end summit", "2025-08-15 · 127.0.0.1",
		"Kyiv waits for news", "2025-08-14 · 127.0.0.1")
	// the filter arrives as one key message, as a paste would: one keystroke
	// at a time, the list's filter results can land out of order under load
	tm.Type("/")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Kyiv")})
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "1 item")
	tm.Type("q")
	m := finalModel(t, tm)
	if got := m.list.VisibleItems(); len(got) != 1 || got[0].(item).Link != srv.URL+"/slow.html" {
		t.Errorf("filtering for Kyiv left %d items: %v", len(got), got)
	}
}

func TestOpenItemThenEscReturnsToTheSamePlace(t *testing.T) {
	srv := site(t)
	tm := start(t, srv.URL+"/feed.xml")
	waitFor(t, tm, "3 items")
	tm.Send(press(tea.KeyDown))
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "The two world leaders ended their historic press conference")
	tm.Send(press(tea.KeyEsc))
	// The mark shows what the analysis finds in the page.
	doc, err := articles.Load(srv.URL + "/article.html")
	if err != nil {
		t.Fatal(err)
	}
	mark := item{}.mark()
	if art := attributiontest.Analyze(t, doc); len(art.Statements) > 0 {
		mark = markOpened(item{}, art).mark()
		if !strings.Contains(mark, "Putin") || !strings.Contains(mark, "Trump") {
			t.Errorf("mark %q does not name the article's top speakers", mark)
		}
	}
	waitFor(t, tm, "✓ Putin and Trump end summit", mark)
	tm.Type("q")
	m := finalModel(t, tm)
	if m.list.Index() != 1 {
		t.Errorf("back in the list at item %d, want the opened item 2", m.list.Index()+1)
	}
	if m.Err() != nil {
		t.Errorf("quit with error %v", m.Err())
	}
}

func TestCtrlCCancelsASlowFetchAndReturns(t *testing.T) {
	srv := site(t)
	tm := start(t, srv.URL+"/feed.xml")
	waitFor(t, tm, "3 items")
	tm.Send(press(tea.KeyEnd))
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "Kyiv waits for news", "connecting to 127.0.0.1", "ctrl+c cancels")
	tm.Send(press(tea.KeyCtrlC))
	waitFor(t, tm, "canceled: Kyiv waits for news")
	tm.Type("q")
	m := finalModel(t, tm)
	if m.state != stateList || m.list.Index() != 2 || m.Err() != nil {
		t.Errorf("after ctrl+c: state %d, item %d, err %v; want the list at item 3, no error", m.state, m.list.Index()+1, m.Err())
	}
}

// Cosmetic (issue 10): a failed fetch says why in full, wrapped below the
// list, and stays there until the next item is opened.
func TestFailedItemSaysWhyAndStays(t *testing.T) {
	srv := site(t)
	tm := start(t, srv.URL+"/feed.xml")
	waitFor(t, tm, "3 items")
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "404 Not Found")
	time.Sleep(1500 * time.Millisecond) // a status message would be gone by now
	tm.Send(press(tea.KeyDown))
	tm.Type("q")
	m := finalModel(t, tm)
	if m.state != stateList {
		t.Errorf("after a 404 the view is %d, want the list", m.state)
	}
	view := ansi.Strip(m.View())
	if !strings.Contains(view, "could not open it: fetching "+srv.URL+"/missing.html: 404 Not Found") {
		t.Errorf("the failure should stay below the list, whole:\n%s", view)
	}
	for _, l := range strings.Split(view, "\n") {
		if ansi.StringWidth(l) > 90 {
			t.Errorf("line wider than the screen: %q", l)
		}
	}
	if n := len(strings.Split(view, "\n")); n > 30 {
		t.Errorf("the screen has %d lines, want at most 30", n)
	}
}

func TestFeedThatFailsEndsWithItsError(t *testing.T) {
	srv := site(t)
	tm := start(t, srv.URL+"/nothing.xml")
	m := finalModel(t, tm)
	want := "fetching " + srv.URL + "/nothing.xml: 404 Not Found"
	if m.Err() == nil || m.Err().Error() != want {
		t.Errorf("error = %v, want %s", m.Err(), want)
	}
}

func TestOpenedItemMarkNamesQuotationsAndTopSpeakers(t *testing.T) {
	art := &model.Article{
		Statements: []model.Statement{{Kind: model.KindQuote}, {Kind: model.KindQuote}, {Kind: model.KindReported}, {Kind: model.KindQuote}},
		Speakers: []model.Speaker{{Name: "Vladimir Putin", Quotes: 2}, {Name: "Donald Trump", Quotes: 1},
			{Name: "Dmitry Peskov", Quotes: 1}, {Name: "Marco Rubio", Quotes: 1}, {Name: "RIA Novosti"}},
	}
	it := markOpened(item{FeedItem: articles.FeedItem{Title: "Summit", Source: "example.org",
		Published: time.Date(2025, 8, 15, 22, 0, 0, 0, time.UTC)}}, art)
	if got, want := it.Title(), "✓ Summit"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	want := "2025-08-15 · example.org · 3 quotations: Vladimir Putin, Donald Trump, Dmitry Peskov"
	if got := it.Description(); got != want {
		t.Errorf("description = %q\nwant %q", got, want)
	}
}

func TestPrintListsItemsForPipes(t *testing.T) {
	f := articles.Feed{Items: []articles.FeedItem{
		{Title: "Summit", Source: "example.org", Link: "http://example.org/a", Published: time.Date(2025, 8, 15, 0, 0, 0, 0, time.UTC)},
		{Title: "Undated", Source: "example.org", Link: "http://example.org/b"},
	}}
	var b bytes.Buffer
	if err := Print(&b, f); err != nil {
		t.Fatal(err)
	}
	want := "2025-08-15\texample.org\tSummit\thttp://example.org/a\n-\texample.org\tUndated\thttp://example.org/b\n"
	if b.String() != want {
		t.Errorf("got %q\nwant %q", b.String(), want)
	}
}

func TestOpenedItemOpensAgainWithTheServerGone(t *testing.T) {
	srv := site(t)
	store, err := articles.Open(t.TempDir() + "/notes.db")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	tm := teatest.NewTestModel(t, New(srv.URL+"/feed.xml", Options{Fetch: articles.FetchOptions{Cache: store}}),
		teatest.WithInitialTermSize(90, 30))
	waitFor(t, tm, "3 items")
	tm.Send(press(tea.KeyDown))
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "The two world leaders ended")
	tm.Send(press(tea.KeyEsc))
	waitFor(t, tm, "✓ Putin and Trump end summit")
	srv.Close()
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "The two world leaders ended")
	tm.Send(press(tea.KeyEsc))
	tm.Type("q")
	if m := finalModel(t, tm); m.Err() != nil {
		t.Errorf("quit with error %v", m.Err())
	}
}

func TestItemLinkingToALocalFileIsNotOpened(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte("The password is swordfish."), 0o600); err != nil {
		t.Fatal(err)
	}
	feed := filepath.Join(dir, "feed.xml")
	rss := `<rss version="2.0"><channel><title>Local</title><item><title>Innocent</title><link>` + secret + `</link></item></channel></rss>`
	if err := os.WriteFile(feed, []byte(rss), 0o644); err != nil {
		t.Fatal(err)
	}
	tm := start(t, feed)
	waitFor(t, tm, "Innocent")
	tm.Send(press(tea.KeyEnter))
	waitFor(t, tm, "not a web address")
	tm.Type("q")
	if m := finalModel(t, tm); m.state != stateList {
		t.Errorf("a local file link was opened (view %d)", m.state)
	}
}
