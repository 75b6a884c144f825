package notes

import (
	"sort"
	"strings"
	"time"

	"whosaid/model"
)

// Highlight is a span of an article the reader marked, with their note.
// Anchor holds the words and their context; Paragraph, Start and End say
// where they lie in the article as it is now (byte offsets in the
// paragraph). An orphaned highlight's words are no longer in the article:
// Paragraph is where they were last seen.
type Highlight struct {
	ID        int64
	Anchor    Anchor
	Paragraph int
	Start     int
	End       int
	Speaker   string     // canonical name when marked, "" for no one's words
	Kind      model.Kind // quote, reported, or "" for a whole paragraph
	Note      string
	Created   time.Time
	Updated   time.Time
	Orphaned  bool
}

// Text is the highlighted words.
func (h Highlight) Text() string { return h.Anchor.Exact }

// HighlightOf makes a highlight of a statement of a (not yet stored).
func HighlightOf(a *model.Article, s model.Statement) Highlight {
	return Highlight{
		Anchor:    NewAnchor(a.Paragraphs, s.Paragraph, s.Start, s.End),
		Paragraph: s.Paragraph, Start: s.Start, End: s.End,
		Speaker: s.Speaker, Kind: s.Kind,
	}
}

// StatementHighlights makes a highlight of every statement of a, for
// exporting a speaker's words without marking anything. The headline's
// statements (paragraph 0) are left out: highlights anchor in the text
// below it, and the body says the same at more length.
func StatementHighlights(a *model.Article) []Highlight {
	out := make([]Highlight, 0, len(a.Statements))
	for _, s := range a.Statements {
		if s.Paragraph >= 1 {
			out = append(out, HighlightOf(a, s))
		}
	}
	return out
}

// FilterHighlights keeps the highlights of one speaker, named by canonical
// name or any alias the article knows, case-insensitively. A highlight's
// stored speaker is resolved in the article as it is now; one the article
// no longer names matches by a word of its name ("Vladimir Putin" for
// "putin"). An empty name keeps all.
func FilterHighlights(a *model.Article, hs []Highlight, speaker string) []Highlight {
	if speaker == "" {
		return hs
	}
	want := a.SpeakerByName(speaker)
	names := []string{speaker}
	if want >= 0 {
		names = append(names, a.Speakers[want].Name)
		names = append(names, a.Speakers[want].Aliases...)
	}
	var out []Highlight
	for _, h := range hs {
		if h.Speaker == "" {
			continue
		}
		if j := a.SpeakerByName(h.Speaker); j >= 0 {
			if j == want {
				out = append(out, h)
			}
			continue
		}
		if sharesAWord(h.Speaker, names) {
			out = append(out, h)
		}
	}
	return out
}

// sharesAWord reports whether name, or one of its words, is one of names.
func sharesAWord(name string, names []string) bool {
	for _, n := range names {
		if strings.EqualFold(name, n) {
			return true
		}
		for _, w := range strings.Fields(name) {
			if strings.EqualFold(w, n) {
				return true
			}
		}
	}
	return false
}

// SortHighlights orders highlights as they stand in the article, orphans
// (no longer in it) last.
func SortHighlights(hs []Highlight) {
	sort.SliceStable(hs, func(i, j int) bool {
		if hs[i].Orphaned != hs[j].Orphaned {
			return hs[j].Orphaned
		}
		if hs[i].Paragraph != hs[j].Paragraph {
			return hs[i].Paragraph < hs[j].Paragraph
		}
		return hs[i].Start < hs[j].Start
	})
}

// FindHighlight returns the index of the attached highlight lying exactly at
// bytes start..end of 1-based paragraph p, or -1: how the reader tells
// whether the current statement is marked.
func FindHighlight(hs []Highlight, p, start, end int) int {
	for i, h := range hs {
		if !h.Orphaned && h.Paragraph == p && h.Start == start && h.End == end {
			return i
		}
	}
	return -1
}
