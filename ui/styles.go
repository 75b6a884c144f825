package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

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
	// dimColor is for secondary text a reader still reads (paragraph
	// numbers, roles, key hints): quieter than the text, never faint.
	// faintColor is for rules and tracks only.
	dimColor    = lipgloss.AdaptiveColor{Light: "#6B7280", Dark: "#9CA3AF"}
	faintColor  = lipgloss.AdaptiveColor{Light: "#9CA3AF", Dark: "#4B5563"}
	accentColor = lipgloss.AdaptiveColor{Light: "#7C3AED", Dark: "#C4B5FD"}
	matchBg     = lipgloss.AdaptiveColor{Light: "#FDE68A", Dark: "#854D0E"}
	matchCurBg  = lipgloss.AdaptiveColor{Light: "#FB923C", Dark: "#EA580C"}
	statusBg    = lipgloss.AdaptiveColor{Light: "#E5E7EB", Dark: "#1F2937"}
	statusFg    = lipgloss.AdaptiveColor{Light: "#111827", Dark: "#E5E7EB"}
)

// voice is how one speaker's words are drawn.
type voice struct {
	quote    ink // a direct quotation
	reported ink // reported speech: quieter
	current  ink // the statement being walked
	tag      ink // gutter tags, panel names, map marks
}

// styles is every style of the reader, built once for a renderer.
type styles struct {
	voices    []voice
	nobody    voice
	match     ink
	matchCur  ink
	heading   ink
	title     ink // the article's title, the first heading of a page
	italic    ink
	dim       ink
	faint     ink // rules, the map's track
	bold      ink
	accent    ink
	status    ink
	statusHi  ink
	thumb     ink
	marked    ink            // the ★ of a highlight in the gutter and the panel
	underline ink            // added over a highlight's words
	hintKey   lipgloss.Style // for bubbles/help, which wants lipgloss styles
	hintDesc  lipgloss.Style
}

// newStyles builds the styles for a renderer; mono draws emphasis with
// attributes alone, for a terminal without colour.
func newStyles(r *lipgloss.Renderer, mono bool) *styles {
	col := resolver(r)
	accent, dim, fg, bg := col(accentColor), col(dimColor), col(statusFg), col(statusBg)
	st := &styles{
		faint:     inkOf(r.NewStyle().Foreground(col(faintColor))),
		nobody:    newVoice(r, nobody, col),
		match:     inkOf(r.NewStyle().Background(col(matchBg)).Foreground(fg)),
		matchCur:  inkOf(r.NewStyle().Background(col(matchCurBg)).Foreground(lipgloss.Color("0")).Bold(true)),
		heading:   inkOf(r.NewStyle().Bold(true).Foreground(accent)),
		title:     inkOf(r.NewStyle().Bold(true).Foreground(accent).Underline(true)),
		italic:    inkOf(r.NewStyle().Italic(true)),
		dim:       inkOf(r.NewStyle().Foreground(dim)),
		bold:      inkOf(r.NewStyle().Bold(true)),
		accent:    inkOf(r.NewStyle().Foreground(accent).Bold(true)),
		status:    inkOf(r.NewStyle().Background(bg).Foreground(fg)),
		statusHi:  inkOf(r.NewStyle().Background(bg).Foreground(accent).Bold(true)),
		thumb:     inkOf(r.NewStyle().Foreground(fg).Bold(true)),
		marked:    inkOf(r.NewStyle().Foreground(accent).Bold(true)),
		underline: inkOf(r.NewStyle().Underline(true)),
		hintKey:   r.NewStyle().Foreground(accent),
		hintDesc:  r.NewStyle().Foreground(dim),
	}
	for _, c := range palette {
		st.voices = append(st.voices, newVoice(r, c, col))
	}
	if mono {
		st.monochrome()
	}
	return st
}

// SGR attributes for a terminal without colour: NO_COLOR forbids colour,
// not emphasis, so matches keep reverse video as in less.
var (
	sgrBold      = ink{"\x1b[1m", "\x1b[0m"}
	sgrUnderline = ink{"\x1b[4m", "\x1b[0m"}
	sgrReverse   = ink{"\x1b[7m", "\x1b[0m"}
	sgrBoldRev   = ink{"\x1b[1;7m", "\x1b[0m"}
	sgrBoldUnder = ink{"\x1b[1;4m", "\x1b[0m"}
)

// monochrome replaces colour with attributes: the current statement bold,
// search matches reversed (the current one bold too), highlights
// underlined, the status bar reversed; other text stays plain, its speaker
// named in the gutter.
func (st *styles) monochrome() {
	plain := voice{tag: sgrBold, current: sgrBold}
	st.nobody = plain
	for i := range st.voices {
		st.voices[i] = plain
	}
	st.match, st.matchCur = sgrReverse, sgrBoldRev
	st.heading, st.title, st.bold, st.accent = sgrBold, sgrBoldUnder, sgrBold, sgrBold
	st.italic = ink{"\x1b[3m", "\x1b[0m"}
	st.dim, st.faint = ink{}, ink{}
	st.status, st.statusHi = sgrReverse, sgrBoldRev
	st.thumb, st.marked, st.underline = sgrBold, sgrBold, sgrUnderline
}

func newVoice(r *lipgloss.Renderer, ac lipgloss.AdaptiveColor, col func(lipgloss.AdaptiveColor) lipgloss.TerminalColor) voice {
	c := col(ac)
	return voice{
		quote:    inkOf(r.NewStyle().Foreground(c).Bold(true)),
		reported: inkOf(r.NewStyle().Foreground(c).Italic(true)),
		current:  inkOf(r.NewStyle().Foreground(c).Bold(true).Reverse(true)),
		tag:      inkOf(r.NewStyle().Foreground(c).Bold(true)),
	}
}

// PaletteSize is how many speaker colours there are.
func PaletteSize() int { return len(palette) }

// VoiceColour is the colour of palette entry i, as the reader draws a
// speaker's words in it.
func VoiceColour(i int) lipgloss.AdaptiveColor { return palette[i%len(palette)] }

// voicesOf gives speaker i the palette colour chosen[i]; speakers beyond
// chosen take colours by rank.
func voicesOf(r *lipgloss.Renderer, chosen []int, speakers int) []voice {
	col := resolver(r)
	made := map[int]voice{}
	out := make([]voice, max(speakers, 1))
	for i := range out {
		k := i % len(palette)
		if i < len(chosen) && chosen[i] >= 0 {
			k = chosen[i] % len(palette)
		}
		v, ok := made[k]
		if !ok {
			v = newVoice(r, palette[k], col)
			made[k] = v
		}
		out[i] = v
	}
	return out
}

// voiceOf returns the voice of speaker i (an index of Article.Speakers, or -1).
func (st *styles) voiceOf(i int) voice {
	if i < 0 {
		return st.nobody
	}
	return st.voices[i%len(st.voices)]
}

// resolver picks each adaptive colour for the background once and converts
// it to the renderer's profile once: lipgloss would otherwise search the
// 256-colour palette for the nearest colour on every Render, which dominated
// the time of a frame.
func resolver(r *lipgloss.Renderer) func(lipgloss.AdaptiveColor) lipgloss.TerminalColor {
	dark := r.HasDarkBackground()
	profile := r.ColorProfile()
	return func(c lipgloss.AdaptiveColor) lipgloss.TerminalColor {
		hex := c.Light
		if dark {
			hex = c.Dark
		}
		switch tc := profile.Color(hex).(type) {
		case termenv.ANSI256Color:
			return lipgloss.Color(strconv.Itoa(int(tc)))
		case termenv.ANSIColor:
			return lipgloss.Color(strconv.Itoa(int(tc)))
		case nil, termenv.NoColor:
			return lipgloss.NoColor{}
		}
		return lipgloss.Color(hex)
	}
}

// ink is a style reduced to the escape sequences around its text. Article
// text is one cleaned line (no tabs, no newlines), for which that is all
// lipgloss's Render does, at a fraction of the cost; frames draw hundreds.
type ink struct{ pre, post string }

func inkOf(st lipgloss.Style) ink {
	out := st.Render("\x00")
	i := strings.IndexByte(out, 0)
	if i < 0 {
		return ink{}
	}
	return ink{out[:i], out[i+1:]}
}

// Render wraps s in the ink's sequences.
func (k ink) Render(s string) string {
	if k.pre == "" && k.post == "" {
		return s
	}
	return k.pre + s + k.post
}

// over puts this ink's sequences in front of k's: an underline over a
// speaker's colour. k's closing sequence resets both.
func (u ink) over(k ink) ink {
	if k.pre == "" && k.post == "" {
		return u
	}
	return ink{u.pre + k.pre, k.post}
}
