package articles

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func feedServer(t *testing.T) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	serve := func(ct string, body func(string) string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ct)
			fmt.Fprint(w, body(srv.URL))
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/rss.xml", serve("application/rss+xml", rssFeed))
	mux.Handle("/atom.xml", serve("application/atom+xml", atomFeed))
	mux.Handle("/feed.json", serve("application/feed+json", jsonFeed))
	mux.Handle("/broken.xml", serve("application/rss+xml", func(string) string { return "<rss><channel><item><title>cut off" }))
	mux.Handle("/image.png", serve("image/png", func(string) string { return "\x89PNG" }))
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// checkFeed asserts the three items come newest first with their dates,
// absolute links and sources.
func checkFeed(t *testing.T, f Feed, base string) {
	t.Helper()
	host := strings.TrimPrefix(base, "http://")
	host = host[:strings.LastIndex(host, ":")]
	want := []string{
		"Markets calm after summit|2025-08-16|https://markets.example.org/calm|markets.example.org",
		"Putin and Trump end summit|2025-08-15|" + base + "/article.html|" + host,
		"Kyiv reacts|2025-08-14|" + base + "/kyiv.html|" + host,
	}
	if f.Title != "Example News" {
		t.Errorf("feed title = %q", f.Title)
	}
	if len(f.Items) != len(want) {
		t.Fatalf("got %d items, want 3: %+v", len(f.Items), f.Items)
	}
	for i, it := range f.Items {
		got := strings.Join([]string{it.Title, it.Date(), it.Link, it.Source}, "|")
		if got != want[i] {
			t.Errorf("item %d = %s\nwant       %s", i+1, got, want[i])
		}
	}
}

func TestLoadFeedFromURL(t *testing.T) {
	srv := feedServer(t)
	for _, name := range []string{"/rss.xml", "/atom.xml", "/feed.json"} {
		f, err := LoadFeed(context.Background(), srv.URL+name, FetchOptions{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		checkFeed(t, f, srv.URL)
	}
}

func TestLoadFeedFromFile(t *testing.T) {
	base := "http://127.0.0.1:8080"
	dir := t.TempDir()
	for name, body := range map[string]string{"rss.xml": rssFeed(base), "atom.xml": atomFeed(base), "feed.json": jsonFeed(base)} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := LoadFeed(context.Background(), path, FetchOptions{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		checkFeed(t, f, base)
	}
}

func TestFeedSummaryIsPlainText(t *testing.T) {
	f, err := ParseFeed([]byte(rssFeed("http://127.0.0.1")), "rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Items[1].Summary; got != "The leaders met in Alaska." {
		t.Errorf("summary = %q, want the description without markup", got)
	}
}

func TestFeedFailuresSayWhatWentWrong(t *testing.T) {
	srv := feedServer(t)
	u := srv.URL
	cases := []struct{ source, want string }{
		{u + "/broken.xml", "reading feed " + u + "/broken.xml: malformed feed: "},
		{u + "/image.png", "fetching " + u + "/image.png: content type image/png is not a feed"},
		{u + "/none.xml", "fetching " + u + "/none.xml: 404 Not Found"},
		{"gopher://127.0.0.1/feed", "unsupported URL scheme gopher: only http and https"},
	}
	for _, c := range cases {
		_, err := LoadFeed(context.Background(), c.source, FetchOptions{})
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("LoadFeed(%s) error = %v\nwant one line starting %s", c.source, err, c.want)
		}
	}
	_, err := ParseFeed([]byte("just some words"), "notes.txt")
	if err == nil || err.Error() != "reading feed notes.txt: not an RSS, Atom or JSON feed" {
		t.Errorf("plain text as a feed: %v", err)
	}
}

func TestFeedTextLosesControlSequences(t *testing.T) {
	feeds := map[string]string{
		"evil.json": `{"version":"https://jsonfeed.org/version/1.1","title":"T\u001b]0;x\u0007itle",
"items":[{"id":"1","url":"http://127.0.0.1/\u001b]8;;x\u0007a","title":"Red \u001b[31malert","content_text":"\u001b[2Jclear"}]}`,
		"evil.xml": "<rss version=\"2.0\"><channel><title>T\u009d0;x\u009citle</title><item><title>Red \u009b31malert</title>" +
			"<link>http://127.0.0.1/a</link><description>&#x202e;clear</description></item></channel></rss>",
	}
	for name, data := range feeds {
		f, err := ParseFeed([]byte(data), name)
		if err != nil {
			t.Fatal(err)
		}
		if f.Title != "Title" || f.Items[0].Title != "Red alert" || f.Items[0].Summary != "clear" || f.Items[0].Link != "http://127.0.0.1/a" {
			t.Errorf("%s: got %q, %q, %q, %q; want Title, Red alert, clear, http://127.0.0.1/a",
				name, f.Title, f.Items[0].Title, f.Items[0].Summary, f.Items[0].Link)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	base := "http://127.0.0.1"
	f.Add(rssFeed(base))
	f.Add(atomFeed(base))
	f.Add(jsonFeed(base))
	f.Add(`{"version":"https://jsonfeed.org/version/1","items":[{}]}`)
	f.Add("<rss><channel><item>")
	f.Fuzz(func(t *testing.T, data string) {
		feed, err := ParseFeed([]byte(data), "fuzz")
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error spans lines: %q", err)
			}
			return
		}
		for _, it := range feed.Items {
			for _, r := range it.Title + it.Summary + it.Source + it.Link {
				if r < 0x20 || (r >= 0x7f && r <= 0x9f) {
					t.Fatalf("control %U in item %+v", r, it)
				}
			}
		}
	})
}
