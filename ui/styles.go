package ui

import "github.com/charmbracelet/lipgloss"

// palette holds the speakers' colours, by rank in the panel: the same article
// gets the same colours on every run. Each has a dark variant for light
// backgrounds and a light one for dark backgrounds.
var palette = []lipgloss.AdaptiveColor{
	{Light: "#B45309", Dark: "#F59E0B"}, // amber
	{Light: "#1D4ED8", Dark: "#60A5FA"}, // blue
	{Light: "#047857", Dark: "#34D399"}, // green
	{Light: "#A21CAF", Dark: "#E879F9"}, // magenta
	{Light: "#B91C1C", Dark: "#F87171"}, // red
	{Light: "#0E7490", Dark: "#22D3EE"}, // cyan
	{Light: "#4D7C0F", Dark: "#A3E635"}, // lime
	{Light: "#6D28D9", Dark: "#A78BFA"}, // violet
}

// nobody is the colour of words that are no one's (titles, scare quotes).
var nobody = lipgloss.AdaptiveColor{Light: "#6B7280", Dark: "#9CA3AF"}

var (
	dimColor    = lipgloss.AdaptiveColor{Light: "#9CA3AF", Dark: "#4B5563"}
	accentColor = lipgloss.AdaptiveColor{Light: "#7C3AED", Dark: "#C4B5FD"}
	matchBg     = lipgloss.AdaptiveColor{Light: "#FDE68A", Dark: "#854D0E"}
	matchCurBg  = lipgloss.AdaptiveColor{Light: "#FB923C", Dark: "#EA580C"}
	statusBg    = lipgloss.AdaptiveColor{Light: "#E5E7EB", Dark: "#1F2937"}
	statusFg    = lipgloss.AdaptiveColor{Light: "#111827", Dark: "#E5E7EB"}
)

// voice is how one speaker's words are drawn.
type voice struct {
	color    lipgloss.AdaptiveColor
	quote    lipgloss.Style // a direct quotation
	reported lipgloss.Style // reported speech: quieter
	current  lipgloss.Style // the statement being walked
	tag      lipgloss.Style // gutter tags, panel names, map marks
}

// styles is every style of the reader, built once for a renderer.
type styles struct {
	voices   []voice
	nobody   voice
	match    lipgloss.Style
	matchCur lipgloss.Style
	heading  lipgloss.Style
	dim      lipgloss.Style
	bold     lipgloss.Style
	accent   lipgloss.Style
	status   lipgloss.Style
	statusHi lipgloss.Style
	thumb    lipgloss.Style
}

func newStyles(r *lipgloss.Renderer) *styles {
	st := &styles{
		nobody:   newVoice(r, nobody),
		match:    r.NewStyle().Background(matchBg).Foreground(statusFg),
		matchCur: r.NewStyle().Background(matchCurBg).Foreground(lipgloss.Color("#000000")).Bold(true),
		heading:  r.NewStyle().Bold(true).Foreground(accentColor),
		dim:      r.NewStyle().Foreground(dimColor),
		bold:     r.NewStyle().Bold(true),
		accent:   r.NewStyle().Foreground(accentColor).Bold(true),
		status:   r.NewStyle().Background(statusBg).Foreground(statusFg),
		statusHi: r.NewStyle().Background(statusBg).Foreground(accentColor).Bold(true),
		thumb:    r.NewStyle().Foreground(statusFg).Bold(true),
	}
	for _, c := range palette {
		st.voices = append(st.voices, newVoice(r, c))
	}
	return st
}

func newVoice(r *lipgloss.Renderer, c lipgloss.AdaptiveColor) voice {
	return voice{
		color:    c,
		quote:    r.NewStyle().Foreground(c).Bold(true),
		reported: r.NewStyle().Foreground(c).Italic(true),
		current:  r.NewStyle().Foreground(c).Bold(true).Reverse(true),
		tag:      r.NewStyle().Foreground(c).Bold(true),
	}
}

// voiceOf returns the voice of speaker i (an index of Article.Speakers, or -1).
func (st *styles) voiceOf(i int) voice {
	if i < 0 {
		return st.nobody
	}
	return st.voices[i%len(st.voices)]
}
