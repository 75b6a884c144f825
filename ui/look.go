package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Style is the colour scheme, as glow's --style names it: auto asks the
// terminal for its background, dark and light say it, notty draws no colour.
type Style string

const (
	StyleAuto  Style = "auto"
	StyleDark  Style = "dark"
	StyleLight Style = "light"
	StyleNotty Style = "notty"
)

// ParseStyle reads a --style value.
func ParseStyle(s string) (Style, error) {
	switch st := Style(strings.ToLower(strings.TrimSpace(s))); st {
	case StyleAuto, StyleDark, StyleLight, StyleNotty:
		return st, nil
	case "":
		return StyleAuto, nil
	case "ascii":
		return StyleNotty, nil
	}
	return "", fmt.Errorf("unknown style %q (want auto, dark, light or notty)", s)
}

// StyleFromEnv is the style GLAMOUR_STYLE names, as glow reads it. glamour's
// other dark schemes (dracula, tokyo-night, pink) count as dark; a path to a
// style file, which only glamour can read, leaves the style to the terminal.
func StyleFromEnv(getenv func(string) string) Style {
	v := strings.ToLower(strings.TrimSpace(getenv("GLAMOUR_STYLE")))
	switch v {
	case "dracula", "tokyo-night", "pink":
		return StyleDark
	}
	if st, err := ParseStyle(v); err == nil {
		return st
	}
	return StyleAuto
}

// ColorMode is --color: auto (colour on a terminal), always or never.
type ColorMode string

const (
	ColorAuto   ColorMode = "auto"
	ColorAlways ColorMode = "always"
	ColorNever  ColorMode = "never"
)

// ParseColor reads a --color value.
func ParseColor(s string) (ColorMode, error) {
	switch c := ColorMode(strings.ToLower(strings.TrimSpace(s))); c {
	case ColorAuto, ColorAlways, ColorNever:
		return c, nil
	case "":
		return ColorAuto, nil
	}
	return "", fmt.Errorf("unknown colour mode %q (want auto, always or never)", s)
}

// colorWanted settles whether output gets colour, as bat and ls do: --color
// first, then NO_COLOR (https://no-color.org), then CLICOLOR_FORCE, then
// whether the output is a terminal that is not dumb. The notty style never
// has colour.
func colorWanted(mode ColorMode, style Style, terminal bool, getenv func(string) string) bool {
	switch {
	case style == StyleNotty || mode == ColorNever:
		return false
	case mode == ColorAlways:
		return true
	case getenv("NO_COLOR") != "":
		return false
	case getenv("CLICOLOR_FORCE") != "" && getenv("CLICOLOR_FORCE") != "0":
		return true
	case getenv("CLICOLOR") == "0":
		return false
	}
	return terminal && getenv("TERM") != "dumb"
}

// PrintColor tells whether printed output (not the reader) gets colour.
func PrintColor(mode ColorMode, style Style, terminal bool, getenv func(string) string) bool {
	return colorWanted(mode, style, terminal, getenv)
}

// printDark is the background printed colours are for: a pipe cannot be
// asked, so auto takes dark, as most terminals are.
func printDark(style Style) bool { return style != StyleLight }

// setup settles the reader's look before the program starts: the colour
// profile of lipgloss's default renderer, the background (asked of the
// terminal once, only when the style is auto and there is colour) and
// whether emphasis is drawn without colour.
func setup(opts Options, getenv func(string) string) (dark, mono bool) {
	r := lipgloss.DefaultRenderer()
	color := colorWanted(opts.Color, opts.Style, true, getenv)
	switch {
	case !color:
		r.SetColorProfile(termenv.Ascii)
	case r.ColorProfile() == termenv.Ascii:
		r.SetColorProfile(termenv.ANSI256) // forced: --color=always, CLICOLOR_FORCE
	}
	// Without colour, bold, reverse and underline still mark the current
	// statement and the search matches, except on a dumb terminal.
	mono = !color && getenv("TERM") != "dumb"
	switch opts.Style {
	case StyleDark:
		return true, mono
	case StyleLight:
		return false, mono
	}
	if !color {
		return true, mono // no colour: nothing depends on the background
	}
	return r.HasDarkBackground(), mono
}

// Bold returns a function that makes text bold when on is true, and leaves
// it as it is otherwise (printed output without colour).
func Bold(on bool) func(string) string {
	if !on {
		return func(s string) string { return s }
	}
	return sgrBold.Render
}
