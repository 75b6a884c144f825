package feed

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"whosaid/model"
)

// plainReader shows an article as wrapped text with its statements listed
// after it. It stands in when no reader is given.
type plainReader struct {
	art  *model.Article
	view viewport.Model
}

func newPlainReader(art *model.Article) tea.Model {
	return &plainReader{art: art, view: viewport.New(0, 0)}
}

func (r *plainReader) Init() tea.Cmd { return nil }

func (r *plainReader) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		r.view.Width, r.view.Height = size.Width, max(size.Height-1, 1)
		r.view.SetContent(r.render(size.Width))
		return r, nil
	}
	var cmd tea.Cmd
	r.view, cmd = r.view.Update(msg)
	return r, cmd
}

func (r *plainReader) View() string {
	return r.view.View() + "\n" + dimStyle.Render(r.art.Source+" · esc: back to the list")
}

func (r *plainReader) render(width int) string {
	wrap := lipgloss.NewStyle().Width(max(width-2, 10))
	var b strings.Builder
	if r.art.Title != "" {
		b.WriteString(titleStyle.Render(wrap.Render(r.art.Title)) + "\n\n")
	}
	for _, p := range r.art.Paragraphs {
		text := wrap.Render(p.Text)
		if p.Kind == model.Heading {
			text = titleStyle.Render(text)
		}
		b.WriteString(text + "\n\n")
	}
	for _, s := range r.art.Statements {
		who := s.Speaker
		if who == "" {
			who = "-"
		}
		b.WriteString(wrap.Render("¶"+strconv.Itoa(s.Paragraph)+" "+who+": "+s.Text) + "\n")
	}
	return b.String()
}
