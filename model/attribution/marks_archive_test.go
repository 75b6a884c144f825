package attribution

import "testing"

// Some archives (the New York Times' among them) print quotation marks as
// two apostrophes; a reader sees them as quotations like any other.
func TestMarksDoubledApostrophes(t *testing.T) {
	runMarksCases(t, []marksCase{
		{"a pair", "''Get a sense of that distinction,'' he said.",
			[]string{"Get a sense of that distinction,"}},
		{"partial", "he said perhaps they ''wanted to lick the Americans in a certain place.''",
			[]string{"wanted to lick the Americans in a certain place."}},
		{"a single one nested, closing together", "''He told me 'never again,''' she said.",
			[]string{"He told me 'never again,'"}},
		{"apostrophes inside", "''It's the Smiths' record, don't you see,'' said Ana Ruiz.",
			[]string{"It's the Smiths' record, don't you see,"}},
		{"two in a sentence", "''Yes,'' he said. ''No.''",
			[]string{"Yes,", "No."}},
	})
	a := analyzeParas("''Get a sense of that distinction,'' said Mr. Putin.")
	checkQuotes(t, a, []wantStmt{wq(1, "Get a sense of that distinction,", "Putin")})
}
