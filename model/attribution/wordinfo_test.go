package attribution

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A token's flags stand for the word tables (rules test a flag where they
// would look the word up): each flag must hold for exactly the words of its
// table.
func TestLexiconFlagsMatchTables(t *testing.T) {
	sets := map[wordFlags]map[string]bool{
		wFunction: functionWords, wCalendar: calendarWords, wParticle: particles,
		wCueParticle: cueParticles, wDeterminer: determiners, wOrg: orgWords, wPrep: prepositions,
		wIntro: openers, wRole: roleNouns, wAdverb: adverbials, wOrgHead: orgHeads, wSpeechNoun: speechNouns,
		wSubordinator: subordinators, wObjectPrep: objectPreps, wTime: timeWords, wTimeAfter: timeAfter,
		wAbbrev: abbreviations, wOutletNoun: outletNouns, wClauseVerb: clauseVerbs, wFemaleWord: femaleWords,
		wMaleWord: maleWords,
	}
	introducers := map[string]bool{}
	for w := range openers {
		introducers[w] = introducer(w)
	}
	sets[wIntroducer] = introducers
	titleSet, cueSet := map[string]bool{}, map[string]bool{}
	for w := range titles {
		titleSet[w] = true
	}
	for w, l := range cueForms {
		cueSet[w] = true
		if l == "" {
			t.Errorf("cue form %q has no lemma: a rule reads the flag as having one", w)
		}
	}
	sets[wTitle], sets[wCue] = titleSet, cueSet
	for f, table := range sets {
		for w, in := range table {
			if got := lookup(w); in != (got != nil && got.flags&f != 0) {
				t.Errorf("%q: in its table %v, flag %b %v", w, in, f, !in)
			}
			// rules test pc.has(k, f) for table[pc.word(k)]: that holds only
			// if no entry is what a punctuation token's word can be
			if r, _ := utf8.DecodeRuneInString(w); in && !isWordRune(r) {
				t.Errorf("%q (flag %b) is no word: a punctuation token would miss its flag", w, f)
			}
		}
		for _, e := range lexiconIndex.entries {
			if e.flags&f != 0 && !table[e.word] {
				t.Errorf("%q has flag %b but is not in its table", e.word, f)
			}
		}
	}
}

// Rules test a late mark where they would look the word up in its table
// (pc.is(k, m) for table[pc.word(k)]): each mark must hold for exactly
// the words of its table, and a word only they hold is not listed.
func TestLateMarksMatchTables(t *testing.T) {
	for m, table := range lateMarks() {
		for w, in := range table {
			if got := wordIs(w, m); in != got {
				t.Errorf("%q: in its table %v, mark %b %v", w, in, m, got)
			}
		}
		for _, e := range lexiconIndex.entries {
			if e.info.marks&m != 0 && !table[e.word] {
				t.Errorf("%q has mark %b but is not in its table", e.word, m)
			}
		}
	}
	for _, w := range []string{"ward", "nypd", "zone"} { // in late tables alone
		if tok := (token{low: w, info: lookup(w)}); tok.info == nil || tok.listed() {
			t.Errorf("%q: listed %v, though only a late mark's table holds it", w, tok.listed())
		}
	}
	for _, w := range []string{"said", "the", "police"} {
		if tok := (token{low: w, info: lookup(w)}); !tok.listed() {
			t.Errorf("%q is in the word tables but not listed", w)
		}
	}
}

// sourceLink makes its phrase on the stack: it must answer as the table
// does for the words joined, long words too.
func TestSourceLinkMatchesTable(t *testing.T) {
	pairs := [][2]string{{"close", "to"}, {"familiar", "with"}, {"loyal", "to"}, {"close", "with"}, {"", ""},
		{"to", ""}, {"extraordinarily-long-hyphenated-word", "to"}, {"briefed", "on"}}
	for _, p := range pairs {
		if got, want := sourceLink(p[0], p[1]), sourceLinks[p[0]+" "+p[1]]; got != want {
			t.Errorf("%q %q: sourceLink %v, table %v", p[0], p[1], got, want)
		}
	}
}

// streetWord looks in its maps only for words whose first and last bytes
// fit: it must answer as the maps do.
func TestStreetWordMatchesTables(t *testing.T) {
	words := []string{"St.", "Ave.", "Road", "Parkway", "Hwy.", "Smith", "Street", "ST.", "road", "", "S", "Sanders", "Crescent"}
	for w := range streetAbbrevs {
		words = append(words, w)
	}
	for w := range streetNames {
		words = append(words, w)
	}
	for _, w := range words {
		if got, want := streetWord(w), streetAbbrevs[w] || streetNames[w]; got != want {
			t.Errorf("%q: streetWord %v, tables %v", w, got, want)
		}
	}
}

// holdsAccordingTo answers as strings.Contains does.
func TestHoldsAccordingTo(t *testing.T) {
	for _, s := range []string{"", "a", "according to", "ccording to", "xccording to", "said, according to police",
		"accordingto", "According to", "aaccording to", "ccording to according to", "according t", "a according to"} {
		if got, want := holdsAccordingTo(s), strings.Contains(s, "according to"); got != want {
			t.Errorf("%q: %v, Contains says %v", s, got, want)
		}
	}
}
