package collection

import (
	"fmt"
	"strings"

	"whosaid/model"
)

// genderOf decides a person's gender across articles from what each article
// found, the articles' own words before the name table, as the engine does
// within one: when any article says (a pronoun resolved to them, Ms./Mr., a
// gendered noun), the majority of those articles decides, and on a tie the
// name table does; else the name table's answer stands. The evidence says which
// article's words decided and how many articles agree.
//
// An article that says the person uses they/them pronouns or is non-binary
// decides before any of that, even against articles that say female or male:
// it reports the person's own word on their gender, where the others infer it
// (a pronoun the engine may have tied to the wrong person, a title, a name),
// and an older article may predate it. The evidence names the articles that
// disagree.
func genderOf(g []*mention) (model.Gender, string) {
	var text, table tally
	var nonBinary count
	for _, m := range g {
		switch m.sp.Gender {
		case model.NonBinary:
			nonBinary.add(m)
		case model.Female, model.Male:
			if fromNameTable(m.sp.GenderEvidence) {
				table.add(m)
			} else {
				text.add(m)
			}
		}
	}
	if nonBinary.n > 0 {
		return model.NonBinary, nonBinaryWhy(nonBinary, text)
	}
	if text.total() > 0 {
		g, why := text.decide()
		if g != model.UnknownGender || table.total() == 0 {
			return g, why
		}
		if tg, twhy := table.decide(); tg != model.UnknownGender {
			return tg, twhy + "; " + why
		}
		return g, why
	}
	if table.total() > 0 {
		return table.decide()
	}
	if len(g) == 1 {
		return model.UnknownGender, g[0].sp.GenderEvidence
	}
	return model.UnknownGender, fmt.Sprintf("no article tells (%d articles)", articleCount(g))
}

// nonBinaryWhy is the first non-binary article's evidence, with the count of
// articles when more than one says so or others' words said female or male:
// "uses they/them pronouns (¶4); non-binary in 1 article, female in 2 articles".
func nonBinaryWhy(nb count, text tally) string {
	if text.total() == 0 {
		return agreeing(nb.first, nb.n, 0, "non-binary")
	}
	s := nb.first + "; non-binary in " + articles(nb.n)
	if text.female.n > 0 {
		s += ", female in " + articles(text.female.n)
	}
	if text.male.n > 0 {
		s += ", male in " + articles(text.male.n)
	}
	return s
}

// fromNameTable tells the engine's name-table evidence from the article's
// own words by the words the engine writes for it.
func fromNameTable(evidence string) bool { return strings.Contains(evidence, "name table") }

// count is the articles that said one gender (mentions come in article
// order), with the first one's evidence.
type count struct {
	n     int
	last  int // article counted last, +1
	first string
}

func (c *count) add(m *mention) {
	if c.n == 0 {
		c.first = m.sp.GenderEvidence
	}
	if c.last != m.Article+1 {
		c.n, c.last = c.n+1, m.Article+1
	}
}

// tally counts the articles that said female and male.
type tally struct{ female, male count }

func (t *tally) add(m *mention) {
	if m.sp.Gender == model.Female {
		t.female.add(m)
	} else {
		t.male.add(m)
	}
}

func (t *tally) total() int { return t.female.n + t.male.n }

func (t *tally) decide() (model.Gender, string) {
	f, m := t.female.n, t.male.n
	switch {
	case f > m:
		return model.Female, agreeing(t.female.first, f, m, "female")
	case m > f:
		return model.Male, agreeing(t.male.first, m, f, "male")
	}
	return model.UnknownGender, fmt.Sprintf("articles disagree: %d female, %d male", f, m)
}

// agreeing is the evidence of the first article, with the count of the
// others when there are any.
func agreeing(first string, yes, no int, g string) string {
	if yes == 1 && no == 0 {
		return first
	}
	s := fmt.Sprintf("%s; %s in %d articles", first, g, yes)
	if no > 0 {
		s += fmt.Sprintf(", not in %d", no)
	}
	return s
}

// articles is "1 article" or "n articles".
func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}

func articleCount(g []*mention) int {
	seen := map[int]bool{}
	for _, m := range g {
		seen[m.Article] = true
	}
	return len(seen)
}
