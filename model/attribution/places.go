package attribution

import (
	"slices"
	"strings"
)

// A US politician is often named once with a state ("Florida Sen. Marco
// Rubio", "Sen. Bernie Sanders (I-Vt.)", "Gov. John Kasich of Ohio") and
// later by a role that carries it: "the Florida senator", "the Vermont
// senator". The state tells which of several senators the role means.

// states maps a state's name, its AP abbreviation and its postal code to
// its name.
var states = func() map[string]string {
	m := map[string]string{}
	for _, row := range []string{
		"alabama ala al", "alaska ak", "arizona ariz az", "arkansas ark ar", "california calif ca",
		"colorado colo co", "connecticut conn ct", "delaware del de", "florida fla fl", "georgia ga",
		"hawaii hi", "idaho id", "illinois ill il", "indiana ind in", "iowa ia", "kansas kan kans ks",
		"kentucky ky", "louisiana la", "maine me", "maryland md", "massachusetts mass ma",
		"michigan mich mi", "minnesota minn mn", "mississippi miss ms", "missouri mo",
		"montana mont mt", "nebraska neb ne", "nevada nev nv", "ohio oh", "oklahoma okla ok",
		"oregon ore or", "pennsylvania pa", "tennessee tenn tn", "texas tex tx", "utah ut",
		"vermont vt", "virginia va", "washington wash wa", "wisconsin wis wi", "wyoming wyo wy",
	} {
		f := strings.Fields(row)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	for _, two := range []string{"new york", "new jersey", "new hampshire", "new mexico", "north carolina",
		"south carolina", "north dakota", "south dakota", "west virginia", "rhode island"} {
		m[two] = two
		f := strings.Fields(two)
		m[f[0][:1]+f[1][:1]] = two // postal and AP codes: nj, ny, nh, wv
	}
	m["wva"] = "west virginia"
	return m
}()

// stateAt is the state whose name starts at token k (one word or two),
// with the index after it; "" when none does. Only a capitalised name
// counts, and never an abbreviation, which are words too ("in", "me").
func (pc *pctx) stateAt(k int) (string, int) {
	if k < 0 || k >= len(pc.toks) || !pc.toks[k].cap {
		return "", k
	}
	if k+1 < len(pc.toks) && pc.toks[k+1].cap {
		two := pc.word(k) + " " + pc.word(k+1)
		if _, ok := states[two]; ok {
			return two, k + 2
		}
	}
	if s, ok := states[pc.word(k)]; ok && s == pc.word(k) {
		return s, k + 1
	}
	return "", k
}

// notePlace records the state a person is named with at [i, j): before the
// name ("Florida Sen."), in a party tag after it ("(R-Fla.)", ", D-Ohio,")
// or after "of" ("of Ohio").
func (pc *pctx) notePlace(e *entity, i, j int) {
	if e.org || e.group || e.doc {
		return
	}
	for k := max(0, i-3); k < i; k++ {
		if s, after := pc.stateAt(k); s != "" && (after == i || pc.has(after, wTitle|wRole)) {
			e.addPlace(s)
			return
		}
	}
	k := j
	if pc.word(k) == "(" || pc.word(k) == "," {
		k++
	}
	if p := pc.partyTagState(k); p != "" {
		e.addPlace(p)
		if t := pc.word(k)[0]; e.party == 0 && (t == 'r' || t == 'd') {
			e.party = t - 'a' + 'A' // "(R-Fla.)"
		}
		return
	}
	if pc.word(j) == "of" {
		if s, _ := pc.stateAt(j + 1); s != "" {
			e.addPlace(s)
		}
	}
}

// partyTagState reads a party tag's state at token k: "R-Fla", "I-Vt",
// "D-N.J."; "" when there is none.
func (pc *pctx) partyTagState(k int) string {
	w := pc.word(k)
	if len(w) < 3 || w[1] != '-' || !strings.ContainsRune("rdi", rune(w[0])) {
		return ""
	}
	return states[strings.ReplaceAll(w[2:], ".", "")] // "R-Fla", "D-N.J" (one word to the tokenizer)
}

// partyOf is the party a word names: 'R' for Republican or GOP, 'D' for
// Democratic or Democrat; 0 for any other word.
func partyOf(w string) byte {
	switch w {
	case "republican", "gop":
		return 'R'
	case "democratic", "democrat":
		return 'D'
	}
	return 0
}

// roleParty is the party named among a role's words [d+1, j): "the
// Democratic nominee"; 0 when none is.
func (pc *pctx) roleParty(d, j int) byte {
	for k := d + 1; k < j; k++ {
		if p := partyOf(pc.word(k)); p != 0 {
			return p
		}
	}
	return 0
}

// otherParty reports e named with a party other than p.
func otherParty(e *entity, p byte) bool {
	return e != nil && p != 0 && e.party != 0 && e.party != p
}

// placeLookback is how many of the latest entities a placed role looks at.
const placeLookback = 200

func (e *entity) addPlace(s string) {
	if !slices.Contains(e.places, s) {
		e.places = append(e.places, s)
	}
}

// placedRole is the person a role with a state before it means ("the
// Florida senator", "the Independent Vermont senator"): the one most lately
// seen of those named with that state; nil when no state stands in the
// words [d+1, j) or no one was named with it.
func (pc *pctx) placedRole(d, j int) *entity {
	for k := d + 1; k < j; k++ {
		s, _ := pc.stateAt(k)
		if s == "" {
			continue
		}
		var best *entity
		ents := pc.an.reg.ents
		for _, e := range ents[max(0, len(ents)-placeLookback):] { // bounded: an enormous article stays linear
			if e.org || e.group || e.doc || (best != nil && e.seen <= best.seen) {
				continue
			}
			for _, p := range e.places {
				if p == s {
					best = e
				}
			}
		}
		return best
	}
	return nil
}
