package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

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
	if len(d.byPara[p]) > 0 {
		return leadRows(d.paras[p], strings.Repeat("#", level)+" ", width)
	}
	return preRows(headingLines(d.paras[p], level, width, st))
}

// leadRows wraps a heading that holds statements (a headline that says who
// said what) as text, so its statements are painted as the body's are,
// the "#" lead before its first row and spaces before the others.
func leadRows(t, lead string, width int) []row {
	rs := wrap(t, max(width-len(lead), 1))
	for i := range rs {
		rs[i].lead = strings.Repeat(" ", len(lead))
		rs[i].width += len(lead)
	}
	if len(rs) > 0 {
		rs[0].lead = lead
	}
	return rs
}

// preRows makes rows of already drawn lines.
func preRows(lines []string) []row {
	rs := make([]row, len(lines))
	for i, l := range lines {
		rs[i] = row{width: ansi.StringWidth(l), pre: l}
	}
	return rs
}
