package articles

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"whosaid/internal/ascii"

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
	var breaks []int // where in b a line began after a line that ended a sentence
	open := -1       // where the open paragraph starts in b, -1 when none is open
	ended := false   // the open paragraph's last line ended a sentence
	for len(s) > 0 {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		if open < 0 {
			start := b.Len()
			if appendFolded(&b, line, false) {
				open = start
			}
		} else if at := b.Len() + 1; !appendFolded(&b, line, true) {
			spans = append(spans, [2]int{open, b.Len()})
			open = -1
		} else if ended || tooLongToWrap(line) {
			breaks = append(breaks, at)
		}
		ended = endsSentenceLine(line) || shortLine(line)
		if open >= 0 && !blocks {
			spans = append(spans, [2]int{open, b.Len()})
			open = -1
		}
	}
	if open >= 0 {
		spans = append(spans, [2]int{open, b.Len()})
	}
	all := b.String()
	out := make([]model.Paragraph, len(spans))
	for k, sp := range spans {
		out[k] = model.Paragraph{Text: all[sp[0]:sp[1]]}
		for len(breaks) > 0 && breaks[0] < sp[1] {
			out[k].Breaks = append(out[k].Breaks, breaks[0]-sp[0])
			breaks = breaks[1:]
		}
	}
	return out
}

// endsSentenceLine reports a line too long for a hand-wrapped text that
// ends a sentence: a page that puts paragraphs on lines of their own and
// blank lines only here and there. The line after it opens a sentence,
// though the format makes both one paragraph.
func endsSentenceLine(line string) bool {
	line = strings.TrimRight(line, " \t\r")
	if len(line) < 100 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(`.?!"”’`, r)
}

// tooLongToWrap reports a line longer than a hand-wrapped text's: the
// text puts a paragraph on each line, so the line before it ended
// something (a live blog's heading, "17:40 GMT - Panic in Goma", over its
// entry) even with no stop.
func tooLongToWrap(line string) bool {
	return len(strings.TrimSpace(line)) >= 100
}

// shortLine reports a line too short to be a hand-wrapped text's: a
// byline's name, a correspondent's title, a live blog's time over its
// entry's heading. What follows it on the next line opens a sentence.
func shortLine(line string) bool {
	line = strings.TrimSpace(line)
	if n := len(line); n == 0 || n >= 40 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsLetter(r) || unicode.IsDigit(r) // no stop nor semicolon: a headline's "…;" runs on into its deck
}

// appendFolded writes line to b without leading or trailing white space and
// with each run of white space inside it folded to one space; sep asks for a
// space before the line's first word. It reports whether the line had any
// text. Runs of words with single spaces between them are copied whole.
func appendFolded(b *strings.Builder, line string, sep bool) bool {
	wrote := false
	for i := 0; i < len(line); {
		if n := spaceLen(line, i); n > 0 {
			i += n
			continue
		}
		j := runEnd(line, i)
		if sep {
			b.WriteByte(' ')
		}
		b.WriteString(line[i:j])
		wrote, sep = true, true
		i = j
	}
	return wrote
}

// runEnd returns the end of the text starting at line[i] that needs no
// folding: words with single ASCII spaces between them.
func runEnd(line string, i int) int {
	j := i + 1
	for j < len(line) {
		if j+8 <= len(line) && ascii.Words(ascii.Load(line, j)) {
			j += 8
			continue
		}
		switch breakByte[line[j]] {
		case 0:
			j++
			continue
		case 1:
			if line[j] == ' ' && j+1 < len(line) && breakByte[line[j+1]] == 0 {
				j += 2
				continue
			}
		case 2:
			if spaceLen(line, j) == 0 {
				j++
				continue
			}
		}
		return j
	}
	return j
}

// breakByte sorts the bytes that may end a run: 1 for ASCII white space, 2
// for lead bytes of Unicode spaces, which need a look at the whole rune.
var breakByte = [256]uint8{' ': 1, '\n': 1, '\t': 1, '\r': 1, '\v': 1, '\f': 1, 0xc2: 2, 0xe1: 2, 0xe2: 2, 0xe3: 2}

// hasBlankLine reports whether a blank (or white-space only) line stands
// between two lines with text.
func hasBlankLine(s string) bool {
	seenText, blankAfterText := false, false
	for len(s) > 0 {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		if isBlank(line) {
			blankAfterText = seenText
			continue
		}
		if blankAfterText {
			return true
		}
		seenText = true
	}
	return false
}

func isBlank(line string) bool {
	for i := 0; i < len(line); {
		n := spaceLen(line, i)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
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

// SplitTitled is Split for an article's plain text: a first line that reads
// as a headline is the article's title, not its first paragraph (as a
// Markdown heading is). A headline is one line with a blank line after it,
// at most 100 characters, not ending as a sentence or clause does (. , ; :),
// and not a byline ("By Ana Ruiz").
func SplitTitled(text string) (string, []model.Paragraph) {
	ps := Split(text)
	if len(ps) < 2 || !headline(text, ps[0].Text) {
		return "", ps
	}
	return ps[0].Text, ps[1:]
}

// datelined reports a paragraph that opens with a dateline: a place in
// capitals and a dash ("EDMONTON — ", "OTTAWA, Ont. - ").
func datelined(first string) bool {
	for _, dash := range []string{" — ", " – ", " - ", " -- "} {
		if i := strings.Index(first, dash); i > 1 && i < 40 {
			place := first[:i]
			if c := strings.IndexByte(place, ','); c > 0 {
				place = place[:c] // "OTTAWA, Ont."
			}
			if headlineTags[place] {
				return false // "EXCLUSIVE — Top GOP Strategist to Donors: …": a headline's tag, no place
			}
			return strings.ToUpper(place) == place && strings.IndexFunc(place, unicode.IsLetter) >= 0
		}
	}
	return false
}

// headlineTags open a headline in capitals before a dash, as a dateline's
// place opens a lede.
var headlineTags = map[string]bool{"EXCLUSIVE": true, "BREAKING": true, "WATCH": true, "UPDATE": true,
	"UPDATED": true, "ANALYSIS": true, "OPINION": true, "LIVE": true, "VIDEO": true, "EDITORIAL": true,
	"COMMENTARY": true, "FACT CHECK": true, "REVIEW": true, "INTERVIEW": true}

func headline(raw, first string) bool {
	raw = strings.TrimLeft(raw, " \t\r\n\uFEFF")
	line, rest, ok := strings.Cut(raw, "\n")
	next, _, _ := strings.Cut(rest, "\n")
	if !ok || strings.TrimSpace(next) != "" || strings.Join(strings.Fields(line), " ") != first {
		return false // more than one line, or no blank line after it
	}
	if utf8.RuneCountInString(first) > 150 || strings.HasPrefix(first, "By ") || datelined(first) {
		return false // a lede that opens "RIVERTON — " runs on past a headline's length
	}
	end := strings.TrimRight(first, "”’\"')]»")
	r, _ := utf8.DecodeLastRuneInString(end)
	if strings.ContainsRune(".,;:", r) {
		return false
	}
	return strings.IndexFunc(first, unicode.IsLetter) >= 0
}
