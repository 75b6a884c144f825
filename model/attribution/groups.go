package attribution

import (
	"strconv"
	"strings"
)

// otherSubject reads the subject of the cue at v when it names no one the
// article knows. A plural of people ("White House officials", "most
// voters", "aides to the senator") speaks as a group; any other noun phrase
// ("a court filing", "a source", "nine in 10") is a subject but no speaker,
// so the statement stands with no one's name. ok is false when no noun
// phrase stands before the cue as its subject.
func (pc *pctx) otherSubject(v, s int) (e *entity, ok bool) {
	j := v - 1
	ing := strings.HasSuffix(pc.word(v), "ing")
	for j >= s && pc.toks[j].kind == tWord && (!pc.toks[j].cap || pc.has(j, wAdverb)) &&
		(isAdverb(pc.word(j)) || softAdverbs[pc.word(j)] || ing && pc.has(j, wPassive) || pc.word(j) == "cannot") {
		j-- // "she later said", "Ruiz is pledging", "the government cannot say"
	}
	j = pc.skipAside(pc.skipTimeBefore(j, s), s)
	if j < s || pc.toks[j].kind != tWord && pc.word(j) != "%" {
		return nil, false
	}
	if pc.word(j) == "to" && j == v-1 {
		if notYetSaid[pc.word(j-1)] || isDigitStart(pc.word(j-1)) {
			return nil, false // "would have to tell", "a chance to appeal": nothing said yet
		}
		return pc.infinitiveSubject(v, s)
	}
	if j < v-1 {
		if e := pc.npEndingAt(j, s); e != nil && !e.outlet {
			return e, true // "Hillary Clinton on Tuesday said"
		}
	}
	from := s
	if strings.HasSuffix(pc.word(v), "ing") {
		for k := j; k > s && k > j-8; k-- {
			if pc.word(k-1) == "with" {
				from = k // "with 30 percent of voters saying": the subject follows "with"
				break
			}
		}
	}
	relative := false
	if w := pc.word(j); (w == "who" || w == "that") && j > from {
		j, relative = j-1, true // "business leaders who say …": the noun before "who"
	}
	start := pc.npStart(j, from)
	if relative {
		start = pc.nounBefore(j, from) // "a backlash from business leaders who say"
	}
	if start < 0 || noOne[pc.word(start)] {
		return nil, false // "Neither leader announced …": no one did
	}
	if w := pc.word(start - 1); (w == "who" || w == "that" && (pc.cueBefore(start-1, from) || pc.groupOf(start, j+1) == nil)) && start-2 >= from {
		// "Some voters who heard the speech, on television, said": the
		// subject is the noun before the relative clause; but in "a
		// deadline that GOP insiders said went unnoticed" the insiders say it
		j, relative = start-2, false
		if start = pc.npStart(j, from); start < 0 {
			return nil, false
		}
	}
	if g := pc.groupOf(start, j+1); g != nil {
		return g, true
	}
	if relative {
		return nil, true // "Geoff Garin, a pollster who advises": not a new unnamed source
	}
	if e := pc.unnamedSubject(start, j+1); e != nil {
		return e, true
	}
	if e := pc.shareOrDocument(start, j+1); e != nil {
		return e, true
	}
	if e := pc.groupBeforeParticiple(s, v); e != nil {
		return e, true
	}
	return pc.literalSubject(start, j+1), true
}

// cueBefore reports a cue a few words before token t ("told reporters
// that"): a "that" there opens what was said, not a relative clause.
func (pc *pctx) cueBefore(t, from int) bool { return pc.cueWithin(t, from, 5) }

// cueWithin reports a cue among the n words before t, from from on.
func (pc *pctx) cueWithin(t, from, n int) bool {
	for k := t - 1; k >= from && k >= t-n; k-- {
		if pc.isCue(k) {
			return true
		}
	}
	return false
}

// groupBeforeParticiple finds a plural of people opening the clause whose
// participle phrase runs on to the cue: "Democrats trying to regain the
// Senate say", "Republican activists clamoring to block Trump say".
func (pc *pctx) groupBeforeParticiple(s, v int) *entity {
	s = pc.skipIntro(s, v)
	for s < v && (coordinated(pc.word(s)) || pc.word(s) == "but" || pc.word(s) == "yet" || pc.word(s) == "so") {
		s++ // "But Republican activists …"
	}
	for h := s; h < v-2 && h < s+5; h++ {
		w := pc.word(h + 1)
		if !strings.HasSuffix(w, "ing") || pc.toks[h+1].cap {
			continue
		}
		for k := h + 2; k < v; k++ {
			if verbLike(pc.toks[k]) || pc.isCue(k) || pc.toks[k].kind == tQuote || pc.word(k) == "," {
				return nil // a finite verb or a break before the cue: another clause
			}
		}
		return pc.groupOf(s, h+1)
	}
	return nil
}

// literalSubject names a subject no rule above resolves by its own words,
// as the article gives them: "Others say", "Friends say", "one company
// says", "the accord calls on". nil for a name no one knows or a long
// phrase, which stay no one's.
func (pc *pctx) literalSubject(i, j int) *entity {
	if j-i > 1 && (pc.word(j-1) == "here" || pc.word(j-1) == "there") {
		j-- // "Her campaign workers here said": the workers
	}
	if w := pc.word(j - 1); j-i == 2 && (w == "himself" || w == "herself" || w == "itself" || w == "themselves") && pc.isNameWord(i) {
		return pc.entityAt(i, j-1) // "Brandvold himself, speaking …, said": Brandvold
	}
	if j <= i || j-i > 5 || pc.word(i) == "let" {
		return nil // (but "Let me just say": the writer, no one named)
	}
	for k := i; k < j; k++ {
		if t := pc.toks[k]; t.kind != tWord || t.cap && k > i || verbLike(t) || pc.isCue(k) || t.has(wPrep|wDeterminer) && k > i ||
			k == i && t.has(wPrep) && !approximators[t.low] && !quantifiers[t.low] ||
			notNoun(t.low) || k == i && strings.HasSuffix(t.low, "ing") && !t.is(mDocHead) {
			return nil // "Trump isn’t saying", "having suggested": no noun phrase
		}
	}
	head := pc.toks[j-1]
	if head.low == "ago" || head.has(wTime) || head.has(wCalendar) {
		return nil // "two weeks ago said": a time before the cue, not its subject
	}
	if j-i > 2 && (head.has(wAdverb) || verbParticles[head.low]) {
		return nil // "The deal binds together pledges": a verb and its particle, no noun phrase
	}
	plural := pc.toks[i].sentStart && commonPlural(head.low) // "Friends say", not "Williams says"
	if head.poss || head.cap && j-i == 1 && !quantifiers[head.low] && !plural && !head.is(mGroupNoun) && !head.is(mBodyPlural) && !head.is(mIrregularPeople) {
		return nil // "King says": a name the article never gave in full
	}
	if _, ok := pronounGender(head.low); ok || head.low == "it" || head.low == "this" || head.low == "that" || head.low == "i" || head.low == "we" || head.low == "you" {
		return nil
	}
	known := head.is(mDocHead) || quantifiers[head.low] || pluralOfPeople(head.low) || commonPlural(head.low) ||
		head.has(wOrgHead) || head.has(wRole) || head.is(mUnnamedHead) || shareWords[head.low] ||
		j-i > 1 && strings.HasSuffix(head.low, "s")
	if j-i == 1 && !known || !known && !pc.has(i, wDeterminer) && !pc.toks[i].cap {
		return nil // "kept asking": no noun the lexicon knows, and no determiner to make one
	}
	if e := pc.provincialGovernment(i, j); e != nil {
		return e // "The province said": Alberta's government
	}
	if e := pc.epithetPerson(i, j); e != nil && !known {
		return e
	}
	if e := pc.phraseSpeaker(i, j); e != nil {
		return e
	}
	if issuedWords[pc.word(j-1)] {
		if e := pc.ownersDocument(i, j); e != nil {
			return e // "Its forecast warned": the body's
		}
	}
	return pc.an.document(pc.phraseText(i, j)) // "the rare accord calls on"
}

// epithetPerson is who a phrase [i, j) of unknown head describes by years
// or standing names again: "Mercer … “…,” the second-year pivot said".
func (pc *pctx) epithetPerson(i, j int) *entity {
	if pc.word(i) == "the" && j == i+2 && pc.word(i+1) == "elder" {
		if e := pc.likeliestPerson(i, func(c *entity) bool { n, err := strconv.Atoi(c.age); return err == nil && n >= 60 }); e != nil {
			return e // "Hazel Kane, 84, … Switching to English, the elder said": the old person just described
		}
		return pc.resolvePerson(unknownGender, i)
	}
	if pc.word(i) != "the" || !pc.epithetBefore(i+1, j-1) {
		return nil
	}
	return pc.resolvePerson(unknownGender, i)
}

// epithetBefore reports a word of [i, j) that describes a person by
// their years or standing ("second-year", "two-time", "rookie"): sports
// copy's way of naming again someone just named.
func (pc *pctx) epithetBefore(i, j int) bool {
	for k := i; k < j; k++ {
		w := pc.word(k)
		if epithetWords[w] {
			return true
		}
		if _, suf, ok := strings.Cut(w, "-"); ok && (suf == "year" || suf == "time" || suf == "term" || suf == "game") {
			return true
		}
	}
	return false
}

var epithetWords = setOf(`rookie sophomore veteran longtime`)

// verbParticles end a phrasal verb ("binds together", "sets out"), never a
// noun phrase.
var verbParticles = map[string]bool{"together": true, "up": true, "out": true, "down": true, "off": true,
	"back": true, "away": true, "over": true, "apart": true, "forth": true}

// phraseText is the words [i, j), a determiner opening a sentence lowered:
// "The crowd" is "the crowd".
func (pc *pctx) phraseText(i, j int) string {
	text := pc.p.text[int(pc.toks[i].start):int(pc.toks[j-1].end)]
	if w := pc.word(i); pc.has(i, wDeterminer) {
		text = w + text[len(w):]
	}
	return text
}

// phraseSpeaker is the speaker a noun phrase [i, j) that names no one is,
// by its head and its first word: one person unnamed ("the actress",
// "another", "someone in attendance"), a document ("the report"), a group
// ("Friends", "those surveyed", "the crowd"), a body ("the company"); nil
// for any other head.
func (pc *pctx) phraseSpeaker(i, j int) *entity {
	head, first := pc.word(j-1), pc.word(i)
	text := pc.phraseText(i, j)
	if (head == "democrat" || head == "republican") && first == "the" && pc.roleState(i, j) == "" {
		if e := pc.partisanNamedLately(partyOf(head), i); e != nil {
			pc.traceTo(e, refRole, text, i)
			return e // "Sen. Janet Kowalczyk has a line …" then "the two-term Democrat told the crowd": her
		}
	}
	single := !strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss")
	person := wordHas(head, wRole) || wordIs(head, mUnnamedHead) || wordIs(head, mMoreRoleNoun) || isJobWord(head) || wordHas(head, wFemaleWord) ||
		wordHas(head, wMaleWord) || indefinitePeople[head]
	switch {
	case (first == "another" || first == "one") && j-i == 1 || person && single:
		if first == "another" && j-i == 1 {
			if kind := pc.lastUnnamedKind(); kind != "" {
				text, head = text+" "+kind, lastWordOf(kind) // "one user wrote …" then "Another said": another user
			}
		}
		e := pc.an.unnamed(text, head)
		pc.traceTo(e, refRole, text, i)
		return e
	case wordIs(head, mDocHead|mStatementWord):
		if e := pc.ownersDocument(i, j); e != nil {
			return e
		}
		return pc.an.document(text)
	case first == "those" || !single || quantifiers[head] || pluralOfPeople(head):
		if (first == "the" || ownerWords[first]) && j-i > 1 {
			text = text[len(first)+1:] // "the crowd", "her advisers" speak as Crowd, Advisers
		}
		return pc.an.reg.group(capitalise(text))
	case wordHas(head, wOrgHead):
		return pc.an.reg.body(text)
	case person:
		return pc.an.unnamed(text, head)
	}
	return nil
}

// ownersDocument is whoever a possessive pronoun opening a document's
// phrase [i, j) stands for: "Its forecast warned" after Avalanche Canada,
// "Her statement said" after the mayor; nil for any other phrase.
func (pc *pctx) ownersDocument(i, j int) *entity {
	if j-i > 3 {
		return nil
	}
	if pc.toks[i].poss && pc.isNameWord(i) && (j-i == 2 || j-i == 3 && !pc.toks[i+1].cap) && officialDocs[pc.word(j-1)] {
		if e := pc.entityAt(pc.nameStart(i, max(0, i-5)), i+1); e != nil && !e.doc && !e.outlet && !e.group && (e.org || e.role != "" || len(e.heads) > 0) {
			return e // "Lanthier's report also concluded" after Auditor General Marguerite Lanthier, "Sutherland’s 2022 assessment found": theirs
		}
		return nil
	}
	subj, ok := subjectOf[pc.word(i)]
	if pc.word(i) == "its" {
		subj, ok = "it", true
	}
	if !ok || subj == "he" && pc.word(i) != "his" {
		return nil // "him", "them": no owner's word
	}
	e := pc.resolvePronoun(subj, i)
	if e == nil || e.doc || e.outlet {
		return nil
	}
	return e
}

// officialDocs are the findings an office-holder or a body issues in its
// own name: "the auditor's report", not "Axelrod's memoir".
var officialDocs = setOf(`report audit review decision ruling findings investigation statement release assessment study analysis evaluation`)

// issuedWords are what a body issues that the lexicon holds no document:
// "its forecast", "its analysis", "his website".
var issuedWords = setOf(`forecast forecasts analysis assessment estimate estimates projection projections website account`)

// lastUnnamedKind is what the unnamed source last seen is ("user" for "one
// user", "Republican" for "a Republican"), or "".
func (pc *pctx) lastUnnamedKind() string {
	u := pc.an.reg.latest(func(e *entity) bool { return e.unnamed })
	if u == nil {
		return ""
	}
	f := strings.Fields(u.display)
	if len(f) < 2 || len(f) > 3 {
		return ""
	}
	switch strings.ToLower(f[0]) {
	case "a", "an", "one", "another":
		return strings.Join(f[1:], " ")
	}
	return ""
}

// shareOrDocument names a subject that is a share of people ("nine in 10",
// "Twenty-four percent", "most of them") as a group, and a poll, report or
// document ("a court filing", "the survey") as a document; nil for any other.
func (pc *pctx) shareOrDocument(i, j int) *entity {
	if j-i > 12 || j <= i {
		return nil
	}
	head := pc.word(j - 1)
	text := pc.p.text[int(pc.toks[i].start):int(pc.toks[j-1].end)]
	switch {
	case wordIs(head, mDocHead) && j-i <= 8:
		if e := pc.ownersDocument(i, j); e != nil {
			return e // "Its forecast warned"
		}
		return pc.an.document(text)
	case pc.isShare(i, j):
		return pc.an.reg.group(capitalise(text))
	}
	return nil
}

// isShare reports a phrase [i, j) that counts people out of many: "about
// one in five", "Twenty-four percent", "majorities in all five", "most of
// them".
func (pc *pctx) isShare(i, j int) bool {
	for i < j && pc.approximator(i) {
		i++
	}
	if i >= j || pc.word(j-1) == "ago" || pc.has(j-1, wTime) || pc.has(j-1, wCalendar) {
		return false // "less than two weeks ago": a time, no one
	}
	if w := pc.word(i); isDigitStart(w) || numberWords[w] || w == "one" {
		return j-i > 1 || isDigitStart(w)
	}
	for k := i; k < j && k < i+3; k++ {
		if shareWords[pc.word(k)] {
			return true
		}
	}
	return false
}

// approximators open a share: "about one in five", "nearly half".
var approximators = map[string]bool{"about": true, "almost": true, "nearly": true, "roughly": true,
	"some": true, "only": true, "just": true, "over": true, "under": true, "more": true, "than": true,
	"fewer": true, "less": true, "around": true, "approximately": true, "but": true, "and": true, "a": true,
	"large": true, "small": true, "strong": true, "slim": true, "narrow": true, "clear": true, "overwhelming": true}

// approximator reports a word at i that opens a share: "about", "nearly",
// and "at least".
func (pc *pctx) approximator(i int) bool {
	w := pc.word(i)
	return approximators[w] || w == "at" && pc.word(i+1) == "least" || w == "least" && pc.word(i-1) == "at"
}

// shareWords name a part of a whole.
var shareWords = map[string]bool{"percent": true, "%": true, "majority": true, "majorities": true,
	"half": true, "third": true, "thirds": true, "quarter": true, "quarters": true, "fifth": true,
	"fifths": true, "fourth": true, "fourths": true, "plurality": true, "minority": true, "two-thirds": true, "three-quarters": true,
	"one-third": true, "one-quarter": true}

// nounBefore returns the first word of the short noun phrase ending at j,
// which a relative clause after it refers to: its modifiers and any
// determiner, back to a preposition or verb; -1 when j is no noun.
func (pc *pctx) nounBefore(j, from int) int {
	k := j
	for k > from && k > j-5 {
		t := pc.toks[k-1]
		if t.kind != tWord || t.has(wPrep|wFunction) && !t.has(wDeterminer) || verbLike(t) || pc.isCue(k-1) {
			break
		}
		k--
		if t.has(wDeterminer) {
			break
		}
	}
	if pc.toks[j].kind != tWord || pc.has(j, wFunction) {
		return -1
	}
	return k
}

// unnamedSubject is the person an indefinite subject [i, j) describes, "a
// source close to the talks", "one California delegate", or nil.
func (pc *pctx) unnamedSubject(i, j int) *entity {
	if w := pc.word(i); w != "a" && w != "an" && w != "one" && w != "another" {
		return nil
	}
	head := i + 1
	for head+1 < j && !postModifier[pc.word(head+1)] && !pc.has(head+1, wPrep) {
		head++
	}
	w := pc.word(head)
	if head >= j || pc.toks[head].cap || !(wordHas(w, wRole) || wordIs(w, mUnnamedHead) || wordHas(w, wMaleWord) || wordHas(w, wFemaleWord)) {
		return nil
	}
	for k := i + 1; k < head; k++ {
		if pc.toks[k].kind != tWord || pc.has(k, wPrep|wFunction) {
			return nil
		}
	}
	e := pc.an.unnamed(pc.p.text[int(pc.toks[i].start):int(pc.toks[head].end)], w)
	pc.traceTo(e, refRole, e.display, i)
	return e
}

// skipAside steps back over a short aside between commas that ends at j
// ("Others, however, say", "The group, in turn, said") to the word before it.
func (pc *pctx) skipAside(j, s int) int {
	if pc.word(j) != "," {
		return j
	}
	for k := j - 1; k > s && k >= j-6; k-- {
		if pc.numberComma(k) {
			continue // "shared more than 9,000 times,": the number's comma
		}
		if pc.toks[k].kind != tWord && pc.word(k) != "%" { // "Half, 49%, say"
			if pc.word(k) == "," && k < j-1 && (pc.has(k+1, wAdverb) || introducer(pc.word(k+1)) || pc.has(k+1, wPrep) || isDigitStart(pc.word(k+1)) ||
				pc.word(k+1) == "or" && isDigitStart(pc.word(k+2))) {
				return k - 1
			}
			return j
		}
	}
	return j
}

// skipTimeBefore steps back over a time adjunct ending at j ("on Tuesday",
// "last week", "this morning", "Sunday night") and returns the token
// before it, or j itself when there is none.
func (pc *pctx) skipTimeBefore(j, s int) int {
	k := j
	for k >= s && k > j-4 && pc.toks[k].kind == tWord && (pc.has(k, wCalendar) || pc.has(k, wTime)) {
		k--
	}
	if k == j {
		return j
	}
	if w := pc.word(k); k >= s && (w == "on" || w == "last" || w == "this" || w == "earlier" || w == "late" || w == "early") {
		k--
	}
	return k
}

// softAdverbs stand between a subject and its cue but not in
// adverbials, where they would read as a sentence's opening ("Now, …").
var softAdverbs = map[string]bool{"soon": true, "quickly": true, "now": true, "since": true, "even": true, "long": true, "too": true, "ever": true}

// noOne opens a subject that denies anyone spoke.
var noOne = map[string]bool{"neither": true, "no": true, "none": true, "nobody": true, "nothing": true, "nor": true}

var timeWords = map[string]bool{"week": true, "month": true, "year": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "weekend": true, "today": true,
	"yesterday": true, "tonight": true, "recently": true}

// npStart walks back from j, the last word of a subject, to the first word
// of its noun phrase; -1 when what stands there is no noun phrase that a
// clause opens with.
// placeAbbrevStop reports the stop of an abbreviation that opens a
// place's name at k: the "." of "St. Louis", "Ft. Worth".
func (pc *pctx) placeAbbrevStop(k int) bool {
	return pc.word(k) == "." && k > 0 && placeAbbrevs[pc.word(k-1)] && pc.toks[k-1].cap && k+1 < len(pc.toks) && pc.toks[k+1].cap
}

var placeAbbrevs = setOf(`st ste ft mt pt`)

func (pc *pctx) npStart(j, s int) int {
	k := j
	for k >= s && k > j-14 {
		t := pc.toks[k]
		if t.kind != tWord && t.low != "%" && !(t.low == "," && isDigitStart(pc.word(k-1)) && isDigitStart(pc.word(k+1)) && pc.toks[k+1].start == t.end) && !pc.placeAbbrevStop(k) {
			break // "47% say" keeps its per cent sign, "4,000 drivers" its thousands, "St. Louis County police" its "St."
		}
		if w := t.low; subjectBoundary[w] && !pc.joinsNouns(k) || pc.isCue(k) || k < j && verbLike(t) {
			break
		}
		k--
	}
	start := k + 1
	if start > j {
		return -1
	}
	if k >= s { // the phrase must open a clause: after a comma, "that", "and" …
		w := pc.word(k)
		if pc.toks[k].kind == tWord && !subjectBoundary[w] || w == "(" {
			return -1
		}
	}
	if pc.has(start, wPrep) && !quantifiers[pc.word(start)] && !pc.approximator(start) {
		return -1 // "In Texas voters said": no clause opens with a preposition here (but "At least half of voters say")
	}
	return start
}

// joinsNouns reports an "and" or "or" at k that joins two nouns of one
// subject ("attorneys and legal experts", "Clinton and Sanders aides"),
// not two clauses ("Sanders won Ohio and critics said").
func (pc *pctx) joinsNouns(k int) bool {
	if w := pc.word(k); w != "and" && w != "or" {
		return false
	}
	before, after := k-1, k+1
	if before < 0 || after >= len(pc.toks) || pc.toks[before].kind != tWord || pc.toks[after].kind != tWord {
		return false
	}
	b := pc.toks[before]
	if b.cap && !b.sentStart {
		return pc.toks[after].cap
	}
	return !b.cap && strings.HasSuffix(b.low, "s") && !verbLike(b) && !b.has(wFunction|wPrep)
}

// verbLike reports a word that would end a noun phrase walking back: a
// past-tense or finite verb, which no subject holds.
func verbLike(t token) bool {
	if t.cap || t.has(wDeterminer) {
		return false
	}
	w := t.low
	return strings.HasSuffix(w, "ed") && !participleAdjectives[w] || w == "is" || w == "are" || w == "was" ||
		w == "were" || w == "has" || w == "have" || w == "had" || w == "be" || w == "been" || wordIs(w, mPastVerb)
}

// pastVerbs are irregular pasts that are no noun's modifier: "Trump made
// new demands" has no subject "Trump made new". Not the cues, nor pasts
// that also qualify a noun ("held talks", "lost votes").
var pastVerbs = without(irregularPast, "told said held lost ran put set filed")

// participleAdjectives are -ed words that qualify a noun ("registered voters").
var participleAdjectives = map[string]bool{"registered": true, "elected": true, "retired": true,
	"unnamed": true, "unidentified": true, "undecided": true, "concerned": true, "informed": true,
	"surveyed": true, "polled": true, "interviewed": true, "questioned": true, "contacted": true,
	"involved": true, "affiliated": true, "related": true, "armed": true, "frustrated": true,
	"disaffected": true, "disappointed": true, "united": true, "selected": true, "pledged": true,
	"unpledged": true, "uncommitted": true, "committed": true, "aligned": true, "allied": true,
	"self-described": true, "self-identified": true, "educated": true, "college-educated": true}

// subjectBoundary words end a subject walking back: what stands before it.
var subjectBoundary = without(union(subordinators, sentenceOpeners,
	setOf("that which who whom what whether why how where or than even")), inClauseWords)

// inClauseWords open sentences but also stand inside a clause or a noun
// phrase, so they end no subject: words of time and place ("officials now
// say", "officials there said", "last year") and the verbs "asked", "told".
const inClauseWords = `then later now earlier once today yesterday last next overnight afterwards
afterward separately here there home back inside outside elsewhere asked told`

// quantifiers count a group out of a larger one ("most of them", "six in
// 10", "half of Republicans").
var quantifiers = map[string]bool{"most": true, "many": true, "some": true, "several": true,
	"few": true, "all": true, "both": true, "half": true, "third": true, "thirds": true,
	"quarter": true, "quarters": true, "majority": true, "majorities": true, "minority": true,
	"percent": true, "%": true, "number": true, "plurality": true, "share": true, "one": true,
	"none": true, "each": true, "others": true, "other": true, "another": true, "any": true,
	"more": true, "fewer": true, "less": true, "about": true, "almost": true, "nearly": true,
	"roughly": true, "around": true, "only": true, "just": true, "over": true, "under": true,
	"among": true, "of": true, "in": true, "out": true, "than": true, "a": true, "an": true,
	"the": true, "these": true, "those": true, "such": true, "two-thirds": true, "three-quarters": true,
	"one-third": true, "one-quarter": true, "lot": true, "dozen": true, "dozens": true, "hundreds": true,
	"thousands": true, "millions": true, "scores": true}

// groupOf names the group that the noun phrase [i, j) speaks for, or nil
// when its head is no plural of people.
func (pc *pctx) groupOf(i, j int) *entity {
	if j == i+2 && (pc.word(i) == "the" || pc.word(i) == "all") && numberWords[pc.word(i+1)] && pc.word(i+1) != "hundred" {
		return pc.an.reg.group(capitalise(pc.p.text[int(pc.toks[i].start):int(pc.toks[i+1].end)])) // "the two write": the two just named
	}
	for i < j && (quantifiers[pc.word(i)] || isDigitStart(pc.word(i)) || numberWords[pc.word(i)] || pc.has(i, wDeterminer) ||
		pc.word(i) == "other" || pc.toks[i].poss && !pc.isNameWord(i) || pc.approximator(i) && pc.word(i) != "a") {
		i++ // "about three in 10", "some of the", "most of her", "at least half"
	}
	if i >= j {
		return nil
	}
	head, named := i, i
	if r := pc.runEnd(i); r > i+2 && r < j && pc.toks[i].cap {
		head, named = r, r // "Department of Justice officials": a body's name with its "of" before the head
	}
	for head+1 < j && !postModifier[pc.word(head+1)] && !pc.has(head+1, wPrep) {
		head++
	}
	if !pluralOfPeople(pc.word(head)) || pc.toks[head].poss || pc.surnameInS(head) {
		return nil
	}

	second := -1 // "many experts and some lawmakers": the quantifier after "and"
	for k := named; k < head; k++ {
		if quantifiers[pc.word(k)] && k > i && coordinated(pc.word(k-1)) && second < 0 {
			second = k
			continue
		}
		if pc.toks[k].kind != tWord && !pc.placeAbbrevStop(k) || pc.has(k, wPrep|wFunction) && !(coordinated(pc.word(k)) && k > i) || verbLike(pc.toks[k]) || finiteVerbs[pc.word(k)] {
			return nil // "The company hired workers", "the increase would hurt riders": a clause, not a group
		}
	}
	name := pc.p.text[int(pc.toks[i].start):int(pc.toks[head].end)]
	if second > 0 {
		name = pc.p.text[int(pc.toks[i].start):int(pc.toks[second-1].end)] + " " + pc.p.text[int(pc.toks[second+1].start):int(pc.toks[head].end)]
	}
	return pc.an.reg.group(capitalise(name))
}

// surnameInS reports a capitalised word in -s that is a surname, not a
// plural: one the article writes capitalised mid-sentence too, or a given
// name with an s (Rogers, Peters); "Lawyers said" stays a group.
func (pc *pctx) surnameInS(k int) bool {
	t := pc.toks[k]
	if !t.cap || t.is(mGroupNoun|mBodyPlural|mIrregularPeople) {
		return false
	}
	one := strings.TrimSuffix(t.low, "s")
	return t.midCap && !wordHas(one, wRole) || isGivenName(one) && !wordHas(one, wRole)
}

var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true}

// postModifier words follow a group's head noun: "sources close to her",
// "officials familiar with the talks".
var postModifier = map[string]bool{"close": true, "familiar": true, "loyal": true, "opposed": true,
	"who": true, "involved": true, "allied": true, "aligned": true, "backing": true, "supporting": true}

// pluralOfPeople reports a plural noun for people: "officials", "voters",
// "Republicans", "protesters", "analysts".
func pluralOfPeople(w string) bool {
	if wordIs(w, mGroupNoun|mBodyPlural|mIrregularPeople) {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	if !ok || len(one) < 3 || notPeople[w] || strings.HasSuffix(w, "sis") {
		return false // "analysis", "crisis": singular, whatever "Pakistani" makes of "-si"
	}
	if wordHas(one, wRole) || isDemonym(one) {
		return true
	}
	if strings.HasSuffix(one, "ment") || strings.HasSuffix(one, "ee") && len(one) < 6 {
		return false // retirements, fees
	}
	for _, suf := range []string{"er", "or", "ist", "ant", "ent", "ian", "an", "ee", "ive"} {
		if strings.HasSuffix(one, suf) {
			return true
		}
	}
	return false
}

var irregularPeople = map[string]bool{"people": true, "men": true, "women": true, "children": true,
	"folks": true, "staff": true, "clergy": true, "public": true, "crowd": true, "audience": true,
	"spokespeople": true, "businesspeople": true, "congressmen": true, "congresswomen": true,
	"chairmen": true, "spokesmen": true, "spokeswomen": true, "policemen": true, "firemen": true}

// notPeople are plurals with a people-like ending that name things.
var notPeople = map[string]bool{"papers": true, "letters": true, "numbers": true,
	"orders": true, "answers": true, "plans": true, "grants": true, "archives": true,
	"initiatives": true, "incentives": true, "alternatives": true, "errors": true, "factors": true,
	"sectors": true, "headquarters": true, "computers": true, "servers": true, "filers": true,
	"events": true, "chapters": true, "matters": true, "waters": true, "centers": true, "quarters": true,
	"meters": true, "dollars": true, "doors": true, "floors": true, "mirrors": true, "actions": true}

// group returns the group of this name, the one already met or a new one.
func (r *registry) group(name string) *entity {
	low := strings.ToLower(name)
	if e := r.byKey[low]; e != nil {
		e.seen = r.tick()
		r.saw(e)
		return e
	}
	e := &entity{id: len(r.ents), display: name, words: strings.Fields(low),
		org: true, group: true, order: r.tick()}
	e.seen = e.order
	r.ents = append(r.ents, e)
	r.saw(e)
	r.index(e)
	return e
}

// subjectAfter reads an inverted subject that closes its sentence after the
// cue ("…, said several observers.", "…, said one former aide."): a group,
// an unnamed source or no one; ok is false when more than a noun phrase
// follows the cue.
func (pc *pctx) subjectAfter(i, end int) (*entity, bool) {
	k := i
	for k < end && k < i+10 && pc.toks[k].kind == tWord && !subjectBoundary[pc.word(k)] && !pc.isCue(k) {
		k++
	}
	if k == i || k < end && pc.word(k) != "." && pc.word(k) != "who" && pc.word(k) != "," || pc.isNameWord(i) || noOne[pc.word(i)] {
		return nil, false // "…, telling supporters in Ohio, that": an object, not the subject
	}
	if _, pron := pronounGender(pc.word(i)); pron || pc.word(i) == "that" {
		return nil, false
	}
	if g := pc.groupOf(i, k); g != nil {
		return g, true
	}
	if e := pc.unnamedSubject(i, k); e != nil {
		return e, true
	}
	if h := pc.word(k - 1); pc.p.num == 1 && pc.an.headline == 1 && k-i <= 4 && (wordHas(h, wRole) || doctorNouns[h]) && !pc.toks[i].cap {
		return pc.an.unnamed(pc.p.text[int(pc.toks[i].start):int(pc.toks[k-1].end)], h), true // a headline's "…, says local doctor": named in the body
	}
	return nil, false
}

// subjectAcrossAsides reads the subject of a cue that asides stand before,
// between commas ("Vice President Ana Ruiz, who was to travel on Friday,
// said …", "One pastor, Tom Reyes of Liberty Church, said …"): the noun
// phrase that opens the clause, or the name set beside it.
func (pc *pctx) subjectAcrossAsides(v, s int) (*entity, bool) {
	j := v - 1
	if w := pc.word(j); w != "," && w != "—" && w != "–" && w != "--" {
		return nil, false
	}
	from := pc.skipIntro(pc.skipDateline(s, v), v)
	c := -1 // the first comma or dash after the subject
	for k := from; k < j && k < from+16; k++ {
		if w := pc.word(k); w == "," || w == "—" || w == "–" || w == "--" {
			c = k
			break
		}
		if pc.word(k) == "." && k > from && endsAbbreviation(pc.toks[k-1]) {
			continue // "Joseph R. Biden Jr., who …", "supporting Mr. Cruz,"
		}
		if w := pc.word(k); (pc.toks[k].kind != tWord || pc.isCue(k)) && w != "(" && w != ")" {
			return nil, false
		}
	}
	if c <= from || j-c > 40 {
		return nil, false
	}
	for k := c + 1; k < j; k++ {
		if pc.toks[k].kind == tQuote || pc.isCue(k) && pc.word(k-1) != "who" && pc.word(k-1) != "which" {
			return nil, false // a clause of its own, not an aside
		}
	}
	last := c - 1
	if pc.word(last) == "." && last > from && endsAbbreviation(pc.toks[last-1]) {
		last-- // "Joseph R. Biden Jr., who …"
	}
	if pc.word(last) == ")" && last-2 > from && pc.word(last-2) == "(" {
		last -= 3 // "The Fédération … du Québec (FIQ), which represents …, said": the name before its acronym
		if e := pc.frenchBodyEndingAt(last, from); e != nil {
			return e, true
		}
	}
	if k := pc.nameStart(last, from); k < last || pc.isNameWord(last) {
		lead := true // only titles before the name: "Vice President Ana Ruiz"
		for x := from; x < k; x++ {
			lead = lead && (pc.toks[x].cap || pc.has(x, wTitle) || pc.word(x) == ".")
		}
		if e := pc.npEndingAt(last, from); lead && e != nil && !e.outlet {
			return e, true
		}
	}
	if w := pc.word(c + 1); pc.isNameWord(c+1) && !((provinceForms[w+"."] || isProvince(w) || isState([]string{w})) && (pc.word(c+2) == "," || pc.word(c+2) == "." && pc.word(c+3) == ",")) {
		if e, _, ok := pc.npForward(c+1, j); ok && e != nil && !e.org {
			return e, true // "One pastor, Tom Reyes of Liberty Church, said" (not "a manufacturer in Windsor, Ont., says": a town's province)
		}
	}
	if e := pc.bodyNamedInAside(from, c, j); e != nil {
		return e, true // "A group representing Quebec property owners, the Association des propriétaires …, warned"
	}
	if g := pc.groupOf(from, c); g != nil {
		return g, true // "Some voters who heard the speech, on television, said"
	}
	if start := pc.npStart(c-1, from); start == from {
		if indefinites[pc.word(from)] && spokesRoles[pc.word(from+1)] && pc.word(from+2) == "for" {
			if e := pc.npEndingAt(c-1, from); e != nil && e.org && !e.outlet {
				return e, true // "A spokesperson for the ministry, reached by phone, said": the ministry's, as without the aside
			}
		}
		return pc.unnamedSubject(from, c), true
	}
	return nil, false
}

// notYetSaid before "to say" make it a plan or a duty, not something said
// (as does a date: "have until Jan. 31 to disclose").
var notYetSaid = map[string]bool{"have": true, "has": true, "had": true, "need": true, "needs": true,
	"want": true, "wants": true, "going": true, "chance": true, "able": true, "refused": true,
	"trying": true, "tried": true, "plan": true, "plans": true, "planned": true, "expected": true,
	"hoping": true, "hope": true, "hopes": true, "wanted": true, "ought": true, "opportunity": true}

// infinitiveSubject reads who speaks in "to say": the object a verb put
// them up to ("the debate led Republicans to say"), else the subject of
// the clause ("Democratic voters are more likely to say", "Ruiz took to
// Twitter to say"); a group, an unnamed source or no one.
func (pc *pctx) infinitiveSubject(v, s int) (*entity, bool) {
	to := v - 1
	if o := to - 1; o > s && pc.toks[o].kind == tWord && (pluralOfPeople(pc.word(o)) || pc.isNameWord(o)) {
		if b := pc.nounBefore(o, s); b > s && (verbLike(pc.toks[b-1]) || strings.HasSuffix(pc.word(b-1), "s")) && !pc.has(b-1, wPrep|wDeterminer) {
			if e := pc.npEndingAt(o, b); e != nil {
				return e, true // "urged Ana Ruiz to say"
			}
			return pc.groupOf(b, o+1), true // "led Republicans to say"
		}
	}
	if e := pc.withParticipleBefore(to, s); e != nil {
		return e, true // "with Lewandowski taking to Twitter to call Fields “totally delusional”"
	}
	from := pc.skipIntro(pc.skipDateline(s, v), v)
	for x := from + 1; x < to && x < from+12; x++ {
		if t := pc.toks[x]; t.kind != tWord {
			return nil, false
		} else if finiteVerbs[t.low] || verbLike(t) && !participleAdjectives[t.low] || pc.isCue(x) {
			if e := pc.npEndingAt(x-1, from); e != nil && !e.outlet {
				return e, true // "Hillary Clinton took to Twitter to say"
			}
			if g := pc.groupOf(from, x); g != nil {
				return g, true // "Democratic voters are more likely to say"
			}
			return pc.unnamedSubject(from, x), true
		}
	}
	return nil, false
}

// withParticipleBefore is the name of "with NAME -ing" standing a few words
// before the "to" at to, nothing between but words: the infinitive's
// subject in "with Lewandowski taking to Twitter to call …".
func (pc *pctx) withParticipleBefore(to, s int) *entity {
	for k := to - 1; k > s+1 && k > to-6; k-- {
		if pc.toks[k].kind != tWord || pc.isCue(k) {
			return nil
		}
		if !strings.HasSuffix(pc.word(k), "ing") || !pc.isNameWord(k-1) {
			continue
		}
		if n := pc.nameStart(k-1, s); n > s && pc.word(n-1) == "with" {
			return pc.npEndingAt(k-1, n)
		}
		return nil
	}
	return nil
}

// commonPlural reports a plural of a noun the lexicon knows as common:
// friends, companies, lawyers; not a surname in -s.
func commonPlural(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	if !ok {
		return false
	}
	if y, ok := strings.CutSuffix(one, "ie"); ok {
		one = y + "y"
	}
	return wordHas(one, wRole) || wordHas(one, wOrgHead) || wordIs(one, mKinNoun) || wordIs(one, mUnnamedHead) || wordIs(w, mDocHead) || wordIs(w, mGroupNoun)
}

// numberComma reports a comma inside a number at k: "4,500".
func (pc *pctx) numberComma(k int) bool {
	return pc.word(k) == "," && isDigitStart(pc.word(k-1)) && isDigitStart(pc.word(k+1)) && pc.toks[k].start == pc.toks[k-1].end && pc.toks[k+1].start == pc.toks[k].end
}

// notNoun reports words no subject noun phrase holds: auxiliaries,
// negations.
func notNoun(w string) bool {
	return auxiliaries[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || w == "not"
}

var auxiliaries = map[string]bool{"would": true, "could": true, "should": true, "will": true, "can": true,
	"may": true, "might": true, "must": true, "did": true, "does": true, "do": true, "shall": true}

// roleOfPhrase reads a subject that is a role of something, opening the
// sentence and running to the cue at v: "The deputy head of China's
// delegation to the forum said", "the head of the RNC's rules committee
// has accused". It is the person the role points back to, or someone
// unnamed; never the body or place inside the phrase.
func (pc *pctx) roleOfPhrase(s, v int) *entity {
	st := pc.skipIntro(pc.skipDateline(s, v), v)
	if !isDefinite(pc.word(st)) || v-st > 14 {
		return nil
	}
	h := pc.lowerWordsEnd(st+1, v, 3) - 1
	if pc.word(h) == "responsible" && pc.word(h+1) == "for" && h-1 > st {
		h-- // "the minister responsible for …": the minister
	}
	if h <= st || !pc.has(h, wRole) {
		return nil
	}
	from := h + 2 // after "of"
	switch {
	case pc.word(h+1) == "of":
	case pc.word(h+1) == "responsible" && pc.word(h+2) == "for":
		from = h + 3 // "the minister responsible for the French language said"
	default:
		return nil
	}
	for k := from; k < v; k++ {
		if pc.numberComma(k) {
			continue // "Montreal’s roughly 4,500 police officers"
		}
		if t := pc.toks[k]; t.kind != tWord || (verbLike(t) && !pc.participleOfNoun(k, from) && !strings.Contains(t.low, "-") || pc.isCue(k) && k < v-1) && !pc.is(k, mAuxBeforeCue) {
			return nil // but "one of Winnipeg's fastest-growing school divisions" goes on
		}
	}
	end := v
	for end > from && (pc.is(end-1, mAuxBeforeCue) || pc.has(end-1, wAdverb)) {
		end-- // "has accused", "later said"
	}
	if e := pc.roleNP(h, st); e != nil && !e.org && pc.roleNamesAll(e, from, end) && pc.roleHolds(e, h, from, end) {
		return e
	}
	desc := pc.p.text[int(pc.toks[st].start):int(pc.toks[end-1].end)]
	if pc.inLede() && st == pc.skipIntro(pc.skipDateline(pc.sentOf[st], v), v) {
		if e := pc.an.cataphor(desc, ""); e != nil {
			pc.an.pendingHeadOf = pc.an.pendingHeadOf || pc.word(h) == "head"
			return e // "The head of the Department of Defence has conceded …" in the lede: named next
		}
	}
	e := pc.an.unnamed(desc, pc.word(h))
	e.placeOfficer = true // named next, if anyone is: "“…,” Geneviève Desrosiers-Nadeau told reporters", "Martin Lachapelle, president of the union"
	return e
}

// participleOfNoun reports a participle at k that describes the noun before
// it within a role's phrase: "the head of the union representing bus
// operators says", where "representing" is no verb of the sentence's own.
func (pc *pctx) participleOfNoun(k, from int) bool {
	return k > from && strings.HasSuffix(pc.word(k), "ing") && !pc.isCue(k) && !verbLike(pc.toks[k-1])
}

// roleHolds reports that a role e is known by holds the head h and the
// nouns of its "of" phrase [i, j): "the chief of staff" is not Police Chief
// Ann Burke, "the minister of health" not the chief medical officer of
// health. A person of no known role may be meant by any.
func (pc *pctx) roleHolds(e *entity, h, i, j int) bool {
	role := strings.ToLower(e.role)
	if styleOnly(e.role) {
		role = ""
	}
	if e.unnamed && role == "" {
		role = strings.ToLower(e.display) // "the chief of staff" is no chief of police
	}
	if role == "" {
		return e.heads.has(pc.word(h))
	}
	if !strings.Contains(role, pc.word(h)) {
		return false
	}
	if pc.word(h+1) != "of" {
		return true // what a minister is "responsible for" is often not in the title
	}
	for k := i; k < j; k++ {
		if t := pc.toks[k]; t.kind == tWord && !t.cap && !t.has(wDeterminer|wPrep) && !t.poss && !strings.Contains(role, t.low) {
			return false
		}
	}
	return true
}

// roleNamesAll reports that every name in the words [i, j) stands in e's
// role: "the director of the FBI" is the FBI director named before, but
// not a defence secretary who is "head" of something else.
func (pc *pctx) roleNamesAll(e *entity, i, j int) bool {
	role := strings.ToLower(e.role)
	for k := i; k < j; k++ {
		if pc.toks[k].cap && pc.toks[k].kind == tWord && !strings.Contains(role, strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(pc.toks[k].low, "'s"), "’s"), "'’")) {
			return false
		}
	}
	return true
}

// bodyNamedInAside is the body an aside opening after the comma at c
// names, when the clause [from, c) only describes a body or a group:
// "A group representing Quebec property owners, the Association des
// propriétaires locatifs du Grand Montréal, warned", "A group of parents
// opposed to it, calling itself Tamarack Families for Open Libraries,
// said". Nil for any other aside.
func (pc *pctx) bodyNamedInAside(from, c, j int) *entity {
	if !indefinites[pc.word(from)] {
		return nil
	}
	n := c + 1
	switch {
	case pc.word(n) == "the":
		n++
	case (pc.word(n) == "calling" || pc.word(n) == "called") && (pc.word(n+1) == "itself" || pc.word(n+1) == "themselves"):
		n += 2
	default:
		return nil
	}
	described := false
	for k := from + 1; k < c && k <= from+3; k++ {
		w := pc.word(k)
		described = described || pc.has(k, wOrgHead) || companyHeads[w] || genericBodies[w] || pluralOfPeople(w)
	}
	if !described || !pc.isNameWord(n) {
		return nil
	}
	end := pc.nameRunEnd(n)
	if end > j || pc.word(end) != "," {
		return nil
	}
	e := pc.entityAt(n, end)
	if f := pc.frenchNameEnd(n); f == end {
		e = pc.an.reg.body(pc.phraseText(n, f)) // a French body's name, registered whole
	}
	if e == nil || e.outlet || !e.org && !e.group && pc.word(n-1) == "the" {
		return nil
	}
	if !e.org {
		e.org = true // "calling itself Tamarack Families for Open Libraries": a body, whatever its words
		pc.an.reg.index(e)
	}
	return e
}
