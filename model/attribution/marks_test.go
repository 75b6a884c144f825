package attribution

import (
	"strings"
	"testing"

	"whosaid/model"
)

// quotedTexts returns what stands between the marks of each top-level
// quotation scanQuotes finds, in order.
func quotedTexts(text string) []string {
	var out []string
	for _, s := range scanQuotes(text) {
		out = append(out, text[s.TextStart:s.TextEnd])
	}
	return out
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

type marksCase struct {
	name string
	text string
	want []string // quoted texts, in order; nil for none
}

func runMarksCases(t *testing.T, cases []marksCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := quotedTexts(c.text)
			if !sameStrings(got, c.want) {
				t.Errorf("scanQuotes(%q)\n got  %q\n want %q", c.text, got, c.want)
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
			for _, s := range scanQuotes(c.text) {
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

// analyzeParas analyses paragraphs given as strings.
func analyzeParas(paras ...string) *model.Article {
	doc := model.Document{}
	for _, p := range paras {
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
	}
	return analyzedDoc(doc)
}

func quotesOf(a *model.Article) []model.Statement {
	var out []model.Statement
	for _, s := range a.Statements {
		if s.Kind == model.KindQuote {
			out = append(out, s)
		}
	}
	return out
}

// checkOffsets asserts what every consumer of the output relies on: each
// statement's text is exactly its paragraph's bytes between Start and End.
func checkOffsets(t *testing.T, a *model.Article) {
	t.Helper()
	for _, s := range a.Statements {
		p := a.ParagraphText(s.Paragraph)
		if s.Paragraph < 1 || s.Paragraph > len(a.Paragraphs) {
			t.Errorf("statement %q in paragraph %d of %d", s.Text, s.Paragraph, len(a.Paragraphs))
			continue
		}
		if s.Start < 0 || s.Start > s.End || s.End > len(p) {
			t.Errorf("statement %q: offsets %d..%d outside paragraph %d (%d bytes)", s.Text, s.Start, s.End, s.Paragraph, len(p))
			continue
		}
		if p[s.Start:s.End] != s.Text {
			t.Errorf("statement text %q != paragraph %d bytes [%d:%d] %q", s.Text, s.Paragraph, s.Start, s.End, p[s.Start:s.End])
		}
	}
}

func TestMarksRunOverParagraphs(t *testing.T) {
	a := analyzeParas(
		"Ilse Marten, who chairs the residents’ group, said: “We have asked for a crossing for ten years. Every winter a child is nearly hit.",
		"“The council keeps telling us to wait for the next budget.",
		"“We are done waiting.”",
		"The council did not respond.",
	)
	checkOffsets(t, a)
	want := []struct {
		para int
		text string
	}{
		{1, "We have asked for a crossing for ten years. Every winter a child is nearly hit."},
		{2, "The council keeps telling us to wait for the next budget."},
		{3, "We are done waiting."},
	}
	got := quotesOf(a)
	if len(got) != len(want) {
		t.Fatalf("got %d quotations %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Paragraph != w.para || got[i].Text != w.text {
			t.Errorf("quotation %d: got paragraph %d %q, want paragraph %d %q", i, got[i].Paragraph, got[i].Text, w.para, w.text)
		}
		if got[i].Speaker != "Ilse Marten" {
			t.Errorf("quotation %d %q: speaker %q, want %q", i, got[i].Text, got[i].Speaker, "Ilse Marten")
		}
	}
}

func TestMarksUnpairedStaysInParagraph(t *testing.T) {
	a := analyzeParas(
		"Witnesses said the driver shouted “stop before speeding away.",
		"Police later found the van near Orsa. “It was abandoned,” said Sergeant Mia Ferro.",
		"The investigation continues.",
	)
	checkOffsets(t, a)
	var p2 []model.Statement
	for _, s := range quotesOf(a) {
		if s.Paragraph == 2 {
			p2 = append(p2, s)
		}
		if s.Paragraph == 1 && strings.Contains(s.Text, "Orsa") {
			t.Errorf("paragraph 1's unpaired mark swallowed the next paragraph: %q", s.Text)
		}
	}
	if len(p2) != 1 || p2[0].Text != "It was abandoned," || p2[0].Speaker != "Mia Ferro" {
		t.Errorf("paragraph 2 quotations: %+v, want one %q by Mia Ferro", p2, "It was abandoned,")
	}
}

func TestMarksOddCountDoesNotBreakArticle(t *testing.T) {
	paras := []string{
		`The float's banner read "Forward, always.`,
		`"We marched for six hours," said Aurel Dinu, an organiser.`,
		`"Nobody turned back."`,
		`Stragglers arrived after dark.`,
	}
	a := analyzeParas(paras...)
	checkOffsets(t, a)
	want := map[string]bool{"We marched for six hours,": false, "Nobody turned back.": false}
	for _, s := range quotesOf(a) {
		if _, ok := want[s.Text]; ok {
			want[s.Text] = true
			if s.Speaker != "Aurel Dinu" {
				t.Errorf("%q: speaker %q, want Aurel Dinu", s.Text, s.Speaker)
			}
		}
	}
	for q, found := range want {
		if !found {
			t.Errorf("quotation %q not found; got %+v", q, quotesOf(a))
		}
	}
}

// TestMarksOffsets runs awkward text through Analyze and checks only the
// invariant on offsets, which must hold whatever the rules decide.
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
		checkOffsets(t, analyzeParas(paras...))
	}
}
