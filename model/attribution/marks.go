package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"whosaid/internal/ascii"
)

// span is one top-level quotation in a paragraph: the marks at Open and
// Close (Close == len(text) when the quotation runs to the paragraph's end),
// End just after the closing mark, and the quoted text between the marks.
type span struct {
	Open, Close, End   int
	TextStart, TextEnd int
	Closed             bool
	Mark               rune
	title              bool // the words read as a title (titleLike), told in the first pass
}

// closers lists, for each opening mark, the marks that may close it.
var closers = map[rune]string{
	'“': "”\"", '„': "“”\"", '‟': "”", '⹂': "”", '”': "”",
	'‘': "’'", '‚': "’‘", '‛': "’", '’': "’",
	'«': "»", '»': "«", '‹': "›", '›': "‹",
	'「': "」", '『': "』", '〝': "〞〟", '〟': "〞", '‵': "′", '‶': "″", '‷': "‴", '`': "´'",
	'"': "\"”", '\'': "'’", '＂': "＂",
}

// openOnly marks never close a quotation except the ones listed in closers.
func isMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '„', '‟', '⹂', '‘', '’', '‚', '‛', '«', '»', '‹', '›',
		'「', '」', '『', '』', '〝', '〞', '〟', '‵', '′', '‶', '″', '‷', '‴', '`', '´', '＂':
		return true
	}
	return false
}

func isSingle(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '‚' || r == '‛' }

// canOpen reports whether r is ever an opening mark.
func canOpen(r rune) bool { _, ok := closers[r]; return ok }

type opener struct {
	mark rune
	pos  int
	text int
}

// scanQuotes finds the top-level quotations of one paragraph in one pass.
// Apostrophes, inch and foot marks are told apart from quotation marks; an
// unpaired opening mark runs to the paragraph's end and no further.
func scanQuotes(text string) []span {
	var out []span
	var stackBuf [8]opener // nesting deeper than this is rare: no allocation
	stack := stackBuf[:0]
	var sc *singleCloserIndex // built only for paragraphs with a possible possessive
	first, last := strayWrap(text)
	for i := 0; i < len(text); {
		if i == first || i == last {
			i++ // a paste's straight quotes around a paragraph that has its own: "“…,” Rubio responded …"
			continue
		}
		if i+8 <= len(text) && ascii.NoQuote(ascii.Load(text, i)) {
			i += 8 // most runs of bytes: no mark
			continue
		}
		if !markByte[text[i]] {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+1 < len(text) && text[i+1] == '\'' {
			// some archives print “ and ” as two apostrophes: ''like this''
			if i+2 < len(text) && text[i+2] == '\'' && pendingSingle(stack) {
				stack = handleMark(text, i, r, 1, stack, &out, &sc) // a single closes first: 'inner' then ''
				i++
			}
			stack = handleMark(text, i, '"', 2, stack, &out, &sc)
			i += 2
			continue
		}
		if r >= 0x80 || r == '"' || r == '\'' || r == '`' {
			if isMark(r) {
				stack = handleMark(text, i, r, size, stack, &out, &sc)
			}
		}
		i += size
	}
	if len(stack) > 0 {
		o := stack[0]
		if o.text < len(text) {
			out = append(out, span{Open: o.pos, Close: len(text), End: len(text), TextStart: o.text, TextEnd: len(text), Mark: o.mark})
		}
	}
	return dropEmpty(text, out)
}

// strayWrap finds the straight quotes a paste put around a whole
// paragraph that holds typographic ones, '"“…,” Rubio responded …"': the
// first and last byte offsets, or -1, -1 when the paragraph is no such.
func strayWrap(text string) (int, int) {
	if len(text) < 4 || text[0] != '"' || !strings.HasPrefix(text[1:], "“") {
		return -1, -1
	}
	end := strings.TrimRight(text, " \t")
	if len(end) < 2 || end[len(end)-1] != '"' || strings.Count(text, "\"") != 2 {
		return -1, -1
	}
	return 0, len(end) - 1
}

func dropEmpty(text string, spans []span) []span {
	kept := spans[:0]
	for _, s := range spans {
		if hasLetterOrDigit(text[s.TextStart:s.TextEnd]) {
			kept = append(kept, s)
		}
	}
	return kept
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func handleMark(text string, i int, r rune, size int, stack []opener, out *[]span, sc **singleCloserIndex) []opener {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if i == 0 {
		prev = ' '
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if i+size >= len(text) {
		next = ' '
	}
	if isUnitMark(r, prev, next, stack, r == '"' && unicode.IsDigit(prev) && strings.Contains(text[i+size:], "\"") && !yearBefore(text, i)) ||
		isApostrophe(text, i, r, size, prev, next, stack, sc) {
		return stack
	}
	left := isSpaceOrOpen(prev) && !unicode.IsSpace(next)
	right := !unicode.IsSpace(prev) && !isOpenPunct(prev)
	if k := matchingOpener(stack, r); k >= 0 && (right || !left || !canOpen(r) || !isStraight(r)) {
		o := stack[k]
		stack = stack[:k]
		if k == 0 {
			*out = append(*out, span{Open: o.pos, Close: i, End: i + size, TextStart: o.text, TextEnd: i, Closed: true, Mark: o.mark})
		}
		return stack
	}
	if canOpen(r) && (left || !isSymmetricOrCloser(r)) && (!unicode.IsSpace(next) || r == '«' || r == '‹') {
		return append(stack, opener{mark: r, pos: i, text: i + size})
	}
	return stack
}

func isStraight(r rune) bool { return r == '"' || r == '\'' || r == '＂' }

// isSymmetricOrCloser marks the marks that need a left-flanking position to open.
func isSymmetricOrCloser(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', '»', '›', '＂':
		return true
	}
	return false
}

// matchingOpener finds the innermost opener that r closes, looking at most
// three levels down so a stray inner mark cannot hold the outer one open.
func matchingOpener(stack []opener, r rune) int {
	for k := len(stack) - 1; k >= 0 && k >= len(stack)-3; k-- {
		for _, c := range closers[stack[k].mark] {
			if c == r {
				return k
			}
		}
	}
	return -1
}

// isUnitMark tells inch and foot marks (6'2", a 12" pipe) from quotation marks.
func isUnitMark(r, prev, next rune, stack []opener, laterStraightCloser bool) bool {
	if !unicode.IsDigit(prev) {
		return false
	}
	switch r {
	case '\'', '′', '’':
		return unicode.IsDigit(next) || (r == '′' && !pending(stack, '‵'))
	case '"', '″':
		if r == '″' {
			return !pending(stack, '‶')
		}
		// inside a straight-quoted quotation it is a unit only if a later
		// mark can still close the quotation
		return len(stack) == 0 || stack[len(stack)-1].mark != '"' || laterStraightCloser
	}
	return false
}

// yearBefore reports four digits or more right before i: "since 2020" ends
// a quotation, no length in inches does.
func yearBefore(text string, i int) bool {
	n := 0
	for i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		i--
		n++
	}
	return n >= 4
}

func pending(stack []opener, m rune) bool {
	for _, o := range stack {
		if o.mark == m {
			return true
		}
	}
	return false
}

// elisions are words that start with an apostrophe ('twas, 'em).
var elisions = []string{"twas", "tis", "em", "cause", "til", "till", "bout", "n", "nuff", "round"}

// isApostrophe tells an apostrophe (don't, O'Neill, '90s, the Smiths',
// rock 'n' roll) from a single quotation mark.
func isApostrophe(text string, i int, r rune, size int, prev, next rune, stack []opener, scp **singleCloserIndex) bool {
	if !isSingle(r) || r == '‚' || r == '‛' {
		return false
	}
	if isWordRune(prev) && isWordRune(next) {
		return true // inside a word
	}
	if !isWordRune(prev) && (unicode.IsDigit(next) || startsElision(text[i+size:])) {
		return true // '90s, 'twas, 'n'
	}
	if prev == 'n' && i >= 2 && isSingle(lastRuneBefore(text, i-1)) && !isWordRune(next) {
		return true // the closing half of 'n'
	}
	if (prev == 's' || prev == 'S') && !isWordRune(next) && (r == '’' || r == '\'') {
		// plural possessive unless it is the closer a pending single quotation needs
		if !pendingSingle(stack) {
			return true
		}
		if *scp == nil {
			*scp = newSingleCloserIndex(text)
		}
		return (*scp).laterCloserFor(i + size)
	}
	if isWordRune(prev) && !pendingSingle(stack) && (r == '’' || r == '\'') {
		return true // cookin', a closer with nothing to close
	}
	return false
}

func lastRuneBefore(text string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

func startsElision(s string) bool {
	for _, e := range elisions {
		if len(s) >= len(e) && equalFoldASCII(s[:len(e)], e) {
			rest := s[len(e):]
			nr, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || !isWordRune(nr) || isSingle(nr) {
				return true
			}
		}
	}
	return false
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func pendingSingle(stack []opener) bool {
	return len(stack) > 0 && isSingle(stack[len(stack)-1].mark)
}

func isWordRune(r rune) bool {
	if uint32(r) < 0x80 {
		return asciiWord[r]
	}
	if generalPunctuation(r) {
		return false // curly quotes and dashes, common in news: no table search
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// generalPunctuation reports the runes of Unicode's General Punctuation
// block (U+2000–U+206F: spaces, dashes, quotation marks, ellipsis), none
// of them a letter, digit or mark.
func generalPunctuation(r rune) bool { return r >= 0x2000 && r <= 0x206F }

// markByte marks the bytes that may start a quotation mark: the ASCII
// marks and every byte of a multi-byte rune.
var markByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 0x80 || c == '"' || c == '\'' || c == '`'
	}
	return t
}()

// asciiWord marks the ASCII letters and digits: the tokenizer tests every
// byte of the text against it.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isSpaceOrOpen(r rune) bool { return unicode.IsSpace(r) || isOpenPunct(r) || isMark(r) }

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', ';', '…':
		return true
	}
	return false
}

// singleCloserIndex answers, in amortised constant time, whether a later
// single mark could close a pending single quotation before another one opens.
type singleCloserIndex struct {
	text    string
	closers []int // positions of marks that can only close
	openers []int // positions of marks that open a single quotation
	ci, oi  int
}

func newSingleCloserIndex(text string) *singleCloserIndex {
	sc := &singleCloserIndex{text: text}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '’' || r == '\'' || r == '‘' {
			prev := ' '
			if i > 0 {
				prev = lastRuneBefore(text, i)
			}
			next := ' '
			if i+size < len(text) {
				next, _ = utf8.DecodeRuneInString(text[i+size:])
			}
			switch {
			case r == '‘' || (r == '\'' && isSpaceOrOpen(prev) && isWordRune(next)):
				sc.openers = append(sc.openers, i)
			case !unicode.IsSpace(prev) && !isWordRune(next):
				sc.closers = append(sc.closers, i)
			}
		}
		i += size
	}
	return sc
}

// laterCloserFor reports whether a closing single mark follows position at
// with no single opening mark in between.
func (sc *singleCloserIndex) laterCloserFor(at int) bool {
	for sc.ci < len(sc.closers) && sc.closers[sc.ci] < at {
		sc.ci++
	}
	for sc.oi < len(sc.openers) && sc.openers[sc.oi] < at {
		sc.oi++
	}
	if sc.ci >= len(sc.closers) {
		return false
	}
	return sc.oi >= len(sc.openers) || sc.openers[sc.oi] > sc.closers[sc.ci]
}
