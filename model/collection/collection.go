// Package collection gathers the speakers of many analysed articles into one
// list: the same person named "Donald Trump" in one article and "Donald J.
// Trump" in another is one entity, with statements, articles and a gender
// counted across them, and totals by kind and gender. It is pure: articles
// in, entities out.
package collection

import (
	"sort"
	"strings"

	"whosaid/model"
)

// Entity is one speaker across the articles of a collection.
type Entity struct {
	Name  string            // the fullest form most articles use
	Forms []string          // every name it had, most articles first
	Kind  model.SpeakerKind // people merge only with people, bodies with bodies…
	// Gender is a person's, from the articles' own evidence (see gender.go);
	// "" for bodies, groups and outlets.
	Gender         model.Gender
	GenderEvidence string
	Roles          []string // roles the articles gave, most articles first
	Statements     int
	Quotes         int
	Words          int     // words inside their quotations
	Articles       int     // articles they speak in
	Share          float64 // of the collection's attributed statements
	// Key names the entity the same way whatever the order of the articles
	// and across runs: its kind and the name it was merged under.
	Key string
}

// Ref is one speaker of one article: Article indexes the slice given to
// Merge, Speaker that article's Speakers.
type Ref struct{ Article, Speaker int }

// Collection is the merged speakers of a set of articles.
type Collection struct {
	Entities []Entity // most statements first
	// Of maps each article's speakers to entities: Of[a][s] is the entity
	// index of speaker s of article a (nil for an article not given).
	Of [][]int
	// Members lists each entity's speakers in article order.
	Members [][]Ref
	Totals  Totals
}

// mention is one article's speaker with what the merge looks at.
type mention struct {
	Ref
	sp                        *model.Speaker
	person                    personName
	key                       string   // a body's, group's or outlet's name as compared
	roles                     []string // the role's telling words
	statements, quotes, words int
}

// Merge gathers the speakers of arts (nil entries are skipped: articles not
// analysed yet) into entities. The result does not depend on anything but
// the articles and their order.
func Merge(arts []*model.Article) *Collection {
	ms := mentions(arts)
	groups := group(ms)
	c := &Collection{Of: make([][]int, len(arts))}
	for a, art := range arts {
		if art != nil {
			c.Of[a] = make([]int, len(art.Speakers))
		}
	}
	for _, g := range groups {
		c.Entities = append(c.Entities, entityOf(g.key, g.ms))
		c.Members = append(c.Members, refs(g.ms))
	}
	c.sort()
	for e, refs := range c.Members {
		for _, r := range refs {
			c.Of[r.Article][r.Speaker] = e
		}
	}
	c.Totals = totals(arts, c)
	for i := range c.Entities {
		if c.Totals.Attributed > 0 {
			c.Entities[i].Share = float64(c.Entities[i].Statements) / float64(c.Totals.Attributed)
		}
	}
	return c
}

// mentions lists every speaker of every article, with its statements,
// quotations and words counted from the article's statements.
func mentions(arts []*model.Article) []*mention {
	var out []*mention
	// names repeat across articles: each is read once
	people, keys, roles := map[string]personName{}, map[string]string{}, map[string][]string{}
	for a, art := range arts {
		if art == nil {
			continue
		}
		first := len(out)
		for s := range art.Speakers {
			sp := &art.Speakers[s]
			m := &mention{Ref: Ref{a, s}, sp: sp, words: sp.Words}
			var ok bool
			if kindOf(sp) == model.SpeakerPerson {
				p, ok := people[sp.Name]
				if !ok {
					p = parsePerson(sp.Name)
					people[sp.Name] = p
				}
				m.person = p
			}
			if m.key, ok = keys[sp.Name]; !ok {
				m.key = orgKey(sp.Name)
				keys[sp.Name] = m.key
			}
			if m.roles, ok = roles[sp.Role]; !ok {
				m.roles = roleWords(sp.Role)
				roles[sp.Role] = m.roles
			}
			out = append(out, m)
		}
		for _, st := range art.Statements {
			if st.SpeakerIndex < 0 || st.SpeakerIndex >= len(art.Speakers) {
				continue
			}
			m := out[first+st.SpeakerIndex]
			m.statements++
			if st.Kind == model.KindQuote {
				m.quotes++
			}
		}
	}
	return out
}

func refs(g []*mention) []Ref {
	out := make([]Ref, len(g))
	for i, m := range g {
		out[i] = m.Ref
	}
	return out
}

// entityOf sums a group of mentions into one entity.
func entityOf(key string, g []*mention) Entity {
	e := Entity{Kind: kindOf(g[0].sp)}
	articles := map[int]bool{}
	for _, m := range g {
		e.Statements += m.statements
		e.Quotes += m.quotes
		e.Words += m.words
		articles[m.Article] = true
	}
	e.Articles = len(articles)
	e.Forms = ranked(g, func(m *mention) string { return m.sp.Name })
	e.Roles = ranked(g, func(m *mention) string { return m.sp.Role })
	e.Name = canonical(g, e.Forms)
	e.Key = string(e.Kind) + ":" + key
	if e.Kind == model.SpeakerPerson {
		e.Gender, e.GenderEvidence = genderOf(g)
	}
	return e
}

func kindOf(sp *model.Speaker) model.SpeakerKind {
	if sp.Kind == "" {
		return model.SpeakerPerson
	}
	return sp.Kind
}

// ranked lists the distinct non-empty values of f over g (sorted by
// article), the value of most articles first, then the longer, then in
// alphabetical order.
func ranked(g []*mention, f func(*mention) string) []string {
	type seen struct{ articles, last int }
	count := map[string]*seen{}
	var order []string
	for _, m := range g {
		v := f(m)
		if v == "" {
			continue
		}
		c := count[v]
		if c == nil {
			c = &seen{last: -1}
			count[v] = c
			order = append(order, v)
		}
		if c.last != m.Article {
			c.articles, c.last = c.articles+1, m.Article
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if count[a].articles != count[b].articles {
			return count[a].articles > count[b].articles
		}
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	return order
}

// canonical is the name an entity is shown by: of the forms with a given
// name, the one most articles use; a surname alone only when no article gave
// more; a body's name without "the" when an article gave it so.
func canonical(g []*mention, forms []string) string {
	full := map[string]bool{}
	for _, m := range g {
		full[m.sp.Name] = m.person.full()
	}
	if g[0].person.surname == "" {
		for _, f := range forms {
			if !strings.HasPrefix(strings.ToLower(f), "the ") {
				return f
			}
		}
		return forms[0]
	}
	for _, f := range forms {
		if full[f] {
			return f
		}
	}
	return forms[0]
}

// sort orders entities by statements, then articles, then name, keeping
// Members in step.
func (c *Collection) sort() {
	idx := make([]int, len(c.Entities))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := &c.Entities[idx[i]], &c.Entities[idx[j]]
		if a.Statements != b.Statements {
			return a.Statements > b.Statements
		}
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Key < b.Key
	})
	es, ms := make([]Entity, len(idx)), make([][]Ref, len(idx))
	for to, from := range idx {
		es[to], ms[to] = c.Entities[from], c.Members[from]
	}
	c.Entities, c.Members = es, ms
}

// Find returns the entity whose name or one of whose forms is name
// (case-insensitive), -1 when none is.
func (c *Collection) Find(name string) int {
	for i, e := range c.Entities {
		if strings.EqualFold(e.Name, name) {
			return i
		}
	}
	for i, e := range c.Entities {
		for _, f := range e.Forms {
			if strings.EqualFold(f, name) {
				return i
			}
		}
	}
	return -1
}
