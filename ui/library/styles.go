package library

import (
	"github.com/charmbracelet/lipgloss"

	"whosaid/model"
	"whosaid/ui"
)

// styles of the library's own screens; the reader brings its own. Marks
// that matter (the selected row, errors, bars) are characters too, so they
// survive NO_COLOR.
type styles struct {
	header, dim, bold, err, selected lipgloss.Style
	voices                           []lipgloss.Style                // the reader's speaker colours, by palette index
	genders                          map[model.Gender]lipgloss.Style // the chart's gender bars
}

var (
	dimColour    = lipgloss.AdaptiveColor{Light: "#6B7280", Dark: "#9CA3AF"}
	accentColour = lipgloss.AdaptiveColor{Light: "#7C3AED", Dark: "#C4B5FD"}
	errColour    = lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF6B6B"}
)

// genderColours tell the chart's gender bars apart on a colour terminal;
// unknown is dim. Their labels tell them apart without colour.
var genderColours = map[model.Gender]lipgloss.AdaptiveColor{
	model.Female:    {Light: "#B45309", Dark: "#FBBF24"},
	model.Male:      {Light: "#0E7490", Dark: "#67E8F9"},
	model.NonBinary: {Light: "#7E22CE", Dark: "#D8B4FE"},
}

func newStyles() styles {
	st := styles{
		header:   lipgloss.NewStyle().Bold(true).Foreground(accentColour),
		dim:      lipgloss.NewStyle().Foreground(dimColour),
		bold:     lipgloss.NewStyle().Bold(true),
		err:      lipgloss.NewStyle().Foreground(errColour),
		selected: lipgloss.NewStyle().Bold(true).Foreground(accentColour),
	}
	st.genders = map[model.Gender]lipgloss.Style{model.UnknownGender: st.dim}
	for g, c := range genderColours {
		st.genders[g] = lipgloss.NewStyle().Foreground(c)
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

// gender is the style of gender g's bar.
func (st styles) gender(g model.Gender) lipgloss.Style { return st.genders[g] }
