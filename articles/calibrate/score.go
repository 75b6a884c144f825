package main

// The labels: which statements the scorer of real news
// (../shared/corpus/score_real.py) counts as right. This follows its rules
// step by step: paragraph starts, the placement of each statement in the
// text, 30% coverage of an attribution's content, the speaker found in the
// source span or in `resolved`. Offsets are in characters, as Python's are.

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"whosaid/model"
)

// goldFile is NAME.attr.json.
type goldFile struct {
	Publisher    string `json:"publisher"`
	Attributions []struct {
		Content  [][2]int `json:"content"`
		Source   *string  `json:"source"`
		Cue      *string  `json:"cue"`
		Resolved *string  `json:"resolved"`
	} `json:"attributions"`
}

// scored is one annotated attribution the scorer checks a speaker for:
// the statement that covers most of it, and whether its speaker is right.
type scored struct {
	stmt int // index in the article's Statements
	ok   bool
	gold string // the annotated source, and its resolved name if any
}

var (
	speechCue = regexp.MustCompile(`(?i)\b(say|says|said|saying|tell|tells|told|telling|according|add|adds|added|adding|state|states|stated|` +
		`announce\w*|claim\w*|argue\w*|explain\w*|note[sd]?|noting|write|writes|wrote|written|tweet\w*|ask\w*|` +
		`repl\w+|respond\w*|insist\w*|warn\w*|declar\w*|call\w*|urg\w*|admit\w*|acknowledg\w*|den(y|ies|ied)\w*|` +
		`accus\w*|assert\w*|recall\w*|predict\w*|promis\w*|vow\w*|pledg\w*|describ\w*|report\w*|testif\w*|` +
		`confirm\w*|suggest\w*|question\w*|stress\w*|conced\w*|contend\w*|told|comment\w*|remark\w*|` +
		`complain\w*|criticiz\w*|blast\w*|slam\w*|prais\w*|shout\w*|yell\w*|quip\w*|joke\w*|boast\w*|` +
		`mention\w*|pointed|point|points|put it|statement|interview|speech|remarks)\b`)
	// pySpace is Python's \s on text: Unicode white space
	pySpace       = `[\s\x{0B}\x{1C}-\x{1F}\x{85}\p{Z}]`
	pronounSource = regexp.MustCompile(`(?i)^` + pySpace + `*(he|she|they|i|we|it|you|who)` + pySpace + `*$`)
)

// text is an article's text with character offsets.
type text struct {
	s      string
	byteAt []int // byte offset of each character, and of the end
	charAt []int // character offset of each byte start
}

func newText(s string) *text {
	t := &text{s: s, charAt: make([]int, len(s)+1)}
	for b := range s {
		t.charAt[b] = len(t.byteAt)
		t.byteAt = append(t.byteAt, b)
	}
	t.charAt[len(s)] = len(t.byteAt)
	t.byteAt = append(t.byteAt, len(s))
	return t
}

func (t *text) chars() int { return len(t.byteAt) - 1 }

func (t *text) slice(a, b int) string {
	a, b = max(0, min(a, t.chars())), max(0, min(b, t.chars()))
	if b < a {
		return ""
	}
	return t.s[t.byteAt[a]:t.byteAt[b]]
}

// paraStarts is score_real.py's para_starts: where each paragraph starts.
func paraStarts(t *text) []int {
	runes := []rune(t.s)
	blocks := regexp.MustCompile(`\n[ \t]*\n`).MatchString(t.s)
	blankAfter := func(i int) bool { // runes[i] is \n followed by [ \t]*\n
		for k := i + 1; k < len(runes); k++ {
			switch runes[k] {
			case ' ', '\t':
				continue
			case '\n':
				return true
			}
			return false
		}
		return false
	}
	var starts []int
	for i := 0; i < len(runes); {
		inRun := func(k int) bool { return runes[k] != '\n' || blocks && !blankAfter(k) }
		if !inRun(i) {
			i++
			continue
		}
		j := i
		for j < len(runes) && inRun(j) {
			j++
		}
		if strings.TrimFunc(string(runes[i:j]), unicode.IsSpace) != "" {
			starts = append(starts, i)
		}
		i = j
	}
	return starts
}

// place is score_real.py's place: where a statement stands in the text,
// found by its words near its paragraph; ok is false when it is not found.
func place(t *text, starts []int, s model.Statement) (a, b int, ok bool) {
	words := strings.Fields(s.Text)
	if len(words) == 0 {
		return 0, 0, false
	}
	p := s.Paragraph
	lo := 0
	if len(starts) > 0 {
		lo = starts[max(0, min(len(starts)-1, p-4))]
	}
	hi := t.chars()
	if p+3 < len(starts) {
		hi = starts[p+3]
	}
	want := lo + s.Start
	if p > 0 && p <= len(starts) {
		want = starts[p-1] + s.Start
	}
	quoted := make([]string, len(words))
	for k, w := range words {
		quoted[k] = regexp.QuoteMeta(w)
	}
	pat := regexp.MustCompile(strings.Join(quoted, pySpace+"+"))
	if lo > hi {
		return 0, 0, false
	}
	base := t.byteAt[lo]
	found := false
	for _, m := range pat.FindAllStringIndex(t.s[base:t.byteAt[hi]], -1) {
		ma, mb := t.charAt[base+m[0]], t.charAt[base+m[1]]
		if !found || abs(ma-want) < abs(a-want) {
			a, b, found = ma, mb, true
		}
	}
	return a, b, found
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// normName is score_real.py's norm: accents, case and punctuation folded.
func normName(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r == '’' {
			r = '\''
		}
		r = unicode.ToLower(r)
		if !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' || r == '\'' || r == '-') {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// speakerIn is score_real.py's speaker_in: a name, or its last word of
// three letters or more, stands whole in the gold text.
func speakerIn(names []string, gold string) bool {
	g := " " + normName(gold) + " "
	for _, n := range names {
		n = normName(n)
		if utf8.RuneCountInString(n) > 1 && strings.Contains(g, " "+n+" ") {
			return true
		}
		last := n
		if k := strings.LastIndexByte(n, ' '); k >= 0 {
			last = n[k+1:]
		}
		if utf8.RuneCountInString(last) > 2 && strings.Contains(g, " "+last+" ") {
			return true
		}
	}
	return false
}

// span is [a, b) in characters.
type span struct{ a, b int }

// label scores article a against its gold file as score_real.py does and
// returns the attributions whose speaker it checks.
func label(raw string, goldPath string, a *model.Article) ([]scored, error) {
	data, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, err
	}
	var g goldFile
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", goldPath, err)
	}
	t := newText(raw)
	starts := paraStarts(t)
	type pred struct {
		span
		stmt int
	}
	var preds []pred
	for i, s := range a.Statements {
		if pa, pb, ok := place(t, starts, s); ok {
			preds = append(preds, pred{span{pa, pb}, i})
		}
	}
	var out []scored
	for _, at := range g.Attributions {
		content := merge(spansOf(at.Content))
		parts := make([]string, len(at.Content))
		for k, c := range at.Content {
			parts[k] = t.slice(c[0], c[1])
		}
		ctext := strings.Join(parts, " ")
		cue := deref(at.Cue)
		speech := strings.ContainsAny(ctext, "“”\"") || speechCue.MatchString(cue) || strings.TrimSpace(cue) == ":"
		var cover []span
		best, bestOv := -1, 0
		for k, p := range preds {
			ov := intersect(content, p.span)
			if len(ov) == 0 {
				continue
			}
			cover = append(cover, ov...)
			if n := length(ov); n > bestOv {
				best, bestOv = k, n
			}
		}
		if !speech || float64(length(merge(cover))) < 0.3*float64(max(1, length(content))) {
			continue
		}
		src, res := deref(at.Source), deref(at.Resolved)
		known := src != "" && !pronounSource.MatchString(src)
		if res == "" && !known {
			continue
		}
		s := a.Statements[preds[best].stmt]
		ok := false
		if s.Speaker != "" {
			sp := a.Speakers[s.SpeakerIndex]
			names := append([]string{sp.Name}, sp.Aliases...)
			ok = speakerIn(names, src) || res != "" && speakerIn(names, res)
		}
		gold := src
		if res != "" && res != src {
			gold += " → " + res
		}
		out = append(out, scored{stmt: preds[best].stmt, ok: ok, gold: gold})
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func spansOf(c [][2]int) []span {
	out := make([]span, 0, len(c))
	for _, x := range c {
		if x[1] > x[0] {
			out = append(out, span{x[0], x[1]})
		}
	}
	return out
}

// merge sorts spans and joins those that overlap.
func merge(ss []span) []span {
	ss = slices.Clone(ss)
	slices.SortFunc(ss, func(x, y span) int { return x.a - y.a })
	var out []span
	for _, s := range ss {
		if n := len(out); n > 0 && s.a <= out[n-1].b {
			out[n-1].b = max(out[n-1].b, s.b)
			continue
		}
		out = append(out, s)
	}
	return out
}

func intersect(ss []span, p span) []span {
	var out []span
	for _, s := range ss {
		if a, b := max(s.a, p.a), min(s.b, p.b); b > a {
			out = append(out, span{a, b})
		}
	}
	return out
}

func length(ss []span) int {
	n := 0
	for _, s := range ss {
		n += s.b - s.a
	}
	return n
}
