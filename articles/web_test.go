package articles

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"whosaid/model"
)

// newsServer serves the news page and the failure cases on loopback.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	page := newsPage(articleLines(t))
	mux := http.NewServeMux()
	mux.HandleFunc("/article.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article.html", http.StatusFound)
	})
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop-b", http.StatusFound)
	})
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop-a", http.StatusFound)
	})
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/chain/"), "%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://127.0.0.1/file", http.StatusFound)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	mux.HandleFunc("/notes.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "First paragraph.\n\n“Next time in Moscow,” Putin said.\n")
	})
	mux.HandleFunc("/huge.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if r.URL.Query().Get("length") != "" {
			w.Header().Set("Content-Length", fmt.Sprint(20<<20))
		}
		line := []byte(strings.Repeat("<p>filler text</p>", 64) + "\n")
		for sent := 0; sent < 20<<20; sent += len(line) {
			if _, err := w.Write(line); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func paragraphTexts(doc model.Document) []string {
	out := make([]string, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		out[i] = p.Text
	}
	return out
}

// checkArticle asserts the reader gets the article's paragraphs in order
// and none of the page's boilerplate.
func checkArticle(t *testing.T, doc model.Document, lines []string) {
	t.Helper()
	all := strings.Join(paragraphTexts(doc), "\n")
	for _, junk := range boilerplateTexts {
		if strings.Contains(all, junk) {
			t.Errorf("boilerplate %q reached the article text", junk)
		}
	}
	var body []string
	for _, p := range doc.Paragraphs {
		if p.Kind == model.Body {
			body = append(body, p.Text)
		}
	}
	if len(body) != len(lines) {
		t.Fatalf("got %d body paragraphs, want the article's %d:\n%s", len(body), len(lines), strings.Join(body, "\n"))
	}
	for i, l := range lines {
		if body[i] != l {
			t.Errorf("paragraph %d = %q, want %q", i+1, body[i], l)
		}
	}
}

func TestExtractNewsPageKeepsOnlyTheArticle(t *testing.T) {
	lines := articleLines(t)
	doc, err := ExtractHTML([]byte(newsPage(lines)), "", "http://127.0.0.1/article.html")
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, doc, lines)
	if doc.Title != "Putin and Trump end summit without a deal" {
		t.Errorf("title = %q", doc.Title)
	}
	if doc.Byline != "Jane Reporter" || doc.Date != "2025-08-15" {
		t.Errorf("byline, date = %q, %q; want Jane Reporter, 2025-08-15", doc.Byline, doc.Date)
	}
	var headings []string
	for _, p := range doc.Paragraphs {
		if p.Kind == model.Heading {
			headings = append(headings, p.Text)
		}
	}
	if strings.Join(headings, "|") != "What they said" {
		t.Errorf("headings = %q, want the page's one subheading", headings)
	}
}

func TestLoadFetchesURLAndReportsProgress(t *testing.T) {
	srv := newsServer(t)
	var mu sync.Mutex
	var stages []string
	opts := FetchOptions{Progress: func(p Progress) {
		mu.Lock()
		stages = append(stages, p.String())
		mu.Unlock()
	}}
	url := srv.URL + "/moved"
	doc, err := LoadContext(context.Background(), url, opts)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, doc, articleLines(t))
	if doc.Source != url {
		t.Errorf("source = %q, want %q", doc.Source, url)
	}
	got := strings.Join(stages, "|")
	host := strings.TrimPrefix(srv.URL, "http://")
	if !strings.HasPrefix(got, "connecting to "+host+"|downloading ") || !strings.HasSuffix(got, "|extracting the article") {
		t.Errorf("progress = %q, want connecting, downloading N kB, extracting", got)
	}
}

func TestLoadTakesURLsAndHTMLFiles(t *testing.T) {
	srv := newsServer(t)
	lines := articleLines(t)
	doc, err := Load(srv.URL + "/article.html")
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, doc, lines)

	path := filepath.Join(t.TempDir(), "saved page.HTM")
	if err := os.WriteFile(path, []byte(newsPage(lines)), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err = Load(path)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, doc, lines)
	if doc.Source != path {
		t.Errorf("source = %q, want the path", doc.Source)
	}
}

func TestLoadPlainTextURL(t *testing.T) {
	srv := newsServer(t)
	doc, err := Load(srv.URL + "/notes.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := paragraphTexts(doc)
	if len(got) != 2 || got[1] != "“Next time in Moscow,” Putin said." {
		t.Errorf("paragraphs = %q", got)
	}
}

func TestFetchSendsUserAgent(t *testing.T) {
	got := make(chan string, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got <- r.UserAgent()
		fmt.Fprint(w, "<p>hello</p>")
	}))
	defer srv.Close()
	if _, err := Fetch(context.Background(), srv.URL, FetchOptions{}, Pages); err != nil {
		t.Fatal(err)
	}
	if ua := <-got; ua != "whosaid/0.1 (+terminal news reader)" {
		t.Errorf("User-Agent = %q", ua)
	}
}

func TestFetchFailuresSayWhatWentWrong(t *testing.T) {
	srv := newsServer(t)
	u := srv.URL
	cases := []struct {
		source, want string
	}{
		{u + "/missing", "fetching " + u + "/missing: 404 Not Found"},
		{u + "/report.pdf", "fetching " + u + "/report.pdf: content type application/pdf is not HTML or text"},
		{u + "/loop-a", "fetching " + u + "/loop-a: redirect loop at " + u + "/loop-a"},
		{u + "/chain/0", "fetching " + u + "/chain/0: more than 5 redirects"},
		{u + "/to-ftp", "fetching " + u + "/to-ftp: redirected to ftp://127.0.0.1/file"},
		{u + "/huge.html", "fetching " + u + "/huge.html: page is larger than the 10 MiB limit"},
		{u + "/huge.html?length=1", "fetching " + u + "/huge.html?length=1: page is larger than the 10 MiB limit"},
		{"ftp://127.0.0.1/article.html", "unsupported URL scheme ftp: only http and https"},
		{"http:///nohost", `bad URL "http:///nohost": no host`},
	}
	for _, c := range cases {
		_, err := Load(c.source)
		if err == nil || err.Error() != c.want {
			t.Errorf("Load(%s) error = %v\nwant %s", c.source, err, c.want)
		}
	}
}

// slowServer answers nothing until the client gives up.
func slowServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchTimesOut(t *testing.T) {
	srv := slowServer(t)
	_, err := LoadContext(context.Background(), srv.URL+"/slow", FetchOptions{Timeout: 100 * time.Millisecond})
	want := "fetching " + srv.URL + "/slow: timed out after 100ms"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestFetchCanceled(t *testing.T) {
	srv := slowServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	opts := FetchOptions{Progress: func(p Progress) {
		if p.Stage == StageConnecting {
			cancel() // as ctrl+c would, while the request is under way
		}
	}}
	_, err := LoadContext(ctx, srv.URL+"/slow", opts)
	want := "fetching " + srv.URL + "/slow: canceled"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestFetchTLSError(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<p>secret</p>")
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake is expected
	defer srv.Close()
	_, err := Load(srv.URL)
	if err == nil || !strings.HasPrefix(err.Error(), "fetching "+srv.URL+": TLS error: ") || strings.Contains(err.Error(), "\n") {
		t.Errorf("error = %v, want a one-line TLS error", err)
	}
	// Trusting the test server's certificate, the same fetch works.
	if _, err := Fetch(context.Background(), srv.URL, FetchOptions{Transport: srv.Client().Transport}, Pages); err != nil {
		t.Errorf("fetch with the server's certificate trusted: %v", err)
	}
}

func TestPageEscapeSequencesNeverSurvive(t *testing.T) {
	page := "<html><head><title>Title\x1b]0;pwned\x07 here</title></head><body><article>" +
		"<h1>Head\x1b[2Jline</h1>" +
		"<p>Plain \x1b[31mred\x1b[0m text that goes on long enough to count as an article paragraph for readability.</p>" +
		"<p>Entity &#27;[1mbold&#27;[0m and C1 \u009b31mcsi and bell\a and a bidi \u202eoverride in one more paragraph of text.</p>" +
		"<p>A title set \x1b]2;owned\x1b\\ by OSC with ST, then \x1bPdcs\x1b\\ device control, ending the paragraph here.</p>" +
		"</article></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	doc, err := Load(srv.URL + "/evil.html")
	if err != nil {
		t.Fatal(err)
	}
	fields := append([]string{doc.Title, doc.Byline, doc.Date}, paragraphTexts(doc)...)
	for _, f := range fields {
		for _, r := range f {
			if r < 0x20 || r == 0x7f || unsafeRune(r) {
				t.Errorf("control %U survived in %q", r, f)
			}
		}
	}
	all := strings.Join(fields, " ")
	for _, want := range []string{"Plain red text", "Entity bold", "C1 csi and bell", "A title set by OSC", "then device control"} {
		if !strings.Contains(all, want) {
			t.Errorf("text %q lost; got %q", want, all)
		}
	}
	for _, gone := range []string{"pwned", "owned", "31m", "[0m", "[2J"} {
		if strings.Contains(all, gone) {
			t.Errorf("escape payload %q reached the text: %q", gone, all)
		}
	}
}

func TestExtractEmptyPageIsAnError(t *testing.T) {
	_, err := ExtractHTML([]byte("<html><body><nav>Home</nav></body></html>"), "", "empty.html")
	if err == nil || err.Error() != "extracting the article from empty.html: no article text found" {
		t.Errorf("error = %v", err)
	}
}

func FuzzExtractHTML(f *testing.F) {
	f.Add(newsPage([]string{"One “quoted” line, said Putin.", "Two."}))
	f.Add("<p>\x1b[31mred</p>")
	f.Add("<div class=ad><article><p>x</p></article></div>")
	f.Add("<table><tr><td><p>a<td>b</table><blockquote>c")
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := ExtractHTML([]byte(page), "", "fuzz.html")
		if err != nil {
			return
		}
		for _, p := range doc.Paragraphs {
			for _, r := range p.Text {
				if r < 0x20 || (r >= 0x7f && r <= 0x9f) {
					t.Fatalf("control %U in %q", r, p.Text)
				}
			}
		}
	})
}

func TestExtractDecodesLegacyCharsets(t *testing.T) {
	body := "<html><head>%s<title>Caf\xe9</title></head><body><article><p>The caf\xe9 on the corner said \x93no comment\x94 to every question we asked it that day.</p></article></body></html>"
	want := "The café on the corner said “no comment” to every question we asked it that day."
	fromHeader, err := ExtractHTML([]byte(fmt.Sprintf(body, "")), "windows-1252", "page.html")
	if err != nil {
		t.Fatal(err)
	}
	fromMeta, err := ExtractHTML([]byte(fmt.Sprintf(body, `<meta charset="windows-1252">`)), "", "page.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []model.Document{fromHeader, fromMeta} {
		if got := paragraphTexts(doc); len(got) != 1 || got[0] != want || doc.Title != "Café" {
			t.Errorf("got %q titled %q, want %q titled Café", got, doc.Title, want)
		}
	}
}

func BenchmarkExtractNewsPage(b *testing.B) {
	page := []byte(newsPage(articleLines(b)))
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ExtractHTML(page, "", "http://127.0.0.1/article.html"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSavedPageErrorsMatchFiles(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "gone.html")
	if _, err := Load(missing); err == nil || err.Error() != "no such file: "+missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing page: %v", err)
	}
	if _, err := LoadFeed(context.Background(), missing, FetchOptions{}); err == nil || err.Error() != "no such file: "+missing {
		t.Errorf("missing feed: %v", err)
	}
	big := filepath.Join(dir, "big.html")
	if err := os.WriteFile(big, []byte(strings.Repeat("<p>x</p>", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadContext(context.Background(), big, FetchOptions{MaxBytes: 1024})
	if err == nil || err.Error() != big+" is too large: 1.6 KiB, over the 1 KiB limit" {
		t.Errorf("page over the cap: %v", err)
	}
}

func TestExtractDateFallsBackToModified(t *testing.T) {
	page := `<html><head><title>T</title><meta property="article:modified_time" content="2025-08-16T09:00:00Z"></head>
<body><article><p>A paragraph long enough to be taken for the article's text by the extraction, with some words.</p></article></body></html>`
	doc, err := ExtractHTML([]byte(page), "", "page.html")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Date != "2025-08-16" {
		t.Errorf("date = %q, want the modified date 2025-08-16", doc.Date)
	}
}

// Cases from pages where an early version lost or garbled article text.
func TestExtractKeepsArticleText(t *testing.T) {
	long := " This sentence makes the paragraph long enough for readability to take it as article text."
	cases := []struct {
		name, head, body string
		want             []string
	}{
		{"two line breaks end a paragraph", "",
			"<div>First part." + long + "<br>\n  <br>Second part." + long + "</div>",
			[]string{"First part." + long, "Second part." + long}},
		{"inline links named popup keep their words", "",
			`<p>I am a <a class="popup" href="#">rather elderly</a> man.` + long + `</p>`,
			[]string{"I am a rather elderly man." + long}},
		{"paragraphs named paywall stay", "",
			`<p class="paywall">Paid words.` + long + `</p><p class="paywall">More paid words.` + long + `</p>`,
			[]string{"Paid words." + long, "More paid words." + long}},
		{"a section whose id is a heading's slug stays", "",
			`<div class="section" id="sharing-with-a-single-developer"><p>Sharing text.` + long + `</p></div>`,
			[]string{"Sharing text." + long}},
		{"UTF-8 declared after the first kilobyte", strings.Repeat("<link rel=x>", 120) + `<meta charset="utf-8">`,
			"<p>Café “quoted”." + long + "</p>",
			[]string{"Café “quoted”." + long}},
		{"valid UTF-8 declared as gb2312", `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`,
			"<p>谷歌 said “hello”." + long + "</p>",
			[]string{"谷歌 said “hello”." + long}},
		{"soft hyphens and zero-width spaces", "",
			"<p>Pu\u00adtin said it, Zel\u200benskyy agreed." + long + "</p>",
			[]string{"Putin said it, Zelenskyy agreed." + long}},
	}
	for _, c := range cases {
		page := "<html><head><title>T</title>" + c.head + "</head><body><article>" + c.body + "</article></body></html>"
		doc, err := ExtractHTML([]byte(page), "", "page.html")
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := paragraphTexts(doc); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
