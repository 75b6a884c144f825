package articles

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"whosaid/model"
)

// SplitMarkdown reads a Markdown article. The title is the front matter's
// title, else the first level-1 heading, else the first heading; the other
// headings become Heading paragraphs. Paragraphs, list items, blockquotes,
// table rows and indented blocks become Body paragraphs with their inline
// markup removed: emphasis markers, link syntax (the link text stays),
// images, code span backticks, HTML tags. Fenced code and HTML comments are
// dropped. Quotation marks are left as they are. Text is sanitized and white
// space folded as in Split; no paragraph is empty. Text that would make the
// Markdown parser crawl (see mdTooComplex) is split as plain text instead.
func SplitMarkdown(source string) (title string, paragraphs []model.Paragraph) {
	src := Sanitize(source)
	fmTitle, body := frontMatter(src)
	if mdTooComplex(body) {
		return fmTitle, Split(body)
	}
	b := []byte(body)
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	root := md.Parser().Parse(text.NewReader(b))
	w := mdWalker{src: b}
	w.block(root)
	return w.finish(fmTitle)
}

// mdBlock is one block of the Markdown document in reading order.
type mdBlock struct {
	text  string
	level int // heading level, 0 for body text
}

type mdWalker struct {
	src    []byte
	blocks []mdBlock
	buf    strings.Builder
}

// finish picks the title and turns the blocks into paragraphs.
func (w *mdWalker) finish(fmTitle string) (string, []model.Paragraph) {
	pick := -1
	for i, bl := range w.blocks {
		if bl.level == 1 || bl.level > 0 && pick < 0 {
			pick = i
			if bl.level == 1 {
				break
			}
		}
	}
	title := fmTitle
	if title == "" && pick >= 0 {
		title = w.blocks[pick].text
	} else if pick >= 0 && !strings.EqualFold(w.blocks[pick].text, title) {
		pick = -1 // a heading other than the front matter's title stays in the text
	}
	var out []model.Paragraph
	for i, bl := range w.blocks {
		if i == pick {
			continue
		}
		p := model.Paragraph{Text: bl.text}
		if bl.level > 0 {
			p.Kind = model.Heading
		}
		out = append(out, p)
	}
	return title, out
}

// block walks block nodes, recording the text of those that hold prose.
func (w *mdWalker) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		w.add(w.inline(n), n.Level)
	case *ast.Paragraph, *ast.TextBlock:
		w.add(w.inline(n), 0)
	case *ast.CodeBlock: // indented text in an article is prose more often than code
		w.add(w.lines(n.Lines()), 0)
	case *ast.HTMLBlock:
		if n.HTMLBlockType == ast.HTMLBlockType6 || n.HTMLBlockType == ast.HTMLBlockType7 {
			w.add(stripTags(w.lines(n.Lines())), 0)
		}
	case *ast.FencedCodeBlock, *ast.ThematicBreak:
	case *east.TableHeader, *east.TableRow:
		var cells []string
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t := clean(w.inline(c)); t != "" {
				cells = append(cells, t)
			}
		}
		w.add(strings.Join(cells, " | "), 0)
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Type() == ast.TypeBlock {
				w.block(c)
			}
		}
	}
}

// add records a block when it has text left after cleaning.
func (w *mdWalker) add(s string, level int) {
	if t := clean(s); t != "" {
		w.blocks = append(w.blocks, mdBlock{text: t, level: level})
	}
}

// lines joins a block's raw lines with spaces.
func (w *mdWalker) lines(ls *text.Segments) string {
	var parts []string
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		parts = append(parts, string(seg.Value(w.src)))
	}
	return strings.Join(parts, " ")
}

// inline returns the plain text of n's inline children.
func (w *mdWalker) inline(n ast.Node) string {
	w.buf.Reset()
	w.inlineTo(n)
	return w.buf.String()
}

func (w *mdWalker) inlineTo(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(w.src)
			if c.IsRaw() {
				w.buf.Write(v)
			} else {
				unescapeTo(&w.buf, v)
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				w.buf.WriteByte(' ')
			}
		case *ast.String:
			w.buf.Write(c.Value)
		case *ast.AutoLink:
			w.buf.Write(c.Label(w.src))
		case *ast.Image:
		case *ast.RawHTML:
			if isBreakTag(c.Segments, w.src) {
				w.buf.WriteByte(' ')
			}
		default:
			w.inlineTo(c)
		}
	}
}

// isBreakTag reports an inline <br> or <p>, which separate words.
func isBreakTag(segs *text.Segments, src []byte) bool {
	if segs.Len() == 0 {
		return false
	}
	seg := segs.At(0)
	tag := strings.ToLower(string(seg.Value(src)))
	return strings.HasPrefix(tag, "<br") || strings.HasPrefix(tag, "<p") || strings.HasPrefix(tag, "</p")
}

// unescapeTo writes Markdown text with its backslash escapes and character
// references resolved.
func unescapeTo(b *strings.Builder, v []byte) {
	for i := 0; i < len(v); {
		c := v[i]
		switch {
		case c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]):
			b.WriteByte(v[i+1])
			i += 2
			continue
		case c == '&':
			if end := bytes.IndexByte(v[i:min(len(v), i+40)], ';'); end > 1 {
				ref := v[i : i+end+1]
				if r := util.ResolveEntityNames(util.ResolveNumericReferences(ref)); !bytes.Equal(r, ref) {
					b.Write(r)
					i += end + 1
					continue
				}
			}
		}
		b.WriteByte(c)
		i++
	}
}

// stripTags removes HTML tags and comments from a raw HTML block.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		end := ">"
		if strings.HasPrefix(s[i:], "<!--") {
			end = "-->"
		}
		j := strings.Index(s[i:], end)
		if j < 0 {
			return b.String()
		}
		b.WriteByte(' ')
		s = s[i+j+len(end):]
	}
}

// frontMatter splits a leading metadata block off the text, YAML (--- ...
// --- or ...) or TOML (+++ ... +++), and returns its title, if any, with the
// rest of the text.
func frontMatter(s string) (title, rest string) {
	var fence, assign string
	switch {
	case strings.HasPrefix(s, "---\n"):
		fence, assign = "---", ":"
	case strings.HasPrefix(s, "+++\n"):
		fence, assign = "+++", "="
	default:
		return "", s
	}
	body := s[len(fence)+1:]
	for off := 0; off < len(body); {
		line, next := body[off:], len(body)
		if end := strings.IndexByte(line, '\n'); end >= 0 {
			line, next = line[:end], off+end+1
		}
		if l := strings.TrimRight(line, " "); l == fence || fence == "---" && l == "..." {
			return metaTitle(body[:off], assign), body[next:]
		}
		off = next
	}
	return "", s // no closing line: not front matter
}

// metaTitle finds the top-level title key in front matter, whose keys and
// values are separated by assign (":" in YAML, "=" in TOML).
func metaTitle(meta, assign string) string {
	for _, line := range strings.Split(meta, "\n") {
		v, ok := strings.CutPrefix(line, "title")
		if !ok {
			continue
		}
		if v, ok = strings.CutPrefix(strings.TrimLeft(v, " "), assign); !ok {
			continue
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		return clean(v)
	}
	return ""
}

// clean sanitizes one paragraph's text, folds its white space and trims it.
func clean(s string) string {
	ps := Split(strings.ReplaceAll(Sanitize(s), "\n", " "))
	if len(ps) == 0 {
		return ""
	}
	return ps[0].Text
}
