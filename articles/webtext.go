package articles

import (
	"strings"
	"unicode"
)

// sanitize strips terminal control sequences from text that came from a page
// or a feed. It is the one call site to point at a shared sanitizer.
func sanitize(s string) string {
	return stripControls(s)
}

// stripControls removes ESC-introduced sequences (CSI, OSC, DCS and the
// like), C1 controls and other control characters but tab and newline, and
// bidirectional overrides that could disguise text.
func stripControls(s string) string {
	if !needsStrip(s) {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b:
			i = escapeEnd(rs, i)
		case r == 0x9b:
			i = stringEnd(rs, i+1, true)
		case r == 0x9d || r == 0x90 || r == 0x9e || r == 0x9f || r == 0x98:
			if end := stringEnd(rs, i+1, false); end >= 0 {
				i = end
			}
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case unicode.IsControl(r), isBidiControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsStrip(s string) bool {
	for _, r := range s {
		if (unicode.IsControl(r) && r != '\t' && r != '\n') || isBidiControl(r) {
			return true
		}
	}
	return false
}

func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// escapeEnd returns the index of the last rune of the escape sequence
// starting at i.
func escapeEnd(rs []rune, i int) int {
	if i+1 >= len(rs) {
		return i
	}
	switch rs[i+1] {
	case '[':
		return stringEnd(rs, i+2, true)
	case ']', 'P', 'X', '^', '_':
		if end := stringEnd(rs, i+2, false); end >= 0 {
			return end
		}
		return i + 1 // unterminated: keep the text after it
	}
	// Two- or three-character sequences: ESC, intermediates, final.
	j := i + 1
	for j < len(rs) && rs[j] >= 0x20 && rs[j] <= 0x2f {
		j++
	}
	if j < len(rs) && rs[j] >= 0x30 && rs[j] <= 0x7e {
		return j
	}
	return j - 1
}

// stringEnd skips a CSI (csi true: parameters up to a final byte) or a
// string sequence ending in BEL or ST, and returns its last index, or -1 for
// a string sequence that never ends.
func stringEnd(rs []rune, j int, csi bool) int {
	for ; j < len(rs); j++ {
		r := rs[j]
		if csi {
			if r >= 0x40 && r <= 0x7e {
				return j
			}
			if r < 0x20 || r > 0x3f {
				return j - 1
			}
			continue
		}
		if r == 0x07 || r == 0x9c {
			return j
		}
		if r == 0x1b && j+1 < len(rs) && rs[j+1] == '\\' {
			return j + 1
		}
	}
	if csi {
		return len(rs) - 1
	}
	return -1
}
