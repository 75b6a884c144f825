package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newsSite serves the default article inside a news page's boilerplate, and
// a feed pointing at it, on loopback.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	text, err := os.ReadFile("articles/alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	var page strings.Builder
	page.WriteString(`<html><head><title>Putin and Trump end summit</title></head><body>
<nav class="menu"><a href="/">Home</a></nav><div class="ad"><p>“Best deals of the year,” says our sponsor.</p></div>
<main><article><h1>Putin and Trump end summit</h1>`)
	for _, l := range strings.Split(strings.TrimSpace(string(text)), "\n") {
		page.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
	}
	page.WriteString(`</article><section class="comments"><p>“This is a disgrace,” said one reader.</p></section></main>
<footer><p>“Journalism you can trust,” our editor says.</p></footer></body></html>`)
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("/article.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page.String())
	})
	mux.HandleFunc("/feed.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/feed+json")
		fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"Example News","items":[
{"id":"1","title":"Putin and Trump end summit","url":"%s/article.html","date_published":"2025-08-15T22:00:00Z"}]}`, srv.URL)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := rootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

func TestQuotesOfAFetchedPage(t *testing.T) {
	srv := newsSite(t)
	out, err := runCLI(t, "quotes", "--json", srv.URL+"/article.html")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Statements []struct{ Text, Speaker string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(doc.Statements) == 0 {
		t.Skip("the attribution engine finds no statements yet")
	}
	moscow := ""
	for _, s := range doc.Statements {
		if strings.Contains(s.Text, "disgrace") || strings.Contains(s.Text, "deals") || strings.Contains(s.Text, "trust") {
			t.Errorf("boilerplate quotation found: %q (%s)", s.Text, s.Speaker)
		}
		if s.Text == "Next time in Moscow." {
			moscow = s.Speaker
		}
	}
	if moscow != "Putin" && moscow != "Vladimir Putin" {
		t.Errorf("“Next time in Moscow.” attributed to %q, want Putin", moscow)
	}
}

func TestFeedCommandPrintsItemsWhenPiped(t *testing.T) {
	srv := newsSite(t)
	out, err := runCLI(t, "feed", srv.URL+"/feed.json")
	if err != nil {
		t.Fatal(err)
	}
	want := "2025-08-15\t127.0.0.1\tPutin and Trump end summit\t" + srv.URL + "/article.html\n"
	if out != want {
		t.Errorf("got %q\nwant %q", out, want)
	}
}

func TestFeedCommandErrors(t *testing.T) {
	srv := newsSite(t)
	notFeed := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(notFeed, []byte("just words"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"feed", srv.URL + "/missing.xml"}, "fetching " + srv.URL + "/missing.xml: 404 Not Found"},
		{[]string{"feed", notFeed}, "reading feed " + notFeed + ": not an RSS, Atom or JSON feed"},
		{[]string{"feed", "ftp://127.0.0.1/feed"}, "unsupported URL scheme ftp: only http and https"},
	}
	for _, c := range cases {
		_, err := runCLI(t, c.args...)
		if err == nil || err.Error() != c.want {
			t.Errorf("%v: error %v\nwant %s", c.args, err, c.want)
		}
	}
	if _, err := runCLI(t, "feed"); err == nil {
		t.Error("feed without a source: no error")
	} else if _, ok := err.(usageError); !ok {
		t.Errorf("feed without a source: %v is not a usage error (exit 2)", err)
	}
}

// TestFeedAllIsALibrary: feed --all fetches every item and, when piped,
// prints the library's articles.
func TestFeedAllIsALibrary(t *testing.T) {
	srv := newsSite(t)
	t.Setenv("WHOSAID_NOTES", filepath.Join(t.TempDir(), "notes.db"))
	out, err := runCLI(t, "feed", "--all", srv.URL+"/feed.json")
	if err != nil {
		t.Fatal(err, out)
	}
	f := strings.Split(strings.TrimSpace(out), "\t")
	if len(f) != 5 || f[0] != srv.URL+"/article.html" || f[1] != "Putin and Trump end summit" ||
		!strings.HasPrefix(f[3], "Trump, Putin") {
		t.Errorf("feed --all | cat: %q", out)
	}
}
