package attribution_test

import "testing"

// Attribution frames real news uses that the first rules missed.
func TestFramesFromRealNews(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		quote string
		want  string
	}{
		{"appositive before ', said,'",
			[]string{"The council met.", "But in a call with reporters, Col. Steven Warren, a military spokesman in Baghdad, said, “A raid is a combat operation.”"},
			"A raid is a combat operation.", "Steven Warren"},
		{"a bare 'X said.' after a quotation that ends its sentence",
			[]string{"The council met.", "“I hope you find the emails.” Trump said."},
			"I hope you find the emails.", "Trump"},
		{"a verb opening the sentence before the name",
			[]string{"The council met.", "Said Comey, “The thought is very painful to us.”"},
			"The thought is very painful to us.", "Comey"},
		{"a dash line signing the quotation above",
			[]string{"The council met.", "“I will plead guilty, no problem.”", "— Marcel Lazar."},
			"I will plead guilty, no problem.", "Marcel Lazar"},
		{"a possessive outlet before a person",
			[]string{"The council met.", "“What stuns me is how little it shifts,” Twitter’s Adam Sharp said."},
			"What stuns me is how little it shifts,", "Adam Sharp"},
		{"a name with its institution before the cue",
			[]string{"The council met.", "“Big tax cuts do not work,” James Pethokoukis of the American Enterprise Institute wrote."},
			"Big tax cuts do not work,", "James Pethokoukis"},
		{"a verb between two names is no role",
			[]string{"Ohio Gov. John Kasich spoke on Monday.", "Kasich bemoaned America’s reputation, saying foreigners “look at these goofballs.”"},
			"look at these goofballs.", "John Kasich"},
		{"a name ending in -ing is a name",
			[]string{"The council met.", "Boreing said the members would still meet, but said, “It is time we change.”"},
			"It is time we change.", "Boreing"},
	}
	for _, c := range cases {
		a := reviewArticle(c.paras...)
		found := false
		for _, s := range a.Statements {
			if s.Text == c.quote {
				found = true
				if s.Speaker != c.want {
					t.Errorf("%s: speaker %q, want %q\n%s", c.name, s.Speaker, c.want, dumpArticle(a))
				}
			}
		}
		if !found {
			t.Errorf("%s: quotation %q not found\n%s", c.name, c.quote, dumpArticle(a))
		}
	}
	if a := reviewArticle("The council met.", "“I will plead guilty.”", "— Marcel Lazar."); len(a.Statements) != 1 {
		t.Errorf("the signature line itself became a statement: %s", dumpArticle(a))
	}
}

// Speakers real news names by a phrase: a joint statement goes under the
// first named with the other as a rival, a campaign speaks as a body, and a
// person's spokesman is an unnamed source, not the person.
func TestPhraseSpeakers(t *testing.T) {
	a := reviewArticle(
		"Marco Rubio and Ted Cruz met on Sunday.",
		"Later, Rubio and Senator Ted Cruz urged the party to unite.",
		"Clinton’s campaign said she would not be bullied.",
		"The talks ran late.",
		"Cameron’s spokesman said the prime minister stood by his comments.",
	)
	want := map[int]string{2: "Marco Rubio", 3: "Clinton’s campaign", 5: "Cameron’s spokesman"}
	for _, s := range a.Statements {
		if w, ok := want[s.Paragraph]; ok && s.Speaker != w {
			t.Errorf("¶%d: speaker %q, want %q\n%s", s.Paragraph, s.Speaker, w, dumpArticle(a))
		}
		if s.Paragraph == 2 && (s.Why == nil || len(s.Why.Rivals) != 1 || s.Why.Rivals[0] != "Ted Cruz" || s.Confidence != "low") {
			t.Errorf("joint statement: why %+v confidence %q; want Ted Cruz as rival, low", s.Why, s.Confidence)
		}
	}
	for _, sp := range a.Speakers {
		if sp.Name == "Clinton’s campaign" && sp.Kind != "body" || sp.Name == "Cameron’s spokesman" && sp.Kind != "unnamed" {
			t.Errorf("%s is a %s", sp.Name, sp.Kind)
		}
	}
}
