package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"whosaid/model/export"
)

// page is a full screen of Markdown (the help, the export preview), drawn
// in a command once per width and kept.
type page struct {
	vp       viewport.Model
	rendered map[int]string // width → rendering
	width    int
}

// show sizes the page to the screen with this width's rendering, or the
// placeholder; need says a rendering must be asked for.
func (p *page) show(c *common, placeholder string) (need bool) {
	p.width = c.width
	p.vp = viewport.New(c.width, max(c.height-1, 1))
	if text, ok := p.rendered[c.width]; ok {
		p.vp.SetContent(text)
		return false
	}
	p.vp.SetContent(placeholder)
	return true
}

// keep stores a rendering and shows it when it is for the current width.
func (p *page) keep(width int, text string) {
	p.rendered[width] = text
	if width == p.width {
		p.vp.SetContent(text)
	}
}

// helpPage is the full help.
type helpPage struct {
	page
}

type helpRenderedMsg struct {
	width int
	text  string
}

func newHelpPage() *helpPage {
	return &helpPage{page{rendered: map[int]string{}}}
}

// open shows the help at the current size, asking for a rendering if this
// width has none yet.
func (h *helpPage) open(c *common) tea.Cmd {
	if !h.show(c, "rendering the help…") {
		return nil
	}
	return renderHelp(helpMarkdown(c.keys), c.width, c.pageWidth(), c.st)
}

func (h *helpPage) update(c *common, msg tea.Msg) (closed bool, cmd tea.Cmd) {
	switch msg := msg.(type) {
	case helpRenderedMsg:
		h.keep(msg.width, msg.text)
		return false, nil
	case tea.KeyMsg:
		k := c.keys
		if key.Matches(msg, k.Help, k.Quit, k.Clear) {
			return true, nil
		}
		scroll(&h.vp, k, msg)
	}
	return false, nil
}

// scroll moves a full-screen page (help, export preview) by the reader's
// own movement keys.
func scroll(vp *viewport.Model, k keyMap, msg tea.KeyMsg) {
	switch {
	case key.Matches(msg, k.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, k.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.PageUp):
		vp.PageUp()
	case key.Matches(msg, k.Top):
		vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		vp.GotoBottom()
	}
}

func (h *helpPage) view(c *common) string {
	foot := fitStyled(" help · j/k scroll · ? q esc close", c.width)
	return h.vp.View() + "\n" + c.st.status.Render(foot)
}

// renderHelp draws the help at drawW for a screen width cells wide.
func renderHelp(md string, width, drawW int, st *styles) tea.Cmd {
	return func() tea.Msg {
		return helpRenderedMsg{width, renderMarkdown(md, drawW, st)}
	}
}

// helpMarkdown writes the full help from the key map, so it always tells
// the keys the reader really has.
func helpMarkdown(k keyMap) string {
	var b strings.Builder
	b.WriteString("# whosaid\n\n")
	b.WriteString("Every quotation is drawn in its speaker's colour; reported speech more quietly.\n\n")
	titles := []string{"Moving", "Speakers and statements", "Highlights and notes", "Searching and the rest"}
	for i, group := range k.FullHelp() {
		fmt.Fprintf(&b, "## %s\n\n| key | does |\n| --- | --- |\n", titles[i])
		for _, kb := range group {
			fmt.Fprintf(&b, "| `%s` | %s |\n", kb.Help().Key, kb.Help().Desc)
		}
		b.WriteString("\n")
	}
	b.WriteString("## What the screen shows\n\n")
	b.WriteString("- **Gutter**: `▸` marks the current statement and `/` the row of the current search match; ")
	b.WriteString("then the speaker whose words start on the row (`~` before the name for reported speech, ")
	fmt.Fprintf(&b, "`%s` for words that are no one's, such as a title or a term held at arm's length); ", export.NoOne)
	fmt.Fprintf(&b, "`%s` after the name when the speaker is a guess of **low confidence** ", lowMark)
	b.WriteString("(carried over from an earlier statement, found far back, or a close call between two): ")
	fmt.Fprintf(&b, "`%s` says why. `│` runs beside quotations and `┆` beside reported speech, `★` beside highlights.\n", k.Why.Help().Key)
	b.WriteString("- **Map** (the column at the right edge of the text): the whole article, or with `F` its kept paragraphs, ")
	b.WriteString("each statement marked by its speaker's panel number (`•` for speakers 10 and up, `·` for no one's words), ")
	b.WriteString("the part on screen as a thick bar. When the article fits on the screen, each mark sits beside its statement's row; ")
	b.WriteString("when it is longer, the column is the article shrunk to the screen's height.\n")
	b.WriteString("- **Panel**: each speaker once, most quoted first, with their role, the number of their **statements** ")
	b.WriteString("(quotations and reported speech: what `]` walks and the list below counts), and a bar of their ")
	b.WriteString("**share of all quoted words** (the shares add up to 100%). Below, the statements being walked.\n")
	b.WriteString("- **Status bar**: the article, the current statement (`¶` paragraph, its place in the walk, its speaker), ")
	b.WriteString("the filter, the search, and how far down the screen is.\n\n")
	b.WriteString("## More\n\n")
	b.WriteString("In the panel, `f`, `m`, `n` or `?` after a person's name is their gender as the article tells it (female, male, non-binary, unknown; ")
	b.WriteString("bodies and groups have none); choosing them says why in the status bar (\"female: pronoun “she” (¶3)\").\n\n")
	b.WriteString("`1`…`9` choose the speaker with that number in the panel. ")
	b.WriteString("In the panel (`tab`), `j`/`k` move and `enter` chooses or un-chooses a speaker; `tab` goes back to the article. ")
	b.WriteString("`]` and `[` walk the chosen speaker's statements, or everyone's when no one is chosen. ")
	b.WriteString("A statement the view has left is current no more: `]` then goes on from the top of the screen. ")
	b.WriteString("`esc` clears the search, then the filter, then the choice.\n\n")
	fmt.Fprintf(&b, "`%s` shows how the current statement's speaker was chosen: the rule, the cue, the words it attached to ", k.Why.Help().Key)
	b.WriteString("and the chain back to the name (`he ¶7 → Dmitry Peskov ¶5`), as `whosaid quotes --explain` prints it.\n\n")
	fmt.Fprintf(&b, "`%s` marks the current statement, or with none the paragraph at the top, and unmarks a marked one; ", k.Mark.Help().Key)
	b.WriteString("highlighted rows carry `★` in the gutter and the panel. ")
	b.WriteString("Every change is saved to the notes file at once (`--notes`, `$WHOSAID_NOTES`, else the data directory).\n\n")
	fmt.Fprintf(&b, "- Note editor (`%s`): `%s` saves (marking the words if they are not yet), `%s` cancels and changes nothing.\n", k.Note.Help().Key, k.Save.Help().Key, k.Cancel.Help().Key)
	fmt.Fprintf(&b, "- Highlights view (`%s`): `j`/`k` move, `%s` jumps to one, `%s` edits its note, `%s` deletes, `%s` undoes the last delete.\n",
		k.Highlights.Help().Key, k.Jump.Help().Key, k.Note.Help().Key, k.Delete.Help().Key, k.Undo.Help().Key)
	fmt.Fprintf(&b, "- Export preview (`%s`): `%s` writes the Markdown to a file in the current directory (asking before it replaces one), `%s` copies it to the clipboard (OSC 52), `esc` closes. ",
		k.Export.Help().Key, k.Write.Help().Key, k.Copy.Help().Key)
	b.WriteString("`whosaid export` writes Markdown, CSV or JSON from the command line.\n")
	return b.String()
}
