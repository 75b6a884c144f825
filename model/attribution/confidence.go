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
// real news by articles/calibrate and kept as data in confidence_weights.json.
// Every feature is general (no word or name of one article), so weights
// trained on an older engine still read the newer one sensibly; a feature
// the file lacks weighs nothing.

//go:embed confidence_weights.json
var weightsFile []byte

// Features of a statement, by position in its feature vector. Crossed
// features follow them (see crossWith), then one feature per rule of
// ruleText: the rule that chose the speaker.
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
	fLong        // over 240 bytes, some 40 words
	fShort       // under 30 bytes, some four words: a phrase quoted inside a sentence
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
	fCueFar         // the cue stands far from the mention, or was not found near it
	fNameLower      // the name starts in lower case: "a new poll", "much"
	fNameFunction   // it opens with a function word, a date or an adverb: "In her statement"
	fQuotePronoun   // a quotation given through a pronoun
	fQuoteRole      // through a role noun
	fPhrase         // no mention at all behind a statement of reported speech
	fPhraseGroup    // and the speaker is a group, a body or a document: "Others say"
	fNameInText     // the speaker's name stands in the statement's words
	fNameOpens      // and opens them: "Rubio suggested that …"
	fNameNumber     // the name holds a number: "31% of Republicans", "Only 24 percent"
	fSameGender     // another person of the speaker's gender named in the paragraph or the one before
	fCueInside      // reported words holding a second cue
	fAccordingAfter // "according to" another source after the statement
	fOtherCue       // reported words holding another's cue: "…, while Cruz said …"
	fParaPronoun    // no mention behind the statement, and the paragraph's other statements of the speaker came through a pronoun
	fParaRole       // through a role noun
	fParaName       // through a name
	fCueLate        // the cue of reported words stands 100 bytes or more into them: another clause leads
	fCueIng         // the cue is a participle: "…, saying", "accused of calling"
	fCuePlain       // a plain present: "Democrats say", "critics argue"
	fCuePresentS    // a present in -s: "says", "argues"
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
	"reported&ref:none&speaker:nonperson", "name:in-text", "name:opens-text", "name:number",
	"same-gender-near", "reported:second-cue", "according-after", "reported:other-cue",
	"para-ref:pronoun", "para-ref:role", "para-ref:name", "reported:cue-late",
	"cue:ing", "cue:plain", "cue:s",
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
	fCueAfter:   "words between the name and the cue",
	fSameGender: "another person of the same gender named near", fCueInside: "a second cue in the sentence",
	fAccordingAfter: "“according to” another source after the words", fCueLate: "the cue stands late in the sentence", fOtherCue: "someone else speaks in the same sentence",
	fParaPronoun: "the paragraph gives the speaker only through a pronoun", fParaRole: "the paragraph gives the speaker only through a role noun",
	fCuePlain: "“say”, not “said”: what many say", fCueIng: "the cue hangs on another clause (“…, saying”)",
	fCuePresentS: "“says”, not “said”",
}

// minDoubt is the least weight against a speaker worth telling a reader.
const minDoubt = -0.4

// doubts writes into out what lowered x's probability most, strongest
// first: the weights of the features that say the same thing are summed.
// It returns how many it wrote.
func (m *weights) doubts(x *features, out *[3]string) int {
	var texts [12]string
	var sums [12]float64
	n := 0
	for _, k := range x.on {
		d, v := m.doubt[k], x.x[k]
		if d == "" {
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

// confModel is the model the engine runs, read once.
var confModel = sync.OnceValue(func() *weights {
	m := &weights{ruleAt: map[string]int{}}
	m.nameFeatures()
	m.describeDoubts()
	var f WeightsFile
	if err := json.Unmarshal(weightsFile, &f); err != nil {
		panic(fmt.Sprintf("confidence_weights.json: %v", err)) // embedded: a build error, not the input's
	}
	m.w = make([]float64, len(m.names))
	for k, name := range m.names {
		m.w[k] = f.Weights[name] // a feature the file lacks weighs nothing
	}
	m.threshold = f.Threshold
	return m
})

// nameFeatures names the features in the order the engine sets them.
func (m *weights) nameFeatures() {
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
}

// describeDoubts says what each feature tells against a speaker.
func (m *weights) describeDoubts() {
	m.doubt = make([]string, len(m.names))
	for f, t := range doubtText {
		m.doubt[f] = t
	}
	// a name, a pronoun, a role noun; a name says nothing against a speaker
	for _, c := range [...]struct {
		ref     refKind
		mention int
	}{{refName, -1}, {refPronoun, fRefPronoun}, {refRole, fRefRole}} {
		for k, f := range crossWith {
			t := doubtText[f] // what the second half says, else what the mention does
			if t == "" && c.mention >= 0 {
				t = doubtText[c.mention]
			}
			m.doubt[crossAt(c.ref, k)] = t
		}
	}
	for r, k := range m.ruleAt {
		m.doubt[k] = "chosen by " + r + ": " + ruleText[r]
	}
}

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

// features is a statement's feature vector and which of its features are
// set, so that scoring and clearing touch only those.
type features struct {
	x  []float32
	on []int
}

func (f *features) set(k int) {
	if f.x[k] == 0 {
		f.on = append(f.on, k)
	}
	f.x[k] = 1
}

func (f *features) has(k int) bool { return f.x[k] != 0 }

func (f *features) reset() {
	for _, k := range f.on {
		f.x[k] = 0
	}
	f.on = f.on[:0]
}

// prob is the model's probability that the speaker is right.
func (m *weights) prob(x *features) float64 {
	z := 0.0
	for _, k := range x.on {
		z += m.w[k] * float64(x.x[k])
	}
	return 1 / (1 + math.Exp(-z))
}

// rate gives each attributed statement its confidence; ev, when not nil,
// also receives their features.
func (an *analyzer) rate(a *model.Article, ev *[]Evidence) {
	m := confModel()
	x := &features{x: make([]float32, len(m.names))} // one buffer for the article
	spoke := make([]bool, len(a.Speakers))
	speakers := make([]speakerFeats, len(a.Speakers))
	var pool []string // the statements' doubts, in blocks of many
	var doubts [3]string
	var here [3]*entity // the first speakers of the paragraph at hand
	hereN, herePara := 0, 0
	for i := range a.Statements {
		st := &a.Statements[i]
		e := an.owners[i]
		if e == nil {
			continue
		}
		if st.Paragraph != herePara {
			herePara, hereN = st.Paragraph, an.speakersFrom(i, &here)
		}
		others := 0
		for _, o := range here[:hereN] {
			if o != e {
				others++
			}
		}
		x.reset()
		an.evidence(a, i, e, &speakers[st.SpeakerIndex], others, m, x)
		if an.whys[i].ref.e == nil {
			x.set(an.paragraphRef(i, e))
		}
		if r := an.whys[i].ref.kind; r != refNone {
			for k, f := range crossWith {
				if x.has(f) {
					x.set(crossAt(r, k))
				}
			}
		}
		if !spoke[st.SpeakerIndex] {
			x.set(fFirstOfThem)
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
			if cap(pool)-len(pool) < n {
				// a new block, the earlier ones staying where the statements
				// point: room for all that are left would be mostly unused
				pool = make([]string, 0, 3*min(len(a.Statements)-i, 1024))
			}
			pool = append(pool, doubts[:n]...)
			st.Why.Doubts = pool[len(pool)-n : len(pool) : len(pool)]
		}
		if ev != nil {
			*ev = append(*ev, Evidence{Statement: i, Values: append([]float32(nil), x.x...), Shared: shared})
		}
	}
}

// evidence sets the features of statement i, said by e, in x; others
// counts the other speakers of its paragraph.
func (an *analyzer) evidence(a *model.Article, i int, e *entity, spk *speakerFeats, others int, m *weights, x *features) {
	st, w := &a.Statements[i], &an.whys[i]
	x.set(fBias)
	if k, ok := m.ruleAt[w.rule]; ok {
		x.set(k)
	}
	an.mentionEvidence(st, w, e, x)
	sf := spk.of(e)
	for _, k := range sf.on[:sf.n] {
		x.set(int(k))
	}
	if w.selfNamed {
		x.set(fSelfNamed)
	}
	if k := strings.Index(st.Text, e.display); k >= 0 {
		x.set(fNameInText)
		if k <= 4 { // "The ", "A "
			x.set(fNameOpens)
		}
	}
	switch {
	case st.Kind == model.KindQuote && w.ref.kind == refPronoun:
		x.set(fQuotePronoun)
	case st.Kind == model.KindQuote && w.ref.kind == refRole:
		x.set(fQuoteRole)
	case st.Kind == model.KindReported && w.ref.e == nil:
		x.set(fPhrase)
		if !x.has(fPerson) {
			x.set(fPhraseGroup)
		}
	}
	an.surroundings(st, w, others, x)
	an.contextEvidence(st, w, x)
	sp := &a.Speakers[st.SpeakerIndex]
	switch {
	case sp.Statements == 1:
		x.set(fSpeaks1)
	case sp.Statements >= 4:
		x.set(fSpeaks4)
	}
	if st.SpeakerIndex == 0 {
		x.set(fTopSpeaker)
	}
}

// mentionEvidence sets what the mention tells: a name, pronoun or role,
// how far back the name stands, where it and the cue stand, and how far a
// carried speaker was carried.
func (an *analyzer) mentionEvidence(st *model.Statement, w *why, e *entity, x *features) {
	switch w.ref.kind {
	case refName:
		x.set(fRefName)
	case refPronoun:
		x.set(fRefPronoun)
	case refRole:
		x.set(fRefRole)
	}
	if w.ref.e != nil {
		switch d := st.Paragraph - w.ref.named; {
		case w.ref.named == 0:
			x.set(fNamedUnknown)
		case d <= 0:
			x.set(fNamedHere)
		case d == 1:
			x.set(fNamedPrev)
		default:
			x.set(fNamedFar)
		}
		if w.ref.kind == refName && strings.EqualFold(w.ref.text, e.display) {
			x.set(fMentionIsName)
		}
		x.set(mentionPlace(st, &w.ref))
		if w.cue != "" && w.ref.para == st.Paragraph {
			x.set(cuePlace(an.paras[st.Paragraph-1].text, w.cue, &w.ref))
		}
		if w.ref.para == st.Paragraph && int(w.ref.at) >= st.Start && int(w.ref.at) < st.Start+min(24, (st.End-st.Start)/4+1) {
			x.set(fMentionLead)
		}
	}
	if w.from > 0 {
		if d := st.Paragraph - w.from; d == 1 || d == -1 {
			x.set(fCarried1)
		} else {
			x.set(fCarriedFar)
		}
	}
}

// surroundings sets what the statement and its paragraph tell: its kind,
// cue and outlet, the names and speakers around it, where the paragraph
// stands, and the statement's length and form.
func (an *analyzer) surroundings(st *model.Statement, w *why, others int, x *features) {
	if st.Kind == model.KindQuote {
		x.set(fQuote)
	}
	x.set(cueFeature(st.Cue))
	if f := cueForm(st.Cue); f != 0 {
		x.set(f)
	}
	if st.Via != "" {
		x.set(fVia)
	}
	switch {
	case w.names == 0:
		x.set(fNamesNone)
	case w.names == 1:
		x.set(fNamesOne)
	case w.names == 2:
		x.set(fNamesTwo)
	default:
		x.set(fNamesMany)
	}
	if w.nearRival {
		x.set(fNearRival)
	}
	switch {
	case others == 1:
		x.set(fOthersOne)
	case others > 1:
		x.set(fOthersMany)
	}
	switch st.Paragraph {
	case 1:
		x.set(fFirstPara)
	case 2, 3:
		x.set(fEarlyPara)
	}
	if p := an.paras[st.Paragraph-1].text; len(p) < 80 {
		x.set(fShortPara)
	} else if !hasLetterOrDigit(p[:st.Start]) && !hasLetterOrDigit(p[st.End:]) {
		x.set(fBarePara)
	}
	switch n := len(st.Text); {
	case n > 240:
		x.set(fLong)
	case n < 30:
		x.set(fShort)
	}
	if endsWithQuestion(st.Text) {
		x.set(fQuestion)
	}
}

// contextEvidence sets what the paragraph told as the statement was
// emitted (see noteContext), and another source named after it.
func (an *analyzer) contextEvidence(st *model.Statement, w *why, x *features) {
	for _, c := range [...]struct {
		bit context
		f   int
	}{{cxSameGender, fSameGender}, {cxCueInside, fCueInside}, {cxOtherCue, fOtherCue}} {
		if w.ctx&c.bit != 0 {
			x.set(c.f)
		}
	}
	if st.Kind == model.KindReported && st.Cue != "" && len(st.Text) > 100 && strings.Index(st.Text[100:], st.Cue) >= 0 && strings.Index(st.Text[:100], st.Cue) < 0 {
		x.set(fCueLate)
	}
	p := an.paras[st.Paragraph-1].text
	if st.Cue != "according to" && st.Cue != "According to" && holdsAccordingTo(p[st.End:min(len(p), st.End+160)]) {
		x.set(fAccordingAfter)
	}
}

// holdsAccordingTo is strings.Contains(s, "according to"), searching for
// "ccording to" and then the "a" before it: "c" is rarer in prose than
// "a", so the search stops at fewer false starts.
func holdsAccordingTo(s string) bool {
	for off := 1; off < len(s); {
		k := strings.Index(s[off:], "ccording to")
		if k < 0 {
			return false
		}
		if s[off+k-1] == 'a' {
			return true
		}
		off += k + 1
	}
	return false
}

// The fixed features' indices fit a byte (speakerFeats keeps them so).
var _ [255 - nFixed]struct{}

// speakerFeats are the features of a speaker, the same in each of their
// statements: worked out once per speaker.
type speakerFeats struct {
	on   [10]uint8
	n    uint8
	done bool
}

func (sf *speakerFeats) add(k int) {
	sf.on[sf.n] = uint8(k)
	sf.n++
}

// of works out e's features, once.
func (sf *speakerFeats) of(e *entity) *speakerFeats {
	if sf.done {
		return sf
	}
	sf.done = true
	kind := speakerFeature(kindOf(e))
	sf.add(kind)
	if len(e.words) > 1 {
		sf.add(fFullName)
	}
	if len(e.words) > 2 {
		sf.add(fLongName)
	}
	if kind == fPerson && len(e.words) > 1 && isGivenName(e.words[0]) {
		sf.add(fGivenName)
	}
	if kind == fPerson && e.gender != unknownGender && !e.genderFromName {
		sf.add(fGenderSeen)
	}
	if r, _ := utf8.DecodeRuneInString(e.display); unicode.IsLower(r) {
		sf.add(fNameLower)
	}
	if len(e.words) > 0 {
		if info := lookup(e.words[0]); info != nil && info.flags&(wFunction|wDeterminer|wPrep|wAdverb|wIntro|wCalendar) != 0 {
			sf.add(fNameFunction)
		}
	}
	if strings.ContainsAny(e.display, "0123456789%") || strings.Contains(e.display, "percent") {
		sf.add(fNameNumber)
	}
	if e.role != "" {
		sf.add(fHasRole)
	}
	return sf
}

// mentionPlace tells where the mention stands from the statement.
func mentionPlace(st *model.Statement, r *trace) int {
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
func cuePlace(p, cue string, r *trace) int {
	at, end := int(r.at), int(r.at)+len(r.text)
	if at < 0 || end > len(p) {
		return fCueFar
	}
	after := strings.Index(p[end:min(len(p), end+80)], cue)
	if after >= 0 && after <= 2 {
		return fCueAfterAdj // the usual case, settled without looking back
	}
	from := max(0, at-80)
	before := strings.LastIndex(p[from:at], cue)
	if before >= 0 {
		before = at - (from + before + len(cue)) // bytes between the cue's end and the mention
	}
	switch {
	case after >= 0 && (before < 0 || after <= before):
		return fCueAfter
	case before >= 0 && before <= 2:
		return fCueBeforeAdj
	case before >= 0:
		return fCueBefore
	}
	return fCueFar
}

// endsWithQuestion reports text ending in a question mark, before any
// closing marks and spaces.
func endsWithQuestion(t string) bool {
	for len(t) > 0 {
		switch {
		case t[len(t)-1] == ' ' || t[len(t)-1] == '"' || t[len(t)-1] == '\'':
			t = t[:len(t)-1]
		case strings.HasSuffix(t, "”") || strings.HasSuffix(t, "’"):
			t = t[:len(t)-len("”")]
		default:
			return t[len(t)-1] == '?'
		}
	}
	return false
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

// cueForm tells the form of the cue's verb: a participle, a plain present
// or one in -s; 0 for a past tense or no verb. A participle often hangs on
// another clause ("…, saying"), and a plain present is said by many.
func cueForm(cue string) int {
	verb := cue
	if k := strings.IndexByte(cue, ' '); k > 0 {
		verb = cue[:k] // "shot back"
	}
	verb = strings.ToLower(verb)
	info := lookup(verb)
	if info == nil || info.lemma == "" {
		return 0
	}
	switch {
	case strings.HasSuffix(verb, "ing"):
		return fCueIng
	case verb == info.lemma:
		return fCuePlain
	case strings.HasSuffix(verb, "s") && strings.HasPrefix(verb, info.lemma[:len(info.lemma)-1]):
		return fCuePresentS // "says", "argues", "denies"
	}
	return 0
}

// cueFeature sorts a statement's cue into a few classes by its verb.
func cueFeature(cue string) int {
	switch cue {
	case "said", "says", "say", "saying":
		return fCueSay // most cues, settled without a lookup
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

// paragraphRef tells how the other statements of statement i's paragraph
// that e says found e: through a name, else a role noun, else a pronoun;
// fBias (set already) when none did.
func (an *analyzer) paragraphRef(i int, e *entity) int {
	best := refNone
	p := an.stmts[i].Paragraph
	for k := i - 1; k >= 0 && an.stmts[k].Paragraph == p; k-- {
		best = betterRef(best, an.owners[k], e, an.whys[k].ref.kind)
	}
	for k := i + 1; k < len(an.stmts) && an.stmts[k].Paragraph == p; k++ {
		best = betterRef(best, an.owners[k], e, an.whys[k].ref.kind)
	}
	switch best {
	case refName:
		return fParaName
	case refRole:
		return fParaRole
	case refPronoun:
		return fParaPronoun
	}
	return fBias
}

// betterRef ranks a name above a role noun above a pronoun.
func betterRef(best refKind, owner, e *entity, r refKind) refKind {
	if owner != e || r == refNone {
		return best
	}
	rank := func(r refKind) int { return [...]int{refNone: 0, refPronoun: 1, refRole: 2, refName: 3}[r] }
	if rank(r) > rank(best) {
		return r
	}
	return best
}

// speakersFrom puts in out the first speakers of statement i's paragraph,
// from statement i on (those before it have none), and returns how many.
func (an *analyzer) speakersFrom(i int, out *[3]*entity) int {
	n := 0
	for k := i; k < len(an.stmts) && an.stmts[k].Paragraph == an.stmts[i].Paragraph && n < len(out); k++ {
		if o := an.owners[k]; o != nil && !slices.Contains(out[:n], o) {
			out[n] = o
			n++
		}
	}
	return n
}
