package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// npEndingAt resolves the noun phrase that ends at token j (and starts no
// earlier than s): a pronoun, a name, or a role or body pointing back.
func (pc *pctx) npEndingAt(j, s int) *entity {
	if j < s || j < 0 {
		return nil
	}
	t := &pc.toks[j]
	if t.kind != tWord {
		return nil
	}
	if _, ok := pronounGender(t.low); ok && !t.poss {
		return pc.resolvePronoun(t.low, j)
	}
	if f := pc.frenchBodyStart(j, s); f >= 0 {
		if f-3 >= s && pc.word(f-1) == "the" && pc.word(f-2) == "of" && pc.isNameWord(f-3) && !pc.toks[f-3].poss {
			if p := pc.npEndingAt(f-3, s); p != nil && !p.org && !p.outlet && !p.unnamed {
				return p // "Political scientist Émilie Savoie of the Université de Moncton said": Savoie, as of an English body
			}
		}
		return pc.an.reg.body(pc.phraseText(f, j+1)) // "the Société de transport de Montréal said": the body, no one called de Montréal
	}
	if e := pc.unionLocalEndingAt(j, s); e != nil {
		return e // "Local 7 of the Pacific Retail and Food Workers Union said": the local, not the whole union
	}
	if e := pc.definiteDemonym(j, s); e != nil {
		return e // "The Canadian, who lost here a year ago, said": the player named before, as "said the Canadian" is
	}
	if isDigitStart(t.low) && j-2 > s && pc.word(j-1) == "." && pc.word(j-2) == "no" {
		return pc.npEndingAt(j-3, s) // "Reeve Gordon Halvorsen of the RM of Sandhill Lake No. 318 said": the municipality's number
	}
	if t.low == "police" && j > s && pc.toks[j-1].cap && pc.toks[j-1].kind == tWord && isPlaceEntityWord(pc.toks[j-1].low) {
		place := pc.toks[j-1].low
		orgs := pc.an.reg.recentOrgs()
		if slices.ContainsFunc(orgs, isPoliceBody) && !slices.ContainsFunc(orgs, func(o *entity) bool { return isPoliceBody(o) && slices.Contains(o.words, place) }) {
			return pc.an.reg.body(pc.phraseText(j-1, j+1)) // "Toronto police said" after Peel Regional Police: another force
		}
	}
	if t.is(mBodyPlural) && (j == s || !pc.has(j-1, wDeterminer) && !pc.isNameWord(j-1)) {
		return pc.bodyPlural(t.low, j) // "Prosecutors said"
	}
	if numberWords[t.low] && j > s {
		if g := pc.groupOf(j-1, j+1); g != nil {
			return g // "“…,” the two write"
		}
	}
	if e := pc.bodyOfGenericPlace(j, s); e != nil {
		return e // "the territory’s Department of Education", "The province's Special Investigations Unit"
	}
	if t.low == "10" && j > s && pc.word(j-1) == "no" && pc.toks[j-1].cap {
		return pc.an.reg.body("No 10") // "No 10 said": Downing Street
	}
	if isDigitStart(t.low) && pc.isNameWord(j-1) && pc.runEnd(j-1) > j {
		for k := max(s, j-12); k < j; k++ {
			if pc.runEnd(k) == j+1 {
				return pc.entityAt(k, j+1)
			}
		}
	}
	if (t.low == "honour" || t.low == "honor") && j > s && (pc.word(j-1) == "her" || pc.word(j-1) == "his") {
		for _, h := range []string{"judge", "magistrate", "justice"} {
			if e := pc.an.reg.byHead(h, false); e != nil && !e.org {
				pc.traceTo(e, refRole, pc.p.text[int(pc.toks[j-1].start):int(pc.toks[j].end)], j-1)
				return e // "Her Honour said": the judge
			}
		}
		return pc.an.unnamed(pc.p.text[int(pc.toks[j-1].start):int(pc.toks[j].end)], "judge")
	}
	if pc.isNameWord(j) {
		i := j
		for i > s && pc.runEnd(i-1) > j {
			i--
		}
		for i > s && pc.runEnd(i-1) >= j+1 && i-1 >= s {
			i--
		}
		start := i
		for k := max(s, j-12); k <= j; k++ {
			if pc.runEnd(k) == j+1 {
				start = k
				break
			}
		}
		if start == j && start >= 2 && siblingAges[pc.word(start-1)] && pc.word(start-2) == "the" {
			if e := pc.an.reg.bySiblingAge(pc.toks[j].low, pc.word(start-1)); e != nil {
				return e // "The younger Pelletier" after "his younger brother Cole"
			}
		}
		if b := pc.bodyListStart(start, s); b < start {
			return pc.an.reg.body(pc.p.text[int(pc.toks[b].start):int(pc.toks[j].end)]) // "The Department for Environment, Food and Rural Affairs said"
		}
		if w := pc.word(start - 2); start-3 >= s && coordinated(pc.word(start-1)) && (w == "he" || w == "she") && pc.word(start-3) == "that" {
			if first := pc.resolvePronoun(w, start-2); first != nil && !first.org {
				ref := pc.ref // "X said … that he and Halvorsen had agreed": under "he", the one who says so
				ref.rival = pc.entityAt(start, j+1)
				pc.ref = ref
				return first
			}
		}
		if start > 0 && coordinated(pc.word(start-1)) && pc.isNameWord(start-2) && !pc.departmentBefore(start) && !pc.titleOfTwoParts(start, j) && !pc.inRelative {
			// "Rubio and Cruz urged": a joint statement, listed under the first
			// named; the explanation names the other
			first := pc.npEndingAt(start-2, s)
			if first != nil && !first.org {
				ref := pc.ref
				ref.rival = pc.entityAt(start, j+1)
				pc.ref = ref
				return first
			}
			return nil
		}
		if start > 2 && coordinated(pc.word(start-1)) && pc.word(start-2) == ")" {
			if p := pc.openParen(start-3, s); p > s && pc.isNameWord(p-1) && pc.word(pc.nameStart(p-1, s)-1) != "," { // (not a list: "including X (Ariz.), Y (Pa.) and Z (Iowa)")
				if first := pc.npEndingAt(p-1, s); first != nil && !first.org {
					ref := pc.ref // "Sens. Lyle Brandt (R-S.C.) and Owen Pritchard (R-Ariz.) said": joint, as above
					ref.rival = pc.entityAt(start, j+1)
					pc.ref = ref
					return first
				}
			}
		}
		if start > 1 && coordinated(pc.word(start-1)) && pc.word(start-2) == "," {
			if f := pc.nameBeforeAsides(start-2, s); f >= 0 {
				if first := pc.npEndingAt(f, s); first != nil && !first.org {
					ref := pc.ref // "Felicia Wong, president of X, and Stan Greenberg said": joint, as above
					ref.rival = pc.entityAt(start, j+1)
					pc.ref = ref
					return first
				}
			}
		}
		if p := pc.personBeforeOf(start, s); p != nil {
			return p // Capt. Leonard Vos of the Fire Marshal's Office
		}
		if e := pc.spokesmanFor(start, j, s); e != nil {
			return e
		}
		if e := pc.placesTitle(start, j, s); e != nil {
			return e
		}

		if j > start && titleOnly(pc.lowRun(start, j+1)) {
			return pc.titleHolder(start, j+1, s) // "the Prime Minister said": the one named with that title
		}
		if pc.loneTitle(start, j+1) {
			return pc.titleHolder(start, j+1, s) // "the Chancellor said"
		}
		if start > s && isDefinite(pc.word(start-1)) && pc.placeTitle(start, j+1) {
			return pc.titleHolder(start, j+1, s) // "the Dublin Central TD said": a place's office-holder, no one's name
		}
		if pc.word(start) == "the" && pc.placeTitle(start+1, j+1) {
			return pc.titleHolder(start+1, j+1, s) // "The Kerry TD said"
		}
		if start == j && legislators[t.low] && j > s && pc.has(j-1, wDeterminer) {
			return pc.roleNP(j, s) // "One TD, who asked not to be named, said"
		}
		return pc.entityAt(start, j+1)
	}
	if p := pc.personOfUnit(j, s); p != nil {
		return p // "Det. Const. Graham Leung of the Toronto Police Service's homicide squad testified": Leung
	}
	return pc.spokesmanForRole(j, s, pc.roleNP(j, s))
}

// titleOfTwoParts reports a title whose office has two parts joined by
// "and" before the name [start, j]: "Conflict of Interest and Ethics
// Commissioner Geneviève Lachapelle-Moore" is one person, not a joint
// statement of "Conflict" and hers ("of the University of Chicago and
// Professor Knittel" still joins two people).
func (pc *pctx) titleOfTwoParts(start, j int) bool {
	if start < 4 || pc.word(start-3) != "of" || !pc.toks[start-4].cap || pc.toks[start-4].kind != tWord || isTitleWord(pc.word(start)) {
		return false
	}
	m, _ := pc.mentionAt(start, j+1)
	return len(m.title) > 0
}

// spokesmanForRole is "a spokesperson for the minister" ending at j, where
// the role e is a person's: someone unnamed who speaks for that person, as
// "a spokesperson for Ms. Ruiz" is (see spokesmanFor). Else e itself.
func (pc *pctx) spokesmanForRole(j, s int, e *entity) *entity {
	if e == nil || e.unnamed || e.group || e.org || !e.personLike() {
		return e
	}
	f := j - 1
	for f > s && f > j-6 && pc.toks[f].kind == tWord && !pc.toks[f].cap && pc.word(f) != "for" {
		f--
	}
	if !pc.spokesFor(f, s) {
		return e
	}
	if desc := pc.phraseText(f+1, j+1); j-f >= 4 && e.role != "" && !styleOnly(e.role) && sharedModifiers(desc, e.role) == 0 {
		return pc.an.unnamed(pc.phraseText(f-2, j+1), pc.word(f-1)) // "a spokesperson for the federal emergency preparedness minister": not Manitoba's minister of natural resources
	}
	return pc.an.unnamed(pc.p.text[int(pc.toks[f-2].start):int(pc.toks[f].end)]+" "+e.display, pc.word(f-1))
}

// personOfUnit is the person named before "of" a unit ending at j: "Graham
// Leung of the police homicide squad", "… of the Toronto Police Service's
// homicide squad". Nil for any other shape.
func (pc *pctx) personOfUnit(j, s int) *entity {
	k := j
	for k > s && j-k < 4 && pc.toks[k].kind == tWord && !pc.toks[k].cap && !pc.has(k, wDeterminer|wPrep) {
		k--
	}
	if k == j || k <= s {
		return nil
	}
	if pc.toks[k].poss && pc.isNameWord(k) {
		return pc.personBeforeOf(pc.nameStart(k, s), s)
	}
	if pc.word(k) == "the" && pc.word(k-1) == "of" && pc.isNameWord(k-2) && !pc.toks[k-2].poss {
		if e := pc.npEndingAt(k-2, s); e != nil && !e.org && !e.outlet && !e.unnamed {
			return e
		}
	}
	return nil
}

// titleHolder is the person a capitalised title [i, j) points back to:
// the one the article gave that title ("Prime Minister Scott Morrison" …
// "the Prime Minister said") or someone it gave no title; else someone
// unnamed ("the Foreign Secretary" after "Prime Minister Justin Trudeau").
func (pc *pctx) titleHolder(i, j, s int) *entity {
	low := pc.lowRun(i, j)
	if full := titles[low[0]]; len(low) == 1 && strings.Contains(full, " ") {
		if e := pc.an.reg.holderOf(strings.Fields(strings.ToLower(full))); e != nil {
			return e // "the PM": whoever the article called Prime Minister
		}
	}
	if i > 0 && pc.word(i-1) == "an" && pc.toks[i-1].cap {
		if e := pc.an.reg.byHead(low[len(low)-1], false); e != nil && !e.org && !e.unnamed {
			return e // "An Taoiseach": the Taoiseach the article named
		}
	}
	if e := pc.roleNP(j-1, s); e != nil && !e.org && (holdsTitle(e, low) || (titleOnly(low) || pc.headlineOnly(e)) && (e.role == "" || styleOnly(e.role))) {
		if pc.headlineOnly(e) {
			e.addHead(low[len(low)-1]) // "The Taoiseach later told …" is him from now on
			if e.role == "" || styleOnly(e.role) {
				e.role = pc.p.text[int(pc.toks[i].start):int(pc.toks[j-1].end)]
			}
		}
		return e // "the Prime Minister": the one so called, or the one named with no other role; "the Kerry TD" only the one so called
	}
	from := i
	if from > s && pc.word(from-1) == "the" {
		from--
	}
	desc, head := pc.p.text[int(pc.toks[from].start):int(pc.toks[j-1].end)], low[len(low)-1]
	if n := len(low); n >= 2 && legislators[low[n-1]] {
		if e := pc.an.reg.byHead(low[n-1], false); e != nil && !e.org && !e.unnamed && pc.namedLately(e) && !placedElsewhere(e, strings.Join(low[:n-1], " ")) {
			pc.traceTo(e, refRole, desc, from)
			return e // "Sinn Féin MLA Orla Kelly said … “…,” the Foyle MLA said": the member just named
		}
		e := pc.an.lastSpeaker
		if n := len(pc.subjects); n > 0 && pc.subjects[n-1] != nil {
			e = pc.subjects[n-1] // who spoke last in this paragraph
		}
		if e != nil && !e.org && !e.unnamed && e.personLike() && pc.namedLately(e) && !holdsSeat(e) {
			pc.traceTo(e, refRole, desc, from)
			return e // "Scottish Labour's transport spokeswoman, Morag Lennie, said … “…,” the Labour MSP said": who just spoke
		}
	}
	if e := pc.an.namedInQuotation(pc.p.text[int(pc.toks[i].start):int(pc.toks[j-1].end)], pc.p.num); e != nil {
		pc.traceTo(e, refRole, desc, from)
		return e // "“Chief Minister K. Arulmozhi has directed us …”" … "The Chief Minister said"
	}
	if from < i && j-i >= 2 && officeHeads[head] {
		desc = pc.p.text[int(pc.toks[i].start):int(pc.toks[j-1].end)] // "Parliamentary Budget Officer": an office's name, shown without "The"
	}
	if h := pc.an.reg.byHead(head, false); pc.inLede() && from == pc.skipIntro(pc.sentOf[from], j) && (h == nil || h == pc.an.pendingLede) {
		if e := pc.an.cataphorTitle(desc, head); e != nil {
			return e // "The Taoiseach has said …", then "Pádraig Ó Murchú said": the title's holder, named next
		}
	}
	e := pc.an.unnamed(desc, head)
	pc.traceTo(e, refRole, e.display, from)
	return e
}

// officeHeads end the names of offices one holder speaks for, shown
// without "the": "Parliamentary Budget Officer", "Auditor General" (but
// "The Hollywood Reporter" keeps its article).
var officeHeads = setOf(`officer commissioner general ombudsman ombudsperson registrar advocate`)

// headlineOnly reports a person the headline named and no paragraph since,
// read from the lede: "Ó Murchú: Coalition 'will not be bounced'", then
// "The Taoiseach has said …" is him.
func (pc *pctx) headlineOnly(e *entity) bool {
	return pc.an.headline == 1 && pc.p.num == 2+pc.an.ledeExtra && e.id < pc.an.headlineEnts && e.namedPara <= 1 && !e.unnamed && !e.cataphor && e.personLike()
}

// placeTitle reports a short run [i, j) after "the" ending in an office:
// "the Dublin Central TD", "the Kerry TD" name no one.
func (pc *pctx) placeTitle(i, j int) bool {
	if j-i < 2 || j-i > 4 || !isTitleWord(pc.toks[j-1].low) || isOrgName(pc.lowRun(i, j)) {
		return false
	}
	for k := i; k < j; k++ {
		if w := pc.word(k); (w == "—" || w == "–") && k > i && k+1 < j-1 {
			continue // "the Beloeil—Chambly MP": a riding named for two places
		}
		if !pc.toks[k].cap {
			return false // "the Brennan Center for Justice": a body's name
		}
	}
	return true
}

// loneTitle reports one capitalised title word after "the" that names no
// one the article knows by that word: "the Chancellor", "the Taoiseach".
func (pc *pctx) loneTitle(i, j int) bool {
	if j != i+1 || i == 0 || !isDefinite(pc.word(i-1)) && !(pc.word(i-1) == "an" && pc.toks[i-1].cap) {
		return false // "An Taoiseach" is Irish for "the Taoiseach"
	}
	w := pc.toks[i].low
	return isTitleWord(w) && !honorifics[w] && pc.an.reg.find(mention{low: []string{w}}) == nil
}

// styleOnly reports a role that is only a style of address, no office:
// "Sir" of Sir Keir Starmer may still be "the Prime Minister".
func styleOnly(role string) bool {
	return styles[strings.ToLower(strings.TrimSuffix(role, "."))]
}

var styles = setOf(`sir dame mr mrs ms miss dr`)

// holdsTitle reports that e's role holds every word of the title low.
func holdsTitle(e *entity, low []string) bool {
	role := strings.ToLower(e.role)
	for _, w := range low {
		if !strings.Contains(role, w) {
			return false
		}
	}
	return true
}

// personBeforeOf resolves "X of the Y" to X when X is a person's name.
func (pc *pctx) personBeforeOf(start, s int) *entity {
	k := start - 1
	for k > s && pc.toks[k].poss && pc.isNameWord(k) {
		k = pc.nameStart(k, s) - 1 // "of the Pune Hawkers' Sangharsh Samiti": a possessive inside the body's name
	}
	if pc.word(k) == "in" {
		m := k - 1
		for m > s && m > k-8 && pc.toks[m].kind == tWord && (!pc.toks[m].cap || pc.toks[m].poss) && !pc.isCue(m) && pc.word(m) != "of" && pc.word(m) != "the" {
			m-- // "Staff Sgt. X of the RCMP's federal policing unit in Ottawa": the unit's words, back to its "of"
		}
		if pc.word(m) == "the" && pc.word(m-1) == "of" && m < k-1 {
			k = m
		}
	}
	for hops := 0; hops < 3; hops++ { // "Judge X of the High Court for the Northern District"
		if pc.word(k) == "the" {
			k--
		}
		if w := pc.word(k); w != "of" && w != "for" && w != "at" || k-1 < s || !pc.isNameWord(k-1) {
			return nil
		}
		if (isTitleWord(pc.word(k-1)) || pc.departmentBefore(start)) && pc.runEnd(start)-start >= 3 {
			return nil // "U.S. Secretary of State John Kerry", "RNC Chief of Staff Katie Walsh": a title, not a person of a place
		}
		e := pc.npEndingAt(k-1, s)
		if e != nil && !e.org && !e.outlet {
			return e
		}
		for k = k - 1; k > s && pc.isNameWord(k-1); k-- {
		}
		k--
	}
	return nil
}

// qualifiedGroup reads a group opening the clause of the cue at v and
// qualified up to it: "Those over 60 say", "Several people I have spoken
// with said", "People I spoke with said". It is the group, named by its
// head and any phrase of place or age ("Those over 60", "Several
// people"); nil for any other shape.
func (pc *pctx) qualifiedGroup(v, s int) *entity {
	st := pc.skipIntro(pc.skipDateline(s, v), v)
	h := st
	for h < v && pc.is(h, mGroupCount|mNumberWord) {
		h++
	}
	if h >= v-1 || pc.toks[h].kind != tWord || pc.word(h) != "those" && !(pluralOfPeople(pc.word(h)) && !pc.isNameWord(h)) {
		return nil
	}
	end, k := h+1, h+1
	switch w := pc.word(k); {
	case w == "over" || w == "under" || w == "above" || w == "below" || w == "aged":
		if !isDigitStart(pc.word(k + 1)) {
			return nil
		}
		end, k = k+2, k+2 // "Those over 60"
	case w == "i" || w == "we" || strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "i’") || strings.HasPrefix(w, "we'") || strings.HasPrefix(w, "we’"):
		for k < v && k < h+14 && pc.toks[k].kind == tWord && !pc.isCue(k) {
			k++ // "people I have spoken with": a relative clause with no "who"
		}
		if !pc.prepBetween(h+2, k-1) && !pc.has(k-1, wPrep) {
			return nil // "people I spoke with (over the last weeks)", not "people I know"
		}
	}
	if k != v {
		return nil
	}
	return pc.an.reg.group(capitalise(pc.p.text[int(pc.toks[st].start):int(pc.toks[end-1].end)]))
}

// subjectBeforeParticiple is the noun a participle phrase running to the
// cue at v qualifies: "the union representing more than 4,000 drivers
// and mechanics accused" is the union's, not the drivers'.
func (pc *pctx) subjectBeforeParticiple(v, s int) *entity {
	for k := v - 2; k > s && k >= v-9; k-- {
		t := pc.toks[k]
		if t.kind != tWord && t.low != "," {
			return nil
		}
		if !strings.HasSuffix(t.low, "ing") {
			continue // the cheap test first: subjectBefore asks this of every cue
		}
		h := pc.word(k - 1)
		if !qualifyingParticiples[t.low] && !pc.jobBeforeParticiple(k, pc.skipIntro(pc.skipDateline(s, v), v)) {
			continue
		}
		if e := pc.namedAfterPhrase(k, v); e != nil {
			return e // "A lawyer acting for him, Ingrid Salvesen, said": the one named
		}
		if !qualifyingParticiples[t.low] {
			return pc.participleJob(k) // "A Corner Brook trucker hauling groceries to western Newfoundland says": the trucker
		}
		if !wordHas(h, wOrgHead) && !wordHas(h, wRole) || !pc.has(k-2, wDeterminer) || pc.word(k+1) == "," {
			return nil
		}
		for x := k + 1; x < v; x++ {
			if w := pc.toks[x]; w.kind != tWord && !(w.low == "," && isDigitStart(pc.word(x+1))) || pc.isCue(x) {
				return nil // a clause of its own, not a phrase qualifying the noun
			}
		}
		if e := pc.roleOfPhrase(s, v); e != nil {
			return e // "The head of the union representing bus operators says": the head
		}
		return pc.npEndingAt(k-1, s)
	}
	return nil
}

// headBeforeAgentParticiple is the noun that opens the clause before a
// past participle and its "by" or "for" ahead of the cue at v: "A receiver
// appointed by the court said" is the receiver's, "A pre-sentence report
// prepared for the court described" the report's, never the court's.
func (pc *pctx) headBeforeAgentParticiple(v, s int) *entity {
	for k := v - 2; k > s+1 && k >= v-10; k-- {
		t := pc.toks[k]
		if t.kind != tWord {
			return nil
		}
		if t.cap || !strings.HasSuffix(t.low, "ed") {
			continue
		}
		if p := pc.word(k + 1); p != "by" && p != "for" {
			continue
		}
		h := k - 1
		head := pc.toks[h]
		if head.kind != tWord || head.cap {
			return nil
		}
		if doc := docNouns[head.low] || pc.is(h, mDocHead); doc && pc.word(k+1) == "by" || !doc && !agentNoun(head.low) && !isJobWord(head.low) && !pc.has(h, wRole) {
			return nil // "a summary issued by the G20 chair said": the chair's (see documentAuthorOpening)
		}
		d := h - 1
		for d > s && d >= h-3 && !pc.has(d, wDeterminer) && pc.toks[d].kind == tWord && !pc.toks[d].cap {
			d--
		}
		if !pc.has(d, wDeterminer) || d != pc.skipIntro(pc.skipDateline(s, v), v) {
			return nil
		}
		for x := k + 1; x < v; x++ {
			if pc.toks[x].kind != tWord || pc.isCue(x) {
				return nil
			}
		}
		return pc.thingOrPerson(d, h+1)
	}
	return nil
}

// filerOfParticiple is whoever filed or sent the document a participle cue
// at v describes: "Fairweather's group has filed a submission with the
// utilities commission arguing that …" is the group's, not the
// commission's.
func (pc *pctx) filerOfParticiple(v, s int) *entity {
	if !strings.HasSuffix(pc.word(v), "ing") {
		return nil
	}
	for k := v - 1; k > s+1 && k >= v-8; k-- {
		if pc.toks[k].kind != tWord {
			return nil
		}
		if pc.has(k-1, wDeterminer) && submissionNouns[pc.word(k)] && (k == v-1 || pc.has(k+1, wPrep)) && !pc.has(k-2, wPrep) {
			if f := k - 2; f > s && verbLike(pc.toks[f]) {
				return pc.subjectBefore(f, s) // "has filed", "sent"
			}
			return nil
		}
	}
	return nil
}

// submissionNouns are what one files or sends that argues or urges.
var submissionNouns = setOf(`submission complaint lawsuit suit motion application appeal petition brief letter filing request proposal bill`)

// jobBeforeParticiple reports a job or role noun right before the
// participle at k, with "a" or "an" opening its phrase at the clause's
// start st and no name of its own: "A Corner Brook trucker hauling
// groceries".
func (pc *pctx) jobBeforeParticiple(k, st int) bool {
	h := k - 1
	if h < 1 || pc.toks[h].cap || pc.toks[h].kind != tWord || !agentNoun(pc.word(h)) && !isJobWord(pc.word(h)) && !pc.has(h, wRole) || pc.isCue(k) {
		return false
	}
	for d := h - 1; d >= 0 && d >= h-4; d-- {
		if w := pc.word(d); w == "a" || w == "an" {
			return d == st // the clause's subject, not an object ("rebuffed a heckler shouting")
		}
		if pc.toks[d].kind != tWord {
			return false
		}
	}
	return false
}

// namedAfterPhrase is the person named between commas right before the
// cue at v, after the phrase at k: "…, Ingrid Salvesen, said"; nil when
// no name stands there.
func (pc *pctx) namedAfterPhrase(k, v int) *entity {
	c := k
	for c < v && pc.word(c) != "," {
		c++
	}
	n := c + 1
	if pc.word(n) == "the" && wordHas(pc.word(k-1), wOrgHead) {
		n++ // "A group representing Quebec property owners, the Association des propriétaires …, warned"
	}
	if n+1 >= v || pc.word(v-1) != "," || !pc.isNameWord(n) || pc.nameRunEnd(n) != v-1 {
		return nil
	}
	if e := pc.entityAt(n, v-1); e != nil && !e.outlet && e.org == wordHas(pc.word(k-1), wOrgHead) {
		return e // a body for a group's description, a person for a person's
	}
	return nil
}

// nameRunEnd is where the name at n ends, a French body's name included.
func (pc *pctx) nameRunEnd(n int) int {
	if f := pc.frenchNameEnd(n); f > n {
		return f
	}
	return pc.runEnd(n)
}

// participleJob is the someone a job noun before the participle at k
// describes ("A Corner Brook trucker"): in a lede, the person named next;
// else someone unnamed.
func (pc *pctx) participleJob(k int) *entity {
	h := k - 1
	d := h - 1
	for d > 0 && pc.word(d) != "a" && pc.word(d) != "an" {
		d--
	}
	desc := pc.p.text[int(pc.toks[d].start):int(pc.toks[h].end)]
	if pc.inLede() {
		if e := pc.an.cataphor(desc, ""); e != nil {
			return e
		}
	}
	return pc.an.unnamed(desc, pc.word(h))
}

// qualifyingParticiples open a phrase that says what a body or a person
// does, between them and their cue.
var qualifyingParticiples = setOf(`representing employing overseeing running operating serving`)

// groupOfPlace is a group the clause opens with, placed by a phrase that
// runs to the cue at v: "Voters across the state said", "Activists around
// the world warned" are the voters and the activists, not the state.
func (pc *pctx) groupOfPlace(v, s int) *entity {
	near := false // a glance first: most cues have no such phrase before them
	for k := v - 2; k > s && k >= v-7 && !near; k-- {
		switch pc.word(k) {
		case "in", "from", "across", "throughout", "around", "of", "on": // placeOfPeople, without a lookup
			near = pluralOfPeople(pc.word(k - 1))
		}
	}
	if !near {
		return nil
	}
	st := pc.skipIntro(pc.skipDateline(s, v), v)
	k := st + 1
	for k < v && k < st+5 && pc.toks[k].kind == tWord && !placeOfPeople[pc.word(k)] {
		k++
	}
	if k >= v-1 || !placeOfPeople[pc.word(k)] || !pluralOfPeople(pc.word(k-1)) || v-k > 7 || pc.knownBodyEnd(st) > st {
		return nil // (but "Friends of the Earth" is a body's name)
	}
	end := v
	for end > k+1 && (pc.is(end-1, mAuxBeforeCue) || pc.has(end-1, wAdverb)) {
		end-- // "Residents of Fredericton are asking", "Some Democrats on Capitol Hill have privately questioned"
	}
	for x := k + 1; x < end; x++ {
		if t := pc.toks[x]; t.kind != tWord || verbLike(t) || finiteVerbs[t.low] || pc.isCue(x) {
			return nil
		}
	}
	if g := pc.groupOf(st, k); g != nil && pc.word(k) == "of" && end-k <= 4 {
		from := st
		for from < k-1 && (pc.has(from, wDeterminer) || coordinated(pc.word(from)) || pc.word(from) == "but") {
			from++ // "But supporters of the bill": the group, not the joint
		}
		// "Residents of Fredericton", "Members of Congress": the phrase names them
		return pc.an.reg.group(capitalise(pc.p.text[int(pc.toks[from].start):int(pc.toks[end-1].end)]))
	}
	if g := pc.groupOf(st, k); g != nil || k != st+1 || !pc.toks[st].cap {
		return g
	}
	return pc.an.reg.group(pc.p.text[int(pc.toks[st].start):int(pc.toks[st].end)]) // "IQALUIT — Elders in Pond Inlet say": the elders, after a dateline too
}

// indefiniteInPlace is the subject of a clause that opens "A" or "An"
// and places it with "in" or "from" and a name right before the cue at v:
// "A First Nation in northern Manitoba says", "A union representing about
// 78,000 nurses in Quebec says" are the nation and the union, not the
// place. Nil for any other shape.
func (pc *pctx) indefiniteInPlace(v, s int) *entity {
	end := v
	for end > s+1 && (pc.is(end-1, mAuxBeforeCue) || pc.has(end-1, wAdverb) && !pc.toks[end-1].cap) {
		end-- // "A First Nation in Manitoba has now said"
	}
	if !pc.isNameWord(end - 1) {
		return nil // the cheap test first
	}
	n := pc.nameStart(end-1, s)
	k := n - 1
	for k > s && k > n-3 && pc.is(k, mDirectionWord) {
		k-- // "in northern", "in southwestern"
	}
	if w := pc.word(k); w != "in" && w != "from" {
		return nil
	}
	st := pc.skipIntro(pc.skipDateline(s, v), v)
	if pc.word(st) == "the" && k == n-1 {
		return pc.definiteInPlace(st, k, n, end, s)
	}
	if !indefinites[pc.word(st)] || pc.word(st) == "another" || k-st < 2 || k-st > 14 {
		return nil
	}
	for x := st + 1; x < k; x++ {
		if t := pc.toks[x]; t.kind == tQuote || pc.isCue(x) || finiteVerbs[t.low] {
			return nil // a clause of its own before the place
		}
	}
	if e := pc.personOfPlace(k, end-1, s, v, false); e != nil && !pc.inLede() {
		return e // "One woman in Des Moines": the place is part of who she is (a lede's is named next)
	}
	return pc.subjectBefore(k, s)
}

// definiteInPlace is the body or person of a short definite phrase from st
// to "in" at k, before the place named from n to end and its cue: "the
// RCMP in Nova Scotia said", "the union in Ontario said" are the RCMP's
// and the union's, never the province's.
func (pc *pctx) definiteInPlace(st, k, n, end, s int) *entity {
	if h := pc.toks[k-1]; k-st < 2 || k-st > 4 || h.cap && !isUpperWord(pc.p.text[int(h.start):int(h.end)]) || seatHeads[h.low] {
		return nil // "the Chinese Embassy in Ottawa" is a name of its own; "the government in Beijing" is Beijing's
	}
	for x := st + 1; x < k; x++ {
		if t := pc.toks[x]; t.kind != tWord || pc.isCue(x) || finiteVerbs[t.low] {
			return nil
		}
	}
	if p := pc.npEndingAt(end-1, s); p == nil || !isPlaceEntity(p) || p.display != pc.phraseText(n, end) {
		return nil
	}
	if e := pc.subjectBefore(k, s); e != nil && !isPlaceEntity(e) {
		return e
	}
	return nil
}

// seatHeads are the bodies a seat of power stands for: "the government in
// Beijing" is China's, spoken of by its capital.
var seatHeads = setOf(`government administration regime authorities leadership`)

// countedGroup is the group a counted phrase opening the clause at s names
// when a verb follows it: "Hundreds of pro-Sanders demonstrators marched",
// "About 200 protesters gathered"; nil for any other shape. Only a
// participle's cue asks ("…, chanting “…”"): "Both candidates have a
// chance to appeal" reports no words.
func (pc *pctx) countedGroup(s, v int) *entity {
	for e := s + 1; e < v && e < s+8; e++ {
		if pc.toks[e].kind != tWord {
			return nil
		}
		if pluralOfPeople(pc.word(e)) && e+1 < v && verbLike(pc.toks[e+1]) {
			return pc.groupOf(s, e+1)
		}
	}
	return nil
}

// placeListStart is where a list of names ending with the one at k begins
// ("Alabama, Georgia and Virginia"), or k itself.
func (pc *pctx) placeListStart(k, s int) int {
	for k-2 > s && (pc.word(k-1) == "," || pc.word(k-1) == "and") && pc.isNameWord(k-2) {
		k = pc.nameStart(k-2, s)
	}
	return k
}

// groupCounts open a group's phrase: "Several people", "Many voters".
var groupCounts = setOf(`several many some most few`)

// unclosedAside is the person named before an aside that runs to the cue
// with no comma to close it: "Sen. Kristen Gillibrand (D-NY), a supporter
// of Hillary Clinton’s bid told host Chris Cuomo" is Gillibrand's, not
// Clinton's or "a supporter"'s. j is the last word before the cue.
func (pc *pctx) unclosedAside(j, s int) *entity {
	for k := j; k > s && k > j-16; k-- {
		w := pc.word(k)
		if pc.toks[k].kind != tWord && w != "," && !isDigitStart(w) || verbLike(pc.toks[k]) || pc.toks[k].is(mAuxBeforeCue) {
			return nil
		}
		if w != "," {
			continue
		}
		d := k + 1
		if w := pc.word(d); w != "a" && w != "an" || d+1 > j || !pc.prepBetween(d+2, j) {
			return nil // "…, Iowa, the Republican candidate repeated": the subject itself, not an aside
		}
		if h := pc.word(d + 1); !wordHas(h, wRole) && !wordIs(h, mMoreRoleNoun|mUnnamedHead|mVoxRole) {
			return nil // only a role opens such an aside: "a supporter", "the chairman"
		}
		n := k - 1
		if pc.word(n) == ")" {
			if p := pc.openParen(n-1, s); p > s {
				n = p - 1 // "(D-NY)"
			}
		}
		if ns := pc.nameStart(n, s); !pc.isNameWord(n) || !pc.opensClause(ns, s) || pc.has(ns-1, wPrep) {
			return nil // (and "In Ohio, a spokesman for the governor said": an opening phrase's place, not the speaker)
		}
		return pc.npEndingAt(n, s)
	}
	return nil
}

// prepBetween reports "of", "for" or "with" in [i, j]: what ties an aside's
// role to the name after it ("a supporter of Hillary Clinton").
func (pc *pctx) prepBetween(i, j int) bool {
	for k := i; k <= j; k++ {
		if w := pc.word(k); w == "of" || w == "for" || w == "with" {
			return true
		}
	}
	return false
}

// opensClause reports the name starting at k opening its clause: only
// an opening phrase, a comma or a capitalised title ("Sen.") before it.
func (pc *pctx) opensClause(k, s int) bool {
	i := k
	for i > s && (pc.toks[i-1].kind == tWord && pc.toks[i-1].cap || pc.word(i-1) == ".") {
		i--
	}
	return i == pc.skipIntro(s, k) || i > s && (pc.word(i-1) == "," || pc.quoteEndsInComma(i-1))
}

// nameInAsideBeforeClause is the person named in an aside right before a
// short clause of lower-case words that the comma at j ends: ", Rep. Trent
// Bakewell of Texas, went further,".
func (pc *pctx) nameInAsideBeforeClause(j, s int) *entity {
	for c := j - 1; c > s && c > j-6; c-- {
		t := pc.toks[c]
		if pc.word(c) == "," {
			return pc.nameInAsideEndingAt(c, s)
		}
		if t.kind != tWord || t.cap {
			return nil
		}
	}
	return nil
}

// nameInAsideEndingAt is the person named in the aside that the comma at
// c closes, a place after the name or not: ", Rep. Trent Bakewell of
// Texas,"; nil when the aside holds more than that.
func (pc *pctx) nameInAsideEndingAt(c, s int) *entity {
	if pc.word(c) != "," {
		return nil
	}
	for p := c - 1; p > s && p > c-12; p-- {
		if pc.word(p) != "," {
			continue
		}
		if n := pc.nameStart(c-1, p+1); pc.isNameWord(c-1) && n > p+2 && pc.rolesOnly(p+1, n) {
			if e := pc.entityAt(n, c); e != nil && !e.org && !e.group && e.personLike() {
				return e // ", former Ohio lieutenant governor Ellen Vasquez-Doyle,"
			}
		}
		if !pc.isNameWord(p + 1) {
			return nil
		}
		r := pc.runEnd(p + 1)
		if r < c && pc.word(r) == "of" && pc.isNameWord(r+1) && pc.runEnd(r+1) == c {
			e := pc.entityAt(p+1, r)
			if e != nil && !e.org && !e.group && e.personLike() {
				return e
			}
		}
		return nil
	}
	return nil
}

// rolesOnly reports the words [i, k) as a role before a name, with a
// role noun last and only words that can qualify one before it: "former
// Ohio lieutenant governor".
func (pc *pctx) rolesOnly(i, k int) bool {
	if h := pc.word(k - 1); !pc.has(k-1, wRole) && !isJobWord(h) {
		return false
	}
	for q := i; q < k; q++ {
		if pc.toks[q].kind != tWord || pc.toks[q].poss || pc.isCue(q) {
			return false
		}
	}
	return true
}

// nameBeforeAsides is the last token of the name opening the sentence at s
// when only comma-fenced asides stand between it and the comma at c
// ("Felicia Wong, president of the Roosevelt Institute, a think tank,"),
// or -1.
func (pc *pctx) nameBeforeAsides(c, s int) int {
	for k := c - 1; k > s && k > c-window/2; k-- {
		if pc.toks[k].kind != tWord && pc.word(k) != "," || verbLike(pc.toks[k]) || pc.is(k, mAuxBeforeCue) || pc.isCue(k) {
			return -1 // "X, Republican of Florida, has talked about …, and Y said": a clause, no aside
		}
		if pc.word(k) == "," && pc.isNameWord(k-1) && pc.isNameWord(s) && pc.runEnd(s) == k {
			return k - 1
		}
	}
	return -1
}

func coordinated(w string) bool { return w == "and" || w == "or" || w == "nor" }

// window bounds how far a rule looks from a token, so that one enormous
// sentence costs time in proportion to its length, not its square.
const window = 60

// formerOrLatter is whom "the latter" (or "the former") points to: the
// last (or the one before) of the people and bodies last named, before
// token before in this paragraph or in the one before it.
func (pc *pctx) formerOrLatter(latter bool, before int) *entity {
	var two [2]*entity
	n := 0
	add := func(e *entity) {
		if e == nil || e.group || e.outlet || e.org && isState(e.words) || n > 0 && two[0] == e || n > 1 {
			return
		}
		two[n] = e
		n++
	}
	for k := len(pc.mentions) - 1; k >= 0; k-- {
		if pc.mentions[k].tok < before {
			add(pc.mentions[k].e)
		}
	}
	for k := len(pc.an.lastNamed) - 1; k >= 0 && pc.p.num > 1; k-- {
		add(pc.an.lastNamed[k])
	}
	if n < 2 {
		return nil
	}
	if latter {
		return two[0]
	}
	return two[1]
}

// subjectBefore finds the subject of the cue verb at v, in the sentence
// starting at s.
func (pc *pctx) subjectBefore(v, s int) *entity {
	if e := pc.describedPersonOpening(v, s); e != nil {
		return e // "A man in his 70s feeding pigeons in a park off Rue Saint-Patrick, who …, said": the man
	}
	if k := recipientBefore(pc.toks, v); k > s && strings.HasSuffix(pc.word(v), "ing") {
		return pc.sentenceSubject(s, k) // "Reiner fired off a letter to Calloway accusing him of …": Reiner, not Calloway
	}
	if e := pc.seatHolderBefore(v, s); e != nil {
		return e // "the 46-year-old MP for Pontypridd said": the MP, not the town
	}
	if e := pc.withRoleAndName(v, s); e != nil {
		return e // ", with the shadow housing minister, Ewan Treloar, describing it as …": Treloar
	}
	if d := pc.dashAsideBefore(v, s); d > s {
		if pc.word(d-1) == ")" {
			if p := pc.openParen(d-2, s); p > s {
				d = p // "Sen. Judith Harlow (D-Ore.) — no relation to the congressman — said": the name before the party
			}
		}
		if pc.isNameWord(d-1) && !pc.prepBeforeName(pc.nameStart(d-1, s), s) {
			if e := pc.npEndingAt(d-1, s); e != nil && !isPlaceEntity(e) {
				return e // "Commissioner Ruth Ostrowski — no relation to the attorney general — said": Ostrowski
			}
		}
	}
	if e := pc.asClauseSubject(v, s); e != nil {
		return e
	}
	if e := pc.qualifiedGroup(v, s); e != nil {
		return e
	}
	if e := pc.groupOfPlace(v, s); e != nil {
		return e
	}
	if e := pc.subjectBeforeParticiple(v, s); e != nil {
		return e
	}
	if e := pc.headBeforeAgentParticiple(v, s); e != nil {
		return e
	}
	if e := pc.indefiniteInPlace(v, s); e != nil {
		return e
	}
	if e := pc.filerOfParticiple(v, s); e != nil {
		return e
	}
	if e := pc.postOnPlatform(v, s); e != nil {
		return e
	}
	if e := pc.headlineRole(v, s); e != nil {
		return e
	}
	if e := pc.whoseClauseSubject(v, s); e != nil {
		return e // "the First Nation whose traditional territory surrounds the site says": the First Nation
	}
	j := v - 1
	if pc.negated(v, s) {
		for j > s && j >= v-3 && !pc.toks[j].cap && (negatedAux(pc.word(j)) || perfectAux[pc.word(j)] || pc.word(j) == "not" || pc.word(j) == "never") {
			j-- // "Stewart wouldn't say whether", "She did not say how many": the subject before the auxiliary
		}
	}
	for j >= s && pc.toks[j].kind == tWord && (!pc.toks[j].cap || pc.toks[j].has(wAdverb) && !pc.isNameWord(j)) &&
		(isAdverb(pc.toks[j].low) || pc.word(j) == "long" && perfectAux[pc.word(j-1)]) && !pc.has(j-1, wDeterminer) && !(j > 0 && pc.toks[j-1].poss) {
		j-- // "she later said", "has long argued" (but "His family said": a noun in -ly; "Mrs May told": a name)
	}
	if n := asideBeforeCue(pc.word(j-2), pc.word(j-1), pc.word(j)); n > 0 && j-n >= s && !pc.toks[j].cap {
		j -= n // "The ministry had at the time asked", "X however argued": past the aside to the subject or its auxiliary
		if perfectAux[pc.word(j)] && j-1 >= s {
			j-- // "The minister had at the time said": the subject before "had"
		}
	}
	if w := pc.word(j); j > s && (w == "himself" || w == "herself" || w == "itself" || w == "themselves") && pc.isNameWord(j-1) {
		j-- // "Clinton herself said": Clinton
	}
	if e := pc.possessiveNameSpeaks(j, s, v); e != nil {
		return e // "Sainsbury's said", "Molloy's said": a firm named for its founder
	}
	if k := pc.phraseAfterJoin(j, s); k > 0 {
		j = k // "… and at one point told them": the joined verb's subject, past the phrase of time
	}
	if j-2 > s && (pc.has(j, wTime) || pc.has(j, wCalendar)) && timeOpeners[pc.word(j-1)] && (pc.word(j-2) == "who" || pc.word(j-2) == "which") {
		j -= 2 // "X, who last week acknowledged …": the relative's antecedent, past the time
	}
	if (pc.word(j) == "latter" || pc.word(j) == "former") && j-1 >= s && pc.word(j-1) == "the" {
		return pc.formerOrLatter(pc.word(j) == "latter", j-1) // "The latter said"
	}
	if j-1 > s && pc.word(j) == "since" && pc.is(j-1, mAuxBeforeCue) {
		j -= 2 // "but has since said": since then, no clause; and its auxiliary
	}
	if (pc.word(j) == "both" || pc.word(j) == "all") && j-2 > s && pc.is(j-1, mAuxBeforeCue) && (pc.isNameWord(j-2) || pluralOfPeople(pc.word(j-2))) {
		if e := pc.sentenceSubject(s, v); e != nil {
			return e // "Trump and Sanders have both argued": the first named, as "Trump and Sanders argued" gives
		}
		j -= 2
	} else if (pc.word(j) == "both" || pc.word(j) == "all") && (pc.namesOpenClause(j, s) || j-1 > s && pluralOfPeople(pc.word(j-1)) && !pc.toks[j-1].cap) {
		j-- // "But Richards and Menendez both stressed" (not "Strategists for Obama and Clinton all agree")
	}
	ing := strings.HasSuffix(pc.word(v), "ing")
	if j-2 > s && pc.word(j) == "past" && pc.word(j-1) == "the" && pc.word(j-2) == "in" {
		j -= 3 // "Gore's close friends have in the past said"
		for j > s && pc.toks[j].kind == tWord && !pc.toks[j].cap && isAdverb(pc.toks[j].low) {
			j-- // … and the "have" before it
		}
	}
	if b := timeBeforeParticiple(pc.toks, v); ing && b < v {
		j = b - 1 // "…, at one point calling the mayor a “liar”"
	}
	if ing && j-2 > s {
		for p := j; p > s+1 && p >= j-3; p-- {
			if (pc.word(p) == "on" || pc.word(p) == "in") && perceived[pc.word(p-1)] {
				j = p - 1 // "Trump was heard on a microphone telling": the one heard
				break
			}
		}
	}
	if ing && pc.perceivedBefore(j, v) {
		for j > s && (perceived[pc.word(j)] || perceivedAux[pc.word(j)] || isAdverb(pc.word(j)) && !pc.toks[j].cap) {
			j-- // "a reporter can be heard asking", "Trump was caught saying": the one heard
		}
	}
	if k := pc.timeSpentBefore(v); ing && j == v-1 && k > s {
		j = k - 1 // "Lindahl has spent months insisting that …": the one who spent them
	}
	if ing || strings.HasSuffix(pc.word(v), "ed") {
		for j > s && (pc.is(j, mAuxBeforeCue) || ing && j == v-1 && aspectVerbs[pc.word(j)]) {
			j-- // "Sanders is touting", "Trump has claimed", "Johnson kept asking"
		}
	}
	if j > s && pc.word(j) == "." && pc.has(j-1, wAbbrev) {
		j-- // Tollund Mobility Inc. said
	}
	if k := pc.timeBefore(j, s); k > s+2 && k <= j && pc.isNameWord(k-1) && pc.word(pc.nameStart(k-1, s)-1) == "the" && pc.word(pc.nameStart(k-1, s)-2) == "from" {
		j = k - 1 // "A statement from the White House later Wednesday described": the statement's author, past the time
	} else if k := pc.timeBefore(j, s); k > s && (pc.word(k-1) == "," || pc.word(k-1) == ")") {
		j = k - 1 // "X, the GOP chairman, this past week announced", "X (D-Calif.) last week said": the aside before the time
	} else if k <= j && k > s+1 && pc.is(k-1, mAuxBeforeCue) && (pc.isNameWord(k-2) || isPronounWord(pc.word(k-2))) {
		j = k - 2 // "Prime Minister X had earlier this month said"
	}
	if e := pc.documentSeenBy(j, s); e != nil {
		return e // "A Feb. 1 letter from the American Legion obtained by The Associated Press warns": the letter's writer, not the outlet
	}
	if e := pc.pollOfPeople(j, s); e != nil {
		return e // "The poll of 500 likely GOP primary voters found": the poll, not the voters
	}
	if d := pc.docBeforeParticiple(j, s); d > 0 {
		if i := pc.determinerBefore(d, s); i >= 0 {
			if f := pc.pollsterOf(i, d); f != nil {
				return f // "A Northbridge Research poll released last week found": the pollster's
			}
			return pc.thingOrPerson(i, d+1) // "The order released Friday said", "A court document filed Thursday says": the document
		}
	}
	if j < s {
		return nil
	}
	if e := pc.personOfBody(j, s); e != nil {
		return e // "Simran Gill of the Ottawa police fraud unit said": Gill, not the police
	}
	if e := pc.bodyInPlace(j, s); e != nil {
		return e // "the Permanent Court of Arbitration in The Hague found": the court, not The Hague
	}
	w := pc.word(j)
	if w == "—" || w == "–" || w == ")" || w == "--" || w == "-" {
		// "X — who leads the union — said", "X (pictured) said": skip the aside
		open := "("
		if w != ")" {
			open = w
		}
		for k := j - 1; k >= s && k > j-30; k-- {
			if pc.word(k) == open {
				if open != "(" {
					if e := pc.beforeAppositive(k, s); e != nil {
						return e // "Neil Sroka, communications director of DFA - which was founded … - said": Sroka
					}
				}
				if k-2 >= s && pc.word(k-1) == "." && endsAbbreviation(pc.toks[k-2]) {
					k-- // "Meridian Communications Inc. (MCI-T) says": the name ends before its full stop
				}
				return pc.npEndingAt(k-1, s)
			}
		}
		return nil
	}
	if w == "," && pc.placeComma(j) {
		if e := pc.bodyBeforePlace(j, s); e != nil {
			return e // "a panel of the 4th U.S. Circuit Court of Appeals in Richmond, Virginia, found": the court
		}
		if i := pc.nameStart(j-1, s); i-2 > s {
			if k := pc.nameStart(i-2, s); k > s+2 && pc.is(k-1, mPersonPlace) {
				if e := pc.personOfPlace(k-1, i-2, s, v, false); e != nil {
					return e // "a woman in Worcester, Massachusetts, told"
				}
			}
		}
	}
	if k := pc.timeBefore(j, s); k <= j && k > s && docNouns[pc.word(k-1)] && strings.HasSuffix(pc.word(v), "ing") {
		j, w = k-1, pc.word(k-1) // "sent a fundraising email Wednesday saying"
	}
	switch {
	case (wordIs(w, mGerundPrep) || w == "of" && ofGerund[pc.word(j-1)]) && strings.HasSuffix(pc.word(v), "ing") && j > s:
		if e := pc.whoClauseHolding(j, s); e != nil {
			return e // "Trump met Paul Ryan, who a week ago surprised him by declaring …": Ryan
		}
		if e := pc.sentenceSubject(s, j); e != nil {
			return e // "Bolton answered by saying", "before saying"
		}
		if m := pc.mainClauseStart(s, j); m > s {
			if e := pc.sentenceSubject(m, j); e != nil {
				return e // "Years after X claimed …, Obama won the nomination by promising …"
			}
		}
		return pc.framedEarlier(j, s) // "“…,” Rubio responded before adding that …"
	case wordIs(w, mDocNoun|mEventNoun) && strings.HasSuffix(pc.word(v), "ing") && j > s:
		return pc.sentenceSubject(s, j) // "Trump issued a statement saying …", "the Vermont senator opened a Rochester rally blasting …": theirs
	case w == "who" || w == "which":
		if pc.word(j-1) == "and" && pc.nameBeforeFirstWho(j, s) {
			if e := pc.relativeAntecedent(j, s); e != nil && !e.org && !e.group && !e.unnamed && e.personLike() && !isPlaceEntity(e) {
				return e // "Ann Sorensen, a Democrat from Menomonie who is …, and who says": the first "who"'s
			}
		}
		return pc.antecedent(j, s)
	case w == "," && pc.whoseAsideBefore(j, s) > s:
		c := pc.whoseAsideBefore(j, s) // "X, whose party has long argued that …, said": X
		if e := pc.nameAfterRolePhrase(c, s); e != nil {
			return e
		}
		if e := pc.beforeAppositive(c, s); e != nil {
			return e
		}
		if e := pc.npEndingAt(c-1, s); e != nil && !e.doc {
			return e
		}
	case pc.whoseBefore(j, s) > s:
		k := pc.whoseBefore(j, s)
		if e := pc.npEndingAt(k-2, s); e != nil && !e.org && !e.doc && !e.group {
			return pc.an.reg.body(e.display + "’s " + pc.word(k+1)) // "X, whose party has long argued that …": X's party
		}
		return nil

	case w == "," && strings.HasSuffix(pc.word(v), "ing"):
		if e := pc.absoluteSubjectBeforeAside(j, s); e != nil {
			return e // "with Halvorsen pivoting to immigration and Carranza, whose state borders Mexico, saying": Carranza
		}
		if j-2 >= s && pc.isCue(j-1) {
			if e := pc.npEndingAt(j-2, s); e != nil {
				return e // "…, Nefzi said, adding, “…”"
			}
		}
		if e := pc.clauseSubject(j, s); e != nil {
			return e // "the delegation walked out, accusing …"
		}
		if e := pc.nameInAsideBeforeClause(j, s); e != nil {
			return e // "Halvorsen’s running mate, Rep. Trent Bakewell of Texas, went further, telling": Bakewell
		}
		if e := pc.joinedClauseSubject(j, s); e != nil {
			return e // "prosecutors charged him and Emanuel fired his chief, X, acknowledging"
		}
		if e := pc.sentenceSubject(s, v); e != nil {
			return e
		}
		for c := j - 1; c > s && c > j-window; c-- {
			if pc.toks[c].kind == tQuote {
				break
			}
			if pc.isCue(c) && !strings.HasSuffix(pc.word(c), "ing") {
				return pc.subjectBefore(c, s) // "…, even a top GOP strategist said Clinton will have to choose, saying"
			}
		}
		return nil
	case w == "," || coordinated(w) || w == "but" || w == "to":
		if w == "," && pc.word(j-1) == ")" {
			if p := pc.openParen(j-2, s); p > s && pc.isNameWord(p-1) {
				if e := pc.beforeAppositive(p, s); e != nil && !e.org {
					return e // "Jean-Guy Lavigueur, president of the Syndicat … (CUPE 301), said": the president
				}
				if e := pc.npEndingAt(p-1, s); e != nil {
					return e // "Gov. John Kasich (R-OH), said,"
				}
			}
		}
		if w == "," {
			if e := pc.nameBeforeParticipleAside(j, s); e != nil {
				return e // "Running mate Gov. Curtis Lindqvist, campaigning earlier in Wilmington, Ohio, said": Lindqvist
			}
			if e := pc.nameAfterRolePhrase(j, s); e != nil {
				return e // "…, a spokeswoman, Anna Richardson White, said"
			}
			if e := pc.beforeAppositive(j, s); e != nil {
				return e // "Col. Steven Warren, a military spokesman in Baghdad, said"
			}
			if st := pc.skipIntro(pc.skipDateline(s, j), j); pc.has(st, wDeterminer) && pc.is(st+1, mDocHead) && pc.word(st+2) == "," && st+2 < j {
				if e := pc.roleNP(st+1, st); e != nil {
					return e // "The report, part of the auditor's annual audits, found that …": the report, past its aside
				}
				return pc.an.document(pc.phraseText(st, st+2))
			}
			if n := pc.nameStart(j-1, s); pc.isNameWord(j-1) && n > s+3 && pc.word(n-1) == "," && pc.word(s) == "the" && !pc.hasCueIn(s, n) && !pc.has(n-2, wRole|wTitle) && !pc.placeComma(j) {
				if e := pc.npEndingAt(j-1, s); e != nil && !isPlaceEntity(e) {
					return e // "The grocery chain whose logo appeared on the wall, Prairie Harvest Foods, said": the name the phrase is given
				}
			}
		}
		if e := pc.subjectBeforeParticipleAside(j, s); e != nil {
			return e // "The municipality’s chief financial officer, walking council through the numbers, said"
		}
		if e := pc.nearSubject(j, s); e != nil {
			return e // "he laughed and said", "Mr. Trump was prompted to say"
		}
		if w == "to" {
			if e := pc.objectBeforeTo(j, s); e != nil {
				return e // "The results will force Sen. Bernie Sanders to acknowledge"
			}
		}
		if coordinated(w) {
			if e := pc.coordinatedSubject(j, s); e != nil {
				return e // "when Trump spotted a sign and asked"
			}
		}
		if e := pc.sentenceSubject(s, v); e != nil {
			return e // "and said", ", adding", "interrupted to ask"
		}
		return pc.framedEarlier(j, s) // "“…,” he said at a news conference, and then predicted:"
	case pc.toks[j].kind == tQuote:
		if j > s && strings.HasSuffix(strings.TrimSpace(pc.quoteText(int(pc.toks[j].q))), ",") {
			return pc.sentenceSubject(s, v) // known as “the Undertaker,” denied: the comma is inside
		}
		return nil
	}
	if e := pc.unclosedAside(j, s); e != nil {
		return e // "Sen. X (D-NY), a supporter of Hillary Clinton told host Y": X, the aside's comma left out
	}
	if e := pc.closeToSource(j, s); e != nil {
		return e // "A source close to Trump said", "sources close to her campaign said": not Trump, not the campaign
	}
	if e := pc.roleOfPhrase(s, v); e != nil {
		return e // "The deputy head of China's delegation to the forum said": not the forum
	}
	if c := pc.commaBefore(v, s); c > s && pc.word(c+1) == "the" {
		if e := pc.roleOfPhrase(c+1, v); e != nil && (e.unnamed || e.cataphor || e.role != "") {
			return e // "…, the head of the city's homicide unit said Tuesday": not the city (nor a place just before)
		}
	}
	if e := pc.roleBeforeOf(j, s); e != nil {
		return e
	}
	if e := pc.joinedRoles(j, s); e != nil {
		return e
	}
	if pc.inPrepPhrase(j, s) {
		if e := pc.leadSubject(v, s); e != nil {
			return e // "Berg in a blog post said": the post is no subject
		}
		if p := pc.prepPhraseStart(j, s); p > s+1 && (coordinated(pc.word(p-1)) || pc.word(p-1) == "but") {
			for c := p - 2; c > s && c > p-window; c-- {
				if pc.toks[c].kind == tQuote {
					break
				}
				if pc.isCue(c) && !strings.HasSuffix(pc.word(c), "ing") && !pc.negated(c, s) {
					return pc.subjectBefore(c, s) // "X first said …, but in a later interview said": X's, as the first cue is
				}
			}
		}
		return pc.indefiniteSubject(j, s) // "An earlier report in a Tolland paper said"
	}
	if k := pc.nameStart(j, s); k > s+1 && pc.word(k-1) == "to" && toRoles[pc.word(k-2)] && !pc.toks[k-2].cap {
		if e := pc.roleNP(k-2, s); e != nil && !e.org {
			return e // "The United States ambassador to Canada told …": the ambassador, not Canada
		}
	}
	if k := pc.nameStart(j, s); k > s+1 && pc.word(k-2) == "to" && !pc.toks[k-1].cap {
		if e := pc.groupBeforeParticiple(s, v); e != nil {
			return e // "activists clamoring to block Donald Trump say": Trump is the object
		}
	}
	if k := pc.placePrep(pc.nameStart(j, s)); k > s+1 && pc.word(k) == "in" && diplomaticHeads[pc.word(k-1)] && pc.toks[k-1].cap {
		if st := pc.nameStart(k-1, s); st >= s && st < k-1 {
			return pc.an.reg.body(pc.phraseText(st, j+1)) // "The Chinese Embassy in France said": the embassy, not France
		}
	}
	if k := pc.placePrep(pc.nameStart(j, s)); k >= s+2 && pc.word(k) == "in" && diplomaticHeads[pc.word(k-1)] && !pc.toks[k-1].cap && pc.toks[k-2].poss && pc.toks[k-2].cap {
		if st := pc.ownerStart(k-2, s); st >= s {
			return pc.an.reg.body(pc.phraseText(st, j+1)) // "Ukraine’s embassy in Washington said": the embassy, not Washington
		}
	}
	if k := pc.placePrep(pc.nameStart(j, s)); k > s+1 && (pc.word(k) == "in" || pc.word(k) == "near") && pc.isNameWord(k-1) && !pc.toks[k-1].poss {
		if st := pc.ofNameStart(k-1, s); st == pc.skipIntro(pc.skipDateline(s, v), v) || st == s+1 && pc.word(s) == "the" {
			if e := pc.npEndingAt(k-1, s); e != nil && e.org && !e.outlet && !isState(e.words) {
				return e // "The Tthek’éh Dene Nation in northwestern Alberta says": the nation, not Alberta
			}
		}
	}
	if k := pc.placePrep(pc.nameStart(j, s)); k > s+1 {
		if e := pc.personOfPlace(k, j, s, v, false); e != nil {
			return e // "A resident of Flint said", "a teacher at Lincoln High School said", "a trustee in west Winnipeg says": the person, not the place
		}
		if e := pc.bodyOfPlace(k, s, v); e != nil {
			return e // "A union in Ontario says": the union, named next
		}
	}
	if k := pc.nameStart(j, s); k > s && modifierPreps[pc.word(k-1)] {
		return nil // "critics like Tom Reyes argue": the name qualifies the subject
	}
	if k := pc.placeListStart(pc.nameStart(j, s), s); k > s+1 && placeOfPeople[pc.word(k-1)] && pluralOfPeople(pc.word(k-2)) {
		if st := pc.npStart(k-2, s); st >= 0 && pc.knownBodyEnd(st) <= st {
			if g := pc.groupOf(st, k-1); g != nil {
				return g // "Care home owners in England have warned": the owners, not England
			}
		}
	}
	if st := pc.skipIntro(pc.skipDateline(s, v), v); pc.word(st) == "one" {
		if end := pc.oneOfEnd(st, v); end > st && end == j+1 {
			return pc.oneOf(st, end) // "One of her aides said"
		}
	}
	if k := pc.nameStart(j, s); k > s+3 && pc.isNameWord(j) && oneOfLinks[pc.word(k-1)] {
		for st := k - 2; st >= s && st > k-8 && pc.toks[st].kind == tWord; st-- {
			if end := pc.oneOfEnd(st, v); pc.word(st) == "one" && end == k-1 && (st == s || pc.word(st-1) == ",") {
				return pc.oneOf(st, end) // "…, one of the former prosecutors for David Petraeus said": not Petraeus
			}
		}
	}
	if k := pc.nameStart(j, s); k > s+2 && pc.isNameWord(k) && pc.has(k-1, wPrep) {
		if p := k - 2; !pc.toks[p].cap && pc.toks[p].kind == tWord && strings.HasSuffix(pc.word(p), "ing") && !pc.isCue(p) {
			if e := pc.subjectBefore(p, s); e != nil {
				return e // "Another intelligence source speaking to Fox News said": the source, not Fox News
			}
		}
		if w := pc.word(k - 1); strings.HasSuffix(pc.word(v), "ing") && j == v-1 && (w == "at" || w == "to" || w == "on" || w == "against" || w == "about") {
			if e := pc.sentenceSubject(s, k); e != nil {
				return e // "X tweeted back at Trump pointing out …": X, not Trump
			}
		}
	}
	if k := pc.nameStart(j, s); k > s+2 && (pc.word(k-1) == "for" || pc.word(k-1) == "of") {
		st := pc.skipIntro(pc.skipDateline(s, k), k)
		if end := pc.oneOfEnd(st, k); end > st && end == k-1 {
			return pc.oneOf(st, end) // "one of the former prosecutors for David Petraeus said": not Petraeus
		}
	}
	if k := pc.ofNameStart(j, s); k > s+2 && pc.word(k-1) == "the" && memberLinks[pc.word(k-2)] {
		if e := pc.personOfPlace(k-2, j, s, v, false); e != nil {
			return e // "A researcher with the Fraser Institute said": the researcher, not the institute
		}
	}
	if e := pc.relativeHeadSubject(j, s); e != nil {
		return e // "A retired teacher who gave $5,000 to Harbour Trust told": the teacher
	}
	if e := pc.officeForPlace(j, s); e != nil {
		return e // "The Children's Commissioner for Wales said": the office, not Wales
	}
	if e := pc.npEndingAt(j, s); e != nil {
		return e
	}
	if e := pc.indefiniteSubject(j, s); e != nil {
		return e
	}
	if e := pc.leadSubject(v, s); e != nil {
		return e
	}
	if e := pc.gapRelativeSubject(j, v, s); e != nil {
		return e
	}
	return pc.describedSubject(pc.determinerBefore(j, s), j+1)
}

// titledRun reports a capitalised run at k of three words or more that
// holds a title before its last two: "Queensland MP Meaghan Holt".
func (pc *pctx) titledRun(k int) bool {
	r := pc.runEnd(k)
	if !pc.isNameWord(k) || r-k < 3 {
		return false
	}
	for q := k; q < r-2; q++ {
		if isTitleWord(strings.TrimSuffix(pc.word(q), ".")) {
			return true
		}
	}
	return false
}

// possessiveNameSpeaks reads a capitalised name in the possessive right
// before "said" or "told" at v, with no noun for it to own: a shop or a
// firm named so ("Sainsbury's said", "Harty's said", "St. Brendan's says").
func (pc *pctx) possessiveNameSpeaks(j, s, v int) *entity {
	if j < s || j != v-1 || !possessiveSays(pc.toks, v) || !pc.isNameWord(j) {
		return nil
	}
	n := pc.nameStart(j, s)
	if n-2 >= s && pc.word(n-1) == "." && saintWords[pc.word(n-2)] {
		n -= 2 // "St. Brendan's"
	}
	if n > s && (pc.has(n-1, wPrep) || pc.has(n-1, wDeterminer) || pc.toks[n-1].poss) {
		return nil // "for Harty's", "the District of St. Mary's": left to the phrase's own rules
	}
	return pc.an.reg.body(pc.phraseText(n, j+1))
}

// saintWords open a place's or an institution's name: "St. Mary's".
var saintWords = setOf(`st ste mt`)

// embeddedSubject reports the words before j to stand in a "that" clause
// an -ing verb of the main clause governs ("ordering that X be
// nominated"): what j's verb says of X is not the sentence's.
func (pc *pctx) embeddedSubject(j, s int) bool {
	for k := j - 1; k > s+1 && k >= j-4; k-- {
		if pc.word(k) == "that" && !pc.toks[k-1].cap && pc.toks[k-1].kind == tWord && !pc.has(k-1, wDeterminer|wPrep) && strings.HasSuffix(pc.word(k-1), "ing") {
			return true
		}
	}
	return false
}

// relativeHeadSubject is the person a "who" clause describes when the
// clause runs, with no comma and no cue of its own, from the role noun
// opening the sentence to j just before the cue: "A retired teacher who
// gave $5,000 to Harbour Trust told", "The judge who led the inquiry into
// the death of Brenna MacIsaac has found", "A nurse who asked not to be
// named because she feared for her job said". Nil for any other shape.
func (pc *pctx) relativeHeadSubject(j, s int) *entity {
	st := pc.skipIntro(pc.skipDateline(s, j), j)
	because := false
	for w := j - 1; w > st+1 && w > j-20; w-- {
		if pc.numberComma(w) {
			continue // "$5,000"
		}
		because = because || pc.word(w) == "because"
		if t := pc.toks[w]; t.kind == tQuote || t.kind != tWord && !isDigitStart(t.low) && t.low != "$" || pc.isCue(w) && !because && !pc.askedNotToBeNamed(w) {
			return nil // a comma, a quotation or another cue: not one clause
		}
		if pc.word(w) != "who" {
			continue
		}
		h := w - 1
		if pc.toks[h].cap || !(pc.has(h, wRole) || pc.is(h, mUnnamedHead) || pluralOfPeople(pc.word(h))) {
			return nil
		}
		d := h - 1
		for d > st && !pc.has(d, wDeterminer) && !pc.toks[d].cap && pc.toks[d].kind == tWord {
			d--
		}
		if d != st || !pc.has(d, wDeterminer) {
			return nil
		}
		if isDefinite(pc.word(d)) {
			return pc.roleNP(h, d)
		}
		return pc.unnamedAt(d, w)
	}
	return nil
}

// askedNotToBeNamed reports "asked not to be" at w: a source's condition,
// no cue of its own.
func (pc *pctx) askedNotToBeNamed(w int) bool {
	return pc.word(w+1) == "not" && pc.word(w+2) == "to" && pc.word(w+3) == "be"
}

// gapRelativeSubject is the subject of a cue in a relative clause with no
// "that", whose object is the noun before it: "a provision Israeli
// officials said would keep …" is the Israeli officials'. The cue's
// missing object (a modal right after it) tells the shape. Nil otherwise.
func (pc *pctx) gapRelativeSubject(j, v, s int) *entity {
	if !modalsBefore[pc.word(v+1)] || !pluralOfPeople(pc.word(j)) {
		return nil
	}
	c := j
	for c-1 > s && pc.toks[c-1].kind == tWord && pc.toks[c-1].cap {
		c--
	}
	if c == j || c-2 < s || pc.toks[c-1].kind != tWord || pc.has(c-1, wDeterminer|wPrep|wFunction) || !pc.has(c-2, wDeterminer) {
		return nil // "a provision Israeli officials": a noun, then who said it
	}
	return pc.an.reg.group(pc.phraseText(c, j+1))
}

// mainClauseStart is the token after the comma that closes a clause
// opening the sentence at s with a subordinator ("After X left,", "Years
// after X claimed that …,"), before v; s when there is none.
func (pc *pctx) mainClauseStart(s, v int) int {
	o := s
	if joiningWords[pc.word(o)] {
		o++
	}
	if pc.openingSubordinator(s) < 0 && (o+1 >= v || !pc.has(o+1, wSubordinator) || pc.toks[o].kind != tWord) {
		return s // "After …", "Years after …", "Even as …"
	}
	for k := o + 1; k < v && k < o+window; k++ {
		if pc.toks[k].kind == tQuote {
			return s
		}
		if pc.word(k) == "," {
			return k + 1
		}
	}
	return s
}

// oneOfEnd reads "one of the former prosecutors" at i and returns the
// index after the plural, or i when the words are not so. It registers
// nothing: a caller that takes the span makes its entity with oneOf.
func (pc *pctx) oneOfEnd(i, limit int) int {
	if pc.word(i) != "one" || pc.word(i+1) != "of" {
		return i
	}
	for k := i + 2; k < limit && k < i+7; k++ {
		if t := pc.toks[k]; t.kind != tWord || t.cap && !pc.has(k, wDeterminer) {
			return i
		}
		if w := pc.word(k); pluralOfPeople(w) || strings.HasSuffix(w, "s") && wordHas(strings.TrimSuffix(w, "s"), wRole) {
			return k + 1
		}
	}
	return i
}

// oneOf is the unnamed person of the group that oneOfEnd read as [i, end).
// oneOfLinks join "one of the prosecutors" to whom they serve: "for X".
var oneOfLinks = setOf(`for of with at to`)

func (pc *pctx) oneOf(i, end int) *entity {
	text := pc.phraseText(i, end)
	e := pc.an.unnamed(text, strings.TrimSuffix(pc.word(end-1), "s"))
	pc.traceTo(e, refRole, text, i)
	return e
}

// relativeSubject is the subject of the cue at v when a relative clause
// stands between them: "progressive organizations that have endorsed him
// say", "Friends of Mr. Clinton's who have seen him recently say". The
// subject opens the clause; nil for any other shape.
func (pc *pctx) relativeSubject(v, s int) *entity {
	if !pc.relativeBefore(v, s) {
		return nil // most cues: no "who" or "that" to look back to
	}
	bare := pc.skipDateline(s, v)
	if pc.has(bare, wIntro) {
		bare++ // "Yet some voters who …, on television, said": no opening phrase, though a comma follows
	}
	st := pc.skipIntro(pc.skipDateline(s, v), v)
	if m := pc.mainClauseStart(st, v); m > st {
		st, bare = m, m // "While the industry cannot block it, people who have battled threats say": the main clause's
	}
	if pc.has(st, wIntro) {
		st++ // "But progressive organizations …"
	}
	for k := v - 1; k > bare && k > v-window; k-- {
		if k <= st {
			st = bare
		}
		t := pc.toks[k]
		if t.low == "." && k-1 > st && endsAbbreviation(pc.toks[k-1]) || t.low == "," && pc.clauseCommaBefore(v) {
			continue // "who heard Mr. Clinton's speeches, on television, said": the clause's own stops
		}
		if t.kind != tWord || pc.isCue(k) && !pc.clauseOwnCue(k) {
			return nil // a comma, a quotation, another cue: not one clause
		}
		if t.low != "who" && t.low != "that" && t.low != "whose" {
			continue // ("A First Nation whose members have fished the river told …": whose clause, too)
		}
		if e := pc.closeToSource(k, st); e != nil {
			return e // "Two people familiar with the matter who were not authorized to speak publicly said"
		}
		if e := pc.authorBeforeThat(k, s); e != nil {
			return e // "a report last month from Auditor General Karen Mwangi-Fraser that found": hers, as with ", which found"
		}
		head := k
		for x := st + 1; x < k && x <= st+5; x++ {
			if pc.has(x, wPrep) {
				head = x // "Friends of Mr. Clinton's", "Democrats in Iowa": the noun before the preposition
				break
			}
		}
		if head-st < 1 || head-st > 5 || !pc.nounPhrase(st, head) || !pc.plainWords(head, k) {
			return nil
		}
		if pc.isNameWord(head-1) && !pc.toks[head-1].poss {
			if e := pc.npEndingAt(head-1, st); e != nil {
				return e
			}
		}
		w := pc.word(head - 1)
		who := t.low == "who" && head == k && (pc.word(st) == "a" || pc.word(st) == "an" || pc.word(st) == "the") && !pc.toks[head-1].cap && pc.toks[head-1].kind == tWord && !pc.has(head-1, wFunction) // "who" makes a noun someone: "a financier who"
		if who {
			if e := pc.personBeforeDescription(st, s); e != nil {
				return e // "Linda Moss, 61, a retired nurse who said": Moss, not someone unnamed
			}
		}
		if !pluralOfPeople(w) && !commonPlural(w) && !wordHas(w, wOrgHead) && !wordIs(w, mDocHead) && !wordHas(w, wRole) && !wordIs(w, mUnnamedHead) && !wordHas(w, wFemaleWord) && !wordHas(w, wMaleWord) && w != "those" {
			if who {
				return pc.an.unnamed(pc.phraseText(st, head), w) // "A financier who has given the maximum said": someone unnamed
			}
			return nil // "the fact that …", "It means that …": no relative clause of a speaker
		}
		if head-st == 2 && pc.word(st) == "the" && ledePeople[w] && pc.inLede() {
			if e := pc.an.cataphor(pc.p.text[int(pc.toks[st].start):int(pc.toks[head-1].end)], ""); e != nil {
				return e // "The man who ran the plant … told an inquiry": named next
			}
		}
		if e := pc.indefiniteSubject(head-1, st); e != nil {
			return e // "a young woman who had been …"
		}
		if g := pc.groupOf(st, head); g != nil {
			return g // "Some voters who heard him said": the voters, as "Some voters said"
		}
		return pc.literalSubject(st, head)
	}
	return nil
}

// clauseOwnCue reports a cue at k that a relative clause holds for why a
// source is unnamed: "who spoke on condition of anonymity", "who were not
// authorized to speak publicly".
func (pc *pctx) clauseOwnCue(k int) bool {
	if l, _ := pc.cueAt(k); l != "speak" && l != "talk" && l != "discuss" && l != "comment" {
		return false
	}
	w := pc.word(k - 1)
	return w == "who" || w == "to" && (pc.word(k-2) == "authorized" || pc.word(k-2) == "allowed" || pc.word(k-2) == "permitted")
}

// plainWords reports words [i, j) with no cue and no stop but a title's
// period: "of Mr. Clinton's" between a head and its "who".
func (pc *pctx) plainWords(i, j int) bool {
	for k := i; k < j; k++ {
		if pc.word(k) == "." && k > i && endsAbbreviation(pc.toks[k-1]) {
			continue
		}
		if pc.toks[k].kind != tWord || pc.isCue(k) {
			return false
		}
	}
	return true
}

// clauseCommaBefore reports a comma before the cue at v that may close a
// relative clause ("Voters who heard him, on television, said"): the cue is
// a plain verb of saying, and no name set off by commas stands before it
// ("A driver who gave his surname, Wong, said" is Wong).
func (pc *pctx) clauseCommaBefore(v int) bool {
	switch pc.word(v) {
	case "said", "say", "says", "told", "tell", "tells":
	default:
		return false // "…, called the “Crossroads of America”": a participle
	}
	if pc.word(v-1) != "," || !pc.isNameWord(v-2) {
		return pc.word(v-1) == ","
	}
	k := v - 2
	for k > 0 && pc.isNameWord(k-1) {
		k--
	}
	return pc.word(k-1) != ","
}

// namesOpenClause reports names joined by "and" or commas right before
// token j that open the clause: nothing before them but an opener.
func (pc *pctx) namesOpenClause(j, s int) bool {
	k := j - 1
	if k <= s || !pc.isNameWord(k) {
		return false
	}
	for k > s && (pc.isNameWord(k-1) || pc.word(k-1) == "and" || pc.word(k-1) == "," || pc.word(k-1) == ".") {
		k--
	}
	return k == s || pc.has(k-1, wIntro) && k-1 == s
}

// headlineRole is the holder a headline's bare role stands for, named in
// the body ("…, premier says", "Minister vows …"): someone the lede names.
func (pc *pctx) headlineRole(v, s int) *entity {
	j := v - 1
	if pc.p.num != 1 && !(pc.p.num == 2 && pc.an.deck) || j < s || pc.toks[j].kind != tWord || !wordHas(pc.toks[j].low, wRole) || spokesRoles[pc.toks[j].low] {
		return nil
	}
	from := j
	if j > s && pc.word(j-1) != "," {
		if !pc.describedRole(s, j) {
			return nil // "the premier says" is roleNP's; "Ontario premier says" names the place
		}
		from = s // "Former water manager says": a role described, named below
	}
	return pc.an.cataphorTitle(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)], pc.toks[j].low)
}

// describedRole reports a headline's role phrase [s, j] that names no
// place nor body: an adjective such as "Former" capitalised as the
// headline opens, then lower-case words ("Former water manager").
func (pc *pctx) describedRole(s, j int) bool {
	if j-s > 3 || !roleOpeners[pc.toks[s].low] {
		return false
	}
	for k := s + 1; k < j; k++ {
		if t := pc.toks[k]; t.kind != tWord || t.cap || t.has(wFunction|wDeterminer|wPrep) || pc.isCue(k) {
			return false
		}
	}
	return true
}

var roleOpeners = setOf(`former ex-  retired veteran longtime long-time top senior acting interim`)

// relativeBefore reports a "who" or "that" before the cue at v in its
// sentence, within reach: a look at the words alone, before any rule.
func (pc *pctx) relativeBefore(v, s int) bool {
	for k := v - 1; k > s && k > v-window; k-- {
		if t := &pc.toks[k]; t.kind == tWord && (t.low == "who" || t.low == "that" || t.low == "whose") {
			return true
		}
	}
	return false
}

// nounPhrase reports words [i, j) that can be one noun phrase: no verb, no
// cue, no adverb, no pronoun.
func (pc *pctx) nounPhrase(i, j int) bool {
	for x := i; x < j; x++ {
		t := pc.toks[x]
		if t.kind != tWord || verbLike(t) || finiteVerbs[t.low] || pc.isCue(x) || pc.has(x, wAdverb|wFunction) && !pc.has(x, wDeterminer) && t.low != "those" {
			return false
		}
		if _, pron := pronounGender(t.low); pron || t.low == "it" {
			return false
		}
	}
	return true
}

// objectBeforeTo is the named object of a verb that has it speak, before
// the "to" at j of an infinitive cue: "force Sen. Bernie Sanders to
// acknowledge", "led DNC chairwoman Debbie Wasserman Schultz to announce".
func (pc *pctx) objectBeforeTo(j, s int) *entity {
	if j-1 <= s || !pc.isNameWord(j-1) {
		return nil
	}
	n := pc.nameStart(j-1, s)
	for k := max(s, j-8); k < n; k++ {
		if pc.isNameWord(k) && pc.runEnd(k) == j {
			n = k // "Sen. Bernie Sanders": the title's run
			break
		}
	}
	for n > s+1 && n > j-10 && pc.toks[n-1].kind == tWord && !objectControl[pc.word(n-1)] && !verbLike(pc.toks[n-1]) &&
		!pc.has(n-1, wDeterminer|wPrep|wFunction) {
		n-- // role words before the name: "DNC chairwoman", "party chairwoman"
	}
	if n <= s {
		return nil
	}
	if t := pc.toks[n-1]; t.kind != tWord || !objectControl[t.low] {
		return nil
	}
	return pc.npEndingAt(j-1, s)
}

// objectControl are verbs whose object does what the infinitive after it
// says: "force X to concede", "led X to announce".
// Not "ask" or "urge": the asking is the subject's own speech.
var objectControl = map[string]bool{"force": true, "forces": true, "forced": true, "led": true, "lead": true, "leads": true,
	"push": true, "pushes": true, "pushed": true, "prompt": true, "prompts": true, "prompted": true,
	"cause": true, "causes": true, "caused": true, "persuade": true, "persuades": true, "persuaded": true,
	"convince": true, "convinces": true, "convinced": true, "forcing": true, "leading": true, "pushing": true,
	"prompting": true, "causing": true, "persuading": true, "convincing": true}

// timeBefore is the first word of a phrase of time ending at j ("this
// past week", "last month", "on Monday", "earlier this year"), or j+1 when
// none ends there.
func (pc *pctx) timeBefore(j, s int) int {
	if j <= s || !pc.has(j, wTime|wCalendar) || pc.has(j, wCalendar) && pc.toks[j].cap && pc.isNameWord(j) && !timeOpeners[pc.word(j-1)] {
		return j + 1 // not "Mrs May" or "Theresa May": a name (but "later Wednesday" is a time)
	}
	k := j
	for k > s && k > j-4 && timeOpeners[pc.word(k-1)] {
		k--
	}
	if k == j && !pc.has(j, wCalendar) {
		return j + 1 // "week" alone is no phrase of time
	}
	return k
}

// timePhraseEnd is the index after the comma of a short phrase of time
// that opens a clause with a demonstrative ("This year,", "That night,",
// "This Tuesday,"), or s. ("Last week," is read where the clause's words
// are: "Last week, city council voted to ask …" is no one's statement.)
func (pc *pctx) timePhraseEnd(s, v int) int {
	switch pc.word(s) {
	case "this", "that":
	default:
		return s
	}
	if s+2 < v && pc.word(s+2) == "," && (pc.has(s+1, wTime|wCalendar) || isTimeUnit(pc.word(s+1))) {
		return s + 3
	}
	return s
}

// timeOpeners stand before a word of time in a phrase of time.
var timeOpeners = map[string]bool{"this": true, "last": true, "next": true, "past": true, "on": true,
	"early": true, "earlier": true, "late": true, "later": true, "that": true, "same": true, "the": true}

// asClauseSubject is the subject of a clause "as X put it," that ends at
// its cue, however long the aside after X: "As Akhil Amar, professor of law
// at Yale and author of “…,” put it, “…”"; nil for any other shape.
func (pc *pctx) asClauseSubject(v, s int) *entity {
	_, n := pc.cueAt(v)
	if w := pc.word(v + n); n == 0 || w != "," && w != "." {
		return nil
	}
	for k := v - 1; k >= s && k > v-window; k-- {
		if pc.word(k) != "as" {
			continue
		}
		if k > s && pc.word(k-1) != "," {
			return nil
		}
		if e, after, ok := pc.npForward(k+1, v); ok && e != nil && (after == v || pc.word(after) == ",") {
			return e
		}
		return nil
	}
	return nil
}

// leadSubject finds the subject that opens the clause of the cue at v when
// adjuncts stand between them: "Jeb Bush in a Medium post said", "Trump at
// the time said"; nil when anything else stands there.
func (pc *pctx) leadSubject(v, s int) *entity {
	from := pc.skipIntro(pc.skipDateline(s, v), v)
	for k := v - 1; k > from; k-- {
		if w := pc.word(k); w == "," || w == ";" || w == ":" || pc.toks[k].kind == tQuote {
			from = k + 1
			break
		}
	}
	if pc.has(from, wIntro) {
		from++ // "…, while Jeb Bush in a Medium post said"
	}
	for k := v - 2; k > from && k > v-12; k-- {
		if (pc.has(k, wSubordinator) || pc.word(k) == "that") && pc.isNameWord(k+1) {
			from = k + 1 // "… was complete when Trump in his speech promised", "such a presence that Sanders during a visit thanked"
			break
		}
	}
	if from >= v-1 {
		return nil
	}
	e, after, ok := pc.npForward(from, v)
	if !ok || after <= from || after >= v || !pc.adjunctsOnly(after, v) {
		return nil
	}
	if e == nil {
		e = pc.describedSubject(from, after)
	}
	return e
}

// adjunctsOnly reports tokens [i, v) that are only phrases of time, place
// and manner: "in a Medium post", "at the time", "on Wednesday", "later".
func (pc *pctx) adjunctsOnly(i, v int) bool {
	if v-i > 10 {
		return false
	}
	if pc.agoPhrase(i, v) {
		return true
	}
	if w := pc.word(i); !pc.has(i, wPrep|wCalendar) && !wordHas(w, wTime) && !isAdverb(w) && !softAdverbs[w] {
		return false
	}
	for k := i; k < v; k++ {
		t := pc.toks[k]
		if t.kind != tWord || verbLike(t) || pc.isCue(k) || subjectBoundary[t.low] || t.low == "of" && k == i {
			return false
		}
	}
	return true
}

// determinerBefore is the determiner opening the lower-case noun phrase
// that ends at j ("the former pollster"), or -1.
func (pc *pctx) determinerBefore(j, s int) int {
	for k := j; k >= s && k > j-5; k-- {
		t := pc.toks[k]
		if t.kind != tWord || k < j && t.poss {
			return -1
		}
		if t.has(wDeterminer) {
			if b := pc.toks[max(k-1, 0)]; k > s && b.kind == tWord && !subjectBoundary[b.low] && !isAdverb(b.low) {
				return -1 // "aides to the mayor said": the phrase must open the clause
			}
			return k
		}
		if t.has(wPrep|wFunction) || verbLike(t) {
			return -1 // capitalised modifiers stay: "the NFL legend"
		}
	}
	return -1
}

// ownerWords open a noun phrase as its owner's: "his colleague".
var ownerWords = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// describedSubject is the speaker a definite noun phrase [i, j) describes
// when nothing in the article resolves it: "the former pollster" stands as
// an unnamed source, "the crowd" as a group, "the report" as a document.
func (pc *pctx) describedSubject(i, j int) *entity {
	if i < 0 || j-i < 2 || !pc.has(i, wDeterminer) || !isDefinite(pc.word(i)) && !ownerWords[pc.word(i)] {
		return nil
	}
	if pc.word(i) == "that" && i > 0 && (pc.word(i-1) == "and" || pc.isCue(i-1)) && pluralOfPeople(pc.word(j-1)) {
		return nil // "said … and that voters were asking him “…”": "that" opens the clause, no "those voters"
	}
	head := pc.word(j - 1)
	if !pluralOfPeople(head) && !wordIs(head, mDocHead) && !wordIs(head, mStatementWord) && !wordHas(head, wRole) && !wordIs(head, mUnnamedHead) {
		return nil
	}
	for k := i + 1; k < j; k++ {
		if t := pc.toks[k]; t.kind != tWord || t.has(wPrep|wFunction|wDeterminer) || t.poss || pc.isCue(k) {
			return nil
		}
	}
	if e := pc.formerOf(i, j-1, head); e != nil {
		return e // "the former England midfielder said"
	}
	if head == "republican" || head == "democrat" {
		// "The Wisconsin Republican said": the person of that party and place
		if st := pc.roleState(i, j); st != "" {
			if e := pc.personOfParty(partyOf(head), j); e != nil && slices.Contains(e.places, st) {
				pc.traceTo(e, refRole, pc.phraseText(i, j), i) // the description is one of the names the article gives them
				return e
			}
			if e := pc.an.lastSpeaker; e != nil && pc.p.num-pc.an.lastStmtPar <= 1 && e.personLike() && !e.unnamed && !otherParty(e, partyOf(head)) && !placedElsewhere(e, st) {
				pc.traceTo(e, refRole, pc.phraseText(i, j), i)
				return e // "House Speaker Paul Ryan says …" then "The Wisconsin Republican says …": the one just quoted
			}
		} else if e := pc.partisanNamedLately(partyOf(head), j); e != nil {
			pc.traceTo(e, refRole, pc.phraseText(i, j), i)
			return e // "Sen. Janet Kowalczyk has a line …" then "the two-term Democrat told the crowd": her
		}
	}
	if j == i+2 && pc.word(i) == "the" && pc.word(j) == "who" && wordIs(head, mUnnamedHead) && pc.inLede() && i == pc.skipIntro(pc.skipDateline(pc.sentOf[i], j), j) {
		if e := pc.an.cataphor(pc.phraseText(i, j), ""); e != nil {
			pc.an.pendingWho = true
			e.learnGenderWord(head) // "he" in the next paragraph is him
			return e                // "The man who has represented this stretch … longer than anyone": named next
		}
	}
	return pc.phraseSpeaker(i, j)
}

// jointPollster reports a slash at k joining two names with no space,
// as a poll run by two outlets is named: "USA Today/Suffolk University".
func (pc *pctx) jointPollster(k int) bool {
	if pc.word(k) != "/" || k == 0 || k+1 >= len(pc.toks) {
		return false
	}
	a, b, c := pc.toks[k-1], pc.toks[k], pc.toks[k+1]
	return a.cap && c.cap && a.kind == tWord && c.kind == tWord && a.end == b.start && b.end == c.start
}

// indefiniteSubject finds an unnamed source or a document whose phrase
// runs on before the cue: "Another source familiar with Cruz's thinking
// said", "A news report published Wednesday said", "An earlier report in
// a New Hampshire paper said".
func (pc *pctx) indefiniteSubject(j, s int) *entity {
	for d := j; d >= s && d > j-12; d-- {
		switch pc.word(d) {
		case "a", "an", "one", "another":
		case "someone", "somebody":
			if d == s || subjectBoundary[pc.word(d-1)] || pc.word(d-1) == "," {
				return pc.an.unnamed(pc.word(d), pc.word(d)) // "Someone in the audience shouted, “…”"
			}
			return nil
		case ",", ".", ";":
			return nil
		default:
			continue
		}
		if d > s && pc.has(d-1, wPrep) && !pc.has(d-1, wDeterminer) {
			continue // "in a New Hampshire paper": the subject stands before
		}
		if d > s && !pc.has(d-1, wDeterminer) && pc.word(d-1) != "," && !subjectBoundary[pc.word(d-1)] && d != pc.skipDateline(s, d) {
			return nil // the phrase must open the clause: not "told a source close to him"
		}
		for h := d + 1; h <= d+7 && h <= j; h++ {
			w := pc.word(h)
			if pc.jointPollster(h) {
				continue // "A USA Today/Suffolk University poll": two pollsters' names
			}
			if pc.toks[h].kind != tWord || pc.has(h, wPrep) && !(w == "of" && pc.toks[h-1].cap && pc.toks[h+1].cap && h > d+1) {
				return nil // but "a University of Saskatchewan hydrologist": a name's "of"
			}
			if pc.toks[h].poss && h < j {
				continue // "An inspector’s report": the report
			}
			if wordIs(w, mUnnamedHead) || wordHas(w, wRole) && !wordIs(w, mKinNoun) || h == j && !pc.toks[h].cap && isJobWord(w) && pc.toks[h-1].cap {
				if l := pc.laterHead(h, j); l > h {
					h, w = l, pc.word(l) // "A senior law enforcement official": the official, not "a senior law"
				}
				if strings.HasPrefix(w, "spokes") {
					if org := pc.bodyModifier(d+1, h); org != nil {
						return org // "a Haldane spokeswoman said": the company speaks
					}
				}
				return pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[h].end)], w)
			}
			if wordIs(w, mDocHead) && pc.laterHead(h, j) == h {
				if e := pc.ownersDocument(d, h+1); e != nil {
					return e // "Its forecast warned": Avalanche Canada's
				}
				return pc.an.document(pc.phraseText(d, h+1))
			}
			if wordHas(w, wOrgHead) && (h == j || pc.has(h+1, wPrep)) && !(pc.toks[h].cap && pc.word(h+1) == "of" && h+2 <= j && pc.toks[h+2].cap) { // "a University of Saskatchewan hydrologist" goes on
				for p := h + 2; pc.word(h+1) == "of" && p <= h+3 && p <= j; p++ {
					if pluralOfPeople(pc.word(p)) {
						return pc.an.reg.group(capitalise(pc.p.text[int(pc.toks[d].start):int(pc.toks[p].end)])) // "A group of protesters"
					}
				}
				if pc.toks[h].cap && pc.isNameWord(d+1) && pc.runEnd(d+1) == h+1 {
					if e := pc.entityAt(d+1, h+1); e != nil && e.org {
						return e // "A Waterloo Region District School Board …": the board named, no "A" in its name
					}
				}
				e := pc.an.reg.body(pc.p.text[int(pc.toks[d].start):int(pc.toks[h].end)]) // "A major civil rights group says"
				pc.an.awaitBodyName(pc, e, w)
				return e
			}
		}
		return nil
	}
	return nil
}

// toRoles are roles held to a country or a person: "ambassador to Canada",
// "adviser to the premier".
var toRoles = setOf(`ambassador envoy adviser advisor representative delegate consul emissary`)

// diplomaticHeads end the names of a country's offices abroad, which
// carry the place they sit in: "the Chinese Embassy in France".
var diplomaticHeads = setOf(`embassy consulate consulate-general mission delegation`)

// personPlaces link an unnamed person to the place that qualifies them.
var personPlaces = setOf(`in of at from near outside`)

// placePrep is where the preposition before a place named from k stands,
// past a direction ("in west Winnipeg") or a place noun ("from the nearby
// community of Tahtsa Landing"), or -1.
func (pc *pctx) placePrep(k int) int {
	if k > 3 && pc.word(k-1) == "of" && placeNouns[pc.word(k-2)] {
		d := k - 3
		for d > 0 && d >= k-5 && pc.toks[d].kind == tWord && !pc.toks[d].cap && !pc.has(d, wDeterminer|wPrep) {
			d-- // "the nearby community of", "the remote fly-in village of"
		}
		if pc.has(d, wDeterminer) && pc.is(d-1, mPersonPlace) {
			return d - 1 // "from the community of Tahtsa Landing": the place of the person before it
		}
	}
	if k > 0 && pc.is(k-1, mPersonPlace) {
		return k - 1
	}
	if k > 1 && pc.is(k-1, mDirectionWord) && pc.is(k-2, mPersonPlace) {
		return k - 2
	}
	return -1
}

var directionWords = setOf(`north south east west northern southern eastern western central northwestern northeastern southwestern southeastern rural suburban downtown north-western north-eastern south-western south-eastern far-north outer inner`)

// personOfPlace reads an unnamed person qualified by a place whose
// preposition stands at p and whose name ends at j, as the subject of the
// cue at v: "One woman in Des Moines said". nil for any other shape, or,
// unless anywhere (a relative clause's antecedent: "a resident of Flint
// who said"), where the phrase does not open the clause.
func (pc *pctx) personOfPlace(p, j, s, v int, anywhere bool) *entity {
	h := p - 1
	if pc.toks[h].kind != tWord || pc.toks[h].cap {
		return nil
	}
	head := pc.word(h)
	aged := strings.HasSuffix(head, "-old")
	if !(wordHas(head, wRole) || wordIs(head, mUnnamedHead) || isJobWord(head) || wordHas(head, wFemaleWord) || wordHas(head, wMaleWord) || aged) || pluralOfPeople(head) {
		return nil
	}
	d := h - 1
	for d > s && d >= h-3 && pc.toks[d].kind == tWord && !pc.toks[d].cap && !pc.has(d, wDeterminer) {
		d-- // "a longtime local teacher"
	}
	if w := pc.word(d); (anywhere || aged) && w == "the" {
		if e := pc.roleNP(h, s); e != nil {
			return e // "the mayor of Flint, who said": the mayor the article knows
		}
	} else if w != "a" && w != "an" && w != "one" && w != "another" {
		return nil
	}
	if d-2 >= s && pc.word(d-1) == "," && pc.isNameWord(d-2) {
		return pc.npEndingAt(d-2, s) // "Howard Rubel, a senior analyst at Jefferies, who notes": Rubel
	}
	if d-4 >= s && pc.word(d-1) == "," && isDigitStart(pc.word(d-2)) && pc.word(d-3) == "," && pc.isNameWord(d-4) {
		return pc.npEndingAt(d-4, s) // "Manpreet Sandhu, 23, a student from Ludhiana, India, said": Sandhu
	}
	if !anywhere && d != pc.skipIntro(pc.skipDateline(s, v), v) && pc.word(d-1) != "," && !subordinators[pc.word(d-1)] { // (but "after a woman in Worcester told him": her clause)
		return nil // "He met a resident of Flint who said": another's clause
	}
	text := pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)]
	e := pc.an.unnamed(text, head)
	pc.traceTo(e, refRole, text, d)
	return e
}

// ofNameStart is nameStart across the "of" inside a body's name: "the
// University of Saskatchewan" starts at "University".
func (pc *pctx) ofNameStart(j, s int) int {
	k := pc.nameStart(j, s)
	for n := 0; n < 2 && k-2 > s && pc.word(k-1) == "of" && pc.isNameWord(k-2); n++ {
		k = pc.nameStart(k-2, s)
	}
	return k
}

// memberLinks join a person to the body they work at: "a researcher
// with the Fraser Institute", "an economist at the Conference Board".
var memberLinks = setOf(`at with from of`)

// commaBefore is the comma nearest before the cue at v within a dozen
// words, or -1.
func (pc *pctx) commaBefore(v, s int) int {
	for k := v - 1; k > s && k >= v-12; k-- {
		if t := pc.toks[k]; t.low == "," {
			return k
		} else if t.kind != tWord {
			return -1
		}
	}
	return -1
}

// modifierPreps open a phrase that qualifies a noun before it.
var modifierPreps = map[string]bool{"like": true, "including": true, "from": true,
	"among": true, "than": true, "against": true, "besides": true}

// definiteDemonym is the person "the" and a people's name at j (opening
// its sentence, before its verb or an aside) point back to: "The Canadian
// said" after Léa-Rose Beaulieu; nil for a body or an outlet so named ("the
// Guardian reported", "The Vatican says").
func (pc *pctx) definiteDemonym(j, s int) *entity {
	t := pc.toks[j]
	if !t.cap || j-1 < s || pc.word(j-1) != "the" || j-1 != pc.skipIntro(pc.sentOf[j], j) || !isDemonym(t.low) || !strings.HasSuffix(t.low, "an") {
		return nil
	}
	if n := pc.word(j + 1); n != "," && !pc.isCue(j+1) && !pc.is(j+1, mAuxBeforeCue) {
		return nil
	}
	if isOutletName([]string{t.low}) || isOrgName([]string{t.low}) || knownBodies[t.low] || pc.an.reg.findOrg([]string{t.low}) != nil {
		return nil
	}
	if e := pc.an.reg.byHead(t.low, false); e != nil {
		return e
	}
	return pc.resolvePerson(unknownGender, j-1)
}

// authorBeforeThat is the author named just before the "that" at k, after
// a document's "by" or "from" ("a report last month from Auditor General
// Karen Mwangi-Fraser that found"); nil for any other shape.
func (pc *pctx) authorBeforeThat(k, s int) *entity {
	if pc.word(k) != "that" || !pc.isNameWord(k-1) || pc.toks[k-1].poss {
		return nil
	}
	n := pc.nameStart(k-1, s)
	for n > s && pc.has(n-1, wTitle) && pc.toks[n-1].cap {
		n-- // "Auditor General"
	}
	if w := pc.word(n - 1); w != "by" && w != "from" {
		return nil
	}
	for d := n - 2; d > s && d >= n-5; d-- {
		if pc.is(d, mDocHead) {
			return pc.npEndingAt(k-1, n)
		}
		if t := pc.toks[d]; t.kind != tWord || t.cap && !pc.has(d, wCalendar) {
			return nil
		}
	}
	return nil
}

// nameStart is the first word of the name that ends at j, or j when no
// name ends there.
func (pc *pctx) nameStart(j, s int) int {
	k := j
	for k > s && k > j-6 && pc.isNameWord(k-1) {
		k--
	}
	if k-1 >= s && bodyJoint(pc.toks[k-1].low) {
		return pc.bodyNameStart(k, j, s) // most names stand after no body's small word
	}
	return k
}

// bodyNameStart is where a body's name with small words that ends at j
// begins ("Friends of the Earth Canada", "Immigration, Refugees and
// Citizenship Canada"), or k, where its capitalised words begin.
func (pc *pctx) bodyNameStart(k, j, s int) int {
	if w := pc.toks[k-1].low; w == "and" || w == "," {
		start := k
		for b := k - 2; b >= s && b >= k-8; b-- {
			if pc.toks[b].cap && pc.portfolioListEnd(b) > j {
				start = b // "Immigration, Refugees and Citizenship Canada", "Crown-Indigenous Relations and Northern Affairs Canada": the list's first
			}
		}
		return start
	}
	for b := k - 2; b >= s && b >= k-4; b-- {
		if pc.toks[b].cap && (pc.knownBodyEnd(b) >= k || b == k-2 && pc.toks[k-1].low == "for" && pc.causeBodyEnd(b) == j+1) {
			return b // "Friends of the Earth Canada", "Americans for Prosperity"
		}
	}
	if k-2 >= s && pc.toks[k-1].low == "against" && pc.toks[k-1].cap && (pc.has(k-2, wOrgHead) || pluralOfPeople(pc.toks[k-2].low)) && pc.toks[k-2].cap {
		return pc.nameStart(k-2, s) // "the Independent Commission Against Corruption", "Mothers Against Drunk Driving"
	}
	return k
}

// holdsWhose reports "whose" in the paragraph, looked for once: the
// rules for "whose" clauses ask at most subjects.
func (pc *pctx) holdsWhose() bool {
	if pc.whose == 0 {
		pc.whose = 2
		if strings.Contains(pc.p.text, "whose") {
			pc.whose = 1
		}
	}
	return pc.whose == 1
}

// whoseAsideBefore is the comma that opens a "whose" clause closed by the
// comma at c ("X, whose party has long argued that …, said"), or -1: the
// clause holds a cue of its own, which is not the subject's.
// absoluteSubjectBeforeAside is the name before a ", who …," or ",
// whose …," aside closed by the comma at c, when "and" or "with" opens
// the name: the subject of an absolute clause whose participle follows
// the aside ("with X pivoting … and Y, whose state borders Mexico,
// saying"). Nil for any other shape.
func (pc *pctx) absoluteSubjectBeforeAside(c, s int) *entity {
	for k := c - 1; k > s+1 && k > c-16; k-- {
		w := pc.word(k)
		if pc.toks[k].kind == tQuote || w == ";" || pc.isCue(k) {
			return nil
		}
		if w != "," {
			continue
		}
		if r := pc.word(k + 1); r != "who" && r != "whose" || !pc.isNameWord(k-1) {
			return nil
		}
		n := pc.nameStart(k-1, s)
		if b := pc.word(n - 1); n > s && (b == "and" || b == "with") {
			return pc.entityAt(n, k)
		}
		return nil
	}
	return nil
}

// bodyBeforePlace is the body named before "in City, State," whose
// closing comma is at j: "the 4th U.S. Circuit Court of Appeals in
// Richmond, Virginia,". Nil for a person or any other shape.
func (pc *pctx) bodyBeforePlace(j, s int) *entity {
	st := pc.nameStart(j-1, s) // the state
	if st-2 <= s || pc.word(st-1) != "," {
		return nil
	}
	city := pc.nameStart(st-2, s)
	if city-2 <= s || pc.word(city-1) != "in" || !pc.isNameWord(city-2) {
		return nil
	}
	e := pc.npEndingAt(city-2, s)
	if e == nil || !e.org || e.outlet || isPlaceEntity(e) {
		return nil
	}
	return e
}

func (pc *pctx) whoseAsideBefore(c, s int) int {
	if !pc.holdsWhose() {
		return -1
	}
	for k := c - 1; k > s && k > c-40; k-- {
		if pc.toks[k].kind == tQuote {
			return -1
		}
		if pc.word(k) == "," && pc.word(k+1) == "whose" {
			if !pc.hasCueIn(k+2, c) {
				return -1 // "X (D-Ariz.), whose district includes …, said": no cue inside, the usual rules read it
			}
			return k
		}
		if pc.word(k) == "whose" && pc.word(k-1) != "," && pc.toks[k-1].kind == tWord && pc.hasCueIn(k+1, c) && pc.appositiveBefore(k, s) {
			return k // "Braelyn, a Grade 12 student from Ashburn Lake First Nation whose mother asked that …, said": the aside's own cue
		}
	}
	return -1
}

// surnameRun is the lower-case surname the name words [i, j) spell: "van
// slyke" for "Van Slyke".
func (pc *pctx) surnameRun(i, j int) string {
	if j == i+1 {
		return pc.toks[i].low
	}
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, pc.toks[k].low)
	}
	return strings.Join(parts, " ")
}

// appositiveBefore reports a name, a comma and "a" or "an" opening the
// sentence before token k: "Braelyn, a Grade 12 student … whose".
func (pc *pctx) appositiveBefore(k, s int) bool {
	for c := s + 1; c < k && c < s+6; c++ {
		if pc.word(c) == "," {
			return pc.isNameWord(c-1) && (pc.word(c+1) == "a" || pc.word(c+1) == "an")
		}
	}
	return false
}

// whoseBefore is the "whose" after a comma that opens the subject of the
// cue after j, its noun a body's ("X, whose party has long argued"), or -1.
func (pc *pctx) whoseBefore(j, s int) int {
	if pc.word(j-1) != "whose" && pc.word(j-2) != "whose" && pc.word(j-3) != "whose" && pc.word(j-4) != "whose" {
		return -1 // the cheap test first: most subjects have no "whose" before them
	}
	k := j
	for k > s+1 && k > j-4 && (pc.has(k, wAdverb) || isAdverb(pc.word(k)) || softAdverbs[pc.word(k)] || pc.is(k, mAuxBeforeCue)) {
		k-- // "whose party has long argued": the noun, then its auxiliary and adverbs
	}
	if w := pc.word(k); pc.word(k-1) == "whose" && pc.word(k-2) == "," && (wordHas(w, wOrgHead) || wordHas(w, wOrg)) {
		return k - 1
	}
	return -1
}

// isPlaceEntityWord reports a place's one-word name: a city, a region, a
// province.
func isPlaceEntityWord(w string) bool {
	return wordIs(w, mPlaceName) || isProvince(w)
}

// unionLocalEndingAt is the union local whose name ends at token j, "Local
// 7 of the Pacific Retail and Food Workers Union", registered whole so
// that "the union" and "the local" later are it; nil otherwise.
func (pc *pctx) unionLocalEndingAt(j, s int) *entity {
	if !pc.isNameWord(j) || !isUnionWord(pc.word(j)) && !unionPlurals[pc.word(j)] {
		return nil // the cheap test first: most names end in no union's word
	}
	n := pc.longNameStart(j, s)
	if n-4 < s || pc.word(n-1) != "the" || pc.word(n-2) != "of" || !isDigitStart(pc.word(n-3)) || pc.word(n-4) != "local" {
		return nil
	}
	e := pc.an.reg.body(pc.phraseText(n-4, j+1))
	e.union = true
	e.addHead("union")
	e.addHead("local")
	return e
}

// bodyJoint reports a word that stands inside bodies' names before a
// capitalised word (a switch: nameStart runs for most subjects).
func bodyJoint(w string) bool {
	switch w {
	case "the", "of", "and", "without", "sans", "for", "against", ",":
		return true
	}
	return false
}

// conditionWords open a clause that a participle after it does not
// belong to.
var conditionWords = setOf(`if unless whether`)

// clauseSubject finds the subject of the clause that ends at the comma c:
// the noun phrase before its past-tense verb ("the delegation walked out,").
func (pc *pctx) clauseSubject(c, s int) *entity {
	k := pc.pastVerbBefore(c, s)
	if k < 0 {
		return nil
	}
	j := k - 1
	for j > s && pc.toks[j].kind == tWord && !pc.toks[j].cap && isAdverb(pc.word(j)) {
		j-- // "An official later walked back the comments, saying"
	}
	if w := pc.word(j); w == "who" || w == "that" && pc.isNameWord(j-1) {
		return pc.relativeAntecedent(j, s) // "…, a 70-year-old academic named Eric Kingson, who worked the crowd, praising"
	}
	if pc.embeddedSubject(j, s) {
		if e := pc.sentenceSubject(s, c); e != nil {
			return e // "The arbitrator stopped short of ordering that X be nominated, writing": the arbitrator, not X
		}
	}
	if st := pc.npStart(j, s); st > s && conditionWords[pc.word(st-1)] {
		return nil // "He would not say … if it formed government, telling reporters": the main clause's subject tells
	}
	if e := pc.reporterOfClause(j, s); e != nil {
		return e // "X denied the company had offered a schedule, saying": X, whose clause the company's is
	}
	if e := pc.indefiniteSubject(j, s); e != nil {
		return e
	}
	if e := pc.groupOfPlace(j+1, s); e != nil {
		return e // "Republicans on Capitol Hill welcomed the move, saying": the Republicans
	}
	if e := pc.roleOfPhrase(s, j+1); e != nil {
		return e // "The mayor of Rockport fired the chief, saying": the mayor, not the town
	}
	if e := pc.npEndingAt(j, s); e != nil {
		return e
	}
	if st := pc.npStart(j, s); st >= 0 {
		return pc.groupOf(st, j+1) // "where about 50 protesters had gathered on Wednesday, chanting"
	}
	return nil
}

// pastVerbBefore is a lower-case past tense a few words before the comma
// at c ("walked back the comments,"), or -1.
func (pc *pctx) pastVerbBefore(c, s int) int {
	for k := c - 1; k > s && k >= c-4; k-- {
		if pc.toks[k].kind != tWord || pc.toks[k].cap {
			continue
		}
		w := pc.word(k)
		if looksPast(w) && pc.attributiveAt(k) {
			continue // "in New Hampshire's final televised debate,": an adjective, no verb
		}
		if looksPast(w) {
			return k // "walked back the comments,"
		}
		if strings.HasSuffix(w, "ing") && k-1 > s && progressiveAux[pc.word(k-1)] {
			return k - 1 // "Democrats aren't buying it, noting that …": the verb's auxiliary
		}
	}
	for k := c - 5; k > s && k >= c-14; k-- {
		if !looksPast(pc.word(k)) || pc.toks[k].cap || slices.ContainsFunc(pc.toks[k:c], func(t token) bool { return t.low == "," || t.kind == tQuote }) {
			continue
		}
		if k >= c-7 && pc.has(k+1, wDeterminer) || pc.isNameWord(k-1) && relativeWords[pc.word(pc.nameStart(k-1, s)-1)] {
			return k // "awarded a laid-off developer 14 months’ pay,", "in which Justice X awarded … pay,": a longer object
		}
	}
	return -1
}

var relativeWords = setOf(`which whom where when`)

// attributiveAt reports a past form at k that qualifies the noun after it,
// standing after an article or a possessive and any adjectives: "the
// televised debate", "New Hampshire's final televised debate".
func (pc *pctx) attributiveAt(k int) bool {
	if k+2 >= len(pc.toks) || pc.toks[k+1].kind != tWord || pc.isCue(k+1) || pc.has(k+1, wFunction|wPrep|wDeterminer) || pc.word(k+2) != "," {
		return false // (a verb takes an object: "defended the spending,", "refused to resign,")
	}
	for d := k - 1; d >= 0 && d >= k-3; d-- {
		t := pc.toks[d]
		if pc.has(d, wDeterminer) || t.poss {
			return true
		}
		if t.kind != tWord || t.cap || looksPast(t.low) || pc.has(d, wPrep|wFunction) {
			return false
		}
	}
	return false
}

// progressiveAux open a progressive verb: "are buying", "aren't buying".
var progressiveAux = setOf(`is are was were isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t`)

// closeToSource reads a source described by whom it is close to, ending at
// j: "a source close to Trump", "people familiar with her thinking",
// "three people briefed on the discussions". It is someone unnamed (or a
// group), never the person or body after the link; nil for any other shape.
func (pc *pctx) closeToSource(j, s int) *entity {
	for p := j - 1; p > s && p > j-9; p-- {
		if pc.toks[p].kind != tWord {
			if pc.word(p) == "." && endsAbbreviation(pc.toks[p-1]) {
				continue // "Aides to Mr. Trump said": a title's stop
			}
			return nil
		}
		h := p - 1
		if w := pc.word(p); w == "of" && pc.word(h) == "office" && pc.word(h-1) == "the" && pc.word(h-2) == "in" && h-3 > s && aideHeads[pc.word(h-3)] {
			h -= 3 // "An aide in the office of Mayor Olivia Chow said": the aide's words
		} else if (w == "to" || w == "of") && aideHeads[pc.word(h)] {
			// "An aide to Clinton said", "allies of the senator say": the aide's words, not Clinton's
		} else if !sourceLink(w, pc.word(p+1)) {
			if pc.isCue(p) {
				return nil
			}
			continue
		}
		if !sourceHeads[pc.word(h)] || pc.knownBodyEnd(h) > p {
			return nil // (but "Friends of the Earth" is a body's name)
		}
		d := h
		for d > s && (pc.has(d-1, wDeterminer) || isDigitStart(pc.word(d-1)) || numberWords[pc.word(d-1)] || quantifiers[pc.word(d-1)] ||
			!pc.toks[d-1].cap && pc.toks[d-1].kind == tWord && !pc.has(d-1, wFunction|wPrep) && d > h-3) {
			d--
		}
		if d-2 >= s && pc.word(d-1) == "," && pc.isNameWord(d-2) && !pluralOfPeople(pc.word(h)) {
			if e := pc.npEndingAt(d-2, s); e != nil && !e.org && !e.outlet {
				return e // "Wilson Chow, a longtime friend of Leung's who …, said": the friend is named
			}
		}
		desc := pc.p.text[int(pc.toks[d].start):int(pc.toks[h].end)] // "A source", "Three people", as the panel names unnamed sources
		if pluralOfPeople(pc.word(h)) || aideHeads[pc.word(h)] && strings.HasSuffix(pc.word(h), "s") {
			return pc.an.reg.group(capitalise(desc))
		}
		return pc.an.unnamed(desc, pc.word(h))
	}
	return nil
}

// placeOfPeople join a plural of people to where they are: "owners in
// England", "voters across Iowa".
var placeOfPeople = setOf(`in from across throughout around of on`)

var sourceLinks = setOf("", "close to", "familiar with", "briefed on", "allied with", "loyal to")

// sourceLink reports the words w and next, a space between, in
// sourceLinks; the phrase is made on the stack, as closeToSource asks it of
// every word it passes.
func sourceLink(w, next string) bool {
	var buf [32]byte
	return sourceLinks[string(append(append(append(buf[:0], w...), ' '), next...))]
}

// officeForPlace reads an office named by capitalised words, its
// officer's title and "for" a place, ending at j: "the Children's
// Commissioner for Wales", "the Older People's Commissioner for Wales".
// The office speaks; nil for any other shape.
func (pc *pctx) officeForPlace(j, s int) *entity {
	if j-3 < s || pc.word(j-1) != "for" || !officeTitles[pc.word(j-2)] || !pc.toks[j-2].cap || !(isState([]string{pc.word(j)}) || isProvince(pc.word(j))) {
		return nil
	}
	k := j - 2
	for k-1 >= s && pc.toks[k-1].kind == tWord && pc.toks[k-1].cap && !pc.has(k-1, wDeterminer) && k > j-6 {
		k--
	}
	if k == j-2 {
		return nil // "The Commissioner for Wales": the officer, as before
	}
	return pc.an.reg.body(pc.phraseText(k, j+1))
}

var officeTitles = setOf(`commissioner ombudsman ombudsperson advocate`)

// namingWord reports the words a, b right before a name that give it to
// someone described: "a plumber named", "a man called", "his first
// name,". ("who gave her name only as Karen," is read where the
// description and the name are made one.)
func namingWord(a, b string) bool {
	return b == "named" || b == "called" || b == "," && a == "name"
}

// aidesOfNamed reads "Allies of X,", "An aide to X," or "A minister close
// to X," opening the clause, the comma at k closing X's name: the aides,
// unnamed, as the phrase describes them; nil for any other shape.
func (pc *pctx) aidesOfNamed(k, s int) *entity {
	if !pc.isNameWord(k - 1) {
		return nil
	}
	n := pc.nameStart(k-1, s)
	h := n - 2
	if n-3 >= s && sourceLink(pc.word(n-2), pc.word(n-1)) && (pc.has(n-3, wRole) || sourceHeads[pc.word(n-3)]) {
		h = n - 3 // "A minister close to Karam, who requested anonymity, said": the minister
	} else if h < s || pc.word(n-1) != "of" && pc.word(n-1) != "to" || !aideHeads[pc.word(h)] {
		return nil
	}
	if !pc.opensNounPhrase(h, s) {
		return nil
	}
	desc := pc.phraseText(s, k)
	if strings.HasSuffix(pc.word(h), "s") {
		return pc.an.reg.group(capitalise(desc))
	}
	return pc.an.unnamed(desc, pc.word(h))
}

// opensNounPhrase reports the word at h as a noun phrase's first word
// or its head after an article or a number: "Allies", "Two aides", "An
// aide" (not "added that allies": a clause inside another).
func (pc *pctx) opensNounPhrase(h, s int) bool {
	if h == s {
		return true
	}
	w := pc.word(h - 1)
	return h-1 == s && (w == "the" || w == "a" || w == "an" || numberWords[w] || quantifiers[w] || isDigitStart(w))
}

// aideHeads are people who speak near someone, not for them: "an aide to
// X", "allies of X".
var aideHeads = setOf(`aide aides adviser advisers advisor advisors ally allies confidant confidants friend friends associate associates staffer staffers`)

var sourceHeads = setOf(`source sources person people official officials aide aides staffer ally allies friend friends
adviser advisers advisor advisors insider insiders operative operatives strategist strategists democrat democrats
republican republicans lawmaker lawmakers confidant confidants associate associates donor donors`)

// relativeAntecedent is what the relative pronoun at r stands for; after
// "and" ("X, who is running … and who worked the crowd") it is the first
// relative's.
func (pc *pctx) relativeAntecedent(r, s int) *entity {
	if pc.word(r-1) == "and" {
		if k := pc.firstRelative(r, s); k >= 0 {
			r = k
		}
	}
	return pc.antecedent(r, s)
}

// firstRelative is the earlier "who" (or "which") that an "and who" at r
// goes back to, or -1.
func (pc *pctx) firstRelative(r, s int) int {
	for k := r - 2; k > s && k > r-30; k-- {
		if pc.word(k) == pc.word(r) {
			return k
		}
	}
	return -1
}

// nameBeforeFirstWho reports a name right before the "who" that an "and
// who" at j goes back to: "X, a Democrat from Menomonie who …, and who",
// not "a man who …, and who".
func (pc *pctx) nameBeforeFirstWho(j, s int) bool {
	k := pc.firstRelative(j, s)
	return k >= 0 && pc.isNameWord(k-1)
}

// whoClauseHolding is the antecedent of the ", who" clause whose words
// run, with no stop, to token j: the one who did what the clause says.
func (pc *pctx) whoClauseHolding(j, s int) *entity {
	for k := j - 1; k > s+1 && k >= j-8; k-- {
		if pc.toks[k].kind != tWord || pc.isCue(k) {
			return nil
		}
		if pc.word(k) == "who" {
			if pc.word(k-1) != "," {
				return nil
			}
			return pc.relativeAntecedent(k, s)
		}
	}
	return nil
}

// whoClauseBefore is the antecedent of a relative clause whose past-tense
// verb stands a few words before the comma at c: "…, who worked the
// crowd, praising"; nil for any other clause.
func (pc *pctx) whoClauseBefore(c, s int) *entity {
	if k := pc.pastVerbBefore(c, s); k > s && pc.word(k-1) == "who" {
		return pc.relativeAntecedent(k-1, s)
	}
	return nil
}

// joinedClauseSubject is the name opening the last clause joined by "and"
// or "but" before token c, when a past-tense verb follows it: a
// participle after that clause takes its subject, not the sentence's.
func (pc *pctx) joinedClauseSubject(c, s int) *entity {
	for k := c - 1; k > s && k > c-window; k-- {
		w := pc.word(k)
		if w != "and" && w != "but" {
			continue
		}
		n := k + 1
		if pc.word(n) == "the" && pc.isNameWord(n+1) {
			n++ // "and the American Civil Liberties Union of Ohio has already sued …"
		}
		if !pc.isNameWord(n) {
			continue
		}
		r := pc.runEnd(n)
		v := r
		for v < c && (pc.is(v, mAuxBeforeCue) || pc.has(v, wAdverb)) {
			v++
		}
		if v < c && finiteAfterSubject(pc.toks[v]) && !pc.toks[r-1].poss {
			return pc.entityAt(n, r)
		}
		return nil
	}
	return nil
}

// finiteAfterSubject reports a past-tense verb after a clause's subject:
// "-ed" of four letters or more ("sued") or a common irregular one.
func finiteAfterSubject(t token) bool {
	return t.kind == tWord && !t.cap && (len(t.low) >= 4 && looksPast(t.low) || irregularPast[t.low])
}

// looksPast reports a word in -ed that can be a past tense: not "succeed",
// "need" or "hundred", whose -ed is no ending.
func looksPast(w string) bool {
	return strings.HasSuffix(w, "ed") && !edNotPast[w]
}

var edNotPast = setOf(`need feed succeed proceed exceed indeed speed breed bleed heed seed weed deed greed
shed bed wed red hundred sacred naked wicked kindred`)

var irregularPast = setOf(`took made gave sent wrote told said went came held won lost ran put set filed sought brought fought
stood met spoke began kept felt found thought knew saw heard paid sat threw drew grew rose became chose bought caught taught built spent`)

// isAdverb reports words that stand between a subject and its verb.
// perfectAux stand before a past participle: "has long argued".
var perfectAux = setOf(`has have had`)

func isAdverb(w string) bool {
	var f wordFlags // the word's flags, looked up once
	if e := lookupEntry(w); e != nil {
		f = e.flags
	}
	return f&wAdverb != 0 || w == "twice" || w == "be" || w == "heard" || w == "seen" ||
		(strings.HasSuffix(w, "ly") && len(w) > 4 && f&(wRole|wOrgHead) == 0 && !lyNouns[w])
}

// asideBeforeCue is how many of the words a, b, c ending right before a
// cue are an aside between a subject and its verb: "at the time", "at
// that time", "in the past" (3), "however", "though" (1), or 0.
func asideBeforeCue(a, b, c string) int {
	switch {
	case c == "however" || c == "though":
		return 1
	case c == "time" && a == "at" && (b == "the" || b == "that"), c == "past" && a == "in" && b == "the":
		return 3
	}
	return 0
}

// lyNouns end in -ly and are no adverbs: "a Rochester rally blasting".
var lyNouns = setOf(`ally assembly rally family reply supply monopoly anomaly tally folly bully
homily jelly belly lily july italy`)

// bodyBeforeWhich is the body a lower-case phrase names before ", which"
// at j: "the labour board, which ruled", and the name it stands beside,
// "the Tribunal administratif du travail, Quebec’s labour tribunal, which
// ruled". Nil for any other shape.
func (pc *pctx) bodyBeforeWhich(j, s int) *entity {
	h := j - 2
	if pc.word(j) != "which" || pc.word(j-1) != "," || h <= s || pc.toks[h].kind != tWord || pc.toks[h].cap || !pc.has(h, wOrgHead) {
		return nil
	}
	d := h - 1
	for d > s && d > h-4 && pc.toks[d].kind == tWord && (!pc.toks[d].cap || pc.toks[d].poss) && !pc.has(d, wDeterminer) {
		d--
	}
	if pc.word(d) == "," && pc.isNameWord(d-1) {
		if e := pc.npEndingAt(d-1, s); e != nil && e.org && !isPlaceEntity(e) {
			return e // the name beside the description
		}
	}
	if !pc.has(d, wDeterminer) {
		return nil
	}
	return pc.npEndingAt(h, s)
}

// groupOpeners open a plural of people: "some analysts", "many voters".
var groupOpeners = setOf(`some many several most few other those these`)

// antecedent finds the name a relative pronoun at j refers to.
func (pc *pctx) antecedent(j, s int) *entity {
	if w := pc.word(j + 1); pc.word(j) == "who" && pc.word(j-1) == "," && w != "are" && w != "were" && w != "have" && (w == "" || pc.cueLemmaAt(j+1) != w) {
		pc.inRelative = true // "Abernathy and Rep. Joaquin Villalobos of Florida, who told": Villalobos (but "Bush and Christie, who say": both)
		defer func() { pc.inRelative = false }()
	}
	if d := pc.dashAsideBefore(j, s); d > s && pc.isNameWord(d-1) {
		return pc.npEndingAt(d-1, s) // "X — no relation to Mireille — who said": X
	}
	if e := pc.ownedDocumentBefore(j, s); e != nil {
		return e // "Pryce's second letter to Congress — which said …": Pryce's letter, his words
	}
	if t := pc.titledBefore(j, s); t > s && pc.titledWork(t, s) != nil {
		return pc.titledWork(t, s) // "a report titled Not Part of the Job, which calls on": the report
	}
	if n := j - 2; n >= s && pc.word(j-1) == "," && pc.toks[n].kind == tWord && !pc.toks[n].cap && !pc.toks[n].poss &&
		pluralOfPeople(pc.word(n)) {
		if e := pc.npEndingAt(n, s); e != nil {
			return e // "by his show's listeners, who wondered": the listeners, not a name before them
		}
		if pc.word(j) != "who" {
			return nil
		}
		st := n
		if pc.word(st-1) == "and" && st-2 > s && pluralOfPeople(pc.word(st-2)) && !pc.toks[st-2].cap {
			st -= 2 // "analysts and activists"
		}
		if groupOpeners[pc.word(st-1)] && st-1 > s {
			st--
		}
		return pc.groupOf(st, n+1) // "The remark worried some analysts and activists, who pointed out that …"
	}
	if h := j - 1; h-1 > s && pc.toks[h].kind == tWord && !pc.toks[h].cap && !pc.toks[h].poss && pluralOfPeople(pc.word(h)) && pc.isNameWord(h-1) {
		if g := pc.groupOf(pc.nameStart(h-1, s), h+1); g != nil {
			return g // "citing two Service Canada employees who told her office": the employees, not Service Canada
		}
	}
	if e := pc.nameBeforeRoleAside(j, s); e != nil {
		return e // "Curtis Delorme, the owner and president of the Russell Rams, who says": Delorme, not the team
	}
	if h := j - 1; h > s && pc.toks[h].kind == tWord && !pc.toks[h].cap && !pc.toks[h].poss {
		d := h
		for d > s && d > h-6 && pc.toks[d].kind == tWord && !pc.has(d, wDeterminer) {
			d--
		}
		if pc.has(d, wDeterminer) && d-2 >= s && (pc.word(d-1) == "," || copulas[pc.word(d-1)]) && pc.isNameWord(d-2) {
			return pc.npEndingAt(d-2, s) // "Braynard, a South Carolina native who writes": Braynard, not the state; "Ruiz is a Clinton supporter who has accused": Ruiz
		}
		if pc.has(d, wDeterminer) {
			if e := pc.personBeforeDescription(d, s); e != nil {
				return e // "Linda Moss, 61, a retired nurse who said": Moss, past her age
			}
		}
		if w := pc.word(h); (pc.word(d) == "a" || pc.word(d) == "an") && d < h && d-2 >= s && pc.word(d-1) == "," && !pc.isNameWord(d-2) && !pc.toks[d-2].poss &&
			(wordHas(w, wRole) || isJobWord(w) || wordIs(w, mUnnamedHead)) {
			e := pc.an.unnamed(pc.phraseText(d, h+1), w)
			pc.traceTo(e, refRole, e.display, d)
			return e // "…, a store clerk who had told police": someone unnamed, known by what they do
		}
	}
	if e := pc.bodyBeforeWhich(j, s); e != nil {
		return e
	}
	if e := pc.namedBeforeDescription(j, s); e != nil {
		return e // "VoteMetrics, a Democratic-leaning data firm, which found": the firm, not "Democratic-leaning"
	}
	for k := j - 1; k >= s && k >= j-14; k-- {
		if pc.isNameWord(k) && !pc.toks[k].poss && pc.runEnd(k) >= k+1 {
			if k+1 < len(pc.toks) && pc.isNameWord(k+1) && pc.runEnd(k+1) > k+1 {
				continue
			}
			if k == j-2 && !pc.toks[j-1].cap && pc.has(k-1, wDeterminer) {
				if e := pc.indefiniteSubject(j-1, s); e != nil {
					return e // "A Dartmouth woman who …": the woman, not the place
				}
			}
			if e := pc.residentBefore(pc.nameStart(k, s), s); e != nil && (k == j-1 || k == j-2 && pc.word(j-1) == ",") {
				return e // "Sylvie Arsenault, 78, of Greenwood, who says": Arsenault, not Greenwood
			}
			ns := pc.nameStart(k, s)
			if ns-2 > s && pc.placeComma(ns-1) && pc.isNameWord(ns-2) {
				ns = pc.nameStart(ns-2, s) // "a retired saleswoman from Allentown, Pennsylvania, who told": the town, then its state
			}
			if p := pc.placePrep(ns); (k == j-1 || k == j-2 && pc.word(j-1) == ",") && p > s+1 {
				if e := pc.appositiveOwner(p, s); e != nil {
					return e // "Ann Sorensen, a Democrat from Menomonie who says": Sorensen, not "Democrat"
				}
				if e := pc.personOfPlace(p, k, s, j, true); e != nil {
					return e // "a resident of Flint who said": the resident
				}
				if e := pc.nameBeforeLongAppositive(p, s); e != nil {
					return e // "Dennis Kowalczyk, the head of a steelworkers’ local in Youngstown who criticized": Kowalczyk, not the town
				}
			}
			return pc.npEndingAt(k, s)
		}
	}
	return pc.npEndingAt(j-1, s)
}

// nameBeforeLongAppositive is the person named before an appositive of up
// to ten words that runs to the place preposition p: "Dennis Kowalczyk,
// the head of a steelworkers’ local in …"; nil when there is none.
func (pc *pctx) nameBeforeLongAppositive(p, s int) *entity {
	for c := p - 1; c > s+1 && c >= p-10; c-- {
		if pc.word(c) == "," {
			if !pc.has(c+1, wDeterminer) || !pc.isNameWord(c-1) {
				return nil
			}
			if e := pc.npEndingAt(c-1, s); e != nil && !e.org && !e.group && e.personLike() {
				return e
			}
			return nil
		}
		if pc.toks[c].kind != tWord {
			return nil
		}
	}
	return nil
}

// appositiveOwner is the person named before an appositive that ends at
// the place preposition p: "Ann Sorensen, a Democrat from …", "X, the
// mayor of …"; nil when the phrase before p stands alone.
func (pc *pctx) appositiveOwner(p, s int) *entity {
	d := p - 1
	for d > s && d >= p-4 && pc.toks[d].kind == tWord && !pc.has(d, wDeterminer) && !pc.toks[d].poss {
		d--
	}
	if d-2 < s || !pc.has(d, wDeterminer) || d == p-1 || pc.word(d-1) != "," {
		return nil
	}
	n := pc.pastAge(d-2, s) // "Karen Ostrowski, 74, a retired saleswoman from …"
	if !pc.isNameWord(n) {
		return nil
	}
	e := pc.npEndingAt(n, s)
	if e == nil || e.org || e.group || e.doc || !e.personLike() {
		return nil
	}
	return e
}

// pastAge is where the name before an age set off by commas ends, the
// age at k ("Sylvie Arsenault, 78,"); k itself when k holds no age.
func (pc *pctx) pastAge(k, s int) int {
	if k-2 >= s && isDigitStart(pc.word(k)) && pc.word(k-1) == "," {
		return k - 2
	}
	return k
}

// residentBefore is the person named before ", of" or ", from" and the
// place starting at n, past an age: "Sylvie Arsenault, 78, of
// Greenwood". Nil for any other shape or a name that is no person's.
func (pc *pctx) residentBefore(n, s int) *entity {
	if w := pc.word(n - 1); (w != "of" && w != "from") || pc.word(n-2) != "," {
		return nil
	}
	m := pc.pastAge(n-3, s)
	if m < s || !pc.isNameWord(m) || pc.toks[m].poss {
		return nil
	}
	e := pc.npEndingAt(m, s)
	if e == nil || e.org || e.group || e.doc || !e.personLike() {
		return nil
	}
	return e
}

// nameBeforeRoleAside is the person named before a role aside set off by
// commas that ends just before the relative pronoun at j: "X, the owner
// and president of the Y, who". Nil for any other shape.
func (pc *pctx) nameBeforeRoleAside(j, s int) *entity {
	if pc.word(j-1) != "," {
		return nil
	}
	c := j - 2
	role := false
	for ; c > s && c > j-16 && pc.word(c) != ","; c-- {
		if pc.toks[c].kind != tWord && pc.word(c) != "." {
			return nil
		}
		role = role || pc.has(c, wRole)
	}
	if !role && j >= 2 && pc.word(j) == "who" && indefiniteArticles[pc.word(c+1)] && !pc.toks[j-2].cap && pc.toks[j-2].kind == tWord {
		role = true // "Lyle Hanrahan, a longtime Ridley ally, who said": a description of a person, whatever its noun
	}
	opensRole := pc.has(c+1, wRole) && !pc.toks[c+1].cap || pc.has(c+2, wRole) && !pc.toks[c+1].cap && pc.toks[c+1].kind == tWord // "chief executive of the Koorie Legal Service"
	if !role || pc.word(c) != "," || !pc.has(c+1, wDeterminer) && !pc.ownerOpens(c+1, j-1) && !(opensRole && pc.word(j) == "who") || c-1 < s || !pc.isNameWord(c-1) {
		return nil
	}
	e := pc.npEndingAt(c-1, s)
	if e == nil || e.org || e.group || !e.personLike() {
		return nil
	}
	return e
}

// ownerOpens reports a role phrase [k, end) that opens with its owner's
// name in the possessive, a title before it or not: "Ms. Achterberg’s
// campaign manager".
func (pc *pctx) ownerOpens(k, end int) bool {
	for q := k; q < end && q < k+5; q++ {
		if pc.toks[q].poss {
			return q > k || pc.isNameWord(q)
		}
		if !pc.isNameWord(q) && !pc.abbrevStop(q) {
			return false
		}
	}
	return false
}

// titledBefore is the "titled" or "entitled" that opens the title of a
// work just before the relative pronoun at j ("a report titled Not Part of
// the Job, which"), else -1: the title names the work, not someone.
func (pc *pctx) titledBefore(j, s int) int {
	for k := j - 1; k > s && k >= j-12; k-- {
		switch w := pc.word(k); {
		case w == "titled" || w == "entitled":
			if k+1 < j && pc.toks[k+1].cap {
				return k
			}
			return -1
		case pc.toks[k].kind == tQuote || pc.isCue(k) || w == "," && k != j-1:
			return -1
		}
	}
	return -1
}

// titledWork is the work a "titled" at t follows, "a 46-page report", as
// a document; nil when no document noun stands there.
func (pc *pctx) titledWork(t, s int) *entity {
	if t-1 <= s || !docNouns[pc.word(t-1)] && !pc.toks[t-1].is(mDocHead) {
		return nil
	}
	d := t - 1
	for d > s && d > t-5 && pc.toks[d-1].kind == tWord && !pc.has(d, wDeterminer) {
		d--
	}
	if !pc.has(d, wDeterminer) && !pc.toks[d].poss {
		return nil
	}
	return pc.an.document(pc.phraseText(d, t))
}

// sentenceSubject returns the first noun phrase of the sentence [s, v)
// that is a subject: not after a preposition, not a possessive.
// possessedRole is the holder of the role or the body whose lower-case
// noun phrase opens at j after a possessive name: "Canada's international
// trade minister", "Nova Scotia's highest court". Nil for any other shape.
func (pc *pctx) possessedRole(j, s, v int) *entity {
	for h := j; h < v && h <= j+3 && pc.plainWordAt(h); h++ {
		if !pc.has(h, wRole|wOrgHead) || pc.plainWordAt(h+1) && pc.has(h+1, wRole|wOrgHead) {
			continue
		}
		return pc.roleNP(h, s)
	}
	return nil
}

// isPlaceEntity reports a country's, a province's or a city's name.
func isPlaceEntity(e *entity) bool {
	return e.org && isState(e.words)
}

// plainWordAt reports a lower-case word at k that is no possessive.
func (pc *pctx) plainWordAt(k int) bool {
	return k < len(pc.toks) && pc.toks[k].kind == tWord && !pc.toks[k].cap && !pc.toks[k].poss
}

// partisanNamedLately is who "the Democrat" or "the two-term Republican"
// with no place means: the one person of that party the article knows, or
// else the one person named in this paragraph or the one before, when not
// of the other party; nil when two could be meant.
func (pc *pctx) partisanNamedLately(p byte, j int) *entity {
	if e := pc.personOfParty(p, j); e != nil {
		return e
	}
	var one *entity
	for _, e := range pc.candidates(j) {
		if !e.personLike() || e.unnamed || e.group || pc.lastNamedPara(e, j) < pc.p.num-1 {
			continue
		}
		if one != nil && one != e {
			return nil
		}
		one = e
	}
	if one == nil || otherParty(one, p) {
		return nil
	}
	return one
}

// titledAfterPlaceTag is where a titled name starts after a place's
// bracketed state at j, "(Ariz.) Sheriff Joe Arpaio"; 0 for any other
// shape.
func (pc *pctx) titledAfterPlaceTag(j, v int) int {
	if pc.word(j) != "(" || j+4 >= v {
		return 0
	}
	c := j + 1
	for c < j+5 && c < v && pc.word(c) != ")" {
		c++
	}
	if pc.word(c) != ")" || c+2 >= v || !isTitleWord(pc.word(c+1)) || !pc.toks[c+1].cap || !pc.isNameWord(c+2) {
		return 0
	}
	return c + 1
}

// existentials stand before a name the sentence introduces: "Among the
// marchers was Lina Haddad-Morin, a graduate student".
var existentials = setOf(`was were is are`)

func (pc *pctx) sentenceSubject(s, v int) *entity {
	opening := s
	s = pc.skipIntro(pc.skipDateline(s, v), v)
	if w := pc.word(s); w == "himself" || w == "herself" || w == "themselves" {
		return nil // "Himself a former pro football executive — …, Trump also offered": an aside, not the subject
	}
	for i := s; i < v && i < s+window; i++ {
		t := pc.toks[i]
		if t.kind != tWord {
			continue
		}
		if i > s && pc.has(i-1, wPrep) {
			if pc.isNameWord(i) {
				i = pc.runEnd(i) - 1 // "Back in Port Sabak,": the place is no subject
			}
			continue
		}
		if i == s && !t.cap && !t.has(wDeterminer) {
			if n := pc.nameAfterRoleWords(i, v); n > 0 {
				r := pc.runEnd(n)
				if m := pc.nameAfterRoleWords(r, v); m > 0 {
					n, r = m, pc.runEnd(m) // "billionaire Dallas Mavericks owner Mark Cuban": the body qualifies the role
				}
				return pc.entityAt(n, r) // "…, billionaire team owner Mark Holm is sizing up": lower-case role words before the name
			}
		}
		if i > s+1 && !pc.toks[i].cap && !t.has(wDeterminer) {
			return nil // past the first noun phrase
		}
		if i == s && (t.low == "who" || t.low == "which") {
			return nil // "…, who left Kessemir": a relative clause, its subject is elsewhere
		}
		if i == s && t.is(mBodyPlural) {
			return pc.bodyPlural(t.low, i) // "Police opened two lanes and said …"
		}
		if i == s && strings.HasSuffix(pc.word(v), "ing") && (quantifiers[t.low] || numberWords[t.low] || isDigitStart(t.low)) {
			if g := pc.countedGroup(s, v); g != nil {
				return g // "About 200 protesters gathered, holding signs and chanting …"
			}
		}
		if i == s && t.cap && !pc.isNameWord(i) && !t.has(wDeterminer) {
			if n := pc.nameAfterRoleWords(i+1, v); n > 0 {
				return pc.entityAt(n, pc.runEnd(n)) // "Republican presidential candidate Donald Trump took to Twitter, writing"
			}
		}
		if _, ok := pronounGender(t.low); ok && !t.poss && (i == s || pc.word(i-1) == "," || i == s+1 && pc.has(s, wIntro)) {
			return pc.resolvePronoun(t.low, i)
		}
		if pc.isNameWord(i) {
			j := max(pc.runEnd(i), i+1) // a name word whose run reads as empty ("Bin TeXAs") is still one word
			if f := pc.frenchNameEnd(i); f > j {
				return pc.an.reg.body(pc.phraseText(i, f)) // "The Association québécoise des centres de la petite enfance, which …, said"
			}
			if n := pc.titledAfterPlaceTag(j, v); n > 0 {
				return pc.entityAt(n, pc.runEnd(n)) // "Maricopa County (Ariz.) Sheriff Joe Arpaio vouched": the sheriff
			}
			if pc.toks[j-1].poss {
				if e := pc.appositiveAfterRole(j, v); e != nil {
					return e
				}
				if e, _, ok := pc.npForward(i, v); ok && e != nil && !isPlaceEntity(e) {
					return e // "Clinton's campaign took …, accusing": the campaign
				}
				if e := pc.possessedRole(j, s, v); e != nil {
					return e // "Canada's international trade minister left Washington …, but said": the minister, not Canada
				}
				if e, _, ok := pc.npForward(i, v); ok && e != nil {
					return e // "Clinton's campaign took …, accusing": the campaign
				}
				i = j - 1
				continue
			}
			if j < len(pc.toks) && pc.toks[j].kind != tWord && pc.word(j) != "," && pc.word(j) != "(" {
				return nil // "(Photo: …)": a label, not a subject
			}
			if pc.word(j) == "of" && isTitleWord(pc.word(j-1)) && pc.isNameWord(j+1) && pc.runEnd(j+1)-(j+1) >= 3 {
				i, j = j+1, pc.runEnd(j+1) // "Former Secretary of State Madeleine Albright urged …, saying"
			}
			if n := pc.nameAfterRoleWords(j, v); n > 0 {
				// "Rovers boss Andriy Kovalenko", "Democratic presidential candidate Bernie Sanders"
				r := pc.runEnd(n)
				if m := pc.nameAfterRoleWords(r, v); m > 0 {
					n, r = m, pc.runEnd(m)
				}
				return pc.entityAt(n, r)
			}
			if e, ok := pc.modifiedNoun(i, j, v); ok {
				return e // "The Florida senator", "Republican politicians": the name only qualifies the noun
			}
			if pc.photoCredit(i, j) {
				return nil // "Stephen Marsh via Getty Images": who took the picture
			}
			return pc.entityAt(i, j)
		}
		if t.poss && !pc.isNameWord(i) {
			if e := pc.appositiveAfterRole(i+1, v); e != nil {
				return e // "Norway's foreign minister, Espen Dahl, said"
			}
		}
		if t.has(wDeterminer) {
			if e := pc.appositiveAfterRole(i+1, v); e != nil {
				return e
			}
			if k := pc.nameStart(i-2, opening); !isDefinite(t.low) && i-2 >= opening && pc.word(i-1) == "," && pc.isNameWord(i-2) && (k == opening || existentials[pc.word(k-1)]) {
				if e := pc.npEndingAt(i-2, opening); e != nil && !e.org && !isPlaceEntity(e) && e.personLike() {
					return e // "Among the marchers was Lina Haddad-Morin, a graduate student who …": she, not someone described
				}
			}
			if e := pc.panelOfBody(i, v); e != nil {
				return e // "A three-judge panel of the Court of Appeals for the Fifth Circuit said": the court
			}
			if !isDefinite(t.low) && i+1 < v {
				if e := pc.indefiniteSubject(min(i+5, v-1), i); e != nil {
					return e // "A campaign official later walked back the comments, saying"
				}
			}
			if r := pc.runEnd(i + 2); t.low == "the" && siblingAges[pc.word(i+1)] && pc.isNameWord(i+2) && r > i+2 && r <= i+4 {
				if e := pc.an.reg.bySiblingAge(pc.surnameRun(i+2, r), pc.word(i+1)); e != nil {
					return e // "The younger Pelletier finished with a goal"
				}
			}
			if n := pc.nameAfterRoleWords(i+1, v); n > 0 && (isDefinite(t.low) || ownerWords[t.low] && t.low != "its") {
				return pc.entityAt(n, pc.runEnd(n)) // The novelist Rafael Montenegro-Ruiz, 45, said; "Her friend Jaskaran Gill, 15, was less enthusiastic"
			}
			end := i + 1
			for end < v && pc.toks[end].kind == tWord && !pc.isNameWord(end) && end < i+6 {
				if pc.toks[end].has(wCue) {
					break
				}
				end++
				if (pc.has(end-1, wRole|wOrgHead) || pc.is(end-1, mMoreRoleNoun)) && !pc.has(end, wRole|wOrgHead) {
					break // "The prime minister shook his head", "The retired neurosurgeon addressed": the phrase ends at its noun
				}
			}
			if pc.is(end-1, mStatementWord) || pc.word(end-1) == "review" || pc.word(end-1) == "article" {
				by := end + 1
				if w := pc.word(by); w == "issued" || w == "released" || w == "published" || w == "signed" {
					by++ // "The statement, issued by the palace, said"
				}
				if pc.word(end) == "," && pc.word(by) == "by" {
					if e, _, ok := pc.npForward(by+1, v); ok && e != nil {
						return e // "The review, by X, called …"
					}
				}
			}
			if end-1 > i {
				if e := pc.roleNP(end-1, i); e != nil {
					return e
				}
				for k := i + 1; k < end; k++ {
					if w := pc.word(k); pc.has(k, wRole) || wordIs(w, mDocHead|mStatementWord|mUnnamedHead) || pluralOfPeople(w) {
						for k+1 < end && pc.has(k, wRole) && pc.has(k+1, wRole) {
							k++ // "the attorney general"
						}
						return pc.describedSubject(i, k+1) // "The email went on to say"
					}
				}
				return nil
			}
		}
	}
	return nil
}

// appositiveAfterRole reads "his agent, Carla Ferrándiz," from the role's
// first word at i: it returns the named person and gives them the role.
func (pc *pctx) appositiveAfterRole(i, v int) *entity {
	e, _ := pc.appositiveAfterRoleEnd(i, v)
	return e
}

func (pc *pctx) appositiveAfterRoleEnd(i, v int) (*entity, int) {
	k := i
	for k < v && (k < i+6 || k < i+10 && pc.portfolioRun(i, k)) && pc.toks[k].kind == tWord {
		if r := pc.runEnd(k); pc.isNameWord(k) && r > k+1 && (titleOnly(pc.lowRun(k, r)) || r-k <= 3 && pc.word(r) == "," && pc.isNameWord(r+1) && isTitleWord(pc.word(r-1))) {
			k = r // "The Prime Minister, Scott Morrison,", "An NDP MP, Leah Sanderson-Okimaw,": a capitalised title is the role
			continue
		}
		if pc.isNameWord(k) && !isTitleWord(pc.toks[k].low) {
			r := pc.runEnd(k)
			if r >= v || pc.toks[r].kind != tWord || pc.toks[r].cap || pc.has(r, wPrep|wFunction) {
				break
			}
			k = r // the United Nations envoy: a name may qualify the role
			continue
		}
		k++
	}
	headAt := k - 1 // the role noun, before any "for X" or "X's"
	for a := i + 1; a < k; a++ {
		if actingWords[pc.word(a)] {
			headAt = a - 1 // "A lawyer acting for him, Ingrid Salvesen,": the role before its participle phrase
			break
		}
	}
	after := func(k int) bool { // "for X", "for the X"
		w := pc.word(k - 1)
		if w == "the" && k-2 >= i {
			if pc.word(k-2) == "in" {
				return true // "representative in the Senate" (but not "a mother of four in Gjoa Haven")
			}
			w = pc.word(k - 2)
		}
		return w == "for" || w == "of" || w == "at" || w == "to" // ambassador to the UN
	}
	for k < v && k < i+8 && pc.isNameWord(k) && (pc.toks[k].poss || pc.runEnd(k) > k && pc.toks[pc.runEnd(k)-1].poss ||
		k > i && after(k)) {
		k = pc.runEnd(k) // the Echo's chief football writer; a spokesman for Solberg-Tveit
		for k < v && k < i+10 && pc.toks[k].kind == tWord && !pc.isNameWord(k) {
			k++
		}
	}
	if k >= v || pc.word(k) != "," {
		return nil, 0
	}
	k = pc.pastPortfolioList(i, k, v) // "Alberta’s Minister of Arts, Culture and Status of Women, Tanya Rudnicki,": the portfolios, then the name
	if pc.word(k+1) == "the" && pc.titledRun(k+2) {
		k++ // "The caucus spokesperson, the Queensland MP Meaghan Holt,": "the", then her title and name
	}
	for n := k + 1; n < v && n <= k+5 && pc.toks[n].kind == tWord && (!pc.toks[n].cap || n == k+1 && (partyOf(pc.word(n)) != 0 || pc.is(n, mPartyAdjective))) && !pc.has(n, wFunction|wDeterminer); n++ {
		if pc.isNameWord(n+1) && (pc.has(n, wRole) || pc.has(n, wTitle) || pc.is(n, mMoreRoleNoun) || isJobWord(pc.word(n)) || pc.word(n) == "former" || n > k+1 && !pc.toks[n].cap && k-i <= 2 || !pc.toks[n].cap && isTitleWord(strings.TrimSuffix(pc.word(n+1), "."))) {
			k = n // "The mediator, retired judge Olafur Brekkan,", "the committee’s deputy chair, Liberal senator Gareth Lyle,", "Another worker, camp cook X,": the descriptor belongs to the name
			break
		}
	}
	if pc.word(k+1) == "ward" && isDigitStart(pc.word(k+2)) && pc.isNameWord(k+3) {
		k += 2 // "the council's likely swing vote, Ward 6 Councilman Raúl Espinoza-Hart,": his ward, then his title
	}
	if r := pc.runEnd(k + 1); r > k+1 && r+1 < v && pc.toks[r].kind == tWord && !pc.toks[r].cap && !pc.has(r, wFunction|wDeterminer|wPrep) && pc.isNameWord(r+1) &&
		(pc.has(r, wRole) || isJobWord(pc.word(r)) || pc.is(r, mMoreRoleNoun) || isTitleWord(strings.TrimSuffix(pc.word(r+1), "."))) {
		k = r // "the party's candidate, Goderich lawyer Marla Vandersteen,": a place before the descriptor
	}
	if !pc.isNameWord(k + 1) {
		return nil, 0
	}
	for headAt > i && pc.has(headAt, wPrep|wDeterminer) {
		headAt-- // ambassador to the UN: the role is "ambassador"
	}
	if headAt < i {
		headAt = k - 1
	}
	if of := headAt - 1; of-1 >= i {
		if pc.has(of, wDeterminer) {
			of--
		}
		if of-1 >= i && pc.word(of) == "of" && isTitleWord(pc.word(of-1)) {
			headAt = of - 1 // "secretary of state, Ken Detzner", "the head of the agency, X": a person, not a state or an agency
		}
	}
	head := pc.word(headAt)
	end := pc.runEnd(k + 1)
	if pc.word(end) == "of" && isTitleWord(pc.word(end-1)) && pc.isNameWord(end+1) {
		end = pc.runEnd(end + 1) // ", former Secretary of State Hillary Clinton,"
	}
	closed := end
	if pc.word(end) == "of" && pc.isNameWord(end+1) && pc.word(pc.runEnd(end+1)) == "," {
		closed = pc.runEnd(end + 1) // "Her running mate, Senator Tomás Arreola of New Mexico,": his state, then the comma
	}
	if !wordHas(head, wRole) && !isTitleWord(head) && closed < len(pc.toks) && pc.word(closed) != "," && pc.word(closed) != "." && !pc.isCue(closed) {
		return nil, 0 // a plain noun needs the name closed by a comma, a full stop or a cue: "his predecessor, X, said"
	}
	if headAt < i || pc.toks[headAt].kind != tWord || pc.toks[headAt].cap && !isTitleWord(head) {
		return nil, 0
	}
	e := pc.entityAt(k+1, end)
	if e != nil && i > 0 && pc.toks[i-1].poss {
		if n := pc.nameStart(i-1, 0); isState(pc.lowRun(n, i)) {
			e.addPlace(strings.Join(pc.lowRun(n, i), " ")) // "Canada's prime minister, Justin Trudeau,": Canada's
		}
	}
	if e != nil {
		if wordHas(head, wOrgHead) || wordHas(head, wOutletNoun) {
			e.org = true
			e.outlet = e.outlet || wordHas(head, wOutletNoun) && pc.word(headAt-1) == "news" || head == "broadcaster" || head == "newspaper"
			pc.an.reg.index(e)
		}
		e.addHead(head)
		if e.role == "" {
			e.role = trimArticle(pc.p.text[int(pc.toks[i].start):int(pc.toks[k-1].end)])
		}
		e.learnGenderWord(head)
	}
	return e, end
}

// skipIntro skips an opening adverbial up to its comma: "In a statement
// late Saturday, the office said".
// timeAfter ends a phrase of time that opens a sentence.
var timeAfter = map[string]bool{"ago": true, "later": true, "earlier": true, "before": true}

// introducer reports a word that may open a phrase set off by a comma
// before the subject ("Later, …", "When asked, …", "Asked about it, …"):
// an opener but not a joining word, which has the subject right after it
// ("And the office said, …") and inside a name is no aside ("assistant
// secretary for refugees, and migration, said").
func introducer(w string) bool { return openers[w] && !joiningWords[w] }

func (pc *pctx) skipIntro(s, v int) int {
	for hop := 0; hop < 2; hop++ {
		n := pc.skipOneIntro(s, v)
		if n == s || n >= v {
			return n
		}
		s = n // "On Thursday, after remaining neutral …, Warren appeared": two phrases before the subject
	}
	return s
}

// asideOfSource reports a comma within a few words from k that opens a
// "who" clause or a participle: "… diplomat, speaking on condition of
// anonymity,", "… official, who was not authorized to speak".
func (pc *pctx) asideOfSource(k, v int) bool {
	for c := k; c < v && c < k+6; c++ {
		if pc.toks[c].kind != tWord {
			w := pc.word(c + 1)
			return pc.word(c) == "," && (w == "who" || strings.HasSuffix(w, "ing"))
		}
	}
	return false
}

// spanBeforeClause reads a span of time that opens a clause ("Eight years
// after backing Barack Obama,", "Months before the vote,"): the index after
// its comma, or s.
func (pc *pctx) spanBeforeClause(s, v int) int {
	i := s
	if !isTimeUnit(pc.word(i)) { // a switch first: most sentences open with a name, and no map is read for them
		if w := pc.word(i); !isTimeUnit(pc.word(i+1)) || !(numberWords[w] || isDigitStart(w) || w == "a" || w == "few" || w == "several" || w == "many") {
			return s
		}
		i++
	}
	if w := pc.word(i + 1); w != "after" && w != "before" && w != "since" {
		return s
	}
	for k := i + 2; k < v && k < i+25; k++ {
		if pc.toks[k].kind == tQuote {
			return s
		}
		if pc.word(k) == "," {
			return k + 1
		}
	}
	return s
}

// isTimeUnit reports a word that measures a span of time.
func isTimeUnit(w string) bool {
	switch w {
	case "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "decades", "decade", "minutes":
		return true
	}
	return false
}

func (pc *pctx) skipOneIntro(s, v int) int {
	w := pc.word(s)
	if pc.has(s, wPrep) && (pc.has(s+1, wCalendar) || pc.has(s+1, wTime)) {
		k := s + 1
		for k < v && k < s+4 && (pc.has(k, wCalendar|wTime)) {
			k++
		}
		if k < v && pc.word(k) != "," && pc.isNameWord(k) && pc.runEnd(k) < v && verbLike(pc.toks[pc.runEnd(k)]) {
			return k // "On Thursday evening Hillary Clinton delivered …": no comma after the time
		}
	}
	// the token's flags say whether w opens (openers) or is a preposition,
	// so most sentences, opening with a name, look nothing up
	opener, prep := pc.has(s, wIntro), pc.has(s, wPrep)
	joining := opener && pc.is(s, mJoiningWord)
	if joining && s+1 < v && pc.has(s+1, wSubordinator) {
		return pc.skipOneIntro(s+1, v) // "And although he thanked …, he sounded …": the clause after "And"
	}
	if joining && s+1 < v && indefinites[pc.word(s+1)] && pc.asideOfSource(s+2, v) {
		return s + 1 // "But a senior Philippine diplomat, speaking on condition of anonymity, told": the one after "But"
	}
	if opener && s+1 < v && pc.is(s, mSentenceOpener) {
		if _, pron := pronounGender(pc.word(s + 1)); pron || pc.isNameWord(s+1) && openingAdverbs[w] && !pc.toks[s+1].poss {
			return s + 1 // "Then he cut into Bush, calling …", "Now Donald Trump, the …, is promising": the adverb alone, not to the comma
		}
	}
	if k := pc.timePhraseEnd(s, v); k > s {
		return k // "This year, he rose to the defense of …", "That night, she": a time, then the subject
	}
	if byQuestioners[w] && pc.word(s+1) == "by" {
		if k := pc.askedClauseEnd(s, v); k > s && k+1 < v {
			return k + 1 // "Reached by the Courier, the mayor's lawyer, X, said": the lawyer, not the paper
		}
	}
	intro := opener && !joining // introducer(w)
	if !prep && !intro && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") {
		for k := s + 1; k < v && k <= s+5; k++ {
			if pc.word(k) == "," && pc.has(k-1, wTimeAfter) {
				return k + 1 // "Eight years ago, he …", "Two days later, she …"
			}
		}
		if c := pc.spanBeforeClause(s, v); c > s {
			return c // "Eight years after backing Barack Obama, Mark Cuban is …"
		}
		return s
	}
	if !prep && !intro && (pc.an.midCaps[w] || pc.isCue(s+1) || isGivenName(w) || s+1 < v && pc.toks[s+1].cap) {
		return s // "Boreing said", "Kelly added", "Carly Fiorina threw": a name, not "Speaking …," or "Clearly,"
	}
	for k := s + 1; k < v && k < s+30; k++ {
		if !prep && !intro && pc.isNameWord(k) {
			if r := pc.runEnd(k); r < v && (pc.has(r, wClauseVerb) || pc.isCue(r)) {
				return s // "Strictly favourite Jody Marchetti has opened up …,": a subject and its verb, no opening phrase
			}
		}
		if pc.word(k) == "," {
			// "In a wide-ranging, in-prison interview …, Lazar said": a comma
			// inside the phrase leaves it going on in lower case
			if k+1 < v && pc.toks[k+1].kind == tWord && !pc.toks[k+1].cap && !pc.toks[k+1].has(wDeterminer) && !isDigitStart(pc.toks[k+1].low) &&
				pc.toks[k-1].kind == tWord && !pc.toks[k-1].cap {
				n := pc.toks[k+1]
				if _, ok := pronounGender(n.low); !ok {
					continue
				}
			}
			r := pc.runEnd(k + 1)
			if r < v && pc.word(r) == "." && pc.word(r+1) == "," {
				r++ // "in Beaumont, Tex., Mr. Trump": the state's abbreviation
			}
			if k+1 < v && pc.isNameWord(k-1) && r > k+1 && r+1 < v && pc.word(r) == "," && (pc.isNameWord(r+1) || pc.anotherAdjunct(r+1, v) || pc.placeComma(k)) {
				k = r - 1 // "in Salem, New Hampshire, Trump went": the state belongs to the place
				continue
			}
			if pc.anotherAdjunct(k+1, v) {
				continue // "At an event in Ames, Iowa, on Sunday, Mrs. Clinton": one more phrase
			}
			return k + 1
		}
		if pc.toks[k].kind == tQuote {
			break
		}
	}
	return s
}

// openingAdverbs open a sentence with no comma before its subject: "Now
// Donald Trump, the …, is promising".
var openingAdverbs = setOf(`now then later still meanwhile also so yet instead today`)

// skipDateline skips "KESTRAVIK, Norland (Wire) —" at a paragraph's start.
func (pc *pctx) skipDateline(s, v int) int {
	if s != 0 {
		return s
	}
	if v > 2 && stampLabels[pc.word(0)] && pc.word(1) == ":" {
		return pc.skipStamp(2, v) // "UPDATE: Oct. 28, 9:20 a.m. — Pruett’s chief of staff …"
	}
	if v < 2 || !isUpperWord(pc.p.text[int(pc.toks[0].start):int(pc.toks[0].end)]) && !pc.agencyDateline(v) && !pc.placeDateline(v) {
		return s // a dateline opens with a place in capitals, or names its agency
	}
	for k := 0; k < v && k < 16; k++ {
		w := pc.word(k)
		if w == "—" || w == "--" || w == "–" || w == "-" || w == ":" && k > 0 && isState(pc.lowRun(0, k)) {
			return k + 1 // "KESTRAVIK, Norland (Wire) —", "LONDON:"
		}
		if pc.toks[k].kind == tWord && !isUpperWord(pc.p.text[int(pc.toks[k].start):int(pc.toks[k].end)]) && !pc.toks[k].cap && !isDigitStart(w) && !clockWords[w] {
			return s
		}
	}
	return s
}

// skipStamp is where the words start after a date and time closed by a
// dash from k ("Oct. 28, 9:20 a.m. —"), or k when none stands there.
func (pc *pctx) skipStamp(k, v int) int {
	for x := k; x < v && x < k+14; x++ {
		if isDash(pc.word(x)) {
			return x + 1
		}
		if t := pc.toks[x]; t.kind == tWord && !t.cap && !isDigitStart(t.low) && !clockWords[t.low] {
			break
		}
	}
	return k
}

// clockWords are the lower-case words of a time in a dated line: "UPDATE:
// Oct. 28, 9:20 a.m. —".
var clockWords = setOf(`a p m am pm a.m p.m a.m. p.m.`)

// stampLabels open a dated line added to a story: "UPDATE: Oct. 28, 9:20
// a.m. —".
var stampLabels = setOf(`update updated correction clarification note`)

// placeDateline reports a paragraph opening "Adre, Chad –": a place, a
// comma, a country or state, a dash.
func (pc *pctx) placeDateline(v int) bool {
	c := 0
	for c < v && c < 4 && pc.toks[c].kind == tWord && pc.toks[c].cap {
		c++
	}
	if c == 0 || pc.word(c) != "," {
		return false
	}
	k := c + 1
	for k < v && k < c+4 && pc.toks[k].kind == tWord && pc.toks[k].cap {
		k++
	}
	w := pc.word(k)
	return k > c+1 && (w == "—" || w == "--" || w == "–" || w == "-") && isState(pc.lowRun(c+1, k))
}

// agencyDateline reports a paragraph opening "Washington (AFP) –": a
// capitalised place, an agency in brackets, a dash.
func (pc *pctx) agencyDateline(v int) bool {
	k := 0
	for k < v && k < 5 && (pc.toks[k].kind == tWord && pc.toks[k].cap || k > 0 && pc.word(k) == "." && endsAbbreviation(pc.toks[k-1])) {
		k++ // (and "St. Louis (CNN) —": a saint's abbreviation)
	}
	if k == 0 || pc.word(k) != "(" {
		return false
	}
	c := pc.skipBrackets(k, v)
	w := pc.word(c)
	return c > k && (w == "—" || w == "--" || w == "–" || w == "-")
}

func isUpperWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// subjectBeforeParticipleAside reads a role phrase that opens the
// sentence, then an aside opening with a participle that ends at the comma
// j before the cue: "The municipality’s chief financial officer, walking
// council through the numbers, said". Nil for any other shape.
func (pc *pctx) subjectBeforeParticipleAside(j, s int) *entity {
	if pc.word(j) != "," || pc.word(s) != "the" {
		return nil // (not "A senior official, speaking on condition …": someone unnamed, as before)
	}
	c := s
	for c < j && c < s+8 && pc.toks[c].kind == tWord {
		c++
	}
	if c >= j || c == s || pc.word(c) != "," || !strings.HasSuffix(pc.word(c+1), "ing") || !pc.has(c-1, wRole) || pc.toks[c-1].cap {
		return nil
	}
	for k := c + 1; k < j; k++ {
		if pc.toks[k].kind != tWord || pc.isCue(k) && k > c+1 {
			return nil // another clause, not an aside
		}
	}
	return pc.npEndingAt(c-1, s)
}

// bodyOfPlace reads "A union in Ontario says", "A company from Calgary
// says" opening the clause: the body, unnamed and indefinite so
// that the one of its kind the next paragraphs name is it; nil for any
// other shape.
func (pc *pctx) bodyOfPlace(p, s, v int) *entity {
	if pc.word(p) != "in" && pc.word(p) != "from" {
		return nil
	}
	h := p - 1
	if !pc.has(h, wOrgHead) || pc.toks[h].poss {
		return nil
	}
	d := h - 1
	for d > s && d >= h-3 && pc.toks[d].kind == tWord && !pc.has(d, wDeterminer) {
		d-- // "A Mi’kmaw First Nation"
	}
	if w := pc.word(d); w != "a" && w != "an" || d != pc.skipIntro(pc.skipDateline(s, v), v) {
		return nil
	}
	e := pc.an.reg.body(pc.phraseText(d, h+1))
	e.indef = true
	return e
}

// npForward resolves the noun phrase starting at i (after a quotation:
// "“…,” the minister said"); it returns the entity and the index after it.
// rolesJoined reports an "and" at k between two roles before a name:
// "president and CEO Warren Halvorsen".
func (pc *pctx) rolesJoined(k int) bool {
	role := func(j int) bool {
		return pc.has(j, wRole) || isTitleWord(pc.word(j)) || titles[pc.word(j)] != "" || roleNouns[pc.word(j)]
	}
	return pc.word(k) == "and" && k > 0 && !pc.toks[k-1].cap && role(k-1) && role(k+1)
}

func (pc *pctx) npForward(i, limit int) (*entity, int, bool) {
	for i+1 < limit && pc.toks[i].cap && pc.inPlaceAdjective(i) {
		i++ // "Los Angeles-based attorney Edgar Martirosyan": past the adjective's every word
	}
	if pc.word(i) == "ward" && pc.toks[i].cap && isDigitStart(pc.word(i+1)) && i+2 < limit && pc.isNameWord(i+2) {
		i += 2 // "said Ward 8 Coun. Mireille Gauthier": her ward, then her title
	}
	w := pc.word(i)
	if w == "" {
		return nil, i, false
	}
	if _, ok := pronounGender(w); ok {
		return pc.resolvePronoun(w, i), i + 1, true
	}
	f := i
	if w == "the" {
		f++
	}
	if f < limit && pc.toks[f].cap {
		if k := pc.frenchNameEnd(f); k > f {
			if k+1 < limit && (!pc.toks[k].cap && pc.has(k, wRole) || pc.toks[k].cap && isTitleWord(pc.toks[k].low)) && pc.isNameWord(k+1) {
				return pc.npForward(k, limit) // "Fraternité des policiers et policières de Montréal president Yannick Desrosiers": its president (and "Québec solidaire MNA X" the MNA)
			}
			return pc.an.reg.body(pc.phraseText(f, k)), pc.skipBrackets(k, limit), true // "the Commissaire à la santé et au bien-être"
		}
	}
	if w == "i" || w == "we" || w == "you" {
		return nil, i + 1, true
	}
	if (w == "the" || w == "all") && numberWords[pc.word(i+1)] && (i+2 >= limit || pc.toks[i+2].kind != tWord || pc.isCue(i+2)) {
		return pc.groupOf(i, i+2), i + 2, true // "“…,” the two write"
	}
	if n := pc.word(i + 1); (w == "her" || w == "his") && (n == "honour" || n == "honor") {
		return pc.npEndingAt(i+1, i), i + 2, true // "“…,” Her Honour said"
	}
	if p := pc.particleRun(i); p > i {
		j := pc.runEnd(i)
		if !pc.toks[j-1].poss || j >= limit || !pc.isNameWord(j) {
			return pc.entityAt(i, j), j, true
		} // "Al Jazeera's Mark Hollis, reporting from Kyiv, said": the name after it, as for any owner below
	}
	if w == "the" && pc.isNameWord(i+1) {
		if r := pc.runEnd(i + 1); r > i+2 && (titleOnly(pc.lowRun(i+1, r)) || pc.placeTitle(i+1, r)) {
			return pc.titleHolder(i+1, r, i), r, true // "“…,” the Prime Minister said"
		}
		if r := pc.runEnd(i + 1); r > i+2 && pc.is(r-1, mPartyNoun) {
			if e := pc.placedRole(i, r-1); e != nil && !otherParty(e, partyOf(pc.word(r-1))) {
				pc.traceTo(e, refRole, pc.phraseText(i, r), i)
				return e, r, true // "“…,” the Wyoming Republican told reporters": the Republican named with Wyoming
			}
		}
	}
	k, most := i, i+3
	for k < most && k < len(pc.toks) && (pc.rolesJoined(k) && most < i+5 || pc.toks[k].kind == tWord && (!pc.toks[k].cap || k == i && !pc.isNameWord(k)) && !pc.toks[k].has(wDeterminer) &&
		!pc.toks[k].has(wParticle) && !pc.toks[k].has(wFunction) && !pc.toks[k].has(wPrep) &&
		!pc.toks[k].has(wIntro) && !pc.isCue(k)) {
		if pc.rolesJoined(k) {
			most += 2
		}
		k++ // state Sen. Gail Pritchard, opposition leader Maja Strand, president and CEO Warren Halvorsen
	}
	if k > i && pc.word(k) == "of" && k+2 < len(pc.toks) && pc.toks[k+1].kind == tWord && !pc.toks[k+1].cap &&
		!pc.has(k+1, wFunction|wDeterminer) && pc.isNameWord(k+2) {
		k += 2 // "master of ceremonies Asab Al-Tabchi", "director of communications Jen Psaki"
	}
	if k == most && !pc.isNameWord(k) {
		if n := pc.lowerWordsEnd(k, limit, 3); n > k && n < limit && pc.isNameWord(n) && pc.has(n-1, wRole) {
			k = n // "regional district board chair Keith Ostrander": a longer role's words
		}
	}
	if k > i && !pc.isNameWord(k) {
		k = i
	}
	if pc.isNameWord(k) {
		j := pc.runEnd(k)
		if (pc.word(j) == "of" || pc.word(j) == "for") && j+1 < limit && pc.isNameWord(j+1) && isTitleWord(pc.toks[j-1].low) {
			k, j = j+1, pc.runEnd(j+1) // "Secretary of State John Kerry": the title's "of" runs on to the name
			if pc.word(j) == "for" && j+1 < limit && pc.isNameWord(j+1) {
				k, j = j+1, pc.runEnd(j+1) // "Secretary of State for Northern Ireland Hilary Benn"
			}
		}
		for hop := 0; hop < 2 && !pc.toks[j-1].poss; hop++ {
			n := pc.nameAfterRoleWords(j, limit)
			if n == 0 {
				break
			}
			// the head of the phrase is the last name: French cyclist Anne
			// Roux, Judicial Watch president Tom Fitton
			k, j = n, pc.runEnd(n)
		}
		if pc.toks[j-1].poss && j < limit && pc.isNameWord(j) {
			if r := pc.runEnd(j); r <= limit {
				if e := pc.placesTitle(j, r-1, k); e != nil {
					return e, r, true // "Wales' First Minister has defended …, telling"
				}
			}
		}
		if pc.toks[j-1].poss {
			// said Kojo Mensah's lawyer, Ama Owusu: the lawyer, not Mensah
			if e, end := pc.appositiveAfterRoleEnd(j, limit); e != nil {
				return e, end, true
			}
			if n := pc.nameAfterRoleWords(j, limit); n > 0 {
				r := pc.runEnd(n)
				return pc.entityAt(n, r), r, true // Clinton's top foreign policy aide Jake Sullivan
			}
			if n := pc.lowerWordsEnd(j, limit, 4); n > j && n < limit && pc.isNameWord(n) && !pc.toks[pc.runEnd(n)-1].poss {
				r := pc.runEnd(n)
				return pc.entityAt(n, r), r, true // "China's state-owned investment giant CITIC": CITIC
			}
			if j < limit && pc.isNameWord(j) && !pc.toks[pc.runEnd(j)-1].poss {
				low := pc.lowRun(k, j)
				owner := pc.an.reg.find(mention{low: low})
				if owner != nil && (owner.org || owner.outlet) || isOrgName(low) || isOutletName(low) ||
					len(low) == 1 && platformNames[low[0]] || isGivenName(pc.toks[j].low) && pc.runEnd(j) > j+1 {
					r := pc.runEnd(j)
					return pc.entityAt(j, r), r, true // Fox News' Megyn Kelly: the person, not the outlet
				}
			}
			owner := pc.entityAt(k, j)
			from := j
			for j < limit && pc.toks[j].kind == tWord && !pc.isNameWord(j) && !pc.isCue(j) {
				j++
			}
			if owner != nil && owner.org && isState(owner.words) && j > from && pc.has(j-1, wRole) {
				if e := pc.roleNP(j-1, i); e != nil && e != owner {
					return e, j, true // "Canada's prime minister added": the minister, not Canada
				}
			}
			if owner != nil && owner.org {
				return owner, j, true
			}
			if next := pc.word(from + 1); owner != nil && (j == from+1 || !wordHas(next, wRole) && !wordIs(next, mMoreRoleNoun) && !isJobWord(next) && !wordHas(next, wOrgHead)) {
				switch head := pc.word(from); {
				case head == "office":
					owner.addAlias(pc.p.text[int(pc.toks[k].start):int(pc.toks[from].end)])
					return owner, j, true // Ryan's office speaks for Ryan, and "Ryan's office" is his
				case head == "campaign" || head == "team":
					return pc.an.reg.body(pc.p.text[int(pc.toks[k].start):int(pc.toks[from].end)]), j, true
				}
			}
			return nil, j, true
		}
		e := pc.entityAt(k, j)
		if j+1 < len(pc.toks) && pc.word(j) == "." && pc.has(j-1, wAbbrev) && !pc.toks[j+1].cap {
			j++ // Orvane Systems Inc. said
		}
		return e, pc.skipBrackets(j, limit), true // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized"
	}
	if w == "police" || (w == "the" && pc.word(i+1) == "police") {
		n := i + 1
		if w == "the" {
			n++
		}
		e := pc.policeBody()
		pc.traceTo(e, refRole, "police", n-1)
		return e, n, true
	}
	if wordHas(w, wDeterminer) && spokesRoles[pc.word(i+1)] && pc.word(i+2) == "for" {
		if e, after, ok := pc.npForward(i+3, limit); ok && e != nil && e.org {
			pc.an.spokesBody, pc.an.spokesAt, pc.an.spokesTick, pc.an.spokesHead = e, pc.p.num, pc.an.reg.clock, pc.word(i+1)
			pc.an.spokesFor, pc.an.spokesPara, pc.an.spokesSeen = e, pc.p.num, pc.an.reg.clock
			return e, after, true // "a spokesman for the publisher said": the body, unless the spokesman is named next
		}
	}
	if wordHas(w, wDeterminer) {
		if e, end := pc.appositiveAfterRoleEnd(i+1, limit); e != nil {
			return e, end, true // the prosecutor, Carl Dahlgren
		}
		if n := pc.nameAfterRoleWords(i+1, limit); n > 0 && isDefinite(w) {
			j := pc.runEnd(n)
			return pc.entityAt(n, j), j, true // the actor Tom Hale
		}
	}
	if wordHas(w, wDeterminer) && pc.isNameWord(i+1) {
		j := pc.runEnd(i + 1)
		if pc.toks[j-1].poss {
			return pc.npForward(i+1, limit) // "The Washington Post's Ed O'Keefe": the person, as without "the"
		}
		if r := pc.roleWordsEnd(j, limit); r > j && isDefinite(w) {
			if e := pc.roleNP(r-1, i); e != nil {
				return e, r, true // "the Republican candidate", "the New Jersey governor": a name modifies a role
			}
		} else if r > j && (w == "a" || w == "an" || w == "one" || w == "another") && (pc.isCue(r) || r >= limit || pc.word(r) == "," || pc.word(r) == "." || pc.word(r) == "who" || pc.has(r, wPrep) && !pc.cueAheadInClause(r, limit)) {
			e := pc.an.unnamed(pc.p.text[int(pc.toks[i].start):int(pc.toks[r-1].end)], pc.word(r-1))
			pc.traceTo(e, refRole, e.display, i)
			return e, r, true // "one Trump campaign source said", "said a Holloway volunteer from Henderson": someone unnamed
		}
		if isDefinite(w) && pc.loneTitle(i+1, j) {
			return pc.titleHolder(i+1, j, i), j, true // "“…,” the Chancellor said": the one given that title
		}
		if isDefinite(w) && j == i+2 && isDemonym(pc.toks[i+1].low) && j < limit && pc.has(j, wOrgHead) {
			return pc.roleNP(j, i), j + 1, true // "by the Russian government": the body, not a Russian
		}
		if f := pc.an.reg.find(mention{low: []string{pc.toks[i+1].low}}); isDefinite(w) && j == i+2 && isDemonym(pc.toks[i+1].low) &&
			(f == nil || !f.org && !f.outlet && len(f.words) == 1) { // the Guardian stays a name
			// "said the Ukrainian": a role, not a name
			if e := pc.an.reg.byHead(pc.toks[i+1].low, false); e != nil {
				return e, j, true
			}
			return pc.resolvePerson(unknownGender, i), j, true
		}
		return pc.entityAt(i+1, j), j, true
	}
	if wordHas(w, wDeterminer) {
		end := i + 1
		for end < limit && end < i+6 && pc.toks[end].kind == tWord && (!pc.isNameWord(end) || pc.word(end) == "democrat" || pc.word(end) == "republican") {
			if l, _ := pc.cueAt(end); l != "" || finiteAux[pc.word(end)] {
				break // "the plan was failing renters": the phrase ends at its verb
			}
			end++
		}
		if end-1 > i {
			if e := pc.roleNP(end-1, i); e != nil {
				return e, end, true
			}
			return pc.describedSubject(i, end), end, true // "“…,” the man said"
		}
	}
	return nil, i, false
}

// cueAheadInClause reports a cue within a few words after r, before a
// comma or a relative pronoun: "a Democratic staffer in the room wondered"
// (but not "a Holloway volunteer from Henderson who declined …").
func (pc *pctx) cueAheadInClause(r, limit int) bool {
	for k := r; k < limit && k < r+6; k++ {
		if w := pc.word(k); w == "," || w == "who" || w == "that" || pc.toks[k].kind != tWord {
			return false
		}
		if pc.isCue(k) {
			return true
		}
	}
	return false
}

// portfolioRun reports the lower-case words from a role's "of" up to k as
// a long portfolio: "minister of public safety and emergency services".
func (pc *pctx) portfolioRun(i, k int) bool {
	if pc.toks[k].cap || pc.isCue(k) {
		return false
	}
	for x := i; x < k; x++ {
		if pc.word(x) == "of" && x > i && pc.roleNoun(x-1) {
			return true
		}
	}
	return false
}

// actingWords open a role's participle phrase before its holder's name:
// "a lawyer acting for him, X,", "a consultant working for the city, X,".
var actingWords = setOf(`acting working representing speaking`)

// companionWords name someone by whom they stand with, before the name:
// "her friend Jaskaran Gill", "his classmate Ana Ruiz".
var companionWords = setOf(`friend classmate roommate teammate colleague neighbour neighbor boyfriend girlfriend`)

// finiteAux are verbs no noun phrase holds: "the plan was failing renters"
// ends at "was".
var finiteAux = setOf(`is are was were has have had will would can could`)

// roleWordsEnd returns the end of the lower-case words from i that end in
// a role noun before a cue or the phrase's end ("candidate said",
// "presidential candidate told"); i when they do not.
func (pc *pctx) roleWordsEnd(i, limit int) int {
	k := pc.lowerWordsEnd(i, limit, 3)
	if k == i || !pc.has(k-1, wRole) && !pc.is(k-1, mMoreRoleNoun|mUnnamedHead) && !isJobWord(pc.word(k-1)) {
		return i
	}
	return k
}

// lowerWordsEnd returns the end of up to n lower-case content words from
// i (no function word, preposition, article, adverb or cue): the words a
// role is made of.
func (pc *pctx) lowerWordsEnd(i, limit, n int) int {
	k := i
	for k < limit && k < i+n && pc.toks[k].kind == tWord && !pc.toks[k].cap &&
		!pc.has(k, wFunction|wPrep|wDeterminer|wAdverb) && !pc.isCue(k) {
		k++
	}
	return k
}

// nameAfterRoleWords finds a name after one to four lower-case role words
// starting at i ("cyclist Anne Roux", "top foreign policy aide Jake
// Sullivan"); 0 when none.
func (pc *pctx) nameAfterRoleWords(i, limit int) int {
	if pc.isNameWord(i) && !pc.toks[i].poss {
		if r := pc.runEnd(i); r < limit && r > i && !pc.toks[r-1].poss && pc.toks[r].kind == tWord && !pc.toks[r].cap && isOrgName(pc.lowRun(i, r)) {
			i = r // "Italy's Northern League leader Matteo Salvini": the body before the role
		}
	}
	k := pc.lowerWordsEnd(i, limit, 4)
	if k > i && pc.word(k) == "and" {
		n := pc.lowerWordsEnd(k+1, limit, 3)
		if n == k+1 && officerInitials[pc.word(k+1)] {
			n = k + 2 // "president and CEO Hélène Giroux"
		}
		if n > k+1 && (pc.roleNoun(n-1) || officerInitials[pc.word(n-1)]) && (pc.roleNoun(k-1) || portfolioRoles[pc.word(n-1)]) {
			k = n // "BC Hydro president and chief executive Colleen Tsang", "NDP colleges and universities critic Ama Boateng-Fraser"
		}
	}
	if k == i || !pc.has(k-1, wTitle) && !pc.roleNoun(k-1) && !pc.is(k-1, mVoxRole) &&
		!(agentNoun(pc.word(k-1)) && isGivenName(pc.word(k)) && pc.isNameWord(k+1)) && // "Baker Lake hunter Kenny Tunguaq"
		!(companionWords[pc.word(k-1)] && pc.isNameWord(k) && pc.isNameWord(k+1)) { // "her friend Jaskaran Gill"
		return 0 // "Kasich bemoaned America's …": a verb, not a role, stands between
	}
	if k < limit && pc.isNameWord(k) && !pc.toks[k].has(wTitle) || pc.has(k, wTitle) && (pc.isNameWord(k+1) || pc.word(k+1) == "." && pc.isNameWord(k+2)) {
		return k
	}
	return 0
}

// officerInitials are an officer's title in capitals: "CEO", "CFO".
var officerInitials = setOf(`ceo cfo coo cto`)

// portfolioRoles hold a portfolio that may name two fields: "colleges and
// universities critic", "families and social development minister".
var portfolioRoles = setOf(`critic minister spokesperson spokesman spokeswoman secretary`)

// roleNoun reports a noun at k that says what someone does: a role, a
// press role, a job.
func (pc *pctx) roleNoun(k int) bool {
	return pc.has(k, wRole) || pc.is(k, mMoreRoleNoun|mPressRole) || isJobWord(pc.word(k))
}

// lowRun is the lower-case words of the tokens [i, j), possessives cut.
func (pc *pctx) lowRun(i, j int) []string {
	var out []string
	for k := i; k < j; k++ {
		if pc.toks[k].kind == tWord {
			out = append(out, strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(pc.toks[k].low, "'s"), "’s"), "'’"))
		}
	}
	return out
}

// modifiedNoun reads a name run [i, j) that only qualifies the lower-case
// noun after it: "the Florida senator" is a role pointing back, "Democratic
// voters" a group; ok is false when the name stands on its own.
func (pc *pctx) modifiedNoun(i, j, v int) (*entity, bool) {
	k := j
	for k < v && k < j+3 && pc.toks[k].kind == tWord && !pc.toks[k].cap && !pc.has(k, wFunction|wPrep|wDeterminer|wAdverb) &&
		!pc.isCue(k) && !pc.toks[k].poss && !verbLike(pc.toks[k]) {
		k++
	}
	if k == j {
		return nil, false
	}
	head := pc.toks[k-1].low
	for m := j; m < k-1; m++ {
		if w := pc.word(m); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
			return nil, false // "Trump quells critics": a verb, not a modifier, before the noun
		}
	}
	switch {
	case wordHas(head, wRole):
		return pc.roleNP(k-1, max(0, i-1)), true
	case (head == "campaign" || head == "camp") && k == j+1:
		return pc.an.reg.body(pc.p.text[int(pc.toks[i].start):int(pc.toks[k-1].end)]), true // "The Cruz campaign sent an email saying": the campaign, not Cruz
	case wordIs(head, mGroupNoun|mBodyPlural):
		return pc.an.reg.body(pc.p.text[int(pc.toks[i].start):int(pc.toks[k-1].end)]), true
	}
	return nil, false
}

// beforeAppositive finds the name an appositive ending at the comma c
// describes: "X, a military spokesman, said" gives X.
// longNameStart is where the name ending at j starts, read across the
// "and" and "of" a body's name holds ("Government and General Employees
// Union").
func (pc *pctx) longNameStart(j, s int) int {
	n := pc.nameStart(j, s)
	for n-2 > s && (pc.word(n-1) == "and" || pc.word(n-1) == "of") && pc.isNameWord(n-2) {
		n = pc.nameStart(n-2, s)
	}
	return n
}

// roleAtPlaceBeforeAside is the unnamed source from st whose place or
// body, after a preposition, is named just before the comma at k that
// opens a participle's aside: "A senior official at City Hall, speaking
// …,". Nil for any other shape ("The spokeswoman for Premier X, speaking
// Monday," is left to the rules for spokespeople).
func (pc *pctx) roleAtPlaceBeforeAside(st, k int) *entity {
	if k-st > 8 || k-st < 4 || !pc.has(st, wDeterminer) || !pc.isNameWord(k-1) || !strings.HasSuffix(pc.word(k+1), "ing") {
		return nil
	}
	p := pc.nameStart(k-1, st) - 1
	if pc.word(p) == "the" {
		p--
	}
	if p <= st+1 || !pc.has(p, wPrep) || !(pc.has(p-1, wRole) || pc.is(p-1, mUnnamedHead) || pluralOfPeople(pc.word(p-1))) {
		return nil
	}
	for q := st + 1; q < p; q++ {
		if pc.toks[q].kind != tWord || pc.toks[q].cap {
			return nil
		}
	}
	return pc.indefiniteSubject(k-1, st)
}

// memberBeforeTagAside is the member named before a party tag whose
// comma at k opens an aside ("Rep. X, D-Va., whose district …,"), or nil.
func (pc *pctx) memberBeforeTagAside(k, s int) *entity {
	t := k - 1
	if pc.word(t) == "." {
		t-- // "D-Va."
	}
	if t-2 <= s || !pc.partyTag(t) || !pc.isNameWord(t-2) || !opensAside(pc.toks[k+1]) {
		return nil
	}
	return pc.npEndingAt(t-2, s)
}

func (pc *pctx) beforeAppositive(c, s int) *entity {
	if st := pc.skipIntro(pc.skipDateline(s, c), c); pc.word(st) == "one" && pc.word(st+1) == "," && (pc.word(st+2) == "a" || pc.word(st+2) == "an") && st+3 < c {
		return pc.unnamedAt(st+2, c) // "One, a New York financier who has given the maximum, said": one of those just spoken of, as the aside describes
	}
	if n := pc.nameStart(c-1, s); pc.isNameWord(c-1) && n-2 > s && namingWord(pc.word(n-2), pc.word(n-1)) && !pc.has(n-2, wOrgHead) && !companyHeads[pc.word(n-2)] {
		return pc.entityAt(n, c) // "One worker, a welder named Piet Aalders, said", "a forklift operator who gave only his first name, Marlon, said": the name he is given
	}
	inner := -1 // a name governed by a preposition: the subject only if none comes before it
	for k := c - 1; k > s && k > c-40; k-- {
		if pc.toks[k].kind == tQuote {
			break
		}
		if pc.word(k) != "," {
			continue
		}
		if pc.placeComma(k) && pc.isNameWord(k-1) {
			k = pc.nameStart(k-1, s) - 1 // "X, a pediatrician in Columbus, Ohio, who testified …, said": past the place, to X
			continue
		}
		if n := pc.nameStart(k-1, s); pc.isNameWord(k-1) && pc.word(n-1) == "," && pc.isNameWord(n-2) && !pc.has(n, wTitle|wRole) && !isGivenName(pc.word(n)) && n == k-1 {
			if m := pc.nameStart(n-2, s); pc.word(m-1) == "in" || pc.word(m-1) == "from" {
				k = m - 1 // "X, an organizer with a group in Jackson Heights, Queens, who …, said": past the place and its borough, to X
				continue
			}
		}
		if isDigitStart(pc.word(k-1)) && pc.word(k-2) == "," && pc.isNameWord(k-3) && pc.word(k+1) != "who" {
			k-- // "Sam Ocampo-Reyes, 29, an organizer …, who …, said": past the age, to the name
			continue
		}
		if e := pc.memberBeforeTagAside(k, s); e != nil {
			return e // "Rep. Linda Okonkwo-Barnes, D-Va., whose district includes the base where the Pendry is docked, said": the member
		}
		if e := pc.aidesOfNamed(k, s); e != nil {
			return e // "Allies of Sunil Varghese, the housing secretary, insisted": the allies, whatever the aside says of him
		}
		if pc.word(k-1) == ")" { // "Gov. John Kasich (R-Ohio), who won"
			if p := pc.openParen(k-2, s); p > s && pc.isNameWord(p-1) {
				if n := pc.longNameStart(p-1, s); inner < 0 && n > s && (pc.has(n-1, wPrep) || pc.has(n-1, wDeterminer) && pc.has(n-2, wPrep)) {
					inner = p - 1 // "X, president of the Nova Scotia Government and General Employees Union (NSGEU), which represents …, said": X
					continue
				}
				return pc.npEndingAt(p-1, s)
			}
		}
		st := pc.clauseAfterJoin(pc.skipIntro(pc.skipDateline(s, c), c), k)
		if e := pc.roleAtPlaceBeforeAside(st, k); e != nil {
			return e // "A senior official at Queen's Park, speaking on condition of anonymity, says": the official
		}
		inPlace := k > st && k-st <= 6 && pc.peopleInPlace(st, k)
		if k > st && (k-st <= 4 && !pc.isNameWord(k-1) || inPlace) && pc.toks[k+1].kind == tWord &&
			(opensAside(pc.toks[k+1]) || strings.HasSuffix(pc.word(k+1), "ing") || k == st+2 && ownerWords[pc.word(st)] && kinNouns[pc.word(st+1)] && indefinites[pc.word(k+1)]) {
			for p := st + 1; p < k-1; p++ {
				if pc.has(p, wPrep) {
					if inPlace {
						if e := pc.literalSubject(st, p); e != nil {
							return e // "Election officials in Pennsylvania, including …, said": the election officials
						}
					}
					if e := pc.npEndingAt(p-1, st); e != nil {
						return e // "Officials in the ministry, speaking on condition of anonymity, said": the officials
					}
					break
				}
			}
			if e := pc.npEndingAt(k-1, st); e != nil {
				return e // "The 44-year-old epidemiologist, who began …, said": the role's person; "Her husband, a sanitation worker, said": hers
			}
			if e := pc.literalSubject(st, k); e != nil {
				return e // "Others, reacting to the gap, shouted"
			}
		}
		if pc.word(k+1) == "who" && (indefinites[pc.word(st)] || numberWords[pc.word(st)]) && k-st <= 10 {
			end := st + 1
			for end < k && (!pc.has(end, wPrep) || pc.toks[end-1].cap && pc.toks[end+1].cap) && !(end > st+1 && (strings.HasSuffix(pc.word(end), "ing") || numberWords[pc.word(st)] && strings.HasSuffix(pc.word(end), "ed") && !pc.toks[end].cap)) {
				end++ // (and "A Republican strategist working on several Senate races, who …": the strategist)
			}
			if h := pc.word(end - 1); numberWords[pc.word(st)] && end-1 > st && pluralOfPeople(h) && !pc.toks[end-1].cap {
				if g := pc.groupOf(st, end); g != nil {
					return g // "Three diplomats involved in the drafting, who spoke on condition of anonymity, said": the diplomats
				}
			}
			if h := pc.toks[end-1].low; end-1 > st && (wordHas(h, wRole) || legislators[h] || wordIs(h, mUnnamedHead)) {
				return pc.an.unnamed(pc.p.text[int(pc.toks[st].start):int(pc.toks[end-1].end)], h) // "One Labour MP from the 2024 intake, who asked not to be named, said"
			}
		}
		if e := pc.describedBeforeRelative(st, k); e != nil {
			return e // "The five-member jury, which delivered its verdict Wednesday, found": the jury
		}
		if pc.word(k+1) == "which" && pc.isNameWord(k-1) {
			if e := pc.bodyOfGenericPlace(k-1, s); e != nil {
				return e // "The province's Special Investigations Unit, which probes deaths …, concluded"
			}
		}
		if n := pc.sentOf[k]; pc.word(k+1) == "which" && n < k && pc.toks[n].cap && isState(pc.lowRun(n, k)) {
			return pc.an.reg.body(pc.p.text[int(pc.toks[n].start):int(pc.toks[k-1].end)]) // "Hungary, which has courted Chinese investment, said": the country
		}
		if n := pc.nameStart(k-1, s); pc.toks[k-1].poss && pc.toks[k-1].cap && pc.isNameWord(k-1) && n == pc.sentOf[k] && pc.has(k+1, wDeterminer) && (bodyHeads[pc.word(c-1)] || pc.asideNamesBody(k+1, c)) {
			return pc.an.reg.body(pc.phraseText(n, k)) // "Harty's, the Cork-based supermarket chain, has reported": the chain, not its founder
		}
		if k-1 == pc.sentOf[k] && pc.toks[k-1].kind == tWord && pc.toks[k-1].cap && !pc.isNameWord(k-1) && (pc.has(k+1, wDeterminer) && bodyHeads[pc.word(c-1)] || pc.asideNamesBody(k+1, c)) {
			return pc.an.reg.body(pc.p.text[int(pc.toks[k-1].start):int(pc.toks[k-1].end)]) // "Ofwat, the water regulator, said": a body the article names once
		}
		if !pc.isNameWord(k-1) || !(pc.has(k+1, wDeterminer) || pc.has(k+1, wRole) || isDigitStart(pc.word(k+1)) || opensAside(pc.toks[k+1]) ||
			pc.has(k+1, wPrep) && !pc.toks[k+1].cap && pc.prepAside(k, c, s)) { // "Mrs. Clinton, in response to …, accused"
			if inner >= 0 && pc.isNameWord(k-1) {
				return nil // "Gustav Ando, research director for IHS, a firm, said": an earlier name heads the clause
			}
			break
		}
		n := pc.nameStart(k-1, s)
		if pc.word(n-1) == "o" && pc.isNameWord(n-2) {
			if m := pc.nameStart(n-2, s); pc.word(m) == "te" || pc.word(m-1) == "te" {
				n = m // "chair of Te Rūnanga o Rātā, the iwi trust,": one Māori body's name
			}
		}
		for n-1 > s && pc.toks[n-1].cap && pc.has(n-1, wParticle) {
			n-- // the name opens with its particle
		}
		if n-2 > s && pc.word(n-1) == "&" && pc.isNameWord(n-2) {
			n = pc.nameStart(n-2, s) // "of Hartley & Finch, who …": the firm's whole name, and the "of" before it
		}
		if f := pc.frenchBodyStart(k-1, s); f > s && f < n {
			n = f // "president of the Alliance des expéditeurs du Québec, a shippers’ group,": the body's whole name
		}
		if inner < 0 && n > s && (pc.has(n-1, wPrep) && !(pc.word(n-1) == "of" && pc.has(n-2, wTitle) && pc.toks[n-2].cap) || pc.has(n-1, wDeterminer) && pc.has(n-2, wPrep)) { // (not a title's "of": "Secretary of State Harold Whitacre")
			if e := pc.personOfBody(k, s); e != nil {
				return e // "Harold Dudoward Jr. of the Lax Gyels First Nation, one of the three communities, said": Dudoward
			}
			inner = k - 1 // "X, a pollster working with Priorities USA, a PAC, said": the body is X's
			continue
		}
		if e := pc.relativeHeadOf(k-1, s); e != nil {
			return e // "the triage nurse who assessed Okonkwo, whose name is protected …, testified": the nurse
		}
		if n := pc.nameStart(k-1, s); inner < 0 && pc.inRelativeClause(n, s) {
			inner = k - 1 // "X, who now directs the Atlantic Policy Forum, a research group, said": the forum is X's
			continue
		}
		if e := pc.closeToSource(k, s); e != nil {
			return e // "A staffer in the office of Minister Raymond Achterberg, who spoke on condition of anonymity, said": the staffer
		}
		if n := pc.nameStart(k-1, s); k-1-n >= 1 && pc.has(k+1, wDeterminer) && bodyHeads[pc.word(k+2)] {
			if e := pc.npEndingAt(k-1, s); e == nil || isPlaceEntity(e) {
				return pc.an.reg.body(pc.phraseText(n, k)) // "Gig Workers United Edmonton, a group representing couriers, said": the group, not Edmonton
			}
		}
		if e := pc.npEndingAt(k-1, s); e != nil || !pc.has(k+1, wDeterminer) || !bodyHeads[pc.word(c-1)] {
			return e
		}
		n = pc.nameStart(k-1, s)
		return pc.an.reg.body(pc.p.text[int(pc.toks[n].start):int(pc.toks[k-1].end)]) // "Ofwat, the water regulator, said": a body the article names once
	}
	if inner >= 0 {
		return pc.npEndingAt(inner, s) // "As Tom Ridge, a former secretary, put it"
	}
	return nil
}

// asideNamesBody reports an aside [a, c) that calls what it follows a body
// by its head noun, before any qualifying phrase: "one of the larger
// short-term rental platforms operating in B.C.", "a Calgary-based
// retailer with 40 stores".
func (pc *pctx) asideNamesBody(a, c int) bool {
	if pc.word(a) == "one" && pc.word(a+1) == "of" {
		a += 2
	}
	if !pc.has(a, wDeterminer) {
		return false
	}
	h := -1
	for k := a + 1; k < c && k <= a+6; k++ {
		t := pc.toks[k]
		if t.kind != tWord && t.low != "-" || pc.has(k, wPrep) || relativeWords[t.low] || k > a+1 && strings.HasSuffix(t.low, "ing") {
			break
		}
		h = k
	}
	if h < 0 {
		return false
	}
	w := pc.word(h)
	if one := strings.TrimSuffix(w, "s"); one != w && (bodyHeads[one] || makers[one] || asideBodyHeads[one]) {
		return true
	}
	return bodyHeads[w] || makers[w] || asideBodyHeads[w]
}

// asideBodyHeads are heads an aside gives a business: "Hostly, one of the
// larger rental platforms".
var asideBodyHeads = setOf(`platform chain operator provider developer startup service app utility`)

// inRelativeClause reports a name starting at n that stands in a relative
// clause opened after a comma a few words before it: ", who now directs
// the Atlantic Policy Forum", ", a former official who runs the Acme
// Group".
func (pc *pctx) inRelativeClause(n, s int) bool {
	for k := n - 1; k > s+1 && k >= n-6; k-- {
		switch t := pc.toks[k]; {
		case t.kind != tWord:
			return false
		case t.low == "who" || t.low == "which":
			return k < n-1 && !pc.isCue(k+1)
		}
	}
	return false
}

// bodyOfGenericPlace is the body named by the capitalised run ending at j
// after a place's common noun in the possessive ("the territory’s
// Department of Education"): the body, by its own name. Nil otherwise.
func (pc *pctx) bodyOfGenericPlace(j, s int) *entity {
	if !pc.isNameWord(j) {
		return nil // the cheap test first
	}
	n := pc.ofNameStart(j, s)
	if n-2 < s || !pc.toks[n-1].poss || pc.toks[n-1].cap || !pc.has(n-2, wDeterminer) || !genericPlaces[pc.word(n-1)] {
		return nil
	}
	for k := n; k <= j; k++ {
		if pc.has(k, wOrg) {
			return pc.an.reg.body(pc.phraseText(n, j+1))
		}
	}
	return nil
}

var genericPlaces = setOf(`province territory city town state country region nation county municipality`)

// seatHolderBefore is the member a seat's name before the cue at v belongs
// to: "the 46-year-old MP for Pontypridd said" is the MP's. Nil for any
// other shape.
func (pc *pctx) seatHolderBefore(v, s int) *entity {
	if v-3 <= s || !pc.isNameWord(v-1) {
		return nil
	}
	n := pc.nameStart(v-1, s)
	if pc.word(n-1) != "for" || !seatHolders[pc.word(n-2)] || n-2 <= s {
		return nil
	}
	return pc.roleNP(n-2, s)
}

// seatHolders sit for a constituency: "the MP for Swansea East".
var seatHolders = setOf(`mp msp mla mpp mna mha td member`)

// prepBeforeName reports a preposition among the words before the name at
// n, back to a comma or the sentence's start s: "president of the Port
// Alder Chamber of Commerce" is no subject.
func (pc *pctx) prepBeforeName(n, s int) bool {
	for k := n - 1; k >= s && k > n-12 && pc.word(k) != "," && !isDash(pc.word(k)); k-- {
		if pc.has(k, wPrep) {
			return true
		}
	}
	return false
}

// dashAsideBefore is the dash opening an aside that a dash right before j
// closes ("X — no relation to Mireille — who"), or -1.
func (pc *pctx) dashAsideBefore(j, s int) int {
	if !isDash(pc.word(j - 1)) {
		return -1
	}
	for d := j - 3; d > s && d >= j-14; d-- {
		if isDash(pc.word(d)) {
			return d
		}
		if pc.toks[d].kind == tQuote {
			break
		}
	}
	return -1
}

// describedBeforeRelative is the described subject ("the jury", "the
// report") that opens the clause at st before a "which" clause whose
// comma is at c or before it: nil for any other shape.
func (pc *pctx) describedBeforeRelative(st, c int) *entity {
	if !pc.has(st, wDeterminer) {
		return nil
	}
	for p := st + 2; p <= c && p <= st+6; p++ {
		if pc.word(p) == "," {
			if pc.word(p+1) == "which" { // (a person's "who" clause may name them: "The man, who later identified himself as X,")
				if pc.isNameWord(p-1) && pc.nameStart(p-1, st) > st+1 {
					if e := pc.npEndingAt(p-1, st); e != nil && e.org {
						return e // "The grassroots group Forward Labour, which …, said": the group's name
					}
				}
				if e := pc.describedSubject(st, p); e != nil {
					return e
				}
				if judicialNouns[pc.word(p-1)] {
					return pc.literalSubject(st, p)
				}
				if p == st+2 && pc.word(st) == "the" && governedPlaces[pc.word(p-1)] {
					return pc.literalSubject(st, p) // "The province, which will transfer files …, said": as "The province said" is
				}
			}
			return nil
		}
	}
	return nil
}

// governedPlaces speak through their governments: "The province said".
var governedPlaces = setOf(`province state city town territory municipality county`)

// placeJobBefore is where a place's name and a job noun before the given
// name at n begin, right after a comma (", Bergen County freeholder Brett
// Koval,"); 0 when the words before n are not that.
func (pc *pctx) placeJobBefore(n, s int) int {
	j := n - 1
	if j-2 <= s || !isGivenName(pc.word(n)) || pc.toks[j].kind != tWord || pc.toks[j].cap || pc.has(j, wFunction|wPrep|wDeterminer|wAdverb) || pc.isCue(j) {
		return 0
	}
	k := j - 1
	for k > s && k >= j-4 && pc.toks[k].cap && pc.toks[k].kind == tWord && !pc.toks[k].poss {
		k--
	}
	for x := k; x > s && x >= k-3 && (pc.word(x) == "and" || pc.word(x) == "former" || pc.toks[x].cap && pc.toks[x].kind == tWord); x-- {
		if pc.word(x-1) == "," && (pc.word(x) == "former" || pc.toks[x].cap) && pc.word(k) == "and" {
			k = x - 1 // ", former Marine and Bergen County freeholder Brett Koval,": two descriptions
			break
		}
	}
	if k == j-1 || pc.word(k) != "," || !isPlaceEntityWord(pc.word(j-1)) && !isState(pc.lowRun(k+1, j)) && !placeSuffix(pc.word(j-1)) {
		return 0
	}
	return k + 1
}

// placeSuffix ends a place's name: "Bergen County", "Hamilton Township".
func placeSuffix(w string) bool {
	return w == "county" || w == "township" || w == "parish" || w == "borough" || w == "city"
}

// nameAfterRolePhrase reads a name between commas right before the comma
// c that a role phrase stands before: in "…, a spokeswoman, Anna White,
// said" and "the secretary of the Treasury, Jacob Lew, said" the name is
// the subject, the role its description.
func (pc *pctx) nameAfterRolePhrase(c, s int) *entity {
	if c-1 <= s || !pc.isNameWord(c-1) {
		return nil
	}
	n := c - 1
	for n > s && (pc.isNameWord(n-1) || pc.word(n-1) == "." && (len(pc.word(n-2)) == 1 || pc.has(n-2, wAbbrev)) && pc.isNameWord(n-2)) {
		n-- // "Jacob J. Lew", "Cpl. Annette LeBlanc"
	}
	if n-1 > s && titleQualifiers[pc.word(n-1)] && pc.has(n, wTitle) {
		n-- // "…, state Sen. Ted Lunde, told"
	}
	if n-2 > s && pc.word(n-2) == "," && pc.toks[n-1].kind == tWord && !pc.toks[n-1].cap && !pc.has(n-1, wFunction|wPrep|wDeterminer|wAdverb) && !pc.isCue(n-1) && isGivenName(pc.word(n)) {
		n-- // "One of the coalition's organizers, junior Imani Roscoe, defended": her year, then her name
	} else if p := pc.placeJobBefore(n, s); p > 0 {
		n = p // "His challenger, Bergen County freeholder Brett Koval, said": the place and the job describe him
	}
	if n-2 > s && pc.word(n-1) == "the" && pc.word(n-2) == "," && pc.toks[n].poss && n+1 < c-1 {
		n-- // "The chair, the ANC's Sipho Dlamini, rejected": her party owns the name
	}
	if n < s+2 || pc.word(n-1) != "," {
		return nil
	}
	k := n - 2
	for k > s && k > n-20 && (pc.toks[k].kind == tWord || pc.abbrevStop(k)) {
		k-- // back to the comma before the role: ", the secretary of the Treasury,"
	}
	for x := 0; x < 3 && pc.word(k) == "," && k > s && pc.capitalList(k+1, n-1); x++ {
		for k--; k > s && k > n-30 && (pc.toks[k].kind == tWord || pc.abbrevStop(k)); k-- {
		} // "Minister Responsible for First Nations, Métis and Northern Affairs, X,": the portfolio's commas
	}
	if pc.word(k) != "," && k != s || k == n-2 {
		return nil
	}
	if k == s && pc.toks[k].kind == tWord {
		k-- // the role opens the sentence
	} else if pc.isNameWord(k-1) && pc.word(k+1) != "whose" {
		return nil // "Vian, the editor of the paper, L'Osservatore Romano, said": the first name speaks (but "the Project, whose president, X, told": X)
	}
	first := k + 1
	if w := pc.word(first); (w == "and" || w == "but") && first+1 < n-1 {
		first++ // "…, and his lawyer, Philip Draycott-Mensah, said": a clause of its own
		if pc.word(first) == "on" && calendarWords[pc.word(first+1)] && first+2 < n-1 {
			first += 2 // "…, and on Thursday the White House press secretary, Dana Whitford, said"
		}
	}
	oneOf := pc.word(first) == "one" && pc.word(first+1) == "of"
	twoWordOwner := first+1 < n && pc.toks[first].cap && pc.toks[first+1].cap && pc.toks[first+1].poss                                                                           // "New Brunswick’s Commissioner of Official Languages, X,"
	if !pc.has(first, wDeterminer) && !pc.toks[first].poss && !twoWordOwner && !ownerWords[pc.word(first)] && pc.word(first) != "whose" && !pc.legislatorNext(first) && !oneOf { // ("WFP’s country director in Chad, X, said")
		return nil // but "Nationals MP for Barwon, Trent Corcoran, accused"
	}
	if pc.unknownTitleBefore(first, n, c) {
		return pc.npEndingAt(c-1, s) // "The Cathaoirleach, Cllr Maura Gavin, reminded": a title the tables do not know, then the person holding it
	}
	for r := first + 1; r < n-1; r++ {
		w := pc.word(r)
		if oneOf && strings.HasSuffix(w, "s") {
			w = w[:len(w)-1] // "One of the authors of that 2013 report, Ari Fleischer, said"
		}
		if pc.has(r, wRole) || wordIs(w, mMoreRoleNoun) || isJobWord(w) || legislators[w] || oneOf && wordHas(w, wRole) || officeHolderWord(w) {
			e := pc.npEndingAt(c-1, s)
			if e == nil || e.org || e.outlet {
				return nil
			}
			if pc.word(first) == "whose" {
				first++ // "the Association, whose horticulture chair, X, said": his role is the chair
			}
			pc.learnRolePhrase(e, first, r, n-1)
			return e
		}
	}
	return nil
}

// unknownTitleBefore reports "The X, NAME," with X one capitalised word
// the article names nothing by and the tables do not know, and NAME a
// person's (a title or a given name first, and a surname): X is the
// title NAME holds ("The Cathaoirleach, Cllr Maura Gavin,"), as no one's
// name takes "the". first is "The", n NAME's first word, c the comma
// after it.
func (pc *pctx) unknownTitleBefore(first, n, c int) bool {
	x := first + 1
	if pc.word(first) != "the" || x != n-2 || !pc.toks[x].cap || pc.toks[x].info != nil || c-n < 2 {
		return false
	}
	if e := pc.an.reg.find(mention{low: []string{pc.word(x)}}); e != nil {
		return false
	}
	return pc.has(n, wTitle) || isGivenName(pc.word(n))
}

// panelOfBody is the named body whose panel the noun phrase opening at i
// names ("a three-judge panel of the United States Court of Appeals"):
// a panel rules for its court or board. nil for any other phrase.
func (pc *pctx) panelOfBody(i, v int) *entity {
	for k := i + 1; k < v-2 && k <= i+3 && pc.toks[k].kind == tWord && !pc.isNameWord(k); k++ {
		if pc.word(k) != "panel" || pc.word(k+1) != "of" {
			continue
		}
		j := k + 2
		if pc.word(j) == "the" {
			j++
		}
		if !pc.isNameWord(j) {
			return nil // "a panel of three judges": the panel
		}
		if e, _, ok := pc.npForward(k+2, v); ok && e != nil && e.org && !isPlaceEntity(e) {
			return e
		}
		return nil
	}
	return nil
}

// capitalList reports words [i, j) that are an item of a portfolio's
// list, capitalised words and "and": "Métis and Northern Affairs".
func (pc *pctx) capitalList(i, j int) bool {
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if t := pc.toks[k]; t.kind != tWord || !t.cap && t.low != "and" {
			return false
		}
	}
	return true
}

// officeHolderWord reports a word naming one who holds an office the
// tables do not list: "ombudsperson", "ombudsman", "ombud",
// "chairperson".
func officeHolderWord(w string) bool {
	return w == "ombud" || strings.HasSuffix(w, "ombudsperson") || strings.HasSuffix(w, "ombudsman") || w == "chairperson"
}

// abbrevStop reports the full stop of an abbreviated title ("Gov.") at k.
func (pc *pctx) abbrevStop(k int) bool {
	if k <= 0 || pc.word(k) != "." || !pc.toks[k-1].cap || len(pc.word(k-1)) > 4 {
		return false
	}
	_, ok := titles[pc.word(k-1)] // "Mr." too, a title with no word of its own to show
	return ok
}

// namedBeforeDescription is the body named before an indefinite
// description that the comma before the relative at j closes: "X, a
// Democratic-leaning data firm, which"; nil for any other shape.
func (pc *pctx) namedBeforeDescription(j, s int) *entity {
	if pc.word(j-1) != "," {
		return nil
	}
	for c := j - 2; c > s+1 && c > j-9; c-- {
		if pc.toks[c].kind != tWord {
			if pc.word(c) != "," || !indefiniteArticles[pc.word(c+1)] || !pc.isNameWord(c-1) {
				return nil
			}
			if h := pc.word(j - 2); !wordHas(h, wOrg|wOrgHead) && !tradeNoun(h) {
				return nil // (a body described as one)
			}
			if e := pc.npEndingAt(c-1, s); e != nil && e.org && !e.outlet {
				return e
			}
			return nil
		}
	}
	return nil
}

// nameBeforeParticipleAside is the person named right before an aside
// that opens with a participle and ends at the comma j, places with their
// commas inside it: "X, campaigning earlier in the day in Wilmington,
// Ohio, said". Nil for any other shape.
func (pc *pctx) nameBeforeParticipleAside(j, s int) *entity {
	for c := j - 1; c > s+1 && c > j-16; c-- {
		if pc.toks[c].kind == tWord {
			continue
		}
		if pc.word(c) != "," {
			return nil
		}
		if w := pc.word(c + 1); strings.HasSuffix(w, "ing") && c+2 < j && !pc.isCue(c+1) && pc.isNameWord(c-1) && !pc.toks[c-1].poss {
			if e := pc.roleAtPlaceBeforeAside(pc.clauseAfterJoin(pc.skipIntro(pc.skipDateline(s, c), c), c), c); e != nil {
				return e // "A senior official at Queen's Park, speaking …, says": the official, not the place
			}
			if e := pc.npEndingAt(c-1, s); e != nil && !e.org && !e.group && !e.doc && e.personLike() && !isPlaceEntity(e) {
				return e
			}
			return nil
		}
		if !pc.placeComma(c) {
			return nil
		}
	}
	return nil
}

// whoseClauseSubject is the noun phrase before a "whose" clause that runs,
// with no comma, up to the cue at v: "the union whose members work at the
// site says". Nil for any other shape.
func (pc *pctx) whoseClauseSubject(v, s int) *entity {
	for k := v - 1; k > s && k > v-12; k-- {
		if t := pc.toks[k]; t.kind != tWord || pc.isCue(k) {
			return nil
		}
		if pc.word(k) == "whose" {
			d := k - 1
			for d > s && d > k-6 && !pc.has(d, wDeterminer) {
				d--
			}
			if !pc.has(d, wDeterminer) || d > s && pc.has(d-1, wPrep) {
				return nil // (not "The chief of a First Nation whose members …": the chief)
			}
			if e := pc.npEndingAt(k-1, s); e != nil && !isPlaceEntity(e) {
				return e
			}
			return nil
		}
	}
	return nil
}

// titleQualifiers stand in lower case before a title: "state Sen. X",
// "former Gov. X".
var titleQualifiers = setOf(`state former then federal provincial`)

// clauseAfterJoin is where the last clause joined by ", and" or ", but"
// before k opens, st when none is: "Turnout was strong, and a senior
// official, who …, said": the official's clause.
func (pc *pctx) clauseAfterJoin(st, k int) int {
	for q := k - 1; q > st+1 && q > k-window; q-- { // a bounded look back, as every rule's
		if w := pc.word(q); (w == "and" || w == "but") && pc.word(q-1) == "," && pc.has(q+1, wDeterminer) {
			return q + 1
		}
	}
	return st
}

// learnRolePhrase gives e the role phrase [first, end) whose head is at
// h, as an appositive would: "the ambassador" later points back to him.
func (pc *pctx) learnRolePhrase(e *entity, first, h, end int) {
	for k := first; k < h; k++ {
		if w := pc.word(k); w == "former" || w == "ex" || w == "late" {
			return // "the former coach" no longer answers to "the coach"
		}
	}
	head := pc.word(h)
	e.addHead(head)
	e.learnGenderWord(head)
	if e.role == "" {
		from := first
		if ownerWords[pc.word(from)] {
			from++
		}
		e.role = trimArticle(pc.p.text[int(pc.toks[from].start):int(pc.toks[end-1].end)])
	}
}

// prepAside reports a prepositional aside (k, c) after a name that opens
// its clause, the aside holding no comma and no cue: "when Mrs. Clinton,
// in response to …, accused" (not "in Aurora, Colorado, in July, said").
func (pc *pctx) prepAside(k, c, s int) bool {
	for x := k + 1; x < c; x++ {
		if pc.word(x) == "," || pc.toks[x].kind == tQuote || pc.isCue(x) && pc.word(x-1) != "to" {
			return false
		}
	}
	n := pc.nameStart(k-1, s)
	for n > s && pc.word(n-1) == "." && n-2 >= s && wordHas(pc.word(n-2), wAbbrev) {
		n -= 2 // "Mrs. Clinton"
	}
	return n == pc.skipIntro(s, k) || n > s && pc.has(n-1, wSubordinator)
}

// nearSubject finds the subject of the verb just before a coordinated or
// infinitive cue at j: "he laughed and said" gives he, "Mr. Trump was
// prompted to say" gives Mr. Trump; nil when the shape is any other.
func (pc *pctx) nearSubject(j, s int) *entity {
	k := j - 1 // the verb before "and" / "to": "laughed", "was prompted"
	if k <= s || pc.toks[k].kind != tWord || pc.toks[k].cap || !strings.HasSuffix(pc.word(k), "ed") {
		return nil
	}
	k--
	for k > s && (pc.has(k, wAdverb) || pc.word(k) == "was" || pc.word(k) == "is" || pc.word(k) == "were") {
		k-- // "was prompted", "then laughed"
	}
	if _, ok := pronounGender(pc.word(k)); ok || pc.isNameWord(k) {
		return pc.npEndingAt(k, s)
	}
	return nil
}

// coordinatedSubject finds the subject of the clause that a coordinated cue
// after "and" at j joins: "when Trump spotted a sign and asked" gives
// Trump. It walks back over the first verb's object to the name or
// pronoun right before that verb; nil at a clause boundary.
func (pc *pctx) coordinatedSubject(j, s int) *entity {
	if strings.HasSuffix(pc.word(j+1), "ing") {
		for k := j - 1; k > s && k > j-20; k-- {
			if strings.HasSuffix(pc.word(k), "ing") && pc.isCue(k) {
				return pc.subjectBefore(k, s) // "with Donald Trump tweeting that … and asking, “…”": both his
			}
		}
	}
	for k := j - 1; k > s && k > j-12; k-- {
		t := pc.toks[k]
		if t.kind != tWord || subjectBoundary[t.low] || pc.isCue(k) {
			return nil
		}
		if !verbLike(t) || t.low == "be" || t.low == "been" {
			continue
		}
		for k-2 > s && pc.toks[k-1].kind == tWord && !pc.toks[k-1].cap && isAdverb(pc.word(k-1)) {
			k-- // "the Anti-Defamation League strongly denounced … and said"
		}
		if _, ok := pronounGender(pc.word(k - 1)); ok && !pc.toks[k-1].poss || pc.isNameWord(k-1) && !pc.toks[k-1].poss {
			if w := pc.word(k - 2); k-1 > s && (pc.has(k-2, wPrep) || w == "of") {
				return nil
			}
			return pc.npEndingAt(k-1, s)
		}
		if r := pc.toks[k-1]; k-2 >= s && !r.cap && r.has(wRole) && pc.has(k-2, wDeterminer) && !pc.has(k-3, wPrep) {
			return pc.subjectBefore(k, s) // "the pilot needed to balance the weight and asked for"
		}
		return nil
	}
	return nil
}

// roleBeforeOf resolves a role qualified by a phrase after it, ending at j:
// "the senator from Vermont", "the head of the agency" is the senator,
// the head; nil for any other shape.
func (pc *pctx) roleBeforeOf(j, s int) *entity {
	for k := j - 1; k > s && k >= j-4; k-- {
		w := pc.word(k)
		if pc.toks[k].kind != tWord || pc.isCue(k) || verbLike(pc.toks[k]) {
			return nil
		}
		if w != "of" && w != "from" && w != "for" && w != "at" {
			continue
		}
		r := pc.toks[k-1]
		if r.cap || !wordHas(r.low, wRole) && !wordIs(r.low, mUnnamedHead) {
			return nil
		}
		d := pc.determinerBefore(k-1, s)
		if d < 0 || !isDefinite(pc.word(d)) {
			return nil
		}
		if e := pc.roleNP(k-1, s); e != nil {
			return e
		}
		return pc.describedSubject(d, k)
	}
	return nil
}

// joinedRoles reads two roles of one person joined by "and" before the
// cue: "The Democratic front-runner and former secretary of state said" is
// whoever the first role points back to; nil for any other shape.
func (pc *pctx) joinedRoles(j, s int) *entity {
	a := -1
	for k := j - 1; k > s && k >= j-6; k-- {
		t := pc.toks[k]
		if t.kind != tWord || pc.isCue(k) || verbLike(t) || t.poss {
			return nil
		}
		if t.low == "and" {
			a = k
			break
		}
	}
	if a < 0 || pc.toks[a-1].cap || !pc.has(a-1, wRole) && !pc.is(a-1, mMoreRoleNoun) {
		return nil
	}
	if d := pc.determinerBefore(a-1, s); d < 0 || !isDefinite(pc.word(d)) {
		return nil
	}
	for k := a + 1; k <= j; k++ {
		if w := pc.word(k); wordHas(w, wRole) || wordIs(w, mMoreRoleNoun) || isTitleWord(w) {
			return pc.roleNP(a-1, s) // the second phrase holds a role too
		}
	}
	return nil
}

// inPrepPhrase reports a lower-case noun phrase ending at j that is the
// object of a preposition: "in a blog post", "at the time".
func (pc *pctx) inPrepPhrase(j, s int) bool {
	for k := j; k > s && k > j-5; k-- {
		t := pc.toks[k]
		if t.kind != tWord || t.cap && (k == j || t.sentStart) {
			return false // a name may qualify the noun: "in a Medium post"
		}
		if t.has(wDeterminer) {
			return placePreps[pc.word(k-1)]
		}
	}
	return false
}

// prepPhraseStart is the preposition opening the phrase that ends at j
// (inPrepPhrase's shape), or -1.
func (pc *pctx) prepPhraseStart(j, s int) int {
	for k := j; k > s && k > j-5; k-- {
		if pc.has(k, wDeterminer) && placePreps[pc.word(k-1)] {
			return k - 1
		}
	}
	return -1
}

// placePreps open phrases of place, time and means, never a clause: not
// "after a judge said".
var placePreps = map[string]bool{"in": true, "at": true, "on": true, "during": true, "through": true,
	"via": true, "with": true, "within": true, "into": true, "inside": true}

// gerundPreps take a cue in -ing whose subject is the sentence's: "by
// saying", "before adding", "without naming".
var gerundPreps = map[string]bool{"by": true, "before": true, "after": true, "while": true,
	"when": true, "upon": true, "without": true}

// documentSeenBy reads a subject ending at j in a name that only obtained
// or saw a document ("a letter from X obtained by The Associated Press"):
// the document's author, or the document; nil otherwise.
func (pc *pctx) documentSeenBy(j, s int) *entity {
	if !pc.isNameWord(j) {
		return nil
	}
	n := pc.nameStart(j, s)
	if pc.word(n-1) == "the" {
		n--
	}
	if pc.word(n-1) != "by" || !seenBy[pc.word(n-2)] {
		return nil
	}
	for k := n - 3; k > s && k > n-14; k-- {
		if pc.is(k, mDocHead|mStatementWord) || docNouns[pc.word(k)] {
			for d := k - 1; d >= s && d > k-5; d-- {
				if pc.has(d, wDeterminer) {
					if e := pc.authorAfter(k, n-2); e != nil && !e.outlet {
						return e // "a letter from the American Legion": the Legion's
					}
					return pc.an.document(pc.phraseText(d, k+1))
				}
			}
			return nil
		}
	}
	return nil
}

// seenBy are the participles of a document someone only came to hold.
var seenBy = setOf(`obtained reviewed seen viewed acquired`)

// docBeforeParticiple reads a document noun before a participle that ends
// at j, with a time after it ("the order released Friday", "the ruling
// issued on Friday"): the noun's index, or 0.
func (pc *pctx) docBeforeParticiple(j, s int) int {
	k := j
	if t := pc.timeBefore(j, s); t <= j {
		k = t - 1
		if pc.word(k) == "on" {
			k--
		}
	}
	if k-1 <= s || !docParticiple(pc.word(k)) {
		return 0
	}
	if !pc.is(k-1, mDocHead|mStatementWord) {
		return 0
	}
	return k - 1
}

// peopleInPlace reports a plural of people and the place they are in
// before the comma k: "Election officials in Pennsylvania, including …,".
func (pc *pctx) peopleInPlace(st, k int) bool {
	if !pc.isNameWord(k - 1) {
		return false
	}
	n := pc.nameStart(k-1, st)
	return n-2 >= st && pc.word(n-1) == "in" && pc.toks[n-2].kind == tWord && !pc.toks[n-2].cap && strings.HasSuffix(pc.word(n-2), "s")
}

// relativeHeadOf is the role noun a relative clause hangs on when the name
// ending at j is that clause's object: "the triage nurse who assessed
// Okonkwo" is the nurse. Nil for any other shape.
func (pc *pctx) relativeHeadOf(j, s int) *entity {
	if !pc.isNameWord(j) {
		return nil
	}
	n := pc.nameStart(j, s)
	w := n - 2
	if w-1 <= s || pc.word(w) != "who" || !verbLike(pc.toks[n-1]) {
		return nil
	}
	if h := pc.toks[w-1]; h.kind != tWord || h.cap || !h.has(wRole) && !h.is(mUnnamedHead) {
		return nil
	}
	return pc.npEndingAt(w-1, s)
}

// postOnPlatform is the owner of a post on a platform that the cue at v
// follows: "Voss' post on X accused", "the mayor's video on Facebook
// urged". Nil for any other shape.
func (pc *pctx) postOnPlatform(v, s int) *entity {
	j := v - 1
	if j-2 <= s || pc.word(j-1) != "on" || !socialPlatforms[pc.word(j)] || !pc.toks[j].cap || !postNouns[pc.word(j-2)] {
		return nil
	}
	if e, _ := pc.possessorOf(j-2, s); e != nil && !e.outlet {
		return e
	}
	return nil
}

var socialPlatforms = setOf(`x twitter facebook instagram tiktok threads bluesky youtube linkedin truth`)

var postNouns = setOf(`post posts tweet tweets message video statement thread`)

// pollOfPeople reads a poll's phrase with whom it asked, ending at j
// before the cue: "The poll of 500 likely GOP primary voters", "A Lakeshore
// Analytics survey of 1,150 party members conducted Oct. 6 to 12". Nil for
// any other shape.
func (pc *pctx) pollOfPeople(j, s int) *entity {
	for k := j - 1; k > s && k >= j-12; k-- {
		t := pc.toks[k]
		if t.kind != tWord && t.low != "," || pc.isCue(k) || t.low == "by" {
			return nil // (and "a snap poll of debate watchers conducted by Meridian Research": the firm's, as the rules for authors read it)
		}
		if t.low != "of" || !pollHeads[pc.word(k-1)] {
			continue
		}
		i := pc.determinerBefore(k-1, s)
		if i < 0 {
			return nil
		}
		if f := pc.pollsterOf(i, k-1); f != nil {
			return f
		}
		return pc.thingOrPerson(i, k)
	}
	return nil
}

// opensAside reports a word that opens an aside after a name: a relative
// clause or a participle ("X, who heads the project, said", "X, asked
// about it, said", "X, clad in red, said").
func opensAside(t token) bool {
	if t.kind != tWord || t.cap {
		return false
	}
	switch t.low {
	case "who", "whose", "clad", "including", "speaking", "appearing", "writing", "standing", "flanked", "dressed":
		return true
	}
	return strings.HasSuffix(t.low, "ed") && !participleAdjectives[t.low]
}

// openParen is the "(" that the ")" after k closes, within a few words; -1
// when there is none.
func (pc *pctx) openParen(k, s int) int {
	for p := k; p > s && p > k-8; p-- {
		if pc.word(p) == "(" {
			return p
		}
	}
	return -1
}

// framedEarlier is the speaker of a cue that framed a quotation earlier in
// the sentence, before j; nil when none did.
func (pc *pctx) framedEarlier(j, s int) *entity {
	for k := j - 1; k >= s && k > j-window; k-- {
		if e := pc.framedAt(k); e != nil {
			return e
		}
	}
	return nil
}

// agoPhrase reports [i, v) as a time counted back: "less than two weeks
// ago", "a month ago".
func (pc *pctx) agoPhrase(i, v int) bool {
	return v-i <= 6 && pc.word(v-1) == "ago"
}

// anotherAdjunct reports a short phrase of time or place at i that ends
// in a comma before v: ", on Sunday," after an opening phrase.
func (pc *pctx) anotherAdjunct(i, v int) bool {
	if i >= v || !pc.has(i, wPrep|wCalendar) && !pc.has(i, wTime) {
		return false
	}
	for k := i + 1; k < v && k <= i+4; k++ {
		if pc.word(k) == "," {
			return k+1 < v
		}
		if pc.toks[k].kind != tWord || pc.isCue(k) || verbLike(pc.toks[k]) {
			return false
		}
	}
	return false
}

// auxBeforeCue stand between a subject and a cue in -ing or -ed.
// aspectVerbs stand before a cue's -ing form without being its subject's
// own verb of speech: "kept asking", "began saying".
var aspectVerbs = setOf(`kept keeps keep continued continues began begins started starts stopped`)

// timeSpentBefore is where "spent" stands in "spent months", "spent the past
// two weeks", "spends days" right before the participle at v; -1 if not.
func (pc *pctx) timeSpentBefore(v int) int {
	if !timeUnits[pc.word(v-1)] {
		return -1 // the cheap test first
	}
	for k := v - 2; k >= 0 && k >= v-5; k-- {
		switch w := pc.word(k); {
		case w == "spent" || w == "spends" || w == "spend" || w == "spending":
			return k
		case pc.toks[k].kind != tWord || pc.toks[k].cap || !pc.has(k, wDeterminer) && !numberWords[w] && !isDigitStart(w) && w != "past" && w != "last" && w != "few" && w != "several":
			return -1
		}
	}
	return -1
}

var timeUnits = setOf(`days weeks months years hours decades`)

// perceived are the participles of a speaker caught on record, before a
// participle cue: "can be heard saying", "was seen telling".
var perceived = setOf(`heard overheard seen caught recorded filmed videotaped spotted shown`)

// perceivedBefore reports a participle of perceiving in [j, v): "can be
// heard" before "saying".
func (pc *pctx) perceivedBefore(j, v int) bool {
	for x := max(j, 0); x < v; x++ {
		if perceived[pc.word(x)] {
			return true
		}
	}
	return false
}

// perceivedAux stand before them: "can be", "was", "is being".
var perceivedAux = setOf(`can could may might will would be being been is are was were`)

var auxBeforeCue = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true,
	"have": true, "had": true, "been": true, "'s": true, "’s": true}

func isPronounWord(w string) bool { _, ok := pronounGender(w); return ok }

// spokesmanFor is "a spokeswoman for Ms Sharma" ending with the name run
// [start, j]: someone unnamed who speaks for Sharma, as "Sharma's
// spokeswoman" is; nil for any other shape, or when the name is a body's
// ("a spokesman for the publisher" is the publisher).
func (pc *pctx) spokesmanFor(start, j, s int) *entity {
	f := start - 1
	for f > s && f >= start-3 && pc.toks[f].kind == tWord && !pc.toks[f].cap && (pc.has(f, wRole) || levelWords[pc.word(f)]) {
		f-- // "a spokesperson for federal Health Minister Priya Chaudhary-Bellamy"
	}
	if pc.word(f) == "of" && pc.word(f-1) == "office" && pc.word(f-2) == "the" {
		f -= 3 // "a spokesperson for the office of Minister Thomas Greyeyes"
	}
	if !pc.spokesFor(f, s) {
		return nil
	}
	e := pc.entityAt(start, j+1)
	if e == nil || e.org || e.outlet {
		return nil
	}
	if pc.bodyShaped(e, start) {
		e.org = true // "a spokesman for Hollinsworth Aggregates": a firm no word of the name gave away
		pc.an.reg.index(e)
		pc.an.spokesFor, pc.an.spokesPara, pc.an.spokesSeen = e, pc.p.num, pc.an.reg.clock // "the spokesman" next is its again
		return nil
	}
	return pc.an.unnamed(pc.p.text[int(pc.toks[f-2].start):int(pc.toks[j].end)], pc.word(f-1))
}

// bodyShaped reports a name of two words or more, named at start, that a
// spokesperson speaks for and nothing marks as a person's: no known given
// name, title, gender or role, and not spoken of before as someone.
func (pc *pctx) bodyShaped(e *entity, start int) bool {
	return len(e.words) >= 2 && !isGivenName(e.words[0]) && e.gender == unknownGender && e.role == "" && !e.spoke &&
		!e.initialed() && !pc.has(start-1, wHonorific|wTitle)
}

// spokesFor reports "a spokesperson for" ending at f.
func (pc *pctx) spokesFor(f, s int) bool {
	return f-2 >= s && pc.word(f) == "for" && spokesRoles[pc.word(f-1)] && indefinites[pc.word(f-2)]
}

var indefinites = setOf(`a an one another`)

// namedInQuotation finds a person given the title in a quotation of the
// paragraphs up to num, where names are not read: "“Chief Minister K.
// Arulmozhi has directed us …,” he said". Nil when none is; it runs only
// for a title no one named holds.
func (an *analyzer) namedInQuotation(title string, num int) *entity {
	for _, p := range an.paras {
		if p.num > num {
			break
		}
		for _, sp := range p.spans {
			q := p.text[sp.Open:sp.End]
			for off := 0; ; {
				k := strings.Index(q[off:], title+" ")
				if k < 0 {
					break
				}
				off += k + len(title) + 1
				if m, ok := titledName(title, q[off:]); ok {
					return an.reg.resolve(m)
				}
			}
		}
	}
	return nil
}

// fullNameQuoted is the person whose full name an earlier quotation gave
// with the surname alone named now: "guys like Ezekiel Mensah" in a coach's
// quotation, then "Mensah said". Nil when no quotation before num names a
// known given name with it.
func (an *analyzer) fullNameQuoted(surname string, num int) *entity {
	for _, p := range an.paras[max(0, num-1-quotedNameReach):] {
		if p.num >= num {
			break
		}
		for _, sp := range p.spans {
			q := p.text[sp.Open:sp.End]
			for off := 0; ; {
				k := strings.Index(q[off:], " "+surname)
				if k < 0 {
					break
				}
				at := off + k
				off = at + 1 + len(surname)
				if off < len(q) && (q[off] >= 'a' && q[off] <= 'z' || q[off] >= 'A' && q[off] <= 'Z') {
					continue // "Mensahs", another word
				}
				g := strings.LastIndexByte(q[:at], ' ')
				given := strings.TrimLeft(q[g+1:at], "\"“‘'(") // "“Sandra Kowalchuk has …": the given name right after the mark
				if !isGivenName(strings.ToLower(given)) {
					continue
				}
				m := mention{words: []string{given, surname}, low: []string{strings.ToLower(given), strings.ToLower(surname)}}
				m.display, m.key = displayName(given+" "+surname), strings.Join(m.low, " ")
				return an.reg.resolve(m)
			}
		}
	}
	return nil
}

// quotedNameReach is how many paragraphs back fullNameQuoted reads: a
// bounded look keeps the analysis linear in long inputs.
const quotedNameReach = 30

// titledName reads the name that opens rest after title: two to four
// capitalised words or initials ("K. Arulmozhi", "Kavita Rao").
func titledName(title, rest string) (mention, bool) {
	var words []string
	for _, w := range strings.Fields(rest) {
		w = strings.TrimRight(w, ",;:’'”\"")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || len(words) == 4 {
			break
		}
		words = append(words, w)
	}
	if len(words) < 2 {
		return mention{}, false
	}
	m := mention{words: words, display: displayName(strings.Join(words, " ")), role: title}
	for _, w := range words {
		m.low = append(m.low, strings.ToLower(w))
	}
	for _, w := range strings.Fields(title) {
		m.title = append(m.title, strings.ToLower(w))
	}
	m.key = strings.Join(m.low, " ")
	return m, true
}

// placesTitle is "Northern Ireland's Health Minister" or "Wales' First
// Minister" ending at j: the person the article gave that title, or, in
// the lede, whoever the next paragraph names; nil when the run [start, j]
// is no place's possessive before a capitalised title.
func (pc *pctx) placesTitle(start, j, s int) *entity {
	k := start
	for k < j && !pc.toks[k].poss {
		k++
	}
	if k >= j && start > s && pc.toks[start-1].poss && pc.isNameWord(start-1) {
		k = start - 1 // the run stopped at the possessive
		for start = k; start > s && start > k-4 && pc.isNameWord(start-1) && !pc.toks[start-1].poss; start-- {
		}
	}
	if k >= j || !titleOnly(pc.lowRun(k+1, j+1)) && !(k+1 == j && isTitleWord(pc.toks[j].low)) {
		return nil
	}
	where := pc.lowRun(start, k+1)
	if !isState(where) {
		return nil // "Trump's Son": a person's, not a place's
	}
	place := pc.an.reg.find(mention{low: where})
	title := strings.ToLower(pc.p.text[int(pc.toks[k+1].start):int(pc.toks[j].end)])
	if place != nil {
		if e := pc.an.reg.placedHolder(place, title); e != nil {
			return e
		}
	}
	desc, head := pc.p.text[int(pc.toks[start].start):int(pc.toks[j].end)], pc.toks[j].low
	if e := pc.an.reg.holderOf(strings.Fields(title)); e != nil {
		return e // "Wales' First Minister" after "First Minister Eluned Rowlands"
	}
	if pc.inLede() && start == pc.skipIntro(pc.sentOf[start], j) {
		if e := pc.an.cataphorTitle(desc, head); e != nil {
			return e
		}
	}
	return pc.an.unnamed(desc, head)
}

// namedLately reports e named in this paragraph or the one before.
func (pc *pctx) namedLately(e *entity) bool {
	if e.namedPara >= pc.p.num-1 {
		return true
	}
	for _, m := range pc.mentions {
		if m.e == e {
			return true
		}
	}
	return false
}

// holdsSeat reports someone the article already called a member of a
// parliament: "the Labour MSP" is not a new name for them.
func holdsSeat(e *entity) bool {
	for _, h := range e.heads {
		if legislators[h] {
			return true
		}
	}
	return false
}

// bodyListStart walks back from a name run at i over a body's list of
// concerns ("Department for Environment, Food and Rural Affairs") to the
// run that opens the body's name; i when no body's "for" or "of" list ends
// there.
func (pc *pctx) bodyListStart(i, s int) int {
	if b := pc.portfolioListBefore(i, s); b < i {
		return b // "Foreign, Commonwealth and Development Office"
	}
	k := pc.listPreposition(i, s)
	if k < 0 || !pc.toks[k-1].cap || !pc.has(k-1, wOrg) {
		return i
	}
	list := false // "and" joins the last concern: "…, Food and Rural Affairs" (not "University of Miami, Trump")
	for k := i; k < len(pc.toks) && k < i+6 && (pc.isNameWord(k) || pc.word(k) == "and"); k++ {
		list = list || pc.word(k) == "and"
		if isTitleWord(pc.toks[k].low) || isGivenName(pc.toks[k].low) {
			return i // "… of the University of Chicago and Professor Knittel": a person ends the list
		}
	}
	if !list && pc.word(i-1) != "and" && pc.word(i-1) != "&" {
		return i
	}
	b := k - 1
	for b > s && pc.isNameWord(b-1) && !pc.toks[b-1].poss {
		b--
	}
	return b
}

// portfolioListBefore walks back from a body's name run at i that holds
// "and" and ends at a body's head over portfolios each set off by a comma
// ("Foreign, Commonwealth and Development Office") to the first of them; i
// when none stands there.
func (pc *pctx) portfolioListBefore(i, s int) int {
	r := pc.runEnd(i)
	if r-i < 3 || !pc.has(r-1, wOrgHead) || !slices.ContainsFunc(pc.toks[i:r], func(t token) bool { return t.low == "and" }) {
		return i
	}
	b := i
	for b-2 >= s && pc.word(b-1) == "," && pc.toks[b-2].cap && pc.is(b-2, mPortfolio) && !pc.toks[b-2].poss && !pc.toks[b-2].sentStart {
		b -= 2
	}
	return b
}

// bodyHeads end an appositive that says a name is a body's.
var bodyHeads = setOf(`regulator watchdog group charity organisation organization agency body union association
company firm campaign network coalition think-tank`)

// personOfBody is the person whose name opens the subject phrase ending
// at j, right before "of", "with", "from" or "at" and the body they belong
// to: "Simran Gill of the Ottawa police fraud unit said", "Dana Li with the
// Sierra Club said": Gill and Li, not the police nor the club. Not a
// title's "of" ("Secretary of State Madeleine Albright"), nor a name inside
// a clause ("tapped Sen. Richard Schweiker of Pennsylvania").
func (pc *pctx) personOfBody(j, s int) *entity {
	if n := pc.nameStart(j, s); n-2 > s && isPlaceEntityWord(pc.word(j)) {
		if directionWords[pc.word(n-1)] {
			n--
		}
		if pc.word(n-1) == "in" && pc.isNameWord(n-2) {
			j = n - 2 // "Chief Darlene Whitecalf of Kinosao Lake Cree Nation in northern Manitoba told": past the place, to the body
		}
	}
	for k := j - 1; k > s && k >= j-6; k-- {
		t := pc.toks[k]
		if t.kind != tWord || pc.isCue(k) || verbLike(t) {
			return nil
		}
		if t.low != "of" && t.low != "with" && t.low != "from" && t.low != "at" {
			if t.has(wPrep) {
				return nil // "a minister with the Living Church of God in North Carolina"
			}
			continue
		}
		nk := k - 1
		if pc.word(nk) == "." && nk-1 > s && nameSuffix(pc.word(nk-1)) {
			nk-- // "Harold Dudoward Jr. of the Lax Gyels First Nation said"
		}
		n, after := pc.toks[nk], pc.toks[k+1]
		if !n.cap || !pc.isNameWord(nk) || n.has(wTitle|wRole) && !isGivenName(pc.word(nk-1)) || after.low != "the" && !(after.cap && !isGivenName(after.low)) {
			return nil
		}
		n0 := pc.nameStart(nk, s)
		for n0 > s && (pc.has(n0-1, wTitle) || pc.word(n0-1) == "." && pc.has(n0-2, wTitle)) {
			n0-- // "Det. Const. Simran Gill"
		}
		if n0 != s && pc.word(n0-1) != "," && n0 != pc.skipIntro(pc.skipDateline(s, j), j) {
			return nil
		}
		if f := pc.nameStart(j, s); f > k && isGivenName(pc.word(f)) {
			return nil // "Calgary Board of Education board chair Dana Crowchild": the chair
		}
		for i := n0; i < k; i++ {
			if r := pc.runEnd(i); r != k && r != nk+1 {
				continue
			}
			if m, _ := pc.mentionAt(i, pc.runEnd(i)); len(m.low) < 2 || !isGivenName(m.low[0]) {
				return nil // a person's name, given name first: not "Calgary Board"
			}
			if e := pc.npEndingAt(nk, s); e != nil && !e.org && !e.unnamed && !e.group && !e.doc {
				return e
			}
			break
		}
		return nil
	}
	return nil
}

// negatedAux reports an auxiliary, negated or able to be: "wouldn't",
// "did", "could".
func negatedAux(w string) bool {
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return true
	}
	switch w {
	case "did", "does", "do", "would", "could", "will", "can":
		return true
	}
	return false
}

// laterHead is the last role or unnamed person's noun in the plain
// lower-case words after h up to j, when the words run on to it: "law
// enforcement official", "police union official"; h when none.
func (pc *pctx) laterHead(h, j int) int {
	best := h
	for k := h + 1; k <= j && k <= h+3; k++ {
		t := pc.toks[k]
		if t.kind != tWord || t.cap || t.has(wFunction|wPrep|wDeterminer) || pc.isCue(k) || t.poss {
			break
		}
		if t.is(mUnnamedHead) || t.has(wRole) && !t.is(mKinNoun) {
			best = k
		}
	}
	return best
}

// personBeforeDescription is the person named right before the comma
// ahead of the description opening at d, past an age between commas:
// "Linda Moss, 61, a retired nurse"; nil for any other shape.
func (pc *pctx) personBeforeDescription(d, s int) *entity {
	c := d - 2
	if pc.word(d-1) != "," || c <= s {
		return nil
	}
	if isDigitStart(pc.word(c)) && pc.word(c-1) == "," {
		c -= 2
	}
	if c < s || !pc.isNameWord(c) || pc.toks[c].poss {
		return nil
	}
	if e := pc.npEndingAt(c, s); e != nil && !e.org && !e.group && !e.unnamed && !e.doc && !e.outlet && len(e.words) > 1 && isGivenName(e.first) && !isPlaceEntity(e) {
		return e
	}
	return nil
}

// momentNouns end a phrase of time: "at one point", "in the end".
var momentNouns = setOf(`point end times moment first last once`)

// phraseAfterJoin is where "and" or "but" stands before a short phrase of
// time that ends at j ("and at one point", "but in the end"), not a place's
// ("critics on council and in the community say"):
// the verb after it shares the subject of the verb before. 0 when none.
func (pc *pctx) phraseAfterJoin(j, s int) int {
	for p := j; p > s && p >= j-3; p-- {
		t := pc.toks[p]
		if t.kind != tWord || t.cap || pc.isCue(p) {
			return 0
		}
		if t.has(wPrep) && p < j {
			if w := pc.word(p - 1); (w == "and" || w == "but") && (pc.has(j, wTime|wCalendar) || momentNouns[pc.word(j)]) {
				return p - 1
			}
			return 0
		}
	}
	return 0
}

// bodyInPlace is the body named right before "in" or "at" and the place
// whose name ends at j: "the Permanent Court of Arbitration in The Hague",
// "the U.S. Embassy in Manila"; nil for any other shape.
func (pc *pctx) bodyInPlace(j, s int) *entity {
	if !pc.isNameWord(j) || pc.toks[j].poss {
		return nil
	}
	n := pc.nameStart(j, s)
	n0 := n
	if pc.word(n0-1) == "the" {
		n0-- // "The Hague"
	}
	if p := pc.word(n0 - 1); p != "in" && p != "at" || n0-2 < s || !pc.isNameWord(n0-2) || pc.toks[n0-2].poss {
		return nil
	}
	if m, _ := pc.mentionAt(n, j+1); len(m.low) > 0 && isGivenName(m.low[0]) {
		return nil // "a rally in Tampa with Jane Doe" is no place
	}
	if e := pc.npEndingAt(n0-2, s); e != nil && e.org && !e.group && !e.outlet && !isPlaceEntity(e) &&
		slices.ContainsFunc(e.words, func(w string) bool { return wordHas(w, wOrgHead) && !postedBodies[w] }) {
		return e
	}
	return nil
}

// postedBodies are named with the place they stand in: "the Egyptian
// Embassy in Ottawa".
var postedBodies = setOf(`embassy consulate mission office bureau branch delegation commission high`)

// ownedDocumentBefore is the owner of a document named in the few words
// before the relative "which" at j, set off by a dash or a comma: "FBI
// Director Nathan Pryce's second letter to Congress — which said": Pryce,
// whose letter speaks for him, not Congress. Nil for any other shape.
func (pc *pctx) ownedDocumentBefore(j, s int) *entity {
	if pc.word(j) != "which" || j < 3 {
		return nil
	}
	if w := pc.word(j - 1); w != "—" && w != "–" && w != "," {
		return nil
	}
	for k := j - 2; k > s && k >= j-6; k-- {
		if pc.toks[k].kind != tWord {
			return nil
		}
		if !pc.is(k, mDocHead) || pc.toks[k].cap {
			continue
		}
		for o := k - 1; o >= s && o >= k-2; o-- {
			if pc.toks[o].poss && pc.isNameWord(o) {
				if e := pc.npEndingAt(o, s); e != nil && !e.group {
					return e
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// describedPersonOpening is the someone unnamed, or the group, that opens
// the clause of the cue at v when all between them and the cue describes
// them, naming a place or a body only after a preposition: "A man in his
// 70s feeding pigeons in a small park off Rue Saint-Patrick, who declined
// to give his name, said", "Some voters leaving the polls at Seminole
// Heights Library this evening said". Nil for any other clause.
func (pc *pctx) describedPersonOpening(v, s int) *entity {
	st := pc.skipIntro(pc.skipDateline(s, v), v)
	if !describedOpeners[pc.word(st)] || v-st < 5 {
		return nil
	}
	head := st + 1
	if x := pc.word(head); pc.toks[head].kind != tWord || pc.toks[head].cap || !(wordIs(x, mUnnamedHead) || pluralOfPeople(x)) || x == "source" || x == "insider" {
		return nil // "A man", "Some voters": a person or people, known by no job
	}
	if n := pc.word(head + 1); !pc.has(head+1, wPrep) && !strings.HasSuffix(n, "ing") {
		return nil
	}
	named, aside := false, false
	for k := head + 1; k < v; k++ {
		t := pc.toks[k]
		switch {
		case t.low == "," && pc.word(k+1) == "who" && !aside:
			aside = true
		case t.low == "," && aside:
			aside = false
			if k != v-1 {
				return nil
			}
		case aside:
		case t.kind != tWord || pc.isCue(k) || t.has(wClauseVerb) || looksPast(t.low) && !t.cap:
			return nil // a clause of its own, or a list: "A man lost his home and said", "Some voters, like X, said"
		case pc.isNameWord(k) && (pc.has(k-1, wPrep) || offPreps[pc.word(k-1)] || pc.word(k-1) == "the" && pc.has(k-2, wPrep)):
			e := pc.entityAt(k, pc.runEnd(k))
			if e != nil && !e.org && isGivenName(e.first) {
				return nil // "A friend of Ana Ruiz said": perhaps hers to tell
			}
			named = true
			k = pc.runEnd(k) - 1
		case pc.isNameWord(k):
			return nil
		}
	}
	if !named {
		return nil
	}
	if w := pc.word(st); w == "a" || w == "an" || w == "one" {
		end := v
		for k := head + 1; k < v; k++ {
			if pc.word(k) == "," {
				end = k
				break
			}
		}
		if end-st > 10 {
			end = head + 1 // the description up to its aside, when it is short: "A woman from the nearby community of Tahtsa Landing"
		}
		return pc.an.unnamed(pc.p.text[int(pc.toks[st].start):int(pc.toks[end-1].end)], pc.word(head))
	}
	return pc.groupOf(st, head+1)
}

var describedOpeners = setOf(`a an one some several many few`)

// offPreps place what follows them as prepositions do: "a park off Rue
// Saint-Patrick".
var offPreps = setOf(`off near outside behind beside across`)

// reporterOfClause is the subject of the cue whose "that" clause holds
// the verb just after token j ("X denied the company had offered a
// schedule, saying …": X), when that clause opens within three words of
// the cue; nil otherwise.
func (pc *pctx) reporterOfClause(j, s int) *entity {
	for j > s && (pc.is(j, mAuxBeforeCue) || pc.word(j) == "had" || pc.word(j) == "would") {
		j-- // the clause's auxiliaries: "the company had"
	}
	q := -1
	for k := j; k > s && k >= j-4; k-- {
		if pc.toks[k].kind != tWord {
			return nil
		}
		if pc.isCue(k) {
			q = k
			break
		}
	}
	if q <= s || q == j || strings.HasSuffix(pc.word(q), "ing") {
		return nil
	}
	l := pc.cueLemmaAt(q)
	if !speechCues[l] && l != "deny" && l != "insist" && l != "argue" && l != "claim" {
		return nil
	}
	if e := pc.npEndingAt(j, s); l == "say" && e != nil && !e.org && !e.group && isGivenName(e.first) {
		return nil // "The official said Whitcomb had overruled those concerns, telling aides …": Whitcomb told them
	}
	return pc.subjectBefore(q, s)
}

// pastPortfolioList is the comma that closes a minister's list of
// portfolios whose first comma is at k ("Minister of Arts, Culture and
// Status of Women, Tanya Rudnicki,", "minister of immigration,
// francization and integration, Jean Roy,"), when a given name follows
// it; k for any other phrase.
func (pc *pctx) pastPortfolioList(i, k, v int) int {
	minister := false
	for x := i; x < k; x++ {
		if w := pc.word(x); (w == "minister" || w == "secretary") && (pc.word(x+1) == "of" || pc.word(x+1) == "for") {
			minister = true
		}
	}
	if !minister {
		return k
	}
	for c := k + 1; c < v && c <= k+8; c++ {
		if pc.toks[c].kind != tWord {
			if pc.word(c) == "," && c > k+1 && pc.isNameWord(c+1) && isGivenName(pc.word(c+1)) {
				return c
			}
			return k
		}
		if isGivenName(pc.word(c)) && pc.toks[c].cap && !pc.has(c, wFunction) {
			return k // a name right after the first comma: the list was one portfolio
		}
	}
	return k
}
