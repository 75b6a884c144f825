package attribution

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"whosaid/model"
)

// The confidence of a speaker is a logistic model over what the engine
// knows of each statement: the rule that chose, how the speaker was
// mentioned and how far back the name stands, what else is named near it,
// the cue, the kind of speaker. Its weights are learned from hand-annotated
// real news by ./calibrate and kept as data in confidence_weights.json.
// Every feature is general (no word or name of one article), so weights
// trained on an older engine still read the newer one sensibly; a feature
// the file lacks weighs nothing.

//go:embed confidence_weights.json
var weightsFile []byte

// Features of a statement, by position in its feature vector. The rule
// that chose the speaker follows them, one feature per rule of ruleText.
const (
	fBias = iota
	fRefName
	fRefPronoun
	fRefRole
	fNamedHere    // the mention's name stands in the statement's paragraph
	fNamedPrev    // one paragraph back
	fNamedFar     // two or more back
	fNamedUnknown // a pronoun or role with no name found behind it
	fCarried1     // the speaker last spoke one paragraph away
	fCarriedFar   // further away
	fQuote        // a quotation, not reported speech
	fPerson
	fBody
	fGroup
	fOutlet
	fUnnamed
	fDocument
	fFullName // two words or more: "Dmitry Peskov", not "Peskov" alone
	fHasRole  // the article gives the speaker a role ("spokesman")
	fMentionIsName
	fCueNone
	fCueSay
	fCueTell
	fCueAdd
	fCueCall
	fCueAsk
	fCueWrite
	fCueColon
	fCueAccording
	fCueOtherVerb
	fCueOther
	fVia         // an outlet quoted the speaker
	fNamesOne    // people and bodies named in the paragraph: one
	fNamesTwo    // two
	fNamesMany   // three or more
	fNamesNone   // not known for this rule
	fNearRival   // another is named in the sentence of the mention
	fOthersOne   // other speakers in the same paragraph: one
	fOthersMany  // two or more
	fFirstPara   // the article's first paragraph (a headline or lede)
	fEarlyPara   // its second or third
	fShortPara   // a paragraph under 80 bytes: a headline, a caption, a label
	fBarePara    // the statement is all its paragraph holds
	fLong        // over 40 words
	fShort       // four words or fewer: a phrase quoted inside a sentence
	fQuestion    // ends with a question mark
	fSpeaks1     // the speaker says only this in the article
	fSpeaks4     // four statements or more
	fTopSpeaker  // the article's most quoted speaker
	fFirstOfThem // the speaker's first statement in the article
	fMentionIn   // the mention stands inside the statement (a reported sentence's subject)
	fMentionLead // and opens it: "Cox says …", not "In his Sunday interviews, Carson …"
	fMentionNext // it stands within 40 bytes of the statement
	fMentionNear // within 160 bytes
	fMentionFar  // further in the same paragraph
	fMentionPara // in another paragraph
	fGivenName   // a person whose name opens with a known given name
	fLongName    // three words or more: "Sarah Palin Unleashed" may be a headline's words
	fGenderSeen  // a person the article calls he or she
	fSelfNamed   // the speaker is named in the statement's paragraph
	fCueAfterAdj // the cue right after the mention: "Peskov said"
	fCueAfter    // after it, further on: "Peskov, who …, said"
	fCueBeforeAdj
	fCueBefore
	fCueFar       // the cue stands far from the mention, or was not found near it
	fNameLower    // the name starts in lower case: "a new poll", "much"
	fNameFunction // it opens with a function word, a date or an adverb: "In her statement"
	fQuotePronoun // a quotation given through a pronoun
	fQuoteRole    // through a role noun
	fPhrase       // no mention at all behind a statement of reported speech
	fPhraseGroup  // and the speaker is a group, a body or a document: "Others say"
	nFixed
)

var fixedNames = [nFixed]string{
	"bias", "ref:name", "ref:pronoun", "ref:role", "named:here", "named:prev", "named:far",
	"named:unknown", "carried:1", "carried:far", "quote",
	"speaker:person", "speaker:body", "speaker:group", "speaker:outlet", "speaker:unnamed",
	"speaker:document", "name:full", "speaker:role", "mention:name",
	"cue:none", "cue:say", "cue:tell", "cue:add", "cue:call", "cue:ask", "cue:write",
	"cue:colon", "cue:according", "cue:verb", "cue:other", "via",
	"names:1", "names:2", "names:3+", "names:unknown", "near-rival", "others:1", "others:2+",
	"para:first", "para:early", "para:short", "para:bare", "long", "short", "question",
	"speaks:1", "speaks:4+", "speaker:top", "speaker:first",
	"mention:in", "mention:lead", "mention:next", "mention:near", "mention:far", "mention:para",
	"name:given", "name:3+", "gender:seen", "speaker:named-here",
	"cue:after-mention", "cue:after-mention-far", "cue:before-mention", "cue:before-mention-far", "cue:away",
	"name:lower", "name:function-word", "quote&ref:pronoun", "quote&ref:role", "reported&ref:none",
	"reported&ref:none&speaker:nonperson",
}

// crossWith are features that weigh differently as the speaker was found
// through a name, a pronoun or a role noun: each has a feature of its own
// with each of the three.
var crossWith = [...]int{fSelfNamed, fSpeaks4, fUnnamed, fFullName, fNamesMany, fOthersOne, fCueSay, fNamedFar,
	fBody, fMentionLead, fNearRival, fCueAfterAdj, fQuote}

// crossAt is the index of the feature of ref (a name, pronoun or role)
// with crossWith[k]: they follow the fixed features.
func crossAt(ref refKind, k int) int {
	return nFixed + int(ref-refName)*len(crossWith) + k
}

// FeatureNames are the names of the confidence model's features in the
// order the engine computes them: the trainer writes weights by name.
func FeatureNames() []string { return confModel().names }

// Evidence is one attributed statement's features, for the trainer.
type Evidence struct {
	Statement int       // index in the article's Statements
	Values    []float32 // by FeatureNames
	Score     float64   // the probability the current weights give
	// Shared is a statement said jointly with another ("Rubio and Cruz
	// urged"): low whatever the model says, as one name is half the answer.
	Shared bool
}

// AnalyzeEvidence analyses doc as Analyze does and returns, beside the
// article, the features of each statement that has a speaker.
func AnalyzeEvidence(doc model.Document) (*model.Article, []Evidence, error) {
	var ev []Evidence
	a, err := analyze(doc, &ev)
	return a, ev, err
}

// weights is the model: a weight per feature, in the engine's order, and
// the probability from which a speaker counts as high confidence.
type weights struct {
	names     []string
	ruleAt    map[string]int
	w         []float64
	threshold float64
	doubt     []string // what each feature says against a speaker, "" if nothing
}

// doubtText says in words what a feature tells against a speaker, for
// features that can; a crossed feature speaks as its second half or, when
// that says nothing, as its mention.
var doubtText = map[int]string{
	fRefPronoun: "found through a pronoun", fRefRole: "found through a role noun",
	fNamedPrev: "last named a paragraph back", fNamedFar: "last named two or more paragraphs back",
	fNamedUnknown: "no name found behind the mention", fCarried1: "carried over from the paragraph before",
	fCarriedFar: "carried over from paragraphs back", fCueNone: "no speech verb", fVia: "reported through an outlet",
	fNamesMany: "three or more names in the paragraph", fNearRival: "another name in the same sentence",
	fOthersOne: "another speaker in the paragraph", fOthersMany: "other speakers in the paragraph",
	fFirstPara: "the first paragraph (a headline?)", fShortPara: "a short paragraph (a headline or caption?)",
	fShort: "a short phrase", fQuestion: "a question", fSpeaks1: "the speaker says nothing else here",
	fMentionNear: "the mention stands apart from the words", fMentionFar: "the mention stands far from the words",
	fLongName: "a name of three words or more", fNameLower: "the speaker is a phrase, not a name",
	fNameFunction: "the name opens with a common word", fPhrase: "no mention ties the speaker to the words",
	fPhraseGroup: "no mention ties the speaker to the words", fCueFar: "the cue stands away from the mention",
	fCueAfter: "words between the name and the cue",
}

// minDoubt is the least weight against a speaker worth telling a reader.
const minDoubt = -0.4

// doubts writes into out what lowered x's probability most, strongest
// first: the weights of the features that say the same thing are summed.
// It returns how many it wrote.
func (m *weights) doubts(x []float32, out *[3]string) int {
	var texts [12]string
	var sums [12]float64
	n := 0
	for k, v := range x {
		d := m.doubt[k]
		if v == 0 || d == "" {
			continue
		}
		i := slices.Index(texts[:n], d)
		if i < 0 {
			if n == len(texts) {
				continue
			}
			i, texts[n] = n, d
			n++
		}
		sums[i] += m.w[k] * float64(v)
	}
	k := 0
	for ; k < len(out); k++ {
		best := -1
		for i := range n {
			if sums[i] <= minDoubt && (best < 0 || sums[i] < sums[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		out[k], sums[best] = texts[best], 0
	}
	return k
}

// WeightsFile is the format of confidence_weights.json.
type WeightsFile struct {
	Comment   string             `json:"comment"`
	Command   string             `json:"command"`
	Threshold float64            `json:"threshold"`
	Weights   map[string]float64 `json:"weights"`
	Trained   map[string]float64 `json:"trained,omitempty"` // figures of the training run
}

var confModel = sync.OnceValue(func() *weights {
	m := &weights{ruleAt: map[string]int{}}
	m.names = append(m.names, fixedNames[:]...)
	for _, ref := range []string{"ref:name&", "ref:pronoun&", "ref:role&"} {
		for _, f := range crossWith {
			m.names = append(m.names, ref+fixedNames[f])
		}
	}
	rules := make([]string, 0, len(ruleText))
	for r := range ruleText {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		m.ruleAt[r] = len(m.names)
		m.names = append(m.names, "rule:"+r)
	}
	m.w = make([]float64, len(m.names))
	m.doubt = make([]string, len(m.names))
	for f, t := range doubtText {
		m.doubt[f] = t
	}
	for ref, kind := range []int{refName: -1, refPronoun: fRefPronoun, refRole: fRefRole} {
		for k, f := range crossWith {
			t := doubtText[f] // what the second half says, else what the mention does
			if t == "" && kind >= 0 {
				t = doubtText[kind]
			}
			m.doubt[crossAt(refKind(ref), k)] = t
		}
	}
	for r, k := range m.ruleAt {
		m.doubt[k] = "chosen by " + r + ": " + ruleText[r]
	}
	var f WeightsFile
	if err := json.Unmarshal(weightsFile, &f); err != nil {
		panic(fmt.Sprintf("confidence_weights.json: %v", err)) // embedded: a build error, not the input's
	}
	for k, name := range m.names {
		m.w[k] = f.Weights[name]
	}
	m.threshold = f.Threshold
	return m
})

// WeightsMismatch lists the features the engine computes that the weights
// file lacks, and the file's weights for features the engine no longer
// computes: both empty when the two agree.
func WeightsMismatch() (missing, unknown []string) {
	var f WeightsFile
	_ = json.Unmarshal(weightsFile, &f)
	have := map[string]bool{}
	for _, n := range FeatureNames() {
		have[n] = true
		if _, ok := f.Weights[n]; !ok {
			missing = append(missing, n)
		}
	}
	for n := range f.Weights {
		if !have[n] {
			unknown = append(unknown, n)
		}
	}
	sort.Strings(unknown)
	return missing, unknown
}

// prob is the model's probability that the speaker is right.
func (m *weights) prob(x []float32) float64 {
	z := 0.0
	for k, v := range x {
		if v != 0 {
			z += m.w[k] * float64(v)
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// rate gives each attributed statement its confidence; ev, when not nil,
// also receives their features.
func (an *analyzer) rate(a *model.Article, ev *[]Evidence) {
	m := confModel()
	x := make([]float32, len(m.names)) // one buffer for the article
	spoke := make([]bool, len(a.Speakers))
	var pool []string // every statement's doubts, in one array
	var doubts [3]string
	for i := range a.Statements {
		st := &a.Statements[i]
		e := an.owners[i]
		if e == nil {
			continue
		}
		clear(x)
		an.evidence(a, i, e, m, x)
		if r := an.whys[i].ref.kind; r != refNone {
			for k, f := range crossWith {
				if x[f] != 0 {
					x[crossAt(r, k)] = 1
				}
			}
		}
		if !spoke[st.SpeakerIndex] {
			x[fFirstOfThem] = 1
			spoke[st.SpeakerIndex] = true
		}
		p := m.prob(x)
		shared := an.whys[i].ref.rival != nil && an.whys[i].ref.rival != e
		st.Confidence = model.Low
		if p >= m.threshold && !shared {
			st.Confidence = model.High
		}
		st.ConfidenceScore = max(0.001, math.Round(p*1000)/1000)
		if st.Confidence == model.High || st.Why == nil {
			// doubts explain a low confidence; a high one needs none
		} else if n := m.doubts(x, &doubts); n > 0 {
			if pool == nil {
				pool = make([]string, 0, 3*len(a.Statements)-3*i)
			}
			pool = append(pool, doubts[:n]...)
			st.Why.Doubts = pool[len(pool)-n : len(pool) : len(pool)]
		}
		if ev != nil {
			*ev = append(*ev, Evidence{Statement: i, Values: append([]float32(nil), x...), Score: p, Shared: shared})
		}
	}
}

// evidence sets the features of statement i, said by e, in x.
func (an *analyzer) evidence(a *model.Article, i int, e *entity, m *weights, x []float32) {
	st := a.Statements[i]
	w := an.whys[i]
	x[fBias] = 1
	if k, ok := m.ruleAt[w.rule]; ok {
		x[k] = 1
	}
	switch w.ref.kind {
	case refName:
		x[fRefName] = 1
	case refPronoun:
		x[fRefPronoun] = 1
	case refRole:
		x[fRefRole] = 1
	}
	if w.ref.e != nil {
		switch d := st.Paragraph - w.ref.named; {
		case w.ref.named == 0:
			x[fNamedUnknown] = 1
		case d <= 0:
			x[fNamedHere] = 1
		case d == 1:
			x[fNamedPrev] = 1
		default:
			x[fNamedFar] = 1
		}
		if w.ref.kind == refName && strings.EqualFold(w.ref.text, e.display) {
			x[fMentionIsName] = 1
		}
		x[mentionPlace(st, w.ref)] = 1
		if w.cue != "" && w.ref.para == st.Paragraph {
			x[cuePlace(an.paras[st.Paragraph-1].text, w.cue, w.ref)] = 1
		}
		if w.ref.para == st.Paragraph && int(w.ref.at) >= st.Start && int(w.ref.at) < st.Start+min(24, (st.End-st.Start)/4+1) {
			x[fMentionLead] = 1
		}
	}
	if w.from > 0 {
		if d := st.Paragraph - w.from; d == 1 || d == -1 {
			x[fCarried1] = 1
		} else {
			x[fCarriedFar] = 1
		}
	}
	if st.Kind == model.KindQuote {
		x[fQuote] = 1
	}
	x[speakerFeature(kindOf(e))] = 1
	if len(e.words) > 1 {
		x[fFullName] = 1
	}
	if len(e.words) > 2 {
		x[fLongName] = 1
	}
	if x[fPerson] == 1 && len(e.words) > 1 && isGivenName(e.words[0]) {
		x[fGivenName] = 1
	}
	if x[fPerson] == 1 && e.gender != unknownGender && !e.genderFromName {
		x[fGenderSeen] = 1
	}
	if w.selfNamed {
		x[fSelfNamed] = 1
	}
	if r, _ := utf8.DecodeRuneInString(e.display); unicode.IsLower(r) {
		x[fNameLower] = 1
	}
	if len(e.words) > 0 {
		if info := lookup(e.words[0]); info != nil && info.flags&(wFunction|wDeterminer|wPrep|wAdverb|wIntro|wCalendar) != 0 {
			x[fNameFunction] = 1
		}
	}
	switch {
	case st.Kind == model.KindQuote && w.ref.kind == refPronoun:
		x[fQuotePronoun] = 1
	case st.Kind == model.KindQuote && w.ref.kind == refRole:
		x[fQuoteRole] = 1
	case st.Kind == model.KindReported && w.ref.e == nil:
		x[fPhrase] = 1
		if x[fPerson] == 0 {
			x[fPhraseGroup] = 1
		}
	}
	if e.role != "" {
		x[fHasRole] = 1
	}
	x[cueFeature(st.Cue)] = 1
	if st.Via != "" {
		x[fVia] = 1
	}
	switch {
	case w.names == 0:
		x[fNamesNone] = 1
	case w.names == 1:
		x[fNamesOne] = 1
	case w.names == 2:
		x[fNamesTwo] = 1
	default:
		x[fNamesMany] = 1
	}
	if w.nearRival {
		x[fNearRival] = 1
	}
	switch an.othersInParagraph(i, e) {
	case 0:
	case 1:
		x[fOthersOne] = 1
	default:
		x[fOthersMany] = 1
	}
	switch st.Paragraph {
	case 1:
		x[fFirstPara] = 1
	case 2, 3:
		x[fEarlyPara] = 1
	}
	if p := an.paras[st.Paragraph-1].text; len(p) < 80 {
		x[fShortPara] = 1
	} else if !hasLetterOrDigit(p[:st.Start]) && !hasLetterOrDigit(p[st.End:]) {
		x[fBarePara] = 1
	}
	switch n := wordsUpTo(st.Text, 41); {
	case n > 40:
		x[fLong] = 1
	case n <= 4:
		x[fShort] = 1
	}
	if strings.HasSuffix(strings.TrimRight(st.Text, " ”’\"'"), "?") {
		x[fQuestion] = 1
	}
	sp := a.Speakers[st.SpeakerIndex]
	switch {
	case sp.Statements == 1:
		x[fSpeaks1] = 1
	case sp.Statements >= 4:
		x[fSpeaks4] = 1
	}
	if st.SpeakerIndex == 0 {
		x[fTopSpeaker] = 1
	}
}

// mentionPlace tells where the mention stands from the statement.
func mentionPlace(st model.Statement, r trace) int {
	at := int(r.at)
	end := at + len(r.text)
	switch {
	case r.para != st.Paragraph:
		return fMentionPara
	case at >= st.Start && at < st.End:
		return fMentionIn
	case end <= st.Start && st.Start-end <= 40 || at >= st.End && at-st.End <= 40:
		return fMentionNext
	case end <= st.Start && st.Start-end <= 160 || at >= st.End && at-st.End <= 160:
		return fMentionNear
	}
	return fMentionFar
}

// cuePlace tells where the cue stands from the mention: found within 80
// bytes either way, nearest first.
func cuePlace(p, cue string, r trace) int {
	at, end := int(r.at), int(r.at)+len(r.text)
	if at < 0 || end > len(p) {
		return fCueFar
	}
	after := strings.Index(p[end:min(len(p), end+80)], cue)
	before := strings.LastIndex(p[max(0, at-80):at], cue)
	if before >= 0 {
		before = at - (max(0, at-80) + before + len(cue)) // bytes between the cue's end and the mention
	}
	switch {
	case after >= 0 && (before < 0 || after <= before):
		if after <= 2 {
			return fCueAfterAdj
		}
		return fCueAfter
	case before >= 0:
		if before <= 2 {
			return fCueBeforeAdj
		}
		return fCueBefore
	}
	return fCueFar
}

func speakerFeature(k model.SpeakerKind) int {
	switch k {
	case model.SpeakerBody:
		return fBody
	case model.SpeakerGroup:
		return fGroup
	case model.SpeakerOutlet:
		return fOutlet
	case model.SpeakerUnnamed:
		return fUnnamed
	case model.SpeakerDocument:
		return fDocument
	}
	return fPerson
}

// cueFeature sorts a statement's cue into a few classes by its verb.
func cueFeature(cue string) int {
	switch cue {
	case "":
		return fCueNone
	case ":", "A:", "—":
		return fCueColon
	case "according to", "According to":
		return fCueAccording
	}
	verb := cue
	if k := strings.IndexByte(cue, ' '); k > 0 {
		verb = cue[:k] // "shot back", "pointed out"
	}
	info := lookup(verb)
	if info == nil {
		info = lookup(strings.ToLower(verb))
	}
	if info == nil || info.lemma == "" {
		return fCueOther
	}
	switch info.lemma {
	case "say":
		return fCueSay
	case "tell":
		return fCueTell
	case "add":
		return fCueAdd
	case "call", "describe", "dub":
		return fCueCall
	case "ask", "question", "wonder", "query":
		return fCueAsk
	case "write", "post", "tweet":
		return fCueWrite
	}
	return fCueOtherVerb
}

// othersInParagraph counts the other speakers of statements in statement
// i's paragraph, looking a few statements either way.
func (an *analyzer) othersInParagraph(i int, e *entity) int {
	para := an.stmts[i].Paragraph
	var seen [2]*entity
	n := 0
	for k := max(0, i-8); k < len(an.stmts) && k <= i+8 && n < 2; k++ {
		o := an.owners[k]
		if an.stmts[k].Paragraph != para || o == nil || o == e || o == seen[0] {
			continue
		}
		seen[n] = o
		n++
	}
	return n
}

// wordsUpTo counts the words of s, stopping at limit.
func wordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
