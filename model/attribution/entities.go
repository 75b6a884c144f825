package attribution

import (
	"encoding/binary"
	"slices"
	"sort"
	"strings"

	"whosaid/model"
)

type gender int8

const (
	unknownGender gender = iota
	male
	female
	anyGender gender = 4 // in givenNames only: a given name of either gender
)

// entity is one person or body the article names, under all its names.
type entity struct {
	id      int
	display string   // fullest name seen, without titles
	words   []string // lower-case words of display
	first   string
	last    string // surname, with particles (van der zee)
	aliases []string
	role    string
	heads   headSet  // role nouns that point back to it
	places  []string // states it was named with ("Florida Sen. X", "(R-Fla.)")
	party   byte     // 'R' or 'D' when the article names the party ("Republican X", "(D-N.J.)")
	gender  gender
	// genderWhy is the evidence for gender; genderFromName marks a gender
	// from the name table, which the article's own words may overrule;
	// nonBinaryWhy is the article's words that the person is non-binary or
	// uses they/them pronouns: the gender shown, whatever gender says
	genderWhy      string
	genderFromName bool
	nonBinaryWhy   string
	org            bool
	company        bool
	outlet         bool
	age            string
	order          int // when first named
	// cataphor marks a lede's "a shipping magnate", named only later; it
	// takes the name of the next paragraph's subject, or no one's
	cataphor bool
	group    bool // people spoken of together ("White House officials"), named by a plural
	acted    bool // has been a subject or a speaker, so is no mere place
	spoke    bool // has been a speaker
	seen     int  // when last mentioned (for recency)
	unnamed  bool // an indefinite source: "a diplomat", never named
	asker    bool // the unnamed interviewer or reporter of an interview's "Q:" lines, no pronoun's referent
	label    bool // a transcript's capitals ("WHITLOW:") read as a body's initials, maybe a surname named in full later
	since    int  // the paragraph an unnamed source was first described in
	// kinOf is the person whose kin (a brother, a daughter) the article
	// named it as, and kin the word: "her brother Tomás"
	kinOf  *entity
	kin    string
	kinAge string // "younger" in "his younger brother Cole"
	// couple is the one named with it under one surname: "Derek and Lisa
	// Gallant"
	couple *entity
	// placeOfficer: unnamed, known as a place's officer ("the town's
	// mayor"), so the one named with that role next is who it was
	placeOfficer bool
	// indef marks a body met as "a northern Manitoba First Nation": a kind
	// of body, not yet its name
	indef    bool
	union    bool     // a body the article calls a union ("X, the union representing …")
	they     bool     // a person the article says uses "they" ("X, who uses they/them pronouns,")
	doc      bool     // a poll, report or document that "says" something
	theNamed bool     // named only as "the X" so far: a thing, never "he" or "she"
	byShape  bool     // registered as a name by its shape alone: a person only if no one else is
	inOrgs   bool     // filed in the registry's list of bodies
	filed    []string // the surnames, and given names after a NUL, the registry files it under
	// namedPara is the last paragraph before the current one where the
	// entity was named (not a pronoun or role), for explanations
	namedPara int
}

// registry tracks the article's entities in the order they are named.
type registry struct {
	ents    []*entity
	clock   int
	byKey   map[string]*entity   // full name, lower-case
	byLast  map[string][]*entity // people by surname, first named first
	byGiven map[string][]*entity
	orgs    []*entity
	byFirst map[string][]*entity // bodies by the first word of their name
	// touches lists each entity every time it is seen, with the clock
	// then: read from the end, the first of those still current is the
	// entity seen last, so finding the latest with some role reads back
	// only as far as that entity, not through everyone the article named
	touches []touch
	// speakerBy is who spoke last: of two people who share a surname, a
	// bare surname is that one
	speakerBy *entity
	// orgNames keeps nameKind's answers for each name it was asked
	orgNames map[string]nameKinds
	// paras is the clock at each paragraph's start (the analyzer's
	// paraTicks): which paragraph a tick falls in
	paras *[]int
}

// paraOf is the index of the paragraph clock tick t falls in.
func (r *registry) paraOf(t int) int {
	if r.paras == nil {
		return 0
	}
	p := *r.paras
	return max(0, sort.Search(len(p), func(k int) bool { return p[k] > t })-1)
}

type touch struct {
	e  *entity
	at int
}

// maxLookBack bounds how far back latest reads: further back than this
// many mentions, no one is found by a role noun.
const maxLookBack = 1 << 11

// saw records that e was just seen, at e.seen; only the last
// maxLookBack mentions are ever read, so older ones are let go.
func (r *registry) saw(e *entity) {
	if len(r.ents) < manyEntities/2 {
		return // latest reads everyone named until there are many; this leaves time to fill the recent window
	}
	if len(r.touches) >= 2*maxLookBack {
		r.touches = append(r.touches[:0], r.touches[len(r.touches)-maxLookBack:]...)
	}
	r.touches = append(r.touches, touch{e, e.seen})
}

// recentOrgs are the bodies the lookups by name read: all of them, or in an
// article naming thousands the ones named last, so each lookup costs a
// bounded time.
func (r *registry) recentOrgs() []*entity {
	return r.orgs[max(0, len(r.orgs)-maxOrgScan):]
}

// maxOrgScan is how many of the bodies named last recentOrgs gives.
const maxOrgScan = 512

// latest is the entity seen last that ok accepts, or nil. An article
// naming few reads them all (lastSeen); one naming thousands reads back
// from its most recent mention instead, as far as maxLookBack.
func (r *registry) latest(ok func(*entity) bool) *entity {
	if len(r.ents) <= manyEntities {
		return lastSeen(r.ents, ok)
	}
	for k := len(r.touches) - 1; k >= 0 && k >= len(r.touches)-maxLookBack; k-- {
		if t := r.touches[k]; t.at == t.e.seen && ok(t.e) {
			return t.e
		}
	}
	return nil
}

// manyEntities is how many named entities make an article's look-backs
// read its recent mentions rather than everyone it named.
const manyEntities = 1024

// index files e under its names; called whenever its name changes.
func (r *registry) index(e *entity) {
	if r.byKey == nil {
		r.byKey = map[string]*entity{}
		r.byLast = map[string][]*entity{}
		r.byGiven = map[string][]*entity{}
	}
	r.byKey[strings.Join(e.words, " ")] = e
	if e.org || e.outlet {
		if !e.inOrgs {
			e.inOrgs = true
			r.orgs = append(r.orgs, e)
		}
		if len(e.words) > 1 && e.fileMarked(1, e.words[0]) {
			if r.byFirst == nil {
				r.byFirst = map[string][]*entity{}
			}
			r.byFirst[e.words[0]] = append(r.byFirst[e.words[0]], e)
		}
		return
	}
	if e.last != "" && e.file(e.last) {
		r.byLast[e.last] = append(r.byLast[e.last], e)
	}
	for k := 1; k+1 < len(e.words); k++ { // Carmen Vidal Serrano is Vidal too
		if w := e.words[k]; !wordHas(w, wParticle) && e.file(w) {
			r.byLast[w] = append(r.byLast[w], e)
		}
	}
	if n := len(e.words); n > 1 && wordHas(e.words[0], wParticle) && !wordHas(e.words[n-1], wParticle) && e.file(e.words[n-1]) {
		r.byLast[e.words[n-1]] = append(r.byLast[e.words[n-1]], e) // "Al Gore" is Gore too, "van der Zee" Zee
	}
	if e.first != "" && e.fileMarked(0, e.first) {
		r.byGiven[e.first] = append(r.byGiven[e.first], e)
	}
}

// file notes that e is filed under key and reports whether it was not
// yet: e's own short list, not the registry's list of everyone filed
// under a common given name, is what a check reads.
func (e *entity) file(key string) bool {
	if slices.Contains(e.filed, key) {
		return false
	}
	e.addFiled(key)
	return true
}

// fileMarked is file(string(mark)+w), the key made only when it is new:
// index asks it each time a body's or a person's name changes.
func (e *entity) fileMarked(mark byte, w string) bool {
	for _, x := range e.filed {
		if len(x) == len(w)+1 && x[0] == mark && x[1:] == w {
			return false
		}
	}
	e.addFiled(string(mark) + w)
	return true
}

// addFiled appends key to e.filed, with room for the few keys most
// entities are filed under.
func (e *entity) addFiled(key string) {
	if e.filed == nil {
		e.filed = make([]string, 0, 4)
	}
	e.filed = append(e.filed, key)
}

func (r *registry) tick() int { r.clock++; return r.clock }

// mention is a parsed name: its words without titles, and the title or role
// words before it.
type mention struct {
	words   []string // display words (original case)
	low     []string
	title   []string // lower-case title/role words before the name
	display string
	key     string // low joined by spaces
	role    string // the title words as the text has them
	outlet  bool
	org     bool
	// definite: "the" stands before the name ("the Commission")
	definite bool
}

// resolve finds or creates the entity a name mention refers to.
func (r *registry) resolve(m mention) *entity {
	return r.resolveFound(m, r.find(m))
}

// resolveFound is resolve for a caller that has just looked m up: e is
// what find(m) returned.
func (r *registry) resolveFound(m mention, e *entity) *entity {
	if e == nil {
		e = &entity{id: len(r.ents), order: r.tick()}
		r.ents = append(r.ents, e)
		r.setName(e, m)
		r.index(e)
	} else if len(m.low) > len(e.words) && (!e.org || hasPrefixRun(m.low, e.words) || containsRun(m.low, e.words) || len(e.words) == 1 && (e.words[0] == m.low[0] || spelledBy(e, m.low))) {
		r.setName(e, m) // "Trump" then "Donald Trump": keep the fuller name
		r.index(e)
	}
	e.addAlias(m.display)
	r.learnTitles(e, m)
	e.seen = r.tick()
	r.saw(e)
	return e
}

func (r *registry) setName(e *entity, m mention) {
	e.display = m.display
	e.words = m.low
	org, outlet := r.nameKind(m.low)
	e.org = e.org || m.org || org || isAcronym(m.words) || len(m.low) == 1 && (wordHas(m.low[0], wOrg) || platformNames[m.low[0]] || unionNames[m.low[0]] || hyphenedOrg(m.words[0]))
	// "Twitter said …", then "the company"; "Unifor said", then "the union"
	e.company = e.company || isCompanyName(m.low) || len(m.low) == 1 && (platformNames[m.low[0]] || camelCompany(m.words[0]))
	e.outlet = e.outlet || m.outlet || outlet && !(len(m.low) > 1 && (isGivenName(m.low[0]) || len(m.title) > 0) && !org) // but "Mayor Don Guardian" is a man
	if !e.org && !e.outlet && len(m.low) > 1 && wordHas(m.low[0], wParticle) {
		e.last = strings.Join(m.low, " ")
		if len(m.low) == 2 && m.words[0] == "Al" && !alBodies[m.low[1]] && e.gender == unknownGender {
			e.gender, e.genderWhy, e.genderFromName = male, "given name “Al” (name table)", true // Al Gore, Al Sharpton
		}
	} else if !e.org && !e.outlet && len(m.low) > 1 {
		e.first = m.low[0]
		e.last = surname(m.low)
		if g := nameGender(e.first); g != unknownGender && e.gender == unknownGender {
			e.gender, e.genderWhy = g, "given name “"+m.words[0]+"” (name table)"
			e.genderFromName = true
		}
	} else if len(m.low) == 1 {
		e.last = m.low[0]
	}
}

// learnGender takes a gender from the article's own words, which beat a
// given name's gender from the name table; why says which words.
func (e *entity) learnGender(g gender, why string) {
	if e.mayLearnGender() {
		e.gender, e.genderWhy, e.genderFromName = g, why, false
	}
}

// mayLearnGender reports that learnGender would take a gender: a caller
// makes its why, a string built for the purpose, only then.
func (e *entity) mayLearnGender() bool { return e.gender == unknownGender || e.genderFromName }

// learnGenderWord learns the gender of a gendered word used of e: a title
// (Ms., Mr.) or a role noun (spokeswoman, chairman, mother).
func (e *entity) learnGenderWord(w string) {
	l := lookupEntry(w) // one lookup for both flags
	switch {
	case l == nil:
	case l.flags&wFemaleWord != 0:
		e.gender, e.genderWhy, e.genderFromName = female, "gendered word “"+w+"”", false
	case l.flags&wMaleWord != 0:
		e.gender, e.genderWhy, e.genderFromName = male, "gendered word “"+w+"”", false
	}
}

// addHead records a role noun that points back to e.
func (e *entity) addHead(h string) {
	if !e.heads.has(h) {
		e.heads = append(e.heads, h)
	}
}

// headSet is a set of role nouns. Entities hold a few at most, and byHead
// asks each entity of the article, so a slice beats a map here.
type headSet []string

func (s headSet) has(h string) bool {
	for _, x := range s {
		if x == h {
			return true
		}
	}
	return false
}

func (e *entity) addAlias(a string) {
	if !slices.Contains(e.aliases, a) {
		e.aliases = append(e.aliases, a)
	}
}

// royalWords name a monarch in a title only as its last word: "King
// Charles", not "King’s Bench Justice", "Queen’s Counsel".
var royalWords = setOf(`king queen prince princess`)

func (r *registry) learnTitles(e *entity, m mention) {
	if e.party == 0 {
		for _, w := range m.title {
			if p := partyOf(w); p != 0 {
				e.party = p // "Republican presidential nominee Donald Trump"
				break
			}
		}
	}
	for i, w := range m.title {
		if !wordIs(w, mRoyalWord) || i == len(m.title)-1 {
			e.learnGenderWord(w) // but "Court of King’s Bench Justice Amelia …" is no king
		}
		if i > 0 && (underRanks[titleHead(m.title[i-1])] || ownOffices[m.title[i-1]+" "+w]) {
			continue // a vice president is no "president", a prime minister no "minister"
		}
		if wordHas(w, wRole) || titles[w] != "" {
			e.addHead(titleHead(w))
		}
	}
	if n := len(m.title); n >= 2 {
		e.addHead(m.title[n-2] + " " + titleHead(m.title[n-1])) // prime minister
	}
	if title := afterRelation(m.title); e.role == "" && len(title) > 0 {
		e.role = roleText(title)
		if m.role != "" && len(title) == len(m.title) && (len(title) > 1 || strings.Contains(m.role, " of ") || strings.Contains(m.role, " for ")) {
			e.role = expandTitles(m.role) // "Secretary of State", not "state"; "Nebraska Senator", not "Nebraska Sen."
		}
	}
	if n := len(m.title); n > 0 && peerTitles[m.title[n-1]] {
		e.addHead("peer") // "Lord Kelbrook", then "the peer said"
	}
	if n := len(m.title); n > 0 && titleHead(m.title[n-1]) == "justice" && strings.EqualFold(strings.TrimSpace(m.role), m.title[n-1]) {
		e.addHead("judge") // "Justice Mark Ruiz" is "the judge" later (but not a "Minister for Justice")
	}
}

// peerTitles are the titles of a member of the House of Lords.
var peerTitles = setOf(`lord baroness baron viscount`)

// titleHead maps an abbreviated title to the noun that points back to it.
// underRanks make the title after them a lesser office.
var underRanks = map[string]bool{"vice": true, "deputy": true, "assistant": true, "lieutenant": true, "associate": true}

// ownOffices are offices that "the minister" does not name: a Westminster
// or Indian paper calls its prime minister "the prime minister".
var ownOffices = map[string]bool{"prime minister": true, "first minister": true, "chief minister": true}

func titleHead(w string) string {
	if full := lowTitles[w]; full != "" {
		return full
	}
	return w
}

// lowTitles is titles with each full form in lower case, made once:
// titleHead runs for every title word of every name.
var lowTitles = func() map[string]string {
	m := make(map[string]string, len(titles))
	for w, full := range titles {
		m[w] = strings.ToLower(full)
	}
	return m
}()

// afterRelation drops the title words up to the last that says how
// someone stands to another ("Clinton's rival Sen. X" is a senator, "her
// rival X" has no role): a relation is no office.
func afterRelation(title []string) []string {
	for i := len(title) - 1; i >= 0; i-- {
		if isRelation(title[i]) {
			return title[i+1:]
		}
	}
	return title
}

// relationOnly reports heads that all say how someone stands to another
// ("X, Clinton's rival,", "X, his brother,"), not what they are.
func relationOnly(heads []string) bool {
	for _, w := range heads {
		if !isRelation(w) {
			return false
		}
	}
	return len(heads) > 0
}

func isRelation(w string) bool {
	return wordIs(w, mKinNoun|mRelationNoun) && w != "partner" // a partner may be a firm's
}

// relationNouns stand before a name as a relation, never an office.
var relationNouns = setOf(`rival rivals opponent friend ally successor predecessor`)

// expandTitles writes a role's abbreviated titles out: "Ohio Gov." is
// "Ohio Governor", "Sen." "Senator".
func expandTitles(role string) string {
	words := strings.Fields(role)
	for i, w := range words {
		if !strings.HasSuffix(w, ".") {
			continue
		}
		if full := titles[strings.ToLower(strings.TrimSuffix(w, "."))]; full != "" {
			words[i] = full
		}
	}
	return strings.Join(words, " ")
}

func roleText(title []string) string {
	var parts []string
	for _, w := range title {
		if w == "mr" || w == "mrs" || w == "ms" || w == "miss" || w == "mx" {
			continue
		}
		if full, ok := titles[w]; ok && full != "" && len(title) == 1 {
			parts = append(parts, full)
			continue
		}
		parts = append(parts, w)
	}
	s := strings.Join(parts, " ")
	return strings.TrimSpace(s)
}

// find matches a mention to a known entity: the same full name, a surname
// or given name of one person, or part of an organisation's name.
// personOverBody is the person a one-word mention names when its key
// stayed with a body that grew from it: "Trump" in a headline, then "Trump
// University" and "Donald Trump"; a later "Trump" is the man.
func (r *registry) personOverBody(m mention, e *entity) *entity {
	if len(m.low) != 1 || !e.org || len(e.words) < 2 {
		return nil
	}
	for _, p := range r.byLast[m.low[0]] {
		if !p.org && !p.outlet && p.first != "" {
			return p
		}
	}
	return nil
}

// bareName reports a person known by the name alone: no title, role,
// age or gender the article gave.
func bareName(e *entity) bool {
	return e.role == "" && len(e.heads) == 0 && e.age == "" && (e.gender == unknownGender || e.genderFromName) && e.kinOf == nil
}

// particleSurname is the person named before with three words or more
// whose last two are m's, when m opens with a word that begins surnames
// as well as given names ("Des Rosiers", "Van Dyke"), with a title before
// it or none ("Justice of Appeal Des Vignes-Sealy"); nil otherwise.
func (r *registry) particleSurname(m mention) *entity {
	if len(m.low) != 2 || !surnameOpeners[m.low[0]] {
		return nil
	}
	for k := len(r.ents) - 1; k >= 0; k-- {
		e := r.ents[k]
		if n := len(e.words); !e.org && n >= 3 && e.words[n-2] == m.low[0] && e.words[n-1] == m.low[1] {
			return e
		}
	}
	return nil
}

// surnameOpeners begin surnames and may be given names too.
var surnameOpeners = setOf(`des de del della la le van von da di du st san mac ten ter dos das`)

// bodyByKindInCapitals is the body last seen whose name ends in the kind
// that m, a body's kind in capitals, is: "the Commission" after the
// Canadian Human Rights Commission, "the First Nation" or "the Nation"
// after the Kakwa Lake Cree Nation. Nil for any other mention.
func (r *registry) bodyByKindInCapitals(m mention) *entity {
	n := len(m.low)
	if !m.definite || n == 0 || n > 2 || len(m.title) > 0 || n == 2 && m.low[0] != "first" {
		return nil // (not "A fly-in First Nation in northern Manitoba", a lede's, named next)
	}
	head := m.low[n-1]
	if head == "bench" && n == 1 {
		return r.latestCourt() // "the Bench said": the court's
	}
	if !kindsInCapitals[head] {
		return nil
	}
	var best *entity
	for _, e := range r.orgs {
		if len(e.words) > n && (e.words[len(e.words)-1] == head || kindBeforeOf(e.words, head)) && !e.outlet && !placeAndKind(e.words) && (best == nil || e.seen > best.seen) {
			best = e
		}
	}
	return best
}

// latestCourt is the court or tribunal last named by its name, whose
// bench and judges speak for it; nil when none is.
func (r *registry) latestCourt() *entity {
	return r.latest(func(e *entity) bool { return e.org && len(e.words) > 1 && courtEnds[e.words[len(e.words)-1]] })
}

// kindBeforeOf reports a body's name whose kind stands before its "of":
// "Election Commission of India", the Commission.
func kindBeforeOf(words []string, head string) bool {
	k := slices.Index(words, "of")
	return k > 0 && words[k-1] == head
}

// placeAndKind reports a body's name made of a place and its kind alone,
// a headline's description rather than a name: "Northern Manitoba First
// Nation", "Ontario First Nation".
func placeAndKind(words []string) bool {
	for _, w := range words[:len(words)-1] {
		if !isPlaceEntityWord(w) && !compassWords[w] && w != "first" && w != "b.c." {
			return false
		}
	}
	return true
}

// kindsInCapitals are the kinds of body British and Canadian copy writes
// with a capital once the body is named: "the Commission", "the Nation".
var kindsInCapitals = setOf(`commission tribunal nation inquiry ombudsman authority`)

func (r *registry) find(m mention) *entity {
	if len(m.low) == 0 {
		return nil
	}
	key := m.key
	if key == "" {
		key = strings.Join(m.low, " ")
	}
	if e := r.bodyByKindInCapitals(m); e != nil {
		return e // "The Commission said" after the Canadian Human Rights Commission
	}
	g := titleGender(m.title)
	if e := r.byKey[key]; e != nil && (g == unknownGender || e.gender != opposite(g)) {
		if p := r.personOverBody(m, e); p != nil {
			return p
		}
		return e
	}
	if e := r.acronymHeaded(m); e != nil {
		return e // "ATU Local 279" after "Amalgamated Transit Union Local 279"
	}
	if e := r.particleSurname(m); e != nil {
		return e // "Des Rosiers" after Olivier Des Rosiers: his surname, no one called Des
	}
	if e := r.titledOfSurname(m); e != nil {
		return e // "Sen. Castellanos" after Sen. Lorna Castellanos and her cousin, Rep. Tomas Castellanos: the senator
	}
	if len(m.low) == 1 && g != unknownGender {
		// Ms. Novak after Pavel and Eva Novak: the one of that gender
		cands := r.byLast[m.low[0]]
		if e := r.speakerBy; e != nil && len(cands) > 1 && slices.Contains(cands, e) && e.gender != opposite(g) && (e.gender != unknownGender || nameGender(e.first) != opposite(g)) {
			return e // "Mr. Pettibone said" right after Roy Pettibone spoke: him, not the governor of that name
		}
		for _, e := range cands {
			if e.acted && e.gender != opposite(g) && (e.gender != unknownGender || nameGender(e.first) != opposite(g)) {
				return e // "Mr. Bush said" after Jeb Bush spoke and Prescott Bush was named: the one who speaks
			}
		}
		for _, e := range cands {
			if e.gender == g || e.gender == unknownGender && nameGender(e.first) == g {
				return e
			}
		}
		fits := func(e *entity) bool {
			return e.gender != opposite(g) && (e.gender != unknownGender || nameGender(e.first) != opposite(g))
		}
		if len(cands) > 1 && countFunc(cands, fits) == 1 {
			return cands[slices.IndexFunc(cands, fits)] // "Ms Whitford" after Jess and Ryan Whitford: the one who may be a woman
		}
		if len(cands) > 0 && !slices.ContainsFunc(cands, func(e *entity) bool { return e.gender != opposite(g) }) {
			return nil // "Mr. Obama" after Michelle Obama: someone else of that name
		}
	}
	if org, outlet := r.nameKind(m.low); org || outlet {
		if i := strings.LastIndexByte(m.low[0], '-'); len(m.low) == 1 && i > 0 && outletBrands[m.low[0][i+1:]] {
			if e := r.findSingle(m.low[0]); e != nil && !e.org && !e.outlet && e.first != "" {
				return e // "Nakogee-Fox told CTV News" after Chief Gilbert Nakogee-Fox: his surname, no outlet called Fox
			}
		}
		if e := r.findOrg(m.low); e != nil {
			return e
		}
		// "Tollund recalls …" in a headline, then "Tollund Mobility": one body
		for _, e := range r.byLast[m.low[0]] {
			if e.first == "" && len(e.words) == 1 && !m.outlet && !(len(m.low) == 2 && personsBodies[m.low[1]]) {
				e.org = true
				return e
			} // (but "Halvorsen seized on …", then "The Halvorsen campaign": the man and his campaign)
		}
		for k := len(m.low) - 1; k >= 2 && k >= len(m.low)-2 && isCompanyName(m.low); k-- {
			if e := r.byKey[strings.Join(m.low[:k], " ")]; e != nil && !e.org && (bareName(e) || e.gender == unknownGender && !isGivenName(e.first)) {
				e.org, e.company = true, true
				return e // "talks with Prairie Northern stall" in a headline, then "Prairie Northern Railway" or "Harvest Plains Grain Corp.": one company
			}
		}
		return nil
	}
	if len(m.low) == 1 {
		return r.findSingle(m.low[0])
	}
	if e := r.byKey[m.low[len(m.low)-1]]; e != nil && e.label && isGivenName(m.low[0]) {
		e.org = false // "WHITLOW:" in a transcript, then "The moderator, Dana Whitlow,": her surname
		return e
	}
	if n := len(m.low); n >= 2 && nameSuffix(m.low[n-1]) && (n == 2 || wordHas(m.low[0], wParticle)) {
		suf := strings.TrimSuffix(m.low[n-1], ".")
		for _, e := range r.byLast[strings.Join(m.low[:n-1], " ")] {
			if suffixOf(e.words) == suf {
				return e // "Kozakiewicz Jr." after "Dale Kozakiewicz Jr.", not his father
			}
		}
	}
	if wordHas(m.low[0], wParticle) {
		return r.findSingle(strings.Join(m.low, " "))
	}
	if e := r.bodyShortened(m.low); e != nil {
		return e // "Cordillera Ridge said" after Cordillera Ridge Gold Corp.
	}
	first, last, suf := m.low[0], surname(m.low), suffixOf(m.low)
	if suf != "" {
		for _, e := range r.byLast[m.low[len(m.low)-1]] {
			if e.first == first && len(e.words) == 2 {
				return e // "Donald Jr." then "Donald Trump Jr."
			}
		}
	}
	for _, e := range r.byLast[last] {
		if (e.first == "" || e.first == first && suffixOf(e.words) == suf) && !(e.org && len(e.words) > 1) { // not "Trump University" for "Donald Trump"
			return e
		}
	}
	if len(m.low) == 2 && !isGivenName(first) { // "Andrew Wasylenko" is not "Kyle Andrew Wasylenko", his son
		for _, e := range r.byLast[last] {
			if !e.org && len(e.words) > 2 && containsRun(e.words, m.low) {
				return e // "López Obrador" after "Andrés Manuel López Obrador": a double surname
			}
		}
	}
	// a short form named first, in a headline ("Tollund recalls …"), then
	// the full name ("Tollund Mobility"): one entity
	for _, e := range r.byLast[first] {
		if e.first == "" && len(e.words) == 1 && !e.outlet {
			return e
		}
	}
	if !isGivenName(first) {
		if e := r.teamEndingIn(m.low); e != nil {
			return e // "Blue Bombers" after the Winnipeg Blue Bombers
		}
	}
	if len(m.low) == 2 && len(m.words) == 2 && wordIs(first, mPlaceName) && isAllCaps(m.words[1]) {
		if e := r.byKey[m.low[1]]; e != nil && e.org {
			return e // "the NDP", then "the Alberta NDP": one party, named in full from now on
		}
	}
	return nil
}

// bodyShortened is the body last named whose full name is low and a tail
// of up to three words ending in a body's word: "Cordillera Ridge" for
// Cordillera Ridge Gold Corp., "Halton Shores" for Halton Shores District
// School Board.
func (r *registry) bodyShortened(low []string) *entity {
	if wordIs(strings.Join(low, " "), mPlaceName) || isProvince(low[0]) && len(low) == 1 {
		return nil // "British Columbia" is the province, not the British Columbia Liberal Party
	}
	l := r.byFirst[low[0]]
	for i := len(l) - 1; i >= 0 && i >= len(l)-maxOrgScan; i-- {
		e := l[i]
		if n := len(e.words) - len(low); n >= 1 && n <= 3 && slices.Equal(e.words[:len(low)], low) && wordHas(strings.TrimSuffix(e.words[len(e.words)-1], "."), wOrg) {
			return e
		}
	}
	return nil
}

// pluralBeforePlace reports a plural noun and then a province, a country
// or another place: the name of a body.
func pluralBeforePlace(low []string) bool {
	if len(low) < 2 || len(low[0]) < 5 || !strings.HasSuffix(low[0], "s") || strings.HasSuffix(low[0], "ss") || isGivenName(low[0]) {
		return false
	}
	rest := strings.Join(low[1:], " ")
	return isProvince(rest) || wordIs(rest, mPlaceName) || rest == "canada"
}

func titleGender(title []string) gender {
	for _, w := range title {
		if g := nounGender(w); g != unknownGender {
			return g
		}
	}
	return unknownGender
}

func opposite(g gender) gender {
	switch g {
	case male:
		return female
	case female:
		return male
	}
	return unknownGender
}

// findSingle resolves a one-word name: a surname first (the person the
// article first gave it), then a given name, then an organisation's word.
func (r *registry) findSingle(w string) *entity {
	if l := r.byLast[w]; len(l) > 0 {
		if len(l) > 1 {
			return r.ofSurname(l)
		}
		return l[0]
	}
	if l := r.byGiven[w]; len(l) > 0 {
		return l[0]
	}
	for _, e := range r.recentOrgs() {
		if e.org && len(e.words) > 1 && e.words[0] == w && !(wordIs(w, mPlaceName) && facilityWords[e.words[len(e.words)-1]]) && !personsBodies[e.words[1]] {
			return e // (but "Cairo has said" after "Cairo International Airport": the capital, not the airport; "Halvorsen seized on" after "the Halvorsen campaign": the candidate)
		}
	}
	for _, e := range r.recentOrgs() {
		if e.org && len(e.words) == 2 && e.words[1] == w && (isProvince(e.words[0]) || isState(e.words[:1])) && !wordHas(w, wOrgHead) {
			return e // "Hydro" after "Manitoba Hydro": the province's own, by its last word
		}
	}
	if wordIs(w, mPoliceWord) { // "the RCMP" after "Nova Scotia RCMP": the force that spoke, else the last named
		force := func(e *entity) bool { return len(e.words) > 1 && e.words[len(e.words)-1] == w }
		if e := lastSeen(r.recentOrgs(), func(e *entity) bool { return e.spoke && force(e) }); e != nil {
			return e
		}
		return lastSeen(r.recentOrgs(), force)
	}
	return r.teamEndingIn([]string{w})
}

// personsBodies follow a person's surname in the name of what serves or
// bears it: "the Halvorsen campaign", "the Obama administration", "the
// Clinton Foundation"; the surname alone is the person.
var personsBodies = setOf(`campaign camp team administration foundation family transition presidency`)

// facilityWords end the names of places built in a city, named for it:
// "Cairo International Airport", "Halifax Infirmary".
var facilityWords = setOf(`airport station terminal hospital infirmary arena stadium centre center port harbour harbor bridge mall`)

// teamEndingIn is the body last named whose name ends in the plural words
// (its place and more before them): "the Bombers", "Blue Bombers" after
// the Winnipeg Blue Bombers. Nil for words that end in no plural.
func (r *registry) teamEndingIn(words []string) *entity {
	last := words[len(words)-1]
	if len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return nil
	}
	return lastSeen(r.recentOrgs(), func(e *entity) bool {
		return len(e.words) > len(words) && containsRun(e.words, words) && wordIs(e.words[0], mPlaceName)
	})
}

// ofSurname is which of several people of one surname a bare surname
// is: the first named, unless only another has spoken ("Osei-Mensah said"
// of the victim's mother who last spoke, not the victim named first).
// titledOfSurname is, of several people sharing the surname m names with
// a title, the one who holds that title; nil when it tells none apart.
func (r *registry) titledOfSurname(m mention) *entity {
	if len(m.low) != 1 || len(m.title) == 0 {
		return nil
	}
	cands := r.byLast[m.low[0]]
	if len(cands) < 2 {
		return nil
	}
	head := titleHead(m.title[len(m.title)-1])
	var found *entity
	for _, e := range cands {
		if e.heads.has(head) {
			if found != nil {
				return nil // two senators of that name
			}
			found = e
		}
	}
	return found
}

func (r *registry) ofSurname(l []*entity) *entity {
	if e := r.justIntroduced(l); e != nil {
		return e
	}
	if r.speakerBy != nil && slices.Contains(l, r.speakerBy) {
		return r.speakerBy
	}
	if !l[0].knownPerson() && !l[0].spoke {
		if k := slices.IndexFunc(l, (*entity).knownPerson); k > 0 {
			return l[k] // "at Stampede Park", then "Dr. Soo-jin Park, a veterinarian": "Park said" is the vet, not a name by its shape alone
		}
	}
	return l[0]
}

// justIntroduced is the one of several people of a surname named for the
// first time in this paragraph or the one before, while every other has
// gone unmentioned for longer: "Bernadette Chu, 67, … has taken the bus
// for 22 years." then "“…,” Chu said" is she, not the councillor quoted
// paragraphs ago. Nil otherwise.
func (r *registry) justIntroduced(l []*entity) *entity {
	newest := l[0]
	for _, e := range l[1:] {
		if e.order > newest.order {
			newest = e
		}
	}
	now := r.paraOf(r.clock)
	if newest == l[0] || !newest.knownPerson() || r.paraOf(newest.order) < now-1 {
		return nil
	}
	for _, e := range l {
		if e != newest && r.paraOf(e.seen) >= now-1 {
			return nil // another of the name is still in play
		}
	}
	return newest
}

// acronymHeaded is the body named before whose leading words the
// acronym opening m spells and whose other words are m's: "ATU Local
// 279" is the Amalgamated Transit Union Local 279.
func (r *registry) acronymHeaded(m mention) *entity {
	if len(m.words) < 2 || len(m.words[0]) < 2 || len(m.words[0]) > 6 || !isAllCaps(m.words[0]) {
		return nil // the cheap test first
	}
	tail := m.low[1:]
	for _, e := range r.orgs {
		n := len(e.words) - len(tail)
		if n >= 2 && slices.Equal(e.words[n:], tail) && initialsSpell(e.words[:n], m.words[0]) {
			return e
		}
	}
	return nil
}

// knownPerson reports an entity the article shows to be a person: a
// known given name, a role or a title, or a gender.
func (e *entity) knownPerson() bool {
	return !e.org && !e.group && (e.first != "" && isGivenName(e.first) || e.role != "" || len(e.heads) > 0 || e.gender != unknownGender)
}

// bySiblingAge is which of a family called surname "the younger" or "the
// elder" is: the one named Sr. or Jr., the sibling named with that word,
// or the one named as the younger's brother or sister.
func (r *registry) bySiblingAge(surname, age string) *entity {
	gen := "sr"
	if age == "younger" {
		gen = "jr"
	}
	for _, e := range r.byLast[surname] {
		if suffixOf(e.words) == gen {
			return e // "the elder Strachan": Lyle Strachan Sr., not a grandfather named without one
		}
	}
	for _, e := range r.byLast[surname] {
		if e.kinAge == age {
			return e
		}
		if e.kinAge != "" && e.kinAge != age && e.kinOf != nil && e.kinOf.last == surname {
			return e.kinOf // "the elder Pelletier": the one whose younger brother Cole is
		}
	}
	for _, e := range r.byLast[surname] {
		if e.kinOf == nil || e.kinOf.last != surname {
			continue
		}
		parent := olderKin[e.kin]
		child := youngerKin[e.kin]
		switch {
		case parent && age != "younger" || child && age == "younger":
			return e // "His father, Arne Lundgren", then "the elder Lundgren"
		case child || parent:
			return e.kinOf
		}
	}
	for _, e := range r.byLast[surname] {
		if e.kinOf == nil && (age == "younger" && youngerKin[e.kin] || age != "younger" && olderKin[e.kin]) {
			return e // "Their son, Caleb Brackett, …" then "the younger Mr. Brackett": the son, though "their" names no one parent
		}
	}
	return nil
}

// olderKin and youngerKin are the relations a generation apart: "the
// elder Littlechief" is Carter's uncle, "the younger" Wade's nephew.
var (
	olderKin   = setOf(`father mother uncle aunt grandfather grandmother`)
	youngerKin = setOf(`son daughter nephew niece grandson granddaughter`)
)

func (r *registry) findOrg(words []string) *entity {
	for _, e := range r.recentOrgs() {
		if containsRun(e.words, words) || containsRun(words, e.words) || suffixedName(e.words, words) || suffixedName(words, e.words) || spelledBy(e, words) || ofPlace(e.words, words) {
			return e
		}
	}
	return nil
}

// ofPlace reports a body's name that is small and "of" a place: "Supreme
// Court" for the Supreme Court of Canada, "Court of Appeal" for the Court
// of Appeal of Alberta.
func ofPlace(big, small []string) bool {
	n := len(small)
	if n < 2 || len(big) < n+2 || big[n] != "of" || !hasPrefixRun(big, small) || !slices.ContainsFunc(small, func(w string) bool { return wordHas(w, wOrg) }) {
		return false
	}
	place := strings.Join(big[n+1:], " ")
	return wordIs(place, mPlaceName) || isProvince(place)
}

// spelledBy reports a body known so far by an acronym that the initials
// of words spell: "the DNC", then "the Democratic National Committee".
func spelledBy(e *entity, words []string) bool {
	return len(e.words) == 1 && len(words) >= 3 && len(e.display) >= 3 && len(e.display) <= 7 && isAllCaps(e.display) && initialsSpell(words, e.display)
}

// suffixedName reports a name that is another plus business words only
// (Norvik Steel Holdings, Norvik Steel) — not Castlebridge United and its
// Supporters' Trust.
func suffixedName(big, small []string) bool {
	if !hasPrefixRun(big, small) {
		return false
	}
	last := strings.TrimSuffix(big[len(big)-1], ".")
	return wordHas(last, wCompanySuffix) || last == "international" || last == "global"
}

// hasPrefixRun reports whether small opens big (Norvik Steel, Norvik Steel
// Holdings), with at least two words in common.
func hasPrefixRun(big, small []string) bool {
	if len(small) < 2 || len(small) > len(big) {
		return false
	}
	for i, w := range small {
		if big[i] != w {
			return false
		}
	}
	return true
}

// containsRun reports whether small appears as consecutive words in big,
// ending where big ends (Fire Authority in Cascade County Fire Authority).
func containsRun(big, small []string) bool {
	if len(small) == 0 || len(small) > len(big) {
		return false
	}
	off := len(big) - len(small)
	for i, w := range small {
		if big[off+i] != w {
			return false
		}
	}
	return true
}

var particles = map[string]bool{
	"van": true, "der": true, "de": true, "den": true, "da": true, "di": true, "du": true,
	"la": true, "le": true, "ap": true, "bin": true, "ibn": true, "al": true, "el": true,
	"von": true, "del": true, "dos": true, "das": true, "ter": true, "ten": true, "st": true,
	"mac": true, "bint": true, "abu": true, "y": true, "ní": true, "ó": true, "nic": true,
	"ua": true, "mhic": true, "giolla": true, "yr": true, "dela": true, "della": true, "degli": true, "te": true,
}

// surname is the last name with any particles before it (van der zee).
func surname(low []string) string {
	end := len(low)
	for end > 2 && nameSuffix(low[end-1]) {
		end-- // "Joseph R. Biden Jr.": Biden
	}
	i := end - 1
	for i > 1 && wordHas(low[i-1], wParticle) {
		i--
	}
	return strings.Join(low[i:end], " ")
}

// suffixOf is the generation a full name ends in ("jr" in Donald Trump
// Jr.), which tells a son from his father.
func suffixOf(low []string) string {
	if n := len(low); n > 2 && nameSuffix(low[n-1]) {
		return strings.TrimSuffix(low[n-1], ".")
	}
	return ""
}

// nameSuffix reports a generation after a surname: Jr., Sr., III.
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// isOrgName reports an organisation's name: one that ends in an
// organisation word (Heart Patients Alliance, Local 318) or opens with one
// and "of" (Bank of Caldora).
func isOrgName(low []string) bool {
	if len(low) < 2 {
		return false
	}
	if shipPrefixes[low[0]] {
		return false // "MV Confederation", "HMCS Ville de Québec": a ship, no body
	}
	if low[0] == "usa" && low[1] == "today" {
		return true // the paper (see isOutletName)
	}
	if len(low) <= 3 && isPlaceEntityWord(low[0]) && (low[1] == "senate" || low[1] == "house" || low[1] == "legislature") {
		return true // "Georgia Senate Race" in a headline: the state's chamber, no woman called Georgia
	}
	if pluralBeforePlace(low) {
		return true // "Elections Nunavut", "Doctors Nova Scotia", "Engineers Canada": a body named for its members and its place
	}
	if n := len(low); n >= 3 && low[n-2] == "and" && andTails[low[n-1]] {
		return true // "Bow Valley Sports and Entertainment": a firm's trades
	}
	if low[0] == "te" && len(low) > 2 && slices.Contains(low[1:len(low)-1], "o") {
		return true // "Te Rūnanga o Ngāi Tahu": a Māori body's name, "the council of" a people
	}
	if slices.Contains(low[1:], "&") {
		return true // "Northvale Home & Hardware", "Manitoba Film & Music": a firm's or a body's name
	}
	if len(low) >= 3 && low[len(low)-1] == "fame" && low[len(low)-3] == "hall" {
		return true // "Hockey Hall of Fame"
	}
	if slices.ContainsFunc(low[:len(low)-1], func(w string) bool { return pluralPossessives[w] }) {
		return true // "Red River Indigenous Women's Circle": a body's name holds a plural's possessive
	}
	last := len(low) - 1
	for last > 0 && isDigitStart(low[last]) {
		last--
	}
	if len(low) == 2 && surnameBodyWords[low[1]] && isGivenName(low[0]) {
		return false // "Sarah Mills", "Jane Cross": a surname, though Mills and Cross name bodies too
	}
	if policeWords[low[last]] || len(low) == 2 && policeWords[low[0]] && !isGivenName(low[1]) {
		return true // "Nova Scotia RCMP", "Halton OPP": a police force; "RCMP Depot", its academy
	}
	if i := slices.Index(low, "division"); i >= 0 && i+2 < len(low) && low[i+1] == "of" {
		return true // "Florida Division of Elections", "Columbus Division of Police": a government's division of its work
	}
	if (low[last] == "district" || low[last] == "division") && len(low) >= 3 {
		return true // "Columbia Shuswap Regional District", "Calgary Catholic School District", "Assiniboine Plains School Division": a district's government, a school division
	}
	if low[0] == "hydro" && len(low) == 2 && !wordHas(low[1], wRole|wTitle) {
		return true // "Hydro One", "Hydro Ottawa": a power utility
	}
	if low[last] == "health" || low[0] == "public" && low[1] == "health" {
		return true // "Toronto Public Health", "Fraser Health", "Public Health Ontario": a health authority
	}
	if wordHas(strings.TrimSuffix(low[last], "."), wOrg) || isKnownBody(low) || isCompanyName(low) ||
		nationalBodyEnds[low[last]] && isKnownBody(low[:last]) { // "Greenpeace Canada", "Friends of the Earth Canada"
		return true // "Valeant Pharmaceuticals International": a business word anywhere
	}
	if len(low) == 2 && nationalBodyEnds[low[1]] && !isGivenName(low[0]) && !compassWords[low[0]] {
		return true // "Statistics Canada", "Sport England", "Tourism Australia": a country's body
	}
	if len(low) > 2 && nationalBodyEnds[low[last]] && portfolioList(low[:last]) {
		return true // "Immigration, Refugees and Citizenship Canada"
	}
	if len(low) > 3 && portfolioWords[low[last]] && slices.Contains(low, "and") && isState(low[:1]) && !slices.ContainsFunc(low[1:], func(w string) bool { return w != "and" && !portfolioWords[strings.TrimSuffix(w, ",")] }) {
		return true // "Manitoba Environment and Climate Change"
	}
	if len(low) == 2 && frenchPortfolios[low[0]] && (low[1] == "québec" || low[1] == "quebec" || low[1] == "canada") {
		return true // "Santé Québec", "Emploi Québec", "Revenu Québec": the French order of "Alberta Health"
	}
	if len(low) == 2 && portfolioWords[low[1]] && isProvince(low[0]) {
		return true // "Alberta Education", "Saskatchewan Health": a province's department
	}
	if len(low) > 3 && low[1] == "and" && pluralOfPeople(low[0]) && pluralOfPeople(low[2]) && isState(low[3:]) {
		return true // "Engineers and Geoscientists British Columbia": a profession's regulator
	}
	for i := 0; i+2 < len(low); i++ {
		if (low[i+1] == "for" || low[i+1] == "against") && pluralOfPeople(low[i]) {
			return true // "Peel Families for Safe Roads", "Mothers Against Drunk Driving"
		}
		if i > 0 && low[i+1] == "of" && pluralOfPeople(low[i]) && isState(low[i+2:]) {
			return true // "Dairy Farmers of Canada", "Grain Farmers of Ontario": a trade's body for a place
		}
	}
	for i := 0; i+1 < len(low); i++ {
		if low[i+1] == "on" && i > 0 && wordHas(low[i], wOrg) {
			return true // "Joint Select Committee on Constitutional Recognition", "Council on Foreign Relations"
		}
		if (low[i+1] == "of" || low[i+1] == "for") && (wordHas(low[i], wOrg) || i > 0 && unionPlurals[low[i]] || i == 0 && localGovernments[low[0]] || i == 1 && localGovernments[low[1]] && (levelWords[low[0]] || low[0] == "rural")) { // the cheap test first; "Institute for Fiscal Studies", "Regional District of Kootenay Boundary"
			return true
		}
	}
	return unionPlurals[low[last]] // "United Auto Workers", "Amalgamated Transit Workers of Canada"
}

// frenchPortfolios open the names of Quebec's and Canada's French-named
// agencies ("Santé Québec", "Transports Canada").
var frenchPortfolios = setOf(`santé sante emploi revenu transports tourisme loto héma hema famille éducation education
culture justice sécurité securite environnement énergie energie investissement ressources immigration retraite services`)

// orgName is isOrgName, kept: the rules ask it of the same names again
// and again (parsing a mention, finding it, registering it, naming the
// entity), and the answer depends on the words alone.
func (r *registry) orgName(low []string) bool {
	org, _ := r.nameKind(low)
	return org
}

// nameKind is isOrgName and isOutletName of the words, kept together for a
// name of two words or more (find and setName ask both).
func (r *registry) nameKind(low []string) (org, outlet bool) {
	if len(low) < 2 {
		return false, isOutletName(low) // isOrgName is false, and the words are few
	}
	var buf [64]byte
	key := appendWordsKey(buf[:0], low)
	if k, ok := r.orgNames[string(key)]; ok {
		return k&kindOrg != 0, k&kindOutlet != 0
	}
	org, outlet = isOrgName(low), isOutletName(low)
	if r.orgNames == nil {
		r.orgNames = make(map[string]nameKinds, 256)
	}
	if len(r.orgNames) >= maxOrgNames {
		clear(r.orgNames) // the names of the articles since are kept instead
	}
	var k nameKinds
	if org {
		k |= kindOrg
	}
	if outlet {
		k |= kindOutlet
	}
	r.orgNames[string(key)] = k
	return org, outlet
}

// nameKinds are what nameKind keeps of a name: its isOrgName and
// isOutletName.
type nameKinds uint8

const (
	kindOrg nameKinds = 1 << iota
	kindOutlet
)

// maxOrgNames bounds the names orgName keeps, some 200 kB.
const maxOrgNames = 1 << 12

// appendWordsKey appends the words to b, each after its length, so that
// no two lists of words make the same key (words may hold spaces).
func appendWordsKey(b []byte, words []string) []byte {
	for _, w := range words {
		b = binary.AppendUvarint(b, uint64(len(w)))
		b = append(b, w...)
	}
	return b
}

var shipPrefixes = setOf(`mv m.v. ms hmcs hms uss ccgs ss`)

// localGovernments open a council's name before "of": "Town of
// Beaverhill", "City of Edmonton", "Municipality of Chester".
var localGovernments = setOf(`town city village municipality township county borough region district`)

// unionPlurals end a union's name after another word: "United Auto
// Workers"; alone ("Workers said") they are people.
var unionPlurals = setOf(`workers employees teamsters`)

// hyphenedOrg reports one hyphened name with an organisation's word for
// a part: "Hydro-Québec", but not "Wilson-Raybould" or "Census-taker".
func hyphenedOrg(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	org := false
	for _, part := range strings.Split(w, "-") {
		if !startsUpper(part) {
			return false
		}
		org = org || wordHas(strings.ToLower(part), wOrg)
	}
	return org
}

// nationalBodyEnds end the names of a country's bodies after a common
// noun: "Health Canada", "Historic England", "Air India".
var nationalBodyEnds = setOf(`canada australia england scotland wales britain ireland india zealand`)

// alBodies follow "Al" in the names of bodies and outlets, not of men
// called Al.
var alBodies = setOf(`qaeda qaida jazeera shabab shabaab arabiya nusra ahram aqsa azhar hayat watan akhbar masry jazira`)

// compassWords open a region's name: "South Wales", "Western Australia".
var compassWords = setOf(`north south east west northern southern eastern western central new greater upper lower`)

// surnameBodyWords end bodies' names and are surnames too.
var surnameBodyWords = setOf(`mills cross power steel marine`)

// isKnownBody looks the words up in knownBodies joined by spaces, in a
// buffer on the stack: this runs for every name and most are not bodies.
func isKnownBody(low []string) bool {
	var buf [64]byte
	return knownBodies[string(appendJoined(buf[:0], low))]
}

// isAcronym reports a one-word name like U.S., NATO or CTV.
func isAcronym(words []string) bool {
	if len(words) != 1 {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(words[0], "'s"), "’s") // "the OQLF’s report": still the OQLF
	if strings.Contains(w, ".") {
		return true
	}
	upper := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' {
			upper++
		} else {
			return false
		}
	}
	return upper >= 2
}

func isCompanyName(low []string) bool {
	for _, w := range low {
		if wordHas(w, wCompanySuffix) || strings.HasSuffix(w, ".") && wordHas(w[:len(w)-1], wCompanySuffix) {
			return true
		}
	}
	return false
}

func isOutletName(low []string) bool {
	if len(low) >= 2 && low[0] == "usa" && low[1] == "today" {
		return true // "USA TODAY": "today" is no outlet's word elsewhere
	}
	for k, w := range low {
		if wordHas(w, wOutletWord) {
			return !bodyHeadAfter(low, k)
		}
		if i := strings.LastIndexByte(w, '-'); i > 0 && wordHas(w[i+1:], wOutletWord) {
			return !bodyHeadAfter(low, k) // "Regina Leader-Post", "Kamloops This Week-News" (not the "Canadian Radio-television and Telecommunications Commission")
		}
	}
	return false
}

// bodyHeadAfter reports a word of a body's kind after word k of a name
// ("Independent Investigation Unit of Manitoba", "Citizens Review Board"):
// the outlet's word there is only a word of the body's name.
func bodyHeadAfter(low []string, k int) bool {
	for _, w := range low[k+1:] {
		if w == "of" {
			return false
		}
		if wordHas(w, wOrg|wOrgHead) && !wordHas(w, wOutletWord) && w != "media" && w != "network" {
			return true
		}
	}
	return false
}

func nameGender(first string) gender {
	if g, ok := givenNames[first]; ok {
		return g &^ anyGender
	}
	if i := strings.IndexByte(first, '-'); i > 0 && (isGivenName(first[i+1:]) || isGivenName(model.FoldAccents(first[i+1:]))) {
		if first[:i] == "jean" {
			return male // "Jean-François", "Jean-Yves": French compounds of Jean are men's
		}
		return nameGender(first[:i]) // "Marie-Claude", "Pierre-Luc" (but not "Oscar-winner")
	}
	if folded := model.FoldAccents(first); folded != first {
		return nameGender(folded) // "Mélanie", "Stéphane", "Josée"
	}
	return unknownGender
}

// isGivenName reports a known given name, of either gender or none.
func isGivenName(w string) bool {
	return givenNames[w] != 0
}

// givenNames holds the given-name tables in one map, so a word costs one
// lookup where it cost up to five: a name's gender, or anyGender for a name
// of either. The curated tables win over the generated ones, and a woman's
// name over a man's in either, as the tables were read in that order.
var givenNames = func() map[string]gender {
	m := make(map[string]gender, len(femaleNames)+len(maleNames)+len(eitherNames)+len(mobyFemale)+len(mobyMale)+len(mobyEither))
	for _, t := range []struct {
		names map[string]bool
		g     gender
	}{{femaleNames, female}, {maleNames, male}, {eitherNames, anyGender}, {mobyFemale, female}, {mobyMale, male}, {mobyEither, anyGender}} {
		for w, ok := range t.names {
			if _, seen := m[w]; ok && !seen {
				m[w] = t.g
			}
		}
	}
	return m
}()

// byHead finds the most recently mentioned entity holding a role noun.
func (r *registry) byHead(head string, orgOnly bool) *entity {
	french := frenchHeadOf[head] // looked up once, not for each entity
	if len(r.ents) > manyEntities {
		return r.latest(func(e *entity) bool {
			return (!orgOnly || e.org) && (e.heads.has(head) || e.org && !e.group && len(e.words) > 0 && holdsHeadWord(e.words, head, french))
		})
	}
	var best, headed *entity // asked for every role noun: the loop is written out
	for _, e := range r.ents {
		if orgOnly && !e.org || best != nil && e.seen <= best.seen && (headed != nil || !e.org) {
			continue // one seen no later than the best cannot replace it: no need to read its words
		}
		if e.heads.has(head) || (e.org && !e.group && len(e.words) > 0 && holdsHeadWord(e.words, head, french)) {
			if best == nil || e.seen > best.seen {
				best = e
			}
			if e.org && nameHead(e.words) == head && (headed == nil || e.seen > headed.seen) {
				headed = e // "the university" is Aire Valley University, not the University and College Union seen since
			}
		}
	}
	if headed != nil && !best.heads.has(head) {
		return headed
	}
	return best
}

// nameHead is the head noun of a body's name: the word before its first
// "of", "for" or "in" ("University of Saskatchewan", "Chinese Embassy in
// France"), else its last word
// ("University and College Union").
func nameHead(words []string) string {
	for k, w := range words {
		if (w == "of" || w == "for" || w == "in" || w == "at" || w == "on") && k > 0 {
			return words[k-1]
		}
	}
	return words[len(words)-1]
}

// holdsHeadWord reports a body's name words holding head, or its French
// word (frenchHeadOf[head]): "the ministry" is the Ministère de
// l’Immigration.
func holdsHeadWord(words []string, head, french string) bool {
	return containsWord(words, head) || french != "" && containsWord(words, french) || head == "ministry" && words[0] == "secretariat"
}

// frenchHeadOf gives a body's head noun in French; "the ministry" is also
// a government's "Secretariat of Foreign Affairs" (holdsHeadWord).
var frenchHeadOf = map[string]string{"ministry": "ministère", "agency": "agence", "council": "conseil", "union": "syndicat",
	"federation": "fédération", "board": "régie", "order": "ordre", "institute": "institut", "college": "collège", "office": "bureau"}

// onlyDefender is the one person other than owner named as a defence
// lawyer (role head, "Defence lawyer Anthony DiCarlo"), or nil when none
// or several are: the accused's lawyer, where a story has one accused.
func (r *registry) onlyDefender(head string, owner *entity) *entity {
	return r.only(func(e *entity) bool {
		role := strings.ToLower(e.role)
		return e != owner && !e.org && !e.unnamed && !e.cataphor && e.heads.has(head) &&
			(strings.Contains(role, "defence") || strings.Contains(role, "defense"))
	})
}

// only is the one entity ok accepts, or nil when none or several do.
func (r *registry) only(ok func(*entity) bool) *entity {
	var found *entity
	for _, e := range r.ents {
		if !ok(e) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// onlyKin is the one person the article named as someone's kin of that
// word ("mother"), or nil when none or several are.
// kinBySurname is the one person other than owner who shares owner's
// surname and may be of gender g, when known to be, and is not known as
// another kin than kin: "his wife" of Doug Harbottle is Marlene
// Harbottle. Nil when none or two are.
func (r *registry) kinBySurname(owner *entity, g gender, kin string) *entity {
	if owner == nil || owner.org || owner.last == "" || len(owner.words) < 2 {
		return nil
	}
	if c := owner.couple; c != nil && spouseWords[kin] && c.gender != opposite(g) && owner.gender != g {
		return c // "Derek and Lisa Gallant", then "His wife says": Lisa, not their daughter Hannah
	}
	var found *entity
	for _, e := range r.byLast[owner.last] {
		if e == owner || e.org || e.group || e.gender == opposite(g) || len(e.words) < 2 || e.kin != "" && e.kin != kin {
			continue
		}
		if found != nil {
			return nil // two who could be: "Chidinma Okafor", whose gender is not known, and her daughter
		}
		found = e
	}
	if found == nil || found.gender != g && !(found.gender == unknownGender && spouseWords[kin] && owner.gender == opposite(g)) {
		return nil // (a spouse of unknown gender: "Halyna and Bohdan Kaczmarek", then "Her husband")
	}
	return found
}

var spouseWords = setOf(`husband wife`)

// roleSpelling is the person last seen whose role the capitals acr spell
// ("GM" for "General manager"), or nil.
func (r *registry) roleSpelling(acr string) *entity {
	if len(acr) < 2 || len(acr) > 4 || !isAllCaps(acr) {
		return nil
	}
	return r.latest(func(e *entity) bool {
		return !e.org && !e.group && !e.unnamed && len(e.words) > 1 && e.role != "" && initialsSpell(strings.Fields(strings.ToLower(e.role)), acr)
	})
}

func (r *registry) onlyKin(kin string) *entity {
	return r.only(func(e *entity) bool { return e.kinOf != nil && e.kin == kin })
}

// byHeadOf is byHead for people not of the other gender than g.
func (r *registry) byHeadOf(head string, g gender) *entity {
	return r.latest(func(e *entity) bool { return !e.org && e.gender != opposite(g) && e.heads.has(head) })
}

// holderOf is the person last seen whose role holds every word of the
// title low ("prime minister"), or nil.
func (r *registry) holderOf(low []string) *entity {
	return r.latest(func(e *entity) bool { return !e.org && e.role != "" && holdsTitle(e, low) })
}

// placedHolder is the person last seen with the role whose role or places
// name the place ("Canada's prime minister" after "Canada's prime
// minister, Justin Trudeau,"), or nil.
func (r *registry) placedHolder(place *entity, role string) *entity {
	name := strings.Join(place.words, " ")
	return r.latest(func(e *entity) bool {
		held := strings.ToLower(e.role)
		return !e.org && e.role != "" && strings.HasSuffix(held, role) && (strings.Contains(held, name) || slices.Contains(e.places, name))
	})
}

// lastSeen is the entity of list last seen that ok accepts, or nil.
func lastSeen(list []*entity, ok func(*entity) bool) *entity {
	var best *entity
	for _, e := range list {
		if (best == nil || e.seen > best.seen) && ok(e) {
			best = e
		}
	}
	return best
}

// body returns the organisation named by a bare noun ("police said"):
// one whose name holds it, else a new body of that name.
func (r *registry) body(name string) *entity {
	low := strings.ToLower(name)
	words := strings.Fields(low)
	press := strings.ToLower(campaignName(name))
	for _, e := range r.recentOrgs() {
		if len(words) == 1 && containsWord(e.words, low) || joinedIs(e.words, low) || press != low && joinedIs(e.words, press) {
			return e // ("Clinton’s campaign" is the Clinton campaign named before)
		}
	}
	return r.resolve(mention{words: strings.Fields(name), low: words, display: name, key: low, org: true})
}

// campaignName names a person's campaign or team as the press does, by the
// surname: "Hillary Clinton’s campaign" is the Clinton campaign.
func campaignName(name string) string {
	if !strings.HasSuffix(name, " campaign") && !strings.HasSuffix(name, " team") {
		return name // the cheap test first: body asks it of every body's name
	}
	words := strings.Fields(name)
	n := len(words)
	if n < 2 {
		return name
	}
	owner := strings.TrimRight(trimPossessive(words[n-2]), "'’") // "Sanders’", "Sanders's"
	if owner == words[n-2] || !startsUpper(owner) {
		return name // "the Clinton campaign", "the party’s campaign"
	}
	return owner + " " + words[n-1]
}

// joinedIs reports that words joined by spaces are s, without joining them.
func joinedIs(words []string, s string) bool {
	for i, w := range words {
		if i > 0 {
			if s == "" || s[0] != ' ' {
				return false
			}
			s = s[1:]
		}
		if !strings.HasPrefix(s, w) {
			return false
		}
		s = s[len(w):]
	}
	return s == ""
}

// orgWith finds the organisation whose name holds both words ("the
// meteorological agency" → National Meteorological Agency).
func (r *registry) orgWith(mod, head string) *entity {
	return lastSeen(r.recentOrgs(), func(e *entity) bool {
		return containsWord(e.words, mod) && (head == "" || containsWord(e.words, head))
	})
}

// byAge finds the person the article gave this age ("the 58-year-old").
func (r *registry) byAge(age string) *entity {
	if len(r.ents) > manyEntities {
		return r.latest(func(e *entity) bool { return e.age == age })
	}
	for _, e := range r.ents {
		if e.age == age {
			return e
		}
	}
	return nil
}

func (r *registry) lastCompany() *entity {
	return r.latest(func(e *entity) bool { return e.company })
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// unnamed is the speaker an indefinite phrase describes ("a diplomat", "one
// former aide"): a person the article does not name. The same words name
// the same source; "the diplomat" later points back to them.
func (an *analyzer) unnamed(desc, head string) *entity {
	key := "\x00" + strings.ToLower(desc)
	if e := an.reg.byKey[key]; e != nil {
		e.seen = an.reg.tick()
		an.reg.saw(e)
		return e
	}
	e := &entity{id: len(an.reg.ents), display: desc, heads: headSet{head}, unnamed: true,
		order: an.reg.tick(), since: len(an.hist) + 1}
	e.seen = e.order
	e.learnGenderWord(head)
	an.reg.ents = append(an.reg.ents, e)
	an.reg.saw(e)
	if an.reg.byKey == nil {
		an.reg.byKey = map[string]*entity{}
		an.reg.byLast = map[string][]*entity{}
		an.reg.byGiven = map[string][]*entity{}
	}
	an.reg.byKey[key] = e
	return e
}

// personLike reports an entity the article gives some sign of being a
// person: a given name, a gender, a title or role, a speaking part, and a
// name that is not shaped like a place ("Fort Pierce", "Port Sabak").
func (e *entity) personLike() bool {
	if e.doc || e.group {
		return false
	}
	if e.unnamed || e.first != "" && isGivenName(e.first) || e.gender != unknownGender || e.role != "" || len(e.heads) > 0 {
		return true
	}
	if e.initialed() {
		return true
	}
	if len(e.words) > 1 && placePrefixes[e.words[0]] {
		return false
	}
	return e.acted || len(e.words) > 1 && !e.byShape
}

// initialed reports a name with an initial before its last word: "C.
// Boyden Gray" is a person's name though no word of it is a known given
// name.
func (e *entity) initialed() bool {
	return hasInitial(e.words)
}

// hasInitial reports three words or more with a one-letter word before
// the last ("c. boyden gray", "john f. kennedy"), but not "world war ii"
// or "plan b".
func hasInitial(low []string) bool {
	if len(low) < 3 {
		return false
	}
	for _, w := range low[:len(low)-1] {
		if len(strings.TrimSuffix(w, ".")) == 1 {
			return true
		}
	}
	return false
}

// placePrefixes open the names of places: Fort Pierce, Port Sabak.
var placePrefixes = map[string]bool{"fort": true, "port": true, "mount": true, "lake": true, "san": true,
	"santa": true, "st.": true, "saint": true, "new": true, "north": true, "south": true, "east": true, "west": true}

// document is the speaker a poll, survey or report is when the text makes
// it the subject of a cue ("the survey asks", "a new poll found").
func (an *analyzer) document(desc string) *entity {
	if e := an.describedAgain(desc); e != nil {
		return e
	}
	e := an.unnamed(desc, "")
	e.unnamed, e.doc = false, true
	e.heads = slices.DeleteFunc(e.heads, func(h string) bool { return h == "" })
	return e
}

// describedAgain is the document or body an earlier description named that
// a definite one names again by its last word: "The five-member jury" and
// "the jury" after "A coroner’s jury"; nil when none was.
func (an *analyzer) describedAgain(desc string) *entity {
	low := strings.ToLower(desc)
	rest, ok := strings.CutPrefix(low, "the ")
	if !ok || wordCount(rest) > 3 || strings.ContainsAny(rest, "'’0123456789") || strings.ToLower(desc[4:]) != desc[4:] {
		return nil // (not "the Q poll" after "a CNN/ORC poll": a name tells the two apart)
	}
	head := rest[strings.LastIndexByte(rest, ' ')+1:]
	for k := len(an.reg.ents) - 1; k >= 0 && k >= len(an.reg.ents)-40; k-- {
		e := an.reg.ents[k]
		if !e.doc || strings.ToLower(lastWordOf(e.display)) != head || strings.EqualFold(e.display, desc) {
			continue
		}
		if d := strings.ToLower(e.display); strings.HasPrefix(d, "a ") || strings.HasPrefix(d, "an ") || strings.HasPrefix(d, "the ") {
			e.addAlias(desc)
			return e
		}
	}
	return nil
}

// portfolioList reports words that list a department's portfolios:
// "immigration, refugees and citizenship", "crown-indigenous relations and
// northern affairs" (a hyphen joins two; "northern" qualifies the next).
func portfolioList(words []string) bool {
	for k, w := range words {
		w = strings.TrimSuffix(w, ",")
		if w == "and" || portfolioWords[w] || w == "northern" && k+1 < len(words) && portfolioWords[words[k+1]] {
			continue
		}
		if h := strings.LastIndexByte(w, '-'); h > 0 && portfolioWords[w[h+1:]] {
			continue
		}
		return false
	}
	return true
}

// countFunc counts the entities of es that f holds for.
func countFunc(es []*entity, f func(*entity) bool) int {
	n := 0
	for _, e := range es {
		if f(e) {
			n++
		}
	}
	return n
}
