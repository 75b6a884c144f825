package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"whosaid/articles"
	"whosaid/model/export"
)

// exportView previews the Markdown export of the highlights, rendered with
// glamour in a command once per width; enter writes it to a file named
// after the article, y copies it to the clipboard with OSC 52.
type exportView struct {
	page    // renderings of md
	r       *reader
	md      string // the export, exactly as it would be written
	count   int    // highlights in it
	msg     string
	confirm string // a file that exists: y replaces it, anything else keeps it
}

type exportRenderedMsg struct {
	width    int
	md, text string
}

func newExportView(r *reader) *exportView {
	return &exportView{page: page{rendered: map[int]string{}}, r: r}
}

// begin makes the export of the highlights as they are now.
func (v *exportView) begin(c *common) {
	n := c.notes
	v.msg = n.reload()
	data, err := export.Export(export.FormatMarkdown, n.art, n.hs, export.ExportOptions{Date: time.Now()})
	if err != nil {
		v.msg = errLine(err)
	}
	if md := string(data); md != v.md {
		v.md = md
		clear(v.rendered)
	}
	v.count = len(n.hs)
}

func (v *exportView) open(c *common) tea.Cmd {
	if !v.show(c, "rendering the preview…") {
		return nil
	}
	return renderExport(v.md, c.width, c.pageWidth(), c.st)
}

func (v *exportView) update(c *common, msg tea.Msg) (bool, tea.Cmd) {
	switch msg := msg.(type) {
	case exportRenderedMsg:
		if msg.md != v.md {
			return false, nil // made before the highlights changed
		}
		v.keep(msg.width, msg.text)
	case tea.KeyMsg:
		k := c.keys
		v.msg = ""
		if v.confirm != "" {
			v.answer(msg)
			return false, nil
		}
		switch {
		case key.Matches(msg, k.Export, k.Clear, k.Quit):
			return true, nil
		case key.Matches(msg, k.Write):
			v.write(c)
		case key.Matches(msg, k.Copy):
			v.copy(c)
		default:
			scroll(&v.vp, k, msg)
		}
	}
	return false, nil
}

// write puts the export in the current directory under the article's name;
// the path shows here and in the reader's status bar. A file of that name
// is never replaced without a yes (it may hold the user's own text).
func (v *exportView) write(c *common) {
	name := articles.ExportFileName(c.notes.art.Document, export.FormatMarkdown)
	path, err := filepath.Abs(name)
	if err == nil {
		err = articles.WriteExportNew(path, []byte(v.md))
	}
	if errors.Is(err, fs.ErrExist) {
		v.confirm = path
		return
	}
	v.wrote(path, err)
}

// answer takes the reply to "replace it?": y replaces, anything else keeps.
func (v *exportView) answer(k tea.KeyMsg) {
	path := v.confirm
	v.confirm = ""
	if k.String() != "y" && k.String() != "Y" {
		v.msg = "kept " + oneLineClean(filepath.Base(path)) + " as it was; nothing written"
		return
	}
	v.wrote(path, articles.WriteExport(path, []byte(v.md)))
}

func (v *exportView) wrote(path string, err error) {
	if err != nil {
		v.msg = errLine(err)
		return
	}
	v.msg = fmt.Sprintf("wrote %s (%s)", oneLineClean(path), plural(v.count, "highlight"))
	v.r.msg = v.msg
}

// copy sends the export to the terminal's clipboard (OSC 52). Nothing says
// whether the terminal took it, so the message says what was sent.
func (v *exportView) copy(c *common) {
	termenv.NewOutput(c.clip).Copy(v.md)
	v.msg = fmt.Sprintf("sent %s to the clipboard (OSC 52)", plural(v.count, "highlight"))
	v.r.msg = v.msg
}

func (v *exportView) view(c *common) string {
	foot := v.msg
	if v.confirm != "" {
		foot = oneLineClean(filepath.Base(v.confirm)) + " exists: replace it? (y/n)"
	}
	if foot == "" {
		foot = fmt.Sprintf("%s · enter write %s · y copy · esc close", plural(v.count, "highlight"),
			articles.ExportFileName(c.notes.art.Document, export.FormatMarkdown))
	}
	return v.vp.View() + "\n" + c.st.status.Render(fitStyled(" export · "+foot, c.width))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func renderExport(md string, width, drawW int, st *styles) tea.Cmd {
	return func() tea.Msg {
		return exportRenderedMsg{width, md, renderMarkdown(previewMarkdown(md), drawW, st)}
	}
}

// previewMarkdown is the export as the preview shows it: the front matter
// as a YAML block (Markdown would take its last line for a heading) and no
// control characters from the article.
func previewMarkdown(md string) string {
	md = cleanLines(md)
	if !strings.HasPrefix(md, "---\n") {
		return md
	}
	end := strings.Index(md[4:], "\n---\n")
	if end < 0 {
		return md
	}
	return "```yaml\n" + md[4:4+end] + "\n```\n" + md[4+end+5:]
}
