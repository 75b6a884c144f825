package attribution

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isNameWord reports whether token i can be part of a name. The name
// rules ask it of the same tokens again and again (runEnd from every
// start), and inside a sentence the answer depends on the paragraph's
// tokens alone: it is kept. A sentence's first word also asks the names
// registered so far, so it is worked out each time.
func (pc *pctx) isNameWord(i int) bool {
	if uint(i) < uint(len(pc.nameWords)) && pc.nameWords[i] != notKept {
		return pc.nameWords[i] > keptNo // kept, so no sentence's first word: small enough to inline
	}
	return pc.nameWordKept(i)
}

// nameWordKept is isNameWord for an answer not kept yet.
func (pc *pctx) nameWordKept(i int) bool {
	if i < 0 || i >= len(pc.toks) {
		return false
	}
	if pc.toks[i].sentStart {
		return pc.nameWordAt(i)
	}
	ok := pc.nameWordAt(i)
	pc.nameWords[i] = keptNo
	if ok {
		pc.nameWords[i] = keptYes
	}
	return ok
}

// participleBeforePeople reports a sentence's first word in -ing before
// a name and a plural of people: "Striking Aéro-Laval workers",
// "Protesting Amazon employees".
func (pc *pctx) participleBeforePeople(i int) bool {
	w := pc.toks[i].low
	if !strings.HasSuffix(w, "ing") || len(w) < 7 || isGivenName(w) {
		return false
	}
	k := i + 1
	for k < len(pc.toks) && k < i+4 && pc.toks[k].kind == tWord && pc.toks[k].cap {
		k++
	}
	return k > i+1 && k < len(pc.toks) && pc.toks[k].kind == tWord && !pc.toks[k].cap && pluralOfPeople(pc.toks[k].low)
}

// titledPersonIn reports a title and a given name after it in [i, j):
// "Committee Chairman Curtis Ambrose" names a man, and "of Kentucky" after
// it is his state, no part of a body's name.
func (pc *pctx) titledPersonIn(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if (pc.has(k-1, wTitle) || pc.has(k-1, wRole) && pc.toks[k-1].cap) && isGivenName(pc.toks[k].low) {
			return true
		}
	}
	return false
}

// officerAcronyms are a company's officers by their initials.
var officerAcronyms = setOf(`ceo cfo coo cto`)

// headlineVerbAfterRole reports a capitalised word in -s after a title or
// a role in a Title Case headline whose past or participle the story
// writes in lower case somewhere: a verb, no name.
func (pc *pctx) headlineVerbAfterRole(i int) bool {
	t := &pc.toks[i]
	if pc.p.num > 1 || t.sentStart || !t.cap || i == 0 || !pc.has(i-1, wTitle|wRole) || !pc.toks[i-1].cap || !pc.titleCased() {
		return false
	}
	w := t.low
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || isGivenName(w) {
		return false
	}
	stem := w[:len(w)-1]
	if pc.an.storyHas([]string{" " + stem + "ed ", " " + stem + "ing ", " " + w + " "}) {
		return true
	}
	// "Nevada’s Republican Governor Abandons Brandvold": a word the story
	// never uses again before a name it does use is the headline's verb
	if i+1 >= len(pc.toks) || pc.toks[i+1].kind != tWord || !pc.toks[i+1].cap {
		return false
	}
	word := pc.p.text[int(t.start):int(t.end)]
	next := pc.p.text[int(pc.toks[i+1].start):int(pc.toks[i+1].end)]
	return !pc.an.storyHasBeyond(word, pc.p.num) && pc.an.storyHasBeyond(next, pc.p.num)
}

// titleCased reports a paragraph of twenty words or fewer with most of
// them capitalised: a headline in Title Case.
func (pc *pctx) titleCased() bool {
	words, caps := 0, 0
	for _, t := range pc.toks {
		if t.kind == tWord {
			words++
			if t.cap {
				caps++
			}
		}
	}
	return words <= 20 && 4*caps >= 3*words
}

// partyTag reports a party's letter and a place after a comma or a
// bracket: "D-Pueblo", "R-Texas", "I-Vt.".
func (pc *pctx) partyTag(i int) bool {
	w := pc.p.text[int(pc.toks[i].start):int(pc.toks[i].end)]
	if len(w) < 4 || w[1] != '-' || w[0] != 'R' && w[0] != 'D' && w[0] != 'I' || w[2] < 'A' || w[2] > 'Z' {
		return false
	}
	p := pc.word(i - 1)
	return p == "," || p == "("
}

// numberedUnits are the parts of a city or a territory known by a number:
// "Ward 4", "Zone 2", "District 9".
var numberedUnits = setOf(`ward zone district division sector`)

// letterName reports a name that is one capital letter, as a publication
// ban leaves it: the "A" of "Officer A", the "X" of "Ms. X".
func letterName(w string) bool {
	return len(w) == 1 && (w[0] >= 'A' && w[0] <= 'Z' && w != "I" || w[0] >= '1' && w[0] <= '9')
}

// numberAfterRole reports a one-digit number at k after a capitalised
// role word: the "1" of "Guard 1", a witness a publication ban numbers.
func (pc *pctx) numberAfterRole(k int) bool {
	return k > 0 && k < len(pc.toks) && pc.toks[k].end-pc.toks[k].start == 1 && pc.toks[k].low >= "1" && pc.toks[k].low <= "9" &&
		pc.toks[k-1].kind == tWord && pc.toks[k-1].cap && (pc.toks[k-1].has(wRole|wTitle) || pseudonymNouns[pc.toks[k-1].low])
}

// pseudonymNouns name people a ban leaves a number: "Guard 1", "Witness 2".
var pseudonymNouns = setOf(`guard witness officer inmate patient complainant victim worker student employee resident
juror nurse person subject youth teacher child source`)

// functionSurname reports a capitalised function word inside a sentence
// that is a surname: after a given name ("columnist George Will wrote"),
// or alone once the article has named someone so ("Will had nothing but
// praise"); never before another capitalised word, as a headline's verb is
// ("Hillary Will Win").
func (pc *pctx) functionSurname(i int) bool {
	t := pc.toks[i]
	if pc.compoundSurname(i) {
		return true
	}
	if t.low == "today" && t.cap && i > 0 && pc.word(i-1) == "usa" && pc.toks[i-1].cap {
		return true // "USA TODAY", "USA Today": the paper, not the day
	}
	if t.low == "he" && t.cap && !t.sentStart && i+1 < len(pc.toks) && pc.toks[i+1].cap && pc.toks[i+1].kind == tWord && !pc.toks[i+1].has(wFunction) {
		return true // "Commerce Ministry spokesperson He Jianmin told": a Chinese surname, not the pronoun
	}
	if t.sentStart || !t.cap || i+1 < len(pc.toks) && pc.toks[i+1].cap || t.low == "i" {
		return false
	}
	if i > 0 && pc.toks[i-1].cap && pc.toks[i-1].kind == tWord && isGivenName(pc.toks[i-1].low) {
		return true
	}
	if t.low == "one" && i > 0 && pc.toks[i-1].cap && pc.toks[i-1].kind == tWord && !pc.toks[i-1].has(wFunction) {
		return true // "Hydro One", "Air Force One": a name's number
	}
	if letterAfterTitle(pc.toks, i) {
		return true // "Officer A told the jury": the letter a publication ban leaves for a name
	}
	return len(pc.an.reg.byLast[t.low]) > 0
}

// compoundSurname reports "Many" or "Not" opening a two-word surname, as
// Blackfoot and Crow names do ("Duane Many Guns", "Joe Not Afraid"): after
// a given name inside a sentence with a lower-case word after the
// surname, or anywhere once the article has named someone so.
func (pc *pctx) compoundSurname(i int) bool {
	if i < 1 || i+1 >= len(pc.toks) {
		return false
	}
	t := pc.toks[i]
	if !t.cap || !t.is(mCompoundSurnameLead) {
		return false
	}
	n := pc.toks[i+1]
	if !n.cap || n.kind != tWord || n.has(wFunction) {
		return false
	}
	for _, e := range pc.an.reg.byLast[n.low] {
		if k := slices.Index(e.words, n.low); k > 0 && e.words[k-1] == t.low {
			return true
		}
	}
	if t.sentStart || i+2 >= len(pc.toks) || pc.toks[i+2].cap {
		return false
	}
	p := pc.toks[i-1]
	return p.cap && p.kind == tWord && isGivenName(p.low)
}

var compoundSurnameLeads = setOf(`many not`)

// learnAgeEpithet reads "The 67-year-old took over …" opening a sentence
// at i, just after someone was named: that person's age, so that "the
// 67-year-old said" paragraphs later is them, whoever spoke between.
func (pc *pctx) learnAgeEpithet(i int) {
	w := pc.word(i + 1)
	if !strings.HasSuffix(w, "-year-old") || i+2 >= len(pc.toks) || !verbLike(pc.toks[i+2]) && !pc.isCue(i+2) {
		return
	}
	if pc.an.reg.byAge(ageOf(w)) != nil {
		return
	}
	if e := pc.resolvePerson(unknownGender, i+1); e != nil && e.age == "" {
		e.age = ageOf(w)
	}
}

// inPlaceAdjective reports token i a word of a hyphened adjective made of
// a place or a name: itself ("Slovenia-born") or a capitalised word before
// it ("Los" and "Angeles" in "Los Angeles-based").
func (pc *pctx) inPlaceAdjective(i int) bool {
	for k := i; k < len(pc.toks) && k <= i+3; k++ {
		t := &pc.toks[k]
		if t.kind != tWord || !t.cap {
			return false
		}
		if t.hyphen && (placeAdjective(t.low) || pc.languageAdjective(t)) {
			return true
		}
	}
	return false
}

// languageAdjective reports "French-language", "English-speaking": a
// language made an adjective, in lower case after the hyphen (in
// "Alliance for English-Speaking Quebecers" it is a word of a name).
func (pc *pctx) languageAdjective(t *token) bool {
	w := pc.p.text[int(t.start):int(t.end)]
	return strings.HasSuffix(w, "-language") || strings.HasSuffix(w, "-speaking")
}

// placeAdjective reports a word a place or a name makes an adjective of
// with a hyphen: "Slovenia-born", "Shanghai-based", "Saudi-led",
// "Obama-era".
func placeAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	if commonPrefixes[w[:i]] {
		return false // "the Independent Broad-based Anti-corruption Commission": a word of the name, no place
	}
	switch w[i+1:] {
	case "born", "based", "led", "backed", "owned", "funded", "era", "style", "made", "bred", "raised", "linked", "allied", "run":
		return true
	}
	return false
}

// commonPrefixes make adjectives with "-based" or "-led" that are no place
// or name, and may open a word of a body's name.
var commonPrefixes = setOf(`broad community faith evidence science home cloud web land market member merit values arts school campus population needs peer youth women student worker citizen volunteer family`)

// greetingTimes follow "Good" in a greeting.
var greetingTimes = setOf(`morning afternoon evening night day`)

// kept is an answer kept for a token: not worked out yet, no or yes.
type kept int8

const (
	notKept kept = iota
	keptNo
	keptYes
)

// nameWordAt is isNameWord, worked out.
func (pc *pctx) nameWordAt(i int) bool {
	t := &pc.toks[i]
	if int(t.end) <= pc.credit {
		return false // the photographer and the paper before a caption
	}
	if t.low == "an" && t.cap && pc.word(i+1) == "garda" && pc.word(i+2) == "síochána" {
		return true // "An Garda Síochána": the Irish article is part of the force's name
	}
	if t.kind != tWord || !(t.cap || mayBePrefixed(t) && pc.namePrefixed(i) || pc.ordinalInName(i)) || t.has(wFunction) && !pc.middleInitial(i) && !pc.functionSurname(i) {
		return false
	}
	if pc.word(i+1) == "for" && pc.responsibleAt(i) {
		return false // "Minister Responsible for Housing Ana Ruiz"
	}
	if t.low == "good" && greetingTimes[pc.word(i+1)] {
		return false // "Good afternoon and welcome to our live coverage": a greeting, no one called Good
	}
	if timeZones[t.low] && i > 0 && (pc.word(i-1) == "pm" || pc.word(i-1) == "am" || pc.word(i-1) == "p.m." || pc.word(i-1) == "a.m." || pc.word(i-1) == "." || isDigitStart(pc.word(i-1))) {
		return false // "05:18 pm ET", "4:52 p.m. ET": a time zone, no body called ET
	}
	if shortDemonyms[t.low] && i >= 2 && pc.toks[i-1].kind == tWord && !pc.toks[i-1].cap && !pc.has(i-1, wDeterminer) && pc.has(i-2, wDeterminer) {
		return false // "the young Finn said": a nationality described, no one called Finn
	}
	if t.is(mNumberedUnit) && isDigitStart(pc.word(i+1)) {
		return false // "Coun. Peter Nguyen-Ashworth (Ward 4)": a ward, no one called Ward
	}
	if pc.headlineVerbAfterRole(i) {
		return false // "South Carolina’s Governor Backs Tolliver", "Fox News Host Grills …": the headline's verb, as "backed" and "grilled" in the story show
	}
	if t.hyphen && pc.partyTag(i) {
		return false // "State Sen. Ruben Archuleta, D-Pueblo, said": his party and his town, no one called D-Pueblo
	}
	if t.cap && (t.hyphen || i+1 < len(pc.toks) && pc.toks[i+1].cap) && pc.inPlaceAdjective(i) {
		return false // "the Slovenia-born former model", "the Los Angeles-based firm": a place made an adjective
	}
	if t.end-t.start >= 12 && gluedWords(pc.p.text[int(t.start):int(t.end)]) {
		return false // "MaransFlagShareLikeReplyMari": a page's buttons run together, no name
	}
	if t.has(wCalendar) && !pc.calendarName(i) {
		return false
	}
	if !t.sentStart && t.info != nil && (titleCaseCue(pc.toks, i) && !pc.has(i+1, wOrg) || t.has(wFunction|wAdverb|wPassive) && i+1 < len(pc.toks) && titleCaseCue(pc.toks, i+1) && headlineAux[t.low]) {
		return false // "Trump Says He Will Win", "Things Trump Has Said": a headline's verb (but "Crescent Claims Services" is a firm)
	}
	if i >= 2 && !t.sentStart && pc.headlineVerbAfterName(i) {
		return false // "Ben Carson Defends Himself", "Bernie Sanders Could Backfire": a headline's verb
	}
	if i >= 1 && !t.sentStart && pc.headlineVerbBetweenSurnames(i) {
		return false // "Brennaman Hammers Marchetti on Jobs": a headline's verb between two surnames
	}
	if t.sentStart && !t.has(wTitle) && !t.midCap {
		// a capitalised first word is a name only if the article
		// capitalises it elsewhere or another name word follows
		n := i + 1
		if pc.participleBeforePeople(i) {
			return false // "Striking Aéro-Laval workers picket …": what the workers are doing
		}
		if n < len(pc.toks) && pc.toks[n].kind == tQuote {
			n++ // a nickname: Eldon “Buck” Pryor
		}
		if n < len(pc.toks) && pc.toks[n].kind == tWord && (pc.toks[n].cap || pc.namePrefixed(n)) && (!pc.toks[n].has(wFunction) || pc.toks[n].low == "one" && pc.functionSurname(n)) &&
			(!pc.toks[n].has(wCalendar) || pc.calendarName(n)) {
			return true // but not "Following Wednesday's leak": a day is no surname
		}
		if pc.particleRun(n) > n || pc.compoundSurname(n) {
			return true // Joost de Graaf, Joe Not Afraid
		}
		if n < len(pc.toks) && pc.toks[n].low == "a" && pc.toks[n].cap && pc.functionSurname(n) {
			return true // "Officer A told the jury"
		}
		if pc.numberAfterRole(n) {
			return true // "Guard 1 testified that …"
		}
		if pc.word(n) == "and" && pc.professionsOfPlace(n) {
			return true // "Engineers and Geoscientists British Columbia said"
		}
		if t.has(wOrg) && (pc.word(n) == "of" || pc.word(n) == "for") && n+1 < len(pc.toks) && pc.toks[n+1].cap && pc.toks[n+1].kind == tWord {
			return true // "Bank of Canada said", "Institute for Fiscal Studies": a body's name opens the sentence
		}
		if pc.initialAt(n) {
			return true // Jill A. Marsh
		}
		if pc.openingInitial(i) {
			return true // "C. Boyden Gray ticked through …"
		}
		if len(pc.an.reg.byLast[t.low]) > 0 && !pc.an.lowercaseNearby(t.low, pc.p.num) {
			return true // "Sanders, who had said …": a surname the article has named
		}
		if pc.givenNameOfSomeone(t.low) && !pc.an.lowercaseNearby(t.low, pc.p.num) {
			return true // "Bohdan watched from the back": a feature's first name for Bohdan Kowalchuk
		}
		if !t.listed() && pc.word(n) == "," && asideOpeners[pc.word(n+1)] && !strings.HasSuffix(t.low, "ly") && !pc.an.lowercaseNearby(t.low, pc.p.num) {
			return true // "Halvorsen, asked about the claim on Sunday, said": a surname, then an aside about its bearer
		}
		if !t.listed() && pc.word(n) == "," && (pc.word(n+1) == "a" || pc.word(n+1) == "an") && !strings.HasSuffix(t.low, "ly") && !pc.an.lowercaseNearby(t.low, pc.p.num) {
			return true // "Braelyn, a Grade 12 student whose mother asked …, said": a first name alone, then who she is
		}
		// "Burton said": a lone word that speaks is a name, but a plural
		// ("Pharmacists said") is not
		c := i + 1
		if c+1 < len(pc.toks) && pc.toks[c].kind == tWord && !pc.toks[c].cap && pc.has(c, wAdverb) {
			c++ // "Burton also said"
		}
		if l, n := pc.cueAt(c); l != "" && (!strings.HasSuffix(t.low, "s") || pc.doubleBarrelled(i)) && !pc.an.lowercaseNearby(t.low, pc.p.num) && !pc.has(c+n, wClauseVerb) && !openingWords[t.low] {
			return true // but "Harsh comments are …": the cue word is a noun there; "Having announced …" opens a clause (and "Ortega-Banks said" is a surname)
		}
		if pc.word(n) == "(" && n+1 < len(pc.toks) && pc.partyTag(n+1) {
			return true // "Ortega-Banks (D-Calif.), for his part, said": a member and the party's tag
		}
		return pc.acronym(i) // "CNN noted", "FBI agents"
	}
	return true
}

// doubleBarrelled reports a word of two capitalised parts joined by a
// hyphen: "Ortega-Banks", a surname whatever its last letter.
func (pc *pctx) doubleBarrelled(i int) bool {
	t := pc.toks[i]
	if !t.hyphen {
		return false
	}
	w := pc.p.text[int(t.start):int(t.end)]
	h := strings.IndexByte(w, '-')
	return h > 0 && h+1 < len(w) && w[h+1] >= 'A' && w[h+1] <= 'Z'
}

// asideOpeners open an aside about the person just named: "Halvorsen,
// asked about …,", "Odom, who …,".
var asideOpeners = setOf(`asked speaking responding reached contacted interviewed who whose`)

// givenNameOfSomeone reports w as the given name of a person the article
// has named in full.
func (pc *pctx) givenNameOfSomeone(w string) bool {
	for _, e := range pc.an.reg.byGiven[w] {
		if !e.org && !e.group && len(e.words) > 1 {
			return true
		}
	}
	return false
}

// acronym reports a word of two or more capitals where the words around it
// are not in capitals too (as a shouted headline's are).
func (pc *pctx) acronym(i int) bool {
	t := pc.toks[i]
	text := pc.p.text[int(t.start):int(t.end)]
	if len(text) < 2 || !isUpperWord(text) {
		return false
	}
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(pc.toks) && pc.toks[k].kind == tWord && isUpperWord(pc.p.text[int(pc.toks[k].start):int(pc.toks[k].end)]) {
			return false
		}
	}
	return true
}

// initialAt reports an initial at k that is also a word ("A.", "I.")
// between a given name and a surname: Jill A. Marsh.
func (pc *pctx) initialAt(k int) bool {
	if k+2 >= len(pc.toks) || k < 1 {
		return false
	}
	t := pc.toks[k]
	return t.kind == tWord && t.cap && len(t.low) == 1 && pc.word(k+1) == "." && !pc.toks[k+2].sentStart &&
		isGivenName(pc.toks[k-1].low) && pc.isNameWord(k+2) // the table lookups last: this runs for every word of a name
}

// placeThenTitle reports a run that is a place and a title and no name,
// after a lower-case word or a determiner: "the former Saskatchewan MP",
// "the Quebec Premier". Such a description is read as a role, which points
// back to the person who holds it.
func (pc *pctx) placeThenTitle(low []string, i, j int) bool {
	if len(low) < 2 || i == 0 {
		return false
	}
	last := strings.TrimSuffix(low[len(low)-1], ".")
	if !wordHas(last, wTitle) || last == "general" || last == "justice" || !wordIs(low[0], mPlaceName) {
		return false
	}
	if pc.word(j) == "." {
		j++
	}
	if w := pc.word(j); w == "and" || w == "&" || j < len(pc.toks) && pc.toks[j].cap {
		return false // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
	}
	for _, w := range low[1 : len(low)-1] {
		if !wordHas(strings.TrimSuffix(w, "."), wTitle) && !wordIs(w, mPlaceName) {
			return false
		}
	}
	p := pc.toks[i-1]
	return p.kind == tWord && !p.cap && (p.has(wDeterminer) || describingWords[p.low] || strings.HasSuffix(p.low, "-old"))
}

// describingWords stand before a description of someone's office: "the
// former Saskatchewan MP", "the longtime Texas Senator".
var describingWords = setOf(`former longtime veteran retired outgoing incoming sitting then current onetime one-time`)

// jobBeforeName reports a name of two words or more right after a
// lower-case job or role word: "first-time politician Colt Haverstock".
func (pc *pctx) jobBeforeName(m mention, i int) bool {
	return len(m.low) > 1 && len(m.title) == 0 && i > 0 && pc.toks[i-1].kind == tWord && !pc.toks[i-1].cap && !pc.toks[i-1].poss &&
		(pc.has(i-1, wRole) || isJobWord(pc.word(i-1)))
}

// openingInitial reports an initial opening a sentence before two more
// words of a name: "C. Boyden Gray", not a list's "B. Congress".
func (pc *pctx) openingInitial(i int) bool {
	if i+3 >= len(pc.toks) || len(pc.toks[i].low) != 1 || pc.word(i+1) != "." {
		return false
	}
	for _, k := range []int{i + 2, i + 3} {
		if t := pc.toks[k]; t.kind != tWord || !t.cap || t.has(wFunction) {
			return false
		}
	}
	return true
}

// calendarName reports a month or day word that is a name here: after
// an honorific ("Mr. Prince", "Ms. May") or as a lone subject of a cue
// after a quotation ("“…,” Jun wrote").
func (pc *pctx) calendarName(i int) bool {
	h := i - 1
	if pc.word(h) == "." {
		h--
	}
	if h >= 0 && pc.has(h, wHonorific) {
		return true
	}
	if h >= 0 && h == i-1 && pc.toks[h].cap && isGivenName(pc.toks[h].low) && !pc.has(h, wCalendar) && !isDigitStart(pc.word(i+1)) {
		return true // "Theresa May", "Brian May": a given name before it (but not "April 3")
	}
	if n := i + 1; (monthShort[pc.toks[i].low] || monthGiven[pc.toks[i].low] && !pc.has(i-1, wPrep) && !timeBeforeMonth[pc.word(i-1)] && !pc.has(n, wFunction)) && n < len(pc.toks) && pc.toks[n].kind == tWord && pc.toks[n].cap &&
		!pc.has(n, wCalendar) && (pc.word(n+1) != "," || !pc.has(i-1, wPrep)) && !isDigitStart(pc.word(n+1)) {
		return true // "convenor Jun Macaraeg", "Jan Kowalski", "Jan Brewer, an early supporter,": a given name, no month before a date
	}
	if h >= 0 && h == i-1 && monthShort[pc.toks[i].low] && pc.toks[h].kind == tWord && pc.toks[h].cap && !pc.has(h, wCalendar) &&
		!isDigitStart(pc.word(i+1)) && pc.word(i+1) != "." {
		return true // "columnist Ai Jun wrote": a surname after a capitalised name, no month before a date
	}
	l, _ := pc.cueAt(i + 1)
	return l != "" && i > 0 && pc.toks[i-1].kind == tQuote
}

// monthShort are months' short forms that are also given names.
var monthShort = setOf(`jan jun`)

// monthGiven are months that are given names too: "June Pettibone said",
// "April Ryan asked", but "in June Congress …" is a month.
var monthGiven = setOf(`april june august`)

var timeBeforeMonth = setOf(`last next this early late mid`)

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true}

// hasNamePrefix reports names like al-Sayed, bin-Laden, el-Amin.
func hasNamePrefix(low, orig string) bool {
	i := strings.IndexByte(low, '-')
	if i <= 0 || i+1 >= len(orig) || !wordHas(low[:i], wParticle) {
		return false
	}
	r := []rune(orig[i+1:])
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// namePrefixed reports hasNamePrefix of word token k, or a French
// surname whose particle is elided (d’Entremont, l’Heureux). Only a word
// with a hyphen can have the first, and the token knows whether it has,
// so most words are not searched for one.
func (pc *pctx) namePrefixed(k int) bool {
	t := &pc.toks[k]
	if t.hyphen {
		return hasNamePrefix(t.low, pc.p.text[int(t.start):int(t.end)])
	}
	if l := t.low; len(l) < 3 || l[0] != 'd' && l[0] != 'l' || l[1] != '\'' && l[1] != 0xE2 {
		return false // the cheap test first: every lower-case word asks
	}
	return elidedParticle(pc.p.text[int(t.start):int(t.end)])
}

// ordinalInName reports an ordinal after "the" that opens a capitalised
// name: "the 9th U.S. Circuit Court of Appeals", "the 82nd Airborne
// Division".
func (pc *pctx) ordinalInName(i int) bool {
	l := pc.toks[i].low
	if len(l) < 3 || l[0] < '1' || l[0] > '9' || i == 0 || i+1 >= len(pc.toks) || !pc.toks[i+1].cap || pc.toks[i+1].kind != tWord || pc.word(i-1) != "the" {
		return false
	}
	n := strings.TrimLeft(l, "0123456789")
	return len(n) < len(l) && (n == "st" || n == "nd" || n == "rd" || n == "th")
}

// mayBePrefixed is namePrefixed's test that costs nothing: a hyphen, or an
// apostrophe after the first letter.
func mayBePrefixed(t *token) bool {
	return t.hyphen || len(t.low) > 2 && (t.low[1] == '\'' || t.low[1] == 0xE2)
}

// elidedParticle reports a word of d’ or l’ and a capital: d’Entremont.
func elidedParticle(w string) bool {
	if len(w) < 3 || w[0] != 'd' && w[0] != 'l' {
		return false
	}
	rest := w[1:]
	switch {
	case rest[0] == '\'':
		rest = rest[1:]
	case strings.HasPrefix(rest, "’"):
		rest = rest[len("’"):]
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// particleRun returns the end of a run of name particles at i (van den, de
// la) when a name word follows it, else i.
func (pc *pctx) particleRun(i int) int {
	if uint(i) >= uint(len(pc.toks)) || !pc.toks[i].has(wParticle) {
		return i // the cheap test first: runEnd asks this of every token
	}
	return pc.particlesFrom(i)
}

// particlesFrom is particleRun for a particle at i.
func (pc *pctx) particlesFrom(i int) int {
	j := i
	for j < len(pc.toks) && j < i+3 && pc.toks[j].has(wParticle) {
		j++
	}
	if j > i && pc.isNameWord(j) {
		return j
	}
	return i
}

// causeRun reports a "for" in the run [i, j): a body named for its cause
// ("Centre for Ethics"), which an "in" may go on (but "Court of Appeals in
// Richmond" is the court and its seat).
func (pc *pctx) causeRun(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if pc.toks[k].low == "for" {
			return true
		}
	}
	return false
}

// runEnd returns the end of the name run starting at i (i itself if none).
// The name rules ask it of the same tokens again and again; inside a
// sentence the answer depends on the paragraph's tokens alone and is kept
// (a sentence's first word also asks the names registered so far).
func (pc *pctx) runEnd(i int) int {
	if uint(i) >= uint(len(pc.runEnds)) || pc.toks[i].sentStart {
		return pc.runEndOf(i)
	}
	if r := pc.runEnds[i]; r > 0 {
		return int(r) - 1
	}
	r := pc.runEndOf(i)
	pc.runEnds[i] = int32(r) + 1
	return r
}

// runEndOf is runEnd worked out.
func (pc *pctx) runEndOf(i int) int {
	if k := pc.knownBodyEnd(i); k > i {
		for k < len(pc.toks) && pc.isNameWord(k) && !pc.toks[k].sentStart && !pc.toks[k-1].poss {
			k++ // "Friends of the Earth Canada": a national branch
		}
		return k // "Doctors Without Borders", "Save the Children": a known body's name holds small words
	}
	if p := pc.particleRun(i); p > i && (i == 0 || !pc.isNameWord(i-1)) {
		if r := pc.runEnd(p); r != p+1 || !wordIs(pc.word(p), mPlaceName) {
			return r // "van der Zee said", "bin Salem added"
		}
		return i // "… regroupés de Montréal": a French name's place, no one called de Montréal
	}
	if i+1 < len(pc.toks) && (pc.toks[i+1].kind == tPunct || pc.toks[i+1].low == "and" || pc.portfolioAt(i+1)) {
		if k := pc.portfolioListEnd(i); k > i {
			return k // "Immigration, Refugees and Citizenship Canada", "Fisheries and Oceans Canada", "Crown-Indigenous Relations and Northern Affairs Canada"
		}
	}
	if k := pc.causeBodyEnd(i); k > i {
		return k // "Americans for Prosperity", "Transport for Wales": one body, not Prosperity or Wales
	}
	if !pc.isNameWord(i) {
		return i
	}
	j := i + 1
	org := pc.toks[i].has(wOrg)
	for j < len(pc.toks) {
		t := pc.toks[j]
		prev := pc.toks[j-1]
		switch {
		case prev.low == "today" && j == i+2 && pc.word(i) == "usa":
			return j // "USA TODAY": the paper's whole name, and a list's next line may follow it
		case prev.poss && (!org || isGivenName(t.low) && !pc.orgHeadWithin(j, 3)) && !t.has(wOrg) && !((strings.HasSuffix(prev.low, "s") || pc.saintBefore(j-1)) && pc.orgHeadWithin(j, 3)) && !(prev.is(mPluralPossessive) && prev.cap && t.cap):
			return j // Keogh's attorney, "University’s Jonathan Malloy": the name ended at the possessive (but "Rotorua Boys’ High School" goes on)
		case pc.isNameWord(j) && !(t.sentStart):
			if t.low == "flight" && j > i && isDigitStart(pc.word(j+1)) {
				return j // "Trillium Airways Flight 418": the airline, then its flight
			}
			org = org || t.has(wOrg)
			j++
		case j == i+1 && pc.numberAfterRole(j):
			j++ // "Guard 1"
		case t.kind == tPunct && t.low == "." && prev.kind == tWord && endsAbbreviation(prev) && pc.isNameWord(j+1):
			j++
		case pc.initialAt(j):
			j += 2 // Jill A. Marsh: an initial that is also a word
		case t.kind == tWord && t.has(wParticle) && pc.particleRun(j) > j:
			j = pc.particleRun(j)
		case t.kind == tWord && (t.low == "of" || t.low == "&" || t.low == "for") && org && pc.isNameWord(j+1) && !pc.titledPersonIn(i, j):
			j++
		case t.kind == tWord && t.low == "against" && t.cap && prev.has(wOrgHead) && prev.cap && pc.isNameWord(j+1) && pc.toks[j+1].cap:
			org = true
			j++ // "Independent Commission Against Corruption": what the body is against, part of its name
		case t.kind == tWord && t.low == "on" && prev.cap && onHeads[prev.low] && pc.isNameWord(j+1) && !pc.has(j+1, wCalendar|wTime) && !pc.toks[j+1].sentStart &&
			!isAllCaps(pc.p.text[int(pc.toks[j+1].start):int(pc.toks[j+1].end)]): // (not "the Task Force on CENTCOM …": another body's initials, which name that body)
			org = true
			j++ // "the Commission on Presidential Debates", "the Select Committee on Benghazi": the body's concern, part of its name
		case t.kind == tWord && t.low == "to" && !t.cap && prev.cap && prev.has(wOrgHead) && pc.isNameWord(j+1) && !pc.toks[j+1].sentStart && !pc.toks[j+1].is(mPlaceName) && pc.isNameWord(j+2):
			org = true
			j++ // "the Committee to Protect Journalists": what the body is for, part of its name
		case t.kind == tWord && t.low == "into" && prev.cap && (prev.low == "inquiry" || prev.low == "investigation") && pc.isNameWord(j+1) && !pc.toks[j+1].sentStart:
			org = true
			j++ // "the National Inquiry into Missing and Murdered Indigenous Women and Girls": its subject, part of its name
		case t.kind == tWord && t.low == "of" && !org && j == i+1 && (i == 0 || pc.toks[i-1].kind != tWord || !pc.toks[i-1].cap && !pc.toks[i-1].has(wParticle)) && prev.cap && !prev.has(wRole|wTitle) && !isGivenName(prev.low) && len(pc.an.reg.byLast[prev.low]) == 0 && pc.capsEndInOrgHead(j+1):
			org = true
			j++ // "the Miscarriage of Justice Review Commission": one body, not "Miscarriage" and a commission
		case t.kind == tWord && t.low == "of" && prev.low == "division" && prev.cap && j > i+1 && pc.isNameWord(j+1) && pc.toks[j+1].cap:
			org = true
			j++ // "Columbus Division of Police": a body's division of its work, not a unit called "J Division"
		case t.kind == tWord && t.low == "of" && prev.low == "chambers" && prev.cap && pc.word(j+1) == "commerce" && pc.toks[j+1].cap:
			org = true
			j++ // "British Chambers of Commerce": chambers, not a Mr. Chambers
		case t.kind == tWord && t.low == "of" && prev.low == "hall" && pc.word(j+1) == "fame" && pc.toks[j+1].cap:
			org = true
			j++ // "Hockey Hall of Fame"
		case t.kind == tWord && (t.low == "for" || t.low == "against") && prev.cap && pluralOfPeople(prev.low) && pc.isNameWord(j+1) && pc.toks[j+1].cap && pc.causeAfter(j+1):
			org = true
			j++ // "Peel Families for Safe Roads", "Mothers Against Drunk Driving": a group's name
		case t.low == "of" && (j == i+1 || j == i+2 && (levelWords[pc.toks[i].low] || pc.toks[i].low == "rural")) && localGovernments[prev.low] && pc.isNameWord(j+1):
			org = true
			j++ // "Town of Beaverhill", "City of Edmonton", "Regional District of Kootenay Boundary", "Rural Municipality of Corman Park"
		case t.kind == tWord && (t.low == "of" || t.low == "for") && org && pc.word(j+1) == "the" && (isDigitStart(pc.word(j+2)) || circuitOrdinals[pc.word(j+2)] && pc.toks[j+2].cap) && pc.isNameWord(j+3):
			j += 3 // "Court of Appeals for the 6th Circuit", "… for the Fifth Circuit"
		case t.kind == tWord && t.low == "for" && org && prev.has(wOrgHead) && (pc.word(j+1) == "the" || pc.word(j+1) == "a" || pc.word(j+1) == "an") && pc.isNameWord(j+2) && !pc.toks[j+2].sentStart && pc.toks[j+2].cap:
			j += 2 // "the U.S. District Court for the Western District of Wisconsin": one court; "Coalition for a Balanced Budget": one body
		case t.kind == tWord && t.low == "of" && j == i+1 && pc.toks[i].low == "office" && pc.word(j+1) == "the" && pc.isNameWord(j+2) && !pc.toks[j+2].sentStart:
			j += 2 // "Office of the Parliamentary Budget Officer"
		case t.kind == tWord && t.low == "of" && (prev.low == "ministry" || prev.low == "department") && prev.cap && pc.word(j+1) == "the" && pc.isNameWord(j+2) && pc.toks[j+2].is(mPortfolio):
			org = true
			j += 2 // "Ministry of the Environment, Conservation and Parks"
		case t.kind == tWord && t.low == "of" && org && prev.cap && prev.has(wOrgHead) && pc.word(j+1) == "the" && pc.isNameWord(j+2) && !pc.toks[j+2].sentStart:
			j += 2 // "Professional Institute of the Public Service of Canada"
		case t.kind == tWord && t.low == "and" && pc.isNameWord(j+1) && pc.andJoinsOrg(i, j, org):
			j++ // Ministry of Health and Social Care, Dock and Harbour Workers' Union
		case t.low == "&" && pc.isNameWord(j+1):
			j++
		case prev.low == "nhs" && (t.low == "trust" || t.low == "foundation" && pc.word(j+1) == "trust") && j > i+1:
			if t.low == "foundation" {
				j++
			}
			return j + 1 // "Northgate University Hospitals NHS trust", "… NHS foundation trust": the trust's whole name, as some papers write it
		case t.kind == tWord && t.low == "in" && org && prev.cap && pc.isNameWord(j+1) && !pc.toks[j+1].sentStart && pc.toks[j+1].cap && pc.causeRun(i, j) &&
			!wordIs(pc.toks[j+1].low, mPlaceName) && !isPlaceEntityWord(pc.toks[j+1].low) && !isState([]string{pc.toks[j+1].low}) && !isProvince(pc.toks[j+1].low):
			j++ // "Canadian Centre for Ethics in Sport": its cause's field, part of its name (not "the Ministry of Health in Ontario")
		case t.low == "o" && (pc.toks[i].low == "te" || i > 0 && pc.toks[i-1].low == "te" || pc.toks[i].low == "ngāti" || pc.toks[i].low == "ngati") && pc.isNameWord(j+1) && !pc.toks[j+1].sentStart:
			j++ // "Te Rūnanga o Ngāi Tahu": a Māori body's "o" (of), part of its name
		case (t.low == "—" || t.low == "–") && t.start == prev.end && j+1 < len(pc.toks) && pc.toks[j+1].start == t.end && prev.cap && pc.isNameWord(j+1):
			j++ // "Kent—Miramichi Bay": a riding named for two places, no dash between clauses
		case t.low == "," && org && pc.toks[j-1].is(mPortfolio) && pc.portfolioTailEnd(i, j) > j:
			j = pc.portfolioTailEnd(i, j) // "Ministry of Children, Community and Social Services"
		case t.kind == tWord && org && isDigitStart(t.low) && !quantityWords[pc.word(j+1)] && !timeUnits[pc.word(j+1)] && !prev.poss:
			j++ // Local 318, but not "fined Brightwell Energy 14 million" or "the Supreme Court of Canada 25 years ago"
		case t.kind == tQuote && pc.isNickname(j):
			j++
		default:
			return j
		}
	}
	return j
}

// datelineEnd is the first token after a dateline in capitals ("MEXICO
// CITY —"), 0 without one: the place says where the story was filed, and
// "Mexico’s economy secretary" after it is no role of Mexico City's.
func (pc *pctx) datelineEnd() int {
	if len(pc.toks) < 3 || !pc.toks[0].cap || !isUpperWord(pc.p.text[pc.toks[0].start:pc.toks[0].end]) {
		return 0
	}
	return pc.skipDateline(0, len(pc.toks))
}

// pollsterBefore registers the firm a poll is named for, the name at
// [i, j) right before "poll" or "survey" ("A Sondages Boréal poll", "a
// new Leger survey"), as a company "the firm" and "the pollster" mean;
// nil for an outlet's poll ("a CNN/ORC poll") or any other shape.
func (pc *pctx) pollsterBefore(i, j int) *entity {
	if w := pc.word(j); w != "poll" && w != "survey" || j == i || i == 0 || !pc.has(i-1, wDeterminer) && !pc.has(i-2, wDeterminer) {
		return nil
	}
	low := pc.lowRun(i, j)
	if isOutletName(low) || isState(low) || isOrgName(low) || slices.ContainsFunc(pc.toks[i:j], func(t token) bool { return t.poss || t.kind != tWord }) {
		return nil
	}
	e := pc.an.reg.body(pc.phraseText(i, j))
	e.company = true
	e.addHead("pollster")
	e.addHead("firm")
	return e
}

// portfolioAndEnd is where a department's name that goes on past "and"
// ends, the run [i, j) being "Department of Education" before "and Early
// Childhood Development"; j when the words after "and" name a body of
// their own ("and Statistics Canada") or a person.
func (pc *pctx) portfolioAndEnd(i, j int) int {
	if w := pc.toks[i].low; w != "department" && w != "ministry" && w != "minister" && w != "committee" && w != "office" || pc.word(i+1) != "of" && pc.word(i+1) != "for" {
		return j
	}
	if pc.word(j) != "and" || !pc.isNameWord(j+1) || isGivenName(pc.word(j+1)) {
		return j
	}
	k := pc.runEnd(j + 1)
	if k <= j+1 || isOrgName(pc.lowRun(j+1, k)) || pc.an.reg.byKey[strings.Join(pc.lowRun(j+1, k), " ")] != nil {
		return j
	}
	return k
}

// frenchNameEnd is the end of a body's name in French opening at i: a
// capitalised head ("Fédération", "Commissaire") and the words of the
// name after it, lower-case words and French small words among them, up
// to punctuation or an English word; i when no French small word follows
// the head closely or the name is one word long.
func (pc *pctx) frenchNameEnd(i int) int {
	if i+2 >= len(pc.toks) || !pc.toks[i].cap || pc.toks[i+1].kind != tWord {
		return i
	}
	if acr := pc.p.text[int(pc.toks[i].start):int(pc.toks[i].end)]; len(acr) >= 3 && isAllCaps(acr) && (pc.toks[i+1].low == "de" || pc.toks[i+1].low == "du" || pc.toks[i+1].low == "des") && pc.toks[i+2].cap && pc.toks[i+2].kind == tWord {
		return pc.runEnd(i + 2) // "CISSS des Laurentides", "CIUSSS du Centre-Sud": a French body's acronym and its region
	}
	if (pc.toks[i].low == "québec" || pc.toks[i].low == "quebec") && pc.toks[i+1].low == "solidaire" {
		return i + 2 // the party, its second word in lower case
	}
	if !pc.toks[i].is(mFrenchBodyHead) && pc.toks[i].low != "commissaire" {
		return i
	}
	k, french := i+1, false
	for ; k < len(pc.toks) && k < i+24 && (pc.toks[k].kind == tWord || french && pc.frenchListComma(k)); k++ { // (a list of portfolios runs long: "Ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs")
		if pc.toks[k].kind != tWord {
			continue // "Ministère de l’Immigration, de la Francisation et de l’Intégration": the portfolio's comma
		}
		t := pc.toks[k]
		switch w := t.low; {
		case frenchSmallWords[w] || strings.HasPrefix(w, "l’") || strings.HasPrefix(w, "d’") || strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "d'"):
			french = french || k <= i+3
		case t.cap:
			french = french || k == i+1 && strings.ContainsAny(w, "éèêàâçôîûù") // "Coalition Rivières libres": a French word after the head
		case t.has(wFunction|wPrep|wDeterminer|wAdverb) || pc.isCue(k) || verbLike(t) || t.has(wRole) && pc.isNameWord(k+1):
			return pc.frenchTrim(i, k, french) // "… de Montréal president Yannick Desrosiers": its president's title ends it
		}
	}
	return pc.frenchTrim(i, k, french)
}

// frenchListComma reports a comma at k inside a French body's list of
// portfolios: ", de la Francisation".
func (pc *pctx) frenchListComma(k int) bool {
	return pc.word(k) == "," && k+2 < len(pc.toks) && (pc.word(k+1) == "de" || pc.word(k+1) == "du" || pc.word(k+1) == "des") && pc.toks[k+2].kind == tWord
}

// frenchTrim ends a French name at k without the small words it ends on.
func (pc *pctx) frenchTrim(i, k int, french bool) int {
	for k > i+1 && frenchSmallWords[pc.toks[k-1].low] {
		k--
	}
	if !french || k <= i+2 {
		return i
	}
	return k
}

// nationalAdjective reports a people's adjective by its ending: "African",
// "Haitian", "Chinese", "Polish" (not "Power" nor "Mercer").
func nationalAdjective(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")) && isDemonym(w)
}

// onHeads are bodies whose names go on with "on" and their concern.
var onHeads = setOf(`commission committee subcommittee council force caucus center centre institute panel board conference`)

var frenchSmallWords = setOf(`de du des la le les à au aux et en sur pour`)

// frenchBodyEndingAt is the body whose French name ends at token j
// ("the Société de transport de Montréal said", "the Fédération
// interprofessionnelle de la santé du Québec (FIQ) said"), or nil.
func (pc *pctx) frenchBodyEndingAt(j, s int) *entity {
	best := pc.frenchBodyStart(j, s)
	if best < 0 {
		return nil
	}
	return pc.an.reg.body(pc.phraseText(best, j+1))
}

// frenchBodyStart is where the French body's name ending at j starts, the
// longest ("Coalition des directions de CPE du Québec", not "CPE du
// Québec"), or -1.
func (pc *pctx) frenchBodyStart(j, s int) int {
	t := pc.toks[j]
	if t.kind != tWord || j < s+2 || t.cap && !frenchSmallWords[pc.word(j-1)] {
		return -1 // the cheap test first: most names end in a capital after no French word
	}
	best := -1
	for h := j - 2; h >= s && h > j-22; h-- {
		if pc.toks[h].cap && pc.frenchNameEnd(h) == j+1 {
			best = h
		}
	}
	return best
}

// partyWordsAt counts the words naming a party that open low.
func partyWordsAt(low []string) int {
	k := 0
	for k < len(low)-1 && (wordIs(low[k], mPartyAdjective) || low[k] == "new" && k+2 < len(low) && low[k+1] == "democrat") {
		k++ // "New Democrat Josée Lavallée-Thompson": Canada's NDP
	}
	return k
}

var partyAdjectives = setOf(`progressive conservative liberal ndp green péquiste caquiste independent republican democrat labor labour tory`)

// saintBefore reports "St." just before the possessive name at k: "St.
// Michael’s Hospital", "St. Brendan’s Health Centre" are one body's name.
func (pc *pctx) saintBefore(k int) bool {
	return k >= 2 && pc.word(k-1) == "." && pc.word(k-2) == "st" || k >= 1 && pc.word(k-1) == "st."
}

// causeBodyEnd is the end of a body named by people and their cause, or by
// a service and its place, opening at i ("Americans for Prosperity",
// "Physicians for Human Rights", "Transport for London"); i when none is.
func (pc *pctx) causeBodyEnd(i int) int {
	if i < 0 || i+2 >= len(pc.toks) {
		return i
	}
	t := pc.toks[i]
	if t.kind != tWord || !t.cap || pc.toks[i+1].low != "for" && pc.toks[i+1].low != "against" && pc.toks[i+1].low != "of" {
		return i // the cheap test first
	}
	if pc.toks[i+1].low == "of" {
		n := i + 2
		if pc.toks[n].low == "the" {
			n++
		}
		if t.low == "friends" && n < len(pc.toks) && pc.toks[n].cap && pc.isNameWord(n) && !pc.toks[n].sentStart && !pc.has(n, wTitle) && !isTitleWord(pc.toks[n].low) && pc.causeAfter(n) {
			return pc.runEnd(n) // "The Friends of the Lorvan River": a group named for what it guards
		}
		if advocates[t.low] && pc.toks[i+2].cap && (isPlaceEntityWord(pc.toks[i+2].low) || isProvince(pc.toks[i+2].low) || isState([]string{pc.toks[i+2].low})) && !pc.toks[i+2].sentStart {
			return pc.runEnd(i + 2) // "Doctors of Saskatchewan", "Nurses of Ontario": a body named by its members and their place
		}
		return i
	}
	n := i + 2
	if (pc.toks[n].low == "a" || pc.toks[n].low == "an") && pc.toks[i+1].low == "for" && n+1 < len(pc.toks) && advocates[t.low] {
		n++ // "Citizens for a Safer Ontario"
	}
	if !pc.toks[n].cap || !pc.isNameWord(n) || pc.toks[n].sentStart {
		return i
	}
	if t.low == "transport" && pc.toks[i+1].low == "for" || (advocates[t.low] || strings.HasSuffix(t.low, "s") && isDemonym(strings.TrimSuffix(t.low, "s"))) && pc.causeOf(t.low, n) && !wordIs(pc.toks[n].low, mPlaceName) {
		return pc.runEnd(n)
	}
	if r := pc.runEnd(n); pc.toks[i+1].low == "for" && r-n >= 2 && pc.coinedName(i) && (pc.causeOf(t.low, n) || pc.an.reg.findOrg(pc.lowRun(i, r)) != nil) && !wordIs(pc.toks[n].low, mPlaceName) {
		return r // "Everytown for Gun Safety": a coined word and its cause
	}
	return i
}

// coinedName reports a capitalised word at i that stands alone before
// "for" and is no one's name, title, role or place: the coined first word
// of a campaign's name ("Everytown").
func (pc *pctx) coinedName(i int) bool {
	w := pc.toks[i].low
	return (i == 0 || !pc.isNameWord(i-1)) && !isGivenName(w) && !pc.has(i, wTitle|wRole|wOrgHead|wDeterminer|wFunction|wPrep|wIntro) && !isTitleWord(w) &&
		!wordIs(w, mPlaceName) && !isProvince(w) && (pc.an.reg.byKey[w] == nil || pc.an.reg.byKey[w].org) && len(pc.an.reg.byLast[w]) == 0 && !verbLike(pc.toks[i]) && !strings.HasSuffix(w, "ing")
}

// causeAfter reports a cause, not someone, at k after "for" or "against"
// in a group's name: "Peel Families for Safe Roads", but "Attorneys for
// Clinton" and "Executives for Mondelez" work for someone named.
// advocates name a group by who its members are, before its cause:
// "Physicians for Human Rights" (but "Executives for Mondelez" work for it).
var advocates = setOf(`citizens families mothers fathers parents physicians doctors nurses veterans students taxpayers
voters women men scientists lawyers christians conservatives liberals democrats republicans patriots residents workers
grandparents teachers clergy`)

// causeOf is causeAfter, or a cause at k that names the body already
// known by people and that cause ("Prosperity" once "Americans for
// Prosperity" is known).
func (pc *pctx) causeOf(people string, k int) bool {
	if pc.causeAfter(k) {
		return true
	}
	o := pc.an.reg.findOrg([]string{pc.toks[k].low})
	return o != nil && len(o.words) > 2 && o.words[0] == people && o.words[1] == "for"
}

func (pc *pctx) causeAfter(k int) bool {
	w := pc.toks[k].low
	return !isGivenName(w) && pc.an.reg.byKey[w] == nil && len(pc.an.reg.byLast[w]) == 0 && pc.an.reg.findOrg([]string{w}) == nil
}

// dashJoined reports a dash with no space either side among [i, j): a
// riding named for two places ("Kent—Miramichi Bay"), never a headline.
func (pc *pctx) dashJoined(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if t := pc.toks[k]; (t.low == "—" || t.low == "–") && t.start == pc.toks[k-1].end && pc.toks[k+1].start == t.end {
			return true
		}
	}
	return false
}

// portfolioListEnd is the end of a department named by a list of its
// portfolios and a country at i ("Immigration, Refugees and Citizenship
// Canada", "Fisheries and Oceans Canada"), or i.
func (pc *pctx) portfolioListEnd(i int) int {
	if n := pc.word(i + 1); n != "," && n != "and" && !pc.portfolioAt(i+1) || !pc.portfolioAt(i) {
		return i // the cheap tests first: runEnd asks this of every capital
	}
	k, and := i+1, false
	for k < len(pc.toks) && k < i+12 {
		switch w := pc.toks[k]; {
		case w.low == "," && !and || w.low == "and" && !and:
			and = and || w.low == "and"
		case pc.portfolioAt(k):
		case and && w.cap && nationalBodyEnds[w.low] && pc.word(k-1) != "and":
			return k + 1
		default:
			return i
		}
		k++
	}
	return i
}

// portfolioAt reports a capitalised portfolio word at k, or one joined by
// a hyphen to another ("Crown-Indigenous Relations").
func (pc *pctx) portfolioAt(k int) bool {
	if k >= len(pc.toks) || !pc.toks[k].cap {
		return false
	}
	t := &pc.toks[k]
	if t.is(mPortfolio) || t.low == "northern" && pc.is(k+1, mPortfolio) {
		return true // "Northern Affairs", not "Northern Ireland"
	}
	if !t.hyphen {
		return false // a word token's hyphen flag is set for every hyphen in it
	}
	h := strings.LastIndexByte(t.low, '-')
	return h > 0 && wordIs(t.low[h+1:], mPortfolio) && t.kind == tWord
}

// portfolioTailEnd is the end of the list of portfolios a body's name goes
// on with at the comma c ("Ministry of Children, Community and Social
// Services"), or c: the name from i must name them "of" or "for", and the
// list ends with "and" and its last portfolio.
func (pc *pctx) portfolioTailEnd(i, c int) int {
	if !slices.ContainsFunc(pc.toks[i:c], func(t token) bool { return t.low == "of" || t.low == "for" }) {
		return c
	}
	k := c
	for k < len(pc.toks) && k < c+12 {
		sep := pc.word(k)
		if sep != "," && sep != "and" {
			return c
		}
		from := k + 1
		if pc.word(from) == "the" && !pc.toks[from].cap {
			from++ // "Climate Change, Energy, the Environment and Water": one department
		}
		n := from
		for n < len(pc.toks) && n < from+3 && pc.toks[n].cap && pc.toks[n].is(mPortfolio) {
			n++
		}
		if n == from {
			return c
		}
		if sep == "and" {
			return n
		}
		k = n
	}
	return c
}

// orgHeadWithin reports capitalised words from j, at most n, the last of
// them a body's word: "High School" after "Rotorua Boys’".
func (pc *pctx) orgHeadWithin(j, n int) bool {
	for k := j; k < len(pc.toks) && k < j+n && pc.toks[k].kind == tWord && pc.toks[k].cap; k++ {
		if pc.toks[k].has(wOrg) {
			return !pc.toks[k].poss
		}
	}
	return false
}

// knownBodyEnd is the end of a known body's name of several words that
// opens at token i, small words and all, or i.
func (pc *pctx) knownBodyEnd(i int) int {
	if i < 0 || i >= len(pc.toks) {
		return i
	}
	t := &pc.toks[i]
	if t.kind != tWord || !t.cap || t.low == "" || !bodyFirstBytes[t.low[0]] {
		return i // the cheap tests first: runEnd asks this of every capital
	}
	if !t.is(mBodyFirst) {
		return i // no known body's name opens with the word
	}
	for _, name := range bodiesByFirst[t.low] {
		k := i
		for _, w := range name {
			if k >= len(pc.toks) || pc.toks[k].kind != tWord || pc.toks[k].low != w {
				break
			}
			k++
		}
		if k-i == len(name) {
			return k
		}
	}
	return i
}

// bodiesByFirst holds the known bodies whose names hold small words
// ("Doctors Without Borders"), by their first word.
var bodiesByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for name := range knownBodies {
		words := strings.Fields(name)
		small := false
		for _, w := range words[min(1, len(words)):] {
			small = small || wordHas(w, wFunction|wPrep|wDeterminer)
		}
		if len(words) > 1 && small {
			m[words[0]] = append(m[words[0]], words)
		}
	}
	return m
}()

// bodyFirstWords are the first words of the known bodies' names of
// several words, bodiesByFirst's keys among them (that table asks the
// lexicon, which marks these).
func bodyFirstWords() map[string]bool {
	m := map[string]bool{}
	for name := range knownBodies {
		if words := strings.Fields(name); len(words) > 1 {
			m[words[0]] = true
		}
	}
	return m
}

// bodyFirstBytes are the first letters of bodiesByFirst's keys.
var bodyFirstBytes = func() (b [256]bool) {
	for w := range bodiesByFirst {
		b[w[0]] = true
	}
	return b
}()

// postNominals follow a name without being part of it.
var postNominals = map[string]bool{"kc": true, "qc": true, "sc": true, "bl": true, "jp": true, "mp": true, "mep": true, "msp": true, "td": true, "mla": true, "mpp": true, "mna": true, "mpa": true, "mlc": true, "mha": true, "mhk": true,
	"obe": true, "cbe": true, "mbe": true, "dbe": true, "kbe": true, "frs": true}

// isInitials reports an initial or a run of them: "c.", "k.n.", "n".
func isInitials(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for i, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 || i > 3 {
			return false
		}
	}
	return true
}

// surnameFirst open a name written surname first, as Chinese,
// Vietnamese and Korean names are and Singapore, Malaysia and Hong Kong
// papers write them: "Chong Mei Ling" is Ms Chong, "Tran Minh Chau" Ms
// Tran, not a title before the given name Mei or Minh.
var surnameFirst = setOf(`tan lim lee ng ong wong goh chua chan koh teo ang yeo tay ho low toh sim chong
nguyen tran le pham hoang huynh phan vu vo dang bui ngo duong trinh dinh truong
kim park choi jung jeong cho yoon jang shin kwon hwang ahn moon ban
chia foo leong lau yap chin loh liew lai tang chew chee wee quek heng seah soh kwek pang phua neo kang
zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo zheng liang xie song han
feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng su lu ding ren shen yao jin
cheung leung yeung tse lam kwok fung chow mak kwan tsang chu choi poon yip siu tong`)

// portfolioEnd is where the name starts in a run that opens with the
// words of a minister's portfolio ("Finance Koh Wei Ming", "Department of
// Health Mary Butler"), when those
// words are the usual ones of government and at least two words are left
// for the name; 0 when they are not.
func portfolioEnd(low []string) int {
	k := 0
	if len(low) > 3 && (low[0] == "department" || low[0] == "ministry") && (low[1] == "of" || low[1] == "for") && portfolioWords[low[2]] {
		k = 2 // "Department of Health Mary Butler", after "Minister of State at the"
	}
	for k < len(low) && (portfolioWords[low[k]] || k > 0 && (low[k] == "and" || low[k] == "&") && k+1 < len(low) && portfolioWords[low[k+1]]) {
		k++ // "Transport and Logistics Kwok Siu-fan"
	}
	if k == 0 || len(low)-k < 2 {
		return 0
	}
	return k
}

// seatPlaceEnd is where the name starts in a run that opens with the
// state or province a senator or member sits for, when two words are
// left for the name; 0 when it does not open so.
func seatPlaceEnd(low []string) int {
	for n := min(3, len(low)-2); n >= 1; n-- {
		if p := strings.Join(low[:n], " "); placeNames[p] || isProvince(p) || p == "victoria" || p == "act" {
			return n
		}
	}
	return 0
}

// circuitOrdinals number the federal appeals courts' circuits in words.
var circuitOrdinals = setOf(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh`)

// portfolioWords name what a minister is for: "Minister for Social and
// Family Development", "Secretary of State for Work and Pensions".
var portfolioWords = setOf(`state finance health housing transport education defence defense justice
trade industry environment heritage youth highways culture sport sports communications
development affairs family social home foreign labour labor manpower agriculture energy
employment pensions work treasury infrastructure planning local government tourism arts
science technology innovation research digital economy economic enterprise employment
immigration refugees citizenship security policing fisheries food rural water climate children equality
disability integration women welfare services public works national resources natural
mines mining petroleum oil gas power telecommunications information broadcasting media
railways roads road aviation shipping ports maritime logistics interior internal revenue customs
commerce investment cooperation regional urban lands land forestry wildlife
parks sustainability care older people community communities further higher skills
training relations intergovernmental indigenous aboriginal veterans procurement global oceans safety change
conservation forests addictions seniors wellness agri-food intelligence expenditure reform gaeltacht`)

// tradeNoun reports one of makers; most words end otherwise, and this runs
// for every name.
func tradeNoun(w string) bool {
	return (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ne")) && makers[w] || w == "firm"
}

// makers name a company's trade right before its name: "bus maker
// Jiangnan Motor", "Dutch lender ING"; so does "firm" ("engineering
// firm Kowalczyk Structural").
var makers = setOf(`maker carmaker automaker drugmaker chipmaker manufacturer retailer insurer lender airline
producer supplier builder brewer miner`)

// legislatorNext reports a capitalised appositive at k naming a seat:
// "X, Labour MP for Bolton South, said".
func (pc *pctx) legislatorNext(k int) bool {
	for q := k; q < k+4 && q < len(pc.toks) && pc.toks[q].kind == tWord && pc.toks[q].cap; q++ {
		if legislators[pc.toks[q].low] {
			return true
		}
	}
	return false
}

// legislators are post-nominal letters that name an office: "Rachael
// Foxley, Labour MP for Bolton South," is "the MP" later.
var legislators = setOf(`mp mep msp td mla mpp mna mpa mlc mha mhk`)

// quantityWords after a number make it an amount, not part of a name.
var quantityWords = map[string]bool{"million": true, "billion": true, "trillion": true, "thousand": true,
	"hundred": true, "percent": true, "per": true, "%": true, "pounds": true, "dollars": true, "euros": true}

// andJoinsOrg reports that "and" at j joins two halves of one
// organisation's name rather than two names: the run after it holds no title
// or known given name, and the name is an organisation's by then or by its
// end.
func (pc *pctx) andJoinsOrg(i, j int, org bool) bool {
	k := j + 1
	if pc.word(i) == "office" && pc.word(i+1) == "of" && pc.has(j-1, wTitle|wRole) && pc.has(k, wTitle|wRole) {
		return true // "the Office of the Comptroller and Auditor General": one office, for one officer of two titles
	}
	if (pc.toks[k].has(wTitle) || nameGender(pc.toks[k].low) != unknownGender) && !pc.unionAhead(k) {
		return false // but "Ferry and Marine Workers’ Union": Marine is no one's given name there, nor Justice a title in "Union of Safety and Justice Employees"
	}
	if pc.twoParties(i, j) {
		return false
	}
	if j-i == 1 && wordHas(pc.toks[i].low, wOutletWord) && wordHas(pc.toks[k].low, wOutletWord) && !pc.isNameWord(k+1) {
		return true // "the Globe and Mail reported", "the Post and Courier": one paper's name, two outlet words
	}
	if andTails[pc.toks[k].low] && j-i >= 2 && !isGivenName(pc.toks[i].low) && !pc.isNameWord(k+1) {
		return true // "Bluenose Sports and Entertainment", "Harbour Hotels and Resorts": one firm's trades
	}
	if pc.toks[j-1].has(wOrg) && (isAllCaps(pc.phraseText(k, k+1)) || isState([]string{pc.toks[k].low})) {
		return false // "the Ts’ilh Nadleh First Nation and BC Hydro", "the First Nation and Canada": two parties
	}
	if j-i >= 2 && pc.toks[j-1].has(wCompanySuffix) && pc.isNameWord(j-2) && pc.secondCompany(j+1) {
		return false // "Dominion Pacific Railway and Northern Continental Rail": a company's name ends before the "and"
	}
	if pc.portfolioTitleAfter(j+1) && !(j >= 2 && isGivenName(pc.toks[j-2].low) && pc.toks[j-2].cap) && !(pc.has(i, wTitle) && j-i >= 3 && !pc.toks[j-1].is(mPortfolio)) { // (and "Premier Elisapee Nuqingaq and Northern Affairs Minister X" are two)
		return true // "Mental Health and Addictions Minister Teresa Villanueva": one minister's portfolio (but "Gen. Evelyn Kostiuk and Defence Minister X" are two)
	}
	if pc.provincePortfolios(i, j) {
		return true // "Manitoba Environment and Climate Change": a province's department
	}
	if pc.professionsOfPlace(j) {
		return true
	}
	if pc.titledPersonIn(i, j) || j-2 >= i && pc.toks[j-2].cap && isGivenName(pc.toks[j-2].low) && !isPlaceEntityWord(pc.toks[j-2].low) {
		return false // "Senate Majority Leader Harlan Voss and Democratic leader …": a person, then another
	}
	if slices.ContainsFunc(pc.toks[i:j], func(t token) bool { return t.low == "into" }) {
		return true // "Inquiry into Missing and Murdered Indigenous Women and Girls": the subject of an inquiry's name
	}
	for k < len(pc.toks) && k < j+6 && pc.isNameWord(k) {
		if pc.toks[k].has(wOrg) || officeBodies[pc.toks[k].low] && !pc.isNameWord(k+1) {
			return true // (and "the Prisons and Probation Ombudsman": one office, the run's last word)
		}
		k++
	}
	return org && k-j <= 3 // of Health and Social Care
}

// secondCompany reports a company's own name opening at k, after an "and"
// that followed another's: a first word that is no trade's or people's
// word, and a company's last word two words or more on ("Northern
// Continental Rail"), not the rest of one name ("… Energy and Mining
// Corp.", "… Builders and Contractors Association").
func (pc *pctx) secondCompany(k int) bool {
	if !pc.isNameWord(k) || pc.has(k, wOrg|wCompanySuffix) || pluralOfPeople(pc.word(k)) || isState([]string{pc.word(k)}) {
		return false
	}
	r := pc.runEnd(k)
	return r-k >= 2 && pc.has(r-1, wCompanySuffix|wOrg)
}

// andTails are trades a firm's name may end on after "and".
var andTails = setOf(`entertainment resorts hospitality leisure recreation gaming media communications`)

// officeBodies end the name of an office that speaks as a body.
var officeBodies = setOf(`ombudsman ombudsperson inspectorate regulator watchdog commissioner`)

// provincePortfolios reports a province's name at i and portfolio words
// either side of the "and" at j: "Manitoba Environment and Climate
// Change", a provincial department.
func (pc *pctx) provincePortfolios(i, j int) bool {
	if j-i < 2 || !pc.toks[j-1].is(mPortfolio) || !pc.toks[j+1].cap || !pc.toks[j+1].is(mPortfolio) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !pc.toks[k].is(mPortfolio) {
			return isState(pc.lowRun(i, k)) && k > i
		}
	}
	return isState(pc.lowRun(i, i+1))
}

// unionAhead reports a union's or workers' body closing the capitalised
// words from k: "Marine Workers’ Union".
func (pc *pctx) unionAhead(k int) bool {
	for x := k; x < len(pc.toks) && x < k+4 && pc.toks[x].cap && pc.toks[x].kind == tWord; x++ {
		if w := strings.TrimRight(pc.toks[x].low, "’'"); w == "union" || unionPlurals[w] {
			return true
		}
	}
	return false
}

// portfolioTitleAfter reports capitalised words from k that a minister's
// title closes: "Addictions Minister", "Social Services Minister".
func (pc *pctx) portfolioTitleAfter(k int) bool {
	for x := k; x < len(pc.toks) && x < k+3; x++ {
		t := pc.toks[x]
		if !t.cap || t.kind != tWord || isGivenName(t.low) {
			return false
		}
		if x > k && (t.low == "minister" || t.low == "critic") {
			return true
		}
	}
	return false
}

// twoParties reports an "and" at j between two bodies that each carry a
// name of their own, the first begun at i: "the City of Calgary and
// Amalgamated Transit Union Local 583", "talks between Air Canada and Unifor".
func (pc *pctx) twoParties(i, j int) bool {
	city := localGovernments[pc.toks[i].low] && pc.word(i+1) == "of" && j > i+2
	between := i > 0 && pc.word(i-1) == "between" || i > 1 && pc.word(i-1) == "the" && pc.word(i-2) == "between"
	if !city && !between {
		return false
	}
	for k := j + 1; k < len(pc.toks) && k < j+6 && pc.isNameWord(k); k++ {
		if pc.toks[k].has(wOrg) {
			return true
		}
	}
	return false
}

// professionsOfPlace reports two professions joined by the "and" at j
// and a province or country after them: "Engineers and Geoscientists
// British Columbia", a regulator's name.
func (pc *pctx) professionsOfPlace(j int) bool {
	if j < 1 || !pc.toks[j-1].cap || !pluralOfPeople(pc.word(j-1)) || !pluralOfPeople(pc.word(j+1)) {
		return false
	}
	e := j + 2
	for e < len(pc.toks) && e < j+5 && pc.isNameWord(e) {
		e++
	}
	return e > j+2 && isState(pc.lowRun(j+2, e))
}

// isNickname reports a short capitalised quotation between two name words:
// Eldon “Buck” Pryor.
func (pc *pctx) isNickname(j int) bool {
	if j < 1 || j+1 >= len(pc.toks) || pc.toks[j].kind != tQuote {
		return false
	}
	if !pc.isNameWord(j-1) || !pc.isNameWord(j+1) {
		return false
	}
	words := strings.Fields(pc.quoteText(int(pc.toks[j].q)))
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// mentionAt parses the name run [i, j) with any title or role words before
// it; lead is where the whole mention starts.
func (pc *pctx) mentionAt(i, j int) (mention, int) {
	// the rules ask for the same run several times in a paragraph: parse it
	// once. A parse reads the paragraph's tokens, tables and answers that do
	// not change, and the titles learnt so far, which only grow: their count
	// is in the key, so a cached parse is the one a fresh parse would give.
	c := &pc.memo
	titles := int32(len(pc.an.titleWords))
	if i < len(c.at) && !noMentionMemo {
		for k := c.at[i] - 1; k >= 0; k = c.list[k].next - 1 {
			if e := &c.list[k]; int(e.j) == j && e.titles == titles {
				return e.m, int(e.lead)
			}
		}
	}
	m, lead := pc.parseMention(i, j)
	m.definite = pc.word(i-1) == "the"
	if i < len(c.at) {
		c.list = append(c.list, memoMention{m: m, j: int32(j), lead: int32(lead), titles: titles, next: c.at[i]})
		c.at[i] = int32(len(c.list))
	}
	return m, lead
}

// noMentionMemo turns the memo off, for the test that proves it changes
// nothing.
var noMentionMemo = false

// mentionMemo holds the paragraph's parsed name runs: at[i] is 1 + the
// index in list of the latest parse of a run starting at token i (0: none),
// and each entry links to the one before it at the same token.
type mentionMemo struct {
	at   []int32
	list []memoMention
}

type memoMention struct {
	m                     mention
	j, lead, titles, next int32
}

// reset empties the memo for a paragraph of n tokens, keeping its storage.
func (c *mentionMemo) reset(n int) {
	c.at = grow(c.at, n)
	clear(c.list)
	c.list = c.list[:0]
}

// headingWords reports a run that opens with a weekday's possessive and
// names no one: "Tuesday’s Morning Email". (A heading in capitals before a
// colon stays the label annotators read as its source.)
func headingWords(words, low []string) bool {
	return len(words) > 1 && wordHas(low[0], wCalendar) && (strings.HasSuffix(words[0], "'s") || strings.HasSuffix(words[0], "’s"))
}

// tokenLow is a word's lower-case form as a name reads it, taken from its
// token, or "" where the token reads it otherwise: "I'd" is "i" there.
func tokenLow(t *token, w string) string {
	if !t.poss && (strings.IndexByte(w, '\'') >= 0 || strings.IndexByte(w, 0xE2) >= 0 && strings.Contains(w, "’")) { // a byte search first: few words hold ’'s first byte
		return ""
	}
	return t.low
}

func (pc *pctx) parseMention(i, j int) (m mention, lead int) {
	lead = i
	n := 0
	for k := i; k < j; k++ {
		if pc.toks[k].kind == tWord || pc.toks[k].low == "&" {
			n++
		}
	}
	buf := pc.an.strings(2 * n) // the words and their lower-case forms, from one block
	words := buf[:0:n]
	low := buf[n : n : 2*n]
	glue := false
	for k := i; k < j; k++ {
		t := &pc.toks[k]
		if t.low == "&" && len(words) > 0 {
			words, low = append(words, "&"), append(low, "&") // "Northvale Home & Hardware": a word of the name
			continue
		}
		if t.kind == tQuote || t.kind == tPunct {
			if t.kind == tPunct && len(words) > 0 {
				words[len(words)-1] += t.low
				low[len(low)-1] = "" // read again below
				glue = (t.low == "—" || t.low == "–") && k+1 < j && pc.toks[k+1].start == t.end
			}
			continue
		}
		w := pc.p.text[int(t.start):int(t.end)]
		if glue {
			words[len(words)-1] += w // "Kent—Miramichi": one word of a riding's name
			glue = false
			continue
		}
		words = append(words, w)
		low = append(low, tokenLow(t, w))
	}
	if n := len(words); n > 0 && pc.word(j) == "." && wordHas(strings.ToLower(words[n-1]), wAbbrev) {
		words[n-1] += "." // Kestrel Pharmaceuticals Inc.
		low[n-1] = ""
	}
	for k, w := range words {
		if low[k] != "" {
			continue
		}
		// the article's copy of the lower-case word: names recur, and
		// each lowerWord of a capitalised word costs an allocation
		low[k] = strings.TrimSuffix(strings.TrimSuffix(pc.an.intern.lower(w), "'s"), "’s")
		low[k] = strings.TrimRight(low[k], "'’")
	}
	if len(words) > 2 && placePossessive(words[0], low[0]) && wordHas(low[1], wOrg) {
		words, low = words[1:], low[1:] // "B.C.’s Ministry of Energy": the ministry's name
		lead, i = i+1, i+1
	}
	owned := false
	if k := bodysPossessive(words, low); k > 0 {
		words, low = words[k:], low[k:] // "Government of Nunavut’s Petroleum Products Division": the division's name
		owned = true
	}
	if titleOnly(low) {
		return mention{}, lead // "the Prime Minister", "the Opposition Leader": a title, no name
	}
	if len(low) == 1 && (low[0] == "republican" || low[0] == "democrat") && i > 0 && pc.toks[i-1].kind == tWord && !pc.toks[i-1].cap && pc.theBefore(i) {
		return mention{}, lead // "the two-term Democrat told the crowd": a role, no one called Democrat
	}
	if n := len(low); n > 1 && (low[n-1] == "republican" || low[n-1] == "democrat") && isState(low[:n-1]) {
		return mention{}, lead // "the South Carolina Republican": a role, though Carolina is a given name
	}
	if n := len(low); n > 1 && officerAcronyms[low[n-1]] {
		words, low = words[:n-1], low[:n-1] // "FreshWay CEO", "the Exxon CEO": the company; its chief is a role
	}
	if headingWords(words, low) {
		return mention{}, lead // "Tuesday’s Morning Email": no one's name
	}
	for k := 1; k < len(low); k++ {
		if strings.HasSuffix(low[k], "n't") || strings.HasSuffix(low[k], "n’t") {
			words, low = words[:k], low[:k] // "Bernie Sanders Isn’t Too Impressed": the headline's verb ends the name
			break
		}
	}
	if len(low) > 1 && pc.toks[i].sentStart && questionAux(low) {
		words, low = words[1:], low[1:] // "Did Donald Trump scam students?": a question's auxiliary, no title
		lead, i = i+1, i+1
	}
	if len(low) > 1 && wordHas(low[0], wTitle) && wordIs(strings.Join(low, " "), mPlaceName) {
		return mention{}, lead // "Prince Edward Island", "Prince George": a place, not a prince
	}
	if pc.placeThenTitle(low, i, j) {
		return mention{}, lead // "The 51-year-old former Saskatchewan MP repeated …": a description, read as a role
	}
	// split titles off the front: everything up to the last title word
	// that still leaves a name after it
	cut := 0
	portfolio := 0
	dept := len(low) >= 3 && pc.departmentBefore(i)
	if dept {
		portfolio = portfolioEnd(low) // "Minister for Finance Koh Wei Ming": the department's words, then the name
	} else if i >= 2 && pc.word(i-1) == "for" && (pc.word(i-2) == "senator" || legislators[pc.word(i-2)]) {
		portfolio = seatPlaceEnd(low) // "Liberal senator for Victoria James McAdam": the state, then the name
	}
	org := len(low) > 1 && (pc.an.reg.orgName(low) || slices.Contains(low, "&")) && !titledPerson(low) && portfolio == 0
	for k := 0; k < len(low)-1 && !org; k++ {
		w := strings.TrimSuffix(low[k], ".")
		if (wordHas(w, wTitle|wRole) || wordIs(w, mMoreRoleNoun) && (isGivenName(low[k+1]) || len(low)-k >= 3)) && !pc.givenNotTitle(low, k, w) &&
			!(k == len(low)-2 && wordIs(low[k+1], mPartyAdjective)) && !(k == 0 && i > 0 && bodyHeads[pc.word(i-1)] && !pc.toks[i-1].cap && len(w) > 4 && !strings.HasSuffix(low[0], ".")) { // (but "a campaign Mr. Khan has called": an honorific is a title still)
			cut = k + 1 // "Actress Rosario Dawson" (but "Forward Labour" is a group, not a forward called Labour)
		}
	}
	if one := strings.TrimSuffix(strings.TrimSuffix(low[0], "."), "s"); cut == 0 && len(low) == 2 && one != low[0] && pc.word(j) == "and" && (wordHas(one, wTitle) || titles[one] != "") {
		cut = 1 // "Professors Foner and Alba": a title the two share, then the first surname
	}
	if cut == 0 && !(org && (low[1] == "and" || low[len(low)-1] == "health" || nationalBodyEnds[low[len(low)-1]] || isCompanyName(low))) && len(low) > 2 && pc.toks[i].sentStart && !pc.an.midCaps[low[0]] && len(strings.TrimSuffix(low[0], ".")) > 1 && !wordHas(low[0], wParticle) && !wordHas(low[1], wParticle) && !isGivenName(low[0]) && !namePrefixes[low[0]] &&
		(nameGender(low[1]) != unknownGender && jobShaped(low[0]) || isJobWord(low[0]) || pc.an.lowercaseNearby(low[0], pc.p.num)) {
		cut = 1 // "Glaciologist Mira Tanner said": a job word opening the sentence (but "Mary Ann Kohli" is one name)
	}
	if len(low) > 1 && cut == 0 && pc.toks[i].sentStart && !isGivenName(low[0]) && !pc.an.midCaps[low[0]] && !namePrefixes[low[0]] &&
		(strings.HasSuffix(low[0], "ed") || strings.HasSuffix(low[0], "ly")) && isGivenName(low[1]) {
		words, low = words[1:], low[1:] // "Understated Perez …", "Newly elected …": a headline's adjective
		lead, i = i+1, i+1
	}
	if cut == 0 && len(low) > 1 && pc.toks[i].sentStart { // first: most runs fail these, which look nothing up
		if _, verb := cueForms[low[0]]; verb || wordHas(low[0], wPrep) && len(low[0]) > 4 || numberWords[low[0]] && !pc.an.midCaps[low[0]] {
			words, low = words[1:], low[1:] // "Said Comey, …", "Alongside BLM calls …", "Six Trump supporters": the verb, preposition or number opens the sentence
			lead, i = i+1, i+1
		}
	}
	if cut == 0 && len(low) == 2 && low[0] == "opposition" && isAllCaps(words[1]) {
		words, low = words[1:], low[1:] // "Alberta's Opposition NDP": the party, in opposition
		lead, i = i+1, i+1
	}
	if cut == 0 && len(low) > 1 && !org && (low[0] == "republican" || low[0] == "democrat") && !wordHas(low[len(low)-1], wOrgHead) {
		cut = 1 // "Republican Trump and Democrat Clinton": the party describes the name
	}
	if k := partyWordsAt(low); cut == 0 && k > 0 && len(low)-k == 2 && !strings.Contains(low[k], "-") && !org && !wordHas(low[len(low)-1], wOrgHead) && !wordHas(low[len(low)-1], wOrg) {
		cut = k // "Progressive Conservative Joëlle Comeau", "Liberal Marc Dupuis": the party, then her name
	}
	if cut == 0 && portfolio > 0 {
		cut = portfolio
	}
	if g := givenNameAt(low, cut); g > cut && portfolio == 0 && !isOrgName(low) && !(g == cut+1 && len(low)-cut == 3 && surnameFirst[low[cut]]) && // but "Chong Mei Ling" is Chong
		!(g == cut+1 && namePrefixes[low[cut]]) && // and "Syed Sarfaraz Ali Rizvi", "Md Rezaul Karim Talukder" keep the name's first word
		!(cut > 0 && g == cut+1 && len(low)-cut == 3 && len(low[cut]) > 3 && !honorifics[strings.TrimSuffix(low[cut-1], ".")] && isTitleWord(low[cut-1]) && !pluralNoun(low[cut])) { // (not "Det Con Owen Pritchard") // and "Senator Dickson Otieno Ouma" is Dickson Otieno Ouma
		cut = g // Senate Minority Whip Dick Durbin, Miss Universe Alicia Machado: the name starts at its given name
		if g == 1 && !wordHas(low[0], wOrg) {
			pc.an.learnTitle(low[0]) // Cllr Hugh Tresidder, then Cllr Tresidder
		}
	}
	for cut < len(low)-1 && !org && pc.an.titleWords[strings.TrimSuffix(low[cut], ".")] { // but "State Department" after "Secretary of State X"
		cut++
	}
	if w := pc.word(i - 1); cut == 0 && !org && len(low) == 2 && (low[0] == "appeal" || low[0] == "state" || wordIs(low[0], mPortfolio)) && !wordIs(low[1], mPortfolio) &&
		i >= 2 && (w == "of" || w == "for") && pc.toks[i-2].cap && isTitleWord(pc.word(i-2)) && (i == 2 || !pc.isNameWord(i-3) && pc.word(i-3) != ".") {
		cut = 1 // "Justice of Appeal Kessoon", "Minister of Finance Koh": the title's last word, then the surname
	}
	if cut == 0 && dept && !org {
		cut = len(low) - 2 // "Minister for Housing Darragh O'Brien": a name has two words
		if wordHas(low[cut], wParticle) && cut > 0 {
			cut-- // "… Youth Seosamh Ó Gallchóir"
		}
	}
	for _, w := range low[:cut] {
		m.title = append(m.title, strings.TrimSuffix(w, "."))
	}
	// lower-case role words right before the run: Kremlin spokesperson X
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := pc.toks[k]
		if t.kind != tWord || t.poss || t.has(wDeterminer|wPrep|wFunction) {
			break
		}
		if t.has(wRole) || t.is(mMoreRoleNoun) || titles[t.low] != "" || (k < i-1 && (t.cap || pc.toks[k+1].has(wRole) || pc.toks[k+1].is(mMoreRoleNoun))) {
			m.title = append([]string{t.low}, m.title...)
			lead = k
			continue
		}
		if one := strings.TrimSuffix(t.low, "s"); k == i-1 && one != t.low && pc.word(j) == "and" && (roleNouns[one] || wordIs(one, mMoreRoleNoun)) {
			m.title = append([]string{one}, m.title...) // "Morning Joe hosts Joe Scarborough and Mika Brzezinski": each a host
			lead = k
			continue
		}
		break
	}
	m.words = words[cut:]
	m.low = low[cut:]
	if cut > 0 && len(m.low) == 1 && letterName(m.words[0]) {
		m.words, m.low = words[cut-1:], low[cut-1:] // "Officer A", "Ms. X": a letter is a name only with its title
	}
	for n := len(m.low); (n > 2 || n == 2 && cut > 0) && (postNominals[m.low[n-1]] || m.words[n-1] == "MS") && !isOrgName(m.low); n-- { // ("MS" in capitals: a Member of the Senedd, no "Ms")
		m.words, m.low = m.words[:n-1], m.low[:n-1] // Sarah Whitlock KC is Sarah Whitlock, Lord Arrowsmith QC Lord Arrowsmith
	}
	if len(m.low) > 0 && (m.low[0] == "for" || m.low[0] == "of" || m.low[0] == "and") {
		return mention{}, lead // "Union Minister for Road Transport": a title's portfolio, no name
	}
	if len(m.low) == 1 && isTitleWord(m.low[0]) && (len(m.title) == 0 || !wordHas(m.title[len(m.title)-1], wHonorific)) && !pc.surnameRole(i, j, cut) &&
		!pc.knownSurname(m.low[0], i) {
		return mention{}, lead // "The Speaker," "President declares": a title, no name (but "Mr. Prince" is one)
	}
	if len(m.low) >= 4 && !isOrgName(m.low) && !isOutletName(m.low) && !pc.dashJoined(i, j) && nameGender(m.low[0]) == unknownGender && !wordHas(m.low[1], wParticle) && !personShaped(m.low) &&
		!(len(m.low) == 4 && (len(m.title) > 0 || pc.toks[i].sentStart && pc.isCue(j)) && j < len(pc.toks) && pc.toks[j].kind == tWord && !pc.toks[j].cap) && // but "Malik Javed Iqbal Awan said", "Speaker Malik Javed Iqbal Awan repeatedly asked"
		!pc.theBodyInProse(i, j) {
		return mention{}, lead // "Senate Democrats Stall Western Water Bill": a headline, no name
	}
	if cut > 0 || lead < i {
		nameStart := i
		for n := 0; n < cut && nameStart < j; nameStart++ {
			if pc.toks[nameStart].kind == tWord {
				n++
			}
		}
		for nameStart < j && pc.toks[nameStart].kind != tWord {
			nameStart++
		}
		if nameStart > lead {
			from := pc.titleStart(lead)                                                                                                                       // "Secretary of State John Kerry", "Minister for Housing X": the role is the whole title
			m.role = trimHonorific(strings.TrimRight(strings.ReplaceAll(pc.p.text[int(pc.toks[from].start):int(pc.toks[nameStart].start)], ".-", ". "), " ")) // "Lt.-Gen." as "Lt. Gen."
			if len(m.title) > 0 && pc.word(nameStart-1) == m.title[len(m.title)-1]+"s" {
				m.role = strings.TrimSuffix(m.role, "s") // one of the "hosts": a host
			}
		}
	}
	m.display = displayName(pc.joined(m.words, j))
	if n := len(m.title); n > 0 && len(m.low) == 1 && peerages[m.title[n-1]] {
		m.display = capitalise(m.title[n-1]) + " " + m.display // "Lord Fairbairn": a peer's title is half the name
	}
	m.key = pc.an.intern.join(m.low)
	if len(m.title) == 0 && len(m.low) > 0 && wordIs(m.low[len(m.low)-1], mCountryBodyHead) {
		pc.withCountry(&m, i, j) // "Russia’s Defence Ministry": whose ministry is half its name
	}
	m.org = m.org || owned // a body's division is a body, whatever its words
	if len(m.words) == 1 && len(m.title) == 0 && camelCompany(m.words[0]) {
		m.org = true // "TransLink said": a body, never "the mayor"
	}
	if len(m.low) == 2 && len(m.title) == 0 && wordIs(m.low[0], mPlaceName) && !isGivenName(m.low[1]) &&
		pc.an.lowercaseNearby(m.low[1], pc.p.num) {
		m.org = true // "Alberta Wildfire", "Toronto Hydro": a place's service, named for the common noun it is
	}
	if lead > 0 && pc.has(lead-1, wOutletNoun) {
		m.outlet = true
	}
	if n := len(m.title); n > 0 && wordHas(m.title[n-1], wOutletNoun) {
		m.outlet = true // state broadcaster CTV (but not Station Commander X)
	}
	return m, lead
}

// withCountry puts the country, province or city whose possessive stands
// right before the body named in [i, j) into its name: "Russia’s Defence
// Ministry" and "Ukraine’s Defence Ministry" are two ministries.
func (pc *pctx) withCountry(m *mention, i, j int) {
	k := i - 1
	if k < 0 || !pc.toks[k].poss || !pc.toks[k].cap || i >= len(pc.sentOf) {
		return
	}
	st := k
	for st > pc.sentOf[k] && st > k-3 && pc.toks[st-1].kind == tWord && pc.toks[st-1].cap && !pc.toks[st-1].poss {
		st-- // "New Brunswick’s", "the United States’"
	}
	place := pc.lowRun(st, k+1)
	for len(place) > 1 && !isState(place) {
		st, place = st+1, place[1:] // "The war ended, and Russia’s": the place only
	}
	if len(place) == 0 || !isState(place) {
		return
	}
	text := pc.p.text[int(pc.toks[st].start):int(pc.toks[j-1].end)]
	m.words = strings.Fields(text)
	m.low = append(append([]string{}, place...), m.low...)
	m.low[len(place)-1] += "’s"
	m.display = displayName(text)
	m.key = strings.Join(m.low, " ")
	m.org = true
}

// countryBodyHeads end the names of a state's bodies that every state has.
var countryBodyHeads = setOf(`ministry office staff embassy government cabinet army navy forces command`)

// trimHonorific drops a courtesy title that ends a role: "Former NHAI
// chairman Dr R K Malhotra" is a former chairman, not a "chairman Dr".
func trimHonorific(role string) string {
	i := strings.LastIndexByte(role, ' ')
	if i < 0 {
		return role
	}
	if w := strings.ToLower(strings.TrimSuffix(role[i+1:], ".")); w == "dr" || titles[w] == "" && hasTitle(w) {
		return strings.TrimRight(role[:i], " ,")
	}
	return role
}

func hasTitle(w string) bool { _, ok := titles[w]; return ok }

// peerages stand before a surname as part of the name a peer is known by.
var peerages = setOf(`lord lady baroness baron viscount`)

// openingWords open a sentence before a cue without being a name: a
// participle ("Having announced …, Judge Berman proceeded") or a
// subordinator ("Once asked …").
var openingWords = setOf(`having being after before upon while when once`)

// titleModifiers stand before a title word inside a capitalised title
// that names an office, not a person: Prime Minister, Opposition Leader,
// Foreign Secretary, Shadow Chancellor, House Speaker.
var titleModifiers = setOf(`prime foreign home opposition deputy vice chief attorney general
lieutenant finance health defence defense interior justice treasury education environment
transport trade labour immigration energy first executive senior junior shadow acting interim
federal national majority minority senate house state party police fire supreme`)

// titleOnly reports a capitalised run of two or more words that is all
// title: the last a title or role word, the others title modifiers or
// titles themselves.
func titleOnly(low []string) bool {
	if len(low) < 2 || !isTitleWord(low[len(low)-1]) || isGivenName(low[0]) {
		return false // but "Dean Baker" is a man
	}
	for _, w := range low[:len(low)-1] {
		if wordHas(strings.TrimSuffix(w, "."), wHonorific) || !titleModifiers[w] && !isTitleWord(w) {
			return false // "Mr. King", "Mrs. Baker": a surname after an honorific
		}
	}
	return true
}

// questionAux reports a run opened by the auxiliary of a question ("Did
// Donald Trump …", "Can Ola Berg …"); "Will" and "May" only before a given
// name, since Will Smith and May Lund are names.
func questionAux(low []string) bool {
	switch low[0] {
	case "did", "does", "do", "can", "could", "should", "would", "is", "was", "are", "were", "has", "have", "had", "must", "might", "shall":
		return true
	case "will", "may":
		return isGivenName(low[1])
	}
	return false
}

// givenNotTitle reports a first word that is a given name as well as
// a title, before a lone surname, which the story does not write in lower
// case in the paragraphs around: "Dean Johnson" is a man called Dean, not
// a dean.
func (pc *pctx) givenNotTitle(low []string, k int, w string) bool {
	if k > 0 && k == len(low)-2 && !strings.HasSuffix(low[k], ".") && isGivenName(w) && wordHas(strings.TrimSuffix(low[k-1], "."), wTitle) {
		return true // "Premier Dean Castellano": after a title, a given name before the surname
	}
	if k > 0 && k == len(low)-2 && !strings.HasSuffix(low[k], ".") && isGivenName(low[k-1]) && (k == 1 || !wordHas(strings.TrimSuffix(low[k-2], "."), wTitle|wRole)) {
		return true // "Nandita Sen Chaudhuri": between a given name and the surname, a name, not "Sen." for senator
	}
	return k == 0 && len(low) == 2 && !strings.HasSuffix(low[0], ".") && isGivenName(w) && !pc.an.lowercaseNearby(w, pc.p.num)
}

// gluedWords reports a long token with three or more capitals right after
// small letters: words a web page ran together, not a name (McDonald,
// DeSantis and MacArthur have one or two).
func gluedWords(w string) bool {
	n := 0
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			n++ // a capital after a small letter: POLITICO is one word
		}
	}
	return n >= 3
}

// middleInitial reports "A." or "I." between a given name and a surname:
// "Jock A. Finlayson", not the article "A" opening a sentence.
func (pc *pctx) middleInitial(i int) bool {
	t := pc.toks[i]
	if len(t.low) != 1 || !t.cap || t.sentStart || pc.word(i+1) != "." || i+2 >= len(pc.toks) || !pc.toks[i+2].cap {
		return false
	}
	return i > 0 && pc.toks[i-1].kind == tWord && pc.toks[i-1].cap && isGivenName(pc.toks[i-1].low) // not "World War I. Reed"
}

// surnameRole reports a lone capitalised role noun that is no title and
// stands mid-sentence with no article before it: a surname ("said Baker",
// "Porter said"), not "the Speaker" or "President declares".
func (pc *pctx) surnameRole(i, j, cut int) bool {
	if cut > 0 || j != i+1 {
		return false
	}
	t := pc.toks[i]
	title := t.has(wTitle)
	return !title && t.cap && !t.sentStart && !isUpperWord(pc.p.text[int(t.start):int(t.end)]) && !pc.has(i-1, wDeterminer) && !pc.toks[max(i-1, 0)].poss &&
		pc.word(i-1) != "," // "After the shooting, Witness told police": a clause's first word
}

// knownSurname reports a capitalised title word at i, with no article
// before it, that is the surname of a person named in full before: "King
// says" after Billie Jean King.
func (pc *pctx) knownSurname(w string, i int) bool {
	if pc.has(i-1, wDeterminer) || pc.toks[max(i-1, 0)].poss {
		return false
	}
	for _, e := range pc.an.reg.byLast[w] {
		if !e.org && e.first != "" {
			return true
		}
	}
	return false
}

// isJobWord reports words shaped like occupations: glaciologist, beekeeper.
func isJobWord(w string) bool {
	for _, suf := range []string{"ist", "keeper", "maker", "worker", "writer", "ician", "grapher", "ographer"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// titleStart walks back from a name's lead over "Title of|for Dept" links
// to where the whole title starts: "Secretary of State for Northern
// Ireland", "Minister for Housing"; lead itself when there are none.
func (pc *pctx) titleStart(lead int) int {
	from, k := lead, pc.portfolioStart(lead)
	if k >= 3 && pc.toks[k-1].poss && pc.toks[k-1].cap && pc.word(k-2) == "of" {
		k-- // "Court of King’s Bench Justice X": the possessive is the court's name
	}
	for k >= 2 && (pc.word(k-1) == "of" || pc.word(k-1) == "for") && pc.toks[k-2].cap && pc.toks[k-2].kind == tWord {
		k -= 2
		for k > 0 && k > lead-12 && pc.toks[k-1].cap && pc.toks[k-1].kind == tWord && !pc.toks[k-1].sentStart {
			k--
		}
		if k > 0 && pc.toks[k-1].sentStart && pc.toks[k-1].cap && isTitleWord(pc.word(k-1)) {
			k--
		}
		for x := k; x < from; x++ {
			if isTitleWord(pc.word(x)) {
				from = k
				break
			}
		}
	}
	return from
}

// bodysPossessive is where a body's own name starts after another body's
// possessive ("Government of Nunavut’s Petroleum Products Division"), or
// 0: the part owned must be two words or more ending in a body's word.
func bodysPossessive(words, low []string) int {
	n := len(words)
	if n < 5 || !wordHas(low[n-1], wOrg|wOrgHead) {
		return 0 // the cheap tests first
	}
	for k := 1; k+3 <= n; k++ {
		w := words[k]
		if (strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")) && isOrgName(low[:k+1]) {
			return k + 1
		}
	}
	return 0
}

// placePossessive reports a place's possessive opening a name: "B.C.’s",
// "Ontario's".
func placePossessive(word, low string) bool {
	if !strings.HasSuffix(word, "’s") && !strings.HasSuffix(word, "'s") {
		return false
	}
	return wordIs(low, mPlaceName) || stateAbbreviations[strings.TrimSuffix(low, ".")]
}

// theBodyInProse reports a run of capitals at [i, j) after "the" in a
// paragraph of prose, not a headline, followed by a comma or a lower-case
// word: "The Laurentian Municipal Pension Plan, which holds …, said" is a
// body's name, as no person's takes "the".
func (pc *pctx) theBodyInProse(i, j int) bool {
	if i == 0 || pc.word(i-1) != "the" || pc.p.num <= pc.an.headline || j >= len(pc.toks) {
		return false
	}
	for k := i; k < j; k++ {
		if pc.toks[k].poss {
			return false // "the U.S. Supreme Court's Obergefell decision"
		}
	}
	if lawWords[pc.word(j-1)] {
		return false // "the American Health Security Act of 2009": a law, which says nothing
	}
	t := pc.toks[j]
	return t.low == "," || t.kind == tWord && !t.cap
}

var lawWords = setOf(`act acts bill code law laws treaty accord charter regulations`)

// titledPerson reports a run that a title splits into a department and a
// person: "Energy Minister Herman Halushchenko" is no energy company.
func titledPerson(low []string) bool {
	for k := 1; k+2 <= len(low)-1; k++ {
		last := low[len(low)-1]
		if !wordHas(strings.TrimSuffix(low[k], "."), wTitle|wRole) || wordHas(low[k], wOrg) ||
			wordHas(last, wOrg|wCompanySuffix) && !(surnameBodyWords[last] && k+3 == len(low) && isGivenName(low[k+1])) { // but "Toronto Mayor Declan Power" is a man
			continue
		}
		if isGivenName(low[k+1]) || k+3 == len(low) && !slices.ContainsFunc(low[placeFirst(low[:k]):k], func(w string) bool { return !portfolioWords[w] }) {
			return true // "Energy Minister Rajan Gill", "Alberta Energy Minister Colleen Vandermeer": a place, a portfolio, a title, a given name and a surname
		}
		if k+3 == len(low) && (low[k] == "justice" || low[k] == "judge") && slices.Contains(low[:k], "court") {
			return true // "Court of Appeal Justice Colleen MacKinnon", "Provincial Court Judge Ana Ruiz": the court's judge
		}
		if k+3 == len(low) && bodyLeaderTitles[low[k]] && !wordHas(low[k+1], wPrep|wDeterminer) && low[k+1] != "and" && slices.ContainsFunc(low[:k], func(w string) bool { return wordHas(w, wOrg) }) {
			return true // "Bank of Canada Governor Marc-André Vézina": the body's governor, whatever his given name
		}
	}
	return false
}

// bodyLeaderTitles head a body and stand between its name and its
// leader's.
var bodyLeaderTitles = setOf(`governor president chair chairman chairwoman chairperson ceo director commissioner`)

// placeFirst is 1 when a province or state opens the words, else 0.
func placeFirst(low []string) int {
	if len(low) > 1 && (isProvince(low[0]) || isState(low[:1])) {
		return 1
	}
	return 0
}

// departmentBefore reports a run at i after a capitalised title and "for"
// or "of": "Minister for Housing Darragh O'Brien", "Secretary of State for
// Northern Ireland Hilary Benn".
func (pc *pctx) departmentBefore(i int) bool {
	if i >= 4 && pc.word(i-1) == "the" && pc.word(i-2) == "at" && (isTitleWord(pc.word(i-3)) || pc.word(i-3) == "state" && pc.word(i-4) == "of") {
		return true // "Minister of State at the Department of Health Mary Butler"
	}
	if i < 2 || !pc.toks[i-2].cap {
		return false
	}
	w := pc.word(i - 1)
	if (w == "for" || w == "of") && (isTitleWord(pc.word(i-2)) || isTitleWord(strings.TrimSuffix(pc.word(i-2), "s")) && (pc.word(i) == "appeal" || pc.word(i) == "state" || pc.is(i, mPortfolio))) || w == "for" && pc.toks[i-2].cap && pc.word(i-3) == "of" || w == "for" && pc.responsibleAt(i-2) {
		return true
	}
	return pc.portfolioStart(i) < i
}

// responsibleAt reports the "Responsible" of "Minister Responsible for
// …", a Canadian title's form: a word of the title, no name.
func (pc *pctx) responsibleAt(k int) bool {
	return k > 0 && pc.word(k) == "responsible" && pc.toks[k].cap && isTitleWord(pc.word(k-1))
}

// portfolioStart walks back from a run at i over the rest of a portfolio
// ("Minister for Children, Equality, Disability, Integration and Youth
// X") to the word after its "for" or "of"; i when no title's portfolio
// ends there.
func (pc *pctx) portfolioStart(i int) int {
	k := pc.listPreposition(i, 0)
	if k > 0 && pc.toks[k-1].cap && (isTitleWord(pc.word(k-1)) || pc.word(k) == "for" && pc.word(k-1) == "state" && pc.word(k-2) == "of" || pc.word(k) == "for" && pc.responsibleAt(k-1)) {
		return k + 1 // "Minister for Children, …", "Minister of State for Social and Family Development"
	}
	return i
}

// listPreposition walks back from a run at i that ends a list joined by
// commas, "and" or "&" ("…, Integration and Youth", "…, Food and Rural
// Affairs") to the "for" or "of" that opens it, no further back than lo;
// -1 when no list of capitalised words ends at i.
func (pc *pctx) listPreposition(i, lo int) int {
	if w := pc.word(i - 1); i-2 < lo || w != "and" && w != "," && w != "&" {
		return -1
	}
	for k := i - 2; k > lo && k > i-16; k-- {
		switch t := pc.toks[k]; {
		case t.low == "for" || t.low == "of":
			return k
		case t.cap || t.low == "," || t.low == "and" || t.low == "&":
		default:
			return -1
		}
	}
	return -1
}

func isTitleWord(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return wordHas(w, wTitle|wRole) // one lookup for both
	}
	return wordHas(w[:len(w)-1], wTitle) || wordHas(w, wRole)
}

// joined is words joined by spaces: the paragraph's own bytes ending at
// token j-1 when they spell just that (most names), else a new string.
func (pc *pctx) joined(words []string, j int) string {
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	if len(words) == 0 || j < 1 || j > len(pc.toks) {
		return strings.Join(words, " ")
	}
	b := int(pc.toks[j-1].end)
	if b-n < 0 {
		return strings.Join(words, " ")
	}
	t := pc.p.text[b-n : b]
	for k, w := range words {
		if k > 0 {
			if t[0] != ' ' {
				return strings.Join(words, " ")
			}
			t = t[1:]
		}
		if !strings.HasPrefix(t, w) {
			return strings.Join(words, " ")
		}
		t = t[len(w):]
	}
	return pc.p.text[b-n : b]
}

func displayName(words string) string {
	s := words
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	s = strings.TrimRight(s, "'’,")
	if strings.HasPrefix(s, "The ") || strings.HasPrefix(s, "the ") {
		s = s[4:]
	}
	return s
}

// entityAt resolves the name run [i, j) and learns what the text around it
// says of the entity (role, age, gender).
func (pc *pctx) entityAt(i, j int) *entity {
	m, _ := pc.mentionAt(i, j)
	e := pc.entityOf(m, i, j)
	if e != nil && e.org && pc.indefiniteBefore(i) && !pc.nameModifies(j) {
		e.indef = true
	}
	if e != nil && j > i {
		e.byShape = false // a rule read it as someone's name: a subject, a speaker
		pc.traceTo(e, refName, pc.p.text[int(pc.toks[i].start):int(pc.toks[j-1].end)], i)
	}
	return e
}

// nameModifies reports a lower-case word at j right after a name: the
// name qualifies it, and "a" is that word's ("a National Audit Office
// report" is a report, the office named).
func (pc *pctx) nameModifies(j int) bool {
	return j < len(pc.toks) && pc.toks[j].kind == tWord && !pc.toks[j].cap && !pc.has(j, wFunction|wPrep|wDeterminer|wAdverb) && !pc.isCue(j)
}

// indefiniteBefore reports "a" or "an" before the name at i, or before
// one small word before it: "a northern Manitoba First Nation".
func (pc *pctx) indefiniteBefore(i int) bool {
	if w := pc.word(i - 1); w == "a" || w == "an" {
		return true
	}
	w := pc.word(i - 2)
	return (w == "a" || w == "an") && pc.toks[i-1].kind == tWord && !pc.toks[i-1].cap
}

func (pc *pctx) entityOf(m mention, i, j int) *entity {
	return pc.entityFound(m, i, j, nil, false)
}

// entityFound is entityOf for a caller that has looked m up in the
// registry already (looked), with what it found: the registry has not
// changed since, so a second look would find the same.
func (pc *pctx) entityFound(m mention, i, j int, found *entity, looked bool) *entity {
	if len(m.low) == 0 || len(m.low) == 1 && (len(m.title) == 0 && pc.notAName(m.low[0], i) || len(m.title) > 0 && wordHas(m.low[0], wStageDirection)) {
		return nil // "Campaign Manager Laughs" in a headline is no one called Laughs
	}
	if len(m.title) == 0 && len(m.low) > 1 && wordIs(m.low[len(m.low)-1], mPartyNoun) && !isGivenName(m.low[0]) {
		return nil // "Wisconsin Republican", "House Democrats" as a run: a description, no one's name
	}
	if pc.twoPeople(m) {
		return nil // "Obama Putin": two people named side by side, as headlines do
	}
	if len(m.title) == 0 && len(m.low) > 1 && partyOpens(m.low) && j < len(pc.toks) && !pc.toks[j].cap && pc.has(j, wRole) && pc.isNameWord(j+1) {
		return nil // "Progressive Conservative Hydro critic Dale Oberfeld": his party and portfolio, no body
	}
	if (wordIs(m.key, mPlaceName) || m.key == pc.an.datelinePlace && len(m.low) > 1 || countyName(m.low)) && len(m.title) == 0 {
		m.org = true // "Florida", "New Hampshire", "MAPLE CREEK, Sask. —", "Tarrant County": a place, never a person
	}
	if n := len(m.words); n >= 2 && streetWord(m.words[n-1]) {
		return nil // "Yonge St.", "Davisville Ave.", "Markham Road": a street, no one
	}
	if saint := len(m.title) == 1 && (m.title[0] == "st" || m.title[0] == "st."); saint || len(m.title) == 0 && pc.saintBefore(i) && !pc.toks[i].sentStart {
		return nil // "in St. Louis Showdown", "St. John's": a place named for a saint, no one called Louis
	}
	if len(m.low) == 2 && len(m.title) == 0 && landforms[m.low[1]] && !isGivenName(m.low[0]) {
		return nil // "Nose Creek", "Bow River": a place, no one who speaks
	}
	bare := len(m.low) == 1 && len(m.title) == 0
	if bare && m.low[0] == "crown" && pc.word(i-1) == "the" {
		if h := pc.an.reg.latest(func(e *entity) bool { return !e.org && strings.Contains(strings.ToLower(e.role), "crown") }); h != nil && (pc.isCue(j) || pc.has(j, wAdverb) && pc.isCue(j+1)) {
			return h // "The Crown argued" is the Crown prosecutor named (but in "She said the Crown would seek …" the Crown is what she speaks for)
		}
		m.org = true // the prosecution, no person
	}
	if !looked {
		found = pc.an.reg.find(m)
	}
	if bare && found == nil && pc.word(i-1) == "the" {
		if h := pc.an.reg.roleSpelling(m.words[0]); h != nil {
			return h // "The GM added" after "General manager Ryan Dueck": him, no company
		}
	}
	if bare && found == nil && !m.org && pc.word(i-1) != "the" && !isGivenName(m.low[0]) {
		if e := pc.an.fullNameQuoted(m.words[0], pc.p.num); e != nil {
			return e // "Mensah said" after a coach's "guys like Ezekiel Mensah"
		}
	}
	known := bare && found != nil
	e := pc.an.reg.resolveFound(m, found)
	if bare {
		// "The Fed is …", "the Carrier plant": a lone word after "the" is a
		// thing's name until the article uses it bare
		e.theNamed = pc.word(i-1) == "the" && (e.theNamed || !known) && !(personsBodies[pc.word(j)] && !pc.toks[j].cap) // (but "the Obama administration" names a man)
	}
	if i == 0 || !pc.has(i-1, wPrep) || pc.companyAppositive(j) { // "For Putin, a summit …" is no appositive
		pc.learnAppositive(e, j) // but "Shares in Hartwell, the building materials group, fell" names a company
	}
	return e
}

// theBefore reports "the" among the three lower-case words before i: "the
// two-term Democrat".
func (pc *pctx) theBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && pc.toks[k].kind == tWord && (!pc.toks[k].cap || pc.toks[k].low == "the"); k-- {
		if pc.toks[k].low == "the" {
			return true
		}
	}
	return false
}

// initialsPerson reports a person named only by initials ("M.R.", "J.D."),
// as courts name claimants and minors: two or three initials, then a
// comma and an age or an indefinite role ("M.R., a 34-year-old …").
func (pc *pctx) initialsPerson(i int) bool {
	t := pc.toks[i]
	if n := t.end - t.start; n < 4 || n > 6 || !isInitialism(strings.TrimSuffix(t.low, ".")) || placeInitials[t.low] {
		return false
	}
	if pc.word(i+1) != "," {
		return false
	}
	w := pc.word(i + 2)
	return isDigitStart(w) || (w == "a" || w == "an") && strings.HasSuffix(pc.word(i+3), "-year-old")
}

// placeInitials are initialisms of places and bodies, never a person's.
var placeInitials = setOf(`u.s. u.k. u.n. e.u. d.c. n.y. l.a. b.c. p.e.i. n.w.t. u.s.a. n.s. n.b.`)

// knownPersonSurname reports w, a possessive's word, as the surname of a
// speaker the article has named, and no place's name.
func (pc *pctx) knownPersonSurname(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	if wordIs(w, mPlaceName) {
		return false
	}
	for _, e := range pc.an.reg.byLast[w] {
		if !e.org && !e.group && !e.outlet && !e.doc {
			return true
		}
	}
	return false
}

// countyName reports a name of two or more words that ends in a word for
// a county or a township: a place, whatever its first word.
func countyName(low []string) bool {
	if len(low) < 2 {
		return false
	}
	switch low[len(low)-1] {
	case "county", "township", "parish", "borough":
		return true
	}
	return false
}

// partyOpens reports a run that opens with a party's name: "Progressive
// Conservative", "Liberal", "NDP".
func partyOpens(low []string) bool {
	return wordIs(low[0], mPartyNoun) || low[0] == "progressive" && low[1] == "conservative" || low[0] == "ndp"
}

// streetAbbrevs end a street's name: "Yonge St.", "Queen St. W."
var streetAbbrevs = setOf(`St. Ave. Rd. Blvd. Cres. Pkwy. Hwy.`)

// streetNames end a street's name spelled out: "Markham Road", "Portage
// Avenue"; not "Downing Street", which speaks, nor "Lane" or "Drive",
// which end people's and firms' names.
var streetNames = setOf(`Road Avenue Boulevard Crescent Parkway`)

// landforms end a place's name, never a person's (rivers and valleys
// name companies too: "Platte River", "Silicon Valley Bank").
var landforms = setOf(`creek falls canyon glacier inlet lagoon bayou coulee gorge`)

// streetWord reports a word of streetAbbrevs or streetNames, looking in
// the maps only when its first and last bytes are those of such a word:
// every name a run makes asks this of its last word.
func streetWord(w string) bool {
	return w != "" && streetBytes[w[0]]&1 != 0 && streetBytes[w[len(w)-1]]&2 != 0 && (streetAbbrevs[w] || streetNames[w])
}

// streetBytes marks the first (1) and last (2) bytes of the street words.
var streetBytes = func() (b [256]uint8) {
	for _, t := range []map[string]bool{streetAbbrevs, streetNames} {
		for w := range t {
			b[w[0]] |= 1
			b[w[len(w)-1]] |= 2
		}
	}
	return b
}()

// pluralPossessives are plurals with no "s" to end them, whose possessive
// stays inside a name: "Red River Indigenous Women's Circle", "People's
// Party", "Children's Hospital".
var pluralPossessives = setOf(`women men children people sportsmen fishermen firemen servicemen businessmen tradesmen craftsmen policemen seamen`)

// companyAppositive reports ", the FTSE 250 building materials group," at
// j: a company's description, whatever stands before the name ("part of
// Last Call Hamilton, a local climate group that …").
func (pc *pctx) companyAppositive(j int) bool {
	if pc.word(j) != "," || !pc.has(j+1, wDeterminer) {
		return false
	}
	for k := j + 2; k < len(pc.toks) && k < j+9; k++ {
		if w := pc.word(k); w == "," || w == "." || (w == "that" || w == "which") && k > j+2 {
			return companyHeads[pc.word(k-1)] // (and "a local climate group that has shown up …")
		}
	}
	return false
}

// ownersRoleAt reports a body's possessive at k and a role after it:
// "Mathieu Cormier, Vitalité’s president and CEO, said".
func (pc *pctx) ownersRoleAt(k int) bool {
	if k+1 < len(pc.toks) && !pc.toks[k].poss && pc.toks[k].cap && pc.toks[k+1].cap && pc.toks[k+1].poss {
		k++ // "New Brunswick’s chief medical officer of health": a place of two words
	}
	if pc.toks[k].poss && k+1 < len(pc.toks) && pc.toks[k+1].cap && pc.has(k+1, wRole) && pc.word(k+2) == "of" {
		return true // "Alberta’s Minister of Children and Family Services": a title written in capitals
	}
	return pc.toks[k].poss && k+1 < len(pc.toks) && !pc.toks[k+1].cap && (pc.has(k+1, wRole) || pc.has(k+2, wRole) && !pc.toks[k+2].cap)
}

// noteThey marks e as a person who uses "they" when the clause after its
// name at j says so, and keeps the clause's words as e's gender evidence
// when they are about e.
func (pc *pctx) noteThey(e *entity, i, j int) {
	if e.org || e.group || pc.placedAt(i) {
		return
	}
	if k := pc.theyAt(j); k >= 0 {
		e.they = true
		if e.nonBinaryWhy == "" {
			e.nonBinaryWhy = pc.nonBinaryWhy(j, k)
		}
	}
}

// placedAt reports a name at i that follows a preposition, itself or the
// name before its comma: "a group in Jackson Heights, Queens, who uses
// they/them pronouns" says so of the person, not of either place.
func (pc *pctx) placedAt(i int) bool {
	if i > 0 && pc.has(i-1, wPrep) && !(pc.word(i-1) == "for" && pc.toks[i-1].sentStart) {
		return true // (but "For Jordan Aviles, a 29-year-old who … uses they/them pronouns, the vote is personal")
	}
	return i > 1 && pc.word(i-1) == "," && pc.isNameWord(i-2) && pc.has(pc.nameStart(i-2, 0)-1, wPrep)
}

// theyAfter reports a clause after a name at j that says its person uses
// "they": "X, who uses they/them pronouns,", "X (they/them)", "X, who is
// non-binary,".
func (pc *pctx) theyAfter(j int) bool { return pc.theyAt(j) >= 0 }

// theyAt is where theyAfter's clause says "they/them" or "non-binary", -1
// when it does not.
func (pc *pctx) theyAt(j int) int {
	if pc.word(j) != "," && pc.word(j) != "(" {
		return -1
	}
	for k := j + 1; k < len(pc.toks) && k < j+24; k++ {
		w := pc.word(k)
		if w == "." || w == ";" || pc.toks[k].kind == tQuote || w == "," && k > j+3 {
			return -1 // (past an age: "X, 17, who uses they/them pronouns"; within the appositive: "X, a senior at Freedom High School who uses they/them pronouns,")
		}
		if w == "they" && pc.word(k+1) == "/" && pc.word(k+2) == "them" || w == "non-binary" || w == "nonbinary" {
			return k
		}
	}
	return -1
}

// nonBinaryWhy is the gender evidence of theyAt's clause after a name at j,
// its word at k: "" when the words may be of someone else ("X, whose son
// uses they/them pronouns,", "X, an advocate for non-binary youth,"), since
// a gender, unlike a pronoun to follow, is shown as the person's own.
func (pc *pctx) nonBinaryWhy(j, k int) string {
	for i := j + 1; i < k; i++ {
		if pc.word(i) == "whose" && pc.word(i+1) != "pronouns" {
			return ""
		}
	}
	at := " (¶" + strconv.Itoa(pc.an.shown(pc.p.num)) + ")"
	if pc.word(k) == "they" {
		return "uses they/them pronouns" + at
	}
	switch pc.word(k - 1) {
	case "is", "as", "openly", "a", "an", ",", "(":
		return "described as “" + pc.word(k) + "”" + at
	}
	return ""
}

// learnAppositive reads ", 58, a retired nurse," after a name.
// clauseVerbs make the words after a name's comma a clause of their own.
var clauseVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "will": true,
	"would": true, "has": true, "have": true, "had": true, "can": true, "could": true}

// kindParticiples open what a body's kind is made of or led by: "a
// consortium led by X and the engineering firm Y".
var kindParticiples = setOf(`led owned formed founded backed run made headed representing comprising`)

func (pc *pctx) learnAppositive(e *entity, j int) {
	if pc.word(j) != "," {
		return
	}
	if pc.word(j+1) == "which" && businessVerbs[pc.word(j+2)] && bareName(e) && !e.org && !isGivenName(e.first) {
		e.org, e.company = true, true // "Corvale, which runs four plants, admitted no wrongdoing": a firm, "the company" after
		pc.an.reg.index(e)
		return
	}
	if side := courtSides[pc.word(j+1)]; side != "" && (pc.word(j+2) == "," || pc.word(j+2) == ".") && !e.org {
		e.addHead(side) // "Catrin Howells KC, prosecuting, told the jury": "the prosecutor" later is she
		return
	}
	k := j + 1
	if w := pc.word(k); isDigitStart(w) && pc.word(k+1) == "," {
		e.age = w
		k += 2
	}
	if w, unit := pc.word(k), pc.word(k+1); isDigitStart(w) && (unit == "months" || unit == "weeks" || unit == "years") && pc.word(k+2) == "old" {
		e.age = w // "Her son Arjun, 10 months old and too young …": no "34-year-old" later
		if unit != "years" {
			e.age += " " + unit
		}
		return
	}
	w := pc.word(k)
	if w == "through" || w == "via" || w == "with" || w == "beside" || w == "alongside" || pc.has(k, wPrep) && !pc.toks[k].cap {
		return // "Schilling, through a spokeswoman, declined", "Brackett, with his wife at his side, said", "his wife, Lorraine, at his side,": who is with him or where, not what he is
	}
	if w == "" || w == "who" || w == "whose" || (pc.toks[k].cap && !pc.has(k, wDeterminer) && !pc.legislatorNext(k) && !pc.ownersRoleAt(k)) || pc.has(k, wAdverb) || verbLike(pc.toks[k]) {
		return // "X, will become chairman", "X, pulled Rep. King aside": a verb phrase, no role
	}
	end, limit, abbrev := k, k+10, -1
	if pc.has(k, wRole) {
		limit += 4 // "president of Local 4817 and an educational assistant for 22 years"
	}
	for end < len(pc.toks) && end < limit {
		x := pc.word(end)
		if x == "." && end > k && pc.has(end-1, wAbbrev) && pc.isNameWord(end+1) {
			if abbrev < 0 {
				abbrev = end - 1
			}
			end++
			limit += 3
			continue // "a spokesman for Mrs. Clinton": the title's full stop
		}
		if x == "," || x == "." || x == "who" || x == "" || x == ";" || (x == "that" || x == "which" || kindParticiples[x]) && end > k+1 && pc.has(end-1, wOrgHead) {
			break // (and "a local climate group that has shown up …", "a consortium led by …": the group's kind)
		}
		if pc.toks[end].has(wCue) && !pc.toks[end].has(wRole) || pc.toks[end].has(wClauseVerb) {
			return // "To stop X, the establishment is working …": a clause, no appositive
		}
		end++
	}
	if (end == limit || end < len(pc.toks) && pc.word(end) == "") && abbrev > k {
		end = abbrev // "senior adviser to Mr. Sanders's campaign in …": the role up to the title
		for end > k && pc.has(end-1, wPrep) {
			end--
		}
	}
	if end == limit || end < len(pc.toks) && pc.word(end) == "" {
		return // not closed by a comma or a full stop: no appositive
	}
	if end == k {
		return
	}
	var heads []string
	roleEnd := end
	conjunct := 0 // where the heads of the role after "and" start
	for q := k; q < end; q++ {
		x := pc.toks[q].low
		if q > k && pc.has(q, wPrep) {
			break // "a neurologist at Queen Alcott Hospital": the head comes before the preposition
		}
		if x == "former" || x == "ex" || x == "then" || x == "late" {
			heads = nil // "the former coach" no longer answers to "the coach"
			break
		}
		if x == "and" && len(heads) > 0 {
			conjunct = len(heads) // "a band councillor and the Chief’s cousin": a councillor still
		}
		if pc.toks[q].poss && q+1 < end {
			heads = heads[:conjunct] // "the chief's older brother": the chief is whose brother, not his role
			continue
		}
		if pc.toks[q].has(wRole) || legislators[x] || pc.toks[q].has(wOrgHead) && (q == end-1 || pc.has(q+1, wPrep) || strings.HasSuffix(pc.word(q+1), "ed")) || pc.toks[q].cap && isDemonym(x) && q == k+1 ||
			q > k && pc.has(k, wDeterminer) && !pc.toks[q].cap && (q == end-1 || pc.has(q+1, wPrep)) && len(heads) == 0 {
			heads = append(heads, x) // a nurse, the company, a Ukrainian, a neurologist at …
		}
		if (companyHeads[x] || x == "manufacturer") && !pc.toks[q].poss && (q == end-1 || pc.has(q+1, wPrep)) && !(e.first != "" && isGivenName(e.first)) &&
			e.age == "" && pc.word(end) != "who" { // "Rod Kalinowski, 58, a planer operator who has worked …" is a man
			e.org, e.company = true, true // Tollund Mobility, an e-bike maker; but Gene Lind, a policy maker, is a man
			pc.an.reg.index(e)
		}
		if (pc.toks[q].has(wFemaleWord) && !pc.toks[q].poss && x != "her" || pc.toks[q].has(wMaleWord) && x != "his" && x != "he") && !pc.relationOfPronoun(q, k) {
			e.learnGenderWord(x)
		}
	}
	if len(heads) == 0 {
		return
	}
	for _, h := range heads {
		e.addHead(h)
	}
	if (e.role == "" || styleOnly(e.role)) && (!relationOnly(heads) || strings.Contains(pc.p.text[int(pc.toks[k].start):int(pc.toks[end-1].end)], " of ")) { // "rival" is no role, "daughter of …" is
		role := pc.p.text[int(pc.toks[k].start):int(pc.toks[roleEnd-1].end)]
		if p := strings.Index(role, " ("); p > 0 && !strings.Contains(role[p:], ")") {
			role = role[:p] // "staffer for Sen. Kirsten Gillibrand (D-N.Y.": the tag cut by its full stop
		}
		e.role = trimArticle(role)
	}
}

func trimArticle(s string) string {
	for _, a := range []string{"a ", "an ", "the "} {
		if strings.HasPrefix(s, a) {
			return s[len(a):]
		}
	}
	return s
}

// areaWords end the names of parts of a place: "Washington Heights".
var areaWords = setOf(`heights hills springs falls park gardens plains valley village square district county township side end`)

// photoCredit reports the name at [i, j) as a photo's credit: after
// "Photo by", or in brackets before a slash and the outlet.
func (pc *pctx) photoCredit(i, j int) bool {
	if pc.word(i-1) == "by" && pc.word(i-2) == "photo" {
		return true
	}
	if pc.word(i-1) == "(" && pc.word(j) == "/" {
		return true
	}
	if pc.word(i-1) == ":" && creditLabels[pc.word(i-2)] && pc.endsParagraph(j) {
		return true // "… first promised in 2013. Image: Supplied", "Photograph: Oireachtas TV"
	}
	if pc.word(j) == "via" && pc.isNameWord(j+1) && pc.endsParagraph(pc.runEnd(j+1)) {
		return true // "… this week. Stephen Marsh via Getty Images"
	}
	if pc.word(i-1) == "/" && pc.word(j) == ")" && pc.endsParagraph(j+1) && !isOutletName(pc.lowRun(i, j)) {
		return true // "… file photo. (The Canadian Press/Mathieu Bélanger)" (but "(Rick Madonik/Toronto Star)" ends with the paper)
	}
	return pc.word(i-1) == "/" && pc.endsParagraph(j) || pc.word(j) == "/" && pc.isNameWord(j+1) && pc.endsParagraph(pc.runEnd(j+1)) // "… on Thursday. Global News/Devon Achterberg"
}

// creditLabels open a caption's credit before a colon.
var creditLabels = setOf(`image photo photograph picture credit`)

// endsParagraph reports nothing but a full stop from token k on.
func (pc *pctx) endsParagraph(k int) bool {
	return k >= len(pc.toks) || k == len(pc.toks)-1 && pc.word(k) == "."
}

// collectMentions registers the people and bodies the paragraph names, so
// pronouns and surnames can point back to them.
func (pc *pctx) collectMentions() {
	for i := pc.datelineEnd(); i < len(pc.toks); {
		t := &pc.toks[i]
		if t.kind != tWord || !t.cap && !t.has(wParticle) && !(mayBePrefixed(t) && pc.namePrefixed(i)) {
			i++ // only capitals and particles start names
			continue
		}
		if !t.cap && t.has(wParticle) && i > 0 && pc.toks[i-1].kind == tWord && !pc.toks[i-1].cap {
			i = max(i+1, pc.runEnd(i+1)) // "parents du Nouveau-Brunswick": a place inside a French name, not a name of its own
			continue
		}
		if e := pc.acronymBody(i); e != nil {
			pc.mentions = append(pc.mentions, mentionRef{e, i})
			i++
			continue
		}
		if pc.initialsPerson(i) {
			w := pc.p.text[t.start:t.end]
			e := pc.an.reg.resolve(mention{words: []string{w}, low: []string{t.low}, display: w, key: t.low})
			e.org, e.company = false, false // initials, but no body's
			pc.learnAppositive(e, i+1)
			pc.mentions = append(pc.mentions, mentionRef{e, i})
			i++
			continue // "M.R., a 34-year-old former union organizer,": a person the court names by initials
		}
		if n := t.end - t.start; n >= 3 && n <= 7 && pc.p.text[t.start+1] >= 'A' && pc.p.text[t.start+1] <= 'Z' {
			if e := pc.initialsBody(i); e != nil {
				pc.mentions = append(pc.mentions, mentionRef{e, i})
				i++
				continue // "the CIHR said" after the Canadian Institutes of Health Research
			}
		}
		if t.sentStart && t.low == "the" {
			pc.learnAgeEpithet(i)
		}
		if e, end := pc.nicknamed(i); e != nil {
			pc.mentions = append(pc.mentions, mentionRef{e, end - 1}) // at the surname, where a run of the name stands
			i = end
			continue // "Walter (Buddy) MacIsaac": Walter MacIsaac, called Buddy
		}
		j := pc.runEnd(i)
		if t.poss && j > i+1 && pc.knownPersonSurname(t.low) {
			j = i + 1 // "Ostrander’s Senate record": hers, no body called Ostrander’s Senate
		}
		if e := pc.pollsterBefore(i, j); e != nil {
			pc.mentions = append(pc.mentions, mentionRef{e, i})
			i = j
			continue // "A Sondages Boréal poll …. The firm said": the pollster, whom "the firm" means
		}
		if k := pc.portfolioAndEnd(i, j); k > j {
			j = k // "the Department of Education and Early Childhood Development": one department, not two bodies
		}
		if f := pc.frenchNameEnd(i); f > j {
			if e := pc.an.reg.body(pc.phraseText(i, f)); e != nil {
				pc.mentions = append(pc.mentions, mentionRef{e, i})
				pc.learnAppositive(e, f) // "The Société acadienne des parents du Nouveau-Brunswick, an advocacy group,": "the group" later
				i = f
				continue
			}
		}
		if j == i {
			i++
			continue
		}
		if e := pc.siblingNamed(i, j); e != nil {
			pc.mentions = append(pc.mentions, mentionRef{e, i})
			i = j
			continue // "Ferreira and her brother Tomás": Tomás Ferreira
		}
		if pc.photoCredit(i, j) {
			i = j
			continue // "Photo by Mireille Gendron", "(Maggie Tremblay-Hsu/CBC)": who took the picture, no one the story is about
		}
		m, _ := pc.mentionAt(i, j)
		var found *entity
		if len(m.low) > 0 {
			found = pc.an.reg.find(m)
		}
		if h := pc.heldNameBefore(i, j, m); h != nil {
			pc.an.identified = append(pc.an.identified, [2]*entity{h, pc.entityFound(m, i, j, found, true)})
		}
		if p := pc.nameHeldBy(i); found == nil && p != nil && len(m.low) > 0 {
			if pc.an.reg.byKey == nil {
				pc.an.reg.byKey = map[string]*entity{}
			}
			pc.an.reg.byKey[m.key] = p // "Harold Tait-Mackenzie, a hereditary chief who holds the name Amgaat": "Amgaat said" is he
			p.addAlias(m.display)
			i = j
			continue
		}
		if len(m.low) == 1 && i >= 2 && pc.is(i-1, mSiblingAge) && pc.word(i-2) == "the" {
			if e := pc.an.reg.bySiblingAge(m.low[0], pc.word(i-1)); e != nil {
				found = e // "It was the older Chen-Albright who answered": the father, whom "he" then means
			}
		}
		if found == nil && len(m.low) > 2 && len(m.title) == 0 && pc.word(i-1) == "the" && wordIs(m.low[0], mPlaceName) {
			if old := pc.an.reg.byKey[strings.Join(m.low[1:], " ")]; old != nil && !old.org && !isGivenName(old.first) {
				found = old // "Blue Bombers rally …" in a headline, then "the Winnipeg Blue Bombers": one team
			}
		}
		if n := len(m.low); found == nil && n > 0 && len(m.title) == 0 && nationalAdjective(m.low[n-1]) && !isGivenName(m.low[0]) && j < len(pc.toks) && pc.toks[j].kind == tWord && !pc.toks[j].cap && strings.HasSuffix(pc.word(j), "s") && !pc.isCue(j) {
			i = j
			continue // "several West African countries": an adjective of a plural, no one "he" may mean
		}
		company := i > 0 && pc.toks[i-1].kind == tWord && !pc.toks[i-1].cap && len(m.low) > 0 && tradeNoun(pc.toks[i-1].low) && !isGivenName(m.low[0])
		named := len(m.low) > 0 && i >= 2 && (pc.word(i-1) == "," || pc.word(i-1) == "as") && (pc.word(i-2) == "name" || pc.word(i-1) == "as" && pc.word(i-2) == "only" && pc.word(i-3) == "name") // "her first name, Tamara,", "who gave his name only as Walt": a name, though the tables know it not
		worth := company || named || pc.worthRegistering(m, i, j, found)
		byShape := !worth && pc.nameShaped(m, i)
		if worth || byShape {
			e := pc.entityFound(m, i, j, found, true)
			if e != nil && e.org && found == nil && pc.indefiniteBefore(i) && !pc.nameModifies(j) {
				e.indef = true // "its duty to a northern Saskatchewan First Nation": a kind, named later
			}
			if e != nil && !e.org && !e.group && len(e.heads) == 0 && e.role == "" && pc.jobBeforeName(m, i) {
				e.addHead(pc.word(i - 1)) // "politician Colt Haverstock": a person, whom "he" may mean
			}
			if e != nil && company && !e.org {
				e.org, e.company = true, true // "bus maker Jiangnan Motor": a company, "the company" later
				pc.an.reg.index(e)
			}
			if e != nil && !e.org && len(m.low) > 1 && len(m.title) == 0 && pc.word(i-1) == "the" && wordIs(m.low[0], mPlaceName) && e.first == m.low[0] && !areaWords[m.low[len(m.low)-1]] {
				e.org = true // "the Minnesota Wild", "the Winnipeg Jets": a team or a body, no one called Minnesota
				pc.an.reg.index(e)
			}
			if e != nil && byShape && e.order == pc.an.reg.clock-1 {
				e.byShape = true // new, and a name only by its shape
			}
			if e != nil && !e.org && pc.word(i-1) == "as" {
				pc.identifiedAs(e, i-1)
			}
			if e != nil && !e.org && i >= 5 && pc.word(i-1) == "of" && bloodKin[pc.word(i-2)] && pc.word(i-3) == "the" && (pc.word(i-4) == "is" || pc.word(i-4) == "was") {
				pc.childOf(e, i) // "Merasty is the daughter of Harold Merasty": the elder Merasty is he
			}
			if e != nil && e.kinOf == nil && !e.org && i >= 3 && pc.word(i-1) == "," && pc.is(i-2, mKinNoun) && (pc.toks[i-3].poss || pc.word(i-3) == "his" || pc.word(i-3) == "her" || pc.word(i-3) == "their") {
				pc.kinAppositive(e, i) // "Samuel’s mother, Nathalie Thibodeau,": his mother, when "his mother" comes later
			}
			if e != nil && e.org && j == i+1 && e.display == m.display {
				pc.expandAcronym(e, i) // "OQLF" in the headline, the Office québécois de la langue française since
			}
			if e != nil && !e.org && named {
				pc.givenOnly = e // "who asked that only her first name, Tamara, be used"
				pc.givenOnlyOf(e, i)
			}
			if e != nil {
				pc.bracketedAcronym(e, j)
				pc.noteDocumentAuthor(e, i)
				pc.roleBefore(e, i)
				pc.notePlace(e, i, j)
				pc.noteCampaign(e, i, j)
				pc.noteUnion(e, j)
				pc.noteThey(e, i, j)
				pc.mentions = append(pc.mentions, mentionRef{e, i})
				pc.coordinatedGivenName(i, e)
			}
		}
		i = j
	}
}

// courtSides are the sides a British or Irish court report sets beside a
// barrister's name, as the role they give.
var courtSides = map[string]string{"prosecuting": "prosecutor", "defending": "lawyer"}

// noteDocumentAuthor remembers body e as the author of the document
// named just before it ("A report released last week by the
// Parliamentary Budget Office"), so "the report" later is e's.
func (pc *pctx) noteDocumentAuthor(e *entity, i int) {
	if e.outlet || !e.org && !pc.personalDocumentBefore(i) {
		return
	}
	b := i - 1
	if pc.word(b) == "the" {
		b--
	}
	if !e.org {
		for b > 0 && b > i-10 && pc.word(b) != "by" && pc.word(b) != "from" && pc.word(b) != "." && pc.toks[b].kind != tQuote {
			b-- // "a letter written by the couple’s 11-year-old daughter, Inès Benslimane", "a message from Latvian Defence Minister Edgars Ozoliņš"
		}
	}
	if pc.word(b) != "by" && pc.word(b) != "from" {
		return
	}
	for k := b - 1; k >= 0 && k >= b-5 && pc.toks[k].kind == tWord; k-- {
		if w := pc.word(k); w == "report" || w == "study" || w == "survey" || w == "analysis" || w == "audit" || w == "review" || w == "letter" || w == "memo" || w == "notice" || w == "message" {
			pc.an.docAuthor, pc.an.docAuthorOf = e, docKind(w)
			if e.org && pc.definiteBefore(k) {
				pc.an.nameUnsignedDocument(e, docKind(w), pc.p.num) // "according to a new report that found …", then "The annual survey by the Meridian Institute": its report
			}
			return
		}
	}
}

// definiteBefore reports "the" opening the noun phrase whose head is at
// k, a few words before it: "The annual survey".
func (pc *pctx) definiteBefore(k int) bool {
	for d := k - 1; d >= 0 && d >= k-3; d-- {
		if pc.has(d, wDeterminer) {
			return isDefinite(pc.word(d))
		}
		if pc.toks[d].kind != tWord {
			return false
		}
	}
	return false
}

// personalDocumentBefore reports a letter or message that someone reads
// a few words before the "by" or "from" that precedes token i, which a
// person may write: "read aloud a letter written by the couple’s
// 11-year-old daughter, Inès Benslimane".
func (pc *pctx) personalDocumentBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		switch pc.word(k) {
		case "letter", "message", "note":
			for r := k - 1; r >= 0 && r >= k-4; r-- {
				if w := pc.word(r); w == "read" || w == "reads" || w == "reading" {
					return true // "read aloud a letter written by …": someone reads another's words
				}
			}
			return false
		case ".", ";":
			return false
		}
	}
	return false
}

// bracketedAcronym files body e under the acronym in brackets after its
// name at j: "the Office québécois de la langue française (OQLF)", then
// "The OQLF said" is that office under its full name.
func (pc *pctx) bracketedAcronym(e *entity, j int) {
	if !e.org || pc.word(j) != "(" || pc.word(j+2) != ")" || len(e.words) < 2 {
		return
	}
	a := pc.toks[j+1]
	if a.kind != tWord || len(a.low) < 2 || len(a.low) > 7 || !isAllCaps(pc.p.text[a.start:a.end]) {
		return
	}
	if _, taken := pc.an.reg.byKey[a.low]; !taken {
		pc.an.reg.byKey[a.low] = e
		e.addAlias(pc.p.text[a.start:a.end])
	}
}

// acronymBody is the body an acronym in brackets at i stands for, its
// name the words before the bracket whose initials spell it ("Office
// québécois de la langue française (OQLF)"); filed under the acronym, so
// "The OQLF said" later is that office. Nil when no words spell it.
func (pc *pctx) acronymBody(i int) *entity {
	if i < 2 || pc.word(i-1) != "(" || pc.word(i+1) != ")" {
		return nil
	}
	t := pc.toks[i]
	acr := pc.p.text[t.start:t.end]
	if len(acr) < 3 || len(acr) > 7 || !isAllCaps(acr) {
		return nil
	}
	if e := pc.an.reg.byKey[t.low]; e != nil {
		return e
	}
	return pc.spelledBody(i, acr)
}

// initialsBody is the body named before whose initials spell the
// acronym at i ("the CIHR" after "the Canadian Institutes of Health
// Research"), filed under it; nil when none does. Only an acronym of
// three letters or more that no one is named by asks.
func (pc *pctx) initialsBody(i int) *entity {
	t := pc.toks[i]
	acr := pc.p.text[t.start:t.end]
	spelt := acr
	if !isAllCaps(acr) {
		spelt = mixedInitials(acr) // "DfT": the Department for Transport, its small word in lower case
	}
	if spelt == "" || pc.isNameWord(i+1) && pc.toks[i+1].cap || pc.isNameWord(i-1) && pc.toks[i-1].cap && !pc.toks[i-1].sentStart || pc.an.reg.byKey[t.low] != nil {
		return nil // the cheap tests first
	}
	for _, e := range pc.an.reg.recentOrgs() {
		if len(e.words) >= len(spelt) && initialsSpell(e.words, spelt) {
			pc.an.reg.byKey[t.low] = e
			e.addAlias(acr)
			return e
		}
	}
	return pc.frenchBodyFor(i, acr) // "the OQLF" after the Office québécois de la langue française
}

// mixedInitials is the capitals of initials that print a small word in
// lower case ("DfT", "DoH"): two or three capitals and one lower-case
// letter between them; "" for any other word.
func mixedInitials(acr string) string {
	if len(acr) < 3 || len(acr) > 5 || acr[0] < 'A' || acr[0] > 'Z' || acr[len(acr)-1] < 'A' || acr[len(acr)-1] > 'Z' {
		return ""
	}
	var b strings.Builder
	lower := 0
	for i := 0; i < len(acr); i++ {
		switch c := acr[i]; {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c)
		case c >= 'a' && c <= 'z':
			lower++
		default:
			return ""
		}
	}
	if lower != 1 {
		return ""
	}
	return b.String()
}

// initialsSpell reports that the initials of words, small words left
// out, spell acr.
func initialsSpell(words []string, acr string) bool {
	return spellsFrom(words, acr, 0)
}

// spellsFrom reports whether words spell acr[n:]: each word gives its
// first letter, a hyphened word the first letter of each part
// ("Attorney-General's Chambers", AGC), and a small word its letter or
// none ("Ministry of Education", MOE or ME).
func spellsFrom(words []string, acr string, n int) bool {
	if len(words) == 0 {
		return n == len(acr)
	}
	w, rest := words[0], words[1:]
	if w == "" {
		return spellsFrom(rest, acr, n)
	}
	if acronymSmallWords[w] && spellsFrom(rest, acr, n) {
		return true
	}
	if n < len(acr) && unicode.ToUpper(rune(w[0])) == rune(acr[n]) && spellsFrom(rest, acr, n+1) {
		return true
	}
	if strings.IndexByte(w, '-') > 0 {
		k := n
		for _, part := range strings.Split(w, "-") {
			if part == "" || k >= len(acr) || unicode.ToUpper(rune(part[0])) != rune(acr[k]) {
				return false
			}
			k++
		}
		return spellsFrom(rest, acr, k)
	}
	return false
}

// spelledBody is acronymBody's search of the words before the bracket:
// the shortest capitalised run ending there that spells acr.
func (pc *pctx) spelledBody(i int, acr string) *entity {
	t := pc.toks[i]
	end := i - 2
	var low []string
	for k := end; k >= 0 && k > end-14; k-- {
		w := pc.toks[k]
		if w.kind != tWord {
			return nil
		}
		low = append([]string{w.low}, low...)
		if !w.cap || !initialsSpell(low, acr) {
			continue
		}
		if lawWords[low[len(low)-1]] {
			return nil // "the Freedom of Information Act (FOIA)": a law, no body to speak
		}
		e := pc.an.reg.body(pc.p.text[w.start:pc.toks[end].end])
		pc.an.reg.byKey[t.low] = e
		e.addAlias(acr)
		return e
	}
	return nil
}

// acronymSmallWords are left out of an acronym's letters.
var acronymSmallWords = setOf(`of the and for on in de la le les du des et à d l`)

// worthRegistering reports a mention to register; found is what the
// registry holds under its name.
func (pc *pctx) worthRegistering(m mention, i, j int, found *entity) bool {
	if len(m.low) == 0 {
		return false
	}
	if found != nil || len(m.title) > 0 || pc.an.reg.orgName(m.low) {
		return true
	}
	if len(m.low) > 1 && (nameGender(m.low[0]) != unknownGender || pc.theyAfter(j)) {
		return true // (and "Sam Oduya, who uses they/them pronouns,")
	}
	if hasInitial(m.low) {
		return true // "C. Boyden Gray ticked through …"
	}
	if pc.jobBeforeName(m, i) {
		return true // "Saskatchewan rancher and first-time politician Colt Haverstock drew …": a person by their job
	}
	if len(m.low) > 2 && pc.word(i-1) == "the" && wordIs(m.low[0], mPlaceName) && !isGivenName(m.low[1]) && !areaWords[m.low[len(m.low)-1]] {
		return true // "the Winnipeg Blue Bombers": a place's team or body
	}
	if pc.word(i-1) == "," && pc.has(i-2, wRole) {
		return true // the new coach, Sami Laine
	}
	w := pc.word(j + 1)
	return pc.word(j) == "," && (isDigitStart(w) || w == "a" || w == "an" || w == "the" || pc.roleAppositive(j+1))
}

// nameShaped reports two capitalised words mid-sentence that the article
// does not write in lower case nearby and that name no place: "met Arianna
// Stone". Such a name may also be a thing's ("the Transatlantic Trade and
// Investment Partnership"), so it points back only when no one else can.
func (pc *pctx) nameShaped(m mention, i int) bool {
	return len(m.low) == 2 && len(m.title) == 0 && !pc.toks[i].sentStart && !wordIs(m.key, mPlaceName) &&
		!pc.an.lowercaseNearby(m.low[0], pc.p.num) && !pc.an.lowercaseNearby(m.low[1], pc.p.num)
}

// roleAppositive reports a bare or owned role phrase opening at k:
// "Alixandria Lapp, executive director of the PAC,", "Robby Mook,
// Clinton's campaign manager".
func (pc *pctx) roleAppositive(k int) bool {
	for q := k; q < len(pc.toks) && q < k+4; q++ {
		t := pc.toks[q]
		if t.kind != tWord || t.cap && q == k && !t.poss {
			return false // but "Robby Mook, Clinton's campaign manager,"
		}
		if t.has(wRole) {
			return true
		}
	}
	return false
}

// noteCampaign remembers the person whose campaign the name at [i, j)
// names ("the Clinton campaign", "Clinton’s campaign said"), so a later
// "the campaign" is that campaign; not "a foundering Trump campaign" or
// "Clinton’s campaign manager".
func (pc *pctx) noteCampaign(e *entity, i, j int) {
	if e.org || e.unnamed || !e.personLike() || pc.word(j) != "campaign" {
		return
	}
	for k := i - 1; k >= 0 && k >= i-3 && pc.toks[k].kind == tWord && !pc.toks[k].cap && !pc.has(k, wPrep); k-- {
		if w := pc.word(k); w == "a" || w == "an" {
			return // "a foundering Trump campaign": some campaign, not one "the campaign" means
		}
	}
	if n := j + 1; n < len(pc.toks) && pc.toks[n].kind == tWord && !pc.toks[n].cap && (pc.has(n, wRole) || campaignCompounds[pc.word(n)]) {
		return
	}
	pc.an.campaignOf = e
}

// campaignCompounds follow "campaign" as the head of another noun.
var campaignCompounds = setOf(`manager managers staff staffer staffers aide aides trail headquarters
event events rally rallies ad ads finance brass office offices stop stops season spending fund funds
money strategy strategist strategists team website site email emails literature`)

// roleBefore reads "the new coach, Sami Laine": the role before a name set
// off by a comma is that person's.
// relationOfPronoun reports a kin noun at q right after the appositive's
// opening "his" or "her" at k: "Okafor, her husband, Emeka, and their
// children" lists her husband, whose gender is not hers.
func (pc *pctx) relationOfPronoun(q, k int) bool {
	w := pc.word(q - 1)
	return q == k+1 && (w == "her" || w == "his") && wordIs(pc.word(q), mKinNoun) && pc.word(q+1) == "," && pc.isNameWord(q+2)
}

func (pc *pctx) roleBefore(e *entity, i int) {
	if pc.word(i-1) != "," {
		return
	}
	r := i - 2
	if !pc.has(r, wRole) && !personNoun(pc.word(r)) {
		r = pc.roleBeforeModifier(i - 2)
	}
	if r < 0 || !pc.has(r, wRole) {
		return
	}
	head := pc.word(r)
	for k := r - 1; k >= 0 && k >= r-4; k-- {
		w := pc.word(k)
		if w == "former" || w == "ex" || w == "late" {
			return
		}
		if pc.has(k, wDeterminer) || pc.toks[k].poss {
			e.addHead(head)
			e.learnGenderWord(head)
			return
		}
	}
}

// roleBeforeModifier is the role a modifier ending at k follows after a
// definite or indefinite article: "the deputy minister responsible for the
// project", "the commander of 4th Canadian Division Support Base
// Petawawa"; -1 for any other shape.
func (pc *pctx) roleBeforeModifier(k int) int {
	for r := k - 1; r >= 1 && r >= k-7; r-- {
		if pc.toks[r].kind != tWord {
			return -1
		}
		if w := pc.word(r + 1); pc.has(r, wRole) && (w == "responsible" || w == "for" || w == "of") {
			if a := pc.word(r - 1); a == "the" || a == "a" || a == "an" || pc.has(r-1, wRole) && (pc.word(r-2) == "the" || pc.word(r-2) == "a") {
				return r
			}
			return -1
		}
	}
	return -1
}

// personNoun reports a noun for a person that a name may stand beside.
func personNoun(w string) bool {
	return isJobWord(w) || wordIs(w, mUnnamedHead) || wordHas(w, wFemaleWord|wMaleWord) || pluralOfPeople(w) || w == "accused"
}

// siblingNamed is the full name of a brother, sister, son or daughter
// named by a given name alone after someone of the paragraph ("Now
// Ferreira and her brother Tomás"): the family's surname follows, as the
// article does not say it again. Nil for any other shape.
func (pc *pctx) siblingNamed(i, j int) *entity {
	if j != i+1 || !pc.toks[i].cap || !pc.is(i-1, mBloodKin) || !isGivenName(pc.toks[i].low) {
		return nil // the cheap tests first
	}
	adj, p := "", i-2
	if w := pc.word(p); siblingAges[w] {
		adj, p = w, p-1 // "his younger brother Cole"
	}
	if w := pc.word(p); w != "her" && w != "his" && w != "their" {
		return nil
	}
	var owner *entity
	for k := len(pc.mentions) - 1; k >= 0; k-- {
		if m := pc.mentions[k].e; !m.org && !m.group && m.last != "" && len(m.words) > 1 {
			owner = m
			break
		}
	}
	if owner == nil || len(pc.an.reg.byLast[pc.toks[i].low]) > 0 {
		return nil
	}
	given := pc.p.text[int(pc.toks[i].start):int(pc.toks[i].end)]
	m := mention{words: []string{given, lastWordOf(owner.display)}, low: []string{pc.toks[i].low, owner.last}}
	m.display = given + " " + lastWordOf(owner.display)
	m.key = strings.Join(m.low, " ")
	e := pc.an.reg.resolve(m)
	if e != nil && e.kinOf == nil {
		e.kinOf, e.kin, e.kinAge = owner, pc.word(i-1), adj
	}
	return e
}

var bloodKin = setOf(`brother sister son daughter`)

// identifiedAs records that the unnamed person a "who" clause follows is
// e, who "identified himself" (or herself) "as" e at the token as: "The
// man, who later identified himself to CBC News as Glen Hrycenko, says".
func (pc *pctx) identifiedAs(e *entity, as int) {
	k := as - 1
	for ; k > 0 && k >= as-6; k-- {
		if w := pc.word(k); w == "identified" && (pc.word(k+1) == "himself" || pc.word(k+1) == "herself" || pc.word(k+1) == "themselves") {
			break
		}
	}
	if pc.word(k) != "identified" {
		pc.identifiedOnlyAs(e, as)
		return
	}
	w := k - 1
	for w > 0 && w >= k-3 && pc.word(w) != "who" {
		w--
	}
	if pc.word(w) != "who" || pc.word(w-1) != "," || w < 2 || w-1 >= len(pc.sentOf) {
		return
	}
	if u := pc.npEndingAt(w-2, pc.sentOf[w-1]); u != nil && u.unnamed && !u.group && u != e {
		pc.an.identified = append(pc.an.identified, [2]*entity{u, e})
	}
}

// identifiedOnlyAs records that the unnamed person before an aside
// ", identified (in court) only as X," is e: "A night-shift officer,
// identified in court only as Officer C, told jurors" is Officer C, and so
// is the "he" that follows.
func (pc *pctx) identifiedOnlyAs(e *entity, as int) {
	if pc.word(as) != "as" || as < 4 {
		return
	}
	k := as - 1
	for k > 0 && k >= as-5 && pc.word(k) != "identified" {
		k--
	}
	if pc.word(k) != "identified" || pc.word(k-1) != "," || k-2 < 0 || k-1 >= len(pc.sentOf) {
		return
	}
	if u := pc.npEndingAt(k-2, pc.sentOf[k-1]); u != nil && u.unnamed && !u.group && u != e {
		pc.an.identified = append(pc.an.identified, [2]*entity{u, e})
	}
}

// givenOnlyOf names the unnamed person a "who" clause holding "only his
// first name, Kevin," describes: "a man who has lived there since
// January, and who asked that only his first name, Kevin, be used," is
// Kevin, and so is the "he" that follows.
func (pc *pctx) givenOnlyOf(e *entity, i int) {
	s := pc.sentOf[i]
	for k := i - 1; k > s && k > i-30; k-- {
		if pc.word(k) != "who" {
			continue
		}
		h := k - 1
		if pc.word(h) == "," {
			h--
		}
		if w := pc.word(h - 1); h > s && (w == "a" || w == "an") && (personNoun(pc.word(h)) || pc.has(h, wRole)) {
			pc.an.identified = append(pc.an.identified, [2]*entity{pc.an.unnamed(pc.phraseText(h-1, h+1), pc.word(h)), e})
			return
		}
	}
}

// heldNameBefore is the one-word titled name that the full name m at
// [i, j) stands after as an appositive: "Hereditary Chief Wilat’xw, Frank
// Dennis-Olsen, of the Frog Clan": the chief's name and his own are one
// person. Nil for any other shape.
func (pc *pctx) heldNameBefore(i, j int, m mention) *entity {
	if i < 2 || pc.word(i-1) != "," || len(m.low) < 2 || len(m.title) > 0 || m.org || (pc.word(j) != "," && pc.word(j) != "of") {
		return nil
	}
	for x := len(pc.mentions) - 1; x >= 0; x-- {
		e := pc.mentions[x].e
		if pc.mentions[x].tok >= i {
			continue
		}
		if pc.runEnd(pc.mentions[x].tok) != i-1 || e.org || e.group || len(e.words) != 1 || e.role == "" && len(e.heads) == 0 || !strings.Contains(strings.ToLower(e.role), "chief") {
			return nil
		}
		return e
	}
	return nil
}

// nameHeldBy is the person whose sentence says they "hold the name"
// starting at i ("X, a Gitxsan hereditary chief who holds the name Amgaat"),
// the last person the sentence named before; nil for any other shape.
func (pc *pctx) nameHeldBy(i int) *entity {
	if i < 4 || pc.word(i-1) != "name" || pc.word(i-2) != "the" && pc.word(i-2) != "hereditary" {
		return nil
	}
	k := i - 3
	if pc.word(k) == "the" {
		k--
	}
	if w := pc.word(k); w != "holds" && w != "carries" && w != "bears" && w != "held" {
		return nil
	}
	for x := len(pc.mentions) - 1; x >= 0; x-- {
		m := pc.mentions[x]
		if m.tok >= i || i >= len(pc.sentOf) || pc.sentOf[m.tok] != pc.sentOf[i] {
			break
		}
		if !m.e.org && !m.e.group && !m.e.unnamed && len(m.e.words) > 1 {
			return m.e
		}
	}
	return nil
}

// callSigns reads "X, who goes by the call sign “Graf,”": the unnamed X
// is the person the quotation names, and every statement of X's is theirs.
func (pc *pctx) callSigns() {
	byTested := false
	for _, k := range pc.p.qtok { // the quotations' tokens, in order
		if k < 4 || k+1 >= len(pc.toks) || pc.word(k-1) != "sign" && pc.word(k-1) != "name" && pc.word(k-1) != "nickname" {
			continue
		}
		if !byTested {
			if !strings.Contains(pc.p.text, " by ") {
				return // the text searched once, and only for a paragraph with a quoted name
			}
			byTested = true
		}
		b := k - 2
		if pc.word(b) == "call" {
			b--
		}
		if pc.word(b) == "the" {
			b--
		}
		if pc.word(b) != "by" || pc.word(b-1) != "goes" && pc.word(b-1) != "went" || pc.word(b-2) != "who" || pc.word(b-3) != "," || b-4 < 0 {
			continue
		}
		name := strings.Trim(pc.quoteText(int(pc.toks[k].q)), " ,.;:")
		if name == "" || strings.Contains(name, " ") && len(strings.Fields(name)) > 3 {
			continue
		}
		u := pc.npEndingAt(b-4, pc.sentOf[b-4])
		if d := b - 5; u == nil && d >= 0 && !pc.toks[b-4].cap && wordHas(pc.word(b-4), wRole) && (pc.has(d, wDeterminer) || ownerWords[pc.word(d)]) {
			u = pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[b-4].end)], pc.word(b-4)) // "His commander, who goes by …"
		}
		if u == nil || !u.unnamed || u.group {
			continue
		}
		m := mention{words: strings.Fields(name), low: strings.Fields(strings.ToLower(name)), display: name, key: strings.ToLower(name)}
		if p := pc.an.reg.resolve(m); p != nil && p != u {
			p.gender = u.gender
			pc.an.identified = append(pc.an.identified, [2]*entity{u, p})
		}
	}
}

// childOf records the subject before "is the daughter of" e, named at i,
// as e's daughter (or son): "Merasty is the daughter of Harold Merasty".
func (pc *pctx) childOf(e *entity, i int) {
	for k := len(pc.mentions) - 1; k >= 0; k-- {
		m := pc.mentions[k]
		if m.tok >= i {
			continue
		}
		if pc.runEnd(m.tok) == i-4 && m.e != e && !m.e.org && !m.e.group && m.e.kinOf == nil {
			m.e.kinOf, m.e.kin = e, pc.word(i-2)
		}
		return
	}
}

// kinAppositive records e, named after "X's mother," at i, as X's mother.
func (pc *pctx) kinAppositive(e *entity, i int) {
	if i-3 >= len(pc.sentOf) {
		return
	}
	var owner *entity
	if pc.word(i-3) == "their" {
		e.kin = pc.word(i - 2) // "Their son, Caleb Brackett,": a son of the couple, whichever parent
		return
	}
	if w := pc.word(i - 3); w == "his" || w == "her" {
		owner = pc.resolvePronoun(subjectOf[w], i-3) // "His father, Arne Lundgren,"
	} else {
		owner = pc.npEndingAt(i-3, pc.sentOf[i-3])
	}
	if l := pc.an.reg.byGiven[pc.toks[i-3].low]; owner == nil && len(l) == 1 {
		owner = l[0] // "Samuel’s mother": Samuel Thibodeau, named before by his given name too
	}
	if owner != nil && owner != e && !owner.org && !owner.group {
		e.kinOf, e.kin = owner, pc.word(i-2)
		if pc.toks[i-3].poss {
			pc.familyName(e, owner) // (not after "his" or "her": a pronoun may point wrong, and the surname with it)
		}
	}
}

// familyName gives a spouse or a child named by a given name alone the
// surname of the one whose kin they are: "Mr Holroyd's widow, Janet," is
// Janet Holroyd. Her given name still finds her.
func (pc *pctx) familyName(e, owner *entity) {
	if !sharedSurnameKin[e.kin] || len(e.words) != 1 || !isGivenName(e.words[0]) || owner.last == "" || owner.first == "" || strings.Contains(owner.last, " ") || e.last == owner.last {
		return
	}
	e.display += " " + lastWordOf(owner.display)
	e.words = []string{e.words[0], owner.last}
	e.first, e.last = e.words[0], owner.last
	pc.an.reg.byKey[strings.Join(e.words, " ")] = e // by her whole name only: "Holroyd" alone stays the one named first
}

// sharedSurnameKin are the kin who most often carry the surname of the one
// they are kin to.
var sharedSurnameKin = setOf(`widow widower wife husband son daughter`)

// siblingAges tell two of one family apart: "the younger Pelletier".
var siblingAges = setOf(`younger older elder`)

// coordinatedGivenName gives "Luis" in "Luis and Carmen Echeverría" the
// surname that follows.
func (pc *pctx) coordinatedGivenName(i int, e *entity) {
	if i < 2 || pc.word(i-1) != "and" || len(e.words) < 2 || e.org {
		return
	}
	k := i - 2
	if !pc.isNameWord(k) || pc.isNameWord(k-1) || !isGivenName(pc.toks[k].low) || len(pc.an.reg.byLast[pc.toks[k].low]) > 0 {
		return // "Sanders and Donald Trump": a surname, not Sanders Trump
	}
	given := pc.p.text[int(pc.toks[k].start):int(pc.toks[k].end)]
	m := mention{words: []string{given, e.words[len(e.words)-1]}}
	m.low = []string{pc.toks[k].low, e.last}
	m.display = given + " " + lastWordOf(e.display)
	other := pc.an.reg.resolve(m)
	pc.mentions = append(pc.mentions, mentionRef{other, k})
	if other != nil && other != e && !other.org {
		other.couple, e.couple = e, other
	}
}

func lastWordOf(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

// businessVerbs say what a firm does in a "which" clause after its name.
var businessVerbs = setOf(`runs operates owns makes sells employs manufactures builds provides supplies produces`)

// namePrefixes open South Asian names as their first word, before the
// given name, and are printed as part of the name: "Syed Sarfaraz Ali
// Rizvi", "Chaudhry Nadeem Akhtar Warraich", "Md Rezaul Karim".
var namePrefixes = setOf(`syed syeda sardar chaudhry chaudhary mian md mohd khawaja khwaja makhdoom`)

// givenNameAt is the index of the first known given name in low at or
// after from that a surname follows, or -1.
func givenNameAt(low []string, from int) int {
	for k := from; k < len(low)-1; k++ {
		if k > from && isInitials(low[k]) && (wordHas(low[k-1], wOrg) || titleModifiers[low[k-1]]) {
			return k // "… in the Assembly N Lakshmi Devi", "Leader of the Opposition K.N. Jagadish": the name starts at the initial
		}
		if len(strings.TrimSuffix(low[k], ".")) == 1 {
			return -1 // C. Stewart Verdery: an initial starts the name
		}
		if isGivenName(low[k]) && !wordHas(low[k], wParticle) {
			return k
		}
	}
	return -1
}

// pluralNoun reports a word that reads as a common plural, no given name:
// "Languages" in "Commissioner of Official Languages Raymond Thériault".
func pluralNoun(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ages") || strings.HasSuffix(w, "ions") || strings.HasSuffix(w, "ties") || strings.HasSuffix(w, "ments") || strings.HasSuffix(w, "ces") || strings.HasSuffix(w, "ers"))
}

// personShaped reports a long capitalised run that still reads as one
// person's name: an initial (C. Stewart Verdery) or a suffix (Jr., III).
func personShaped(low []string) bool {
	for _, w := range low {
		w = strings.TrimSuffix(w, ".")
		if len(w) == 1 || w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv" {
			return true
		}
	}
	return false
}

// learnTitle remembers a capitalised word the article used as a title
// before a given name, so it is a title before a bare surname too.
func (an *analyzer) learnTitle(w string) {
	w = strings.TrimSuffix(w, ".")
	if an.titleWords == nil {
		an.titleWords = map[string]bool{}
	}
	an.titleWords[w] = true
}

// notAName reports a lone capitalised word that names no one: an adjective
// ("Democratic", "German") or a common word opening a sentence ("Country",
// "Following") that the article writes in lower case nearby.
func (pc *pctx) notAName(w string, i int) bool {
	if wordHas(w, wAdjectiveName|wStageDirection) {
		return true // "Democratic"; "(Laughs)" in a transcript
	}
	if i < len(pc.toks) && pc.toks[i].sentStart && pc.word(i+1) == "," && !pc.an.midCaps[w] &&
		(strings.HasSuffix(w, "wise") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "while") || strings.HasSuffix(w, "over")) {
		return true // "Likewise, …", "Meanwhile, …": an opening adverb
	}
	return i < len(pc.toks) && pc.toks[i].sentStart && !pc.an.midCaps[w] && pc.an.lowercaseNearby(w, pc.p.num)
}

// stageDirections are a transcript's notes, never a speaker's name.
var stageDirections = map[string]bool{"laughs": true, "laughter": true, "applause": true, "crosstalk": true,
	"inaudible": true, "cheers": true, "booing": true, "boos": true, "sighs": true, "pause": true}

// twoPeople reports a two-word run made of the surnames of two people the
// article already named apart: "Obama Putin", "Sanders Trump".
func (pc *pctx) twoPeople(m mention) bool {
	if len(m.low) != 2 || len(m.title) > 0 || isGivenName(m.low[0]) {
		return false
	}
	a, b := pc.an.reg.byLast[m.low[0]], pc.an.reg.byLast[m.low[1]]
	return len(a) > 0 && len(b) > 0 && a[0] != b[0] && len(a[0].words) > 1 && len(b[0].words) > 1 &&
		a[0].words[len(a[0].words)-1] == m.low[0] // "his daughter, Anneke", then "Anneke Vandermeer": her full name, filed under the given name
}

// headlinePast are irregular past forms a headline puts after a name:
// "Hillary Clinton Won Among …".
var headlinePast = map[string]bool{"won": true, "lost": true, "made": true, "took": true, "gave": true,
	"got": true, "came": true, "went": true, "told": true, "wrote": true, "ran": true, "held": true,
	"led": true, "met": true, "left": true, "sent": true, "hit": true, "beat": true, "broke": true, "spoke": true}

// headlineVerbForm reports a word a title-case line puts after a name as
// its verb: "Says", "Defended", "Won" (headlineVerbAfterName asks it of a
// headline, settleHeadlineNames of a name written in one line only).
func headlineVerbForm(w string) bool {
	return headlineAux[w] || headlinePast[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// headlineVerbAfterName reports a capitalised verb form after a full name
// in a short title-case line: "Ben Carson Defends Himself", "Marco Rubio
// Donor Says". Only lines of 30 tokens or fewer are looked at, so cost
// stays bounded.
func (pc *pctx) headlineVerbAfterName(i int) bool {
	if len(pc.toks) > 30 {
		return false
	}
	a, b := &pc.toks[i-2], &pc.toks[i-1]
	if a.kind != tWord || b.kind != tWord || !a.cap || !b.cap || b.poss {
		return false // the cheap tests first: this runs for every capitalised word
	}
	w := pc.toks[i].low
	if isGivenName(w) || pc.toks[i].has(wParticle) || postNominals[w] || !isGivenName(a.low) {
		return false
	}
	if !headlineVerbForm(w) && (isGivenName(b.low) || !pc.an.lowercaseNearby(w, pc.p.num)) {
		return false // "Hillary Clinton Visit To …": a word the story writes in lower case
	}
	return pc.titleCaseLine()
}

// headlineVerbBetweenSurnames reports a capitalised verb in -s between two
// capitalised words that open a short title-case line, neither a given
// name nor a title: "Brennaman Hammers Marchetti", "Cruz Blasts Rubio".
// A name of three such words with an -s word in the middle is rare.
func (pc *pctx) headlineVerbBetweenSurnames(i int) bool {
	if len(pc.toks) > 30 || i+1 >= len(pc.toks) {
		return false
	}
	a, b, c := &pc.toks[i-1], &pc.toks[i], &pc.toks[i+1]
	if a.kind != tWord || c.kind != tWord || !a.cap || !c.cap || a.poss || !(a.sentStart || i == 1) {
		return false // the cheap tests first: this runs for every capitalised word
	}
	w := b.low
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || b.poss || isGivenName(w) || isGivenName(a.low) ||
		a.has(wTitle|wRole|wOrg|wFunction) || b.has(wTitle|wRole|wOrg|wParticle) || c.has(wFunction) {
		return false
	}
	if d := i + 2; d < len(pc.toks) && pc.toks[d].kind == tWord && pc.toks[d].cap && !pc.toks[d].has(wFunction|wPrep) {
		return false // "Trump Addresses Munich Attack": the object is no lone surname
	}
	return pc.titleCaseLine()
}

// titleCaseLine reports a paragraph that reads as a title-case headline:
// three words in four capitalised, and no sentence in it.
func (pc *pctx) titleCaseLine() bool {
	words, caps := 0, 0
	for k, t := range pc.toks {
		if t.low == "." && k < len(pc.toks)-1 && !(k > 0 && endsAbbreviation(pc.toks[k-1])) || !t.cap && (t.low == "said" || t.low == "says") {
			return false // a sentence, not a headline (which may end in a full stop; "St. Louis" is no sentence's)
		}
		if t.kind == tWord {
			words++
			if t.cap {
				caps++
			}
		}
	}
	return words >= 3 && caps*4 >= words*3 // three words in four capitalised: a title-case line
}

// isAllCaps reports a word of capital letters (digits may stand among
// them): "OQLF", "CMHC", "G7".
func isAllCaps(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}

// camelCompany reports one word with a capital inside it after three
// letters or more, as companies and agencies write their names
// ("TransLink", "BlackRock", "PepsiCo", "WestJet"), not a surname's
// prefix ("McConnell", "MacKenzie", "DeSantis", "LaHood", "DiCaprio").
func camelCompany(w string) bool {
	if len(w) < 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lower := 0
	for i := 1; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			return lower >= 2 && !surnamePrefixes[w[:i]] && i+2 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
		default:
			return false
		}
	}
	return false
}

// surnamePrefixes write a capital inside surnames: "MacKenzie", "VanDyke".
var surnamePrefixes = setOf(`Mac Van Von Del Della Dos Des Las Los San Fitz`)

// nicknamed reads a given name at i, a nickname in brackets and a
// surname, "Walter (Buddy) MacIsaac": the person is Walter MacIsaac, and
// "Buddy" later is he. Nil, and no end, when no such name stands at i.
func (pc *pctx) nicknamed(i int) (*entity, int) {
	j := i + 1
	if pc.word(j) != "(" || pc.word(j+2) != ")" || !isGivenName(pc.toks[i].low) || !pc.isNameWord(j+1) || !pc.isNameWord(j+3) {
		return nil, 0
	}
	end := pc.runEnd(j + 3)
	if end != j+4 || pc.isNameWord(end) {
		return nil, 0 // a surname of one word
	}
	text := func(k int) string { return pc.p.text[pc.toks[k].start:pc.toks[k].end] }
	e := pc.an.reg.resolve(mention{words: []string{text(i), text(j + 3)}, low: []string{pc.toks[i].low, pc.toks[j+3].low},
		display: text(i) + " " + text(j+3), key: pc.toks[i].low + " " + pc.toks[j+3].low})
	if e == nil || e.org {
		return nil, 0
	}
	nick := text(j + 1)
	e.addAlias(nick)
	if _, taken := pc.an.reg.byKey[pc.toks[j+1].low]; !taken {
		pc.an.reg.byKey[pc.toks[j+1].low] = e
	}
	return e, end
}

// capsEndInOrgHead reports a run of two to five capitalised words from k,
// the last a body's head: "Justice Review Commission".
func (pc *pctx) capsEndInOrgHead(k int) bool {
	n := 0
	for ; k+n < len(pc.toks) && n < 6; n++ {
		if t := pc.toks[k+n]; t.kind != tWord || !t.cap || t.sentStart || t.poss || t.low == "the" {
			break
		}
	}
	return n >= 2 && n <= 5 && pc.has(k+n-1, wOrgHead)
}

// jobShaped reports a word ending as nouns of jobs do: "glaciologist",
// "organizer", "historian"; "Nasir" or "Imdad" opening a name do not.
func jobShaped(w string) bool {
	for _, end := range []string{"ist", "er", "or", "ian", "ant", "ent", "man", "woman", "ess", "eer", "ier", "ary", "ive", "ee", "ic", "ect", "ot", "ard", "ain", "ar"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
