package library

import "github.com/charmbracelet/bubbles/key"

// keyMap holds the keys the library adds to its lists' own (move, /
// filter, ? help) and the reader's.
type keyMap struct {
	Open, Switch, Chart, Back, Quit key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Open:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Switch: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "articles/speakers")),
		Chart:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "chart")),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:   key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}
