package model

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pronounOf names the pronouns that can point back to a speaker.
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
	g, ok := pronounGender(w)
	if !ok {
		return nil
	}
	wantOrg := w == "it" || w == "they"
	cands := pc.candidates(i)
	// a person the text marks as one (a given name, a gender, a role) beats
	// a bare capitalised word, which may be a place ("a shop in Eskel")
	for pass := 0; pass < 2; pass++ {
		for _, e := range cands {
			if e.outlet {
				continue
			}
			if wantOrg {
				if e.org {
					return e
				}
				continue
			}
			if e.org || (e.gender != unknownGender && e.gender != g) {
				continue
			}
			if pass == 0 && e.first == "" && e.gender == unknownGender && len(e.heads) == 0 && e.role == "" && !e.acted {
				continue
			}
			if e.gender == unknownGender {
				e.gender = g
			}
			return e
		}
	}
	return nil
}

// candidates lists antecedents of a pronoun at token i, best first.
func (pc *pctx) candidates(i int) []*entity {
	c := pc.an.candBuf[:0]
	defer func() { pc.an.candBuf = c[:0] }()
	if i < len(pc.sentOf) {
		from := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok >= pc.sentOf[i] })
		for _, m := range pc.mentions[from:min(len(pc.mentions), from+30)] { // the subject of this very sentence
			if m.tok < i && pc.sentOf[m.tok] == pc.sentOf[i] && !m.e.org {
				c = append(c, m.e)
				break
			}
		}
	}
	for k := len(pc.subjects) - 1; k >= 0 && k >= len(pc.subjects)-10; k-- {
		c = append(c, pc.subjects[k])
	}
	last := sort.Search(len(pc.mentions), func(k int) bool { return pc.mentions[k].tok >= i })
	for k := last - 1; k >= 0 && k >= last-30; k-- {
		if m := pc.mentions[k]; i >= len(pc.sentOf) || pc.sentOf[m.tok] < pc.sentOf[i] {
			c = append(c, m.e)
		}
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

// npEndingAt resolves the noun phrase that ends at token j (and starts no
// earlier than s): a pronoun, a name, or a role or body pointing back.
func (pc *pctx) npEndingAt(j, s int) *entity {
	if j < s || j < 0 {
		return nil
	}
	t := pc.toks[j]
	if t.kind != tWord {
		return nil
	}
	if _, ok := pronounGender(t.low); ok && !t.poss {
		return pc.resolvePronoun(t.low, j)
	}
	if bodyPlurals[t.low] && (j == s || !pc.has(j-1, wDeterminer)) {
		return pc.an.reg.body(capitalise(t.low)) // "Prosecutors said"
	}
	if isDigitStart(t.low) && pc.isNameWord(j-1) && pc.runEnd(j-1) > j {
		for k := max(s, j-12); k < j; k++ {
			if pc.runEnd(k) == j+1 {
				return pc.entityAt(k, j+1)
			}
		}
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
		if start > 0 && coordinated(pc.word(start-1)) && pc.isNameWord(start-2) {
			return nil // Putin and Trump: two speakers, not one
		}
		if p := pc.personBeforeOf(start, s); p != nil {
			return p // Capt. Leonard Vos of the Fire Marshal's Office
		}
		return pc.entityAt(start, j+1)
	}
	return pc.roleNP(j, s)
}

// personBeforeOf resolves "X of the Y" to X when X is a person's name.
func (pc *pctx) personBeforeOf(start, s int) *entity {
	k := start - 1
	if pc.word(k) == "the" {
		k--
	}
	if pc.word(k) != "of" || k-1 < s || !pc.isNameWord(k-1) {
		return nil
	}
	e := pc.npEndingAt(k-1, s)
	if e == nil || e.org || e.outlet {
		return nil
	}
	return e
}

func isCue(toks []token, i int) bool { l, _ := cueAt(toks, i); return l != "" }

func coordinated(w string) bool { return w == "and" || w == "or" || w == "nor" }

// roleNP resolves "the minister", "the 58-year-old", "the company".
func (pc *pctx) roleNP(j, s int) *entity {
	head := pc.toks[j].low
	d := j - 1
	for d >= s && d > j-6 {
		w := pc.word(d)
		if determiners[w] || pc.toks[d].poss {
			break
		}
		if w == "" || w == "," || w == "." {
			return nil
		}
		d--
	}
	if d < s || d <= j-6 {
		return nil
	}
	det := pc.word(d)
	if pc.toks[d].poss && det != "its" && det != "their" {
		// X's lawyer is not X: the body itself for a body's officer ("the
		// union's general secretary"), X for X's office, else someone unnamed
		owner := pc.possessor(d, s)
		switch {
		case owner != nil && owner.org:
			return owner
		case owner != nil && (head == "office" || head == "campaign" || head == "team"):
			return owner
		case orgHeads[head] && (owner == nil || !owner.org && owner.first == ""):
			// Norland's government: a body of a place
			return pc.an.reg.body(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)])
		}
		return nil
	}
	if definite[det] && j-1 > d {
		if e := pc.an.reg.byHead(pc.word(j-1)+" "+head, false); e != nil {
			return e // the prime minister, not the environment minister
		}
	}
	if !definite[det] && spokesRoles[head] {
		if org := pc.bodyModifier(d+1, j); org != nil {
			return org // a police spokesman
		}
	}
	if (det == "his" || det == "her") && (maleWords[head] || femaleWords[head]) {
		g := "he" // her husband, his sister: a relative named nearby
		if femaleWords[head] {
			g = "she"
		}
		return pc.resolvePronoun(g, j)
	}
	if (det == "a" || det == "an") && pc.p.num <= 2 && d == pc.skipIntro(pc.sentOf[d], j) && !pc.toks[j].cap && !orgHeads[head] {
		return pc.an.cataphor(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)]) // "A shipping magnate told a court …"
	}
	if !definite[det] && !pc.toks[d].poss && det != "its" && det != "their" {
		return nil // a spokesman, neither leader: no one in particular
	}
	if strings.HasSuffix(head, "-old") {
		if e := pc.an.reg.byAge(ageOf(head)); e != nil {
			return e
		}
		return pc.resolvePerson(unknownGender, j)
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
		return pc.lastOrgSpeaker()
	}
	if orgHeads[head] && pc.isNameWord(j-1) {
		// the Green Renewal party, the Estravian delegation: a named body
		for k := max(d+1, j-6); k < j; k++ {
			if pc.runEnd(k) == j {
				m, _ := pc.mentionAt(k, j)
				m.words = append(append([]string{}, m.words...), pc.p.text[int(pc.toks[j].start):int(pc.toks[j].end)])
				m.low = append(append([]string{}, m.low...), head)
				m.display = displayName(m.words)
				m.key = strings.Join(m.low, " ")
				m.org = true
				return pc.an.reg.resolve(m)
			}
		}
	}
	if orgHeads[head] && !roleNouns[head] {
		if mod := pc.word(j - 1); j-1 > d && !pc.toks[j-1].cap {
			if e := pc.an.reg.orgWith(mod, head); e != nil {
				return e // the meteorological agency: the one whose name says so
			}
		}
		if e := pc.an.reg.byHead(head, true); e != nil {
			return e
		}
		if companyHeads[head] || genericBodies[head] {
			if e := pc.an.reg.lastCompany(); e != nil && companyHeads[head] {
				return e
			}
			if e := pc.lastOrgMentioned(head == "publisher" || head == "broadcaster"); e != nil {
				return e // "the regulator" after the Civil Aviation Authority
			}
		}
		if definite[det] && !statementWords[head] {
			return pc.an.reg.body(trimArticle(strings.ToLower(pc.p.text[int(pc.toks[d].start):int(pc.toks[j].end)]))) // "the ministry said", never named
		}
		return nil
	}
	for k := d + 1; k < j; k++ {
		if w := pc.word(k); strings.HasSuffix(w, "-old") {
			if e := pc.an.reg.byAge(ageOf(w)); e != nil {
				return e // the 44-year-old epidemiologist
			}
		}
	}
	if e := pc.an.reg.byHead(head, false); e != nil {
		return e // a role the article gave someone ("X, a neurologist")
	}
	aged := false
	for k := d + 1; k < j; k++ {
		aged = aged || strings.HasSuffix(pc.word(k), "-old")
	}
	if !roleNouns[head] && !aged {
		return nil
	}
	g := unknownGender
	if femaleWords[head] {
		g = female
	} else if maleWords[head] {
		g = male
	}
	e := pc.resolvePerson(g, j)
	if e != nil && !e.org {
		e.heads[head] = true
	}
	return e
}

// bodyPlurals name institutions that speak as one ("prosecutors said").
var bodyPlurals = map[string]bool{"prosecutors": true, "authorities": true, "officials": true,
	"investigators": true, "regulators": true, "organisers": true, "organizers": true,
	"police": true, "lawmakers": true, "legislators": true, "ministers": true}

var statementWords = map[string]bool{"statement": true, "report": true, "filing": true}

func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// genericBodies point back to the body last named, whatever its name holds.
var genericBodies = map[string]bool{"regulator": true, "watchdog": true, "airline": true,
	"carrier": true, "publisher": true, "operator": true, "insurer": true, "lender": true}

// lastOrgMentioned is the body most recently named (an outlet too, when
// asked for: "the publisher" after Greystone Press).
func (pc *pctx) lastOrgMentioned(outlets bool) *entity {
	ok := func(e *entity) bool { return e.org && !e.outlet || outlets && e.outlet }
	for k := len(pc.mentions) - 1; k >= 0 && k >= len(pc.mentions)-window; k-- {
		if e := pc.mentions[k].e; ok(e) {
			return e
		}
	}
	for k := len(pc.an.mentioned) - 1; k >= 0; k-- {
		if e := pc.an.mentioned[k]; ok(e) {
			return e
		}
	}
	return nil
}

// window bounds how far a rule looks from a token, so that one enormous
// sentence costs time in proportion to its length, not its square.
const window = 60

// spokesRoles speak for a body: unnamed, they stand for it.
var spokesRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"official": true, "officials": true, "representative": true, "secretary": true, "officer": true}

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
	return nil
}

// bodyModifier finds a body named between a determiner and a role noun:
// "a police spokesman", "a Kestrel spokeswoman".
func (pc *pctx) bodyModifier(from, to int) *entity {
	for k := from; k < to; k++ {
		w := pc.word(k)
		if w == "police" {
			return pc.an.reg.body("Police")
		}
		if pc.isNameWord(k) {
			if e := pc.an.reg.find(mention{low: []string{w}}); e != nil && e.org {
				return e
			}
		}
		if orgHeads[w] {
			if e := pc.an.reg.byHead(w, true); e != nil {
				return e
			}
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
		if !e.org && !e.outlet && !pc.namedInSentence(e, i) {
			return e // someone named before this sentence: "Under questioning by X, the veteran said"
		}
	}
	return nil
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

func ageOf(head string) string {
	if i := strings.IndexByte(head, '-'); i > 0 {
		return head[:i]
	}
	return head
}

func (pc *pctx) lastOrgSpeaker() *entity {
	for k := len(pc.subjects) - 1; k >= 0; k-- {
		if pc.subjects[k].org { // "X issued a statement. … the statement said"
			return pc.subjects[k]
		}
	}
	if pc.lastInP != nil && pc.lastInP.org {
		return pc.lastInP
	}
	if ls := pc.an.lastSpeaker; ls != nil && ls.org {
		return ls
	}
	for k := len(pc.an.recent) - 1; k >= 0; k-- {
		if pc.an.recent[k].org {
			return pc.an.recent[k]
		}
	}
	return nil
}

// subjectBefore finds the subject of the cue verb at v, in the sentence
// starting at s.
func (pc *pctx) subjectBefore(v, s int) *entity {
	j := v - 1
	for j >= s && pc.toks[j].kind == tWord && isAdverb(pc.toks[j].low) {
		j--
	}
	if j > s && pc.word(j) == "." && abbreviations[pc.word(j-1)] {
		j-- // Tollund Mobility Inc. said
	}
	if j < s {
		return nil
	}
	w := pc.word(j)
	if w == "—" || w == "–" || w == ")" || w == "--" {
		// "X — who leads the union — said", "X (pictured) said": skip the aside
		open := "("
		if w != ")" {
			open = w
		}
		for k := j - 1; k >= s && k > j-30; k-- {
			if pc.word(k) == open {
				return pc.npEndingAt(k-1, s)
			}
		}
		return nil
	}
	switch {
	case w == "who" || w == "which":
		return pc.antecedent(j, s)
	case w == "," && strings.HasSuffix(pc.word(v), "ing"):
		if e := pc.clauseSubject(j, s); e != nil {
			return e // "the delegation walked out, accusing …"
		}
		return pc.sentenceSubject(s, v)
	case w == "," || coordinated(w) || w == "but" || w == "to":
		return pc.sentenceSubject(s, v) // "and said", ", adding", "interrupted to ask"
	case pc.toks[j].kind == tQuote:
		if j > s && strings.HasSuffix(strings.TrimSpace(pc.quoteText(int(pc.toks[j].q))), ",") {
			return pc.sentenceSubject(s, v) // known as “the Undertaker,” denied: the comma is inside
		}
		return nil
	}
	return pc.npEndingAt(j, s)
}

// clauseSubject finds the subject of the clause that ends at the comma c:
// the noun phrase before its past-tense verb ("the delegation walked out,").
func (pc *pctx) clauseSubject(c, s int) *entity {
	for k := c - 1; k > s && k >= c-4; k-- {
		if w := pc.word(k); strings.HasSuffix(w, "ed") && pc.toks[k].kind == tWord && !pc.toks[k].cap {
			return pc.npEndingAt(k-1, s)
		}
	}
	return nil
}

// isDemonym reports words like Ukrainian, Japanese, Swede, Spaniard.
func isDemonym(w string) bool {
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

// isAdverb reports words that stand between a subject and its verb.
func isAdverb(w string) bool {
	return adverbials[w] || w == "twice" || w == "be" || w == "heard" || w == "seen" ||
		(strings.HasSuffix(w, "ly") && len(w) > 4 && !roleNouns[w])
}

// antecedent finds the name a relative pronoun at j refers to.
func (pc *pctx) antecedent(j, s int) *entity {
	for k := j - 1; k >= s && k >= j-14; k-- {
		if pc.isNameWord(k) && !pc.toks[k].poss && pc.runEnd(k) >= k+1 {
			if k+1 < len(pc.toks) && pc.isNameWord(k+1) && pc.runEnd(k+1) > k+1 {
				continue
			}
			return pc.npEndingAt(k, s)
		}
	}
	return pc.npEndingAt(j-1, s)
}

// sentenceSubject returns the first noun phrase of the sentence [s, v)
// that is a subject: not after a preposition, not a possessive.
func (pc *pctx) sentenceSubject(s, v int) *entity {
	s = pc.skipIntro(pc.skipDateline(s, v), v)
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
		if i > s+1 && !pc.toks[i].cap && !t.has(wDeterminer) {
			return nil // past the first noun phrase
		}
		if _, ok := pronounGender(t.low); ok && !t.poss && (i == s || pc.word(i-1) == ",") {
			return pc.resolvePronoun(t.low, i)
		}
		if pc.isNameWord(i) {
			j := pc.runEnd(i)
			if pc.toks[j-1].poss {
				if e := pc.appositiveAfterRole(j, v); e != nil {
					return e
				}
				i = j - 1
				continue
			}
			if j < len(pc.toks) && pc.toks[j].kind != tWord && pc.word(j) != "," {
				return nil // "(Photo: …)": a label, not a subject
			}
			if n := j; n+1 < v && pc.toks[n].kind == tWord && !pc.toks[n].cap && pc.has(n, wRole|wTitle) && pc.isNameWord(n+1) {
				return pc.entityAt(n+1, pc.runEnd(n+1)) // "Rovers boss Andriy Kovalenko"
			}
			return pc.entityAt(i, j)
		}
		if t.has(wDeterminer) {
			if e := pc.appositiveAfterRole(i+1, v); e != nil {
				return e
			}
			if n := pc.nameAfterRoleWords(i+1, v); n > 0 && definite[t.low] {
				return pc.entityAt(n, pc.runEnd(n)) // The novelist Rafael Montenegro-Ruiz, 45, said
			}
			end := i + 1
			for end < v && pc.toks[end].kind == tWord && !pc.isNameWord(end) && end < i+6 {
				if _, isCue := cueForms[pc.toks[end].low]; isCue {
					break
				}
				end++
				if pc.has(end-1, wRole|wOrgHead) && !pc.has(end, wRole|wOrgHead) {
					break // "The prime minister shook his head": the phrase ends at its noun
				}
			}
			if statementWords[pc.word(end-1)] || pc.word(end-1) == "review" || pc.word(end-1) == "article" {
				if pc.word(end) == "," && pc.word(end+1) == "by" && pc.isNameWord(end+2) {
					return pc.entityAt(end+2, pc.runEnd(end+2)) // "The review, by X, called …"
				}
			}
			if end-1 > i {
				return pc.roleNP(end-1, i)
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
	for k < v && k < i+6 && pc.toks[k].kind == tWord && (!pc.isNameWord(k) || isTitleWord(pc.toks[k].low) ||
		k+1 < v && pc.toks[k+1].kind == tWord && !pc.toks[k+1].cap && !pc.has(k+1, wPrep|wFunction)) {
		k++ // the UN envoy: a capitalised word may qualify the role
	}
	headAt := k - 1             // the role noun, before any "for X" or "X's"
	after := func(k int) bool { // "for X", "for the X"
		w := pc.word(k - 1)
		if w == "the" && k-2 >= i {
			w = pc.word(k - 2)
		}
		return w == "for" || w == "of" || w == "at"
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
	for n := k + 1; n < v && n <= k+3 && pc.toks[n].kind == tWord && !pc.toks[n].cap && !pc.has(n, wFunction|wDeterminer); n++ {
		if pc.isNameWord(n+1) && (pc.has(n, wRole) || pc.has(n, wTitle)) {
			k = n // "The mediator, retired judge Olafur Brekkan,": the descriptor belongs to the name
			break
		}
	}
	if !pc.isNameWord(k + 1) {
		return nil, 0
	}
	for headAt > i && pc.has(headAt, wPrep) {
		headAt--
	}
	if headAt < i {
		headAt = k - 1
	}
	head := pc.word(headAt)
	end := pc.runEnd(k + 1)
	if !roleNouns[head] && !isTitleWord(head) && end < len(pc.toks) && pc.word(end) != "," && !isCue(pc.toks, end) {
		return nil, 0 // a plain noun needs the name closed by a comma or a cue: "his predecessor, X, said"
	}
	if headAt < i || pc.toks[headAt].kind != tWord || pc.toks[headAt].cap && !isTitleWord(head) {
		return nil, 0
	}
	e := pc.entityAt(k+1, end)
	if e != nil {
		if orgHeads[head] || outletNouns[head] {
			e.org = true
			e.outlet = e.outlet || outletNouns[head] && pc.word(headAt-1) == "news" || head == "broadcaster" || head == "newspaper"
			pc.an.reg.index(e)
		}
		e.heads[head] = true
		if e.role == "" {
			e.role = trimArticle(pc.p.text[int(pc.toks[i].start):int(pc.toks[k-1].end)])
		}
		if femaleWords[head] {
			e.gender = female
		} else if maleWords[head] {
			e.gender = male
		}
	}
	return e, end
}

// skipIntro skips an opening adverbial up to its comma: "In a statement
// late Saturday, the office said".
func (pc *pctx) skipIntro(s, v int) int {
	w := pc.word(s)
	if !prepositions[w] && !introWords[w] && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") {
		return s
	}
	for k := s + 1; k < v && k < s+20; k++ {
		if pc.word(k) == "," {
			return k + 1
		}
		if pc.toks[k].kind == tQuote {
			break
		}
	}
	return s
}

// skipDateline skips "KESTRAVIK, Norland (Wire) —" at a paragraph's start.
func (pc *pctx) skipDateline(s, v int) int {
	if s != 0 {
		return s
	}
	if v < 2 || !isUpperWord(pc.p.text[int(pc.toks[0].start):int(pc.toks[0].end)]) {
		return s // a dateline opens with a place in capitals
	}
	for k := 0; k < v && k < 16; k++ {
		w := pc.word(k)
		if w == "—" || w == "--" || w == "–" || w == "-" {
			return k + 1
		}
		if pc.toks[k].kind == tWord && !isUpperWord(pc.p.text[int(pc.toks[k].start):int(pc.toks[k].end)]) && !pc.toks[k].cap && !isDigitStart(w) {
			return s
		}
	}
	return s
}

func isUpperWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// npForward resolves the noun phrase starting at i (after a quotation:
// "“…,” the minister said"); it returns the entity and the index after it.
func (pc *pctx) npForward(i, limit int) (*entity, int, bool) {
	w := pc.word(i)
	if w == "" {
		return nil, i, false
	}
	if _, ok := pronounGender(w); ok {
		return pc.resolvePronoun(w, i), i + 1, true
	}
	if w == "i" || w == "we" || w == "you" {
		return nil, i + 1, true
	}
	if p := pc.particleRun(i); p > i {
		j := pc.runEnd(i)
		return pc.entityAt(i, j), j, true
	}
	k := i
	for k < i+3 && k < len(pc.toks) && pc.toks[k].kind == tWord && !pc.toks[k].cap && !pc.toks[k].has(wDeterminer) &&
		!particles[pc.toks[k].low] && !functionWords[pc.toks[k].low] && !pc.toks[k].has(wPrep) &&
		!pc.toks[k].has(wIntro) && pc.toks[k].low != "whereas" && !isCue(pc.toks, k) {
		k++ // state Sen. Gail Pritchard, opposition leader Maja Strand
	}
	if k > i && !pc.isNameWord(k) {
		k = i
	}
	if pc.isNameWord(k) {
		j := pc.runEnd(k)
		if n := pc.nameAfterRoleWords(j, limit); j == k+1 && n > 0 {
			k, j = n, pc.runEnd(n) // said French cyclist Anne Roux, Dunmore manager X
		}
		if pc.toks[j-1].poss {
			// said Kojo Mensah's lawyer, Ama Owusu: the lawyer, not Mensah
			if e, end := pc.appositiveAfterRoleEnd(j, limit); e != nil {
				return e, end, true
			}
			owner := pc.entityAt(k, j)
			for j < limit && pc.toks[j].kind == tWord && !pc.isNameWord(j) && !isCue(pc.toks, j) {
				j++
			}
			if owner != nil && owner.org {
				return owner, j, true
			}
			return nil, j, true
		}
		e := pc.entityAt(k, j)
		if j+1 < len(pc.toks) && pc.word(j) == "." && abbreviations[pc.word(j-1)] && !pc.toks[j+1].cap {
			j++ // Orvane Systems Inc. said
		}
		return e, j, true
	}
	if w == "police" || (w == "the" && pc.word(i+1) == "police") {
		n := i + 1
		if w == "the" {
			n++
		}
		return pc.an.reg.body("Police"), n, true
	}
	if determiners[w] && spokesRoles[pc.word(i+1)] && pc.word(i+2) == "for" {
		if e, after, ok := pc.npForward(i+3, limit); ok && e != nil && e.org {
			return e, after, true // "a spokesman for the publisher said": the body
		}
	}
	if determiners[w] {
		if e, end := pc.appositiveAfterRoleEnd(i+1, limit); e != nil {
			return e, end, true // the prosecutor, Carl Dahlgren
		}
		if n := pc.nameAfterRoleWords(i+1, limit); n > 0 && definite[w] {
			j := pc.runEnd(n)
			return pc.entityAt(n, j), j, true // the actor Tom Hale
		}
	}
	if determiners[w] && pc.isNameWord(i+1) {
		j := pc.runEnd(i + 1)
		if definite[w] && j == i+2 && isDemonym(pc.toks[i+1].low) && pc.an.reg.find(mention{low: []string{pc.toks[i+1].low}}) == nil {
			// "said the Ukrainian": a role, not a name
			if e := pc.an.reg.byHead(pc.toks[i+1].low, false); e != nil {
				return e, j, true
			}
			return pc.resolvePerson(unknownGender, i), j, true
		}
		return pc.entityAt(i+1, j), j, true
	}
	if determiners[w] {
		end := i + 1
		for end < limit && end < i+6 && pc.toks[end].kind == tWord && !pc.isNameWord(end) {
			if l, _ := cueAt(pc.toks, end); l != "" {
				break
			}
			end++
		}
		if end-1 > i {
			return pc.roleNP(end-1, i), end, true
		}
	}
	return nil, i, false
}

// nameAfterRoleWords finds a name after one to three lower-case role words
// starting at i ("cyclist Anne Roux", "actor Tom Hale"); 0 when none.
func (pc *pctx) nameAfterRoleWords(i, limit int) int {
	k := i
	for k < limit && k < i+3 && pc.toks[k].kind == tWord && !pc.toks[k].cap &&
		!pc.has(k, wFunction|wPrep|wDeterminer|wAdverb) && !isCue(pc.toks, k) {
		k++
	}
	if k > i && k < limit && pc.isNameWord(k) && !pc.toks[k].has(wTitle) || k > i && pc.has(k, wTitle) && pc.isNameWord(k+1) {
		return k
	}
	return 0
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
	if !dash && endsWithStop(pc.quoteText(int(pc.toks[k].q))) {
		return nil, "", 0, false // “….” closed its sentence: what follows is a new one
	}
	end := pc.sentEnd(i)
	if pc.word(i) == "according" && pc.word(i+1) == "to" {
		if e := pc.accordingTo(i+2, end); e != nil {
			return e, "according to", i, true
		}
	}
	if lemma, n := cueAt(pc.toks, i); lemma != "" && !strings.HasSuffix(pc.word(i), "ing") && !complementizer(pc.word(i+n)) {
		e, after, ok := pc.npForward(i+n, end)
		_, pron := pronounGender(pc.word(i + n))
		if ok && (e != nil || pc.isNameWord(i+n) || pc.has(after-1, wRole) || pron) {
			return e, pc.word(i), i, true
		}
		if ok && e == nil {
			return nil, "", 0, false // "…,” denied the allegation": the verb has an object, not a speaker
		}
	}
	e, j, ok := pc.npForward(i, end)
	if !ok {
		return nil, "", 0, false
	}
	if pc.word(j) == "," && isCue(pc.toks, j+1) {
		j++ // "a police spokesman, Inspector Omar Faye, told"
	} else if pc.word(j) == "," { // an appositive or relative clause before the verb
		for q := j + 1; q < end && q < j+25; q++ {
			if pc.word(q) == "," {
				j = q + 1
				break
			}
			if pc.toks[q].kind == tQuote {
				break
			}
		}
	}
	for j < end && pc.has(j, wAdverb) {
		j++
	}
	if j < end {
		if lemma, n := cueAt(pc.toks, j); lemma != "" && !pc.newSentenceAfter(k, j+n) {
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

func endsWithStop(q string) bool {
	q = strings.TrimRight(q, " ")
	return strings.HasSuffix(q, ".") && !strings.HasSuffix(q, "...")
}

func complementizer(w string) bool {
	return w == "that" || w == "whether" || w == "if" || w == "how" || w == "what" || w == "why"
}

// newSentenceAfter reports that quotation k closed its own sentence and the
// verb ending at v starts a new one with an object of its own ("“….” Lomax
// denied the motion").
func (pc *pctx) newSentenceAfter(k, v int) bool {
	q := strings.TrimRight(pc.quoteText(int(pc.toks[k].q)), " ")
	if !strings.HasSuffix(q, ".") {
		return false
	}
	w := pc.word(v)
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
	for v := j; v >= s && v >= j-8; v-- {
		if pc.toks[v].kind == tQuote {
			break
		}
		if x := pc.word(v); x == "that" || (w == "," && (x == "a" || x == "an")) {
			return nil, "", 0, false
		}
		lemma, _ := cueAt(pc.toks, v)
		if lemma == "" {
			continue
		}
		if w != ":" && w != "," && v != j {
			return nil, "", 0, false
		}
		if pc.word(v-1) == "as" {
			for q := v - 2; q >= s && q > v-14; q-- {
				if l, n := cueAt(pc.toks, q); l == "quote" || l == "cite" {
					if e, _, ok := pc.quotedAs(q, n, v+1); ok {
						return e, pc.word(v), v, true
					}
				}
			}
		}
		e := pc.subjectBefore(v, s)
		return e, pc.word(v), v, true
	}
	if w == ":" && pc.isNameWord(j) { // And from X:
		return pc.npEndingAt(j, s), ":", -1, true
	}
	return nil, "", 0, false
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
		lemma, n := cueAt(pc.toks, v)
		if lemma == "" {
			if pc.word(v) == "according" && pc.word(v+1) == "to" {
				if e := pc.accordingTo(v+2, k); e != nil {
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
		e := pc.subjectBefore(v, s)
		if e == nil || e.outlet {
			continue
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

// quotedAs reads "the Herald quoted X as saying": X is the speaker and the
// subject the outlet.
func (pc *pctx) quotedAs(v, n, limit int) (*entity, string, bool) {
	i := v + n
	q := i
	for q < limit && q < i+16 && pc.word(q) != "as" {
		q++
	}
	if pc.word(q) != "as" {
		return nil, "", false
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
	if pc.word(v) != "quoted" || !pc.has(v-1, wPassive) {
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
	return pc.subjectBefore(v-1, s), via
}

// accordingTo resolves what follows "according to": a name or body, or
// "a statement from X", "a report by X".
func (pc *pctx) accordingTo(i, limit int) *entity {
	k := i
	if pc.has(k, wDeterminer) {
		k++
	}
	if statementWords[pc.word(k)] || pc.word(k) == "study" || pc.word(k) == "survey" {
		if w := pc.word(k + 1); w == "from" || w == "by" || w == "of" {
			e, _, _ := pc.npForward(k+2, limit)
			return e
		}
	}
	e, _, _ := pc.npForward(i, limit)
	return e
}

// passiveAgent reads "was asked by X", "were told by X": X spoke.
func (pc *pctx) passiveAgent(v, limit int) *entity {
	switch pc.toks[v].cueLemma() {
	case "ask", "question", "tell", "urge", "interview", "brief":
	default:
		return nil // "is accused by prosecutors": the accusation is the news, not their words
	}
	if !pc.has(v-1, wPassive) || pc.word(v+1) != "by" {
		return nil
	}
	e, _, _ := pc.npForward(v+2, limit)
	return e
}

// namedBefore reports a naming cue right before quotation k: known as,
// dubbed, the code name; "called" only with a title-like quotation.
func (pc *pctx) namedBefore(k int) bool {
	s := pc.sentOf[k]
	if pc.word(k-1) == "as" {
		for j := k - 2; j >= s && j >= k-7; j-- {
			if w := pc.word(j); w == "known" || w == "nicknamed" || w == "dubbed" || w == "billed" || w == "described" && titleLike(pc.quoteText(int(pc.toks[k].q))) {
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
		if namingCues[two] && strings.Contains(two, " ") {
			return true
		}
		if namingCues[w] {
			if w == "called" || w == "calling" || w == "named" || w == "name" {
				return titleLike(pc.quoteText(int(pc.toks[k].q)))
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
	for i := 0; i < len(s); i++ {
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
	if strings.ContainsAny(q, ".!?;") {
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
