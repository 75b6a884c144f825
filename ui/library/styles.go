package library

import (
	"github.com/charmbracelet/lipgloss"

	"whosaid/ui"
)

// styles of the library's own screens; the reader brings its own. Marks
// that matter (the selected row, errors, bars) are characters too, so they
// survive NO_COLOR.
type styles struct {
	header, dim, bold, err, selected lipgloss.Style
	voices                           []lipgloss.Style // the reader's speaker colours, by palette index
}

var (
	dimColour    = lipgloss.AdaptiveColor{Light: "#6B7280", Dark: "#9CA3AF"}
	accentColour = lipgloss.AdaptiveColor{Light: "#7C3AED", Dark: "#C4B5FD"}
	errColour    = lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF6B6B"}
)

func newStyles() styles {
	st := styles{
		header:   lipgloss.NewStyle().Bold(true).Foreground(accentColour),
		dim:      lipgloss.NewStyle().Foreground(dimColour),
		bold:     lipgloss.NewStyle().Bold(true),
		err:      lipgloss.NewStyle().Foreground(errColour),
		selected: lipgloss.NewStyle().Bold(true).Foreground(accentColour),
	}
	for i := range ui.PaletteSize() {
		st.voices = append(st.voices, lipgloss.NewStyle().Foreground(ui.VoiceColour(i)))
	}
	return st
}

// voice is the style of a speaker of palette colour i, none for -1.
func (st styles) voice(i int) lipgloss.Style {
	if i < 0 || len(st.voices) == 0 {
		return lipgloss.NewStyle()
	}
	return st.voices[i%len(st.voices)]
}
