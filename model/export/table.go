package export

import (
	"strconv"
	"strings"

	"whosaid/model"

	"github.com/mattn/go-runewidth"
)

// Table formats statements as aligned columns (¶, speaker, kind, text) that
// fit width; long texts wrap under their column instead of being cut.
func Table(stmts []model.Statement, width int) string {
	if len(stmts) == 0 {
		return ""
	}
	pw, sw := len("¶"), len("speaker")
	for _, s := range stmts {
		pw = max(pw, len(strconv.Itoa(s.Paragraph))+1)
		sw = max(sw, runewidth.StringWidth(speakerLabel(s)))
	}
	sw = min(sw, max(12, width/4))
	const kw = len("reported")
	tw := max(20, width-pw-sw-kw-6)
	var b strings.Builder
	row := func(p, sp, k, text string) {
		lines := wrapWords(text, tw)
		for i, l := range lines {
			if i > 0 {
				p, sp, k = "", "", ""
			}
			b.WriteString(pad(p, pw) + "  " + pad(runewidth.Truncate(sp, sw, "…"), sw) + "  " + pad(k, kw) + "  " + l)
			b.WriteString("\n")
		}
	}
	row("¶", "speaker", "kind", "text")
	for _, s := range stmts {
		row("¶"+strconv.Itoa(s.Paragraph), speakerLabel(s), string(s.Kind), s.Text)
	}
	return b.String()
}

func speakerLabel(s model.Statement) string {
	if s.Speaker == "" {
		return NoOne
	}
	return s.Speaker
}

func pad(s string, w int) string {
	if n := runewidth.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// wrapWords breaks text into lines of at most width cells, breaking words
// longer than a line.
func wrapWords(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	curW := 0
	for _, w := range strings.Fields(text) {
		ww := runewidth.StringWidth(w)
		for ww > width {
			if curW > 0 {
				lines = append(lines, cur.String())
				cur.Reset()
				curW = 0
			}
			head := runewidth.Truncate(w, width, "")
			lines = append(lines, head)
			w = w[len(head):]
			ww = runewidth.StringWidth(w)
		}
		if curW > 0 && curW+1+ww > width {
			lines = append(lines, cur.String())
			cur.Reset()
			curW = 0
		}
		if curW > 0 {
			cur.WriteByte(' ')
			curW++
		}
		cur.WriteString(w)
		curW += ww
	}
	if curW > 0 || len(lines) == 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
