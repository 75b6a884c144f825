package library

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/collection"
	"whosaid/model/export"
)

// entry is one source of the library and what became of it.
type entry struct {
	source string
	title  string // the article's title, else its file name
	date   string
	err    error // could not be loaded
	fault  string
	done   bool
}

// row is one line of any of the library's lists: an article, a speaker
// across the library, or one statement of a speaker.
type row struct {
	title, desc string
	colour      int // palette colour of the title, -1 for none
	filter      string
	warn        bool // desc is an error
	entry       int  // the article (articles and statements lists)
	entity      string
	statement   int // index in the article's Statements
	speaker     int // the article's speaker index
}

func (r row) FilterValue() string { return r.filter }

func newEntry(source string) entry {
	return entry{source: source, title: displayName(source)}
}

// displayName is how a source is named before its title is known: a
// file's name, a URL as given.
func displayName(source string) string {
	if articles.IsURL(source) || source == "" || source == "-" {
		return source
	}
	return filepath.Base(source)
}

// update takes in what the analysis of the entry's source gave.
func (e *entry) update(r articles.Analysed) {
	e.done = true
	if r.Article == nil {
		e.err = r.Err
		return
	}
	if r.Err != nil {
		e.fault = oneLine(r.Err.Error())
	}
	if t := oneLine(r.Article.Title); t != "" {
		e.title = t
	}
	e.date = oneLine(r.Article.Date)
}

// articleRow describes article a: statements, its most quoted speakers and
// how many of the people it quotes are women.
func articleRow(a int, e entry, art *model.Article, c *collection.Collection) row {
	r := row{title: e.title, colour: -1, entry: a, filter: e.title}
	var parts []string
	if e.date != "" {
		parts = append(parts, e.date)
	}
	switch {
	case e.err != nil:
		r.warn = true
		parts = append(parts, "error: "+oneLine(e.err.Error()))
	case !e.done || art == nil:
		parts = append(parts, "analysing…")
	default:
		parts = append(parts, export.Plural(len(art.Statements), "statement"))
		top := topSpeakers(art, c, a, 3)
		if len(top) > 0 {
			parts = append(parts, strings.Join(top, ", "))
			r.filter += " " + strings.Join(top, " ")
		}
		if g := c.ArticleGenders(a); g.Total() > 0 {
			parts = append(parts, fmt.Sprintf("women %d of %d quoted", g.Female, g.Total())+nonBinaryOf(g))
		}
		if e.fault != "" {
			r.warn = true
			parts = append(parts, "partly analysed: "+e.fault)
		}
	}
	r.desc = strings.Join(parts, " · ")
	return r
}

// nonBinaryOf is ", non-binary n" when the article quotes any non-binary
// people, after "women n of m": "" otherwise, so rows read as they did.
func nonBinaryOf(g collection.GenderCounts) string {
	if g.NonBinary == 0 {
		return ""
	}
	return fmt.Sprintf(", non-binary %d", g.NonBinary)
}

// topSpeakers names the n entities with the most statements in article a.
func topSpeakers(art *model.Article, c *collection.Collection, a, n int) []string {
	count := map[int]int{}
	for _, st := range art.Statements {
		if st.SpeakerIndex >= 0 && st.SpeakerIndex < len(c.Of[a]) {
			count[c.Of[a][st.SpeakerIndex]]++
		}
	}
	ents := make([]int, 0, len(count))
	for e := range count {
		ents = append(ents, e)
	}
	sort.Slice(ents, func(i, j int) bool {
		if count[ents[i]] != count[ents[j]] {
			return count[ents[i]] > count[ents[j]]
		}
		return ents[i] < ents[j]
	})
	var out []string
	for _, e := range ents[:min(n, len(ents))] {
		out = append(out, oneLine(c.Entities[e].Name))
	}
	return out
}

// speakerRow describes entity e across the library.
func speakerRow(e collection.Entity, colour int) row {
	r := row{title: oneLine(e.Name), colour: colour, entity: e.Key, entry: -1}
	r.filter = strings.Join(append([]string{e.Name, string(e.Kind), string(e.Gender)}, e.Forms...), " ")
	kind := string(e.Kind)
	if e.Kind == model.SpeakerPerson {
		kind = string(e.Gender)
		if ev := oneLine(e.GenderEvidence); ev != "" {
			kind += ": " + ev
		}
	}
	r.desc = strings.Join([]string{export.Plural(e.Statements, "statement"), export.Plural(e.Quotes, "quotation"),
		export.Plural(e.Articles, "article"), fmt.Sprintf("%.1f%%", e.Share*100), kind}, " · ")
	return r
}

// statementRows lists entity e's statements across the library, article by
// article in the library's order.
func statementRows(e int, c *collection.Collection, arts []*model.Article, entries []entry, colour int) []row {
	var rows []row
	for _, ref := range c.Members[e] {
		art := arts[ref.Article]
		for k, st := range art.Statements {
			if st.SpeakerIndex != ref.Speaker {
				continue
			}
			kind := "reported"
			if st.Kind == model.KindQuote {
				kind = "quotation"
			}
			text := snippet(st.Text, 160)
			rows = append(rows, row{
				title: entries[ref.Article].title, colour: colour,
				desc:  fmt.Sprintf("¶%d · %s · %s", st.Paragraph, kind, text),
				entry: ref.Article, statement: k, speaker: ref.Speaker,
				filter: entries[ref.Article].title + " " + text,
			})
		}
	}
	return rows
}

// snippet is the first words of a statement, on one line.
func snippet(s string, n int) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// oneLine makes text from outside safe and single-line for the screen.
func oneLine(s string) string {
	return strings.Join(strings.Fields(articles.Sanitize(s)), " ")
}
