package attribution

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"whosaid/model"
)

// pronounGender tells the pronouns that can point back to a speaker, and
// the gender each asks for.
func pronounGender(w string) (gender, bool) {
	switch w {
	case "he":
		return male, true
	case "she":
		return female, true
	case "they", "it":
		return unknownGender, true
	}
	return unknownGender, false
}

// resolvePronoun finds who he/she/they/it at token i stands for: earlier
// subjects and names in the paragraph, the last speaker, then recent subjects.
func (pc *pctx) resolvePronoun(w string, i int) *entity {
	e := pc.pronounReferent(w, i)
	pc.traceTo(e, refPronoun, w, i)
	return e
}

// toldSubject is the subject of "told" when a pronoun at i opens what was
// told: in "X told Y that he …" he is X, not Y, whom the nearest-name rule
// would pick; nil for any other shape or a subject of the other gender.
// cueSubjectOfIt is the body that "it" right after a cue (and "that")
// stands for: the cue's own subject, when that is a body or a document.
func (pc *pctx) cueSubjectOfIt(i int) *entity {
	t := i - 1
	if pc.word(t) == "that" {
		t--
	}
	s := pc.sentOf[i]
	if t <= s || !pc.isCue(t) {
		return nil
	}
	if e := pc.subjectBefore(t, s); e != nil && (e.org || e.doc) && !e.outlet {
		return e
	}
	return nil
}

// documentOpeningLastSentence is the document that opened the sentence
// before, in this paragraph, when "it" opens its own: "The report is also
// highly critical of regulators. It says …". Nil for any other shape.
func (pc *pctx) documentOpeningLastSentence(i int) *entity {
	if i >= len(pc.sentOf) || pc.sentOf[i] != i || i < 3 {
		return nil
	}
	st := pc.sentOf[i-1]
	if pc.word(st) != "the" || !(docNouns[pc.word(st+1)] || findingNouns[pc.word(st+1)]) || !copulas[pc.word(st+2)] && !pc.has(st+2, wAdverb) {
		return nil
	}
	if e := pc.npEndingAt(st+1, st); e != nil && (e.doc || !e.org) {
		return e
	}
	return pc.an.document(pc.phraseText(st, st+2))
}

// bodyOpeningSentence is the body that opens the sentence of token i,
// when no other body or document is named between it and i: "it" later
// in that sentence is that body. Nil for any other shape.
func (pc *pctx) bodyOpeningSentence(i int) *entity {
	if i >= len(pc.sentOf) {
		return nil
	}
	s := pc.sentOf[i]
	from := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok >= s })
	if from == len(pc.mentions) || pc.mentions[from].tok >= i {
		return nil
	}
	m := pc.mentions[from]
	if !m.e.org || m.e.outlet || m.tok > pc.skipIntro(pc.skipDateline(s, i), i)+1 || pc.prepositionObject(m.tok) {
		return nil
	}
	for _, o := range pc.mentions[from+1:] {
		if o.tok >= i {
			break
		}
		if o.e != m.e && (o.e.org || o.e.doc) && !pc.prepositionObject(o.tok) {
			return nil // "Apple sued Samsung, saying it copied …": either (but "in a fight with Samsung" leaves Apple)
		}
	}
	return m.e
}

func (pc *pctx) toldSubject(i int, g gender) *entity {
	if pc.word(i-1) != "that" || g == unknownGender {
		return nil
	}
	s := pc.sentOf[i]
	for t := i - 2; t > s && t >= i-8; t-- {
		if pc.toks[t].kind != tWord {
			return nil
		}
		if l, _ := pc.cueAt(t); l == "tell" || l == "assure" || l == "inform" || l == "remind" {
			if t == i-2 {
				return nil // "told that he": no one between to be confused with
			}
			e := pc.subjectBefore(t, s)
			if e == nil || e.org || e.group || e.gender == opposite(g) {
				return nil
			}
			return e
		}
	}
	return nil
}

func (pc *pctx) pronounReferent(w string, i int) *entity {
	g, ok := pronounGender(w)
	if !ok {
		return nil
	}
	wantOrg := w == "it" || w == "they"
	if w == "it" {
		if e := pc.cueSubjectOfIt(i); e != nil {
			return e // "The Ontario Hospital Association said it welcomed …": the association
		}
		if e := pc.documentOpeningLastSentence(i); e != nil {
			return e // "The report is also critical of regulators. It says …": the report
		}
		if e := pc.bodyOpeningSentence(i); e != nil {
			return e // "The union has fought since 2021, when it filed a lawsuit arguing …": the union
		}
	}
	if e := pc.toldSubject(i, g); e != nil {
		return e // "The president told NPR's Steve Inskeep that he believes": the president
	}
	if w == "they" && pc.lastInP != nil && pc.genderlessSpokeHere(pc.lastInP, i) {
		return pc.lastInP // "“…,” said Sam Ilunga-Marsh, a senior fellow at the Northbridge Institute. They pointed out …": Sam, not the institute
	}
	if w == "they" {
		if g := pc.pluralSubjectNear(i); g != nil {
			return g // "Progressives tend to favor projects, which they argue …"
		}
		if e := pc.an.lastJoint; e != nil && pc.an.lastJointPara == pc.p.num-1 && pc.isCue(i+1) && !pc.groupNamedBefore(i) {
			return e // "Professors Foner and Alba suggest …" then "In the United States, they write, “…”": the pair, listed under the first
		}
	}
	if e := pc.lastSpeakerAdds(w, g, i); e != nil {
		return e // "Mathieu Lavoie said his father had told him …" then "“…,” he added": Mathieu, not his father
	}
	cands := pc.candidates(i)
	if w == "they" {
		for _, e := range cands {
			if e.they && pc.lastNamedPara(e, i) >= pc.p.num-2 {
				return e // "X, who uses they/them pronouns, said …" then "“…,” they said": X
			}
		}
	}
	asker := pc.askerBefore(i, g) // "Dhillon-Akers pressed him on whether …. He said": not the one pressing
	// a name known by its shape alone ("Arianna Stone", but also "Air
	// Force") is "he" or "she" only when no one else was named lately
	var shaped, weakSpeaker *entity
	pick := func(e *entity) *entity {
		if shaped != nil && pc.lastNamedPara(e, i) < pc.p.num-2 {
			e = shaped
		}
		if g != unknownGender && e.mayLearnGender() && !pc.rivalBefore(e, g, i) {
			e.learnGender(g, "pronoun “"+w+"” (¶"+strconv.Itoa(pc.an.shown(pc.p.num))+")")
		}
		return e
	}
	// a person the text marks as one (a given name, a gender, a role) beats
	// a bare capitalised word, which may be a place ("a shop in Eskel")
	for pass := 0; pass < 2; pass++ {
		for _, e := range cands {
			if e.asker {
				continue // the interview's "Q:", never "he" or "they" in its answers
			}
			if e.outlet && w == "it" {
				return e // "The Post reported …. It added, “…”"
			}
			if e.outlet {
				continue
			}
			if g != unknownGender && e.byShape && !e.personLike() && !pc.subjectHere(e) {
				if shaped == nil && !e.org && pc.lastNamedPara(e, i) >= pc.p.num-1 {
					shaped = e // (but "Tarrant County" is no "he")
				}
				continue
			}
			if wantOrg {
				if w == "they" && pass == 0 && pc.namedOneSpokeLast(e, i) {
					return e // "Maracle-Boyd told Global News that …" then "“…,” they said": one person the article gives no pronoun
				}
				if w == "they" && pass == 0 && pc.unnamedOneSpokeLast(e) {
					return e // "One longtime employee … told CBC News …" then "“…,” they said": the employee
				}
				if e.org && !(w == "they" && wordIs(strings.Join(e.words, " "), mPlaceName)) {
					return e // but "they" is no country or state
				}
				if e.doc && w == "it" {
					return e // "The report said …. It added …"
				}
				if w == "they" {
					if first := pc.pairedWith(e, i); first != nil {
						return first // "Wilcox and Beruff argued …, they said": listed under the first
					}
				}
				continue
			}
			if pass == 0 && e == pc.lastInP && g != unknownGender && e.gender == opposite(g) && e.weakGender() && !e.org && !e.group {
				weakSpeaker = e
			}
			if e.org || e.group || e.doc || e.pluralName() || g != unknownGender && e.theNamed || e.gender != unknownGender && e.gender != g && (pass == 0 || !e.weakGender()) {
				continue // a generated name list's gender gives way, in the second pass, to the article's pronoun (the curated tables' does not)
			}
			if g != unknownGender && len(e.words) == 1 && e.first == "" && len(e.heads) == 0 && e.role == "" && pc.an.lowercaseNearby(e.words[0], pc.p.num) {
				continue // "(Water is life.)" then "He says": a common noun the page capitalised, no one
			}
			if asker != nil && e == asker || pc.rejectsArgumentOf(e, i) {
				continue // "Vanstone argued …. He rejected both arguments": the judge, not Vanstone
			}
			if pc.readByBefore(e, i) {
				continue // "In a statement read by X on the steps, she said": the author, not X who read it
			}
			if pc.namedLaterInSentence(e, i, 6) || pc.sourceLaterInSentence(e, i) {
				continue // "He praised Putin", "the businessman praised Putin": not Putin; "he said, according to the person": not the person
			}
			if replyCues[pc.word(i+1)] && pc.an.spokeLast(e, pc.p.num) {
				continue // "“Did you see a knife?” Gill asked." then "“…,” she replied": not Gill
			}
			if pc.word(i) == w && pc.namedInOwnClause(e, i) {
				continue // "He said Dahl …", "“Reed is our best debater,” he says": not Dahl, not Reed
			}
			if pass == 0 && e.first == "" && e.gender == unknownGender && len(e.heads) == 0 && e.role == "" && !e.acted && !pc.subjectHere(e) && !e.initialed() {
				continue // but a bare surname that is a subject here acts as a person does
			}
			if g != unknownGender && !e.personLike() && !pc.subjectHere(e) {
				continue // "he said" never means Fort Pierce, Carrier or the Fed
			}
			if weakSpeaker != nil && pc.lastNamedPara(e, i) < pc.p.num-1 {
				return pick(weakSpeaker) // "“…,” Sekwan-Whitford said. Asked …, he said": Devon, whom the generated lists call a woman, not a man named paragraphs back
			}
			return pick(e)
		}
	}
	if shaped != nil {
		return pick(shaped)
	}
	return nil
}

// unnamedOneSpokeLast reports an unnamed single person (not a group, a
// body or a document) who made the last statement, in this paragraph or
// the one before: "they" then is that person.
func (pc *pctx) unnamedOneSpokeLast(e *entity) bool {
	if !e.unnamed || e.group || e.org || e.doc || e.gender != unknownGender || len(e.heads) != 1 || pluralOfPeople(e.heads[0]) {
		return false
	}
	n := len(pc.an.stmts)
	return n > 0 && pc.an.owners[n-1] == e && pc.an.stmts[n-1].Paragraph >= pc.p.num-1
}

// lastSpeakerAdds is who made the last statement, in this paragraph or
// the one before, when a pronoun of their gender at i adds to it ("“…,”
// he added"); nil for any other shape.
func (pc *pctx) lastSpeakerAdds(w string, g gender, i int) *entity {
	if w != "he" && w != "she" || !addingCues[pc.word(i+1)] || i == 0 || pc.toks[i-1].kind != tQuote || pc.toks[i-1].q != 0 ||
		!pc.atParagraphStart(i-1) || !strings.HasSuffix(strings.TrimSpace(pc.quoteText(0)), ",") {
		return nil // (only the paragraph's opening quotation: its own statements before are not yet counted)
	}
	var e *entity
	for k := len(pc.an.stmts) - 1; k >= 0 && pc.an.stmts[k].Paragraph == pc.p.num-1; k-- {
		if pc.an.stmts[k].Kind == model.KindQuote && pc.an.insideReported(k) {
			continue // "… his father had told him to “go to practice”": the son's statement, the father's words inside it
		}
		e = pc.an.owners[k]
		break
	}
	if e == nil || e.org || e.group || e.doc || e.unnamed || e.gender != g {
		return nil
	}
	return e
}

// insideReported reports statement k, a quotation, inside a reported
// statement of its paragraph.
func (an *analyzer) insideReported(k int) bool {
	q := an.stmts[k]
	for j := k - 1; j >= 0 && an.stmts[j].Paragraph == q.Paragraph; j-- {
		if r := an.stmts[j]; r.Kind == model.KindReported && r.Start <= q.Start && q.End <= r.End {
			return true
		}
	}
	return false
}

var addingCues = setOf(`added adds continued continues`)

// readByBefore reports e named as who read something aloud ("read by X",
// "read aloud by X") earlier in the sentence of token i.
func (pc *pctx) readByBefore(e *entity, i int) bool {
	if i >= len(pc.sentOf) {
		return false
	}
	for _, m := range pc.mentions {
		k := m.tok
		if k >= i || k < pc.sentOf[i] || m.e != e {
			continue
		}
		if pc.word(k-1) == "by" && (pc.word(k-2) == "read" || pc.word(k-2) == "aloud" && pc.word(k-3) == "read") {
			return true
		}
	}
	return false
}

// namedOneSpokeLast reports a named person the article has given no
// pronoun, who made the last statement, in the paragraph before, when
// "they" at i is the subject of a cue after a quotation: "“…,” they said".
func (pc *pctx) namedOneSpokeLast(e *entity, i int) bool {
	if e.unnamed || e.group || e.org || e.doc || e.outlet || e.first == "" || e.gender != unknownGender && !e.genderFromName || e.couple != nil {
		return false
	}
	opens := i == 0 && pc.isCue(i+1) && e.gender == unknownGender // "“…,” Okemasis-Leung said." then "They said they would …"
	if !opens && (i == 0 || pc.toks[i-1].kind != tQuote || !pc.isCue(i+1) || !strings.HasSuffix(strings.TrimSpace(pc.quoteText(int(pc.toks[i-1].q))), ",")) {
		return false // (but not "‘What do you mean?’ They said, ‘…’": the people asked)
	}
	n := len(pc.an.stmts)
	return n > 0 && pc.an.owners[n-1] == e && pc.an.stmts[n-1].Paragraph == pc.p.num-1
}

// genderlessSpokeHere reports a named person the article gives no gender
// who spoke last in this paragraph, when "They" opens a sentence with a cue
// after it: one person, not the body named in their description.
func (pc *pctx) genderlessSpokeHere(e *entity, i int) bool {
	if e != pc.lastInP || e.unnamed || e.group || e.org || e.doc || e.outlet || e.first == "" || e.gender != unknownGender || e.couple != nil {
		return false
	}
	return (pc.toks[i].sentStart || i > 0 && pc.toks[i-1].kind == tQuote) && pc.isCue(i+1) // "They pointed out", "“…,” they said"
}

// rejectsArgumentOf reports a pronoun at i that rejects or dismisses the
// arguments e made in the last statement: "He rejected both arguments"
// after "Vanstone argued that …" is someone else.
func (pc *pctx) rejectsArgumentOf(e *entity, i int) bool {
	if w := pc.word(i + 1); w != "rejected" && w != "dismissed" && w != "rejects" && w != "dismisses" {
		return false
	}
	found := false
	for k := i + 2; k < len(pc.toks) && k <= i+4; k++ {
		if w := pc.word(k); w == "argument" || w == "arguments" || w == "claim" || w == "claims" || w == "submissions" {
			found = true
		}
	}
	n := len(pc.an.stmts)
	return found && n > 0 && pc.an.owners[n-1] == e && arguingCues[pc.an.stmts[n-1].Cue]
}

var arguingCues = setOf(`argued argues contended contends claimed claims submitted maintained`)

// askerBefore is who, in the sentence before the one opening with the
// pronoun at i, pressed someone of the pronoun's gender: "Dhillon-Akers
// pressed him on whether …. He said …" answers, so "he" is not the one
// who pressed. Nil for any other shape.
func (pc *pctx) askerBefore(i int, g gender) *entity {
	if g == unknownGender || i >= len(pc.sentOf) || i == 0 {
		return nil
	}
	if e := pc.askedBy(i); e != nil {
		return e // "Asked by commission counsel Me Sophie Archambault whether …, she replied": not the counsel
	}
	if e := pc.an.askerOf(pc.p.num - 1); e != nil && pc.sentOf[i] == 0 {
		return e // "Asked by host Dana Whitfield whether …, Ramaswamy did not hesitate." then "“…,” she said": not the host
	}
	if pc.sentOf[i] != i {
		return nil
	}
	obj := "him"
	if g == female {
		obj = "her"
	}
	ps := pc.sentOf[i-1]
	for k := ps + 1; k+1 < i; k++ {
		if pc.is(k, mPressVerb) && pc.word(k+1) == obj {
			return pc.subjectBefore(k, ps)
		}
	}
	return nil
}

// askedBy is the one named after "Asked by" opening the sentence of token
// i, before the comma that closes the question; nil if none.
func (pc *pctx) askedBy(i int) *entity {
	s := pc.sentOf[i]
	if pc.word(s) != "asked" || pc.word(s+1) != "by" {
		return nil
	}
	stop := s + 2
	for stop < i && pc.word(stop) != "," {
		stop++
	}
	if stop >= i {
		return nil
	}
	for _, m := range pc.mentions {
		if m.tok > s+1 && m.tok < stop && !m.e.org {
			return m.e
		}
	}
	return nil
}

var pressVerbs = setOf(`pressed asked questioned grilled challenged quizzed`)

// weakGender reports a gender known only from the long generated name
// lists, which hold names of either sex under one ("Adel").
func (e *entity) weakGender() bool {
	return e.genderFromName && !femaleNames[e.first] && !maleNames[e.first]
}

// pluralName reports an entity named by one capitalised plural of people
// ("Democrats", "Investigators"): never "he" or "she".
func (e *entity) pluralName() bool {
	return len(e.words) == 1 && !isGivenName(e.words[0]) && (wordIs(e.words[0], mGroupNoun) || commonPlural(e.words[0]))
}

// pluralSubjectNear is the group of people or the pair of names that
// opens the sentence of token i, before it, or else the sentence before in
// the paragraph: "they" after "Friends of the senator say …", "Cruz's
// allies bristle" or "Ane Vold and Per Hauge suggest".
func (pc *pctx) pluralSubjectNear(i int) *entity {
	if i >= len(pc.sentOf) {
		return nil
	}
	s := pc.sentOf[i]
	if g := pc.pluralSubjectOf(s, i); g != nil {
		return g
	}
	if s == 0 {
		return nil
	}
	p := pc.sentOf[s-1]
	return pc.pluralSubjectOf(p, s)
}

// pluralSubjectOf reads the noun phrase opening the sentence at s (up to
// token end) as a pair of names or a group of people, or nil.
func (pc *pctx) pluralSubjectOf(s, end int) *entity {
	if w := pc.word(s); pc.is(s, mJoiningWord) || w == "still" {
		s++ // skipIntro leaves "But" in place and reads "Still" on to a comma
	}
	s = pc.skipIntro(s, end)
	if r := pc.runEnd(s); r > s && pc.word(r) == "and" && pc.nameAfter(r+1) {
		if e := pc.entityAt(s, r); e != nil && !e.org {
			return e // "Ane Vold and Per Hauge suggest …": the pair, listed under the first
		}
	}
	for j := s; j < end && j < s+8 && pc.toks[j].kind == tWord && !verbLike(pc.toks[j]) && !pc.isCue(j) && !subjectBoundary[pc.word(j)] && !notNoun(pc.word(j)); j++ {
		if pc.has(j, wRole) {
			return nil // "The freshman senator wants": one person
		}
		if pluralOfPeople(pc.word(j)) {
			return pc.groupOf(s, j+1)
		}
	}
	return nil
}

// pairedWith finds e named with another person by "and" before token i in
// this paragraph ("Jim Zeliff and 24-year-old Tom Giancola"), and returns
// the first of the two; nil when e was named alone.
func (pc *pctx) pairedWith(e *entity, i int) *entity {
	if e.org || e.outlet || e.group || e.doc || e.byShape && !e.personLike() {
		return nil // "the Transatlantic Trade and Investment Partnership" is no pair of people
	}
	last := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok >= i })
	for _, x := range pc.mentions[max(0, last-30):last] { // the recent ones: no scan of a whole long paragraph
		if x.tok >= i {
			break
		}
		if x.e.org {
			continue
		}
		if and := x.tok - 1; pc.word(and) == "and" || pc.word(and-1) == "and" {
			if pc.word(and) != "and" {
				and-- // "Jon Sande and 24-year-old Tor Bakke"
			}
			if a := pc.nameEndingAt(and); a != nil && a != x.e && (a == e || x.e == e) {
				return a
			}
		}
		if and := pc.runEnd(x.tok); pc.word(and) == "and" && x.e == e && pc.nameAfter(and+1) {
			return e
		}
	}
	return nil
}

// nameEndingAt is the person named by the run of name words that ends just
// before token j; nil when none does.
func (pc *pctx) nameEndingAt(j int) *entity {
	if j < 1 || !pc.isNameWord(j-1) {
		return nil
	}
	start := pc.nameStart(j-1, pc.sentOf[j])
	if pc.runEnd(start) != j {
		return nil
	}
	m, _ := pc.mentionAt(start, j)
	if e := pc.entityOf(m, start, j); e != nil && !e.org {
		return e
	}
	return nil
}

// nameAfter reports a person's name at k or one word later ("and Tor
// Bakke", "and 24-year-old Tor Bakke").
func (pc *pctx) nameAfter(k int) bool {
	for j := k; j <= k+1 && j < len(pc.toks); j++ {
		if pc.isNameWord(j) && pc.runEnd(j) > j {
			m, _ := pc.mentionAt(j, pc.runEnd(j))
			return !m.org && !m.outlet && !isOrgName(m.low)
		}
	}
	return false
}

// candidates lists antecedents of a pronoun at token i, best first.
func (pc *pctx) candidates(i int) []*entity {
	c := pc.an.candBuf[:0]
	defer func() { pc.an.candBuf = c[:0] }()
	if e := pc.relativeHeadBefore(i); e != nil {
		c = append(c, e)
	}
	if e := pc.sentenceSubjectBefore(i); e != nil {
		c = append(c, e)
	} else if e := pc.clauseSubj; e != nil && !e.outlet && (e.role != "" || len(e.heads) > 0) && (pc.word(i) == "he" || pc.word(i) == "she") && i < len(pc.sentOf) && pc.clauseAt >= pc.sentOf[i] && pc.clauseAt < i {
		c = append(c, e) // "The chief said …, but she urged": the subject of the clause before, named by a role
	}
	if e := pc.titleOpensSentenceBefore(i); e != nil {
		c = append(c, e) // "The First Minister is expected to visit Arran. Speaking afterwards, she said"
	}
	// the sentences before, the latest first: each one's subject, then its
	// names, the one in subject place (not after a preposition) first
	si, sLim := len(pc.subjects)-1, max(0, len(pc.subjects)-10)
	last := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok >= i })
	from := max(0, last-30)
	if len(pc.toks) > 0 && i < len(pc.sentOf) && pc.sentOf[i] > 0 {
		dateline := pc.skipDateline(0, pc.sentEnd(0))
		for from < last && pc.mentions[from].tok < dateline {
			from++ // "Adre, Chad – Fatima Abakar Issa fled …. Now … she says": not the town
		}
	}
	for k := last - 1; k >= from; {
		m := pc.mentions[k]
		if i < len(pc.sentOf) && pc.sentOf[m.tok] >= pc.sentOf[i] {
			k--
			continue
		}
		for ; si >= sLim && pc.subjAt[si] >= int(pc.toks[pc.sentOf[m.tok]].start); si-- {
			c = append(c, pc.subjects[si])
		}
		j := k // the sentence's names are [j, k]
		for j > from && pc.sentOf[pc.mentions[j-1].tok] == pc.sentOf[m.tok] {
			j--
		}
		lead := -1
		for x := j; x <= k; x++ {
			if !pc.mentions[x].e.org && !pc.prepositionObject(pc.mentions[x].tok) && !pc.modifiesNextName(x) && !pc.determinerName(pc.mentions[x].tok) {
				lead = x
				c = append(c, pc.mentions[x].e)
				break
			}
		}
		for x := k; x >= j; x-- {
			if x != lead {
				c = append(c, pc.mentions[x].e)
			}
		}
		k = j - 1
	}
	for ; si >= sLim; si-- {
		c = append(c, pc.subjects[si])
	}
	if pc.lastInP != nil {
		c = append(c, pc.lastInP)
	}
	// the paragraph before: its subjects and speakers, then anyone it named
	// ("Among the crowd was Aminata Diallo." / "“…,” she said."); then older
	an := pc.an
	prev := pc.p.num - 1
	r, m := len(an.recent)-1, len(an.mentioned)-1
	for ; r >= 0 && an.recentAt[r] >= prev; r-- {
		c = append(c, an.recent[r])
	}
	for ; m >= 0 && an.mentionedAt[m] >= prev; m-- {
		c = append(c, an.mentioned[m])
	}
	for k := r; k >= 0 && k >= r-8; k-- {
		c = append(c, an.recent[k])
	}
	for ; m >= 0; m-- {
		c = append(c, an.mentioned[m])
	}
	return c
}

// relativeHeadBefore is the person a relative clause holding token i
// hangs on, while the clause runs: "Lee fought Ray Hall, who led the
// campaign because he claimed …" is Hall.
func (pc *pctx) relativeHeadBefore(i int) *entity {
	if i >= len(pc.sentOf) {
		return nil
	}
	s := pc.sentOf[i]
	for k := i - 1; k > s && k >= i-window; k-- {
		switch pc.word(k) {
		case ";", ",", "”", "“", "\"":
			return nil // the relative clause has closed
		case "who":
			if k == i-1 {
				return nil // "Kelly, who he claims has been unfair": who is not he
			}
			j := k
			if pc.word(j-1) == "," {
				j--
			}
			return pc.nameEndingAt(j)
		}
	}
	return nil
}

// sentenceSubjectBefore is the first person named before token i in its
// sentence who can be its subject: not the object of a preposition ("Asked
// about Jones, he said"; "He is leaning toward Kasich, he said"), while a
// possessor counts, even after a preposition ("In Lee's speech, he said"
// is Lee's); "As for Trump, he said" keeps its topic.
func (pc *pctx) sentenceSubjectBefore(i int) *entity {
	if i >= len(pc.sentOf) {
		return nil
	}
	s := pc.sentOf[i]
	from := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok >= s })
	asked := pc.askedClauseEnd(s, i)
	for x, m := range pc.mentions[from:min(len(pc.mentions), from+30)] {
		if m.tok >= i || pc.sentOf[m.tok] != s {
			break
		}
		if m.tok < asked {
			continue // "Asked how Osterhout had taken the verdict, he said": the one asked about, not the one answering
		}
		if !m.e.org && (!pc.prepositionObject(m.tok) || pc.accordingToAt(m.tok)) && !pc.modifiesNextName(from+x) && !pc.determinerName(m.tok) {
			if j := pc.samePronounBefore(i, s, m.tok); j >= 0 {
				return pc.pronounReferent(pc.toks[j].low, j)
			}
			if pc.reportingAside(i) && !pc.toks[pc.runEnd(m.tok)-1].poss && !m.e.markedPerson() {
				return nil // "The Common Core was rolled out badly, he said": what is said, not who says it
			}
			if i >= 2 && pc.word(i-1) == "the" && pc.word(i-2) == "," && pc.cueClosesAside(i+1) && pc.sentEndOf[i]-i <= 6 && !pc.toks[pc.runEnd(m.tok)-1].poss {
				return nil // "Dylan Parry had gone to bed at about 23:00, the prosecutor said": Parry is spoken of; he would be "he"
			}
			return m.e
		}
	}
	if from == len(pc.mentions) || pc.mentions[from].tok >= i || pc.sentOf[pc.mentions[from].tok] != s {
		if e := pc.definitePersonSubject(s, i); e != nil && pc.word(i) != "it" {
			return e // "The victim's mother, who cannot be identified, read a statement in which she said": the mother
		}
	}
	return nil
}

// accordingToAt reports a name at token k that "according to" opens: the
// source of its sentence, whom a "he" later in it means ("…, according
// to Pierre-Luc Dorval, but he said …").
func (pc *pctx) accordingToAt(k int) bool {
	return k >= 2 && pc.word(k-1) == "to" && pc.word(k-2) == "according"
}

// askedClauseEnd is the comma closing a question clause that opens the
// sentence at s, "Asked how Osterhout had taken the verdict," or "When
// asked whether …,": the names in it are asked about. s when there is none.
func (pc *pctx) askedClauseEnd(s, i int) int {
	k := s
	if w := pc.word(k); w == "when" || w == "after" || w == "also" {
		k++
	}
	if !(pc.word(k) == "asked" && askedAbout[pc.word(k+1)] || byQuestioners[pc.word(k)] && pc.word(k+1) == "by") {
		return s // (and "Pressed by Teone on the cost, he said": Teone asks, he answers)
	}
	for j := k + 2; j < i && j < k+30; j++ {
		if pc.word(j) == "," {
			return j
		}
	}
	return s
}

var askedAbout = setOf(`how whether if why what when where who which about`)

// byQuestioners open a clause of one who put a question or reached the
// speaker: "Pressed by X on …,", "Reached by the Courier,".
var byQuestioners = setOf(`pressed reached questioned challenged contacted interviewed asked approached quizzed`)

// reportingAside reports a pronoun at i that opens a reporting clause set
// off by a comma after what it reports: "…, he said", "…, they argue".
func (pc *pctx) reportingAside(i int) bool {
	return pc.word(i-1) == "," && pc.cueClosesAside(i+1)
}

// cueClosesAside reports a cue at i that ends its clause: "…, he said.",
// "…, the prosecutor said in court".
func (pc *pctx) cueClosesAside(i int) bool {
	l, n := pc.cueAt(i)
	if l == "" {
		return false
	}
	w := pc.word(i + n)
	return w == "," || w == "." || w == ";" || w == "" || pc.has(i+n, wPrep)
}

// markedPerson reports an entity the article marks as a person: a known
// given name, a gender, a title or a role.
func (e *entity) markedPerson() bool {
	return !e.org && !e.group && (e.first != "" && isGivenName(e.first) || e.gender != unknownGender || e.role != "" || len(e.heads) > 0)
}

// samePronounBefore finds the pronoun at i used earlier in its sentence,
// before token upto: "He lambasted the deal negotiated by Obama, who he
// noted …" — the second "he" is the first one's, not Obama.
func (pc *pctx) samePronounBefore(i, s, upto int) int {
	w := pc.toks[i].low
	for j := max(s, upto-window); j < upto; j++ {
		if t := pc.toks[j]; t.kind == tWord && t.low == w && !t.poss {
			return j
		}
	}
	return -1
}

// modifiesNextName reports the x-th mention as part of the title of the
// name after it: "Clinton" in "Clinton campaign manager Robby Mook".
func (pc *pctx) modifiesNextName(x int) bool {
	if x+1 >= len(pc.mentions) {
		return false
	}
	k, n := pc.mentions[x].tok, pc.mentions[x+1].tok
	if n > k+4 || pc.runEnd(k) >= n || pc.toks[pc.runEnd(k)-1].poss {
		return false
	}
	_, lead := pc.mentionAt(n, pc.runEnd(n))
	return lead <= k
}

// determinerName reports a name at k after "the" or "a" with no title:
// a word that qualifies a noun ("the Carrier plant", "a Clinton aide"),
// no clause's subject.
func (pc *pctx) determinerName(k int) bool {
	if w := pc.word(k - 1); w != "the" && w != "a" && w != "an" {
		return false
	}
	m, _ := pc.mentionAt(k, pc.runEnd(k))
	return len(m.title) == 0
}

// prepositionObject reports a name at k that a preposition governs, unless
// it is a possessor or the topic of "as for" or of a sentence opening "For".
func (pc *pctx) prepositionObject(k int) bool {
	p := pc.word(k - 1)
	if p == "the" && (pc.has(k-2, wObjectPrep) || pc.word(k-2) == "of") {
		return true // "director of the House Majority PAC": a body named in passing
	}
	if p == "of" && k >= 2 && pc.is(k-2, mDirectionWord) {
		return true // "In Butler County, east of Wichita, Commissioner Ruth Ostrowski said": a place in passing
	}
	if !pc.has(k-1, wObjectPrep) || p == "for" && (pc.word(k-2) == "as" || pc.toks[k-1].sentStart) {
		return false // "As for Lee", "For Major, a retiree, …": the sentence's topic
	}
	return !pc.toks[max(k, pc.runEnd(k)-1)].poss
}

// objectPreps take a name as their object, never as a clause's subject
// ("as", "of" and "by" are left out: "As Lee began", "the support of Lee",
// "asked by Lee" all keep Lee salient).
var objectPreps = map[string]bool{"about": true, "toward": true, "towards": true, "between": true,
	"with": true, "against": true, "at": true, "on": true, "in": true, "into": true, "like": true,
	"than": true, "among": true, "from": true, "to": true, "for": true, "after": true, "before": true,
	"over": true, "under": true, "including": true, "via": true, "near": true, "behind": true}

// mainSubject is the subject of the main clause of the sentence [s, end)
// when the speaker subj speaks only in a clause it leads into ("Ryan did
// not sound sure when Tapper asked whether …"): nil otherwise.
func (pc *pctx) mainSubject(s, end int, subj *entity) *entity {
	at := -1
	from := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok >= s })
	for _, m := range pc.mentions[from:min(len(pc.mentions), from+30)] {
		if m.tok >= end {
			break
		}
		if m.e == subj {
			at = m.tok
			break
		}
	}
	sub := -1
	if at >= 0 {
		for k := at - 1; k > s && k >= at-window; k-- {
			// "if" is left out: in "… if elected, Lind said" the
			// condition belongs to what is said, not to Lind's clause
			if w := pc.word(k); pc.has(k, wSubordinator) && w != "if" {
				sub = k
				break
			}
		}
	} else if subj.unnamed {
		for k := s + 1; k < end && k < s+window; k++ {
			if pc.has(k, wSubordinator) && pc.has(k+1, wDeterminer) {
				sub = k // "… when a voter asked …"
				break
			}
		}
	}
	if sub < 0 {
		return nil
	}
	main := pc.sentenceSubject(s, sub)
	if main == nil || main == subj || main.org || main.outlet || main.group || main.doc {
		return nil
	}
	return main
}

// relativeOf is the relative "his wife" or "her brother" at token j
// names: the name that follows, or the latest person of gender g named in
// this paragraph or the two before who is not the one "his" or "her" (at
// d) points to; nil when there is none.
func (pc *pctx) relativeOf(g gender, d, j int) *entity {
	if pc.isNameWord(j+1) && !pc.toks[j+1].sentStart {
		return pc.entityAt(j+1, pc.runEnd(j+1)) // "his brother Alastair Osman"
	}
	for _, r := range pc.relatives {
		if r.tok == d {
			return r.e // asked again: once "her mother" is Margaret, "her" would point to Margaret herself
		}
	}
	e := pc.relativeNamed(g, d, j)
	if e != nil {
		pc.relatives = append(pc.relatives, mentionRef{e, d})
	}
	return e
}

// relativeNamed is relativeOf's reading, the first time it is asked.
func (pc *pctx) relativeNamed(g gender, d, j int) *entity {
	owner := pc.pronounReferent(map[string]string{"his": "he", "her": "she"}[pc.word(d)], d)
	if owner != nil {
		if e := pc.an.reg.latest(func(e *entity) bool { return e.kinOf == owner && e.kin == pc.word(j) }); e != nil {
			return e // "Her brother, who runs …" after "her brother Tomás", however long ago
		}
		if p, want := owner.kinOf, kinLevels[pc.word(j)]; p != nil && want != "" && otherLevel[kinLevels[owner.kin]] == want && p.gender != opposite(g) {
			return p // "Her mother said" after "Margaret Pollard … Her daughter, Susan Pollard,": Susan's mother is Margaret
		}
	}
	if e := pc.an.reg.onlyKin(pc.word(j)); e != nil && e != owner {
		return e // "His mother said": the one mother the article named ("Samuel’s mother, Nathalie Thibodeau")
	}
	if e := pc.an.reg.seniorOrJunior(owner, pc.word(j)); e != nil {
		return e // "his father" after Ravi Sandhu Jr. and Ravi Sandhu Sr.: the elder, whichever of them "his" met first
	}
	if e := pc.an.reg.kinBySurname(owner, g, pc.word(j)); e != nil {
		return e // "His wife said" after Doug Harbottle: the one other Harbottle of her gender, Marlene
	}
	for _, e := range pc.candidates(j) {
		if e != owner && e.gender == g && !e.org && !e.group && !e.doc && !e.outlet && pc.lastNamedPara(e, j) >= pc.p.num-2 {
			pc.traceTo(e, refPronoun, pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], j)
			return e
		}
	}
	return nil
}

// seniorOrJunior is, of a father and son of one name told apart by "Sr."
// and "Jr.", the father for "father" or "dad" and the son for "son",
// when owner is one of them; nil otherwise.
func (r *registry) seniorOrJunior(owner *entity, kin string) *entity {
	suffix := map[string]string{"father": "sr.", "dad": "sr.", "son": "jr."}[kin]
	if owner == nil || suffix == "" || len(owner.words) < 2 {
		return nil
	}
	last := owner.words[len(owner.words)-1]
	if last == "sr." || last == "jr." {
		last = owner.words[len(owner.words)-2]
	}
	for _, e := range r.byLast[last] {
		if n := len(e.words); n >= 3 && e.words[n-1] == suffix && e.words[n-2] == last {
			return e
		}
	}
	return nil
}

// resolvePerson points a role noun ("the 58-year-old", "the striker") back
// like a pronoun of gender g; with no gender it learns none.
func (pc *pctx) resolvePerson(g gender, i int) *entity {
	switch g {
	case female:
		return pc.resolvePronoun("she", i)
	case male:
		return pc.resolvePronoun("he", i)
	}
	for _, e := range pc.candidates(i) {
		if !e.org && !e.outlet && !e.doc && !e.group && !(e.byShape && !e.personLike() && !pc.subjectHere(e)) && !pc.namedInSentence(e, i) && !pc.namedLaterInSentence(e, i, 12) {
			return e // someone named before this sentence: "Under questioning by X, the veteran said"
		}
	}
	return nil
}

// namedLaterInSentence reports e named just after token i in its own
// clause, as the object of i's verb: "The businessman has praised Putin",
// "He said Mateen …" are not Putin or Mateen. A name past a comma or
// "that" may still be i's ("He admits that …, but Prager thinks").
func (pc *pctx) namedLaterInSentence(e *entity, i, reach int) bool {
	if i >= len(pc.sentOf) {
		return false
	}
	from := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok > i })
	for _, m := range pc.mentions[from:min(len(pc.mentions), from+4)] {
		if m.tok > i+reach || pc.sentOf[m.tok] != pc.sentOf[i] || pc.clauseBreak(i, m.tok) {
			break // "“…,” he wrote. Bujnowski also …" is the next sentence's
		}
		if m.e == e {
			return true
		}
	}
	return false
}

// sourceLaterInSentence reports e, someone unnamed, as the source of an
// "according to" just after i in its sentence: in "“…,” he said,
// according to the person", he is someone else.
func (pc *pctx) sourceLaterInSentence(e *entity, i int) bool {
	if !e.unnamed || len(e.heads) == 0 || i >= len(pc.sentOf) {
		return false
	}
	for k := i + 1; k+1 < len(pc.toks) && k < i+6 && pc.sentOf[k] == pc.sentOf[i]; k++ {
		if pc.word(k) != "according" || pc.word(k+1) != "to" {
			continue
		}
		for q := k + 2; q < len(pc.toks) && q < k+7 && pc.toks[q].kind == tWord; q++ {
			if e.heads.has(pc.word(q)) {
				return true
			}
		}
		return false
	}
	return false
}

// clauseBreak reports a comma, "that", a conjunction or a quotation
// between tokens i and j.
func (pc *pctx) clauseBreak(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if w := pc.word(k); w == "," || w == "that" || w == ";" || coordinated(w) || w == "but" || pc.toks[k].kind == tQuote {
			return true
		}
	}
	return false
}

func (pc *pctx) namedInSentence(e *entity, i int) bool {
	if i >= len(pc.sentOf) {
		return false
	}
	from := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok >= pc.sentOf[i] })
	for _, m := range pc.mentions[from:min(len(pc.mentions), from+30)] {
		if m.e == e && m.tok < i {
			return true
		}
	}
	return false
}

// subjectHere reports e as the subject of a sentence of this paragraph:
// "Burton explained from a podium. “…,” he said."
func (pc *pctx) subjectHere(e *entity) bool {
	for _, x := range pc.subjects {
		if x == e {
			return true
		}
	}
	return false
}

// namedInOwnClause reports e named after the subject pronoun at i in its
// own clause, or in a quotation of its sentence: a pronoun is not a name
// its clause goes on to use ("He said that Dahl had not read it" is
// someone else), and a speaker calls himself "I", not by his surname
// ("“Reed is our best debater,” he says" is not Reed). A pronoun in a
// clause that opens the sentence ("When he arrived, Dahl said") may point
// ahead past that clause's comma, so only its own clause counts.
func (pc *pctx) namedInOwnClause(e *entity, i int) bool {
	if i >= len(pc.sentOf) {
		return false
	}
	s, end := pc.sentOf[i], min(pc.sentEnd(i), i+window)
	ahead := false
	for k := max(s, i-window); k < i; k++ {
		if w := pc.word(k); wordHas(w, wSubordinator) || w == "whether" {
			ahead = true
			break
		}
	}
	if pc.namedBeforeClauseEnds(e, i, min(end, i+20)) {
		return true
	}
	if ahead || e.org || e.outlet || e.group || e.doc {
		return false // "“Acme stands by its product,” it said": a company names itself
	}
	// the quotations the pronoun's cue frames: back to one that ended a
	// sentence of its own, on to one that ends this one
	for k := i - 1; k >= max(s, i-window); k-- {
		if pc.toks[k].kind == tQuote {
			if k < i-2 && pc.quoteEndsSentence(k) {
				break
			}
			if quoteNames(pc.quoteText(int(pc.toks[k].q)), e) {
				return true
			}
		}
	}
	for k := i + 1; k < end; k++ {
		if pc.toks[k].kind == tQuote {
			if quoteNames(pc.quoteText(int(pc.toks[k].q)), e) {
				return true
			}
			if pc.quoteEndsSentence(k) {
				break
			}
		}
	}
	return false
}

// quoteEndsSentence reports a quotation token k whose words end with a
// full stop, question or exclamation mark: the sentence the tokens run on
// in ended inside it ("he said on “Morning Joe.” “And …”").
func (pc *pctx) quoteEndsSentence(k int) bool {
	q := strings.TrimRight(pc.quoteText(int(pc.toks[k].q)), " ")
	return strings.HasSuffix(q, ".") || strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!")
}

// namedBeforeClauseEnds reports e named after token i and before the
// clause that i opens ends, at most at token end: at a comma, a dash, a
// semicolon, "but", "according to" or a clause of time or cause hung on
// it ("he said after Dickey read the facts Lazar admitted"); a clause
// within what is said ("he said that when Trump's hotels …") runs on.
func (pc *pctx) namedBeforeClauseEnds(e *entity, i, end int) bool {
	from := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok > i })
	k := i + 1
	for x := from; x < len(pc.mentions) && x < from+8 && pc.mentions[x].tok < end; x++ {
		for ; k < pc.mentions[x].tok; k++ {
			switch w := pc.word(k); {
			case pc.toks[k].kind == tQuote && pc.quoteEndsSentence(k):
				return false
			case w == "," || w == ";" || w == "—" || w == "–" || w == "--" || w == "but" || w == "according":
				return false
			case wordHas(w, wSubordinator) && pc.word(k-1) != "that":
				return false
			}
		}
		if pc.mentions[x].e == e {
			return true
		}
	}
	return false
}

// quoteNames reports the surname of person e, capitalised, in quotation
// text q, used of a person: not after a given name (a speaker who names
// himself in full, “it's not Bernie Sanders”; “Bill Clinton” in what
// Hillary Clinton says) and not before a noun it qualifies (“the Reed
// campaign”, “Reed supporters”).
func quoteNames(q string, e *entity) bool {
	last := surnameAsWritten(e)
	if last == "" || !unicode.IsUpper(firstRune(last)) {
		return false
	}
	for off := 0; ; {
		k := strings.Index(q[off:], last)
		if k < 0 {
			return false
		}
		at := off + k
		off = at + len(last)
		if at > 0 && isWordRune(lastRune(q[:at])) || off < len(q) && isWordRune(firstRune(q[off:])) {
			continue // "Reeder", "McReed"
		}
		if before := strings.Fields(q[max(0, at-24):at]); len(before) > 0 && isGivenName(strings.ToLower(before[len(before)-1])) {
			continue
		}
		if after := strings.Fields(q[off:min(len(q), off+24)]); len(after) > 0 && unicode.IsLower(firstRune(after[0])) && isHeadNoun(after[0]) {
			continue
		}
		return true
	}
}

// isHeadNoun reports a lower-case noun a name can qualify: "campaign",
// "supporters", "aides".
func isHeadNoun(w string) bool {
	return commonPlural(w) || wordHas(w, wOrgHead) || wordHas(w, wRole)
}

// surnameAsWritten is the last word of e's surname as its display has it
// ("Harris" in "Harry B. Harris Jr.", "McCain").
func surnameAsWritten(e *entity) string {
	low := e.last[strings.LastIndexByte(e.last, ' ')+1:]
	for w := range strings.FieldsSeq(e.display) {
		if lowerIs(w, low) {
			return w
		}
	}
	return ""
}

// lowerIs reports strings.ToLower(w) == low, without making the lower-case
// copy of an ASCII word.
func lowerIs(w, low string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return strings.ToLower(w) == low
		}
	}
	if len(w) != len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// titleOpensSentenceBefore is the holder of a capitalised title that
// opens the sentence before i's in the paragraph ("The First Minister is
// expected …"): that sentence's subject, though no name stands in it.
func (pc *pctx) titleOpensSentenceBefore(i int) *entity {
	if i >= len(pc.sentOf) || pc.sentOf[i] == 0 {
		return nil
	}
	return pc.titleOpening(pc.sentOf[pc.sentOf[i]-1], pc.sentOf[i]-1)
}

// titleOpening is the holder of the title that opens the sentence [ps,
// end) after any opening phrase ("In Kano, the Alhaji is silent"), or of
// a role in an opening phrase ("For the chief, the legacy is simple").
func (pc *pctx) titleOpening(ps, end int) *entity {
	if pc.has(ps, wPrep) && pc.word(ps+1) == "the" && pc.has(ps+2, wRole) && pc.word(ps+3) == "," {
		return pc.an.reg.byHead(pc.word(ps+2), false)
	}
	ps = pc.skipIntro(ps, end)
	if pc.word(ps) != "the" || !pc.isNameWord(ps+1) {
		return nil
	}
	r := pc.runEnd(ps + 1)
	low := pc.lowRun(ps+1, r)
	if !titleOnly(low) && !(len(low) == 1 && isTitleWord(low[0])) {
		return nil
	}
	return pc.an.reg.holderOf(low)
}

// rivalBefore reports another person the pronoun's sentence names before
// it at i who may be of gender g: "Gill pressed Warsame on how much she
// could have seen" teaches no one's gender, as either may be "she".
func (pc *pctx) rivalBefore(e *entity, g gender, i int) bool {
	if i >= len(pc.sentOf) {
		return false
	}
	s := pc.sentOf[i]
	if s > 0 {
		s = pc.sentOf[s-1] // "Two officers found Downey. Thibodeau wrote that he was …": he may be Downey
	}
	for _, m := range pc.mentions {
		if m.tok >= s && m.tok < i && m.e != e && !m.e.org && !m.e.group && !m.e.doc && m.e.personLike() && (m.e.gender == unknownGender || m.e.gender == g) {
			return true
		}
	}
	return false
}

var replyCues = setOf(`replied answered responded retorted`)

// spokeLast reports that e's was the last statement, a question or
// words said to someone in this paragraph or the one before: "he replied"
// answers it.
func (an *analyzer) spokeLast(e *entity, para int) bool {
	n := len(an.stmts)
	if n == 0 || an.owners[n-1] != e {
		return false
	}
	last := an.stmts[n-1]
	return strings.HasSuffix(strings.TrimSpace(last.Text), "?") || last.Kind == model.KindQuote && last.Paragraph >= para-1 && addressesSomeone(last.Text)
}

// addressesSomeone reports words said to someone: "You could have said
// no", "Nobody held a gun to your head".
func addressesSomeone(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "you" || w == "You" || w == "your" || w == "Your" {
			return true
		}
	}
	return false
}

// kinLevels are the generations relations' nouns name ("mother" a parent),
// and otherLevel the generation that answers each: a daughter's mother is a
// parent, a parent's daughter a child.
var kinLevels = map[string]string{"mother": "parent", "father": "parent", "daughter": "child", "son": "child",
	"wife": "spouse", "husband": "spouse", "grandmother": "grandparent", "grandfather": "grandparent",
	"granddaughter": "grandchild", "grandson": "grandchild"}

var otherLevel = map[string]string{"parent": "child", "child": "parent", "spouse": "spouse",
	"grandparent": "grandchild", "grandchild": "grandparent"}

// groupNamedBefore reports a body or a group named in the paragraph before
// token i, whom "they" may mean instead of a pair who spoke before.
func (pc *pctx) groupNamedBefore(i int) bool {
	for _, m := range pc.mentions {
		if m.tok < i && (m.e.org && !isPlaceEntity(m.e) && !isState(m.e.words) || m.e.group) {
			return true
		}
	}
	return false
}
