package attribution_test

// Quotation marks: what the scanner takes as a quotation's text in one
// paragraph, and how marks that pair across paragraphs, or never pair,
// reach the reader.

import (
	"slices"
	"strings"
	"testing"

	"whosaid/model"
	"whosaid/model/attribution"
)

// quotedTexts returns what stands between the marks of each top-level
// quotation the scanner finds, in order.
func quotedTexts(text string) []string {
	var out []string
	for _, s := range attribution.ScanQuotes(text) {
		out = append(out, text[s.TextStart:s.TextEnd])
	}
	return out
}

type marksCase struct {
	name string
	text string
	want []string // quoted texts, in order; nil for none
}

// runMarksCases checks what the scanner finds; a failure is a quotation a
// reader would see cut short, run on, or made of an apostrophe.
func runMarksCases(t *testing.T, cases []marksCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := quotedTexts(c.text)
			if !slices.Equal(got, c.want) {
				t.Errorf("ScanQuotes(%q)\n got  %q\n want %q", c.text, got, c.want)
			}
		})
	}
}

func TestMarksDouble(t *testing.T) {
	runMarksCases(t, []marksCase{
		{"curly", "The notice on the gate read “Closed for repairs” all week.",
			[]string{"Closed for repairs"}},
		{"straight", `Someone had chalked "back at noon" on the shutter.`,
			[]string{"back at noon"}},
		{"curly two", "“We are tired,” said Edda Munk. “We want a date.”",
			[]string{"We are tired,", "We want a date."}},
		{"straight two", `"We are tired," said Edda Munk. "We want a date."`,
			[]string{"We are tired,", "We want a date."}},
		{"curly apostrophes inside", "“Don’t tell me it isn’t fixable,” Brann Ostby said.",
			[]string{"Don’t tell me it isn’t fixable,"}},
		{"straight apostrophes inside", `"Don't tell me it isn't fixable," Brann Ostby said.`,
			[]string{"Don't tell me it isn't fixable,"}},
		{"after a colon", "Her reply was short:“No.”",
			[]string{"No."}},
		{"in parentheses", "The clerk (“just doing my job”) shrugged.",
			[]string{"just doing my job"}},
	})
}

func TestMarksBritishSingle(t *testing.T) {
	runMarksCases(t, []marksCase{
		{"curly single", "‘We will not sell the orchard,’ said Mirela Kast.",
			[]string{"We will not sell the orchard,"}},
		{"straight single", "'We will not sell the orchard,' said Mirela Kast.",
			[]string{"We will not sell the orchard,"}},
		{"contraction", "‘I don’t think we can wait,’ Tobin Marsh said.",
			[]string{"I don’t think we can wait,"}},
		{"straight contraction", "'I don't think we can wait,' Tobin Marsh said.",
			[]string{"I don't think we can wait,"}},
		{"decade", "‘It felt like the ’90s all over again,’ she said.",
			[]string{"It felt like the ’90s all over again,"}},
		{"straight decade", "'It felt like the '90s all over again,' she said.",
			[]string{"It felt like the '90s all over again,"}},
		{"plural possessive", "‘The Harlans’ barn burned first,’ the farmer said.",
			[]string{"The Harlans’ barn burned first,"}},
		{"straight plural possessive", "'The Harlans' barn burned first,' the farmer said.",
			[]string{"The Harlans' barn burned first,"}},
		{"rock n roll", "‘It was rock ’n’ roll every night,’ said Ines Varga.",
			[]string{"It was rock ’n’ roll every night,"}},
		{"straight rock n roll", "'It was rock 'n' roll every night,' said Ines Varga.",
			[]string{"It was rock 'n' roll every night,"}},
		{"o'clock", "‘We open at nine o’clock sharp,’ the manager said.",
			[]string{"We open at nine o’clock sharp,"}},
		{"O'Neill", "'Ask Dara O'Neill, not me,' said the clerk.",
			[]string{"Ask Dara O'Neill, not me,"}},
		{"Hawai'i", "‘I moved to Hawai‘i last spring,’ said Kale Mori.",
			[]string{"I moved to Hawai‘i last spring,"}},
		{"straight Hawai'i", "'I moved to Hawai'i last spring,' said Kale Mori.",
			[]string{"I moved to Hawai'i last spring,"}},
		{"apostrophes only", "The Brennans’ dog doesn’t bark after ten o’clock, and rock ’n’ roll was big in the ’60s.",
			nil},
		{"straight apostrophes only", "The Brennans' dog doesn't bark after ten o'clock, and rock 'n' roll was big in the '60s.",
			nil},
		{"plural possessive then closer", "‘I’ve been to the Joneses’ house twice,’ she said.",
			[]string{"I’ve been to the Joneses’ house twice,"}},
		{"split around a plural possessive", "‘We sold it to the Harlans,’ she said, ‘and the Harlans’ son sold it on.’",
			[]string{"We sold it to the Harlans,", "and the Harlans’ son sold it on."}},
		{"elision at the start", "‘’Tis the season,’ he joked.",
			[]string{"’Tis the season,"}},
		{"year elision", "‘In ’92 we won the cup,’ said Rolf Aas.",
			[]string{"In ’92 we won the cup,"}},
		{"straight 'em", "'Tell 'em we're coming,' said Rolf Aas.",
			[]string{"Tell 'em we're coming,"}},
		{"possessive before a single quotation", "The players’ union said ‘no deal’ was possible. ‘We are far apart,’ said its chair.",
			[]string{"no deal", "We are far apart,"}},
		{"decade and possessive before", "The ’80s band’s drummer said ‘we’re back’.",
			[]string{"we’re back"}},
		{"y'all", "“Y’all come back,” she said.",
			[]string{"Y’all come back,"}},
		{"single term in a sentence", "Officials called the deal a ‘reset’ of relations.",
			[]string{"reset"}},
		{"singular possessive after quote", "‘No comment,’ said Ross’s lawyer.",
			[]string{"No comment,"}},
	})
}

func TestMarksNested(t *testing.T) {
	runMarksCases(t, []marksCase{
		{"curly double outside", "“She looked at me and said ‘never again’ before she left,” said Pavel Roos.",
			[]string{"She looked at me and said ‘never again’ before she left,"}},
		{"curly single outside", "‘He kept shouting “fire” in the hall,’ said Pavel Roos.",
			[]string{"He kept shouting “fire” in the hall,"}},
		{"straight double outside", `"The sign said 'no entry' so we stopped," said Pavel Roos.`,
			[]string{"The sign said 'no entry' so we stopped,"}},
		{"nested at the end", "“My father always told me ‘keep your word,’” said Pavel Roos.",
			[]string{"My father always told me ‘keep your word,’"}},
		{"nested with an apostrophe", "“They wrote ‘we don’t negotiate’ on the letter,” said Pavel Roos.",
			[]string{"They wrote ‘we don’t negotiate’ on the letter,"}},
	})
}

func TestMarksUnits(t *testing.T) {
	runMarksCases(t, []marksCase{
		{"height", `The 6'2" forward signed on Tuesday.`, nil},
		{"pipe", `Crews laid a 12" pipe under the road.`, nil},
		{"feet", `The wall stands 8' high.`, nil},
		{"height then quote", `The 6'2" forward signed on Tuesday. "I'm thrilled," he said.`,
			[]string{"I'm thrilled,"}},
		{"height inside a quote", `"He is 6'2" and quick," said coach Rolf Engel.`,
			[]string{`He is 6'2" and quick,`}},
		{"pipe inside a curly quote", "“We used a 12\" pipe,” said Lotte Brun.",
			[]string{`We used a 12" pipe,`}},
		{"a year ends a straight quotation", `It provided "more than $1 billion since 2020" and remains "committed to working with us."`,
			[]string{"more than $1 billion since 2020", "committed to working with us."}},
	})
}

func TestMarksOtherLanguages(t *testing.T) {
	runMarksCases(t, []marksCase{
		{"German low-high", "„Wir bleiben hier“, sagte Lena Vogt.",
			[]string{"Wir bleiben hier"}},
		{"German low-right", "„Wir bleiben hier”, sagte Lena Vogt.",
			[]string{"Wir bleiben hier"}},
		{"German single", "‚Nein‘, sagte Lena Vogt.",
			[]string{"Nein"}},
		{"guillemets no space", "«Nous restons ici», a dit Marc Dufour.",
			[]string{"Nous restons ici"}},
		{"French guillemets with spaces", "« Nous restons ici », a dit Marc Dufour.",
			[]string{" Nous restons ici "}},
		{"German guillemets reversed", "»Wir bleiben«, sagte Lena Vogt.",
			[]string{"Wir bleiben"}},
		{"single guillemets", "‹Oui›, dit-elle.",
			[]string{"Oui"}},
		{"nested guillemets", "«Il a crié ‹au feu› deux fois», a dit Marc Dufour.",
			[]string{"Il a crié ‹au feu› deux fois"}},
		{"German nested", "„Er sagte ‚nie wieder‘ und ging“, sagte Lena Vogt.",
			[]string{"Er sagte ‚nie wieder‘ und ging"}},
		{"corner brackets", "「我们留下」，她说。",
			[]string{"我们留下"}},
	})
}

func TestMarksUnpaired(t *testing.T) {
	// An opening mark with no partner may run to the paragraph's end, but no
	// further; a lone closing mark opens nothing.
	for _, c := range []struct {
		name, text string
	}{
		{"curly open", "He said “we will see and walked out."},
		{"straight open", `He said "we will see and walked out.`},
		{"single open", "‘We will see, he said, and walked out."},
		{"lone closer", "We will see,” he said, and walked out."},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range attribution.ScanQuotes(c.text) {
				if s.Close > len(c.text) || s.TextEnd > len(c.text) || s.TextStart > s.TextEnd {
					t.Errorf("span %+v out of %d bytes", s, len(c.text))
				}
				if s.Closed && c.name != "lone closer" {
					t.Errorf("span %+v marked closed in %q", s, c.text)
				}
			}
		})
	}
	t.Run("closed quote after a lone closer", func(t *testing.T) {
		text := "Sources say so.” Later, “we are done,” said Ole Brekke."
		got := quotedTexts(text)
		if len(got) == 0 || got[len(got)-1] != "we are done," {
			t.Errorf("got %q, want the last quotation to be %q", got, "we are done,")
		}
	})
}

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
}

// Straight, single and doubled-apostrophe marks: the quotation is
// attributed as a curly-marked one would be.
func TestMarksAttributedLikeCurly(t *testing.T) {
	run(t, []attrCase{
		{name: "straight marks",
			paras: []string{`"The ferry is late again," said Yrsa Dahl, a commuter.`},
			want:  []stmt{quoteBy(1, "The ferry is late again,", "Yrsa Dahl")}},
		{name: "British single marks",
			paras: []string{"‘The ferry’s late again,’ said Yrsa Dahl, a commuter."},
			want:  []stmt{quoteBy(1, "The ferry’s late again,", "Yrsa Dahl")}},
		{name: "doubled apostrophes",
			paras: []string{"''Get a sense of that distinction,'' said Mr. Putin."},
			want:  []stmt{quoteBy(1, "Get a sense of that distinction,", "Putin")}},
	})
}

// A quotation running over paragraphs (each opens with a mark, only the
// last closes) is one speaker's, paragraph by paragraph.
func TestMarksRunOverParagraphs(t *testing.T) {
	run(t, []attrCase{
		{name: "cue in the first paragraph",
			paras: []string{
				"Ilse Marten, who chairs the residents’ group, said: “We have asked for a crossing for ten years. Every winter a child is nearly hit.",
				"“The council keeps telling us to wait for the next budget.",
				"“We are done waiting.”",
				"The council did not respond.",
			},
			want: []stmt{
				quoteBy(1, "We have asked for a crossing for ten years. Every winter a child is nearly hit.", "Ilse Marten"),
				quoteBy(2, "The council keeps telling us to wait for the next budget.", "Ilse Marten"),
				quoteBy(3, "We are done waiting.", "Ilse Marten"),
			}},
		{name: "cue at the end",
			paras: []string{
				"“We have asked for a crossing for ten years.",
				"“Every winter a child is nearly hit,” said Ilse Marten.",
			},
			want: []stmt{
				quoteBy(1, "We have asked for a crossing for ten years.", "Ilse Marten"),
				quoteBy(2, "Every winter a child is nearly hit,", "Ilse Marten"),
			}},
	})
}

// An unpaired mark must not swallow the next paragraph and its quotation.
func TestMarksUnpairedStaysInParagraph(t *testing.T) {
	a := article(t,
		"Witnesses said the driver shouted “stop before speeding away.",
		"Police later found the van near Orsa. “It was abandoned,” said Sergeant Mia Ferro.",
		"The investigation continues.",
	)
	check(t, a, attrCase{want: []stmt{quoteBy(2, "It was abandoned,", "Mia Ferro")}, moreQuotes: true})
	var p2 []model.Statement
	for _, s := range quotesOf(a) {
		if s.Paragraph == 2 {
			p2 = append(p2, s)
		}
		if s.Paragraph == 1 && strings.Contains(s.Text, "Orsa") {
			t.Errorf("paragraph 1's unpaired mark swallowed the next paragraph: %q", s.Text)
		}
	}
	if len(p2) != 1 {
		t.Errorf("paragraph 2 quotations: %+v, want one %q by Mia Ferro", p2, "It was abandoned,")
	}
}

// A banner with an odd count of marks leaves the next paragraphs'
// quotations whole and attributed.
func TestMarksOddCountDoesNotBreakArticle(t *testing.T) {
	a := article(t,
		`The float's banner read "Forward, always.`,
		`"We marched for six hours," said Aurel Dinu, an organiser.`,
		`"Nobody turned back."`,
		`Stragglers arrived after dark.`,
	)
	check(t, a, attrCase{moreQuotes: true, want: []stmt{
		quoteBy(2, "We marched for six hours,", "Aurel Dinu"),
		quoteBy(3, "Nobody turned back.", "Aurel Dinu"),
	}})
}

// Awkward marks and spaces: whatever the rules decide, each statement's
// offsets hold its text, so highlights land on the right words.
func TestMarksOffsets(t *testing.T) {
	texts := [][]string{
		{"“Unclosed at the end, said Bo Lund."},
		{"„Wir bleiben“, sagte Lena Vogt. «Nous aussi», a dit Marc Dufour."},
		{`The 6'2" centre said "no" twice.`, `'Rock 'n' roll,' she said.`},
		{"Tokyo\u00a0—\u00a0“Two  spaces,” said Aya Mori.", "Advertisement here", "“Again,” she said."},
		{"Ölçüm “çok iyi” dedi Ayşe Kaya.", "Émile Zola’s “J’accuse” was printed."},
		{"“", "”", "“”", "\"", "'"},
	}
	for _, paras := range texts {
		checkOffsets(t, article(t, paras...))
	}
}

// A paste's straight quotes around a whole paragraph that has its own
// typographic ones ('"“…,” Rubio responded before adding that …"') are no
// quotation: the paragraph's own marks and cue are read.
func TestMarksStraightQuotesWrappingAParagraph(t *testing.T) {
	run(t, []attrCase{{name: `"“…,” Rubio responded …"`,
		paras: []string{"Rubio",
			"Sen. Marco Rubio spoke on Fox News on Wednesday.",
			"\"“You don’t win the nomination by how many states you win,” Rubio responded before adding that he will have to win some winner-take-all states in March.\""},
		want: []stmt{quoteBy(3, "You don’t win the nomination by how many states you win,", "Marco Rubio"),
			reportedBy(3, "he will have to win some winner-take-all states", "Marco Rubio")}}})
}

// A pull quote credited by a role's label and nothing else ('"“…” Republican
// National Committee member."') is the words of the one the article gave
// that role.
func TestMarksPullQuoteWithARoleLabel(t *testing.T) {
	run(t, []attrCase{{name: "pull quote, role label",
		paras: []string{"Rent",
			"“If I was a donor, I’d want answers,” said a prominent Republican National Committee member who supports Trump.",
			"\"“If I was a donor, I’d want answers. That’s the kind of stuff I’d make an ad out of.” Republican National Committee member.\""},
		want: []stmt{quoteBy(2, "If I was a donor, I’d want answers,", "a prominent Republican National Committee member"),
			quoteBy(3, "If I was a donor, I’d want answers. That’s the kind of stuff I’d make an ad out of.", "a prominent Republican National Committee member")}}})
}
