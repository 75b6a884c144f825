package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// A Markdown article's title and headings are rendered with glamour, in a
// command (glamour is slow) once per text width; until the rendering is
// back they are drawn bold with lipgloss.
type headingsMsg struct {
	width int
	lines map[int][]string // paragraph → rendered lines
}

// headingsCmd asks for the headings at the current text width, when there
// are any and they are neither rendered nor on their way.
func (m *reader) headingsCmd() tea.Cmd {
	tw := m.textWidth()
	if !m.d.hasHeadings() || m.lay.heads[tw] != nil || m.headsPending[tw] {
		return nil
	}
	if m.headsPending == nil {
		m.headsPending = map[int]bool{}
	}
	m.headsPending[tw] = true
	texts := map[int]string{}
	for p, h := range m.d.heading {
		if h {
			level := "## "
			if m.d.titled && p == 0 {
				level = "# "
			}
			texts[p] = level + m.d.paras[p]
		}
	}
	return renderHeadings(texts, tw, m.c.glamourStyle(), m.c.profile)
}

func renderHeadings(texts map[int]string, width int, style string, profile termenv.Profile) tea.Cmd {
	return func() tea.Msg {
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width), glamour.WithColorProfile(profile))
		if err != nil {
			return headingsMsg{width, nil}
		}
		out := map[int][]string{}
		for p, md := range texts {
			s, err := r.Render(md)
			if err != nil {
				continue
			}
			out[p] = headingLines(s, width)
		}
		return headingsMsg{width, out}
	}
}

// headingLines drops glamour's blank margins and fits each line to width.
func headingLines(s string, width int) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(ansi.Strip(l)) == "" {
			continue
		}
		if ansi.StringWidth(l) > width {
			l = ansi.Truncate(l, width, "")
		}
		out = append(out, l)
	}
	return out
}

// gotHeadings stores a rendering and drops the rows wrapped without it.
func (m *reader) gotHeadings(msg headingsMsg) {
	delete(m.headsPending, msg.width)
	if msg.lines == nil {
		return
	}
	if m.lay.heads == nil {
		m.lay.heads = map[int]map[int][]string{}
	}
	m.lay.heads[msg.width] = msg.lines
	if rs, ok := m.lay.byWidth[msg.width]; ok {
		for p := range msg.lines {
			rs[p] = nil
		}
	}
	if len(m.order) > 0 {
		m.top.row = min(m.top.row, m.nrows(m.top.oi)-1)
		m.setTop(m.top)
	}
}

func (d *doc) hasHeadings() bool {
	for _, h := range d.heading {
		if h {
			return true
		}
	}
	return false
}

// preRows makes rows of already rendered lines.
func preRows(lines []string) []row {
	rs := make([]row, len(lines))
	for i, l := range lines {
		rs[i] = row{width: ansi.StringWidth(l), pre: l}
	}
	return rs
}
