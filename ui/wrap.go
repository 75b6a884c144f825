package ui

import "github.com/charmbracelet/x/ansi"

// row is one screen line of a paragraph: the bytes [start, end) of its
// (cleaned) text and their width in cells.
type row struct {
	start, end int
	width      int
	pre        string // a line rendered elsewhere (glamour headings)
	lead       string // drawn before the row's text: a heading's "# "
}

// wrap cuts text into rows of at most width cells, breaking at spaces, and
// inside a word only when the word alone is wider than a row (long URLs,
// CJK without spaces). The spaces at a break belong to no row.
func wrap(text string, width int) []row {
	width = max(width, 2)
	var rows []row
	start, w := 0, 0
	space, wAtSpace := -1, 0
	for i := 0; i < len(text); {
		n, cw := cluster(text[i:])
		if text[i] == ' ' {
			if w+1 > width {
				rows = append(rows, row{start: start, end: i, width: w})
				i = skipSpaces(text, i)
				start, w, space = i, 0, -1
				continue
			}
			if i > start && text[i-1] != ' ' {
				space, wAtSpace = i, w
			}
			w++
			i++
			continue
		}
		if w+cw > width && w > 0 {
			if space > start {
				rows = append(rows, row{start: start, end: space, width: wAtSpace})
				i = skipSpaces(text, space)
			} else {
				rows = append(rows, row{start: start, end: i, width: w})
			}
			start, w, space = i, 0, -1
			continue
		}
		w += cw
		i += n
	}
	if start < len(text) || len(rows) == 0 {
		rows = append(rows, row{start: start, end: len(text), width: w})
	}
	return rows
}

func skipSpaces(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// cluster returns the byte length and cell width of the first grapheme
// cluster of s. The width is ansi.StringWidth's, which is what lipgloss and
// the layout tests measure (x/ansi versions differ on an ASCII letter
// followed by a modifier, so ask it rather than guess). Two ASCII bytes in a
// row take the fast path.
func cluster(s string) (int, int) {
	if s[0] < 0x80 && (len(s) == 1 || s[1] < 0x80) {
		return 1, 1
	}
	c, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	if len(c) == 0 {
		return 1, 1
	}
	return len(c), ansi.StringWidth(c)
}
