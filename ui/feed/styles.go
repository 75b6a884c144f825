package feed

import "github.com/charmbracelet/lipgloss"

// styles of the feed view's own screens; the list and the reader bring
// theirs.
var (
	errStyle   = lipgloss.NewStyle().Foreground(lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF6B6B"})
	titleStyle = lipgloss.NewStyle().Bold(true)
	dimStyle   = lipgloss.NewStyle().Faint(true)
)
