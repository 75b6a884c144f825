package articles

import (
	"strings"
	"unicode/utf8"
	"whosaid/internal/ascii"
)

// Sanitize makes text from outside safe to print on a terminal and clean for
// the analysis. It removes escape sequences (CSI, OSC, DCS, SOS, PM, APC and
// two-byte ESC sequences, in their 7-bit and 8-bit forms), the other C0 and C1
// controls, and bidi overrides and isolates; it turns CR LF, lone CR, VT, FF,
// NEL and the Unicode line and paragraph separators into "\n", tabs into
// spaces, drops U+FEFF, and replaces each run of invalid UTF-8 with U+FFFD.
// The result holds no control character other than "\n". Text that needs none
// of this is returned as is, without copying.
func Sanitize(s string) string {
	valid := utf8.ValidString(s)
	i := firstUnsafe(s, valid)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		j := i + firstUnsafe(s[i:], valid)
		b.WriteString(s[i:j])
		if j == len(s) {
			break
		}
		i = fixAt(&b, s, j)
	}
	return b.String()
}

// firstUnsafe returns the offset of the first byte Sanitize must act on, or
// len(s). It is the hot loop: plain ASCII and ordinary UTF-8 pass untouched.
// When s is known to be valid UTF-8 only the lead bytes of runes Sanitize
// changes (U+0080–U+009F, U+2028–U+202E and U+2066–U+2069, U+FEFF) need a look.
func firstUnsafe(s string, valid bool) int {
	skip := &safeBytes
	if valid {
		skip = &safeValidBytes
	}
	for i := 0; i < len(s); i++ {
		for i+8 <= len(s) && ascii.Printable(ascii.Load(s, i)) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if skip[c] {
			continue
		}
		if c < 0x80 {
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unsafeRune(r) {
			return i
		}
		i += n - 1
	}
	return len(s)
}

// safeBytes marks the bytes firstUnsafe passes without a look: printable
// ASCII and the line break; safeValidBytes adds, for valid UTF-8, the
// non-ASCII bytes that start no rune Sanitize changes.
var safeBytes, safeValidBytes = func() (t, v [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 0x20 && c < 0x7f || c == '\n'
		v[c] = t[c] || c >= 0x80 && c != 0xc2 && c != 0xe2 && c != 0xef
	}
	return t, v
}()

// unsafeRune reports the non-ASCII runes Sanitize removes or replaces.
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f: // C1 controls
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // bidi overrides, isolates
		return true
	case r == 0x2028, r == 0x2029, r == 0xfeff:
		return true
	}
	return false
}

// 8-bit forms of the C1 controls that open sequences or end them.
const (
	c1DCS = 0x90
	c1SOS = 0x98
	c1ST  = 0x9c
	c1CSI = 0x9b
	c1OSC = 0x9d
	c1PM  = 0x9e
	c1APC = 0x9f
	c1NEL = 0x85
)

// fixAt handles the unsafe byte at s[i], writing any replacement to b, and
// returns the offset just past what it consumed.
func fixAt(b *strings.Builder, s string, i int) int {
	c := s[i]
	switch {
	case c == 0x1b:
		return skipEscape(s, i+1)
	case c == '\r':
		b.WriteByte('\n')
		if i+1 < len(s) && s[i+1] == '\n' {
			return i + 2
		}
		return i + 1
	case c == '\t':
		b.WriteByte(' ')
		return i + 1
	case c == '\v' || c == '\f':
		b.WriteByte('\n')
		return i + 1
	case c < 0x80: // other C0 controls and DEL
		return i + 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n == 1:
		b.WriteString("\uFFFD")
		for i += n; i < len(s); i++ { // one replacement per run of bad bytes
			if r, n := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || n != 1 {
				break
			}
		}
		return i
	case r == c1NEL || r == 0x2028 || r == 0x2029:
		b.WriteByte('\n')
	case r == c1CSI:
		return skipCSI(s, i+n)
	case r == c1OSC || r == c1DCS || r == c1SOS || r == c1PM || r == c1APC:
		return skipString(s, i+n)
	}
	return i + n
}

// skipEscape skips what follows an ESC at s[i-1] and returns the offset after
// the sequence. An ESC followed by anything that cannot continue a sequence is
// dropped alone.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch c := s[i]; {
	case c == '[':
		return skipCSI(s, i+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return skipString(s, i+1)
	case c >= 0x20 && c <= 0x2f: // intermediates, then a final byte (nF: ESC ( B)
		j := i
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			j++
		}
		return j
	case c >= 0x30 && c <= 0x7e: // two-byte sequence (ESC 7, ESC c, ESC \)
		return i + 1
	}
	return i
}

// skipCSI skips a control sequence's parameter and intermediate bytes and its
// final byte. A byte that cannot belong to it ends it and is kept.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string (OSC, DCS, SOS, PM, APC) up to its
// terminator: ST (ESC \ or U+009C) or BEL. One left unterminated ends at the
// line's end, so a stray opener cannot swallow the rest of an article.
func skipString(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case 0x07:
			return i + 1
		case '\n', '\r':
			return i
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i // a new sequence begins
		case 0xc2:
			if i+1 < len(s) && s[i+1] == c1ST {
				return i + 2
			}
		}
		i++
	}
	return i
}
