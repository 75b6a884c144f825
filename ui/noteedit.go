package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"whosaid/model/notes"
)

// noteEditor writes the note of one highlight: ctrl+s saves it to the
// notes file at once, esc leaves it as it was. A highlight not stored yet
// (id 0) is marked when the note is saved, so cancelling marks nothing.
type noteEditor struct {
	ta   textarea.Model
	id   int64
	h    notes.Highlight // as it was when the editor opened, for the heading
	back state           // the view to return to
	msg  string
	r    *reader // told when the note is saved
}

func newNoteEditor(r *reader) *noteEditor {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Placeholder = "Write a note on these words…"
	ta.CharLimit = 20000
	ta.Prompt = "│ "
	return &noteEditor{ta: ta, r: r}
}

// begin loads highlight h into the editor; back is where esc and ctrl+s
// return.
func (e *noteEditor) begin(h notes.Highlight, back state) {
	e.id, e.h, e.back, e.msg = h.ID, h, back, ""
	e.ta.Reset()
	e.ta.SetValue(cleanLines(h.Note))
}

// headLines is the highlight the note is about: where, whose, and up to
// three lines of its words.
func (e *noteEditor) headLines(c *common) []string {
	st := c.st
	w := c.width
	title := " Note on " + where(e.h)
	lines := []string{st.bold.Render(fitStyled(title, w))}
	words := oneLineClean(e.h.Text())
	rs := wrap(words, max(w-4, 10))
	for k, r := range rs {
		if k == 3 {
			lines[len(lines)-1] = fitStyled(lines[len(lines)-1], w-1) + "…"
			break
		}
		lines = append(lines, fitStyled("   "+st.dim.Render(words[r.start:r.end]), w))
	}
	return append(lines, strings.Repeat(" ", w))
}

func (e *noteEditor) open(c *common) tea.Cmd {
	e.ta.SetWidth(max(c.width-2, 10))
	e.ta.SetHeight(max(c.height-len(e.headLines(c))-2, 1))
	return e.ta.Focus()
}

func (e *noteEditor) update(c *common, msg tea.Msg) (bool, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, c.keys.Save):
			return e.save(c)
		case key.Matches(k, c.keys.Cancel):
			e.ta.Blur()
			c.then = e.back
			e.r.msg = "note on " + where(e.h) + " left as it was"
			if e.id == 0 {
				e.r.msg = "note cancelled: nothing marked"
			}
			return true, nil
		}
	}
	var cmd tea.Cmd
	e.ta, cmd = e.ta.Update(msg)
	return false, cmd
}

// save stores the note, marking the words first when they are not yet; on
// failure the editor stays open with the reason.
func (e *noteEditor) save(c *common) (bool, tea.Cmd) {
	n := c.notes
	created := e.id == 0
	if created {
		k, err := n.mark(e.h)
		if err != nil {
			e.msg = errLine(err)
			return false, nil
		}
		e.id = n.hs[k].ID
	}
	i := -1
	for k := range n.hs {
		if n.hs[k].ID == e.id {
			i = k
		}
	}
	if i < 0 {
		e.msg = "this highlight was deleted: the note cannot be saved"
		return false, nil
	}
	note := strings.TrimRight(e.ta.Value(), " \n")
	if err := n.setNote(i, note); err != nil {
		e.msg = errLine(err)
		return false, nil
	}
	e.ta.Blur()
	c.then = e.back
	e.r.msg = "note saved on " + where(n.hs[i])
	switch {
	case note == "" && created:
		e.r.msg = "marked " + where(n.hs[i]) + ", without a note"
	case note == "":
		e.r.msg = "note removed from " + where(n.hs[i])
	}
	return true, nil
}

func (e *noteEditor) view(c *common) string {
	lines := e.headLines(c)
	for _, l := range strings.Split(e.ta.View(), "\n") {
		lines = append(lines, fitStyled(l, c.width))
	}
	foot := e.msg
	if foot == "" {
		foot = "ctrl+s save · esc cancel · enter new line"
	}
	return fitLines(lines, c.width, c.height-1) + "\n" + c.st.status.Render(fitStyled(" note · "+foot, c.width))
}

// fitLines pads or cuts lines (each already w cells wide) to exactly h.
func fitLines(lines []string, w, h int) string {
	if h <= 0 {
		return ""
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines[:h], "\n")
}

// cleanLines is clean for text of several lines: it keeps the line breaks.
func cleanLines(s string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		ls[i] = clean(l)
	}
	return strings.Join(ls, "\n")
}
