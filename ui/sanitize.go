package ui

import (
	"strings"
	"unicode/utf8"
)

// clean makes text safe to draw: every C0 and C1 control character, DEL and
// every byte of invalid UTF-8 is replaced, byte for byte, by a visible
// placeholder, so an escape sequence hidden in an article can never reach the
// terminal raw. The byte length is kept, so statement offsets stay valid.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b[i] = '?'
		case r == '\t' || r == '\n' || r == '\r':
			b[i] = ' '
		case isControl(r):
			for k := 0; k < n; k++ {
				b[i+k] = '?'
			}
		}
		i += max(n, 1)
	}
	return string(b)
}

// isClean is the cheap check done first: most text has nothing to replace.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			return cleanFrom(s[i:])
		}
	}
	return true
}

func cleanFrom(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n <= 1) || isControl(r) {
			return false
		}
		i += n
	}
	return true
}

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f)
}

// oneLineClean is clean for short labels (names, roles, sources), with runs of
// white space folded.
func oneLineClean(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}
