package library

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"whosaid/model"
	"whosaid/model/collection"
	"whosaid/model/export"
)

// chart draws the share of voice in width×height: the most quoted speakers
// by share of statements, then the people quoted by gender (each once per
// article, as source audits count, and by statements). Every bar has its
// number beside it and is made of █ and ░, so it reads without colour.
func chart(st *styles, c *collection.Collection, cols []int, width, height int) string {
	lines := []string{st.bold.Render("Most quoted: share of statements")}
	gender := genderLines(st, c, width)
	top := max(height-len(gender)-3, 1)
	if c == nil || len(c.Entities) == 0 {
		lines = append(lines, st.dim.Render("no one is quoted yet"))
	} else {
		most := max(c.Entities[0].Share, 1e-9) // the bars are scaled to the most quoted
		for e := range c.Entities[:min(top, len(c.Entities))] {
			ent := c.Entities[e]
			lines = append(lines, barLine(st, oneLine(ent.Name), ent.Share, ent.Share/most, ent.Statements, st.voice(cols[e]), width))
		}
	}
	lines = append(lines, "")
	lines = append(lines, gender...)
	for i, l := range lines {
		lines[i] = fitWidth(l, width)
	}
	for len(lines) < height {
		lines = append(lines, strings.Repeat(" ", width))
	}
	return strings.Join(lines[:height], "\n")
}

func genderLines(st *styles, c *collection.Collection, width int) []string {
	if c == nil {
		return nil
	}
	var out []string
	for _, part := range []struct {
		head string
		g    collection.GenderCounts
	}{{"People quoted, once per article", c.Totals.Sources}, {"Statements of people", c.Totals.ByStatements}} {
		out = append(out, st.bold.Render(part.head))
		for _, g := range collection.Genders {
			share := part.g.Share(g)
			out = append(out, barLine(st, genderName(g), share, share, part.g.Of(g), st.gender(g), width))
		}
	}
	return out
}

func genderName(g model.Gender) string {
	switch g {
	case model.Female:
		return "women"
	case model.Male:
		return "men"
	case model.NonBinary:
		return "non-binary"
	}
	return "unknown"
}

// barLine is "name  ████░░░░  12.3%  456": the label cut to a third of the
// width, the bar (fill of it, drawn in colour) taking what is left.
func barLine(st *styles, label string, share, fill float64, n int, colour lipgloss.Style, width int) string {
	labelW := min(max(width/3, 8), 22)
	nums := fmt.Sprintf(" %5.1f%% %6s", share*100, export.Count(n))
	barW := max(width-labelW-ansi.StringWidth(nums)-1, 4)
	filled := min(max(int(math.Round(fill*float64(barW))), 0), barW)
	if fill > 0 && filled == 0 {
		filled = 1 // a speaker who said anything shows
	}
	bar := colour.Render(strings.Repeat("█", filled)) + st.dim.Render(strings.Repeat("░", barW-filled))
	return padRight(ansi.Truncate(label, labelW, "…"), labelW) + " " + bar + nums
}

func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}

// fitWidth cuts or pads styled text to exactly w cells.
func fitWidth(s string, w int) string {
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "")
	}
	return padRight(s, w)
}
