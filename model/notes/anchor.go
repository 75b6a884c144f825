package notes

import (
	"strings"
	"unicode/utf8"

	"whosaid/model"
)

// ParagraphSep joins paragraphs into an article's whole text, the text that
// anchor positions count in.
const ParagraphSep = "\n\n"

// AnchorContext is how many characters (runes) of prefix and suffix an anchor
// keeps, as in the W3C TextQuoteSelector.
const AnchorContext = 32

// Anchor locates a highlight the way the W3C Web Annotation model does: the
// exact text with some context on each side (TextQuoteSelector) and its
// position (TextPositionSelector). Start and End are byte offsets in the
// article's whole text (see WholeText).
type Anchor struct {
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Attachment is where an anchor lies in an article: Paragraph (1-based) and
// Start/End byte offsets in that paragraph's text, plus the same span in the
// whole text. Orphaned means the anchor's text is no longer in the article;
// Fuzzy that it was found only approximately.
type Attachment struct {
	Paragraph  int
	Start, End int
	TextStart  int
	TextEnd    int
	Fuzzy      bool
	Orphaned   bool
}

// WholeText is the article's text as anchors count it: the paragraphs joined
// by a blank line.
func WholeText(paras []model.Paragraph) string {
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString(ParagraphSep)
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// paragraphStarts returns the byte offset in the whole text where each
// paragraph begins.
func paragraphStarts(paras []model.Paragraph) []int {
	starts := make([]int, len(paras))
	off := 0
	for i, p := range paras {
		starts[i] = off
		off += len(p.Text) + len(ParagraphSep)
	}
	return starts
}

// NewAnchor anchors bytes start..end of 1-based paragraph n. Offsets out of
// range are clamped to the paragraph.
func NewAnchor(paras []model.Paragraph, n, start, end int) Anchor {
	if n < 1 || n > len(paras) {
		return Anchor{}
	}
	text := paras[n-1].Text
	start, end = clampSpan(text, start, end)
	base := paragraphStarts(paras)[n-1]
	return anchorAt(WholeText(paras), base+start, base+end)
}

// anchorAt builds the anchor of whole-text bytes start..end.
func anchorAt(whole string, start, end int) Anchor {
	return Anchor{
		Exact:  whole[start:end],
		Prefix: lastRunes(whole[:start], AnchorContext),
		Suffix: firstRunes(whole[end:], AnchorContext),
		Start:  start,
		End:    end,
	}
}

// clampSpan keeps start..end inside text and on rune boundaries.
func clampSpan(text string, start, end int) (int, int) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end
}

func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// Reattach finds an anchor in a possibly changed article: first the exact
// text (the best by context and nearness when it occurs more than once), then
// an approximate match within one paragraph; else the anchor is orphaned.
func Reattach(a Anchor, paras []model.Paragraph) Attachment {
	if a.Exact == "" || len(paras) == 0 {
		return Attachment{Orphaned: true}
	}
	whole := WholeText(paras)
	starts := paragraphStarts(paras)
	if s, ok := exactMatch(a, whole, paras, starts); ok {
		return attachmentAt(starts, paras, s, s+len(a.Exact), false)
	}
	if s, e, ok := fuzzyMatch(a, paras, starts); ok {
		return attachmentAt(starts, paras, s, e, true)
	}
	return Attachment{Orphaned: true}
}

// attachmentAt maps whole-text bytes s..e to the paragraph holding s, cut at
// that paragraph's end.
func attachmentAt(starts []int, paras []model.Paragraph, s, e int, fuzzy bool) Attachment {
	i := len(starts) - 1
	for i > 0 && starts[i] > s {
		i--
	}
	// Matches already lie on character boundaries: only cut to the paragraph.
	text := paras[i].Text
	ps := max(0, min(s-starts[i], len(text)))
	pe := max(ps, min(e-starts[i], len(text)))
	return Attachment{
		Paragraph: i + 1, Start: ps, End: pe,
		TextStart: starts[i] + ps, TextEnd: starts[i] + pe,
		Fuzzy: fuzzy,
	}
}

// exactMatch returns the whole-text start of the occurrence of a.Exact whose
// context agrees most with the anchor's, the nearest to the old position on a
// tie. A highlight lies inside one paragraph, so matches do too.
func exactMatch(a Anchor, whole string, paras []model.Paragraph, starts []int) (int, bool) {
	best, bestScore, bestDist := -1, -1, 0
	for k, p := range paras {
		for from := 0; from < len(p.Text); {
			i := strings.Index(p.Text[from:], a.Exact)
			if i < 0 {
				break
			}
			s := starts[k] + from + i
			score := commonSuffix(whole[:s], a.Prefix) + commonPrefix(whole[s+len(a.Exact):], a.Suffix)
			dist := abs(s - a.Start)
			if score > bestScore || (score == bestScore && dist < bestDist) {
				best, bestScore, bestDist = s, score, dist
			}
			_, size := utf8.DecodeRuneInString(p.Text[from+i:])
			from += i + size
		}
	}
	return best, best >= 0
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
