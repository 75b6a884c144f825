package attribution_test

import (
	"strings"
	"testing"

	"whosaid/model"
)

// Each speaker says what it is, and a person's gender comes with the words
// it was read from: the article's own first, the name table after.
func TestSpeakerKindAndGenderEvidence(t *testing.T) {
	a := article(t,
		"“We will appeal,” said Ms. Kim Tran, a lawyer.",
		"“It is over,” said Jordan Avery. Avery added that she would not run again.",
		"“The plan is sound,” said Hillary Morton.",
		"“Nothing changes,” said Robin Cole.",
		"The ministry said in a statement that talks would resume.",
		"Officials said the bill was dead. House Democrats said it would pass.",
	)
	want := map[string][3]string{
		"Kim Tran":        {"person", "female", "“ms”"},
		"Jordan Avery":    {"person", "female", "pronoun “she”"},
		"Hillary Morton":  {"person", "female", "name table"},
		"Robin Cole":      {"person", "unknown", "no pronoun"},
		"ministry":        {"body", "", ""},
		"Officials":       {"group", "", ""},
		"House Democrats": {"group", "", ""},
	}
	for _, sp := range a.Speakers {
		w, ok := want[sp.Name]
		if !ok {
			t.Errorf("unexpected speaker %q", sp.Name)
			continue
		}
		delete(want, sp.Name)
		if string(sp.Kind) != w[0] || string(sp.Gender) != w[1] || !strings.Contains(sp.GenderEvidence, w[2]) {
			t.Errorf("%s: kind %q gender %q (%q); want %q %q with evidence holding %q",
				sp.Name, sp.Kind, sp.Gender, sp.GenderEvidence, w[0], w[1], w[2])
		}
		if sp.Kind != model.SpeakerPerson && sp.GenderEvidence != "" {
			t.Errorf("%s is no person but has gender evidence %q", sp.Name, sp.GenderEvidence)
		}
	}
	for name := range want {
		t.Errorf("speaker %q missing; got %s", name, dump(a))
	}
}
