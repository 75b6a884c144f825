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
func genderOf(g []*mention) (model.Gender, string) {
	var text, table tally
	for _, m := range g {
		switch m.sp.Gender {
		case model.Female, model.Male:
			if fromNameTable(m.sp.GenderEvidence) {
				table.add(m)
			} else {
				text.add(m)
			}
		}
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

// fromNameTable tells the engine's name-table evidence from the article's
// own words by the words the engine writes for it.
func fromNameTable(evidence string) bool { return strings.Contains(evidence, "name table") }

// tally counts the articles that said female and male (mentions come in
// article order), keeping the first evidence of each.
type tally struct {
	female, male   int
	lastF, lastM   int // article counted last, +1
	firstF, firstM string
}

func (t *tally) add(m *mention) {
	if m.sp.Gender == model.Female {
		if t.female == 0 {
			t.firstF = m.sp.GenderEvidence
		}
		if t.lastF != m.Article+1 {
			t.female, t.lastF = t.female+1, m.Article+1
		}
		return
	}
	if t.male == 0 {
		t.firstM = m.sp.GenderEvidence
	}
	if t.lastM != m.Article+1 {
		t.male, t.lastM = t.male+1, m.Article+1
	}
}

func (t *tally) total() int { return t.female + t.male }

func (t *tally) decide() (model.Gender, string) {
	f, m := t.female, t.male
	switch {
	case f > m:
		return model.Female, agreeing(t.firstF, f, m, "female")
	case m > f:
		return model.Male, agreeing(t.firstM, m, f, "male")
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

func articleCount(g []*mention) int {
	seen := map[int]bool{}
	for _, m := range g {
		seen[m.Article] = true
	}
	return len(seen)
}
