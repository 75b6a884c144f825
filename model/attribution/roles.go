package attribution

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ofHead is the head of a role phrase (d, j] that an "of" continues:
// "officer" in "chief medical officer of health"; j when none does.
func (pc *pctx) ofHead(d, j int) int {
	for k := d + 2; k < j; k++ {
		if pc.word(k) == "of" {
			return k - 1
		}
	}
	return j
}

// roleNP resolves "the minister", "the 58-year-old", "the company".
func (pc *pctx) roleNP(j, s int) *entity {
	e := pc.roleReferent(j, s)
	if e == nil || e.unnamed {
		if f := pc.formerBefore(j, s); f != nil {
			e = f // "the former minister" is who spoke, not someone unnamed
		}
	}
	if e != nil {
		from := j
		for from > s && from > j-6 && pc.toks[from-1].kind == tWord {
			from-- // the words of the phrase, for the explanation
			if pc.has(from, wDeterminer) || pc.toks[from].poss {
				break
			}
		}
		pc.traceTo(e, refRole, pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)], from)
	}
	return e
}

// statePlaces name a province's, a territory's or a country's own kind.
var statePlaces = setOf(`province territory country state`)

// parentOfCount reports a kin noun at j that describes someone by their
// children, "the father of three", "the mother of two young boys": the
// person described, not someone's father.
func (pc *pctx) parentOfCount(j int) bool {
	if w := pc.word(j); j >= 2 && (isDigitStart(w) || numberWords[w]) && pc.word(j-1) == "of" {
		j -= 2 // the phrase read to its last word: "the father of three"
	}
	if !pc.is(j, mKinNoun) || pc.word(j+1) != "of" {
		return false
	}
	w := pc.word(j + 2)
	return isDigitStart(w) || numberWords[w]
}

// introducedIndefinite reports "one", "a", "an" or "another" and the role
// head in the words of the paragraph shortly before d: the person the
// definite role then means is the one just introduced.
func (pc *pctx) introducedIndefinite(head string, d int) bool {
	for k := d - 2; k >= 0 && k > d-window; k-- {
		if pc.toks[k+1].low == head && indefiniteArticles[pc.word(k)] {
			return true
		}
	}
	return false
}

var indefiniteArticles = setOf(`one a an another`)

func (pc *pctx) roleReferent(j, s int) *entity {
	e := pc.roleReferentOf(j, s)
	if e != nil && !e.unnamed && !e.org && !e.doc && j > 0 && pc.word(j-1) == "the" && pc.has(j, wRole|wTitle) && !pc.is(j, mDocHead|mStatementWord) && pc.introducedIndefinite(pc.toks[j].low, j-1) {
		return nil // "One MP, asked whether …, paused. “…,” the MP said": that MP, not an MP named before
	}
	return e
}

func (pc *pctx) roleReferentOf(j, s int) *entity {
	head := pc.toks[j].low
	if (head == "force" || head == "service") && pc.word(j-1) == "police" && pc.definiteBefore(j) {
		if e := lastSeen(pc.an.reg.recentOrgs(), isPoliceBody); e != nil && pc.an.paraOf(e.seen) >= pc.p.num-4 {
			return e // "the national police force confirmed" after the RCMP: the force named, no new body
		}
	}
	d, reach := j-1, 6
	for d >= s && d > j-reach {
		w := pc.word(d)
		if pc.has(d, wDeterminer) || pc.toks[d].poss {
			break
		}
		if w == "." && d > s && endsAbbreviation(pc.toks[d-1]) {
			d--
			continue // "The St. Boniface councillor": the abbreviation's stop
		}
		if w == "," && pc.coordinateAdjective(d, s) {
			d -= 2 // "the bespectacled, 71-year-old diplomat": two adjectives of one noun
			continue
		}
		if w == "" || w == "," || w == "." {
			return nil
		}
		if (w == "—" || w == "–") && d > 0 && pc.toks[d].start == pc.toks[d-1].end {
			reach += 2 // "the Kent—Miramichi Bay Liberal riding association": the riding's two names
		}
		if (w == "of" || w == "and") && d > s && pc.toks[d-1].cap && pc.toks[d+1].cap && reach < 12 {
			reach += 2 // "A senior Department of Health and Social Care source": a body's long name modifies the head
		}
		d--
	}
	if d < s || d <= j-reach {
		return nil
	}
	det := pc.word(d)
	if head == "union" && det == "the" && j-d >= 2 && j-d <= 3 {
		if a := pc.p.text[pc.toks[d+1].start:pc.toks[d+1].end]; len(a) >= 3 && isAllCaps(a) && !isProvince(pc.toks[d+1].low) && !isState([]string{pc.toks[d+1].low}) {
			return pc.an.reg.body(a) // "the RMT transport union", "the NASUWT teaching union": the union its initials name, no other union named before
		}
	}
	if det == "the" && j == d+1 && (head == "judges" || head == "justices" || head == "bench") {
		if e := pc.an.reg.latestCourt(); e != nil {
			return e // "The judges found that …" after the Federal Constitutional Court: the court's bench
		}
	}
	if det == "the" && j == d+1 && spokesRoles[head] && head != "official" && head != "officer" && pc.an.spokesFor != nil && pc.p.num-pc.an.spokesPara <= 2 {
		if p := pc.an.reg.byHead(head, false); p == nil || p.seen < pc.an.spokesSeen {
			return pc.an.spokesFor // "a Northcape spokesperson said …", then "The spokesperson said": for the same body (not a spokesperson named before it)
		}
	}
	if pc.toks[d].poss && det != "its" && det != "their" {
		// X's lawyer is not X: the body itself for a body's officer ("the
		// union's general secretary"), X for X's office, else someone unnamed
		owner := pc.possessor(d, s)
		from := pc.ownerStart(d, s)
		if owner != nil && owner.org && (isState(owner.words) || len(owner.words) == 1 && isProvince(owner.words[0])) && wordHas(head, wRole) {
			if e := pc.an.reg.placedHolder(owner, strings.ToLower(pc.p.text[int(pc.toks[d+1].start):int(pc.toks[j].end)])); e != nil {
				return e // "Canada's prime minister" after "Canada's prime minister, Justin Trudeau,"
			}
		}
		if owner != nil && !owner.org && counselRoles[head] && j == d+1 {
			if e := pc.an.reg.onlyDefender(head, owner); e != nil {
				return e // "Matheson's lawyer said" after "Defence lawyer Anthony DiCarlo": the one defence lawyer named
			}
		}
		if owner == nil && pc.word(d-1) == "the" && head == "doctor" && pc.word(j-1) == "top" {
			if e := pc.an.reg.latest(func(e *entity) bool {
				return !e.org && strings.Contains(strings.ToLower(e.role), "medical officer")
			}); e != nil {
				return e // "the province's top doctor" is its chief medical officer of health, not the last doctor quoted
			}
		}
		if owner == nil && pc.word(d-1) == "the" && !pc.toks[d].cap && wordHas(head, wRole) && !wordIs(head, mKinNoun) {
			e := pc.an.reg.byHead(head, false)
			if e == nil && titleHead(head) != head {
				e = pc.an.reg.byHead(titleHead(head), false) // "doctor" for "Dr."
			}
			if e != nil && !e.org && !e.unnamed && !e.cataphor {
				return e // "the province’s top doctor" is the doctor named, "the company’s chief executive" its chief executive
			}
		}
		switch {
		case owner != nil && owner.org && wordIs(strings.Join(owner.words, " "), mPlaceName) && wordHas(head, wRole) && !pc.inLede() &&
			(pc.isCue(j+1) || pc.has(j+1, wAdverb) && pc.isCue(j+2)):
			// "Colorado's delegation chairman announced": someone of the
			// place, not the place, and the one named with the role next
			e := pc.an.unnamed(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)], head)
			e.placeOfficer = true
			return e
		case owner != nil && owner.org && (isState(owner.words) || len(owner.words) == 1 && isProvince(owner.words[0])) && !wordHas(head, wOrgHead) && wordHas(pc.word(pc.ofHead(d, j)), wRole):
			// "Nova Scotia’s chief medical officer of health is urging":
			// someone of the place, named next if in the lede
			desc := pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)]
			if pc.inLede() {
				if e := pc.an.cataphor(desc, ""); e != nil {
					return e
				}
			}
			e := pc.an.unnamed(desc, pc.word(pc.ofHead(d, j)))
			e.placeOfficer = true // "Fiji’s prime minister says …" then "Prime Minister Josefa Naivalu told reporters"
			return e
		case owner != nil && owner.org && (isState(owner.words) || len(owner.words) == 1 && isProvince(owner.words[0])) && wordHas(head, wOrgHead):
			// "Brazil's foreign ministry said": the ministry, not Brazil
			e := pc.an.reg.body(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)])
			if head == "watchdog" && pc.inLede() {
				e.indef = true // "Manitoba's police watchdog says" in the lede: the unit named next
			}
			return e
		case owner != nil && owner.org && head == "watchdog" && pc.isCue(j+1):
			e := pc.an.unnamed(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)], head)
			e.placeOfficer = true
			return e // "Parliament's budget watchdog said": its budget officer, named next, not Parliament
		case owner != nil && owner.org:
			if wordHas(head, wRole) {
				if e := pc.an.reg.officerOf(owner, head); e != nil {
					return e // "the union's president" after "Lorraine Tse-McAllister, president of Amalgamated Transit Workers"
				}
				if (pc.word(j-1) == "top" || pc.word(j-1) == "chief") && !spokesRoles[head] {
					e := pc.an.unnamed(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)], head)
					e.placeOfficer = true
					return e // "the TTC's top executive called": the CEO named later, not the TTC
				}
			}
			return owner
		case owner != nil && head == "office":
			pc.an.officeOf = owner
			return owner // the prime minister's office speaks for the prime minister
		case owner != nil && !owner.org && ledBodies[head] && pc.an.reg.bodyLedBy(owner) != nil:
			return pc.an.reg.bodyLedBy(owner) // "Fairweather's group" after "Leona Fairweather, executive director of the B.C. Electricity Consumers' Coalition"
		case owner != nil && (head == "campaign" || head == "team"):
			// Clinton's campaign speaks for itself, not in Clinton's own
			// words, and is the Clinton campaign
			return pc.an.reg.body(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)])
		case wordHas(head, wOrgHead) && (owner == nil || !owner.org && owner.first == ""):
			// Norland's government: a body of a place
			return pc.an.reg.body(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)])
		case pc.inLede() && wordHas(head, wRole) && !spokesRoles[head] && (owner == nil || !owner.org && owner.first == "") && pc.isCue(j+1):
			// "Norland's foreign minister accused …" in the lede: named next
			return pc.an.cataphor(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)], head)
		case owner == nil && (placeNouns[pc.word(d)] || statePlaces[pc.word(d)]) && d == from+1 && wordHas(pc.word(pc.ofHead(d, j)), wRole) && (!spokesRoles[head] || j > d+1) && (pc.isCue(j+1) || pc.word(j+1) == "," || pc.isCue(from-1)):
			// "the town's mayor said", "said the community's chief", "the
			// province's chief medical officer of health says": the one
			// named with that role next, if anyone is
			e := pc.an.unnamed(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)], pc.word(pc.ofHead(d, j)))
			e.placeOfficer = true
			return e
		case owner == nil && wordHas(pc.word(d), wOrgHead) && !pc.toks[d].cap && (pc.word(j-1) == "top" || pc.word(j-1) == "chief") && wordHas(head, wRole) && !spokesRoles[head]:
			// "The agency's chief economist said": the one named with no
			// role of their own next, if anyone is
			e := pc.an.unnamed(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)], head)
			e.placeOfficer = true
			return e
		case wordHas(head, wRole) && !wordIs(head, mKinNoun) && (pc.isCue(j+1) || pc.has(j+1, wAdverb) && pc.isCue(j+2)):
			// "Cameron's spokesman said": someone the article does not name
			return pc.an.unnamed(pc.p.text[int(pc.toks[from].start):int(pc.toks[j].end)], head)
		}
		return nil
	}
	if isDefinite(det) && j-1 > d {
		two := pc.word(j-1) + " " + head
		e := pc.an.reg.byHead(two, false)
		plain := func(role string) bool { // "deputy minister", "deputy minister of Immigration", not "deputy minister's aide"
			role = strings.ToLower(role)
			return role == two || strings.HasPrefix(role, two+" of ") || strings.HasPrefix(role, two+" for ")
		}
		if wordHas(head, wRole) && (e == nil || !plain(e.role)) {
			if p := pc.an.reg.latest(func(c *entity) bool { return !c.org && !c.unnamed && plain(c.role) }); p != nil {
				return p // "the deputy minister" is the deputy minister, not her associate deputy minister named since
			}
		}
		if e != nil {
			return e // the prime minister, not the environment minister
		}
		if mod := pc.word(j - 1); mod == "deputy" || mod == "assistant" || mod == "vice" || mod == "junior" {
			if e := pc.an.reg.byHead(mod, false); e != nil {
				return e // "his deputy, Karl Moen" … "the deputy minister"
			}
		}
	}
	if !isDefinite(det) && spokesRoles[head] && pc.word(d+1) != "former" && !(head == "official" && !pc.toks[j-1].cap) { // "a senior administration official" speaks for no one named
		if org := pc.bodyModifier(d+1, j); org != nil {
			pc.an.spokesFor, pc.an.spokesPara, pc.an.spokesSeen = org, pc.p.num, pc.an.reg.clock
			return org // a police spokesman
		}
	}
	if (det == "his" || det == "her" || det == "their") && (head == "family" || head == "band") {
		phrase := trimArticleFold(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)])
		if owner := pc.resolvePronoun(subjectOf[det], d); head == "family" && j == d+1 && owner != nil && !owner.org && !owner.unnamed && len(owner.words) > 1 {
			e := pc.an.reg.body(lastWordOf(owner.display) + " family") // "Her family said" in Lucienne Thibault's obituary: the Thibault family
			e.addAlias(phrase)
			return e
		}
		return pc.an.reg.body(phrase) // "His family said"
	}
	if (det == "his" || det == "her") && head == "office" && j == d+1 {
		// "His office said": the person "his" points to, as for "Giroux's office"
		if owner := pc.resolvePronoun(subjectOf[det], d); owner != nil && !owner.org {
			pc.an.officeOf = owner
			return owner
		}
		return nil
	}
	if (det == "his" || det == "her") && ledBodies[head] && j == d+1 {
		if owner := pc.resolvePronoun(subjectOf[det], d); owner != nil && !owner.org {
			if b := pc.an.reg.bodyLedBy(owner); b != nil {
				return b // "…, said Tamika Boykin-Reyes, executive director of the South Carolina Equality Project. Her group said": the project
			}
		}
	}
	if (det == "his" || det == "her") && (head == "campaign" || head == "team") && j == d+1 {
		// "his campaign said": the campaign of the person "his" points to, a body
		if owner := pc.resolvePronoun(subjectOf[det], d); owner != nil && !owner.org {
			return pc.an.reg.body(owner.display + "’s " + head)
		}
		return nil
	}
	if (det == "his" || det == "her" || det == "their") && j == d+1 && tradeJobs[head] {
		return pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], head) // "Their contractor told them": someone they hired, not them
	}
	if (det == "his" || det == "her") && (wordHas(head, wMaleWord) || wordHas(head, wFemaleWord)) {
		g := male // her husband, his sister: a relative named nearby
		if wordHas(head, wFemaleWord) {
			g = female
		}
		return pc.relativeOf(g, d, j)
	}
	if wordIs(head, mDocHead) && (det == "a" || det == "an" || det == "another" || det == "one" || isDefinite(det) || det == "new") && (pc.isCue(j+1) || (det == "a" || det == "an") && pc.is(j+1, mAuxBeforeCue) && pc.isCue(j+2)) { // "A WorkSafeBC investigation has found"
		// "The survey asks", "a new poll found": the document speaks
		if f := pc.pollsterOf(d, j); f != nil {
			return f // "A Northbridge Research poll released last week found": the pollster's finding
		}
		if det == "the" && j == d+1 {
			if a := pc.an.docAuthor; a != nil && docKind(head) == pc.an.docAuthorOf && !pc.inOthersThat(d) {
				return a // "according to a police news release …. The release said": the force's
			}
			if e := pc.citedDocument(head); e != nil {
				return e
			}
		}
		return pc.an.document(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)])
	}
	if (det == "a" || det == "an") && pc.inLede() && !pc.toks[j].cap && !wordHas(head, wOrgHead) && !pluralOfPeople(head) {
		desc := pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)]
		if d == pc.skipIntro(pc.skipDateline(pc.sentOf[d], j), j) && !spokesRoles[head] && head != "source" && head != "insider" {
			return pc.an.cataphor(desc, "") // "A shipping magnate told a court …" (but "A council spokesperson said" stays unnamed)
		}
		if wordHas(head, wRole) && !spokesRoles[head] && pc.isCue(j+1) {
			if e := pc.an.cataphor(desc, head); e != nil {
				return e // "cleared after a judge said …": the judge named next
			} // a second in the lede ("…, after a defeated rival accused her"): someone unnamed, below
		}
	}
	if (det == "a" || det == "an" || det == "one" || det == "another") && (wordHas(head, wRole) || wordIs(head, mUnnamedHead) || postNominals[head]) && (!pc.toks[j].cap || postNominals[head]) &&
		pc.word(d-1) != "," && (pc.isCue(j+1) || pc.has(j+1, wAdverb) && pc.isCue(j+2) || pc.word(j+1) == "," && d == pc.sentOf[d] && !pc.isNameWord(j+2)) {
		return pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], head) // "a diplomat said"
	}
	if head == "union" && (det == "a" || det == "an") && j == d+1 && pc.inLede() {
		return pc.an.reg.body("union") // "A union representing 78,000 nurses says" in a lede: the one union named (nameBare)
	}
	if !isDefinite(det) && !pc.toks[d].poss && det != "its" && det != "their" {
		return nil // neither leader: no one in particular
	}
	if isDefinite(det) && (wordHas(head, wRole) || wordIs(head, mMoreRoleNoun)) && pc.word(j+1) == "of" && (pc.word(j+2) == "a" || pc.word(j+2) == "an") {
		return pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], head) // "the organizer of a pro-Trump rally": someone new, known by what they do
	}
	if strings.HasSuffix(head, "-old") {
		age := ageOf(head)
		if e := pc.an.reg.byAge(age); e != nil {
			return e
		}
		if e := pc.resolvePerson(unknownGender, j); e == nil || e.age == "" {
			if e != nil && e.unnamed && kinNouns[lastWordOf(strings.ToLower(e.display))] {
				if o := pc.likeliestPerson(j, func(c *entity) bool { return c.age == "" && !c.unnamed }); o != nil {
					return o // "X has worked there 17 years. Her father worked at the mine before her. … the 44-year-old said": X, not the father in passing
				}
			}
			return e
		}
		return pc.likeliestPerson(j, func(c *entity) bool { return c.age == "" }) // "the 34-year-old" is not her son, 10 months old
	}
	if a := pc.an.docAuthor; a != nil && docKind(head) == pc.an.docAuthorOf && det == "the" && j == d+1 && !pc.inOthersThat(d) {
		return a // "A report … by the Parliamentary Budget Office" … "The report also warned"
	}
	if head == "statement" || head == "report" || head == "filing" {
		if pc.toks[j-1].poss && j-1 > d {
			return pc.roleNP(j-1, d)
		}
		if pc.toks[j-1].poss && pc.isNameWord(j-1) {
			return pc.npEndingAt(j-1, s)
		}
		if e := pc.an.statementBy; e != nil {
			return e
		}
		if e := pc.citedDocument(head); e != nil {
			return e
		}
		return pc.lastOrgSpeaker()
	}
	if wordHas(head, wOrgHead) && pc.isNameWord(j-1) && !(pc.word(j-1) == "crown" && j-1 == d+1) { // "the Crown utility" is state-owned, no name
		// the Green Renewal party, the Estravian delegation: a named body
		for k := max(d+1, j-6); k < j; k++ {
			if pc.runEnd(k) == j {
				m, _ := pc.mentionAt(k, j)
				m.words = append(append([]string{}, m.words...), pc.p.text[int(pc.toks[j].start):int(pc.toks[j].end)])
				m.low = append(append([]string{}, m.low...), head)
				m.display = displayName(strings.Join(m.words, " "))
				m.key = strings.Join(m.low, " ")
				m.org = true
				return pc.an.reg.resolve(m)
			}
		}
	}
	if head == "force" && isDefinite(det) && d == j-1 {
		if e := lastSeen(pc.an.reg.recentOrgs(), isPoliceBody); e != nil {
			return e // "West Mercia Police said … the force said": the police force
		}
		if f := pc.an.forceOfOfficer(); f != "" {
			return pc.an.reg.body(f) // "RCMP Sgt. Colin Brezinski said …. The force said": the RCMP
		}
	}
	if head == "department" && det == "the" && j == d+1 {
		if e := pc.an.lastSpeaker; e != nil && e.org && pc.p.num-pc.an.lastStmtPar <= 1 && federalDepartment(e.words) {
			return e // "Crown-Indigenous Relations and Northern Affairs Canada said …" then "the department said": it, not a Justice Department named before
		}
	}
	if head == "union" && det == "the" && j == d+1 {
		if e := lastSeen(pc.an.reg.recentOrgs(), isUnionName); e != nil {
			return e // "Amalgamated Transit Workers of B.C., Local 1724" … "the union said"
		}
	}
	if (head == "division" || head == "district") && det == "the" && j == d+1 {
		if e := lastSeen(pc.an.reg.recentOrgs(), func(o *entity) bool {
			return containsWord(o.words, "schools") || containsWord(o.words, "school") && (containsWord(o.words, head) || containsWord(o.words, "board"))
		}); e != nil {
			return e // "Saskatoon Public Schools" … "the division said": a school division
		}
	}
	if head == "council" && pc.word(j-1) == "band" && det == "the" && j == d+2 {
		if e := lastSeen(pc.an.reg.recentOrgs(), func(o *entity) bool { return containsRun(o.words, []string{"band", "council"}) }); e != nil {
			return e
		}
		if e := lastSeen(pc.an.reg.recentOrgs(), func(o *entity) bool { return containsWord(o.words, "nation") }); e != nil {
			return pc.an.reg.body(e.display + " band council") // "the band council": the First Nation's own
		}
	}
	if head == "band" && det == "the" && j == d+1 {
		if e := lastSeen(pc.an.reg.recentOrgs(), func(o *entity) bool { return containsRun(o.words, []string{"band", "council"}) }); e != nil {
			return e
		}
		if e := lastSeen(pc.an.reg.recentOrgs(), func(o *entity) bool { return containsWord(o.words, "nation") }); e != nil {
			return e // "the Tetsǫ́ Tué First Nation …", then "the band said": the First Nation
		}
	}
	if o := pc.an.officeOf; head == "office" && det == "the" && j == d+1 && o != nil {
		return o // "Giroux's office clarified …" then "the office said"
	}
	if o := pc.an.campaignOf; head == "campaign" && det == "the" && j == d+1 && o != nil {
		// "Clinton’s campaign" … "the campaign said": the campaign last named
		if e := lastSeen(pc.an.reg.recentOrgs(), func(e *entity) bool {
			return containsWord(e.words, "campaign") && strings.Contains(e.display, o.display[strings.LastIndexByte(o.display, ' ')+1:])
		}); e != nil {
			return e
		}
		return pc.an.reg.body(o.display + "’s campaign")
	}
	if det == "the" && outletHeads[head] && j-d <= 2 && (j == d+1 || !pc.toks[j-1].cap) {
		if e := pc.recentOutlet(head); e != nil {
			return e // "The Wall Street Journal …" then "the newspaper writes": the outlet last named
		}
	}
	if pc.word(j-1) == "crown" && j-1 == d+1 && det == "the" && (genericBodies[head] || companyHeads[head]) {
		if e := lastSeen(pc.an.reg.recentOrgs(), func(o *entity) bool {
			return !o.outlet && !o.group && !isState(o.words) && !slices.ContainsFunc(o.words, func(w string) bool { return publicOffices[w] })
		}); e != nil {
			e.addHead(head) // "the utility" again is the same one
			return e        // "the Crown corporation" is BC Hydro, not the commission that regulates it
		}
	}
	if head == "team" && det == "the" && j == d+1 {
		if e := lastSeen(pc.an.reg.recentOrgs(), func(o *entity) bool {
			return len(o.words) >= 2 && wordIs(o.words[0], mPlaceName) && !wordHas(o.words[len(o.words)-1], wOrg) && !isState(o.words)
		}); e != nil {
			return e // "The Winnipeg Jets …" then "the team said": the team named
		}
	}
	if head == "hospital" && det == "the" && j == d+1 {
		if e := pc.an.reg.latest(isHospitalName); e != nil {
			return e // "the hospital denies" after St. Brendan’s Health Centre
		}
	}
	if head == "unit" && pc.word(j-1) == "health" && j-1 > d {
		if e := pc.an.reg.byHead(head, true); e != nil {
			return e // the health unit named so before
		}
		if e := pc.an.reg.orgWith("health", ""); e != nil {
			e.addHead(head)
			return e // "the health unit" after Grand Erie Public Health: Ontario's local health bodies
		}
	}
	if head == "government" {
		if e := pc.provincialGovernment(d, j+1); e != nil {
			return e // "The government has said" in a provincial story: the province's
		}
	}
	if strings.HasSuffix(pc.word(j-1), "-based") && !wordHas(head, wRole|wOrgHead) && !companyHeads[head] && !personNoun(head) && !pluralOfPeople(head) {
		if e := pc.recentCompanySubject(); e != nil && !ownedName(e) {
			return e // "The Calgary-based producer said" after Prairie Crest Energy Ltd. reported …: a firm, by where it is based
		}
		if e := pc.an.reg.latest(func(e *entity) bool { return e.company && !ownedName(e) }); e != nil {
			return e // else the company last named
		}
		if e := pc.lastOrgMentioned(d, head); e != nil {
			return e
		}
	}
	if wordHas(head, wOrgHead) && !wordHas(head, wRole) && !strings.HasSuffix(pc.word(j-1), "-old") { // "the 26-year-old centre" is a player
		mod := pc.word(j - 1)
		if j-1 > d && !pc.toks[j-1].cap {
			if e := pc.an.reg.orgWith(mod, head); e != nil {
				return e // the meteorological agency: the one whose name says so
			}
			if e := pc.an.reg.orgWith(mod, ""); e != nil && genericBodies[head] && !levelWords[mod] {
				return e // "the statistics agency" after Statistics Canada
			}
		}
		if e := pc.an.reg.byHead(head, true); e != nil {
			if c := pc.an.reg.lastCompany(); companyHeads[head] && len(e.words) == 1 && e.words[0] == head && c != nil && c.seen > e.seen {
				c.addHead(head)
				return c // a deck's bare "company cites …", then "Athabasca Ridge Energy Ltd. says": "the company" is the one named
			}
			return e
		}
		if companyHeads[head] || genericBodies[head] && (j == d+1 || !publicBodies[head] || j == d+2 && (levelWords[mod] || !pc.toks[j-1].cap && !pc.toks[j-1].poss) ||
			j == d+3 && levelWords[pc.word(d+1)] && !pc.toks[j-1].cap && !pc.toks[j-1].poss) { // "the provincial transit agency"
			if e := pc.bodySubjectHere(); e != nil && head == "group" {
				e.addHead(head)
				return e // "The Granite State Police Benevolent Alliance … wasn't buying it. The group said": the body this paragraph is about, no company that spoke before
			}
			if e := pc.recentCompanySubject(); e != nil && companyHeads[head] {
				e.addHead(head) // "the utility" again is the same one
				return e        // the company that last spoke or acted, not the one it bought
			}
			if e := pc.an.reg.lastCompany(); e != nil && companyHeads[head] && !(head == "group" && platform(e)) && pc.namedBeforeTok(e, d) { // "posted to Instagram, the group says": no platform is a group
				e.addHead(head)
				return e
			}
			if head == "utility" {
				if e := pc.an.reg.latest(func(e *entity) bool { return utilityName(e) && e.spoke }); e != nil && pc.newInParagraph(pc.an.reg.latest(utilityName)) {
					return e // "…, including crews from New Brunswick Power, …, according to the utility": the one that has spoken, not a utility named in its own sentence
				}
			}
			if e := pc.an.reg.latest(utilityName); head == "utility" && e != nil {
				return e // "the utility" after Hydro One, not the police force named since
			}
			if head == "department" && isDefinite(det) && j == d+1 {
				if e := pc.an.reg.latest(func(o *entity) bool { return o.org && federalDepartment(o.words) }); e != nil {
					e.addHead(head)
					return e // "the department" after Innovation, Science and Economic Development Canada, not a commissioner's office named since
				}
			}
			if e := pc.lastOrgMentioned(d, head); e != nil && !(companyHeads[head] && head != "group" && governmentBody(e)) {
				if e.company || !companyHeads[head] {
					e.addHead(head)
				}
				return e // "the regulator" after the Civil Aviation Authority
			}
		}
		if isDefinite(det) && !wordIs(head, mStatementWord) {
			kind := trimArticleFold(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)])
			if name := pc.an.reg.bodyInRole(kind); name != "" {
				return pc.an.reg.body(name) // "the police service" after "Winnipeg Police Service Chief Darren Okafor-Lindquist": the service in his title
			}
			e := pc.an.reg.body(kind) // "the ministry said", never named
			if pc.inLede() && len(e.words) == 1 {
				e.indef = true // a lede's "the union", named next
			}
			return e
		}
		return nil
	}
	for k := d + 1; k < j; k++ {
		if w := pc.word(k); strings.HasSuffix(w, "-old") {
			if e := pc.an.reg.byAge(ageOf(w)); e != nil {
				return e // the 44-year-old epidemiologist
			}
			if det == "the" {
				if e := pc.resolvePerson(nounGender(head), j); e != nil && e.age == "" && !e.org && !e.unnamed && len(e.words) > 1 {
					return e // "Jolene Desjarlais has worked there for six years. … the 31-year-old nurse said": her age is news, not a new person
				}
			}
		}
	}
	for k := d + 1; k < j; k++ {
		if ordinals[pc.word(k)] && (wordHas(head, wRole) || wordIs(head, mUnnamedHead)) {
			// "the second official": someone new, not the official before
			e := pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], head)
			pc.traceTo(e, refRole, e.display, d)
			return e
		}
	}
	if e := pc.placedRole(d, j); e != nil && (wordHas(head, wRole) || wordIs(head, mMoreRoleNoun) || wordIs(head, mPartyNoun) && !otherParty(e, partyOf(head))) {
		e.addHead(head)
		return e // "the Florida senator": the senator named with Florida
	}
	held := pc.an.reg.byHead(head, false)
	if held == nil && head == "judge" {
		held = pc.an.reg.byHead("justice", false) // "Justice Sadie Bond" … "the judge said"
	}
	if held != nil && held.org && pc.agedBefore(d, j) {
		held = nil // "The 31-year-old centre" is a player, not the Bell Centre
	}
	if desc := pc.phraseText(d, j+1); held != nil && j > d+1 && !sharesModifier(desc, held.role) {
		if e := pc.an.reg.latest(func(e *entity) bool {
			return e != held && !e.unnamed && e.heads.has(head) && sharesModifier(desc, e.role)
		}); e != nil {
			held = e // "the federal minister" is the Federal Health Minister, though the provincial one spoke since
		}
	}
	if ls := pc.an.lastSpeaker; held != nil && held.unnamed && head == "minister" && ls != nil && ls != held && !ls.unnamed && !ls.org &&
		ls.seen > held.seen && (ls.heads.has("secretary") || ls.heads.has("chancellor")) {
		held = ls // "one cabinet minister conceded …", then "the work and pensions secretary, Graham Pellow, said …": "the minister" is Pellow
	}
	if g := pc.openingPronoun(d); held != nil && g != unknownGender && held.gender == opposite(g) {
		held = pc.an.reg.byHeadOf(head, g) // "Asked whether he would resign, the minister told": a minister who is a man
	}
	party := pc.roleParty(d, j)
	if otherParty(held, party) {
		held = nil // "the Democratic nominee" is not the Republican one
	}
	state := pc.roleState(d, j)
	if held != nil && placedElsewhere(held, state) {
		held = nil // "the Florida senator" is not the senator from Iowa
	}
	if held != nil && state != "" && len(held.places) == 0 && pc.lastNamedPara(held, j) < pc.p.num-2 {
		if e := pc.justNamedFor(j, head, held, party, state); e != nil {
			held = e // "Bernie Sanders is choosing not to respond …. Instead, the Vermont senator is sticking to his message": Sanders, not a senator named far back
		}
	}
	if benchRoles[head] && isDefinite(det) {
		if held != nil && held.unnamed {
			if b := pc.an.reg.latest(func(e *entity) bool {
				return !e.unnamed && !e.org && (e.heads.has(head) || head == "judge" && e.heads.has("justice"))
			}); b != nil && b.seen > held.seen {
				held = b // "until the judge said …" in the lede, then "Justice Colleen Ritchot-Abara said": "the judge" after is she
			}
		}
		switch {
		case held != nil && held.unnamed:
			return held // the judge never named, whoever the sentence is about
		case held == nil && (pc.roleMentionedBefore(head) || head == "arbitrator" || head == "adjudicator" || pc.inLede()):
			e := pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], head)
			e.addHead(head)
			return e
		}
	}
	if e := pc.roleOfSubject(j, head, held); e != nil && !otherParty(e, party) {
		return e
	}
	if held != nil {
		held.learnPlace(state)
		return held // a role the article gave someone ("X, a neurologist")
	}
	aged := pc.parentOfCount(j)
	for k := d + 1; k < j; k++ {
		aged = aged || strings.HasSuffix(pc.word(k), "-old") || pc.word(k) == "former" && isDefinite(det) && pc.isCue(j+1) // "The former lock went on:": a person described, whatever a lock is
	}
	if !wordHas(head, wRole) && !wordIs(head, mMoreRoleNoun) && !aged && !(pc.toks[j].cap && shortDemonyms[head]) {
		return nil // "the billionaire", "the front-runner" point back like "the senator", and so does "the young Finn"
	}
	if held == nil && pc.inLede() && isDefinite(det) && offices[head] && !pc.toks[j].cap && len(pc.an.reg.ents) < 4 {
		if e := pc.an.cataphorTitle(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], head); e != nil {
			return e // "…, the transport minister has said." in the lede, then "Transport Minister Carol Hughes told parliament"; else someone unnamed
		}
	}
	if held == nil && det == "the" && policeRanks[head] && pc.isCue(j+1) && pc.an.lastSpeaker != nil && !pc.an.lastSpeaker.heads.has(head) {
		e := pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], head)
		e.addHead(head)
		e.placeOfficer = true
		return e // "“…,” the duty inspector told reporters" with no inspector named yet: "Insp. Manpreet Dhaliwal said" next, not the last speaker
	}
	if bare, described := pc.roleIntroduced(head, d); held == nil && (bare || everydayJobs[head] && !described) {
		e := pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], head)
		e.addHead(head)
		return e // "greeted by an organizer" … "the organizer told them": that one, never named
	}
	g := unknownGender
	if wordHas(head, wFemaleWord) {
		g = female
	} else if wordHas(head, wMaleWord) {
		g = male
	}
	e := pc.resolvePerson(g, j)
	if e != nil && e.unnamed && !slices.Contains(e.heads, head) {
		e = pc.likeliestPerson(j, func(c *entity) bool { return !c.unnamed }) // "the mayor" is not the pilot never named
	}
	if otherParty(e, party) {
		e = pc.personOfParty(party, j)
	}
	if e != nil && placedElsewhere(e, state) {
		e = pc.likeliestPerson(j, func(c *entity) bool { return !placedElsewhere(c, state) })
	}
	if e != nil && holdsOtherOffice(e, head) {
		e = pc.likeliestPerson(j, func(c *entity) bool { // "the president" is not the senator, nor the pilot never named
			return !holdsOtherOffice(c, head) && !(c.unnamed && !slices.Contains(c.heads, head))
		})
	}
	if e != nil && (knownAsKin(e) && (!offices[head] || benchRoles[head]) || knownByJob(e) && !everydayJobs[head]) && !wordIs(head, mKinNoun) {
		// "the man's sister, Carla Moore, said …", then "The judge said": not
		// her (but "Clinton's husband, Bill" may be "the former president")
		if e = pc.likeliestPerson(j, func(c *entity) bool {
			return !knownAsKin(c) && !knownByJob(c) && !(c.unnamed && !slices.Contains(c.heads, head))
		}); e == nil {
			e = pc.an.unnamed(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)], head)
			e.addHead(head)
			return e
		}
	}
	if e != nil && pressPerson(e) && !wordIs(head, mPressRole) && !mediaRoles[head] {
		e = pc.likeliestPerson(j, func(c *entity) bool { return !pressPerson(c) }) // "the Democratic presidential candidate" is not the show's host
	}
	if e != nil && !e.org && e.role != "" && !strings.Contains(strings.ToLower(e.role), head) && !e.heads.has(head) && j-d >= 3 {
		if desc := pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)]; sharedModifiers(desc, e.role) == 0 && pc.chamberIn(d+1, j) {
			e = pc.an.unnamed(desc, head) // "the Senate majority leader" is not the union's president named last
			e.addHead(head)
			return e
		}
	}
	if e != nil && !e.org {
		e.addHead(head)
		e.learnPlace(state) // "the Vermont senator" is Sanders: then "the Florida senator" is not
	}
	return e
}

// formerOf is who "the former England midfielder" or "the former
// minister" at [d, j] is when no one named holds the role: the person
// who spoke last, in this paragraph or the one before, whose past the
// phrase tells. A former holder is seldom someone new the article does
// not name.
func (pc *pctx) formerOf(d, j int, head string) *entity {
	if pc.word(d) != "the" || pc.word(d+1) != "former" || !wordHas(head, wRole) {
		return nil
	}
	held := pc.an.reg.byHead(head, false)
	if held != nil && !held.unnamed {
		return nil // someone holds it: the rules for "the president" choose
	}
	if e := pc.an.reg.latest(func(e *entity) bool {
		return e.unnamed && e.heads.has(head) && strings.Contains(e.display, "former ") && e.since > 2
	}); e != nil {
		return e // "a former ministry inspector" who asked not to be named, met again past the lede (a lede's "one former minister" is often named later)
	}
	if e := pc.an.lastSpeaker; e != nil && !e.unnamed && !e.org && !e.group && !e.doc && len(e.words) > 1 && pc.an.lastStmtPar >= pc.p.num-1 {
		return e
	}
	return nil
}

// formerBefore is formerOf for the role phrase ending at head j.
func (pc *pctx) formerBefore(j, s int) *entity {
	for d := j - 1; d >= s && d >= j-4; d-- {
		if pc.word(d) == "former" {
			return pc.formerOf(d-1, j, pc.toks[j].low)
		}
	}
	return nil
}

// learnPlace gives a person placed nowhere yet the state a role noun placed
// them in ("the Vermont senator").
func (e *entity) learnPlace(state string) {
	if state != "" && len(e.places) == 0 && !e.org {
		e.places = append(e.places, state)
	}
}

// holdsOtherOffice reports a person known by an office other than head,
// one of the offices no one holds two of: the senator is not "the
// president", nor the governor "the mayor".
func holdsOtherOffice(e *entity, head string) bool {
	if !offices[head] {
		return false
	}
	other := false
	for _, h := range e.heads {
		if h == head {
			return false
		}
		other = other || offices[h]
	}
	return other
}

// knownAsKin reports a person the article knows only as someone's
// relative ("his sister, Carla Moore"): never "the judge" or "the coach".
func knownAsKin(e *entity) bool {
	return knownOnlyAs(e, func(h string) bool { return wordIs(h, mKinNoun) })
}

// knownByJob reports a person the article knows only by an everyday job
// ("John Smith, a wheat farmer"): never "the minister" or "the judge".
func knownByJob(e *entity) bool {
	return knownOnlyAs(e, func(h string) bool { return everydayJobs[h] })
}

// knownOnlyAs reports a person with heads that are all of one kind.
func knownOnlyAs(e *entity, kind func(head string) bool) bool {
	for _, h := range e.heads {
		if !kind(h) {
			return false
		}
	}
	return len(e.heads) > 0
}

var offices = setOf(`president senator governor mayor minister secretary judge speaker chancellor premier ambassador congressman congresswoman`)

// everydayJobs are jobs the people news names seldom hold: "the pilot
// asked for volunteers" is a pilot never named, not the minister on board.
var everydayJobs = setOf(`pilot pilots driver drivers waiter waitress bartender cashier clerk nurse
	firefighter passenger passengers bystander neighbor neighbour janitor guard usher chef cook
	paramedic cabbie mechanic farmer fisherman miner plumber receptionist teller`)

// personOfParty is the likeliest person before token j named with party p:
// "the Democratic nominee" after Trump was named is Clinton, named before.
func (pc *pctx) personOfParty(p byte, j int) *entity {
	for _, e := range pc.candidates(j) {
		if e.party == p && !e.org && !e.group && !pc.namedInSentence(e, j) {
			return e
		}
	}
	return nil
}

// describesSomeone reports text ending in a copula or "as": "Ana Ruiz has
// worked as a nurse", "became a senator" say what a named person is.
func describesSomeone(before string) bool {
	w := before[strings.LastIndexByte(before, ' ')+1:]
	switch w {
	case "is", "was", "are", "were", "be", "been", "being", "as", "became", "become", "becomes", "remains", "remained":
		return true
	}
	return false
}

// roleIntroduced looks for "a HEAD" or "an HEAD" in the paragraph before
// or earlier in this one (before token d): bare when the article brings in
// someone by the role alone, described when it says what a named person is
// ("Ana Ruiz has worked as a nurse").
func (pc *pctx) roleIntroduced(head string, d int) (bare, described bool) {
	scan := func(t string) {
		for _, a := range [2]string{" a ", " an "} {
			for off := 0; ; {
				k := strings.Index(t[off:], a+head)
				if k < 0 {
					break
				}
				end := off + k + len(a) + len(head)
				if end == len(t) || !isWordRune(rune(t[end])) {
					if describesSomeone(t[:off+k]) {
						described = true
					} else {
						bare = true
					}
				}
				off = end
			}
		}
	}
	if pc.p.num >= 2 && pc.p.num-2 < len(pc.an.paras) {
		scan(pc.an.paras[pc.p.num-2].text)
	}
	scan(pc.p.text[:int(pc.toks[d].start)])
	return bare, described
}

// roleMentionedBefore reports "the HEAD" in one of the paragraphs before. A judge
// the article spoke of with no one named to the bench ("deceive the judge"
// … "the judge exclaimed") is someone it does not name, not the lawyer last
// in view. (Not so for offices: "the senator" is often a name's only role.)
func (pc *pctx) roleMentionedBefore(head string) bool {
	for i := max(0, pc.p.num-13); i < pc.p.num-1 && i < len(pc.an.paras); i++ { // the dozen paragraphs before: linear in a long text
		t := pc.an.paras[i].text
		for off := 0; ; {
			k := strings.Index(t[off:], "the "+head)
			if k < 0 {
				break
			}
			end := off + k + 4 + len(head)
			if end == len(t) || !isWordRune(rune(t[end])) {
				return true
			}
			off = end
		}
	}
	return false
}

// benchRoles preside over a court the story is set in.
var benchRoles = setOf(`judge magistrate arbitrator adjudicator`)

// pollsterOf is the firm named before a poll's noun at j, after the
// determiner at d ("A Northbridge Research poll"), or nil (an outlet's
// poll, "a CNN/ORC poll", is the poll's own).
func (pc *pctx) pollsterOf(d, j int) *entity {
	if !pollHeads[pc.word(j)] {
		return nil
	}
	for k := d + 1; k < j; k++ {
		if pc.isNameWord(k) {
			if pc.runEnd(k) != j {
				return nil
			}
			f := pc.pollsterBefore(k, j)
			if low := pc.lowRun(k, j); f == nil && isOrgName(low) && !isOutletName(low) {
				f = pc.entityAt(k, j) // "A Cardinal Research Group survey": the firm the tables know as a body
			}
			return f // (a later "the poll" stays the poll, as annotators name it)
		}
	}
	return nil
}

// ordinals before a role make it someone other than the role's last holder.
var ordinals = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "other": true}

// roleOfSubject gives a definite role noun to the person its own sentence
// is about when that person holds no role yet and whoever holds it was last
// named paragraphs back: "Cruz defends his record: “…,” the senator says."
func (pc *pctx) roleOfSubject(j int, head string, held *entity) *entity {
	if !wordHas(head, wRole) || held != nil && held.namedPara >= pc.p.num-1 {
		return nil
	}
	e := pc.sentenceSubjectBefore(j)
	same := e != nil
	if e == nil && len(pc.subjects) > 0 {
		e = pc.subjects[len(pc.subjects)-1] // the sentence before, in this paragraph
	}
	if e == nil || e == held || e.org || e.group || !e.personLike() || pc.namedLaterInSentence(e, j, 12) {
		return nil // "The attorney general of the state of New York is suing Trump" is not Trump
	}
	if (e.role != "" || len(e.heads) > 0) && !(same && held == nil && !offices[head] && pc.opensSentence(e, j) && !pc.trailingReporter(j)) {
		return nil // but "Hart, 28, had played well, and the defender admitted": the captain is the defender too
	}
	e.addHead(head)
	return e
}

// trailingReporter reports the role noun at j opening a cue's clause after
// a comma, "…, the integrity commissioner said": the one who reports what
// the sentence's subject did is not that subject.
func (pc *pctx) trailingReporter(j int) bool {
	k := j - 1
	for k > j-5 && k > 0 && !pc.has(k, wDeterminer) {
		k--
	}
	return pc.has(k, wDeterminer) && pc.word(k-1) == ","
}

// bodyPlurals name institutions that speak as one ("prosecutors said").
var bodyPlurals = map[string]bool{"prosecutors": true, "authorities": true, "officials": true,
	"investigators": true, "regulators": true, "organisers": true, "organizers": true,
	"police": true, "lawmakers": true, "legislators": true, "ministers": true, "gardaí": true, "gardai": true}

var statementWords = map[string]bool{"statement": true, "report": true, "filing": true}

func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// trimArticleFold drops a leading article in either case: "The ministry".
func trimArticleFold(s string) string {
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(s, a) {
			return s[len(a):]
		}
	}
	return s
}

// genericBodies point back to the body last named, whatever its name holds.
var genericBodies = map[string]bool{"regulator": true, "watchdog": true, "airline": true,
	"carrier": true, "publisher": true, "operator": true, "insurer": true, "lender": true, "club": true,
	"agency": true, "department": true, "organization": true, "organisation": true, "utility": true,
	"corporation": true, "nonprofit": true, "non-profit": true, "charity": true, "authority": true, "consortium": true}

// publicBodies point back to the body last named only alone: "the agency"
// after the State Department, but "the law enforcement agency" says which.
// A level of government says nothing of which: "the federal agency".
var publicBodies = setOf(`agency department`)

// courtEnds end the names of courts, whose judges speak for them.
var courtEnds = setOf(`court tribunal bench`)

// governmentBody reports a body of the state by the last word of its
// name ("Labour Department", "Court of Appeal" is not), which "the
// company" never points back to.
func governmentBody(e *entity) bool {
	return len(e.words) > 0 && stateBodyEnds[e.words[len(e.words)-1]]
}

var stateBodyEnds = setOf(`department ministry court council commission government police tribunal parliament assembly senate committee`)

// notPublicBodies name bodies that "the agency" or "the department" does
// not point back to: "the agency said" after the Bank of Canada was
// named is Statistics Canada, named before it.
var notPublicBodies = setOf(`bank banks party union university college church club team school hospital
nation nations band tribe association federation league`)

// counselRoles act for someone: "Matheson's lawyer" is the one defence
// lawyer the article named, if it named one.
var counselRoles = setOf(`lawyer attorney counsel`)

// isHospitalName reports a body named as a hospital is: "Foothills Medical
// Centre", "St. Brendan’s Health Centre", "Toronto General Hospital".
func isHospitalName(e *entity) bool {
	if !e.org || e.group || len(e.words) < 2 {
		return false
	}
	last := e.words[len(e.words)-1]
	return last == "hospital" || (last == "centre" || last == "center") && (containsWord(e.words, "health") || containsWord(e.words, "medical"))
}

// policeRanks are ranks a force's officer is named with next, by the
// rank's title: "the duty inspector told reporters", then "Insp. Manpreet
// Dhaliwal said".
var policeRanks = setOf(`inspector sergeant constable corporal superintendent detective`)

// publicOffices name a body of government, never a Crown corporation.
var publicOffices = setOf(`commission board tribunal court council ministry department office agency authority government parliament legislature`)

// placeNouns are places whose officers ("the town's mayor", "the
// community's chief") an article names next.
var placeNouns = setOf(`town city village community county municipality township band reserve nation riding hamlet`)

var levelWords = setOf(`federal provincial state national municipal city county local regional government public`)

// lastOrgMentioned is the body most recently named that "the " + head
// may point back to (an outlet too for "the publisher" after Greystone
// Press; no bank for "the agency").
func (pc *pctx) lastOrgMentioned(before int, head string) *entity {
	outlets := head == "publisher" || head == "broadcaster"
	ok := func(e *entity) bool {
		return (e.org && !e.outlet || outlets && e.outlet) && !isState(e.words) && !(head == "group" && platform(e)) &&
			!(publicBodies[head] && slices.ContainsFunc(e.words, func(w string) bool { return notPublicBodies[w] })) &&
			!(businessHeads[head] && (e.union || slices.ContainsFunc(e.words, labourWord))) // "the company" is never the union's federation
	}
	last := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok >= before })
	for k := last - 1; k >= 0 && k >= last-window; k-- { // "the regulator fined X": never X
		if e := pc.mentions[k].e; ok(e) && !placeWords[pc.word(pc.mentions[k].tok-1)] {
			return e // (but "an agency based in Thunder Bay" is no agency called Thunder Bay)
		}
		if m := pc.mentions[k]; genericBodies[head] && pc.toks[m.tok].sentStart && bareName(m.e) && len(m.e.words) == 1 && m.e.first == "" &&
			m.e.gender == unknownGender && len(m.e.heads) == 0 && !isGivenName(m.e.words[0]) && nameGender(m.e.words[0]) == unknownGender && !isState(m.e.words) {
			m.e.org = true
			return m.e // "Metrolinx has spent $2 million. The agency said …": a body the tables do not know, opening the sentence before
		}
	}
	for k := len(pc.an.mentioned) - 1; k >= 0; k-- {
		if e := pc.an.mentioned[k]; ok(e) {
			return e
		}
	}
	if genericBodies[head] || companyHeads[head] {
		for k := len(pc.an.recent) - 1; k >= 0 && k >= len(pc.an.recent)-2 && pc.an.recentAt[k] >= pc.p.num-2; k-- {
			if e := pc.an.recent[k]; bareSpeakingName(e) {
				e.org = true
				return e // "…, Metrolinx says." then "The agency also says": a body the tables do not know
			}
		}
	}
	return nil
}

// federalDepartment reports a Canadian federal department's name, which
// ends in "Canada" and holds no "Government": "Global Affairs Canada",
// "Crown-Indigenous Relations and Northern Affairs Canada".
func federalDepartment(words []string) bool {
	n := len(words)
	return n >= 2 && words[n-1] == "canada" && !slices.Contains(words, "government") && !slices.Contains(words, "of")
}

// newInParagraph reports e first named in this paragraph.
func (pc *pctx) newInParagraph(e *entity) bool {
	n := len(pc.an.paraTicks)
	return e != nil && n > 0 && e.order >= pc.an.paraTicks[n-1]
}

// namedBeforeTok reports e named before token d: in an earlier paragraph or
// earlier in this one. "The company, a subsidiary of Vancouver-based
// Coastline Forest Group, has said" is not the group named after it.
func (pc *pctx) namedBeforeTok(e *entity, d int) bool {
	if n := len(pc.an.paraTicks); n == 0 || e.order < pc.an.paraTicks[n-1] {
		return true
	}
	for _, m := range pc.mentions {
		if m.e == e && m.tok < d {
			return true
		}
	}
	return false
}

// placeWords stand before a place: a name after one is where, not who.
var placeWords = setOf(`in near outside`)

// ownedName reports a name that holds another's possessive: "Prairie
// Crest Energy’s Ravenrock" (thermal facility) is a thing the company
// owns, not the company.
func ownedName(e *entity) bool {
	return strings.Contains(e.display, "’s ") || strings.Contains(e.display, "'s ")
}

// utilityName reports a body whose name says it sells power, gas or
// water: "Hydro One", "FortisBC Energy", "Nova Scotia Power".
func utilityName(e *entity) bool {
	return e.org && slices.ContainsFunc(e.words, func(w string) bool { return utilityWords[w] || strings.HasPrefix(w, "hydro") })
}

var utilityWords = setOf(`power energy electric electricity gas utilities utility water`)

// platform reports a platform's name ("Instagram"): "the group" after
// "posted to Instagram" is who posted.
func platform(e *entity) bool {
	return len(e.words) == 1 && platformNames[e.words[0]]
}

// bareSpeakingName reports a one-word name that has spoken and that
// nothing marks as a person's: no given name, gender, title or role.
func bareSpeakingName(e *entity) bool {
	return !e.org && !e.group && !e.doc && !e.unnamed && e.acted && len(e.words) == 1 && e.first == "" && e.gender == unknownGender &&
		e.role == "" && len(e.heads) == 0 && !isGivenName(e.words[0]) && nameGender(e.words[0]) == unknownGender
}

// isState reports a country's or state's name: "the airline" or "the
// company" never points back to the United Kingdom or the Republic of
// Turkey.
func isState(words []string) bool {
	if wordIs(strings.Join(words, " "), mPlaceName) {
		return true
	}
	for _, w := range words {
		if stateWords[w] {
			return true
		}
	}
	return false
}

var stateWords = setOf(`republic kingdom emirates commonwealth`)

// agedBefore reports an age ("31-year-old") among the words (d, j).
func (pc *pctx) agedBefore(d, j int) bool {
	for k := d + 1; k < j; k++ {
		if strings.HasSuffix(pc.word(k), "-old") {
			return true
		}
	}
	return false
}

// tradeJobs are those hired for work, known by their trade: "the
// contractor", "their roofer".
var tradeJobs = setOf(`contractor roofer plumber carpenter electrician`)

// spokesRoles speak for a body: unnamed, they stand for it.
var spokesRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"official": true, "officials": true, "representative": true, "secretary": true, "officer": true}

// recentOutlet is the outlet of kind head named last, in this paragraph or
// the eight before it; nil when none was, or when it bears a person's
// given name. A news agency is no newspaper.
func (pc *pctx) recentOutlet(head string) *entity {
	ok := func(o *entity) bool {
		return o.outlet && !o.unnamed && !o.doc && o.gender == unknownGender && (o.first == "" || !isGivenName(o.first)) &&
			!(printHeads[head] && (newsAgencies[strings.Join(o.words, " ")] || containsWord(o.words, "agency")))
	}
	for k := len(pc.mentions) - 1; k >= 0; k-- {
		if e := pc.mentions[k].e; ok(e) {
			return e
		}
	}
	e := pc.an.reg.latest(ok)
	if e == nil || e.namedPara < pc.p.num-8 {
		return nil
	}
	return e
}

// printHeads name a paper, which a news agency is not.
var printHeads = setOf(`newspaper paper daily tabloid`)

// newsAgencies are wire services, which other outlets carry.
var newsAgencies = setOf("", "associated press", "ap", "reuters", "agence france-presse", "afp", "bloomberg", "upi",
	"united press international", "xinhua", "tass", "itar-tass", "kyodo", "press association", "dpa", "efe", "ansa", "pti",
	"press trust of india", "canadian press", "australian associated press", "aap")

// outletHeads name an outlet by its kind: "the newspaper", "the magazine".
var outletHeads = setOf(`newspaper paper magazine tabloid daily broadcaster outlet website newsletter wire`)

// possessor resolves the possessive token at d ("Boateng's", "the union's").
func (pc *pctx) possessor(d, s int) *entity {
	if pc.isNameWord(d) {
		for k := max(s, d-6); k <= d; k++ {
			if pc.runEnd(k) == d+1 {
				return pc.entityAt(k, d+1)
			}
		}
		return nil
	}
	if pc.toks[d].has(wOrgHead) {
		return pc.an.reg.byHead(pc.toks[d].low, true)
	}
	if pc.toks[d].has(wRole) && (pc.an.reg.byHead(pc.toks[d].low, false) != nil || d > s && pc.an.reg.byHead(pc.word(d-1)+" "+pc.toks[d].low, false) != nil) {
		return pc.roleNP(d, s) // the prime minister's office: the prime minister named before
	}
	return nil
}

// policeBody is the police force the article last named, for "police
// said" or "a police spokesman" ("the RCMP said …, police said"); a body
// called Police when it named none.
func (pc *pctx) policeBody() *entity {
	if e := lastSeen(pc.an.reg.recentOrgs(), isPoliceBody); e != nil && pc.an.paraOf(e.seen) >= pc.p.num-4 {
		return e // (named in the last three paragraphs: a force named long before may not be this one)
	}
	return pc.an.reg.body("Police")
}

// gardaBody is Ireland's police force, by the name the article gives it
// ("An Garda Síochána", "the Garda Síochána") or by its own.
func (pc *pctx) gardaBody() *entity {
	if e := lastSeen(pc.an.reg.recentOrgs(), func(o *entity) bool { return containsWord(o.words, "garda") && containsWord(o.words, "síochána") }); e != nil {
		return e
	}
	return pc.an.reg.body("An Garda Síochána")
}

// bodyPlural is the institution a plural that speaks as one stands for:
// "prosecutors", "police" (the force named, if any).
func (pc *pctx) bodyPlural(low string, at int) *entity {
	if low == "gardaí" || low == "gardai" {
		e := pc.gardaBody()
		pc.traceTo(e, refRole, low, at)
		return e // "gardaí said": Ireland's police, the force the article names
	}
	if low == "police" {
		e := pc.policeBody()
		pc.traceTo(e, refRole, low, at) // (the explanation and the alias read it)
		return e
	}
	return pc.an.reg.body(capitalise(low))
}

// isPoliceBody reports a police force by its name: "West Mercia Police",
// "the RCMP", "Sûreté du Québec".
func isPoliceBody(e *entity) bool {
	for k, w := range e.words {
		if policeWords[w] && !(k+1 < len(e.words) && (e.words[k+1] == "and" || e.words[k+1] == "&")) {
			return true // but "the city's Police and Crisis Team" is a team of the force, none itself
		}
	}
	return false
}

// ledBodies are what a person's body may be called after their name:
// "Fairweather's group".
var ledBodies = setOf(`group organization organisation coalition association union council agency company firm charity`)

// bodyLedBy is the body named in person p's role ("executive director of
// the B.C. Electricity Consumers' Coalition"), or nil.
func (r *registry) bodyLedBy(p *entity) *entity {
	if p.role == "" {
		return nil
	}
	role := strings.Fields(strings.ToLower(p.role))
	return lastSeen(r.recentOrgs(), func(o *entity) bool {
		return len(o.words) > 1 && !o.group && containsWord(role, o.words[0]) && containsWord(role, o.words[len(o.words)-1])
	})
}

// officerOf is the person named with role head of body o ("president of
// Amalgamated Transit Workers of B.C."), or nil.
func (r *registry) officerOf(o *entity, head string) *entity {
	generic := len(o.words) == 1
	return r.latest(func(e *entity) bool {
		if e.org || e.unnamed || e.group || !e.heads.has(head) || e.role == "" {
			return false
		}
		role := strings.Fields(strings.ToLower(e.role))
		if generic {
			return containsWord(role, o.words[0]) || o.words[0] == "union" && slices.ContainsFunc(role, isUnionWord)
		}
		return len(o.words) > 1 && containsWord(role, o.words[0]) && containsWord(role, o.words[len(o.words)-1])
	})
}

// isUnionName reports a body whose name says it is a trade union.
func isUnionName(e *entity) bool {
	if !e.org || e.group || len(e.words) == 0 {
		return false
	}
	if e.union {
		return true
	}
	if len(e.words) == 1 {
		return unionNames[e.words[0]] // "Unifor", not "union" or "workers"
	}
	if n := len(e.words); e.words[n-1] == "union" && (isDemonym(e.words[n-2]) || wordIs(e.words[n-2], mPlaceName)) {
		return false // "European Union", "Soviet Union": a union of states
	}
	return slices.ContainsFunc(e.words, isUnionWord) || professionalBody(e.words) || localNumbered(e.words) ||
		e.words[0] == "fédération" || e.words[0] == "syndicat" // "Fédération interprofessionnelle de la santé du Québec"
}

// localNumbered reports a union local's name: "Unifor Local 1",
// "Teamsters Local 987".
func localNumbered(words []string) bool {
	k := slices.Index(words, "local")
	return k > 0 && k+1 < len(words) && isDigitStart(words[k+1])
}

// noteUnion marks body e a union when its appositive says so: "The
// National Police Federation, the union representing RCMP members",
// "The Air Line Pilots Association, which represents about 1,150 pilots".
func (pc *pctx) noteUnion(e *entity, j int) {
	if !e.org || e.group || pc.word(j) != "," {
		return
	}
	w1, w2 := pc.word(j+1), pc.word(j+2)
	if (w1 == "the" || w1 == "a") && w2 == "union" && appositiveEnds[pc.word(j+3)] || // not "Under the Code, the union must …"
		(w1 == "which" || w1 == "that") && strings.HasPrefix(w2, "represent") && pc.representsWorkers(j+3) {
		e.union = true
	}
}

// representsWorkers reports the people a body represents, from token k,
// as its members or those of a trade: "about 1,150 pilots", "2,000 workers
// at the shipyard", "SkyTrain attendants".
func (pc *pctx) representsWorkers(k int) bool {
	for end := min(len(pc.toks), k+6); k < end; k++ {
		w := pc.word(k)
		if (w == "," || w == ".") && !isDigitStart(pc.word(k+1)) || w == ";" {
			return false // "about 4,000 paramedics" goes on
		}
		if unionMembers[w] || strings.HasSuffix(w, "workers") || bargainers[w] {
			return true
		}
	}
	return false
}

// nounGender is the gender a person noun tells: "mother", "father".
func nounGender(w string) gender {
	switch {
	case wordHas(w, wFemaleWord):
		return female
	case wordHas(w, wMaleWord):
		return male
	}
	return unknownGender
}

// ledePeople are the nouns a lede describes its subject by before naming
// them: "The man who ran the plant", "The woman who found the body".
var ledePeople = setOf(`man woman person teenager teen boy girl couple`)

// singlePeople are ledePeople of one person: "he" or "she" may mean one.
var singlePeople = without(ledePeople, "couple")

var appositiveEnds = setOf(`representing that which for of , . ;`)

var unionNames = setOf(`teamsters unifor cupe opseu bcgeu nupge`)

var unionMembers = setOf(`members employees workers staff pilots attendants drivers officers
	guards technicians mechanics machinists carpenters electricians librarians dockworkers longshoremen`)

// professionalBody reports a teachers' or nurses' association or
// federation, which bargains as a union: "Winnipeg Teachers' Association".
func professionalBody(words []string) bool {
	if !slices.ContainsFunc(words, func(w string) bool { return w == "association" || w == "federation" || w == "alliance" }) {
		return false // "Elementary Teachers' Federation of Ontario" too
	}
	return slices.ContainsFunc(words, func(w string) bool { return bargainers[strings.TrimRight(w, "'’")] })
}

var bargainers = setOf(`teachers nurses educators firefighters paramedics professors pilots attendants`)

// isUnionWord reports a word of a union's name: "union", "Teamsters",
// "Steelworkers".
func isUnionWord(w string) bool { return unionWords[w] || strings.HasSuffix(w, "workers") }

// labourWord is a word of a union's or a labour federation's name.
func labourWord(w string) bool {
	return isUnionWord(w) || labourBodies[w]
}

// businessHeads are the nouns that point back to a business only.
var businessHeads = setOf(`company firm corporation employer manufacturer carrier airline`)

var labourBodies = setOf(`syndicats confédération fédération federation confederation`)

var unionWords = setOf(`union workers employees teamsters guild brotherhood unifor cupe opseu bcgeu nupge syndicat`)

// forceOfOfficer is the police force the role of the last person seen
// opens with ("RCMP Sergeant"), or "".
func (an *analyzer) forceOfOfficer() string {
	p := an.reg.latest(func(e *entity) bool { return !e.org && e.role != "" })
	if p == nil {
		return ""
	}
	first, _, _ := strings.Cut(p.role, " ")
	if w := strings.ToLower(first); policeWords[w] && w != "police" && isAllCaps(first) {
		return first
	}
	return ""
}

var policeWords = setOf(`police constabulary gendarmerie garda gardaí rcmp opp sûreté spvm nypd lapd`)

// bodyModifier finds a body named between a determiner and a role noun:
// "a police spokesman", "a Kestrel spokeswoman".
func (pc *pctx) bodyModifier(from, to int) *entity {
	for k := from; k < to; k++ {
		w := pc.word(k)
		if w == "police" {
			return pc.policeBody()
		}
		if w == "garda" && !pc.toks[k].cap {
			return pc.gardaBody() // "A garda spokesperson said": the force's
		}
		if spokesParties[w] && pc.toks[k].cap && k == to-1 && strings.HasPrefix(pc.word(to), "spokes") {
			return pc.partyBody(w, pc.phraseText(k, k+1)) // "A Labour spokesperson said": the party
		}
		if k == to-2 && spokesParties[pc.word(k+1)] && pc.toks[k+1].cap && strings.HasPrefix(pc.word(to), "spokes") && (isProvince(w) || isState([]string{w})) {
			return pc.an.reg.body(pc.phraseText(k, k+2)) // "A NSW Labor spokesman said": the state's branch of the party
		}
		if k == to-2 && pc.toks[k].cap && pc.word(k+1) == "government" && strings.HasPrefix(pc.word(to), "spokes") && !isGivenName(w) && !pc.has(k, wFunction|wDeterminer) {
			return pc.an.reg.body(pc.phraseText(k, k+1) + " Government") // "A Scottish government spokesperson said": the Scottish Government
		}
		if r := min(pc.runEnd(k), to); pc.isNameWord(k) && r-k >= 2 && pc.word(to) != "official" && isOrgName(pc.lowRun(k, r)) {
			if e := pc.an.reg.find(mention{low: pc.lowRun(k, r)}); e != nil && e.org && !e.group {
				return e
			}
			return pc.an.reg.body(pc.phraseText(k, r)) // "an Alberta Health Services spokesperson": that body, not the Alberta union named before
		}
		if pc.isNameWord(k) && k == to-1 {
			if e := pc.initialsBody(k); e != nil {
				return e // "A DfT spokesperson said" after the Department for Transport
			}
			if a := pc.p.text[pc.toks[k].start:pc.toks[k].end]; k == from && len(a) >= 3 && isAllCaps(a) && strings.HasPrefix(pc.word(to), "spokes") && pc.an.reg.byKey[w] == nil {
				return pc.an.reg.body(a) // "an NDRF spokesperson said": a body known by its initials alone
			}
		}
		if pc.isNameWord(k) {
			if e := pc.an.reg.find(mention{low: []string{w}}); e != nil && e.org && !e.group && !(isDemonym(w) && len(e.words) > 1) {
				return e // not "Israeli officials" nor "Israeli Foreign Ministry" for "an Israeli official"
			}
			for _, e := range pc.an.reg.recentOrgs() {
				if e.company && len(e.words) > 1 && e.words[0] == w {
					return e // "a Haldane spokeswoman" after Haldane Steel
				}
			}
		}
	}
	return nil // "a company spokesperson", "a ministry spokesperson": someone unnamed, whose body the phrase does not name
}

// spokesParties are parties whose name alone before "spokesperson" is the
// party speaking, as British and Canadian copy writes it ("a Labour
// spokesperson", "an NDP spokesperson"); an American "Republican
// spokesman" is left as someone unnamed.
var spokesParties = setOf(`labour labor lnp tory conservative conservatives liberal snp ndp plaid reform green greens`)

// partyBody is the party named by w: the body the article named with it
// ("the Labour Party", "Labour"), or a body of that name.
func (pc *pctx) partyBody(w, name string) *entity {
	for _, e := range pc.an.reg.recentOrgs() {
		if len(e.words) > 0 && e.words[0] == w && (len(e.words) == 1 || len(e.words) == 2 && e.words[1] == "party") && !e.group {
			return e
		}
	}
	return pc.an.reg.body(name)
}

func ageOf(head string) string {
	if i := strings.IndexByte(head, '-'); i > 0 {
		return head[:i]
	}
	return head
}

// citedDocument is the document of kind head the article last cited:
// "according to a congressional report" … "the report said".
func (pc *pctx) citedDocument(head string) *entity {
	return pc.an.reg.latest(func(o *entity) bool { return o.doc && strings.EqualFold(lastWordOf(o.display), head) })
}

// lastOrgSpeaker is the body that spoke last, for "the statement said"
// with no one's statement before it: never a group of people nor a place,
// which issue none.
func (pc *pctx) lastOrgSpeaker() *entity {
	issuer := func(e *entity) bool { return e != nil && e.org && !e.group && !isState(e.words) }
	for k := len(pc.subjects) - 1; k >= 0; k-- {
		if issuer(pc.subjects[k]) { // "X issued a statement. … the statement said"
			return pc.subjects[k]
		}
	}
	if issuer(pc.lastInP) {
		return pc.lastInP
	}
	if ls := pc.an.lastSpeaker; issuer(ls) {
		return ls
	}
	for k := len(pc.an.recent) - 1; k >= 0; k-- {
		if issuer(pc.an.recent[k]) {
			return pc.an.recent[k]
		}
	}
	return nil
}

// isDemonym reports words like Ukrainian, Japanese, Swede, Spaniard.
// shortDemonyms are the nationalities no suffix gives away.
var shortDemonyms = map[string]bool{"scot": true, "swede": true, "dane": true, "turk": true, "pole": true,
	"finn": true, "czech": true, "thai": true, "brit": true, "greek": true, "swiss": true, "kiwi": true,
	"aussie": true, "scotsman": true, "welshman": true, "irishman": true, "englishman": true,
	"frenchman": true, "dutchman": true, "scotswoman": true, "welshwoman": true, "irishwoman": true,
	"englishwoman": true, "frenchwoman": true, "dutchwoman": true}

func isDemonym(w string) bool {
	if shortDemonyms[w] {
		return true
	}
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"ian", "ean", "an", "ese", "ish", "i", "er", "ard", "ite"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleState is the state named among a role's words [d+1, j): "the
// Florida senator"; "" when none is.
func (pc *pctx) roleState(d, j int) string {
	for k := d + 1; k < j; k++ {
		if st, _ := pc.stateAt(k); st != "" {
			return st
		}
	}
	return ""
}

// justNamedFor is the person named in this paragraph or the one before,
// before the role's sentence, whom a role with a place at j describes,
// when the one holding the role was named further back; nil if none.
func (pc *pctx) justNamedFor(j int, head string, held *entity, party byte, state string) *entity {
	e := pc.resolvePerson(unknownGender, j)
	if e == nil || e == held || e.org || e.unnamed || pc.lastNamedPara(e, j) < pc.p.num-1 {
		return nil
	}
	if placedElsewhere(e, state) || otherParty(e, party) || holdsOtherOffice(e, head) {
		return nil
	}
	return e
}

// placedElsewhere reports a person the article named with states, none of
// them st: Sen. Joni Ernst (R-Iowa) is not "the Florida senator".
func placedElsewhere(e *entity, st string) bool {
	return st != "" && len(e.places) > 0 && !slices.Contains(e.places, st)
}

// ownerStart is where the owner ending at the possessive d begins, its
// article included: "the Prime Minister's official spokesman".
func (pc *pctx) ownerStart(d, s int) int {
	k := d
	for k > s && pc.toks[k-1].kind == tWord && (pc.toks[k-1].cap || titleModifiers[pc.word(k-1)]) && !pc.has(k-1, wDeterminer|wFunction) && k > d-4 {
		k-- // "Senator Moe's", "the prime minister's"
	}
	if k > s && pc.has(k-1, wDeterminer) && !pc.toks[k-1].poss {
		k--
	}
	return k
}

// likeliestPerson is the likeliest person before token j, not named in
// its sentence, that ok accepts: one not named with another state, one
// who holds no press role.
func (pc *pctx) likeliestPerson(j int, ok func(*entity) bool) *entity {
	for _, e := range pc.candidates(j) {
		if !e.org && !e.group && !e.doc && e.personLike() && ok(e) && !pc.namedInSentence(e, j) {
			return e
		}
	}
	return nil
}

// inOthersThat reports a phrase at d that opens the "that" clause of a
// cue before it: "Lapointe said in French that the audit confirmed …" is
// her reading of the audit, not its author speaking.
func (pc *pctx) inOthersThat(d int) bool {
	return pc.word(d-1) == "that" && pc.cueBefore(d-1, pc.sentOf[d])
}

// mediaRoles are the press's own role nouns beside pressRoles: hosts,
// anchors, reporters.
var mediaRoles = setOf(`host hosts anchor anchors reporter reporters journalist columnist editor`)

// pressPerson reports someone the article gave a press role: a host, a
// moderator, a columnist.
func pressPerson(e *entity) bool {
	for _, h := range e.heads {
		if wordIs(h, mPressRole) || mediaRoles[h] {
			return true
		}
	}
	return e.role != "" && (wordIs(lastWordOf(strings.ToLower(e.role)), mPressRole) || mediaRoles[lastWordOf(strings.ToLower(e.role))])
}

// openingPronoun is the gender of "he" or "she" in an opening clause
// before the subject at d ("Asked whether he would resign, the minister
// told", "Speaking afterwards, she said"): that clause is about the
// subject. Unknown when there is none.
func (pc *pctx) openingPronoun(d int) gender {
	s := pc.sentOf[d]
	if d < 2 || pc.word(d-1) != "," || !strings.HasSuffix(pc.word(s), "ing") && !strings.HasSuffix(pc.word(s), "ed") {
		return unknownGender
	}
	for k := s + 1; k < d-1; k++ {
		if g, ok := pronounGender(pc.word(k)); ok && g != unknownGender {
			return g
		}
	}
	return unknownGender
}

// opensSentence reports e named by the run that opens token j's sentence.
func (pc *pctx) opensSentence(e *entity, j int) bool {
	s := pc.sentOf[j]
	if !pc.isNameWord(s) {
		return false
	}
	m, _ := pc.mentionAt(s, pc.runEnd(s))
	return len(m.low) > 0 && pc.an.reg.find(m) == e
}

// recentCompanySubject is the company that was last a subject or a
// speaker, in this paragraph or the one before, or nil.
// bodySubjectHere is the last body that is the subject of a sentence
// earlier in this paragraph, nil when there is none.
func (pc *pctx) bodySubjectHere() *entity {
	for k := len(pc.subjects) - 1; k >= 0; k-- {
		if e := pc.subjects[k]; e != nil && e.org && !e.outlet && !e.group && !e.doc && !isState(e.words) {
			return e
		}
	}
	return nil
}

func (pc *pctx) recentCompanySubject() *entity {
	for k := len(pc.subjects) - 1; k >= 0; k-- {
		if e := pc.subjects[k]; e != nil && e.company {
			return e
		}
	}
	an := pc.an
	for k := len(an.recent) - 1; k >= 0 && an.recentAt[k] >= pc.p.num-1; k-- {
		if an.recent[k].company {
			return an.recent[k]
		}
	}
	return nil
}

// bodyInRole is the name of a body that a person's title holds and ends
// in kind ("Winnipeg Police Service" in "Winnipeg Police Service Chief"),
// or "" when no title holds one.
func (r *registry) bodyInRole(kind string) string {
	if !strings.Contains(kind, " ") {
		return "" // "the service", "the city": too common a word to look for in titles
	}
	for _, p := range r.ents {
		if p.org || p.role == "" {
			continue
		}
		k := strings.Index(strings.ToLower(p.role), kind)
		if k <= 0 || p.role[k] < 'A' || p.role[k] > 'Z' {
			continue
		}
		return p.role[:k+len(kind)]
	}
	return ""
}

// chamberIn reports a legislature's name among the words [i, j) of a
// role: "the Senate majority leader", "the House speaker".
func (pc *pctx) chamberIn(i, j int) bool {
	for k := i; k < j; k++ {
		if pc.toks[k].cap && chambers[pc.toks[k].low] || pc.toks[k].low == "parliamentary" || pc.toks[k].low == "congressional" {
			return true // (and "the parliamentary budget officer": an officer of Parliament, not the minister named last)
		}
	}
	return false
}

var chambers = setOf(`senate house assembly parliament commons legislature congress`)

// coordinateAdjective reports that the comma at c parts two adjectives of
// one person's noun phrase, the comma being no clause's edge: "the" or "a"
// opens it right before an adjective's form ("the bespectacled, 71-year-old
// diplomat", "a soft-spoken, veteran lawmaker"), and one to three lower-case
// words after the comma end at a role or a job.
func (pc *pctx) coordinateAdjective(c, s int) bool {
	a := c - 1
	if a-1 < s || pc.toks[a].kind != tWord || pc.toks[a].cap || pc.has(a, wRole|wFunction) || !adjectiveForm(pc.word(a)) {
		return false
	}
	if d := pc.word(a - 1); d != "the" && d != "a" && d != "an" {
		return false
	}
	for k := c + 1; k <= c+3 && k < len(pc.toks); k++ {
		t := pc.toks[k]
		if t.kind != tWord || t.cap || t.has(wFunction|wDeterminer|wPrep) || pc.isCue(k) {
			return false
		}
		if t.has(wRole) || isJobWord(t.low) || agentNoun(t.low) {
			return true
		}
	}
	return false
}

// adjectiveForm reports a word shaped as an adjective: hyphened
// ("71-year-old", "soft-spoken") or with an adjective's ending.
func adjectiveForm(w string) bool {
	if strings.Contains(w, "-") {
		return true
	}
	for _, suf := range []string{"ed", "ful", "ous", "ive", "ic", "ish", "less", "ent", "ant", "ary", "ble"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
