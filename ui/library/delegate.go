package library

import (
	"fmt"
	"io"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// delegate draws a row in two lines, title and description, cut to the
// width: the selected row is marked with ▌ (a character, so the mark
// survives NO_COLOR), a speaker's name in their colour.
type delegate struct{ st *styles }

func (d delegate) Height() int                         { return 2 }
func (d delegate) Spacing() int                        { return 1 }
func (d delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }
func (d delegate) Render(w io.Writer, m list.Model, index int, it list.Item) {
	r, ok := it.(row)
	if !ok {
		return
	}
	width := max(m.Width()-2, 1)
	title := ansi.Truncate(r.title, width, "…")
	desc := ansi.Truncate(r.desc, width, "…")
	mark := "  "
	titleStyle := d.st.voice(r.colour)
	if index == m.Index() {
		mark = d.st.selected.Render("▌") + " "
		titleStyle = titleStyle.Bold(true)
	}
	descStyle := d.st.dim
	if r.warn {
		descStyle = d.st.err
	}
	if m.FilterState() == list.Filtering && index != m.Index() {
		titleStyle = d.st.dim
	}
	fmt.Fprint(w, mark+titleStyle.Render(title)+"\n"+mark+descStyle.Render(desc))
}
