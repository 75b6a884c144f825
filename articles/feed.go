package articles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Feed is a news feed's items, newest first.
type Feed struct {
	Title  string
	Source string // the URL or path it was read from
	Items  []FeedItem
}

// FeedItem is one entry of a feed, its text stripped of control sequences.
type FeedItem struct {
	Title     string
	Link      string
	Source    string    // the host the link points to, else the feed's title
	Published time.Time // zero when the feed gives no date
	Summary   string    // plain text
}

// Date is the item's date as the list shows it, "" when unknown.
func (it FeedItem) Date() string {
	if it.Published.IsZero() {
		return ""
	}
	return it.Published.Format("2006-01-02")
}

// LoadFeed reads an RSS, Atom or JSON feed from a URL, a file or "-" for
// standard input.
func LoadFeed(ctx context.Context, source string, opts FetchOptions) (Feed, error) {
	var data []byte
	var err error
	switch {
	case IsURL(source):
		var page Page
		page, err = Fetch(ctx, source, opts, Feeds)
		data = page.Body
	case source == "-":
		data, err = readAllCapped(os.Stdin, opts.withDefaults().MaxBytes, "standard input")
	default:
		data, err = readFileCapped(source, opts.withDefaults().MaxBytes)
	}
	if err != nil {
		return Feed{}, err
	}
	return ParseFeed(data, source)
}

// ParseFeed parses feed data of any kind gofeed knows.
func ParseFeed(data []byte, source string) (feed Feed, err error) {
	defer func() {
		// A parser bug on hostile input must be an error, not a crash.
		if r := recover(); r != nil {
			feed, err = Feed{}, fmt.Errorf("reading feed %s: malformed feed", source)
		}
	}()
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return Feed{}, fmt.Errorf("reading feed %s: not an RSS, Atom or JSON feed", source)
	}
	if err != nil {
		return Feed{}, fmt.Errorf("reading feed %s: malformed feed: %s", source, cleanLine(err.Error()))
	}
	return feedOf(parsed, source), nil
}

func feedOf(parsed *gofeed.Feed, source string) Feed {
	f := Feed{Title: cleanLine(parsed.Title), Source: source}
	base, _ := url.Parse(parsed.Link)
	if base == nil && IsURL(source) {
		base, _ = url.Parse(source)
	}
	for _, it := range parsed.Items {
		if it == nil {
			continue
		}
		item := FeedItem{
			Title:   cleanLine(it.Title),
			Link:    absoluteLink(base, cleanLine(it.Link)),
			Summary: cleanLine(plainText(it.Description)),
		}
		if item.Summary == "" {
			item.Summary = firstWords(cleanLine(plainText(it.Content)), 60)
		}
		item.Source = linkHost(item.Link, f.Title)
		if it.PublishedParsed != nil {
			item.Published = *it.PublishedParsed
		} else if it.UpdatedParsed != nil {
			item.Published = *it.UpdatedParsed
		}
		if item.Title == "" {
			item.Title = firstWords(item.Summary, 12)
		}
		f.Items = append(f.Items, item)
	}
	sort.SliceStable(f.Items, func(i, j int) bool { return f.Items[i].Published.After(f.Items[j].Published) })
	return f
}

func absoluteLink(base *url.URL, link string) string {
	if link == "" || base == nil {
		return link
	}
	u, err := base.Parse(link)
	if err != nil {
		return link
	}
	return u.String()
}

func linkHost(link, fallback string) string {
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		return fallback
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// plainText drops the markup that feeds put in descriptions.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	doc, err := parseHTML([]byte(s), "utf-8")
	if err != nil {
		return s
	}
	var b strings.Builder
	for _, p := range blocks(doc) {
		b.WriteString(p.Text)
		b.WriteByte(' ')
	}
	return b.String()
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return strings.Join(w, " ")
	}
	return strings.Join(w[:n], " ") + "…"
}

// isFeedType accepts the types feeds are served with, and text and HTML
// since many servers label feeds loosely.
func isFeedType(mt string) bool {
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
		"application/json", "application/feed+json", "application/rdf+xml", "text/plain", "text/html":
		return true
	}
	return false
}

func readAllCapped(r io.Reader, max int64, name string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s is too large: over the %s limit", name, sizeText(max))
	}
	return b, nil
}
