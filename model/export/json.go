package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"whosaid/internal/ascii"

	"whosaid/model"
)

// Output is the JSON document of `whosaid quotes --json` (corpus format).
type Output struct {
	Title      string            `json:"title,omitempty"`
	Source     string            `json:"source"`
	Speakers   []model.Speaker   `json:"speakers"`
	Statements []model.Statement `json:"statements"`
}

// JSONOf builds the JSON document of an article, restricted to one speaker
// (any alias, case-insensitive) when speaker is not empty.
func JSONOf(a *model.Article, speaker string) Output {
	out := Output{Title: a.Title, Source: a.Source, Speakers: a.Speakers, Statements: Filter(a, speaker)}
	if speaker != "" {
		out.Speakers = nil
		if i := a.SpeakerByName(speaker); i >= 0 {
			out.Speakers = []model.Speaker{a.Speakers[i]}
		}
	}
	if out.Speakers == nil {
		out.Speakers = []model.Speaker{}
	}
	if out.Statements == nil {
		out.Statements = []model.Statement{}
	}
	return out
}

// Filter returns the statements of one speaker (any alias), or all when
// speaker is empty.
func Filter(a *model.Article, speaker string) []model.Statement {
	if speaker == "" {
		return a.Statements
	}
	i := a.SpeakerByName(speaker)
	var out []model.Statement
	for _, s := range a.Statements {
		if i >= 0 && s.SpeakerIndex == i {
			out = append(out, s)
		}
	}
	return out
}

// NoSpeakerError says that no speaker of the article goes by name, and
// names the ones it has, so a misspelt --speaker is easy to put right.
func NoSpeakerError(a *model.Article, name string) error {
	src := a.Source
	if src == "-" {
		src = "standard input"
	}
	if len(a.Speakers) == 0 {
		return fmt.Errorf("no speaker matches %q in %s: no one is quoted there", name, src)
	}
	var names []string
	for i, sp := range a.Speakers {
		if i == 6 {
			names = append(names, fmt.Sprintf("and %d more", len(a.Speakers)-i))
			break
		}
		names = append(names, sp.Name)
	}
	return fmt.Errorf("no speaker matches %q in %s (speakers: %s)", name, src, strings.Join(names, ", "))
}

// WriteJSON streams the JSON document of JSONOf to w, one statement at a
// time, so a large article is never held twice in memory as JSON. The
// output is one line, byte for byte what encoding/json would print (HTML
// left unescaped), but for a null speaker for statements that are no one's
// words; TestWriteJSONIsEncodingJSON holds it to that on real news.
//
// It is written by hand for speed: encoding/json (a struct with the null
// speaker, a statement at a time) took 2.2 times its CPU time over
// real-train, about 3% of a whole `quotes --json` run, where the bar
// allows 2%.
func WriteJSON(w io.Writer, a *model.Article, speaker string) error {
	out := JSONOf(a, speaker)
	// b is the only buffer, and it passes from one article to the next: a
	// new one grown for each article was a quarter of what a run of many
	// articles allocated
	bp := jsonBufs.Get().(*[]byte)
	defer func() {
		if cap(*bp) <= 64<<10 { // one enormous statement's buffer is not kept
			*bp = (*bp)[:0]
			jsonBufs.Put(bp)
		}
	}()
	b := (*bp)[:0]
	b = append(b, '{')
	if out.Title != "" {
		b = appendKey(b, "title")
		b = appendString(b, out.Title)
		b = append(b, ',')
	}
	b = appendKey(b, "source")
	b = appendString(b, out.Source)
	b = append(b, `,"speakers":[`...)
	for i, sp := range out.Speakers {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendSpeaker(b, sp)
	}
	b = append(b, `],"statements":[`...)
	for i, s := range out.Statements {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStatement(b, s)
		if len(b) > 32<<10 {
			*bp = b // keep what it grew to, even if the write fails
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	b = append(b, "]}\n"...)
	*bp = b
	_, err := w.Write(b)
	return err
}

// jsonBufs holds WriteJSON's buffer between articles.
var jsonBufs = sync.Pool{New: func() any {
	b := make([]byte, 0, 4096)
	return &b
}}

func appendKey(b []byte, k string) []byte {
	b = appendString(b, k)
	return append(b, ':')
}

func appendSpeaker(b []byte, sp model.Speaker) []byte {
	b = append(b, '{')
	b = appendKey(b, "name")
	b = appendString(b, sp.Name)
	b = append(b, `,"aliases":[`...)
	for i, al := range sp.Aliases {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, al)
	}
	b = append(b, ']')
	if sp.Role != "" {
		b = append(b, `,"role":`...)
		b = appendString(b, sp.Role)
	}
	b = append(b, `,"quotes":`...)
	b = strconv.AppendInt(b, int64(sp.Quotes), 10)
	b = append(b, `,"statements":`...)
	b = strconv.AppendInt(b, int64(sp.Statements), 10)
	b = append(b, `,"words":`...)
	b = strconv.AppendInt(b, int64(sp.Words), 10)
	b = append(b, `,"share":`...)
	b = strconv.AppendFloat(b, sp.Share, 'f', -1, 64) // as encoding/json: 0.00005, not 5e-05
	if sp.Kind != "" {
		b = append(b, `,"kind":`...)
		b = appendString(b, string(sp.Kind))
	}
	if sp.Gender != "" {
		b = append(b, `,"gender":`...)
		b = appendString(b, string(sp.Gender))
		b = append(b, `,"gender_evidence":`...)
		b = appendString(b, sp.GenderEvidence)
	}
	return append(b, '}')
}

func appendStatement(b []byte, s model.Statement) []byte {
	b = append(b, `{"paragraph":`...)
	b = strconv.AppendInt(b, int64(s.Paragraph), 10)
	b = append(b, `,"kind":`...)
	b = appendString(b, string(s.Kind))
	b = append(b, `,"text":`...)
	b = appendString(b, s.Text)
	b = append(b, `,"speaker":`...)
	if s.Speaker == "" {
		b = append(b, "null"...)
	} else {
		b = appendString(b, s.Speaker)
	}
	if s.Cue != "" {
		b = append(b, `,"cue":`...)
		b = appendString(b, s.Cue)
	}
	if s.Via != "" {
		b = append(b, `,"via":`...)
		b = appendString(b, s.Via)
	}
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	if s.Confidence != "" {
		b = append(b, `,"confidence":`...)
		b = appendString(b, string(s.Confidence))
	}
	if s.ConfidenceScore != 0 {
		b = append(b, `,"confidence_score":`...)
		b = strconv.AppendFloat(b, s.ConfidenceScore, 'f', -1, 64)
	}
	if s.Why != nil {
		b = append(b, `,"why":`...)
		b = appendWhy(b, s.Why)
	}
	return append(b, '}')
}

func appendWhy(b []byte, w *model.Why) []byte {
	b = append(b, `{"rule":`...)
	b = appendString(b, w.Rule)
	b = append(b, `,"evidence":`...)
	b = appendString(b, w.Evidence)
	if w.Mention != "" {
		b = append(b, `,"mention":`...)
		b = appendString(b, w.Mention)
	}
	if len(w.Chain) > 0 {
		b = append(b, `,"chain":[`...)
		for i, l := range w.Chain {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"text":`...)
			b = appendString(b, l.Text)
			b = append(b, `,"paragraph":`...)
			b = strconv.AppendInt(b, int64(l.Paragraph), 10)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = appendStrings(b, "rivals", w.Rivals)
	b = appendStrings(b, "doubts", w.Doubts)
	return append(b, '}')
}

// plainJSON marks the bytes appendString copies as they are: printable
// ASCII but the quote and the backslash.
var plainJSON = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendStrings writes ,"key":[…] for a list that is not empty.
func appendStrings(b []byte, key string, ss []string) []byte {
	if len(ss) == 0 {
		return b
	}
	b = append(b, ',')
	b = appendKey(b, key)
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendString appends s as a JSON string. UTF-8 passes through; quotes,
// backslashes, control characters and U+2028/U+2029 are escaped.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && ascii.PlainJSON(ascii.Load(s, i)) {
			i += 8
			continue
		}
		c := s[i]
		if plainJSON[c] {
			i++
			continue
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
				b = append(b, s[start:i]...)
				if r == utf8.RuneError {
					b = append(b, `\ufffd`...)
				} else {
					b = append(b, `\u202`...)
					b = append(b, hex[r&0xF])
				}
				i += size
				start = i
				continue
			}
			i += size
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
