package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	start, end int
	kind       tokKind
	q          int    // quotation index for tQuote
	low        string // lower-case word, possessive stripped
	cap        bool   // starts with an upper-case letter
	poss       bool   // ends in 's or s'
	sentStart  bool   // first token of a sentence
}

// tokenize splits the text outside quotations into tokens.
func tokenize(text string, spans []span) []token {
	toks := make([]token, 0, len(text)/5+len(spans))
	pos := 0
	for qi, s := range spans {
		toks = tokenizeRange(text, pos, s.Open, toks)
		end := s.Close
		if s.Closed {
			_, size := utf8.DecodeRuneInString(text[s.Close:])
			end += size
		}
		toks = append(toks, token{start: s.Open, end: end, kind: tQuote, q: qi})
		pos = end
	}
	toks = tokenizeRange(text, pos, len(text), toks)
	markSentences(text, toks)
	return toks
}

func tokenizeRange(text string, from, to int, toks []token) []token {
	i := from
	for i < to {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := wordEnd(text, i, to)
			toks = append(toks, newWord(text, i, j))
			i = j
			if i < to && toks[len(toks)-1].low != "" {
				// a plural possessive apostrophe (the Smiths') belongs to its word
				nr, ns := utf8.DecodeRuneInString(text[i:])
				if (nr == '\'' || nr == '’') && strings.HasSuffix(toks[len(toks)-1].low, "s") {
					toks[len(toks)-1].poss = true
					toks[len(toks)-1].end = i + ns
					i += ns
				}
			}
		default:
			j := i + size
			if r == '-' && j < to && text[j] == '-' { // "--" is a dash
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: tPunct, low: text[i:j]})
			i = j
		}
	}
	return toks
}

// wordEnd finds the end of the word at i: letters and digits joined by
// apostrophes, hyphens, periods (U.S., 3.5) and ampersands.
func wordEnd(text string, i, to int) int {
	j := i
	for j < to {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' || r == '‐' {
			if j+size < to {
				nr, _ := utf8.DecodeRuneInString(text[j+size:])
				if isWordRune(nr) {
					j += size
					continue
				}
			}
			if r == '.' && isInitialism(text[i:j]) {
				return j + size // U.S. keeps its last period
			}
		}
		break
	}
	return j
}

// isInitialism reports forms like "U.S", "A.J" and "a.m".
func isInitialism(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

func newWord(text string, i, j int) token {
	w := text[i:j]
	t := token{start: i, end: j, kind: tWord}
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	low := lowerWord(w)
	switch {
	case strings.HasSuffix(low, "'s"):
		t.poss, low = true, low[:len(low)-len("'s")]
	case strings.HasSuffix(low, "’s"):
		t.poss, low = true, low[:len(low)-len("’s")]
	}
	t.low = low
	return t
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

// markSentences flags the first token of each sentence.
func markSentences(text string, toks []token) {
	start := true
	for i := range toks {
		t := &toks[i]
		t.sentStart = start
		start = false
		if t.kind == tQuote {
			// “….” followed by a capitalised word: the quotation closed its sentence
			start = t.end > 0 && i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].cap &&
				endsWithStop(strings.TrimRight(text[t.start:t.end], "”’\"'»›」』 "))
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
		if t.low == "." && i > 0 && endsAbbreviation(toks[i-1]) {
			continue
		}
		if i+1 < len(toks) {
			n := toks[i+1]
			if n.kind == tWord && !n.cap && !isDigitStart(n.low) {
				continue
			}
		}
		start = true
	}
}

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func endsAbbreviation(t token) bool {
	if t.kind != tWord || t.start != t.end && t.poss {
		return false
	}
	if abbreviations[t.low] {
		return true
	}
	return utf8.RuneCountInString(t.low) == 1 && t.cap // an initial: J. Smith
}
