package attribution

// wordInfo gathers what the word tables say of one word, so the analysis
// looks a token up once, when it is made, instead of once per table.
type wordInfo struct {
	flags wordFlags
	lemma string // cue lemma for cue verb forms
}

type wordFlags uint16

const (
	wFunction wordFlags = 1 << iota
	wCalendar
	wTitle
	wParticle
	wCueParticle
	wDeterminer
	wPassive
	wOrg
	wPrep
	wIntro
	wRole
	wAdverb
	wOrgHead
	wSpeechNoun
)

var lexicon = buildLexicon()

// lexiconShape filters lookups: a word whose length, first and last
// letters match no entry of the lexicon is not in it, and most words are not.
var lexiconShape = buildShape()

func buildShape() *[32][27][27]bool {
	var t [32][27][27]bool
	for w := range lexicon {
		if n := len(w); n < 32 && n > 0 {
			t[n][letterIndex(w[0])][letterIndex(w[n-1])] = true
		}
	}
	return &t
}

func letterIndex(c byte) int {
	if 'a' <= c && c <= 'z' {
		return int(c - 'a')
	}
	return 26
}

// lookup returns the lexicon's entry for a lower-case word, or nil.
func lookup(w string) *wordInfo {
	n := len(w)
	if n == 0 || n >= 32 || !lexiconShape[n][letterIndex(w[0])][letterIndex(w[n-1])] {
		return nil
	}
	return lexicon[w]
}

func buildLexicon() map[string]*wordInfo {
	m := map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		if m[w] == nil {
			m[w] = &wordInfo{}
		}
		return m[w]
	}
	for w := range functionWords {
		get(w).flags |= wFunction
	}
	for w := range calendarWords {
		get(w).flags |= wCalendar
	}
	for w := range titles {
		get(w).flags |= wTitle
	}
	for w := range particles {
		get(w).flags |= wParticle
	}
	for w := range cueParticles {
		get(w).flags |= wCueParticle
	}
	for w := range determiners {
		get(w).flags |= wDeterminer
	}
	for flag, table := range map[wordFlags]map[string]bool{wOrg: orgWords, wPrep: prepositions,
		wIntro: introWords, wRole: roleNouns, wAdverb: adverbials, wOrgHead: orgHeads, wSpeechNoun: speechNouns} {
		for w, ok := range table {
			if ok {
				get(w).flags |= flag
			}
		}
	}
	for _, w := range []string{"is", "was", "were", "are", "be", "been", "being"} {
		get(w).flags |= wPassive
	}
	for f, l := range cueForms {
		get(f).lemma = l
	}
	return m
}

func (t token) has(f wordFlags) bool { return t.info != nil && t.info.flags&f != 0 }

func (t token) cueLemma() string {
	if t.info == nil {
		return ""
	}
	return t.info.lemma
}

// has reports a flag of token i; false outside the paragraph.
func (pc *pctx) has(i int, f wordFlags) bool {
	return i >= 0 && i < len(pc.toks) && pc.toks[i].has(f)
}
