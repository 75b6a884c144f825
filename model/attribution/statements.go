package attribution

import (
	"sort"
	"strings"
	"unicode/utf8"

	"whosaid/model"
)

// attributeQuote decides whose words quotation qi holds, trying the rules
// from the tightest syntax to the loosest carry-over.
func (pc *pctx) attributeQuote(qi int) {
	k := pc.p.qtok[qi]
	text := pc.quoteText(qi)
	set := func(rule string, e *entity, cue, via string) {
		pc.speakers[qi], pc.cues[qi], pc.vias[qi] = e, cue, via
		if e == nil && cue != "" {
			pc.lastInP = nil // "…,” said a diplomat: the next bare quotation is not the last speaker's either
		}
		if e != nil {
			pc.whys[qi] = pc.whyFor(rule, cue, e)
			if !(e.group && chanted[cue] && pc.lastInP != nil && !pc.lastInP.group) {
				pc.lastInP = e // (but "…,” Mr. Brackett said, as some in the crowd shouted “No!” “I called …”: the crowd interrupts, his voice goes on)
			}
			if qi == 0 && pc.atParagraphStart(k) && rule != "runs-on" && rule != "carry-over" {
				pc.an.backfill(pc.p.num, e)
			}
		}
	}
	pc.ref = trace{}
	if pc.isNickname(k) || pc.namedBefore(k) || pc.showTitle(k, text) {
		return
	}
	if e := pc.verdictAfter(k); e != nil {
		set("verdict-after", e, "", "") // "“…” That was the verdict of John Smith, a farmer."
		return
	}
	if e := pc.roleLabelAfter(k); e != nil {
		set("verdict-after", e, "", "") // a pull quote and its label: "“…” Republican National Committee member."
		return
	}
	if e, cue, v, ok := pc.cueAfter(k); ok && !pc.framedBeforeInstead(k, v, text, e) && !(e == nil && pc.summaryAfter(k)) {
		if pc.ref.kind == refPronoun && qi == 0 && pc.atParagraphStart(k) {
			if o := pc.an.introducedBeforeRun(pc.p.num, e); o != nil {
				e, pc.ref.e = o, o // "“…” / “…,” she told Brophy": the mother named just before the statement began
			}
		}
		pc.setFramed(v)
		pc.frameSpeaker(v, e)
		if e != nil && pc.wordsBefore(k) >= 3 {
			pc.midFrame = append(pc.midFrame, k) // "Evacuations had begun “…,” she said": the start is reported
			pc.midFrameBy = append(pc.midFrameBy, e)
		}
		rule := "cue-after"
		if cue == "according to" {
			rule = "according-to"
		}
		set(rule, e, cue, "")
		return
	}
	title := pc.p.spans[qi].title && !pc.shoutedBefore(k) && !pc.sentenceQuote(qi, k)
	if title && pc.word(k-1) != ":" {
		return
	}
	pc.ref = trace{}
	if e, cue, v, ok := pc.cueFrameBefore(k); ok {
		pc.setFramed(v)
		pc.frameSpeaker(v, e) // "She declared “…!” and said that …": the second cue is hers too
		if e != nil && pc.parentheticalCue(v, k) {
			pc.midFrame = append(pc.midFrame, k) // "The club's investment, Ms. Tanzer said, “is a perfect example”": all hers
			pc.midFrameBy = append(pc.midFrameBy, e)
		}
		rule := "cue-before"
		if cue == ":" {
			rule = "name-colon"
		}
		set(rule, e, cue, "")
		return
	}
	if title {
		return
	}
	pc.ref = trace{}
	if e, cue, via, ok := pc.governingCue(k); ok {
		rule := "governing-cue"
		if cue == "according to" {
			rule = "according-to"
		} else if via != "" || cue == "quoted" {
			rule = "quoted-as"
		}
		set(rule, e, cue, via)
		return
	}
	if e, noun := pc.nounGoverning(k); e != nil {
		set("nominal", e, noun, "") // "over her remark that “…”": whose remark it was
		return
	}
	if e, noun := pc.ownerAroundQuote(k); e != nil {
		set("nominal", e, noun, "") // "Obama's “if you like your plan, you can keep it” promise"
		return
	}
	if e, cue := pc.trailingCue(k); e != nil {
		rule := "governing-cue" // "Obama “felt a moral obligation” to act, Axelrod said."
		if cue == "according to" {
			rule = "according-to"
		}
		set(rule, e, cue, "")
		return
	}
	if pc.atSentenceStart(k) {
		if termSubject(text, pc.word(k+1)) {
			if e, cue := pc.nextQuoteCue(qi); e != nil {
				set("cue-after", e, cue, "") // "“Family values people” are “not out to bash gays,” he said": his words both
				return
			}
			if !pc.hasCueIn(k+1, pc.sentEnd(k)) {
				return // "“Containment” has been U.S. policy": a term spoken of, no one's words
			}
		}
		if pc.lastInP != nil {
			set("paragraph-speaker", pc.lastInP, "", "")
			return
		}
		pc.ref = trace{}
		if e := pc.prevSentenceSpeaker(k); e != nil {
			set("previous-sentence", e, "", "") // "Menon laughed. “I tell them to walk.”"
			return
		}
		if pc.atParagraphStart(k) {
			e, rule, from := pc.an.carry(pc.p, text)
			pc.alternated = rule == "dialogue" || rule == "answer"
			set(rule, e, "", "")
			pc.whys[qi].from = from
		}
		return
	}
	pc.ref = trace{}
	if e := pc.embeddingSubject(k, text); e != nil {
		set("sentence-subject", e, "", "") // "Then he turned to “…”": no cue, but the subject's words
		return
	}
	if e := pc.quotedSentenceBefore(qi); e != nil && len(strings.Fields(text)) >= 3 { // not a scare-quoted “look”
		set("quote-before", e, "", "")
	}
}

var subjectPronouns = setOf(`he she they we i`)

// showTitle reports a quotation that names a show or a work after "on" or
// an outlet's possessive: "on Fox News channel’s “Sunday Morning
// Futures,”", "told NBC’s “Today”", "an appearance on “CBS This Morning,”".
func (pc *pctx) showTitle(k int, text string) bool {
	p := k - 1
	if p < 0 || pc.toks[p].kind != tWord {
		return false
	}
	if !(pc.word(p) == "on" || pc.toks[p].poss && pc.outletBefore(p)) {
		return false
	}
	if pc.p.spans[pc.toks[k].q].title {
		return true
	}
	t := strings.TrimRight(strings.TrimSpace(text), ",.")
	return t != "" && wordCount(t) <= 3 && startsUpper(t) && !strings.ContainsAny(t, ".!?;:")
}

// outletBefore reports an outlet whose possessive ends at p: "NBC’s",
// "Fox News channel’s".
func (pc *pctx) outletBefore(p int) bool {
	if pc.has(p, wOutletNoun) {
		return true
	}
	if !pc.isNameWord(p) {
		return false
	}
	n := pc.nameStart(p, pc.sentOf[p])
	m, _ := pc.mentionAt(n, p+1)
	e := pc.an.reg.find(m)
	return e != nil && e.outlet
}

// framedBeforeInstead reports a quotation that has a frame of its own
// before it and is followed by a cue at v, of the speaker after, that
// frames the next quotation: "Clinton responds to Mills with, “Why now?”
// Mills then writes back, “You look cute.”" is Clinton's. A quotation
// ending in a comma is usually the first half of the speaker after's
// ("“We will,” she said, “and soon.”"), so it goes to the frame before
// only when that frame names someone else: "When someone in the audience
// shouted, “Cruz,” Beck joked, “Amen!”".
func (pc *pctx) framedBeforeInstead(k, v int, text string, after *entity) bool {
	t := strings.TrimRight(text, " ")
	if t == "" {
		return false
	}
	comma := strings.HasSuffix(t, ",")
	if !comma && !strings.ContainsAny(t[len(t)-1:], ".?!") {
		return false
	}
	if !pc.cueIntroducesQuote(v) {
		return false
	}
	ref := pc.ref
	e, _, _, ok := pc.cueFrameBefore(k)
	pc.ref = ref
	return ok && e != nil && !(comma && (after == nil || e == after))
}

// cueIntroducesQuote reports the cue at v opening a quotation after a
// comma or a colon, a word or two or an aside between: "writes back,
// “…”", "Beck joked, again using a Southern accent, “…”".
func (pc *pctx) cueIntroducesQuote(v int) bool {
	end := min(pc.sentEnd(v), v+16)
	for n := v + 1; n+1 < end; n++ {
		if pc.toks[n].kind == tQuote {
			return false
		}
		if w := pc.word(n); (w == "," || w == ":") && pc.toks[n+1].kind == tQuote {
			return n <= v+3 || pc.word(v+1) == ","
		}
	}
	return false
}

// nextQuoteCue is the speaker and cue that follow the next quotation when
// it stands in quotation qi's sentence: "“A” are “B,” Holm said".
func (pc *pctx) nextQuoteCue(qi int) (*entity, string) {
	if qi+1 >= len(pc.p.qtok) {
		return nil, ""
	}
	k, n := pc.p.qtok[qi], pc.p.qtok[qi+1]
	if pc.sentOf[n] != pc.sentOf[k] {
		return nil, ""
	}
	ref := pc.ref
	e, cue, _, ok := pc.cueAfter(n)
	if !ok || e == nil {
		pc.ref = ref
		return nil, ""
	}
	return e, cue
}

// termSubject reports a short quotation that is the subject of a verb of
// being or meaning: a term the sentence explains ("“Non-paper” is a
// diplomatic term"), not words someone said.
func termSubject(text, next string) bool {
	t := strings.TrimSpace(text)
	return termVerbs[next] && t != "" && wordCount(t) <= 3 && !strings.ContainsAny(t[len(t)-1:], ",.!?;:")
}

var termVerbs = setOf(`is was are were has have had means meant refers remains became becomes`)

// quotedSentenceBefore is the speaker of a quotation in the sentence right
// before quotation qi's, when qi's sentence names no one and has no cue up
// to it: "“…,” Clinton has said. That makes her “…”" goes on quoting her.
func (pc *pctx) quotedSentenceBefore(qi int) *entity {
	k := pc.p.qtok[qi]
	s := pc.sentOf[k]
	if qi == 0 || s == 0 || pc.sentOf[pc.p.qtok[qi-1]] != pc.sentOf[s-1] {
		return nil
	}
	for j := s; j < k; j++ {
		if pc.toks[j].kind == tWord && (pc.toks[j].cap && j > s || pc.isCue(j) || subjectPronouns[pc.word(j)]) {
			return nil // another name, a cue, or someone else's pronoun: not the same voice
		}
	}
	return pc.speakers[qi-1]
}

// parentheticalCue reports a cue at v set between commas inside its
// sentence, its subject a name, with words before it and quotation k right
// after: "The club's investment, Ms. Tanzer said, “is a perfect example”".
func (pc *pctx) parentheticalCue(v, k int) bool {
	if pc.word(k-1) != "," || k-2 != v {
		return false
	}
	s := pc.sentOf[k]
	j := v - 1
	for j > s && (pc.isNameWord(j) || pc.word(j) == "." && wordHas(pc.word(j-1), wAbbrev)) {
		j--
	}
	if j == v-1 || pc.word(j) != "," || pc.wordsIn(s, j) < 3 {
		return false
	}
	for x := s; x < j; x++ {
		if pc.toks[x].kind == tQuote || pc.isCue(x) {
			return false
		}
	}
	return true
}

// nounGoverning reads a speech noun with its owner right before
// quotation k: "her remark that “…”", "Trump's claim: “…”".
func (pc *pctx) nounGoverning(k int) (*entity, string) {
	v := k - 2
	if w := pc.word(k - 1); w != "that" && w != ":" {
		return nil, "" // "Trump's comments “are based on his opinion”": the words are about the comments
	}
	if !pc.has(v, wSpeechNoun) && pc.word(k-1) == "that" {
		for t := k - 3; t >= k-5 && t > pc.sentOf[k]; t-- {
			if pc.has(t, wSpeechNoun) && pc.skipWhen(t+1, k) == k-1 {
				v = t // "her remark on Tuesday that “…”"
				break
			}
		}
	}
	if v < 0 || !pc.has(v, wSpeechNoun) || pc.toks[v].poss {
		return nil, ""
	}
	e, _ := pc.possessorOf(v, pc.sentOf[k])
	if e == nil || e.org && !e.outlet && e.doc {
		return nil, ""
	}
	return e, pc.word(v)
}

// ownerAroundQuote reads a possessive name right before quotation k and a
// speech noun right after it: "Obama's “…” promise" is Obama's words.
func (pc *pctx) ownerAroundQuote(k int) (*entity, string) {
	if k < 1 || k+1 >= len(pc.toks) || !pc.toks[k-1].poss || !pc.isNameWord(k-1) || !pc.has(k+1, wSpeechNoun) {
		return nil, ""
	}
	e := pc.npEndingAt(k-1, pc.sentOf[k])
	if e == nil || e.group {
		return nil, ""
	}
	return e, pc.word(k + 1)
}

// trailingCue finds the cue that closes quotation k's sentence after a
// comma, with nothing said after it: the whole sentence, the quotation
// within it, is the cue's subject's ("…, Axelrod said.", "…, said Ana Ruiz.").
func (pc *pctx) trailingCue(k int) (*entity, string) {
	s, end := pc.sentOf[k], pc.sentEnd(k)
	for v := k + 1; v < end && v < k+window; v++ {
		if pc.toks[v].kind == tQuote {
			return nil, ""
		}
		if !pc.mayReport(v) {
			continue
		}
		if h := pc.reportingCueAt(v, s, end); h.ok && h.trailing && h.e != nil {
			return h.e, h.cue
		}
	}
	return nil, ""
}

// embeddingSubject is the person, body or document whose sentence holds a
// quotation of some length with no cue: "He offered “…”", "The Times
// characterized it as “…”"; nil for a short phrase, a title, or a group.
func (pc *pctx) embeddingSubject(k int, text string) *entity {
	if len(strings.Fields(text)) < 3 || pc.accusedOf(k) {
		return nil // (and "X has been accused of “living in a parallel universe”": the accuser's words, not X's)
	}
	s := pc.sentOf[k]
	switch st := pc.skipIntro(s, k); pc.word(st) {
	case "it's", "it’s":
		return nil // "It's “this new in-your-face journalism.”": no one's subject (but "It “amounts to …”" is the report's)
	case "it":
		if raw := pc.p.text[int(pc.toks[st].start):int(pc.toks[st].end)]; len(raw) > 2 {
			return nil // "It's", as the tokens spell it "it"
		}
		if w := pc.word(st + 1); w == "is" || w == "'s" || w == "’s" || w == "was" || w == "wasn't" || w == "wasn’t" || w == "isn't" || w == "isn’t" {
			return nil
		}
	}
	e := pc.sentenceSubject(s, k)
	if e == nil || e.group || !e.org && !e.outlet && !e.doc && !e.personLike() {
		return nil
	}
	return e
}

// accusedOf reports a quotation right after a passive charge: "has been
// accused of “…”", "was criticised for “…”".
func (pc *pctx) accusedOf(k int) bool {
	if k < 3 || pc.word(k-1) != "of" && pc.word(k-1) != "for" {
		return false
	}
	v := k - 2
	if !chargeVerbs[pc.word(v)] {
		return false
	}
	a := pc.pastAdverbs(v-1, 0)
	return passiveAux[pc.word(a)]
}

// chargeVerbs charge someone with words another used: "accused of".
var chargeVerbs = setOf(`accused criticised criticized blamed attacked condemned slammed mocked`)

func (pc *pctx) atSentenceStart(k int) bool {
	if pc.toks[k].sentStart {
		return true
	}
	if pc.sentOf[k] == k-1 && openingLinks[pc.word(k-1)] {
		return true // "But “…”": a bare quotation after a linking word
	}
	if pc.sentOf[k] == k-2 && pc.word(k-1) == "," && sentenceOpeners[pc.word(k-2)] {
		return true // "Now, “…”", "Still, “…”": an opening word and its comma
	}
	p := pc.toks[k-1]
	if p.low == ")" && k >= 2 && strings.ContainsAny(pc.toks[k-2].low, ".!?…") {
		return true // "(It’s the kind of game you dream about.) “Mais on n’a rien gagné encore.”": a translation closed its sentence
	}
	return p.kind == tQuote || (p.kind == tPunct && strings.ContainsAny(p.low, ".!?…:"))
}

// openingLinks open a sentence that is otherwise only a quotation.
var openingLinks = map[string]bool{"but": true, "and": true, "yet": true, "still": true, "so": true, "also": true}

func (pc *pctx) atParagraphStart(k int) bool {
	for i := 0; i < k; i++ {
		if pc.toks[i].kind == tWord {
			return false
		}
	}
	return true
}

// backfill gives the earlier parts of a quotation running over paragraphs
// the speaker its last part names (“… / “…,” said X).
func (an *analyzer) backfill(num int, e *entity) {
	carried := an.carriedRun(num)
	for p := num - 1; p >= 1 && p >= num-8; p-- {
		if p-1 >= len(an.hist) || !an.hist[p-1].runsOn || !an.sameOpeningMark(p, num) {
			return
		}
		i := an.lastQuoteIn(p)
		if i < 0 || an.owners[i] != nil && !carried && !(an.owners[i].unnamed && !e.unnamed && !e.org) {
			return // (but "his mother read a statement" then “… / “…,” said Irene Morin: the name the end gives)
		}
		an.owners[i] = e
		an.whys[i] = why{rule: "named-at-end", from: num}
		an.hist[p-1].speaker = e
		if p == 1 || !an.hist[p-2].runsOn {
			return // this part opened the quotation
		}
	}
}

// sameOpeningMark reports paragraphs p and q not opening with two
// different quotation marks: one quotation running on keeps its marks,
// where a straight-quoted excerpt followed by “…” is two.
func (an *analyzer) sameOpeningMark(p, q int) bool {
	if p < 1 || q < 1 || q > len(an.paras) {
		return false
	}
	a, _ := utf8.DecodeRuneInString(strings.TrimSpace(an.paras[p-1].text))
	b, _ := utf8.DecodeRuneInString(strings.TrimSpace(an.paras[q-1].text))
	return a == b || !strings.ContainsRune(openingMarks, a) || !strings.ContainsRune(openingMarks, b)
}

const openingMarks = "\"“‘'«"

// lastQuoteIn is the index of the last quotation statement of paragraph
// p, the last paragraph read so far or one before it, or -1.
func (an *analyzer) lastQuoteIn(p int) int {
	i := len(an.stmts) - 1
	for i >= 0 && an.stmts[i].Paragraph > p {
		i--
	}
	for i >= 0 && an.stmts[i].Paragraph == p && an.stmts[i].Kind != model.KindQuote {
		i--
	}
	if i < 0 || an.stmts[i].Paragraph != p {
		return -1
	}
	return i
}

// carriedRun reports a quotation running over the paragraphs before num
// whose opening part got its speaker only by carry-over: no one named it,
// so the name at its end ("“… / “… / “…,” the 67-year-old said") outranks
// the last speaker it was carried from.
func (an *analyzer) carriedRun(num int) bool {
	for p := num - 1; p >= 1 && p >= num-8; p-- {
		if p-1 >= len(an.hist) || !an.hist[p-1].runsOn {
			return false
		}
		i := an.lastQuoteIn(p)
		if i < 0 {
			return false
		}
		if p == 1 || !an.hist[p-2].runsOn {
			return an.whys[i].rule == "carry-over" // the part that opened the quotation
		}
		if an.whys[i].rule != "runs-on" {
			return false
		}
	}
	return false
}

// sentenceQuote reports quotation qi at token k standing as a whole
// sentence ending in its own stop after another sentence of the paragraph:
// "“…,” she said. “Call 911.”" is said, however like a title it reads.
func (pc *pctx) sentenceQuote(qi, k int) bool {
	q := strings.TrimSpace(pc.quoteText(qi))
	if k == 0 || !endsSentence(q) || pc.sentOf[k] != k && pc.sentOf[k] != k-1 {
		return false
	}
	n := k + 1
	return n >= len(pc.toks) || pc.toks[n].sentStart || pc.sentOf[n] != pc.sentOf[k]
}

// chanted are what a crowd does with words: no voice a bare quotation
// after it goes on in.
var chanted = setOf(`chanted chant chants chanting shouted shout shouting yelled chorused sang`)

// carry gives a paragraph that opens with a bare quotation its speaker: the
// same voice running on, the other side of a dialogue, or the last speaker.
// It names the rule and the paragraph the speaker was carried from.
func (an *analyzer) carry(p *para, text string) (*entity, string, int) {
	n := p.num - 1 // index of this paragraph in hist
	if n == 0 || n > len(an.hist) {
		return nil, "", 0
	}
	if an.headline == 1 && (n == 1 || an.lastStmtPar == 1) {
		return nil, "", 0 // a headline's speaker goes on in no bare quotation below it
	}
	prev := an.hist[n-1]
	if prev.runsOn {
		return prev.speaker, "runs-on", n
	}
	if prev.colon != nil {
		return prev.colon, "colon", n
	}
	if an.paras[n-1].qa == "Q" && an.interviewee != nil {
		return an.interviewee, "interview", 0 // the answer to an interview's question
	}
	if !prev.hasQuote || prev.speaker == nil && !prev.question { // (a term it held at arm's length, “go after them”, is no one's voice to run on)
		if e := an.askedBefore(n); e != nil {
			return e, "answer", n // "Asked who was paying, Nolan Pelletier didn't hesitate." then "“He is.”"
		}
		if e := an.setUpBy(n); e != nil {
			return e, "set-up", n // "…, Lachapelle was blunt." then "“This isn’t about money.”"
		}
		if an.lastSpeaker != nil && p.num-an.lastStmtPar <= 2 {
			return an.lastSpeaker, "carry-over", an.lastStmtPar
		}
		return nil, "", 0
	}
	if n >= 2 {
		prev2 := an.hist[n-2]
		if prev2.hasQuote && prev2.speaker != nil && prev2.speaker != prev.speaker &&
			(prev.question || prev.alternated || prev2.question && (endsQuestion(text) || rejoinder(text))) { // after a question and its answer, the asker speaks again only to ask or to press the point
			return prev2.speaker, "dialogue", n - 1
		}
	}
	if prev.question && prev.addressee != nil && prev.addressee != prev.speaker {
		return prev.addressee, "answer", n // the answer to a question put to someone
	}
	return prev.speaker, "carry-over", n
}

// rejoinder reports a short quotation that presses the point just answered:
// "But possible." after "“Possible,” Vos said. “Not likely.”" (a long
// one is the answer running on).
func rejoinder(text string) bool {
	w := strings.Fields(strings.Trim(text, " “”\"'‘’"))
	return len(w) > 0 && len(w) <= 4 && (w[0] == "But" || w[0] == "So" || w[0] == "Yet")
}

// endsQuestion reports a quotation that ends in a question mark.
func endsQuestion(text string) bool {
	return strings.HasSuffix(strings.TrimRight(text, " ,”’\"'"), "?")
}

// askedBefore is the person a paragraph with no quotation, opening
// "Asked …,", names last (its main clause's subject): the one who answers
// in the bare quotation after it. n is that paragraph's number.
func (an *analyzer) askedBefore(n int) *entity {
	if !strings.HasPrefix(an.paras[n-1].text, "Asked ") {
		return nil
	}
	for k := len(an.lastNamed) - 1; k >= 0; k-- {
		if e := an.lastNamed[k]; !e.org && !e.group && !e.doc && e.personLike() {
			return e
		}
	}
	return nil
}

// askerOf is the one who asks in paragraph n's "Asked by X whether …",
// or nil.
func (an *analyzer) askerOf(n int) *entity {
	if n < 1 || !strings.HasPrefix(an.paras[n-1].text, "Asked by ") {
		return nil // the cheap test first: this is asked at every paragraph's first pronoun
	}
	for k := len(an.stmts) - 1; k >= 0 && an.stmts[k].Paragraph >= n; k-- {
		if st := an.stmts[k]; st.Paragraph == n && st.Cue == "asked" && an.owners[k] != nil {
			return an.owners[k]
		}
	}
	return nil
}

// setUpBy is the one person a short paragraph before n names as its
// actor when it reports nothing: a sentence that sets up the quotation
// after it ("Speaking at an afternoon news conference, Lachapelle was
// blunt.").
func (an *analyzer) setUpBy(n int) *entity {
	if an.lastStmtPar == n {
		return nil
	}
	return an.hist[n-1].setUp
}

// lastPersonNamed is the person this paragraph names last, not as an
// owner, or nil.
func (pc *pctx) lastPersonNamed() *entity {
	for i := len(pc.mentions) - 1; i >= 0; i-- {
		m := pc.mentions[i]
		if !m.e.org && !m.e.group && !m.e.doc && !m.e.outlet && m.e.personLike() && !pc.toks[pc.runEnd(m.tok)-1].poss {
			return m.e
		}
	}
	return nil
}

// introducedBeforeRun is who a pronoun closing a quotation that ran over
// paragraphs to num stands for, when not e: the person of e's gender the
// paragraph before the quotation opened names last, reporting nothing
// itself ("Several were read aloud, including one from Okonkwo's mother,
// Ngozi Okonkwo." then the statement, then "…,” she told Brophy").
func (an *analyzer) introducedBeforeRun(num int, e *entity) *entity {
	o := num
	for o > 1 && o-2 < len(an.hist) && an.hist[o-2].runsOn {
		o-- // paragraph o-1 ran on into o
	}
	if o == num || o < 2 || o-2 >= len(an.hist) {
		return nil
	}
	p := an.hist[o-2].introduced
	if p == nil || p == e || e == nil || p.gender != e.gender {
		return nil
	}
	return p
}

// setUpPerson is the one person this short paragraph names other than
// after a preposition or as an owner, or nil.
func (pc *pctx) setUpPerson() *entity {
	if len(pc.p.text) > 320 || strings.HasSuffix(strings.TrimSpace(pc.p.text), ":") {
		return nil // "Vera Lund found a note on the table:": what follows is the note's
	}
	last := 0 // the last sentence's first token
	for k := 1; k < len(pc.toks); k++ {
		if pc.toks[k].sentStart {
			last = k
		}
	}
	var one *entity
	for _, m := range pc.mentions {
		e := m.e
		if e.org || e.group || e.doc || e.outlet || !e.personLike() {
			continue
		}
		if one != nil && one != e && pc.toks[pc.runEnd(m.tok)-1].poss && pc.inAppositiveOf(m.tok) {
			continue // "Daniel Ferreira, Ana’s husband and Lucas’s father, was the first to read": whose husband he is
		}
		if pc.prepositionObject(m.tok) || pc.toks[pc.runEnd(m.tok)-1].poss || one != nil && one != e {
			return nil
		}
		one = e
	}
	if one != nil && last > 0 && !pc.opensWith(last, one) {
		return nil // "Megyn Kelly moderated. A columnist was unimpressed." sets up the columnist
	}
	return one
}

// inAppositiveOf reports token k inside an aside set off by commas right
// after a name: "Daniel Ferreira, Ana’s husband, …".
func (pc *pctx) inAppositiveOf(k int) bool {
	for c := k - 1; c > 0 && c >= k-6; c-- {
		if pc.word(c) == "," {
			return pc.isNameWord(c - 1)
		}
		if pc.toks[c].kind != tWord {
			return false
		}
	}
	return false
}

// opensWith reports the sentence at k opening with e's name or a pronoun
// that may stand for e: "She spoke to reporters outside the courthouse."
func (pc *pctx) opensWith(k int, e *entity) bool {
	if pc.has(k, wPrep) {
		for c := k + 1; c < len(pc.toks) && c < k+8; c++ {
			if pc.word(c) == "," {
				k = c + 1 // "In the spring of 2023, she began keeping a notebook."
				break
			}
		}
	}
	if g, ok := pronounGender(pc.word(k)); ok {
		return pc.word(k) != "it" && pc.word(k) != "they" && (g == e.gender || e.gender == unknownGender)
	}
	for _, m := range pc.mentions {
		if m.tok == k {
			return m.e == e
		}
	}
	return false
}

func (pc *pctx) frameSpeaker(v int, e *entity) {
	if uint(v) >= uint(len(pc.toks)) {
		return // no cue token (-1): nothing asks about it
	}
	if len(pc.framedBy) == 0 {
		pc.framedBy = grow(pc.framedBy, len(pc.toks)) // the last paragraph's storage
	}
	pc.framedBy[v] = e
}

// framedAt is the speaker of the cue at token v that framed a quotation,
// nil when it framed none.
func (pc *pctx) framedAt(v int) *entity {
	if uint(v) >= uint(len(pc.framedBy)) {
		return nil
	}
	return pc.framedBy[v]
}

// summaryAfter reports a noun phrase summing up the quotation at k that
// follows it after a comma, "…”, a charge their lawyers rejected": its cue
// is a comment on the words, not their frame.
func (pc *pctx) summaryAfter(k int) bool {
	w := pc.word(k + 2)
	return pc.word(k+1) == "," && (w == "a" || w == "an") && k+3 < len(pc.toks) && pc.toks[k+3].kind == tWord && !pc.toks[k+3].cap && !pc.isCue(k+3) && pc.hasCueIn(pc.sentOf[k], k)
}

func (pc *pctx) setFramed(v int) {
	if uint(v) >= uint(len(pc.toks)) {
		return // no cue token (-1): nothing asks about it
	}
	if len(pc.framed) == 0 {
		pc.framed = grow(pc.framed, len(pc.toks)) // the last paragraph's storage
	}
	pc.framed[v] = true
}

// isFramed is asked of every token of a sentence: a slice, not a map.
func (pc *pctx) isFramed(v int) bool { return uint(v) < uint(len(pc.framed)) && pc.framed[v] }

// wordsBefore counts the words of quotation token k's sentence before it.
func (pc *pctx) wordsBefore(k int) int {
	n := 0
	for i := max(pc.sentOf[k], k-window); i < k; i++ {
		if pc.toks[i].kind == tWord {
			n++
		}
	}
	return n
}

// verdictAfter reads the sentence after a quotation that ends its own
// sentence, when it names whose words they were: "That was the verdict of
// John Smith", "Those were the words of the minister", "That quote from
// Thomas Krebs appeared …". Nil otherwise.
func (pc *pctx) verdictAfter(k int) *entity {
	n := pc.sentEnd(k)
	if n > k+2 || n >= len(pc.toks) || !pc.is(n, mVerdictOpener) {
		return nil
	}
	if verdictNouns[pc.word(n+1)] {
		// "That quote from Alabama Securities Commissioner Thomas Krebs appeared …"
		at := n + 2
		if pc.word(at) == "," || pc.word(at) == "came" {
			at++
		}
		if w := pc.word(at); w == "from" || w == "by" {
			return pc.agentAt(at+1, pc.sentEnd(at))
		}
		return nil
	}
	if !copulas[pc.word(n+1)] || pc.word(n+2) != "the" {
		return nil
	}
	for v := n + 3; v < n+6 && v < len(pc.toks); v++ {
		if verdictNouns[pc.word(v)] && pc.word(v+1) == "of" {
			return pc.agentAt(v+2, pc.sentEnd(v))
		}
	}
	return nil
}

// roleLabelAfter is whom a role's label closing the paragraph after the
// quotation at k names, with no verb: "“…” Republican National Committee
// member." (a pull quote's credit), when the article gave someone that
// role; nil otherwise.
func (pc *pctx) roleLabelAfter(k int) *entity {
	i := k + 1
	if i >= len(pc.toks) || !pc.toks[i].cap || pc.toks[i].kind != tWord {
		return nil
	}
	end := len(pc.toks)
	for end > i && pc.toks[end-1].kind != tWord {
		end-- // the full stop, and a stray mark after it
	}
	if end-i > 6 || end-i < 1 || !pc.has(end-1, wRole) {
		return nil
	}
	for x := i; x < end; x++ {
		if t := pc.toks[x]; t.kind != tWord || verbLike(t) || pc.isCue(x) {
			return nil
		}
	}
	e := pc.an.reg.latest(func(o *entity) bool {
		return o.unnamed && strings.HasSuffix(strings.ToLower(o.display), strings.ToLower(pc.phraseText(i, end)))
	})
	return e
}

var verdictOpeners = setOf(`that this those these such`)

var copulas = setOf(`was is were are`)

var verdictNouns = setOf(`verdict view views assessment message word words reaction response warning advice
conclusion take opinion plea promise argument thinking sentiment quote remark remarks comment comments line`)

// prevSentenceSpeaker is the subject of a cue verb in the sentence just
// before quotation k in its paragraph, when that sentence quotes nothing.
func (pc *pctx) prevSentenceSpeaker(k int) *entity {
	s := pc.sentOf[k]
	if s == 0 {
		return nil
	}
	ps := max(pc.sentOf[s-1], s-window)
	for v := ps; v < s; v++ {
		if pc.toks[v].kind == tQuote {
			return nil
		}
	}
	for v := s - 1; v >= ps; v-- { // the main verb comes last: "Asked whether …, he laughed."
		if (pc.toks[v].cueLemma() != "" || pc.toks[v].has(wPhrasalHead)) && pc.isCue(v) { // "Her husband Tom cut in."
			if e := pc.subjectBefore(v, ps); e != nil && !e.outlet {
				return e
			}
			return nil
		}
	}
	if pc.sentEnd(k) > k+2 {
		return nil // the quotation is not a sentence of its own
	}
	e := pc.sentenceSubject(ps, s)
	if w := pc.word(ps); (w == "for" || w == "to") && pc.isNameWord(ps+1) && pc.word(pc.runEnd(ps+1)) == "," {
		e = pc.entityAt(ps+1, pc.runEnd(ps+1)) // "For Smith, that isn’t enough.": whom the sentence is about
	}
	if e != nil && !e.org && !e.group && !e.outlet && !e.doc && e.personLike() && pc.onlyNamed(e, ps, s) {
		return e // "Smith shook his head. “Words don’t grow wheat.”": the one just spoken of
	}
	return nil
}

// onlyNamed reports that e is the one person or body named in [s, end).
func (pc *pctx) onlyNamed(e *entity, s, end int) bool {
	for _, m := range pc.mentions {
		if m.tok >= s && m.tok < end && m.e != e {
			return false
		}
	}
	return true
}

// lastBodySpoke is the body that spoke last, in the paragraph before, for a
// bare "A spokeswoman said" that opens the next: nil when the last speaker
// was a person, or spoke further back.
func (an *analyzer) lastBodySpoke() *entity {
	b := an.lastSpeaker
	if b == nil || !isBody(b) || an.lastStmtPar != len(an.paraTicks)-1 {
		return nil
	}
	return b
}

// bareSpokes reports "a spokeswoman", "A spokesperson": a spokesperson
// described by nothing else.
func bareSpokes(display string) bool {
	art, noun, ok := strings.Cut(strings.ToLower(display), " ")
	return ok && art == "a" && spokesRoles[noun]
}

// onlyBy reports that every owner is b or no one: the paragraph has no
// other speaker before.
func onlyBy(owners []*entity, b *entity) bool {
	for _, o := range owners {
		if o != nil && o != b {
			return false
		}
	}
	return true
}

// isBody reports an organisation that speaks for itself: no group of
// people, outlet, document or unnamed source.
func isBody(b *entity) bool {
	return b.org && !b.group && !b.outlet && !b.doc && !b.unnamed
}

// emit turns the paragraph's findings into statements, in text order.
func (an *analyzer) emit(pc *pctx, reported []model.Statement) {
	// quotations and reported statements are each in text order: merge them
	qi, ri, si := 0, 0, 0
	body, first := an.lastBodySpoke(), len(an.stmts)
	for qi < len(pc.p.spans) || ri < len(reported) {
		var st model.Statement
		var e *entity
		var w why
		if ri >= len(reported) || qi < len(pc.p.spans) && pc.p.spans[qi].TextStart < reported[ri].Start {
			s := pc.p.spans[qi]
			st = model.Statement{Paragraph: pc.p.num, Kind: model.KindQuote, Text: pc.p.text[s.TextStart:s.TextEnd],
				Cue: pc.cues[qi], Via: pc.vias[qi], Start: s.TextStart, End: s.TextEnd}
			e, w = pc.speakers[qi], pc.whys[qi]
			qi++
		} else {
			st = reported[ri]
			if st.SpeakerIndex >= 0 {
				e = an.reg.ents[st.SpeakerIndex]
			}
			w = pc.repWhys[st.Start]
			if w.rule == "" {
				w.rule, w.cue = "reported", st.Cue
			}
			if st.Cue == "A:" {
				w = why{rule: "interview"}
			}
			ri++
		}
		if e != nil && e.unnamed && bareSpokes(e.display) {
			b := body
			if n := len(an.owners); n > first && an.owners[n-1] != nil && isBody(an.owners[n-1]) {
				b = an.owners[n-1] // "Federated Farmers said it had not taken a position. A spokesperson said …": in one paragraph
			}
			if b != nil && onlyBy(an.owners[first:], b) {
				e = b // "The Department for Education said …", then "A spokeswoman said: “…”": the department's
			}
		}
		if e != nil && e.unnamed && pc.givenOnly != nil && pc.givenOnly != e {
			e = pc.givenOnly // "A woman in line, who asked that only her first name, Tamara, be used, says": Tamara
		}
		// subjects and speakers join the recency list in text order
		for ; si < len(pc.subjects) && pc.subjAt[si] <= st.Start; si++ {
			an.addRecent(pc.subjects[si], pc.p.num)
		}
		an.noteContext(pc, &st, e, &w)
		pc.noteDocAuthor(&st, e)
		an.stmts = append(an.stmts, st)
		an.owners = append(an.owners, e)
		an.whys = append(an.whys, w)
		if e != nil && !e.asker {
			an.lastSpeaker = e
			an.reg.speakerBy, e.spoke = e, true
			an.lastStmtPar = pc.p.num
			an.addRecent(e, pc.p.num)
			if o := an.outerSpeaker(st, e); o != nil {
				an.lastSpeaker = o // "X said a staff member had told him “…”": X goes on speaking, not the one X quotes
				an.addRecent(o, pc.p.num)
			}
		}
	}
	for _, e := range pc.subjects[si:] {
		an.addRecent(e, pc.p.num)
	}
}

// outerSpeaker is the speaker of the reported statement of the same
// paragraph that holds quotation st, or that a relative clause st ("…,
// former Ohio Gov. Robert Marsh, who has denied wrongdoing.") closes, when
// that is another person than st's speaker e; nil otherwise.
func (an *analyzer) outerSpeaker(st model.Statement, e *entity) *entity {
	relative := st.Kind == model.KindReported && strings.HasPrefix(st.Text, "who ")
	if st.Kind != model.KindQuote && !relative {
		return nil
	}
	for k := len(an.stmts) - 2; k >= 0 && an.stmts[k].Paragraph == st.Paragraph; k-- {
		r := an.stmts[k]
		if relative && r.Kind == model.KindReported && r.End >= st.Start-2 || r.Kind == model.KindReported && r.Start <= st.Start && st.End <= r.End {
			if o := an.owners[k]; o != nil && o != e && !o.org && !o.group && o.personLike() {
				return o
			}
			return nil
		}
	}
	return nil
}

func (an *analyzer) addRecent(e *entity, para int) {
	e.acted = true
	an.recent = append(an.recent, e)
	an.recentAt = append(an.recentAt, para)
}

// remember keeps what the dialogue rules need of this paragraph.
func (an *analyzer) remember(pc *pctx) {
	if an.headline == 1 && pc.p.num == 1 {
		an.headlineEnts = len(an.reg.ents) // the entities the headline brought in
	}
	sum := paraSum{alternated: pc.alternated}
	if n := len(pc.p.spans); n > 0 {
		last := pc.p.spans[n-1]
		q := strings.TrimRight(pc.p.text[last.TextStart:last.TextEnd], " ”’\"'")
		sum.hasQuote = true
		sum.speaker = pc.speakers[n-1]
		if k := len(an.stmts) - 1; k >= 0 && an.stmts[k].Paragraph == pc.p.num && sum.speaker != nil {
			if o := an.outerSpeaker(an.stmts[k], sum.speaker); o != nil {
				sum.speaker = o // the last quotation is one the paragraph's speaker quotes
			}
		}
		if e := sum.speaker; n > 1 && e != nil && e.group && pc.speakers[0] != nil && !pc.speakers[0].group && chanted[pc.cues[n-1]] {
			sum.speaker = pc.speakers[0] // "“…,” Brennaman said, as the crowd chanted “Drain it!”": his voice goes on, not the chant's
		}
		sum.question = strings.HasSuffix(q, "?") || pc.cues[n-1] == "asked"
		sum.runsOn = !last.Closed
		if sum.question {
			sum.addressee = pc.addressee(n-1, sum.speaker)
		}
	}
	sum.colon = pc.colonSpeaker()
	sum.list = an.listLead(pc, sum.colon)
	sum.setUp = pc.setUpPerson()
	if an.lastStmtPar != pc.p.num && !sum.hasQuote {
		sum.introduced = pc.lastPersonNamed()
	}
	if n := len(pc.toks); sum.colon != nil && n >= 2 && blockCues[pc.toks[n-2].cueLemma()] {
		sum.colonVerb = true
	}
	idx := pc.p.num - 1
	for len(an.hist) < idx {
		an.hist = append(an.hist, paraSum{})
	}
	if len(an.hist) == idx {
		an.hist = append(an.hist, sum)
	}
	an.lastNamed = an.lastNamed[:0]
	for _, m := range pc.mentions {
		an.lastNamed = append(an.lastNamed, m.e)
	}
	// names after a preposition first: read latest first, the names in
	// subject place come before them ("Did that mean Garcia would vote for
	// Trump?" / "“No,” he said" is Garcia)
	for pass := 0; pass < 2; pass++ {
		for _, m := range pc.mentions {
			if pc.prepositionObject(m.tok) == (pass == 0) {
				m.e.namedPara = pc.p.num
				an.mentioned = append(an.mentioned, m.e)
				an.mentionedAt = append(an.mentionedAt, pc.p.num)
			}
		}
	}
	if n := len(pc.toks); n > 0 && len(pc.sentOf) == n {
		if e := pc.titleOpening(pc.sentOf[n-1], n); e != nil {
			an.mentioned = append(an.mentioned, e) // "The First Minister is expected in Arran." then "she said": her
			an.mentionedAt = append(an.mentionedAt, pc.p.num)
		}
	}
	if n := len(an.mentioned); n > 24 {
		an.mentioned = append(an.mentioned[:0], an.mentioned[n-12:]...)
		an.mentionedAt = append(an.mentionedAt[:0], an.mentionedAt[n-12:]...)
	}
	if len(an.recent) > 64 {
		n := len(an.recent)
		an.recent = append(an.recent[:0], an.recent[n-16:]...)
		an.recentAt = append(an.recentAt[:0], an.recentAt[n-16:]...)
	}
}

// addressee guesses whom question qi asks: the person it names first
// ("Mr. Novak, where were you?"), else the last other person named.
func (pc *pctx) addressee(qi int, asker *entity) *entity {
	q := strings.TrimSpace(pc.quoteText(qi))
	if c := strings.IndexByte(q, ','); c > 0 && c < 40 {
		words := strings.Fields(q[:c])
		if n := len(words); n > 0 && startsUpper(words[n-1]) {
			m := mention{low: []string{strings.ToLower(strings.Trim(words[n-1], ".'’"))}}
			for _, w := range words[:n-1] {
				m.title = append(m.title, strings.ToLower(strings.TrimSuffix(w, ".")))
			}
			if e := pc.an.reg.find(m); e != nil && e != asker && !e.org {
				return e
			}
		}
	}
	if strings.Contains(q, ". ") || strings.Contains(q, "! ") {
		return nil // "…, and you'd sit with them. And what else are you going to do?": asked of no one
	}
	for _, e := range pc.candidates(len(pc.toks)) {
		if e != asker && !e.org && !e.outlet {
			return e
		}
	}
	return nil
}

// issuesStatement reports a verb of issuing and a speech noun in [s, e):
// "issued the following statement", "released a message" (but not "found
// a note from her son on the table").
func (pc *pctx) issuesStatement(s, e int) bool {
	return pc.issuingVerb(s, e) >= 0
}

// issuingVerb is the verb of issuing in [s, e) when a speech noun is there
// too; -1 when not.
func (pc *pctx) issuingVerb(s, e int) int {
	verb, noun := -1, false
	for k := s; k < e; k++ {
		switch pc.word(k) {
		case "issued", "released", "issues", "releases", "delivered", "sent", "put", "posted", "tweeted", "gave", "provided", "read":
			if verb < 0 {
				verb = k
			}
		case "statement", "message", "remarks", "response", "comment", "comments", "tweet", "reply":
			noun = true
		}
	}
	if !noun {
		return -1
	}
	return verb
}

// colonSpeaker is the subject of a cue that ends the paragraph with a colon
// ("X wrote to parents on Sunday:"): the next paragraph's quotation is theirs.
func (pc *pctx) colonSpeaker() *entity {
	if pc.announced != nil {
		return pc.announced // "X said in a statement." before a quotation
	}
	n := len(pc.toks)
	if n < 2 || len(pc.sentOf) != n || pc.word(n-1) != ":" {
		return nil // sentences are not indexed in a byline or web furniture ("Related:")
	}
	s := pc.sentOf[n-1]
	for v := n - 2; v >= s && v >= n-12; v-- {
		if pc.isCue(v) {
			return pc.subjectBefore(v, s)
		}
	}
	if pc.word(s) == "as" {
		for v := s + 2; v < n-1 && v <= s+8; v++ {
			if pc.isCue(v) {
				return pc.subjectBefore(v, s) // "As Breitbart's Joel Pollak reported after the FBI left the scene:"
			}
		}
	}
	if n-s < 30 && pc.issuesStatement(s, n-1) {
		// "Trump issued the following statement:": the sentence's subject announces it
		if e := pc.sentenceSubject(s, n-1); e != nil && !e.group && !e.outlet && (e.org || e.doc || e.personLike()) {
			return e
		}
	}
	return nil
}

// listLead is whose list the paragraph announces or continues: a list
// item continues the list before it; a paragraph ending in a colon
// announces a list of its colon's speaker ("FortisBC said:"), of the body
// "according to" names ("According to the union, the agreement
// includes:"), or of the speaker of its last statement, when that runs to
// the colon ("the authority says it has taken several steps, including:").
func (an *analyzer) listLead(pc *pctx, colon *entity) *entity {
	if bulletLen(pc.p.text) > 0 {
		if n := pc.p.num - 1; n > 0 && n <= len(an.hist) && an.hist[n-1].list != nil {
			return an.hist[n-1].list
		}
	}
	n := len(pc.toks)
	if n < 3 || pc.word(n-1) != ":" {
		return nil
	}
	if colon != nil {
		return colon
	}
	if len(pc.sentOf) == n {
		s := pc.sentOf[n-1]
		if pc.word(s) == "according" && pc.word(s+1) == "to" {
			for _, m := range pc.mentions {
				if m.tok > s+1 && m.tok < n && (m.e.org || m.e.personLike()) {
					return m.e
				}
			}
		}
	}
	for i := len(an.stmts) - 1; i >= 0 && an.stmts[i].Paragraph == pc.p.num; i-- {
		if st := an.stmts[i]; st.Kind == model.KindReported && an.owners[i] != nil && st.End >= int(pc.toks[n-2].end) {
			return an.owners[i]
		}
	}
	if v := n - 2; pc.isCue(v) && len(pc.sentOf) == n {
		if e, ok := pc.otherSubject(v, pc.sentOf[v]); ok && e != nil && !e.outlet {
			return e // "Among its key points, the outlook says:": the outlook's list
		}
	}
	return pc.findingsOwner(n - 1)
}

// findingsOwner is whose findings a lead-in ending at the colon c lists:
// "Among its findings:" after "The audit examined …" is the audit's.
func (pc *pctx) findingsOwner(c int) *entity {
	if pc.word(c-1) == "that" {
		c-- // "including that:"
	}
	if pc.word(c-1) == "including" && pc.word(c-2) == "," && c-3 > 0 && findingsNouns[pc.word(c-3)] && len(pc.sentOf) > c {
		if p := pc.skipIntro(pc.sentOf[c], c); pc.has(p, wDeterminer) && (pc.is(p+1, mDocHead) || findingNouns[pc.word(p+1)]) {
			return pc.thingOrPerson(p, p+2) // "The report makes 14 recommendations, including that:": the report's
		}
	}
	for k := c - 1; k > 0 && k >= c-3; k-- {
		if !findingsNouns[pc.word(k)] {
			continue
		}
		o := k - 1
		if w := pc.word(o); w == "other" || w == "key" || w == "main" || w == "chief" || w == "central" {
			o-- // "Among the report's other findings:"
		}
		switch {
		case pc.word(o) == "its":
			if s := pc.sentOf[o]; s > 0 {
				p := pc.skipIntro(pc.sentOf[s-1], s)
				if pc.has(p, wDeterminer) && (pc.is(p+1, mDocHead) || findingNouns[pc.word(p+1)]) {
					return pc.thingOrPerson(p, p+2) // "The audit examined 1,150 alerts. Among its findings:": the audit's
				}
			}
			if e := pc.resolvePronoun("it", o); e != nil && !e.outlet {
				return e
			}
			return nil
		case pc.word(o) == "their":
			return pc.resolvePronoun("they", o)
		case pc.toks[o].poss && pc.isNameWord(o):
			return pc.npEndingAt(o, pc.sentOf[o])
		case pc.toks[o].poss:
			if e := pc.roleNP(o, pc.sentOf[o]); e != nil || !pc.is(o, mDocHead) || o == 0 || !pc.has(o-1, wDeterminer) {
				return e
			}
			text := pc.p.text[int(pc.toks[o-1].start):int(pc.toks[o].end)]
			return pc.an.document(strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")) // "Among the survey's other findings:": the survey's
		}
		return nil
	}
	return nil
}

var findingsNouns = setOf(`findings recommendations conclusions`)

// blockCues announce, right before a colon, words that may follow in a
// paragraph of their own without quotation marks.
var blockCues = setOf(`write say add note explain continue tweet post state declare conclude argue observe`)

// shoutedBefore reports a quotation right after a verb of calling out
// ("chanting “Dump Trump.”", "shouted, “Lock Her Up!”"): a slogan in title
// case, but words said, not a title.
func (pc *pctx) shoutedBefore(k int) bool {
	v := k - 1
	if pc.word(v) == "," {
		v--
	}
	lemma, _ := pc.cueAt(v)
	return shoutCues[lemma]
}

var shoutCues = setOf(`chant shout yell scream cry exclaim say interject interrupt quip reply respond retort joke snap answer ask declare`)

// noteDocAuthor files speaker e as the author of the document its
// statement's sentence names, "In a report released Thursday, director
// Maryse Thibodeau concluded …" or "…,” Ostrowski wrote in her reasons":
// a later "the report says" or "according to the decision" is theirs.
func (pc *pctx) noteDocAuthor(st *model.Statement, e *entity) {
	if e == nil || e.group || e.doc || e.unnamed || e.outlet || len(pc.sentOf) != len(pc.toks) {
		return // (a byline's or a tweet's paragraph has no sentences indexed)
	}
	k := sort.Search(len(pc.toks), func(k int) bool { return int(pc.toks[k].start) >= st.Start })
	if k == len(pc.toks) {
		return
	}
	doc := pc.docIntro(pc.sentOf[k], pc.sentEndOf[k])
	if doc == "" {
		j := sort.Search(len(pc.toks), func(j int) bool { return int(pc.toks[j].start) >= st.End })
		doc = pc.writtenIn(j, j+6)
	}
	if doc == "" && st.Kind == model.KindReported && st.Cue != "" {
		doc = pc.writtenIn(k, pc.sentEndOf[k]) // "…, the Competition Bureau says in a long-awaited market study, though …": the sentence holds its cue
	}
	if doc != "" {
		pc.an.docAuthor, pc.an.docAuthorOf = e, doc
	}
}

// docIntro is the noun of the author's document that opens the sentence
// from s to end ("In a report released Thursday, …", "In her decision,
// …"), or "".
func (pc *pctx) docIntro(s, end int) string {
	if pc.word(s) != "in" || !ownDocDets[pc.word(s+1)] {
		return ""
	}
	for x := s + 2; x < end && x < s+8; x++ {
		if w := pc.word(x); authoredDocs[w] != "" {
			return authoredDocs[w]
		} else if w == "," {
			break
		}
	}
	return ""
}

// writtenIn is the noun of the document a cue after a quotation names,
// from token j: "…,” Thibodeau wrote in her 38-page decision.", or "".
func (pc *pctx) writtenIn(j, end int) string {
	for x := j; x < len(pc.toks) && x < end; x++ {
		if pc.word(x) == "." {
			return ""
		}
		if !pc.toks[x].has(wCue) || pc.word(x+1) != "in" || !ownDocDets[pc.word(x+2)] {
			continue
		}
		for y := x + 3; y < len(pc.toks) && y < x+6; y++ {
			if d := authoredDocs[pc.word(y)]; d != "" {
				return d
			}
		}
	}
	return ""
}

var ownDocDets = setOf(`a an the her his its their`)

// authoredDocs are the documents whose author is their speaker, by the
// noun a later mention calls them: a tribunal's reasons are its decision.
var authoredDocs = map[string]string{"report": "report", "decision": "decision", "reasons": "decision",
	"ruling": "ruling", "judgment": "judgment", "findings": "report", "review": "review", "audit": "audit", "study": "report", "survey": "report"}

// docKind is the noun by which a later mention may call document w: "a
// market study" is "the report" after it.
func docKind(w string) string {
	if d := authoredDocs[w]; d != "" {
		return d
	}
	return w
}
