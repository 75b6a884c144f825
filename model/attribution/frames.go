package attribution

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"whosaid/internal/ascii"
)

// closeSourceAfter reads a source described by whom it is close to after
// a quotation, at i: "a source close to Clinton said" or "said a person
// close to the Clintons". It is the unnamed source (never Clinton), with
// its cue's token; nil when the words have another shape.
func (pc *pctx) closeSourceAfter(i, end int) (*entity, int) {
	c, n := i, 0
	if lemma, k := pc.cueAt(i); lemma != "" {
		if !invertible[lemma] || strings.HasSuffix(pc.word(i), "ing") {
			return nil, 0 // "“…,” promising the Friends of Abe will return": what is promised
		}
		c, n = i, k // the cue first: the phrase runs to the sentence's end or a comma
	}
	from := i + n
	if w := pc.word(from); isDefinite(w) || pc.toks[min(from, len(pc.toks)-1)].poss {
		return nil, 0 // "said the former top aide to President Bush": someone named before
	}
	k := from
	for k < end && k < from+14 && pc.toks[k].kind == tWord && (n > 0 || !pc.isCue(k)) {
		k++
	}
	if k == from || n == 0 && (k >= end || !pc.isCue(k)) || n > 0 && k < end && pc.word(k) != "," && pc.word(k) != "." {
		return nil, 0
	}
	if n == 0 {
		c = k
	}
	return pc.closeToSource(k, from), c
}

// hasCueIn reports a cue among the tokens [i, j).
func (pc *pctx) hasCueIn(i, j int) bool {
	for v := i; v < j; v++ {
		if pc.isCue(v) {
			return true
		}
	}
	return false
}

// cueAfter reads the attribution that follows quotation token k:
// "“…,” she said", "“…,” said Ana Ruiz, a nurse", "“…” — Commissioner X".
func (pc *pctx) cueAfter(k int) (*entity, string, int, bool) {
	i := k + 1
	dash := false
	for i < len(pc.toks) && pc.toks[i].kind == tPunct {
		switch pc.toks[i].low {
		case ",":
		case "—", "–", "--", "-":
			dash = true
		default:
			return nil, "", 0, false
		}
		i++
	}
	if i >= len(pc.toks) || pc.toks[i].kind != tWord {
		return nil, "", 0, false
	}
	if w := pc.word(i); (w == "a" || w == "an") && wordsNouns[pc.word(i+1)] {
		return nil, "", 0, false // "“at this time,” a phrase the union later called …": the words named, not a new speaker's
	}
	stopped := !dash && (endsWithStop(pc.quoteText(int(pc.toks[k].q))) || endsSentence(pc.quoteText(int(pc.toks[k].q))) && pc.toks[i].cap && pc.has(i, wDeterminer))
	// (“…!” A campaign ad released Thursday accuses …: a new sentence)
	if stopped && !pc.bareAttribution(i) {
		return nil, "", 0, false // “….” closed its sentence: what follows is a new one
	}
	if !dash && i == k+1 && pc.sentOf[k] < k && !endsInMark(pc.quoteText(int(pc.toks[k].q))) && pc.auxClauseAfter(i) && !pc.bareAttribution(i) {
		return nil, "", 0, false // "said it was “disappointed” the union had rejected it": a word inside the clause, not one a cue after it attributes
	}
	if !dash && i == k+1 && pc.sentOf[k] < k && pc.word(i) == "that" && !endsInMark(pc.quoteText(int(pc.toks[k].q))) && (copulas[pc.word(k-1)] || pc.has(k-1, wAdverb) && copulas[pc.word(k-2)]) {
		return nil, "", 0, false // "said the company was “encouraged” that the panel had not …": a feeling and its reason, no frame after the words
	}
	if !dash && i == k+1 && pc.sentOf[k] < k && !endsInMark(pc.quoteText(int(pc.toks[k].q))) && pc.word(k-1) == "that" && pc.isCue(i) {
		return nil, "", 0, false // "added that “nothing we have seen” suggested any irregularities": the quotation is the clause's subject
	}
	if !dash && i == k+1 && pc.sentOf[k] < k && !endsInMark(pc.quoteText(int(pc.toks[k].q))) && pc.toks[k-1].kind == tWord && !pc.isCue(k-1) && (clauseVerbs[pc.word(k-1)] || pc.has(k-1, wAdverb)) && pc.isCue(i) {
		return nil, "", 0, false // "he had “never once” asked the minister for help": the clause's own verb, no frame after the words
	}
	if !dash && i == k+1 && pc.sentOf[k] < k && !endsInMark(pc.quoteText(int(pc.toks[k].q))) && pc.toks[k-1].kind == tWord && !pc.isCue(k-1) &&
		ownerWords[pc.word(i)] {
		return nil, "", 0, false // "said the report “vindicates every single question” his party asked": the question they asked, no frame
	}
	if !dash && i == k+1 && pc.sentOf[k] < k && !endsInMark(pc.quoteText(int(pc.toks[k].q))) && pc.toks[k-1].kind == tWord && (pc.has(i, wDeterminer) || pc.toks[i].poss) &&
		pc.word(i) != "that" && pc.word(i) != "this" && len(strings.Fields(pc.quoteText(int(pc.toks[k].q)))) <= 3 {
		return nil, "", 0, false // "said that it “deplores” the strike and urged …", "that Hanoi “resolutely opposes” China's construction and demanded": a word quoted inside the clause, its object after it
	}
	if !dash && pc.cueOpens(k) && endsSentence(pc.quoteText(int(pc.toks[k].q))) {
		return nil, "", 0, false // "Labott tweeted, “….” This sort of opining, CNN claimed, …": the cue before has it
	}
	end := pc.sentEnd(i)
	if w := pc.word(i); (w == "read" || w == "reads") && (pc.word(i+1) == "one" || pc.word(i+1) == "another") {
		return nil, w, i, true // "“America is great!” read one.": a sign or a message, no one's words
	}
	if d := pc.documentAfterReads(i, end); d != nil {
		return d, pc.word(i), i, true // "“…,” reads a Wednesday editorial in The Des Moines Register."
	}
	if e, c := pc.closeSourceAfter(i, end); e != nil {
		return e, pc.word(c), c, true // "“…,” a source close to the campaign said", "said people familiar with his thinking"
	}
	if after := pc.sourcePhrase(i); after > 0 {
		if e := pc.accordingTo(after, end); e != nil {
			return e, "according to", i, true // “…,” according to X / in the words of X
		}
	}
	if e, c := pc.headlineRoleBeforeCue(i, end); e != nil {
		return e, pc.word(c), c, true // "“This death was preventable,” coroner writes of …": the coroner the body names
	}
	if lemma, n := pc.cueAt(i); lemma != "" && !strings.HasSuffix(pc.word(i), "ing") && !complementizer(pc.word(i+n)) {
		if k, r := pc.nameAfterDeterminer(i+n, end); r > k && (r >= end || pc.word(r) == "," || pc.word(r) == ".") {
			return pc.entityAt(k, r), pc.word(i), i, true // “…,” added his campaign manager Jeff Weaver
		}
		if span := pc.oneOfEnd(i+n, end); span > i+n && invertible[lemma] {
			return pc.oneOf(i+n, span), pc.word(i), i, true // “…,” said one of two witnesses who relayed the story
		}
		if e := pc.headlineRoleAfterCue(i+n, end); e != nil {
			return e, pc.word(i), i, true // "“…,” says Amherst doctor as ER closures climb": the doctor, named in the body
		}
		e, after, ok := pc.npForward(i+n, end)
		_, pron := pronounGender(pc.word(i + n))
		if ok && e == nil && pc.unnamedPerson(i+n, end) {
			return pc.unnamedAt(i+n, end), pc.word(i), i, true // “…,” said a diplomat who asked not to be named
		}
		if ok && objectCues[lemma] {
			return nil, "", 0, false // "“Scandal,” thanked Obama": Obama is thanked, not speaking
		}
		if ok && (e != nil || pc.isNameWord(i+n) || pc.has(after-1, wRole) || pron) {
			return e, pc.word(i), i, true
		}
		if ok && e == nil && invertible[lemma] {
			if p := pc.phraseToEnd(i+n, end); p != nil {
				return p, pc.word(i), i, true // “…,” said the printed slate card.
			}
		}
		if ok && e == nil {
			return nil, "", 0, false // "…,” denied the allegation": the verb has an object, not a speaker
		}
	}
	open := pc.quoteEndsInComma(k) && (pc.sentOf[k] == k || pc.word(k-1) == ":") && !pc.p.spans[pc.toks[k].q].title // not "Despite the “historic deal,” Johnson resigned"
	if open && pastVerb(pc.toks[i]) {
		if e, after, ok := pc.npForward(i+1, end); ok && e != nil && pc.isNameWord(i+1) && (after >= end || pc.word(after) == "." || pc.word(after) == ",") {
			if r := pc.runEnd(i + 1); pc.toks[r-1].poss {
				if a := pc.appositiveAfterRole(r, end); a != nil {
					return a, pc.word(i), i, true // "exhorted Clinton's introducer, actress Jamie Lee Curtis."
				}
			}
			return e, pc.word(i), i, true // "“It's about time,” exhorted Jamie Lee Curtis."
		}
		if r := pc.runEnd(i + 1); pc.isNameWord(i+1) && pc.toks[r-1].poss {
			if a := pc.appositiveAfterRole(r, end); a != nil {
				return a, pc.word(i), i, true // "exhorted Clinton's introducer, actress Jamie Lee Curtis."
			}
		}
	}
	if st, r := pc.siblingName(i); r > st && r < end && pc.isCue(r) {
		if e := pc.an.reg.bySiblingAge(pc.surnameRun(st, r), pc.word(i+1)); e != nil {
			return e, pc.word(r), r, true // “…,” the elder Lundgren said: the father, not the son; "the elder Van Slyke told"
		}
	}
	if k, r := pc.nameAfterDeterminer(i, end); r > k && r < end && pc.isCue(r) {
		return pc.entityAt(k, r), pc.word(r), r, true // “…,” his nephew Michery Soheil added
	}
	if indefinitePeople[pc.word(i)] {
		if p, c := pc.phraseBeforeCue(i, end); p != nil {
			return p, pc.word(c), c, true // "“Cruz!” someone in the audience shouted"
		}
	}
	if i == k+1 && !dash && (pc.word(i) == "it" || pc.word(i) == "them") && !endsInMark(pc.quoteText(int(pc.toks[k].q))) {
		return nil, "", 0, false // "said she would “seriously consider” it, noting that …": the quotation's object, no speaker after it
	}
	if e, c := pc.roleOfPhraseBeforeCue(i, end); e != nil {
		return e, pc.word(c), c, true // "“…,” the head of the union told a crowd": the union's head, not the union
	}
	e, j, ok := pc.npForward(i, end)
	if !ok {
		return nil, "", 0, false
	}
	if open && e != nil && j < end && pastVerb(pc.toks[j]) && (j+1 >= end || pc.word(j+1) == ".") {
		return e, pc.word(j), j, true // "“The Times claims you met them,” Hannity started."
	}
	if e == nil && pc.word(i) == "one" {
		if span := pc.oneOfEnd(i, end); span > i {
			after := span
			if w := pc.word(after); w == "for" || w == "of" || w == "with" || w == "at" {
				after++ // "one of the prosecutors for David Petraeus said"
				for after < end && (pc.isNameWord(after) || pc.word(after) == ".") {
					after++
				}
			}
			if pc.isCue(after) {
				return pc.oneOf(i, span), pc.word(after), after, true
			}
		}
	}
	if e == nil && pc.has(i, wDeterminer) {
		if p, c := pc.phraseBeforeCue(i, end); p != nil {
			return p, pc.word(c), c, true // “…,” the narrator says; “…?” a staffer in the room wondered
		}
	}
	j = pc.skipBrackets(j, end)     // Rep. Jim Hale (D-Wash.) said
	j = pc.skipPostModifier(j, end) // James Hale of the Cato Institute wrote
	if pc.word(j) == "and" && e != nil && !e.org && pc.isNameWord(j+1) {
		if r := pc.runEnd(j + 1); r < end && pc.isCue(pc.skipPostModifier(r, end)) {
			ref := pc.ref // “…,” X and Y wrote: a joint statement, under the first named, as before a cue
			ref.rival = pc.entityAt(j+1, r)
			pc.ref = ref
			j = pc.skipPostModifier(r, end) // "X and Y of the Institute for Science wrote"
		}
	}
	if pc.word(j) == "," && pc.isCue(j+1) {
		j++ // "a police spokesman, Inspector Omar Faye, told"
	} else if pc.word(j) == "," { // an appositive or relative clause before the verb
		first := 0
		for q := j + 1; q < end && q < j+25; q++ {
			if pc.word(q) == "," {
				if first == 0 {
					first = q + 1
				}
				if pc.cueAfterAdverbs(q+1, end) {
					first = q + 1 // "X, assistant secretary for population, refugees, and migration, said"
					break
				}
			}
			if pc.toks[q].kind == tQuote {
				break
			}
		}
		if first > 0 {
			j = first
		}
	}
	for j < end && pc.has(j, wAdverb) {
		j++
	}
	if e != nil && modalsBefore[pc.word(j)] && pc.word(j+1) == "be" && perceived[pc.word(j+2)] && strings.HasSuffix(pc.word(j+3), "ing") {
		j += 3 // "“…,” he can be heard telling the call handler": his words on the recording
	} else if e != nil && (pc.word(j) == "is" || pc.word(j) == "was") && perceived[pc.word(j+1)] && strings.HasSuffix(pc.word(j+2), "ing") {
		j += 2 // "“…,” she is heard saying"
	}
	if j < end {
		if lemma, n := pc.cueAt(j); lemma != "" && !pc.newSentenceAfter(k, j+n) {
			if lemma == "quote" || lemma == "cite" {
				if q, _, ok := pc.quotedAs(j, n, end); ok {
					return q, pc.word(j), j, true // “…,” the Gazette quoted X as saying
				}
			}
			return e, pc.word(j), j, true
		}
	}
	if dash && (j >= end || pc.word(j) == "." || pc.word(j) == ",") && e != nil {
		return e, "—", -1, true
	}
	return nil, "", 0, false
}

// roleOfPhraseBeforeCue reads a role's phrase with "of" at i and the cue
// right after it ("the head of the union told", "the president of the
// union said"): the role's holder, or nil and -1.
func (pc *pctx) roleOfPhraseBeforeCue(i, end int) (*entity, int) {
	if !isDefinite(pc.word(i)) || !pc.has(i+1, wRole) || pc.word(i+2) != "of" || pc.is(i+1, mKinNoun) || pc.parentOfCount(i+1) {
		return nil, -1 // (but "the father of three" is the one just quoted, by his children)
	}
	for c := i + 3; c < end && c < i+12; c++ {
		if pc.toks[c].kind != tWord {
			return nil, -1
		}
		if pc.isCue(c) {
			return pc.roleOfPhrase(i, c), c
		}
	}
	return nil, -1
}

// cueBeforeWhenAsked finds the cue a "when asked" clause at v hangs from,
// a few words before it: "told Congress when asked …"; 0 when v is no
// such clause or no cue stands before it.
func (pc *pctx) cueBeforeWhenAsked(v, s int) int {
	if pc.word(v) != "asked" || v-1 <= s {
		return 0
	}
	if w := pc.word(v - 1); w != "when" && w != "after" && w != "if" {
		return 0
	}
	for u := v - 2; u >= s && u > v-7; u-- {
		if l, _ := pc.cueAt(u); l != "" {
			return u
		}
	}
	return 0
}

// pastVerb reports a lower-case past-tense word that no cue list holds:
// after a quotation left open by its comma, a verb with a speaker next to
// it says it ("exhorted", "started", "surmised").
func pastVerb(t token) bool {
	return t.kind == tWord && !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ed")
}

// adjunctQuote reports a quotation at token k that opens with a lower-case
// preposition: “in his first budget, …” says when or how, in the words of
// whoever reports the deed, not what the deed's doer said.
func (pc *pctx) adjunctQuote(k int) bool {
	if pc.toks[k].kind != tQuote {
		return false
	}
	w, _, _ := strings.Cut(pc.quoteText(int(pc.toks[k].q)), " ")
	return adjunctPreps[w]
}

var adjunctPreps = setOf(`in on at during after before since until within without by through as`)

// inThatOfCue reports cue v inside the "that" clause of an earlier cue of
// its sentence.
func (pc *pctx) inThatOfCue(v, s int) bool {
	for k := v - 1; k > s && k > v-window; k-- {
		if pc.word(k) == "that" && pc.cueWithin(k, s, 8) {
			return true // "told a Senate Foreign Relations subcommittee that"
		}
	}
	return false
}

// cueJustBefore reports a cue right before the subject of the cue at v,
// no more than four plain words back: "said the statement confirmed what
// …": the statement is in what was said.
func (pc *pctx) cueJustBefore(v, s int) bool {
	for k := v - 1; k > s && k >= v-5; k-- {
		if pc.isCue(k) {
			return k < v-1
		}
		if t := pc.toks[k]; t.kind != tWord || t.cap && k < v-1 && !pc.has(k, wDeterminer) {
			return false
		}
	}
	return false
}

// insideThatClause reports a cue at v in an adverbial clause inside what
// an earlier cue of its sentence reports after "that": "X said that once
// the Senate goes on recess, “…”" (but "X said that Y called it “…”" is
// Y's words).
func (pc *pctx) insideThatClause(v, s int) bool {
	sub := false
	for x := v - 1; x > s && x > v-window; x-- {
		switch w := pc.word(x); {
		case (w == "while" || w == "whereas") && pc.word(x-1) == "," && pc.word(x-2) != "that":
			return false // "Rubio suggested that …, while Cruz said that “…”": a clause of its own
		case pc.has(x, wSubordinator):
			sub = true
		case w == "that" && pc.isCue(x-1):
			return sub
		}
	}
	return false
}

// phraseBeforeCue reads a noun phrase that names no one the article knows,
// from its determiner at i to the cue after it, with a phrase of place
// between ("a staffer in the room wondered"): the speaker in its own words,
// and the cue's index; nil when no cue follows within a few words.
func (pc *pctx) phraseBeforeCue(i, end int) (*entity, int) {
	head, coord := -1, false
	if indefinitePeople[pc.word(i)] {
		head = i // "“Cruz!” someone in the audience shouted"
	}
	for k := i + 1; k < end && k <= i+8; k++ {
		t := pc.toks[k]
		if t.low == "," && head >= i && (pc.word(k+1) == "who" || pc.word(k+1) == "which") {
			if c := pc.cueAfterRelative(k+1, end); c > 0 {
				return pc.thingOrPerson(i, head+1), c // "“…,” an intelligence source, who was not authorized to speak, told Fox News"
			}
			return nil, 0
		}
		if t.low == "," && pc.coordinateAdjective(k, i) {
			coord = true
			continue // "the bespectacled, 71-year-old diplomat said"
		}
		if t.kind != tWord || t.poss {
			return nil, 0
		}
		if r := pc.runEnd(k); k > i+1 && pc.isNameWord(k) && !pc.is(k, mPartyNoun) && !isDemonym(pc.word(k)) && !pc.toks[k-1].cap && pc.toks[k-1].kind == tWord && !pc.has(k-1, wRole) && (perfectAux[pc.word(r)] || pc.isCue(r)) {
			return nil, 0 // "“…” — a ruling China has dismissed": the words described, and China no speaker of them
		}
		if pc.isCue(k) && head >= i {
			if coord {
				if e := pc.roleReferent(head, i); e != nil {
					pc.traceTo(e, refRole, pc.phraseText(i, head+1), i)
					return e, k // "the bespectacled, 71-year-old diplomat said": the diplomat named before
				}
			}
			return pc.thingOrPerson(i, head+1), k
		}
		if head >= i && pc.has(k, wAdverb) && pc.isCue(k+1) {
			return pc.thingOrPerson(i, head+1), k + 1 // "“…,” the editorial board recently wrote"
		}
		if head >= i && (perceivedAux[t.low] || perceived[t.low]) {
			c := k
			for c < end && c < k+4 && (perceivedAux[pc.word(c)] || perceived[pc.word(c)]) {
				c++
			}
			if c < end && pc.perceivedBefore(k, c) && strings.HasSuffix(pc.word(c), "ing") && pc.isCue(c) {
				return pc.thingOrPerson(i, head+1), c // "“…?” a reporter can be heard asking"
			}
		}
		if (placePreps[t.low] || t.low == "of" || t.low == "from" || t.low == "for") && head >= i {
			for k+1 < end && pc.toks[k+1].kind == tWord && !pc.isCue(k+1) {
				k++ // "in the room": the phrase qualifies the head
			}
			continue
		}
		if head >= i && pc.is(head, mDocHead|mStatementWord) && docParticiple(t.low) {
			for k+1 < end && (pc.has(k+1, wTime|wCalendar) || pc.word(k+1) == "on") {
				k++ // "the order released Friday": the document, dated
			}
			continue
		}
		if pc.word(k+1) == "," && pc.coordinateAdjective(k+1, i) {
			continue // "the bespectacled, …": an adjective in -ed, no verb
		}
		if verbLike(t) || pc.has(k, wFunction|wAdverb) {
			return nil, 0
		}
		head = k
	}
	return nil, 0
}

// indefinitePeople are the pronouns for one unnamed person who may speak.
var indefinitePeople = setOf(`someone somebody`)

// cueAfterRelative is the cue right after the comma closing a relative
// clause opened at r ("who was not authorized to speak on the record,
// told"), or 0.
func (pc *pctx) cueAfterRelative(r, end int) int {
	for k := r + 1; k < end && k < r+20; k++ {
		if pc.toks[k].kind == tQuote {
			return 0
		}
		if pc.word(k) == "," {
			if c := k + 1; c < end && pc.isCue(c) {
				return c
			}
			return 0
		}
	}
	return 0
}

// headlineRoleAfterCue reads a headline's or a deck's bare role after an
// inverted cue at a, with no determiner and no name after it, a place's name
// before it or not: "says Amherst doctor", "says doctor". The unnamed
// person is then the one the body names with that role. Nil elsewhere.
func (pc *pctx) headlineRoleAfterCue(a, end int) *entity {
	if r := pc.headlineRoleEnd(a, end); r > a && !pc.isNameWord(r) {
		return pc.phraseSpeaker(a, r)
	}
	return nil
}

// headlineRoleBeforeCue is headlineRoleAfterCue for a role before its cue,
// right after a quotation: "“…,” coroner writes of …", "“…,” Amherst
// doctor says". It returns the person and the cue's token.
func (pc *pctx) headlineRoleBeforeCue(a, end int) (*entity, int) {
	if r := pc.headlineRoleEnd(a, end); r > a && r < end && pc.isCue(r) {
		return pc.phraseSpeaker(a, r), r
	}
	return nil, 0
}

// headlineRoleEnd is the end of a headline's or a deck's bare role at a,
// a place's name before it or not ("Amherst doctor", "coroner"), or a.
func (pc *pctx) headlineRoleEnd(a, end int) int {
	if !(pc.p.num == pc.an.headline || pc.an.headline == 1 && pc.p.num == 2 && isDeck(pc.p.text)) || a >= end {
		return a // the headline, or the deck under it
	}
	r := a
	if pc.isNameWord(a) {
		if r = pc.runEnd(a); r-a > 3 || pc.toks[r-1].poss {
			return a
		}
	}
	if r >= end || pc.toks[r].kind != tWord || pc.toks[r].cap || !(pc.has(r, wRole) || isJobWord(pc.word(r))) {
		return a
	}
	return r + 1
}

// phraseToEnd reads a noun phrase after an inverted cue that runs to the
// sentence's end or a comma: "said the printed slate card."
func (pc *pctx) phraseToEnd(i, end int) *entity {
	if !pc.has(i, wDeterminer) {
		return nil
	}
	j := i + 1
	for j < end && j <= i+7 && pc.toks[j].kind == tWord && !pc.toks[j].poss && !pc.has(j, wPrep|wFunction) {
		j++
	}
	if j == i+1 {
		return nil
	}
	if j < end && ofPreps[pc.word(j)] && pc.ppToClauseEnd(j+1, end) {
		return pc.thingOrPerson(i, j) // "said the authors of the report": the authors
	}
	if j < end && pc.word(j) != "," && pc.word(j) != "." {
		return nil
	}
	return pc.thingOrPerson(i, j)
}

var ofPreps = setOf(`of at for from in`)

// ppToClauseEnd reports words from i that run, with no verb, to a comma,
// a full stop or the end: a prepositional phrase's object ("the report",
// "the “Growth and Opportunity Project,”").
func (pc *pctx) ppToClauseEnd(i, end int) bool {
	for k := i; k < end && k < i+10; k++ {
		t := &pc.toks[k]
		switch {
		case t.kind == tQuote:
			if pc.quoteEndsInComma(k) || k+1 >= end || pc.word(k+1) == "," || pc.word(k+1) == "." {
				return true
			}
			return false
		case t.low == "," || t.low == ".":
			return k > i
		case t.kind != tWord || pc.isCue(k) || finiteVerbs[t.low] || t.low == "who" || t.low == "that":
			return false
		}
	}
	return false
}

// thingOrPerson is the speaker a phrase [i, j) names in its own words: what
// phraseSpeaker knows, else by its head an unnamed person (an agent noun:
// narrator, staffer) or a thing that says (a card, a note).
func (pc *pctx) thingOrPerson(i, j int) *entity {
	if e := pc.phraseSpeaker(i, j); e != nil {
		return e
	}
	head := pc.word(j - 1)
	text := pc.phraseText(i, j)
	if e := pc.epithetPerson(i, j); e != nil {
		return e
	}
	if !pc.toks[j-1].cap && agentNoun(head) {
		e := pc.an.unnamed(text, head)
		pc.traceTo(e, refRole, text, i)
		return e
	}
	return pc.an.document(text)
}

// agentNoun reports a noun for someone who does something: narrator,
// staffer, organiser, strategist, resident.
func agentNoun(w string) bool {
	if thingsInEr[w] {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ant", "ent", "ian"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// thingsInEr end like agent nouns but name things that say: "the
// newspaper said", "the poster read".
var thingsInEr = map[string]bool{"paper": true, "newspaper": true, "poster": true, "computer": true,
	"letter": true, "banner": true, "flyer": true, "flier": true, "sticker": true, "trailer": true,
	"monitor": true, "folder": true, "marker": true, "headliner": true, "document": true, "statement": true,
	"agreement": true, "announcement": true, "advertisement": true, "comment": true, "segment": true}

func endsWithStop(q string) bool {
	q = strings.TrimRight(q, " ")
	return strings.HasSuffix(q, ".") && !strings.HasSuffix(q, "...")
}

// cueAfterAdverbs reports a cue at k, or after adverbs from k.
func (pc *pctx) cueAfterAdverbs(k, end int) bool {
	for k < end && pc.has(k, wAdverb) {
		k++
	}
	return k < end && pc.isCue(k)
}

// documentAfterReads reads "reads a Wednesday editorial in X" or "read
// the statement" after a quotation: the document whose words they are.
func (pc *pctx) documentAfterReads(i, end int) *entity {
	if pc.has(i, wDeterminer) && (pc.is(i+1, mDocHead|mStatementWord) || docNouns[pc.word(i+1)]) && (pc.word(i+2) == "read" || pc.word(i+2) == "reads") {
		if by := pc.an.statementBy; by != nil && pc.word(i) == "the" && pc.word(i+1) == "statement" {
			pc.traceTo(by, refRole, pc.phraseText(i, i+2), i)
			return by // "In a statement, TransLink said …", then "“…,” the statement read": TransLink's
		}
		if a := pc.an.docAuthor; a != nil && pc.word(i) == "the" && docKind(pc.word(i+1)) == pc.an.docAuthorOf {
			pc.traceTo(a, refRole, pc.phraseText(i, i+2), i)
			return a // "In a report made public Tuesday, coroner X found …", then "“…,” the report reads": hers
		}
		return pc.an.document(pc.phraseText(i, i+2)) // "“…,” the email read."
	}
	if w := pc.word(i); w != "reads" && w != "read" || !pc.has(i+1, wDeterminer) {
		return nil
	}
	for k := i + 2; k < end && k < i+8; k++ {
		if pc.toks[k].kind != tWord {
			return nil
		}
		if pc.is(k, mDocHead) || pc.is(k, mStatementWord) {
			to := k + 1
			for to < end && to < k+6 && pc.toks[to].kind == tWord && (pc.has(to, wPrep) || pc.isNameWord(to) || pc.has(to, wDeterminer)) {
				to++ // "in The Des Moines Register"
			}
			return pc.an.document(pc.phraseText(i+1, to))
		}
	}
	return nil
}

// nameAfterDeterminer reads "his campaign manager Jeff Weaver" from the
// possessive or "the" at i: the name's run [k, r) after one to four lower-case
// words; r is 0 when there is none.
func (pc *pctx) nameAfterDeterminer(i, end int) (k, r int) {
	if w := pc.word(i); w != "his" && w != "her" && w != "their" && w != "the" {
		return 0, 0 // "one harbour Republican" is someone unnamed
	}
	if pc.word(i) == "the" {
		for x := i + 1; x < end && x < i+6 && pc.isNameWord(x); x++ {
			if pc.toks[x].poss && pc.isNameWord(x+1) {
				return x + 1, pc.runEnd(x + 1) // "the Zionist Union Party's Nachman Shai"
			}
		}
	}
	if k = pc.lowerWordsEnd(i+1, end, 4); k == i+1 || !pc.isNameWord(k) {
		return 0, 0
	}
	return k, pc.runEnd(k)
}

// objectCues take the person after them as their object, never as an
// inverted subject: "“…,” thanked Obama" is no frame of Obama's.
var objectCues = setOf(`thank accuse praise blame urge tell criticize criticise congratulate condemn attack mock`)

// endsSentence reports a quotation whose words end a sentence: a full
// stop, a question mark or an exclamation mark.
func endsSentence(q string) bool {
	q = strings.TrimRight(q, " ")
	return strings.HasSuffix(q, ".") || strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!")
}

// wordsNouns name words someone said: "a phrase", "a remark".
var wordsNouns = setOf(`phrase remark comment term description line slogan characterization characterisation position view claim assertion argument refrain`)

// cueOpens reports a cue verb, with a comma or colon, right before
// quotation k: "Labott tweeted, “…”", "Clinton responded: “…”".
func (pc *pctx) cueOpens(k int) bool {
	if w := pc.word(k - 1); w != "," && w != ":" {
		return false
	}
	return k >= 2 && pc.isCue(k-2) && !strings.HasSuffix(pc.word(k-2), "ing")
}

func complementizer(w string) bool {
	return w == "that" || w == "whether" || w == "if" || w == "how" || w == "what" || w == "why"
}

// newSentenceAfter reports that quotation k closed its own sentence and the
// verb ending at v starts a new one with an object of its own ("“….” Lomax
// denied the motion").
func (pc *pctx) newSentenceAfter(k, v int) bool {
	q := strings.TrimRight(pc.quoteText(int(pc.toks[k].q)), " ")
	if pc.word(v) == "to" && objectPronouns[pc.word(v+1)] && pc.word(v+2) == "that" {
		v += 2 // "“…!” She replied to him that …": her own words follow
	}
	w := pc.word(v)
	if !strings.HasSuffix(q, ".") {
		return w == "that" && endsSentence(q)
	}
	return w == "that" || w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its"
}

// cueFrameBefore reads "X said:", "X told reporters," right before quotation
// token k.
func (pc *pctx) cueFrameBefore(k int) (*entity, string, int, bool) {
	s := pc.sentOf[k]
	j := k - 1
	if j < s {
		return nil, "", 0, false
	}
	w := pc.word(j)
	upper := startsUpper(pc.quoteText(int(pc.toks[k].q)))
	if w != ":" && w != "," && !upper {
		return nil, "", 0, false
	}
	if w == ":" || w == "," {
		j--
	}
	if w == ":" && pc.isNameWord(j) {
		if k := pc.nameStart(j, s); k > s && isDash(pc.word(k-1)) {
			if e := pc.npEndingAt(j, s); e != nil {
				return e, ":", k - 1, true // "Pollsters agree - Carl Bialik: “…”": the name after the dash, which ends what came before
			}
		}
	}
	if w == ":" && pc.p.num == 1 && pc.isNameWord(s) {
		if r := pc.runEnd(s); r < j && addressedAt[pc.word(r)] && !pc.hasCueIn(r, j) && !pc.has(r-1, wTitle|wRole) {
			if e := pc.npEndingAt(r-1, s); e != nil {
				return e, ":", j + 1, true // a headline's "Gillibrand on Hillary’s Transcripts: ‘I Think She Will.’"
			}
		} else if r < j && addressedAt[pc.word(r)] && !pc.hasCueIn(r, j) && pc.has(r-1, wRole) && !spokesRoles[pc.word(r-1)] {
			// "CNN President On Trump: ‘…’": the president the lede names
			if e := pc.an.cataphorTitle(pc.p.text[int(pc.toks[s].start):int(pc.toks[r-1].end)], pc.word(r-1)); e != nil {
				return e, ":", j + 1, true
			}
		}
	}
	if w == "," && pc.word(j) == "words" {
		for st := j - 2; st >= s && st > j-8; st-- {
			if pc.word(st) == "in" && pc.runEnd(st+1) == j {
				if e := pc.wordsOf(st); e != nil {
					return e, "in the words of", st, true // "because, in Forbes’ words, “…”"
				}
			}
		}
	}
	for v := j; w == "," && v >= s && v >= j-8 && pc.toks[v].kind != tQuote; v-- {
		if e := pc.framedAt(v); e != nil {
			return e, pc.word(v), v, true // split: “…,” said an Iowa Democrat, “…”
		}
	}
	if w == "," {
		if a, v := pc.passiveAskedBefore(j, s); a != nil {
			return a, pc.word(v), v, true // "Sanders was asked by host Bill Maher, who …, “…”": Maher asks
		}
	}
	for v := j; v >= s && v >= j-8; v-- {
		if pc.toks[v].kind == tQuote {
			break
		}
		if x := pc.word(v); x == "that" || (w == "," && (x == "a" || x == "an")) {
			return nil, "", 0, false
		}
		lemma, _ := pc.cueAt(v)
		if lemma == "" {
			continue
		}
		if w != ":" && w != "," && v != j {
			return nil, "", 0, false
		}
		if pc.insideThatClause(v, s) {
			return nil, "", 0, false // "Rubio said that once the Senate goes on recess, “…”": Rubio's
		}
		if w == "," && pc.clauseAfterCue(v, j) {
			return nil, "", 0, false // "X said Quebecers would judge the government on its promises, “…”": inside what X said
		}
		if u := pc.cueBeforeWhenAsked(v, s); u > 0 {
			v = u // "who told Congress when asked last month about the inquiry: “…”": told
		}
		if pc.word(v-1) == "as" {
			for q := v - 2; q >= s && q > v-14; q-- {
				if l, n := pc.cueAt(q); l == "quote" || l == "cite" {
					if e, _, ok := pc.quotedAs(q, n, v+1); ok {
						return e, pc.word(v), v, true
					}
				}
			}
		}
		e := pc.participleSubject(v, s)
		if e == nil {
			e = pc.subjectBefore(v, s)
		}
		if e == nil && v > s && strings.HasSuffix(pc.word(v), "ing") && pc.toks[v-1].kind == tQuote && pc.lastInP != nil {
			e = pc.lastInP // "wrote that the speeches were “…,” adding: “…”": the one whose quotation the participle follows
		}
		if e == nil && (v == s || pc.word(v-1) == "," && !strings.HasSuffix(pc.word(v), "ing")) {
			if inv, after, ok := pc.npForward(v+1, k); ok && (after >= j || pc.word(after) == "," && pc.plainAside(after+1, j)) {
				e = inv // "Said Comey, “…”", "In other words, explained Nancy Cordes: “…”", "Said MacLellan, after the hearing: “…”"
			}
		}
		if e == nil && v > s {
			e, _ = pc.otherSubject(v, s) // "Yet another said, “…”", "Some chanted, “…”"
		}
		if e == nil && v == s && s > 0 && strings.HasSuffix(pc.word(v), "ing") && pc.word(v+1) == "," {
			e = pc.sentenceSubject(pc.sentOf[s-1], s-1) // "Maher stated that …. Adding, “…”": the last sentence's subject goes on
		}
		return e, pc.word(v), v, true
	}
	if w == ":" && pc.isNameWord(j) && !pc.objectOfPrep(j, s) && !pc.possessedHead(j, s) { // And from X:
		return pc.npEndingAt(j, s), ":", -1, true
	}
	if w == ":" && j-s < 30 && !pc.possessedHead(j, s) { // not "STRICTLY STAR'S HEARTBREAK:"
		if e := pc.sentenceSubject(s, j+1); e != nil && !e.outlet {
			return e, ":", -1, true // "Babar pondered: “…”": the sentence's subject announces it
		}
	}
	return nil, "", 0, false
}

// clauseAfterCue reports a clause of its own, with a subject and a finite
// verb, between the cue at v and token j: "said Quebecers would judge …".
func (pc *pctx) clauseAfterCue(v, j int) bool {
	for x := v + 2; x <= j; x++ {
		if pc.toks[x].has(wClauseVerb) && pc.toks[x-1].kind == tWord && !pc.has(x-1, wPrep) {
			return true
		}
	}
	return false
}

// participleSubject is the subject of the sentence for a participle cue
// after a comma: "Bush offered a retort on the mogul's habits, tweeting at
// him, “…”" is Bush's, whoever the clause between names; nil otherwise.
func (pc *pctx) participleSubject(v, s int) *entity {
	if !strings.HasSuffix(pc.word(v), "ing") {
		return nil
	}
	v = timeBeforeParticiple(pc.toks, v) // "…, at one point calling the mayor a “liar”": the clause opens before the phrase
	if v <= s || pc.word(v-1) != "," {
		return nil
	}
	for k := max(s, v-window); k < v; k++ {
		if pc.isCue(k) {
			return nil // "…, Spicer said, adding, “…”": the cue's subject
		}
	}
	if e := pc.whoClauseBefore(v-1, s); e != nil && (e.org || e.personLike()) {
		return e // "…, Eric Kingson, who worked the crowd, praising “…”"
	}
	e := pc.sentenceSubject(s, v)
	if e == nil || e.group || !e.org && !e.personLike() {
		return nil
	}
	return e
}

// objectOfPrep reports a name run ending at j that is the object of a
// preposition other than "from" or "by": "delivered a blunt message to
// Trump: “…”" is not Trump's, "And from Trump: “…”" is.
func (pc *pctx) objectOfPrep(j, s int) bool {
	i := j
	for i > s && (pc.isNameWord(i-1) || pc.word(i-1) == "." && i-2 >= s && pc.has(i-2, wAbbrev)) {
		i--
	}
	if d := pc.nameDeterminer(i, s); d > s {
		i = d // "to the Dutch newspaper NRC Handelsblad:"
	}
	w := pc.word(i - 1)
	return i > s && pc.has(i-1, wPrep) && w != "from" && w != "by"
}

// nameDeterminer is the determiner opening the noun phrase whose words
// stand right before the name at i ("the Dutch newspaper NRC
// Handelsblad"), or -1.
func (pc *pctx) nameDeterminer(i, s int) int {
	for k := i - 1; k >= s && k >= i-4; k-- {
		t := pc.toks[k]
		if t.kind != tWord || t.poss {
			return -1
		}
		if t.has(wDeterminer) {
			if k == i-1 {
				return -1
			}
			return k
		}
		if pc.isCue(k) || pc.has(k, wPrep) {
			return -1
		}
	}
	return -1
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " …."))
	return unicode.IsUpper(r)
}

// governingCue finds the cue verb that governs a partial quotation in the
// sentence: "X said he was “…”", "X called the plan “…”".
func (pc *pctx) governingCue(k int) (*entity, string, string, bool) {
	s := pc.sentOf[k]
	var fb governed
	for v := k - 1; v >= s && v >= k-window; v-- { // the nearest cue governs
		if fb.e != nil && (pc.word(v) == ";" || pc.word(v) == "," && (pc.word(v+1) == "and" || pc.word(v+1) == "but")) {
			break // "X called for …, and the League denounced … and said “…”": the League's clause ends the search
		}
		lemma, n := pc.cueAt(v)
		if lemma == "" {
			if after := pc.sourcePhrase(v); after > 0 {
				if e := pc.accordingTo(after, k); e != nil {
					return e, "according to", "", true
				}
			}
			if e, via := pc.passiveQuoted(v, s, k); e != nil {
				return e, "quoted", via, true
			}
			continue
		}
		if lemma == "quote" || lemma == "cite" {
			if e, via, ok := pc.quotedAs(v, n, k); ok {
				return pc.preferEarlier(fb, e, pc.word(v), via)
			}
		}
		if w := pc.word(v + n); v > 0 && strings.HasSuffix(pc.word(v), "ed") && !pc.toks[v-1].cap && pluralOfPeople(pc.word(v-1)) && (w == "on" || w == "about") {
			continue // "what lawmakers briefed on classified material had known “for months”": those briefed, no frame
		}
		if lemma == "confirm" && pc.confirmsAppointee(v+n, k+1) || lemma == "agree" && pc.word(v+n) == "to" {
			continue // "would be confirming Halvorsen's Cabinet nominees “…”": a vote, no frame; "the two had agreed to “…”": a deal, reported by the cue before
		}
		if wordIs(lemma, mAsCue) && !pc.asBetween(v, k) {
			continue // "several product labels … the “markedly predominant” place": a noun, not "labelled it as"
		}
		if wordIs(lemma, mFrameOnly) && pc.word(v) == lemma && modalsBefore[pc.word(v-1)] {
			continue // "said it would continue “as long as it takes”": a plan, not a frame
		}
		if (lemma == "begin" || lemma == "continue" || lemma == "go on") && (pc.word(v+n) == ":" || pc.word(v+n) == "." || pc.word(v+n) == ",") {
			continue // "a warning he has made since the trade war began: that …": the war began, no one spoke
		}
		if pc.insideThatClause(v, s) {
			continue // "Rubio said that once the Senate goes on recess, “…”": the outer cue governs
		}
		if pc.word(v-1) == "who" && pc.has(v-2, wPrep) {
			continue // "the question of who tells Inuit stories was “…”": a question named, not a speaker
		}
		e := pc.subjectBefore(v, s)
		if b := pc.spokespersonsBody(e, v, s); b != nil {
			e = b // "a spokesperson for the coalition, which represents …, said … “…”": the coalition's, as the statement is
		}
		if e != nil && !e.org && v > s && pc.isNameWord(v-1) && pc.nameStart(v-1, s) == v-1 {
			e = pc.namesakeByPronoun(e, pc.toks[v-1].low, v+n) // "Halvorsen said he would … “…”": the husband, not his wife named last
		}
		if k := pc.postedDocBefore(v, s); k > s {
			e = pc.subjectBefore(k, s) // "posted a statement on the city’s page saying he would “…”": the poster's words
		}
		if e == nil && v > s {
			e = pc.authorBeforeThat(v-1, s) // "a report from Auditor General X that found the department had “…”": hers
		}
		if e == nil && v > s {
			e, _ = pc.otherSubject(v, s) // "Others said the plan was “a disaster”"
		}
		if e == nil && v > s {
			e, _ = pc.subjectAcrossAsides(v, s) // "Canada Post, in a statement issued after the walkout began, said it was “disappointed”"
		}
		if e == nil || e.outlet {
			continue
		}
		if e.doc && pc.inThatOfCue(v, s) || (e.doc || pc.is(v-1, mDocHead|mStatementWord) || thingPronoun(pc.word(v-1)) && (e.org || e.group)) && pc.cueJustBefore(v, s) {
			continue // "Ruiz said that the report confirmed her view that the chains “…”", "said they confirmed “…”" of figures: hers
		}
		if isPlaceEntity(e) && v > s && pc.cueBefore(v, s) {
			if fb.e == nil {
				fb = governed{e, pc.word(v), ""}
			}
			continue // "X said Canada welcomed the exchange but would “…”": a country in X's words; X speaks
		}
		if strings.HasSuffix(pc.word(v), "ed") && pc.isNameWord(v-1) && wantVerbs[pc.word(pc.nameStart(v-1, s)-1)] {
			continue // "the family wants Chinedu remembered “for how he lived”": a wish about him, no words of his
		}
		if (modalsBefore[pc.word(v-1)] || progressiveAux[pc.word(pc.pastAdverbs(v-1, s))] && strings.HasSuffix(pc.word(v), "ing") || pc.adjunctQuote(k) && !pc.isNameWord(v-1)) && v > s && (pc.cueBefore(v, s) || pc.inThatOfCue(v, s)) { // "told reporters before the announcement that Moscow would respond “adequately”"
			if fb.e == nil {
				fb = governed{e, pc.word(v), ""}
			}
			continue // "X said the government would appeal the ruling “without delay”": a deed to come, in X's words; X speaks
		}
		if c := v - 1; pc.word(c) == "," && strings.HasSuffix(pc.word(v), "ing") {
			if k := pc.pastVerbBefore(c, s); k > s+1 && pc.isNameWord(k-1) && relativeWords[pc.word(pc.nameStart(k-1, s)-1)] {
				return pc.preferEarlier(governed{}, e, pc.word(v), "") // "a case in which Justice X awarded …, writing that “…”": the justice's
			}
		}
		if pc.isCoordinated(v, s) && fb.e == nil {
			fb = governed{e, pc.word(v), ""} // "… and said": an earlier cue may name the speaker
			continue
		}
		return pc.preferEarlier(fb, e, pc.word(v), "")
	}
	if fb.e != nil {
		return fb.e, fb.cue, fb.via, true
	}
	return nil, "", "", false
}

// asBetween reports "as" between tokens v and k.
func (pc *pctx) asBetween(v, k int) bool {
	for i := v + 1; i < k; i++ {
		if pc.word(i) == "as" {
			return true
		}
	}
	return false
}

// wantVerbs take an object and a participle: "wants Chinedu remembered".
var wantVerbs = setOf(`want wants wanted wanting`)

// modalsBefore stand before a bare verb that is no frame of a quotation.
var modalsBefore = setOf(`would will could can cannot may might must should`)

type governed struct {
	e        *entity
	cue, via string
}

// preferEarlier returns the cue found before a coordinated one: the earlier
// cue's subject is the coordinated verb's subject too.
func (pc *pctx) preferEarlier(fb governed, e *entity, cue, via string) (*entity, string, string, bool) {
	if fb.e != nil && fb.e != e {
		return e, fb.cue, via, true
	}
	return e, cue, via, true
}

// isCoordinated reports a cue verb joined to an earlier verb ("and said",
// ", saying").
func (pc *pctx) isCoordinated(v, s int) bool {
	j := v - 1
	for j >= s && pc.has(j, wAdverb) {
		j--
	}
	w := pc.word(j)
	return coordinated(w) || w == "but" || (w == "," && strings.HasSuffix(pc.word(v), "ing"))
}

// siblingName reads "the younger Pelletier", "the elder Mr. Brackett" at
// i: the surname's run [st, r), or r == st when there is none.
func (pc *pctx) siblingName(i int) (st, r int) {
	if pc.word(i) != "the" || !siblingAges[pc.word(i+1)] {
		return 0, 0
	}
	st = i + 2
	if pc.has(st, wTitle) {
		st++ // "the younger Mr. Brackett"
		if pc.word(st) == "." {
			st++
		}
	}
	if r = pc.runEnd(st); !pc.isNameWord(st) || r > st+2 {
		return 0, 0
	}
	return st, r
}

// quotedAs reads "the Herald quoted X as saying": X is the speaker and the
// subject the outlet.
func (pc *pctx) quotedAs(v, n, limit int) (*entity, string, bool) {
	i := v + n
	q := i
	for q < limit && q < i+16 && pc.word(q) != "as" {
		q++
	}
	if pc.word(q) != "as" || !strings.HasSuffix(pc.word(q+1), "ing") {
		return nil, "", false // "cites them as evidence": no one quoted as saying
	}
	var e *entity
	for x := i; x < q; x++ {
		if pc.isNameWord(x) && !pc.toks[x].poss {
			j := pc.runEnd(x)
			e = pc.entityAt(x, j)
			x = j - 1
		}
	}
	if e == nil && q > i {
		switch pc.word(i) { // quoted him as saying
		case "him":
			e = pc.resolvePronoun("he", i)
		case "her":
			e = pc.resolvePronoun("she", i)
		case "them":
			e = pc.resolvePronoun("they", i)
		}
	}
	if e == nil {
		return nil, "", false
	}
	via := ""
	if o := pc.subjectBefore(v, pc.sentOf[v]); o != nil && o != e {
		o.outlet = true // it reports others' words
		via = o.display
	}
	return e, via, true
}

// passiveQuoted reads "X was quoted (by the Herald) as saying": X speaks,
// the outlet is via.
func (pc *pctx) passiveQuoted(v, s, limit int) (*entity, string) {
	if pc.word(v) != "quoted" {
		return nil, ""
	}
	p := v - 1
	for p > s && pc.toks[p].kind == tWord && isAdverb(pc.toks[p].low) && !pc.toks[p].cap {
		p-- // "He was once quoted as saying", "was also quoted"
	}
	if !pc.has(p, wPassive) {
		return nil, ""
	}
	q := v + 1
	for q < limit && q < v+10 && pc.word(q) != "as" {
		q++
	}
	if pc.word(q) != "as" {
		return nil, ""
	}
	via := ""
	if pc.word(v+1) == "by" {
		if o, _, ok := pc.npForward(v+2, q); ok && o != nil {
			o.outlet = true
			via = o.display
		}
	}
	return pc.subjectBefore(p, s), via
}

// unnamedAt makes the speaker an indefinite phrase at i describes: "a
// diplomat who asked not to be named" is "a diplomat".
func (pc *pctx) unnamedAt(i, end int) *entity {
	j := i + 1
	for j < end && j < i+7 && pc.toks[j].kind == tWord && !pc.has(j, wPrep|wFunction) && !pc.isCue(j) &&
		pc.word(j) != "who" && pc.word(j) != "that" {
		j++
	}
	head := pc.toks[j-1].low
	if pc.word(j) == "for" && spokesRoles[head] && pc.isNameWord(j+1) {
		if r := pc.runEnd(j + 1); r <= end {
			if p := pc.entityAt(j+1, r); p != nil && !p.org && !p.outlet {
				j = r // "a spokeswoman for Ms Sharma": whose spokeswoman, as the reported form says
			}
		}
	}
	e := pc.an.unnamed(pc.p.text[int(pc.toks[i].start):int(pc.toks[j-1].end)], head)
	pc.traceTo(e, refRole, e.display, i)
	return e
}

// unnamedPerson reports an indefinite person after a cue: "a diplomat",
// "an official from the ministry", "one resident".
func (pc *pctx) unnamedPerson(i, end int) bool {
	if w := pc.word(i); w != "a" && w != "an" && w != "one" && w != "another" {
		return false
	}
	for k := i + 1; k < end && k <= i+6; k++ { // one former GOP leadership aide
		if w := pc.word(k); pc.has(k, wRole) || wordHas(w, wMaleWord) || wordHas(w, wFemaleWord) || wordIs(w, mUnnamedHead) {
			return true
		}
		if pc.toks[k].kind != tWord || pc.has(k, wPrep) {
			return false
		}
	}
	return false
}

// sourcePhrase reports "according to" or "in the words of" at i and returns
// the index after it, or 0.
func (pc *pctx) sourcePhrase(i int) int {
	if pc.word(i) == "according" && pc.word(i+1) == "to" {
		return i + 2
	}
	if pc.word(i) == "in" && pc.word(i+1) == "the" && pc.word(i+2) == "words" && pc.word(i+3) == "of" {
		return i + 4
	}
	return 0
}

// wordsOf reads "in X's words," at i: X, or nil.
func (pc *pctx) wordsOf(i int) *entity {
	if pc.word(i) != "in" || !pc.isNameWord(i+1) {
		return nil
	}
	r := pc.runEnd(i + 1)
	if !pc.toks[r-1].poss || pc.word(r) != "words" {
		return nil
	}
	return pc.npEndingAt(r-1, i+1)
}

// accordingTo resolves what follows "according to": a name or body, or
// "a statement from X", "a recent report by X".
func (pc *pctx) accordingTo(i, limit int) *entity {
	if e := pc.documentBy(i, limit); e != nil {
		return e
	}
	if e := pc.documentOf(i, limit); e != nil {
		return e
	}
	if e := pc.bodyBeforeDocument(i, limit); e != nil {
		return e
	}
	if e := pc.officialOfBody(i, limit); e != nil {
		return e
	}
	if e := pc.documentFromAfterTime(i, limit); e != nil {
		return e
	}
	if i+2 < limit && pc.has(i, wDeterminer) && pc.toks[i+1].poss && pc.isNameWord(i+2) {
		r := pc.runEnd(i + 2)
		for pc.word(r) == "of" && pc.isNameWord(r+1) && r+1 < limit {
			r = pc.runEnd(r + 1)
		}
		if e := pc.bodyOfGenericPlace(r-1, i); e != nil {
			return e // "According to the territory’s Department of Education"
		}
	}
	e, _, _ := pc.npForward(i, limit)
	return e
}

// documentFromAfterTime reads "a report last year from the Parliamentary
// Budget Officer" at i: the author whose document it is, when a time
// stands between the document and "from". Nil for any other shape.
func (pc *pctx) documentFromAfterTime(i, limit int) *entity {
	if !pc.has(i, wDeterminer) || !pc.is(i+1, mDocHead) {
		return nil
	}
	for k := i + 3; k < limit && k <= i+5; k++ {
		if pc.word(k) == "from" && pc.timeOnlyBetween(i+2, k) {
			e, _, _ := pc.npForward(k+1, limit)
			return e
		}
	}
	return nil
}

// officialOfBody reads "a Justice Department official" at i: someone
// unnamed of the body, not the body. Nil for any other shape.
func (pc *pctx) officialOfBody(i, limit int) *entity {
	if !indefiniteArticles[pc.word(i)] || !pc.isNameWord(i+1) {
		return nil
	}
	r := pc.runEnd(i + 1)
	if r >= limit || r <= i+1 || pc.toks[r].cap || !sourceHeads[pc.word(r)] {
		return nil
	}
	if e := pc.entityAt(i+1, r); e == nil || !e.org {
		return nil // "a Clinton aide" is left to the rules for people's aides
	}
	return pc.an.unnamed(pc.phraseText(i, r+1), pc.word(r))
}

// bodyBeforeDocument reads "a newly released Ministry of Long-Term Care
// report" at i: the body whose name stands before the document's noun,
// after a determiner and a few lower-case words. Nil for any other shape.
func (pc *pctx) bodyBeforeDocument(i, limit int) *entity {
	k := i
	if !pc.has(k, wDeterminer) {
		return nil
	}
	for k++; k < limit && k < i+4 && pc.toks[k].kind == tWord && !pc.toks[k].cap && !pc.has(k, wPrep); k++ {
		if pc.toks[k].poss {
			return nil // "the school’s Facebook post": the school's, not Facebook's
		}
	}
	if k >= limit || !pc.isNameWord(k) {
		return nil
	}
	r := pc.runEnd(k)
	if r <= k || r >= limit || !pc.is(r, mDocHead) {
		return nil
	}
	e := pc.entityAt(k, r)
	if e != nil && !e.org && !e.outlet && pollHeads[pc.word(r)] && e.gender == unknownGender && !isGivenName(e.first) && len(e.heads) == 0 && e.role == "" {
		e.org = true // "the latest Sondages Vigie poll": a pollster the tables do not know
	}
	if e != nil && e.org && !e.outlet {
		return e
	}
	return nil
}

// documentBy reads a document phrase at i whose author follows "by" or
// "from": "a recent report from Bloomberg New Energy Finance", "the
// average of recent polls compiled by Real Clear Politics", "a tally by
// the Associated Press" are theirs; "a copy of the letter reviewed by The
// Post" is not The Post's.
func (pc *pctx) documentBy(i, limit int) *entity {
	k := i
	if pc.has(k, wDeterminer) {
		k++
	}
	start := k
	if k = pc.docNounAt(k, limit); k < 0 {
		return nil
	}
	e := pc.authorAfter(k, limit)
	if e == nil && slices.ContainsFunc(pc.toks[start:k], func(t token) bool { return t.low == "police" }) {
		e = pc.policeBody() // "according to a police news release": the force named, as "police said" is
	}
	if e != nil {
		pc.an.docAuthor, pc.an.docAuthorOf = e, docKind(pc.word(k)) // "The release said" next is theirs too
	}
	return e
}

// authorInRelative reads a clause after a document's noun whose subject
// at b sent or wrote it, with no "that": "a memo the Clinton campaign sent
// to donors", "an email Trump sent". Nil for any other shape, and for one
// who only came to hold it ("a memo the Post obtained").
func (pc *pctx) authorInRelative(b, limit int) *entity {
	if b >= limit || pc.toks[b].kind != tWord || !pc.isNameWord(b) && pc.word(b) != "the" && !ownerWords[pc.word(b)] {
		return nil
	}
	if pc.word(b) == "the" && b+2 < limit && pc.has(b+1, wOrgHead) && !pc.toks[b+1].cap && sentDocs[pc.word(b+2)] {
		return pc.roleNP(b+1, b) // "a summary the union distributed to members"
	}
	e, after, ok := pc.npForward(b, limit)
	if !ok || e == nil || e.doc || e.outlet || after+1 >= limit {
		return nil
	}
	if campaignHeads[pc.word(after)] && sentDocs[pc.word(after+1)] && pc.isNameWord(after-1) {
		return pc.an.reg.body(pc.phraseText(pc.nameStart(after-1, b), after+1)) // "a memo the Clinton campaign sent": the campaign's
	}
	if !sentDocs[pc.word(after)] {
		return nil
	}
	return e
}

// campaignHeads are the bodies a name heads in lower case: "the Clinton
// campaign", "the Trump transition team".
var campaignHeads = setOf(`campaign team office administration`)

// sentDocs are the past tenses of putting a document out.
var sentDocs = setOf(`sent distributed circulated released issued posted wrote published emailed tweeted submitted filed prepared shared`)

// docNounAt is the document's noun after at most five lower-case words
// from k ("the most recent rental market survey"), or -1 when none stands
// there.
func (pc *pctx) docNounAt(k, limit int) int {
	for n := 0; n < 5 && k < limit && pc.toks[k].kind == tWord && !pc.toks[k].cap && !pc.is(k, mDocHead|mStatementWord) && !pc.has(k, wPrep); n++ {
		k++ // "the most recent", "a just-released", "the most recent rental market"
	}
	if !pc.is(k, mDocHead|mStatementWord) && !dataWords[pc.word(k)] {
		return -1
	}
	return k
}

// documentOf reads a document phrase at i owned by a possessive: "the
// OQLF’s most recent annual report", "the office's annual report" are
// the OQLF's, the office's.
func (pc *pctx) documentOf(i, limit int) *entity {
	if pc.word(i) != "the" {
		return nil
	}
	q := i + 1
	for q < limit && q < i+5 && pc.toks[q].kind == tWord && !pc.toks[q].poss {
		q++
	}
	if q >= limit || !pc.toks[q].poss || pc.toks[q].kind != tWord {
		return nil
	}
	if pc.docNounAt(q+1, limit) < 0 {
		return nil
	}
	if acr := displayName(pc.p.text[int(pc.toks[q].start):int(pc.toks[q].end)]); q == i+1 && len(acr) >= 3 && isAllCaps(acr) {
		if e := pc.an.reg.byKey[strings.ToLower(acr)]; e != nil {
			return e
		}
		if e := pc.frenchBodyFor(q, acr); e != nil {
			return e // "the OQLF’s most recent annual report" after the Office québécois de la langue française
		}
	}
	if pc.isNameWord(q) {
		if e := pc.npEndingAt(q, i+1); e != nil && !e.outlet {
			return e
		}
		return nil // "the Ledger’s count": a paper's count stays its document
	}
	if w := pc.word(q); (q == i+1 || q == i+2 && pc.word(i+1) == "crown") && pc.has(q, wOrgHead) && !placeNouns[w] && w != "state" && w != "country" && w != "province" {
		return pc.roleNP(q, i) // "the office's annual report", "the Crown corporation’s application": theirs
	}
	return nil
}

// authorAfter reads the author of the document whose noun stands at k:
// "… of the Harbour Authority", "… compiled by X", "… Tuesday from X";
// nil when none is named.
func (pc *pctx) authorAfter(k, limit int) *entity {
	b := k + 1
	if e := pc.authorInRelative(b, limit); e != nil {
		return e // "according to a summary the union distributed to members": the union's
	}
	if pc.word(b) == "of" && (pc.is(k, mStatementWord) || pc.word(k) == "study" || pc.word(k) == "survey") && (pc.isNameWord(b+1) || pc.word(b+1) == "the" && pc.isNameWord(b+2)) {
		e, _, _ := pc.npForward(b+1, limit)
		return e // "a statement of the Harbour Authority"
	}
	if pc.word(b) == "of" {
		for b < limit && b < k+10 && pc.toks[b].kind == tWord && pc.word(b) != "by" && pc.word(b) != "from" && !authoredBy[pc.word(b)] {
			if seenBy[pc.word(b)] {
				return nil // "a transcript of the decision obtained by CBC News": the outlet only holds it
			}
			b++ // "an analysis of Federal Election Commission data by Crowdpac": Crowdpac's
		}
	}
	if authoredBy[pc.word(b)] {
		b++ // "compiled by", "released last year by", "published in March by"
		for x := b; x < limit && x < b+3 && pc.word(x) != "by" && pc.word(x) != "from"; x++ {
			if w := pc.word(x); !calendarWords[w] && !timeLeads[w] && !pc.has(x, wCalendar|wTime) && w != "in" {
				break
			}
			if w := pc.word(x + 1); w == "by" || w == "from" {
				b = x + 1
			}
		}
	} else if calendarWords[pc.word(b)] {
		b++ // "a report Tuesday from"
	}
	if w := pc.word(b); w != "by" && w != "from" {
		return nil
	}
	if !pc.isNameWord(b+1) && !(pc.word(b+1) == "the" && pc.isNameWord(b+2)) {
		if pc.word(b+1) == "the" && b+3 < limit && pc.toks[b+2].poss && !pc.toks[b+2].cap && pc.has(b+3, wRole) {
			r := b + 4
			for r < limit && r < b+6 && pc.toks[r].kind == tWord && !pc.toks[r].cap && !pc.has(r, wPrep|wFunction|wDeterminer) && !pc.isCue(r) {
				r++
			}
			if pc.word(r) == "," && pc.isNameWord(r+1) {
				if e, after, ok := pc.npForward(r+1, limit); ok && e != nil && !e.org && pc.word(after) == "," {
					return e // "a letter from the analyst’s attorney, Gregor Vantongeren,": the attorney named
				}
			}
			return pc.phraseSpeaker(b+1, r) // "a new report from the city's auditor general": the auditor general's, not the city's
		}
		if e := pc.namedAfterKind(b+2, limit); pc.word(b+1) == "the" && e != nil {
			return e // "according to data from the ad-tracking firm Spotline Media": the firm named
		}
		if h := b + 3; pc.word(b+1) == "the" && h < limit && !pc.toks[b+2].cap && pc.has(h, wOrgHead) && !pc.toks[h].cap && pc.toks[b+2].kind == tWord {
			return pc.roleNP(h, b+1) // "a notice posted by the band council": the council the story is about
		}
		if h := b + 2; pc.word(b+1) == "the" && h < limit && companyHeads[pc.word(h)] && !pc.toks[h].cap && (h+1 >= limit || pc.toks[h+1].kind != tWord) {
			return pc.roleNP(h, b+1) // "according to a news release from the company": the company named
		}
		return nil
	}
	e, _, _ := pc.npForward(b+1, limit)
	return e
}

// namedAfterKind is the body named right after its kind, a few lower-case
// words from i: "ad-tracking firm Spotline Media", "advocacy group Equal
// Voice"; nil for any other shape.
func (pc *pctx) namedAfterKind(i, limit int) *entity {
	for h := i; h < limit && h < i+6 && (pc.toks[h].kind == tWord || pc.word(h) == "-") && !pc.toks[h].cap; h++ {
		if w := pc.word(h); (bodyHeads[w] || makers[w]) && pc.isNameWord(h+1) && h+1 < limit {
			e, _, _ := pc.npForward(h+1, limit)
			return e
		}
	}
	return nil
}

// authoredBy are the participles between a document and its author.
var authoredBy = setOf(`compiled conducted released published prepared issued produced available commissioned posted sent written kept maintained tabled submitted presented filed`)

// docParticiple reports a participle that dates or places a document:
// "the order released Friday", "the lawsuit filed Tuesday".
func docParticiple(w string) bool {
	return authoredBy[w] || w == "filed" || w == "signed" || w == "dated"
}

// passiveAgent reads "was asked by X", "were told by X", "has been warned
// by senior MPs": X spoke.
func (pc *pctx) passiveAgent(v, limit int) *entity {
	switch pc.toks[v].cueLemma() {
	case "ask", "question", "tell", "urge", "interview", "brief", "warn", "advise", "assure", "caution", "inform":
	default:
		return nil // "is accused by prosecutors": the accusation is the news, not their words
	}
	if !pc.has(v-1, wPassive) || pc.word(v+1) != "by" {
		return nil
	}
	return pc.agentAt(v+2, limit)
}

// passiveAskedBefore finds a passive cue whose agent ends at j, the word
// before a quotation's comma, or before a relative clause that ends there:
// "was asked by host Bill Maher, who is supporting Sanders, “…”". It
// returns the agent and the cue's index.
func (pc *pctx) passiveAskedBefore(j, s int) (*entity, int) {
	for x := j; x > s && x > j-window; x-- {
		if pc.toks[x].kind == tQuote {
			break
		}
		if pc.word(x) == "," && (pc.word(x+1) == "who" || pc.word(x+1) == "which") {
			j = x - 1
			break
		}
	}
	for v := j - 2; v >= s && v >= j-8; v-- {
		if a := pc.passiveAgentTo(v, j); a != nil {
			return a, v
		}
	}
	return nil, 0
}

// passiveAgentTo is the agent of a passive cue at v whose phrase runs to
// j, the word before a quotation's comma: "was asked by host Bill Maher,
// “…”".
func (pc *pctx) passiveAgentTo(v, j int) *entity {
	if v+2 > j || pc.word(v+1) != "by" || !pc.has(v-1, wPassive) {
		return nil
	}
	e, after, ok := pc.npForward(v+2, j+1)
	if !ok || e == nil || after != j+1 {
		return nil
	}
	return pc.passiveAgent(v, j+1)
}

// agentAt reads the one who spoke at i: a name, a role, or a group ("told
// by officials that …", "the view of many analysts").
func (pc *pctx) agentAt(i, limit int) *entity {
	if e, _, _ := pc.npForward(i, limit); e != nil {
		return e
	}
	k := i
	for k < limit && k < i+7 && pc.toks[k].kind == tWord && !agentEnds[pc.word(k)] {
		k++
	}
	return pc.groupOf(i, k)
}

// agentEnds end the agent of a passive cue: "told by officials that …".
var agentEnds = setOf(`that whether if to about of when why how what and`)

// namedBefore reports a naming cue right before quotation k: known as,
// dubbed, the code name; "called" only with a title-like quotation.
func (pc *pctx) namedBefore(k int) bool {
	s := pc.sentOf[k]
	if pc.word(k-1) == "as" {
		for j := k - 2; j >= s && j >= k-7; j-- {
			if w := pc.word(j); w == "known" || w == "nicknamed" || w == "dubbed" || w == "billed" || w == "described" && pc.p.spans[pc.toks[k].q].title {
				return true // known in publishing circles as “the Undertaker”
			}
		}
	}
	for j := k - 1; j >= s && j >= k-3; j-- {
		w := pc.word(j)
		if w == "" {
			return false
		}
		two := w
		if j+1 < k {
			two = w + " " + pc.word(j+1)
		}
		if wordIs(two, mNamingCue) && strings.Contains(two, " ") {
			return true
		}
		if wordIs(w, mNamingCue) {
			if w == "called" || w == "calling" || w == "named" || w == "name" {
				return pc.p.spans[pc.toks[k].q].title
			}
			return true
		}
		if j < k-1 && w != "the" && w != "a" && w != "its" && w != "it" && w != "as" {
			return false
		}
	}
	return false
}

// smallWords stay lower-case in titles.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "and": true,
	"for": true, "to": true, "at": true, "by": true, "with": true, "from": true, "or": true,
	"nor": true, "but": true, "as": true, "into": true, "vs": true, "de": true, "la": true,
	"el": true, "van": true, "der": true,
}

// wordCount counts space-separated words without allocating.
func wordCount(s string) int {
	n, in := 0, false
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// eight bytes at once: a word starts at each byte that is no blank
		// after one that is (or after the start, when not in a word)
		blank := ascii.Blanks(ascii.Load(s, i))
		after := blank << 8
		if !in {
			after |= 0x80
		}
		n += bits.OnesCount64(^blank & after & 0x8080808080808080)
		in = blank>>63 == 0
	}
	for ; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// titleLike reports a quotation that reads as a title or name: every word
// capitalised but small words, no sentence inside.
func titleLike(q string) bool {
	q = strings.TrimRight(strings.TrimSpace(q), ",.")
	// four byte searches cost less than ContainsAny's loop over every
	// byte of a long quotation
	if strings.IndexByte(q, '.') >= 0 || strings.IndexByte(q, '!') >= 0 || strings.IndexByte(q, '?') >= 0 ||
		strings.IndexByte(q, ';') >= 0 {
		return false
	}
	if n := wordCount(q); n < 2 || n > 9 || strings.HasPrefix(q, "I ") {
		return false
	}
	words := strings.Fields(q)
	caps := 0
	for i, w := range words {
		w = strings.Trim(w, ",:—–-'\"’‘“”()")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case smallWords[strings.ToLower(w)] && (i > 0 || w == "the" || w == "a"):
		default:
			return false
		}
	}
	return caps >= 1
}

// skipBrackets steps over a short bracketed aside at j, such as a party
// tag "(D-Wash.)" or "(pictured)", returning the index after it.
func (pc *pctx) skipBrackets(j, end int) int {
	if pc.word(j) != "(" {
		return j
	}
	for k := j + 1; k < end && k < j+10; k++ {
		if pc.word(k) == ")" {
			return k + 1
		}
	}
	return j
}

// bareAttribution reports a sentence at i that only says who spoke, as
// some writers put it after a quotation that ends with a full stop:
// "“….” Trump said." — a noun phrase, a cue, then the sentence's end or
// when and where.
func (pc *pctx) bareAttribution(i int) bool {
	end := pc.sentEnd(i)
	for v := i + 1; v < end && v < i+8; v++ {
		if lemma, n := pc.cueAt(v); lemma != "" {
			w := pc.word(v + n)
			if pc.negated(v, i) {
				return false // “….” The campaign did not elaborate.
			}
			if w == "," && v+n+1 < len(pc.toks) && pc.toks[v+n+1].kind == tQuote {
				return false // “….” He says, “…”: the cue opens the next quotation
			}
			if w == "on" || w == "in" || w == "at" || wordHas(w, wCalendar) {
				return !slices.ContainsFunc(pc.toks[v+n:end], func(t token) bool { return t.low == "that" }) // but "A spokesperson later said in an email that …" says something of its own
			}
			return v+n >= end || w == "." || w == ","
		}
		if pc.toks[v].kind == tQuote {
			return false
		}
	}
	return false
}

// skipPostModifier steps over "of the Cato Institute" or "at Georgetown"
// after a name when a cue follows it, returning the cue's index.
func (pc *pctx) skipPostModifier(j, end int) int {
	switch pc.word(j) {
	case "of", "at", "from", "with":
	default:
		return j
	}
	lower := false // a lower-case word: only a body's unit may end the phrase then
	for k := j + 1; k < end && k < j+9; k++ {
		if pc.isCue(k) {
			if lower && !pc.toks[k-1].cap && !unitWords[pc.word(k-1)] {
				return j
			}
			return k
		}
		t := pc.toks[k]
		if t.low == "," && k > j+1 && !lower && pc.toks[k-1].cap {
			return k // "Senator X of New York, the Democratic leader, said": the place, then an appositive
		}
		if t.kind != tWord || !t.cap && !pc.has(k, wDeterminer|wPrep) && (verbLike(t) || finiteVerbs[t.low] || t.poss) {
			return j
		}
		lower = lower || !t.cap && !pc.has(k, wDeterminer|wPrep)
	}
	return j
}

// unitWords end the name of a body's part in lower case: "Insp. Farah
// Siddiqui of the traffic section told reporters".
var unitWords = setOf(`section unit division branch squad detachment department office team bureau service lab laboratory program programme school faculty clinic ward`)

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "--" }

// possessedHead reports a capitalised word before a colon that a
// possessive owns: "STRICTLY STAR'S HEARTBREAK:" is a kicker about someone,
// not a speaker's name ("Trump's Spokesman:" is a role, and "The Times’ Ben
// Sisario:" a person, and both speak).
func (pc *pctx) possessedHead(j, s int) bool {
	if pc.has(j, wRole) {
		return false
	}
	for k := j - 1; k >= s && k >= j-4 && pc.toks[k].kind == tWord && pc.toks[k].cap; k-- {
		if pc.toks[k].poss {
			return k+1 == j && !isGivenName(pc.toks[j].low) // one word owned; "The Times’ Ben Sisario:" names its writer
		}
	}
	return false
}

// auxClauseAfter reports a clause from i whose first cue has an auxiliary
// before it: "the union had rejected it" (a clause of its own, not "the
// mayor said").
func (pc *pctx) auxClauseAfter(i int) bool {
	end := pc.sentEnd(i)
	for v := i + 1; v < end && v < i+8; v++ {
		if pc.isCue(v) {
			return pc.is(v-1, mAuxBeforeCue)
		}
		if pc.toks[v].kind != tWord {
			return false
		}
	}
	return false
}

// endsInMark reports a quotation that ends in a mark of its own (a comma,
// a stop, a dash), as one with a cue after it mostly does.
func endsInMark(q string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(q, " "))
	return strings.ContainsRune(",.?!;:-—–…", r)
}

// plainAside reports a short aside of words [i, j) with no verb, cue or
// name: "after the hearing", "outside the courthouse".
func (pc *pctx) plainAside(i, j int) bool {
	if j <= i || j-i > 8 {
		return false
	}
	for k := i; k < j; k++ {
		t := pc.toks[k]
		if t.kind != tWord && !(k == j-1 && (t.low == ":" || t.low == ",")) || verbLike(t) || pc.isCue(k) || pc.isNameWord(k) {
			return false
		}
	}
	return true
}

// thingPronoun reports "it" or "they": after a cue, what was said may
// speak of figures or a report that way.
func thingPronoun(w string) bool { return w == "it" || w == "they" }

// pastAdverbs steps back from k over lower-case adverbs: "was simply
// refusing" reaches "was".
func (pc *pctx) pastAdverbs(k, s int) int {
	for k > s && k > 0 && pc.has(k, wAdverb) && !pc.toks[k].cap {
		k--
	}
	return k
}
