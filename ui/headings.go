package ui

import "github.com/charmbracelet/x/ansi"

// A Markdown article's title and headings are drawn as rows of their own
// (headingLines), with Markdown's # before them so they read as headings
// without colour too. They are cheap to draw, so they are wrapped with the
// paragraphs, lazily, once per width.

// headingRows draws screen paragraph p, a heading, at width.
func (d *doc) headingRows(p, width int, st *styles) []row {
	level := 2
	if d.titled && p == 0 {
		level = 1
	}
	return preRows(headingLines(d.paras[p], level, width, st))
}

// preRows makes rows of already drawn lines.
func preRows(lines []string) []row {
	rs := make([]row, len(lines))
	for i, l := range lines {
		rs[i] = row{width: ansi.StringWidth(l), pre: l}
	}
	return rs
}
