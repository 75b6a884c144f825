package ui

import (
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"whosaid/model"
	"whosaid/model/export"
)

// doc is the article as the reader draws it: cleaned text, statements checked
// against it and indexed by paragraph. It is built once and never changes.
type doc struct {
	art           *model.Article
	source, title string
	titled        bool     // paras[0] is the title, not a paragraph of the article
	paras         []string // cleaned paragraph texts
	heading       []bool
	cum           []int // bytes before each paragraph, for the position %
	stmts         []stmt
	byPara        [][]int // statement indices of each paragraph, by position
	bySpeaker     [][]int // statement indices of each speaker, by position
	all           []int   // every statement index, by position
	speakers      []speaker
}

// stmt is a statement with the span it covers on screen: a quotation's span
// takes in its quotation marks.
type stmt struct {
	para       int // 0-based
	start, end int // on screen
	speaker    int // index of doc.speakers, -1 for no one
	quote      bool
	low        bool // the speaker is a guess of low confidence
	tStart     int  // the statement's own text (without marks)
	tEnd       int
	orig       int // index in the article's Statements
}

type speaker struct {
	name, label, role string
	called            []string // the descriptions the article calls them by ("the Vermont senator")
	quotes            int
	statements        int
	share             float64
	pct               int // share of quoted words in whole percent; all add up to 100
	person            bool
	gender            model.Gender
	evidence          string
}

// genderMark is the panel's quiet mark of a person's gender: f, m, n
// (non-binary) or ?; blank for bodies, groups and outlets, which have none.
func (s speaker) genderMark() string {
	if !s.person {
		return " "
	}
	switch s.gender {
	case model.Female:
		return "f"
	case model.Male:
		return "m"
	case model.NonBinary:
		return "n"
	}
	return "?"
}

// genderLine says a person's gender and why, for the status bar when they
// are chosen: never a guess shown as fact.
func (s speaker) genderLine() string {
	if !s.person {
		return ""
	}
	return oneLineClean(export.SpeakerKind(model.Speaker{Kind: model.SpeakerPerson, Gender: s.gender, GenderEvidence: s.evidence}))
}

func newDoc(a *model.Article) *doc {
	d := &doc{art: a, source: oneLineClean(a.Source), title: oneLineClean(a.Title)}
	if a.Source == "-" {
		d.source = "standard input"
	}
	total := 0
	ps := a.Paragraphs
	if d.title != "" {
		// The title goes first as a heading; paragraph numbers stay the article's.
		d.titled = true
		ps = append([]model.Paragraph{{Text: d.title, Kind: model.Heading}}, ps...)
	}
	for _, p := range ps {
		d.paras = append(d.paras, clean(p.Text))
		d.heading = append(d.heading, p.Kind == model.Heading)
		d.cum = append(d.cum, total)
		total += len(p.Text) + 1
	}
	d.cum = append(d.cum, total)
	d.byPara = make([][]int, len(d.paras))
	for _, sp := range a.Speakers {
		d.speakers = append(d.speakers, speaker{
			name: oneLineClean(sp.Name), role: oneLineClean(sp.Role),
			quotes: sp.Quotes, statements: sp.Statements, share: sp.Share,
			person: sp.Kind == model.SpeakerPerson, gender: sp.Gender, evidence: sp.GenderEvidence,
			called: descriptions(sp),
		})
	}
	labelSpeakers(d.speakers)
	percentShares(d.speakers)
	for k, s := range a.Statements {
		if st, ok := d.checkStmt(s); ok {
			st.orig = k
			d.stmts = append(d.stmts, st)
		}
	}
	sort.SliceStable(d.stmts, func(i, j int) bool { return d.stmts[i].before(d.stmts[j]) })
	d.bySpeaker = make([][]int, len(d.speakers))
	for i, st := range d.stmts {
		d.byPara[st.para] = append(d.byPara[st.para], i)
		d.all = append(d.all, i)
		if st.speaker >= 0 {
			d.bySpeaker[st.speaker] = append(d.bySpeaker[st.speaker], i)
		}
	}
	return d
}

func (s stmt) before(t stmt) bool {
	if s.para != t.para {
		return s.para < t.para
	}
	return s.start < t.start
}

// checkStmt turns a model statement into a stmt, refusing one whose paragraph
// or offsets do not fit the text, so a faulty analysis cannot crash the reader.
func (d *doc) checkStmt(s model.Statement) (stmt, bool) {
	p := s.Paragraph - 1
	if d.titled {
		p++
	}
	if p < 0 || p >= len(d.paras) {
		return stmt{}, false // (the title, on screen as paragraph 0, holds the headline's statements)
	}
	t := d.paras[p]
	if s.Start < 0 || s.End > len(t) || s.Start >= s.End {
		return stmt{}, false
	}
	for s.Start > 0 && !utf8.RuneStart(t[s.Start]) {
		s.Start--
	}
	for s.End < len(t) && !utf8.RuneStart(t[s.End]) {
		s.End++
	}
	sp := s.SpeakerIndex
	if sp >= len(d.speakers) || sp < 0 {
		sp = -1
	}
	st := stmt{para: p, start: s.Start, end: s.End, speaker: sp, quote: s.Kind == model.KindQuote,
		low: s.Confidence == model.Low && sp >= 0}
	st.tStart, st.tEnd = s.Start, s.End
	if st.quote {
		st.start, st.end = takeMarks(t, s.Start, s.End)
	}
	return st, true
}

const openMarks = "“\"«„‘‚‹「『"
const closeMarks = "”\"»“’‘›」』"

// snippet is the start of statement i's text on one line, for the panel.
func (d *doc) snippet(i int) string {
	s := d.stmts[i]
	t := d.paras[s.para][s.tStart:s.tEnd]
	if cut := 400; len(t) > cut {
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
		t = t[:cut]
	}
	return strings.Join(strings.Fields(t), " ")
}

// name is what the status bar calls the article: its title, else its file's
// base name (a URL without the scheme), never a long path.
func (d *doc) name() string {
	switch {
	case d.title != "":
		return d.title
	case strings.Contains(d.source, "://"):
		return strings.TrimSuffix(d.source[strings.Index(d.source, "://")+3:], "/")
	}
	return filepath.Base(d.source)
}

// paraLabel is how paragraph p is numbered on screen: ¶N as in the article,
// ¶0 for the title (whose headline may hold statements).
func (d *doc) paraLabel(p int) string {
	if d.titled {
		p--
	}
	return "¶" + strconv.Itoa(p+1)
}

// articlePara is the article's 1-based number of screen paragraph p (0 for
// the title); screenPara is the other way round.
func (d *doc) articlePara(p int) int {
	if d.titled {
		return p
	}
	return p + 1
}

func (d *doc) screenPara(n int) int {
	if d.titled {
		return n
	}
	return n - 1
}

// takeMarks widens a quotation's span by the marks around it, if present.
func takeMarks(t string, start, end int) (int, int) {
	if r, n := utf8.DecodeLastRuneInString(t[:start]); n > 0 && strings.ContainsRune(openMarks, r) {
		start -= n
	}
	if r, n := utf8.DecodeRuneInString(t[end:]); n > 0 && strings.ContainsRune(closeMarks, r) {
		end += n
	}
	return start, end
}

// percentShares rounds the speakers' shares of quoted words to whole
// percent so that they add up to 100 (largest remainder): rounding each
// alone can make 101.
func percentShares(sps []speaker) {
	total := 0.0
	for _, s := range sps {
		total += max(s.share, 0)
	}
	target := int(math.Round(total * 100))
	left := target
	rest := make([]int, len(sps))
	for i, s := range sps {
		exact := max(s.share, 0) * 100
		sps[i].pct = int(math.Floor(exact))
		left -= sps[i].pct
		rest[i] = i
	}
	sort.SliceStable(rest, func(a, b int) bool {
		fa := sps[rest[a]].share*100 - float64(sps[rest[a]].pct)
		fb := sps[rest[b]].share*100 - float64(sps[rest[b]].pct)
		return fa > fb
	})
	for k := 0; k < left && k < len(rest); k++ {
		sps[rest[k]].pct++
	}
}

// labelSpeakers gives each speaker a short gutter label: the last word of the
// name, or the whole name when two speakers share a last word.
func labelSpeakers(sps []speaker) {
	count := map[string]int{}
	for _, s := range sps {
		count[lastWord(s.name)]++
	}
	for i := range sps {
		l := lastWord(sps[i].name)
		if count[l] > 1 {
			l = sps[i].name
		}
		sps[i].label = l
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "?"
	}
	return f[len(f)-1]
}

// rowOf returns the index of the row holding byte offset off.
func rowOf(rows []row, off int) int {
	lo, hi := 0, len(rows)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if rows[mid].end > off {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// descriptions are the aliases of sp that are no form of its name: the
// roles the article calls the speaker by ("the Vermont senator").
func descriptions(sp model.Speaker) []string {
	var out []string
	for _, al := range sp.Aliases {
		if strings.HasPrefix(al, "the ") {
			out = append(out, oneLineClean(al))
		}
	}
	return out
}
