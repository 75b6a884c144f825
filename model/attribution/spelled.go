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

// frenchBodyHeads open a French body's name.
var frenchBodyHeads = setOf(`office régie commission conseil société bureau institut agence autorité centre caisse
fédération confédération syndicat association ordre collège tribunal ministère direction secrétariat`)

// frenchBodyFor is the body acr spells in French in this paragraph before
// token i or in the ten before it, registered under acr; nil when none.
func (pc *pctx) frenchBodyFor(i int, acr string) *entity {
	if pc.an.spelledMiss[acr] {
		return nil
	}
	texts := []string{pc.p.text[:pc.toks[i].start]}
	for k := pc.p.num - 2; k >= 0 && k >= pc.p.num-11; k-- { // paras[num-1] is this one
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
	if pc.an.spelledMiss == nil {
		pc.an.spelledMiss = map[string]bool{}
	}
	pc.an.spelledMiss[acr] = true
	return nil
}

// spelledIn returns the words of text, from a capitalised body head, whose
// initials (French small words left out) spell acr; "" when none do.
func spelledIn(text, acr string) string {
	words := strings.Fields(text)
	for s, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || !frenchBodyHeads[strings.ToLower(w)] {
			continue
		}
		n, k := 0, s
		for ; k < len(words) && n < len(acr); k++ {
			low := strings.ToLower(strings.Trim(words[k], ",.;:()\"“”«»"))
			if acronymSmallWords[low] || strings.HasPrefix(low, "l’") || strings.HasPrefix(low, "d’") || strings.HasPrefix(low, "l'") || strings.HasPrefix(low, "d'") {
				if len(low) <= 3 {
					continue // "de", "la", "du"
				}
				_, low, _ = strings.Cut(strings.ReplaceAll(low, "’", "'"), "'") // "l’énergie": énergie
			}
			f, _ := utf8.DecodeRuneInString(low)
			if unicode.ToUpper(stripAccent(f)) != rune(acr[n]) {
				break
			}
			n++
		}
		if n == len(acr) {
			return strings.TrimRight(strings.Join(words[s:k], " "), ",.;:")
		}
	}
	return ""
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
