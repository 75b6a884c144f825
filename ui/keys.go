package ui

import "github.com/charmbracelet/bubbles/key"

// keyMap holds every key of the reader; the help line and the full help are
// drawn from it, so they cannot drift from what the keys do.
type keyMap struct {
	Down, Up             key.Binding
	PageDown, PageUp     key.Binding
	HalfDown, HalfUp     key.Binding
	Top, Bottom          key.Binding
	NextStmt, PrevStmt   key.Binding
	Focus                key.Binding
	Choose               key.Binding
	Speaker              key.Binding
	Filter               key.Binding
	Search               key.Binding
	NextMatch, PrevMatch key.Binding
	Clear                key.Binding
	Help                 key.Binding
	Quit                 key.Binding
	Why                  key.Binding // the current statement's explanation

	// Highlights and notes, and the keys of their views.
	Mark, Note, Highlights, Export key.Binding
	Jump, Delete, Undo             key.Binding
	Save, Cancel                   key.Binding
	Write, Copy                    key.Binding

	walk key.Binding // ] and [ together, for the one-line hint

	// The hint while the panel has the keys, and w's short name there.
	panelMove, panelBack key.Binding
	whyHint              key.Binding
}

func newKeyMap() keyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return keyMap{
		Down:      b("j/↓", "line down", "j", "down", "ctrl+n", "ctrl+e"),
		Up:        b("k/↑", "line up", "k", "up", "ctrl+p", "ctrl+y"),
		PageDown:  b("space/f/pgdn", "page down", " ", "f", "pgdown", "ctrl+f"),
		PageUp:    b("b/pgup", "page up", "b", "pgup", "ctrl+b"),
		HalfDown:  b("d", "half page down", "d", "ctrl+d"),
		HalfUp:    b("u", "half page up", "u", "ctrl+u"),
		Top:       b("g/home", "top", "g", "home"),
		Bottom:    b("G/end", "bottom", "G", "end"),
		NextStmt:  b("]", "next statement", "]"),
		PrevStmt:  b("[", "prev statement", "["),
		Focus:     b("tab", "panel", "tab"),
		Choose:    b("enter", "choose speaker", "enter"),
		Speaker:   b("1…9", "choose speaker", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Filter:    b("F", "filter", "F"),
		Search:    b("/", "search", "/"),
		NextMatch: b("n", "next match", "n"),
		PrevMatch: b("N", "previous match", "N"),
		Clear:     b("esc", "clear", "esc"),
		Help:      b("?", "help", "?"),
		Quit:      b("q", "quit", "q", "ctrl+c"),
		Why:       b("w", "why this speaker", "w"),

		Mark:       b("m", "mark", "m"),
		Note:       b("a", "note", "a"),
		Highlights: b("H", "highlights", "H"),
		Export:     b("e", "export", "e"),
		Jump:       b("enter", "jump to it", "enter"),
		Delete:     b("d", "delete", "d"),
		Undo:       b("u", "undo delete", "u"),
		Save:       b("ctrl+s", "save", "ctrl+s"),
		Cancel:     b("esc", "cancel", "esc"),
		Write:      b("enter", "write file", "enter"),
		Copy:       b("y", "copy (OSC 52)", "y"),

		walk:      b("]/[", "statements", "]", "["),
		panelMove: b("j/k", "speaker", "j", "k"),
		whyHint:   b("w", "why", "w"),
		panelBack: b("tab", "article", "tab"),
	}
}

// ShortHelp is the one-line hint at the bottom, most wanted first: when
// the line is too narrow, hintLine drops keys from the end but keeps help
// and quit.
func (k keyMap) ShortHelp() []key.Binding { return k.hint(true) }

// hint is ShortHelp for a wide or narrow screen: below 100 columns the
// panel is behind tab, so tab comes early.
func (k keyMap) hint(wide bool) []key.Binding {
	if !wide {
		return []key.Binding{k.walk, k.Speaker, k.Focus, k.whyHint, k.Mark, k.Note, k.Highlights, k.Export, k.Search, k.Filter, k.Help, k.Quit}
	}
	return []key.Binding{k.walk, k.Speaker, k.whyHint, k.Mark, k.Note, k.Highlights, k.Export, k.Search, k.Filter, k.Focus, k.Help, k.Quit}
}

// panelHint is the hint while the panel has the keys (after tab).
func (k keyMap) panelHint() []key.Binding {
	return []key.Binding{k.panelMove, k.Choose, k.Filter, k.panelBack, k.Help, k.Quit}
}

// FullHelp groups the keys for the full help page.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom},
		{k.NextStmt, k.PrevStmt, k.Why, k.Focus, k.Choose, k.Speaker, k.Filter},
		{k.Mark, k.Note, k.Highlights, k.Export},
		{k.Search, k.NextMatch, k.PrevMatch, k.Clear, k.Help, k.Quit},
	}
}
