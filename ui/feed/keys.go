package feed

import "github.com/charmbracelet/bubbles/key"

// keyMap holds the keys the feed view adds to the list's and the reader's.
type keyMap struct {
	Open, Back, Cancel key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Open:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the list")),
		Cancel: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "cancel")),
	}
}
