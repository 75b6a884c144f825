package articles

import (
	"encoding/binary"
	"errors"
	"math"

	"whosaid/model"
)

// The analyses table keeps an article's statements and speakers in this
// small binary form: a library of a thousand articles is read back in tens
// of milliseconds, where gob spent most of its time compiling a decoder for
// each row. A statement's text is kept only when it is not the span of its
// paragraph it points at (it always is, from the engine). Every field of
// Statement, Speaker and Why must be written here: TestCodecKeepsEveryField
// fails when one is added and not.

const codecVersion = 2 // 2: confidence scores and doubts

var errDamaged = errors.New("damaged analysis")

type encoder struct{ b []byte }

func (e *encoder) uint(n int)      { e.b = binary.AppendUvarint(e.b, uint64(n)) }
func (e *encoder) int(n int)       { e.b = binary.AppendVarint(e.b, int64(n)) }
func (e *encoder) str(s string)    { e.uint(len(s)); e.b = append(e.b, s...) }
func (e *encoder) float(f float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(f)) }
func (e *encoder) strs(ss []string) {
	e.uint(len(ss))
	for _, s := range ss {
		e.str(s)
	}
}

// encodeAnalysis writes an article's analysis; doc's paragraphs tell which
// statement texts need not be kept.
func encodeAnalysis(a *model.Article) []byte {
	e := &encoder{b: make([]byte, 0, 256+200*len(a.Statements))}
	e.uint(codecVersion)
	e.uint(len(a.Speakers))
	for _, sp := range a.Speakers {
		e.str(sp.Name)
		e.strs(sp.Aliases)
		e.str(sp.Role)
		e.uint(sp.Quotes)
		e.uint(sp.Statements)
		e.uint(sp.Words)
		e.float(sp.Share)
		e.str(string(sp.Kind))
		e.str(string(sp.Gender))
		e.str(sp.GenderEvidence)
	}
	e.uint(len(a.Statements))
	for _, st := range a.Statements {
		e.int(st.Paragraph)
		e.str(string(st.Kind))
		e.int(st.Start)
		e.int(st.End)
		if t, ok := spanText(a.Document, st); ok && t == st.Text {
			e.uint(0)
		} else {
			e.uint(1)
			e.str(st.Text)
		}
		e.str(st.Speaker)
		e.str(st.Cue)
		e.str(st.Via)
		e.int(st.SpeakerIndex)
		e.str(string(st.Confidence))
		e.float(st.ConfidenceScore)
		e.why(st.Why)
	}
	return e.b
}

func (e *encoder) why(w *model.Why) {
	if w == nil {
		e.uint(0)
		return
	}
	e.uint(1)
	e.str(w.Rule)
	e.str(w.Evidence)
	e.str(w.Mention)
	e.uint(len(w.Chain))
	for _, l := range w.Chain {
		e.str(l.Text)
		e.int(l.Paragraph)
	}
	e.strs(w.Rivals)
	e.strs(w.Doubts)
}

// spanText is the text of the paragraph span a statement points at; false
// when it points outside the document.
func spanText(doc model.Document, st model.Statement) (string, bool) {
	var text string
	switch p := st.Paragraph - 1; {
	case p == -1 && doc.Title != "":
		text = doc.Title // the headline's statements
	case p >= 0 && p < len(doc.Paragraphs):
		text = doc.Paragraphs[p].Text
	default:
		return "", false
	}
	if st.Start < 0 || st.End < st.Start || st.End > len(text) {
		return "", false
	}
	return text[st.Start:st.End], true
}

type decoder struct {
	b   []byte
	err error
	// strings repeat (names, kinds, rules): each is made once per analysis
	seen map[string]string
}

func (d *decoder) uint() int {
	n, k := binary.Uvarint(d.b)
	if k <= 0 || n > uint64(len(d.b))*8+1<<20 {
		d.fail()
		return 0
	}
	d.b = d.b[k:]
	return int(n)
}

func (d *decoder) int() int {
	n, k := binary.Varint(d.b)
	if k <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[k:]
	return int(n)
}

func (d *decoder) fail() {
	d.err = errDamaged
	d.b = nil
}

func (d *decoder) str() string {
	n := d.uint()
	if n > len(d.b) {
		d.fail()
		return ""
	}
	raw := d.b[:n]
	d.b = d.b[n:]
	if n > 64 {
		return string(raw)
	}
	if s, ok := d.seen[string(raw)]; ok { // no allocation for the lookup
		return s
	}
	s := string(raw)
	d.seen[s] = s
	return s
}

func (d *decoder) float() float64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return f
}

func (d *decoder) strs() []string {
	n := d.uint()
	if n > len(d.b) {
		d.fail()
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

// decodeAnalysis reads what encodeAnalysis wrote into an article of doc,
// statement texts sharing the paragraphs' memory.
func decodeAnalysis(doc model.Document, data []byte) (*model.Article, error) {
	d := &decoder{b: data, seen: map[string]string{}}
	if d.uint() != codecVersion {
		return nil, errDamaged
	}
	a := &model.Article{Document: doc}
	n := d.uint()
	if n > len(d.b) {
		return nil, errDamaged
	}
	a.Speakers = make([]model.Speaker, n)
	for i := range a.Speakers {
		sp := &a.Speakers[i]
		sp.Name, sp.Aliases, sp.Role = d.str(), d.strs(), d.str()
		sp.Quotes, sp.Statements, sp.Words = d.uint(), d.uint(), d.uint()
		sp.Share = d.float()
		sp.Kind, sp.Gender, sp.GenderEvidence = model.SpeakerKind(d.str()), model.Gender(d.str()), d.str()
	}
	if n = d.uint(); n > len(d.b) {
		return nil, errDamaged
	}
	a.Statements = make([]model.Statement, n)
	for i := range a.Statements {
		st := &a.Statements[i]
		st.Paragraph, st.Kind, st.Start, st.End = d.int(), model.Kind(d.str()), d.int(), d.int()
		if d.uint() == 0 {
			st.Text, _ = spanText(doc, *st)
		} else {
			st.Text = d.str()
		}
		st.Speaker, st.Cue, st.Via = d.str(), d.str(), d.str()
		st.SpeakerIndex, st.Confidence = d.int(), model.Confidence(d.str())
		st.ConfidenceScore = d.float()
		st.Why = d.why()
	}
	if d.err != nil || len(d.b) != 0 {
		return nil, errDamaged
	}
	return a, nil
}

func (d *decoder) why() *model.Why {
	if d.uint() == 0 {
		return nil
	}
	w := &model.Why{Rule: d.str(), Evidence: d.str(), Mention: d.str()}
	if n := d.uint(); n > 0 && n <= len(d.b) {
		w.Chain = make([]model.Link, n)
		for i := range w.Chain {
			w.Chain[i] = model.Link{Text: d.str(), Paragraph: d.int()}
		}
	}
	if rivals := d.strs(); len(rivals) > 0 {
		w.Rivals = rivals
	}
	if doubts := d.strs(); len(doubts) > 0 {
		w.Doubts = doubts
	}
	return w
}
