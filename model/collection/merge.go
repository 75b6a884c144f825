package collection

import (
	"sort"
	"strconv"
	"strings"

	"whosaid/model"
)

// grouped is the mentions of one entity, under the key it was merged by.
type grouped struct {
	key string
	ms  []*mention
	// for full names: what a surname-only mention is checked against
	gender model.Gender
	roles  map[string]int // role word → articles that gave it
}

// group puts mentions of the same entity together:
//   - an unnamed source ("a senior official") or a document ("the
//     survey") only with itself: two articles' unnamed officials, or
//     surveys, are not known to be one;
//   - bodies, groups and outlets by their name ("the State Department" is
//     "State Department"), each kind apart, never with people;
//   - people named in full by given name and surname (and Jr., Sr.), so
//     "Donald J. Trump" is "Donald Trump"; when the collection holds two
//     sets of middle initials for one name (George W. and George H.W. Bush),
//     each is a person of its own and the form without any joins neither;
//   - a surname alone joins the one person of the collection with that
//     surname it can be (see pick), else stays an entity of its own.
func group(ms []*mention) []*grouped {
	type kindKey struct {
		kind model.SpeakerKind
		key  string
	}
	var out []*grouped
	byKey := map[kindKey]*grouped{}
	add := func(kind model.SpeakerKind, key string, m *mention) *grouped {
		k := kindKey{kind, key}
		g := byKey[k]
		if g == nil {
			g = &grouped{key: key}
			byKey[k] = g
			out = append(out, g)
		}
		g.ms = append(g.ms, m)
		return g
	}
	var fulls, shorts []*mention
	for _, m := range ms {
		switch kind := kindOf(m.sp); {
		case kind == model.SpeakerUnnamed || kind == model.SpeakerDocument:
			add(kind, m.key+" #"+strconv.Itoa(m.Article), m)
		case kind != model.SpeakerPerson || m.person.surname == "":
			add(kind, m.key, m)
		case m.person.full():
			fulls = append(fulls, m)
		default:
			shorts = append(shorts, m)
		}
	}
	middles := map[string]map[string]bool{}
	for _, m := range fulls {
		if b := m.person.base(); m.person.middle != "" {
			if middles[b] == nil {
				middles[b] = map[string]bool{}
			}
			middles[b][m.person.middle] = true
		}
	}
	byTail := map[string][]*grouped{}
	for _, m := range fulls {
		p := m.person
		key := strings.TrimSpace(p.given + " " + p.surname + " " + p.suffix)
		if len(middles[p.base()]) > 1 {
			key = strings.TrimSpace(p.given + " " + p.middle + " " + p.surname + " " + p.suffix)
		}
		g := add(model.SpeakerPerson, key, m)
		if len(g.ms) == 1 {
			byTail[p.tail()] = append(byTail[p.tail()], g)
		}
	}
	for _, gs := range byTail {
		for _, g := range gs {
			g.gender, _ = genderOf(g.ms)
			g.roles = map[string]int{}
			for _, m := range g.ms {
				if !genderFits(m.sp.Gender, g.gender) {
					continue // another person mixed in by one article: not their roles
				}
				for _, w := range m.roles {
					g.roles[w]++
				}
			}
		}
	}
	for _, m := range shorts {
		if g := pick(m, byTail[m.person.tail()]); g != nil {
			g.ms = append(g.ms, m)
			continue
		}
		add(model.SpeakerPerson, strings.TrimSpace(m.person.tail()), m)
	}
	for _, g := range out {
		sort.Slice(g.ms, func(i, j int) bool {
			a, b := g.ms[i].Ref, g.ms[j].Ref
			return a.Article < b.Article || (a.Article == b.Article && a.Speaker < b.Speaker)
		})
	}
	return out
}

// pick chooses the person a surname-only mention ("Obama", "President
// Obama") is, among the people named in full with that surname. A role the
// article gave ("President") decides when only one of them has it elsewhere,
// or one has it in three times as many articles as any other (an article
// that mixed two people up gives a role to the wrong one now and then);
// else, among those with the role (or all when none has it), the one whose
// gender does not contradict the mention's. When more than one (or none)
// remains it is no one: two Obamas and a bare "Obama" with nothing to tell
// them apart stay three entries.
func pick(m *mention, cands []*grouped) *grouped {
	if rw := m.roles; len(rw) > 0 {
		if byRole := withRole(cands, rw); len(byRole) > 0 {
			if len(byRole) == 1 || support(byRole[0], rw) >= 3*support(byRole[1], rw) {
				return byRole[0]
			}
			cands = byRole
		}
	}
	var found *grouped
	for _, g := range cands {
		if !genderFits(m.sp.Gender, g.gender) {
			continue
		}
		if found != nil {
			return nil
		}
		found = g
	}
	return found
}

// withRole lists the candidates given any of the role words elsewhere, the
// one given them in most articles first.
func withRole(cands []*grouped, rw []string) []*grouped {
	var out []*grouped
	for _, g := range cands {
		if support(g, rw) > 0 {
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return support(out[i], rw) > support(out[j], rw) })
	return out
}

// support counts the articles that gave g the role words (each word apart).
func support(g *grouped, rw []string) int {
	n := 0
	for _, w := range rw {
		n += g.roles[w]
	}
	return n
}

// genderFits reports that two genders do not contradict each other: a
// surname alone that an article calls non-binary is no woman or man named in
// full elsewhere, as a woman's is no man's.
func genderFits(a, b model.Gender) bool {
	known := func(g model.Gender) bool { return g == model.Female || g == model.Male || g == model.NonBinary }
	return !known(a) || !known(b) || a == b
}
