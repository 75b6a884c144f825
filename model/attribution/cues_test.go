package attribution_test

// Cues: which words introduce speech (said and its many neighbours,
// participles, platforms, coordinated verbs) and which look like cues but
// report nothing (sport, negation, manner).

import (
	"strings"
	"testing"

	"whosaid/model"
)

// The many ways news says "said": adverbs, time, medium, "adding". A
// failure leaves the statement without its speaker.
func TestCuesVerbVariants(t *testing.T) {
	run(t, []attrCase{
		{name: "adverb and later",
			paras: []string{"“The plant will close,” Nora Salo said firmly.", "“It is over,” Salo later said."},
			want: []stmt{
				quoteBy(1, "The plant will close,", "Nora Salo"),
				quoteBy(2, "It is over,", "Nora Salo"),
			}},
		{name: "said in a statement on a day, colon",
			paras: []string{"Nora Salo said in a statement on Tuesday: “The plant will close.”"},
			want:  []stmt{quoteBy(1, "The plant will close.", "Nora Salo")}},
		{name: "wrote on social media",
			paras: []string{"Nora Salo wrote on social media: “The plant will close.”"},
			want:  []stmt{quoteBy(1, "The plant will close.", "Nora Salo")}},
		{name: "told staff in an email seen by an outlet",
			paras:    []string{"“The plant will close,” Nora Salo, the company’s chief executive, told staff in an email seen by the Wire."},
			want:     []stmt{quoteBy(1, "The plant will close,", "Nora Salo")},
			speakers: []string{"Nora Salo"}},
		{name: "adding colon",
			paras: []string{"Ines Dorn said the council would vote on Tuesday, adding: “We will rebuild.”"},
			want:  []stmt{quoteBy(1, "We will rebuild.", "Ines Dorn")}},
		{name: "British and Canadian spelling, signalled with that; signaled support is no statement",
			paras:       []string{"Rates", "The central bank signalled that more cuts could follow.", "Tory leaders have signaled their support for the delay."},
			want:        []stmt{reportedBy(2, "more cuts could follow", "~central bank")},
			notReported: []stmt{{para: 3, text: "signaled their support"}}},
		{name: "appealed for",
			paras: []string{
				"Northvale Police said a man had been charged.",
				"Police have appealed for anyone who was on the bus to come forward.",
			},
			want: []stmt{reportedBy(2, "appealed for anyone who was on the bus", "Northvale Police")}},
		{name: "posted on a platform, a day, then a participle",
			paras: []string{
				"Nora Salo posted on social media Monday urging other parents to check their cribs.",
				"The Harbour Hawks posted on X on Friday calling the trade a mistake.",
			},
			want: []stmt{
				reportedBy(1, "urging other parents to check their cribs", "Nora Salo"),
				reportedBy(2, "calling the trade a mistake", "~Harbour Hawks"),
			},
			notSpeakers: []string{"X", "Monday"}},
		{name: "urged or told with no object is passive: the subject was urged",
			paras: []string{
				"Residents urged to stay home as storm nears",
				"Students told to stay home after threat",
				"Mayor Ines Dorn urged residents to stay home.",
			},
			want: []stmt{
				reportedBy(1, "Residents urged to stay home", ""),
				reportedBy(2, "Students told to stay home", ""),
				reportedBy(3, "urged residents to stay home", "Ines Dorn"),
			},
			notSpeakers: []string{"Residents", "Students"}},
	})
}

// Tabloid verbs of feeling next to a quotation are cues like "said".
func TestCuesExpressiveVerbs(t *testing.T) {
	var cases []attrCase
	for _, verb := range []string{"fumed", "raged", "slammed", "sobbed", "gushed", "hissed"} {
		cases = append(cases,
			attrCase{name: verb,
				paras: []string{`"It is a disgrace," ` + verb + ` Ruth Kaye.`},
				want:  []stmt{quoteBy(1, "It is a disgrace,", "Ruth Kaye")}},
			attrCase{name: verb + " with a title",
				paras: []string{`'It's a disgrace,' ` + verb + ` local MP Ruth Kaye.`},
				want:  []stmt{quoteBy(1, "It's a disgrace,", "Ruth Kaye")}})
	}
	run(t, cases)
}

// Verbs and phrases outside the cue table that still report speech.
func TestCuesOutsideTheLexicon(t *testing.T) {
	run(t, []attrCase{
		{name: "grinned, refused to, interrupted to ask",
			paras: []string{
				"“Panenka? No. I just saw the keeper move,” Tomás Lerma grinned.",
				"Rovers boss Andriy Koval refused to blame the referee for the defeat.",
				"Judge Astrid Lien interrupted to ask both sides to keep to the question.",
			},
			want: []stmt{
				quoteBy(1, "Panenka? No. I just saw the keeper move,", "Tomás Lerma"),
				reportedBy(2, "refused to blame the referee", "Andriy Koval"),
				reportedBy(3, "interrupted to ask both sides", "Astrid Lien"),
			}},
		{name: "could be heard shouting",
			paras: []string{`Gurpreet Sandhu, the shadow minister, could be heard shouting "Disgraceful!" across the chamber.`},
			want:  []stmt{quoteBy(1, "Disgraceful!", "Gurpreet Sandhu")}},
		{name: "referred to Y as",
			paras: []string{`Later, the prime minister, Henrik Solbakken, referred to the opposition leader as "the architect of the crash."`},
			want:  []stmt{quoteBy(1, "the architect of the crash.", "Henrik Solbakken")}},
	})
}

// A participle after a first cue ("noting that", "telling supporters
// that") carries the same speaker.
func TestCuesParticiples(t *testing.T) {
	run(t, []attrCase{
		{name: "noting, after a partial quotation",
			paras: []string{
				"Mariam Boakye, a charity director, welcomed the study.",
				"But she urged the government to “match its words with money,” noting that funding had fallen by a third.",
			},
			want: []stmt{
				quoteBy(2, "match its words with money,", "Mariam Boakye"),
				reportedBy(2, "urged the government to", "Mariam Boakye"),
				reportedBy(2, "funding had fallen by a third", "Mariam Boakye"),
			}},
		{name: "telling, after a dateline",
			paras: []string{
				"PORT ALDER, Valmora, June 9 (Wire) — Adaeze Okonkwo declared victory early on Monday, telling supporters that voters had chosen change.",
			},
			want: []stmt{
				reportedBy(1, "declared victory early on Monday", "Adaeze Okonkwo"),
				reportedBy(1, "voters had chosen change", "Adaeze Okonkwo"),
			},
			notSpeakers: []string{"PORT ALDER", "Port Alder"}},
		{name: "with X calling, with X saying",
			paras: []string{
				"Green leader Sanne de Vries and Liberal leader Bram Jansen have clashed before.",
				"In 2023 the two traded insults, with Jansen calling her “a professional protester.”",
				"Aukland left early, with de Vries saying the talks had stalled.",
			},
			want: []stmt{
				quoteBy(2, "a professional protester.", "Bram Jansen"),
				reportedBy(3, "the talks had stalled", "Sanne de Vries"),
			}},
	})
}

// A cue coordinated with another verb keeps the sentence's subject.
func TestCuesCoordinated(t *testing.T) {
	run(t, []attrCase{
		{name: "opened two lanes and said, but insisted",
			paras: []string{
				"Police opened two lanes and said that every arrival must be registered.",
				"Officials opened two lanes but insisted that every arrival must be screened.",
			},
			want: []stmt{
				reportedBy(1, "every arrival must be registered", "Police"),
				reportedBy(2, "every arrival must be screened", "Officials"),
			}},
	})
}

// Writing on a platform or in a letter is speech when a that-clause
// follows; a manner verb with no clause ("laughs at that") is not.
func TestCuesWritingAndManner(t *testing.T) {
	run(t, []attrCase{
		{name: "wrote or posted on a platform, wrote in a letter",
			paras: []string{
				"Kaja Tamm wrote on Facebook that the talks would resume.",
				"Jonas Berg posted on Instagram that he had been cleared.",
				"Lena Moll wrote in a letter to staff that the plant would close.",
			},
			want: []stmt{
				reportedBy(1, "the talks would resume", "Kaja Tamm"),
				reportedBy(2, "he had been cleared", "Jonas Berg"),
				reportedBy(3, "the plant would close", "Lena Moll"),
			}},
		{name: "laughs at that is nothing said",
			paras:       []string{"Orla Quigley writes novels.", "Quigley laughs at that.", "Quigley wrote on Facebook that she was done."},
			want:        []stmt{reportedBy(3, "she was done", "Orla Quigley")},
			notReported: []stmt{{para: 2}}},
	})
}

// Cue verbs used for something other than speech: a reader would see a
// goal or a refusal listed as a statement. (A refusal with its question,
// "did not say how many jobs would go", is reported: see
// TestReportedRefusalToSayWhichAndConfirmingNominees.)
func TestCuesThatAreNotSpeech(t *testing.T) {
	run(t, []attrCase{
		{name: "sport and negation",
			paras: []string{
				"Emeka Okoro scored in the 20th minute. The 22-year-old striker added his second in the 71st minute.",
				"Sabine Falkenrath spoke to analysts. She did not say a word about the jobs.",
				"The decision was included in a briefing paper without asking Mr. Mitchell first.",
			},
			notReported: []stmt{
				{para: 1, text: "added his second"},
				{para: 2, text: "did not say a word"},
				{para: 3, text: "without asking"},
			}},
		{name: "a plural noun after an owner and its adjective",
			paras: []string{"Refugees", "The candidates’ respective estimates of the number of refugees range from 100,000 to 250,000.",
				"The agency’s latest estimates show the number rising.", "But the missive suggests the party is angry."},
			want:        []stmt{reportedBy(4, "the party is angry", "~missive")},
			notReported: []stmt{{para: 2, text: "respective estimates"}, {para: 3, text: "latest estimates"}},
			notSpeakers: []string{"the candidates’ respective", "the agency’s latest"}},
		{name: "an owner's adjective before a plural cue noun; an owner's report that estimates",
			paras: []string{"Trade", "Dane Holt campaigned in Ohio.", "Mr. Holt's fire-breathing vows to trash bad trade deals won him the state.",
				"The institute's report estimates that 1.3 million people waited."},
			want:        []stmt{reportedBy(4, "1.3 million people waited", "*")},
			notSpeakers: []string{"Holt's fire-breathing"}},
		{name: "adding a thing",
			paras:       []string{"Transit", "Wheel-Trans will add vehicles on the affected weekends.", "Later, he added trucks, and, still later, he attacked coal plants."},
			notReported: []stmt{{para: 2}, {para: 3, text: "added trucks"}}},
		{name: "a cue noun after its amount",
			paras: []string{"Rail", "The note, signed by Colleen Mahé-Strand, says costs have risen.",
				"It warns that the $80-billion estimate the government released in 2025 “should no longer be relied upon.”"},
			want:        []stmt{reportedBy(3, "the $80-billion estimate", "the note"), quoteBy(3, "should no longer be relied upon.", "the note")},
			notSpeakers: []string{"80-billion"}},
		{name: "a plural cue noun inside a compound",
			paras: []string{"Claims", "Nunavut Tunngavik Inc., the land claims organization that represents Inuit in the territory, has been in a court fight since 2021.",
				"The treaty claims office says it has no record of the request.", "Mayor Jo Tan, the land claims negotiator who led the talks, said the deal was done."},
			want:        []stmt{reportedBy(3, "it has no record of the request", "treaty claims office"), reportedBy(4, "the deal was done", "Jo Tan")},
			notReported: []stmt{{para: 2, text: "organization that represents"}},
			notSpeakers: []string{"the land", "the treaty"}},
		{name: "boasting what one has, and estimates that put a figure",
			paras: []string{"Zone", "But the nearby free-trade zone still boasts just the one small supermarket.",
				"The hotel boasts 300 rooms and a pool.", "Other estimates put the number of eligible workers higher.",
				"Other reports said the plan had failed."},
			want:        []stmt{reportedBy(5, "the plan had failed", "Other reports")},
			notReported: []stmt{{para: 2, text: "boasts"}, {para: 3, text: "boasts"}, {para: 4, text: "estimates put"}}},
		{name: "adding to a lead, boasting a lead, time will tell",
			paras: []string{
				"Ana Lind is adding to her delegate lead over Tomas Berg after victories in Tolland.",
				"She boasts a roughly 45-point lead among black voters.",
				"Only time will tell if his staying power will last.",
			},
			notReported: []stmt{
				{para: 1, text: "adding to her delegate lead"},
				{para: 2, text: "45-point lead"},
				{para: 3, text: "staying power"},
			}},
		{name: "praised for, all signs point",
			paras: []string{
				"Castro is younger and better known. Perez is more experienced and lauded for his effectiveness.",
				"And all signs point to the mayor going along with the proposal.",
				"The council backed the plan, which Mayor Ana Lind blamed for the delays, on Tuesday.",
			},
			want:       []stmt{reportedBy(3, "", "Ana Lind")},
			moreQuotes: true,
			notReported: []stmt{
				{para: 1, text: "lauded for his effectiveness"},
				{para: 2, text: "going along with the proposal"},
			}},
		{name: "as the day went on, as the race began",
			paras:       []string{"Charity", "As the day went on, Eric Lund was pressed to explain his statements. As the race began, Lund was a 40-year-old lawyer."},
			notSpeakers: []string{"the day", "the race"}},
		{name: "laughing it off, shrugging off",
			paras: []string{
				"Ola Berg spoke.",
				"Berg tried to laugh it off by interjecting, “Only Kari Lund.”",
				"Whatever his disagreements with Lund’s policies — or Moe’s reading of the race — may be, shrugging off a woman’s opinion as a mere “moan” is never OK.",
			},
			moreQuotes: true,
			notReported: []stmt{
				{para: 2, text: "laugh it off"},
				{para: 3, text: "opinion as a mere"},
			}},
		{name: "agreeing to a deal, not words",
			paras: []string{"Summit",
				"U.S. President Grant Holloway told reporters that he had pressed his counterpart on a ceasefire, and that the two had agreed to keep talking.",
				"Kasich agreed to effectively end his bid for Indiana. Lund agreed that the vote was fair."},
			want: []stmt{reportedBy(2, "the two had agreed to keep talking", "Grant Holloway"),
				reportedBy(3, "the vote was fair", "Lund")},
			notSpeakers: []string{"The two", "Kasich"}},
		{name: "responding by a deed, claiming a prize",
			paras: []string{
				"Ola Berg spoke. Kari Lund spoke.",
				"Berg responded by sidestepping the council, founding a bank of his own.",
				"Lund claimed the prize for exceeding expectations, and may yet claim the nomination.",
				"Berg responded by saying the vote was rigged. Lund claimed the nomination was stolen.",
			},
			notReported: []stmt{
				{para: 2, text: "sidestepping the council"},
				{para: 3, text: "the prize"},
			},
			want: []stmt{
				reportedBy(4, "the vote was rigged", "Ola Berg"),
				reportedBy(4, "the nomination was stolen", "Kari Lund"),
			}},
		{name: "thanks to, pledged delegates, testifying with nothing said, declared the winner",
			paras: []string{
				"Ola Berg spoke. Kari Lund spoke.",
				"Lund is within range of a victory, thanks to an early decision to play here.",
				"Berg may hold a lead in pledged delegates, but Lund has the momentum.",
				"Berg testified before the panel last fall. After Lund testified, the panel adjourned.",
				"Lund was officially declared the winner on Tuesday.",
				"Berg testified on Thursday that the plan was sound. Lund is declaring that the race is over.",
			},
			notReported: []stmt{
				{para: 2, text: "thanks to"},
				{para: 3, text: "pledged delegates"},
				{para: 4, text: "before the panel"},
				{para: 4, text: "the panel adjourned"},
			},
			want: []stmt{
				reportedBy(6, "the plan was sound", "Ola Berg"),
				reportedBy(6, "the race is over", "Kari Lund"),
			}},
	})
}

// A participle after a phrase of time that opens its clause ("…, at one
// point calling the mayor a “liar”", "at times", "in turn") is still a cue
// of the sentence's subject.
func TestCuesParticipleAfterAPhraseOfTime(t *testing.T) {
	run(t, []attrCase{{name: "…, at one point calling X a “liar”",
		paras: []string{"City", "Ola Berg has battled with the mayor over the city's finances, at one point calling the mayor a “liar” who was not “honorable.”"},
		want:  []stmt{reportedBy(2, "calling the mayor", "Ola Berg"), quoteBy(2, "liar", "Ola Berg"), quoteBy(2, "honorable.", "Ola Berg")}}})
}

// A participle after a contracted "is" ("He's suggesting that …") or an
// adverb in -ly ("are increasingly admitting that …") is a cue; after an
// adjective in -ly ("a friendly warning", "early polls") it is a noun or an
// adjective; "in the past" between the auxiliary and the cue hides no
// subject ("who has in the past described").
func TestCuesParticipleAfterContractionOrAdverb(t *testing.T) {
	run(t, []attrCase{{name: "He's suggesting, are increasingly admitting, a friendly warning",
		paras: []string{"Race", "Ola Berg is burrowing in. He's suggesting that delegates should flip.",
			"Party leaders are increasingly admitting that they are nervous about Berg.",
			"Her group offers ride shares and a friendly warning not to use the app."},
		want:        []stmt{reportedBy(2, "delegates should flip", "Ola Berg"), reportedBy(3, "they are nervous", "Party leaders")},
		notReported: []stmt{{para: 4, text: "friendly warning"}}}})
	run(t, []attrCase{{name: "who has in the past described",
		paras: []string{"Radio", "Glenn Holm, who has in the past described Ruiz as “a pathological liar,” spoke on Tuesday."},
		want:  []stmt{reportedBy(2, "described Ruiz", "Glenn Holm"), quoteBy(2, "a pathological liar,", "Glenn Holm")}}})
	run(t, []attrCase{{name: "a participle after a phrase of place: went on television saying",
		paras: []string{"Plan", "Glenn Holm spoke.", "Ana Ruiz went on television saying the plan was dead.",
			"Protesters held up a sign saying the plan was alive."},
		want: []stmt{reportedBy(3, "the plan was dead", "Ana Ruiz"), reportedBy(4, "the plan was alive", "a sign")}}})
	run(t, []attrCase{{name: "a participle after a speaker caught on record: can be heard asking",
		paras: []string{"Video", "Glenn Holm spoke.", "“Should there be a register?” a reporter can be heard asking Holm after an event.",
			"In the video, Holm can be heard saying the wall would be built."},
		want: []stmt{quoteBy(3, "Should there be a register?", "a reporter"), reportedBy(4, "the wall would be built", "Glenn Holm")}}})
	run(t, []attrCase{{name: "a bare form after a modal and an adverb: could only quip",
		paras: []string{"Holidays", "The date was so odd that a spokesman for Glenn Holm could only quip: “I guess Christmas Eve was booked.”"},
		want:  []stmt{quoteBy(2, "I guess Christmas Eve was booked.", "a spokesman for Glenn Holm")}}})
}

// Remarks, comments and proclamations report speech; mocking does only
// beside a quotation.
func TestCuesRemarkCommentMock(t *testing.T) {
	run(t, []attrCase{{
		name:  "remarked, commented, mocked",
		paras: []string{"Harbour plan", "Tom Hale spoke.", "Tom Hale remarked that the harbour would close. He commented that it was sad. He mocked the plan. “It is a joke,” he mocked."},
		want: []stmt{
			reportedBy(3, "the harbour would close", "Tom Hale"),
			reportedBy(3, "it was sad", "Tom Hale"),
			quoteBy(3, "It is a joke,", "Tom Hale"),
		},
		notReported: []stmt{{para: 3, text: "the plan"}},
	}})
}

// "submitted that", "clarified that", "underlined that", "intimated that",
// "determined that" report speech; without "that" the verbs report nothing
// ("the e-mails she submitted", "the company determined the price").
func TestCuesThatOnlyVerbs(t *testing.T) {
	run(t, []attrCase{
		{name: "submitted that",
			paras: []string{"Court", "Senior advocate Kapil Sibal, appearing for the petitioners, submitted that the law was unconstitutional."},
			want:  []stmt{reportedBy(2, "the law was unconstitutional", "Kapil Sibal")}},
		{name: "submitted a report",
			paras:       []string{"Court", "Kapil Sibal submitted a report to the committee on Monday."},
			notReported: []stmt{{para: 2}}},
		{name: "intimated that, determined that, grousing that",
			paras: []string{"Court", "Ana Ruiz has intimated that the diagnoses are the big draw.", "The case went on.",
				"A federal judge determined that the handling had created a reasonable suspicion. " +
					"Some Republicans could be heard grousing that the literature was plentiful."},
			want: []stmt{reportedBy(2, "the diagnoses are the big draw", "Ana Ruiz"),
				reportedBy(4, "the handling had created a reasonable suspicion", "A federal judge"),
				reportedBy(4, "the literature was plentiful", "Republicans")}},
		{name: "determined the price",
			paras:       []string{"Court", "The company determined the price on Monday."},
			notReported: []stmt{{para: 2}}},
	})
}

// "implied" and "bemoaned" report what follows them, a clause or a noun.
func TestCuesImplyAndBemoan(t *testing.T) {
	run(t, []attrCase{
		{name: "implied …, bemoaned …",
			paras: []string{"Wall", "Felipe Calderon spoke.", "Calderon implied a federal judge was biased. Calderon also bemoaned the current political climate."},
			want: []stmt{reportedBy(3, "a federal judge was biased", "Felipe Calderon"),
				reportedBy(3, "the current political climate", "Felipe Calderon")}},
	})
}

// A cue after a negated passive ("weren’t disclosed") is a passive too:
// the words before it are no speaker.
func TestCuesNegatedPassive(t *testing.T) {
	run(t, []attrCase{
		{name: "X reported that … names weren’t disclosed",
			paras:       []string{"Donors", "The Harbour Post also reported that roughly 1,100 foreign donor names weren’t disclosed."},
			want:        []stmt{reportedBy(2, "roughly 1,100 foreign donor names", "~Harbour Post")},
			notSpeakers: []string{"100 foreign donor names weren’t"}},
	})
}

// "casts X as", "portrayed X as", "painted X as" report what the subject
// makes of someone; without "as" they report nothing ("cast a ballot").
func TestCuesAsVerbs(t *testing.T) {
	run(t, []attrCase{
		{name: "casts X as …; portrayed X as …",
			paras: []string{"Call", "Rep. Reid Ribble spoke.", "In the call, Ribble casts the candidate as a former liberal who would “unravel” the policies.",
				"Democrats portrayed the plan as a giveaway to the rich."},
			want: []stmt{reportedBy(3, "the candidate as a former liberal", "Reid Ribble"), quoteBy(3, "unravel", "Reid Ribble"),
				reportedBy(4, "the plan as a giveaway to the rich", "Democrats")}},
		{name: "cast a ballot, painted the house",
			paras:       []string{"Vote", "Voters cast a ballot on Tuesday. They painted the house."},
			notReported: []stmt{{para: 2}}},
	})
}

// Verbs of manner around a quotation ("she elaborated", "the nominee
// riffed", "Hewlett sniped that …") report speech; a denial after a
// finished quotation ("The campaign did not elaborate.") frames nothing.
func TestCuesMannerVerbsAndADenialAfterAQuote(t *testing.T) {
	var cases []attrCase
	for _, verb := range []string{"elaborated", "riffed", "griped", "crowed", "enthused", "scoffed", "sneered", "sniped"} {
		cases = append(cases, attrCase{name: verb,
			paras: []string{"Rally", "Ruth Kaye spoke to the crowd.", "“The way I see it,” she " + verb + ", “no one questioned the count.”"},
			want:  []stmt{quoteBy(3, "The way I see it,", "Ruth Kaye"), quoteBy(3, "no one questioned the count.", "Ruth Kaye")}})
	}
	cases = append(cases, attrCase{name: "a denial after the quotation",
		paras: []string{"Emails", "The Harbour campaign said in a statement: “Neither of these emails involve the mayor.” The campaign did not elaborate."},
		want:  []stmt{quoteBy(2, "Neither of these emails involve the mayor.", "~Harbour campaign")}})
	run(t, cases)
}

// A sentence after a finished quotation whose cue says something of its
// own ("A spokesperson later said in an email that …") is no frame for the
// quotation: the quotation stays its sentence's speaker's.
func TestCuesNewSourceAfterAFinishedQuote(t *testing.T) {
	run(t, []attrCase{{name: "a new source saying something of its own after the quotation",
		paras: []string{"Call", "Foreign Secretary Ernesto Villaseñor Páez spoke to reporters.",
			"Asked whether the president had spoken with Halvorsen, he said the two expected to speak “in the coming days.” A spokesperson for the ministry later said in an email that the call had been set for Friday."},
		want:        []stmt{quoteBy(3, "in the coming days.", "Ernesto Villaseñor Páez"), reportedBy(3, "the call had been set for Friday", "*")},
		notSpeakers: []string{"spokesperson"}}})
}

// A participle that says what a statement is ("a brief written
// statement", "his prepared remarks") or where it went ("a statement
// posted to Instagram") is no cue: the sentence is one statement, its
// speaker's, with no speakerless fragment before it.
func TestCuesParticipleOfADocumentIsNoCue(t *testing.T) {
	for _, c := range []struct{ para, speaker string }{
		{"Last Call Hamilton, a local climate group, disrupted the rally. In a statement posted to Instagram, the group says it will “keep showing up.”", "Last Call Hamilton"},
		{"Lucille Greaves has not spoken publicly since her husband’s death. In a brief written statement read by a lawyer on the steps of the building, Greaves said she hoped the inquest would mean “that the next family gets someone at the door.”", "Lucille Greaves"},
	} {
		a := article(t, "Story", c.para)
		n := 0
		for _, st := range a.Statements {
			if st.Kind == model.KindReported {
				n++
				if st.Speaker != c.speaker || !strings.HasPrefix(st.Text, "In a ") {
					t.Errorf("%q: want the reported statement by %s from “In a …”, got:%s", c.para, c.speaker, dump(a))
				}
			}
		}
		if n != 1 {
			t.Errorf("%q: want one reported statement, got %d:%s", c.para, n, dump(a))
		}
	}
}

// A court's holding is what it says: "Justice X held that councils have
// “broad latitude” …" is the judge's, with the quotation in it; a person
// who "held" a sign or a meeting says nothing.
func TestCuesJudgeHeldThat(t *testing.T) {
	run(t, []attrCase{{name: "Justice X held that",
		paras: []string{"Censure", "In a 2023 ruling, B.C. Supreme Court Justice Harjit Bains held that municipal councils have “broad latitude” to discipline their members."},
		want:  []stmt{reportedBy(2, "municipal councils have", "Harjit Bains"), quoteBy(2, "broad latitude", "Harjit Bains")}},
		{name: "a protester held a sign",
			paras:       []string{"Rally", "Protester Dana Kirk held that sign for three hours outside city hall."},
			notReported: []stmt{reportedBy(2, "sign for three hours", "")}}})
}

// A plural noun after a preposition is no verb: "delivered on promises to
// voters, “…”" does not make "promises" a cue that frames the quotation
// and takes the sentence from its speaker; "to say" and "as reported"
// still read as cues.
func TestCuesPluralNounAfterPreposition(t *testing.T) {
	run(t, []attrCase{{name: "on promises to voters, “…”",
		paras: []string{"Shuffle", "Bloc Leader Yves Thibault told reporters that Quebecers would judge the government on whether it delivered on promises to voters, “not on who sits where.”"},
		want:  []stmt{reportedBy(2, "Quebecers would judge", "Yves Thibault"), quoteBy(2, "not on who sits where.", "Yves Thibault")}}})
}

// "Haywood-Nystrom found that …" after Justice Cordelia Haywood-Nystrom
// is the judge's finding, though no judge's word stands before "found";
// "found that conclusion unreasonable" is no clause, and someone with no
// such office who "found that" found something out.
func TestCuesJudgeFoundThatBySurname(t *testing.T) {
	run(t, []attrCase{{name: "the judge's surname",
		paras: []string{"Ruling", "Justice Cordelia Haywood-Nystrom of the Court of King's Bench released her decision Thursday.",
			"Haywood-Nystrom found that the patient's oxygen levels had been dropping for several hours."},
		want: []stmt{reportedBy(3, "the patient's oxygen levels", "Cordelia Haywood-Nystrom")}},
		{name: "no office",
			paras:       []string{"Garden", "Gardener Mira Polanski planted tomatoes this spring.", "Polanski found that the plants grew faster in the shade."},
			notReported: []stmt{reportedBy(3, "the plants grew faster", "")}}})
}

// A report's or a survey's finding reads past an aside ("The survey of
// 1,140 family physicians, conducted in February by the guild, found
// that …") and without "that" when a clause follows ("The report also
// found the city had not yet spent …"); "found the money" finds a thing.
func TestCuesReportFoundPastAsidesAndWithoutThat(t *testing.T) {
	run(t, []attrCase{{name: "survey …, conducted …, found that",
		paras: []string{"Doctors", "The survey of 1,140 family physicians, conducted in February by the Alberta Family Physicians Guild, found that 21 per cent intend to leave practice."},
		want:  []stmt{reportedBy(2, "21 per cent intend to leave practice", "the survey")}},
		{name: "the report also found the city had",
			paras: []string{"Housing", "The report also found the city had not yet spent most of the money."},
			want:  []stmt{reportedBy(2, "the city had not yet spent", "the report")}},
		{name: "found the money",
			paras:       []string{"Audit", "The audit found the money in a second account."},
			notReported: []stmt{reportedBy(2, "the money in a second account", "")}}})
}

// A judge's verdict is the judge's finding: "A Court of King's Bench judge
// has found the health authority negligent …" is the judge's, named
// next; a jury's "found X guilty" stays the trial's outcome.
func TestCuesJudgeFoundSomeoneNegligent(t *testing.T) {
	run(t, []attrCase{{name: "a judge has found X negligent",
		paras: []string{"Ruling", "A Court of King's Bench judge has found the Winnipeg Regional Health Authority negligent in the death of a 63-year-old man.",
			"Justice Cordelia Haywood-Nystrom released her decision Thursday."},
		want: []stmt{reportedBy(2, "the Winnipeg Regional Health Authority negligent", "Cordelia Haywood-Nystrom")}},
		{name: "a jury has found X guilty",
			paras:       []string{"Verdict", "A jury has found a 34-year-old Edmonton man guilty of second-degree murder."},
			notReported: []stmt{reportedBy(2, "guilty of second-degree murder", "")}}})
}

// A report's forecast is what it says ("The report also projects that the
// debt ratio will rise"), and "a report from X, tabled in October, which
// found that …" is X's finding past the aside.
func TestCuesReportProjectsAndWhichFound(t *testing.T) {
	run(t, []attrCase{{name: "the report projects that",
		paras: []string{"Deficit", "The report also projects that the federal debt ratio will rise this year."},
		want:  []stmt{reportedBy(2, "the federal debt ratio will rise", "the report")}},
		{name: "a report from X, tabled …, which found that",
			paras: []string{"Committee", "The study was prompted by a report from Auditor General Marguerite Lanthier, tabled in October, which found that the agency could not produce basic documentation."},
			want:  []stmt{reportedBy(2, "the agency could not produce", "Marguerite Lanthier")}}})
}

// "the Baltic states were “…”": "states" after "the" and a capitalised
// word is the noun, not a cue; the quotation is the minister's.
func TestCuesStatesAsANoun(t *testing.T) {
	run(t, []attrCase{
		{name: "said that the Baltic states were “…”",
			paras: []string{"Europe", "Estonian Foreign Minister Liisa Kaljurand said in a radio interview that the Baltic states were “preparing for every scenario” in the election."},
			want:  []stmt{quoteBy(2, "preparing for every scenario", "Liisa Kaljurand")}, notSpeakers: []string{"Baltic"}},
	})
}

// "The exchange continued for several minutes, with X pivoting … and Y,
// whose state borders Mexico, saying …": "continued for" is no cue, and
// the participle after the aside is Y's.
func TestCuesAbsoluteClauseAfterAnAside(t *testing.T) {
	run(t, []attrCase{
		{name: "continued for …, with X …ing and Y, whose …, saying",
			paras: []string{"Debate", "Sen. Ruth Halvorsen and Gov. Luis Carranza met on stage.",
				"The exchange continued for several minutes, with Halvorsen pivoting to immigration and Carranza, whose state borders Mexico, saying he “didn’t need a lecture from South Dakota” on the subject."},
			want:        []stmt{quoteBy(3, "didn’t need a lecture from South Dakota", "Luis Carranza")},
			notSpeakers: []string{"the exchange"}},
	})
}

// A judge or an arbitrator "of" a body "in" a place, the place set off by
// commas, still finds: "arbitrator X of the Sport Dispute Resolution
// Centre of Canada in Montreal, Quebec, found that …".
func TestCuesFindingPastAPlace(t *testing.T) {
	run(t, []attrCase{
		{name: "In a ruling, arbitrator X of Y in Montreal, Quebec, found that",
			paras: []string{"Appeal", "In a 22-page ruling released Friday, arbitrator Hélène Vachon-Reid of the tribunal in Montreal, Quebec, found that the selection process was unfair."},
			want:  []stmt{reportedBy(2, "the selection process was unfair", "Hélène Vachon-Reid")}},
	})
}

// Words that look like cues but report nothing: "too soon to say",
// "advised on three of those deals", "claiming 41 percent of the vote",
// "claimed a victory".
func TestCueWordsThatReportNothing(t *testing.T) {
	run(t, []attrCase{{
		name: "say, advise and claim with nothing said",
		paras: []string{"Notes",
			"It is too soon to say whether her policies will prove successful.",
			"A boutique was involved in each of the largest deals, and Centerview advised on three of those.",
			"Claudia Tenney took down businessman Steve Wells in the primary, claiming 41 percent of the vote.",
			"Bernie Sanders had also claimed a narrow victory in the New Hampshire primary.",
			"Sanders said he would stay in the race."},
		want:        []stmt{reportedBy(6, "he would stay in the race", "Bernie Sanders")},
		notReported: []stmt{reportedBy(2, "", ""), reportedBy(3, "", ""), reportedBy(4, "", ""), reportedBy(5, "", "")}}})
}

// "denounce" is a cue like "condemn": "a decision the party immediately
// denounced as “judicial interference”" is the party's words.
func TestDenounceIsACue(t *testing.T) {
	run(t, []attrCase{{
		name: "a decision X denounced as",
		paras: []string{"Ruling",
			"A federal appeals court blocked the photo identification law, a decision the North Carolina Republican Party immediately denounced as “judicial interference” in an election.",
			"Governor Ana Ruiz denounced the ruling as “a disgrace.”"},
		want:       []stmt{quoteBy(2, "judicial interference", "North Carolina Republican Party"), quoteBy(3, "a disgrace.", "Ana Ruiz")},
		moreQuotes: true}})
}

// A cue's past form between an adverb in -ly and a noun is an adjective:
// "a widely denounced tweet", "Obama's highly criticized press conference".
func TestCueWordAsAdjective(t *testing.T) {
	run(t, []attrCase{{
		name: "widely denounced, highly criticized",
		paras: []string{"Notes",
			"That headline mirrors a widely denounced tweet by a columnist.",
			"Trump mocked Obama's highly criticized press conference in Turkey."},
		notReported: []stmt{reportedBy(2, "", ""), reportedBy(3, "highly criticized press conference", "")}}})
}

// A title-case word of saying inside a body's name ("Canadian Property
// Claims Association", "Specific Claims Tribunal") is no headline's cue;
// a headline's "Tribunal finds Crown breached …" is the tribunal's finding.
func TestCuesTitleCaseInsideABodysName(t *testing.T) {
	c := attrCase{name: "Claims Association, Claims Tribunal, Tribunal finds",
		paras: []string{"Tribunal finds Ottawa breached its duty to Nibiinsing First Nation",
			"Gerald Mutua said the city had cleared most roads.",
			"It is too early to estimate insured losses, according to Pierre-Luc Dorval, a vice-president with the Canadian Property Claims Association.",
			"Under the Specific Claims Tribunal Act, awards are capped at $150-million per claim."},
		want:        []stmt{reportedBy(0, "Ottawa breached its duty", "*")},
		notSpeakers: []string{"Claims"}}
	a := titledArticle(t, c.paras[0], c.paras[1:]...)
	check(t, a, c)
	for _, st := range a.Statements {
		if st.Paragraph == 4 {
			t.Errorf("¶4 holds no statement, got %q", st.Text)
		}
	}
}

// A word in -s after "her", "their" ("In her closing remarks before the
// vote, X addressed opponents directly: “…”") is a plural noun, not a
// cue whose subject the phrase would lack.
func TestCuesPluralNounAfterAPossessive(t *testing.T) {
	run(t, []attrCase{{name: "her closing remarks",
		paras: []string{"Vote", "Priya Venkataraman chaired the hearing.",
			"In her closing remarks before the vote, Venkataraman addressed opponents directly: “I have heard you.”"},
		want: []stmt{quoteBy(3, "I have heard you.", "Priya Venkataraman")}}})
}

// A plural after "of" and a possessive ("one of Brandt’s signature campaign
// promises") is a noun, no cue; "Podliska’s lawsuit demands" still is one.
func TestCuesPossessedPluralIsNoCue(t *testing.T) {
	run(t, []attrCase{{name: "one of X’s campaign promises",
		paras: []string{"Congress",
			"President-elect Lyle Brandt won.",
			"Rep. Dale Morrissey said in an interview that his members would insist on spending cuts to offset any large infrastructure package, one of Brandt’s signature campaign promises.",
			"Podliska’s lawsuit demands his reinstatement as an investigator."},
		want: []stmt{reportedBy(3, "his members would insist", "Dale Morrissey"),
			reportedBy(4, "his reinstatement", "Podliska’s lawsuit")},
		notSpeakers: []string{"Brandt’s signature campaign", "Lyle Brandt’s signature campaign"}}})
}

// People whose work is finding report what they found: "Inspectors who
// visited the school in November found that …", "The researchers found
// that …".
func TestFinderPeopleFind(t *testing.T) {
	run(t, []attrCase{
		{name: "inspectors", paras: []string{"School", "Inspectors who visited Castlebrook Academy in Doncaster in November found that many pupils did not feel safe."},
			want: []stmt{reportedBy(2, "many pupils did not feel safe", "Inspectors")}},
		{name: "researchers", paras: []string{"Study", "The researchers found that 12.6 per cent of participants reported a persistent symptom."},
			want: []stmt{reportedBy(2, "12.6 per cent of participants", "~researchers")}},
	})
}

// Bodies whose work is finding report what they found, as a court or a
// watchdog does: a competition bureau, a police investigations unit, its
// director, an inspectorate. A body that finds a buyer reports nothing.
func TestFindingBodiesFind(t *testing.T) {
	run(t, []attrCase{
		{name: "the bureau", paras: []string{"Grocers", "The Competition Bureau reached a similar conclusion. In its market study, the bureau found that grocery margins had increased over the past several years."},
			want: []stmt{reportedBy(2, "grocery margins had increased", "Competition Bureau")}},
		{name: "unit director", paras: []string{"Taser", "In a report released Wednesday, Special Investigations Unit director Anneliese Corbin-Ward found that the officer's decision to fire fell within the range of reasonable responses."},
			want: []stmt{reportedBy(2, "the officer's decision to fire", "Anneliese Corbin-Ward")}},
	})
	a := article(t, "Sale", "The Competition Bureau found a buyer for the chain's stores on Monday.")
	for _, st := range a.Statements {
		t.Errorf("a thing found read as a finding: %q by %q", st.Text, st.Speaker)
	}
}

// A finder's finding needs no "that" before a pronoun, a quantifier or a
// name and its auxiliary: "The misconduct panel found he had …", "Justice
// X found all five videos conveyed …", "Justice X found Dr Y had
// “comfortably” cleared it"; jurors find as a jury does. A visitor who
// "found he had" lost a glove finds nothing.
func TestFindingWithoutThat(t *testing.T) {
	run(t, []attrCase{
		{name: "panel, justice, jurors", paras: []string{"Court",
			"The misconduct panel found he had \"abused his position\" by pursuing a relationship.",
			"In a judgment delivered on Friday, Justice Raymond Osei-Bonsu found all five videos conveyed defamatory imputations.",
			"Justice Osei-Bonsu found Dr Verhoeven had \"comfortably\" cleared it.",
			"Jurors found that Whitecalf died of acute toxicity."},
			moreQuotes: true,
			want: []stmt{reportedBy(2, "he had", "~the misconduct panel"),
				reportedBy(3, "all five videos conveyed", "Raymond Osei-Bonsu"),
				reportedBy(4, "Dr Verhoeven had", "Raymond Osei-Bonsu"),
				reportedBy(5, "Whitecalf died", "Jurors")}},
	})
	a := article(t, "Walk", "Jane Ruiz walked home on Monday. She found he had left the gate open.")
	for _, st := range a.Statements {
		t.Errorf("a walker's discovery read as a finding: %q by %q", st.Text, st.Speaker)
	}
}

// A body's or a review's "found that" is its finding: "The institute found
// that …", "It found that …" after the review board is named, and a
// finding closing the sentence in the perfect: "…, an independent review
// has found." A person's "found that" stays a discovery (above).
func TestFindingOfBodiesAndIt(t *testing.T) {
	run(t, []attrCase{{name: "institute, it, has found",
		paras: []string{"Flood review",
			"The council's emergency centre was overwhelmed within three hours of the floods, an independent review has found.",
			"The Harbour Review Board released its report on Monday. It found that staff were working from old lists.",
			"The institute found that one in 10 patients waited 14 hours."},
		want: []stmt{reportedBy(2, "The council's emergency centre was overwhelmed", "~an independent review"),
			reportedBy(3, "staff were working from old lists", "Harbour Review Board"),
			reportedBy(4, "one in 10 patients waited", "~institute")}}})
}

// A month's year between a cue and its "that" keeps the clause reported:
// "The Court of Appeal for Ontario ruled in February 2024 that …", "said in
// February 2024 that …".
func TestMonthAndYearBeforeThat(t *testing.T) {
	run(t, []attrCase{
		{name: "ruled", paras: []string{"Law", "The Court of Appeal for Ontario ruled in February 2024 that the law violated the rights of workers."},
			want: []stmt{reportedBy(2, "the law violated the rights", "Court of Appeal for Ontario")}},
		{name: "said", paras: []string{"Law", "Minister Ana Ruiz said in February 2024 that the law violated the rights of workers."},
			want: []stmt{reportedBy(2, "the law violated the rights", "Ana Ruiz")}},
	})
}

// A judge's or a coroner's "She found that …" is her finding, as "Justice
// X found that …" is: the pronoun points to someone whose office finds.
func TestPronounOfFinderFinds(t *testing.T) {
	run(t, []attrCase{{name: "coroner",
		paras: []string{"Inquest", "Judge Eleanor Whitcombe handed down her findings on Thursday.", "The coroner did not accept that account in full.",
			"She also found that the province had failed to consult the community."},
		want: []stmt{reportedBy(4, "the province had failed to consult", "Eleanor Whitcombe")}}})
	a := article(t, "Visit", "Jane Ruiz toured the plant on Monday.", "She found that the workers were tired.")
	for _, st := range a.Statements {
		t.Errorf("a visitor's discovery read as a finding: %q by %q", st.Text, st.Speaker)
	}
}

// A document's finding with no "that" and a bare noun opening the clause
// is still its finding: "The report found food insecurity was highest …".
// A thing found is no finding: "The report found problems in the plant."
func TestFindingOfBareNounClause(t *testing.T) {
	run(t, []attrCase{{name: "bare noun",
		paras: []string{"Food", "The report found food insecurity was highest in households with children."},
		want:  []stmt{reportedBy(2, "food insecurity was highest", "~report")}}})
	a := article(t, "Plant", "The report found problems in the plant.")
	for _, st := range a.Statements {
		t.Errorf("a thing found read as a finding: %q by %q", st.Text, st.Speaker)
	}
}

// An audit, an assessment or an evaluation speaks as a report does: "The
// audit, which examined 212 contracts …, found that …", "a leaked audit
// found that …".
func TestAuditSpeaksAsADocument(t *testing.T) {
	run(t, []attrCase{
		{name: "the audit, which", paras: []string{"Contracts", "The audit, which examined 212 contracts awarded by six departments, found that officials could not produce evidence."},
			want: []stmt{reportedBy(2, "officials could not produce evidence", "~audit")}},
		{name: "a leaked audit", paras: []string{"Police", "The chief faces calls to step down after a leaked audit found that officers failed to follow basic procedures."},
			want: []stmt{reportedBy(2, "officers failed to follow", "~audit|a leaked audit")}},
	})
}

// A document's participle of forecast reports its estimate, as "estimated
// that" does: "She cited an analysis by the nonpartisan Bracken Institute
// estimating that the plan would cost …".
func TestDocumentEstimating(t *testing.T) {
	run(t, []attrCase{{name: "analysis estimating",
		paras: []string{"Debate", "She cited an analysis by the nonpartisan Bracken Institute estimating that the plan would cost a typical household about $2,600 a year."},
		want:  []stmt{reportedBy(2, "the plan would cost", "Bracken Institute")}}})
}

// A named person's "found that" in a sentence opening "In a … report," is
// her finding: "In a 22-page report, Achterberg-Diallo found that …".
func TestFoundInOwnReport(t *testing.T) {
	run(t, []attrCase{{name: "in a report",
		paras: []string{"Trustee", "Mireille Achterberg-Diallo investigated the trustee.", "In a 22-page report, Achterberg-Diallo found that Kowalchuk-Reyes posted a photo of a draft list."},
		want:  []stmt{reportedBy(3, "Kowalchuk-Reyes posted a photo", "Mireille Achterberg-Diallo")}}})
}

// A judge's holding after a quotation ("“Such evidence is hearsay,” the
// judge held.") and what a judge or a witness accepts ("Judge X accepted
// that Y's remorse was genuine", "Mr X accepted that he had not declared
// the trips") are their words, and so is what a ruling
// held ("the court's 2019 ruling in Vavilov, which held that …");
// "accepted that evidence" is no clause.
func TestJudgeHeldAndAccepted(t *testing.T) {
	run(t, []attrCase{{name: "held, accepted",
		paras: []string{"Sentence", "Justice Halima Bello-Musa heard the case.",
			"“Such evidence is hearsay,” the judge held.",
			"In mitigation, Judge Bello-Musa accepted that Moran's remorse was genuine."},
		want: []stmt{quoteBy(3, "Such evidence is hearsay,", "Halima Bello-Musa"),
			reportedBy(4, "Moran's remorse was genuine", "Halima Bello-Musa")}}})
	run(t, []attrCase{{name: "a witness accepts",
		paras: []string{"ICAC", "Under questioning from counsel assisting, Sebastian Okonkwo, Mr Castellano accepted that he had not declared the trips.",
			"“I should have. I know that now,” he said."},
		want: []stmt{reportedBy(2, "he had not declared the trips", "Castellano"), quoteBy(3, "I should have. I know that now,", "Castellano")}}})
	run(t, []attrCase{{name: "a ruling which held",
		paras: []string{"Court review", "She cited the Supreme Court of Canada’s 2019 ruling in Vavilov, which held that administrative decisions must be justified."},
		want:  []stmt{reportedBy(2, "administrative decisions must be justified", "Supreme Court of Canada")}}})
	a := article(t, "Evidence", "Justice Colleen Ashbury-Mensah largely accepted that evidence.")
	for _, st := range a.Statements {
		t.Errorf("a thing accepted read as a finding: %q by %q", st.Text, st.Speaker)
	}
}

// A cue's word after a measure in a hyphened compound is a noun: "In her
// 14-page order, Judge X wrote that …" is one statement, the judge's, with
// no scrap "In her 14-page order"; "The 142-page report, released Tuesday,
// says" is the report's; "the 51-year-old said" still says.
func TestMeasuredNounIsNoCue(t *testing.T) {
	run(t, []attrCase{{name: "page counts",
		paras: []string{"Ruling", "In her 14-page order, Judge Harriet Osterhout wrote that the plaintiffs had not shown harm.",
			"The 142-page report, released Tuesday, says staffing shortages have left homes exposed.",
			"The 51-year-old said she would appeal."},
		want: []stmt{reportedBy(2, "the plaintiffs had not shown harm", "Harriet Osterhout"),
			reportedBy(3, "staffing shortages have left homes exposed", "~the 142-page report"),
			reportedBy(4, "she would appeal", "Harriet Osterhout")}}})
}
