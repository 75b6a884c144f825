package articles

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

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

// parseHTML decodes the page to UTF-8 and parses it. Nothing in it runs:
// scripts are only nodes. A page that is valid UTF-8 is taken as UTF-8
// whatever it declares, since declarations are often wrong and legacy text
// is almost never valid UTF-8 by chance; else the header's charset, the
// meta tag's, or windows-1252 as browsers do.
func parseHTML(body []byte, charsetLabel string) (*html.Node, error) {
	if utf8.Valid(body) {
		return html.Parse(bytes.NewReader(body))
	}
	if charsetLabel == "" {
		charsetLabel = metaCharset(body)
	}
	r, err := charset.NewReader(bytes.NewReader(body), "text/html; charset="+charsetLabel)
	if err != nil {
		r = bytes.NewReader(body)
	}
	return html.Parse(r)
}

// metaCharset finds the charset a page declares in its head. The charset
// package looks at the first 1024 bytes only, and many pages declare it
// later, after scripts and links.
func metaCharset(body []byte) string {
	z := html.NewTokenizer(bytes.NewReader(body[:min(len(body), 64<<10)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			if cs := charsetOfMeta(z); cs != "" {
				return cs
			}
		}
	}
}

func charsetOfMeta(z *html.Tokenizer) string {
	var content string
	httpEquiv := false
	for {
		key, val, more := z.TagAttr()
		switch strings.ToLower(string(key)) {
		case "charset":
			return strings.TrimSpace(string(val))
		case "content":
			content = string(val)
		case "http-equiv":
			httpEquiv = strings.EqualFold(string(val), "content-type")
		}
		if !more {
			break
		}
	}
	if httpEquiv {
		if _, cs := mediaType(content); cs != "" {
			return cs
		}
	}
	return ""
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
		atom.Iframe, atom.Template, atom.Button, atom.Select, atom.Dialog:
		return true
	}
	for _, a := range n.Attr {
		switch {
		case a.Key == "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case !boxTags[n.DataAtom]:
			// Names count on boxes only: text blocks and inline words stay
			// whatever they are called ("paywall" paragraphs, "popup" links).
		case a.Key == "class" || a.Key == "role":
			if hasBoilerplateWord(a.Val, 0) {
				return true
			}
		case a.Key == "id":
			// Long ids are often a heading's slug ("sharing-with-a-team").
			if hasBoilerplateWord(a.Val, 3) {
				return true
			}
		}
	}
	return false
}

// boxTags are the elements that hold a page's parts, whose class, id or
// role may name them as boilerplate.
var boxTags = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Header: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Figure: true, atom.Table: true, atom.Center: true,
}

// hasBoilerplateWord tells whether a class, role or id value holds one of
// boilerplateWords; a value of more than maxWords words (0: any) does not.
func hasBoilerplateWord(val string, maxWords int) bool {
	for _, name := range strings.Fields(strings.ToLower(val)) {
		words := strings.FieldsFunc(name, isNameSeparator)
		if maxWords > 0 && len(words) > maxWords {
			continue
		}
		for _, w := range words {
			if boilerplateWords[w] {
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
	out     []model.Paragraph
	cur     strings.Builder
	afterBr bool // nothing but white space since the last <br>
}

func (w *blockWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		if strings.TrimSpace(n.Data) != "" {
			w.afterBr = false
		}
		return
	case html.ElementNode:
		tag := tagOf(n)
		if tag == atom.Script || tag == atom.Style {
			return
		}
		if tag == atom.Br {
			// One <br> wraps a line; two in a row end a paragraph.
			if w.afterBr {
				w.flush(model.Body)
			} else {
				w.cur.WriteByte(' ')
			}
			w.afterBr = true
			return
		}
		if blockTags[tag] {
			w.flush(model.Body)
			w.children(n)
			kind := model.Body
			if headingTags[tag] {
				kind = model.Heading
			}
			w.flush(kind)
			return
		}
	}
	w.children(n)
}

// tagOf is n's tag; readability makes elements without setting DataAtom.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

func (w *blockWalker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func (w *blockWalker) flush(kind model.ParagraphKind) {
	w.afterBr = false
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

// cleanLine strips control sequences and invisible breaks and folds white
// space to single spaces.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(invisible.Replace(Sanitize(s))), " ")
}

// invisible drops the soft hyphens and zero-width characters pages put inside
// words ("Pu\u00adtin"), which would hide names from the analysis.
var invisible = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u2060", "")
