package notes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"whosaid/model"
)

// Limits that keep fuzzy re-attachment bounded: only the few paragraphs that
// share the most words with the anchor are searched, and a search costing
// more edit-distance cells than fuzzyBudget is skipped.
const (
	fuzzyCandidates = 3
	fuzzyBudget     = 20_000_000
	// A fuzzy match may differ from the anchor's text in at most this share
	// of its characters (a changed word in a sentence, not a new sentence).
	fuzzyMaxErrorPct = 30
)

// fuzzyMatch finds the window of one paragraph closest to a.Exact by edit
// distance, returning whole-text byte offsets.
func fuzzyMatch(a Anchor, paras []model.Paragraph, starts []int) (int, int, bool) {
	pat := []rune(a.Exact)
	limit := len(pat) * fuzzyMaxErrorPct / 100
	if limit == 0 {
		return 0, 0, false
	}
	type found struct{ start, end, dist, near int }
	best := found{dist: limit + 1}
	for _, i := range candidateParagraphs(a, paras, starts) {
		text := paras[i].Text
		if len(text)*len(pat) > fuzzyBudget {
			continue
		}
		s, e, d := closestWindow(pat, text)
		f := found{starts[i] + s, starts[i] + e, d, abs(starts[i] + s - a.Start)}
		if f.dist < best.dist || (f.dist == best.dist && f.near < best.near) {
			best = f
		}
	}
	if best.dist > limit || best.end <= best.start {
		return 0, 0, false
	}
	return best.start, best.end, true
}

// candidateParagraphs returns the indexes of the paragraphs sharing the most
// distinct words with the anchor's text, best first.
func candidateParagraphs(a Anchor, paras []model.Paragraph, starts []int) []int {
	want := map[string]bool{}
	for _, w := range words(a.Exact) {
		want[w] = true
	}
	type cand struct{ i, score, near int }
	var cands []cand
	for i, p := range paras {
		seen := map[string]bool{}
		for _, w := range words(p.Text) {
			if want[w] {
				seen[w] = true
			}
		}
		if len(seen) > 0 {
			cands = append(cands, cand{i, len(seen), abs(starts[i] - a.Start)})
		}
	}
	sort.Slice(cands, func(x, y int) bool {
		if cands[x].score != cands[y].score {
			return cands[x].score > cands[y].score
		}
		return cands[x].near < cands[y].near
	})
	var out []int
	for k := 0; k < len(cands) && k < fuzzyCandidates; k++ {
		out = append(out, cands[k].i)
	}
	return out
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// closestWindow returns the byte span of text with the smallest edit distance
// to pat, and that distance (approximate substring matching: the window may
// start anywhere in text).
func closestWindow(pat []rune, text string) (int, int, int) {
	m := len(pat)
	// cost[i] is the distance of pat[:i] to the best window ending at the
	// current text position; from[i] the byte where that window starts.
	cost := make([]int, m+1)
	from := make([]int, m+1)
	prevCost := make([]int, m+1)
	prevFrom := make([]int, m+1)
	for i := range prevCost {
		prevCost[i] = i
	}
	bestDist, bestStart, bestEnd := m, 0, 0
	for j := 0; j < len(text); {
		r, size := utf8.DecodeRuneInString(text[j:])
		end := j + size
		cost[0], from[0] = 0, end
		for i := 1; i <= m; i++ {
			sub := 0
			if pat[i-1] != r {
				sub = 1
			}
			c, f := prevCost[i-1]+sub, prevFrom[i-1]
			if i == 1 {
				f = j
			}
			if prevCost[i]+1 < c {
				c, f = prevCost[i]+1, prevFrom[i]
			}
			if cost[i-1]+1 < c {
				c, f = cost[i-1]+1, from[i-1]
			}
			cost[i], from[i] = c, f
		}
		if cost[m] < bestDist {
			bestDist, bestStart, bestEnd = cost[m], from[m], end
		}
		cost, prevCost = prevCost, cost
		from, prevFrom = prevFrom, from
		j = end
	}
	return bestStart, bestEnd, bestDist
}
