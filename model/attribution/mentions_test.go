package attribution_test

import (
	"path/filepath"
	"reflect"
	"testing"

	"whosaid/articles"
	"whosaid/internal/testsupport"
	"whosaid/model"
	"whosaid/model/attribution"
)

// The paragraph's memo of parsed name runs must give what a fresh parse
// gives: every article reads the same with it and without it.
func TestMentionMemoChangesNothing(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "heldout*", "*.txt"))
	var docs []model.Document
	for _, f := range files {
		doc, err := articles.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		t.Fatal("no articles found in testdata")
	}
	for _, text := range testsupport.RealArticles(t, 4) {
		docs = append(docs, model.Document{Source: "a real-train article", Paragraphs: articles.Split(text)})
	}
	defer attribution.SetMentionMemo(true)
	for _, doc := range docs {
		attribution.SetMentionMemo(true)
		with, _ := attribution.Analyze(doc)
		attribution.SetMentionMemo(false)
		without, _ := attribution.Analyze(doc)
		if !reflect.DeepEqual(with.Statements, without.Statements) || !reflect.DeepEqual(with.Speakers, without.Speakers) {
			t.Errorf("%s: reads differently with the memo of parsed names than without it", doc.Source)
		}
	}
}

// A man named with a known given name stays a person when an appositive
// calls him a "policy maker": only a name with none ("Tollund Mobility,
// an e-bike maker") becomes a company, which "he" never means.
func TestMentionPolicyMakerIsAPerson(t *testing.T) {
	a := article(t,
		"Deputy",
		"Gene Lind, a longtime policy maker who now advises the mayor, hired Ms. Dahl as his deputy under Bill Moss in 1995. He said he was pleased that she is often asked about her views.",
	)
	checkStmt(t, a, reportedBy(2, "he was pleased", "Gene Lind"))
}
