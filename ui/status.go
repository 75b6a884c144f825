package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"whosaid/model/export"
)

// viewStatus is the status bar: source, current statement (¶P N/M speaker),
// filter, search and position; or the search line while a query is typed.
func (m *reader) viewStatus() string {
	st := m.c.st
	w := m.c.width
	if m.search.typing {
		line := m.search.input.View()
		if s := m.search.status(); s != "" {
			line += "   " + s
		}
		return fitStyled(line, w)
	}
	var parts []string
	if m.cur >= 0 {
		s := m.d.stmts[m.cur]
		n, total := m.walkPlace()
		who := export.NoOne
		if s.speaker >= 0 {
			who = m.d.speakers[s.speaker].name
		}
		if m.markedCurrent() {
			who += " " + markGlyph
		}
		parts = append(parts, fmt.Sprintf("%s %d/%d %s", m.d.paraLabel(s.para), n, total, who))
	} else if m.chosen >= 0 {
		parts = append(parts, fmt.Sprintf("%s: %d statements", m.d.speakers[m.chosen].name, len(m.walk())))
	}
	if m.filter {
		parts = append(parts, "filter: "+m.d.speakers[m.chosen].name)
	}
	if s := m.search.status(); s != "" {
		parts = append(parts, s)
	}
	if m.msg != "" {
		parts = append(parts, m.msg)
	} else if m.c.notes.readOnly() && m.c.notes.store != nil {
		parts = append(parts, "notes read-only")
	}
	right := fmt.Sprintf(" %3d%% ", m.percent())
	gap := w - len([]rune(right))
	left := " " + withName(m.d.name(), strings.Join(parts, " · "), gap-1)
	return st.status.Render(fit(left, max(gap, 0))) + st.statusHi.Render(fit(right, min(w, len([]rune(right)))))
}

// withName puts the article's name before the rest of the status in room
// cells: the name gives way first (cut, then left out), so where the
// reader is and whose words these are stay in view on a narrow screen.
func withName(name, rest string, room int) string {
	if rest == "" {
		return name
	}
	need := ansi.StringWidth(rest) + len(" · ")
	if ansi.StringWidth(name)+need <= room {
		return name + " · " + rest
	}
	if left := room - need; left >= 10 {
		return ansi.Truncate(name, left, "…") + " · " + rest
	}
	return rest
}

// percent is how far down the bottom of the screen is, as less shows it.
func (m *reader) percent() int {
	total := m.ocum[len(m.ocum)-1]
	if total == 0 || len(m.order) == 0 {
		return 100
	}
	_, hi := m.viewBytes(m.contentHeight())
	if m.top == m.maxTop() {
		return 100
	}
	return min(hi*100/total, 100)
}

// viewHint is the one-line key hint. Keys are left out from the end until
// it fits, but help and quit always stay, so a newcomer can find the rest.
func (m *reader) viewHint() string {
	w := m.c.width
	if m.panelFocus {
		return hintLine(m.c, w, m.c.keys.panelHint())
	}
	if m.hintWidth != w {
		m.hint, m.hintWidth = hintLine(m.c, w, m.c.keys.hint(m.wide())), w
	}
	return m.hint
}

func hintLine(c *common, w int, keys []key.Binding) string {
	c.help.Width = 0
	line := c.help.ShortHelpView(keys)
	for len(keys) > 3 && ansi.StringWidth(line) > w {
		keys = append(keys[:len(keys)-3], keys[len(keys)-2:]...)
		line = c.help.ShortHelpView(keys)
	}
	return fitStyled(line, w)
}
