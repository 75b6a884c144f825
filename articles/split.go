package articles

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"whosaid/model"
)

// Split cuts plain text into paragraphs as ../shared/corpus/FORMAT.md says.
// When a blank line separates two non-empty lines anywhere in the text, each
// block between blank lines is a paragraph and its inner line breaks are soft
// wraps; otherwise each non-empty line is a paragraph. Blank lines only at the
// start or the end do not count. The text is sanitized first (see Sanitize);
// every run of white space inside a paragraph, non-breaking spaces included,
// becomes one space, and paragraphs are trimmed. No paragraph is empty.
func Split(text string) []model.Paragraph {
	s := Sanitize(text)
	blocks := hasBlankLine(s)
	var b strings.Builder
	b.Grow(len(s))
	var spans [][2]int
	start := -1     // where the open paragraph starts in b, -1 when none is open
	space := false  // white space seen since the last word
	filled := false // the current line has something other than white space
	closePara := func() {
		if start >= 0 {
			spans = append(spans, [2]int{start, b.Len()})
			start = -1
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\n' {
			if !blocks || !filled {
				closePara()
			}
			space, filled = true, false
			i++
			continue
		}
		if n := spaceLen(s, i); n > 0 {
			space = true
			i += n
			continue
		}
		j := wordEnd(s, i)
		if start < 0 {
			start = b.Len()
		} else if space {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:j])
		space, filled = false, true
		i = j
	}
	closePara()
	all := b.String()
	out := make([]model.Paragraph, len(spans))
	for k, sp := range spans {
		out[k] = model.Paragraph{Text: all[sp[0]:sp[1]]}
	}
	return out
}

// hasBlankLine reports whether a blank (or white-space only) line stands
// between two non-empty lines of s.
func hasBlankLine(s string) bool {
	seenText, blankAfterText, filled := false, false, false
	for i := 0; i < len(s); {
		if s[i] == '\n' {
			if !filled && seenText {
				blankAfterText = true
			}
			filled = false
			i++
			continue
		}
		if n := spaceLen(s, i); n > 0 {
			i += n
			continue
		}
		if blankAfterText {
			return true
		}
		seenText, filled = true, true
		i = wordEnd(s, i)
	}
	return false
}

// wordEnd returns the end of the run of non-space, non-newline text that
// starts at s[i].
func wordEnd(s string, i int) int {
	j := i + 1
	for j < len(s) {
		c := s[j]
		if c == ' ' || c == '\n' || c >= 0x80 && spaceLen(s, j) > 0 {
			break
		}
		j++
	}
	return j
}

// spaceLen returns the byte length of the white-space character at s[i]
// (a space, or a Unicode space such as U+00A0 or U+202F), or 0.
func spaceLen(s string, i int) int {
	c := s[i]
	if c < 0x80 {
		if c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
			return 1
		}
		return 0
	}
	if c != 0xc2 && c != 0xe1 && c != 0xe2 && c != 0xe3 { // lead bytes of all Unicode spaces
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}
