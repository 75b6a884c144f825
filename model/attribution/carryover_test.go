package attribution_test

// Carry-over: a quotation with no cue of its own takes its speaker from
// around it: the paragraph before, the sentence before, the turn of a
// dialogue or interview, or the body quotation a pull quote repeats.

import (
	"testing"

	"whosaid/model"
)

// Bare quotations after a cued one are the same speaker's until another
// is named: a failure leaves running quotations with no speaker.
func TestCarryoverBareQuotes(t *testing.T) {
	run(t, []attrCase{
		{name: "bare paragraphs until another speaker",
			paras: []string{
				"“We lost three boats in the storm,” said Jonas Ekberg, a fisherman.",
				"“Nobody from the council has come to look at the damage.”",
				"“We are on our own out here.”",
				"“Help is on its way,” said Councillor Beata Lund.",
				"“Crews will arrive on Monday.”",
			},
			want: []stmt{
				quoteBy(1, "We lost three boats in the storm,", "Jonas Ekberg"),
				quoteBy(2, "Nobody from the council has come to look at the damage.", "Jonas Ekberg"),
				quoteBy(3, "We are on our own out here.", "Jonas Ekberg"),
				quoteBy(4, "Help is on its way,", "Beata Lund"),
				quoteBy(5, "Crews will arrive on Monday.", "Beata Lund"),
			}},
		{name: "second sentence in the same paragraph",
			paras: []string{"“The bus never came,” said Signe Holm. “I walked four miles in the snow.”"},
			want: []stmt{
				quoteBy(1, "The bus never came,", "Signe Holm"),
				quoteBy(1, "I walked four miles in the snow.", "Signe Holm"),
			}},
		{name: "a bare quotation after reported speech",
			paras: []string{"Nora Salo said the plant would close in June.", "“Nobody wanted this outcome.”"},
			want: []stmt{
				reportedBy(1, "the plant would close", "Nora Salo"),
				quoteBy(2, "Nobody wanted this outcome.", "Nora Salo"),
			}},
		{name: "the person of the sentence before: he laughed",
			paras: []string{
				"“Walk more,” said Rajesh Menon, a neurologist.",
				"Asked whether that was enough, Menon laughed. “I tell them to walk, full stop.”",
			},
			want: []stmt{
				quoteBy(1, "Walk more,", "Rajesh Menon"),
				quoteBy(2, "I tell them to walk, full stop.", "Rajesh Menon"),
			}},
		{name: "the person of the sentence before: a phrasal cue",
			paras: []string{"Friends", "Betsy Lund spoke first. Her husband Tom Lund cut in. “Don’t forget me.”"},
			want:  []stmt{quoteBy(2, "Don’t forget me.", "Tom Lund")}},
		{name: "the one person the sentence before speaks of, with no cue",
			paras: []string{"Drought", "John Smith, a wheat farmer, spoke on Monday.",
				"Smith shook his head. “Words don’t grow wheat.”", "Smith is not convinced. “Rain would help.”",
				"The Gazette won’t go that far, but Ana Ruiz wants a fact check. “We will check.”",
				"For Smith, that isn’t enough. “Nobody asked us.”"},
			want: []stmt{quoteBy(3, "Words don’t grow wheat.", "John Smith"), quoteBy(4, "Rain would help.", "John Smith"),
				quoteBy(5, "We will check.", "!The Gazette"), quoteBy(6, "Nobody asked us.", "John Smith")}},
	})
}

// In a hearing, a dialogue or an interview, bare quotations alternate
// between the two people in it; an answer after a "Q:" line is the person
// interviewed.
func TestCarryoverDialogue(t *testing.T) {
	run(t, []attrCase{
		{name: "a hearing alternates",
			paras: []string{
				"“Where were you at midnight?” asked Carl Dahlgren, the prosecutor.",
				"“At home, asleep,” replied Nils Varga.",
				"“Can anyone confirm that?”",
				"“My wife can.”",
			},
			want: []stmt{
				quoteBy(1, "Where were you at midnight?", "Carl Dahlgren"),
				quoteBy(2, "At home, asleep,", "Nils Varga"),
				quoteBy(3, "Can anyone confirm that?", "Carl Dahlgren"),
				quoteBy(4, "My wife can.", "Nils Varga"),
			}},
		{name: "bare answers to a cued question alternate",
			paras: []string{
				"The prosecutor, Lina Haug, questioned Pavel Novak for an hour.",
				"“Mr. Novak, where were you that night?” Haug asked.",
				"“At home.”",
				"“Alone?”",
				"“With my wife.”",
				"“Unpaid,” Haug repeated. “But the fund paid your rent, didn’t it?”",
				"“For six months. It was declared.”",
			},
			want: []stmt{
				quoteBy(2, "Mr. Novak, where were you that night?", "Lina Haug"),
				quoteBy(3, "At home.", "Pavel Novak"),
				quoteBy(4, "Alone?", "Lina Haug"),
				quoteBy(5, "With my wife.", "Pavel Novak"),
				quoteBy(6, "Unpaid,", "Lina Haug"),
				quoteBy(6, "But the fund paid your rent, didn’t it?", "Lina Haug"),
				quoteBy(7, "For six months. It was declared.", "Pavel Novak"),
			}},
		{name: "the answer runs on when no question follows it",
			paras: []string{
				"“Senator, you said today that the party broke its word. Can you explain?” Dana Rusk asked Helmut Varga.",
				"“I’m very disappointed in the party,” Varga said.",
				"“I’m disappointed because for three debates the room has been stacked with donors. I said, ‘What are they doing?’ I get it.”",
			},
			want: []stmt{
				quoteBy(1, "Senator, you said today that the party broke its word. Can you explain?", "Dana Rusk"),
				quoteBy(2, "I’m very disappointed in the party,", "Helmut Varga"),
				quoteBy(3, "I’m disappointed because for three debates the room has been stacked with donors. I said, ‘What are they doing?’ I get it.", "Helmut Varga"),
			}},
		{name: "a quoted answer after a Q: line",
			paras: []string{
				"Coach Ana Ruiz faced the press on Friday.",
				"Q: Are you worried about your job?",
				`"No. I have a contract and the players behind me."`,
			},
			want: []stmt{quoteBy(3, "No. I have a contract and the players behind me.", "Ana Ruiz")}},
		{name: "a quoted answer after A:",
			paras: []string{
				"Coach Ana Ruiz faced the press on Friday.",
				"Q: Are you worried about your job?",
				`A: "No. I have a contract."`,
			},
			want: []stmt{quoteBy(3, "No. I have a contract.", "Ana Ruiz")}},
	})
}

// A pull quote repeats a quotation from the body: it is that quotation's
// speaker's, even after another speaker or an unmarked Q&A answer.
func TestCarryoverPullQuotes(t *testing.T) {
	run(t, []attrCase{
		{name: "the pull quote follows its body quotation",
			paras: []string{
				"“We were promised a school, not a car park,” said Ewa Lind, a parent.",
				"“We were promised a school, not a car park”",
				"The council meets on Thursday.",
			},
			want: []stmt{
				quoteBy(1, "We were promised a school, not a car park,", "Ewa Lind"),
				quoteBy(2, "We were promised a school, not a car park", "Ewa Lind"),
			}},
		{name: "the pull quote comes after another speaker",
			paras: []string{
				"“The river took everything,” said Marta Kowal, a baker.",
				"Jonas Eide, a firefighter, said crews had worked through the night. “We did not sleep,” he said.",
				"“The river took everything.”",
			},
			want: []stmt{
				quoteBy(1, "The river took everything,", "Marta Kowal"),
				quoteBy(2, "We did not sleep,", "Jonas Eide"),
				quoteBy(3, "The river took everything.", "Marta Kowal"),
			}},
		{name: "the pull quote repeats an unmarked Q&A answer",
			paras: []string{
				"Ingrid Berg, the foreign minister, spoke to the Courant on Tuesday.",
				"Q: Is a deal possible by May?",
				"A: If it is June, that is also fine. We will not trade our fishermen for a photo opportunity.",
				"Q: Their defence minister, Goran Ruk, said the navy would “escort our boats.”",
				"A: I take that seriously.",
				"“We will not trade our fishermen for a photo opportunity.”",
			},
			want: []stmt{
				quoteBy(4, "escort our boats.", "Goran Ruk"),
				quoteBy(6, "We will not trade our fishermen for a photo opportunity.", "Ingrid Berg"),
			}},
	})
}

// A quotation opened by a linking word ("But “…”") with no cue of its own
// is still the paragraph's speaker's.
func TestCarryoverQuoteAfterLinkingWord(t *testing.T) {
	a := article(t,
		"Councillor Vera Lund of Hamar, a supporter of the bridge, said it would help both towns.",
		"“I don’t think it’s now or never,” she said outside the hall. But “the bridge is stronger with the county behind it. It helps.”",
	)
	checkStmt(t, a, quoteBy(2, "the bridge is stronger with the county behind it. It helps.", "Vera Lund"))
	b := article(t,
		"Councillor Vera Lund of Hamar spoke first.",
		"“We were not happy when it was announced,” Lund said. Now, “the bridge is something we count on.”",
	)
	checkStmt(t, b, quoteBy(2, "the bridge is something we count on.", "Vera Lund"))
}

// An interview's answers belong to the person named in full before the
// first question, not to a capitalised word from a book's title.
func TestCarryoverInterviewNamedInFull(t *testing.T) {
	run(t, []attrCase{{
		name: "a book title after the interviewee's name",
		paras: []string{"Actress speaks",
			"Actress Maren Vik wrote a memoir, In the Country We Love, published Tuesday.",
			"Q: What did you find?",
			"A: I came home from school and my parents were gone."},
		want:        []stmt{reportedBy(4, "my parents were gone", "Maren Vik")},
		notSpeakers: []string{"Country"},
	}, {
		name: "spoke with someone named as no subject, after others spoke",
		paras: []string{"Transit plan",
			"“We will hire more officers,” said Mikaela Dela Cruz, the union's president.",
			"The Journal spoke with Leanne Crowchild, the city’s director of transit safety, after the vote. The interview has been edited for length.",
			"Q: When will riders notice a difference?",
			"A: Riders should start seeing more security within a few weeks."},
		want: []stmt{quoteBy(2, "We will hire more officers,", "Mikaela Dela Cruz"),
			reportedBy(5, "Riders should start seeing more security", "Leanne Crowchild")},
	}, {
		name: "a paper with a hyphened name asked someone",
		paras: []string{"Convention",
			"Premier Dale Wiebe speaks to delegates on Saturday. (Tobi Adeyemi / Regina Leader-Post)",
			"The Leader-Post asked Lindsay Bellegarde, a political studies professor, about where the party goes from here.",
			"Q: Was this a convention about the last election?",
			"A: Both. The party won a fifth straight majority."},
		want: []stmt{reportedBy(5, "The party won a fifth straight majority", "Lindsay Bellegarde")},
	}})
}

// A paragraph that ends with a colon announces the next paragraph's
// quotation: by its cue's subject, or with no cue by its sentence's
// subject ("X issued the following statement:").
func TestCarryoverColonWithoutCue(t *testing.T) {
	run(t, []attrCase{
		{name: "issued the following statement:",
			paras: []string{"Port", "In response to the strike, Harbour Minister Vera Lund issued the following statement:",
				"“Our thoughts are with all the families affected.”"},
			want: []stmt{quoteBy(3, "Our thoughts are with all the families affected.", "Vera Lund")}},
		{name: "found a note on the table: the note's words are not hers",
			paras: []string{"Port", "Vera Lund found a note from her son on the table:", "“Mom, I love you.”"},
			want:  []stmt{quoteBy(3, "Mom, I love you.", "!Vera Lund")}},
	})
}

// A quoted phrase in the sentence after a speaker's quotation, in a
// sentence that names no one and has no cue, goes on quoting that speaker;
// a scare-quoted word or a sentence with a name of its own does not.
func TestCarryoverQuotedPhraseInTheNextSentence(t *testing.T) {
	run(t, []attrCase{
		{name: "“…,” X has said. That makes her “…”",
			paras: []string{"Friends", "Ana Ruiz has been held up as proof that the senator is honest.",
				"“She still has the friends she had in grade school,” Tomas Berg has said. That makes her “by definition a trustworthy person.”"},
			want: []stmt{quoteBy(3, "She still has the friends she had in grade school,", "Tomas Berg"),
				quoteBy(3, "by definition a trustworthy person.", "Tomas Berg")}},
		{name: "a scare-quoted word, and a sentence naming someone else",
			paras: []string{"Friends", "“We will win,” Tomas Berg said. That could trigger a “contested” vote. Ana Ruiz called it “a fantasy of the worst kind.”"},
			want: []stmt{quoteBy(2, "We will win,", "Tomas Berg"), quoteBy(2, "contested", ""),
				quoteBy(2, "a fantasy of the worst kind.", "Ana Ruiz")}},
	})
}

// A paragraph in no quotation marks after one that ends "X writes:" is a
// block quotation whose marks the page lost: X's words, whatever cues they
// hold; a list after "ways his campaign hopes to win:" or a paragraph that
// names its own speaker is not.
func TestCarryoverBlockAfterAColon(t *testing.T) {
	run(t, []attrCase{
		{name: "X writes: then a paragraph",
			paras: []string{"Movie", "According to columnist Hugh Lund, the movie lacks one thing. Lund writes:",
				"The movie mentions neither the president nor the secretary of state by name, and no argument is made."},
			want: []stmt{reportedBy(3, "The movie mentions neither", "Hugh Lund")}},
		{name: "a list after hopes to:",
			paras: []string{"Women", "Here are some ways his campaign hopes to begin winning women's support:",
				"Cool the rhetoric: The bluster that propelled Holm through the primaries has fueled the unease many women feel."},
			notReported: []stmt{{para: 3, text: "Cool the rhetoric"}}},
		{name: "a paragraph naming its own speaker",
			paras: []string{"Protest", "CNN reported the scene live:",
				"Even journalist Byron Lund took a moment to say the protest had turned ugly on Friday night."},
			want: []stmt{reportedBy(3, "the protest had turned ugly", "Byron Lund")}},
	})
}

// The sentence after a quotation may say whose words they were: "That was
// the verdict of John Smith", "That is the view of many analysts", "That
// quote from Thomas Krebs appeared …".
func TestCarryoverVerdictAfter(t *testing.T) {
	run(t, []attrCase{{name: "the verdict of, the words of, the view of",
		paras: []string{"Drought", "“It’s the worst drought I’ve seen.” That was the verdict of John Smith, a wheat farmer near Regina.",
			"“We will act.” Those were the words of the agriculture minister, David Marit, on Monday.",
			"“It’s over.” That is the view of many analysts.",
			"“I’d rather have a sister in a whorehouse.” That quote from Commissioner Thomas Krebs appeared on the front page."},
		want: []stmt{quoteBy(2, "It’s the worst drought I’ve seen.", "John Smith"), quoteBy(3, "We will act.", "David Marit"),
			quoteBy(4, "It’s over.", "Analysts"), quoteBy(5, "I’d rather have a sister in a whorehouse.", "Thomas Krebs")}}})
}

// "Asked who was paying, Nolan Pelletier didn't hesitate." and then a bare
// quotation: the answer is his, though no cue names him.
func TestCarryoverAnswerAfterAsked(t *testing.T) {
	run(t, []attrCase{{name: "asked, then the answer",
		paras: []string{"Jets win", `"We were tired," coach Martin Deslauriers said.`,
			"The Wild fly to Chicago, but not before a family dinner Friday night.",
			"Asked who was paying, Nolan Pelletier didn't hesitate.",
			`"He is. Loser buys. That's been the rule since we were kids."`},
		want: []stmt{quoteBy(2, "We were tired,", "Martin Deslauriers"),
			quoteBy(5, "He is. Loser buys. That's been the rule since we were kids.", "Nolan Pelletier")}}})
}

// A quotation running over three paragraphs whose speaker is named only
// at its end ("“… / “… / “…,” Vandermeer said") is all that speaker's,
// not the last speaker's before it; a straight-quoted excerpt followed by
// a “…” of someone else's is two quotations.
func TestCarryoverQuotationNamedAtItsEnd(t *testing.T) {
	run(t, []attrCase{{name: "three paragraphs, named at the end",
		paras: []string{"Farm", "“Quebec farmers will remember it,” said Bloc MP Mélanie Gagnon-Paquette.",
			"On his farm, Hendrik Vandermeer has lived through three trade fights. He runs it with his daughter, Anneke.",
			"“People in the city think supply management is some kind of subsidy.",
			"“When my dad was milking, the price would drop.",
			"“I remember the auctions. I don’t think that’s fair,” Vandermeer said."},
		want: []stmt{quoteBy(2, "Quebec farmers will remember it,", "Mélanie Gagnon-Paquette"),
			quoteBy(4, "People in the city think supply management is some kind of subsidy.", "Hendrik Vandermeer"),
			quoteBy(5, "When my dad was milking, the price would drop.", "Hendrik Vandermeer"),
			quoteBy(6, "I remember the auctions. I don’t think that’s fair,", "Hendrik Vandermeer")}},
		{name: "an excerpt in straight marks, then another's curly quotation",
			paras: []string{"Kelly", "Megyn Kelly moderated the debate. A columnist was unimpressed.",
				`"Rising to the top requires cunning.`,
				"“You’ve called women fat pigs,” Kelly charged."},
			want: []stmt{quoteBy(3, "Rising to the top requires cunning.", "!Megyn Kelly"), quoteBy(4, "You’ve called women fat pigs,", "Megyn Kelly")}}})
}

// A one-sentence paragraph that reports nothing and names one person as
// its actor ("…, Lachapelle was blunt.") sets up the quotation after it,
// over the last speaker, past a possessive in its appositive ("Daniel
// Ferreira, Ana’s husband, …"); a paragraph ending in a colon, or naming
// its person after a preposition, does not.
// A paragraph whose only quotation is a term no one said (“go after
// them”) does not stop the last speaker's voice: the bare quotations
// after it are still theirs.
func TestCarryoverPastATermHeldAtArmsLength(t *testing.T) {
	run(t, []attrCase{{name: "a scare quote between the speaker and the bare quotations",
		paras: []string{"Policy", "Instead, Tom Reyes told CNN, his policy would merely be “to go after them” if he wins.",
			"What “go after them” means is left to the imagination of voters, since Reyes spoke only in bromides during the interview.",
			"“We have to do something and it’s the only way you stop it.”"},
		want:       []stmt{quoteBy(4, "We have to do something and it’s the only way you stop it.", "Tom Reyes")},
		moreQuotes: true}})
}

func TestCarryoverSetUpSentence(t *testing.T) {
	run(t, []attrCase{{name: "Lachapelle was blunt, after the union's statement",
		paras: []string{"Lockout", "Martin Lachapelle leads the Teamsters Canada Rail Conference.",
			"The union, for its part, denied CN’s claim.",
			"Speaking at a news conference in Montreal, Lachapelle was blunt.",
			"“This isn’t about money.”"},
		want: []stmt{quoteBy(5, "This isn’t about money.", "Martin Lachapelle")}},
		{name: "two sentences, the last opening with her pronoun",
			paras: []string{"Settlement", "The court approved the deal.",
				"Former Cpl. Leanne Moosomin served 17 years with the RCMP in Saskatchewan. She spoke to reporters outside the courthouse after the decision.",
				"“The first time I reported it, my staff sergeant told me to toughen up.",
				"“For a long time I thought it was just me.”"},
			want: []stmt{quoteBy(4, "The first time I reported it, my staff sergeant told me to toughen up.", "Leanne Moosomin"),
				quoteBy(5, "For a long time I thought it was just me.", "Leanne Moosomin")}},
		{name: "two sentences, the last opening with a phrase of time, then her pronoun",
			paras: []string{"Care home", "He wrote that the home had hired more staff, Daniel Okafor-Brennan said.",
				"Rosalind Achterberg, a retired dispatcher, visited her mother every day. In the spring of 2023, she began keeping a notebook.",
				"“At first it was little things.”"},
			want: []stmt{quoteBy(4, "At first it was little things.", "Rosalind Achterberg")}},
		{name: "a possessive in the actor's appositive: whose husband he is",
			paras: []string{"Sentencing", "Ana Ferreira, 38, and her son, Lucas, were killed when a pickup truck struck their minivan.",
				"Daniel Ferreira, Ana’s husband and Lucas’s father, was the first to read his victim impact statement. He spoke slowly.",
				"“Every night I set the table for three now.”"},
			want: []stmt{quoteBy(4, "Every night I set the table for three now.", "Daniel Ferreira")}},
		{name: "two sentences, the last another's",
			paras: []string{"Kelly", "“It was fair,” said Tom Hale.", "Megyn Kelly moderated the debate. A columnist was unimpressed.",
				"“It was a spanking.”"},
			want: []stmt{quoteBy(2, "It was fair,", "Tom Hale"), quoteBy(4, "It was a spanking.", "!Megyn Kelly")}},
		{name: "a person after a preposition sets up no one",
			paras: []string{"Ad", "“It is shocking,” the group said in a statement.",
				"The group was started by a former aide to Mitt Romney.",
				"“Trump can’t handle tough questions.”"},
			want: []stmt{quoteBy(2, "It is shocking,", "group"), quoteBy(4, "Trump can’t handle tough questions.", "group")}}})
}

// A pronoun closing a quotation that ran over paragraphs ("…,” she told
// Brophy) is the person the paragraph before it began names last, when
// that paragraph reports nothing ("including one from Okonkwo's mother,
// Ngozi Okonkwo"), not the last woman who spoke.
func TestCarryoverRunOnQuoteClosedByAPronounOfThePersonIntroduced(t *testing.T) {
	run(t, []attrCase{
		{name: "victim impact statement",
			paras: []string{"Sentencing",
				"“This was not a momentary lapse,” Crown attorney Sheila MacEachern told the court.",
				"Eleven statements were filed. Several were read aloud, including one from Okonkwo's mother, Ngozi Okonkwo, who travelled from Lagos for the hearing.",
				"“She called me every Sunday, no matter how tired she was.",
				"“I do not know how to forgive you yet,” she told Brophy, who sat with his head bowed."},
			want: []stmt{quoteBy(2, "This was not a momentary lapse,", "Sheila MacEachern"),
				quoteBy(4, "She called me every Sunday, no matter how tired she was.", "Ngozi Okonkwo"),
				quoteBy(5, "I do not know how to forgive you yet,", "Ngozi Okonkwo")}},
	})
}

// A transcript whose questions carry no "Q:" (after "The interview has
// been edited and condensed.") gives each answer, the one paragraph after
// a question, to the person the note's paragraph says was spoken with, not
// to the paper; the story that goes on after it is no answer.
func TestCarryoverTranscriptWithoutTags(t *testing.T) {
	a := article(t, "Strike",
		"“We will stay out as long as it takes,” union president Marie Caron said.",
		"La Presse spoke with Anh Nguyen-Pelletier, a Grade 5 teacher, on the picket line. The interview has been edited and condensed.",
		"Why are you on strike today?",
		"I have 29 students in my class this year. I can’t give them what they need.",
		"Is it about salary?",
		"It’s part of it, I won’t lie. Groceries, rent, everything has gone up.",
		"Negotiations were scheduled to resume Friday morning.")
	checkStmt(t, a, reportedBy(5, "I have 29 students in my class this year.", "Anh Nguyen-Pelletier"))
	checkStmt(t, a, reportedBy(7, "It’s part of it, I won’t lie.", "Anh Nguyen-Pelletier"))
	for _, st := range a.Statements {
		if st.Paragraph == 4 || st.Paragraph == 6 || st.Paragraph == 8 {
			t.Errorf("¶%d %q by %q: a question or the story, no answer", st.Paragraph, st.Text, st.Speaker)
		}
	}
}

// A transcript's lead-in that names whose exchange it is ("Here is part
// of the mayor’s exchange with reporters:") gives each "A:" to that person,
// not to the last one named.
func TestCarryoverTranscriptOfSomeonesExchange(t *testing.T) {
	a := article(t, "Budget",
		"Mayor Olivia Chen-Mahabir presented the budget.",
		"Budget chief Marcus Achebe-Quinn said the increase was needed.",
		"Here is part of the mayor’s exchange with reporters, edited for length and clarity:",
		"Q: You promised to keep tax increases at inflation. Is this a broken promise?",
		"A: I promised to be honest with people about the numbers.")
	checkStmt(t, a, reportedBy(6, "I promised to be honest", "Olivia Chen-Mahabir"))
}

// A quotation standing as its own sentence after the speaker's ("“…,” she
// said. “Call 911.”", "Burton told delegates. “Donald Trump.”") is theirs,
// however much its capitals read like a title.
func TestCarryoverSentenceQuoteThatReadsLikeATitle(t *testing.T) {
	run(t, []attrCase{
		{name: "Call 911.",
			paras: []string{"ER", "Geneviève Aucoin spoke.",
				"“If you are having chest pain, do not look at a website,” she said. “Call 911.”",
				"“We’ve got a common enemy,” Burton told delegates. “Donald Trump.”"},
			want: []stmt{quoteBy(3, "If you are having chest pain, do not look at a website,", "Geneviève Aucoin"),
				quoteBy(3, "Call 911.", "Geneviève Aucoin"), quoteBy(4, "We’ve got a common enemy,", "Burton"), quoteBy(4, "Donald Trump.", "Burton")}},
	})
}

// A cross-examination printed as a transcript: the lead-in names who
// asks and who answers ("Teresa Almeida … pressed McAllister on why …"),
// so each "Q:" line is the lawyer's and each "A:" line the witness's, not
// the first person the lead-in names.
func TestCarryoverCrossExaminationTranscript(t *testing.T) {
	run(t, []attrCase{{name: "the lawyer asks, the witness answers",
		paras: []string{"Inquiry",
			"Gordon McAllister, the former water manager, testified on Tuesday.",
			"Under cross-examination, Teresa Almeida, the lawyer representing the families, pressed McAllister on why the logs showed low chlorine readings.",
			"Q: You were the certified operator. The duty to report was yours, wasn't it?",
			"A: Legally, yes. Practically, I was told to route everything through the director."},
		want: []stmt{reportedBy(4, "The duty to report was yours", "Teresa Almeida"),
			reportedBy(5, "Legally, yes", "Gordon McAllister")}}})
}

// Words someone reads for another are the author's: "read a message from
// Defence Minister Edgars Ozoliņš" then "“…,” she read"; "read aloud a
// letter written by their daughter, Inès Benslimane" then "the letter
// said".
func TestCarryoverReadForSomeoneElse(t *testing.T) {
	run(t, []attrCase{{name: "a message from, a letter written by",
		paras: []string{"Funeral", "Latvia's Ambassador to Canada, Ilze Bērziņa-Kalniņa, travelled from Ottawa and read a message from Latvian Defence Minister Edgars Ozoliņš, first in Latvian and then in English.",
			"“Latvia will not forget Corporal MacIsaac,” she read.",
			"At the end of the news conference, Julie Gendron read aloud a letter written by the couple’s 11-year-old daughter, Inès Benslimane.",
			"“My dad taught me to ride my bike last summer,” the letter said."},
		want: []stmt{quoteBy(3, "Latvia will not forget Corporal MacIsaac,", "Edgars Ozoliņš"),
			quoteBy(5, "My dad taught me to ride my bike last summer,", "Inès Benslimane")}},
		{name: "his victim impact statement was read aloud by the Crown",
			paras: []string{"Sentencing", "Stanley Wojcik now lives in a long-term care home. His victim impact statement was read aloud by Crown attorney Aisha Rahimtoola.",
				"“I trusted him like a son,” Rahimtoola read."},
			want: []stmt{quoteBy(3, "I trusted him like a son,", "Stanley Wojcik")}}})
}

// A translation in brackets between two quotations of one speaker ends
// its sentence: the second quotation is the same speaker's.
func TestCarryoverQuotationAfterABracketedTranslation(t *testing.T) {
	run(t, []attrCase{{name: "quote (translation) quote",
		paras: []string{"Game", "Étienne Lavallée-Roy answered questions in both official languages.",
			"“C’est le genre de match dont tu rêves,” he told Radio-Canada. (It’s the kind of game you dream about.) “Mais on n’a rien gagné encore.” (But we haven’t won anything yet.)"},
		want: []stmt{quoteBy(3, "C’est le genre de match dont tu rêves,", "Étienne Lavallée-Roy"),
			quoteBy(3, "Mais on n’a rien gagné encore.", "Étienne Lavallée-Roy")}}})
}

// A quotation running over paragraphs whose last part names its speaker
// ("“… / “…,” said Irene Morin") is hers throughout, though the paragraph
// before set it up for someone unnamed ("his mother read a statement").
func TestCarryoverNamedAtEndOverAnUnnamedSetUp(t *testing.T) {
	run(t, []attrCase{{name: "his mother, then named at the end",
		paras: []string{"Inquest", "Curtis Morin, 24, died in RCMP cells in La Ronge.",
			"On the final day of the inquest, his mother read a statement to the jury.",
			"“He was my youngest. When he was small he would follow his mushum out on the trapline.",
			"“I don’t know what he saw in that cell. Nobody was there to tell me,” said Irene Morin."},
		want: []stmt{quoteBy(4, "He was my youngest. When he was small he would follow his mushum out on the trapline.", "Irene Morin"),
			quoteBy(5, "I don’t know what he saw in that cell. Nobody was there to tell me,", "Irene Morin")}}})
}

// A list whose lead-in ends in a colon is its speaker's, item by item:
// after "X said:", after "According to the union, … includes:", and after
// a statement running to "including:"; an item naming a speaker of its own
// keeps it, and the list ends at the first paragraph that is no item.
func TestCarryoverListItemsAreTheLeadInSpeakers(t *testing.T) {
	run(t, []attrCase{
		{name: "said:, then items, one quoting",
			paras: []string{"Outage", "In an update posted just after 3 p.m., Harbour Power said:",
				"- Power will stay off until the wind warning ends.",
				"- Customers should prepare for an outage lasting “at least 24 to 48 hours” after the warning.",
				"- Mayor Ana Ruiz said the town hall would stay open as a warming centre.",
				"The town has 4,000 people."},
			want: []stmt{reportedBy(3, "Power will stay off", "Harbour Power"), reportedBy(4, "Customers should prepare", "Harbour Power"),
				quoteBy(4, "at least 24 to 48 hours", "Harbour Power"), reportedBy(5, "the town hall would stay open", "Ana Ruiz")},
			notReported: []stmt{{para: 6}}},
		{name: "according to the union, includes:",
			paras: []string{"Nurses", "Nurses ratified a deal with the province on Friday.",
				"According to the Harbour Nurses Union, the agreement includes:",
				"- Wage increases of 4.5 per cent in the first year.",
				"- A $5,000 retention bonus for nurses with more than 20 years of service."},
			want: []stmt{reportedBy(4, "Wage increases of 4.5 per cent", "Harbour Nurses Union"),
				reportedBy(5, "A $5,000 retention bonus", "Harbour Nurses Union")}},
		{name: "among its findings, among the report's other findings",
			paras: []string{"Audit", "Auditor General Nathalie Ouimet-Sandhu released her report on Tuesday.",
				"The audit examined a sample of 1,150 alerts. Among its findings:",
				"- 31 per cent of alerts were not acknowledged within the window.",
				"- In 22 cases, staff took more than an hour to call police."},
			want: []stmt{reportedBy(4, "31 per cent of alerts were not acknowledged", "the audit"),
				reportedBy(5, "staff took more than an hour", "the audit")}},
		{name: "among its key points, the outlook says:",
			paras: []string{"Fire outlook", "The Manitoba Wildfire Service released its outlook on Wednesday.",
				"Among its key points, the outlook says:",
				"- Fire risk is expected to be above normal in the northwest by early May.",
				"- Drought codes remain high in the Interlake."},
			want: []stmt{reportedBy(4, "Fire risk is expected to be above normal", "the outlook"),
				reportedBy(5, "Drought codes remain high", "the outlook")}},
		{name: "the report makes 14 recommendations, including that:",
			paras: []string{"Food", "The report was released Tuesday.",
				"The report makes 14 recommendations, including that:",
				"- Ottawa expand the Harvesters Support Grant and make it permanent;",
				"- the territory fund community freezers."},
			want: []stmt{reportedBy(4, "Ottawa expand the Harvesters Support Grant", "the report"),
				reportedBy(5, "the territory fund community freezers", "the report")}},
		{name: "among the survey's other findings:",
			paras: []string{"Poll", "A new Northbridge Research survey puts the NDP at 24 per cent.",
				"Among the survey's other findings:",
				"- Affordability was ranked the top issue by 41 per cent of respondents.",
				"- Health care came second."},
			want: []stmt{reportedBy(4, "Affordability was ranked the top issue", "the survey"),
				reportedBy(5, "Health care came second", "the survey")}},
		{name: "items that are quotations are listed once",
			paras: []string{"Blizzard", "Environment and Climate Change Canada issued a blizzard warning on Sunday, warning that roads would close.",
				"The warnings cover a broad swath of the Prairies.",
				"In its warning, the weather agency said:",
				"- “Widespread visibility near zero is expected Wednesday night.”",
				"- “Northwest winds gusting to 90 km/h will develop behind the system.”"},
			want: []stmt{quoteBy(5, "Widespread visibility near zero is expected Wednesday night.", "Environment and Climate Change Canada"),
				quoteBy(6, "Northwest winds gusting to 90 km/h will develop behind the system.", "Environment and Climate Change Canada")},
			notReported: []stmt{{para: 5}, {para: 6}}},
		{name: "a statement running to including:",
			paras: []string{"Hospital", "In a statement, the Harbour Health Authority says it has taken several steps this winter, including:",
				"- Opening 14 temporary surge beds on the fourth floor.",
				"- Hiring 22 additional nurses."},
			want: []stmt{reportedBy(3, "Opening 14 temporary surge beds", "Harbour Health Authority"),
				reportedBy(4, "Hiring 22 additional nurses", "Harbour Health Authority")}},
	})
}

// A lead-in may name only who asks ("Under questioning from Whiteduck,
// the exchange went:"): the witness named before answers, and a witness a
// publication ban leaves a letter ("Officer A") is named so.
func TestCarryoverLeadInNamesOnlyTheLawyer(t *testing.T) {
	run(t, []attrCase{{name: "under questioning from the lawyer",
		paras: []string{"Inquest",
			"Jordan Whiteduck, the lawyer for the family, questioned several guards this week.",
			"The officer assigned to the range testified under a publication ban. He was referred to only as Officer A.",
			"Under questioning from Whiteduck on Oct. 24, the exchange went, in part:",
			"Q: Did you look through the window of his cell?",
			"A: I can’t say that I did. I looked down the range.",
			"Officer A told the jury that he had been working his fourth shift in a row."},
		want: []stmt{reportedBy(5, "Did you look through the window", "Jordan Whiteduck"),
			reportedBy(6, "I looked down the range", "Officer A"),
			reportedBy(7, "he had been working his fourth shift", "Officer A")}}})
}

// The one questioned may be named well after the verb, behind a role:
// "Mulcahy pressed B.C. Hydro's director of revenue requirements, Arvind
// Chaudhary, on …" — the answers are Chaudhary's.
func TestCarryoverQuestionedNamedAfterARole(t *testing.T) {
	run(t, []attrCase{{name: "pressed the director, named after his role",
		paras: []string{"Rates",
			"Siobhan Mulcahy, a lawyer for the low-income intervenors, made the opening submission.",
			"In cross-examination, Mulcahy pressed B.C. Hydro's director of revenue requirements, Arvind Chaudhary, on the utility's forecasts. The exchange went, in part:",
			"Q: You would agree that your load forecast is the highest in the utility's history?",
			"A: It is the highest, yes, which reflects electrification."},
		want: []stmt{reportedBy(4, "your load forecast is the highest", "Siobhan Mulcahy"),
			reportedBy(5, "It is the highest, yes", "Arvind Chaudhary")}}})
}

// A radio interview's lead-in names the guest first and the host after
// "spoke with": each "Q:" is the host's, each "A:" the guest's.
func TestCarryoverSpokeWithHostTranscript(t *testing.T) {
	run(t, []attrCase{{name: "the guest spoke with the host",
		paras: []string{"Offload delays",
			"Colette Savoie, president of the paramedics' union, says crews wait for hours.",
			"Savoie spoke with Information Morning host Meaghan Pratt on Tuesday. Here is part of their conversation.",
			"Q: What does an offload delay actually look like for a crew?",
			"A: You bring your patient in, and then you wait beside the stretcher."},
		want: []stmt{reportedBy(4, "What does an offload delay actually look like", "Meaghan Pratt"),
			reportedBy(5, "You bring your patient in", "Colette Savoie")}}})
}

// A "Q:" line is one statement, the asker's, though it also reads as a
// speaker's label; a host named after a show's name is the host, not the
// show.
func TestCarryoverQuestionIsOneStatement(t *testing.T) {
	a := article(t, "Nurses",
		"Jana Kowalchuk leads the nurses' union. She told Saskatoon Morning last week that nurses are exhausted.",
		"Kowalchuk spoke with Saskatoon Morning host Carmen Blackbird on Friday. The interview has been edited for length and clarity.",
		"Q: What do nurses actually want here?",
		"A: Safe staffing.")
	var got []string
	for _, s := range a.Statements {
		if s.Paragraph == 4 {
			got = append(got, s.Speaker)
		}
	}
	if len(got) != 1 || got[0] != "Carmen Blackbird" {
		t.Errorf("the question's statements are by %q, want one by Carmen Blackbird\n%s", got, dump(a))
	}
}

// "“…,” Brennaman said, as the crowd chanted “Drain it!”" then a bare
// quotation: his voice goes on, not the chant's.
func TestCarryOverPastACrowdsChant(t *testing.T) {
	run(t, []attrCase{
		{name: "X said, as the crowd chanted “…”; then “…”",
			paras: []string{"Rally", "Walt Brennaman spoke in Manchester on Friday.",
				`"They let her slide in July," Brennaman said, as the crowd chanted "Drain it! Drain it!"`,
				`"Now maybe justice finally gets done."`},
			want: []stmt{quoteBy(3, "They let her slide in July,", "Walt Brennaman"), quoteBy(3, "Drain it! Drain it!", "~crowd"),
				quoteBy(4, "Now maybe justice finally gets done.", "Walt Brennaman")}},
	})
}

// An interview's questions, when the article names no one for them, are
// the publication's interviewer's (or a reporter's, at a news conference),
// not no one's; and the asker is never "they" or "she" in an answer.
func TestInterviewQuestionsHaveAnAsker(t *testing.T) {
	run(t, []attrCase{{
		name: "an interview",
		paras: []string{"Actress speaks",
			"Actress Maren Vik wrote a memoir, published Tuesday. Questions and answers have been edited for length.",
			"Q: What did you find?",
			"A: I came home from school and my parents were gone. They had been taken away.",
			"Q: Did anyone help?",
			"A: A neighbour did. She told me they would be fine."},
		want: []stmt{reportedBy(3, "What did you find?", "the interviewer"), reportedBy(4, "my parents were gone", "Maren Vik"),
			reportedBy(5, "Did anyone help?", "the interviewer"), reportedBy(6, "A neighbour did", "Maren Vik"),
			reportedBy(6, "they would be fine", "!the interviewer")},
		kinds: map[string]model.SpeakerKind{"the interviewer": model.SpeakerUnnamed},
	}, {
		name: "a news conference",
		paras: []string{"Chief speaks",
			"Police Chief Ana Ruiz took questions from reporters at a news conference on Monday.",
			"Q: Will there be charges?",
			"A: Not today. The investigation continues."},
		want: []stmt{reportedBy(3, "Will there be charges?", "a reporter"), reportedBy(4, "Not today", "Ana Ruiz")},
	}})
}

// The side panel lists the person interviewed before the unnamed
// interviewer who asks as many questions as they answer.
func TestInterviewerListedAfterInterviewee(t *testing.T) {
	a := articleText(t, "Actress speaks\n\nActress Maren Vik wrote a memoir. Questions and answers have been edited.\n\n"+
		"Q: What did you find?\n\nA: My parents were gone.\n\nQ: Did anyone help?\n\nA: A neighbour did.\n")
	var names []string
	for _, sp := range a.Speakers {
		names = append(names, sp.Name)
	}
	if len(names) != 2 || names[0] != "Maren Vik" || names[1] != "the interviewer" {
		t.Errorf("side panel %q, want [Maren Vik, the interviewer]", names)
	}
}

// An interview's answers are the interviewee's own words, so they make
// the share of voice the side panel shows, though no marks set them off.
func TestInterviewAnswersCountAsVoice(t *testing.T) {
	a := articleText(t, "Actress speaks\n\nActress Maren Vik wrote a memoir. Questions and answers have been edited.\n\n"+
		"Q: What did you find?\n\nA: My parents were gone, and a neighbour told me they had been taken away.\n")
	for _, sp := range a.Speakers {
		if sp.Name == "Maren Vik" && (sp.Share < 0.6 || sp.Words == 0) {
			t.Errorf("the interviewee's share of voice is %.2f (%d words), want most of it", sp.Share, sp.Words)
		}
	}
	if len(a.Speakers) == 0 || a.Speakers[0].Name != "Maren Vik" {
		t.Errorf("side panel %+v, want Maren Vik first", a.Speakers)
	}
}

// A question inside a speaker's own quotation of several sentences ("…
// And you'd sit with them, because what else are you going to do?") is
// asked of no one: the next bare quotation goes on in her voice, not in
// the last man quoted's as an answer.
func TestCarryoverRhetoricalQuestionHasNoAnswerer(t *testing.T) {
	run(t, []attrCase{{name: "rhetorical question, then her next paragraph",
		paras: []string{"Evacuees",
			"“Every builder from here to Grande Prairie is booked into next year,” Gerald Nakoochee-Lang says.",
			"Marnie Gladue has worked remotely as a bookkeeper for a trucking company.",
			"“You’d be in the lobby getting your waffle and there’d be somebody crying into their coffee. And you’d sit with them, because what else are you going to do?” she says.",
			"“That’s the part nobody puts on the news. It wasn’t just the fire.”"},
		want:       []stmt{quoteBy(5, "That’s the part nobody puts on the news. It wasn’t just the fire.", "Marnie Gladue")},
		moreQuotes: true}})
}

// After a question and its answer, a short bare quotation pressing the
// point ("“But possible.”") is the asker's again; the next bare one is the
// answer's.
func TestCarryOverRejoinderGoesBackToTheAsker(t *testing.T) {
	run(t, []attrCase{{name: "question, answer, “But possible.”, reply",
		paras: []string{"Trial",
			"“So it’s possible, Captain, that some of the gasoline came in on the boots of the crews?” Adeyemi asked.",
			"“Possible,” Vos said. “Not likely. Not in that pattern.”",
			"“But possible.”",
			"“You can say that about almost anything, counselor.”"},
		want: []stmt{quoteBy(2, "So it’s possible, Captain, that some of the gasoline came in on the boots of the crews?", "Adeyemi"),
			quoteBy(3, "Possible,", "Vos"), quoteBy(3, "Not likely. Not in that pattern.", "Vos"),
			quoteBy(4, "But possible.", "Adeyemi"),
			quoteBy(5, "You can say that about almost anything, counselor.", "Vos")}}})
}
