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

// An unnamed source's phrase runs to its last role noun: "A senior law
// enforcement official" is the official, no "law", and neither a document
// nor cut at "senior law"; "A Republican strategist" is the strategist; and
// a clause of five words before "who was not authorized to discuss the
// matter publicly" still opens the sentence's subject.
func TestMentionsUnnamedSourceRunsToItsLastRoleNoun(t *testing.T) {
	run(t, []attrCase{{name: "A senior law enforcement official who was not authorized to discuss …",
		paras: []string{"FBI letter upends race",
			"FBI Director Gregory Tannehill told Congress on Friday that agents had found new emails.",
			"A senior law enforcement official who was not authorized to discuss the matter publicly told The Associated Press that the material was found on a laptop.",
			"One Republican strategist who advised the campaign grumbled that the inner circle was \"the same six people from Madison.\""},
		want: []stmt{reportedBy(2, "agents had found new emails", "Gregory Tannehill"),
			reportedBy(3, "the material was found on a laptop", "A senior law enforcement official"),
			reportedBy(4, "the inner circle was", "One Republican strategist"),
			quoteBy(4, "the same six people from Madison.", "One Republican strategist")}}})
}

// A lower-case word between the comma and a name ("The first witness,
// 78-year-old Eleanor Pruden, testified") describes the person named: she
// speaks, not the role before.
func TestMentionsDescribedNameAfterARolePhrase(t *testing.T) {
	run(t, []attrCase{{name: "The first witness, 78-year-old Eleanor Pruden, testified",
		paras: []string{"Trial",
			"Darnell Whitford is accused of defrauding investors.",
			"The first witness, 78-year-old Eleanor Pruden, testified that she paid Whitford's company $40,000 in 2019."},
		want: []stmt{reportedBy(3, "she paid Whitford's company", "Eleanor Pruden")}}})
}
