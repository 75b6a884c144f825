package articles

import (
	"fmt"
	"html"
	"os"
	"strings"
	"testing"
)

// Boilerplate the news page puts around the article, each with a quotation
// that must not reach the reader.
var boilerplateTexts = []string{
	"Best deals of the year", "This is a disgrace", "Great reporting",
	"We will never stop", "Journalism you can trust", "Injected", "Subscribe",
	"Share on", "Read more", "Sign up for our newsletter",
}

// articleLines reads the default article, one paragraph a line.
func articleLines(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile("alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

// newsPage wraps the default article in what a news site puts around one:
// navigation, an ad, share buttons, related links, comments and a footer.
// The sixth paragraph gets a heading before it and the ninth is a blockquote.
func newsPage(lines []string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Putin and Trump end summit without a deal | Example News</title>
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2025-08-15T22:00:00Z">
<script>document.write("“Injected,” said the script.")</script>
<style>body { font-family: serif }</style></head><body>
<header class="site-header"><a class="logo" href="/">Example News</a>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<div class="ad" id="ad-top"><p>Advertisement: “Best deals of the year,” says our sponsor. Buy now!</p></div>
<main><article>
<h1>Putin and Trump end summit without a deal</h1>
<p class="byline">By <span class="author">Jane Reporter</span></p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
`)
	for i, l := range lines {
		text := html.EscapeString(l)
		switch i {
		case 5:
			b.WriteString("<h2>What they said</h2>\n<p>" + text + "</p>\n")
		case 8:
			b.WriteString("<blockquote><p>" + text + "</p></blockquote>\n")
		case 10:
			b.WriteString(`<div class="promo-box">Read more: “Alaska is beautiful,” a tourist said.</div>` + "\n<p>" + text + "</p>\n")
		default:
			b.WriteString("<p>" + text + "</p>\n")
		}
	}
	b.WriteString(`</article>
<aside class="related sidebar"><h3>Related</h3><ul>
<li><a href="/a">“We will never stop,” the senator said of the sanctions</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>“This is a disgrace,” said one reader.</p></div>
<div class="comment"><p>“Great reporting,” wrote another reader who has a lot to say about the summit, the weather in Alaska and everything else besides.</p></div>
</section>
<div class="newsletter"><p>Sign up for our newsletter: “The best inbox of the day,” readers say.</p></div>
</main>
<footer class="site-footer"><p>© 2025 Example News. “Journalism you can trust,” our editor says.</p>
<a href="/privacy">Privacy</a></footer>
</body></html>`)
	return b.String()
}

// rssFeed, atomFeed and jsonFeed hold the same three items.
func rssFeed(base string) string {
	return fmt.Sprintf(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example News</title><link>%[1]s/</link>
<item><title>Putin and Trump end summit</title><link>%[1]s/article.html</link>
<pubDate>Fri, 15 Aug 2025 22:00:00 +0000</pubDate><description>&lt;p&gt;The leaders met in &lt;b&gt;Alaska&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Markets calm after summit</title><link>https://markets.example.org/calm</link>
<pubDate>Sat, 16 Aug 2025 08:30:00 +0000</pubDate></item>
<item><title>Kyiv reacts</title><link>/kyiv.html</link>
<pubDate>Thu, 14 Aug 2025 10:00:00 +0000</pubDate></item>
</channel></rss>`, base)
}

func atomFeed(base string) string {
	return fmt.Sprintf(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example News</title><link href="%[1]s/"/>
<id>urn:example</id><updated>2025-08-16T08:30:00Z</updated>
<entry><title>Putin and Trump end summit</title><link href="%[1]s/article.html"/><id>1</id><updated>2025-08-15T22:00:00Z</updated></entry>
<entry><title>Markets calm after summit</title><link href="https://markets.example.org/calm"/><id>2</id><updated>2025-08-16T08:30:00Z</updated></entry>
<entry><title>Kyiv reacts</title><link href="%[1]s/kyiv.html"/><id>3</id><updated>2025-08-14T10:00:00Z</updated></entry>
</feed>`, base)
}

func jsonFeed(base string) string {
	return fmt.Sprintf(`{"version":"https://jsonfeed.org/version/1.1","title":"Example News","home_page_url":"%[1]s/",
"items":[
{"id":"1","title":"Putin and Trump end summit","url":"%[1]s/article.html","date_published":"2025-08-15T22:00:00Z"},
{"id":"2","title":"Markets calm after summit","url":"https://markets.example.org/calm","date_published":"2025-08-16T08:30:00Z"},
{"id":"3","title":"Kyiv reacts","url":"%[1]s/kyiv.html","date_published":"2025-08-14T10:00:00Z"}]}`, base)
}
