package attribution

import (
	"slices"
	"strings"
)

// cueForms maps every inflection of a cue verb to its lemma; built once.
var cueForms = buildCueForms()

func buildCueForms() map[string]string {
	m := make(map[string]string, len(cueLemmas)*4)
	for _, l := range cueLemmas {
		for _, f := range inflect(l) {
			m[f] = l
		}
	}
	for f, l := range irregularForms {
		if _, isCue := m[l]; isCue || isCueLemma(l) {
			m[f] = l
		}
	}
	return m
}

func isCueLemma(l string) bool {
	for _, c := range cueLemmas {
		if c == l {
			return true
		}
	}
	return false
}

// inflect gives the regular forms of a verb: lemma, -s, -ed, -ing.
func inflect(l string) []string {
	forms := []string{l}
	switch {
	case strings.HasSuffix(l, "y") && !strings.ContainsAny(l[len(l)-2:len(l)-1], "aeiou"):
		stem := l[:len(l)-1]
		forms = append(forms, stem+"ies", stem+"ied", l+"ing")
	case strings.HasSuffix(l, "e"):
		forms = append(forms, l+"s", l+"d", l[:len(l)-1]+"ing")
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x"):
		forms = append(forms, l+"es", l+"ed", l+"ing")
	default:
		forms = append(forms, l+"s", l+"ed", l+"ing")
	}
	if n := len(l); n > 3 && l[n-1] == 'l' && strings.IndexByte("aeiou", l[n-2]) >= 0 && strings.IndexByte("aeiou", l[n-3]) < 0 {
		forms = append(forms, l+"led", l+"ling") // British and Canadian spelling: "signalled", "labelling"
	}
	return forms
}

// continuedFor follow "continued" when something went on: "for several
// minutes", "into the night", "until dawn".
var continuedFor = setOf(`for into until through throughout after past despite unabated apace`)

// cueParticles are the second words of phrasal cues.
var cueParticles = map[string]bool{"back": true, "out": true, "on": true, "in": true, "for": true, "upon": true, "to": true}

// cueAt is cueAt of the paragraph's token i, worked out once: the rules
// ask it of the same tokens again and again.
func (pc *pctx) cueAt(i int) (string, int) {
	if uint(i) >= uint(len(pc.cueMemo)) {
		return "", 0
	}
	c := &pc.cueMemo[i]
	if c.n == 0 {
		l, n := cueAt(pc.toks, i)
		if l == "" && pc.finderFound(i) {
			l, n = "find", 1 // "Haywood-Nystrom found that …" after Justice Cordelia Haywood-Nystrom: the judge's finding
		}
		c.lemma, c.n = l, int8(n)+1
	}
	return c.lemma, int(c.n) - 1
}

// cueRead is a token's cueAt: n is 1 + its span, 0 before it is asked.
type cueRead struct {
	lemma string
	n     int8
}

// finderFound reports "found that" at i after the surname of someone the
// article named as a judge, a coroner or another office that finds.
func (pc *pctx) finderFound(i int) bool {
	if w := pc.toks[i].low; w != "found" && w != "finds" || i == 0 || i+1 >= len(pc.toks) {
		return false
	}
	th := i + 1
	if pc.toks[th].has(wCalendar) {
		th++ // "found Thursday that"
	}
	if th >= len(pc.toks) || pc.toks[th].low != "that" {
		return false
	}
	for k := th + 1; k < th+4; k++ {
		if k >= len(pc.toks) || pc.toks[k].kind != tWord && !isDigitStart(pc.toks[k].low) && pc.toks[k].low != "$" {
			return false // "Lamoureux found that conclusion unreasonable.": that conclusion, no clause (but "found that $1.4 billion …")
		}
	}
	p := i - 1
	if p > 0 && (pc.toks[p].low == "also" || pc.toks[p].low == "further") {
		p-- // "She also found that …"
	}
	if w := pc.toks[p].low; (w == "she" || w == "he") && pc.sentOf[p] == p {
		e := pc.pronounReferent(w, p)
		return e != nil && findsByOffice(e) // "The coroner did not accept that account. She found that …": the coroner's finding
	}
	if !pc.toks[i-1].cap {
		return false
	}
	for _, e := range pc.an.reg.byLast[pc.toks[i-1].low] {
		if findsByOffice(e) {
			return true
		}
	}
	return pc.inOwnReport(i)
}

// inOwnReport reports a sentence opening "In a … report," (or decision,
// ruling) whose subject, a name, is at the "found" at i: "In a 22-page
// report, Achterberg-Diallo found that …" is her finding.
func (pc *pctx) inOwnReport(i int) bool {
	s := pc.sentOf[i]
	if pc.toks[s].low != "in" {
		return false
	}
	for k := s + 2; k < i-1 && k <= s+6; k++ {
		if pc.toks[k].low == "," {
			return pc.is(k-1, mDocHead) && pc.isNameWord(k+1) && pc.runEnd(k+1) == i
		}
	}
	return false
}

// findsByOffice reports a person whose office finds: a judge, a coroner,
// "Manitoba Ombudsman Jill Anderssen" (the title names the office).
func findsByOffice(e *entity) bool {
	for _, h := range e.heads {
		if finderHeads[h] {
			return true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(e.role)) {
		if finderHeads[w] {
			return true
		}
	}
	return false
}

// nounBeforeVerb are verbs a document's noun comes right before.
var nounBeforeVerb = setOf(`said says found finds concluded concludes stated states showed shows noted notes added`)

var finderHeads = setOf(`judge justice coroner commissioner ombudsman ombudsperson auditor arbitrator adjudicator inspector`)

func (pc *pctx) isCue(i int) bool { l, _ := pc.cueAt(i); return l != "" }

// cueAt reports the cue lemma of token i (a phrasal cue uses i+1 too) and
// how many tokens it spans; "" when token i is no cue verb here.
func cueAt(toks []token, i int) (string, int) {
	if i < 0 || i >= len(toks) {
		return "", 0
	}
	t := toks[i]
	if t.kind != tWord || t.cap && !t.sentStart && !titleCaseCue(toks, i) {
		return "", 0
	}
	if i+1 < len(toks) && toks[i+1].has(wCueParticle) && t.has(wPhrasalHead) {
		base := t.low
		if l, ok := irregularForms[base]; ok {
			base = l
		} else if l, ok := cueForms[base]; ok {
			base = l
		} else {
			base = stemRegular(base)
		}
		if p, ok := phrasalCues[base+" "+toks[i+1].low]; ok {
			return p, 2
		}
	}
	if (t.low == "written" || t.low == "prepared" || t.low == "emailed" || t.low == "recorded") && i > 0 && i+1 < len(toks) && toks[i+1].kind == tWord && (docNouns[toks[i+1].low] || toks[i+1].low == "remarks") && !toks[i-1].has(wPassive) {
		return "", 0 // "In a brief written statement", "his prepared remarks": what the statement is, no cue
	}
	if i > 0 && i+1 < len(toks) && strings.HasSuffix(t.low, "ed") && toks[i-1].kind == tWord && docNouns[toks[i-1].low] && (toks[i+1].low == "to" || toks[i+1].low == "on") {
		return "", 0 // "In a statement posted to Instagram, the group says": where the statement went, no cue
	}
	if i > 0 && toks[i-1].kind == tWord && toks[i-1].has(wPrep) && toks[i-1].low != "to" && toks[i-1].low != "as" && !strings.HasSuffix(t.low, "ing") && strings.HasSuffix(t.low, "s") {
		return "", 0 // "delivered on promises to voters", "in reports": a plural noun after a preposition, no verb
	}
	if i+1 < len(toks) && (docNouns[t.low] || findingNouns[t.low]) && nounBeforeVerb[toks[i+1].low] {
		return "", 0 // "the 186-page report said": the document, which says
	}
	if pluralAfterDeterminer(toks, i) {
		return "", 0 // "In her closing remarks before the vote,", "their comments": a noun, no verb
	}
	if (t.low == "put" || t.low == "puts") && i+1 < len(toks) && toks[i+1].low == "it" && toks[i+1].kind == tWord {
		return "put it", 2 // "as X put it, “…”"
	}
	if (t.low == "found" || t.low == "finds") && findingAt(toks, i) {
		return "find", 1 // a finding is what the court or the report says
	}
	if i+1 < len(toks) && toks[i+1].low == "that" && forecastVerbs[t.low] && findingSubject(toks, i) { // (the cheap test first: most words are not before "that")
		return "forecast", 1 // "The report also projects that the debt ratio will rise": the document's forecast
	}
	if forecastVerbs[t.low] && i > 0 && i+1 < len(toks) && toks[i-1].cap && toks[i-1].kind == tWord && (toks[i+1].low == "that" || toks[i+1].has(wPrep) && thatAfterPhrase(toks, i+1)) &&
		i+3 < len(toks) && toks[i+2].kind == tWord && toks[i+3].kind == tWord { // (not "No insurer in North America forecast that storm.")
		return "forecast", 1 // "The USDA forecast in September that net cash income would decline": a body's forecast
	}
	if (t.low == "held" || t.low == "holds") && i+1 < len(toks) && toks[i+1].low == "that" && (judicialSubject(toks, i) || rulingBefore(toks, i)) {
		return "hold", 1 // "Justice Harjit Bains held that municipal councils have …": the court's holding
	}
	if (t.low == "held" || t.low == "holds") && i >= 3 && i+1 < len(toks) && toks[i+1].low == "." && benchRoles[toks[i-1].low] && toks[i-2].low == "the" && toks[i-3].kind == tQuote {
		return "hold", 1 // "“Such evidence is hearsay,” the judge held.": the quotation is the holding
	}
	if (t.low == "accepted" || t.low == "accepts") && i+2 < len(toks) && toks[i+1].low == "that" && clauseVerbAfter(toks, i+2) {
		return "find", 1 // "The judge accepted that the council faced difficulties": what the court finds
	}
	if t.low == "finding" && i > 0 && toks[i-1].low == "," && judicialOpener(toks, i) {
		return "find", 1 // "The Human Rights Tribunal of Ontario has ordered …, finding it fired her …": the tribunal's finding
	}
	lemma := t.cueLemma()
	if lemma == "" || lemma == "rule" && !rulingVerb(toks, i) {
		return "", 0
	}
	if lemma == "state" && t.low == "states" && i > 0 && toks[i-1].kind == tWord && (isDigitStart(toks[i-1].low) || numberWords[toks[i-1].low]) {
		return "", 0 // "across the four states", "in all 50 states": counted, the noun
	}
	if lemma == "say" && i > 1 && toks[i-1].low == "to" && judgedToSay[toks[i-2].low] {
		return "", 0 // "It is too soon to say whether …", "needless to say": no one says it
	}
	if lemma == "advise" && i+2 < len(toks) && toks[i+1].low == "on" && !toks[i+2].has(wCalendar|wTime) && !isDigitStart(toks[i+2].low) {
		return "", 0 // "Centerview advised on three of those deals": counsel given, not words reported
	}
	if lemma == "claim" && i+1 < len(toks) && claimsWon(toks, i+1) {
		return "", 0 // "claiming 41 percent of the vote", "claimed a victory in the primary": a thing won
	}
	if lemma == "call" && i+2 < len(toks) && (toks[i+1].low == "itself" || toks[i+1].low == "themselves") && toks[i+2].cap && toks[i+2].kind == tWord {
		return "", 0 // "a group calling itself Parents for Open Libraries": its name, no words said
	}
	if lemma == "continue" && i+1 < len(toks) && continuedFor[toks[i+1].low] {
		return "", 0 // "The exchange continued for several minutes": it went on, no one spoke
	}
	if lemma == "state" && t.low == "states" && i > 1 && toks[i-1].kind == tWord && toks[i-1].cap && toks[i-2].low == "the" {
		return "", 0 // "the Baltic states were …", "the Gulf states": a place's countries, the noun
	}
	if i > 1 && strings.HasSuffix(t.low, "ed") && (toks[i-1].low == "now" || toks[i-1].low == "currently") && toks[i-2].kind == tWord && toks[i-2].has(wPassive) && lemma != "say" && lemma != "tell" {
		return "", 0 // "The fire is now estimated at 9,400 hectares": a passive, "now" between (but "was widely reported" reports)
	}
	if i > 1 && measuredNoun(toks, i) {
		return "", 0 // "The 112-page report, written by …, describes": a noun its measure qualifies
	}
	if i > 0 && toks[i-1].kind == tWord && (toks[i-1].has(wDeterminer|wPassive) && !standsAlone[toks[i-1].low] || toks[i-1].poss) &&
		!(toks[i-1].has(wPassive) && strings.HasSuffix(t.low, "ing")) && !letterAfterTitle(toks, i-1) && !possessiveSays(toks, i) {
		return "", 0 // a noun (a call) or a passive (is charged), but "some said", "is pledging"
	}
	if i > 1 && lemma != "say" && lemma != "tell" && strings.HasSuffix(toks[i-1].low, "ed") && toks[i-1].kind == tWord && !toks[i-1].cap &&
		(toks[i-2].has(wDeterminer) && !standsAlone[toks[i-2].low] || toks[i-2].poss) {
		return "", 0 // "his repeated claims", "Trump's renewed calls": a noun after its adjective
	}
	if i > 1 && i+1 < len(toks) && strings.HasSuffix(t.low, "ed") && strings.HasSuffix(toks[i-1].low, "ly") && toks[i-1].kind == tWord &&
		(toks[i-2].has(wDeterminer) && !standsAlone[toks[i-2].low] || toks[i-2].poss) && toks[i+1].kind == tWord && !toks[i+1].cap && !toks[i+1].has(wFunction|wPrep) {
		return "", 0 // "a widely denounced tweet", "his oft-repeated claim": an adjective before its noun
	}
	if i > 1 && isYear(toks[i-1].low) && (toks[i-2].has(wDeterminer) && !standsAlone[toks[i-2].low] || toks[i-2].poss) {
		return "", 0 // "A 2021 report by the panel found", "the agency's 2019 review": a noun after its year
	}
	if i > 2 && isDigitStart(toks[i-1].low) && toks[i-2].low == "$" && (toks[i-3].has(wDeterminer) && !standsAlone[toks[i-3].low] || toks[i-3].poss) {
		return "", 0 // "the $80-billion estimate the government released": a noun after its amount
	}
	if i > 1 && t.is(mPluralNoun) && toks[i-1].kind == tWord && !toks[i-1].cap && toks[i-2].poss && !toks[i-1].has(wAdverb) &&
		!docNouns[toks[i-1].low] && !wordIs(toks[i-1].low, mDocHead|mStatementWord) && !wordHas(toks[i-1].low, wRole|wOrgHead) {
		return "", 0 // "Trump's angry vows", "Mr. Trump's fire-breathing vows": whose vows, not a verb after its subject
	}
	if i > 1 && t.is(mPluralNoun) && toks[i-1].kind == tWord && !toks[i-1].cap && nounModifier(toks[i-1].low) &&
		(toks[i-2].has(wDeterminer) && !standsAlone[toks[i-2].low] || toks[i-2].poss || toks[i-2].low == "and" && i > 2 && toks[i-3].kind == tWord && strings.HasSuffix(toks[i-3].low, "s") && !toks[i-3].cap) {
		return "", 0 // "the candidates’ respective estimates", "the agency's latest estimates": a plural noun after its adjective
	}
	if i > 0 && i+1 < len(toks) && t.is(mPluralNoun) && compoundBefore(toks[i-1]) && compoundHead(toks[i+1]) {
		return "", 0 // "the land claims organization", "the treaty claims office": a noun inside a compound
	}
	if i > 1 && toks[i-1].has(wAdverb) && toks[i-2].has(wPassive) && !strings.HasSuffix(t.low, "ing") {
		return "", 0 // "was also accused", "were repeatedly told"
	}
	if i > 0 && toks[i-1].sentStart && toks[i-1].cap && strings.HasSuffix(t.low, "s") && t.low != lemma &&
		(adjectiveShaped(toks[i-1].low) || t.is(mPluralNoun) && (nounModifier(toks[i-1].low) || pluralOpeners[toks[i-1].low])) && !isGivenName(toks[i-1].low) {
		return "", 0 // "Initial estimates put the total at …": an adjective and its plural noun, not a name and a verb
	}
	if lemma == "add" && i+1 < len(toks) && toks[i+1].has(wDeterminer) && toks[i+1].low != "that" && (i == 0 || toks[i-1].kind != tQuote) {
		return "", 0 // "added his second": a goal, not words (but "“…,” added his campaign manager")
	}
	if lemma == "add" && i+2 < len(toks) && i > 0 && toks[i-1].kind == tWord && toks[i+1].kind == tWord && !toks[i+1].cap && !toks[i+1].has(wFunction|wDeterminer) &&
		(toks[i+2].has(wPrep) || toks[i+2].low == "." || toks[i+2].low == ",") {
		return "", 0 // "Wheel-Trans will add vehicles on the affected weekends": a thing added, not words
	}
	if strings.HasSuffix(t.low, "ing") && i > 0 && !participleBefore(toks[i-1]) && timeBeforeParticiple(toks, i) == i && !withSubject(toks, i) && !nounSaying(toks, i) && !absoluteSubject(toks, i) && !heardOnBefore(toks, i) && !postedOnBefore(toks, i) && recipientBefore(toks, i) < 0 &&
		!(i > 1 && toks[i-1].low == "of" && ofGerund[toks[i-2].low]) {
		return "", 0 // "the state forecasting office": an adjective, not a cue
	}
	if strings.HasSuffix(t.low, "s") && lemma != "say" && possessedNoun(toks, i) {
		return "", 0 // "one of Brandt’s signature campaign promises": the nouns of a possessive, no verb
	}
	if t.low == lemma && i > 0 && !baseFormSubject(toks[asideStart(toks, i-1)]) && !verbOnly(toks, i) && !modalAdverbBefore(toks, i) {
		return "", 0 // "state news agency", "the call": a bare form needs a plural or modal before it
	}
	return lemma, 1
}

// measuredNoun reports a cue's word at i after a determiner and a measure
// in a hyphened compound ("the 112-page report", "a three-page
// statement"): the noun, though "the 51-year-old said" is a verb.
func measuredNoun(toks []token, i int) bool {
	m, t := toks[i-1].low, toks[i].low
	if toks[i-1].kind != tWord || !strings.Contains(m, "-") || strings.HasSuffix(m, "-old") || strings.HasSuffix(t, "ed") || sayOrTell(t) {
		return false
	}
	n, _, _ := strings.Cut(m, "-")
	return (isDigitStart(n) || numberWords[n]) && toks[i-2].has(wDeterminer)
}

// sayOrTell reports a form of "say" or "tell" that is only a verb.
func sayOrTell(w string) bool {
	return w == "said" || w == "says" || w == "told" || w == "tells"
}

// possessiveSays reports "said" or "told" right after a capitalised
// possessive: no noun a name can own, so the name is a firm's
// ("Sainsbury's said").
func possessiveSays(toks []token, i int) bool {
	p := toks[i-1]
	if !p.poss || !p.cap || !sayOrTell(toks[i].low) {
		return false
	}
	k := i - 2
	for k >= 0 && (toks[k].kind == tWord && toks[k].cap && !toks[k].poss || toks[k].low == "." && k > 0 && saintWords[toks[k-1].low]) {
		k--
	}
	if k >= 0 && toks[k].low == "the" && k > 0 && toks[k-1].low == "of" {
		k-- // "the District of St. Mary's"
	}
	return k < 0 || !toks[k].has(wPrep|wDeterminer) || toks[k].low == "for" || toks[k].low == "of" // "a spokesman for Harty's said" (not "nurses at St. Brendan's says": the union says)
}

// possessedNoun reports a word at i that ends a possessive's noun phrase
// after a preposition: one to three lower-case words after "of X’s" ("one
// of Brandt’s signature campaign promises").
func possessedNoun(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].poss {
			n := k
			for n > 0 && toks[n-1].kind == tWord && toks[n-1].cap {
				n-- // "Lyle Brandt’s": the owner's whole name
			}
			return k < i-1 && n > 0 && toks[n-1].has(wPrep) && toks[n-1].low != "as" // inside a phrase ("one of X's … promises"), not a subject ("X's lawsuit demands")
		}
		if toks[k].kind != tWord || toks[k].cap || toks[k].has(wDeterminer|wFunction) {
			return false
		}
	}
	return false
}

// judgedToSay stand before "to say" when no one says anything: "too soon
// to say", "hard to say", "needless to say".
var judgedToSay = setOf(`soon early hard fair safe difficult impossible premature needless easy tough`)

// claimsWon reports what follows "claim" at k as a thing won, not words: a
// number ("41 percent of the vote") or a victory, a seat, a title.
func claimsWon(toks []token, k int) bool {
	t := toks[k]
	if isDigitStart(t.low) || numberWords[t.low] && t.low != "one" {
		return true
	}
	if k+1 < len(toks) && t.has(wDeterminer) {
		k++
		if k+1 < len(toks) && toks[k].kind == tWord && !toks[k].cap && !wonThings[toks[k].low] && !toks[k].has(wFunction) {
			k++ // "a narrow victory", "a surprising win"
		}
		return wonThings[toks[k].low] && !(k+1 < len(toks) && toks[k+1].has(wClauseVerb|wPassive)) // but "claimed the nomination was stolen"
	}
	return false
}

var wonThings = setOf(`victory victories win wins seat seats title titles prize crown nomination delegates lives life majority lead`)

// letterAfterTitle reports the "A" of "Officer A": a capital letter
// standing for a name after a title, not an article.
func letterAfterTitle(toks []token, k int) bool {
	return k > 0 && toks[k].low == "a" && toks[k].cap && toks[k].end-toks[k].start == 1 &&
		toks[k-1].kind == tWord && toks[k-1].cap && toks[k-1].has(wTitle|wRole|wHonorific)
}

// compoundBefore reports a lower-case noun-like word that can stand
// before a plural noun in a compound ("land" of "land claims").
func compoundBefore(t token) bool {
	return t.kind == tWord && !t.cap && !t.poss && !t.has(wFunction|wDeterminer|wAdverb|wPassive|wPrep|wRole|wTitle) && !strings.HasSuffix(t.low, "ly")
}

// compoundHead reports a lower-case head noun that a plural noun can
// modify: "claims organization", "claims process", "claims negotiator".
func compoundHead(t token) bool {
	return t.kind == tWord && !t.cap && (t.has(wRole|wOrgHead) || compoundHeads[t.low])
}

var compoundHeads = setOf(`process organization organisation office negotiator negotiators settlement settlements
agreement agreements tribunal table system adjuster adjusters unit desk division`)

// modalAdverbBefore reports a modal and an adverb before a bare form:
// "could only quip", "would simply say".
func modalAdverbBefore(toks []token, i int) bool {
	if i < 2 || toks[i-1].kind != tWord || toks[i-2].kind != tWord || !toks[i-1].has(wAdverb) && !focusAdverbs[toks[i-1].low] {
		return false
	}
	switch toks[i-2].low {
	case "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do":
		return true
	}
	return false
}

// focusAdverbs stand between a modal and its verb: "could only quip".
var focusAdverbs = setOf(`only just simply merely never always also even still`)

// nounModifier reports an adjective that stands before a noun: one
// shaped like an adjective, a superlative, or one of a few others.
func nounModifier(w string) bool {
	return adjectiveShaped(w) || strings.HasSuffix(w, "est") && len(w) > 5 || nounModifiers[w]
}

var nounModifiers = setOf(`new own first last early initial final previous earlier past fresh recent prior online`)

// pluralOpeners open a sentence before a plural noun: "Other estimates
// put the number higher".
var pluralOpeners = setOf(`other some many several few most such these those both`)

// pluralNouns are cue forms that are plural nouns too: "claims", "posts".
var pluralNouns = setOf(`claims calls reports estimates comments remarks tweets posts notes promises pledges
vows answers questions demands charges replies threats accusations appeals`)

// adjectiveShaped reports a word whose ending marks an adjective
// ("initial", "subsequent", "preliminary", "official"): capitalised at a
// sentence's start it is no name.
func adjectiveShaped(w string) bool {
	for _, suf := range []string{"al", "ent", "ary", "ive", "ous", "ible", "able"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// withSubject reports "with X saying", "with the minister calling": a
// subject of its own between "with" and the participle.
func withSubject(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		if toks[k].low == "." && toks[k-1].cap && toks[k-1].kind == tWord {
			continue // "with Sen. John McCain calling": a title's full stop
		}
		if inNameList(toks, k) {
			continue // "with the American Federation of Teachers calling", "with Trump, Huckabee and Christie all calling"
		}
		if toks[k].kind != tWord || toks[k].has(wPrep) || k < i-5 {
			return false
		}
		if toks[k-1].low == "with" {
			if i+1 < len(toks) && wordHas(toks[i+1].low, wOrgHead) {
				return false // "with the state forecasting office": an adjective before its noun
			}
			return toks[k].cap || toks[k].has(wDeterminer|wParticle)
		}
	}
	return false
}

// inNameList reports token k joining capitalised words into one name or a
// list of them: "of" or "&" inside a name, a comma or "and" between names,
// "all" or "both" after them.
func inNameList(toks []token, k int) bool {
	capAt := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].kind == tWord && toks[j].cap }
	switch toks[k].low {
	case "of", "&", ",", "and":
		return capAt(k-1) && capAt(k+1)
	case "all", "both":
		return capAt(k - 1)
	}
	return false
}

// heardOnBefore reports a verb of perceiving and a short phrase of where
// before the participle at i: "was heard on a microphone telling", "caught
// on tape saying".
func heardOnBefore(toks []token, i int) bool {
	for p := i - 1; p >= 1 && p >= i-3; p-- {
		if toks[p].kind != tWord {
			return false
		}
		if (toks[p].low == "on" || toks[p].low == "in") && perceived[toks[p-1].low] {
			return true
		}
	}
	return false
}

// absoluteSubject reports a name of one word before a participle, after
// "and" or a dash: "– Ryan saying he was “very encouraged” and Trump
// calling it a “great meeting”", each with its own subject.
func absoluteSubject(toks []token, i int) bool {
	if i < 2 || toks[i-1].kind != tWord || !toks[i-1].cap || toks[i-1].sentStart || toks[i-1].has(wFunction) {
		return false
	}
	switch toks[i-2].low {
	case "and", "–", "—":
		return true
	}
	return false
}

// ofGerund take "of" and a cue in -ing that their subject says: "made a
// point of saying", "was accused of saying".
var ofGerund = map[string]bool{"point": true, "accused": true}

// postedOnBefore reports a participle after where words were posted, with
// or without a day: "posted on social media Monday urging", "wrote on
// Facebook urging".
func postedOnBefore(toks []token, i int) bool {
	k := i - 1
	if k > 0 && toks[k].kind == tWord && toks[k].cap && calendarWords[toks[k].low] {
		k-- // "… Monday urging"
		if k > 0 && toks[k].low == "on" {
			k-- // "… on Monday urging"
		}
	}
	if k < 2 || toks[k].kind != tWord || !toks[k].cap && toks[k].low != "media" {
		return false // the cheap test first: most words before a participle are neither
	}
	switch w := toks[k].low; {
	case w == "media" && toks[k-1].low == "social" && toks[k-2].low == "on":
		return true
	case (platformNames[w] || w == "x") && toks[k].cap && toks[k-1].low == "on":
		return postingVerbs[toks[k-2].low]
	}
	return false
}

// recipientBefore is the "to" of a letter's or a writer's recipient that
// participle i follows ("fired off a letter to Calloway accusing him",
// "wrote to the premier urging her"); -1 when there is none. The one who
// wrote is the participle's subject, not the recipient.
func recipientBefore(toks []token, i int) int {
	if i < 3 || toks[i-1].kind != tWord {
		return -1 // the cheap test first
	}
	for k := i - 1; k >= 2 && k >= i-5; k-- {
		t := toks[k]
		if t.kind != tWord || t.poss {
			return -1
		}
		if t.low != "to" {
			continue
		}
		if k == i-1 || !toks[k+1].cap && !toks[k+1].has(wDeterminer) {
			return -1
		}
		if w := toks[k-1]; w.kind == tWord && (docNouns[w.low] || w.low == "wrote" || w.low == "writes" || w.low == "written") {
			return k
		}
		return -1
	}
	return -1
}

// postingVerbs put words on a platform.
var postingVerbs = setOf(`posted wrote tweeted said shared published posts writes tweets says shares publishes`)

// timeBeforeParticiple steps back from a participle at i over a phrase of
// time that opens its clause ("at one point", "at times", "in turn"): the
// phrase's first token, or i.
func timeBeforeParticiple(toks []token, i int) int {
	w := func(k int) string {
		if k < 0 || toks[k].kind != tWord {
			return ""
		}
		return toks[k].low
	}
	switch {
	case w(i-3) == "at" && (w(i-2) == "one" && w(i-1) == "point" || w(i-2) == "several" && w(i-1) == "times"):
		return i - 3
	case w(i-2) == "at" && w(i-1) == "times", w(i-2) == "in" && w(i-1) == "turn":
		return i - 2
	}
	return i
}

// lyAdjectives end like adverbs but describe a noun: "a friendly warning",
// "early polls", "the elderly".
var lyAdjectives = setOf(`friendly unfriendly early likely unlikely elderly lonely costly deadly ugly holy silly daily weekly
monthly yearly quarterly hourly nightly only family lovely orderly timely worldly scholarly manly womanly cowardly
kindly lively bodily oily curly hilly chilly jolly friendly-fire`)

// participleBefore reports a token after which an -ing cue reports speech:
// ", saying", "and telling", "as saying", "was saying".
func participleBefore(t token) bool {
	if t.kind == tPunct {
		return t.low == "," || t.low == ";" || t.low == "—" || t.low == "–"
	}
	if t.kind != tWord {
		return t.kind == tQuote
	}
	if contracted[t.low] && int(t.end-t.start) > len(t.low) || strings.HasSuffix(t.low, "ly") && !t.cap && isAdverb(t.low) && !lyAdjectives[t.low] {
		return true // "He's suggesting", "leaders are increasingly admitting"
	}
	switch t.low {
	case "and", "or", "but", "as", "while", "after", "before", "without", "by", "when", "is", "was", "heard", "seen",
		"are", "were", "been", "be", "kept", "keeps", "also", "then", "repeatedly", "publicly", "not":
		return true
	}
	return docNouns[t.low] || eventNouns[t.low] // "issued a statement saying", "sent an email calling", "opened a rally blasting"
}

// baseFormSubject reports a token after which an uninflected verb can stand:
// a pronoun, a modal or "to", or a plural noun (officials say).
func baseFormSubject(t token) bool {
	if t.kind != tWord {
		return false
	}
	switch t.low {
	case "i", "we", "you", "they", "to", "will", "would", "could", "can", "may", "might",
		"must", "should", "did", "does", "do", "not", "also", "often", "who", "and":
		return true
	}
	if standsAlone[t.low] && t.low != "one" && t.low != "each" && t.low != "another" || isDigitStart(t.low) || t.low == "%" ||
		strings.HasSuffix(t.low, "'d") || strings.HasSuffix(t.low, "’d") || strings.HasSuffix(t.low, "'ll") || strings.HasSuffix(t.low, "’ll") {
		return true // "some say", "nine in 10 say"
	}
	return strings.HasSuffix(t.low, "s") && !t.poss && !notPlural(t.low)
}

// notPlural reports words in -s that are no plural subject: "news
// report", "always say", "this report".
func notPlural(w string) bool {
	return strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") ||
		w == "news" || w == "always" || w == "perhaps" || w == "was" || w == "has" || w == "does" || w == "its"
}

// stemRegular undoes a regular -s, -ed or -ing ending.
func stemRegular(w string) string {
	for _, suf := range []string{"ing", "ed", "s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// standsAlone are determiners that stand for people on their own before a
// cue: "some said", "both say", "many argued".
var standsAlone = map[string]bool{"some": true, "many": true, "most": true, "both": true, "all": true,
	"several": true, "few": true, "one": true, "each": true, "another": true, "neither": true,
	"either": true, "two": true, "three": true}

// asideStart returns the token before a short aside between commas that
// ends at j ("Others, however, say"), or j when there is none.
func asideStart(toks []token, j int) int {
	if toks[j].low != "," {
		return j
	}
	for k := j - 1; k > 0 && k >= j-6; k-- {
		if toks[k].kind != tWord {
			if toks[k].low == "," && k < j-1 {
				return k - 1
			}
			return j
		}
	}
	return j
}

// verbOnlyCues are hardly ever nouns, so their bare form is a verb after
// any subject ("Cologne police say", "critics like Huffman argue"), though
// not after a preposition, nor "say" as "for example" ("in, say, May").
var verbOnlyCues = map[string]bool{"say": true, "tell": true, "argue": true, "insist": true,
	"contend": true, "warn": true, "urge": true, "acknowledge": true, "predict": true,
	"suggest": true, "admit": true, "deny": true, "explain": true, "complain": true,
	"concede": true, "assert": true, "allege": true, "declare": true, "announce": true,
	"testify": true, "agree": true, "disagree": true, "reiterate": true, "emphasize": true,
	"emphasise": true, "caution": true, "maintain": true}

func verbOnly(toks []token, i int) bool {
	t := toks[i]
	if !verbOnlyCues[t.low] || toks[i-1].has(wPrep) && toks[i-1].low != "to" || toks[i-1].has(wDeterminer) && !standsAlone[toks[i-1].low] {
		return false
	}
	return i+1 < len(toks) && toks[i+1].low != "," && toks[i+1].low != ")"
}

// headlineCues report speech in a Title Case headline: "Trump Says He Will
// Win", "Senator Urges Calm".
var headlineCues = map[string]bool{"says": true, "said": true, "tells": true, "told": true,
	"announced": true, "tweets": true, "tweeted": true, "warned": true, "urged": true, "vowed": true,
	"claimed": true, "admitted": true, "denied": true, "asked": true, "slammed": true, "blasted": true,
	"accused": true, "predicted": true, "revealed": true, "reveals": true, "explained": true,
	"declared": true, "pledged": true, "promised": true, "praised": true, "suggested": true,
	"warns": true, "urges": true, "calls": true, "vows": true, "claims": true, "admits": true,
	"denies": true, "asks": true, "slams": true, "blasts": true, "accuses": true, "insists": true,
	"predicts": true, "announces": true, "explains": true, "argues": true, "pledges": true,
	"promises": true, "rips": true, "praises": true, "suggests": true, "declares": true}

// headlineAux stand between a headline's subject and its verb ("Trump Has
// Said"); "May" and "Will" are left out, being names as often.
var headlineAux = map[string]bool{"has": true, "had": true, "have": true, "did": true, "does": true,
	"would": true, "could": true, "should": true, "is": true, "was": true, "also": true}

// pluralAfterDeterminer reports a word in -s after "her", "their", "the"
// and the like, right before it or with one word between ("her closing
// remarks"): a plural noun, not a verb of saying.
func pluralAfterDeterminer(toks []token, i int) bool {
	w := toks[i].low
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || w == "says" || i == 0 {
		return false
	}
	p := toks[i-1]
	if p.kind == tWord && possessiveDeterminers[p.low] {
		return true
	}
	return i > 1 && p.kind == tWord && !p.cap && strings.HasSuffix(p.low, "ing") && toks[i-2].kind == tWord && possessiveDeterminers[toks[i-2].low]
}

var possessiveDeterminers = setOf(`her his their its our my your`)

// titleCaseCue reports a capitalised cue between capitalised words, as
// headlines print every word.
func titleCaseCue(toks []token, i int) bool {
	t := toks[i]
	return t.info != nil && t.info.lemma != "" && i > 0 && i+1 < len(toks) && (toks[i-1].kind == tWord && toks[i-1].cap || toks[i-1].low == "," && t.cap) &&
		toks[i+1].kind == tWord && toks[i+1].cap && headlineCues[t.low] && !nameEnds[toks[i+1].low] // (not "Canadian Property Claims Association")
}

// nameEnds close a body's name: a title-case word before one is part of
// the name, no headline's verb.
var nameEnds = setOf(`association tribunal council commission board society institute foundation federation league committee authority agency centre center`)

// nounSaying reports a participle of saying after a noun, with a clause
// after it: "an email saying that …", "30 percent of voters saying they
// …", "calls saying shots had been fired".
func nounSaying(toks []token, i int) bool {
	switch toks[i].low {
	case "saying", "arguing", "claiming", "warning", "insisting", "stating", "declaring", "asserting":
	default:
		return false
	}
	p := toks[i-1]
	if p.kind != tWord || p.has(wFunction|wPrep|wDeterminer|wPassive) || p.poss {
		return false
	}
	if i+1 >= len(toks) || toks[i+1].kind != tWord {
		return false
	}
	switch toks[i+1].low {
	case "that", "he", "she", "they", "it", "we", "i", "there":
		return true
	}
	for k := i + 2; k < len(toks) && k < i+7; k++ {
		if toks[k].kind != tWord || toks[k].has(wPrep) {
			return false
		}
		if finiteVerbs[toks[k].low] {
			return true
		}
	}
	return false
}

// rulingVerb reports "ruled that" or "…, ruling that" at i: a judge's
// verb. "rules" and "ruling" after a determiner, a possessive or a name
// are nouns ("party rules that could …", "the Supreme Court ruling that
// paved the way").
// rulingClauseAfter reports a noun and a finite verb from k: "airline had",
// "company was".
func rulingClauseAfter(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].kind == tWord && !toks[k].cap && toks[k+1].kind == tWord && finiteVerbs[toks[k+1].low]
}

func rulingVerb(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i].low == "ruled" && toks[i+1].low == "." && judgedBy(toks, i) {
		return true // "…, an Ontario Superior Court judge has ruled.": what was ruled stands before
	}
	if j := afterRulingTime(toks, i+1); j > i+1 && j < len(toks) && toks[i].low == "ruled" && (toks[j].low == "." || toks[j].low == "in") && judgedBy(toks, i) {
		return true // "…, the Supreme Court of Canada ruled Friday in a split decision"
	}
	if j := afterRulingTime(toks, i+1); j > i+1 && j < len(toks) && (toks[i].low == "ruled" || toks[i].low == "rules" || toks[i].low == "ruling" && i > 0 && toks[i-1].low == ",") && toks[j].low == "that" {
		return true // "which ruled in April that …", "…, ruling Friday that …": what was ruled, after its time
	}
	if (toks[i].low == "ruled" || toks[i].low == "rules") && rulingPhraseThat(toks, i+1) {
		return true // "ruled in 2014 that …", "ruled 5-3 in Delacroix v. United States that …": a year or a case, then what was ruled
	}
	if i > 0 && i+2 < len(toks) && toks[i].low == "ruling" && toks[i-1].low == "," && toks[i+1].has(wDeterminer) && toks[i+1].low != "that" && toks[i+2].kind == tWord {
		return true // "…, ruling the department never explained how …": what was ruled, with no "that"
	}
	if i > 0 && toks[i-1].low == "," && (toks[i].low == "ruling" || toks[i].low == "ruled") && splitThat(toks, i+1) {
		return true // "…, ruling 5-4 that the delay was unreasonable": the court's split, then what it ruled
	}
	if i+1 < len(toks) && toks[i].low == "ruled" && toks[i+1].low == "the" && rulingClauseAfter(toks, i+2) {
		return true // "after the agency ruled the airline had no basis for …": what was ruled, with no "that"
	}
	if i+1 >= len(toks) || toks[i+1].low != "that" {
		return false
	}
	switch toks[i].low {
	case "ruled":
		return true
	case "ruling":
		if i == 0 {
			return false
		}
		p := toks[i-1]
		return p.low == "," || p.kind == tWord && !p.cap && !p.poss && !p.has(wDeterminer)
	}
	return false
}

// rulingPhraseThat reports a short phrase from k that opens with "in",
// "on" or a vote's split and ends in "that", with no verb of saying in it:
// "in 2014 that", "5-3 in Delacroix v. United States that".
func rulingPhraseThat(toks []token, k int) bool {
	if k >= len(toks) || toks[k].low != "in" && toks[k].low != "on" && !isDigitStart(toks[k].low) {
		return false
	}
	for j := k; j < len(toks) && j < k+10; j++ {
		t := toks[j]
		if t.low == "that" {
			return j > k
		}
		if t.kind != tWord && !isDigitStart(t.low) && t.low != "." && t.low != "-" || t.has(wCue) {
			return false
		}
	}
	return false
}

// splitThat reports a vote's split and "that" from k: "5-4 that", "5 - 4
// that".
func splitThat(toks []token, k int) bool {
	if k+1 < len(toks) {
		if a, b, ok := strings.Cut(toks[k].low, "-"); ok && isDigitStart(a) && isDigitStart(b) {
			return toks[k+1].low == "that"
		}
	}
	return k+3 < len(toks) && isDigitStart(toks[k].low) && isDash(toks[k+1].low) && isDigitStart(toks[k+2].low) && toks[k+3].low == "that"
}

// afterRulingTime steps over a day after a ruling verb ("Friday", "on
// Tuesday", "last week"): the index after it, or i.
func afterRulingTime(toks []token, i int) int {
	j := i
	if j < len(toks) && (toks[j].low == "on" || toks[j].low == "in" && j+1 < len(toks) && calendarWords[toks[j+1].low]) {
		j++ // "on Friday", "in April"
	}
	if j < len(toks) && (toks[j].low == "last" || toks[j].low == "this") {
		j++
	}
	if j < len(toks) && (calendarWords[toks[j].low] && toks[j].cap || toks[j].low == "today" || toks[j].low == "yesterday" || toks[j].low == "week" || toks[j].low == "month") {
		if j+1 < len(toks) && isYear(toks[j+1].low) && calendarWords[toks[j].low] {
			return j + 2 // "in February 2024": the month's year
		}
		return j + 1
	}
	return i
}

// judgedBy reports a judge, a court, a tribunal or a panel as the subject
// just before the cue at i, after a comma: "…, a disciplinary hearing
// panel has ruled."
func judgedBy(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch w := toks[k].low; {
		case w == ",":
			return false
		case judicialNouns[w]:
			return k >= 1 && slices.ContainsFunc(toks[max(0, k-8):k], func(t token) bool { return t.low == "," })
		}
	}
	return false
}

var judicialNouns = setOf(`judge judges justice justices court tribunal panel board arbitrator adjudicator commission coroner jury jurors auditor ombudsman ombudsperson ombud commissioner committee force watchdog regulator bureau unit inspectorate`)

// judicialSubject reports a judge, a justice, a court, a tribunal or a
// panel in the words just before the cue at i, with no comma or verb
// between: "Justice Andrea Kolodziej found that", "the tribunal found that".
// findingAt reports "found" or "finds" at i as a court's or a report's
// finding: "Justice Andrea Kolodziej found that …", "The report also
// found that …", "The report also found the city had not yet spent …"
// ("that" left out), "A Court of King's Bench judge has found the health
// authority negligent" (a verdict, but not a jury's) and "Justice X found
// there was no evidence …".
func findingAt(toks []token, i int) bool {
	if trailingFinding(toks, i) {
		return true // "…, the inquiry found.": what stands before is its finding
	}
	if i+1 >= len(toks) {
		return false
	}
	switch next := toks[i+1]; {
	case next.low == "that" || next.has(wPrep) && thatAfterPhrase(toks, i+1) || next.has(wCalendar) && i+2 < len(toks) && toks[i+2].low == "that":
		return judicialSubject(toks, i) || findingSubject(toks, i) || next.low == "that" && (bodyFinder(toks, i) || studyBefore(toks, i)) // "found in a report to council in May that", "found Thursday that"
	case next.low == "there":
		return i+2 < len(toks) && copulas[toks[i+2].low] && (judicialSubject(toks, i) || studyBefore(toks, i))
	case next.has(wDeterminer) && clauseVerbAfter(toks, i+2) && (findingSubject(toks, i) || judicialSubject(toks, i)):
		return true
	case next.kind == tWord && !next.cap && !next.has(wFunction|wPrep|wDeterminer|wAdverb) && i+2 < len(toks) && !toks[i+2].has(wClauseVerb) && clauseVerbAfter(toks, i+2) && findingSubject(toks, i):
		return true // "The report found food insecurity was highest …": a bare noun opens the clause
	case (next.has(wDeterminer) && pastAfterBody(toks, i+2) || next.cap && pastAfterBody(toks, i+1)) && (judicialSubject(toks, i) || findingSubject(toks, i)):
		return true // "Auditor General Maureen Fitzallen found the Department of Public Works invoked …", "Tribunal finds Crown breached …", "An independent inquiry has found Gisborne District Council was warned …"
	case subjectPronouns[next.low] && i+2 < len(toks) && toks[i+2].has(wClauseVerb) && (judicialSubject(toks, i) || findingSubject(toks, i)):
		return true // "The misconduct panel found he had abused his position": the panel's finding, no "that"
	case quantifiers[next.low] && pastWithin(toks, i+2, 4) && (judicialSubject(toks, i) || findingSubject(toks, i)):
		return true // "Justice X found all five videos conveyed defamatory imputations"
	case pollResultAfter(toks, i+1) && pollSubject(toks, i):
		return true // "A Cascade Research Group survey found Lindahl at 46 percent": the poll's finding, no "that"
	case isDigitStart(next.low) && findingSubject(toks, i):
		return true // "A study by Harvard researchers found 40 percent of voters …", "a tally … found 201 reports": a count found
	}
	return verdictAfter(toks, i+1) && judicialSubject(toks, i) && !juryBefore(toks, i)
}

// bodyFinder reports a body or "it" right before "found that" at i: "the
// institute found that", "It found that" (what a review or an agency
// found, the body's finding); a person finding that something is so
// discovers it, and says nothing.
func bodyFinder(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	return toks[i-1].low == "it" || i >= 2 && toks[i-1].has(wOrgHead) && !toks[i-1].poss && (toks[i-2].low == "the" || toks[i-2].cap && toks[i-2].kind == tWord)
}

// studyBefore reports a report, an inspection or a study as the
// antecedent of the "which" or "that" right before i, past an aside:
// "a report by Audit Wales, published last month, which found there
// were …" (the report's finding, its author's).
func studyBefore(toks []token, i int) bool { return nounBeforeRelative(toks, i, studyNouns, 16) }

var studyNouns = setOf(`report inspection review audit study analysis investigation inquiry survey assessment evaluation`)

// rulingBefore reports a ruling or a decision as the antecedent of the
// "which" or "that" right before i: "the court's 2019 ruling in Vavilov,
// which held that …".
func rulingBefore(toks []token, i int) bool { return nounBeforeRelative(toks, i, rulingNouns, 8) }

// nounBeforeRelative reports one of nouns, in lower case, within reach
// tokens before the "which" or "that" right before i, with only words,
// commas and brackets between (a body's initials: "by Healthcare
// Improvement Scotland (HIS) in January, which found").
func nounBeforeRelative(toks []token, i int, nouns map[string]bool, reach int) bool {
	if i < 2 || toks[i-1].low != "which" && toks[i-1].low != "that" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-reach; k-- {
		if nouns[toks[k].low] && !toks[k].cap {
			return true
		}
		if w := toks[k].low; toks[k].kind != tWord && w != "," && w != "(" && w != ")" {
			return false
		}
	}
	return false
}

// trailingFinding reports "found" closing its sentence after a comma and
// a finder or a document: "…, the inquiry found.", "…, the report found."
func trailingFinding(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].low != "." || i < 3 {
		return false
	}
	if trailingTitledFinder(toks, i) {
		return true
	}
	h := toks[i-1].low
	if h == "has" || h == "have" {
		i-- // "…, an independent review has found."
		h = toks[i-1].low
	}
	k := i - 1
	for k > i-4 && k > 0 && toks[k].kind == tWord && toks[k].low != "the" && toks[k].low != "a" && toks[k].low != "an" {
		k--
	}
	if k == 0 || (toks[k].low != "the" && toks[k].low != "a" && toks[k].low != "an") || toks[k-1].low != "," || k == i-1 {
		return false
	}
	return judicialNouns[h] || findingNouns[h]
}

// trailingTitledFinder reports "found" closing its sentence after a comma
// and a finder named with the office that finds: "…, Auditor-General
// Gisèle Marchetti-Boyd has found.", "…, Justice Ana Ruiz found."
func trailingTitledFinder(toks []token, i int) bool {
	k := i - 1
	if toks[k].low == "has" || toks[k].low == "had" {
		k--
	}
	office := false
	for n := 0; k > 0 && n < 6 && toks[k].kind == tWord && toks[k].cap; k, n = k-1, n+1 {
		for _, w := range strings.Split(toks[k].low, "-") {
			office = office || judicialNouns[w]
		}
	}
	return office && k > 0 && toks[k].low == ","
}

// thatAfterPhrase reports "that" closing a short phrase of words from k
// ("in a report to council in May that"), before any punctuation.
func thatAfterPhrase(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j < k+10; j++ {
		if toks[j].kind != tWord && !isDigitStart(toks[j].low) {
			return false // (a year goes on with the phrase: "ruled in February 2024 that")
		}
		if toks[j].low == "that" {
			return j > k+1
		}
	}
	return false
}

// pastAfterBody reports a body's capitalised name from k, then a verb in
// the past: "Department of Public Works invoked".
func pastAfterBody(toks []token, k int) bool {
	j := k
	for j < len(toks) && j < k+8 && toks[j].kind == tWord && (toks[j].cap || toks[j].low == "of" && j > k) {
		j++
	}
	if j == k || j >= len(toks) {
		return false
	}
	t := toks[j]
	if (t.low == "was" || t.low == "had" || t.low == "has") && j+1 < len(toks) && strings.HasSuffix(toks[j+1].low, "ed") {
		return true // "found Gisborne District Council was warned": a passive or a perfect
	}
	if (t.low == "had" || t.low == "was" || t.low == "would" || t.low == "could" || t.low == "should") && j+1 < len(toks) && toks[j+1].kind == tQuote {
		return true // "found Dr Verhoeven had “comfortably” cleared it"
	}
	return t.kind == tWord && !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ed")
}

// pastWithin reports a past tense among the n words from k, with no stop
// between: "all five videos conveyed".
func pastWithin(toks []token, k, n int) bool {
	for j := k; j < len(toks) && j < k+n; j++ {
		if toks[j].kind != tWord {
			return false
		}
		if !toks[j].cap && len(toks[j].low) > 4 && strings.HasSuffix(toks[j].low, "ed") {
			return true
		}
	}
	return false
}

// verdictAfter reports a court's verdict on someone named from k: "the
// Winnipeg Regional Health Authority negligent", "him guilty".
func verdictAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+9; j++ {
		if toks[j].kind != tWord {
			return false
		}
		if verdictWords[toks[j].low] && j > k {
			return true
		}
	}
	return false
}

var verdictWords = setOf(`negligent guilty liable responsible`)

// juryBefore reports a jury among the few words before i: its verdict is
// the trial's outcome, not something a named person said.
func juryBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].low == "jury" || toks[k].low == "jurors" {
			return true
		}
	}
	return false
}

// forecastVerbs are what a report, a study or a budget office does with
// numbers ahead: its forecast is what it says.
var forecastVerbs = setOf(`projects projected forecasts forecast estimates estimated projecting forecasting estimating`)

// clauseVerbAfter reports a finite verb among the few words from k, before
// any punctuation: "the city had not yet spent" is a clause, "the money"
// is no more than an object.
func clauseVerbAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		if toks[j].kind != tWord {
			return false
		}
		if toks[j].has(wClauseVerb) {
			return true
		}
	}
	return false
}

// findingSubject reports a study, report or poll just before "found":
// "The report also found that …", "A 2021 survey by the agency finds that".
func findingSubject(toks []token, i int) bool {
	from := i - 1
	if from > 1 && (toks[from].low == "which" || toks[from].low == "that") && toks[from-1].low == "," {
		from-- // "a report from X, tabled in October, which found that": past the relative's comma and the aside
	}
	from = pastAside(toks, from) // "The survey …, conducted in February by the guild, found that": past the aside
	if from > 0 && toks[from].low == "," {
		from-- // "a report by the Fraser Institute, which found that": no aside, the relative's comma
	}
	from = pastInitials(toks, from)
	by := false                                                          // past seven words, only a finding its author's "by" or "from" follows: "A 2023 study prepared for the town by Winnipeg consulting firm Prairie Metrics found"
	for k := from; k >= 0 && (k >= from-11 || by && k >= from-15); k-- { // (an author's name may be long: "by the National Security and Intelligence Committee of Parliamentarians")
		t := toks[k]
		if t.kind != tWord && !(t.low == "," && k > 0 && isDigitStart(toks[k-1].low)) || t.has(wPrep) && k == i-1 {
			return false
		}
		if findingNouns[t.low] || finderPeople[t.low] && (k == 0 || !toks[k-1].has(wPrep)) {
			return k >= from-7 || finderPeople[t.low] && toks[k+1].low == "who" || by && toks[i-1].low != "that" && (toks[i-1].low != "which" || toks[i-2].low == ",") // "a report released in December by Auditor General X, which found"
		}
		by = by || t.low == "by" || t.low == "from"
	}
	return false
}

// pastInitials is the token before a body's initials in brackets that
// end at from: "The Independent Investigation Unit of Manitoba (IIU)
// found that"; from itself when none end there.
func pastInitials(toks []token, from int) int {
	if from <= 2 || toks[from].low != ")" {
		return from
	}
	for k := from - 1; k > 0 && k > from-6; k-- {
		if toks[k].low == "(" {
			return k - 1
		}
	}
	return from
}

// pastAside is the token before an aside that from, a comma, closes: the
// word before its opening comma, within 16 words; from itself if no aside
// ends there.
func pastAside(toks []token, from int) int {
	if from <= 0 || toks[from].low != "," {
		return from
	}
	for k := from - 1; k > 0 && k > from-16; k-- {
		if toks[k].low == "," && !(isDigitStart(toks[k-1].low) && k+1 < len(toks) && isDigitStart(toks[k+1].low)) {
			return k - 1
		}
		if toks[k].kind == tQuote {
			break
		}
	}
	return from
}

// pollResultAfter reports a poll's figures within the few words from k:
// "49% thought …", "Lindahl at 46 percent", "Halvorsen leading", "the two
// tied".
func pollResultAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+7; j++ {
		t := toks[j]
		if t.kind == tQuote || t.low == "." || t.low == ";" {
			return false
		}
		if isDigitStart(t.low) && (strings.HasSuffix(t.low, "%") || j+1 < len(toks) && (toks[j+1].low == "percent" || toks[j+1].low == "%")) {
			return true
		}
		if pollStandings[t.low] && j > k {
			return true
		}
	}
	return false
}

var pollStandings = setOf(`leading trailing tied ahead behind`)

// pollSubject reports a poll or a survey among the few words before the
// cue at i: its findings need no "that".
func pollSubject(toks []token, i int) bool {
	from := pastAside(toks, i-1) // "A poll released last week by Big Sky Civic Research, a Bozeman firm, found": past the pollster's aside
	by := false                  // past eight words, only a poll its pollster's "by" follows: "A survey released last week by the Appalachian Polling Institute found"
	for k := from; k >= 0 && (k >= from-7 || by && k >= from-11); k-- {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		by = by || t.low == "by"
		if pollNouns[t.low] {
			return true
		}
	}
	return false
}

var pollNouns = setOf(`poll polls survey surveys`)

var findingNouns = setOf(`report study survey poll review audit analysis investigation inquiry probe
evaluation assessment research`)

// finderPeople find as their work: "Inspectors who visited the school in
// November found that", "Researchers found that".
var finderPeople = setOf(`inspectors investigators researchers auditors scientists analysts examiners`)

// judicialOpener reports a judge, a court, a tribunal or another
// fact-finder among the first words of the sentence token i stands in.
func judicialOpener(toks []token, i int) bool {
	s := i
	for s > 0 && s > i-60 && !toks[s].sentStart {
		s--
	}
	for k := s; k < i && k < s+8; k++ {
		if judicialNouns[toks[k].low] {
			return true
		}
	}
	return false
}

func judicialSubject(toks []token, i int) bool {
	from := pastInitials(toks, pastAside(toks, i-1)) // "The five-member jury, which delivered its verdict Wednesday, found that"
	for k := from; k >= 0 && k >= from-11; k-- {
		t := toks[k]
		if t.low == "," && k > 0 && toks[k-1].cap && (isPlaceEntityWord(toks[k-1].low) || k+1 < len(toks) && toks[k+1].cap && isPlaceEntityWord(toks[k+1].low)) {
			continue // "a panel of the 4th U.S. Circuit Court of Appeals in Richmond, Virginia, found": past the place
		}
		if t.kind != tWord && t.low != "." || t.low == "," {
			return false
		}
		if judicialNouns[t.low] {
			return true
		}
	}
	return false
}
