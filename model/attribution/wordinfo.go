package attribution

import (
	"sort"
	"strings"
)

// wordInfo gathers what the word tables say of one word, so the analysis
// looks a token up once, when it is made, instead of once per table.
type wordInfo struct {
	flags wordFlags
	marks wordMarks
	lemma string // cue lemma for cue verb forms
	// lateOnly: the word has an entry for a late mark alone (see
	// lateMarks), and is in none of the tables before them
	lateOnly bool
}

type wordFlags uint32

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
	wCue         // a cue verb form: the entry has a lemma
	wPhrasalHead // a form of the verb of a phrasal cue ("hit" of "hit back"); such words are in the lexicon for this flag alone
	wSubordinator
	wObjectPrep
	wTime
	wTimeAfter
	wAbbrev
	wOutletNoun
	wIntroducer // an opener that is no joining word (see introducer)
	wClauseVerb
	wFemaleWord
	wMaleWord
	wReportStart // a word other than a cue's that reportingCueAt starts from (see mayReport)
	wOutletWord
	wCompanySuffix
	wAdjectiveName
	wStageDirection
	wHonorific
)

// wordMarks are more tables' flags, of words the rules look up as strings
// (a mention's words, a head noun, a cue's lemma) rather than as tokens:
// the lexicon's entry holds them, tokens do not.
type wordMarks uint64

const (
	mPlaceName wordMarks = 1 << iota
	mKinNoun
	mRelationNoun
	mGroupNoun
	mBodyPlural
	mIrregularPeople
	mMoreRoleNoun
	mPressRole
	mVoxRole
	mThatCue
	mFrameOnly
	mDocHead
	mStatementWord
	mUnnamedHead
	mNamingCue
	mPastVerb
	mPartyNoun
	mPortfolio
	// the late marks (see lateMarks)
	mNumberedUnit
	mFrenchBodyHead
	mCountryBodyHead
	mBloodKin
	mSiblingAge
	mPoliceWord
	mGroupCount
	mNumberWord
	mCompoundSurnameLead
	mPartyAdjective
	mPluralPossessive
	mPluralNoun
	mPersonPlace
	mDirectionWord
	mPressVerb
	mAuxBeforeCue
	mGerundPrep
	mDocNoun
	mEventNoun
	mJoiningWord
	mSentenceOpener
	mVerdictOpener
	mCopula
	mBodyFirst
	mRoyalWord
	mAsCue
)

// lateMarks are marks of small tables the name rules ask of nearly every
// name, given last: a word of theirs in no other table gets an entry that
// says so (lateOnly), so that a rule asking whether a word is in the
// tables at all (listed) answers as it did before they were marks.
func lateMarks() map[wordMarks]map[string]bool {
	return map[wordMarks]map[string]bool{mNumberedUnit: numberedUnits, mFrenchBodyHead: frenchBodyHeads,
		mCountryBodyHead: countryBodyHeads, mBloodKin: bloodKin, mSiblingAge: siblingAges, mPoliceWord: policeWords,
		mGroupCount: groupCounts, mNumberWord: numberWords, mCompoundSurnameLead: compoundSurnameLeads,
		mPartyAdjective: partyAdjectives, mPluralPossessive: pluralPossessives, mPluralNoun: pluralNouns,
		mPersonPlace: personPlaces, mDirectionWord: directionWords, mPressVerb: pressVerbs, mAuxBeforeCue: auxBeforeCue,
		mGerundPrep: gerundPreps, mDocNoun: docNouns, mEventNoun: eventNouns, mJoiningWord: joiningWords,
		mSentenceOpener: sentenceOpeners, mVerdictOpener: verdictOpeners, mCopula: copulas, mBodyFirst: bodyFirstWords(),
		mRoyalWord: royalWords, mAsCue: asCues}
}

var lexicon = buildLexicon()

// lookup returns the lexicon's entry for a lower-case word, or nil.
func lookup(w string) *wordInfo {
	if e := lookupEntry(w); e != nil {
		return e.info
	}
	return nil
}

// lookupEntry returns the table's entry for a lower-case word, or nil:
// the entry holds the flags too, so a token reads them without going to
// the wordInfo.
func lookupEntry(w string) *lexEntry {
	if w == "" {
		return nil
	}
	return lexiconIndex.find(w)
}

// lexiconIndex holds the lexicon in an open-addressed table: every token
// is looked up, and a small table with a cheap hash takes about two thirds
// of a Go map's time here.
var lexiconIndex = buildLexTable(lexicon)

type lexTable struct {
	// slots hold 1 + the entry's index in the low 16 bits and the top 16
	// bits of the word's hash above them, so most misses read no entry;
	// 0 is an empty slot
	slots   []uint32
	entries []lexEntry
	mask    uint32
}

type lexEntry struct {
	word  string
	info  *wordInfo
	flags wordFlags
}

// wordIs reports that the tables give the lower-case word w one of the
// marks m, at the cost of wordHas.
func wordIs(w string, m wordMarks) bool {
	e := lookupEntry(w)
	return e != nil && e.info.marks&m != 0
}

func buildLexTable(m map[string]*wordInfo) *lexTable {
	if len(m) >= 1<<16-1 {
		panic("lexicon: more words than a lexTable slot can index")
	}
	size := 1
	for size < 3*len(m) {
		size *= 2
	}
	t := &lexTable{slots: make([]uint32, size), mask: uint32(size - 1)}
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	sort.Strings(words) // the same table on every run
	for _, w := range words {
		t.entries = append(t.entries, lexEntry{w, m[w], m[w].flags})
		h := lexHash(w)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h&^0xFFFF | uint32(len(t.entries))
	}
	return t
}

// lexHash mixes a word's length and its first two, middle and last two
// bytes; w is not empty.
func lexHash(w string) uint32 {
	n := len(w)
	x := uint64(n) | uint64(w[0])<<8 | uint64(w[n-1])<<16 | uint64(w[n/2])<<24
	if n > 1 { // a branch, not min and max, so the compiler drops the bounds checks
		x |= uint64(w[1])<<32 | uint64(w[n-2])<<40
	}
	return uint32((x * 0x9E3779B97F4A7C15) >> 32)
}

func (t *lexTable) find(w string) *lexEntry {
	h := lexHash(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if s&^0xFFFF == h&^0xFFFF {
			if e := &t.entries[s&0xFFFF-1]; e.word == w {
				return e
			}
		}
	}
}

func buildLexicon() map[string]*wordInfo {
	m := map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		if m[w] == nil {
			m[w] = &wordInfo{}
		}
		return m[w]
	}
	for w := range titles {
		get(w).flags |= wTitle
	}
	for flag, table := range map[wordFlags]map[string]bool{wFunction: functionWords, wCalendar: calendarWords,
		wParticle: particles, wCueParticle: cueParticles, wDeterminer: determiners, wOrg: orgWords, wPrep: prepositions,
		wIntro: openers, wRole: roleNouns, wAdverb: adverbials, wOrgHead: orgHeads, wSpeechNoun: speechNouns,
		wSubordinator: subordinators, wObjectPrep: objectPreps, wTime: timeWords, wTimeAfter: timeAfter,
		wAbbrev: abbreviations, wOutletNoun: outletNouns, wClauseVerb: clauseVerbs, wFemaleWord: femaleWords,
		wMaleWord: maleWords, wOutletWord: outletWords, wCompanySuffix: companySuffixes, wAdjectiveName: adjectiveNames,
		wStageDirection: stageDirections, wHonorific: honorifics} {
		for w, ok := range table {
			if ok {
				get(w).flags |= flag
			}
		}
	}
	for mark, table := range map[wordMarks]map[string]bool{mPlaceName: placeNames, mKinNoun: kinNouns,
		mRelationNoun: relationNouns, mGroupNoun: groupNouns, mBodyPlural: bodyPlurals, mIrregularPeople: irregularPeople,
		mMoreRoleNoun: moreRoleNouns, mPressRole: pressRoles, mVoxRole: voxRoles, mThatCue: thatCues, mFrameOnly: frameOnly,
		mDocHead: docHeads, mStatementWord: statementWords, mUnnamedHead: unnamedHeads, mNamingCue: namingCues,
		mPastVerb: pastVerbs, mPartyNoun: partyNouns, mPortfolio: portfolioWords} {
		for w, ok := range table {
			if ok {
				get(w).marks |= mark
			}
		}
	}
	for w := range openers {
		if introducer(w) {
			get(w).flags |= wIntroducer
		}
	}
	for _, w := range []string{"is", "was", "were", "are", "be", "been", "being", "isn't", "wasn't", "weren't", "aren't", "isn’t", "wasn’t", "weren’t", "aren’t"} {
		get(w).flags |= wPassive
	}
	for _, w := range reportStarts {
		get(w).flags |= wReportStart
	}
	for f, l := range cueForms {
		get(f).lemma = l
		get(f).flags |= wCue
	}
	for _, w := range phrasalHeadForms() {
		get(w).flags |= wPhrasalHead
	}
	for mark, table := range lateMarks() {
		for w, ok := range table {
			if !ok {
				continue
			}
			if m[w] == nil {
				m[w] = &wordInfo{lateOnly: true}
			}
			m[w].marks |= mark
		}
	}
	return m
}

// phrasalHeadForms lists every word cueAt reads as the verb of a phrasal
// cue, so it can skip the others without stemming them: the irregular and
// cue forms of each verb, and the words stemRegular turns into it.
func phrasalHeadForms() []string {
	heads := map[string]bool{}
	for k := range phrasalCues {
		heads[strings.Fields(k)[0]] = true
	}
	var out []string
	for w, l := range irregularForms {
		if heads[l] {
			out = append(out, w)
		}
	}
	for w, l := range cueForms {
		if _, irr := irregularForms[w]; !irr && heads[l] {
			out = append(out, w)
		}
	}
	for h := range heads {
		for _, suf := range []string{"", "ing", "ed", "s"} {
			w := h + suf
			_, irr := irregularForms[w]
			_, cue := cueForms[w]
			if !irr && !cue && stemRegular(w) == h {
				out = append(out, w)
			}
		}
	}
	return out
}

func (t token) has(f wordFlags) bool { return t.flags&f != 0 }

func (t token) cueLemma() string {
	if t.flags&wCue == 0 {
		return ""
	}
	return t.info.lemma
}

// listed reports that token t's word is in the word tables, the late
// marks' aside.
func (t token) listed() bool { return t.info != nil && !t.info.lateOnly }

// is reports that the tables give token t's word one of the marks m.
func (t token) is(m wordMarks) bool { return t.info != nil && t.info.marks&m != 0 }

// is reports a mark of token i's word; false outside the paragraph.
func (pc *pctx) is(i int, m wordMarks) bool {
	return i >= 0 && i < len(pc.toks) && pc.toks[i].is(m)
}

// has reports a flag of token i; false outside the paragraph.
func (pc *pctx) has(i int, f wordFlags) bool {
	return i >= 0 && i < len(pc.toks) && pc.toks[i].has(f)
}

// wordCache holds what readWord made of each word text: most words recur,
// and a lookup costs less than lower-casing the word, the possessive and
// contraction tests and the lexicon's lookup, or than a Go map's lookup (it
// hashes as the lexicon does). It is kept from one article to the next (a
// run's articles share most of their words, and reading each article's
// words anew was a twentieth of a run over real news), so it holds copies
// of the words, never the article's text; only midCap, which the article
// decides, is read again for each article.
type wordCache struct {
	slots []uint32 // as lexTable's
	words []string
	reads []wordRead
	// stamps says for which article each read's midCap was settled
	stamps []uint32
	stamp  uint32
	mask   uint32
	spare  wordRead // a word's read when the cache is full
	// the words the article capitalises mid-sentence, complete before
	// the first word is read
	midCaps map[string]bool
}

// maxCachedWords bounds the cache (a slot indexes 16 bits), some 5 MB, for
// text of endless distinct words; words past it are read each time.
const maxCachedWords = 1<<16 - 1

func newWordCache(hint int) *wordCache {
	size := 64
	for size < 2*hint {
		size *= 2
	}
	return &wordCache{slots: make([]uint32, size), mask: uint32(size - 1), stamp: 1}
}

// read returns what readWord makes of w, from the cache when w was read
// before; w is not empty. The result is good until the next call.
func (c *wordCache) read(w string) *wordRead {
	h := lexHash(w)
	i := h & c.mask
	for ; c.slots[i] != 0; i = (i + 1) & c.mask {
		if s := c.slots[i]; s&^0xFFFF == h&^0xFFFF && c.words[s&0xFFFF-1] == w {
			k := s&0xFFFF - 1
			if c.stamps[k] != c.stamp {
				c.stamps[k] = c.stamp
				c.reads[k].midCap = c.reads[k].capAsked && c.midCaps[c.reads[k].low]
			}
			return &c.reads[k]
		}
	}
	if len(c.words) == maxCachedWords {
		c.spare = c.readWord(w)
		return &c.spare
	}
	w = strings.Clone(w) // the read's strings are then the cache's own
	c.words, c.reads, c.stamps = append(c.words, w), append(c.reads, c.readWord(w)), append(c.stamps, c.stamp)
	c.slots[i] = h&^0xFFFF | uint32(len(c.words))
	if 2*len(c.words) > len(c.slots) {
		c.grow()
	}
	return &c.reads[len(c.reads)-1]
}

// grow doubles the slots, keeping at most half of them full.
func (c *wordCache) grow() {
	c.slots = make([]uint32, 2*len(c.slots))
	c.mask = uint32(len(c.slots) - 1)
	for k, w := range c.words {
		h := lexHash(w)
		i := h & c.mask
		for c.slots[i] != 0 {
			i = (i + 1) & c.mask
		}
		c.slots[i] = h&^0xFFFF | uint32(k+1)
	}
}

// readWord is readWord with what the article says of the word.
func (c *wordCache) readWord(w string) wordRead {
	r := readWord(w)
	r.midCap = r.capAsked && c.midCaps[r.low]
	return r
}

func (c *wordCache) len() int { return len(c.words) }

// keptWords bounds the words the cache keeps for the next article: past
// it the cache is emptied, so that what the collector keeps live (and the
// heap it lets grow) stays small.
const keptWords = 8192

// nextArticle readies the cache for another article: the words stay, their
// midCap is settled again as each is read. A full cache is emptied.
func (c *wordCache) nextArticle() {
	c.midCaps, c.spare = nil, wordRead{}
	c.stamp++
	if len(c.words) > keptWords || c.stamp == 0 {
		clear(c.slots)
		clear(c.words)
		clear(c.reads)
		c.words, c.reads, c.stamps, c.stamp = c.words[:0], c.reads[:0], c.stamps[:0], 1
	}
}

// wordHas reports that the word tables give the lower-case word w flag f.
// The lexicon's lookup costs a third of a Go map's, and the rules ask
// their tables of many words that are no token (a mention's words, a
// name's): they ask here.
func wordHas(w string, f wordFlags) bool {
	e := lookupEntry(w)
	return e != nil && e.flags&f != 0
}
