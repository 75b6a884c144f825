package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"whosaid/internal/ascii"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tQuote // a whole top-level quotation
)

// token is a word, a punctuation mark, or a whole quotation (the analysis
// never looks inside quotations for cues).
type token struct {
	start, end int32 // 32 bits keep a 50 MB paragraph's tokens in bounds
	q          int32 // quotation index for tQuote
	kind       tokKind
	cap        bool      // starts with an upper-case letter
	poss       bool      // ends in 's or s'
	sentStart  bool      // first token of a sentence
	hyphen     bool      // a word with a hyphen in it (al-Sayed), told by wordEnd
	midCap     bool      // the article capitalises the word mid-sentence (midCaps holds low); set for capitalised and hyphened words only (see midCapAsked)
	flags      wordFlags // info's flags, kept here so testing one reads no pointer
	low        string    // lower-case word, possessive stripped
	info       *wordInfo
}

// tokenize splits the text outside quotations into tokens.
// The tokens are appended to toks. A sentence starts at each of breaks.
func tokenize(text string, spans []span, breaks []int, toks []token, words *wordCache) []token {
	first := len(toks)
	pos := 0
	for qi, s := range spans {
		toks = tokenizeRange(text, pos, s.Open, toks, words)
		toks = append(toks, token{start: int32(s.Open), end: int32(s.End), kind: tQuote, q: int32(qi)})
		pos = s.End
	}
	toks = tokenizeRange(text, pos, len(text), toks, words)
	markSentences(text, toks[first:])
	markBreaks(toks[first:], breaks)
	return toks
}

func tokenizeRange(text string, from, to int, toks []token, words *wordCache) []token {
	i := from
	for i < to {
		c := text[i]
		if c == ' ' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case asciiWord[c] || c >= 0x80 && isWordRune(r): // first: most tokens are words, and no space is one
			j, hyphen := wordEnd(text, i, to)
			r := words.read(text[i:j])
			t := token{start: int32(i), end: int32(j), kind: tWord, cap: r.cap, poss: r.poss, midCap: r.midCap,
				hyphen: hyphen, low: r.low, info: r.info, flags: r.flags}
			if t.cap && hyphen && agentCompound(text[i:j]) && len(toks) > 0 && toks[len(toks)-1].kind == tWord && !capBefore(toks[len(toks)-1]) {
				t.cap = false // "the Iranian-backed Houthi rebels": the compound describes the name after it (but "South Korean-born" stays whole, and a sentence's first word keeps its capital)
			}
			if n := apostropheAt(text, j, to); n > 0 && t.low != "" && strings.HasSuffix(t.low, "s") {
				// a plural possessive apostrophe (the Smiths') belongs to its word
				t.poss = true
				j += n
				t.end = int32(j)
			}
			toks = append(toks, t)
			i = j
			if i < to && text[i] == ' ' {
				i++ // the space after a word, the commonest byte: no turn of the loop
			}
		case unicode.IsSpace(r):
			i += size
		default:
			j := i + size
			if r == '-' && j < to && text[j] == '-' { // "--" is a dash
				j++
			}
			if r == '-' && i > from && text[i-1] == '.' && j < to && text[j] >= 'A' && text[j] <= 'Z' && len(toks) >= 2 && endsAbbreviation(toks[len(toks)-2]) {
				i = j
				continue // "Det.-Sgt. Marc Lévesque": two titles joined, read as "Det. Sgt."
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tPunct, low: text[i:j]})
			i = j
		}
	}
	return toks
}

// wordEnd finds the end of the word at i: letters and digits joined by
// apostrophes, hyphens, periods (U.S., 3.5) and ampersands. It tells too
// whether a hyphen joined two parts, which costs nothing here.
func wordEnd(text string, i, to int) (end int, hyphen bool) {
	j := i
	for j < to {
		// the common case: ASCII letters and digits, eight bytes at a time
		// (a whole short word at once) while as many are left
		if j+8 <= to {
			n := ascii.AlnumRun(ascii.Load(text, j))
			if j += n; n == 8 {
				continue
			}
		} else if asciiWord[text[j]] {
			j++
			continue
		}
		c := text[j] // no ASCII letter or digit
		r, size := rune(c), 1
		if c >= 0x80 {
			if r, size = utf8.DecodeRuneInString(text[j:]); isWordRune(r) || mojibakeTail(text[i:j], r) {
				j += size
				continue
			}
		}
		if c < 0x80 && asciiJoiner[c] || c >= 0x80 && (r == '’' || r == '‐') {
			if j+size < to {
				nr, _ := utf8.DecodeRuneInString(text[j+size:])
				if isWordRune(nr) {
					hyphen = hyphen || c == '-'
					j += size
					continue
				}
			}
			if r == '.' && isInitialism(text[i:j]) {
				return possessiveEnd(text, j+size, to), hyphen // U.S. keeps its last period, and "B.C.’s" its 's
			}
		}
		break
	}
	return j, hyphen
}

// mojibakeTail reports r, a Latin-1 sign or control, going on with a word
// that ends in "Ã" or "Â": UTF-8 read as Latin-1 ("BasÃ¡Ã±ez" for
// Basáñez), as some archives print Spanish names. The word is the name.
func mojibakeTail(word string, r rune) bool {
	if r < 0x80 || r > 0xBF || word == "" {
		return false
	}
	last, n := utf8.DecodeLastRuneInString(word)
	if last == 0x303 || last == 0x302 { // the same, decomposed: "A" and a combining tilde or circumflex
		last, _ = utf8.DecodeLastRuneInString(word[:len(word)-n])
		return last == 'A'
	}
	return last == 'Ã' || last == 'Â' || last >= 0x80 && last <= 0xBF
}

// possessiveEnd is the end of a possessive 's at i ("B.C.’s"), or i.
func possessiveEnd(text string, i, to int) int {
	n := apostropheAt(text, i, to)
	if n == 0 || i+n >= to || text[i+n] != 's' {
		return i
	}
	if k := i + n + 1; k < to {
		if r, _ := utf8.DecodeRuneInString(text[k:]); isWordRune(r) {
			return i // "U.S.'ers"
		}
	}
	return i + n + 1
}

// apostropheAt returns the length of the apostrophe (' or ’) at text[i]
// before to, 0 when there is none there.
func apostropheAt(text string, i, to int) int {
	switch {
	case i >= to:
		return 0
	case text[i] == '\'':
		return 1
	case text[i] == 0xE2 && strings.HasPrefix(text[i:to], "’"):
		return len("’")
	}
	return 0
}

// asciiJoiner marks the ASCII marks that join the parts of a word:
// apostrophes, hyphens, periods and ampersands (’ and ‐ join too).
var asciiJoiner = [256]bool{'\'': true, '-': true, '.': true, '&': true}

// isInitialism reports forms like "U.S", "A.J" and "a.m".
func isInitialism(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// wordRead is the part of a word's token that its text alone decides.
type wordRead struct {
	low       string // lower-case word, possessive stripped
	info      *wordInfo
	flags     wordFlags
	cap, poss bool
	midCap    bool // midCaps[low], which the article's first pass settled; false unless capAsked
	// capAsked: a rule may ask midCap of the word (see midCapAsked)
	capAsked bool
}

// midCapAsked reports a word whose midCap a rule may read: one capitalised,
// or one namePrefixed may find a name in (a hyphen, an apostrophe after the
// first letter). The cache settles midCap for these alone, so most words
// cost no lookup in the article's map.
func midCapAsked(r wordRead) bool {
	l := r.low
	return r.cap || strings.IndexByte(l, '-') >= 0 || len(l) > 2 && (l[1] == '\'' || l[1] == 0xE2)
}

func readWord(w string) wordRead {
	var t wordRead
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r) || irishMutation(w)
	low := lowerWord(w)
	switch {
	case strings.HasSuffix(low, "'s"):
		t.poss, low = true, low[:len(low)-len("'s")]
	case strings.HasSuffix(low, "’s"):
		t.poss, low = true, low[:len(low)-len("’s")]
	}
	if t.poss && contracted[low] {
		t.poss = false // "he's": he is, no possessive
	}
	if p := pronounContraction(low); p != "" {
		low = p // "I'd", "they'll", "we've": the pronoun, which is no name
	}
	t.low = low
	if e := lookupEntry(low); e != nil {
		t.info, t.flags = e.info, e.flags
	}
	t.capAsked = midCapAsked(t)
	return t
}

// agentCompound reports a word joined by a hyphen to a participle in lower
// case: "Iranian-backed", "U.S.-led", "Shiite-dominated" (not a surname
// like "Avila-Creed").
func agentCompound(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h == len(w)-1 || w[h+1] < 'a' || w[h+1] > 'z' {
		return false
	}
	tail := w[h+1:]
	return strings.HasSuffix(tail, "ed") && len(tail) > 3 || tail == "run" || tail == "born" || tail == "made"
}

// irishMutation reports an Irish name whose capital follows a mutation's
// letter: "hUiginn" in "Fergal Ó hUiginn", "nGael", "tSúilleabháin" (but
// not "mRNA", all capitals after it).
func irishMutation(w string) bool {
	if len(w) < 4 || strings.IndexByte("hntbmgd", w[0]) < 0 {
		return false
	}
	r, n := utf8.DecodeRuneInString(w[1:])
	next, _ := utf8.DecodeRuneInString(w[1+n:])
	return unicode.IsUpper(r) && unicode.IsLower(next)
}

// capBefore reports a capitalised word before a compound, part of the same
// name ("South Korean-born"), other than an article opening a sentence.
func capBefore(t token) bool {
	return t.kind == tWord && t.cap && t.low != "the" && t.low != "a" && t.low != "an"
}

// lowerWord lower-cases w, allocating only when it has upper-case letters.
func lowerWord(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return strings.ToLower(w)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return w
	}
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// learnCaps records the words text capitalises inside a sentence (outside
// quotations), the way tokenize and markSentences would see them, without
// building tokens.
func learnCaps(text string, spans []span, breaks []int, caps map[string]bool, in interner) {
	pos := 0
	for _, s := range spans {
		learnCapsRange(text, pos, s.Open, breaks, caps, in)
		pos = s.End
	}
	learnCapsRange(text, pos, len(text), breaks, caps, in)
}

// learnCapsRange learns the capitalised words of text[from:to] that stand
// mid-sentence. A word at one of breaks opens a line that opens a
// sentence (see model.Paragraph.Breaks), though no stop stands before it.
func learnCapsRange(text string, from, to int, breaks []int, caps map[string]bool, in interner) {
	start := from == 0 // a sentence starts here
	prevStop := false  // the last punctuation ended a sentence
	for i := from; i < to; {
		if i+8 <= to && !noLowerSkip && ascii.LowerWords(ascii.Load(text, i)) {
			var word bool
			if i, word = skipLowerWords(text, i, to); word {
				start, prevStop = false, false
			}
			continue
		}
		c := text[i]
		if c < 0x80 && !asciiWord[c] {
			switch c {
			case '.', '!', '?':
				prevStop = true
			case ' ', '\t', '\n':
			default:
				prevStop = false
			}
			i++
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			prevStop = r == '…'
			i += utf8.RuneLen(r)
			continue
		}
		j, _ := wordEnd(text, i, to)
		if _, atBreak := slices.BinarySearch(breaks, i); unicode.IsUpper(r) && !start && !prevStop && !atBreak {
			w := text[i:j]
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'S"), "’S")
			learnCap(w, caps, in)
		}
		start, prevStop = false, false
		i = j
	}
}

// noLowerSkip turns skipLowerWords off, for the test that proves it
// learns the same capitals.
var noLowerSkip = false

// skipLowerWords passes the run of lower-case words, digits and spaces at
// i, eight bytes at a time, which holds no capital to learn: i is at a
// word's start or a space, and text[i:i+8] is such a run. It returns where
// the scan goes on, past the word the run ends in (which wordEnd finds from
// that word's start, as the scan would have), and whether any word went by.
func skipLowerWords(text string, i, to int) (int, bool) {
	const spaces = 0x2020202020202020
	word := ascii.Load(text, i) != spaces
	j := i + 8
	for j+8 <= to {
		x := ascii.Load(text, j)
		if !ascii.LowerWords(x) {
			break
		}
		word = word || x != spaces
		j += 8
	}
	if text[j-1] == ' ' {
		return j, word
	}
	ws := j - 1
	for ws > i && text[ws-1] != ' ' {
		ws--
	}
	end, _ := wordEnd(text, ws, to)
	return end, true
}

// learnCap records w's lower-case form in caps. A short ASCII word already
// there costs one lookup of a lower-cased copy on the stack.
func learnCap(w string, caps map[string]bool, in interner) {
	if len(w) <= 48 {
		var buf [48]byte
		b := buf[:0]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 0x80 {
				b = nil
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		if b != nil && caps[string(b)] {
			return
		}
		if b != nil && in != nil {
			caps[in.keep(b)] = true // b is what in.lower would make of w again
			return
		}
	}
	caps[in.lower(w)] = true
}

// markSentences flags the first token of each sentence.
func markSentences(text string, toks []token) {
	start := true
	for i := range toks {
		t := &toks[i]
		t.sentStart = start
		if start && t.kind == tPunct && listMarks[t.low] && i+1 < len(toks) && toks[i+1].kind == tWord {
			continue // "— Nine months of Trump soaring …": the item's first word opens its sentence
		}
		start = false
		if t.kind == tQuote {
			// “….” followed by a capitalised word: the quotation closed its sentence
			q := strings.TrimRight(text[t.start:t.end], "”’\"'»›」』 ")
			start = t.end > 0 && i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].cap &&
				(endsWithStop(q) || endsSentence(q) && toks[i+1].has(wFunction) && toks[i+1].low != "i") // “…!” She replied
			continue
		}
		if t.kind == tWord && (t.low == "a.m." || t.low == "p.m.") && i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].cap {
			start = !clockGoesOn(toks, i+1) // "reopened at 6 a.m. Ana Ruiz said …", but "until 5 p.m. Friday to certify"
			continue
		}
		if t.kind == tWord && strings.HasSuffix(t.low, ".") && len(t.low) > 2 {
			start = opensAfterAbbrev(toks, i) // "to enter the U.S. The proposal …"
			continue
		}
		if t.kind != tPunct {
			continue
		}
		switch t.low {
		case ".", "!", "?", "…":
		default:
			continue
		}
		if t.low == "." && i > 0 && endsAbbreviation(toks[i-1]) && !opensAfterAbbrev(toks, i) {
			continue
		}
		if t.low == "." && i > 1 && toks[i-1].cap && stateAbbreviations[toks[i-1].low] && toks[i-2].low == "," {
			continue // a dateline: "ORLANDO, Fla. (Reuters) —"
		}
		if i+1 < len(toks) {
			n := toks[i+1]
			if n.kind == tWord && !n.cap && !isDigitStart(n.low) {
				continue
			}
			if n.kind == tPunct && strings.ContainsAny(n.low, "),;:]") {
				continue // "Sen. Ruth Amadi (D-Ore.) said"
			}
		}
		start = true
	}
}

// opensAfterAbbrev reports a capitalised function word after the
// abbreviation whose stop is at i: "to enter the U.S. The proposal …" is
// two sentences, as no name or title goes on with "The" or "He". Initials
// ("A.") and "v." of a case's name go on.
func opensAfterAbbrev(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if n.kind != tWord || !n.cap || !n.has(wFunction) || len(n.low) < 2 {
		return false
	}
	w := toks[i-1].low
	return utf8.RuneCountInString(w) > 1 && w != "v" && w != "vs"
}

// markBreaks starts a sentence at the token at each offset of breaks,
// where a line of the source ended one: "…how do you bridge the divide?"
// then, on a line of its own, "Trump acknowledged that …".
func markBreaks(toks []token, breaks []int) {
	k := 0
	for _, b := range breaks {
		for k < len(toks) && int(toks[k].start) < b {
			k++
		}
		if k < len(toks) && int(toks[k].start) == b {
			toks[k].sentStart = true
		}
	}
}

// listMarks open a list item or a paragraph of a run-down.
var listMarks = map[string]bool{"—": true, "–": true, "-": true, "•": true, "*": true, "·": true}

// clockGoesOn reports the words at i after "a.m." or "p.m." going on with
// the time: a day ("5 p.m. Friday"), a zone ("ET", "EDT"), "on" or "local".
func clockGoesOn(toks []token, i int) bool {
	t := toks[i]
	if timeZones[t.low] {
		return true
	}
	if zoneNames[t.low] && i+1 < len(toks) && (toks[i+1].low == "time" || timeZones[toks[i+1].low]) {
		return true // "just after 1 a.m. Eastern time and declared": the zone spelled out
	}
	if !calendarWords[t.low] {
		return false
	}
	n := i + 1 // a day, then no capitalised word as a sentence's subject would be: "Friday to certify", "Friday, the judge said"
	return n >= len(toks) || toks[n].kind != tWord || !toks[n].cap
}

var timeZones = setOf(`et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst`)

// zoneNames spell a time zone out before "time": "Eastern time".
var zoneNames = setOf(`eastern central mountain pacific atlantic newfoundland alaska hawaii`)

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func endsAbbreviation(t token) bool {
	if t.kind != tWord || t.start != t.end && t.poss {
		return false
	}
	if t.has(wAbbrev) {
		return true
	}
	if t.hyphen { // "then-Cpl. Wayne Doucette", "ex-Sgt.": a title's stop after a hyphen
		k := strings.LastIndexByte(t.low, '-')
		return k > 0 && k+1 < len(t.low) && wordHas(t.low[k+1:], wAbbrev)
	}
	return utf8.RuneCountInString(t.low) == 1 && t.cap // an initial: J. Smith
}

// interner keeps one copy of each lower-cased word, so capitalised words
// cost an allocation the first time only.
type interner map[string]string

func (in interner) lower(w string) string {
	if in == nil || len(w) > 48 {
		return lowerWord(w)
	}
	k := 0 // the first upper-case letter; most words have none
	for ; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 {
			return lowerWord(w)
		}
		if 'A' <= c && c <= 'Z' {
			break
		}
	}
	if k == len(w) {
		return w
	}
	var buf [48]byte
	copy(buf[:k], w)
	for i := k; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return lowerWord(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return in.keep(buf[:len(w)])
}

// appendJoined appends words to b, a space between each.
func appendJoined(b []byte, words []string) []byte {
	for k, w := range words {
		if k > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b
}

// keep returns the interner's copy of b, making it the first time (the
// lookup by string(b) costs no allocation).
func (in interner) keep(b []byte) string {
	if s, ok := in[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(in) < 1<<16 {
		in[s] = s
	}
	return s
}

// join is words joined by spaces, one copy kept for each: a name's key
// recurs through an article, and building it again costs no allocation.
func (in interner) join(words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	var buf [96]byte
	b := appendJoined(buf[:0], words)
	if in == nil || len(b) > len(buf) {
		return string(b)
	}
	return in.keep(b)
}

// contracted words take 's for "is" or "has", never as a possessive.
var contracted = map[string]bool{"he": true, "she": true, "it": true, "that": true, "there": true,
	"what": true, "who": true, "here": true, "where": true, "let": true}

// pronounContraction returns the pronoun of "I'd", "we'll", "they've",
// "I'm", "you're"; "" for any other word.
func pronounContraction(w string) string {
	if w == "" {
		return ""
	}
	switch w[0] {
	case 'i', 'w', 'y', 't', 'h', 's': // the pronouns below: most words start otherwise
	default:
		return ""
	}
	i := apostropheIn5(w)
	if i <= 0 {
		return ""
	}
	switch w[:i] {
	case "i", "we", "you", "they", "he", "she":
	default:
		return ""
	}
	switch strings.TrimLeft(w[i:], "'’") {
	case "d", "ll", "ve", "m", "re":
		return w[:i]
	}
	return ""
}

// apostropheIn5 returns the index of the first apostrophe (' or ’) of w
// when it is among w's first five bytes, else -1: strings.IndexAny with a
// non-ASCII mark costs a scan of every word, and this runs for every token.
func apostropheIn5(w string) int {
	for k := 0; k < len(w) && k < 5; k++ {
		switch w[k] {
		case '\'':
			return k
		case 0xE2: // ’ is E2 80 99
			if strings.HasPrefix(w[k:], "’") {
				return k
			}
		}
	}
	return -1
}

// isYear reports a word of four digits from 1000 to 2999: "2021".
func isYear(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
