package attribution

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"whosaid/model"
)

// reportedSentence finds indirect speech in the sentence [s, end): a cue
// verb with a subject and something said ("X said that …", "X denied …"),
// and records the sentence's subject for pronouns that follow.
func (pc *pctx) reportedSentence(s, end int) []model.Statement {
	if s == 0 {
		if st := pc.labelLine(); st != nil {
			pc.labelled = true
			if st.SpeakerIndex >= 0 {
				pc.an.labelBy, pc.an.labelPara = pc.an.reg.ents[st.SpeakerIndex], pc.p.num
				pc.an.labels++
			}
			return []model.Statement{*st}
		}
		if st := pc.labelContinued(); st != nil {
			pc.labelled = true
			return []model.Statement{*st}
		}
	}
	if pc.labelled {
		return nil
	}
	out, subj := pc.reportedIn(s, end)
	if f := pc.firstFramed(s, end); f >= 0 {
		if k := pc.clauseAfterFrame(f, end); k > 0 {
			more, _ := pc.reportedIn(k, end) // "“…,” Carson said, but he said the party must unite"
			if e := pc.framedAt(f); e != nil && pc.word(k) == "who" {
				for i := range more {
					if more[i].SpeakerIndex < 0 {
						more[i].SpeakerIndex = e.id // "“…,” said Bob Mulholland, who has accused …": the one the frame named
						pc.noteWhy(more[i].Start, pc.whyFor("reported", more[i].Cue, e))
					}
				}
			}
			out = append(out, more...)
		}
	}
	out = pc.addQuestions(out, s, end)
	out = pc.addNominal(out, s, end)
	out = pc.addPassive(out, s, end)
	if subj != nil {
		pc.lastInP = subj
	} else if pc.an.headline == 0 || pc.p.num > 1 {
		subj = pc.sentenceSubject(s, end) // (not a headline's: "A Prime Minister drowning in his own statistics" is no one to point back to)
		if subj == nil || subj.org {
			if e := pc.definitePersonSubject(s, end); e != nil {
				subj = e // "The teen addressed the court briefly.": whom "he said" next means, not the court
			}
		}
		pc.genderFromOwnClause(subj, s, end)
	}
	v := pc.issuingVerb(s, end)
	var readFor *entity
	if v >= 0 && end == len(pc.toks) && pc.announced == nil && pc.nextOpensWithQuote() {
		if e := pc.subjectBefore(v, s); e != nil && !e.group && !e.doc && !e.outlet {
			pc.announced = e // "… as Tait read a statement on behalf of the house groups." and the quotation below: hers
		}
		if a := pc.readFrom(v, end); a != nil {
			pc.announced, readFor = a, a // "… read a message from Latvian Defence Minister Edgars Ozoliņš." and the quotation below: his words
		}
	}
	if end == len(pc.toks) && pc.nextOpensWithQuote() {
		if a := pc.readForOwner(s, end); a != nil {
			pc.announced = a // "His victim impact statement was read aloud by Crown attorney Aisha Rahimtoola." and the quotation below: the victim's
		}
	}
	if readFor != nil {
		pc.an.statementBy = readFor // "“…,” the statement read": the author's, not the reader's
	} else if v >= 0 && subj != nil && !subj.group && !subj.doc {
		pc.an.statementBy = subj // "Obama released a statement condemning “…”": later "the statement said" is his
		if v-1 > s && pc.isNameWord(v-1) {
			if e := pc.npEndingAt(v-1, s); e != nil && e != subj && !e.group && !e.doc {
				pc.an.statementBy = e // "The Times said Cook provided a written statement": Cook's
			}
		}
		for k := v + 1; k+2 < end; k++ {
			if pc.word(k) == "on" && pc.word(k+1) == "behalf" && pc.word(k+2) == "of" {
				f := k + 3
				if pc.word(f) == "the" {
					f++
				}
				if r := pc.runEnd(f); r > f && pc.word(r) == "family" {
					pc.an.statementBy = pc.an.reg.body(pc.p.text[int(pc.toks[f].start):int(pc.toks[r].end)]) // "on behalf of the Manalo family": the family's
				} else if e, _, ok := pc.npForward(k+3, end); ok && e != nil && !e.doc {
					pc.an.statementBy = e // "on behalf of the union": the union's
				}
				break
			}
		}
	}
	if subj != nil && !subj.org && !subj.group {
		pc.learnAsRole(subj, s, end)
	}
	if subj != nil {
		pc.subjects = append(pc.subjects, subj)
		pc.subjAt = append(pc.subjAt, int(pc.toks[s].start))
		if main := pc.mainSubject(s, end, subj); main != nil {
			// the main clause's subject is the likelier "he" next, even
			// after the hanging clause's own speaker
			pc.subjects = append(pc.subjects, main)
			pc.subjAt = append(pc.subjAt, int(pc.toks[end-1].end))
		}
	}
	return out
}

// reportedIn returns the reported statements of the sentence [s, end): one
// per clause whose cue has a different speaker ("X said …, while Y said …").
func (pc *pctx) reportedIn(s, end int) ([]model.Statement, *entity) {
	for n, k := range pc.midFrame {
		if k > s && k < end && !pc.ownCueBefore(s, k, pc.midFrameBy[n]) {
			a, b := int(pc.toks[s].start), int(pc.toks[end-1].end)
			text := strings.TrimRight(pc.p.text[a:b], " ")
			e := pc.midFrameBy[n]
			pc.noteWhy(a, why{rule: "quote-frame"})
			return []model.Statement{{Paragraph: pc.p.num, Kind: model.KindReported, Text: text, Cue: "",
				Start: a, End: a + len(text), SpeakerIndex: e.id}}, e
		}
	}
	if out := pc.addingAfterFrame(s, end); out != nil {
		pc.noteWhy(out[0].Start, why{rule: "adding", cue: out[0].Cue})
		return out, pc.an.reg.ents[out[0].SpeakerIndex] // "“…,” X said, adding that …"
	}
	f := pc.firstFramed(s, end)
	if c := pc.clauseBeforeColon(f, end); f >= 0 && c > 0 && !pc.relativeFrame(f, end) {
		end = c // "X said she backed the strikers: “…”": what the cue says before its colon, then the quotation
	} else if f >= 0 && !pc.relativeFrame(f, end) {
		// "X said the council would vote, adding: “…”": report what comes
		// before the framing cue
		end = f
		if w := pc.word(f - 1); w != "by" && gerundPreps[w] && pc.clauseBefore(s, f-1) {
			end = f - 1 // "Gore insisted it was “premature” … while adding, “…”": what comes before "while"
		} else {
			for end > s && pc.word(end-1) != "," && !(pc.quoteEndsInComma(end-1) && pc.wordsBefore(end-1) > 0) && !(end < f && (pc.word(end) == "and" || pc.word(end) == "but")) {
				end-- // back to "X said …, adding:" or "X said … and added,"
			}
			if !(end < f && (pc.word(end) == "and" || pc.word(end) == "but")) && !(pc.quoteEndsInComma(end-1) && pc.wordsBefore(end-1) > 0) {
				end-- // the comma; a quotation's own comma stays: "… titled “The Tragedy,” explaining"
			}
		}
		if end <= s {
			return nil, nil
		}
	}
	type clause struct {
		e        *entity // nil: a subject that is no speaker ("a court filing said")
		cue, via string
		from     int
		why      why
		at       int  // the cue's token
		trailing bool // the cue follows what was said: "…, the minister said."
	}
	var csBuf [4]clause // most sentences have one or two: no allocation
	cs := csBuf[:0]
	var outlet *clause // "the agency reported": the outlet speaks when no one else does
	prevCue := -1
	skipped := false // the last token looked at was skipped: pc.ref is to be empty
	for v := s; v < end; v++ {
		if skipped = !pc.mayReport(v); skipped {
			continue // most tokens: no test of reportingCueAt can fire
		}
		pc.ref = trace{}
		h := pc.reportingCueAt(v, s, end)
		e := h.e
		if e == nil && !h.ok {
			v += h.n
			continue // no cue here
		}
		if e != nil && e.outlet && h.cue != "according to" && pc.word(pc.skipWhen(v+h.n+1, end)) == "that" && v > s+1 {
			h.authored = true // "Though Kaine has described …, the Huffington Post reported that he has moved …": the outlet's own report
		}
		w := pc.whyFor("reported", h.cue, e)
		if e != nil && e.outlet && !h.authored && outlet == nil {
			outlet = &clause{e, h.cue, h.via, s, w, v, h.trailing}
		}
		if !h.ok || e != nil && e.outlet && !h.authored {
			v += h.n
			continue
		}
		if e != nil && !h.trailing && !e.doc {
			if d := pc.pollIntro(s, v); d != nil {
				e, w = d, pc.whyFor("reported", h.cue, d) // "In a CNN/ORC poll, 31% of Republicans said …": the poll's finding
			}
		}
		c := clause{e, h.cue, h.via, s, w, v, h.trailing}
		if e != nil {
			pc.genderFromOwnReport(e, v+h.n+1)
			if !h.trailing && !e.org && !e.group && !e.doc {
				pc.clauseSubj, pc.clauseAt = e, v // "The chief said …, but she urged": she is the chief
			}
		}
		switch {
		case len(cs) == 0:
			cs = append(cs, c)
			prevCue = v
		case h.trailing && h.cue == "according to" && e != nil && e.doc && cs[0].e != nil && !cs[0].e.doc && !cs[0].e.org && !cs[0].trailing && pc.copyOfAfter(v+h.n+1):
			// "X ordered that he remain in detention, finding that …, according
			// to a transcript of the decision": X's words, which the document
			// only records
		case h.trailing && pc.relativeTrailing(v, s):
			// "X accused the mayor of rushing the vote, a charge her office
			// denied": X's words stand; the denial is about them
		case h.trailing:
			// "…, political scientists say.": the sentence is theirs, and
			// any cue before stands inside what they said
			cs = append(cs[:0], c)
			prevCue = v
		case cs[len(cs)-1].e != e:
			if len(cs) == 1 && pc.opensWithSource(cs[0].cue, prevCue, s, v) && pc.weakCue(v) {
				break // "According to the Free Beacon, those documents reveal …": the whole sentence is the Beacon's
			}
			if c.from = pc.clauseStart(v, prevCue); c.from > 0 && !pc.thatContinues(c.from, v) {
				cs = append(cs, c)
				prevCue = v
			}
		default:
			prevCue = v // the same speaker's cue again: "…, who notes that X has vowed …" stays theirs
		}
		v += h.n
	}
	if skipped {
		pc.ref = trace{}
	}
	nobody := true // no clause has a speaker: "As I mentioned above, …, according to X" is X's
	for _, c := range cs {
		nobody = nobody && c.e == nil
	}
	if outlet != nil && (len(cs) == 0 || outlet.cue == "according to" && nobody) {
		cs = append(cs[:0], *outlet)
	} else if outlet != nil && len(cs) == 1 && pc.opensWithSource(outlet.cue, outlet.at, s, cs[0].at) && pc.weakCue(cs[0].at) {
		cs[0] = *outlet // "According to the Washington Free Beacon, those documents reveal …": the Beacon's report
	} else if outlet != nil {
		// "X said …, state news agency Y reported": Y carried the sentence
		for i := range cs {
			if cs[i].via == "" && cs[i].e != nil {
				cs[i].via = outlet.e.display
			}
		}
		for qi, k := range pc.p.qtok {
			if k >= s && k < end && pc.vias[qi] == "" && pc.speakers[qi] != nil {
				pc.vias[qi] = outlet.e.display
			}
		}
	}
	for v := s; v < end && len(cs) > 0 && cs[0].e != nil; v++ {
		if w := pc.word(v); w == "statement" || w == "response" && pc.word(v-1) == "written" {
			pc.an.statementBy = cs[0].e // "X said in a statement …", "In a written response, X said": later "the statement said" is X
		}
	}
	var out []model.Statement
	for i, c := range cs {
		to := end
		if i+1 < len(cs) {
			to = cs[i+1].from
			for to > c.from+1 && clauseJoint[pc.word(to-1)] {
				to--
			}
		}
		if i > 0 && (pc.word(c.from) == "and" || pc.word(c.from) == "but" || pc.word(c.from) == "whereas" || pc.word(c.from) == "with") && c.from+1 < to {
			c.from++ // "and Ms. Acosta said …" starts at her name
		}
		if c.at-c.from <= 12 && pc.nothingAfterCue(c.at, to) && pc.word(c.from) != "as" && !pc.asSource(c.at, 1) {
			continue // "In a post on X, he wrote:" and the words in the next paragraph: the quotation is the statement
		}
		if c.e != nil && !c.trailing && i == len(cs)-1 && to == end && pc.onlyMediumAfter(c.at, to) && pc.subjectOnly(c.from, c.at) &&
			(end == len(pc.toks) && pc.nextOpensWithQuote() || end < len(pc.toks) && pc.toks[end].kind == tQuote) {
			pc.announced = c.e
			continue // "Sam Lau, the party's spokesman, said in a statement." and the quotation below: nothing said here, it announces
		}
		a, b := int(pc.toks[c.from].start), int(pc.toks[to-1].end)
		text := strings.TrimRight(pc.p.text[a:b], " ,;—–-")
		pc.noteWhy(a, c.why)
		who := -1
		if c.e != nil {
			who = c.e.id
		}
		out = append(out, model.Statement{Paragraph: pc.p.num, Kind: model.KindReported, Text: text,
			Cue: c.cue, Via: c.via, Start: a, End: a + len(text), SpeakerIndex: who})
	}
	if len(cs) == 0 {
		return nil, nil
	}
	return out, cs[len(cs)-1].e
}

// thatContinues reports a clause from "and that" or "but that" at from
// to the cue at v: a second thing the cue before said, whatever cue it
// holds ("X said she had tried …, and that Y asked her to": X's).
func (pc *pctx) thatContinues(from, v int) bool {
	if pc.word(from) == "," {
		from++
	}
	w := pc.word(from)
	return (w == "and" || w == "but") && pc.word(from+1) == "that" && from+2 < v
}

// clauseBeforeColon is the colon that closes a clause of three words or
// more said by the framing cue at f and opens its quotation ("said she
// backed the strikers: “…”"), or 0.
func (pc *pctx) clauseBeforeColon(f, end int) int {
	if f < 0 {
		return 0 // no framing cue: most sentences
	}
	for k := f + 1; k < end && k < f+window; k++ {
		if pc.toks[k].kind != tWord {
			if pc.word(k) == ":" && k+1 < len(pc.toks) && pc.toks[k+1].kind == tQuote && pc.wordsIn(f+1, k) >= 3 && pc.saidClauseAt(f+1, k) {
				return k
			}
			if pc.word(k) != "," {
				return 0
			}
		}
		if k > f+1 && pc.isCue(k) {
			return 0
		}
	}
	return 0
}

// saidClauseAt reports a clause said from i up to k: "that …", or a
// pronoun or a noun phrase and a verb ("she backed the strikers"), not a
// medium ("in a statement") nor an object ("it this way").
func (pc *pctx) saidClauseAt(i, k int) bool {
	if pc.word(i) == "that" {
		return true
	}
	if !subjectPronouns[pc.word(i)] && !pc.has(i, wDeterminer) && !pc.isNameWord(i) {
		return false
	}
	for x := i + 1; x < k && x <= i+5; x++ {
		if t := pc.toks[x]; t.kind == tWord && !t.cap && (t.has(wClauseVerb) || looksPast(t.low) || strings.HasSuffix(t.low, "s") && x == i+1 && subjectPronouns[pc.word(i)]) {
			return true
		}
	}
	return false
}

// copyOfAfter reports a copy of something at i, after "according to": "a
// transcript of the decision", "a copy of the letter", which record
// another's words rather than say their own.
func (pc *pctx) copyOfAfter(i int) bool {
	if pc.has(i, wDeterminer) {
		i++
	}
	return copyNouns[pc.word(i)] && pc.word(i+1) == "of"
}

var copyNouns = setOf(`transcript transcripts copy copies recording recordings video audio minutes`)

// relativeTrailing reports a cue at v that closes a clause on what was
// said before its comma: ", a charge her office denied", ", which the
// campaign disputes".
func (pc *pctx) relativeTrailing(v, s int) bool {
	for c := v - 1; c > s && c >= v-8; c-- {
		if pc.word(c) != "," {
			continue
		}
		w := pc.word(c + 1)
		return w == "which" || (w == "a" || w == "an" || w == "the") && chargeNouns[pc.word(c+2)]
	}
	return false
}

// chargeNouns name something said that a later clause answers.
var chargeNouns = setOf(`charge claim accusation allegation assertion suggestion characterization characterisation contention`)

// clauseBefore reports a cue between s and e followed by a clause of five
// words or more: "Gore insisted it was “premature” to back her" before
// "while adding", but not "He explained the headline".
func (pc *pctx) clauseBefore(s, e int) bool {
	for v := s; v < e; v++ {
		if pc.isCue(v) {
			n := 0
			for k := v + 1; k < e; k++ {
				if pc.toks[k].kind == tWord || pc.toks[k].kind == tQuote {
					n++
				}
			}
			return n >= 5
		}
	}
	return false
}

// genderFromOwnReport learns e's gender from the pronoun that opens what
// e is reported to say, at token k: "Adel Nefzi said he and many others
// …" is a man, whatever the long generated name lists say of Adel. Only
// their gender gives way, as "X said she …" is often about someone else
// ("Lind said she was wrong"): a name the curated tables know, or one of
// no known gender, learns nothing here.
func (pc *pctx) genderFromOwnReport(e *entity, k int) {
	if e.org || e.group || e.doc || e.outlet || !e.weakGender() {
		return
	}
	if pc.word(k) == "that" {
		k++
	}
	var g gender
	switch pc.word(k) {
	case "he":
		g = male
	case "she":
		g = female
	default:
		return
	}
	if k < len(pc.sentOf) {
		s := pc.sentOf[k]
		for _, m := range pc.mentions {
			if m.tok >= s && m.tok < k && m.e != e && !m.e.org && !m.e.group && m.e.personLike() {
				return // "Rosalie Bird, whose son, Curtis Bird-Sanderson, died, said he …": he may be the son
			}
		}
	}
	e.learnGender(g, "“"+pc.word(k-1)+" "+pc.word(k)+"” (¶"+strconv.Itoa(pc.an.shown(pc.p.num))+")")
}

// genderFromOwnClause learns the gender of e, the subject of the sentence
// [s, end), from the pronoun that opens a clause of its own later in it:
// "Chief Daryl Whitecalf fought back tears as he addressed reporters" is
// a man. Nothing is learnt when another person, a gendered word or a
// possessive stands between ("X hugged his wife as she cried"), or when
// e's gender is known from more than a generated name list.
func (pc *pctx) genderFromOwnClause(e *entity, s, end int) {
	if e == nil || e.org || e.group || e.doc || e.outlet || e.unnamed || !e.mayLearnGender() || e.gender != unknownGender && !e.weakGender() {
		return
	}
	from := s
	for from < end && from < s+20 && !(pc.isNameWord(from) && pc.namedAs(e, from)) {
		from++
	}
	for from < end && pc.isNameWord(from) {
		from++ // past the subject's name
	}
	for k := from; k+1 < end && k < from+30; k++ {
		t := pc.toks[k]
		if t.kind == tQuote || t.has(wFemaleWord|wMaleWord) || t.poss || pc.isNameWord(k) && !pc.namedAs(e, k) {
			return
		}
		if !t.has(wSubordinator) {
			continue
		}
		var g gender
		switch pc.word(k + 1) {
		case "he":
			g = male
		case "she":
			g = female
		default:
			continue
		}
		e.learnGender(g, "“"+t.low+" "+pc.word(k+1)+"” (¶"+strconv.Itoa(pc.an.shown(pc.p.num))+")")
		return
	}
}

// namedAs reports the name word at k as one of e's own words.
func (pc *pctx) namedAs(e *entity, k int) bool {
	return slices.Contains(e.words, pc.toks[k].low)
}

// ownCueBefore reports a cue between s and the quotation at k whose
// subject is someone other than the quotation's speaker e: "After Scalia
// said …, Trump said: “…”" reports Scalia's words, not Trump's.
func (pc *pctx) ownCueBefore(s, k int, e *entity) bool {
	for v := s; v < k; v++ {
		if !pc.isCue(v) {
			continue
		}
		if o := pc.subjectBefore(v, s); o != nil && o != e {
			return true
		}
	}
	return false
}

// cueHit is a cue that reports speech: its speaker (nil for a subject that
// is no speaker, ok still true), the cue, the outlet (via), the extra tokens
// it took, and whether it trails what was said ("…, the minister said.").
type cueHit struct {
	e            *entity
	cue, via     string
	n            int
	ok, trailing bool
	authored     bool // an outlet's own report ("according to a tally by the Associated Press", "…, the Post reported that"): the outlet speaks, not carries
}

// mayReport is reportedIn's first look at a token, from its flags: a cue
// verb form or a phrasal cue's verb (cueAt, passiveAgent), or a word the
// other tests start from. A test added to reportingCueAt that fires on
// another word must add it here (TestMayReportHidesNoCue checks).
func (pc *pctx) mayReport(v int) bool {
	t := &pc.toks[v]
	if t.kind != tWord {
		return false
	}
	return t.flags&(wCue|wPhrasalHead|wReportStart) != 0
}

// pollShows reports "shows" or "showed" at v after a poll's name that ends
// within a few words before it, with words shown after it: "A new
// Quinnipiac poll released Thursday shows Marsh leading", "Public polls show
// Trump leading slightly in Indiana".
func (pc *pctx) pollShows(v, s, end int) int {
	if w := pc.word(v); w != "shows" && w != "showed" && w != "show" || pc.wordsIn(v+1, end) < 2 || pc.word(v-1) == "that" || pc.word(v-1) == "which" {
		return -1 // (but "the polls that show Johnson at 10 percent have …": a relative clause of the subject)
	}
	by := false // past five words, only a poll its pollster's "by" follows: "a poll released last week by Sonoran Research Partners showed"
	for k := v - 1; k >= s && (k >= v-5 || by && k >= v-11); k-- {
		if t := pc.toks[k]; t.kind != tWord || pc.isCue(k) {
			return -1
		}
		by = by || pc.word(k) == "by"
		if pollHeads[pc.word(k)] || pc.word(k) == "polling" {
			if pollStops[pc.word(k-1)] || pc.toks[k].cap && k+1 < v && len(pc.word(k+1)) <= 2 && pc.toks[k+1].cap {
				return -1 // "point out that polls show …": the clause is the outer cue's; "Survey I consistently showed": one of a report's lettered surveys
			}
			return k
		}
	}
	return -1
}

// pollsterAfter is the body named after "by" in the few words after the
// poll's head noun at k, before any verb of its finding.
func (pc *pctx) pollsterAfter(k int) *entity {
	for q := k + 1; q < len(pc.toks) && q < k+6; q++ {
		if pc.toks[q].kind != tWord || pc.isCue(q) {
			return nil
		}
		if pc.word(q) == "by" {
			lim := min(len(pc.toks), q+8)
			if e, _, ok := pc.npForward(pc.pastDescriptor(q+1, lim), lim); ok && e != nil && e.org && !e.outlet {
				return e
			}
			return nil
		}
	}
	return nil
}

// pollAt is the poll whose head noun is at k: the poll the article named,
// or the words of its phrase ("Public polls", "Exit polling").
func (pc *pctx) pollAt(k, s int) *entity {
	if e := pc.pollsterAfter(k); e != nil {
		return e // "a poll released last week by Sonoran Research Partners showed": the pollster's
	}
	for d := k - 1; d >= s && d >= k-5; d-- {
		if pc.has(d, wDeterminer) {
			if f := pc.pollsterOf(d, k); f != nil {
				return f // "A new Quinnipiac University poll shows": the pollster's
			}
			break
		}
	}
	if e := pc.subjectBefore(k+1, s); e != nil && (namesPoll(e.display) || e.org && !e.outlet) {
		return e // "The poll showed": the poll named before, or its firm
	}
	i := k
	for i > s && i > k-7 {
		t := pc.toks[i-1]
		if t.low == "/" || t.low == "-" {
			i-- // "USA TODAY/Harwell University poll"
			continue
		}
		if t.poss {
			if e := pc.npEndingAt(i-1, s); e != nil {
				return e // "The agency's labour force survey showed": the agency's finding
			}
			break
		}
		if t.kind != tWord || pc.has(i-1, wPrep) || pc.isCue(i-1) || verbLike(t) || t.has(wFunction) && !t.has(wDeterminer) && !t.cap || pollStops[t.low] {
			break
		}
		i--
		if t.has(wDeterminer) {
			break
		}
	}
	for i < k && pc.toks[i].kind != tWord {
		i++
	}
	return pc.an.reg.body(pc.phraseText(i, k+1))
}

// pollStops end a poll's phrase read back from its noun.
var pollStops = setOf(`and that where as because while when if what`)

// namesPoll reports a name or description that says it is a poll.
func namesPoll(display string) bool {
	for _, w := range strings.Fields(strings.ToLower(display)) {
		if pollHeads[w] || w == "polling" {
			return true
		}
	}
	return false
}

// reportStarts are the words besides cue verbs that reportingCueAt reads
// speech from, flagged in the lexicon so mayReport tests no words.
var reportStarts = []string{"shows", "showed", "show", // pollShows
	"according", "in", // sourcePhrase
	"reported", "disclosed", "revealed", // reportedBy
	"quoted",      // passiveQuoted
	"put", "puts", // cueAt: "as X put it"
	"found", "finds", "finding", "held", "holds", "accepted", "accepts", // cueAt: a court's finding, its holding, what it accepts
	"projects", "projected", "forecasts", "forecast", "estimates", "estimated", "projecting", "forecasting", "estimating"} // a report's forecast

// reportingCueAt reads a cue at token v that reports speech.
func (pc *pctx) reportingCueAt(v, s, end int) cueHit {
	if after := pc.sourcePhrase(v); after > 0 {
		if pc.rulebookAfter(after, end) {
			return cueHit{} // "paid according to the collective agreement, the company said": what rules, not who says
		}
		e, ok := pc.accordingToAny(after, end)
		// ", according to X.": what was said stands before
		return cueHit{e: e, cue: "according to", n: after - v - 1, ok: ok, trailing: ok && pc.word(v-1) == ",", authored: e != nil && e.outlet && pc.documentBy(after, end) == e}
	}
	lemma, n := pc.cueAt(v)
	if (lemma == "begin" || lemma == "continue" || lemma == "go on") && (pc.word(v+n) == "," || pc.word(v+n) == ")") {
		return cueHit{} // "in a statement issued after the walkout began, said …": the walkout began, no one spoke
	}
	if k := pc.pollShows(v, s, end); k >= 0 {
		return cueHit{e: pc.pollAt(k, s), cue: pc.word(v), ok: true} // "The latest Rasmussen Reports poll shows Trump leading Clinton": the poll's finding
	}
	if e, ok := pc.reportedBy(v, end); ok {
		return cueHit{e: e, cue: "reported", n: 1, ok: true, trailing: pc.word(v-1) == "," || pc.word(v-2) == ","}
	}
	if lemma == "" {
		if e, via := pc.passiveQuoted(v, s, end); e != nil {
			return cueHit{e: e, cue: "quoted", via: via, ok: true}
		}
		if e := pc.passiveAgent(v, end); e != nil {
			return cueHit{e: e, cue: pc.word(v), n: 1, ok: true} // "X was asked by Y whether …": Y asked
		}
		return cueHit{}
	}
	if w := pc.word(v - 2); pc.word(v-1) == "you" && (w == "whom" || w == "who") {
		return cueHit{} // "depending on whom you asked": an idiom, no one's words
	}
	if lemma == "ask" && pc.word(v) == "asked" && v > s+1 && pc.word(v-1) == "," && pc.askedAside(v, end) {
		return cueHit{} // "Matthews, asked about the record, shrugged": he was asked (the question is read as no one's)
	}
	if !pc.saysSomething(v, n, end, lemma) || pc.negated(v, s) && !pc.wouldNotSayWhich(v, n) {
		return cueHit{} // "did not say how many"
	}
	if pc.reducedPassive(v, s) {
		return cueHit{cue: pc.word(v), n: n - 1, ok: true} // "Residents urged to stay home": someone urged them, not they
	}
	if w := pc.word(v); strings.HasSuffix(w, "s") && lemma != "say" && v-1 > s && pc.isNameWord(v-1) && pc.nameStart(v-1, s) == v-1 && placePreps[pc.word(v-2)] {
		return cueHit{} // "questioning at Senate estimates": a noun after a name in a prepositional phrase, not a verb
	}
	if (lemma == "ask" || lemma == "request") && pc.word(v+n) == "not" && pc.word(v+n+1) == "to" {
		return cueHit{} // "who asked not to be named": a condition of speaking, not what was said
	}
	if lemma == "quote" || lemma == "cite" {
		e, via, _ := pc.quotedAs(v, n, end)
		return cueHit{e: e, cue: pc.word(v), via: via, n: n - 1, ok: e != nil}
	}
	if _, pron := pronounGender(pc.word(v + n)); pc.word(v-1) == "," && invertible[lemma] && !strings.HasSuffix(pc.word(v), "ing") && !pc.roleAndNameBefore(s, v) &&
		pc.word(v+n) != "that" && !pron && pc.word(v+n) != "i" && pc.word(v+n) != "we" && !ownerWords[pc.word(v+n)] { // "…, suggested she could": no inverted subject // …, said Ingrid Solvang, a meteorologist
		if e, after, ok := pc.npForward(v+n, end); ok && e != nil && (after >= end || pc.word(after) == "," || pc.word(after) == "." ||
			pc.has(after, wPrep) && end-after <= 6) && !pc.ownersClause(v+n, after) { // "…, says Dossym Satpayev in Almaty.
			return cueHit{e: e, cue: pc.word(v), n: n - 1, ok: true, trailing: true}
		}
	}
	if pc.asSource(v, n) {
		if pc.word(v+n) == "by" { // "as reported by the Times,"
			e, _ := pc.accordingToAny(v+n+1, end)
			return cueHit{e: e, cue: pc.word(v), n: n, ok: true, trailing: true}
		}
		e, ok := pc.subjectBefore(v, s), true
		if e == nil {
			e, ok = pc.otherSubject(v, s)
		}
		return cueHit{e: e, cue: pc.word(v), n: n - 1, ok: ok, trailing: true}
	}
	if pc.word(v-1) == "," && invertible[lemma] && !strings.HasSuffix(pc.word(v), "ing") && !pc.namedAppositiveBefore(s, v) && !pc.roleAndNameBefore(s, v) {
		if e, ok := pc.subjectAfter(v+n, end); ok { // "…, said several observers."
			return cueHit{e: e, cue: pc.word(v), n: n - 1, ok: true, trailing: true}
		}
	}
	if pc.reducedRelative(v, s) {
		return cueHit{} // "Nothing the president said will assuage …": what was said is the subject, not a report
	}
	if pc.causativeBefore(v, s) {
		return cueHit{} // "spent $4,000 getting the charge dismissed": a deed done, no words
	}
	if pc.inOpeningOf(v, s) {
		return cueHit{} // "Of the 1.9 million residents admitted between 2021 and 2025, about 60 per cent reported …": a participle inside the opening phrase
	}
	if pc.anonymityReason(v, s) {
		return cueHit{} // "who spoke on condition of anonymity because the union has asked members not to talk to reporters": why the source is unnamed
	}
	if pc.asComparison(v, s) {
		return cueHit{} // "…found that it was cancelled for a crew shortage, and not because of a mechanical problem, as Trillium had told the family.": the earlier cue reports
	}
	if e := pc.documentAuthorOpening(v, s); e != nil {
		return cueHit{e: e, cue: pc.word(v), n: n - 1, ok: true} // "A letter sent by Sen. Ann Cole to the agency warned": hers
	}
	if pc.summaryAppositive(v, s) {
		e := pc.agentAt(v+2, end) // "…, a fact later confirmed by the department.": the department confirmed it
		return cueHit{e: e, cue: pc.word(v), n: n - 1, ok: true, trailing: true}
	}
	e := pc.relativeSubject(v, s) // "organizations that have endorsed him say", "Voters who backed Trump say"
	if k := pc.postedDocBefore(v, s); e == nil && k > s {
		e = pc.subjectBefore(k, s) // "Talbott posted a statement on the city’s Facebook page Friday saying …": Talbott, not the city
	}
	if e == nil && postedOnBefore(pc.toks, v) {
		e = pc.sentenceSubject(s, v) // "Lopez posted on social media Monday urging …": the one who posted, not the day or the platform
	}

	if e == nil {
		e = pc.subjectBefore(v, s)
		if b := pc.spokespersonsBody(e, v, s); b != nil {
			e = b
		}
		pc.noteSpokesFor(e, v, s)
	}
	if e == nil {
		e = pc.mainSubjectAfterOpening(v, s, end)
	}
	if e == nil && strings.HasSuffix(pc.word(v), "ing") && pc.placePhraseBefore(v, s) {
		e = pc.sentenceSubject(s, v) // "Clinton went on television saying …": the one who went
	}
	if e == nil {
		if e = pc.lightVerbSubject(v, s); e != nil && (v+n >= end || pc.toks[v+n].kind != tWord) {
			return cueHit{} // "Trump made further demands.": nothing said
		}
	}
	ok := e != nil
	if e == nil && (n == 1 || lemma == "point out" || lemma == "call for" || lemma == "call on" || lemma == "point to") { // "Novelist hits back": a figure of speech
		e, ok = pc.otherSubject(v, s)
		if !ok && pc.wordsIn(v+n, end) >= 2 {
			e, ok = pc.subjectAcrossAsides(v, s)
		}
	}
	if e != nil && !e.org && v > s && pc.isNameWord(v-1) && pc.nameStart(v-1, s) == v-1 {
		e = pc.namesakeByPronoun(e, pc.toks[v-1].low, v+n) // "Bourque said her family connection …": Nathalie Bourque, not Gérald
	}
	if e != nil && !e.org && e.gender == unknownGender {
		at := v + n
		if pc.word(at) == "that" {
			at++
		}
		pc.firmByIt(e, v+n, end)
		switch w := pc.word(at); w { // "Aroha Tane said (that) she was appalled"
		case "she", "he":
			g := map[string]gender{"she": female, "he": male}[w]
			if !pc.rivalBefore(e, g, at) { // "Gill pressed Warsame on …, noting she had": she may be Warsame
				e.learnGender(g, "pronoun “"+w+"” after “"+pc.toks[v].low+"” (¶"+strconv.Itoa(pc.an.shown(pc.p.num))+")")
			}
		}
	}
	return cueHit{e: e, cue: pc.word(v), n: n - 1, ok: ok, trailing: ok && pc.trails(v, n, end)}
}

// firmByIt makes e, a bare name of two words or more, a firm when what it
// says from at opens "(that) it will …": "Northgate Copper announced
// Wednesday that it will lay off 200 workers" is a firm, which "the
// company" is.
func (pc *pctx) firmByIt(e *entity, at, end int) {
	a := pc.skipWhen(at, end)
	if pc.word(a) == "that" {
		a++
	}
	if pc.word(a) == "it" && itsPlans[pc.word(a+1)] && len(e.words) >= 2 && !isGivenName(e.words[0]) && e.role == "" && len(e.heads) == 0 && !e.unnamed && !e.doc && !e.group {
		e.org, e.company = true, true
	}
}

// itsPlans follow "it" when it is a body that acts, not the "it" of "it
// was a mistake".
var itsPlans = setOf(`will would plans intends expects has had could can hopes wants`)

// namesakeByPronoun is the bearer of the surname last whom the pronoun
// right after the cue at at ("said her …", "said that she …") fits, when
// e, found by that surname alone, does not: two people of one surname,
// told apart by the words that follow. e otherwise.
func (pc *pctx) namesakeByPronoun(e *entity, last string, at int) *entity {
	w := pc.word(at)
	if w == "that" {
		w = pc.word(at + 1)
	}
	g := unknownGender
	switch w {
	case "she", "her":
		g = female
	case "he", "his":
		g = male
	}
	genderOf := func(c *entity) gender {
		if c.gender != unknownGender {
			return c.gender
		}
		return nameGender(c.first)
	}
	if g == unknownGender || genderOf(e) != opposite(g) {
		return e
	}
	for _, c := range pc.an.reg.byLast[last] {
		if c != e && !c.org && !c.group && genderOf(c) == g {
			return c
		}
	}
	return e
}

// postedDocBefore is where a verb of posting or issuing stands before the
// participle cue v with its document after it ("posted a statement on the
// city’s Facebook page Friday afternoon — later removed — saying"); -1 if
// none.
func (pc *pctx) postedDocBefore(v, s int) int {
	if !strings.HasSuffix(pc.word(v), "ing") || pc.isNameWord(v-1) {
		return -1 // ("…, Ryan saying": the participle's own subject)
	}
	for k := v - 1; k > s && k >= v-16; k-- {
		w := pc.word(k)
		if docIssuing[w] && pc.has(k+1, wDeterminer) && (docNouns[pc.word(k+2)] || pc.is(k+2, mDocHead|mStatementWord)) {
			return k
		}
		if w == "," || w == ";" || pc.toks[k].kind == tQuote || pc.isCue(k) {
			return -1
		}
	}
	return -1
}

// docIssuing put a document out: "posted a statement", "issued a release".
var docIssuing = setOf(`posted issued released sent published shared tweeted`)

// documentAuthorOpening is the author a document opening the clause names
// with a participle and "by" before cue v ("A letter sent by Sen. Ann Cole
// to the agency warned", "The email, written by X, urges"); nil for any
// other shape.
func (pc *pctx) documentAuthorOpening(v, s int) *entity {
	st := pc.skipIntro(pc.skipDateline(s, v), v)
	if !pc.has(st, wDeterminer) {
		return nil
	}
	for k := st + 1; k < v && k <= st+5; k++ {
		if pc.toks[k].kind != tWord {
			return nil
		}
		if !pc.is(k, mDocHead|mStatementWord) && !docNouns[pc.word(k)] {
			continue
		}
		b := k + 1
		if pc.word(b) == "," {
			b++
		}
		by := b + 1
		if pc.word(b) == "by" && k <= st+3 {
			by = b // "A 2018 report by Ontario’s Office of the Independent Police Review Director found" (the subject's own noun, not "The vote follows a 2023 ruling by …")
		} else if !authoredBy[pc.word(b)] {
			return nil
		}
		if pc.has(by, wPrep) && pc.word(by) != "by" { // "A 2023 study prepared for the town by X found"
			for by < v && by <= b+5 && pc.toks[by].kind == tWord && !pc.toks[by].cap && pc.word(by) != "by" {
				by++
			}
		}
		if pc.word(by) != "by" {
			return nil
		}
		e, after, ok := pc.npForward(pc.pastDescriptor(by+1, v), v)
		if !ok || e == nil || e.outlet || e.doc || v-after > 8 {
			return nil
		}
		for x := after; x < v; x++ {
			if w := pc.word(x); w == "and" || w == "but" || w == ";" || pc.isCue(x) || pc.toks[x].kind == tQuote {
				return nil
			}
		}
		return e
	}
	return nil
}

// pastDescriptor is where the name starts after a description of its
// bearer at i: "Winnipeg consulting firm Prairie Metrics", "the Calgary
// law firm X", "pollster X"; i itself when no name follows one.
func (pc *pctx) pastDescriptor(i, end int) int {
	k := i
	if pc.word(k) == "the" {
		k++
	}
	if pc.isNameWord(k) && isPlaceEntityWord(pc.word(k)) {
		k++
	}
	j := k
	for j < end && j < k+3 && pc.toks[j].kind == tWord && !pc.toks[j].cap && !pc.has(j, wPrep|wDeterminer|wFunction) {
		j++
	}
	if j == k || j >= end || !pc.isNameWord(j) || !wordHas(pc.word(j-1), wOrgHead|wRole) && !isJobWord(pc.word(j-1)) {
		return i
	}
	return j
}

// summaryAppositive reports cue v as a participle with an agent in an
// appositive that sums up the clause before it: "…, a fact later confirmed
// by the department", "…, a practice criticized by civil rights groups".
func (pc *pctx) summaryAppositive(v, s int) bool {
	if pc.word(v+1) != "by" || !strings.HasSuffix(pc.word(v), "ed") {
		return false
	}
	k := v - 1
	for k > s && pc.has(k, wAdverb) {
		k-- // "later", "widely"
	}
	if k <= s+1 || pc.toks[k].kind != tWord || pc.toks[k].cap || pc.has(k, wFunction|wPrep) {
		return false
	}
	k-- // the noun: "a fact", "a practice", "a claim"
	if w := pc.word(k); w != "a" && w != "an" {
		if pc.toks[k].kind != tWord || pc.toks[k].cap || pc.has(k, wFunction|wPrep) {
			return false
		}
		k-- // one adjective: "a figure later confirmed", "a common practice"
	}
	w := pc.word(k)
	return (w == "a" || w == "an") && k > s && (pc.word(k-1) == "," || pc.word(k-1) == "-" || pc.word(k-1) == "—" || pc.word(k-1) == "–")
}

// jointAfterSubject reports "both" or "all" after the names or the people
// they gather: "Richards and Menendez both stressed", "the senators all
// agreed" (not "all stated aims").
func (pc *pctx) jointAfterSubject(k int) bool {
	w := pc.word(k)
	if w != "both" && w != "all" {
		return false
	}
	if pc.is(k-1, mAuxBeforeCue) {
		k-- // "have both argued"
	}
	return pc.isNameWord(k-1) || pluralOfPeople(pc.word(k-1))
}

// thingBefore reports "nothing", "everything" and the like among the
// few words before the cue at v: a glance before reducedRelative's rules.
func (pc *pctx) thingBefore(v, s int) bool {
	for k := v - 2; k >= s && k >= v-6; k-- {
		if w := pc.word(k); len(w) > 6 && strings.HasSuffix(w, "thing") {
			return true
		}
	}
	return false
}

// countFollows reports a number from i, after an approximator or two: "around
// 292,000", "nearly 2 million", "more than 100".
func (pc *pctx) countFollows(i int) bool {
	for k := i; k < i+3 && k < len(pc.toks); k++ {
		if w := pc.word(k); isDigitStart(w) || numberWords[w] {
			return true
		}
		if !pc.approximator(k) {
			return false
		}
	}
	return false
}

// namedAppositiveBefore reports a sentence that opens with a name and its
// appositive before the cue at v: "Sylvie Tremblay-Ouellet, president of
// the advocacy group, said those rules leave travellers …" has its
// subject, so no inverted one follows the cue.
func (pc *pctx) namedAppositiveBefore(s, v int) bool {
	from := pc.skipIntro(pc.skipDateline(s, v), v)
	if !pc.isNameWord(from) {
		return false
	}
	r := pc.runEnd(from)
	return r < v-1 && pc.word(r) == ","
}

// roleAndNameBefore reports that the clause before the comma at v-1 is only
// a role's phrase and the name set off after it: "Scotland's first
// minister, Morag Cunningham-Reid, said Scotland, which …, would": she is
// the subject, and the name after the cue no inverted speaker.
func (pc *pctx) roleAndNameBefore(s, v int) bool {
	if v < 2 || !pc.isNameWord(v-2) {
		return false
	}
	n0 := pc.nameStart(v-2, s)
	if pc.runEnd(n0) != v-1 || pc.word(n0-1) != "," {
		return false
	}
	from := pc.skipIntro(pc.skipDateline(s, v), v)
	if n0-1-from < 2 || n0-1-from > 6 {
		return false
	}
	role := false
	for k := from; k < n0-1; k++ {
		t := pc.toks[k]
		if t.kind != tWord || pc.isCue(k) || verbLike(t) {
			return false
		}
		role = role || t.has(wRole|wTitle)
	}
	return role
}

// ownersClause reports a possessive among [i, after) followed by more
// words than a role's phrase holds and none of them a role: "…, said
// Ottawa’s refusal to negotiate risks costing …" is what was said, where
// "…, said Ottawa’s chief negotiator" is who said it.
func (pc *pctx) ownersClause(i, after int) bool {
	for k := i; k < after; k++ {
		if !pc.toks[k].poss {
			continue
		}
		if after-k-1 <= 4 {
			return false
		}
		for x := k + 1; x < after; x++ {
			if pc.has(x, wRole) || isJobWord(pc.word(x)) {
				return false
			}
		}
		return true
	}
	return false
}

// anonymityReason reports cue v in the "because" clause that says why a
// source speaks unnamed: "…, who spoke on condition of anonymity because
// the union has asked members not to talk to reporters, said …".
func (pc *pctx) anonymityReason(v, s int) bool {
	if l, _ := pc.cueAt(v); (l == "say" || l == "tell") && !(pc.word(v-2) == "because" && isPronounWord(pc.word(v-1))) {
		return false // "A manager who spoke on condition of anonymity because … said": the main clause's cue (but "because she said she feared harassment" is the reason)
	}
	for k := v - 1; k > s && k > v-12; k-- {
		switch w := pc.word(k); {
		case w == "," || pc.toks[k].kind == tQuote:
			return false
		case w == "because":
			for x := k - 1; x > s && x > k-6; x-- {
				if w := pc.word(x); w == "anonymity" || w == "named" || w == "identified" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// asComparison reports cue v in a clause opening ", as" at a sentence's
// end, after an earlier cue of the sentence: "…, as Trillium had told the
// family." compares what the first cue reports with what was told; it
// reports nothing of its own. ", as Reuters noted," with its comma is a
// source (asSource).
func (pc *pctx) asComparison(v, s int) bool {
	k := v - 1
	for k > s && k > v-6 && pc.toks[k].kind == tWord && pc.word(k) != "as" {
		k--
	}
	if pc.word(k) != "as" || pc.word(k-1) != "," || !pc.hasCueIn(s, k) {
		return false
	}
	if l, _ := pc.cueAt(v); !comparedCues[l] {
		return false // ", as Mexico's government demanded an inquiry": a second statement, made at the same time
	}
	for x := v + 1; x < len(pc.toks) && x < v+6; x++ {
		if pc.toks[x].kind == tQuote {
			return false
		}
		if w := pc.word(x); w == "." || w == "" {
			return true
		} else if w == "," || w == "that" {
			return false
		}
	}
	return false
}

// comparedCues are the cues of ", as X had told the family.": saying,
// telling, claiming what the sentence sets against it.
var comparedCues = setOf(`say tell claim report suggest predict insist argue maintain note promise`)

// reducedRelative reports a cue whose subject follows "nothing",
// "everything" and the like: a relative clause with no "that" ("Nothing
// the president said", "everything Trump says").
func (pc *pctx) reducedRelative(v, s int) bool {
	if !pc.thingBefore(v, s) {
		return false
	}
	k := pc.pastAdverbs(v-1, s)
	switch {
	case pc.isNameWord(k):
		k = pc.nameStart(k, s) - 1
	case k-1 >= s && pc.word(k-1) == "the":
		k -= 2
	case isPronounWord(pc.word(k)):
		k--
	default:
		return false
	}
	if k < s {
		return false
	}
	switch pc.word(k) {
	case "nothing", "everything", "something", "anything":
	default:
		return false
	}
	switch pc.word(k - 1) {
	case ",", "—", "–", "--", "-":
		return false // "…, something he denied": the clause before is what he denied
	}
	return true
}

// causativeBefore reports a past participle cue at v after "get" or "have"
// and its object: "getting the charge dismissed", "had his case
// dismissed" (but "has dismissed" is a perfect, and speech).
func (pc *pctx) causativeBefore(v, s int) bool {
	if !strings.HasSuffix(pc.word(v), "ed") {
		return false
	}
	for k := v - 2; k > s && k >= v-5; k-- {
		if pc.toks[k].kind != tWord {
			return false
		}
		if causativeVerbs[pc.word(k)] {
			return causedObjects[pc.word(k+1)] || ownerWords[pc.word(k+1)] // (not "have both argued")
		}
	}
	return false
}

var causativeVerbs = setOf(`get gets got getting gotten have has had having`)

// causedObjects open the object of a causative: "had the charge dismissed".
var causedObjects = setOf(`the a an this that my our your`)

// inOpeningOf reports a cue at v inside the phrase "Of …" or "Among …"
// that opens the sentence at s, before its comma: the cue is a participle
// of that phrase's noun, and the main clause comes after the comma.
func (pc *pctx) inOpeningOf(v, s int) bool {
	if w := pc.word(s); w != "of" && w != "among" || v-1 <= s || pc.isNameWord(v-1) || isPronounWord(pc.word(v-1)) {
		return false
	}
	for k := s + 1; k < v; k++ {
		if t := pc.toks[k]; t.kind != tWord || relativeWords[t.low] || t.low == "who" || passiveAux[t.low] || pc.isCue(k) {
			return false // "Among the politicians there was X — …— who said": the relative's cue
		}
	}
	return true
}

// opensWithSource reports a source phrase opening the sentence at s with
// its cue at c, before the cue at v: "According to X," or "As X reported,".
func (pc *pctx) opensWithSource(cue string, c, s, v int) bool {
	if cue == "according to" {
		return c <= pc.skipIntro(s, v)+1
	}
	return pc.word(s) == "as" && pc.word(c+1) == "," && (cue == "reported" || cue == "reports")
}

// weakCue reports a cue at v other than say or tell: inside a sentence
// opened by "according to X," what it reports is X's report.
func (pc *pctx) weakCue(v int) bool {
	lemma, _ := pc.cueAt(v)
	return lemma != "say" && lemma != "tell"
}

// mainSubjectAfterOpening is the subject of the main clause for a cue in
// a participle clause that opens the sentence: "Having announced that …,
// Judge Berman proceeded" is Berman's; nil otherwise.
func (pc *pctx) mainSubjectAfterOpening(v, s, end int) *entity {
	if v != s+1 || pc.word(s) != "having" && pc.word(s) != "being" {
		return nil
	}
	for k := v + 1; k < end && k < v+window; k++ {
		if pc.toks[k].kind == tQuote {
			return nil
		}
		if pc.word(k) == "," {
			if e, _, ok := pc.npForward(k+1, end); ok && e != nil && !e.group && (e.org || e.personLike()) {
				return e
			}
			return nil
		}
	}
	return nil
}

// trails reports a cue with nothing after it in its sentence and a comma
// before its subject: what was said stands before it.
func (pc *pctx) trails(v, n, end int) bool {
	if w := pc.word(v); (w == "told" || w == "tells") && pc.hasCommaBefore(v) && pc.audienceOnlyAfter(v+n, end) {
		return true // "…, Ortega-Brandt told reporters travelling on Air Force One."
	}
	for i := v + n; i < end; i++ {
		if pc.word(i) == "," && strings.HasSuffix(pc.word(i+1), "ing") && !pc.isCue(i+1) {
			break // "…, Lebrun announced, making it the first such summit": a phrase on what was said
		}
		if pc.word(i) == "in" && pc.decisionPhrase(i+1, end) {
			break // "…, the Supreme Court ruled Friday in a 5-4 decision that will force …": the ruling described
		}
		if w := pc.word(i + 1); pc.word(i) == "," && (w == "but" || w == "and") && i+2 < end && (negatedAux(pc.word(i+2)) || verbLike(pc.toks[i+2])) {
			break // "Calloway conceded …, her campaign said, but did not address supporters": the first clause's verb goes on
		}
		if pc.toks[i].kind != tPunct && !pc.saysWhen(i) {
			return false // but "…, Ana Ruiz said Friday." trails
		}
	}
	return pc.hasCommaBefore(v)
}

// decisionPhrase reports "a 5-4 decision that …" from i: a determiner,
// at most three words, a ruling's noun, then "that" or "which".
func (pc *pctx) decisionPhrase(i, end int) bool {
	if !pc.has(i, wDeterminer) {
		return false
	}
	for k := i + 1; k < end && k <= i+4; k++ {
		if rulingNouns[pc.word(k)] {
			w := pc.word(k + 1)
			return w == "that" || w == "which" || w == "," && (pc.word(k+2) == "which" || pc.word(k+2) == "saying")
		}
		if pc.toks[k].kind != tWord && !isDigitStart(pc.word(k)) && pc.word(k) != "-" {
			return false
		}
	}
	return false
}

// rulingNouns are a court's or a panel's decisions.
var rulingNouns = setOf(`decision ruling judgment judgement verdict opinion`)

// audienceOnlyAfter reports that the words from i to the sentence's end
// name only whom something was told, and where: "reporters travelling on
// Air Force One", "CBC News on Tuesday", never "that …" or a clause.
func (pc *pctx) audienceOnlyAfter(i, end int) bool {
	if i >= end || end-i > 10 || !(pc.toks[i].cap || audienceWords[pc.word(i)] || pc.word(i) == "the" && (pc.toks[i+1].cap || audienceWords[pc.word(i+1)])) {
		return false
	}
	for k := i; k < end; k++ {
		if w := pc.word(k); w == "," && strings.HasSuffix(pc.word(k+1), "ing") && k > i {
			return true // "…, adding that …": a clause of its own follows
		}
		if w := pc.word(k); w == "that" || w == "," || pc.isCue(k) || isPronounWord(w) || pc.toks[k].kind == tQuote {
			return false
		}
	}
	return true
}

var audienceWords = setOf(`reporters journalists supporters the crowd members lawmakers delegates students`)

// saysWhen reports a word of a time adjunct: "Friday", "last", "on".
func (pc *pctx) saysWhen(i int) bool {
	return pc.has(i, wCalendar|wTime) || timeLeads[pc.word(i)]
}

// timeLeads open a time adjunct: "on Monday", "last week", "earlier this year".
var timeLeads = setOf(`on last this earlier late`)

// onlyWhenAfter reports that the words from i to end say only when ("last
// week", "on Tuesday", "in 2014") or open a participle of their own after a
// comma ("…, citing another source").
func (pc *pctx) onlyWhenAfter(i, end int) bool {
	for k := i; k < end; k++ {
		t := &pc.toks[k]
		switch {
		case t.low == "," && strings.HasSuffix(pc.word(k+1), "ing"):
			return true
		case t.low == "in" && pc.rulingNounSoon(k+1, end):
			return true // "…, the court ruled Friday in a split decision that …"
		case t.kind == tPunct || pc.saysWhen(k) || isDigitStart(t.low) || t.low == "in":
		default:
			return false
		}
	}
	return true
}

// rulingNounSoon reports a ruling's noun a few words from i: "a split
// decision", "a unanimous ruling".
func (pc *pctx) rulingNounSoon(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		switch pc.word(k) {
		case "decision", "ruling", "judgment", "judgement", "verdict", "opinion":
			return true
		}
	}
	return false
}

// accordingToAny reads the source after "according to": a name or body
// the article knows, a group ("according to American officials"), or a
// source that is no speaker ("according to court documents").
func (pc *pctx) accordingToAny(i, end int) (*entity, bool) {
	if subj, ok := subjectOf[pc.word(i)]; ok && (i+1 >= end || pc.toks[i+1].kind == tPunct) {
		return pc.resolvePronoun(subj, i), true // "According to him, …": whom "he" would be
	}
	k := i
	for k < end && k < i+12 && pc.toks[k].kind == tWord && !pc.has(k, wPrep) && pc.word(k) != "that" && pc.word(k) != "who" {
		k++
	}
	if k == i {
		return nil, false
	}
	if g := pc.groupOf(i, k); g != nil {
		return g, true // a plural of people, even after a name ("Democratic analysts")
	}
	if (pc.word(k) == "by" || pc.word(k) == "from" && (dataWords[pc.word(k-1)] || pc.is(k-1, mStatementWord))) && (k-i <= 3 || k-i == 4 && pc.word(k) == "by" && pc.has(k-1, wTime|wCalendar)) && !pc.toks[i].cap && (pc.isNameWord(k+1) || pc.word(k) == "from" && pc.word(k+1) == "the" && pc.isNameWord(k+2) ||
		pc.word(k) == "by" && pc.nameAfterThe(k+1) > 0 && !acquiredWords[pc.word(k-1)] || pc.word(k) == "from" && pc.nameAfterRoleWords(k+1, end) > 0) {
		if n := pc.nameAfterThe(k + 1); n > k+2 {
			if e, _, ok := pc.npForward(n, end); ok && e != nil {
				return e, true // "figures compiled by the nonpartisan Civic Ballot Project", "by the risk-modeling firm Corelane Analytics": its
			}
		}
		if e, _, ok := pc.npForward(k+1, end); ok && e != nil {
			return e, true // "according to calculations by Amy Glasmeier of MIT": hers; "figures from the INMO": its
		}
	}
	e := pc.accordingTo(i, end)
	if pc.titledPaper(i, k) && (e == nil || !containsRun(e.words, pc.lowRun(i+1, k))) {
		t := pc.an.reg.body(pc.p.text[pc.toks[i].start:pc.toks[k-1].end])
		t.outlet = true
		return t, true // "according to The Oregonian": a paper by its name, no one from Oregon
	}
	if e != nil {
		return e, true
	}
	return pc.accordingLiteral(i, k), true
}

// acquiredWords say how a paper came by a document ("documents obtained by
// the Star"), which makes the paper no author of it.
var acquiredWords = setOf(`obtained reviewed seen viewed acquired`)

// nameAfterThe is where a name starts after "the" at i and at most a few
// lower-case words ("the nonpartisan Civic Ballot Project", "the
// risk-modeling firm Corelane Analytics"); -1 when no name follows so.
func (pc *pctx) nameAfterThe(i int) int {
	if pc.word(i) != "the" {
		return -1
	}
	for k := i + 1; k <= i+5 && k < len(pc.toks); k++ {
		if pc.isNameWord(k) {
			return k
		}
		if t := pc.toks[k]; (t.kind != tWord || t.cap || t.has(wFunction|wPrep|wDeterminer)) && !(t.low == "-" && t.start == pc.toks[k-1].end) {
			return -1 // (but "the risk-modeling firm X": a hyphen inside a word)
		}
	}
	return -1
}

// titledPaper reports a paper or outlet's name at [i, k): a "The" written
// with a capital inside the sentence and capitalised words after it ("The
// Oregonian", "The Daily Gleaner").
func (pc *pctx) titledPaper(i, k int) bool {
	if k-i < 2 || k-i > 4 || pc.word(i) != "the" || !pc.toks[i].cap || pc.toks[i].sentStart || pc.word(k) == "of" {
		return false
	}
	for q := i + 1; q < k; q++ {
		if !pc.toks[q].cap || pc.toks[q].poss {
			return false
		}
	}
	return true
}

// timeOnlyBetween reports words from i to j that say only when: "last
// year", "released Tuesday"; none at all counts too.
func (pc *pctx) timeOnlyBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if w := pc.word(k); !pc.has(k, wTime|wCalendar) && w != "last" && w != "this" && w != "released" && w != "published" && !isDigitStart(w) {
			return false
		}
	}
	return true
}

// rulebookAfter reports a rule, plan or contract after "according to" at
// i with the sentence's own speaker after it ("paid according to the
// collective agreement, the company said"): the manner of doing
// something, not the source of the words.
func (pc *pctx) rulebookAfter(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		if pc.toks[k].kind != tWord || pc.toks[k].cap {
			return false
		}
		if rulebooks[pc.word(k)] {
			if pc.word(k+1) != "," {
				return false
			}
			for q := k + 2; q < end && q < k+7; q++ {
				if pc.isCue(q) {
					return true // a speaker of the sentence follows: "…, the company said"
				}
			}
			return false
		}
	}
	return false
}

var rulebooks = setOf(`agreement agreements contract contracts plan schedule law laws rules policy terms protocol protocols`)

// subjectOf names the subject pronoun an object or possessive pronoun
// stands for: "according to him", "his campaign".
var subjectOf = map[string]string{"him": "he", "his": "he", "her": "she", "them": "they", "their": "they"}

// pollIntro reads a poll that opens the sentence [s, v) before a comma:
// "In a national CNN/ORC poll released Monday, …", "According to a
// Washington Post-ABC News survey, …": the poll's document, or nil.
func (pc *pctx) pollIntro(s, v int) *entity {
	i := s
	if coordinated(pc.word(i)) || pc.word(i) == "but" {
		i++
	}
	switch {
	case pc.word(i) == "in":
		i++
	case pc.word(i) == "according" && pc.word(i+1) == "to":
		i += 2
	default:
		return nil
	}
	if !pc.has(i, wDeterminer) {
		return nil
	}
	for k := i + 1; k < v && k < i+16 && pc.toks[k].kind != tQuote; k++ {
		if pc.word(k) == "," {
			return nil
		}
		if pollHeads[pc.word(k)] {
			for c := k + 1; c < v && c < k+6; c++ {
				if pc.word(c) == "," && pc.shareOpens(c+1, v) {
					return pc.an.document(pc.phraseText(i, k+1))
				}
			}
			return nil
		}
	}
	return nil
}

var pollHeads = setOf(`poll polls survey surveys`)

// shareOpens reports a share of people opening the clause at i: "31% of
// Republicans", "just 8 percent of Democrats", "most voters".
func (pc *pctx) shareOpens(i, v int) bool {
	for i < v && pc.approximator(i) {
		i++
	}
	w := pc.word(i)
	return isDigitStart(w) || numberWords[w] || quantifiers[w] || pluralOfPeople(w)
}

// accordingLiteral names the source of "according to" [i, k) that nothing
// resolves by its own words: "according to exit polling data", "according
// to a recent Washington Post-ABC News poll" (documents), "according to a
// Democratic aide" (an unnamed source); nil when a name heads it.
func (pc *pctx) accordingLiteral(i, k int) *entity {
	if k-i >= 2 && k-i <= 4 && pc.has(i, wDeterminer) && pc.is(k-1, mStatementWord) && !pc.toks[k-1].cap {
		end := k
		if pc.word(k) == "of" && k+1 < len(pc.toks) && pc.toks[k+1].kind == tWord && !pc.toks[k+1].cap {
			end = k + 2 // "an agreed statement of facts"
		}
		return pc.an.document(pc.phraseText(i, end)) // "According to an agreed statement of facts filed with the court"
	}
	for x := i + 1; x < k; x++ {
		if verbLike(pc.toks[x]) {
			k = x // "the schedule published Thursday": the participle qualifies
			break
		}
	}
	if k-i < 1 || k-i > 8 {
		return nil
	}
	head := pc.toks[k-1]
	if head.cap && !head.is(mDocHead) || head.poss || pc.has(i, wDeterminer) && k-i == 1 {
		return nil // (but "a national Gallup Poll" is a poll)
	}
	if head.is(mDocHead) || head.has(wRole) || head.is(mUnnamedHead) || indefinitePeople[head.low] {
		return pc.phraseSpeaker(i, k) // "a recent poll", "a Democratic aide", "someone in attendance"
	}
	j := i
	for j < k && !pc.toks[j].cap && !verbLike(pc.toks[j]) {
		j++
	}
	if j < k {
		return nil
	}
	return pc.literalSubject(i, j)
}

// withRoleAndName is the person named after "with" and a role's phrase,
// set off by commas before the participle at v: ", with the shadow housing
// minister, Ewan Treloar, describing it as …". Nil for any other shape.
func (pc *pctx) withRoleAndName(v, s int) *entity {
	if pc.word(v-1) != "," || !strings.HasSuffix(pc.word(v), "ing") {
		return nil
	}
	for k := v - 3; k > s && k >= v-12; k-- {
		if pc.word(k) == "with" {
			if pc.roleThenNameBefore(k+1, v) {
				return pc.npEndingAt(v-2, s)
			}
			return nil
		}
	}
	return nil
}

// roleThenNameBefore reports a role's phrase from its determiner at i and
// the name set off after it, ending at the comma before the cue at v: "the
// shadow housing minister, Ewan Treloar, describing".
func (pc *pctx) roleThenNameBefore(i, v int) bool {
	if v-2 <= i || pc.word(v-1) != "," || !pc.isNameWord(v-2) || !pc.has(i, wDeterminer) {
		return false
	}
	c := pc.nameStart(v-2, i) - 1
	if c <= i+1 || pc.word(c) != "," || !pc.has(c-1, wRole) {
		return false
	}
	for k := i + 1; k < c; k++ {
		if t := pc.toks[k]; t.kind != tWord || t.cap && !t.is(mPartyAdjective) {
			return false
		}
	}
	return true
}

// subjectOpensClause reports a short subject, a name or a pronoun, after
// a conjunction at i and right before the cue at v: "and Ms. Acosta said".
func (pc *pctx) subjectOpensClause(i, v int) bool {
	w := pc.word(i)
	if w == "with" && strings.HasSuffix(pc.word(v), "ing") {
		i++ // ", with Sen. John McCain calling it …": the name is the participle's subject
		return pc.isNameWord(i) && pc.runEnd(i) == v
	}
	if w != "and" && w != "but" && w != "while" && w != "whereas" {
		return false
	}
	i++
	for v-1 > i && pc.has(v-1, wAdverb) {
		v-- // "and Senate aides later said"
	}
	if pc.has(i, wDeterminer) && !pc.toks[i].poss && v-i >= 3 && v-i <= 10 && pc.isNameWord(v-1) {
		if k := pc.nameStart(v-1, i); k > i+1 && pc.lowerWordsEnd(i+1, k, 8) == k {
			return true // "and the civil rights organization the Anti-Defamation League denounced"
		}
	}
	if v-i > 4 && v-i <= 9 && pc.isNameWord(v-1) && pc.rolesBeforeName(i, v) {
		return true // "while Bloc Québécois MP Sylvie Ouellet said", "and Conservative finance critic Jasraj Hallan said"
	}
	if v-i < 1 || v-i > 4 {
		return false
	}
	if _, ok := pronounGender(pc.word(i)); ok && v-i == 1 {
		return true
	}
	if h := pc.word(v - 1); (pc.has(v-1, wOrgHead) || pc.has(v-1, wRole)) && !pc.toks[v-1].cap && v-i <= 3 &&
		(pc.word(i) == "the" || pc.isNameWord(i) && pc.toks[pc.runEnd(i)-1].poss && pc.runEnd(i) == v-1) && h != "" {
		return true // "but the campaign denied", "but Fiorina's team denied"
	}
	if (pc.word(i) == "a" || pc.word(i) == "an") && (pc.word(i-1) != "and" || pc.word(i-2) == ",") && pc.has(v-1, wRole) && !pc.toks[v-1].cap && pc.plainPhrase(i+1, v-1) {
		return true // ", and a Calloway spokesman acknowledged", "but a senior administration official said" (not "a nurse and an attending physician told")
	}
	if pc.isNameWord(i) && pc.runEnd(i) == v-1 && pluralOfPeople(pc.word(v-1)) {
		return true // "and Senate aides said", "but Clinton aides say"
	}
	if v-i == 1 && groupPronouns[pc.word(i)] {
		return true // "and others have said"
	}
	return pc.isNameWord(i) && pc.runEnd(i) == v || pc.isShare(i, v) // "and one in four said"
}

// plainPhrase reports words [i, j) with no punctuation, cue, preposition
// or verb's helper: the modifiers of one noun.
func (pc *pctx) plainPhrase(i, j int) bool {
	for k := i; k < j; k++ {
		if t := pc.toks[k]; t.kind != tWord || t.poss || t.has(wPrep|wFunction|wDeterminer) || pc.isCue(k) {
			return false
		}
	}
	return true
}

// rolesBeforeName reports words [i, v) that are a name run ending at v
// with a role's words before it: capitalised, or a lower-case role.
func (pc *pctx) rolesBeforeName(i, v int) bool {
	k := pc.nameStart(v-1, i)
	if k <= i || pc.runEnd(k) != v {
		return pc.runEnd(i) == v // one run: "Bloc Québécois MP Sylvie Ouellet"
	}
	for x := i; x < k; x++ {
		t := pc.toks[x]
		if t.kind != tWord || pc.has(x, wPrep|wFunction|wDeterminer) || verbLike(t) || finiteVerbs[t.low] || pc.isCue(x) || !t.cap && !pc.has(x, wRole) && x != k-1 && !pc.has(x+1, wRole) {
			return false
		}
	}
	return true
}

// openingSubordinator is the subordinator opening the sentence at s, after
// a joining word and "even" ("But even as Trump claimed …,"), or -1.
func (pc *pctx) openingSubordinator(s int) int {
	if joiningWords[pc.word(s)] {
		s++
	}
	if pc.word(s) == "even" && pc.has(s+1, wSubordinator) {
		s++
	}
	if pc.has(s, wSubordinator) {
		return s
	}
	return -1
}

// afterOpeningClause reports the comma at k closing a clause that opens
// the sentence with a subordinator, and a name from there to the cue at
// v: "While Comey has said that …, Lewandowski said …" is his.
func (pc *pctx) afterOpeningClause(k, v int) bool {
	s := pc.openingSubordinator(pc.sentOf[v])
	if s < 0 || v-k-1 < 1 {
		return false
	}
	if pc.word(k+1) == "one" && pc.oneOfEnd(k+1, v) > k+2 && pc.nounsOnly(k+1, v) {
		return pc.noCommaBetween(s, k) // "…, one of the former prosecutors for David Petraeus said"
	}
	if v-k-1 > 4 {
		return false
	}
	if !pc.noCommaBetween(s, k) {
		return false // "While in Ohio, she said that …, Kasich said": not one clause
	}
	if v-k == 2 && groupPronouns[pc.word(k+1)] {
		return true // "Although Reynolds says …, others argue …"
	}
	if isDefinite(pc.word(k+1)) && v-k <= 4 && (pc.has(v-1, wRole) || pc.is(v-1, mMoreRoleNoun)) {
		return true // "When the moderator pointed out …, the candidate said …"
	}
	return pc.isNameWord(k+1) && pc.runEnd(k+1) == v // a name: "he" here is likelier the opening clause's speaker
}

// nounsOnly reports words only in [i, v), none a verb or a cue: one noun
// phrase ("one of the former prosecutors for David Petraeus").
func (pc *pctx) nounsOnly(i, v int) bool {
	for x := i; x < v; x++ {
		if pc.toks[x].kind != tWord || verbLike(pc.toks[x]) || pc.isCue(x) {
			return false
		}
	}
	return true
}

// noCommaBetween reports no comma in (s, k): one opening clause.
func (pc *pctx) noCommaBetween(s, k int) bool {
	for x := s + 1; x < k; x++ {
		if pc.word(x) == "," {
			return false
		}
	}
	return true
}

// groupPronouns stand for people as a clause's whole subject: "others
// say", "many argue".
var groupPronouns = setOf(`others some many most few`)

var clauseJoint = map[string]bool{",": true, ";": true, "while": true, "whereas": true, "and": true, "but": true,
	"after": true, "before": true, "when": true, "once": true, "although": true, "though": true} // the last six as clauseStart splits at them

// negated reports a cue verb after "not" or "never": nothing was said.
func (pc *pctx) negated(v, s int) bool {
	for j := v - 1; j >= s && j >= v-3; j-- {
		w := pc.word(j)
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true // "wouldn't say", "didn’t mention"
		}
		switch w {
		case "not", "never", "without", "cannot":
			return true // "without asking Mr. Mitchell first", "cannot say"
		case "did", "does", "do", "has", "have", "had", "would", "could", "will":
			continue
		}
		return false
	}
	return false
}

// wouldNotSayWhich reports "say", "tell", "disclose" or "specify" at v with
// a question word after it ("wouldn't say when, or if, the Senate will
// vote", "would not say whether"): a refusal whose question is reported,
// as hand annotation reads it, unlike "did not say anything".
func (pc *pctx) wouldNotSayWhich(v, n int) bool {
	switch pc.word(v) {
	case "say", "tell", "disclose", "specify":
	default:
		return false
	}
	k := v + n
	if pc.word(k) == "," {
		k++
	}
	return refusedQuestions[pc.word(k)]
}

// refusedQuestions open what a refusal to say leaves unanswered.
var refusedQuestions = setOf(`when whether if how why what who where which`)

// clauseStart finds where a new clause holding cue v begins: after the last
// comma, semicolon or "while" since the previous cue, with no "that" or
// "whether" making it part of that cue's content. 0 means no new clause.
func (pc *pctx) clauseStart(v, prevCue int) int {
	prevCue = max(prevCue, v-window)
	for k := v - 1; k > prevCue; k-- {
		if w := pc.word(k + 1); (w == "a" || w == "an") && wordsNouns[pc.word(k+2)] && (pc.word(k) == "," || pc.toks[k].kind == tQuote && pc.quoteEndsInComma(k)) {
			return k + 1 // "…“at this time,” a phrase the union's president later described as “…”": hers, a clause of its own
		}
		switch pc.word(k) {
		case "which", "whom":
			if _, pron := pronounGender(pc.word(k + 1)); pron && k+2 == v || pc.isNameWord(k+1) && pc.runEnd(k+1) == v {
				if pc.has(k-1, wPrep) {
					return k - 1 // "…, noting her comments in which she said …" (or "Ana Ruiz said"): the clause starts at "in which"
				}
				return k
			}
		case "and", "but", "whereas":
			if subjectPronouns[pc.word(k-1)] {
				continue // "Cruz said both he and Rubio promised …": one subject of two
			}
			if pc.subjectOpensClause(k, v) {
				return k + 1 // "Cruz accuses Obama of … and Donald Trump says …"
			}
		case "—", "–", "-", "--":
			if w := pc.word(k + 1); (w == "but" || w == "and") && !pc.subordinateBetween(prevCue, k) {
				return k + 1 // "Clinton proposed a debate on April 4 - but the Sanders campaign rejected …", as after a comma
			}
			if i := k + 1; v-i == 1 && groupPronouns[pc.word(i)] || pc.isNameWord(i) && pc.runEnd(i) == v && pc.sentOf[v] < k-4 && pc.openingSubordinator(pc.sentOf[k]) >= 0 {
				return k + 1 // "While some friends say … - an old favorite - others say …"
			}
		case "after", "before", "when", "once", "although", "though": // (not "until", "because": "Sims says he was riding the fence until Haley said …" is all his)
			if pc.subordinateSubject(k, v) && !pc.subordinateBetween(prevCue, k) {
				return k + 1 // "Kasich is assuring voters after a woman in Worcester told him …": hers
			}
		case ",", ";", "while":
			if pc.dateComma(k) || pc.placeComma(k) || pc.word(k) == "," && pc.coordinateAdjective(k, prevCue+1) || isDigitStart(pc.word(k-1)) && isDigitStart(pc.word(k+1)) && pc.toks[k+1].start == pc.toks[k].end {
				continue // "in an Aug. 8, 2015, affidavit that she said …", "a woman in Worcester, Massachusetts, told": a date's or a place's commas
			}
			if pc.subjectOpensClause(k+1, v) || pc.word(k) == "while" && pc.subjectOpensClause(k, v) || pc.word(k) == "," && pc.afterOpeningClause(k, v) ||
				pc.word(k) == "," && pc.mainClauseStart(pc.sentOf[v], v) == k+1 {
				return k + 1 // "X warned that …, and Ms. Acosta said …": a new speaker's clause
			}
			if r := pc.whoseAsideBefore(k, pc.sentOf[v]); k == v-1 && r >= 0 && r < prevCue {
				return k + 1 // "X, whose party has long argued that …, said …": X's own clause after the aside
			}
			if pc.subordinateBetween(prevCue, k) || pc.adverbialAfterCue(prevCue, k) {
				return 0 // (also "He claimed at one point, a supporter asked …": his, the phrase of time opens what he said)
			}
			return k + 1
		}
	}
	return 0
}

// subordinateSubject reports words between a subordinator at k and the cue
// at v that can be the cue's subject alone: a name or someone indefinite,
// a place after a comma, no verb.
func (pc *pctx) subordinateSubject(k, v int) bool {
	if v-k < 2 || v-k > 10 || pc.word(v+1) == "to" {
		return false // (not "until it agrees to change course": a condition, not a report)
	}
	if w := pc.word(k + 1); w != "a" && w != "an" && w != "one" && w != "another" && !(pc.isNameWord(k+1) && !pc.has(k+1, wDeterminer)) {
		return false // someone new or named; "the billionaire developer" is read with the clause before
	}
	for x := k + 1; x < v; x++ {
		t := pc.toks[x]
		if t.low == "," || t.low == "." && endsAbbreviation(pc.toks[x-1]) {
			continue
		}
		if t.kind != tWord || verbLike(t) || finiteVerbs[t.low] || finiteAux[t.low] || pc.isCue(x) {
			return false
		}
	}
	return true
}

// adverbialAfterCue reports a short phrase of time between the cue at c
// and the comma at k: "claimed at one point,", "said on Monday,".
func (pc *pctx) adverbialAfterCue(c, k int) bool {
	if c < 0 {
		return false
	}
	_, n := pc.cueAt(c)
	i := c + max(n, 1)
	if k-i < 1 || k-i > 4 {
		return false
	}
	if pc.has(i, wPrep) && !pc.saysWhen(i) {
		i++ // "at one point", "in 2014"
	}
	timed := false // a word of time itself, not "this" alone ("would ever admit this, but …")
	for x := i; x < k; x++ {
		w := pc.word(x)
		if !pc.saysWhen(x) && !isDigitStart(w) && w != "one" && w != "point" && w != "the" && w != "a" {
			return false
		}
		timed = timed || pc.has(x, wCalendar|wTime) || isDigitStart(w) || w == "point"
	}
	return timed
}

// subordinateBetween reports "that", "whether" or "if" in (i, k): what
// follows is inside the earlier cue's clause.
func (pc *pctx) subordinateBetween(i, k int) bool {
	for x := i + 1; x < k; x++ {
		if w := pc.word(x); w == "that" || w == "whether" || w == "if" {
			return true
		}
	}
	return false
}

// dateComma reports a comma at k inside a date: "Aug. 8, 2015, affidavit".
func (pc *pctx) dateComma(k int) bool {
	return pc.word(k) == "," && (isDigitStart(pc.word(k-1)) && isYear(pc.word(k+1)) || isYear(pc.word(k-1)) && pc.word(k-2) == "," && isDigitStart(pc.word(k-3)))
}

// placeComma reports a comma that sets off a state after a town:
// either comma of "Worcester, Massachusetts,".
func (pc *pctx) placeComma(k int) bool {
	if pc.word(k) != "," || !pc.isNameWord(k-1) {
		return false
	}
	state := func(i int) bool { // a place's name from i, then a comma
		r := pc.runEnd(i)
		return pc.isNameWord(i) && pc.word(r) == "," && isPlaceEntityWord(strings.ToLower(pc.p.text[int(pc.toks[i].start):int(pc.toks[r-1].end)]))
	}
	if state(k + 1) {
		return true
	}
	i := pc.nameStart(k-1, 0)
	return i > 1 && pc.word(i-1) == "," && pc.isNameWord(i-2) && state(i)
}

// addingAfterFrame reports the clause a participle adds after a framed
// quotation ("“…,” Ana Ruiz said, adding that the strike would go ahead"),
// as the frame's speaker's reported statement.
func (pc *pctx) addingAfterFrame(s, end int) []model.Statement {
	f := pc.firstFramed(s, end)
	if pc.framedAt(f) == nil {
		return nil
	}
	from := s
	if w := pc.word(s); w == "asked" || w == "when" && pc.word(s+1) == "asked" {
		for k := s + 1; k < f && k < s+30; k++ {
			if pc.word(k) == "," {
				from = k + 1 // "Asked by one farmer whether …, Halvorsen said, “…,” adding that …": the question is no clause of the frame's
				break
			}
		}
	}
	for v := f + 1; v < end && v < f+window; v++ {
		w := pc.word(v)
		if pc.quoteEndsInComma(v) && v > f+1 && !pc.hasCueIn(from, f) {
			// "said, “…,” promising …", "told the hosts of “Morning Joe,”
			// adding …": the comma inside the marks (not after a clause of
			// its own, which the frame's other rules report)
			w = ","
		}
		if w != "," && w != "and" && !(v == f+1 && gerundPreps[w]) {
			continue // ", adding that …", or right after the cue: "responded before adding that …"
		}
		if w == "and" && (v == f+1 || pc.toks[v-1].kind != tQuote) {
			continue // "… “What a Super Tuesday!” and said that …", not "said and …"
		}
		adding := (w == "and" || strings.HasSuffix(pc.word(v+1), "ing")) && pc.isCue(v+1) &&
			(pc.word(v+2) == "that" || speechCues[pc.toks[v+1].cueLemma()] && pc.wordsIn(v+2, end) >= 3)
		who := pc.word(v+1) == "who" && speechCues[pc.cueLemmaAt(v+2)] && pc.wordsIn(v+3, end) >= 2 // ", who said he left on good terms"
		though := w == "," && concessives[pc.word(v+1)] && pc.samePerson(pc.word(v+2), pc.framedAt(f)) && pc.isCue(v+3) &&
			(pc.word(v+1) != "but" || pc.clauseAfterFrame(f, end) == 0) &&
			(pc.word(v+4) == "that" || speechCues[pc.toks[v+3].cueLemma()] && pc.wordsIn(v+4, end) >= 3) // ", though he added that …"
		if adding || who || though {
			a, b := int(pc.toks[v+1].start), int(pc.toks[end-1].end)
			text := strings.TrimRight(pc.p.text[a:b], " ")
			return []model.Statement{{Paragraph: pc.p.num, Kind: model.KindReported, Text: text, Cue: pc.word(v + 1),
				Start: a, End: a + len(text), SpeakerIndex: pc.framedAt(f).id}}
		}
	}
	return nil
}

// thatSoon reports "that" or a colon within a few words from i, before
// any other clause: "testified Thursday that", "testified, for example,
// that".
func (pc *pctx) thatSoon(i, end int) bool {
	for k := i; k < end && k < i+10; k++ { // "testified in his own defence in the spring that"
		if w := pc.word(k); w == "that" || w == ":" {
			return true
		}
		if pc.isCue(k) || pc.word(k) == "." || finiteVerbs[pc.word(k)] {
			return false
		}
	}
	return false
}

// passiveAux are the forms of "be" before a passive participle.
var passiveAux = setOf(`was were been be is are being`)

// prizes are what a candidate claims by winning: "claim the nomination".
var prizes = setOf(`nomination prize title seat crown mantle spot throne trophy`)

// concessives join a second clause of the same speaker after a quotation's
// frame: "…,” said Reince Priebus, though he added that …" ("but he said"
// where clauseAfterFrame does not read it already).
var concessives = setOf(`though although while but`)

// samePerson reports a pronoun w that may stand for e: he or she of e's
// gender, or of a gender not known.
func (pc *pctx) samePerson(w string, e *entity) bool {
	g, ok := pronounGender(w)
	return ok && (w == "he" || w == "she") && e != nil && !e.org && (e.gender == unknownGender || e.gender == g)
}

// speechCues are the cues that report words whatever follows them: a
// participle or relative clause after a quotation's frame is speech with
// them ("…,” she said, adding the strike would go ahead), but not with
// "referring to", "declined to give" or "who writes about".
var speechCues = map[string]bool{"say": true, "tell": true, "add": true, "note": true, "argue": true,
	"insist": true, "explain": true, "warn": true, "claim": true, "assert": true, "stress": true,
	"urge": true, "predict": true, "acknowledge": true, "suggest": true, "contend": true, "admit": true,
	"deny": true, "complain": true, "concede": true, "recall": true, "state": true, "declare": true,
	"announce": true, "reply": true, "respond": true, "ask": true, "confirm": true, "agree": true,
	"promise": true, "vow": true, "pledge": true, "caution": true, "allege": true, "emphasise": true,
	"emphasize": true, "reiterate": true, "testify": true, "point out": true, "call": true, "accuse": true,
	"criticize": true, "criticise": true, "demand": true, "describe": true, "praise": true, "blame": true}

// invertible cues may stand before their subject after what was said:
// "…, said several observers."
var invertible = map[string]bool{"say": true, "add": true, "write": true, "ask": true, "explain": true,
	"note": true, "argue": true, "continue": true, "reply": true, "insist": true, "recall": true,
	"warn": true, "tweet": true, "report": true, "respond": true, "conclude": true, "state": true,
	"observe": true, "remark": true, "comment": true, "admit": true, "acknowledge": true, "concede": true,
	"counter": true, "predict": true, "declare": true, "announce": true, "claim": true, "complain": true,
	"suggest": true, "caution": true, "contend": true, "maintain": true}

// cueLemmaAt is the cue lemma of token i, "" when it is none.
func (pc *pctx) cueLemmaAt(i int) string {
	l, _ := pc.cueAt(i)
	return l
}

// wordsIn counts the words in [i, end), up to a few.
func (pc *pctx) wordsIn(i, end int) int {
	n := 0
	for k := i; k < end && n < 4; k++ {
		if pc.toks[k].kind == tQuote {
			return 0 // a quotation: the quotation rules have it
		}
		if pc.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// firstFramed returns the first cue in [s, end) that frames a whole
// quotation, or -1.
func (pc *pctx) firstFramed(s, end int) int {
	if len(pc.framed) == 0 {
		return -1 // no cue of the paragraph framed a quotation: most paragraphs
	}
	for v := s; v < end; v++ {
		if pc.isFramed(v) {
			return v
		}
	}
	return -1
}

// relativeFrame reports a framing cue at f inside a relative clause, with
// the sentence's own cue after it and no quotation in between: in "The
// “dirty tricks” that Carson accused Cruz of … are not on the same level,
// the candidate said" the sentence is the candidate's.
func (pc *pctx) relativeFrame(f, end int) bool {
	rel := false
	for k := f - 1; k >= 0 && k >= f-3; k-- {
		if w := pc.word(k); w == "that" || w == "which" {
			rel = true
		}
	}
	if !rel {
		return false
	}
	for k := f + 1; k < end; k++ {
		if pc.toks[k].kind == tQuote {
			return false
		}
		if pc.isCue(k) && pc.word(k-1) != "to" {
			return true
		}
	}
	return false
}

// clauseAfterFrame finds a clause with a cue of its own after the framing
// cue at f: ", but he said …", "and he added that …"; 0 when none.
func (pc *pctx) clauseAfterFrame(f, end int) int {
	for i := f + 1; i < end && i < f+window; i++ {
		if pc.toks[i].kind == tQuote {
			return 0
		}
		if pc.word(i) == "who" && pc.word(i-1) == "," {
			for v := i + 1; v < end && v <= i+4; v++ {
				if pc.isCue(v) {
					return i // "“…,” said Bob Mulholland, who has accused Sanders supporters of …": his accusation too
				}
			}
		}
		if w := pc.word(i); w != "but" && w != "and" && w != "while" && w != "whereas" {
			continue // ("“…,” she warned, while MacPhail-Yuen said …")
		}
		for v := i + 1; v < end && v <= i+9; v++ {
			if pc.isCue(v) {
				if pc.subjectOpensClause(i, v) {
					return i + 1
				}
				break
			}
		}
	}
	return 0
}

// saysSomething checks that the cue verb at v reports content: a clause or
// object after it, or a quotation it governs.
func (pc *pctx) saysSomething(v, n, end int, lemma string) bool {
	words := 0
	hasQuote := false
	for i := v + n; i < end && i < v+n+window; i++ {
		switch pc.toks[i].kind {
		case tWord:
			words++
		case tQuote:
			hasQuote = true
		}
	}
	if lemma == "add" && pc.word(v+1) == "up" || strings.HasSuffix(pc.word(v), "ed") && (isDigitStart(pc.word(v-1)) && !strings.HasSuffix(pc.word(v-1), "-old") || pc.has(v-1, wDeterminer) && !pc.jointAfterSubject(v-1) || pc.beforeNoun(v) ||
		ordinals[pc.word(v-1)] && pc.has(v-2, wDeterminer) && pc.adjectiveBefore(v+1)) { // (and "a second proposed plaintiff", but "a third agreed with")
		return false // "add up to", "4,051 pledged delegates", "the stated aim": no one speaks (but "the 51-year-old confirmed")
	}
	if w := pc.word(v + n); (w == "that" || w == "this" || w == "so") && pc.word(v+n+1) == "," && (pc.word(v-1) == "having" || v == pc.sentOf[v]) {
		return false // "Having said that, …": a stock phrase (but "Trump said that, if elected, he …")
	}
	if !hasQuote && lemma != "say" && lemma != "tell" && words >= 2 && pc.word(v+n) == "for" && pc.timeOnlyAfter(v+n+1, end) && !pc.hasCommaBefore(v) {
		return false // "spending cuts conservatives have demanded for months": a time, nothing demanded in words
	}
	if lemma == "agree" && pc.word(v+n) == "to" {
		return false // "the two had agreed to keep talking", "agreed to the terms": a deal, not words
	}
	if lemma == "tell" && pc.word(v-1) == "all" && pc.word(v+1) == "," {
		return false // "All told, super PACs spent …": in all
	}
	if w := pc.word(v + n); w == "for" && strings.HasSuffix(pc.word(v), "ed") && judgingCues[lemma] && !pc.isNameWord(v-1) && !isPronounWord(pc.word(v-1)) {
		return false // "Perez is more experienced and lauded for his effectiveness": praised, not praising
	}
	if w := pc.word(v + n); (lemma == "laugh" || lemma == "shrug") && (w == "off" || pc.word(v+n+1) == "off") {
		return false // "tried to laugh it off", "shrugged off the question": dismissing, not saying
	}
	if w := pc.word(v + n); lemma == "thank" && pc.word(v) == "thanks" && (w == "to" || w == "in" && pc.word(v+n+1) == "part" || w == "largely" || w == "partly" || w == "mostly") {
		return false // "thanks to an early decision": because of, no one thanks
	}
	if w := pc.word(v + n); lemma == "pledge" && (w == "delegates" || w == "delegate") {
		return false // "a lead in pledged delegates"
	}
	if lemma == "testify" && !hasQuote && !pc.thatSoon(v+n, end) && !pc.clauseFollows(v+n, end) {
		return false // "Clinton testified before the panel last fall": appearing, no words reported
	}
	if lemma == "declare" && pc.word(v) == "declared" && (passiveAux[pc.word(v-1)] || isAdverb(pc.word(v-1)) && passiveAux[pc.word(v-2)]) {
		return false // "was (officially) declared the winner": declared by others
	}
	if w := pc.word(v + n); (lemma == "respond" || lemma == "react") && w == "by" && strings.HasSuffix(pc.word(v+n+1), "ing") && !pc.isCue(v+n+1) {
		return false // "Beijing responded by sidestepping Moscow": a deed (but "responded by saying")
	}
	if lemma == "confirm" && pc.confirmsAppointee(v+n, end) {
		return false // "confirming Halvorsen's Cabinet nominees": a vote on them, no words reported
	}
	if lemma == "claim" && (pc.has(v+n, wDeterminer) || ownerWords[pc.word(v+n)]) && prizes[pc.word(v+n+1)] && !finiteVerbs[pc.word(v+n+2)] {
		return false // "to claim the nomination", "claimed the prize": winning it, not saying
	}
	if lemma == "point to" && pc.word(v-1) == "signs" {
		return false // "all signs point to …"
	}
	if lemma == "tell" && pc.word(v-1) == "will" && pc.word(v-2) == "time" {
		return false // "Only time will tell if …": no one tells
	}
	if w := pc.word(v + n); lemma == "add" && w == "to" || lemma == "boast" && (w == "a" || w == "an" || w == "the" || w == "just" || w == "only" ||
		w == "more" || w == "some" || w == "one" || isDigitStart(w) || numberWords[w]) {
		return false // "is adding to her delegate lead", "She boasts a 45-point lead": having, not saying
	}
	if lemma == "add" && pc.countFollows(v+n) {
		return false // "the U.S. added around 292,000 jobs": a count grows, no one speaks
	}
	if lemma == "say" && pc.word(v-1) == "to" && idiomBeforeSay[pc.word(v-2)] {
		return false // "it's safe to say", "needless to say": no one says it
	}
	if lemma == "say" && pc.word(v-1) == "to" && (pc.word(v-2) == "little" || pc.word(v-2) == "nothing") {
		return false // "Lewandowski had little to say": nothing said
	}
	if w := pc.word(v + n); strings.HasSuffix(pc.word(v), "s") && (w == "are" || w == "were") {
		return false // "similar disputes are common": a plural noun, the subject of its own clause
	}
	if (lemma == "state" || lemma == "remark" || lemma == "comment") && !pc.nounCueIsVerb(v) {
		return false // "swept seven out of 11 states", "the size of the state": the noun
	}
	if w := pc.word(v + n); lemma == "plead" && (w == "guilty" || w == "not" || w == "no" || w == "innocent") {
		return false // "pleaded guilty to mishandling documents": a plea, not words reported
	}
	if lemma == "challenge" && !pc.objectThenInfinitive(v+n, end) {
		return false // "challenging McCain for the seat", "the challenges": only "challenged his players to look …" reports words
	}
	if lemma == "call for" && pc.word(v-1) == "to" && pc.word(v-2) == "close" {
		return false // "too close to call for hours": a race, not words
	}
	if lemma == "question" && questionedWhat(pc.toks, v+n) {
		return true // "questioned his sincerity", "are questioning whether"
	}
	if lemma == "describe" && pc.describes(v, n, end) {
		return true // "described the meeting", "described how …", "described X as Y"
	}
	if wordIs(lemma, mAsCue) {
		return pc.asFollows(v+n, end) // "casts Trump as a former liberal who would “unravel” …"
	}
	if lemma == "call" && pc.callsSomething(v+n, end) {
		return true // "called the plan a disaster", "described the move as a breach"
	}
	if words == 0 && !hasQuote && trailingFrames[lemma] && pc.hasCommaBefore(v) && pc.wordsBefore(v) >= 6 {
		return true // "…, the agency reported."
	}
	if !hasQuote && (lemma == "report" || lemma == "write" || lemma == "rule") && pc.hasCommaBefore(v) && pc.wordsBefore(v) >= 6 && pc.onlyWhenAfter(v+n, end) {
		return true // "…, the University of Michigan reported last week.", "…, the Post reported, citing a source.", "…, the Supreme Court ruled Friday."
	}
	if pc.asSource(v, n) {
		return true // "As the Post reported, …", "as reported by the Times"
	}
	if wordIs(lemma, mThatCue) {
		return pc.word(v+n) == "that" || pc.word(pc.skipWhen(v+n, end)) == "that" || splitThat(pc.toks, v+n) || lemma == "rule" && pc.word(v) == "ruled" && pc.word(v+n) == "the" && rulingClauseAfter(pc.toks, v+n+1) ||
			lemma == "rule" && rulingPhraseThat(pc.toks, v+n) || // "ruled in 2014 that …"
			lemma == "rule" && pc.word(v) == "ruling" && pc.word(v-1) == "," && pc.has(v+n, wDeterminer) // "…, ruling the department never explained …"
	}
	if lemma == "remind" {
		return pc.thatAfterObject(v+n, end) // "reminded jurors that …", not "reminds me of Lincoln"
	}
	if wordIs(lemma, mFrameOnly) {
		if pc.word(v+n) == ":" && pc.wordsIn(v+n+1, end) >= 3 {
			return true // "Hewitt writes: The movie mentions neither …": what follows the colon is written
		}
		reach := 6
		if w := pc.word(v + n); (w == "in" || w == "on") && pc.has(v+n+1, wDeterminer) && (docNouns[pc.word(v+n+2)] || docNouns[pc.word(v+n+3)] && pc.toks[v+n+2].kind == tWord) {
			reach = 12 // "wrote in a post on social media Tuesday night that …", "wrote in a blog post last week that"
		}
		for i := v + n; i < end && i < v+n+reach; i++ {
			if pc.word(i) == "that" && !(i > v+n && pc.has(i-1, wPrep)) {
				return true // wrote on Facebook that …, but not "laughs at that"
			}
			if i > v+n && pc.isNameWord(i) && pc.has(i-1, wPrep) {
				if r := pc.runEnd(i); r > i+1 && r < end && pc.word(r) == "that" {
					return true // "joked to Federal Reserve Chair Janet Yellen that …": a long name, then what was said
				}
			}
			if pc.toks[i].kind != tWord || i > v+n && pc.isNameWord(i) && !pc.has(i-1, wPrep) {
				break
			}
		}
		if aboutCues[lemma] && pc.word(v+n) == "about" && pc.wordsIn(v+n+1, end) >= 1 {
			return true // "wrote about the account", "joked about moving"
		}
		if clauseCues[lemma] && pc.clauseFollows(v+n, end) {
			return true // "The Post reports Clinton's last press conference was held …"
		}
		return hasQuote && words > 0
	}
	if _, pron := pronounGender(pc.word(v + n)); lemma == "maintain" && pc.word(v+n) != "that" && !pron {
		return false // "maintains a wide lead", but "maintained that", "maintains he"
	}
	if lemma == "decline" && pc.word(v+n) == "to" && !declinedAct[pc.word(v+n+1)] {
		return false // "fees declined to $281 million", "declined to run"
	}
	if words < 2 && (pc.word(v-1) != "," || pc.nameInAsideBefore(v-1)) { // "…, a spokeswoman, Anna White, said."
		// "…, the authority said.": what was said stands before the cue
		least := 6
		if (lemma == "say" || lemma == "tell") && pc.word(v+n) == "." {
			least = 4 // "No one was arrested, police said."
		}
		if pc.wordsSaidBefore(v) >= least && pc.hasCommaBefore(v) {
			return true
		}
	}
	return words >= 2 || hasQuote
}

// confirmsAppointee reports a nominee or an appointment as the object from
// i, within four words and with no verb between: what a chamber confirms
// by its vote.
func (pc *pctx) confirmsAppointee(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		t := pc.toks[k]
		if t.kind != tWord || t.low == "that" || finiteVerbs[t.low] {
			return false
		}
		if appointees[t.low] {
			return true
		}
	}
	return false
}

// appointees are whom a legislature confirms.
var appointees = setOf(`nominee nominees nomination nominations appointee appointees appointment appointments pick picks`)

// adjectiveBefore reports a word at k that a participle before it may
// qualify: a plain lower-case word, no preposition, article or "that".
func (pc *pctx) adjectiveBefore(k int) bool {
	if k >= len(pc.toks) {
		return false
	}
	t := pc.toks[k]
	return t.kind == tWord && !t.cap && !t.has(wPrep|wFunction|wDeterminer) && t.low != "that" && !verbLike(t)
}

// timeOnlyAfter reports only words of time from i to the sentence's end:
// "(for) months", "(for) two years".
func (pc *pctx) timeOnlyAfter(i, end int) bool {
	unit := false
	for k := i; k < end; k++ {
		t := &pc.toks[k]
		unit = unit || timeUnits[t.low] || t.has(wTime)
		if t.kind == tWord && !t.has(wTime|wCalendar) && !isDigitStart(t.low) && !numberWords[t.low] && !timeUnits[t.low] && t.low != "more" && t.low != "than" {
			return false
		}
	}
	return unit // (but "asked for four": a sentence, no time)
}

// nameInAsideBefore reports a name closing the comma-fenced stretch that
// ends at comma c, or standing before it: "…, a spokeswoman, Anna White,"
// and "…, Tomas Berg, a spokesman," both name the cue's subject.
func (pc *pctx) nameInAsideBefore(c int) bool {
	if pc.isNameWord(c - 1) {
		return true
	}
	for k := c - 1; k > c-10 && k > pc.sentOf[c]; k-- {
		if pc.toks[k].kind != tWord {
			return pc.word(k) == "," && pc.isNameWord(k-1)
		}
	}
	return false
}

// quoteEndsInComma reports a quotation token at i whose words end with a
// comma inside the marks: the comma closes the clause around it.
func (pc *pctx) quoteEndsInComma(i int) bool {
	return i >= 0 && i < len(pc.toks) && pc.toks[i].kind == tQuote &&
		strings.HasSuffix(strings.TrimRight(pc.quoteText(int(pc.toks[i].q)), " "), ",")
}

// wordsSaidBefore counts the words of v's sentence before it, a
// quotation's words among them ("Obama “felt a moral obligation” to act,
// Axelrod said"), up to a window.
func (pc *pctx) wordsSaidBefore(v int) int {
	n := 0
	for i := max(pc.sentOf[v], v-window); i < v; i++ {
		switch pc.toks[i].kind {
		case tWord:
			n++
		case tQuote:
			n += wordCount(pc.quoteText(int(pc.toks[i].q)))
		}
	}
	return n
}

// declinedAct are what one declines to do in words: "declined to comment".
var declinedAct = map[string]bool{"comment": true, "discuss": true, "say": true, "answer": true,
	"elaborate": true, "respond": true, "specify": true, "confirm": true, "name": true, "identify": true,
	"provide": true, "disclose": true, "talk": true, "speak": true, "reveal": true, "detail": true,
	"address": true, "explain": true, "give": true, "offer": true, "endorse": true, "criticize": true,
	"criticise": true, "rule": true, "predict": true, "characterize": true, "characterise": true}

// trailingFrames are the frame-only cues that may close a sentence of
// reported speech ("…, the agency reported."); "…, it has just begun" is
// no cue.
var trailingFrames = map[string]bool{"report": true, "write": true, "tweet": true, "post": true, "rule": true}

// beforeNoun reports an -ed cue used as an adjective after a quantifier:
// "more pledged delegates", where a plural noun follows with nothing said
// after it.
func (pc *pctx) beforeNoun(v int) bool {
	n := pc.toks[min(v+1, len(pc.toks)-1)]
	if v+1 >= len(pc.toks) || n.kind != tWord || n.cap || !strings.HasSuffix(n.low, "s") || n.has(wFunction|wPrep|wDeterminer) {
		return false
	}
	if !quantifiers[pc.word(v-1)] {
		return false // "warned lawmakers", "stressed concerns": a verb and its object
	}
	switch pc.word(v + 2) {
	case "that", "to", "of", "about", "on", "whether", ":", ",":
		return false
	}
	return true
}

// idiomBeforeSay make "to say" an idiom of the writer's: "safe to say",
// "needless to say", "that is to say".
var idiomBeforeSay = map[string]bool{"safe": true, "fair": true, "needless": true, "suffice": true,
	"hard": true, "difficult": true, "impossible": true, "is": true, "sad": true, "strange": true, "odd": true}

// nounCueIsVerb reports a cue that is also a noun ("states", "remarks",
// "comment") used as a verb at v: before "that", a colon or a quotation,
// or after a pronoun or a document ("It states", "the report states").
// Past forms ("stated", "remarked") are always verbs.
func (pc *pctx) nounCueIsVerb(v int) bool {
	if w := pc.word(v); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return true
	}
	p := pc.word(v - 1)
	if n := pc.word(v + 1); n == ":" || pc.toks[min(v+1, len(pc.toks)-1)].kind == tQuote {
		return true
	}
	if pc.word(v+1) == "that" && !(v > 0 && pc.toks[v-1].kind == tWord && !pc.toks[v-1].cap && !wordIs(p, mDocHead|mStatementWord) && !pc.has(v-1, wOrgHead) && p != "it" && p != "law" && p != "constitution") {
		return true // "the report states that" (but "in swing states that Republicans lost": the noun)
	}
	if _, ok := pronounGender(p); ok && v > 0 && !pc.toks[v-1].poss {
		return true
	}
	return p == "it" || wordIs(p, mDocHead|mStatementWord) || p == "law" || p == "constitution"
}

// questionedWhat reports what "question" as a verb takes: a question
// ("whether …") or what is doubted ("his sincerity", "the science").
func questionedWhat(toks []token, i int) bool {
	if i >= len(toks) || toks[i].kind != tWord {
		return false
	}
	switch toks[i].low {
	case "whether", "why", "how", "what", "the", "his", "her", "their", "its":
		return true
	}
	return toks[i].poss
}

// callsSomething reports "call" naming its object something: "called the
// incident a reason", "calls himself a socialist", "called Acme unpatriotic";
// not "called the police to the scene" or "called a meeting for Monday".
func (pc *pctx) callsSomething(i, end int) bool {
	k := pc.objectEnd(i, end)
	if k <= i || k >= end {
		return false
	}
	t := pc.toks[k]
	if t.kind == tQuote {
		return true
	}
	if t.kind != tWord || t.cap {
		return false
	}
	if t.low == "a" || t.low == "an" || t.low == "the" {
		return true
	}
	// an adjective: no function word, preposition or verb form
	if t.has(wFunction|wPrep|wDeterminer) || isAdverb(t.low) || t.has(wTime) || pc.isCue(k) ||
		strings.HasSuffix(t.low, "ing") {
		return false
	}
	n := k + 1
	return n >= end || pc.toks[n].kind != tWord || pc.has(n, wPrep) || coordinated(pc.word(n))
}

// objectEnd returns the index after the object noun phrase at i: a
// pronoun, a name, or a determiner and up to four words; i when none.
func (pc *pctx) objectEnd(i, end int) int {
	if i >= end || i >= len(pc.toks) {
		return i // "Call" alone, a web page's button: no object
	}
	switch w := pc.word(i); {
	case objectPronouns[w]:
		return i + 1
	case pc.isNameWord(i):
		return pc.runEnd(i)
	case pc.has(i, wDeterminer) || pc.toks[i].poss:
		k := i + 1
		for k < end && k < i+5 && pc.toks[k].kind == tWord && !pc.has(k, wDeterminer|wPrep|wFunction) {
			if pc.toks[k].poss {
				k++
				continue
			}
			k++
			if pc.toks[k-1].cap {
				continue
			}
			if k < end && pc.toks[k].kind == tWord && !pc.toks[k].cap && !pc.has(k, wDeterminer|wPrep|wFunction) && !isAdverb(pc.word(k)) {
				continue // "the nuclear deal": a noun after its modifier
			}
			break
		}
		return k
	}
	return i
}

var objectPronouns = map[string]bool{"him": true, "her": true, "it": true, "them": true, "himself": true,
	"herself": true, "itself": true, "themselves": true, "me": true, "us": true, "you": true, "this": true}

// describes reports "describe" as a verb of speech: with "X as Y", or
// with its object after a subject of its own ("Ruiz described the
// meeting", "described how …"), not the participle "the country described
// by the president".
func (pc *pctx) describes(v, n, end int) bool {
	i := v + n
	for k := i; k < end && k < i+10; k++ {
		if pc.word(k) == "as" {
			return k > i
		}
		if pc.toks[k].kind != tWord {
			break
		}
	}
	if w := pc.word(i); w == "by" || w == "" || pc.has(i, wPrep) && w != "how" {
		return false
	}
	if v == 0 {
		return false // "Describe said": no subject before the verb
	}
	p := pc.toks[v-1]
	return p.kind == tWord && (p.has(wAdverb) || p.cap || pc.isNameWord(v-1)) || pc.word(v-1) == "," && pc.word(i) != ","
}

// asFollows reports "as" after an object of one to eight words from i.
func (pc *pctx) asFollows(i, end int) bool {
	for k := i; k < end && k < i+9; k++ {
		if pc.word(k) == "as" {
			return k > i && k+1 < end
		}
		if pc.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// aboutCues are frame-only cues that report their topic after "about".
var aboutCues = map[string]bool{"write": true, "tweet": true, "post": true, "joke": true, "quip": true,
	"rave": true, "gush": true}

// clauseCues are frame-only cues that report a clause without "that":
// "reported the plant had closed", "wrote he would resign".
var clauseCues = map[string]bool{"report": true, "write": true, "tweet": true, "post": true,
	"recall": true, "observe": true, "answer": true, "question": true, "signal": true}

// clauseFollows reports a clause at i: a subject pronoun, or a finite verb
// within a few words ("the incident was under investigation"), or a
// gerund ("reported spending $6 million"); not a plain object ("reported a
// loss").
func (pc *pctx) clauseFollows(i, end int) bool {
	w := pc.word(i)
	if _, pron := pronounGender(w); pron && w != "it" || w == "there" || w == "they" || w == "we" || w == "i" {
		return true
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 && !pc.toks[i].cap {
		return true
	}
	if timeClauses[w] {
		return false // "live tweeted as Obama spoke": when, not what
	}
	for k := i + 1; k < end && k < i+7; k++ {
		if pc.toks[k].kind != tWord {
			return false
		}
		if finiteVerbs[pc.word(k)] || pastOnly[pc.word(k)] {
			return true
		}
		if pc.has(k, wPrep) || coordinated(pc.word(k)) || pc.word(k) == "but" {
			return false // "question Clinton but said …": the verb has an object, the clause is another's
		}
	}
	return false
}

// timeClauses open a clause of when or why, not of what was said.
var timeClauses = setOf(`as while because since although after before until`)

// pastOnly are past tenses that are no participle, so no object's
// modifier: "reported the email came hours after …".
var pastOnly = setOf(`took gave wrote went came ran spoke began knew saw threw drew grew rose became chose`)

var finiteVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true,
	"had": true, "have": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "did": true, "does": true, "should": true, "must": true}

// asSource reports a cue in an "as" clause that names a source, with a
// comma after it: "As the Post reported, …", "as first reported by the
// Times", ", as Reuters noted,".
func (pc *pctx) asSource(v, n int) bool {
	if w := pc.word(v - 1); (w == "as" || w == "first" && pc.word(v-2) == "as") && pc.word(v+n) == "by" {
		return true
	}
	k := v - 1
	for k > 0 && k > v-8 && pc.toks[k].kind == tWord && pc.word(k) != "as" {
		k--
	}
	if pc.word(k) != "as" || k == v-1 || k != pc.sentOf[v] && pc.word(k-1) != "," && pc.word(k-1) != "and" {
		return false
	}
	if w := pc.word(v + n); w != "," && w != "." {
		if w = pc.word(pc.skipTimeAfter(v+n, len(pc.toks))); w != "," && w != "." {
			return false // (a time may stand between: "As Ibbitson wrote last week, …")
		}
	}
	l, _ := pc.cueAt(v)
	return l != "go on" && l != "continue" && l != "begin" // "As the day went on,": time passing, no source
}

// hasCommaBefore reports a comma shortly before the subject of cue v.
func (pc *pctx) hasCommaBefore(v int) bool {
	reach := v - 6
	for k := v - 1; k >= pc.sentOf[v] && k >= reach; k-- {
		if pc.isNameWord(k) || pc.word(k) == "." && pc.isNameWord(k-1) && len(pc.word(k-1)) == 1 {
			reach-- // a long name does not hide the comma: "…, Treasury Secretary Jacob J. Lew said"
			continue
		}
		if pc.isCue(k) && !pc.toks[k].cap && (pc.word(k+1) == "the" || pc.isNameWord(k+1)) {
			return false // "X, the mayor, said the city agreed.": the comma sets off the mayor, and the city's cue is inside what he said
		}
		if pc.word(k) == "," && pc.coordinateAdjective(k, pc.sentOf[v]) {
			reach -= 2 // "the bespectacled, 71-year-old diplomat said": the phrase's own comma
			continue
		}
		if pc.word(k) == "," {
			switch pc.word(k + 1) {
			case "and", "but", "while", "yet", "whereas":
				return false // "…, and others disagree": a clause of its own, not what was said before
			case "because", "since", "although", "though", "unless", "until", "after", "before", "once", "if":
				return false // "…, because Congress agreed.": a reason or a time, not the one who spoke

			}
			return true
		}
	}
	return pc.commaBeforeRoleOf(v)
}

// commaBeforeRoleOf reports a comma before a role's phrase with "of", or a
// source's with "familiar with", that ends at the cue v, too long for
// hasCommaBefore's reach: "…, the chief medical officer of health said
// Monday.", "…, four officials familiar with the talks said."
func (pc *pctx) commaBeforeRoleOf(v int) bool {
	of, source := false, false
	for k := v - 1; k >= pc.sentOf[v] && k >= v-10; k-- {
		t := pc.toks[k]
		if t.low == "," {
			return of && isDefinite(pc.word(k+1)) || source
		}
		if t.kind != tWord || verbLike(t) || pc.isCue(k) {
			return false
		}
		of = of || t.low == "of" && pc.has(k-1, wRole)
		source = source || postModifier[t.low] && k+1 < v && pc.has(k+1, wPrep) // "…, two people familiar with the matter said."
	}
	return false
}

// labelContinued reads a paragraph with no label between two labelled
// ones in a transcript or Q&A: the answer above goes on ("Marchuk: Three
// things. …" / "And third, …" / "Lau: …"), so the paragraph is its
// speaker's, whole.
func (pc *pctx) labelContinued() *model.Statement {
	an := pc.an
	if an.labels < 2 || an.labelPara != pc.p.num-1 || an.labelBy == nil || len(pc.p.qtok) > 0 || pc.p.num >= len(an.paras) ||
		!labelOpens.MatchString(an.paras[pc.p.num].text) || labelOpens.MatchString(pc.p.text) { // "The Globe: Will you …?" is the paper's own question
		return nil
	}
	text := strings.TrimRight(pc.p.text, " ")
	if text == "" || !pc.firstOrSecondPerson() {
		return nil // (not "(END VIDEO CLIP.)", nor a reporter's paragraph about the one just labelled)
	}
	an.labelPara = pc.p.num // a third paragraph of the same answer goes on too
	pc.noteWhy(0, why{rule: "label", from: an.labelPara - 1})
	return &model.Statement{Paragraph: pc.p.num, Kind: model.KindReported, Text: text, Cue: ":", Start: 0, End: len(text), SpeakerIndex: an.labelBy.id}
}

// firstOrSecondPerson reports "I", "we", "you" or their forms in the
// paragraph: a speaker's own words, as a reporter's prose seldom has them.
func (pc *pctx) firstOrSecondPerson() bool {
	for _, t := range pc.toks {
		switch t.low {
		case "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "we", "we're", "we’re", "we've", "we’ve", "us", "our", "you", "your", "you're", "you’re":
			return true
		}
	}
	return false
}

// readFrom is the author of what the verb "read" at v reads: "read a
// message from X", "read a short statement on his father’s behalf"; nil
// for any other shape.
func (pc *pctx) readFrom(v, end int) *entity {
	if w := pc.word(v); w != "read" && w != "reads" {
		return nil
	}
	for k := v + 1; k < end && k < v+7; k++ {
		switch {
		case pc.word(k) == "from":
			if e, _, _ := pc.npForward(k+1, end); e != nil && !e.group && !e.doc && !e.outlet {
				return e
			}
			return nil
		case pc.word(k) == "behalf" && pc.word(k+1) == "of":
			for f := k + 2; f < end && f < k+6; f++ {
				if w := pc.word(f); w == "family" || w == "families" {
					return nil // "on behalf of the Manalo family"
				}
			}
			if e, _, _ := pc.npForward(k+2, end); e != nil && !e.group && !e.doc && !e.outlet && !e.org && e.personLike() {
				return e // (but "on behalf of the family": the family's reader speaks for it)
			}
			return nil
		case pc.word(k) == "behalf" && k-1 > v && pc.toks[k-1].poss:
			if e := pc.roleNP(k-1, pc.sentOf[v]); e != nil && !e.group && !e.doc && !e.outlet && !e.org {
				return e
			}
			return nil
		}
	}
	return nil
}

// readForOwner is whose document another reads in the sentence [s, end):
// "His victim impact statement was read aloud by Crown attorney X" is
// his; nil for any other shape.
func (pc *pctx) readForOwner(s, end int) *entity {
	for k := s + 1; k+2 < end && k < s+12; k++ {
		if w := pc.word(k); w != "statement" && w != "letter" && w != "message" {
			continue
		}
		if b := pc.word(k + 1); (b != "was" && b != "were") || pc.word(k+2) != "read" {
			return nil
		}
		for o := k - 1; o >= s && o >= k-4; o-- {
			switch w := pc.word(o); {
			case w == "his":
				return pc.resolvePronoun("he", o)
			case w == "her":
				return pc.resolvePronoun("she", o)
			case pc.toks[o].poss && pc.isNameWord(o):
				return pc.npEndingAt(o, s)
			}
		}
		return nil
	}
	return nil
}

// labelOpens matches a paragraph a speaker's label opens: "Lau: …",
// "DR. MARCHUK: …", "Q: …".
var labelOpens = regexp.MustCompile(`^[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3}:\s`)

// labelLine reads a paragraph that a speaker's label opens, as transcripts
// and headlines print them ("WALLACE: Let me ask you …", "Lynch: No outside
// influence on probe"): what follows the colon is the label's, reported
// whole. A label must name someone, a group or the interviewer (Q); a
// quotation after it is left to the quotation rules.
func (pc *pctx) labelLine() *model.Statement {
	colon, end := pc.labelColon()
	if colon == 2 && end == 2 && pc.word(0) == "the" && pc.word(1) == "court" && len(pc.toks) > 3 {
		return pc.courtLine() // "THE COURT: Do you understand that?"
	}
	if colon < 1 || colon+1 >= len(pc.toks) || pc.toks[colon+1].kind == tQuote && !pc.wordsAfterQuote(colon+1) || notLabels[pc.word(0)] || labelTails[pc.word(end-1)] {
		return nil // "Okafor: “…”" is the quotation rules'
	}
	if isState(pc.lowRun(0, end)) {
		return nil // "KARACHI: Sindh Chief Minister X said …": a dateline, no speaker's label
	}
	if !pc.hasProse(colon+1, len(pc.toks)) && (pc.p.num > 1 || len(pc.toks)-colon < 4) && (pc.an.labelPara != pc.p.num-1 || pc.p.num < 2 || pc.an.labelBy == nil || pc.an.labelBy.org) {
		return nil // "Sanders: 1,501.", "Nevada: Adam Khan, Ana Ruiz, …", but a headline's Title Case, and a transcript's "PAUL: Yes, Your Honour." after a label's line
	}
	a := int(pc.toks[colon+1].start)
	text := strings.TrimRight(pc.p.text[a:], " ")
	st := &model.Statement{Paragraph: pc.p.num, Kind: model.KindReported, Text: text, Cue: ":",
		Start: a, End: a + len(text), SpeakerIndex: -1}
	pc.noteWhy(a, why{rule: "label"})
	if colon == 1 && pc.word(0) == "q" {
		return st // the interviewer's question
	}
	if g := pc.groupOf(0, end); g != nil {
		st.SpeakerIndex = g.id // "Insiders: Trump will rebound"
		return st
	}
	if end == 1 && pc.p.num <= 1 && findingNouns[pc.word(0)] && pc.wordsIn(colon+1, len(pc.toks)) >= 3 {
		st.SpeakerIndex = pc.an.document(pc.p.text[pc.toks[0].start:pc.toks[0].end]).id // a headline's "Poll: Trump and Clinton hold narrow leads", "Report: …"
		return st
	}
	if !pc.isNameWord(0) && !isUpperWord(pc.p.text[int(pc.toks[0].start):int(pc.toks[0].end)]) &&
		!(isGivenName(pc.toks[0].low) && pc.isNameWord(1)) && !pc.has(0, wAbbrev) { // "Bill Clinton:", "Dr. Ben Carson:"
		return nil
	}
	if pc.an.lowercaseNearby(pc.toks[end-1].low, pc.p.num) {
		return nil // "Delegate Update:", "LOOK:": words, not a name (but "Hacker Guccifer:")
	}

	m, _ := pc.mentionAt(0, end)
	known := len(m.low) > 0 && pc.an.reg.find(m) != nil
	if !known && end < 2 && pc.p.num > 1 && !isUpperWord(pc.p.text[:int(pc.toks[end].start)]) {
		return nil // "Venue: the town hall" names no speaker
	}
	e := pc.entityAt(0, end)
	if e == nil && end == 1 && pc.has(0, wRole) {
		e = pc.an.unnamed("the "+pc.word(0), pc.word(0)) // "CLERK: Members of the jury, …", a role no one named holds
	}
	if e != nil && e.outlet && pc.p.num > 1 {
		return st // "The Globe: Is dental care …?": the interviewer's question, as "Q:"
	}
	if e == nil || e.outlet {
		return nil
	}
	if e.org && end == 1 && isUpperWord(pc.p.text[int(pc.toks[0].start):int(pc.toks[0].end)]) {
		e.label = true
	}
	st.SpeakerIndex = e.id
	for qi, k := range pc.p.qtok {
		if k > colon && pc.speakers[qi] == nil { // "Ryan: Decision ‘Defies Explanation’": his words too
			pc.speakers[qi], pc.cues[qi], pc.whys[qi] = e, ":", why{rule: "label"}
		}
	}
	return st
}

// courtLine is a transcript's "THE COURT: …" line: the judge's words,
// the judge the article named last; nil when it named none.
func (pc *pctx) courtLine() *model.Statement {
	j := pc.an.reg.latest(func(e *entity) bool { return !e.org && !e.group && holdsRoleHead(e, "judge", "") })
	if j == nil {
		return nil
	}
	a := int(pc.toks[3].start)
	text := strings.TrimRight(pc.p.text[a:], " ")
	pc.noteWhy(a, why{rule: "label"})
	return &model.Statement{Paragraph: pc.p.num, Kind: model.KindReported, Text: text, Cue: ":", Start: a, End: a + len(text), SpeakerIndex: j.id}
}

// labelColon finds the colon of a label opening the paragraph, and where
// the speaker's words in it end: at the colon, or in a headline at "to",
// "on" or "at" ("Clinton to Planned Parenthood:", "CNN President On
// Trump:", "Former AG Mukasey at RNC:"), the words after which name whom
// or what the speaker addressed. colon is -1 when there is no label.
func (pc *pctx) labelColon() (colon, end int) {
	end, limit := -1, 4
	for k := 0; k < len(pc.toks) && k <= limit; k++ {
		if pc.word(k) == ":" {
			if end < 0 {
				end = k
			}
			return k, end
		}
		if pc.word(k) == "." && k > 0 && pc.has(k-1, wAbbrev) {
			continue // "Dr. Ben Carson:", "Obama To Asians Worried About U.S. Election:"
		}
		if pc.word(k) == "(" && end < 0 && k > 1 && isUpperWord(pc.p.text[:int(pc.toks[k].start)]) {
			c := k + 1
			for c < len(pc.toks) && c < k+14 && pc.word(c) != ")" {
				c++
			}
			if pc.word(c) == ")" && pc.word(c+1) == ":" {
				end, k, limit = k, c, c+1 // "NICOLE OKEMAW (NDP, Regina Elphinstone-Centre): …": a Hansard label, the member's party and riding
				continue
			}
		}
		if pc.word(k) == "," && end < 0 && k > 1 && isUpperWord(pc.p.text[:int(pc.toks[k].start)]) {
			end, limit = k, k+8 // "SÉBASTIEN THERRIEN-WALSH, NATIONAL BANK FINANCIAL:": the name, then whom the speaker is with
			continue
		}
		if pc.toks[k].kind != tWord {
			return -1, -1
		}
		if end >= 0 {
			continue
		}
		if k > 0 && pc.p.num == 1 && addressedAt[pc.word(k)] {
			end, limit = k, k+8
			continue
		}
		if !pc.toks[k].cap && !pc.has(k, wParticle) {
			return -1, -1
		}
	}
	return -1, -1
}

// addressedAt end a speaker's part of a headline's label.
var addressedAt = setOf(`to on at`)

// wordsAfterQuote reports words after the quotation at token q (one token
// holds it): "Blumenthal: ‘No Idea’ If I Would Have Told Her" is a label's
// line.
func (pc *pctx) wordsAfterQuote(q int) bool {
	words := false
	for k := q + 1; k < len(pc.toks); k++ {
		if pc.word(k) == ":" {
			return false // "Clinton: “…” Bush: “…”": each label has its quotation
		}
		words = words || pc.toks[k].kind == tWord
	}
	return words
}

// hasProse reports a lower-case word of three letters or more among the
// first tokens of [i, end): a sentence, not a list of names or a number.
func (pc *pctx) hasProse(i, end int) bool {
	for k := i; k < end && k < i+12; k++ {
		if t := pc.toks[k]; t.kind == tWord && !t.cap && len(t.low) >= 3 && !isDigitStart(t.low) || t.kind == tQuote {
			return true // a quotation is words too: "Bill Clinton: Hillary ‘Better Qualified …’"
		}
	}
	return false
}

// notLabels open a paragraph with a colon but name no speaker.
// labelTails end a heading's label that names no one: "Delegate Update:".
var labelTails = setOf(`update updates notice roundup recap timeline explainer quiz podcast`)

var notLabels = map[string]bool{"note": true, "update": true, "updated": true, "correction": true,
	"notice": true, "paid": true, "look": true, "boom": true, "wow": true, "whoa": true, "oops": true,
	"yikes": true, "recap": true, "quiz": true, "live": true, "podcast": true, "explainer": true,
	"timeline": true, "factcheck": true, "fact-check": true, "roundup": true,
	"source": true, "sources": true, "credit": true, "editor": true, "caption": true, "disclaimer": true,
	"warning": true, "tags": true, "topics": true, "filed": true, "posted": true, "contact": true,
	"email": true, "phone": true, "location": true, "name": true, "age": true, "city": true, "job": true,
	"pay": true, "video": true, "watch": true, "listen": true, "photo": true, "photos": true,
	"exclusive": true, "breaking": true, "analysis": true, "opinion": true, "editorial": true,
	"when": true, "where": true, "what": true, "who": true, "why": true, "how": true, "cost": true,
	"price": true, "tickets": true, "info": true, "information": true, "details": true, "read": true,
	"related": true, "more": true, "see": true, "also": true, "subscribe": true, "follow": true,
	"share": true, "the": true, "a": true, "an": true, "and": true, "but": true, "or": true,
	"today": true, "yesterday": true, "tomorrow": true, "now": true, "then": true, "here": true,
	"there": true, "this": true, "that": true, "these": true, "those": true, "it": true, "he": true,
	"she": true, "they": true, "we": true, "i": true, "you": true, "bottom": true, "plus": true,
	"p.s": true, "ps": true, "fact": true, "reality": true, "claim": true, "verdict": true,
	"rating": true, "ratings": true, "background": true, "context": true, "summary": true,
	"abstract": true, "full": true, "transcript": true, "headline": true, "byline": true,
	"dateline": true, "lede": true, "title": true, "subtitle": true, "section": true, "page": true,
	"chapter": true, "part": true, "step": true, "question": true, "answer": true, "a.": true, "q.": true}

// addQuestions adds to out the questions put to someone by no one named
// ("When asked whether he would run, Ruiz said, “…”", "Asked about the
// vote, she smiled") and sentences told as hearsay ("reportedly"): each a
// statement with no speaker, unless a statement of out already holds it.
func (pc *pctx) addQuestions(out []model.Statement, s, end int) []model.Statement {
	for v := s; v < end; v++ {
		if n := len(pc.word(v)); n != len("reportedly") && n != len("allegedly") && n != len("asked") {
			continue // the cheap test first: the words below are of three lengths
		}
		if w := pc.word(v); (w == "reportedly" || w == "allegedly") && !pc.isCue(v+1) {
			// "The company has reportedly taken heat": words of someone unnamed;
			// "Trump reportedly said" is Trump's, read at its cue
			a, b := int(pc.toks[s].start), int(pc.toks[end-1].end)
			text := strings.TrimRight(pc.p.text[a:b], " ")
			out = insertStatement(out, model.Statement{Paragraph: pc.p.num, Kind: model.KindReported, Text: text,
				Cue: w, Start: a, End: a + len(text), SpeakerIndex: -1})
			continue
		}
		if pc.word(v) != "asked" || v > s && !askedAfter[pc.word(v-1)] {
			continue
		}
		at, asker := pc.afterAsked(v+1, end)
		from, to := pc.questionSpan(at, end)
		if from < 0 {
			continue
		}
		a, b := int(pc.toks[from].start), int(pc.toks[to-1].end)
		who := -1
		if asker != nil {
			who = asker.id
			if asker.unnamed {
				asker.asker = true // "Asked by a reporter whether she was nervous, she laughed": the reporter is never "she" later
			}
		}
		if v == s && asker != nil && pc.word(to) == "," {
			out = pc.startAfter(out, a, to+1) // "Asked by Coun. X whether …, she said …": hers from the comma on
		}
		out = insertStatement(out, model.Statement{Paragraph: pc.p.num, Kind: model.KindReported, Text: pc.p.text[a:b],
			Cue: "asked", Start: a, End: b, SpeakerIndex: who})
	}
	return out
}

// insertStatement adds st to out in text order, unless a statement of out
// already holds it.
func insertStatement(out []model.Statement, st model.Statement) []model.Statement {
	for _, o := range out {
		if o.Start <= st.Start && st.End <= o.End {
			return out
		}
	}
	at := len(out)
	for at > 0 && out[at-1].Start > st.Start {
		at--
	}
	return append(out[:at], append([]model.Statement{st}, out[at:]...)...)
}

// addNominal adds what a speech noun reports: "Trump's claims that his
// worth exceeds $10 billion", "his promise to build a wall", "questions
// about the platform", "criticism of the plan". The speaker is the noun's
// possessor, else no one; the statement is what the noun introduces, to
// the clause's end.
func (pc *pctx) addNominal(out []model.Statement, s, end int) []model.Statement {
	if !pc.sentencesHave(s, end, wSpeechNoun) {
		return out
	}
	for v := s; v < end; v++ {
		t := &pc.toks[v]
		if t.kind != tWord || !t.has(wSpeechNoun) || t.poss {
			continue
		}
		if strings.HasSuffix(t.low, "ing") && progressive[pc.word(v-1)] {
			continue // "has been warning that …": a verb, read as one
		}
		from := pc.nounComplement(v, end)
		e, byFrom := pc.nounFrom(v, end, &from)
		if from < 0 {
			continue
		}
		to := from
		for to < end && to < from+window && (pc.toks[to].kind == tWord || pc.toks[to].kind == tQuote && to > from || innerPunct(pc.toks[to].low) && to+1 < end && pc.toks[to+1].kind == tWord ||
			pc.toks[to].low == "," && isDigitStart(pc.word(to-1)) && isDigitStart(pc.word(to+1))) {
			to++ // "that the province's $1.53-billion share was “not guaranteed”": its figures and quotations too
		}
		if to-from < 1 {
			continue
		}
		ok := true
		if !byFrom {
			e, ok = pc.possessorOf(v, s)
		}
		if !ok {
			continue
		}
		a, b := int(pc.toks[from].start), int(pc.toks[to-1].end)
		who := -1
		if e != nil {
			who = e.id
			pc.noteWhy(a, pc.whyFor("nominal", t.low, e))
		}
		st := model.Statement{Paragraph: pc.p.num, Kind: model.KindReported, Text: pc.p.text[a:b],
			Cue: t.low, Start: a, End: b, SpeakerIndex: who}
		for qi, k := range pc.p.qtok {
			if k >= from && k < to && e != nil && (pc.speakers[qi] == nil || pc.whys[qi].rule == "sentence-subject") {
				pc.speakers[qi], pc.cues[qi], pc.whys[qi] = e, t.low, pc.whyFor("nominal", t.low, e) // "a warning from X that the share was “not guaranteed”": X's words, over a sentence's subject with no cue ("USA TODAY rated as misleading Ostrander’s claim that …")
			}
		}
		if byFrom {
			out = pc.cutAtClause(out, v)
		}
		out = insertStatement(out, st)
		v = to
	}
	return out
}

// innerPunct is punctuation inside a clause: a currency sign, a per cent
// sign, a slash.
func innerPunct(w string) bool {
	return w == "$" || w == "%" || w == "/" || w == "€" || w == "£"
}

// nounFrom reads "a warning from Fisheries and Oceans Canada that …": the
// body or person after "from" said what "that" opens, which *from is set
// to. It reports whether the noun had such a speaker.
func (pc *pctx) nounFrom(v, end int, from *int) (*entity, bool) {
	if *from >= 0 || pc.word(v+1) != "from" || !nounsFrom[pc.toks[v].low] {
		return nil, false
	}
	j := v + 2
	for j < end && j < v+9 && pc.toks[j].kind == tWord && pc.toks[j].low != "that" {
		if w := pc.toks[j].low; w == "who" || w == "which" || w == "whose" || pc.isCue(j) {
			return nil, false // "criticism from Democrats who agree that …": theirs, by the verb
		}
		j++
	}
	if j == v+2 || pc.word(j) != "that" || j+1 >= end {
		return nil, false
	}
	*from = j + 1
	return pc.npEndingAt(j-1, v+2), true
}

// nounsFrom name something said by whoever "from" names after them.
var nounsFrom = setOf(`warning warnings complaint complaints criticism claim claims allegation allegations
assurance assurances promise promises pledge threat threats demand demands statement suggestion`)

// startAfter starts a statement of out that holds the text offset a at
// token k instead: the sentence's opening question was someone else's.
func (pc *pctx) startAfter(out []model.Statement, a, k int) []model.Statement {
	if k >= len(pc.toks) {
		return out
	}
	at := int(pc.toks[k].start)
	for i := range out {
		if o := &out[i]; o.Start <= a && at < o.End {
			o.Start, o.Text = at, pc.p.text[at:o.End]
		}
	}
	return out
}

// cutAtClause ends a statement of out that holds the speech noun at v at
// the comma before the noun's clause ("…, despite a warning from X that
// …"), so the noun's own statement can stand; a statement with no comma
// there is left whole.
func (pc *pctx) cutAtClause(out []model.Statement, v int) []model.Statement {
	at := int(pc.toks[v].start)
	for i := range out {
		o := &out[i]
		if o.Start > at || at >= o.End {
			continue
		}
		for k := v - 1; k >= 0 && int(pc.toks[k].start) > o.Start; k-- {
			if pc.toks[k].low == "," {
				o.End = int(pc.toks[k].start)
				o.Text = pc.p.text[o.Start:o.End]
				break
			}
		}
	}
	return out
}

// progressive words make the -ing word after them a verb.
var progressive = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true}

// speechNouns name something said.
var speechNouns = map[string]bool{"claim": true, "claims": true, "comment": true, "comments": true,
	"remark": true, "remarks": true, "assertion": true, "assertions": true, "allegation": true,
	"allegations": true, "accusation": true, "accusations": true, "warning": true, "warnings": true,
	"promise": true, "promises": true, "pledge": true, "pledges": true, "vow": true, "vows": true,
	"call": true, "calls": true, "demand": true, "demands": true, "criticism": true, "criticisms": true,
	"complaint": true, "complaints": true, "question": true, "questions": true, "suggestion": true,
	"suggestions": true, "insistence": true, "denial": true, "denials": true, "admission": true,
	"contention": true, "prediction": true, "predictions": true, "statement": true, "statements": true,
	"praise": true, "testimony": true, "argument": true, "arguments": true, "insinuation": true,
	"threat": true, "threats": true, "boast": true, "boasts": true, "endorsement": true, "apology": true,
	"recommendation": true, "recommendations": true}

// nounsOf report their content after "of" ("criticism of the plan");
// nounsFor after "for" ("calls for reform").
var nounsOf = map[string]bool{"criticism": true, "criticisms": true, "praise": true, "denial": true,
	"denials": true, "assertion": true, "accusation": true, "accusations": true, "allegation": true,
	"allegations": true, "warning": true, "warnings": true, "admission": true, "promise": true,
	"promises": true, "suggestion": true, "suggestions": true, "claim": true, "claims": true,
	"threat": true, "threats": true}
var nounsFor = map[string]bool{"call": true, "calls": true, "demand": true, "demands": true,
	"praise": true, "criticism": true, "apology": true, "endorsement": true}

// nounComplement returns where what the speech noun at v reports begins:
// after "that", "about", "of", "for", "over", or at "to" before a verb
// ("his promise to build"); -1 when nothing follows.
// occasionNouns are when or where words were said: "during the campaign".
var occasionNouns = setOf(`campaign interview hearing briefing call broadcast show podcast trial`)

func (pc *pctx) nounComplement(v, end int) int {
	k := v + 1
	if t := pc.skipWhen(k, end); t > k && pc.word(t) == "that" {
		k = t // "his comment Monday that “Islam hates us”"
	} else if w := pc.word(k); (w == "during" || w == "in" || w == "at") && pc.has(k+1, wDeterminer) && pc.word(k+3) == "that" && (eventNouns[pc.word(k+2)] || occasionNouns[pc.word(k+2)]) {
		k += 3 // "Voss’s suggestion during the campaign that he might not …": when it was made, then what
	}
	if pc.word(k) == "," && pc.word(k+1) == "including" && pc.word(k+2) == "that" && k+3 < len(pc.toks) && pc.toks[k+3].kind == tWord {
		for x := k + 3; x < len(pc.toks) && x < k+7; x++ {
			if pc.word(x) == ":" {
				return -1 // "14 recommendations, including that the government:" and a list below it
			}
		}
		return k + 3 // "made nine recommendations, including that Santé Québec require …"
	}
	switch pc.word(k) {
	case "that":
		if pc.word(k+1) == "" || pc.has(k+1, wPrep) {
			return -1
		}
		return k + 1
	case "about", "over", "against":
		if pc.toks[v].low == "call" || pc.toks[v].low == "calls" {
			return -1
		}
		return k + 1
	case "of":
		if !nounsOf[pc.toks[v].low] {
			return -1 // "the opening statement of the debate"
		}
		return k + 1
	case "for":
		if !nounsFor[pc.toks[v].low] {
			return -1 // "staking its claim for influence"
		}
		return k + 1
	case "to":
		if w := pc.word(k + 1); w == "" || pc.toks[k+1].cap || pc.has(k+1, wDeterminer|wFunction|wPrep) || isDigitStart(w) {
			return -1 // "the call to the mayor"
		}
		return k
	}
	return -1
}

// possessorOf reads who owns the speech noun at v: "Trump's claims", "his
// promise" (the pronoun's antecedent), "the mayor's warning"; nil and ok
// for an article or adjectives only ("a warning", "questions"); not ok
// where the noun is a verb ("Sanders calls Clinton unqualified").
func (pc *pctx) possessorOf(v, s int) (*entity, bool) {
	for k := v - 1; k >= s && k >= v-4; k-- {
		t := pc.toks[k]
		if t.kind != tWord {
			return nil, k < v-1 || t.low == "," || t.low == "(" || t.low == "—"
		}
		if t.poss {
			if pc.isNameWord(k) {
				return pc.npEndingAt(k, s), true
			}
			return pc.roleNP(k, s), true // "the mayor's warning"
		}
		switch t.low {
		case "his", "her", "their", "its":
			p := map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}[t.low]
			return pc.resolvePronoun(p, k), true
		}
		if t.has(wDeterminer) && lightVerbs[pc.word(k-1)] && k-1 > s {
			return pc.subjectBefore(k-1, s), true // "Cruz made an unprompted call for …": his call
		}
		if lightVerbs[t.low] && k > s && strings.HasSuffix(pc.word(v), "s") && !pc.has(k-1, wDeterminer) && !ownerWords[pc.word(k-1)] && !pc.toks[k-1].poss {
			if e := pc.subjectBefore(k, s); e != nil {
				return e, true // "Trump has made other public promises to …": his promises (not "His repeated claims")
			}
		}
		if t.has(wDeterminer) && pc.word(k-1) == "with" {
			if verb := pc.verbBeforeWith(k-1, s); verb > s {
				return pc.subjectBefore(verb, s), true // "Trump opened with a call for …", "stirred controversy with an assertion that …"
			}
		}
		if t.has(wDeterminer) || t.has(wPrep) || pc.isCue(k) || finiteVerbs[t.low] {
			return nil, true // "a warning", "responding to questions", "raising questions"
		}
		if t.cap || k == v-1 && !pc.isModifier(k) && !(strings.HasSuffix(t.low, "ed") && pc.ownerBefore(k)) {
			return nil, false // "Sanders calls": a verb (but "Santilli's continued insistence")
		}
	}
	return nil, true
}

// verbBeforeWith is the verb before "with" at w whose subject owns the
// speech noun after it ("opened with a call", "stirred controversy with an
// assertion"), or -1: not "agreed with the claim", which is someone else's.
func (pc *pctx) verbBeforeWith(w, s int) int {
	for k := w - 1; k > s && k >= w-2; k-- {
		if withSpeechVerbs[pc.word(k)] {
			return k
		}
		if t := pc.toks[k]; t.kind != tWord || t.cap || t.has(wFunction) {
			return -1
		}
	}
	return -1
}

var withSpeechVerbs = setOf(`opened opens began begins started starts ended ends closed closes concluded concludes
responded responds countered counters replied replies stirred stirs sparked sparks caused causes drew draws`)

// ownerBefore reports a possessive right before token k: "his", "Santilli's".
func (pc *pctx) ownerBefore(k int) bool {
	return k > 0 && (pc.toks[k-1].poss || ownerWords[pc.word(k-1)])
}

// isModifier reports a lower-case word that can qualify a noun after it:
// an adjective or a noun, not a verb form.
func (pc *pctx) isModifier(k int) bool {
	w := pc.word(k)
	return !pc.has(k, wFunction) && !strings.HasSuffix(w, "ed") && !finiteVerbs[w] && !isAdverb(w) || strings.HasSuffix(w, "ly") && len(w) > 4
}

// askedAfter are the words after which "asked" is a question put to the
// subject by someone unnamed: "when asked", "was asked", ", asked about".
var askedAfter = map[string]bool{"when": true, "if": true, "after": true, "was": true, "were": true,
	"been": true, "being": true, "is": true, "are": true, "be": true, ",": true, "—": true, "and": true,
	"once": true, "later": true, "repeatedly": true, "also": true, "then": true, "again": true}

// questionSpan is the question after "asked" at i, to the next comma or
// the sentence's end: "whether he would run", "about the vote", "what a
// firm commitment looks like"; from is -1 when none follows.
// roleWordBeforeName reports a lower-case job or role word at k right
// before a name: "host Dana Whitfield", "moderator Lena Ruiz".
func (pc *pctx) roleWordBeforeName(k int) bool {
	t := pc.toks[k]
	return t.kind == tWord && !t.cap && (t.has(wRole) || pc.is(k, mMoreRoleNoun) || isJobWord(t.low)) && pc.isNameWord(k+1)
}

// afterAsked steps over what may stand between "asked" and the question:
// its agent ("by Matt Lauer", "by a reporter"), a place or occasion ("in
// Iowa", "at the business conference") and adverbs ("recently"). It
// returns where the question may start and the agent when it is named.
func (pc *pctx) afterAsked(i, end int) (int, *entity) {
	var asker *entity
	k := i
	for hop := 0; hop < 3 && k < end; hop++ {
		switch w := pc.word(k); {
		case w == "by" || w == "in" || w == "at" || w == "during":
			if w == "by" && (pc.isNameWord(k+1) || pc.has(k+1, wTitle) || pc.roleWordBeforeName(k+1)) {
				from := k + 1
				if pc.roleWordBeforeName(from) {
					from++ // "Asked by host Dana Whitfield whether": the role word before the name
				}
				if e, after, ok := pc.npForward(from, end); ok && e != nil && !e.org {
					asker, k = e, after
					continue
				}
			}
			j := k + 1
			for j < end && j < k+6 && pc.toks[j].kind == tWord && !questionWords[pc.word(j)] {
				j++
			}
			if !questionWords[pc.word(j)] && !pc.has(j, wAdverb) {
				return i, nil
			}
			if head := pc.word(j - 1); w == "by" && j-k <= 4 && pc.has(k+1, wDeterminer) && !pc.toks[j-1].cap && (agentNoun(head) || wordHas(head, wRole) || wordIs(head, mMoreRoleNoun)) {
				asker = pc.an.unnamed(pc.p.text[int(pc.toks[k+1].start):int(pc.toks[j-1].end)], head) // "by a reporter"
			}
			k = j
		case pc.has(k, wAdverb):
			k++
		default:
			return k, asker
		}
	}
	return k, asker
}

func (pc *pctx) questionSpan(i, end int) (int, int) {
	k := pc.skipTimeAfter(i, end)
	if w := pc.word(k); !questionWords[w] && !(w == "a" || w == "the") {
		return -1, 0
	}
	if w := pc.word(k); w == "a" || w == "the" {
		q := false // "was asked a question about police violence"
		for x := k + 1; x < end && x < k+5; x++ {
			q = q || pc.word(x) == "question" || pc.word(x) == "questions"
		}
		if !q {
			return -1, 0
		}
	}
	to := k + 1
	for to < end && to < k+window && pc.toks[to].kind != tQuote && pc.word(to) != "," && pc.word(to) != ";" {
		to++
	}
	for to > k+1 && pc.toks[to-1].kind == tPunct {
		to--
	}
	if to-k < 2 {
		return -1, 0
	}
	return k, to
}

var questionWords = map[string]bool{"whether": true, "if": true, "what": true, "why": true, "how": true,
	"who": true, "whom": true, "which": true, "when": true, "where": true, "about": true, "to": true}

// skipTimeAfter steps over a time adjunct at i ("on Monday", "last week").
func (pc *pctx) skipTimeAfter(i, end int) int {
	k := i
	if timeLeads[pc.word(k)] {
		k++
	}
	from := k
	for k < end && k < i+4 && (pc.has(k, wCalendar) || pc.has(k, wTime)) {
		k++
	}
	if k == from {
		return i // "on" with no time after it
	}
	return k
}

// skipWhen passes a time at i ("Tuesday", "last week", "in April"): where
// the words after it start.
func (pc *pctx) skipWhen(i, end int) int {
	if pc.word(i) == "in" && pc.has(i+1, wCalendar) {
		if isYear(pc.word(i + 2)) {
			return i + 3 // "in February 2024"
		}
		return i + 2
	}
	return pc.skipTimeAfter(i, end)
}

// askedAside reports "asked" at v opening an aside between commas that a
// main verb follows: "Matthews, asked about the record, shrugged", not
// "Neera Tanden, a Clinton supporter, asked the secretary".
func (pc *pctx) askedAside(v, end int) bool {
	for k := v + 1; k < end-1; k++ {
		if pc.word(k) == "," {
			return pc.toks[k+1].kind == tWord && (pc.isCue(k+1) || pastVerb(pc.toks[k+1]))
		}
	}
	return false
}

// reportedBy reads a report's passive with its source: "a fact first
// reported by the Herald", "News of the move was reported by Politico".
func (pc *pctx) reportedBy(v, end int) (*entity, bool) {
	if w := pc.word(v); w != "reported" && w != "disclosed" && w != "revealed" || pc.word(v+1) != "by" {
		return nil, false
	}
	if w := pc.word(v - 1); !pc.has(v-1, wPassive) && w != "first" && w != "previously" && w != "originally" && w != "also" {
		return nil, false
	}
	return pc.accordingToAny(v+2, end)
}

// addPassive adds a sentence whose subject is spoken of by no one named:
// "Reyes was criticized for trading a prisoner", "Internet companies have
// been accused of …". The statement has no speaker; with "by X" the
// passive rules give X.
func (pc *pctx) addPassive(out []model.Statement, s, end int) []model.Statement {
	if !pc.sentencesHave(s, end, wCue) {
		return out
	}
	for v := s + 1; v < end; v++ {
		if !pc.toks[v].has(wCue) {
			continue // the cheap test first: most words are no cue
		}
		if !pc.has(v-1, wPassive) && !(v > s+1 && pc.has(v-1, wAdverb) && pc.has(v-2, wPassive)) {
			continue
		}
		l := pc.toks[v].cueLemma()
		if !passiveSpeech[l] || pc.word(v+1) == "by" || pc.word(v) == l || strings.HasSuffix(pc.word(v), "ing") {
			continue
		}
		a, b := int(pc.toks[s].start), int(pc.toks[end-1].end)
		text := strings.TrimRight(pc.p.text[a:b], " ")
		return insertStatement(out, model.Statement{Paragraph: pc.p.num, Kind: model.KindReported, Text: text,
			Cue: pc.word(v), Start: a, End: a + len(text), SpeakerIndex: -1})
	}
	return out
}

// reducedPassive reports a cue that needs an object before "to" standing
// right after its subject with none: "Residents urged to stay home",
// "Students told to stay away" are the ones urged and told.
func (pc *pctx) reducedPassive(v, s int) bool {
	if v <= s || !objectBeforeTo[pc.word(v)] || pc.word(v+1) != "to" || pc.toks[v-1].kind != tWord {
		return false
	}
	if v+2 >= len(pc.toks) {
		return false
	}
	next := pc.toks[v+2]
	return next.kind == tWord && !next.cap && !next.has(wDeterminer) && !pc.has(v-1, wPassive)
}

// objectBeforeTo are past forms that take an object before "to": without
// one they are passive.
var objectBeforeTo = setOf(`urged told advised encouraged ordered instructed reminded pressed implored begged directed`)

// passiveSpeech are cues whose passive reports words said of its subject.
var passiveSpeech = map[string]bool{"criticize": true, "criticise": true, "accuse": true, "praise": true,
	"condemn": true, "blame": true, "urge": true, "warn": true, "slam": true, "blast": true,
	"quote": true, "question": true, "deny": true, "promise": true, "describe": true, "dub": true}

// lightVerbSubject is the subject of a light verb whose object is the
// speech noun at v: "Trump made further demands", "Cruz made an unprompted
// call for"; nil when no light verb stands a few modifiers before it.
func (pc *pctx) lightVerbSubject(v, s int) *entity {
	k := v - 1
	for k > s && k > v-4 && pc.toks[k].kind == tWord && !pc.toks[k].cap && !pc.has(k, wFunction) && !lightVerbs[pc.word(k)] && !finiteVerbs[pc.word(k)] {
		k-- // "further", "an unprompted", "impassioned"
	}
	if k > s && pc.has(k, wDeterminer) {
		k--
	}
	if k <= s || k == v-1 || !lightVerbs[pc.word(k)] {
		return nil
	}
	return pc.subjectBefore(k, s)
}

// lightVerbs carry a speech noun for its subject: "made a call for",
// "issued a warning", "gave a speech".
var lightVerbs = setOf(`made makes make issued issues issue gave gives give offered offers delivered delivers sent sends renewed renews repeated repeats`)

// learnAsRole gives the sentence's subject the role an "as the …" phrase
// names: "Clinton delivered her speech as the Democratic nominee" makes
// "the Democratic nominee" point back to her, party and all.
func (pc *pctx) learnAsRole(e *entity, s, end int) {
	for k := s; k+2 < end; k++ {
		if pc.word(k) != "as" || pc.word(k+1) != "the" {
			continue
		}
		for h := k + 2; h < end && h < k+6 && pc.toks[h].kind == tWord; h++ {
			w := pc.word(h)
			if wordHas(w, wRole) || wordIs(w, mMoreRoleNoun) {
				if pc.toks[h].cap || pc.word(h+1) == "of" {
					return // "as the Secretary", "as the head of": not a plain role
				}
				if pc.word(h+1) == "," && pc.isNameWord(h+2) || verbLike(pc.toks[min(h+1, end-1)]) {
					return // "as the new coach, Sami Laine, paced": "as" joins a clause of someone else's
				}
				e.addHead(w)
				if p := pc.roleParty(k+1, h); p != 0 && e.party == 0 {
					e.party = p
				}
				return
			}
		}
	}
}

// objectThenInfinitive reports a short object and "to" with a verb after
// it, from i: "his players to “look in the mirror”", "Congress to act".
func (pc *pctx) objectThenInfinitive(i, end int) bool {
	for k := i + 1; k < end && k <= i+5; k++ {
		switch w := pc.word(k); {
		case w == "to":
			if k+1 >= end {
				return false
			}
			n := pc.toks[k+1]
			return (n.kind == tQuote || n.kind == tWord && !n.cap && !n.has(wDeterminer) && !strings.HasSuffix(n.low, "ing"))
		case w == "," || w == "." || pc.toks[k].kind == tQuote || w == "that" || w == "who" || w == "which" || w == "how" || w == "whether":
			return false
		}
	}
	return false
}

// dataWords are figures a body publishes: "according to figures from the
// INMO" is the INMO's report.
var dataWords = setOf(`figures data statistics numbers estimates records`)

// nothingAfterCue reports a clause whose cue at v ends it with a colon or
// nothing at all before to: what was said stands elsewhere.
func (pc *pctx) nothingAfterCue(v, to int) bool {
	if v < 0 || v >= to {
		return false
	}
	if pc.word(to-1) != ":" {
		return false
	}
	for k := v + 1; k < to; k++ {
		if pc.toks[k].kind != tPunct {
			return pc.onlyMedium(v, to-1, true) // "told reporters Thursday:", "wrote on Facebook:"
		}
	}
	return true
}

// onlyMediumAfter reports that after the cue at v, up to to, the sentence
// says only where or when: "said in a statement.", "told reporters on
// Monday.".
func (pc *pctx) onlyMediumAfter(v, to int) bool {
	return pc.word(to-1) == "." && pc.onlyMedium(v, to-1, false)
}

// onlyMedium reports that the words after the cue at v, up to to, say
// only where, when or to whom (names too, when names is set: "told CBC
// News").
func (pc *pctx) onlyMedium(v, to int, names bool) bool {
	_, n := pc.cueAt(v)
	words, prep := 0, false
	for k := v + max(n, 1); k < to; k++ {
		t := &pc.toks[k]
		switch {
		case t.kind == tQuote:
			return false
		case t.kind == tPunct:
			if t.low != "." && t.low != "," {
				return false
			}
		case mediumPreps[t.low]:
			prep = true
		case t.has(wCalendar) || (prep || k == v+max(n, 1)) && (mediumWords[t.low] || t.has(wDeterminer) || docNouns[t.low]):
			words++
		case names && t.cap && (prep || k == v+max(n, 1) || pc.toks[k-1].cap):
			words++
		default:
			return false
		}
	}
	return words > 0
}

var mediumPreps = setOf(`in on to at via during`)

// subjectOnly reports words [i, v) that hold no clause of their own: no
// finite verb, cue or quotation before the cue at v ("Sam Lau, the
// party's spokesman," but not "The plan is dead, Lau").
func (pc *pctx) subjectOnly(i, v int) bool {
	for k := i; k < v; k++ {
		if t := &pc.toks[k]; t.kind == tQuote || finiteVerbs[t.low] || pc.isCue(k) {
			return false
		}
	}
	return true
}

// mediumWords say where or to whom words were given, not what they were.
var mediumWords = setOf(`reporters journalists interview interviews press conference
briefing twitter facebook instagram radio television tv phone call later earlier today yesterday tonight morning evening night`)

// nextOpensWithQuote reports that the next paragraph opens with a
// quotation.
func (pc *pctx) nextOpensWithQuote() bool {
	n := pc.p.num // paragraphs are numbered from 1: the next one's index
	if n >= len(pc.an.paras) {
		return false
	}
	next := pc.an.paras[n]
	return len(next.spans) > 0 && strings.TrimLeft(next.text[:next.spans[0].Open], " ") == ""
}

// placePhraseBefore reports a phrase of place or audience right before
// the participle at v, after a verb: "went on television", "wrote to
// supporters", "appeared at a rally" (not "a sign saying", "voters saying").
func (pc *pctx) placePhraseBefore(v, s int) bool {
	h := v - 1
	if h <= s || pc.toks[h].kind != tWord || pc.toks[h].cap {
		return false
	}
	if w := pc.word(h); pluralOfPeople(w) || docNouns[w] || wordIs(w, mDocHead|mStatementWord) || wordHas(w, wRole) || wordIs(w, mUnnamedHead) {
		return false
	}
	for k := h - 1; k > s && k >= h-3; k-- {
		if w := pc.word(k); placeOfSpeech[w] {
			return k-1 > s && pc.toks[k-1].kind == tWord && !pc.toks[k-1].cap && !pc.has(k-1, wDeterminer)
		}
		if pc.toks[k].kind != tWord || pc.toks[k].cap {
			return false
		}
	}
	return false
}

var placeOfSpeech = setOf(`on to at before`)

// judgingCues praise or blame someone: right before "for" their past form,
// with no name or pronoun just before it as its subject, is the passive
// ("lauded for his effectiveness"), the subject the one judged (but "which
// Hollande blamed for the attacks" is Hollande's).
var judgingCues = setOf(`laud praise hail applaud criticize criticise slam blast blame condemn thank mock chide scold`)

// thatAfterObject reports "that" within a short object from k: "reminded
// the parties that", "reminding the room that".
func (pc *pctx) thatAfterObject(k, end int) bool {
	for i := k; i < end && i < k+6; i++ {
		switch pc.word(i) {
		case "that":
			return i > k
		case ",", ".", "of", "to":
			return false
		}
	}
	return false
}

// definitePersonSubject is the unnamed person a sentence from s opens with, before
// its verb or an aside: "The teen addressed the court", "The victim's
// mother, who cannot be identified, read …". Nil for any other shape.
func (pc *pctx) definitePersonSubject(s, end int) *entity {
	st := pc.skipIntro(pc.skipDateline(s, end), end)
	if w := pc.word(st); w != "the" && w != "a" && w != "an" {
		return nil
	}
	for h := st + 1; h < end && h <= st+3; h++ {
		t := pc.toks[h]
		if t.kind != tWord || t.cap {
			return nil
		}
		if t.poss {
			continue // "The victim's mother"
		}
		if !singlePeople[t.low] && !wordIs(t.low, mKinNoun) {
			continue
		}
		if n := pc.toks[min(h+1, end-1)]; h+1 >= end || n.low != "," && !verbLike(n) && !pc.isCue(h+1) {
			return nil
		}
		return pc.an.unnamed(pc.phraseText(st, h+1), t.low)
	}
	return nil
}

// spokespersonsBody is the body a bare unnamed spokesperson subject speaks
// for when its name and an aside stand between them and the cue at v: "a
// spokesperson for the U.S. Lumber Fairness Coalition, which represents
// sawmill owners, said" is the coalition's, as it is without the aside.
func (pc *pctx) spokespersonsBody(e *entity, v, s int) *entity {
	if e == nil || !e.unnamed || len(e.heads) != 1 || !spokesRoles[e.heads[0]] || wordCount(e.display) != 2 {
		return nil
	}
	for k := s; k+3 < v; k++ {
		if indefinites[pc.word(k)] && pc.word(k+1) == e.heads[0] && pc.word(k+2) == "for" {
			from, n := k+3, k+3 // where the body's phrase and its name open
			if pc.word(n) == "the" {
				n++
			}
			for x := n; x < n+2 && x+1 < v && pc.toks[x].kind == tWord && !pc.toks[x].cap && !pc.has(x, wFunction|wPrep|wDeterminer); x++ {
				if pc.isNameWord(x + 1) {
					from, n = x+1, x+1 // "a spokeswoman for rival chain Provisions Plus Inc.": the name after its description
					break
				}
			}
			if !pc.isNameWord(n) || pc.toks[n].poss {
				return nil // (not "a spokesperson for Quebec’s prosecution service")
			}
			b, after, ok := pc.npForward(from, v)
			if ok && b != nil && b.org && !b.outlet && (pc.word(after) == "," || after < v && pc.isCue(after)) {
				return b // "…, which is …, said"; "… confirmed …, but said": the body's both times
			}
			return nil
		}
	}
	return nil
}

// noteSpokesFor remembers a body whose spokesperson said what the cue at v
// reports ("A spokesperson for Health Canada said"), so that "The
// spokesperson added" next is the body's again.
func (pc *pctx) noteSpokesFor(e *entity, v, s int) {
	named := v-1 > s && pc.isNameWord(v-1)
	kind := v-1 > s && !pc.toks[v-1].cap && pc.has(v-1, wOrgHead) // "for the residents group said": a body unnamed, by its kind
	if e == nil || !e.org || !named && !kind {
		return
	}
	for f := v - 2; f > s+1 && f >= v-16; f-- {
		if w := pc.word(f); w == "for" {
			if pc.spokesFor(f, s) {
				pc.an.spokesFor, pc.an.spokesPara, pc.an.spokesSeen = e, pc.p.num, pc.an.reg.clock
			}
			return
		}
		if t := pc.toks[f]; !(t.kind == tWord && (t.cap || kind && !pc.isCue(f) || t.low == "the" || t.low == "of" || t.low == "and")) && t.low != "," {
			return // the body's name runs back to "for": "for the Department of Climate Change, Energy, the Environment and Water"
		}
	}
}
