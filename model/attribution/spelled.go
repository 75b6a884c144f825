package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A body named in French keeps its small words and adjectives in lower
// case ("Office québécois de la langue française"), so no run of capitals
// holds it; its acronym ("the OQLF") is often all a later sentence uses.
// frenchBodyFor finds, in the text before, the name whose words' initials
// spell the acronym, and registers it as the body the acronym stands for.

// spelledReach is how far into an article an acronym is looked up again
// once a search found no name: articles spell names out early, and a text
// of thousands of paragraphs must not be read once for each acronym.
const spelledReach = 40

// frenchBodyHeads open a French body's name.
var frenchBodyHeads = setOf(`office régie commission conseil société bureau institut agence autorité centre caisse
fédération confédération syndicat association ordre collège tribunal ministère direction secrétariat
fraternité alliance regroupement coalition union mouvement front observatoire protecteur vérificateur commissaire
service sûreté corporation centre district comité cégep école commission directeur directrice
université universite hôpital fondation musée réseau reseau chambre ligue`)

// frenchBodyFor is the body acr spells in French in this paragraph before
// token i or in the ten before it, registered under acr; nil when none.
// A paragraph read for an acronym once is not read for it again.
func (pc *pctx) frenchBodyFor(i int, acr string) *entity {
	read, tried := pc.an.acronymRead[acr] // the paragraphs before read were read for it
	switch {
	case !tried:
		read = pc.p.num - 11
	case read >= pc.p.num-1 || pc.p.num > spelledReach:
		return nil // read already; or far into the text, where a name is no longer spelled out first
	}
	texts := []string{pc.p.text[:pc.toks[i].start]}
	for k := pc.p.num - 2; k >= 0 && k >= read; k-- { // paras[num-1] is this one
		texts = append(texts, pc.an.paras[k].text)
	}
	for _, t := range texts {
		if name := spelledIn(t, acr); name != "" {
			e := pc.an.reg.body(name)
			pc.an.reg.byKey[strings.ToLower(acr)] = e
			e.addAlias(acr)
			return e
		}
	}
	pc.readFor(acr)
	return nil
}

// spelledIn returns the words of text, from a capitalised body head, whose
// initials (French small words left out) spell acr; "" when none do. It
// reads only where a word opens with the acronym's first letter: most
// paragraphs hold no such name, and every acronym of an article asks.
func spelledIn(text, acr string) string {
	for off := 0; off < len(text); {
		k := strings.IndexByte(text[off:], acr[0])
		if k < 0 {
			return ""
		}
		at := off + k
		off = at + 1
		if at > 0 && text[at-1] != ' ' {
			continue // inside a word
		}
		end := at
		for end < len(text) && text[end] != ' ' {
			end++
		}
		if !frenchBodyHeads[strings.ToLower(text[at:end])] {
			continue
		}
		if name := spelledFrom(text[at:min(len(text), at+300)], acr); name != "" {
			return name
		}
	}
	return ""
}

// spelledFrom returns the words opening text whose initials spell acr, or
// "". French small words ("de", "la", "l’") may be spelled or left out:
// the OQLF leaves out "de la", the CSSDM spells its "de".
func spelledFrom(text, acr string) string {
	words := strings.Fields(text)
	if k := spellAt(words, 0, acr); k > 0 {
		return strings.TrimRight(strings.Join(words[:k], " "), ",.;:")
	}
	return ""
}

// spellAt is the count of words from k on that spell acr, or -1.
func spellAt(words []string, k int, acr string) int {
	if acr == "" {
		return k
	}
	if k >= len(words) || k > 24 {
		return -1
	}
	low := strings.ToLower(strings.Trim(words[k], ",.;:()\"“”«»"))
	if acronymSmallWords[low] || strings.HasPrefix(low, "l’") || strings.HasPrefix(low, "d’") || strings.HasPrefix(low, "l'") || strings.HasPrefix(low, "d'") {
		if len(low) <= 3 {
			if k > 0 {
				if n := spellAt(words, k+1, acr); n > 0 {
					return n // "de", "la", "du" left out
				}
			}
			if f, _ := utf8.DecodeRuneInString(low); unicode.ToUpper(f) == rune(acr[0]) && k > 0 {
				return spellAt(words, k+1, acr[1:]) // the CSSDM's "de"
			}
			return -1
		}
		_, low, _ = strings.Cut(strings.ReplaceAll(low, "’", "'"), "'") // "l’énergie": énergie
	}
	f, _ := utf8.DecodeRuneInString(low)
	if unicode.ToUpper(stripAccent(f)) != rune(acr[0]) {
		return -1
	}
	return spellAt(words, k+1, acr[1:])
}

// stripAccent gives the unaccented capital-free letter of r's common
// French accents: é is e, ç is c.
func stripAccent(r rune) rune {
	switch r {
	case 'é', 'è', 'ê', 'ë', 'É':
		return 'e'
	case 'à', 'â', 'À':
		return 'a'
	case 'î', 'ï':
		return 'i'
	case 'ô':
		return 'o'
	case 'ù', 'û', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	}
	return r
}

// expandAcronym gives a body known so far only by its acronym (a
// headline's "OQLF") the French name the text has spelled out since, so
// the body is shown by its name. Each paragraph is read once for it.
func (pc *pctx) expandAcronym(e *entity, i int) {
	acr := e.display
	if len(acr) < 3 || len(acr) > 7 || !isAllCaps(acr) {
		return
	}
	if pc.p.num > spelledReach {
		return // an article spells a name out early, not in its fortieth paragraph
	}
	from := pc.an.acronymRead[acr] // paragraphs before it were read
	pc.readFor(acr)
	name := ""
	for k := from; k < pc.p.num-1 && name == ""; k++ {
		name = spelledIn(pc.an.paras[k].text, acr)
	}
	if name == "" {
		name = spelledIn(pc.p.text[:pc.toks[i].start], acr)
	}
	if name == "" {
		return
	}
	e.display, e.words = name, strings.Fields(strings.ToLower(name))
	pc.an.reg.index(e)
	e.addAlias(acr)
}

// readFor notes that the paragraphs before this one were read for acr.
func (pc *pctx) readFor(acr string) {
	if pc.an.acronymRead == nil {
		pc.an.acronymRead = map[string]int{}
	}
	pc.an.acronymRead[acr] = pc.p.num - 1
}
