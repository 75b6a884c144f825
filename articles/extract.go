package articles

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"whosaid/model"
)

// ExtractHTML finds the article in an HTML page and returns it as a
// Document: title, byline, date and the body's paragraphs, with navigation,
// ads, comments and footers left out. charsetLabel may be empty; source is
// the URL or path shown to the reader.
func ExtractHTML(body []byte, charsetLabel, source string) (model.Document, error) {
	doc, err := parseHTML(body, charsetLabel)
	if err != nil {
		return model.Document{}, fmt.Errorf("reading HTML of %s: %w", source, err)
	}
	dropBoilerplate(doc, textLen(doc))
	pageURL, _ := url.Parse(source)
	if pageURL == nil || !IsURL(source) {
		pageURL = &url.URL{Scheme: "file", Path: source}
	}
	art, err := readability.FromDocument(doc, pageURL)
	if err != nil {
		return model.Document{}, fmt.Errorf("extracting the article from %s: %w", source, err)
	}
	out := model.Document{
		Title:  cleanLine(art.Title()),
		Byline: cleanLine(art.Byline()),
		Source: source,
	}
	if t, err := art.PublishedTime(); err == nil {
		out.Date = t.Format("2006-01-02")
	} else if t, err := art.ModifiedTime(); err == nil {
		out.Date = t.Format("2006-01-02")
	}
	if art.Node != nil {
		out.Paragraphs = blocks(art.Node)
	}
	out.Paragraphs = dropRepeats(out.Paragraphs, out.Title, out.Byline)
	if len(out.Paragraphs) == 0 {
		return model.Document{}, fmt.Errorf("extracting the article from %s: no article text found", source)
	}
	return out, nil
}

// parseHTML decodes the page to UTF-8 (from its header, meta tag or a
// guess) and parses it. Nothing in it runs: scripts are only nodes.
func parseHTML(body []byte, charsetLabel string) (*html.Node, error) {
	ct := "text/html"
	if charsetLabel != "" {
		ct += "; charset=" + charsetLabel
	}
	r, err := charset.NewReader(bytes.NewReader(body), ct)
	if err != nil {
		r = bytes.NewReader(body)
	}
	return html.Parse(r)
}

// dropBoilerplate removes what readability may keep around an article: its
// own list of unlikely parts misses plain "ad" and "promo" boxes.
func dropBoilerplate(n *html.Node, pageText int) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isBoilerplate(c) && !holdsArticle(c, pageText) {
			n.RemoveChild(c)
		} else {
			dropBoilerplate(c, pageText)
		}
		c = next
	}
}

func isBoilerplate(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Script, atom.Style,
		atom.Noscript, atom.Iframe, atom.Template, atom.Button, atom.Select, atom.Dialog:
		return true
	case atom.Body, atom.Html, atom.Main, atom.Article:
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" && a.Key != "role" && a.Key != "aria-hidden" {
			continue
		}
		if a.Key == "aria-hidden" && a.Val == "true" {
			return true
		}
		for _, word := range strings.FieldsFunc(strings.ToLower(a.Val), isNameSeparator) {
			if boilerplateWords[word] {
				return true
			}
		}
	}
	return false
}

// holdsArticle keeps a box whose name looks like boilerplate
// ("page has-sidebar") when the article is inside it: it holds an article
// or main element, or most of the page's text.
func holdsArticle(n *html.Node, pageText int) bool {
	if hasArticleTag(n) {
		return true
	}
	return n.DataAtom == atom.Div && 2*textLen(n) > pageText
}

func hasArticleTag(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Article || c.DataAtom == atom.Main || hasArticleTag(c) {
			return true
		}
	}
	return false
}

// textLen counts the bytes of text under n outside scripts and styles.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textLen(c)
	}
	return total
}

func isNameSeparator(r rune) bool {
	return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
}

// blockTags start a new paragraph; headings become model.Heading.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Blockquote: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Pre: true,
	atom.Section: true, atom.Article: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Header: true,
	atom.Hr: true, atom.Main: true, atom.Details: true, atom.Summary: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

var headingTags = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// blocks walks the article's nodes and gathers the text of each block as one
// paragraph, so a blockquote's paragraphs stay paragraphs.
func blocks(root *html.Node) []model.Paragraph {
	w := &blockWalker{}
	w.walk(root)
	w.flush(model.Body)
	return w.out
}

type blockWalker struct {
	out []model.Paragraph
	cur strings.Builder
}

func (w *blockWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
			return
		}
		if n.DataAtom == atom.Br {
			w.cur.WriteByte(' ')
			return
		}
		if blockTags[n.DataAtom] {
			w.flush(model.Body)
			w.children(n)
			kind := model.Body
			if headingTags[n.DataAtom] {
				kind = model.Heading
			}
			w.flush(kind)
			return
		}
	}
	w.children(n)
}

func (w *blockWalker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func (w *blockWalker) flush(kind model.ParagraphKind) {
	text := cleanLine(w.cur.String())
	w.cur.Reset()
	if text != "" {
		w.out = append(w.out, model.Paragraph{Text: text, Kind: kind})
	}
}

// dropRepeats removes a leading repeat of the title or the byline, which
// the page shows above the body and the Document already holds.
func dropRepeats(ps []model.Paragraph, title, byline string) []model.Paragraph {
	out := ps[:0]
	for i, p := range ps {
		if i < 4 && (sameText(p.Text, title) || isBylineText(p.Text, byline)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func isBylineText(text, byline string) bool {
	if byline == "" {
		return false
	}
	t := strings.TrimSpace(text)
	for _, prefix := range []string{"By ", "by ", "BY "} {
		t = strings.TrimPrefix(t, prefix)
	}
	return sameText(t, byline)
}

func sameText(a, b string) bool {
	return b != "" && strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// cleanLine strips control sequences and folds white space to single spaces.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(Sanitize(s)), " ")
}
