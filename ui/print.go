package ui

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"whosaid/model"
)

// Print writes the annotated article as text, for when output is not a
// terminal: paragraphs separated by blank lines, each statement preceded by
// its speaker's tag, e.g. `[Trump] “...”` or `[Putin, reported] Putin said`.
// Colour only when color is true; otherwise not a single escape sequence.
func Print(w io.Writer, art *model.Article, color bool) error {
	r := lipgloss.NewRenderer(w)
	r.SetColorProfile(termenv.Ascii)
	if color {
		r.SetColorProfile(termenv.ANSI256)
	}
	r.SetHasDarkBackground(true)
	st := newStyles(r)
	d := newDoc(art)
	var b strings.Builder
	for p := range d.paras {
		if p > 0 {
			b.WriteString("\n")
		}
		printPara(&b, d, st, p)
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ColorAllowed tells whether printed output may carry colour, from the
// environment: not with NO_COLOR set (https://no-color.org) nor on a dumb
// terminal. A pipe into `less -R` keeps its colours otherwise.
func ColorAllowed(getenv func(string) string) bool {
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

// printPara writes paragraph p with a tag before each statement.
func printPara(b *strings.Builder, d *doc, st *styles, p int) {
	t := d.paras[p]
	base, plain := ink{}, true
	if d.heading[p] {
		base, plain = st.heading, false
	}
	var spans []span
	for _, i := range d.byPara[p] {
		s := d.stmts[i]
		v := st.voiceOf(s.speaker)
		sp := span{s.start, s.end, layerReported, v.reported}
		if s.quote {
			sp.layer, sp.style = layerQuote, v.quote
		}
		spans = append(spans, sp)
	}
	at := 0
	for _, i := range d.byPara[p] {
		s := d.stmts[i]
		paintRange(b, t, at, max(s.start, at), spans, base, plain)
		at = max(s.start, at)
		b.WriteString(st.voiceOf(s.speaker).tag.Render("[" + printTag(d, s) + "]"))
		b.WriteString(" ")
	}
	paintRange(b, t, at, len(t), spans, base, plain)
}

func printTag(d *doc, s stmt) string {
	name := "no one"
	if s.speaker >= 0 {
		name = d.speakers[s.speaker].name
	}
	if !s.quote {
		name += ", reported"
	}
	return name
}
