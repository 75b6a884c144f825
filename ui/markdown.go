package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// Markdown on screen (the help, the export preview, an article's headings)
// is drawn here from goldmark's tree with the reader's own styles and
// wrapping. glamour did this before, but linking it cost every start of
// whosaid, a pipe included, the init of chroma's lexers and styles (about
// two thirds of the time to print an article); whosaid never shows code to
// highlight.

const mdMargin = 2

// renderMarkdown draws md at width: a margin on each side, headings bold
// after their #, quotations behind a bar, lists with bullets, tables in
// columns as wide as their cells, code as it is.
func renderMarkdown(md string, width int, st *styles) string {
	src := []byte(md)
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(src))
	r := mdRenderer{src: src, st: st}
	lines := r.blocks(doc, max(width-2*mdMargin, 10))
	margin := strings.Repeat(" ", mdMargin)
	var b strings.Builder
	b.WriteString("\n")
	for _, l := range lines {
		b.WriteString(margin + l + "\n")
	}
	return b.String()
}

// headingLines draws a heading of the article (level 1 for its title) in
// rows of at most width cells, its level shown as Markdown's # so that it
// reads as a heading without colour too.
func headingLines(t string, level, width int, st *styles) []string {
	prefix := strings.Repeat("#", max(level, 1)) + " "
	style := st.heading
	if level == 1 {
		style = st.title
	}
	return styledRows(prefix+t, []span{{0, len(prefix) + len(t), 1, style}}, width, ink{})
}

type mdRenderer struct {
	src []byte
	st  *styles
}

// blocks draws the children of n, a blank line between blocks.
func (r *mdRenderer) blocks(n ast.Node, w int) []string {
	var out []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		lines := r.block(c, w)
		if len(lines) == 0 {
			continue
		}
		if len(out) > 0 && !tightItem(c) {
			out = append(out, "")
		}
		out = append(out, lines...)
	}
	return out
}

// tightItem reports a block that follows its sibling without a blank line:
// the items of a tight list and the text block that opens one.
func tightItem(n ast.Node) bool {
	if l, ok := n.Parent().(*ast.List); ok && l.IsTight {
		return true
	}
	if _, ok := n.Parent().(*ast.ListItem); ok {
		if l, ok := n.Parent().Parent().(*ast.List); ok && l.IsTight {
			return true
		}
	}
	return false
}

func (r *mdRenderer) block(n ast.Node, w int) []string {
	st := r.st
	switch n := n.(type) {
	case *ast.Heading:
		t, spans := r.inlines(n)
		prefix := strings.Repeat("#", n.Level) + " "
		for i := range spans {
			spans[i].start += len(prefix)
			spans[i].end += len(prefix)
		}
		style := st.heading
		if n.Level == 1 {
			style = st.title
		}
		spans = append([]span{{0, len(prefix) + len(t), 0, style}}, spans...)
		return styledRows(prefix+t, spans, w, ink{})
	case *ast.Paragraph, *ast.TextBlock:
		t, spans := r.inlines(n)
		return styledRows(t, spans, w, ink{})
	case *ast.Blockquote:
		return prefixed(r.blocks(n, w-2), st.accent.Render("│")+" ", st.accent.Render("│")+" ")
	case *ast.List:
		return r.list(n, w)
	case *east.Table:
		return r.table(n, w)
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		return r.verbatim(n, w)
	case *ast.ThematicBreak:
		return []string{st.faint.Render(strings.Repeat("─", min(w, 40)))}
	}
	return r.blocks(n, w)
}

// table draws a table with each column as wide as its widest cell (the
// first ones at most a third of the width), the last one taking the rest
// and wrapping; the header row bold over a rule.
func (r *mdRenderer) table(t *east.Table, w int) []string {
	type cell struct {
		text  string
		spans []span
	}
	var rows [][]cell
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []cell
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			tx, sp := r.inlines(c)
			if _, head := row.(*east.TableHeader); head {
				sp = append([]span{{0, len(tx), 0, r.st.bold}}, sp...)
			}
			cells = append(cells, cell{tx, sp})
		}
		rows = append(rows, cells)
	}
	ncol := 0
	for _, cs := range rows {
		ncol = max(ncol, len(cs))
	}
	if ncol == 0 {
		return nil
	}
	const gap = 2
	widths := make([]int, ncol)
	used := 0
	for c := 0; c < ncol-1; c++ {
		for _, cs := range rows {
			if c < len(cs) {
				widths[c] = max(widths[c], ansi.StringWidth(cs[c].text))
			}
		}
		widths[c] = min(widths[c], max(w/3, 4))
		used += widths[c] + gap
	}
	widths[ncol-1] = max(w-used, 10)
	var out []string
	for i, cs := range rows {
		var cols [][]string
		height := 1
		for c := 0; c < ncol; c++ {
			var lines []string
			if c < len(cs) {
				lines = styledRows(cs[c].text, cs[c].spans, widths[c], ink{})
			}
			cols = append(cols, lines)
			height = max(height, len(lines))
		}
		for y := 0; y < height; y++ {
			var b strings.Builder
			for c := 0; c < ncol; c++ {
				cellLine := ""
				if y < len(cols[c]) {
					cellLine = cols[c][y]
				}
				if c < ncol-1 {
					cellLine = fitStyled(cellLine, widths[c]) + strings.Repeat(" ", gap)
				}
				b.WriteString(cellLine)
			}
			out = append(out, strings.TrimRight(b.String(), " "))
		}
		if i == 0 {
			if _, head := t.FirstChild().(*east.TableHeader); head {
				out = append(out, r.st.faint.Render(strings.Repeat("─", min(w, used+maxWidth(cols[ncol-1])))))
			}
		}
	}
	return out
}

func maxWidth(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

func (r *mdRenderer) list(l *ast.List, w int) []string {
	var out []string
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "• "
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		inner := r.blocks(item, w-len(marker))
		if len(out) > 0 && !l.IsTight {
			out = append(out, "")
		}
		out = append(out, prefixed(inner, r.st.accent.Render(marker), strings.Repeat(" ", ansi.StringWidth(marker)))...)
	}
	return out
}

// verbatim draws code and HTML blocks line for line, cut at the width.
func (r *mdRenderer) verbatim(n ast.Node, w int) []string {
	var out []string
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		l := strings.TrimRight(clean(string(seg.Value(r.src))), " ")
		if ansi.StringWidth(l) > w-2 {
			l = ansi.Truncate(l, w-2, "…")
		}
		out = append(out, "  "+r.st.dim.Render(l))
	}
	return out
}

func prefixed(lines []string, first, rest string) []string {
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = rest + lines[i]
		}
	}
	return lines
}

// inlines flattens a block's inline content to one line of text ("\n"
// where a hard line break stands) with spans for its emphasis, code and
// links; nested styles get higher layers, so the innermost wins.
func (r *mdRenderer) inlines(n ast.Node) (string, []span) {
	var b strings.Builder
	var spans []span
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			start := b.Len()
			style, styled := r.inlineStyle(c)
			switch c := c.(type) {
			case *ast.Text:
				b.WriteString(clean(string(c.Segment.Value(r.src))))
				switch {
				case c.HardLineBreak():
					b.WriteString("\n")
				case c.SoftLineBreak():
					b.WriteString(" ")
				}
			case *ast.String:
				b.WriteString(clean(string(c.Value)))
			case *ast.AutoLink:
				b.WriteString(clean(string(c.URL(r.src))))
			case *ast.RawHTML:
				for i := 0; i < c.Segments.Len(); i++ {
					seg := c.Segments.At(i)
					b.WriteString(clean(string(seg.Value(r.src))))
				}
			default:
				walk(c, depth+1)
			}
			if l, ok := c.(*ast.Link); ok && !strings.Contains(b.String()[start:], string(l.Destination)) {
				url := " <" + clean(string(l.Destination)) + ">"
				spans = append(spans, span{b.Len(), b.Len() + len(url), depth + 1, r.st.dim})
				b.WriteString(url)
			}
			if styled {
				spans = append(spans, span{start, b.Len(), depth + 1, style})
			}
		}
	}
	walk(n, 0)
	return b.String(), spans
}

func (r *mdRenderer) inlineStyle(n ast.Node) (ink, bool) {
	switch n := n.(type) {
	case *ast.Emphasis:
		if n.Level >= 2 {
			return r.st.bold, true
		}
		return r.st.italic, true
	case *ast.CodeSpan:
		return r.st.accent, true
	case *ast.Link, *ast.AutoLink:
		return r.st.underline, true
	}
	return ink{}, false
}

// styledRows wraps text (its hard line breaks kept) at w and paints the
// spans over each row, base where none lies.
func styledRows(t string, spans []span, w int, base ink) []string {
	var out []string
	off := 0
	for _, part := range strings.Split(t, "\n") {
		for _, rw := range wrap(part, w) {
			var b strings.Builder
			shifted := make([]span, len(spans))
			for i, s := range spans {
				shifted[i] = span{s.start - off, s.end - off, s.layer + 1, s.style}
			}
			paintRange(&b, part, rw.start, rw.end, shifted, base, base == ink{})
			out = append(out, b.String())
		}
		off += len(part) + 1
	}
	return out
}
