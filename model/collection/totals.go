package collection

import "whosaid/model"

// Totals sums a collection up by kind of speaker and by gender. People are
// counted three ways: once each (People), once per article they speak in
// (Sources, as source audits count), and by what they say (Statements,
// Words).
type Totals struct {
	Articles     int // articles analysed
	Statements   int // every statement, anyone's or no one's
	Attributed   int // statements with a speaker
	Unattributed int
	Quotes       int // attributed direct quotations
	Words        int // words inside attributed quotations
	Kinds        map[model.SpeakerKind]KindTotal
	People       GenderCounts // distinct people
	Sources      GenderCounts // people counted once per article
	ByStatements GenderCounts // statements of people
	ByWords      GenderCounts // words quoted from people
}

// KindTotal counts the speakers of one kind.
type KindTotal struct {
	Speakers   int // entities
	Sources    int // entities counted once per article
	Statements int
}

// GenderCounts counts people (or what they said) by gender.
type GenderCounts struct {
	Female, Male, NonBinary, Unknown int
}

// Total is the sum of the four.
func (g GenderCounts) Total() int { return g.Female + g.Male + g.NonBinary + g.Unknown }

// Of returns the count for one gender.
func (g GenderCounts) Of(x model.Gender) int {
	switch x {
	case model.Female:
		return g.Female
	case model.Male:
		return g.Male
	case model.NonBinary:
		return g.NonBinary
	}
	return g.Unknown
}

// Share is the count for one gender over the total, 0 when there is none.
func (g GenderCounts) Share(x model.Gender) float64 {
	if g.Total() == 0 {
		return 0
	}
	return float64(g.Of(x)) / float64(g.Total())
}

func (g *GenderCounts) add(x model.Gender, n int) {
	switch x {
	case model.Female:
		g.Female += n
	case model.Male:
		g.Male += n
	case model.NonBinary:
		g.NonBinary += n
	default:
		g.Unknown += n
	}
}

// Genders lists the genders in the order totals print them.
var Genders = []model.Gender{model.Female, model.Male, model.NonBinary, model.UnknownGender}

// Kinds lists the kinds of speaker in the order totals print them.
var Kinds = []model.SpeakerKind{model.SpeakerPerson, model.SpeakerBody, model.SpeakerGroup, model.SpeakerOutlet, model.SpeakerUnnamed, model.SpeakerDocument}

func totals(arts []*model.Article, c *Collection) Totals {
	t := Totals{Kinds: map[model.SpeakerKind]KindTotal{}}
	for _, art := range arts {
		if art == nil {
			continue
		}
		t.Articles++
		t.Statements += len(art.Statements)
		for _, st := range art.Statements {
			if st.SpeakerIndex >= 0 && st.SpeakerIndex < len(art.Speakers) {
				t.Attributed++
			}
		}
	}
	t.Unattributed = t.Statements - t.Attributed
	for _, e := range c.Entities {
		k := t.Kinds[e.Kind]
		k.Speakers++
		k.Statements += e.Statements
		k.Sources += e.Articles
		t.Kinds[e.Kind] = k
		t.Quotes += e.Quotes
		t.Words += e.Words
		if e.Kind != model.SpeakerPerson {
			continue
		}
		t.People.add(e.Gender, 1)
		t.Sources.add(e.Gender, e.Articles)
		t.ByStatements.add(e.Gender, e.Statements)
		t.ByWords.add(e.Gender, e.Words)
	}
	return t
}

// ArticleGenders counts the people quoted in article a by gender, each once,
// by the gender of their entity.
func (c *Collection) ArticleGenders(a int) GenderCounts {
	var g GenderCounts
	if a < 0 || a >= len(c.Of) {
		return g
	}
	seen := map[int]bool{}
	for _, e := range c.Of[a] {
		if seen[e] || c.Entities[e].Kind != model.SpeakerPerson {
			continue
		}
		seen[e] = true
		g.add(c.Entities[e].Gender, 1)
	}
	return g
}
