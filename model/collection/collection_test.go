package collection

import (
	"reflect"
	"strings"
	"testing"

	"whosaid/model"
)

// sp is a speaker as an article's analysis gives it, with n statements
// (the first a quotation).
type sp struct {
	name, role string
	kind       model.SpeakerKind
	gender     model.Gender
	evidence   string
	n          int
}

func person(name string, g model.Gender, evidence string) sp {
	return sp{name: name, kind: model.SpeakerPerson, gender: g, evidence: evidence, n: 1}
}

func (s sp) as(role string) sp { s.role = role; return s }
func (s sp) times(n int) sp    { s.n = n; return s }
func body(name string) sp      { return sp{name: name, kind: model.SpeakerBody, n: 1} }
func crowd(name string) sp     { return sp{name: name, kind: model.SpeakerGroup, n: 1} }
func he(name string) sp        { return person(name, model.Male, "pronoun “he” (¶2)") }
func she(name string) sp       { return person(name, model.Female, "pronoun “she” (¶2)") }
func anyone(name string) sp {
	return person(name, model.UnknownGender, "no pronoun, title, gendered noun or known given name")
}
func tableSays(name string, g model.Gender) sp {
	return person(name, g, "given name “"+strings.Fields(name)[0]+"” (name table)")
}

// article builds an analysed article of these speakers, plus one statement
// that is no one's.
func article(speakers ...sp) *model.Article {
	a := &model.Article{}
	for i, s := range speakers {
		a.Speakers = append(a.Speakers, model.Speaker{Name: s.name, Role: s.role, Kind: s.kind,
			Gender: s.gender, GenderEvidence: s.evidence, Statements: s.n, Quotes: 1, Words: 10 * s.n})
		for k := 0; k < s.n; k++ {
			kind := model.KindReported
			if k == 0 {
				kind = model.KindQuote
			}
			a.Statements = append(a.Statements, model.Statement{Kind: kind, Speaker: s.name, SpeakerIndex: i})
		}
	}
	a.Statements = append(a.Statements, model.Statement{Kind: model.KindQuote, SpeakerIndex: -1})
	return a
}

// names lists the entities as "Name (forms…) in N articles".
func names(c *Collection) []string {
	var out []string
	for _, e := range c.Entities {
		out = append(out, e.Name+" ["+strings.Join(e.Forms, "|")+"]")
	}
	return out
}

func entity(t *testing.T, c *Collection, name string) Entity {
	t.Helper()
	for _, e := range c.Entities {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("no entity %q among %q", name, names(c))
	return Entity{}
}

func TestNameFormsOfOnePersonMerge(t *testing.T) {
	c := Merge([]*model.Article{
		article(he("Donald Trump").as("Republican nominee").times(3)),
		article(he("Donald J. Trump").times(2), she("Hillary Clinton")),
		article(anyone("Trump").as("President")),
		article(he("Donald Trump").as("President")),
		article(she("Melania Trump").as("first lady")),
	})
	e := entity(t, c, "Donald Trump")
	if e.Articles != 4 || e.Statements != 7 || !reflect.DeepEqual(e.Forms, []string{"Donald Trump", "Donald J. Trump", "Trump"}) {
		t.Errorf("Donald Trump = %d articles, %d statements, forms %q; want 4, 7 and all three forms", e.Articles, e.Statements, e.Forms)
	}
	if len(c.Entities) != 3 {
		t.Errorf("entities = %q, want Donald Trump, Hillary Clinton and Melania Trump", names(c))
	}
}

func TestSurnameAloneJoinsTheOnlyPersonItCanBe(t *testing.T) {
	bare := Merge([]*model.Article{article(he("Barack Obama")), article(anyone("Obama"))})
	if got := names(bare); len(got) != 1 || got[0] != "Barack Obama [Barack Obama|Obama]" {
		t.Errorf("with one Obama in the collection: %q, want one Barack Obama", got)
	}
	two := Merge([]*model.Article{article(he("Barack Obama")), article(she("Michelle Obama")), article(anyone("Obama"))})
	if len(two.Entities) != 3 {
		t.Errorf("with two Obamas, a bare Obama with nothing to tell must stay apart: %q", names(two))
	}
	byGender := Merge([]*model.Article{article(he("Barack Obama")), article(she("Michelle Obama")), article(he("Obama"))})
	if e := entity(t, byGender, "Barack Obama"); e.Articles != 2 {
		t.Errorf("a bare Obama who is “he” is Barack: %q", names(byGender))
	}
	byRole := Merge([]*model.Article{article(he("Barack Obama").as("President")), article(she("Michelle Obama").as("first lady")),
		article(she("Obama").as("President"))})
	if e := entity(t, byRole, "Barack Obama"); e.Articles != 2 {
		t.Errorf("“President Obama” is the Obama who is president elsewhere, whatever a pronoun said: %q", names(byRole))
	}
}

func TestPeopleSharingASurnameStayApart(t *testing.T) {
	c := Merge([]*model.Article{
		article(he("Bill Clinton"), she("Hillary Clinton")),
		article(she("Hillary Rodham Clinton")), article(she("Hillary Clinton")),
		article(he("George W. Bush")), article(he("George H.W. Bush")), article(he("George Bush")),
		article(he("Donald Trump")), article(he("Donald Trump Jr.")),
	})
	want := []string{"Hillary Clinton [Hillary Clinton|Hillary Rodham Clinton]", "Bill Clinton [Bill Clinton]", "Donald Trump [Donald Trump]", "Donald Trump Jr. [Donald Trump Jr.]",
		"George Bush [George Bush]", "George H.W. Bush [George H.W. Bush]", "George W. Bush [George W. Bush]"}
	if got := names(c); !reflect.DeepEqual(got, want) {
		t.Errorf("entities:\n got %q\nwant %q", got, want)
	}
}

func TestBodiesAndGroupsNeverJoinPeople(t *testing.T) {
	c := Merge([]*model.Article{
		article(body("State Department"), crowd("Democrats"), he("Trump")),
		article(body("the State Department"), crowd("Democrats"), body("Trump")),
		article(crowd("police"), sp{name: "Police", kind: model.SpeakerPerson, n: 1}),
	})
	if e := entity(t, c, "State Department"); e.Articles != 2 || e.Kind != model.SpeakerBody || e.Gender != "" {
		t.Errorf("State Department = %+v, want one body in 2 articles with no gender", e)
	}
	if e := entity(t, c, "Democrats"); e.Articles != 2 || e.Kind != model.SpeakerGroup {
		t.Errorf("Democrats = %+v, want one group in 2 articles", e)
	}
	kinds := map[string][]model.SpeakerKind{}
	for _, e := range c.Entities {
		kinds[strings.ToLower(e.Name)] = append(kinds[strings.ToLower(e.Name)], e.Kind)
	}
	if len(kinds["trump"]) != 2 || len(kinds["police"]) != 2 {
		t.Errorf("a body or group sharing a person's name must stay apart: %v", kinds)
	}
}

func TestUnnamedSourcesAreNeverOneAcrossArticles(t *testing.T) {
	unnamed := sp{name: "a senior official", kind: model.SpeakerUnnamed, n: 1}
	c := Merge([]*model.Article{article(unnamed, he("Ted Cruz")), article(unnamed)})
	n := 0
	for _, e := range c.Entities {
		if e.Kind == model.SpeakerUnnamed {
			n++
			if e.Articles != 1 || e.Gender != "" {
				t.Errorf("unnamed entry %+v", e)
			}
		}
	}
	if n != 2 || c.Totals.Kinds[model.SpeakerUnnamed].Speakers != 2 || c.Totals.People.Total() != 1 {
		t.Errorf("two articles' unnamed officials: %d entries, totals %+v", n, c.Totals)
	}
}

func TestAccentsAndCaseDoNotSplitAPerson(t *testing.T) {
	c := Merge([]*model.Article{article(he("José Núñez")), article(he("Jose Nunez")), article(he("JOSÉ NÚÑEZ"))})
	if len(c.Entities) != 1 || c.Entities[0].Articles != 3 {
		t.Errorf("entities = %q, want one José Núñez in 3 articles", names(c))
	}
}

func TestGenderAcrossArticlesPrefersTheArticlesOwnWords(t *testing.T) {
	c := Merge([]*model.Article{
		article(tableSays("Jordan Reyes", model.Male)), article(tableSays("Jordan Reyes", model.Male)),
		article(she("Jordan Reyes")),
	})
	e := entity(t, c, "Jordan Reyes")
	if e.Gender != model.Female || !strings.Contains(e.GenderEvidence, "she") {
		t.Errorf("gender = %s (%s); an article's pronoun must beat the name table in two others", e.Gender, e.GenderEvidence)
	}
	tie := Merge([]*model.Article{article(she("Chelsea Clinton")), article(he("Chelsea Clinton")),
		article(tableSays("Chelsea Clinton", model.Female))})
	if e := entity(t, tie, "Chelsea Clinton"); e.Gender != model.Female || !strings.Contains(e.GenderEvidence, "disagree") {
		t.Errorf("on a tie between articles the name table decides, saying so: %s (%s)", e.Gender, e.GenderEvidence)
	}
	split := Merge([]*model.Article{article(she("Sam Lee")), article(he("Sam Lee"))})
	if e := entity(t, split, "Sam Lee"); e.Gender != model.UnknownGender {
		t.Errorf("articles that disagree with nothing else to tell: %s (%s), want unknown", e.Gender, e.GenderEvidence)
	}
	many := Merge([]*model.Article{article(he("Ted Cruz")), article(he("Ted Cruz")), article(she("Ted Cruz"))})
	if e := entity(t, many, "Ted Cruz"); e.Gender != model.Male || e.GenderEvidence != "pronoun “he” (¶2); male in 2 articles, not in 1" {
		t.Errorf("gender = %s (%q)", e.Gender, e.GenderEvidence)
	}
}

func TestTotalsCountSourcesOncePerArticle(t *testing.T) {
	arts := []*model.Article{
		article(she("Ana Ruiz").times(3), he("Tom Hale"), body("Acme Corp")),
		nil, // not analysed yet
		article(she("Ana Ruiz"), anyone("Kim Park"), crowd("officials").times(2)),
		// the engine kept two names of one person apart in one article
		article(she("Ana Ruiz"), anyone("Ruiz")),
	}
	c := Merge(arts)
	tt := c.Totals
	if tt.Articles != 3 || tt.Statements != 14 || tt.Attributed != 11 || tt.Unattributed != 3 {
		t.Errorf("totals = %+v", tt)
	}
	if tt.People != (GenderCounts{Female: 1, Male: 1, Unknown: 1}) {
		t.Errorf("people = %+v, want each person once", tt.People)
	}
	if tt.Sources != (GenderCounts{Female: 3, Male: 1, Unknown: 1}) {
		t.Errorf("sources = %+v, want Ana Ruiz once in each of her 3 articles", tt.Sources)
	}
	if tt.ByStatements != (GenderCounts{Female: 6, Male: 1, Unknown: 1}) {
		t.Errorf("statements by gender = %+v", tt.ByStatements)
	}
	if k := tt.Kinds[model.SpeakerGroup]; k.Speakers != 1 || k.Statements != 2 {
		t.Errorf("groups = %+v", k)
	}
	sum := 0
	for _, e := range c.Entities {
		sum += e.Statements
	}
	if sum != tt.Attributed {
		t.Errorf("entities' statements add up to %d, not the %d attributed", sum, tt.Attributed)
	}
	if g := c.ArticleGenders(3); g != (GenderCounts{Female: 1}) {
		t.Errorf("article 3 quotes %+v, want Ana Ruiz once", g)
	}
	if e := c.Of[3][1]; c.Entities[e].Name != "Ana Ruiz" {
		t.Errorf("article 3's second speaker maps to %q", c.Entities[e].Name)
	}
	if got := entity(t, c, "Ana Ruiz").Share; got != 6.0/11 {
		t.Errorf("share = %v, want 6 of 11 statements", got)
	}
}

func TestMergeDoesNotDependOnOrder(t *testing.T) {
	arts := []*model.Article{
		article(he("Barack Obama").as("President")), article(anyone("Obama").as("President")),
		article(she("Michelle Obama")), article(he("George W. Bush"), body("White House")),
		article(he("George H.W. Bush")), article(anyone("Obama")),
	}
	a := Merge(arts)
	rev := make([]*model.Article, len(arts))
	for i := range arts {
		rev[len(arts)-1-i] = arts[i]
	}
	b := Merge(rev)
	key := func(c *Collection) []string {
		var out []string
		for _, e := range c.Entities {
			out = append(out, e.Key+" "+e.Name+" "+string(e.Gender))
		}
		return out
	}
	if !reflect.DeepEqual(key(a), key(b)) {
		t.Errorf("merging in reverse order gave\n%q\nnot\n%q", key(b), key(a))
	}
}

func they(name string) sp { return person(name, model.NonBinary, "uses they/them pronouns (¶2)") }

// An article that says a person uses they/them pronouns makes them
// non-binary across the library: over articles that tell nothing or only
// the name table, and over articles that say female or male, which the
// evidence names.
func TestNonBinaryAcrossArticles(t *testing.T) {
	c := Merge([]*model.Article{article(anyone("Sam Oduya")), article(they("Sam Oduya")), article(anyone("Sam Oduya"))})
	if e := entity(t, c, "Sam Oduya"); e.Gender != model.NonBinary || e.GenderEvidence != "uses they/them pronouns (¶2)" {
		t.Errorf("one article says non-binary, two tell nothing: %s (%q)", e.Gender, e.GenderEvidence)
	}
	table := Merge([]*model.Article{article(tableSays("Avery Tsosie", model.Male)), article(they("Avery Tsosie"))})
	if e := entity(t, table, "Avery Tsosie"); e.Gender != model.NonBinary || e.GenderEvidence != "uses they/them pronouns (¶2)" {
		t.Errorf("the name table must not beat the article's words: %s (%q)", e.Gender, e.GenderEvidence)
	}
	odds := Merge([]*model.Article{article(she("Rowan Ellery")), article(she("Rowan Ellery")), article(they("Rowan Ellery")), article(he("Rowan Ellery"))})
	want := "uses they/them pronouns (¶2); non-binary in 1 article, female in 2 articles, male in 1 article"
	if e := entity(t, odds, "Rowan Ellery"); e.Gender != model.NonBinary || e.GenderEvidence != want {
		t.Errorf("against female and male articles: %s (%q), want non-binary (%q)", e.Gender, e.GenderEvidence, want)
	}
	short := Merge([]*model.Article{article(they("Sasha Lindqvist")), article(she("Karen Lindqvist")), article(they("Lindqvist"))})
	if e := entity(t, short, "Sasha Lindqvist"); e.Articles != 2 {
		t.Errorf("a bare Lindqvist the article calls non-binary is Sasha, not Karen: %q", names(short))
	}
	apart := Merge([]*model.Article{article(they("Sasha Lindqvist")), article(she("Lindqvist"))})
	if len(apart.Entities) != 2 {
		t.Errorf("a bare Lindqvist who is “she” is not the non-binary Sasha: %q", names(apart))
	}
}

// Non-binary people are counted apart from women, men and unknown, in every
// count and in the order the totals print.
func TestTotalsCountNonBinaryApart(t *testing.T) {
	c := Merge([]*model.Article{
		article(she("Ana Ruiz"), they("Sam Oduya").times(3), anyone("Kim Park")),
		article(they("Sam Oduya"), he("Tom Hale")),
	})
	tt := c.Totals
	if tt.People != (GenderCounts{Female: 1, Male: 1, NonBinary: 1, Unknown: 1}) {
		t.Errorf("people = %+v", tt.People)
	}
	if tt.Sources != (GenderCounts{Female: 1, Male: 1, NonBinary: 2, Unknown: 1}) {
		t.Errorf("sources = %+v, want Sam Oduya once in each of 2 articles", tt.Sources)
	}
	if tt.ByStatements != (GenderCounts{Female: 1, Male: 1, NonBinary: 4, Unknown: 1}) {
		t.Errorf("statements by gender = %+v", tt.ByStatements)
	}
	if got := tt.ByStatements.Share(model.NonBinary); got != 4.0/7 {
		t.Errorf("non-binary share of statements = %v, want 4 of 7", got)
	}
	if g := c.ArticleGenders(0); g != (GenderCounts{Female: 1, NonBinary: 1, Unknown: 1}) {
		t.Errorf("article 0 quotes %+v", g)
	}
	if want := []model.Gender{model.Female, model.Male, model.NonBinary, model.UnknownGender}; !reflect.DeepEqual(Genders, want) {
		t.Errorf("Genders = %q, want %q", Genders, want)
	}
}
