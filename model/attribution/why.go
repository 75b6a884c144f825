package attribution

import (
	"sort"
	"strings"

	"whosaid/model"
)

// refKind is how a speaker was named where a rule found them.
type refKind int8

const (
	refNone    refKind = iota
	refName            // Dmitry Peskov, Peskov, the ministry named as such
	refPronoun         // he, she, they
	refRole            // the spokesman, the 58-year-old, the company
)

// trace is the mention a rule attached a speaker to: the words and where.
type trace struct {
	e    *entity
	text string
	para int
	tok  int
	// named is the paragraph where the speaker was last named by name, for
	// a pronoun's or role's chain
	named int
	rival *entity // who shares the words: "Rubio and Cruz urged"
	at    int32   // the mention's first byte in its paragraph
	kind  refKind // last, beside at: the statements' records stay small
}

// traceTo notes the mention just resolved; the rule that uses it keeps it.
func (pc *pctx) traceTo(e *entity, kind refKind, text string, tok int) {
	if e != nil {
		pc.ref = trace{e: e, kind: kind, text: text, para: pc.p.num, tok: tok}
		if tok >= 0 && tok < len(pc.toks) {
			pc.ref.at = pc.toks[tok].start
		}
	}
}

// why is the engine's record of how a statement got its speaker; the
// explanation a reader sees is made from it once the names are final.
type why struct {
	rule string
	cue  string
	ref  trace // the mention, when the rule read one
	from int   // the paragraph a carried speaker last spoke in, 0 if none
	// names counts the people and bodies named in the paragraph (up to 3;
	// 0 where the rule did not look); nearRival, that another is named in
	// the sentence of the mention. The confidence model reads both.
	names     int8
	nearRival bool
	selfNamed bool    // the speaker is named in the paragraph
	ctx       context // what the confidence model reads of the paragraph
}

// whyFor keeps the traced mention only when it names the chosen speaker.
func (pc *pctx) whyFor(rule, cue string, e *entity) why {
	w := why{rule: rule, cue: cue}
	if pc.ref.e == e && e != nil {
		w.ref = pc.ref
		w.ref.named = pc.lastNamedPara(e, pc.ref.tok)
		if w.ref.rival != nil && !e.org {
			pc.an.lastJoint, pc.an.lastJointPara = e, pc.p.num // "Professors Foner and Alba suggest …": "they" next is the pair
		}
	}
	pc.countNames(&w, e)
	return w
}

// countNames notes in w how many are named in the paragraph, and whether
// someone other than e is named in the sentence of w's mention.
func (pc *pctx) countNames(w *why, e *entity) {
	var seen [3]*entity
	n := 0
	anchor := -1
	if w.ref.e != nil {
		anchor = w.ref.tok
	}
	for _, m := range pc.nearMentions(anchor) {
		if m.e == e && e != nil {
			w.selfNamed = true
		}
		if n < 3 && m.e != seen[0] && m.e != seen[1] {
			seen[n] = m.e
			n++
		}
		if w.ref.e != nil && m.e != e && m.tok < len(pc.sentOf) && w.ref.tok < len(pc.sentOf) &&
			pc.sentOf[m.tok] == pc.sentOf[w.ref.tok] {
			w.nearRival = true
		}
	}
	w.names = int8(n)
}

// nearMentions is the paragraph's mentions, or in a paragraph of more than
// 256 of them the 256 around token tok (the last ones when tok < 0), so
// that explaining each statement of one enormous paragraph stays linear.
func (pc *pctx) nearMentions(tok int) []mentionRef {
	ms := pc.mentions
	if len(ms) <= 256 {
		return ms
	}
	if tok < 0 {
		return ms[len(ms)-256:]
	}
	i := sort.Search(len(ms), func(k int) bool { return ms[k].tok >= tok })
	lo := max(0, min(i-128, len(ms)-256))
	return ms[lo : lo+256]
}

// noteWhy keeps how the reported statement starting at byte start got its
// speaker.
func (pc *pctx) noteWhy(start int, w why) {
	if pc.repWhys == nil {
		pc.repWhys = map[int]why{}
	}
	if w.names == 0 {
		pc.countNames(&w, nil)
	}
	pc.repWhys[start] = w
}

// lastNamedPara is the paragraph where e was last named before token tok.
func (pc *pctx) lastNamedPara(e *entity, tok int) int {
	for _, m := range pc.nearMentions(tok) {
		if m.e == e && m.tok < tok {
			return pc.p.num
		}
	}
	return e.namedPara
}

// ruleText says in words what each rule saw.
var ruleText = map[string]string{
	"cue-after":         "a cue right after the quotation",
	"according-to":      "“according to” names the source",
	"cue-before":        "a cue introducing the quotation",
	"name-colon":        "a name and a colon introduce the quotation",
	"governing-cue":     "the quotation is part of what the subject of a cue said",
	"quoted-as":         "an outlet quoted the speaker as saying it",
	"paragraph-speaker": "follows the same speaker's quotation earlier in the paragraph",
	"previous-sentence": "the sentence before has the speaker for its subject",
	"verdict-after":     "the sentence after the quotation says whose words they were",
	"quote-before":      "a quoted phrase in the sentence after the speaker's quotation",
	"runs-on":           "continues a quotation running over from the paragraph before",
	"colon":             "the paragraph before ends by announcing this speaker with a colon",
	"list":              "an item of a list that a paragraph ending in a colon announces as this speaker's",
	"answer":            "answers the question put to this person",
	"set-up":            "the one person the paragraph before, which reports nothing, sets up to speak",
	"dialogue":          "the other voice of a dialogue",
	"interview":         "an answer in a question-and-answer interview",
	"carry-over":        "a bare quotation after the last speaker's statements",
	"pull-quote":        "repeats a quotation attributed in the body",
	"reported":          "a cue with a subject and something said",
	"quote-frame":       "words reported before a quotation whose cue names the speaker",
	"adding":            "what the speaker added after their quotation",
	"named-at-end":      "the last part of a quotation running over paragraphs names the speaker",
	"signed":            "a dash line under the quotation names the speaker",
	"label":             "the paragraph opens with the speaker's label and a colon, as transcripts print it",
	"nominal":           "a speech noun (claim, promise, remarks) and whose it is",
	"sentence-subject":  "the subject of the sentence that holds the quotation, with no cue",
}

// explain turns a record into the explanation shown to readers, in out:
// the rule, the cue, the mention, and for a pronoun or role the chain back
// to a name.
func (an *analyzer) explain(w why, e *entity, out *model.Why) *model.Why {
	*out = model.Why{Rule: w.rule, Evidence: an.evidenceText(w.rule, w.cue)}
	if w.ref.e != nil {
		out.Mention = w.ref.text
		if w.ref.kind != refName && w.ref.named > 0 {
			out.Chain = an.chain(model.Link{Text: w.ref.text, Paragraph: w.ref.para}, model.Link{Text: e.display, Paragraph: w.ref.named})
		}
	}
	if w.from > 0 {
		out.Chain = append(out.Chain, model.Link{Text: e.display, Paragraph: w.from})
	}
	if w.ref.rival != nil && w.ref.rival != e {
		out.Rivals = []string{w.ref.rival.display}
		out.Evidence += "; said jointly with " + w.ref.rival.display
	}
	if len(out.Chain) == 0 && out.Mention != "" && w.ref.named > 0 && !strings.EqualFold(out.Mention, e.display) {
		out.Chain = an.chain(model.Link{Text: out.Mention, Paragraph: w.ref.para}, model.Link{Text: e.display, Paragraph: w.ref.named})
	}
	return out
}

// evidenceText is a rule's text with its cue, made once for each pair in
// an article: most statements share a handful.
func (an *analyzer) evidenceText(rule, cue string) string {
	k := ruleCue{rule, cue}
	if t, ok := an.evidenceTexts[k]; ok {
		return t
	}
	t := ruleText[rule]
	if cue != "" {
		t += " (“" + cue + "”)"
	}
	if an.evidenceTexts == nil {
		an.evidenceTexts = map[ruleCue]string{}
	}
	an.evidenceTexts[k] = t
	return t
}

type ruleCue struct{ rule, cue string }

// chain is the two links a to b, from blocks the article's explanations
// share: most chains are two links, and an allocation each added up. The
// blocks grow with the article: a first block of 512 links was a tenth of
// all a run over short news articles allocated, most of it never used.
func (an *analyzer) chain(a, b model.Link) []model.Link {
	if cap(an.linkBlock)-len(an.linkBlock) < 2 {
		an.linkBlock = make([]model.Link, 0, min(512, max(16, 2*cap(an.linkBlock))))
	}
	n := len(an.linkBlock)
	an.linkBlock = append(an.linkBlock, a, b)
	return an.linkBlock[n : n+2 : n+2] // full: appending to a chain copies it
}
