package ui

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"whosaid/model"
	"whosaid/model/export"
)

// PrintOptions say how Print draws.
type PrintOptions struct {
	Color bool  // colour escape sequences; without, not a single escape byte
	Style Style // the background colours are for (auto is dark)
	Width int   // wrap at this many columns; 0 keeps each paragraph on one line
}

// Print writes the annotated article as text, for when output is not a
// terminal: paragraphs separated by blank lines, each statement preceded by
// its speaker's tag, e.g. `[Trump] “...”` or `[Putin, reported] Putin said`.
func Print(w io.Writer, art *model.Article, opts PrintOptions) error {
	r := lipgloss.NewRenderer(w)
	r.SetColorProfile(termenv.Ascii)
	if opts.Color {
		r.SetColorProfile(termenv.ANSI256)
	}
	r.SetHasDarkBackground(printDark(opts.Style))
	st := newStyles(r, false)
	d := newDoc(art)
	var b strings.Builder
	for p := range d.paras {
		if p > 0 {
			b.WriteString("\n")
		}
		var para strings.Builder
		printPara(&para, d, st, p)
		line := para.String()
		if opts.Width > 0 {
			line = ansi.Wordwrap(line, opts.Width, "")
		}
		b.WriteString(line)
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
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
	name := export.NoOne
	if s.speaker >= 0 {
		name = d.speakers[s.speaker].name
	}
	if !s.quote {
		name += ", reported"
	}
	return name
}
