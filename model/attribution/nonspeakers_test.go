package attribution_test

import (
	"testing"

	"whosaid/model"
)

// Places, adjectives and words opening a sentence are not people: they
// never head the speaker list, and a pronoun never points to them.
func TestPlacesAndAdjectivesAreNoSpeakers(t *testing.T) {
	a := reviewArticle(
		"Democratic presidential candidate Bernie Sanders said the primary was far from over.",
		"Sen. Marco Rubio campaigned across Florida on Monday.",
		"The Florida senator said he would stay in the race.",
		"“We are going to win Florida,” he said.",
		"Democratic voters said they were undecided.",
		"Twitter said it would review the posts.",
	)
	for _, sp := range a.Speakers {
		switch sp.Name {
		case "Democratic", "Florida", "Twitter":
			if sp.Kind == model.SpeakerPerson {
				t.Errorf("%q listed as a person: %s", sp.Name, dumpArticle(a))
			}
		}
	}
	want := map[int]string{1: "Bernie Sanders", 3: "Marco Rubio", 4: "Marco Rubio", 5: "Democratic voters"}
	for _, s := range a.Statements {
		if w, ok := want[s.Paragraph]; ok && s.Speaker != w {
			t.Errorf("¶%d %q: speaker %q, want %q", s.Paragraph, s.Text, s.Speaker, w)
		}
	}
}
