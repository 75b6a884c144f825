package attribution_test

// Sentences and tokens: where a sentence ends (after "a.m.", not after
// "Inc.") and odd spaces inside one, which decide which subject a cue
// finds.

import (
	"strings"
	"testing"

	"whosaid/model"
)

// A failure gives a statement to the subject of the sentence before, or
// loses it.
func TestSentenceBoundaries(t *testing.T) {
	run(t, []attrCase{
		{name: "a.m. ends a sentence",
			paras: []string{`Police said the road reopened at 6 a.m. Ana Ruiz said she was relieved.`},
			want:  []stmt{reportedBy(1, "she was relieved", "Ana Ruiz")}},
		{name: "p.m. before a day or a time zone ends no sentence",
			paras: []string{"Ruling", "Superior Court Judge Harold Abernathy ruled on Tuesday.",
				"The judge gave the board until 5 p.m. Friday to certify and said he would consider holding members in contempt.",
				"City manager Nadine Brisebois said the team stayed until 2 a.m. Monday and left only after the union rejected the offer."},
			want: []stmt{reportedBy(3, "he would consider holding members in contempt", "Harold Abernathy"),
				reportedBy(4, "the team stayed until 2 a.m. Monday and left only after the union rejected the offer", "Nadine Brisebois")}},
		{name: "an abbreviation before 'The' ends a sentence",
			paras:       []string{"Trip", "Premier Ana Ruiz flew home from the U.S. The trip went well, her chief of staff, Bram Olsen, said."},
			want:        []stmt{reportedBy(2, "The trip went well", "Bram Olsen")},
			notReported: []stmt{{para: 2, text: "flew home"}}},
		{name: "'no.' before 'But' ends a sentence",
			paras:       []string{"Trip", "Asked if he would run again, Premier Bram Olsen said no. But he said the party still needed him."},
			want:        []stmt{reportedBy(2, "the party still needed him", "Bram Olsen")},
			notReported: []stmt{{para: 2, text: "no. But"}}},
		{name: "v. in a case's name ends no sentence",
			paras: []string{"Ruling", "After the Supreme Court's Obergefell v. Hodges decision, Speaker Philip Gunn said the ruling was wrong."},
			want:  []stmt{reportedBy(2, "After the Supreme Court's Obergefell v. Hodges decision", "Philip Gunn")}},
		{name: "Inc. before the cue does not end the sentence",
			paras: []string{
				"Tollund Mobility Inc. said on Thursday that it was recalling 212,000 battery packs.",
			},
			want: []stmt{reportedBy(1, "it was recalling 212,000 battery packs", "Tollund Mobility Inc.")}},
		{name: "Inc. after a quotation",
			paras: []string{"“No customer data was lost,” Orvane Systems Inc. said in a statement."},
			want:  []stmt{quoteBy(1, "No customer data was lost,", "~Orvane Systems Inc.")}},
		{name: "a title's stop after a hyphen: then-Cpl.",
			paras: []string{"The report found that the lead investigator, then-Cpl. Wayne Doucette, failed to disclose a statement, and that the Crown relied on an informant."},
			want:  []stmt{reportedBy(1, "Wayne Doucette, failed to disclose a statement", "The report")}},
		{name: "two titles joined by a hyphen: Det.-Sgt., Lt.-Gen.",
			paras: []string{"Raid", "“We followed one car,” said Det.-Sgt. Marc-Antoine Lévesque, the lead investigator.",
				"Lt.-Gen. Étienne Boudreau-MacLeod said the ship was tracked for 11 days."},
			want:     []stmt{quoteBy(2, "We followed one car,", "Marc-Antoine Lévesque"), reportedBy(3, "the ship was tracked", "Étienne Boudreau-MacLeod")},
			speakers: []string{"Marc-Antoine Lévesque", "Étienne Boudreau-MacLeod"}},
		{name: "non-breaking and double spaces",
			paras: []string{"“We  are\u00a0ready,”\u00a0said\u00a0Harald  Bø."},
			want:  []stmt{quoteBy(1, "We  are\u00a0ready,", "Harald Bø")}},
	})
}

// "And although …, he …" opens the same way as "Although …, he …": the
// subject after the clause's comma is the sentence's.
func TestSentenceJoiningWordBeforeASubordinateClause(t *testing.T) {
	run(t, []attrCase{
		{name: "And although …, he sounded …, saying",
			paras:      []string{"Port", "Tomas Aldana spoke on Thursday.", "And although he thanked the harbour community for supporting him, he sounded a rare note of self-deprecation, saying, “I'm not sure.”"},
			want:       []stmt{quoteBy(3, "I'm not sure.", "Tomas Aldana")},
			moreQuotes: true},
	})
}

// A span of time that opens a sentence ("Eight years after backing Barack
// Obama,", "Days after Tsege's arrest,") is no subject: the name after its
// comma is, and a later role noun or pronoun points back to that name.
func TestSentenceSpanOfTimeOpening(t *testing.T) {
	run(t, []attrCase{
		{name: "Eight years after backing X, Y is …; the investor said",
			paras: []string{"Holm picks",
				"Eight years after backing Ana Ruiz, billionaire Harbour Hawks owner Mark Holm is once again sizing up the field. Appearing at a festival, the investor took questions.",
				"“It is worse,” the investor said."},
			want: []stmt{quoteBy(3, "It is worse,", "Mark Holm")}},
		{name: "Days after X's arrest, Y volunteered; “…?” he told me",
			paras: []string{"Exile",
				"Days after Tomas Berg's arrest and extradition, Peter Nega volunteered to replace him. “Was I going to remain an academic?” he told me."},
			want: []stmt{quoteBy(2, "Was I going to remain an academic?", "Peter Nega")}},
	})
}

// Lower-case role words before the name that opens a clause ("billionaire
// team owner Mark Holm is …") leave the name its subject.
func TestSentenceRoleWordsBeforeTheSubject(t *testing.T) {
	run(t, []attrCase{{name: "…, billionaire team owner X is …; the investor said",
		paras: []string{"Holm picks",
			"Eight years after backing Ana Ruiz, billionaire team owner Mark Holm is once again sizing up the field. Appearing at a festival, the investor took questions.",
			"“It is worse,” the investor said."},
		want: []stmt{quoteBy(3, "It is worse,", "Mark Holm")}}})
}

// A list item's dash or bullet opens its paragraph, and the capitalised
// word after it opens a sentence: "— Nine months of …" names no one
// called Nine, and "- Calls on all parties …" no one called Calls.
func TestSentenceOpenedByAListMark(t *testing.T) {
	run(t, []attrCase{
		{name: "— Nine months of …; then he",
			paras: []string{"Why he won", "Gov. Carl Voss said Tuesday that the race was over.",
				"— Nine months of soaring to the top of the polls;.",
				"He said he would build the wall."},
			want:        []stmt{reportedBy(4, "he would build the wall", "Carl Voss")},
			notSpeakers: []string{"Nine"}},
		{name: "- Calls on all parties to …",
			paras: []string{"What the draft says", "The draft text, released Friday:",
				`- Calls on all parties to submit updated national plans "as soon as possible."`},
			moreQuotes:  true,
			notSpeakers: []string{"Calls"}},
	})
}

// A line of the source that ends a sentence starts the next line's, though
// the format keeps both in one paragraph: the question before "Trump
// acknowledged that …" is the moderator's, not part of what Trump
// acknowledged.
func TestLineBreakStartsSentence(t *testing.T) {
	text := "Debate notes\n\nDonald Trump was asked a question about police violence.\n" +
		`"There are many who argue that phones are just now exposing what has been happening for years," the moderator said. "As you know, Mr. Trump, how do you bridge the divide?"` + "\n" +
		"Trump acknowledged that a rift does exist between communities of color and the police, and he stood by his comments.\n\nThe debate went on."
	a := articleText(t, text)
	var found bool
	for _, s := range a.Statements {
		if s.Kind == model.KindReported && strings.Contains(s.Text, "a rift does exist") {
			found = true
			if strings.Contains(s.Text, "bridge the divide") || s.Speaker != "Donald Trump" {
				t.Errorf("what Trump acknowledged: %q by %q; want only the line after the question, by Donald Trump", s.Text, s.Speaker)
			}
		}
		if s.Kind == model.KindQuote && strings.Contains(s.Text, "bridge the divide") && s.Speaker != "the moderator" {
			t.Errorf("the question is %q's, want the moderator's", s.Speaker)
		}
	}
	if !found {
		t.Errorf("no reported statement of what Trump acknowledged;%s", dump(a))
	}
}

// A time zone spelled out after "a.m." or "p.m." goes on with the time,
// ending no sentence: "just after 1 a.m. Eastern time and declared that".
func TestSpelledTimeZoneEndsNoSentence(t *testing.T) {
	run(t, []attrCase{{name: "eastern time",
		paras: []string{"Election", "Sandra Kowalchuk stood before a crowd just after 1 a.m. Eastern time and declared that Canadians had “chosen change.”"},
		want:  []stmt{reportedBy(2, "Canadians had", "Sandra Kowalchuk"), quoteBy(2, "chosen change.", "Sandra Kowalchuk")}}})
}
