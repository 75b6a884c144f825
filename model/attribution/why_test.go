package attribution_test

import (
	"testing"

	"whosaid/model"
)

// Every attributed statement says how its speaker was chosen, and a pronoun
// or role noun leads back to the name the reader can check.
func TestWhyExplainsEachSpeaker(t *testing.T) {
	a := article(t,
		"Kremlin spokesman Dmitry Peskov spoke to reporters on Friday.",
		"“No decision was made,” he said.",
		"“We are ready,” said Harald Bø.",
		"“Ships are waiting.”",
	)
	he := mustFind(t, a, quoteBy(2, "No decision was made,", ""))
	if he.Speaker != "Dmitry Peskov" || he.Why == nil || he.Why.Rule != "cue-after" || he.Why.Mention != "he" {
		t.Fatalf("“…,” he said: speaker %q why %+v; want Dmitry Peskov by cue-after from “he”", he.Speaker, he.Why)
	}
	if c := he.Why.Chain; len(c) != 2 || c[0].Text != "he" || c[0].Paragraph != 2 || c[1].Text != "Dmitry Peskov" || c[1].Paragraph != 1 {
		t.Errorf("chain %+v; want he ¶2 → Dmitry Peskov ¶1", c)
	}
	named := mustFind(t, a, quoteBy(3, "We are ready,", ""))
	if named.Why == nil || named.Why.Mention != "Harald Bø" || named.Confidence != model.High {
		t.Errorf("“…,” said Harald Bø: why %+v confidence %q; want the name as mention, high", named.Why, named.Confidence)
	}
	carried := mustFind(t, a, quoteBy(4, "Ships are waiting.", ""))
	if carried.Speaker != "Harald Bø" || carried.Why == nil || carried.Why.Rule != "carry-over" || carried.Confidence != model.Low {
		t.Errorf("bare quotation: speaker %q why %+v confidence %q; want Harald Bø carried over, low", carried.Speaker, carried.Why, carried.Confidence)
	}
	for _, s := range a.Statements {
		if (s.Speaker == "") != (s.Why == nil) || (s.Speaker == "") != (s.Confidence == "") {
			t.Errorf("statement %q: speaker %q but why %v, confidence %q", s.Text, s.Speaker, s.Why, s.Confidence)
		}
	}
}
