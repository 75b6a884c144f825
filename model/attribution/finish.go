package attribution

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"whosaid/model"
)

// finish builds the article: one speaker per entity that said something,
// most quotations first.
func (an *analyzer) finish(doc model.Document) *model.Article {
	a := &model.Article{Document: doc}
	an.pullQuotes()
	an.settleTitle()
	an.settleHeadlineNames()
	an.nameEarlyRoles()
	an.nameBodysSpokesperson()
	for _, pair := range an.identified {
		an.renameOwner(0, pair[0], pair[1]) // "a man … shouted", then "The man, who identified himself as Glen Hrycenko,": his
	}
	an.nameIndefiniteBodies()
	an.nameBareBodies()
	an.nameGovernments()
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
		if an.stmts[i].Kind == model.KindQuote {
			t.quotes++
			t.w += wordCount(an.stmts[i].Text)
		} else if verbatim(an.stmts[i]) {
			t.w += wordCount(an.stmts[i].Text) // an interview's answers are its words, though no marks set them off
		}
	}
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].quotes != ts[j].quotes {
			return ts[i].quotes > ts[j].quotes
		}
		if a, b := ts[i].e.asker, ts[j].e.asker; a != b {
			return b // an interview's unnamed asker after the people who answer
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
	if len(ts) > 0 {
		a.Speakers = make([]model.Speaker, 0, len(ts))
	}
	for i, t := range ts {
		index[t.e] = i
		an.ownerInFull(t.e)
		if kindOf(t.e) == model.SpeakerPerson {
			t.e.display = unshout(t.e.display) // "ROSEMARY BARTON:" in a transcript is Rosemary Barton
		}
		sp := model.Speaker{Name: t.e.display, Aliases: aliasesOf(t.e), Role: t.e.role,
			Quotes: t.quotes, Statements: t.stmts, Words: t.w, Kind: kindOf(t.e)}
		if fixed, ok := unmojibake(sp.Name); ok {
			repairAliases(&sp, fixed)
			t.e.display = fixed
		}
		if sp.Kind == model.SpeakerPerson {
			sp.Gender, sp.GenderEvidence = genderOf(t.e)
		}
		if total > 0 {
			sp.Share = float64(t.w) / float64(total)
		}
		a.Speakers = append(a.Speakers, sp)
	}
	a.Statements = an.stmts
	if len(an.stmts) <= keptListLen {
		a.Statements = slices.Clone(an.stmts) // the storage goes on to the next article
	}
	owned := 0
	for _, e := range an.owners {
		if e != nil {
			owned++
		}
	}
	whys := make([]model.Why, owned) // one allocation for the article's explanations
	for i := range a.Statements {
		a.Statements[i].SpeakerIndex = -1
		a.Statements[i].Speaker = ""
		if e := an.owners[i]; e != nil {
			st := &a.Statements[i]
			st.SpeakerIndex = index[e]
			st.Speaker = e.display
			st.Why = an.explain(an.whys[i], e, &whys[0])
			whys = whys[1:]
		}
	}
	an.roleAliases(a, index)
	return a
}

// roleAliases adds to each speaker the descriptions the article calls them
// by where they speak ("the Vermont senator", "the agency"), so a reader,
// a filter and a scorer know the phrase for the person it meant. A
// description that stood for two speakers in the article is no one's.
func (an *analyzer) roleAliases(a *model.Article, index map[*entity]int) {
	type desc struct{ alias, key string } // key: the alias in lower case, "" for none
	type words struct {
		text string
		doc  bool // a document may be "the memo"; a person is not their statement
	}
	read := map[words]desc{}      // by the words as written: descriptions recur
	owner := map[string]*entity{} // by key; nil once two speakers shared it
	var order []string
	for i, w := range an.whys {
		e := an.owners[i]
		if e == nil || w.ref.kind != refRole || w.ref.e != e {
			continue
		}
		dk, ok := read[words{w.ref.text, e.doc}]
		if !ok {
			if d := roleAlias(w.ref.text, e.doc); d != "" {
				dk = desc{d, strings.ToLower(d)}
			}
			read[words{w.ref.text, e.doc}] = dk
		}
		if dk.key == "" {
			continue
		}
		if o, seen := owner[dk.key]; !seen {
			owner[dk.key] = e
			order = append(order, dk.alias)
		} else if o != e {
			owner[dk.key] = nil
		}
	}
	for _, d := range order {
		e := owner[strings.ToLower(d)]
		if e == nil {
			continue
		}
		sp := &a.Speakers[index[e]]
		if !slices.ContainsFunc(sp.Aliases, func(al string) bool { return strings.EqualFold(al, d) }) && !strings.EqualFold(sp.Name, d) {
			sp.Aliases = append(sp.Aliases, d)
		}
	}
}

// roleAlias is a description as an alias: "the Vermont senator" from "The
// Vermont senator", or "" for what names no one by itself (a possessive's
// "Ryan's office", a long clause, a document for its author; "the memo" is
// an alias of a document only).
func roleAlias(text string, doc bool) string {
	d := strings.TrimFunc(text, unicode.IsSpace)
	det := "the "
	rest, ok := "", false
	for _, p := range []string{"The ", "the ", "A ", "a ", "An ", "an "} {
		if rest, ok = strings.CutPrefix(d, p); ok {
			det = strings.ToLower(p) // "a federal judge", named in the next paragraph
			break
		}
	}
	if !ok && d == "police" {
		return d // "police said" of the force named: the article's word for it
	}
	if !ok || strings.Contains(rest, "'s") || strings.Contains(rest, "’s") || wordCount(rest) > 5 {
		return ""
	}
	last := strings.ToLower(rest[strings.LastIndexByte(rest, ' ')+1:])
	if !doc && (docNouns[last] || wordIs(last, mDocHead|mStatementWord)) {
		return ""
	}
	return det + rest
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
	// each statement's bareParagraph, worked out once: a statement is looked
	// at from up to 200 others
	bare := make([]kept, len(an.stmts))
	isBare := func(k int) bool {
		if bare[k] == notKept {
			bare[k] = keptNo
			if an.bareParagraph(&an.stmts[k]) {
				bare[k] = keptYes
			}
		}
		return bare[k] == keptYes
	}
	for i := range an.stmts {
		// a pointer: the loops below would copy each statement many times
		s := &an.stmts[i]
		headline := s.Paragraph == 1 && an.owners[i] == nil // 'People were screaming': jet lands
		if s.Kind != model.KindQuote || s.Cue != "" || !isBare(i) && !headline {
			continue
		}
		probe := middleChunk(s.Text)
		n := norm(i)
		// a pull quote stands near what it repeats: look at most 100
		// statements either way, which keeps the pass linear
		var best *entity
		bestAt := 0
		for k := max(0, i-100); k < len(an.stmts) && k <= i+100; k++ {
			c := &an.stmts[k]
			if k == i || an.owners[k] == nil || c.Kind != model.KindQuote && c.Cue != "A:" || len(c.Text) < len(s.Text)-8 ||
				c.Cue == "" && isBare(k) {
				continue // another repeat, or a different quotation
			}
			if !strings.Contains(c.Text, probe) {
				continue // cheap: a repeat holds the same words verbatim
			}
			if cn := norm(k); cn == n || len(n) >= 20 && strings.Contains(cn, n) || headline && len(n) >= 12 && strings.Count(n, " ") >= 2 && wordsWithin(cn, n) {
				best, bestAt = an.owners[k], k
				if cn == n {
					break
				}
			}
		}
		if best != nil {
			an.owners[i] = best
			an.whys[i] = why{rule: "pull-quote", from: an.stmts[bestAt].Paragraph}
		}
	}
}

// wordsWithin reports n inside s as whole words: "the land remembers" in
// "… dry. the land remembers. it comes back", not in "remembered".
func wordsWithin(s, n string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], n)
		if k < 0 {
			return false
		}
		at := off + k
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(n):])
		if (at == 0 || !unicode.IsLetter(before)) && (at+len(n) == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		off = at + 1
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
func (an *analyzer) bareParagraph(s *model.Statement) bool {
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
		if w := surnameAsWritten(e); w != "" {
			add(w) // "Biden" for "Joseph R. Biden Jr.", not "Jr."
		} else {
			add(lastWordOf(e.display))
		}
	}
	return out
}

// kindOf tells a person from a body, a group and an outlet.
func kindOf(e *entity) model.SpeakerKind {
	switch {
	case e.unnamed:
		return model.SpeakerUnnamed
	case e.doc:
		return model.SpeakerDocument
	case e.outlet:
		return model.SpeakerOutlet
	case e.group:
		return model.SpeakerGroup
	case e.company:
		return model.SpeakerBody // "Kowalczyk Structural Consultants": a firm, whatever its last word
	case isGroupName(e.words):
		return model.SpeakerGroup
	case e.org:
		return model.SpeakerBody
	}
	return model.SpeakerPerson
}

// isGroupName reports a name for people spoken of together: officials,
// Democrats, Americans, the protesters.
func isGroupName(words []string) bool {
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	w := words[len(words)-1]
	if wordIs(w, mBodyPlural|mGroupNoun) {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	return ok && len(words) == 1 && (pluralDemonym(one) || wordIs(w, mGroupNoun))
}

// pluralDemonym reports a demonym whose plural names a people: Americans,
// Israelis, Londoners. It is stricter than isDemonym, for surnames in -s
// read as plurals too: Sanders, Francis, Rogers and Harris are people.
func pluralDemonym(one string) bool {
	switch {
	case shortDemonyms[one] || one == "iraqi" || one == "saudi":
		return true
	case strings.HasSuffix(one, "er"):
		return len(one) >= 8 // Londoners, Southerners; not Sanders, Summers
	case strings.HasSuffix(one, "i"):
		return len(one) >= 6 && !strings.HasSuffix(one, "ci") // Israelis, Pakistanis; not Francis, Harris
	}
	return isDemonym(one)
}

// genderOf is the gender shown for a person and its evidence. The article
// saying they are non-binary or use they/them pronouns is the person's own
// word, so it beats a pronoun, a title and the name table; e.gender, which
// coreference reads, is left as it was.
func genderOf(e *entity) (model.Gender, string) {
	if e.nonBinaryWhy != "" {
		return model.NonBinary, e.nonBinaryWhy
	}
	switch e.gender {
	case female:
		return model.Female, e.genderWhy
	case male:
		return model.Male, e.genderWhy
	}
	return model.UnknownGender, "no pronoun, title, gendered noun or known given name"
}

// repairAliases names sp by fixed, its name read back from mojibake, and
// keeps the name as the article printed it among the aliases: that is the
// spelling a search of the text finds.
func repairAliases(sp *model.Speaker, fixed string) {
	for k, a := range sp.Aliases {
		if f, ok := unmojibake(a); ok {
			sp.Aliases[k] = f
		}
	}
	sp.Aliases = append(sp.Aliases, sp.Name)
	sp.Name = fixed
}

// unmojibake reads back a name whose UTF-8 was read as Latin-1, once or
// more ("BasÃ¡Ã±ez", "BasÃ\u0083Â¡Ã\u0083Â±ez" for Basáñez). A name with
// no "Ã" or "Â", or one that reads back to no valid UTF-8, stays.
func unmojibake(name string) (string, bool) {
	if !strings.ContainsAny(name, "ÃÂ\u0302\u0303") {
		return name, false
	}
	// (a name keeps no control character, and the "Ã" of a second reading
	// was "Ã\u0083": put it back)
	s := strings.NewReplacer("A\u0303", "Ã", "A\u0302", "Â").Replace(name)
	s = strings.ReplaceAll(s, "ÃÂ", "Ã\u0083Â")
	for range 3 {
		b := make([]byte, 0, len(s))
		for _, r := range s {
			if r > 0xFF {
				return name, false
			}
			b = append(b, byte(r))
		}
		if !utf8.Valid(b) || string(b) == s {
			break
		}
		s = string(b)
	}
	return s, s != name && !strings.ContainsAny(s, "ÃÂ")
}

// unshout writes a name printed all in capitals ("ROSEMARY BARTON",
// "JEAN-YVES O'NEIL") as a name is written; any other name stays as it is.
func unshout(name string) string {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return name
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 {
		return name
	}
	b := make([]rune, 0, len(name))
	start := true
	for _, r := range name {
		if start {
			b = append(b, r)
		} else {
			b = append(b, unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r)
	}
	return string(b)
}

// verbatim reports a reported statement that gives its speaker's own
// words: an interview's question or answer, a transcript's labelled line
// below the headline ("HALVORSEN: I'd honor our commitments.").
func verbatim(st model.Statement) bool {
	if st.Kind != model.KindReported {
		return false
	}
	switch st.Cue {
	case "A:", "Q:", "answer":
		return true
	case ":":
		return st.Paragraph > 1 // not a headline's "Okafor: No outside influence", which sums up
	}
	return false
}

// ownerInFull names a body known by a surname's possessive ("Halvorsen’s
// campaign") by the full name of the one person of that surname the
// article names ("Catherine Halvorsen’s campaign"); the short form stays
// an alias. Two people of the name leave it as written.
func (an *analyzer) ownerInFull(e *entity) {
	if !e.org || e.outlet {
		return
	}
	sep := "’s "
	sur, rest, ok := strings.Cut(e.display, sep)
	if !ok {
		sep = "'s "
		sur, rest, ok = strings.Cut(e.display, sep)
	}
	if !ok || sur == "" || strings.ContainsRune(sur, ' ') || rest == "" || wordIs(strings.ToLower(sur), mPlaceName) {
		return // "Quebec’s Health Ministry" is a place's, whoever else ends in Quebec
	}
	var owner *entity
	for _, p := range an.reg.ents {
		if p.org || p.unnamed || p.group || len(p.words) < 2 || !strings.EqualFold(p.last, sur) || !p.personLike() {
			continue
		}
		if owner != nil && owner.display != p.display {
			return
		}
		owner = p
	}
	if owner != nil {
		e.addAlias(e.display)
		e.display = owner.display + sep + rest
	}
}
