package attribution

import (
	"slices"
	"strings"
	"unicode"
)

// Canadian copy calls a provincial government "the province" or "the
// government": the speaker is that government, named as the province's
// own government is ("Government of Alberta"), not a phrase.

// province is one of Canada's provinces and territories: the forms an
// article names it by, and its government's name.
type province struct {
	forms      []string
	government string
}

var provinces = []province{
	{[]string{"Alberta", "Alta."}, "Government of Alberta"},
	{[]string{"British Columbia", "B.C."}, "Government of British Columbia"},
	{[]string{"Saskatchewan", "Sask."}, "Government of Saskatchewan"},
	{[]string{"Manitoba", "Man."}, "Government of Manitoba"},
	{[]string{"Ontario", "Ont."}, "Government of Ontario"},
	{[]string{"Quebec", "Québec", "Que."}, "Government of Quebec"},
	{[]string{"New Brunswick", "N.B."}, "Government of New Brunswick"},
	{[]string{"Nova Scotia", "N.S."}, "Government of Nova Scotia"},
	{[]string{"Prince Edward Island", "P.E.I."}, "Government of Prince Edward Island"},
	{[]string{"Newfoundland", "N.L."}, "Government of Newfoundland and Labrador"},
	{[]string{"Yukon"}, "Government of Yukon"},
	{[]string{"Northwest Territories", "N.W.T."}, "Government of the Northwest Territories"},
	{[]string{"Nunavut"}, "Government of Nunavut"},
}

// federalWords put a federal government in the story, so its bare "the
// government" may be Ottawa's.
var federalWords = []string{"Ottawa", "federal government", "prime minister", "Prime Minister", "House of Commons", "Parliament"}

// articleProvince is the province the article names most, at least twice
// and more than any other; nil when none is. Worked out once, with
// whether the story has a provincial and a federal government in it.
func (an *analyzer) articleProvince() *province {
	if an.provinceDone {
		return an.province
	}
	an.provinceDone = true
	an.provincialStory, an.federalStory = an.storyHas(provincialWords), an.storyHas(federalWords)
	best, bestN, second := -1, 0, 0
	for k, p := range provinces {
		n := 0
		for _, para := range an.paras {
			for _, f := range p.forms {
				n += strings.Count(para.text, f)
			}
		}
		switch {
		case n > bestN:
			second, best, bestN = bestN, k, n
		case n > second:
			second = n
		}
	}
	if best >= 0 && bestN >= 2 && bestN > second {
		an.province = &provinces[best]
	}
	return an.province
}

// nationalWords put Canada's government in a story that names Ottawa.
var nationalWords = []string{"federal", "Federal", "prime minister", "Prime Minister", "House of Commons", "Parliament"}

// provincialWords put a provincial government in the story.
var provincialWords = []string{"premier", "Premier", "MLA", "MPP", "MNA", "provincial", "legislature"}

// storyHas reports that the article holds one of words.
func (an *analyzer) storyHas(words []string) bool {
	for _, para := range an.paras {
		for _, w := range words {
			if strings.Contains(para.text, w) {
				return true
			}
		}
	}
	return false
}

// storyHasBeyond reports w in a paragraph other than paragraph num (the
// first is 1).
func (an *analyzer) storyHasBeyond(w string, num int) bool {
	for k, para := range an.paras {
		if k+1 != num && strings.Contains(para.text, w) {
			return true
		}
	}
	return false
}

// provincialGovernment is the government that "the province", "the
// provincial government" or, in a story with no federal government in
// it, "the government" at [d, j) stands for; nil for any other phrase or
// where the article names no one province.
func (pc *pctx) provincialGovernment(d, j int) *entity {
	if pc.word(d) != "the" || j-d > 3 || j-d < 2 {
		return nil // the cheap tests first: most subjects are no province
	}
	if w := pc.word(j - 1); w != "province" && w != "government" {
		return nil
	}
	switch strings.Join(pc.lowRun(d+1, j), " ") {
	case "province", "provincial government":
	case "government":
		if pc.an.articleProvince() == nil || !pc.an.provincialStory || pc.an.federalStory {
			return nil
		}
	default:
		return nil
	}
	p := pc.an.articleProvince()
	if p == nil {
		return nil
	}
	name := strings.ToLower(p.forms[0])
	for _, e := range pc.an.reg.recentOrgs() {
		if containsWord(e.words, "government") && strings.Contains(strings.Join(e.words, " "), name) {
			return e // "the Alberta government", named before
		}
	}
	return pc.an.reg.body(p.government)
}

// nameGovernments gives a Canadian capital or province that speaks its
// government's name: "Ottawa says it has paid out …" is the Government of
// Canada, "Alberta has said" the Government of Alberta, in a story with a
// federal or provincial government in it. The place's name stays an alias.
func (an *analyzer) nameGovernments() {
	an.nameCity()
	if !slices.ContainsFunc(an.owners, func(e *entity) bool { return e != nil && e.org && placeSpeaks(e.display) }) {
		return // the cheap test first: most articles have no place that speaks
	}
	an.articleProvince()
	story := an.federalStory || an.provincialStory
	done := map[*entity]*entity{}
	for i, e := range an.owners {
		if e == nil || !e.org || e.outlet || e.group || e.doc || !story && !strings.HasSuffix(e.display, " government") {
			continue // "the Yukon government" is its government in any story; "Alberta" only in a provincial one
		}
		g, seen := done[e]
		if !seen {
			g = an.governmentOf(e.display)
			done[e] = g
		}
		if g != nil {
			an.owners[i] = g
		}
	}
}

// governmentOf is the government a place's name stands for when it
// speaks, or nil: Ottawa for Canada's in a story with a federal
// government, a province for its own.
func (an *analyzer) governmentOf(place string) *entity {
	name := ""
	if p, ok := strings.CutSuffix(place, " government"); ok && p != "Ottawa" {
		for _, pr := range provinces {
			if pr.forms[0] == p {
				g := an.reg.body(pr.government) // "the Yukon government": the Government of Yukon, whatever the story
				g.addAlias(place)
				return g
			}
		}
		return nil
	}
	if place == "Ottawa" && an.storyHas(nationalWords) {
		name = "Government of Canada" // a federal minister or Parliament in the story, not only the city
	}
	for _, p := range provinces {
		if p.forms[0] == place {
			name = p.government
		}
	}
	if name == "" {
		return nil
	}
	g := an.reg.body(name)
	g.addAlias(place)
	return g
}

// isProvince reports a province's or territory's one-word name, in lower
// case.
func isProvince(w string) bool { return provinceForms[w] }

// provinceForms are the lower-case forms of the provinces' names: "alberta",
// "b.c.".
var provinceForms = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range provinces {
		for _, f := range p.forms {
			m[strings.ToLower(f)] = true
		}
	}
	return m
}()

// placeSpeaks reports Ottawa or a province's name.
func placeSpeaks(name string) bool {
	name = strings.TrimSuffix(name, " government")
	return name == "Ottawa" || isProvince(strings.ToLower(name))
}

// nameCity gives "the city said" the name its city's government goes by
// ("City of Montreal") when the article names the city by a dateline
// ("MONTREAL —") or by its mayor's title ("Montreal Mayor Julien
// Castonguay"), and "the town said" its town's ("Town of Tamarack Falls")
// by its council ("Tamarack Falls council voted"); either stays itself
// otherwise.
func (an *analyzer) nameCity() {
	kind := ""
	for _, e := range an.owners {
		if k := localKind(e); k != "" {
			kind = k
			break
		}
	}
	if kind == "" {
		return // the cheap test first
	}
	named, city := an.localNamed()
	if city == "" && kind != "municipality" {
		city = an.storyCity(kind == "city")
	} else if city != "" && named != kind && kind != "municipality" {
		return // "the town said" where the article names a city of X: no guess
	}
	if city == "" {
		return
	}
	if kind == "municipality" {
		kind = named
	}
	g := an.reg.body(strings.ToUpper(kind[:1]) + kind[1:] + " of " + city)
	for i, e := range an.owners {
		if k := localKind(e); k == kind || k == "municipality" {
			for _, a := range e.aliases {
				g.addAlias(a)
			}
			an.owners[i] = g
		}
	}
}

// localKind is "city" or "town" for a body the article calls only that,
// or "".
func localKind(e *entity) string {
	if e == nil || !e.org {
		return ""
	}
	switch k := strings.TrimPrefix(strings.ToLower(e.display), "the "); k {
	case "city", "town", "municipality":
		return k
	}
	return ""
}

// localNamed is the kind and the name of the place the article calls "the
// town of X" or "the city of X" first ("town", "Sainte-Odile-du-Lac"), or
// two empty strings.
func (an *analyzer) localNamed() (kind, place string) {
	for _, p := range an.paras {
		for _, k := range []string{"town", "city", "village"} {
			for _, pre := range []string{"the " + k + " of ", "The " + k + " of "} {
				if i := strings.Index(p.text, pre); i >= 0 {
					if place := placeAfter(p.text[i+len(pre):]); place != "" {
						return k, place
					}
				}
			}
		}
	}
	return "", ""
}

// placeAfter is the capitalised words, at most four, that open text, with
// hyphens inside ("Sainte-Odile-du-Lac"); "" when none do.
func placeAfter(text string) string {
	words := strings.Fields(text)
	n := 0
	for n < len(words) && n < 4 && isCapitalised(words[n]) {
		if strings.ContainsAny(words[n], ".,;:’'()") {
			n++
			break
		}
		n++
	}
	if n == 0 {
		return ""
	}
	return strings.TrimRight(strings.Join(words[:n], " "), ".,;:’'()")
}

// storyCity is the city the article's dateline (when asked) or mayor or
// council names, or "".
func (an *analyzer) storyCity(dateline bool) string {
	for k, p := range an.paras {
		if k > 5 || !dateline {
			break // a town is seldom where the reporter files from
		}
		if place := datelinePlace(p.text); place != "" {
			return place
		}
	}
	for _, marker := range []string{" Mayor ", " council ", "’s mayor ", "'s mayor "} {
		for _, p := range an.paras {
			if i := strings.Index(p.text, marker); i > 0 {
				if place := placeBefore(p.text[:i]); place != "" {
					return place // "Montreal Mayor Julien Castonguay", "Tamarack Falls council voted"
				}
			}
		}
	}
	return ""
}

// datelinePlace is the place a paragraph's dateline names, as a name:
// "MONTREAL —", "SAULNIERVILLE, N.S. —", "SASKATOON - "; "" if it has none.
func datelinePlace(text string) string {
	for _, dash := range []string{" — ", " – ", " - "} {
		if place, _, ok := strings.Cut(text, dash); ok && len(place) < 40 && strings.ToUpper(place) == place && strings.ToLower(place) != place {
			place, _, _ = strings.Cut(place, ",")
			return titleCase(place)
		}
	}
	return ""
}

// placeBefore is the capitalised words, at most three, that end text: a
// place's name before "Mayor" or "council" ("Montreal", "Tamarack
// Falls"); "" when none do.
func placeBefore(text string) string {
	words := strings.Fields(text)
	k := len(words)
	for k > 0 && len(words)-k < 3 && isCapitalised(words[k-1]) && !strings.ContainsAny(words[k-1], ".,;:’'()") {
		k--
	}
	for k < len(words) && wordHas(strings.ToLower(words[k]), wDeterminer|wFunction|wTitle|wRole|wIntro) {
		k++ // "The council voted", "Deputy Mayor X": no place named
	}
	if k == len(words) {
		return ""
	}
	return strings.Join(words[k:], " ")
}

func isCapitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// titleCase is a dateline's place as a name: "ST. JOHN'S" is "St. John's".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
