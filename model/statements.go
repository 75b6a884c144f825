package model

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attributeQuote decides whose words quotation qi holds, trying the rules
// from the tightest syntax to the loosest carry-over.
func (pc *pctx) attributeQuote(qi int) {
	k := pc.p.qtok[qi]
	text := pc.quoteText(qi)
	set := func(e *entity, cue, via string) {
		pc.speakers[qi], pc.cues[qi], pc.vias[qi] = e, cue, via
		if e != nil {
			pc.lastInP = e
			if qi == 0 && pc.atParagraphStart(k) {
				pc.an.backfill(pc.p.num, e)
			}
		}
	}
	if pc.isNickname(k) || pc.namedBefore(k) {
		return
	}
	if e, cue, v, ok := pc.cueAfter(k); ok {
		pc.setFramed(v)
		if e != nil && pc.wordsBefore(k) >= 3 {
			pc.midFrame = append(pc.midFrame, k) // "Evacuations had begun “…,” she said": the start is reported
			pc.midFrameBy = append(pc.midFrameBy, e)
		}
		set(e, cue, "")
		return
	}
	if titleLike(text) && pc.word(k-1) != ":" {
		return
	}
	if e, cue, v, ok := pc.cueFrameBefore(k); ok {
		pc.setFramed(v)
		set(e, cue, "")
		return
	}
	if titleLike(text) {
		return
	}
	if e, cue, via, ok := pc.governingCue(k); ok {
		set(e, cue, via)
		return
	}
	if pc.atSentenceStart(k) {
		if pc.lastInP != nil {
			set(pc.lastInP, "", "")
			return
		}
		if e := pc.prevSentenceSpeaker(k); e != nil {
			set(e, "", "") // "Menon laughed. “I tell them to walk.”"
			return
		}
		if pc.atParagraphStart(k) {
			e, alt := pc.an.carry(pc.p)
			pc.alternated = alt
			set(e, "", "")
		}
	}
}

func (pc *pctx) atSentenceStart(k int) bool {
	if pc.toks[k].sentStart {
		return true
	}
	p := pc.toks[k-1]
	return p.kind == tQuote || (p.kind == tPunct && strings.ContainsAny(p.low, ".!?…"))
}

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
	for p := num - 1; p >= 1 && p >= num-8; p-- {
		if p-1 >= len(an.hist) || !an.hist[p-1].runsOn {
			return
		}
		i := len(an.stmts) - 1
		for i >= 0 && an.stmts[i].Paragraph == p && an.stmts[i].Kind != KindQuote {
			i--
		}
		if i < 0 || an.stmts[i].Paragraph != p || an.owners[i] != nil {
			return
		}
		an.owners[i] = e
		an.hist[p-1].speaker = e
		if an.stmts[i].Start > 0 {
			return // this part opened the quotation
		}
	}
}

// carry gives a paragraph that opens with a bare quotation its speaker: the
// same voice running on, the other side of a dialogue, or the last speaker.
func (an *analyzer) carry(p *para) (*entity, bool) {
	n := p.num - 1 // index of this paragraph in hist
	if n == 0 || n > len(an.hist) {
		return nil, false
	}
	prev := an.hist[n-1]
	if prev.runsOn {
		return prev.speaker, false
	}
	if prev.colon != nil {
		return prev.colon, false
	}
	if !prev.hasQuote {
		if an.lastSpeaker != nil && p.num-an.lastStmtPar <= 2 {
			return an.lastSpeaker, false
		}
		return nil, false
	}
	if n >= 2 {
		prev2 := an.hist[n-2]
		if prev2.hasQuote && prev2.speaker != nil && prev2.speaker != prev.speaker &&
			(prev.question || prev.alternated || prev2.question) {
			return prev2.speaker, true
		}
	}
	if prev.question && prev.addressee != nil && prev.addressee != prev.speaker {
		return prev.addressee, true // the answer to a question put to someone
	}
	return prev.speaker, false
}

// reportedSentence finds indirect speech in the sentence [s, end): a cue
// verb with a subject and something said ("X said that …", "X denied …"),
// and records the sentence's subject for pronouns that follow.
func (pc *pctx) reportedSentence(s, end int) []Statement {
	out, subj := pc.reportedIn(s, end)
	if len(out) > 0 {
		pc.lastInP = subj
	} else {
		subj = pc.sentenceSubject(s, end)
	}
	if subj != nil {
		pc.subjects = append(pc.subjects, subj)
		pc.subjAt = append(pc.subjAt, int(pc.toks[s].start))
	}
	return out
}

// reportedIn returns the reported statements of the sentence [s, end): one
// per clause whose cue has a different speaker ("X said …, while Y said …").
func (pc *pctx) reportedIn(s, end int) ([]Statement, *entity) {
	for n, k := range pc.midFrame {
		if k > s && k < end {
			a, b := int(pc.toks[s].start), int(pc.toks[end-1].end)
			text := strings.TrimRight(pc.p.text[a:b], " ")
			e := pc.midFrameBy[n]
			return []Statement{{Paragraph: pc.p.num, Kind: KindReported, Text: text, Cue: "",
				Start: a, End: a + len(text), SpeakerIndex: e.id}}, e
		}
	}
	if f := pc.firstFramed(s, end); f >= 0 {
		// "X said the council would vote, adding: “…”": report what comes
		// before the framing cue
		end = f
		for end > s && pc.word(end-1) != "," {
			end--
		}
		if end--; end <= s {
			return nil, nil
		}
	}
	type clause struct {
		e        *entity
		cue, via string
		from     int
	}
	var cs []clause
	var outlet *clause // "the agency reported": the outlet speaks when no one else does
	prevCue := -1
	for v := s; v < end; v++ {
		e, cue, via, n := pc.reportingCue(v, s, end)
		if e != nil && e.outlet && outlet == nil {
			outlet = &clause{e, cue, via, s}
		}
		if e == nil || e.outlet {
			v += n
			continue
		}
		if len(cs) == 0 {
			cs = append(cs, clause{e, cue, via, s})
			prevCue = v
		} else if cs[len(cs)-1].e != e {
			if from := pc.clauseStart(v, prevCue); from > 0 {
				cs = append(cs, clause{e, cue, via, from})
				prevCue = v
			}
		}
		v += n
	}
	if len(cs) == 0 && outlet != nil {
		cs = append(cs, *outlet)
	} else if outlet != nil {
		// "X said …, state news agency Y reported": Y carried the sentence
		for i := range cs {
			if cs[i].via == "" {
				cs[i].via = outlet.e.display
			}
		}
		for qi, k := range pc.p.qtok {
			if k >= s && k < end && pc.vias[qi] == "" && pc.speakers[qi] != nil {
				pc.vias[qi] = outlet.e.display
			}
		}
	}
	for v := s; v < end; v++ {
		if pc.word(v) == "statement" && len(cs) > 0 {
			pc.an.statementBy = cs[0].e // "X said in a statement …": later "the statement said" is X
		}
	}
	var out []Statement
	for i, c := range cs {
		to := end
		if i+1 < len(cs) {
			to = cs[i+1].from
			for to > c.from+1 && clauseJoint[pc.word(to-1)] {
				to--
			}
		}
		a, b := int(pc.toks[c.from].start), int(pc.toks[to-1].end)
		text := strings.TrimRight(pc.p.text[a:b], " ,;")
		out = append(out, Statement{Paragraph: pc.p.num, Kind: KindReported, Text: text,
			Cue: c.cue, Via: c.via, Start: a, End: a + len(text), SpeakerIndex: c.e.id})
	}
	if len(cs) == 0 {
		return nil, nil
	}
	return out, cs[len(cs)-1].e
}

// reportingCue reads a cue at token v that reports speech: its speaker, the
// cue, the outlet (via) and how many extra tokens it took.
func (pc *pctx) reportingCue(v, s, end int) (*entity, string, string, int) {
	if pc.word(v) == "according" && pc.word(v+1) == "to" {
		return pc.accordingTo(v+2, end), "according to", "", 1
	}
	lemma, n := cueAt(pc.toks, v)
	if lemma == "" {
		if e, via := pc.passiveQuoted(v, s, end); e != nil {
			return e, "quoted", via, 0
		}
		if e := pc.passiveAgent(v, end); e != nil {
			return e, pc.word(v), "", 1 // "X was asked by Y whether …": Y asked
		}
		return nil, "", "", 0
	}
	if !pc.saysSomething(v, n, end, lemma) || pc.negated(v, s) {
		return nil, "", "", 0 // "did not say how many"
	}
	if lemma == "quote" || lemma == "cite" {
		e, via, _ := pc.quotedAs(v, n, end)
		return e, pc.word(v), via, n - 1
	}
	if pc.word(v-1) == "," && pc.isNameWord(v+n) { // …, said Ingrid Solvang, a meteorologist
		if e, after, ok := pc.npForward(v+n, end); ok && e != nil && (after >= end || pc.word(after) == "," || pc.word(after) == ".") {
			return e, pc.word(v), "", n - 1
		}
	}
	e := pc.subjectBefore(v, s)
	if e != nil && !e.org && e.gender == unknownGender {
		switch pc.word(v + n) { // "Aroha Tane said she was appalled"
		case "she":
			e.gender = female
		case "he":
			e.gender = male
		}
	}
	return e, pc.word(v), "", n - 1
}

var clauseJoint = map[string]bool{",": true, ";": true, "while": true, "whereas": true, "and": true, "but": true}

// negated reports a cue verb after "not" or "never": nothing was said.
func (pc *pctx) negated(v, s int) bool {
	for j := v - 1; j >= s && j >= v-3; j-- {
		switch pc.word(j) {
		case "not", "never", "n't":
			return true
		case "did", "does", "do", "has", "have", "had", "would", "could", "will":
			continue
		}
		return false
	}
	return false
}

// clauseStart finds where a new clause holding cue v begins: after the last
// comma, semicolon or "while" since the previous cue, with no "that" or
// "whether" making it part of that cue's content. 0 means no new clause.
func (pc *pctx) clauseStart(v, prevCue int) int {
	prevCue = max(prevCue, v-window)
	for k := v - 1; k > prevCue; k-- {
		switch pc.word(k) {
		case ",", ";", "while", "whereas":
			for x := prevCue + 1; x < k; x++ {
				if w := pc.word(x); w == "that" || w == "whether" || w == "if" {
					return 0
				}
			}
			return k + 1
		}
	}
	return 0
}

func (pc *pctx) setFramed(v int) {
	if pc.framed == nil {
		pc.framed = map[int]bool{}
	}
	pc.framed[v] = true
}

func (pc *pctx) isFramed(v int) bool { return pc.framed != nil && pc.framed[v] }

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
		if pc.toks[v].cueLemma() != "" && isCue(pc.toks, v) {
			if e := pc.subjectBefore(v, ps); e != nil && !e.outlet {
				return e
			}
			return nil
		}
	}
	return nil
}

// firstFramed returns the first cue in [s, end) that frames a whole
// quotation, or -1.
func (pc *pctx) firstFramed(s, end int) int {
	for v := s; v < end; v++ {
		if pc.isFramed(v) {
			return v
		}
	}
	return -1
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
	if frameOnly[lemma] && words == 0 && !hasQuote && pc.hasCommaBefore(v) && pc.wordsBefore(v) >= 6 {
		return true // "…, the agency reported."
	}
	if frameOnly[lemma] {
		for i := v + n; i < end && i < v+n+6; i++ {
			if pc.word(i) == "that" {
				return true // wrote on Facebook that …
			}
			if pc.toks[i].kind != tWord || i > v+n && pc.isNameWord(i) && !pc.has(i-1, wPrep) {
				break
			}
		}
		return hasQuote && words > 0
	}
	if words < 2 && pc.word(v-1) != "," {
		// "…, the authority said.": what was said stands before the cue
		before := 0
		for i := pc.sentOf[v]; i < v; i++ {
			if pc.toks[i].kind == tWord {
				before++
			}
		}
		if before >= 6 && pc.hasCommaBefore(v) {
			return true
		}
	}
	return words >= 2 || hasQuote
}

// hasCommaBefore reports a comma shortly before the subject of cue v.
func (pc *pctx) hasCommaBefore(v int) bool {
	for k := v - 1; k >= pc.sentOf[v] && k >= v-6; k-- {
		if pc.word(k) == "," {
			return true
		}
	}
	return false
}

// emit turns the paragraph's findings into statements, in text order.
func (an *analyzer) emit(pc *pctx, reported []Statement) {
	// quotations and reported statements are each in text order: merge them
	qi, ri, si := 0, 0, 0
	for qi < len(pc.p.spans) || ri < len(reported) {
		var st Statement
		var e *entity
		if ri >= len(reported) || qi < len(pc.p.spans) && pc.p.spans[qi].TextStart < reported[ri].Start {
			s := pc.p.spans[qi]
			st = Statement{Paragraph: pc.p.num, Kind: KindQuote, Text: pc.p.text[s.TextStart:s.TextEnd],
				Cue: pc.cues[qi], Via: pc.vias[qi], Start: s.TextStart, End: s.TextEnd}
			e = pc.speakers[qi]
			qi++
		} else {
			st = reported[ri]
			e = an.reg.ents[st.SpeakerIndex]
			ri++
		}
		// subjects and speakers join the recency list in text order
		for ; si < len(pc.subjects) && pc.subjAt[si] <= st.Start; si++ {
			an.addRecent(pc.subjects[si], pc.p.num)
		}
		an.stmts = append(an.stmts, st)
		an.owners = append(an.owners, e)
		if e != nil {
			an.lastSpeaker = e
			an.lastStmtPar = pc.p.num
			an.addRecent(e, pc.p.num)
		}
	}
	for _, e := range pc.subjects[si:] {
		an.addRecent(e, pc.p.num)
	}
}

func (an *analyzer) addRecent(e *entity, para int) {
	e.acted = true
	an.recent = append(an.recent, e)
	an.recentAt = append(an.recentAt, para)
}

// remember keeps what the dialogue rules need of this paragraph.
func (an *analyzer) remember(pc *pctx) {
	sum := paraSum{alternated: pc.alternated}
	if n := len(pc.p.spans); n > 0 {
		last := pc.p.spans[n-1]
		q := strings.TrimRight(pc.p.text[last.TextStart:last.TextEnd], " ”’\"'")
		sum.hasQuote = true
		sum.speaker = pc.speakers[n-1]
		sum.question = strings.HasSuffix(q, "?") || pc.cues[n-1] == "asked"
		sum.runsOn = !last.Closed
		if sum.question {
			sum.addressee = pc.addressee(n-1, sum.speaker)
		}
	}
	sum.colon = pc.colonSpeaker()
	idx := pc.p.num - 1
	for len(an.hist) < idx {
		an.hist = append(an.hist, paraSum{})
	}
	if len(an.hist) == idx {
		an.hist = append(an.hist, sum)
	}
	for _, m := range pc.mentions {
		an.mentioned = append(an.mentioned, m.e)
		an.mentionedAt = append(an.mentionedAt, pc.p.num)
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
	for _, e := range pc.candidates(len(pc.toks)) {
		if e != asker && !e.org && !e.outlet {
			return e
		}
	}
	return nil
}

// colonSpeaker is the subject of a cue that ends the paragraph with a colon
// ("X wrote to parents on Sunday:"): the next paragraph's quotation is theirs.
func (pc *pctx) colonSpeaker() *entity {
	n := len(pc.toks)
	if n < 2 || pc.word(n-1) != ":" {
		return nil
	}
	s := pc.sentOf[n-1]
	for v := n - 2; v >= s && v >= n-12; v-- {
		if isCue(pc.toks, v) {
			return pc.subjectBefore(v, s)
		}
	}
	return nil
}

// finish builds the article: one speaker per entity that said something,
// most quotations first.
func (an *analyzer) finish(doc Document) *Article {
	a := &Article{Document: doc}
	an.pullQuotes()
	index := map[*entity]int{}
	type tally struct {
		e                *entity
		quotes, stmts, w int
		first            int
	}
	var ts []*tally
	byEnt := map[*entity]*tally{}
	for i, e := range an.owners {
		if e != nil && e.cataphor {
			an.owners[i] = nil // never named: no one's in the panel
		}
		if e = an.owners[i]; e == nil {
			continue
		}
		t := byEnt[e]
		if t == nil {
			t = &tally{e: e, first: i}
			byEnt[e] = t
			ts = append(ts, t)
		}
		t.stmts++
		if an.stmts[i].Kind == KindQuote {
			t.quotes++
			t.w += wordCount(an.stmts[i].Text)
		}
	}
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].quotes != ts[j].quotes {
			return ts[i].quotes > ts[j].quotes
		}
		if ts[i].stmts != ts[j].stmts {
			return ts[i].stmts > ts[j].stmts
		}
		return ts[i].first < ts[j].first
	})
	total := 0
	for _, t := range ts {
		total += t.w
	}
	for i, t := range ts {
		index[t.e] = i
		sp := Speaker{Name: t.e.display, Aliases: aliasesOf(t.e), Role: t.e.role,
			Quotes: t.quotes, Statements: t.stmts, Words: t.w}
		if total > 0 {
			sp.Share = float64(t.w) / float64(total)
		}
		a.Speakers = append(a.Speakers, sp)
	}
	a.Statements = an.stmts
	for i := range a.Statements {
		a.Statements[i].SpeakerIndex = -1
		a.Statements[i].Speaker = ""
		if e := an.owners[i]; e != nil {
			a.Statements[i].SpeakerIndex = index[e]
			a.Statements[i].Speaker = e.display
		}
	}
	return a
}

// pullQuotes gives a paragraph that only repeats a quotation from the body
// (a pull quote, before or after it) the speaker of the quotation it repeats.
func (an *analyzer) pullQuotes() {
	norms := map[int]string{} // each statement normalised at most once
	norm := func(i int) string {
		n, ok := norms[i]
		if !ok {
			n = normQuote(an.stmts[i].Text)
			norms[i] = n
		}
		return n
	}
	for i, s := range an.stmts {
		headline := s.Paragraph == 1 && an.owners[i] == nil // 'People were screaming': jet lands
		if s.Kind != KindQuote || s.Cue != "" || !an.bareParagraph(s) && !headline {
			continue
		}
		probe := middleChunk(s.Text)
		n := norm(i)
		// a pull quote stands near what it repeats: look at most 100
		// statements either way, which keeps the pass linear
		var best *entity
		for k := max(0, i-100); k < len(an.stmts) && k <= i+100; k++ {
			c := an.stmts[k]
			if k == i || an.owners[k] == nil || c.Kind != KindQuote && c.Cue != "A:" || len(c.Text) < len(s.Text)-8 ||
				c.Cue == "" && an.bareParagraph(c) {
				continue // another repeat, or a different quotation
			}
			if !strings.Contains(c.Text, probe) {
				continue // cheap: a repeat holds the same words verbatim
			}
			if cn := norm(k); cn == n || len(n) >= 20 && strings.Contains(cn, n) {
				best = an.owners[k]
				if cn == n {
					break
				}
			}
		}
		if best != nil {
			an.owners[i] = best
		}
	}
}

// middleChunk returns a few words from the middle of a quotation, which a
// verbatim repeat must contain whatever its marks and end punctuation.
func middleChunk(q string) string {
	if len(q) < 24 {
		return strings.Trim(q, ",.;:!?… ")
	}
	mid := len(q) / 2
	for mid > 0 && !utf8.RuneStart(q[mid]) {
		mid--
	}
	end := mid + 8
	for end < len(q) && !utf8.RuneStart(q[end]) {
		end++
	}
	return q[mid:end]
}

// bareParagraph reports a statement whose paragraph holds nothing but it.
func (an *analyzer) bareParagraph(s Statement) bool {
	p := an.paras[s.Paragraph-1].text
	return !hasLetterOrDigit(p[:s.Start]) && !hasLetterOrDigit(p[s.End:])
}

// normQuote folds case, spaces, curly marks and end punctuation so a
// repeat matches its original.
func normQuote(q string) string {
	b := make([]byte, 0, len(q))
	space := false
	for _, r := range q {
		switch {
		case r == '’' || r == '‘':
			r = '\''
		case r == '“' || r == '”':
			r = '"'
		case unicode.IsSpace(r):
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return strings.Trim(string(b), ",.;:!?…—–- \"'")
}

func aliasesOf(e *entity) []string {
	out := []string{}
	seen := map[string]bool{e.display: true}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, a := range e.aliases {
		add(a)
	}
	if !e.org && !e.outlet && len(e.words) > 1 {
		add(lastWordOf(e.display))
	}
	return out
}
