package collection_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"whosaid/articles"
	"whosaid/internal/testsupport"
	"whosaid/model"
	"whosaid/model/attribution"
	"whosaid/model/collection"
)

// realArticles analyses real-train once for the tests that need it.
var realArticles = sync.OnceValues(func() ([]*model.Article, error) {
	paths, err := filepath.Glob(testsupport.Corpus("real-train", "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, err
	}
	arts := make([]*model.Article, len(paths))
	errs := make([]error, len(paths))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, p := range paths {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			doc, err := articles.Load(p)
			if err == nil {
				arts[i], err = attribution.Analyze(doc)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	return arts, errors.Join(errs...)
})

func realCollection(t testing.TB) ([]*model.Article, *collection.Collection) {
	t.Helper()
	testsupport.NeedArticles(t, "real-train")
	arts, err := realArticles()
	if err != nil || len(arts) == 0 {
		t.Fatalf("loading real-train: %v", err)
	}
	return arts, collection.Merge(arts)
}

func TestRealTrainDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("DUMP=1 to print")
	}
	_, c := realCollection(t)
	for _, e := range c.Entities {
		for _, w := range strings.Split(os.Getenv("DUMP"), ",") {
			if strings.Contains(strings.Join(e.Forms, "|"), w) {
				t.Logf("%-28s %-6s %-7s st=%4d art=%3d forms=%v | %s", e.Name, e.Kind, e.Gender, e.Statements, e.Articles, e.Forms, e.GenderEvidence)
				break
			}
		}
	}
}

func TestRealTrainMembers(t *testing.T) {
	if os.Getenv("MEMBERS") == "" {
		t.Skip("MEMBERS=name to print")
	}
	arts, c := realCollection(t)
	for i, e := range c.Entities {
		if e.Name != os.Getenv("MEMBERS") {
			continue
		}
		t.Logf("== %s %s roles=%q", e.Name, e.Kind, e.Roles)
		for _, r := range c.Members[i] {
			sp := arts[r.Article].Speakers[r.Speaker]
			t.Logf("%s | role=%q %s %s | %s", sp.Name, sp.Role, sp.Gender, sp.GenderEvidence, filepath.Base(arts[r.Article].Source))
		}
	}
}

// TestRealTrainMergesNameForms is the bar on real news: the forms
// of one person's name are one entry, the Clintons stay two, and the totals
// are the articles' statements.
func TestRealTrainMergesNameForms(t *testing.T) {
	arts, c := realCollection(t)
	same := func(a, b string) {
		t.Helper()
		i, j := c.Find(a), c.Find(b)
		if i < 0 || j < 0 {
			t.Errorf("%q (%d) or %q (%d) not found", a, i, b, j)
			return
		}
		if !slices.Contains(c.Entities[i].Forms, b) {
			t.Errorf("%q and %q are separate entries: %q / %q", a, b, c.Entities[i].Forms, c.Entities[j].Forms)
		}
	}
	same("Donald Trump", "Donald J. Trump")
	same("Barack Obama", "Obama")
	same("Hillary Clinton", "Hillary Rodham Clinton")
	bill, hillary := c.Find("Bill Clinton"), c.Find("Hillary Clinton")
	if bill < 0 || bill == hillary {
		t.Errorf("Bill Clinton (%d) and Hillary Clinton (%d) must be two entries", bill, hillary)
	}
	statements, attributed := 0, 0
	for _, a := range arts {
		statements += len(a.Statements)
		for _, s := range a.Statements {
			if s.Speaker != "" {
				attributed++
			}
		}
	}
	if c.Totals.Statements != statements || c.Totals.Attributed != attributed {
		t.Errorf("totals say %d statements (%d attributed), the articles %d (%d)",
			c.Totals.Statements, c.Totals.Attributed, statements, attributed)
	}
	people := 0
	for _, a := range arts {
		for _, s := range a.Speakers {
			if s.Kind == model.SpeakerPerson {
				people++
			}
		}
	}
	trump := c.Entities[c.Find("Donald Trump")]
	t.Logf("%d article speakers (%d people) became %d entries (%d people); Donald Trump: %d forms %q in %d articles",
		len(mentionsOf(arts)), people, len(c.Entities), c.Totals.Kinds[model.SpeakerPerson].Speakers,
		len(trump.Forms), trump.Forms, trump.Articles)
}

func mentionsOf(arts []*model.Article) []model.Speaker {
	var out []model.Speaker
	for _, a := range arts {
		out = append(out, a.Speakers...)
	}
	return out
}

// BenchmarkMergeRealTrain merges the speakers of real-train's 840 articles.
func BenchmarkMergeRealTrain(b *testing.B) {
	arts, _ := realCollection(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		collection.Merge(arts)
	}
}
