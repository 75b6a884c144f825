package articles

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

var _ PageCache = (*Store)(nil)

func TestFetchedArticleOpensAgainOffline(t *testing.T) {
	srv := newsServer(t)
	store, path := openTemp(t)
	url := srv.URL + "/article.html"
	opts := FetchOptions{Cache: store}
	first, err := LoadContext(context.Background(), url, opts)
	if err != nil {
		t.Fatal(err)
	}
	p := 0
	for i, para := range first.Paragraphs {
		if strings.Contains(para.Text, "Next time in Moscow.") {
			p = i + 1
		}
	}
	h := mark(t, store, first, p, "Next time in Moscow.", "Putin", "the invitation")
	srv.Close()

	// Another process opening the same notes file, with the server gone.
	again, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	second, err := LoadContext(context.Background(), url, FetchOptions{Cache: again})
	if err != nil {
		t.Fatalf("offline open: %v", err)
	}
	if !reflect.DeepEqual(first, second) {
		t.Errorf("the cached article differs from the fetched one:\n%+v\n%+v", first, second)
	}
	hs, err := again.Highlights(second)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 1 || hs[0].Text() != "Next time in Moscow." || hs[0].Note != "the invitation" || hs[0].Orphaned {
		t.Errorf("highlights offline = %+v, want the one made online (%+v)", hs, h)
	}

	_, err = LoadContext(context.Background(), url, FetchOptions{Cache: again, Refresh: true})
	if err == nil || !strings.HasPrefix(err.Error(), "fetching "+url+": ") || strings.Contains(err.Error(), "\n") {
		t.Errorf("--refresh with the server gone: %v, want a one-line fetch error", err)
	}
}

func TestRefreshReplacesTheCachedCopy(t *testing.T) {
	srv := newsServer(t)
	store, _ := openTemp(t)
	url := srv.URL + "/notes.txt"
	stale := testDoc()
	if err := store.CachePage(url, stale); err != nil {
		t.Fatal(err)
	}
	got, err := LoadContext(context.Background(), url, FetchOptions{Cache: store})
	if err != nil || got.Title != stale.Title {
		t.Fatalf("without --refresh: %q, %v; want the cached copy", got.Title, err)
	}
	fresh, err := LoadContext(context.Background(), url, FetchOptions{Cache: store, Refresh: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(fresh.Paragraphs) != 2 || fresh.Paragraphs[1].Text != "“Next time in Moscow,” Putin said." {
		t.Errorf("with --refresh: %q, want the served text", paragraphTexts(fresh))
	}
	cached, ok, err := store.CachedPage(url)
	if err != nil || !ok || !reflect.DeepEqual(cached, fresh) {
		t.Errorf("cache after --refresh = %+v, %v, %v; want the fresh copy", cached, ok, err)
	}
}

func TestReadOnlyNotesStillLoadPages(t *testing.T) {
	srv := newsServer(t)
	store := &Store{why: ErrReadOnly} // what OpenForReader gives for an unreadable file
	doc, err := LoadContext(context.Background(), srv.URL+"/article.html", FetchOptions{Cache: store})
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, doc, articleLines(t))
}
