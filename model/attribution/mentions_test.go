package attribution_test

import (
	"reflect"
	"testing"

	"whosaid/model/attribution"
)

// The paragraph's memo of parsed name runs must give what a fresh parse
// gives: every article reads the same with it and without it.
func TestMentionMemoChangesNothing(t *testing.T) {
	docs := ownAndRealArticles(t, 4)
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
