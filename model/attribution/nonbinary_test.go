package attribution_test

import (
	"strings"
	"testing"

	"whosaid/model"
)

// A person the article says uses they/them pronouns or is non-binary is
// shown as non-binary, with the words it said; the name table ("Rowan",
// "Avery") and a "she" the engine ties to them later do not make them a
// woman or a man. A clause that may be of someone else gives no gender.
func TestNonBinaryFromTheArticlesOwnWords(t *testing.T) {
	cases := []struct {
		name     string
		paras    []string
		speaker  string
		gender   model.Gender
		evidence string
	}{
		{"who uses they/them pronouns",
			[]string{"Strike", "The union said the company refused to bargain.",
				"Sam Oduya, who uses they/them pronouns, said they were worried the injunction would help the company."},
			"Sam Oduya", model.NonBinary, "uses they/them pronouns (¶3)"},
		{"a given name the table calls male",
			[]string{"Rowan Achebe (they/them) said the map split the school's catchment."},
			"Rowan Achebe", model.NonBinary, "uses they/them pronouns (¶1)"},
		{"whose pronouns are they/them",
			[]string{"Lee Park-Anand, whose pronouns are they/them, said the rent had doubled."},
			"Lee Park-Anand", model.NonBinary, "uses they/them pronouns (¶1)"},
		{"who is non-binary",
			[]string{"Board", "Kit Marlowe-Dunn, who is non-binary, said the policy had been written without students."},
			"Kit Marlowe-Dunn", model.NonBinary, "described as “non-binary” (¶2)"},
		{"a later she",
			[]string{"Rally", "Avery Tsosie, who uses they/them pronouns, said the group was peaceful.",
				"“We stood on the sidewalk the whole time,” she said."},
			"Avery Tsosie", model.NonBinary, "uses they/them pronouns (¶2)"},
		{"For X, a long appositive that ends in who … uses they/them pronouns,",
			[]string{"Vote", "For Jordan Aviles, a 29-year-old who works behind the counter of a medical dispensary in Tempe and uses they/them pronouns, the vote is personal.",
				"Aviles said they had already mailed their ballot."},
			"Jordan Aviles", model.NonBinary, "uses they/them pronouns (¶2)"},
		{"whose son uses they/them pronouns",
			[]string{"Schools", "Dana Whitfield, whose son uses they/them pronouns, said the policy was cruel. She said the board had not listened."},
			"Dana Whitfield", model.Female, "pronoun “she” (¶2)"},
		{"an advocate for non-binary youth",
			[]string{"Schools", "Robin Castellano, an advocate for non-binary youth, said the policy was cruel."},
			"Robin Castellano", model.UnknownGender, "no pronoun"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := article(t, c.paras...)
			for _, sp := range a.Speakers {
				if sp.Name != c.speaker {
					continue
				}
				if sp.Gender != c.gender || !strings.HasPrefix(sp.GenderEvidence, c.evidence) {
					t.Errorf("%s: %s (%q), want %s (%q)", sp.Name, sp.Gender, sp.GenderEvidence, c.gender, c.evidence)
				}
				return
			}
			t.Errorf("no speaker %q; got %s", c.speaker, dump(a))
		})
	}
}

// In a probe article the organizer "who uses they/them pronouns" is
// non-binary, though the name table calls Avery a man's name.
func TestNonBinaryInAProbeArticle(t *testing.T) {
	a := probeArticle(t, "b101-08-nevada-ferrante-rally.txt")
	for _, sp := range a.Speakers {
		if sp.Name == "Avery Tsosie" {
			if sp.Gender != model.NonBinary || sp.GenderEvidence != "uses they/them pronouns (¶16)" {
				t.Errorf("Avery Tsosie: %s (%q), want non-binary from ¶16", sp.Gender, sp.GenderEvidence)
			}
			return
		}
	}
	t.Errorf("no speaker Avery Tsosie; got %s", dump(a))
}

// "Mx." is a title like "Ms.": its full stop ends no sentence, so
// "“…,” said Mx. Ellery, who uses the pronoun they. They added …" is
// Ellery's, twice.
func TestNonBinaryMxIsATitle(t *testing.T) {
	run(t, []attrCase{{name: "said Mx. Ellery; They added",
		paras: []string{"Debate",
			"In the spin room, the campaign manager, Jordan Ellery, said the debate had done little to change the race.",
			"“Nothing that happened tonight brings back the suburban women he has lost,” said Mx. Ellery, who uses the pronoun they. They added that the campaign would press ahead."},
		want: []stmt{reportedBy(2, "the debate had done little", "Jordan Ellery"),
			quoteBy(3, "Nothing that happened tonight brings back the suburban women he has lost,", "Jordan Ellery"),
			reportedBy(3, "the campaign would press ahead", "Jordan Ellery")}}})
}

// "X, 29, an organizer with a group in Jackson Heights, Queens, who uses
// they/them pronouns, said they …" is X's, past the age and the place
// with its borough; the pronouns are X's, not a place's, so "They added"
// next is X too.
func TestNonBinaryPersonPastAgeAndPlace(t *testing.T) {
	run(t, []attrCase{{name: "X, 29, an organizer … in Jackson Heights, Queens, who uses they/them pronouns, said",
		paras: []string{"Vote",
			"Sam Ocampo-Reyes, 29, an organizer with a group in Jackson Heights, Queens, who uses they/them pronouns, said they spent Sunday driving voters.",
			"They added that many young Colombians abroad plan to keep organizing.",
			"Two-time Olympic canoe sprinter Kiara Nakamura-Reid, 29, of Dartmouth, N.S., said she worked two jobs."},
		want: []stmt{reportedBy(2, "they spent Sunday driving voters", "Sam Ocampo-Reyes"),
			reportedBy(3, "many young Colombians abroad plan to keep organizing", "Sam Ocampo-Reyes"),
			reportedBy(4, "she worked two jobs", "Kiara Nakamura-Reid")},
		notSpeakers: []string{"Queens", "Jackson Heights"}}})
}
