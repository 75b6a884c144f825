package attribution_test

// Reported speech: what someone said in the article's own words, found by
// its cue and given to the cue's subject.

import (
	"strings"
	"testing"

	"whosaid/model"
)

// Reported speech by its commonest cues: a failure is a statement missing
// from the reader's list, or given to a name inside the clause.
func TestReportedSpeech(t *testing.T) {
	run(t, []attrCase{
		{name: "said that",
			paras: []string{"Colonel Ruben Akers said that the convoy had turned back before dawn."},
			want:  []stmt{reportedBy(1, "the convoy had turned back", "Ruben Akers")}},
		{name: "said without that",
			paras: []string{"Ruben Akers said the convoy had turned back before dawn."},
			want:  []stmt{reportedBy(1, "the convoy had turned back", "Ruben Akers")}},
		{name: "denied",
			paras: []string{"Ruben Akers denied any wrongdoing in the procurement."},
			want:  []stmt{reportedBy(1, "any wrongdoing", "Ruben Akers")}},
		{name: "warned",
			paras: []string{"Helga Stam warned that the dam could fail within weeks."},
			want:  []stmt{reportedBy(1, "the dam could fail", "Helga Stam")}},
		{name: "thanked",
			paras:       []string{"Helga Stam thanked Piet Vos for his help during the floods."},
			want:        []stmt{reportedBy(1, "for his help", "Helga Stam")},
			notSpeakers: []string{"Piet Vos"}},
		{name: "told reporters that",
			paras: []string{"Ruben Akers told reporters that the convoy had turned back."},
			want:  []stmt{reportedBy(1, "the convoy had turned back", "Ruben Akers")}},
		{name: "added that",
			paras: []string{"Ruben Akers added that no one had been hurt."},
			want:  []stmt{reportedBy(1, "no one had been hurt", "Ruben Akers")}},
		{name: "pronoun subject",
			paras: []string{
				"Helga Stam toured the flooded streets on Friday.",
				"She said the army would stay until the water receded.",
			},
			want: []stmt{reportedBy(2, "the army would stay", "Helga Stam")}},
		{name: "ministry said",
			paras: []string{
				"The Ministry of Water issued new rules on Sunday.",
				"The ministry said hosepipes would be banned from June.",
			},
			want: []stmt{reportedBy(2, "hosepipes would be banned", "~Ministry of Water")}},
	})
}

// Reported speech beside a quotation in the same sentence: the clause is
// the same speaker's as the quotation.
func TestReportedBesideAQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "reported clause, then adding: and a quotation",
			paras: []string{"Ines Dorn said the council would vote on Tuesday, adding: “We will rebuild.”"},
			want: []stmt{
				reportedBy(1, "the council would vote", "Ines Dorn"),
				quoteBy(1, "We will rebuild.", "Ines Dorn"),
			}},
		{name: "quotation, then X said, adding that",
			paras: []string{`"We will not back down," Ana Ruiz said, adding that the strike would go ahead.`},
			want: []stmt{
				quoteBy(1, "We will not back down,", "Ana Ruiz"),
				reportedBy(1, "the strike would go ahead", "Ana Ruiz"),
			}},
		{name: "quotation, X told a show whose title keeps the comma inside its marks, adding that",
			paras: []string{"“I wish him well,” Ana Ruiz told the hosts of “Morning Show,” adding that her son knows his."},
			want: []stmt{
				quoteBy(1, "I wish him well,", "Ana Ruiz"),
				quoteBy(1, "Morning Show,", ""),
				reportedBy(1, "her son knows his", "Ana Ruiz"),
			}},
		{name: "X said, a quotation with its comma inside, then a participle of speech",
			paras: []string{"Ben Holm said, “It’s time we change how we do it,” promising the club will return to its roots."},
			want: []stmt{
				quoteBy(1, "It’s time we change how we do it,", "Ben Holm"),
				reportedBy(1, "the club will return to its roots", "Ben Holm"),
			}},
		{name: "a term in quotation marks framed in a relative clause, then the sentence's own cue",
			paras: []string{"Ben Holm spoke.",
				"The “dirty tricks” that Holm accused Ruiz's campaign of using are not on the same level as the attacks, the candidate said Friday.",
				"The “dirty tricks” that Holm accused Ruiz's campaign of using are not on the same level as the attacks, Ana Lind said Friday."},
			want: []stmt{
				reportedBy(2, "not on the same level as the attacks", "Ben Holm"),
				quoteBy(2, "dirty tricks", "Ben Holm"),
				reportedBy(3, "not on the same level as the attacks", "Ana Lind"),
				quoteBy(3, "dirty tricks", "Ben Holm"),
			}},
		{name: "reported clause, then while adding, and a quotation",
			paras: []string{"In a 2014 interview, Ines Dorn insisted it was “premature” to back the mayor’s campaign while adding on climate matters, “I don’t have any doubt.”",
				"Tomas Berg explained the headline before adding, “We fast and pray.”"},
			want: []stmt{
				reportedBy(1, "premature” to back the mayor’s campaign", "Ines Dorn"),
				quoteBy(1, "premature", "Ines Dorn"),
				quoteBy(1, "I don’t have any doubt.", "Ines Dorn"),
				quoteBy(2, "We fast and pray.", "Tomas Berg"),
			},
			notReported: []stmt{{para: 2, text: "explained the headline"}}},
	})
}

// A date's commas ("in an Aug. 8, 2015, affidavit that she said …") do not
// open a new speaker's clause: the words stay the first speaker's.
func TestReportedDateCommasOpenNoClause(t *testing.T) {
	run(t, []attrCase{{name: "in an Aug. 8, 2015, affidavit that she said",
		paras: []string{"Emails", "Ana Ruiz handed back the emails.",
			"Harbour Watch said the finding raised questions about Ruiz's statement in an Aug. 8, 2015, affidavit that she said her lawyers had handed back all records."},
		want: []stmt{reportedBy(3, "handed back all records", "Harbour Watch")}}})
}

// A dash then "but" opens a new speaker's clause as a comma does, and the
// first clause ends before the dash.
func TestReportedDashThenButOpensAClause(t *testing.T) {
	run(t, []attrCase{{name: "X proposed … - but the Y campaign rejected …",
		paras: []string{"Debates", "Ana Ruiz proposed a debate on April 4 - but the Holm campaign rejected the idea because of the game."},
		want:  []stmt{reportedBy(2, "Ana Ruiz proposed a debate on April 4", "Ana Ruiz"), reportedBy(2, "rejected the idea", "~Holm campaign")}}})
	a := article(t, "Debates", "Ana Ruiz proposed a debate on April 4 - but the Holm campaign rejected the idea.")
	for _, st := range a.Statements {
		if strings.HasSuffix(st.Text, "-") {
			t.Errorf("statement %q ends with the dash", st.Text)
		}
	}
}

// A question reported in the passive ("was asked by X whether") is the
// asker's, not the person asked.
func TestReportedQuestions(t *testing.T) {
	run(t, []attrCase{
		{name: "was asked by X whether",
			paras: []string{
				`Gideon Mbeki-Hart was asked by Sipho Dlamini of Radio Calder whether his position was under threat.`,
				`"Do you think the board is losing patience?" Dlamini asked.`,
			},
			want: []stmt{
				reportedBy(1, "whether his position was under threat", "Sipho Dlamini"),
				quoteBy(2, "Do you think the board is losing patience?", "Sipho Dlamini"),
			},
			named: []string{"Sipho Dlamini"}},
		{name: "Asked by a titled councillor whether …, she said",
			paras: []string{"Council vote",
				"Jaswinder Dhaliwal said she supports transit. Asked by Coun. Marco Ferreira whether a delay could cost the project its place, she said she had heard that warning before."},
			want: []stmt{reportedBy(2, "whether a delay could cost the project", "Marco Ferreira"),
				reportedBy(2, "she had heard that warning before", "Jaswinder Dhaliwal")},
			notReported: []stmt{{para: 2, text: "Asked by Coun"}}},
	})
}

// A warning or a message in the passive ("has been warned by senior MPs
// that …", "was told by officials that …") is its agent's: a group, or a
// body a demonym names ("the Russian government"), never the person in view.
func TestReportedPassiveAgents(t *testing.T) {
	run(t, []attrCase{{name: "warned by, told by",
		paras: []string{"Cuts", "Sir Keir Starmer has been warned by senior Labour MPs that his welfare cuts will not pass.",
			"Hillary Clinton spoke on Monday.", "The FBI was told by officials that the plan would cost $2 billion.",
			"The FBI interviewed him after being warned by the Russian government that he was a threat."},
		want: []stmt{reportedBy(2, "his welfare cuts will not pass", "~Labour MPs"),
			reportedBy(4, "the plan would cost", "Officials"),
			reportedBy(5, "he was a threat", "~Russian government")},
		kinds: map[string]model.SpeakerKind{"Officials": model.SpeakerGroup}}})
}

// An appositive that sums up the clause before it, with a participle and
// its agent ("…, a fact later confirmed by the department"), reports what
// the agent said of the clause; the summing noun never speaks.
func TestReportedSummaryAppositive(t *testing.T) {
	run(t, []attrCase{{name: "a fact confirmed by, a practice criticized by",
		paras: []string{"Counts", "The number came from a calculation by the campaign, a fact later confirmed by the Finance Department.",
			"The board let schools merge the two categories, a common practice criticized by Helena Moss and several parent groups.",
			"The mayor had blocked the inquiry - an allegation rejected by a series of council reviews."},
		want: []stmt{reportedBy(2, "The number came from a calculation", "~Finance Department"),
			reportedBy(3, "The board let schools merge", "Helena Moss")},
		notSpeakers: []string{"a fact", "a practice", "a common practice", "an allegation"}}})
}

// A plural of people ("White House officials", "aides to the mayor",
// "about half of the voters") speaks as a group; a count with no noun
// "The two", "all three": the people just named, speaking together.
func TestReportedTheTwo(t *testing.T) {
	run(t, []attrCase{{name: "the two write, said all three, the two admit",
		paras: []string{"Letter", "Senators Ana Ruiz and Tom Reyes sent a letter on Monday. “We do not understand the need,” the two write.",
			"“We will vote no,” said all three.", "The two admit that the goals will not be easy."},
		want: []stmt{quoteBy(2, "We do not understand the need,", "The two"), quoteBy(3, "We will vote no,", "All three"),
			reportedBy(4, "the goals will not be easy", "The two")}}})
}

// ("nine in 10", "some") or a document is no one's name.
func TestReportedGroupSpeakers(t *testing.T) {
	group := model.SpeakerGroup
	run(t, []attrCase{
		{name: "a plural of people speaks as a group",
			paras: []string{"Budget talks stall", "White House officials said the deal was close. Harbour analysts noted that the index fell. " +
				"Several delegate candidates said they would back the governor."},
			want: []stmt{
				reportedBy(2, "the deal was close", "White House officials"),
				reportedBy(2, "the index fell", "Harbour analysts"),
				reportedBy(2, "they would back", "Delegate candidates"),
			},
			kinds: map[string]model.SpeakerKind{"White House officials": group, "Harbour analysts": group, "Delegate candidates": group}},
		{name: "a generation or a share of the public, then they",
			paras: []string{"Poll", "A new survey was published on Tuesday by Capital Download.",
				"Millennials have reached a broad consensus on the issue: By nearly 2-1, they say the bathrooms should be open to all."},
			want:  []stmt{reportedBy(3, "the bathrooms should be open to all", "Millennials")},
			kinds: map[string]model.SpeakerKind{"Millennials": group}},
		{name: "a group qualified by age or by a relative clause with no who",
			paras: []string{"Poll", "Those over 60 say they feel that way by 2-1.",
				"Several people I've spoken with over the last couple of weeks said the mayor had advised the council.",
				"People I spoke with said the pier was safe."},
			want: []stmt{
				reportedBy(2, "they feel that way", "Those over 60"),
				reportedBy(3, "the mayor had advised the council", "Several people"),
				reportedBy(4, "the pier was safe", "People"),
			},
			kinds: map[string]model.SpeakerKind{"Those over 60": group, "Several people": group}},
		{name: "a group with a modifier after its noun",
			paras: []string{"Budget talks stall", "Aides to the mayor said the budget would pass. Sources close to the talks say a deal is near."},
			want: []stmt{
				reportedBy(2, "the budget would pass", "Aides"),
				reportedBy(2, "a deal is near", "Sources"),
			},
			kinds: map[string]model.SpeakerKind{"Aides": group, "Sources": group}},
		{name: "two nouns joined in one subject",
			paras: []string{"Trial date set", "Attorneys and legal experts said a conviction is unlikely."},
			want:  []stmt{reportedBy(2, "a conviction is unlikely", "Legal experts")},
			kinds: map[string]model.SpeakerKind{"Legal experts": group}},
		{name: "a count of people out of many",
			paras: []string{"Poll shows split", "About half of the voters said they were angry. Nine in 10 said the economy favours the wealthy. " +
				"Some say the race is over. Others, however, say it has just begun."},
			want: []stmt{
				reportedBy(2, "they were angry", "Voters"),
				reportedBy(2, "the economy favours", "Nine in 10"), // a share of respondents speaks as a group
				reportedBy(2, "the race is over", "Some"),          // the article's own words for who spoke
				reportedBy(2, "it has just begun", "Others"),
			},
			kinds: map[string]model.SpeakerKind{"Voters": group}},
		{name: "a share with its figure between commas",
			paras: []string{"Poll shows split", "Just shy of half, 49%, say the economy has improved. Nearly half, or 48%, say the pier is safe."},
			want:  []stmt{reportedBy(2, "the economy has improved", "Just shy of half"), reportedBy(2, "the pier is safe", "Nearly half")}},
		{name: "at least a share of people",
			paras: []string{"Poll shows split", "At least half of voters in each state say the two candidates' positions are about right."},
			want:  []stmt{reportedBy(2, "positions are about right", "Voters")},
			kinds: map[string]model.SpeakerKind{"Voters": group}},
		{name: "according to a group or a document",
			paras: []string{"Base to stay", "The base will stay open for years, according to military officials. " +
				"The plant closed in 2009, according to court documents."},
			want: []stmt{
				reportedBy(2, "The base will stay open", "Military officials"),
				reportedBy(2, "The plant closed", "court documents"),
			},
			kinds: map[string]model.SpeakerKind{"Military officials": group, "court documents": model.SpeakerDocument}},
	})
}

// A subject that is no speaker (a source with nothing after it, fees, a
// denial that anyone spoke, a headline's figure of speech): the statement
// has no one's name, or is no statement at all. A document speaks as one.
func TestReportedSubjectIsNoSpeaker(t *testing.T) {
	run(t, []attrCase{
		{name: "a document speaks by its own words; a source in the lede is someone unnamed, not one named later",
			paras: []string{"Charges dropped", "A court document filed Thursday says that the manager will not be prosecuted. " +
				"A source said the campaign balked at the price."},
			want: []stmt{
				reportedBy(2, "will not be prosecuted", "a court document"),
				reportedBy(2, "balked at the price", "A source"),
			}},
		{name: "things with a people-like plural are no group",
			paras: []string{"Fees fall", "At the bank, fees from advising clients declined to $281 million. " +
				"Looming retirements were said to swell costs."},
			notReported: []stmt{{para: 2, text: "fees from advising"}, {para: 2, text: "Looming retirements"}}},
		{name: "a subject that denies anyone spoke",
			paras:       []string{"Summit ends", "Neither leader announced that a second meeting would be held. No official said when talks resume."},
			notReported: []stmt{{para: 2, text: "a second meeting"}, {para: 2, text: "talks resume"}}},
		{name: "a figure of speech in a headline is no speech",
			paras:       []string{"Novelist hits back at critic over review", "The novelist Mara Quill said the review was unfair."},
			notReported: []stmt{{para: 1, text: "hits back"}}},
	})
}

// Words between the subject and its cue (a time, "now", a dateline's
// abbreviation, "he's ... and says") do not hide the subject; a cue at the
// end of a sentence owns all of it.
func TestReportedSubjectShapes(t *testing.T) {
	run(t, []attrCase{
		{name: "a time between subject and cue",
			paras: []string{"Quarantine plan", "Gov. Chris Dale on Tuesday said he would quarantine travellers. Ana Ruiz now says the plan is wrong."},
			want: []stmt{
				reportedBy(2, "he would quarantine", "Chris Dale"),
				reportedBy(2, "the plan is wrong", "Ana Ruiz"),
			}},
		{name: "a progressive verb before the participle's comma",
			paras: []string{"Budget", "Democrats aren't buying it, noting that the target cannot be met without cuts.",
				"The governors are watching closely, warning that the cuts would fall on them."},
			want: []stmt{reportedBy(2, "the target cannot be met", "Democrats"),
				reportedBy(3, "the cuts would fall on them", "Governors")}},
		{name: "a title holding 'of' before the name, an aside, and a place opening the sentence",
			paras: []string{"Results", "In Georgia, Secretary of State Harold Whitacre, a Republican, said in a statement that the results would be certified on time.",
				"But Tom Fenton, the president of Judicial Review, a group that has sued the state, said the damage was done."},
			want: []stmt{reportedBy(2, "the results would be certified on time", "Harold Whitacre"),
				reportedBy(3, "the damage was done", "Tom Fenton")}},
		{name: "depending on whom you asked takes no sentence",
			paras: []string{"Rates", "Fed Chair Harlan Whitcomb told senators on Tuesday that the bank is in no hurry to cut rates — a relief or a worry, depending on whom you asked."},
			want:  []stmt{reportedBy(2, "the bank is in no hurry to cut rates", "Harlan Whitcomb")}},
		{name: "time spent before the participle",
			paras: []string{"Fraud scandal", "Gov. Anders Lindqvist has spent months insisting that the scandal was not his fault.",
				"His rival, Kristin Hauge, spent the past two weeks arguing that the audit was damning."},
			want: []stmt{reportedBy(2, "the scandal was not his fault", "Anders Lindqvist"),
				reportedBy(3, "the audit was damning", "Kristin Hauge")}},
		{name: "a city and its state in the subject's aside, then a who clause",
			paras: []string{"Medicaid cuts", "Dr. Raymond Okafor, a pediatrician in Columbus, Ohio, who testified before the committee last month, said in an interview that most of his patients are on Medicaid."},
			want:  []stmt{reportedBy(2, "most of his patients are on Medicaid", "Raymond Okafor")}},
		{name: "a surname that ends like an adverb",
			paras: []string{"Loans plan", "Rep. David Jolly backed the bill. Jolly said he has worked with both parties."},
			want:  []stmt{reportedBy(2, "he has worked", "David Jolly")}},
		{name: "a dateline's state abbreviation ends no sentence",
			paras: []string{"Survivors met", "ORLANDO, Fla. (Wire) - President Ada Moreno met survivors on Thursday and said the country must act."},
			want:  []stmt{reportedBy(2, "the country must act", "Ada Moreno")}},
		{name: "he's is he is",
			paras: []string{"Measures panned", "Gov. Tom Reyes wrote an op-ed. He’s comparing the measures to an order and says the process is flouted."},
			want:  []stmt{reportedBy(2, "the process is flouted", "Tom Reyes")}},
		{name: "a trailing cue owns the whole sentence",
			paras: []string{"Turnout", "Republicans boast of strong turnout, but turnout predicts nothing, political scientists say."},
			want:  []stmt{reportedBy(2, "Republicans boast of strong turnout", "Political scientists")}},
	})
}

// A line opened by a speaker's label (a headline's "Okafor:", a
// transcript's "REYES:", "Q:" for the interviewer) is that speaker's,
// reported whole; a label
// that names no speaker ("Venue:", "Related:") makes no statement.
func TestReportedLabelLines(t *testing.T) {
	run(t, []attrCase{
		{name: "a headline's label and a transcript's lines are their speakers'",
			paras: []string{
				"Okafor: No outside influence on the port inquiry",
				"Harbour Minister Grace Okafor spoke on Sunday to Tom Reyes.",
				"REYES: Let me ask you about the inquiry.",
				"OKAFOR: Well, I think the whole city needs to work together.",
				"Q: Did the board take care of you?",
			},
			want: []stmt{
				reportedBy(1, "No outside influence", "Grace Okafor"),
				reportedBy(3, "Let me ask you", "Tom Reyes"),
				reportedBy(4, "the whole city needs", "Grace Okafor"),
				reportedBy(5, "Did the board", "the interviewer"), // a "Q:" no one is named for
			}},
		{name: "a transcript's label in capitals names the speaker as a name is written",
			paras: []string{"Interview", "ROSEMARY BARTON: Minister, thank you for being here.", "BARTON: Is a recession coming?"},
			want: []stmt{reportedBy(2, "thank you for being here", "Rosemary Barton"),
				reportedBy(3, "Is a recession coming?", "Rosemary Barton")}},
		{name: "THE COURT is the judge; a short answer after a label's line is said",
			paras: []string{"Court", "Curtis Michael Paul, 31, pleaded guilty to breaching a release order.",
				"Before imposing the conditions, Judge Amanda Whynot-Peters made sure Paul understood them. The exchange went, in part:",
				"THE COURT: If you’re found on Herring Cove Road, you’ll be arrested. Do you understand that?",
				"PAUL: Yes, Your Honour."},
			want: []stmt{reportedBy(4, "you’ll be arrested", "Amanda Whynot-Peters"), reportedBy(5, "Yes, Your Honour.", "Curtis Michael Paul")}},
		{name: "a label in capitals named in full only after the transcript",
			paras: []string{"Debate", "The exchange went like this:", "WHITLOW: Congressman Drummond, should voters take this letter into account?",
				"DRUMMOND: Yes, they should.", "The moderator, Dana Whitlow, said the debate was over."},
			want: []stmt{reportedBy(3, "should voters take this letter into account?", "Dana Whitlow"), reportedBy(4, "Yes, they should.", "Drummond"),
				reportedBy(5, "the debate was over", "Dana Whitlow")}},
		{name: "a label that is a role no one named holds: CLERK, REPORTER",
			paras: []string{"Verdict", "The jury returned after six hours. The exchange took less than a minute:",
				"CLERK: Members of the jury, have you agreed upon your verdict?", "FOREPERSON: We have.",
				"Chief Anna Ruiz took questions after the verdict.",
				"REPORTER: Chief, do you have enough officers?"},
			want: []stmt{reportedBy(3, "have you agreed upon your verdict?", "the clerk"), reportedBy(6, "do you have enough officers?", "the reporter")}},
		{name: "a Hansard label with the member's party and riding in brackets",
			paras: []string{"Levy", "The decision dominated question period. The following exchange is taken from Hansard:",
				"NICOLE OKEMAW (NDP, Regina Elphinstone-Centre): Mr. Speaker, the minister's own officials told committee the levy brings in $410 million.",
				"TREVOR HALVORSEN: Mr. Speaker, the member opposite wants to keep the carbon tax."},
			want: []stmt{reportedBy(3, "the minister's own officials told committee", "Nicole Okemaw"),
				reportedBy(4, "the member opposite wants to keep the carbon tax", "Trevor Halvorsen")},
			notSpeakers: []string{"Officials"}},
		{name: "a label in capitals with whom the speaker is with",
			paras: []string{"Bank", "Analysts pressed executives on the outlook for credit.",
				"SÉBASTIEN THERRIEN-WALSH, NATIONAL BANK FINANCIAL: Your impaired provisions are up for the third quarter in a row.",
				"OLUWASEUN ADEYEMI-GRANT, CHIEF RISK OFFICER: I'm not going to call a peak today, Sébastien.",
				"THERRIEN-WALSH: So you're still comfortable with the range?"},
			want: []stmt{reportedBy(3, "Your impaired provisions are up", "Sébastien Therrien-Walsh"),
				reportedBy(4, "I'm not going to call a peak today", "Oluwaseun Adeyemi-Grant"),
				reportedBy(5, "So you're still comfortable", "Sébastien Therrien-Walsh")}},
		{name: "a dateline is no label",
			paras: []string{"Accord", "KARACHI: Sindh Chief Minister Murad Hussain said on Monday that the province would not accept the accord.",
				"KUALA LUMPUR: Opposition leader Nurul Aziz said the budget was anti-people."},
			want: []stmt{reportedBy(2, "the province would not accept the accord", "Murad Hussain"),
				reportedBy(3, "the budget was anti-people", "Nurul Aziz")},
			notSpeakers: []string{"KARACHI", "KUALA LUMPUR"}},
		{name: "a colon dateline before a subject, a time and a participle",
			paras: []string{"Plan", "LONDON: Ravi Kumar on Tuesday defended the plan, saying it would help farmers."},
			want:  []stmt{reportedBy(2, "it would help farmers", "Ravi Kumar")}},
		{name: "a noun in -s after a name in a prepositional phrase is no cue",
			paras:       []string{"Submarines", "The secretary conceded the program was late, under sustained questioning at Senate estimates on Tuesday."},
			want:        []stmt{reportedBy(2, "the program was late", "~secretary")},
			notSpeakers: []string{"Senate"}},
		{name: "a headline's label names whom the speaker addressed, or where",
			paras: []string{"Okafor to Dock Workers: The port will stay open.", "Harbour Minister Grace Okafor spoke on Sunday."},
			want:  []stmt{reportedBy(1, "The port will stay open", "Grace Okafor")}},
		{name: "a headline's label at an event, with a title",
			paras: []string{"Former Minister Reyes at Harbour Forum: The port must stay open.", "Former harbour minister Tom Reyes spoke at the forum."},
			want:  []stmt{reportedBy(1, "The port must stay open", "Tom Reyes")}},
		{name: "a label that names no speaker",
			paras: []string{"Fair opens", "Venue: the town hall on Main Street.", "Mayor Ana Ruiz: 1,501.", "Related: the fair last year"},
			notReported: []stmt{
				{para: 2, text: "the town hall"},
				{para: 3, text: "1,501"},
				{para: 4, text: "the fair last year"},
			}},
	})
}

// An indefinite person with words after the noun ("a source close to the
// talks", "one Harbour delegate") is an unnamed source, shown as such.
func TestReportedUnnamedSubject(t *testing.T) {
	run(t, []attrCase{
		{name: "an indefinite person with words after the noun is an unnamed source",
			paras: []string{"Talks stall", "A source close to the talks said the deal was off. One Harbour delegate said he would abstain."},
			want: []stmt{
				reportedBy(2, "the deal was off", "A source"),
				reportedBy(2, "he would abstain", "One Harbour delegate"),
			},
			kinds: map[string]model.SpeakerKind{"A source": model.SpeakerUnnamed, "One Harbour delegate": model.SpeakerUnnamed}},
		{name: "One, a New York financier who …, said",
			paras: []string{"Donors restless", "Several donors said their patience was wearing thin.",
				"One, a New York financier who has given the maximum to the campaign, said he had called the candidate directly."},
			want:  []stmt{reportedBy(2, "their patience was wearing thin", "Donors"), reportedBy(3, "he had called the candidate directly", "a New York financier")},
			kinds: map[string]model.SpeakerKind{"a New York financier": model.SpeakerUnnamed}},
		{name: "a noun no table holds, made someone by its who clause",
			paras: []string{"Donors restless", "A financier who has given the maximum said he had called the candidate directly."},
			want:  []stmt{reportedBy(2, "he had called the candidate directly", "a financier")},
			kinds: map[string]model.SpeakerKind{"a financier": model.SpeakerUnnamed}},
	})
}

// Bare cue forms real news prints: "say" after any subject (but not "say"
// for "for example"), a Title Case headline's verb, "maintain" only before
// a clause, and ", according to X." owning its sentence.
func TestReportedBareCueForms(t *testing.T) {
	run(t, []attrCase{
		{name: "a bare 'say' after any subject, not 'say' as for example",
			paras: []string{"Harbour riots", "Harbour police say they have not yet identified the men. " +
				"Critics like Tom Reyes argue the rules would help the mayor. The vote could come in, say, May."},
			want: []stmt{
				reportedBy(2, "not yet identified", "~Police"),
				reportedBy(2, "the rules would help", "Critics"),
			},
			notReported: []stmt{{para: 2, text: "The vote could come"}}},
		{name: "a Title Case headline's verb",
			paras: []string{"Grace Okafor Says She Will Run Again", "Harbour Minister Grace Okafor spoke on Sunday."},
			want:  []stmt{reportedBy(1, "She Will Run Again", "Grace Okafor")}},
		{name: "a headline's auxiliary is no name",
			paras: []string{"Nine Things Grace Okafor Has Said About Ports", "Harbour Minister Grace Okafor spoke on Sunday."},
			want:  []stmt{reportedBy(1, "About Ports", "Grace Okafor")}},
		{name: "maintain reports words only before a clause",
			paras:       []string{"Race tightens", "Gov. Ana Ruiz maintains a wide lead in the polls. Her rival Tom Reyes maintained that the count was wrong."},
			want:        []stmt{reportedBy(2, "the count was wrong", "Tom Reyes")},
			notReported: []stmt{{para: 2, text: "a wide lead"}}},
		{name: "according to at a sentence's end owns it",
			paras: []string{"Base stays", "The ministry is weighing a plan to keep the base open for years, according to military officials."},
			want:  []stmt{reportedBy(2, "The ministry is weighing", "Military officials")}},
	})
}

// A subject that asides stand between ("X, who was to travel …, said",
// "One pastor, Tom Reyes of …, said"), an inverted subject after what was
// said, and words reported before or after a framed quotation.
func TestReportedAcrossAsides(t *testing.T) {
	run(t, []attrCase{
		{name: "a subject with a relative clause or a name beside it",
			paras: []string{"Overtime rules", "Vice President Ana Ruiz, who was to travel to Tolland on Wednesday, said the rules were fair. " +
				"One pastor, Tom Reyes of Liberty Church, said he had called 150 pastors. " +
				"Some voters who heard the speech, on television or at rallies, said he had less magnetism."},
			want: []stmt{
				reportedBy(2, "the rules were fair", "Ana Ruiz"),
				reportedBy(2, "150 pastors", "Tom Reyes"),
				reportedBy(2, "less magnetism", "Voters"),
			},
			kinds: map[string]model.SpeakerKind{"Voters": model.SpeakerGroup}},
		{name: "an inverted subject after what was said, not an object after a comma",
			paras: []string{"Iowa", "The rise surprised the community more than anyone else, said several observers. " +
				"Gov. Tom Kasich ended his bid, telling supporters in Columbus, that he had faith."},
			want: []stmt{
				reportedBy(2, "The rise surprised", "Observers"),
				reportedBy(2, "he had faith", "Tom Kasich"),
			},
			kinds: map[string]model.SpeakerKind{"Observers": model.SpeakerGroup}},
		{name: "words reported before a framed quotation, and after it",
			paras: []string{"Hacker",
				"In an interview last year, Ion Lazar said he welcomed extradition and added, “I’ll plead guilty.”",
				"“I don’t want to get on the wrong side,” said Dana Pike, who said she left on good terms.",
				"“We need the law,” said Ana Ruiz, referring to the bankruptcy chapter."},
			want: []stmt{
				quoteBy(2, "I’ll plead guilty.", "Ion Lazar"),
				reportedBy(2, "he welcomed extradition", "Ion Lazar"),
				quoteBy(3, "I don’t want to get on the wrong side,", "Dana Pike"),
				reportedBy(3, "she left on good terms", "Dana Pike"),
				quoteBy(4, "We need the law,", "Ana Ruiz"),
			},
			notReported: []stmt{{para: 4, text: "referring to"}}},
	})
}

// "call for", "call on", "call X Y" and "describe X as Y" report words;
// "called the police" and "too close to call" do not; a question put by
// no one named is a statement with no speaker.
func TestReportedCallsAndQuestions(t *testing.T) {
	run(t, []attrCase{
		{name: "call for, call on, call X Y, describe X as Y",
			paras: []string{"Port deal", "Gov. Ana Ruiz called for the suspension of the port deal. Mayor Tom Reyes called on the council to vote. " +
				"Councillor Dana Pike called the plan a disaster. The union described the move as a breach of trust."},
			want: []stmt{
				reportedBy(2, "the suspension of the port deal", "Ana Ruiz"),
				reportedBy(2, "the council to vote", "Tom Reyes"),
				reportedBy(2, "the plan a disaster", "Dana Pike"),
				reportedBy(2, "a breach of trust", "~union"),
			}},
		{name: "call and call for that are no speech",
			paras: []string{"Storm", "Residents called the police to the scene. The mayor called a meeting for Monday. " +
				"The race was too close to call for most of the night."},
			notReported: []stmt{
				{para: 2, text: "the police to the scene"},
				{para: 2, text: "a meeting for Monday"},
				{para: 2, text: "too close to call"},
			}},
		{name: "a question put by no one named",
			paras: []string{"Vote", "When asked whether he would run again, Tom Reyes said, “We’ll see.” " +
				"Asked on Monday about the port deal, Ana Ruiz smiled."},
			want: []stmt{
				quoteBy(2, "We’ll see.", "Tom Reyes"),
				reportedBy(2, "whether he would run again", ""),
				reportedBy(2, "about the port deal", ""),
			}},
	})
}

// A report's source: "As the Post reported, …", "a fact first reported by
// the Herald", "reported the plant had closed" (a clause without "that"),
// but not "reported a loss".
func TestReportedReports(t *testing.T) {
	run(t, []attrCase{
		{name: "an as-clause and a passive with its source",
			paras: []string{"Port", "As the Harbour Gazette reported, the council met in secret. " +
				"The plan was first reported by the Harbour Gazette.",
				"As reported by the Tolland Herald, the mayor signed the deal."},
			want: []stmt{
				reportedBy(2, "the council met in secret", "~Harbour Gazette"),
				reportedBy(2, "The plan was first reported", "~Harbour Gazette"),
				reportedBy(3, "the mayor signed the deal", "~Tolland Herald"),
			}},
		{name: "report with a clause, not with an object",
			paras:       []string{"Port", "The Harbour Gazette reports the mayor was never told. Acme Corp. reported a loss of $5 million."},
			want:        []stmt{reportedBy(2, "the mayor was never told", "~Harbour Gazette")},
			notReported: []stmt{{para: 2, text: "a loss of"}}},
		{name: "report with a clause whose verb is a past tense like 'came'",
			paras: []string{"Port", "The Harbour Gazette reported the order came hours after the strike began."},
			want:  []stmt{reportedBy(2, "the order came hours after the strike began", "~Harbour Gazette")}},
		{name: "tweeting while someone spoke reports nothing",
			paras:       []string{"Port", "Union leader Ana Ruiz live tweeted as the mayor spoke from city hall."},
			notReported: []stmt{{para: 2, text: ""}}},
		{name: "an as-clause with a time before its comma",
			paras: []string{"Port", "As the columnist Ana Ruiz wrote last week, the fight is about the next election."},
			want:  []stmt{reportedBy(2, "the fight is about the next election", "Ana Ruiz")}},
		{name: "a passive with an adverb is no cue",
			paras:       []string{"Port", "As the Gazette reported, Tom Reyes was also accused of breaking the rules."},
			want:        []stmt{reportedBy(2, "Tom Reyes was also accused", "~Gazette")},
			notSpeakers: []string{"Tom Reyes"}},
	})
}

// A speech noun reports what follows it, by its possessor or by no one:
// "Reyes's claims that …", "her promise to …", "questions about …".
func TestReportedSpeechNouns(t *testing.T) {
	run(t, []attrCase{
		{name: "a possessor's claim, promise and call",
			paras: []string{"Port", "Despite Tom Reyes's claims that his fortune exceeds $10 billion, the firms rank him lower. " +
				"Mayor Ana Ruiz won support with her promise to build a new pier."},
			want: []stmt{
				reportedBy(2, "his fortune exceeds", "Tom Reyes"),
				reportedBy(2, "build a new pier", "Ana Ruiz"),
			}},
		{name: "questions and criticism with no possessor",
			paras: []string{"Port", "Dana Pike did not respond to questions about the pier. The plan drew criticism of its cost."},
			want: []stmt{
				reportedBy(2, "the pier", ""),
				reportedBy(2, "its cost", ""),
			}},
		{name: "a speech noun that reports nothing, and a verb",
			paras: []string{"Port", "Her opening statement of the debate was short. The council will stake its claim for more money. " +
				"Gov. Tom Reyes calls Ana Ruiz unqualified."},
			want:        []stmt{reportedBy(2, "Ana Ruiz unqualified", "Tom Reyes")},
			notReported: []stmt{{para: 2, text: "the debate"}, {para: 2, text: "more money"}}},
		{name: "an adjective in -ed between the owner and the noun",
			paras: []string{"Port", "Cliven Reyes spoke.", "Despite Reyes's continued insistence that he was at the pier as a journalist, a judge kept him in jail.",
				"His repeated claims that the vote was rigged were false."},
			want: []stmt{reportedBy(3, "he was at the pier as a journalist", "Cliven Reyes"),
				reportedBy(4, "the vote was rigged", "Cliven Reyes")},
			notReported: []stmt{{para: 4, text: "His repeated"}}},
		{name: "a noun's speaker after from, inside someone else's statement",
			paras: []string{"Port", "The reeve says crews will keep fishing this fall, despite a warning from Fisheries and Oceans Canada that traps will be seized.",
				"Councillors approved the fees despite complaints from the Harbour Merchants Association that the move will drive visitors away."},
			want: []stmt{reportedBy(2, "crews will keep fishing this fall", "the reeve"),
				reportedBy(2, "traps will be seized", "Fisheries and Oceans Canada"),
				reportedBy(3, "the move will drive visitors away", "Harbour Merchants Association")},
			notReported: []stmt{{para: 2, text: "despite a warning"}}},
	})
}

// A participle of saying after a noun reports the clause after it: "an
// email saying that …", "with 30 percent of voters saying they …".
func TestReportedNounSaying(t *testing.T) {
	run(t, []attrCase{
		{name: "a participle after a noun",
			paras: []string{"Poll", "The Reyes campaign sent an email saying that the race was now between two men. " +
				"Ana Ruiz gained ground, with 30 percent of voters saying they liked her."},
			want: []stmt{
				reportedBy(2, "the race was now between two men", "*"),
				reportedBy(2, "they liked her", "Voters"),
			}},
		{name: "a participle that is an adjective",
			paras:       []string{"Poll", "The forecasting office issued a warning about the storm."},
			notReported: []stmt{{para: 2, text: "forecasting office"}}},
	})
}

// "question" and "point to" as verbs of argument; a passive speech verb
// with no agent is spoken of by no one named.
func TestReportedArgueAndPassive(t *testing.T) {
	run(t, []attrCase{
		{name: "questioned, pointed to",
			paras: []string{"Port", "Conservative leaders have questioned his sincerity. Gov. Ana Ruiz pointed to the rising cost of the pier."},
			want: []stmt{
				reportedBy(2, "his sincerity", "Conservative leaders"),
				reportedBy(2, "the rising cost", "Ana Ruiz"),
			}},
		{name: "a passive speech verb with no agent",
			paras: []string{"Port", "Tom Reyes was criticized for trading a guilty man for an innocent one."},
			want:  []stmt{reportedBy(2, "trading a guilty man", "")}},
		{name: "a passive that is no speech",
			paras:       []string{"Port", "Tom Reyes was elected in 2010."},
			notReported: []stmt{{para: 2, text: "elected"}}},
	})
}

// The subject of a relative clause's cue is the noun before "who"; an
// aside of up to six words may stand between subject and cue; a per
// cent is a subject.
func TestReportedRelativeAndPercent(t *testing.T) {
	run(t, []attrCase{
		{name: "who say, per cent say, a longer aside",
			paras: []string{"Law", "The state faces a backlash from business leaders who say the law is unfair. " +
				"On troops, 47% say the country should act. " +
				"Harbour economists, like their Tolland counterparts, say taxing consumption helps."},
			want: []stmt{
				reportedBy(2, "the law is unfair", "Business leaders"),
				reportedBy(2, "the country should act", "47%"),
				reportedBy(2, "taxing consumption helps", "Harbour economists"),
			}},
	})
}

// A label line may hold a quotation inside what follows the colon, or open
// with one that more words follow; one that is only a quotation, or a line
// of several labels, is left to the quotation rules.
func TestReportedLabelWithQuotation(t *testing.T) {
	run(t, []attrCase{
		{name: "a headline label with quoted words inside",
			paras: []string{"Okafor: Port Decision ‘Defies Explanation,’ Needs Inquiry.", "Harbour Minister Grace Okafor spoke on Sunday."},
			want: []stmt{
				reportedBy(1, "Port Decision", "Grace Okafor"),
				quoteBy(1, "Defies Explanation,", "*"),
			}},
		{name: "the quotation opens what follows the colon, and more follows it",
			paras: []string{"Grace Okafor: ‘No Idea’ If I Would Have Closed the Port.", "Harbour Minister Grace Okafor spoke on Sunday."},
			want: []stmt{
				reportedBy(1, "If I Would Have Closed the Port", "Grace Okafor"),
				quoteBy(1, "No Idea", "Grace Okafor"),
			}},
		{name: "two labels, each with its quotation",
			paras: []string{"Ports", "Grace Okafor and Ana Ruiz, among others, reject the term.", "Okafor: “Our goal is to win.” Ruiz: “The mission is to win.”"},
			want: []stmt{
				quoteBy(3, "Our goal is to win.", "Grace Okafor"),
				quoteBy(3, "The mission is to win.", "Ana Ruiz"),
			},
			notReported: []stmt{{para: 3, text: "Ruiz:"}}},
		{name: "a given name that is also a word, then Title Case and a quotation",
			paras: []string{"Bill Okafor: Harbour ‘Better Run Than It Was When I Ran It.’", "Former harbour minister Bill Okafor spoke on Sunday."},
			want: []stmt{
				reportedBy(1, "Harbour", "Bill Okafor"),
				quoteBy(1, "Better Run Than It Was When I Ran It.", "Bill Okafor"),
			}},
		{name: "a title's full stop before the name",
			paras: []string{"Dr. Grace Okafor: Port ‘Not Fit To Stay Open.’", "Harbour Minister Grace Okafor spoke on Sunday."},
			want: []stmt{
				reportedBy(1, "Port", "Grace Okafor"),
				quoteBy(1, "Not Fit To Stay Open.", "Grace Okafor"),
			}},
		{name: "a role word before the name, written in lower case in the story",
			paras: []string{"Hacker Ovidiu: Server Unprotected, ‘Like an Open Door.’", "The hacker, known as Ovidiu, spoke from prison."},
			want: []stmt{
				reportedBy(1, "Server Unprotected", "*"),
				quoteBy(1, "Like an Open Door.", "*"),
			}},
	})
}

// A progressive cue ("is pledging"), a headline's past-tense verb after
// "Just", and "I'd add" report speech.
func TestReportedProgressiveAndContractions(t *testing.T) {
	run(t, []attrCase{
		{name: "is pledging, I'd add",
			paras: []string{"Port", "Gov. Ana Ruiz is pledging to take the fight to the floor. I’d add that the split has a historical reason."},
			want: []stmt{
				reportedBy(2, "to take the fight", "Ana Ruiz"),
				reportedBy(2, "a historical reason", ""),
			}},
		{name: "a headline's past-tense verb",
			paras: []string{"Grace Okafor Just Announced Who She Would Pick.", "Harbour Minister Grace Okafor spoke on Sunday."},
			want:  []stmt{reportedBy(1, "Who She Would Pick", "Grace Okafor")}},
	})
}

// A sentence told as hearsay is a statement by no one named.
func TestReportedHearsay(t *testing.T) {
	run(t, []attrCase{
		{name: "reportedly",
			paras: []string{"Port", "The company has reportedly taken heat from a civil rights group."},
			want:  []stmt{reportedBy(2, "taken heat", "")}},
	})
}

// "wrote about", "joked about": the topic is what was said.
func TestReportedAbout(t *testing.T) {
	run(t, []attrCase{
		{name: "wrote about, joked about",
			paras: []string{"Port", "In December, the Harbour Gazette wrote about the council's secret account. " +
				"Judge Ana Ruiz joked about moving to Tolland."},
			want: []stmt{
				reportedBy(2, "secret account", "~Harbour Gazette"),
				reportedBy(2, "moving to Tolland", "Ana Ruiz"),
			}},
	})
}

// "to say" speaks for the clause's subject or for the one a verb led to
// it; "would have to tell" says nothing yet.
func TestReportedInfinitive(t *testing.T) {
	run(t, []attrCase{
		{name: "likely to say, led X to say, a number aside",
			paras: []string{"Poll", "Harbour voters are slightly more likely to say that the mayor represents them. " +
				"The timing led Republicans to say that the council hid the vote. " +
				"Among Tolland voters, about two-thirds, 67 percent, say they will vote."},
			want: []stmt{
				reportedBy(2, "the mayor represents them", "Harbour voters"),
				reportedBy(2, "the council hid the vote", "Republicans"),
				reportedBy(2, "they will vote", "About two-thirds"),
			}},
		{name: "a plan or a duty to speak is no speech",
			paras:       []string{"Poll", "Candidates have until Jan. 31 to disclose their fundraising. Voters will have to tell the board."},
			notReported: []stmt{{para: 2, text: "their fundraising"}, {para: 2, text: "tell the board"}}},
	})
}

// A court filing or a survey that "says" something speaks as a document.
func TestReportedDocumentSubjects(t *testing.T) {
	a := article(t, "The case went on.", "A court filing says the company misled investors.")
	s := mustFind(t, a, reportedBy(2, "the company misled investors", ""))
	if s.Speaker != "A court filing" || a.Speakers[s.SpeakerIndex].Kind != "document" {
		t.Errorf("speaker %q; want A court filing, a document\n%s", s.Speaker, dump(a))
	}
}

func TestReportedSubjectBeforeAdjuncts(t *testing.T) {
	run(t, []attrCase{
		{name: "a phrase of time or place between the name and its cue",
			paras: []string{"Harbour plan", "Maren Vik and Tomas Berg met on Monday.",
				"Vik at the time said the harbour would open. Berg in a blog post said the plan was a failure.",
				"The pier opened, while Vik in a Medium post said the harbour would close."},
			want: []stmt{
				reportedBy(3, "the harbour would open", "Maren Vik"),
				reportedBy(3, "the plan was a failure", "Tomas Berg"),
				reportedBy(4, "the harbour would close", "Maren Vik"),
			}},
		{name: "a party and role before a title, a party tag after the name",
			paras: []string{"Harbour plan", "Liberal mayoral candidate Sen. Maren Vik (L-Nor.) on Saturday criticized the harbour accord adopted after two weeks of talks, saying the plan goes “nowhere near far enough.”"},
			want: []stmt{
				reportedBy(2, "the harbour accord adopted", "Maren Vik"),
				quoteBy(2, "nowhere near far enough.", "Maren Vik"),
			}},
		{name: "a phrase of the verb's object is no adjunct",
			paras: []string{"Harbour plan", "Aides to the mayor said the budget would pass."},
			want:  []stmt{reportedBy(2, "the budget would pass", "Aides")}},
		{name: "a role nothing resolves stands as the source it describes",
			paras: []string{"Harbour plan", "The former pollster said, “It will flood.” The crowd said the plan was doomed."},
			want: []stmt{
				quoteBy(2, "It will flood.", "the former pollster"),
				reportedBy(2, "the plan was doomed", "Crowd"),
			},
			kinds: map[string]model.SpeakerKind{"the former pollster": model.SpeakerUnnamed, "Crowd": model.SpeakerGroup}},
	})
}

// A subject no name or role resolves is named by its own words, so the
// reader sees who the article says spoke: people as a group, a thing as a
// document, one person as an unnamed source. A surname alone stays no one's.
func TestReportedLiteralSubjects(t *testing.T) {
	run(t, []attrCase{{
		name: "plurals, things and one unnamed person",
		paras: []string{"Harbour plan", "Maren Vik spoke on Monday. Friends say she is tireless. Companies say they are worried. " +
			"The new accord calls on every town to build a wall. Another said the plan was late. Williams says it is good."},
		want: []stmt{
			reportedBy(2, "she is tireless", "Friends"),
			reportedBy(2, "they are worried", "Companies"),
			reportedBy(2, "every town to build", "the new accord"),
			reportedBy(2, "the plan was late", "another"),
			reportedBy(2, "it is good", ""),
		},
		kinds: map[string]model.SpeakerKind{"Friends": model.SpeakerGroup, "Companies": model.SpeakerGroup,
			"the new accord": model.SpeakerDocument, "another": model.SpeakerUnnamed},
	}, {
		name:  "a role with a phrase after it",
		paras: []string{"Harbour plan", "Maren Vik spoke on Monday.", "The senator from Tolland said the vote would fail."},
		want:  []stmt{reportedBy(3, "the vote would fail", "Maren Vik")},
	}})
}

// A share of those asked speaks as a group, however it is counted.
func TestReportedShares(t *testing.T) {
	run(t, []attrCase{{
		name: "shares and sources after according to",
		paras: []string{"Poll results", "About one in five say they will vote. Nearly three in five said they are worried. " +
			"But majorities in all five say they back it.",
			"Most of the jobs were lost, according to exit polling data. The fair opens Monday, according to the schedule published Thursday."},
		want: []stmt{
			reportedBy(2, "they will vote", "About one in five"),
			reportedBy(2, "they are worried", "Nearly three in five"),
			reportedBy(2, "they back it", "Majorities in all five"),
			reportedBy(3, "the jobs were lost", "exit polling data"),
			reportedBy(3, "The fair opens Monday", "the schedule"),
		},
		kinds: map[string]model.SpeakerKind{"About one in five": model.SpeakerGroup, "exit polling data": model.SpeakerDocument,
			"the schedule": model.SpeakerDocument},
	}})
}

// Documents and unnamed sources whose phrase runs on past its head noun.
func TestReportedIndefiniteDocuments(t *testing.T) {
	run(t, []attrCase{{
		name: "a report with a phrase after it, and 'according to' an unnamed source",
		paras: []string{"Harbour plan", "Maren Vik spoke on Monday.",
			"A news report published Wednesday said the mail was lost. An earlier report in a Tolland paper said the pier was closed. " +
				"The ferry was late, according to a harbour aide."},
		want: []stmt{
			reportedBy(3, "the mail was lost", "a news report"),
			reportedBy(3, "the pier was closed", "an earlier report"),
			reportedBy(3, "The ferry was late", "a harbour aide"),
		},
		kinds: map[string]model.SpeakerKind{"a news report": model.SpeakerDocument, "a harbour aide": model.SpeakerUnnamed},
	}})
}

// A second speaker's clause after ", and" is theirs even when the first
// speaker's words ran on with "that".
func TestReportedSecondSpeakerAfterAnd(t *testing.T) {
	run(t, []attrCase{{
		name: "X has been warning that …, and Y said …",
		paras: []string{"Island budget", "Ana Acosta is the treasurer.",
			"The island's governor Tomas Berg has been warning that it is running out of cash, and Ms. Acosta said the measures include delays."},
		want: []stmt{
			reportedBy(3, "running out of cash", "Tomas Berg"),
			reportedBy(3, "the measures include delays", "Ana Acosta"),
		},
		notReported: []stmt{{para: 3, text: "cash, and Ms. Acosta"}},
	}})
}

// A second speaker's clause after "while" holds its own statement, with
// a long title before the name, after a condition in the first clause or
// after a quotation's cue.
func TestReportedSecondSpeakerAfterWhile(t *testing.T) {
	run(t, []attrCase{{
		name: "…, while Bloc Québécois MP X said …; “…,” she warned, while Y said …",
		paras: []string{"Housing fund",
			"Asante said they could support the plan if part of the fund were set aside, while Bloc Québécois MP Sylvie Ouellet said Quebec would demand the right to opt out.",
			"“We’re not out of the woods yet,” Dr. Anjali Rao warned, while hospital chief executive Karen Yuen said the hospital would review its plan."},
		want: []stmt{
			reportedBy(2, "they could support the plan", "Asante"),
			reportedBy(2, "Quebec would demand the right", "Sylvie Ouellet"),
			quoteBy(3, "We’re not out of the woods yet,", "Anjali Rao"),
			reportedBy(3, "the hospital would review its plan", "Karen Yuen"),
		},
	}})
}

// "Testified … that" with two phrases between the cue and "that".
func TestReportedTestifiedWithPhrasesBeforeThat(t *testing.T) {
	run(t, []attrCase{{name: "testified in his own defence in the spring that",
		paras: []string{"Trial", "Gregory Vanstone, a financial adviser, testified in his own defence in the spring that he had felt dizzy."},
		want:  []stmt{reportedBy(2, "he had felt dizzy", "Gregory Vanstone")}}})
}

// An opening phrase that names a place with its state ("Speaking in
// Salem, New Hampshire,") ends after the state: the subject follows it.
func TestReportedSubjectAfterPlaceWithItsState(t *testing.T) {
	a := article(t,
		"Ola Brenna is far behind in the polls.",
		"Speaking at a town hall in Vik, Sogn Fjordane, Petra Holm went after Brenna, calling him “a total stiff.”",
		"She says, “Nobody would hire him.”",
	)
	checkStmt(t, a, quoteBy(2, "a total stiff.", "Petra Holm"))
	checkStmt(t, a, quoteBy(3, "Nobody would hire him.", "Petra Holm"))
}

// "…, who wondered" after a plural of people ("by his listeners, who
// wondered if “…”") is theirs, never a name further back.
func TestReportedWhoAfterAPluralOfPeople(t *testing.T) {
	a := article(t,
		"Jon Madsen, a radio host, recalled that before the caucus, Lind was not taken seriously by his listeners, who wondered if “she would be the token candidate.”",
		"“I hate to put it that way,” he said.",
	)
	if s := mustFind(t, a, quoteBy(1, "she would be the token candidate.", "")); s.Speaker == "Lind" {
		t.Errorf("the listeners' words went to Lind\n%s", dump(a))
	}
	checkStmt(t, a, quoteBy(2, "I hate to put it that way,", "Jon Madsen"))
}

// A body named inside a subject's appositive ("X, a pollster working with
// Y, a PAC, said") is not the subject; a name after "as" or "like" that
// heads its own appositive still is.
func TestReportedSubjectWithAppositiveNamingABody(t *testing.T) {
	run(t, []attrCase{
		{name: "a body inside the appositive",
			paras: []string{"Sindre Lauvik, a pollster who works with Nordvik Forward, a campaign group, said the vote was close. But he also said the margin had grown."},
			want: []stmt{
				reportedBy(1, "the vote was close", "Sindre Lauvik"),
				reportedBy(1, "the margin had grown", "Sindre Lauvik"),
			}},
		{name: "a body after 'of the' with its own appositive",
			paras: []string{"Kari Moen, executive director of the Fjord Fund, a conservation group, said the river was safe."},
			want:  []stmt{reportedBy(1, "the river was safe", "Kari Moen")}},
		{name: "a title then a body with its own appositive",
			paras: []string{"Gunnar Tveit, research director for Hallan Analytics, a consulting firm, said the merger was risky."},
			want:  []stmt{reportedBy(1, "the merger was risky", "Gunnar Tveit")}},
		{name: "a place with its own appositive",
			paras: []string{"Sen. Marit Dahle, facing a hard race in Telemark, a swing county, said she would welcome the help."},
			want:  []stmt{reportedBy(1, "she would welcome the help", "Marit Dahle")}},
		{name: "the name after as heads the appositive",
			paras: []string{"Or, as Trond Moe, a former minister of transport, put it: “The road is finished.”"},
			want:  []stmt{quoteBy(1, "The road is finished.", "Trond Moe")}},
	})
}

// An aside after the name (a relative clause, a participle, a party tag)
// does not hide the subject; a given name in -ly opens no adverbial.
func TestReportedSubjectBeforeAside(t *testing.T) {
	run(t, []attrCase{{
		name: "asides between a name and its cue",
		paras: []string{"Harbour plan", "Maren Vik, Tomas Berg and Carly Lund spoke.",
			"Vik, who heads the harbour board, said the pier was safe. Berg, asked about the ferry, said it was late.",
			"Carly Lund threw her support behind the plan, saying it was cheap."},
		want: []stmt{
			reportedBy(3, "the pier was safe", "Maren Vik"),
			reportedBy(3, "it was late", "Tomas Berg"),
			reportedBy(4, "it was cheap", "Carly Lund"),
		},
	}})
}

// "X accuses Y of … and Z says …": the second cue's clause is Z's, comma or not.
func TestReportedSecondSpeakerAfterBareAnd(t *testing.T) {
	run(t, []attrCase{{
		name:  "and with no comma before a named subject",
		paras: []string{"Harbour plan", "Maren Vik and Tomas Berg spoke.", "Vik accuses the board of “dragging its feet” and Tomas Berg says the pier is safe."},
		want: []stmt{
			reportedBy(3, "dragging its feet", "Maren Vik"),
			quoteBy(3, "dragging its feet", "Maren Vik"),
			reportedBy(3, "the pier is safe", "Tomas Berg"),
		},
		notReported: []stmt{{para: 3, text: "feet” and Tomas"}},
	}})
}

// What a subject read by its own words is: a time is none, one person is
// unnamed, those asked are a group.
func TestReportedLiteralSubjectKinds(t *testing.T) {
	run(t, []attrCase{{
		name: "times, people and those asked",
		paras: []string{"Harbour plan", "The Harbour Board less than two weeks ago said the pier was safe. " +
			"The actress said she was leaving. Those surveyed said the ferry was late."},
		want: []stmt{
			reportedBy(2, "the pier was safe", "Harbour Board"),
			reportedBy(2, "she was leaving", "the actress"),
			reportedBy(2, "the ferry was late", "Those surveyed"),
		},
		notSpeakers: []string{"two weeks ago"},
		kinds:       map[string]model.SpeakerKind{"the actress": model.SpeakerUnnamed, "Those surveyed": model.SpeakerGroup},
	}})
}

// A cue in -ing after a comma is no inverted cue ("…, applauding
// America's leadership" is the subject's), and a cue after "and" belongs
// to the clause it joins ("when Berg spotted a sign and asked").
func TestReportedParticipleAndCoordinatedCues(t *testing.T) {
	run(t, []attrCase{{
		name: "participle after a comma, and a second verb after and",
		paras: []string{"Harbour plan", "Harbour Mayor Maren Vik called for a new pier, applauding Tolland’s leadership in the process.",
			"The Harbour crowd cheered when Tomas Berg spotted a sign in the crowd and asked whether it was his."},
		want: []stmt{
			reportedBy(2, "a new pier", "Maren Vik"),
			reportedBy(3, "whether it was his", "Tomas Berg"),
		},
		notSpeakers: []string{"Tolland"},
	}, {
		name: "an irregular past before and, then the cue",
		paras: []string{"Pier deal", "Carl Lund helped orchestrate a deal last month.",
			"But on Tuesday, he stood with other council leaders and urged the Harbour party to vote for the deal instead.",
			"Lund met the mayor and said the pier would open in May."},
		want: []stmt{
			reportedBy(3, "the Harbour party to vote for the deal", "Carl Lund"),
			reportedBy(4, "the pier would open in May", "Carl Lund"),
		},
	}})
}

// A phrase of time opening the sentence ("Eight years ago,") is no subject:
// the pronoun after it is.
func TestReportedSubjectAfterPhraseOfTime(t *testing.T) {
	a := article(t,
		"Arne Solberg left no doubt that he would endorse.",
		"Eight years ago, he backed Kari Moe over Lind and said that Lind had done nothing for the valley.",
	)
	checkStmt(t, a, reportedBy(2, "Lind had done nothing for the valley", "Arne Solberg"))
}

// A phrase of time between an auxiliary and the cue: "X had earlier this
// month said that …" (Indian copy). A failure finds no statement.
func TestReportedTimeBetweenAuxiliaryAndCue(t *testing.T) {
	a := article(t, "Roads",
		"Prime Minister Arvind Rao had earlier this month said that roads would be the engine of growth.",
		"Kavita Nair spoke on Monday.",
		"She had last week said that the state would need 3,000 doctors.")
	checkStmt(t, a, reportedBy(2, "roads would be the engine of growth", "Arvind Rao"))
	checkStmt(t, a, reportedBy(4, "the state would need 3,000 doctors", "Kavita Nair"))
}

// An age noun before a cue in -ed ("The 51-year-old confirmed that …")
// is a subject, not a number before a participle ("4,051 pledged
// delegates").
func TestReportedAgeNounBeforeAPastCue(t *testing.T) {
	a := article(t, "Derby", "Harbridge manager Callum Docherty said the defeat was unacceptable. The 51-year-old confirmed that the captain would miss the game.",
		"Of the 4,051 pledged delegates, most backed the mayor.")
	checkStmt(t, a, reportedBy(2, "the captain would miss the game", "Callum Docherty"))
	for _, st := range a.Statements {
		if st.Paragraph == 3 {
			t.Errorf("¶3 %q is a statement (cue %q): no one speaks there", st.Text, st.Cue)
		}
	}
}

// A cue that closes its paragraph with a colon ("In a post on X, he
// wrote:") reports nothing itself: the quotation after it is the
// statement. A trailing cue after its content ("…, as the website notes:")
// still reports what stands before it.
func TestReportedCueBeforeAColonAtTheEnd(t *testing.T) {
	a := article(t, "Row", "Nicholas Fane said Labour was at war with itself. In a post on X, he wrote:", "“This is chaos.”",
		"It would be difficult to overstate the significance of the statement to the movement, as the foundation's website notes:")
	for _, st := range a.Statements {
		if st.Paragraph == 2 && st.Kind == model.KindReported && strings.Contains(st.Text, "In a post on X") {
			t.Errorf("¶2 %q is a statement: it says nothing but where the words are", st.Text)
		}
	}
	checkStmt(t, a, quoteBy(3, "This is chaos.", "Nicholas Fane"))
	checkStmt(t, a, reportedBy(4, "It would be difficult to overstate", "*"))
}

// Words after such a cue that say only when, where or to whom ("told
// reporters Thursday:", "told CBC News:") report nothing either.
func TestReportedCueWithItsMediumBeforeAColon(t *testing.T) {
	a := article(t, "Masks", "Here’s what Health Minister Patty Hajdu told reporters Thursday:", "“We are monitoring the situation.”",
		"Hajdu told CBC News on Friday:", "“The risk is low.”", "Hajdu said the risk was low, adding:", "“Stay home.”")
	for _, st := range a.Statements {
		if st.Kind == model.KindReported && (st.Paragraph == 2 || st.Paragraph == 4) {
			t.Errorf("¶%d %q is a statement: it says only when and to whom the words below were said", st.Paragraph, st.Text)
		}
	}
	checkStmt(t, a, quoteBy(3, "We are monitoring the situation.", "Patty Hajdu"))
	checkStmt(t, a, quoteBy(5, "The risk is low.", "Patty Hajdu"))
	checkStmt(t, a, reportedBy(6, "the risk was low", "Patty Hajdu"))
}

// "Hungary, which has courted Chinese investment, said …": a country
// before a "which" clause is the subject, as a person before "who" is.
func TestReportedCountryBeforeAWhichClause(t *testing.T) {
	a := article(t, "Tariffs", "Hungary, which has courted Chinese investment, said it would vote against the tariffs.")
	checkStmt(t, a, reportedBy(2, "it would vote against the tariffs", "Hungary"))
}

// "He was once quoted as saying that …": an adverb before "quoted" keeps
// the subject.
func TestReportedQuotedAsSayingAfterAnAdverb(t *testing.T) {
	a := article(t, "Obituary", "Hemi Walker rarely gave interviews. He was once quoted as saying that rugby had given him everything.")
	checkStmt(t, a, reportedBy(2, "rugby had given him everything", "Hemi Walker"))
}

// "Officials in the ministry, speaking on condition of anonymity, said"
// is the officials, as without the aside, not the ministry; "Election
// officials in Pennsylvania, including …, have said" is not the state.
func TestReportedPluralSubjectWithPlaceBeforeAside(t *testing.T) {
	a := article(t, "Roads", "Officials in the ministry, speaking on condition of anonymity, said land acquisition remained the biggest hurdle.")
	checkStmt(t, a, reportedBy(2, "land acquisition remained the biggest hurdle", "Officials"))
	named := article(t, "Count", "Election officials in Pennsylvania, including the Republican chairman of the board of elections in one county, have said there is no evidence of any irregularities.")
	checkStmt(t, named, reportedBy(2, "there is no evidence", "Election officials"))
}

// "challenged his players to “look in the mirror”" reports words; "is
// challenging McCain for the seat" and "the challenges" do not.
func TestReportedChallengedTo(t *testing.T) {
	a := article(t, "Derby",
		"Harbridge manager Callum Docherty has challenged his players to “look in the mirror” after the defeat.",
		"Kelli Ward is challenging Senator John Marsh for the Arizona seat.",
		"Delegates may challenge existing party rules that purport to bind them.")
	checkStmt(t, a, reportedBy(2, "challenged his players to", "Callum Docherty"))
	for _, st := range a.Statements {
		if st.Paragraph > 2 {
			t.Errorf("¶%d %q is a statement (cue %q): a challenge for a seat or to rules says nothing", st.Paragraph, st.Text, st.Cue)
		}
	}
}

// "According to figures from the INMO, …" is the INMO's report, as
// "according to calculations by X" is X's.
func TestReportedFiguresFromABody(t *testing.T) {
	a := article(t, "Trolleys", "According to figures from the Irish Nurses and Midwifery Organisation, 612 patients were waiting for beds on Tuesday.")
	checkStmt(t, a, reportedBy(2, "612 patients were waiting for beds", "Irish Nurses and Midwifery Organisation"))
}

// What a report, poll or survey "found that" is what it says, as a
// court's, a coroner's, an auditor's or a commissioner's finding is;
// "police found that the door was unlocked" is not.
func TestReportedWhatAReportFound(t *testing.T) {
	run(t, []attrCase{
		{name: "the report also found, a survey by a body finds",
			paras: []string{"Overdoses", "The health agency released its report on Monday.",
				"The report also found that 71 per cent of people who died were alone at the time.",
				"A 2021 survey by the Harbour Drivers Association finds that most drivers speed.",
				"Police found that the door was unlocked."},
			want: []stmt{reportedBy(3, "71 per cent of people who died were alone", "*"),
				reportedBy(4, "most drivers speed", "Harbour Drivers Association")},
			notReported: []stmt{{para: 5, text: "the door was unlocked"}}},
		{name: "a study, its client and its author's description before 'found that'",
			paras: []string{"Mine", "A 2023 study prepared for the town by Winnipeg consulting firm Prairie Metrics found that the mine accounted for 71 per cent of income.",
				"A 2024 survey prepared by Calgary polling firm Northgate Insights found that most residents would stay."},
			want: []stmt{reportedBy(2, "the mine accounted for 71 per cent of income", "Prairie Metrics"),
				reportedBy(3, "most residents would stay", "Northgate Insights")}},
		{name: "a tribunal's order, finding …",
			paras: []string{"Ruling", "The Human Rights Tribunal of Ontario has ordered a Brampton company to pay a former supervisor more than $68,000, finding it fired her because of a disability.",
				"The company closed the Brampton plant last year, finding costs too high."},
			want:        []stmt{reportedBy(2, "The Human Rights Tribunal of Ontario has ordered", "Human Rights Tribunal of Ontario")},
			notReported: []stmt{{para: 3, text: "costs too high"}}},
		{name: "a coroner, an auditor, a commissioner found that",
			paras: []string{"Findings", "In her report, made public Wednesday, coroner Me Sylvie Dufresne-Ouimet found that the operator had worked 11 hours.",
				"Auditor General Nadine Cormier-Walsh found that inspections were late. The auditor also found that the ministry had not verified staffing data.",
				"The integrity commissioner found that the councillor received no benefit."},
			want: []stmt{reportedBy(2, "the operator had worked 11 hours", "Sylvie Dufresne-Ouimet"),
				reportedBy(3, "inspections were late", "Nadine Cormier-Walsh"),
				reportedBy(3, "the ministry had not verified staffing data", "Nadine Cormier-Walsh"),
				reportedBy(4, "the councillor received no benefit", "*")}},
	})
}

// "according to a newly released Ministry of Long-Term Care report" is
// the ministry's, not "a newly", and "the latest Sondages Vigie poll" the
// pollster's, though the tables do not know it; "the school’s Facebook
// post" is not Facebook's.
func TestReportedAccordingToABodysDocument(t *testing.T) {
	run(t, []attrCase{{name: "according to a newly released X report",
		paras: []string{"Care home", "Inspectors found residents left in soiled bedding, according to a newly released Ministry of Long-Term Care report.",
			"Staff were short, according to a recently published Health Canada report.",
			"According to the latest Sondages Vigie poll, the Bloc holds a five-point lead."},
		want: []stmt{reportedBy(2, "Inspectors found residents", "Ministry of Long-Term Care"), reportedBy(3, "Staff were short", "Health Canada"),
			reportedBy(4, "the Bloc holds a five-point lead", "Sondages Vigie")},
		notSpeakers: []string{"a newly"}}, {name: "according to a running tally kept by X",
		paras: []string{"Early vote", "More than 71 million ballots had been cast, according to a running tally kept by the Ballot Tracking Project."},
		want:  []stmt{reportedBy(2, "More than 71 million ballots had been cast", "Ballot Tracking Project")}}})
}

// "according to a summary the union distributed to members" is the
// union's, "a memo the Clinton campaign sent" the campaign's and "an
// email Trump sent" Trump's: the clause after the document names who
// sent it.
func TestReportedAccordingToADocumentItsAuthorSent(t *testing.T) {
	run(t, []attrCase{{name: "a summary the union distributed, a memo the campaign sent",
		paras: []string{"Deal", "Workers at the plant are members of the Harbour Machinists Union.",
			"The agreement includes raises of 21.5 per cent, according to a summary the union distributed to members.",
			"The plan would cost $5 billion, according to a memo the Ruiz campaign sent to donors on Friday.",
			"The rally drew 4,000 people, according to an email Tom Ruiz sent to supporters."},
		want: []stmt{reportedBy(3, "The agreement includes raises", "Harbour Machinists Union"),
			reportedBy(4, "The plan would cost $5 billion", "Ruiz campaign"),
			reportedBy(5, "The rally drew 4,000 people", "Tom Ruiz")}}})
}

// "according to a new report from the city's auditor general" is the
// auditor general's, named in the next paragraph or right after the
// role, not the city's.
func TestReportedDocumentFromAPossessivesRole(t *testing.T) {
	run(t, []attrCase{{name: "a report from the city's auditor general",
		paras: []string{"Bylaw audit", "The bylaw department closed complaints without an inspection, according to a new report from the city's auditor general.",
			"Auditor General Priya Lachapelle-Singh found that officers closed 40 per cent of files by phone."},
		want:        []stmt{reportedBy(2, "The bylaw department closed complaints", "Priya Lachapelle-Singh")},
		notSpeakers: []string{"city"}}, {name: "a letter from the analyst's attorney, then the attorney's name",
		paras: []string{"Whistleblower", "According to a letter from the analyst’s attorney, Gregor Vantongeren, the analyst was placed on leave two weeks later."},
		want:  []stmt{reportedBy(2, "the analyst was placed on leave", "Gregor Vantongeren")}}})
}

// A document by or from a body is the body's, past adjectives, a day and
// the participle that joins them ("according to a recent report from X",
// "the most recent data available from X", "early results of the exit poll
// conducted by X"), and an outlet's own tally is the outlet's, not a
// report it carries, so the next clause keeps its own speaker, as is an
// outlet's "reported that …" after another clause; "a copy of the letter
// reviewed by The Post" is not The Post's.
func TestReportedDocumentByABody(t *testing.T) {
	run(t, []attrCase{
		{name: "according to a recent report from X",
			paras: []string{"Cars", "Sales of electric cars are growing 60 percent a year, according to a recent report from Harbour Energy Finance."},
			want:  []stmt{reportedBy(2, "Sales of electric cars", "Harbour Energy Finance")}},
		{name: "according to the most recent data available from the X",
			paras: []string{"Crime", "In 2014, Tolland had 115 instances of violent crime, according to the most recent data available from the Harbour Bureau of Investigation."},
			want:  []stmt{reportedBy(2, "115 instances of violent crime", "Harbour Bureau of Investigation")}},
		{name: "according to early results of the exit poll conducted by X",
			paras: []string{"Exit polls", "According to early results of the exit poll conducted by Tolland Research, voters in both states were angry."},
			want:  []stmt{reportedBy(2, "voters in both states were angry", "Tolland Research")}},
		{name: "according to a report Tuesday from X, an affiliate",
			paras: []string{"Convention", "Gov. Ola Berg will speak at the convention, according to a report Tuesday from WKTL, the local affiliate."},
			want:  []stmt{reportedBy(2, "will speak at the convention", "WKTL")}},
		{name: "according to a count by The Associated Press, but X has vowed",
			paras: []string{"Delegates", "Ruiz leads Holm by 271 delegates according to a count by The Associated Press, but the senator has vowed to soldier on."},
			want: []stmt{
				reportedBy(2, "Ruiz leads Holm by 271 delegates", "~Associated Press"),
				reportedBy(2, "has vowed to soldier on", "!Associated Press"),
			}},
		{name: "As I mentioned above, …, according to an outlet",
			paras: []string{"Votes", "As I mentioned above, Ruiz got more than 13 million votes in the primary, according to The Harbour Gazette."},
			want:  []stmt{reportedBy(2, "13 million votes", "~Harbour Gazette")}},
		{name: "forms, proposals and regulations speak as documents",
			paras: []string{"Money", "Ana Ruiz filed forms.", "Ruiz’s new disclosure form stated that her revenue increased. The SVP counterproposal argued that towns should decide. Federal Election Commission regulations suggest candidates are responsible."},
			want: []stmt{reportedBy(3, "her revenue increased", "Ruiz’s new disclosure form"), reportedBy(3, "towns should decide", "The SVP counterproposal"),
				reportedBy(3, "candidates are responsible", "Federal Election Commission regulations")}},
		{name: "Though X has described …, the Post reported that",
			paras: []string{"Abortion", "Though Ola Berg has described himself as a pro-life Catholic in the past, the Harbour Post reported that he has moved toward a pro-abortion position."},
			want:  []stmt{reportedBy(2, "he has moved toward", "~Harbour Post")}},
		{name: "an outlet reported in April that …, with another's claim inside",
			paras: []string{"Memo", "The Harbour Post reported in April that the memo was circulated as the department built a task force — a task force that Republicans have long argued was politically motivated."},
			want:  []stmt{reportedBy(2, "the memo was circulated", "~Harbour Post")}},
		{name: "posted a statement on the city's page … saying",
			paras: []string{"Mayor indicted", "KANSAS CITY, Mo. — Mayor Gary Talbot was indicted on Thursday.",
				"Talbot posted a statement on the city’s Facebook page Friday afternoon — later removed — saying he would “continue to do the job the voters elected me to do.”",
				"Both men issued a statement expressing optimism – Ryan saying he was “very encouraged.”"},
			want: []stmt{reportedBy(3, "he would “continue to do the job", "Gary Talbot"),
				quoteBy(3, "continue to do the job the voters elected me to do.", "Gary Talbot"),
				quoteBy(4, "very encouraged.", "Ryan")}},
		{name: "X reported that …, but Y's team denied that …",
			paras: []string{"Speeches", "Carla Fiore gave paid speeches.",
				"The Harbour Journal reported in October that the firm advertised her availability, but Fiore's team denied that she would be accepting new speeches."},
			want: []stmt{reportedBy(3, "the firm advertised her availability", "~Harbour Journal"),
				reportedBy(3, "she would be accepting new speeches", "Carla Fiore's team")}},
		{name: "a document sent or written by X, then the cue",
			paras: []string{"Emails", "A letter sent by Sen. Ann Cole to the agency warned that the plan was illegal.",
				"The email, written by deputy campaign manager Trevor Ashby-Kline, urges staff to stay on message."},
			want: []stmt{reportedBy(2, "the plan was illegal", "Ann Cole"), reportedBy(3, "staff to stay on message", "Trevor Ashby-Kline")}},
		{name: "A letter from X obtained by an outlet warns",
			paras: []string{"Emblem", "Ana Ruiz used the emblem. A Feb. 1 letter from the Tolland Legion obtained by The Harbour Post warns that any further contact will be through its lawyer."},
			want:  []stmt{reportedBy(2, "any further contact", "~Tolland Legion")}},
		{name: "according to a report released last year by X; published Tuesday by X",
			paras: []string{"Dairy", "According to a report released last year by the Prairie Policy Institute, supply management adds $300 a year.",
				"Prices rose 4 per cent, according to a survey published Tuesday by Tolland Research."},
			want: []stmt{reportedBy(2, "supply management adds $300", "Prairie Policy Institute"),
				reportedBy(3, "Prices rose 4 per cent", "Tolland Research")}},
		{name: "according to a news release from the company; the release said",
			paras: []string{"Plant", "Kestrel Motor Company will retool its Brampton plant.",
				"Kestrel will spend $5.1 billion, according to a news release from the company.",
				"Workers will receive top-up pay, the release said."},
			want: []stmt{reportedBy(3, "Kestrel will spend", "Kestrel Motor Company"),
				reportedBy(4, "Workers will receive top-up pay", "Kestrel Motor Company")}},
		{name: "its forecast warned; her statement said",
			paras: []string{"Avalanche", "Avalanche Canada had rated the danger as considerable. Its forecast warned that a weak layer could be triggered by a single skier.",
				"Mayor Jane Doe spoke. Her statement said the city would help."},
			want: []stmt{reportedBy(2, "a weak layer could be triggered", "Avalanche Canada"),
				reportedBy(3, "the city would help", "Jane Doe")}},
		{name: "according to a copy of the letter reviewed by The Post",
			paras: []string{"Letter", "The firm threatened to sue, according to a copy of the letter reviewed by The Harbour Post."},
			want:  []stmt{reportedBy(2, "The firm threatened to sue", "!Harbour Post")}},
	})
}

// "states that" after a lower-case noun is the noun and a relative clause
// ("in swing states that Republicans have not won", "the 20 states that
// Gallup classifies"), while "the report states that" reports.
func TestReportedStatesThatAfterANoun(t *testing.T) {
	a := article(t, "Map", "Mr. Wiley predicted victory in swing states that Republicans have not won since the 1980s.",
		"Strong showings in the dozen states that held primaries helped Clinton.",
		"The report states that turnout rose.")
	checkStmt(t, a, reportedBy(4, "turnout rose", "The report"))
	for _, st := range a.Statements {
		if st.Cue == "states" && st.Paragraph < 4 {
			t.Errorf("¶%d %q is a statement by %q: “states that” there is a noun and a relative clause", st.Paragraph, st.Text, st.Speaker)
		}
	}
}

// "states" the noun is no cue; "the report states" and "states that" are.
func TestReportedStatesTheNounIsNoCue(t *testing.T) {
	run(t, []attrCase{{
		name: "states as a noun and as a verb",
		paras: []string{"Primary night", "Maren Vik swept seven out of 11 states on Tuesday. The size of the state matters as much as the count.",
			"The harbour report states that the pier is safe."},
		want:        []stmt{reportedBy(3, "the pier is safe", "the harbour report|*")},
		notReported: []stmt{{para: 2, text: "11 states"}, {para: 2, text: "the state matters"}},
	}})
}

// "X reportedly said" is X's statement, not hearsay of no one's.
func TestReportedReportedlyBeforeACue(t *testing.T) {
	run(t, []attrCase{{
		name:  "reportedly said",
		paras: []string{"Harbour plan", "Maren Vik spoke.", "Vik reportedly said that the pier would close. The board has reportedly taken heat."},
		want: []stmt{
			reportedBy(3, "the pier would close", "Maren Vik"),
			reportedBy(3, "taken heat", ""),
		},
	}})
}

// An inverted subject at the end of the sentence may carry a role before
// it, a place after it, or a relative clause.
func TestReportedInvertedSubjectWithModifiers(t *testing.T) {
	run(t, []attrCase{{
		name: "says political scientist X in Y; said an official who …",
		paras: []string{"Harbour plan", "The pier is nowhere to be seen, says political scientist Maren Vik in Tolland. " +
			"The ferries must stay away, said a harbour official who was briefed on the plan."},
		want: []stmt{
			reportedBy(2, "nowhere to be seen", "Maren Vik"),
			reportedBy(2, "must stay away", "a harbour official"),
		},
	}})
}

// "X, an economist, said Ottawa’s refusal to negotiate risks costing …":
// after the appositive's comma the cue is no inverted one, and the body
// owning the noun that opens what was said is no speaker.
func TestReportedPossessiveOpeningWhatWasSaid(t *testing.T) {
	run(t, []attrCase{{name: "an economist said Ottawa's refusal …; said Ottawa's chief negotiator",
		paras: []string{"Dairy",
			"Anjali Varghese, an agricultural economist at the University of Guelph, said Ottawa’s refusal to negotiate risks costing other sectors far more.",
			"“We are ready,” said Ottawa’s chief negotiator."},
		want: []stmt{reportedBy(2, "refusal to negotiate risks costing", "Anjali Varghese"),
			quoteBy(3, "We are ready,", "Ottawa’s chief negotiator")}}})
}

// "X, president of the advocacy group Air Passengers Canada, said those
// rules leave travellers …": the sentence has its subject before the cue,
// so what follows it is what was said, not an inverted group.
func TestReportedNoInvertedSubjectAfterANamedAppositive(t *testing.T) {
	run(t, []attrCase{{name: "said those rules leave travellers",
		paras: []string{"Air", "Sylvie Tremblay-Ouellet, president of the advocacy group Air Passengers Canada, said those rules leave travellers to fend for themselves."},
		want:  []stmt{reportedBy(2, "those rules leave travellers", "Sylvie Tremblay-Ouellet")}}})
}

// After a quotation's framing cue, a second clause with its own subject
// and cue is reported too; "according to someone" is an unnamed source.
func TestReportedClauseAfterFrame(t *testing.T) {
	run(t, []attrCase{{
		name: "“…,” X said, but he said …",
		paras: []string{"Harbour plan", "Tom Hale spoke.",
			"“The pier is one thing,” Hale said on the radio, but he said the ferry must wait. The vote was close, according to someone in attendance."},
		want: []stmt{
			quoteBy(3, "The pier is one thing,", "Tom Hale"),
			reportedBy(3, "the ferry must wait", "Tom Hale"),
			reportedBy(3, "The vote was close", "someone"),
		},
	}, {
		name: "“…,” X responded before adding that …",
		paras: []string{"Harbour plan", "Tom Hale spoke.",
			"“You win by how many towns you win,” Hale responded before adding that he will have to win Tolland."},
		want: []stmt{
			quoteBy(3, "You win by how many towns you win,", "Tom Hale"),
			reportedBy(3, "he will have to win Tolland", "Tom Hale"),
		},
	}})
}

// Only verbs of saying invert: "…, criticized Clinton on two fronts" has
// Clinton as its object, not its speaker.
func TestReportedOnlySayingVerbsInvert(t *testing.T) {
	run(t, []attrCase{{
		name: "an object after a comma and a cue",
		paras: []string{"Harbour debate", "Maren Vik and Tomas Berg debated.",
			"Vik, who had said the debate was rigged, criticized Berg on two fronts. The pier is safe, noted Tomas Berg in Tolland."},
		want: []stmt{
			reportedBy(3, "the debate was rigged", "Maren Vik"),
			reportedBy(3, "The pier is safe", "Tomas Berg"),
		},
	}})
}

// Words before a framed quotation are the frame speaker's only when no
// cue of someone else's stands there.
func TestReportedOwnCueBeforeFramedQuotation(t *testing.T) {
	run(t, []attrCase{{
		name: "After X said …, Y said: “…”",
		paras: []string{"Harbour debate", "Maren Vik and Tomas Berg spoke.",
			"After Berg said the pier was unsafe, Vik said: “I do not like what he said.”"},
		want: []stmt{
			reportedBy(3, "the pier was unsafe", "Tomas Berg"),
			quoteBy(3, "I do not like what he said.", "Maren Vik"),
		},
	}})
}

// Opening phrases of place and time chained by commas are skipped to find
// the subject.
func TestReportedSubjectAfterChainedOpeningPhrases(t *testing.T) {
	run(t, []attrCase{{
		name: "At an event in Ames, Iowa, on Sunday, X …, saying",
		paras: []string{"Harbour plan", "Maren Vik spoke.",
			"At a campaign event in Tolland, Norland, on Sunday, Ms. Vik tried to expand on her statement, saying that the pier should open."},
		want:        []stmt{reportedBy(3, "the pier should open", "Maren Vik")},
		notSpeakers: []string{"Norland"},
	}})
}

// "One in three said … and one in four said …": two shares, two clauses.
func TestReportedTwoSharesJoinedByAnd(t *testing.T) {
	run(t, []attrCase{{
		name:  "and one in four said",
		paras: []string{"Poll results", "One in three said the harbour board does not care and one in four said the board was hostile."},
		want: []stmt{
			reportedBy(2, "does not care", "One in three"),
			reportedBy(2, "the board was hostile", "One in four"),
		},
	}})
}

// "It's safe to say", "needless to say": the writer's idiom, no one's speech.
func TestReportedSafeToSayIsNoSpeech(t *testing.T) {
	run(t, []attrCase{{
		name:        "safe to say",
		paras:       []string{"Harbour plan", "Given his past comments on the pier, it’s safe to say he means the ferry. Needless to say, the board agreed."},
		notReported: []stmt{{para: 2, text: "he means the ferry"}},
		notSpeakers: []string{"Given"},
	}})
}

// Words that look like cues but report nothing: "add up to", "4,051
// pledged delegates", "more pledged delegates", "In an article" as a subject.
func TestReportedCueLookalikes(t *testing.T) {
	run(t, []attrCase{{
		name: "adjectives and phrasal verbs",
		paras: []string{"Delegate count", "Maren Vik spoke.",
			"In all, those promises add up to more than $8 million. There are 4,769 delegates, 4,051 pledged delegates among them. Vik has won more states and more pledged delegates. Vik warned lawmakers that the count was close."},
		want:        []stmt{reportedBy(3, "the count was close", "Maren Vik")},
		notReported: []stmt{{para: 3, text: "more than $8 million"}, {para: 3, text: "pledged delegates among"}, {para: 3, text: "more pledged delegates"}},
		notSpeakers: []string{"Those promises"},
	}, {
		name:     "a participle before its noun after 'with'",
		paras:    []string{"Storm", "Gusts of up to 55 mph were recorded on the ridge, said Ingrid Solvang, a meteorologist with the state forecasting office. She said conditions would ease overnight."},
		want:     []stmt{reportedBy(2, "Gusts of up to 55 mph", "Ingrid Solvang"), reportedBy(2, "conditions would ease overnight", "Ingrid Solvang")},
		speakers: []string{"Ingrid Solvang"},
	}})
}

// An adverb between a plural subject and its cue is no part of the group's
// name: "Fact-checkers soon noted".
func TestReportedAdverbAfterGroup(t *testing.T) {
	run(t, []attrCase{{
		name:        "soon noted",
		paras:       []string{"Harbour claims", "Fact-checkers soon noted that the claim was false."},
		want:        []stmt{reportedBy(2, "the claim was false", "Fact-checkers")},
		notSpeakers: []string{"Fact-checkers soon"},
	}})
}

// Two bodies' spokesmen joined by "and" speak as one group.
func TestReportedGroupWithJoinedModifiers(t *testing.T) {
	run(t, []attrCase{{
		name:  "Harbour Board and Ferry Office spokesmen said",
		paras: []string{"Harbour plan", "Harbour Board and Ferry Office spokesmen said the rules were followed."},
		want:  []stmt{reportedBy(2, "the rules were followed", "Harbour Board and Ferry Office spokesmen")},
	}})
}

// A group followed by a participle phrase speaks, not a name inside the
// phrase: "activists clamoring to block Tomas Berg say".
func TestReportedGroupBeforeParticiple(t *testing.T) {
	run(t, []attrCase{{
		name: "trying to, clamoring to",
		paras: []string{"Harbour race", "Tomas Berg spoke.",
			"Democrats trying to regain the harbour board in November say they have a weapon. But Republican activists clamoring to block Tomas Berg say the deadline is tight."},
		want: []stmt{
			reportedBy(3, "they have a weapon", "Democrats"),
			reportedBy(3, "the deadline is tight", "Republican activists"),
		},
	}})
}

// "…, said former Norland governor Tomas Berg, who …": the inverted
// subject may open with lower-case words before a place and a title.
func TestReportedInvertedSubjectWithPlaceAndTitle(t *testing.T) {
	run(t, []attrCase{{
		name:  "said former Norland governor X",
		paras: []string{"Harbour money", "The committee is $7 million short of its goal, said former Norland governor Tomas Berg, who leads the group."},
		want:  []stmt{reportedBy(2, "$7 million short", "Tomas Berg")},
	}})
}

// An auxiliary between the subject and a cue in -ing or -ed does not hide
// the subject; a surname in -s is no group; "cites them as evidence"
// quotes no one.
func TestReportedAuxiliaryAndCiteAs(t *testing.T) {
	run(t, []attrCase{{
		name: "is touting, cites them as evidence",
		paras: []string{"Harbour race", "Maren Vik will release her speeches.",
			"Vik has been attacked on the speeches by Tomas Sanders, who cites them as evidence of her ties to the banks.",
			"Sanders is touting his recent wins. He’s pointing out the progress he’s made."},
		want: []stmt{
			reportedBy(4, "touting his recent wins", "Tomas Sanders"),
			reportedBy(4, "pointing out the progress", "Tomas Sanders"),
		},
		speakers:   []string{"Tomas Sanders"},
		moreQuotes: true,
	}})
}

// A participle after a clause whose verb is no cue is said by that
// clause's subject, whatever shape the subject takes: a campaign owned by a
// name, an unnamed source, an adverb before the verb.
func TestReportedParticipleAfterClauseOfOtherVerb(t *testing.T) {
	run(t, []attrCase{{
		name: "the campaign, an unnamed official",
		paras: []string{"Harbour plan", "Maren Vik spoke on Monday about the pier.",
			"In responding Friday, Vik's campaign took the unusual step of criticizing the harbour board, accusing its members of “delay run amok.”",
			"A Vik campaign official later walked back the comments, saying the campaign was fine."},
		want: []stmt{
			quoteBy(3, "delay run amok.", "Maren Vik's campaign"),
			reportedBy(4, "the campaign was fine", "A Vik campaign official"),
		},
		kinds: map[string]model.SpeakerKind{"Maren Vik's campaign": model.SpeakerBody, "A Vik campaign official": model.SpeakerUnnamed},
	}, {
		name: "an -ed that is no past tense: helping X succeed him, saying",
		paras: []string{"Harbour plan", "Maren Vik spoke on Monday about the pier.",
			"The minister left no doubt of her wish to see Ms. Ruiz succeed her, saying that the harbour was in good hands."},
		want: []stmt{reportedBy(3, "the harbour was in good hands", "Maren Vik")},
	}})
}

// Two roles of one person joined by "and" point back as the first does.
func TestReportedJoinedRoles(t *testing.T) {
	run(t, []attrCase{{
		name: "the front-runner and former minister",
		paras: []string{"Harbour plan", "Maren Vik won the primary in Tolland on Tuesday.",
			"The Liberal front-runner and former minister of transport said the plan would work."},
		want: []stmt{reportedBy(3, "the plan would work", "Maren Vik")},
	}})
}

// An indefinite body or a group of people named by its own words speaks:
// "A major civil rights group says", "A group of angry protesters said".
func TestReportedIndefiniteBodyAndGroup(t *testing.T) {
	run(t, []attrCase{{
		name: "a body, a group of people",
		paras: []string{"Harbour plan", "Maren Vik opened the pier.",
			"A major Tolland civil rights group says the ban is wrong. A group of angry anglers said the pier was too short."},
		want: []stmt{
			reportedBy(3, "the ban is wrong", "A major Tolland civil rights group"),
			reportedBy(3, "the pier was too short", "A group of angry anglers"),
		},
		kinds: map[string]model.SpeakerKind{"A major Tolland civil rights group": model.SpeakerBody, "A group of angry anglers": model.SpeakerGroup},
	}})
}

// A phrase of time between an appositive and the cue is no subject.
func TestReportedTimeAfterAppositive(t *testing.T) {
	run(t, []attrCase{{
		name: "this past week, on Monday",
		paras: []string{"Harbour plan",
			"Maren Vik, the party chairwoman, this past week announced a new website for the harbour.",
			"Tomas Berg, the mayor, on Monday announced that the pier would close."},
		want: []stmt{
			reportedBy(2, "a new website", "Maren Vik"),
			reportedBy(3, "the pier would close", "Tomas Berg"),
		},
		notSpeakers: []string{"this past"},
	}})
}

// A dateline that names its agency ("Kestravik (AFP) –") is no subject.
func TestReportedAgencyDateline(t *testing.T) {
	run(t, []attrCase{{
		name:  "place, agency, dash",
		paras: []string{"Harbour plan", "Kestravik (AFP) – Mayor Maren Vik has taken a swipe at the harbour board, saying that “bombastic plans” do more harm than good."},
		want: []stmt{
			reportedBy(2, "has taken a swipe", "Maren Vik"),
			quoteBy(2, "bombastic plans", "Maren Vik"),
		},
		notSpeakers: []string{"Kestravik"},
	}})
}

// Subjects in shapes a rule used to stop short of: an indefinite document
// after a dateline, a role a party name qualifies before a verb that is no
// cue, a group with a participle aside.
func TestReportedSubjectsPastDatelineVerbAndAside(t *testing.T) {
	run(t, []attrCase{{
		name: "dateline, 'The Liberal candidate appeared to', 'Others, reacting …,'",
		paras: []string{"KESTRAVIK (Wire) — A news report published Wednesday said the mayor used a personal email.",
			"Maren Vik is the Liberal candidate.",
			"The Liberal candidate appeared to assert her plans by saying, “I am trying to save the harbour.”",
			"Others, reacting to the delay in the report, shouted, “Stop the coverup!”"},
		want: []stmt{
			reportedBy(1, "the mayor used a personal email", "a news report"),
			quoteBy(3, "I am trying to save the harbour.", "Maren Vik"),
			quoteBy(4, "Stop the coverup!", "Others"),
		},
		moreQuotes: true,
	}})
}

// A verb that has its object speak gives the infinitive cue that object
// ("force X to acknowledge", "led the chairwoman X to announce"); a phrase
// of time after a document noun leaves the participle the sentence's; a
// verb with its particle is no noun phrase to speak.
func TestReportedObjectControlAndDocumentTime(t *testing.T) {
	run(t, []attrCase{{
		name: "force X to acknowledge, sent an email Wednesday saying, binds together",
		paras: []string{"Harbour plan", "Maren Vik and Tomas Berg ran for mayor.",
			"The results will almost certainly force Sen. Maren Vik to acknowledge a hard reality.",
			"The release of the emails led party chairwoman Anna Lind to announce her resignation.",
			"Tomas Berg sent a fundraising email Wednesday saying that the results show he can win.",
			"The deal binds together pledges from the harbour towns to limit fishing."},
		want: []stmt{
			reportedBy(3, "a hard reality", "Maren Vik"),
			reportedBy(4, "her resignation", "Anna Lind"),
			reportedBy(5, "the results show he can win", "Tomas Berg"),
		},
		notSpeakers: []string{"the results", "the release", "the deal binds together"},
	}, {
		name: "a participle that has its object speak: prompting X to accuse",
		paras: []string{"Traps seized",
			"Fisheries officers pulled 400 traps out of the bay, prompting Chief Alden Ward to accuse Ottawa of trying to “criminalize a treaty right.”"},
		want:        []stmt{quoteBy(2, "criminalize a treaty right.", "Alden Ward")},
		notSpeakers: []string{"Fisheries officers"},
	}})
}

// A relative clause between the subject and its cue belongs to the
// subject: "Voters who backed Vik say" are the voters, not Vik.
func TestReportedSubjectBeforeRelativeClause(t *testing.T) {
	run(t, []attrCase{{
		name: "who, that, a name inside the clause",
		paras: []string{"Harbour plan", "Maren Vik won the vote.",
			"Voters who backed Vik say the pier is needed. But harbour groups that have endorsed the plan say they want more.",
			"Friends of Ms. Vik who have seen her recently say that she is tired.",
			"It means including people who have answered the call. The magnitude of the loss that she suffered suggests a change."},
		want: []stmt{
			reportedBy(3, "the pier is needed", "Voters"),
			reportedBy(3, "they want more", "Harbour groups"),
			reportedBy(4, "she is tired", "Friends"),
		},
		moreQuotes:  true,
		notSpeakers: []string{"It means", "the magnitude"},
	}, {
		name: "whose",
		paras: []string{"Port",
			"DELTA — The chief of a First Nation whose members have fished the river for generations told a panel that the expansion would hurt the river.",
			"Chief Beverly Sam of the Tsawout First Nation said the river feeds her people.",
			"The state officials whose laws have been invalidated say the change will come slowly."},
		want: []stmt{
			reportedBy(2, "the expansion would hurt the river", "Beverly Sam"),
			reportedBy(4, "the change will come slowly", "~state officials"),
		},
	}})
}

// The relative clause may hold a title's period and close with a comma of
// its own, after an opening "Yet", though a comma inside it looks like an
// opening phrase's; a name set off by commas before the cue still speaks.
func TestReportedSubjectBeforeLongRelativeClause(t *testing.T) {
	run(t, []attrCase{{
		name: "voters who heard Mr. Vik's speeches, on television, said",
		paras: []string{"Harbour plan", "Maren Vik won the vote.",
			"Yet some voters who have listened to Mr. Vik's speeches over the decades, on television or at small campaign events, said he had less magnetism than they remembered.",
			"Residents who heard him at the harbour, said the pier was too small.",
			"A taxi driver who gave only his surname, Holm, said he had been driving for 32 years."},
		want: []stmt{
			reportedBy(3, "he had less magnetism", "Voters"),
			reportedBy(4, "the pier was too small", "Residents"),
			reportedBy(5, "he had been driving", "Holm"),
		},
	}})
}

// "One of" a group is one unnamed person, and a name after the group's
// preposition is not the speaker: "one of the former prosecutors for Omar
// Faye said" is a prosecutor, not Faye.
func TestReportedOneOfAGroup(t *testing.T) {
	run(t, []attrCase{{
		name: "one of her aides; one of the prosecutors for a name, before and after a quotation",
		paras: []string{"Harbour trial", "Omar Faye went on trial.",
			"One of her aides said the race was close. One of the former prosecutors for Omar Faye said the two cases were quite different.",
			"“Faye got in trouble for far less,” one of the former prosecutors for Omar Faye said."},
		want: []stmt{
			reportedBy(3, "the race was close", "one of her aides"),
			reportedBy(3, "the two cases were quite different", "one of the former prosecutors"),
			quoteBy(4, "Faye got in trouble for far less,", "one of the former prosecutors"),
		},
	}, {
		name: "the cue before one of a group, after a quotation",
		paras: []string{"Harbour trial", "Omar Faye went on trial.",
			"“It was unseemly,” said one of two witnesses who relayed the same story but did not want to speak on the record."},
		want: []stmt{quoteBy(3, "It was unseemly,", "one of two witnesses")},
	}, {
		// No cue follows "one of the aides to the mayor", so no one is
		// made of it: the aide of the next paragraph is not that phrase.
		name: "one of a group that speaks no words",
		paras: []string{"“The count is wrong,” one of the aides to the mayor walked out.",
			"The aide said the mayor would not concede."},
		moreQuotes:  true,
		notSpeakers: []string{"one of the aides"},
	}})
}

// A pronoun after "And", "Then" or "But" opens the main clause, so the
// participle or frame after it is the pronoun's person; after "When" the
// main clause's subject stands after the comma. "made a point of saying" is
// the subject's speech, "the idea of saying" no one's.
func TestReportedPronounAfterPlainOpener(t *testing.T) {
	run(t, []attrCase{{
		name: "Then he …, calling; And … he sounded …, saying; When he arrived, X said",
		paras: []string{"Harbour vote", "Tomas Berg spoke to the crowd.",
			"Then he cut into Vik, calling her a \"stiff.\"",
			"And although he thanked the crowd, he sounded a rare note, saying, \"I'm not sure I deserve it.\"",
			"When he arrived, Maren Vik said the plan would work.",
			"And he made a point of saying the pier was a place of joy. The idea of saying no to voters is odd.",
			"Instead of saying the pier was closed, Maren Vik said it was open."},
		want: []stmt{
			quoteBy(3, "stiff.", "Tomas Berg"),
			quoteBy(4, "I'm not sure I deserve it.", "Tomas Berg"),
			reportedBy(5, "the plan would work", "Maren Vik"),
			reportedBy(6, "the pier was a place of joy", "Tomas Berg"),
			reportedBy(7, "it was open", "Maren Vik"),
		},
		notReported: []stmt{{para: 6, text: "The idea of saying no"}},
		notSpeakers: []string{"Of"},
		moreQuotes:  true,
	}})
}

// A clause joined by "and" or "but" after a comma is a clause of its own:
// "…, and others disagree" does not take the words before it.
func TestReportedJoinedClauseIsNoTrailingCue(t *testing.T) {
	run(t, []attrCase{
		{name: "…, and others disagree",
			paras: []string{"Port", "Some residents say the ferries would run late, and others disagree."},
			want:  []stmt{reportedBy(2, "the ferries would run late", "Residents")}},
		{name: "…, officials said (still trailing)",
			paras: []string{"Port", "The ferries would run late all winter, officials said."},
			want:  []stmt{reportedBy(2, "The ferries would run late", "Officials")}},
	})
}

// "Having announced …, X proceeded": the opening clause's cue is the main
// clause's subject's, and "Having" is no one's name.
func TestReportedHavingOpensTheSentence(t *testing.T) {
	run(t, []attrCase{
		{name: "Having announced that …, Judge X",
			paras:       []string{"Port", "Having announced that he would not send me to prison, Judge Tomas Aldana proceeded to hand down his sentence."},
			want:        []stmt{reportedBy(2, "he would not send me to prison", "Tomas Aldana")},
			notSpeakers: []string{"Having"}},
		{name: "Having said that, … is a stock phrase",
			paras:       []string{"Port", "Having said that, Mayor Ana Ruiz expects the bridge to open in May."},
			notReported: []stmt{{para: 2}}},
	})
}

// A clause opening the sentence with "While" or "Although" has its own
// speaker; the name after its comma speaks the main clause.
func TestReportedMainClauseAfterOpeningClause(t *testing.T) {
	run(t, []attrCase{
		{name: "While X has said …, Y said …",
			paras: []string{"Port", "While Mayor Ana Ruiz has said that she backs the ferry plan, Tomas Aldana said the harbour cannot afford it."},
			want: []stmt{reportedBy(2, "she backs the ferry plan", "Ana Ruiz"),
				reportedBy(2, "the harbour cannot afford it", "Tomas Aldana")}},
		{name: "a pronoun after the comma stays with the opening clause's speaker",
			paras: []string{"Port", "Although Tomas Aldana said that the wall would cost little, he told reporters it might take years."},
			want:  []stmt{reportedBy(2, "it might take years", "Tomas Aldana")}},
	})
}

// A cue verb with a name for its object and "but" after it says nothing:
// the clause after "but said" is the sentence subject's.
func TestReportedButSaidAfterAnObject(t *testing.T) {
	run(t, []attrCase{
		{name: "… could question Clinton but said …",
			paras: []string{"Port", "Judge Emmet Sullivan ruled on Friday.", "Sullivan put off deciding whether Harbor Watch could question Ana Ruiz but said the group could come back later."},
			want:  []stmt{reportedBy(3, "the group could come back later", "Emmet Sullivan")}},
	})
}

// A role of something ("the deputy head of X's delegation", "Colorado's
// delegation chairman") is a person: the one named with that role before,
// else someone unnamed; never the body or place inside the phrase.
func TestReportedRoleOfSomethingIsAPerson(t *testing.T) {
	run(t, []attrCase{
		{name: "the deputy head of X's delegation to the forum",
			paras: []string{"Port", "The Harbour Forum opened in Norland on Friday.", "The talks began late.",
				"The deputy head of Estravia’s delegation to the forum said the ferries should stop."},
			want:        []stmt{reportedBy(4, "the ferries should stop", "The deputy head of Estravia’s delegation to the forum")},
			notSpeakers: []string{"Harbour Forum", "Estravia"}},
		{name: "the director of the FBI named before",
			paras: []string{"Port", "FBI Director Tomas Aldana spoke on Friday.", "The director of the FBI said the case was closed."},
			want:  []stmt{reportedBy(3, "the case was closed", "Tomas Aldana")}},
		{name: "Colorado's delegation chairman",
			paras: []string{"Port", "The vote began.", "It ran late.", "Minutes after the voting began, Colorado’s delegation chairman announced four votes for Ruiz."},
			want:  []stmt{reportedBy(4, "four votes for Ruiz", "Colorado’s delegation chairman")}},
	})
}

// "X did A and Y fired B, Z, acknowledging …": the participle takes the
// subject of the clause it follows, not the sentence's first subject nor
// the appositive before its comma.
func TestReportedParticipleAfterJoinedClause(t *testing.T) {
	run(t, []attrCase{
		{name: "… and Emanuel fired his chief, X, acknowledging",
			paras: []string{"Port", "Mayor Rahm Emanuel spoke.", "Prosecutors charged the officer and Emanuel fired his police chief, Garry F. McCarthy, acknowledging that the city had lost trust in the force."},
			want:  []stmt{reportedBy(3, "the city had lost trust in the force", "Rahm Emanuel")}},
	})
}

// "whereas X acknowledged", "while X said" after a that-clause and "and
// Senate aides later said" open clauses
// of their own speakers.
func TestReportedWhereasAndGroupClauses(t *testing.T) {
	run(t, []attrCase{
		{name: "…, whereas Petraeus acknowledged that …",
			paras: []string{"Port", "James Melendres, a former prosecutor, spoke on Monday.", "Melendres said that there was no intent in the Ruiz case, whereas Petraeus acknowledged that he knew the files were secret."},
			want: []stmt{reportedBy(3, "there was no intent in the Ruiz case", "James Melendres"),
				reportedBy(3, "he knew the files were secret", "Petraeus")}},
		{name: "X suggested that …, while Y said that …",
			paras: []string{"Debate", "Ana Ruiz and Tomas Berg spoke.", "Ruiz suggested that someone who avoids questions can't lead, while Berg said that the stakes were too high."},
			want: []stmt{reportedBy(3, "someone who avoids questions can't lead", "Ana Ruiz"),
				reportedBy(3, "the stakes were too high", "Tomas Berg")}},
		{name: "… and Senate aides later said …",
			paras: []string{"Port", "Although Aldana's agency declined to comment and Senate aides later said the remark was wrong, it showed the rift."},
			want:  []stmt{reportedBy(2, "the remark was wrong", "Senate aides")}},
	})
}

// "Asked in Iowa recently whether …" and "asked by a reporter whether …"
// report the question, the asker's when the text names or describes one.
func TestReportedAskedWithAgentOrPlace(t *testing.T) {
	run(t, []attrCase{
		{name: "Asked in Iowa recently whether",
			paras: []string{"Port", "Asked in Iowa recently whether he would back Ana Ruiz, Tomas Aldana gave a roundabout answer."},
			want:  []stmt{reportedBy(2, "whether he would back Ana Ruiz", "")}},
		{name: "asked by a reporter whether",
			paras: []string{"Port", "When asked by a reporter whether the ferry would run, Tomas Aldana said, “You tell me.”"},
			want: []stmt{reportedBy(2, "whether the ferry would run", "a reporter"),
				quoteBy(2, "You tell me.", "Tomas Aldana")}},
		{name: "Asked by Matt Lauer whether",
			paras: []string{"Port", "Asked by Matt Lauer whether she had practised, Ana Ruiz said, “I read it once.”"},
			want: []stmt{reportedBy(2, "whether she had practised", "Matt Lauer"),
				quoteBy(2, "I read it once.", "Ana Ruiz")}},
	})
}

// "X kept asking", "X began saying": the aspect verb stands between the
// subject and the cue.
func TestReportedAspectVerbBeforeCue(t *testing.T) {
	run(t, []attrCase{
		{name: "kept asking her why",
			paras: []string{"Port", "Sen. Ron Johnson (R-Wis.) kept asking her why the harbour had closed."},
			want:  []stmt{reportedBy(2, "why the harbour had closed", "Ron Johnson")}},
	})
}

// "and others have said", "Although X says …, others argue": a group word
// opens a clause of its own.
func TestReportedOthersOpenAClause(t *testing.T) {
	run(t, []attrCase{
		{name: "… and others have said …",
			paras: []string{"Port", "Many harbour pilots have said they will not attend the vote and others have said they are not interested in speaking."},
			want: []stmt{reportedBy(2, "they will not attend the vote", "Harbour pilots"),
				reportedBy(2, "they are not interested in speaking", "Others")}},
		{name: "Although X says …, others argue …",
			paras: []string{"Port", "Although Ana Ruiz says that the pier broke the story, others argue that it is the reason for the strike."},
			want:  []stmt{reportedBy(2, "it is the reason for the strike", "Others")}},
	})
}

// A participle phrase between a subject and its cue ("Another source
// speaking to Fox News said") and a cue's -ing after a verb's object ("X
// tweeted back at Trump pointing out") leave the subject the speaker.
func TestReportedSubjectPastAParticiplePhrase(t *testing.T) {
	run(t, []attrCase{
		{name: "Another intelligence source speaking to Fox News said,",
			paras: []string{"Port", "Another intelligence source speaking to Harbour News said, “The agents are investigating.”"},
			want:  []stmt{quoteBy(2, "The agents are investigating.", "Another intelligence source")}},
		{name: "X tweeted back at Trump pointing out",
			paras: []string{"Port", "Tomas Aldana spoke.", "Aldana tweeted back at Ana Ruiz pointing out how ironic the statement was."},
			want:  []stmt{reportedBy(3, "how ironic the statement was", "Tomas Aldana")}},
		{name: "Alongside X calls for …, even a top strategist said",
			paras:       []string{"Port", "The vote began.", "It ran late.", "Alongside BLM calls for action, even a top GOP strategist said Ruiz will have to choose."},
			notSpeakers: []string{"Alongside BLM"}},
	})
}

// ", with Sen. X calling it …": the name after "with" is the participle's
// subject and opens a clause of its own, even inside another's "that".
func TestReportedWithNameParticiple(t *testing.T) {
	run(t, []attrCase{
		{name: ", with Sen. John McCain calling it",
			paras: []string{"Gitmo", "Republicans who agree that the prison should be closed were irritated about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”"},
			want: []stmt{reportedBy(2, "Sen. John McCain calling it", "John McCain"),
				quoteBy(2, "Chinese menu.", "John McCain")}},
	})
}

// "pleaded guilty" is a plea, not reported speech; an appositive may be
// "former Secretary of State X".
func TestReportedPleaAndFormerTitleAppositive(t *testing.T) {
	run(t, []attrCase{
		{name: "…, who pleaded guilty to …",
			paras: []string{"Emails", "Bob Goodlatte spoke.", "Goodlatte said several people have been prosecuted, such as Chief Petty Officer Lyle White, who pleaded guilty to mishandling documents."},
			want:  []stmt{reportedBy(3, "several people have been prosecuted", "Bob Goodlatte")}},
		{name: "the other candidate on the stage, former Secretary of State X,",
			paras: []string{"Debate", "One.", "But the other candidate on the stage, former Secretary of State Ana Ruiz, drew a contrast, saying that concerns about job loss were real."},
			want:  []stmt{reportedBy(3, "concerns about job loss were real", "Ana Ruiz")}},
	})
}

// A relative clause's "who" after a plural of people in lower case is
// those people ("The remark worried some analysts and activists, who
// pointed out that …"), after a titled name with a body's initials in it
// the person ("North Dakota RNC Committeeman Curly Haugland, who has
// argued that …"), after "X is a Clinton supporter" X, not Clinton, and
// after the speaker a cue after a quotation names, that speaker ("“…,”
// said Mayor Don Guardian, who declined to say …").
func TestReportedWhoAndItsAntecedent(t *testing.T) {
	run(t, []attrCase{
		{name: "some analysts and activists, who pointed out that …",
			paras: []string{"Remark", "The remark worried some analysts and activists, who pointed out that such a position would violate the constitution."},
			want:  []stmt{reportedBy(2, "such a position would violate the constitution", "Analysts and activists")}},
		{name: "“…,” said X, who declined to say …",
			paras: []string{"Vote", "“That’s an interesting question,” said Mayor Don Guardian, who declined to say who he plans to vote for."},
			want:  []stmt{quoteBy(2, "That’s an interesting question,", "Don Guardian"), reportedBy(2, "who he plans to vote for", "Don Guardian")}},
		{name: "X is a Clinton supporter who has accused …",
			paras: []string{"Feud", "Ana Ruiz is a Clinton supporter who has accused Sanders of lying about the delegate count."},
			want:  []stmt{reportedBy(2, "Sanders of lying", "Ana Ruiz")}},
		{name: "RNC Committeeman X, who has argued that …",
			paras: []string{"Rules", "That effort has been championed by North Dakota RNC Committeeman Curly Haugland, who has argued for years that delegates can’t be bound."},
			want:  []stmt{reportedBy(2, "delegates can’t be bound", "Curly Haugland")}},
	})
}

// A relative clause with its own speaker ("… in which she said …") starts
// at "in which", not at the comma before the first speaker's participle.
func TestReportedRelativeClauseWithItsOwnSpeaker(t *testing.T) {
	run(t, []attrCase{
		{name: "…, noting her comments … in which she said …",
			paras: []string{"Rhetoric", "Ana Ruiz spoke.", "Activist Tomas Aldana spoke.",
				"Aldana said some of Ruiz's rhetoric has been patronizing, noting her comments to a radio host in April in which she said she keeps hot sauce in her purse."},
			want: []stmt{reportedBy(4, "noting her comments to a radio host", "Tomas Aldana"),
				reportedBy(4, "she keeps hot sauce in her purse", "Ana Ruiz")}},
		{name: "…, noting the interview in which Ana Ruiz said …",
			paras: []string{"Rhetoric", "Tomas Aldana said the plan was dead, noting the interview in which Ana Ruiz said it was alive."},
			want: []stmt{reportedBy(2, "noting the interview", "Tomas Aldana"),
				reportedBy(2, "it was alive", "Ana Ruiz")}},
	})
}

// "X issued a warning that …": the speech noun after a light verb is the
// verb's subject's.
func TestReportedLightVerbSpeechNoun(t *testing.T) {
	run(t, []attrCase{
		{name: "The agency issued a warning that …",
			paras: []string{"Storm", "One.", "Two.", "The Harbour Agency issued a warning that the storm would hit on Friday."},
			want:  []stmt{reportedBy(4, "the storm would hit on Friday", "Harbour Agency")}},
		{name: "X made an unprompted call for …: the light verb's subject",
			paras: []string{"Debate", "Sen. Ana Ruiz spoke.", "During Tuesday night's debate, Ruiz made an unprompted call for an end to sugar subsidies."},
			want:  []stmt{reportedBy(3, "an end to sugar subsidies", "Ana Ruiz")}},
		{name: "X has made comments about …, X made conflicting statements about …: plural speech nouns",
			paras: []string{"Campaign", "Sen. Ana Ruiz spoke.",
				"Ruiz has recently made comments about the possibility of fraud.",
				"Ruiz made conflicting statements about how she would tackle the debt."},
			want: []stmt{reportedBy(3, "the possibility of fraud", "Ana Ruiz"),
				reportedBy(4, "how she would tackle the debt", "Ana Ruiz")}},
		{name: "X made further demands.: nothing said, and “according to” speaks",
			paras: []string{"Feud", "Marta Lindqvist signed a letter of apology.", "But the next day, according to Lindqvist, Tomas Berg made further demands."},
			want:  []stmt{reportedBy(3, "Tomas Berg made further demands", "Marta Lindqvist")}},
	})
}

// Two phrases before the subject ("On Thursday, after remaining neutral
// …, Warren appeared …, saying") and a joined clause with a body for its
// subject ("…, and the ACLU of Ohio has already sued …, saying") leave the
// participle its clause's subject.
func TestReportedParticipleAfterIntrosOrJoinedBody(t *testing.T) {
	run(t, []attrCase{
		{name: "On Thursday, after …, X appeared … and endorsed …, saying,",
			paras: []string{"Convention", "Sen. Ana Ruiz spoke.", "On Thursday, after remaining neutral throughout the primary, Ruiz appeared with a host and officially endorsed Aldana, saying, “He is a fighter.”"},
			want:  []stmt{quoteBy(3, "He is a fighter.", "Ana Ruiz")}},
		{name: "Now X, a long appositive, is promising …: the adverb alone opens the sentence",
			paras: []string{"Convention", "Now Tomas Berg, the most unconventional candidate in modern times, is promising to create a big spectacle.",
				"Outside Berg's plant in the suburb of Santa Catarina, a worker named Ana Ruiz praised her job."},
			want: []stmt{reportedBy(2, "to create a big spectacle", "Tomas Berg")}},
		{name: "when Mrs. X, in response to …, accused …; but not a place's aside",
			paras: []string{"Feud", "Ana Ruiz and Sandy Holm spoke.", "The feud started last week when Mrs. Ruiz, in response to a crude remark, accused him of sexism.",
				"Sandy Holm, who lost her daughter in Aurora, Colorado, in July 2012, said that the senator had been rude."},
			want: []stmt{reportedBy(3, "him of sexism", "Ana Ruiz"), reportedBy(4, "the senator had been rude", "Sandy Holm")}},
		{name: "…, and the X Union of Ohio has already sued …, saying",
			paras: []string{"Convention", "Protest groups say the rules are unfair, and the Harbour Workers Union of Ohio has already sued the city over the rules, saying they violate free-speech rights."},
			want:  []stmt{reportedBy(2, "they violate free-speech rights", "Harbour Workers Union of Ohio")}},
	})
}

// A role phrase, then the name between commas ("…, a spokeswoman, Anna
// White, said"; "the secretary of the Treasury, Jacob J. Lew,"): the name
// speaks, even when nothing follows the cue, and a long name with an
// initial ("Treasury Secretary Jacob J. Lew said.") still shows the comma
// before it, and a long role phrase with an abbreviated title in it ("The
// head of the PAC backing former Gov. X for president, Y, praised") is Y's; a name after a role of someone already named is the role's
// body, not the speaker.
func TestReportedRolePhraseThenName(t *testing.T) {
	run(t, []attrCase{
		{name: "…, a spokeswoman, X, said on Saturday, and …",
			paras: []string{"Port", "Harbour Mobility opened a tool.", "Harbour Mobility created the tool to help in a crisis, a spokeswoman, Anna Richardson White, said on Saturday, and it has used it five times."},
			want:  []stmt{reportedBy(3, "created the tool to help in a crisis", "Anna Richardson White")},
			kinds: map[string]model.SpeakerKind{"Anna Richardson White": model.SpeakerPerson}},
		{name: "X …, and his lawyer, Y, said that …",
			paras: []string{"Letter", "Martin Ekwueme has never been charged with anything, and his lawyer, Philip Draycott-Mensah, said Thursday that his client had “cooperated fully.”"},
			want:  []stmt{reportedBy(2, "his client had", "Philip Draycott-Mensah"), quoteBy(2, "cooperated fully.", "Philip Draycott-Mensah")}},
		{name: "…, her spokesman, X, said.",
			paras: []string{"Port", "The tool helps in a crisis, her spokesman, Tomas Berg, said."},
			want:  []stmt{reportedBy(2, "The tool helps in a crisis", "Tomas Berg")}},
		{name: "…, the secretary of the Treasury, Jacob J. Lew, said.",
			paras: []string{"Steel", "China's steel is sold too cheaply, the secretary of the Treasury, Jacob J. Lew, said."},
			want:  []stmt{reportedBy(2, "China's steel is sold too cheaply", "Jacob J. Lew")}},
		{name: "…, Treasury Secretary Jacob J. Lew said.",
			paras: []string{"Steel", "The steel is cheap, Treasury Secretary Jacob J. Lew said."},
			want:  []stmt{reportedBy(2, "The steel is cheap", "Jacob J. Lew")}},
		{name: "X, Labour's housing spokeswoman, claimed the plan was failing renters.",
			paras:       []string{"Housing", "Rebecca Moynihan, Labour's housing spokeswoman, claimed the plan was failing renters."},
			want:        []stmt{reportedBy(2, "the plan was failing renters", "Rebecca Moynihan")},
			notSpeakers: []string{"Plan was failing renters"}},
		{name: "The head of the … PAC backing former … Gov. X for president, Y, praised",
			paras: []string{"Ad War Chief Praises Ola Berg Donor", "The head of the largest super PAC backing former Telemark Gov. Per Dahl for president, Kari Lund, praised the efforts of a donor to Sen. Ola Berg to attack the frontrunner."},
			want:  []stmt{reportedBy(2, "the efforts of a donor", "Kari Lund")}},
		{name: "X, the editor of the Vatican's newspaper, L'Osservatore Romano, said",
			paras: []string{"Pope", "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was both religious and political."},
			want:  []stmt{reportedBy(2, "every pope was both religious and political", "Giovanni Maria Vian")}},
	})
}

// A poll that opens the sentence ("In a national poll released Monday,",
// "According to a Harbour Post survey,") speaks a share of people's answers
// ("31% of Republicans said …"): the finding is the poll's; a person named
// after such an opening still speaks for themselves.
func TestReportedPollOpeningASentence(t *testing.T) {
	run(t, []attrCase{
		{name: "In a … poll released Monday, 31% of X said",
			paras: []string{"Polls", "In a national Harbour Post poll released Monday, 31% of Republicans said they were eager to vote."},
			want:  []stmt{reportedBy(2, "they were eager to vote", "a national Harbour Post poll")}},
		{name: "According to a … survey, 51 percent of respondents said",
			paras: []string{"Polls", "According to a Harbour Post-Tolland News survey, 51 percent of respondents said they would vote for Ruiz."},
			want:  []stmt{reportedBy(2, "they would vote for Ruiz", "a Harbour Post-Tolland News survey")}},
		{name: "In a recent poll, a named person said",
			paras: []string{"Polls", "Ana Ruiz leads.", "In a recent poll, Ruiz said she was ahead."},
			want:  []stmt{reportedBy(3, "she was ahead", "Ana Ruiz")}},
	})
}

// "X, a South Carolina native who writes …": the relative clause is X's,
// not the place's that qualifies the noun before "who".
func TestReportedRelativeAfterAppositiveWithAPlace(t *testing.T) {
	run(t, []attrCase{
		{name: "X, a Tolland native who says …",
			paras: []string{"Data", "Tomas Braynard runs the data team.",
				"Braynard, a Tolland native who says the data decides elections, has cast himself as a strategist."},
			want:        []stmt{reportedBy(3, "the data decides elections", "Tomas Braynard")},
			notSpeakers: []string{"Tolland"}},
	})
}

// "Even as X claimed …, one of the former prosecutors for Y said …": the
// second clause has its own speaker, someone unnamed, not Y.
func TestReportedEvenAsAndOneOfForSomeone(t *testing.T) {
	run(t, []attrCase{
		{name: "But even as X claimed that …, one of the former prosecutors for Y said …",
			paras: []string{"Cases", "But even as Ana Ruiz claimed on Tuesday that the general got in trouble for far less, one of the former prosecutors for Tomas Berg said the two cases were quite different."},
			want: []stmt{reportedBy(2, "the general got in trouble for far less", "Ana Ruiz"),
				reportedBy(2, "the two cases were quite different", "one of the former prosecutors")}},
	})
}

// A cue set between commas inside its sentence ("The club's investment,
// Ms. Tanzer said, “is a perfect example”") makes the whole sentence the
// speaker's, the quotation within it.
func TestReportedParentheticalCueBeforeAQuotation(t *testing.T) {
	run(t, []attrCase{
		{name: "NP, X said, “…” …",
			paras: []string{"Golf", "Ana Tanzer runs the club.", "The club's heavy investment in its facilities, Ms. Tanzer said, “is a perfect example of adapting” to the economics of golf."},
			want: []stmt{reportedBy(3, "The club's heavy investment in its facilities", "Ana Tanzer"),
				quoteBy(3, "is a perfect example of adapting", "Ana Tanzer")}},
	})
}

// "a deadline that GOP insiders said went unnoticed": a plural of people
// between "that" and the cue says the relative clause, not the noun before
// "that".
func TestReportedGroupInsideARelativeClause(t *testing.T) {
	run(t, []attrCase{
		{name: "a deadline that party insiders said …",
			paras:       []string{"Delegates", "Applicants were due to file by March 15, a deadline that several party insiders said went unnoticed in a few districts."},
			want:        []stmt{reportedBy(2, "went unnoticed in a few districts", "Party insiders")},
			notSpeakers: []string{"a deadline"}},
		{name: "the kind of job that many economists say …",
			paras: []string{"Jobs", "Her daughter has the kind of job that many economists say is the future."},
			want:  []stmt{reportedBy(2, "is the future", "Economists")}},
		{name: "X told a news conference that officers believed … “…”: X's words",
			paras: []string{"Murder", "Detective Chief Inspector Ana Ruiz, who is leading the investigation, told a news conference that officers believed the two had known each other “only slightly” and that the attack followed an argument."},
			want:  []stmt{quoteBy(2, "only slightly", "Ana Ruiz")}},
	})
}

// "… when X in his speech promised …": a name opening a subordinate
// clause, then an adjunct, is the cue's subject.
func TestReportedSubordinateClauseSubjectBeforeAnAdjunct(t *testing.T) {
	run(t, []attrCase{
		{name: "was complete when X in his speech promised …",
			paras: []string{"Harbour", "Tomas Berg ran for mayor.", "The break was complete when Berg in his launch speech promised to build a new pier."},
			want:  []stmt{reportedBy(3, "to build a new pier", "Tomas Berg")}},
		{name: "such a presence that X during a visit thanked …",
			paras: []string{"Harbour", "Tomas Berg ran for mayor.", "The union became such a presence that Berg during a visit thanked its members “for their support” and called it a sponsor."},
			want:  []stmt{quoteBy(3, "for their support", "Tomas Berg")}},
	})
}

// A speech noun after "with" belongs to the subject of a verb that opens,
// answers or stirs with it ("opened with a call for"), not to the subject
// of one that sides with someone else's ("agreed with the claim").
func TestReportedSpeechNounAfterWith(t *testing.T) {
	run(t, []attrCase{
		{name: "X opened with a call for …",
			paras: []string{"Harbour", "Tomas Berg ran for mayor.", "Berg opened with a call for the council to rebuild the pier."},
			want:  []stmt{reportedBy(3, "the council to rebuild the pier", "Tomas Berg")}},
		{name: "X stirred controversy with an assertion that …",
			paras: []string{"Harbour", "Tomas Berg ran for mayor.", "Berg stirred controversy with an assertion that the pier was unsafe."},
			want:  []stmt{reportedBy(3, "the pier was unsafe", "Tomas Berg")}},
	})
}

// "X said both he and Y promised …": a pronoun joined to a name is one
// subject inside X's words, not the start of Y's own statement.
func TestReportedPronounJoinedToANameInsideReportedWords(t *testing.T) {
	run(t, []attrCase{
		{name: "X said both he and Y promised …",
			paras: []string{"Harbour", "Tomas Berg and Ana Ruiz ran for mayor.", "Berg said both he and Ruiz promised as candidates to rebuild the pier."},
			want:  []stmt{reportedBy(3, "both he and Ruiz promised as candidates to rebuild the pier", "Tomas Berg")}},
	})
}

// "Years after X claimed that …, Y won the nomination by promising …": the
// comma closing an opening subordinate clause starts the main clause, whose
// subject says what its "by promising" reports.
func TestReportedMainClauseAfterAnOpeningSubordinateClause(t *testing.T) {
	run(t, []attrCase{
		{name: "Years after X claimed that …, Y won … by promising …",
			paras: []string{"Harbour", "Tomas Berg and Ana Ruiz ran for mayor.",
				"Years after Berg claimed that the era of big harbours was over, Ruiz won the nomination by promising a new pier."},
			want: []stmt{reportedBy(3, "the era of big harbours was over", "Tomas Berg"),
				reportedBy(3, "a new pier", "Ana Ruiz")}},
	})
}

// A "by saying" inside a ", who" clause reports the one the clause is
// about, not the sentence's subject: "Trump met Paul Ryan, who a week ago
// surprised him by declaring he could not support him" is Ryan's.
func TestReportedGerundInsideAWhoClause(t *testing.T) {
	run(t, []attrCase{
		{name: "X met Y, who … surprised X by declaring …",
			paras: []string{"Harbour", "Tomas Berg and Ana Ruiz ran for mayor.",
				"For an hour, the party’s nominee Tomas Berg sat with Ana Ruiz, who just a week ago surprised Berg by declaring she could not yet support his candidacy."},
			want: []stmt{reportedBy(3, "she could not yet support", "Ana Ruiz")}},
	})
}

// A second thing said, joined by "and that" or "but that", is the first
// cue's speaker's whatever cue it holds: "Hynes said …, but that the Coast
// Guard has asked people to stay off" is Hynes's, not the Coast Guard's.
func TestReportedAndThatContinuesTheCue(t *testing.T) {
	run(t, []attrCase{
		{name: "but that X has asked",
			paras:       []string{"Spill", "Gerard Hynes said dozens of residents had shown up offering to help, but that the Coast Guard has asked untrained people to stay off oiled beaches for their own safety."},
			want:        []stmt{reportedBy(2, "the Coast Guard has asked untrained people", "Gerard Hynes")},
			notSpeakers: []string{"Coast Guard"}},
		{name: "and that X asked her to",
			paras:       []string{"Town", "Rev. Heather Lunn said she has tried to keep room for both families, and that Donna MacIsaac asked her to."},
			want:        []stmt{reportedBy(2, "Donna MacIsaac asked her to", "Heather Lunn")},
			notSpeakers: []string{"Donna MacIsaac"}},
	})
}

// "X said, “…,” adding that …" reports the adding clause as X's though an
// "Asked by one farmer whether …," opens the sentence: the question is no
// clause of the frame's own.
func TestReportedAddingAfterAnAskedOpening(t *testing.T) {
	run(t, []attrCase{
		{name: "Asked by …, X said, “…,” adding that",
			paras: []string{"Flu", "CFIA veterinarian Ingrid Halvorsen spoke first.",
				"Asked by one farmer whether the CFIA would bring in crews from other provinces, Halvorsen said, \"That is already happening,\" adding that contract crews from Alberta arrived over the weekend."},
			want: []stmt{quoteBy(3, "That is already happening,", "Ingrid Halvorsen"),
				reportedBy(3, "contract crews from Alberta arrived", "Ingrid Halvorsen")}},
	})
}

// A participle after a reported clause goes on with the one who reports
// it: "X denied the company had offered a schedule, saying …" and "X said
// Ottawa's leverage was limited, noting that …" are X's; but "The official
// said Whitcomb had overruled those concerns, telling aides …" is
// Whitcomb's, a person acting in what was said.
func TestReportedParticipleAfterAReportedClause(t *testing.T) {
	run(t, []attrCase{
		{name: "denied …, saying; said …, noting",
			paras: []string{"Rent", "Mariam Touré-Lefebvre leads the tenants.",
				"Touré-Lefebvre denied the company had offered a real repair schedule, saying tenants had received \"a two-page letter with no dates in it.\"",
				"Guy Lapointe-Sorensen said Ottawa's leverage was limited, noting that Canada has sought co-operation on other files."},
			want: []stmt{quoteBy(3, "a two-page letter with no dates in it.", "Mariam Touré-Lefebvre"),
				reportedBy(4, "Canada has sought co-operation", "Guy Lapointe-Sorensen")},
			notSpeakers: []string{"company"}},
		{name: "said X had …, telling",
			paras: []string{"Pick", "Harlan Whitcomb named his cabinet.",
				"The official said Harlan Whitcomb had overruled those concerns, telling aides that Lask knows where the money is."},
			want: []stmt{reportedBy(3, "Lask knows where the money is", "Harlan Whitcomb")}},
	})
}

// "X said she backed the strikers: “…”" reports what the cue says before
// its colon as well as the quotation after it; "X said in a statement: “…”"
// says nothing before the colon.
func TestReportedClauseBeforeAColonQuotation(t *testing.T) {
	run(t, []attrCase{
		{name: "said she backed the strikers: “…”",
			paras: []string{"Rail", "Passengers were angry.",
				"Another passenger, who gave her name only as Bernadette, said she backed the strikers: “They keep the trains running.”",
				"Verizon said in a statement: “We are ready.”"},
			want: []stmt{reportedBy(3, "she backed the strikers", "Bernadette"),
				quoteBy(3, "They keep the trains running.", "Bernadette"),
				quoteBy(4, "We are ready.", "Verizon")},
			notReported: []stmt{{para: 4, text: "in a statement"}}},
	})
}

// Sentence adverbs such as "nevertheless" stand between a subject and its
// cue: "While X has maintained …, Y has nevertheless called …" is Y's.
func TestReportedAdverbBetweenSubjectAndCue(t *testing.T) {
	run(t, []attrCase{
		{name: "Y has nevertheless called …",
			paras: []string{"Harbour", "Tomas Berg and Ana Ruiz ran for mayor.",
				"While Berg has maintained that the old pier was safe, Ruiz has nevertheless called his vote an irresponsible one."},
			want: []stmt{reportedBy(3, "the old pier was safe", "Tomas Berg"),
				reportedBy(3, "his vote an irresponsible one", "Ana Ruiz")}},
	})
}

// "– X saying … and Y calling …": each participle after a name has that
// name for its subject.
func TestReportedAbsoluteParticiplesEachWithItsName(t *testing.T) {
	run(t, []attrCase{
		{name: "X saying … and Y calling …",
			paras: []string{"Harbour", "Tomas Berg and Ana Ruiz met on the pier.",
				"Both issued a statement – Berg saying he was “very encouraged” and Ruiz calling it a “great meeting.”"},
			want: []stmt{quoteBy(3, "very encouraged", "Tomas Berg"), reportedBy(3, "it a “great meeting.”", "Ana Ruiz"),
				quoteBy(3, "great meeting.", "Ana Ruiz")}},
	})
}

// "According to X, …" opening a sentence makes the sentence X's report,
// whatever other verb it holds ("those documents reveal", "has not
// "Matthews, asked about the record, shrugged": an aside opened by "asked"
// and closed before the main verb is a question put to him, not his; but
// "Tanden, a Clinton supporter, asked the secretary …" is hers.
func TestReportedAskedAside(t *testing.T) {
	run(t, []attrCase{{name: "asked in an aside, asked as the verb",
		paras: []string{"Leafs", "Auston Matthews scored twice on Saturday.",
			"Matthews, asked about the record, shrugged. “It is not about me.”",
			"Neera Tanden, a Clinton supporter, asked the secretary whether the plan would pass."},
		want: []stmt{reportedBy(3, "about the record", ""), quoteBy(3, "It is not about me.", "Auston Matthews"),
			reportedBy(4, "whether the plan would pass", "Neera Tanden")}}})
}

// "According to him, …" is whom "he" would be; "according to her lawyer"
// and "according to her “clawback” plan" keep their own readings.
func TestReportedAccordingToAPronoun(t *testing.T) {
	run(t, []attrCase{{name: "according to him",
		paras: []string{"Water row", "Chief Minister Siddaramaiah on Monday said the State would not release water.",
			"According to him, the reservoirs were only 40% full.", "Farmers are angry, according to her lawyer."},
		want: []stmt{reportedBy(3, "the reservoirs were only 40% full", "Siddaramaiah"),
			reportedBy(4, "Farmers are angry", "!Siddaramaiah")}}})
}

// bothered to ask"), unless someone inside it says or tells.
func TestReportedAccordingToOpensTheSentence(t *testing.T) {
	run(t, []attrCase{
		{name: "According to the Free Beacon, those documents reveal …",
			paras: []string{"Harbour", "Tomas Berg and Ana Ruiz ran for mayor.",
				"According to the Harbour Free Beacon, those documents reveal the board has asked oil companies for donations.",
				"According to the Tolland Gazette, the mayor has not bothered to ask for input from the harbour board.",
				"According to the Tolland Gazette, Berg said he would go."},
			want: []stmt{reportedBy(3, "those documents reveal the board has asked oil companies for donations", "Harbour Free Beacon"),
				reportedBy(4, "the mayor has not bothered to ask for input", "Tolland Gazette"),
				reportedBy(5, "he would go", "Tomas Berg")},
			kinds: map[string]model.SpeakerKind{"Harbour Free Beacon": model.SpeakerOutlet}},
		{name: "As the Gazette reported, X was refusing to …",
			paras: []string{"Harbour", "Tomas Berg ran for mayor.",
				"As the Tolland Gazette reported, even on Friday morning, Berg was refusing to call the collapse a failure."},
			want: []stmt{reportedBy(3, "Berg was refusing to call the collapse a failure", "Tolland Gazette")}},
	})
}

// "…, where about 50 protesters had gathered on Wednesday, chanting “…”":
// the participle's subject is the plural of people in the clause before it.
func TestReportedParticipleAfterAGroupsClause(t *testing.T) {
	run(t, []attrCase{
		{name: "where about 50 protesters had gathered …, chanting",
			paras: []string{"Harbour", "Ana Ruiz spoke.", "Ruiz spoke down the street from the pier, where about 50 protesters had gathered on Wednesday morning, chanting \"no contract, no peace\" after the talks failed."},
			want:  []stmt{quoteBy(3, "no contract, no peace", "Protesters")}},
	})
}

// "X (D-Calif.) last week said …": a party tag, then a time, before the cue.
func TestReportedPartyTagThenTimeBeforeTheCue(t *testing.T) {
	run(t, []attrCase{
		{name: "X (D-Calif.) last week said",
			paras: []string{"Harbour", "Senate Intelligence Ranking Democrat Ana Ruiz (D-Calif.) last week said the board was not the originator."},
			want:  []stmt{reportedBy(2, "the board was not the originator", "Ana Ruiz")}},
	})
}

// "“…,” X said in a statement, calling on Congress to act …": a participle
// of calling, accusing, criticising … after a quotation's frame reports the
// frame's speaker, as "adding" does.
func TestReportedCallingOnAfterAFrame(t *testing.T) {
	run(t, []attrCase{
		{name: "“…,” X said in a statement, calling on the council to act",
			paras: []string{"Harbour", "\"It will leave taxpayers holding the bag,\" Ana Ruiz said in a statement, calling on the council to act and force the board to pay its share."},
			want: []stmt{quoteBy(2, "It will leave taxpayers holding the bag,", "Ana Ruiz"),
				reportedBy(2, "calling on the council to act", "Ana Ruiz")}},
	})
}

// "She declared “…!” and said that …": a second cue joined by "and" after
// the framed quotation reports the frame's speaker.
func TestReportedSecondCueAfterAFramedQuotation(t *testing.T) {
	run(t, []attrCase{
		{name: "X declared “…!” and said that …",
			paras: []string{"Harbour", "Ana Ruiz won the vote.", "She declared “What a night!” and said that her team would keep fighting for the pier."},
			want: []stmt{quoteBy(3, "What a night!", "Ana Ruiz"),
				reportedBy(3, "her team would keep fighting for the pier", "Ana Ruiz")}},
	})
}

// "While some friends say … - an old favorite - others say …": the clause
// after the dash has its own subject.
func TestReportedNewClauseAfterADash(t *testing.T) {
	run(t, []attrCase{
		{name: "While some say … - an aside - others say …",
			paras: []string{"Harbour", "Tomas Berg is 69.", "While some friends say Mr. Berg would look zippier if he ate the occasional cheeseburger - an old favorite - others say he has never been healthier."},
			want: []stmt{reportedBy(3, "Mr. Berg would look zippier", "Some friends"),
				reportedBy(3, "he has never been healthier", "Others")}},
	})
}

// "A group called for …, and the League strongly denounced … and said
// “…”": the second clause's subject says it, across the adverb before its
// first verb.
func TestReportedSecondClauseSubjectAcrossAnAdverb(t *testing.T) {
	run(t, []attrCase{
		{name: "X called for …, and the League strongly denounced … and said …",
			paras: []string{"Harbour", "Tomas Berg spoke at the pier.",
				"A group of rabbis called for a boycott of his speech, and the Anti-Defamation League strongly denounced Berg's rhetoric and said it would \"redirect\" all of his past donations."},
			want: []stmt{reportedBy(3, "it would \"redirect\" all of his past donations", "Anti-Defamation League"),
				quoteBy(3, "redirect", "Anti-Defamation League")}},
	})
}

// "A, an aside, and B, an aside, said": a joint statement, listed under
// the first named as "A and B said" is, not under whoever stands nearest
// the cue; a co-anchor or co-founder is a role like an anchor's.
func TestReportedJointSubjectWithAsides(t *testing.T) {
	run(t, []attrCase{{
		name: "two people, each with an aside",
		paras: []string{"Harbour plan",
			"Maren Vik, president of the Harbour Institute, a think tank, and Tomas Berg, co-founder of the polling firm Nordpol, applauded the plan.",
			"Carly Lund, a ferry captain, and Ola Strand said the pier was unsafe.",
			"Berg, Lund, and Strand said the fares were too high.",
			"Senator Anna Lind, Republican of Tolland, has talked about closing the pier, and Maren Vik said she would keep it open."},
		want: []stmt{
			reportedBy(2, "applauded the plan", "Maren Vik"),
			reportedBy(3, "the pier was unsafe", "Carly Lund"),
			reportedBy(4, "the fares were too high", "Tomas Berg"),
			reportedBy(5, "she would keep it open", "Maren Vik"),
		},
	}, {
		name: "two senators with party tags, and a list of them",
		paras: []string{"Sanctions",
			"Sens. Lyle Brandt (R-S.C.) and Owen Pritchard (R-Ariz.) said in a joint statement that the steps were overdue.",
			"Several Republican leaders, including Sens. John Marsh (Ariz.), Kelly Ames (N.H.) and Chuck Gray (Iowa), have said they will not attend."},
		want: []stmt{
			reportedBy(2, "the steps were overdue", "Lyle Brandt"),
			reportedBy(3, "they will not attend", "!Chuck Gray|Kelly Ames"),
		},
	}, {
		name: "co-anchor before a name after a quotation that addresses someone",
		paras: []string{"Interview",
			"“That was the first time in a long time, senator,” CBS co-Anchor DeMarco Morgan said. “She doesn’t do it that often.”"},
		want: []stmt{
			quoteBy(2, "That was the first time in a long time, senator,", "DeMarco Morgan"),
			quoteBy(2, "She doesn’t do it that often.", "DeMarco Morgan"),
		},
	}, {
		name:  "a plural noun that is the subject of its own clause is no cue",
		paras: []string{"Email review", "Steven Aftergood said the attention was overblown, partly because similar classification disputes are common."},
		want:  []stmt{reportedBy(2, "the attention was overblown, partly because similar classification disputes are common", "Steven Aftergood")},
	}})
}

// A denial written with a contraction ("wouldn't say", "hasn’t said") is
// read as "would not say" is: never words reported as no one's.
func TestReportedNegatedContraction(t *testing.T) {
	for _, p := range []string{
		"Senate spokesman Don Stewart wouldn't say when, or if, the Senate will vote on the nominees.",
		"Bernie Sanders hasn’t said whether he has a strategy for the convention, and he insisted at a rally that he is still in the race.",
		"Tad Devine didn't concede defeat, either.",
	} {
		a := article(t, "Senate vote", p)
		for _, s := range a.Statements {
			if s.Kind == model.KindReported && s.SpeakerIndex < 0 {
				t.Errorf("%q: reported as no one's: %q", p, s.Text)
			}
		}
	}
}

// "X (D-NY), a supporter of Y told …": the aside's closing comma is left
// out, and the words are X's, not Y's or "a supporter"'s; "…, Iowa, the
// Republican candidate repeated" has no aside, and is the candidate's.
func TestReportedAsideWithoutItsClosingComma(t *testing.T) {
	run(t, []attrCase{{
		name: "after a party tag and after a plain comma",
		paras: []string{"Transcripts",
			"Friday on CNN’s “New Day,” Sen. Anna Lind (D-NY), a supporter of Maren Vik’s 2016 bid for the presidency told host Tomas Berg she believed that Vik would release the transcripts.",
			"Sen. Carly Lund, a supporter of Maren Vik told reporters she believed the transcripts were harmless.",
			"During a campaign stop in Onawa, Iowa, the Republican presidential candidate repeated his promise to repeal the rules."},
		moreQuotes: true,
		want: []stmt{
			reportedBy(2, "she believed that Vik would release", "Anna Lind"),
			reportedBy(3, "she believed the transcripts were harmless", "Carly Lund"),
			reportedBy(4, "his promise to repeal the rules", "!Iowa"),
		},
	}})
}

// "X first said …, but in a later interview said …": the second cue,
// after "but" and a phrase of place or means, has the first cue's subject.
func TestReportedSecondCueAfterButAndAPhrase(t *testing.T) {
	run(t, []attrCase{{
		name: "but in a later interview said",
		paras: []string{"Archive deleted",
			"The engineer first said he did not recall making deletions, but in a later interview said he had deleted an archive.",
			"Tomas Berg denied it at first, but at a hearing on Tuesday said the files were gone."},
		want: []stmt{
			reportedBy(2, "he had deleted an archive", "~the engineer"),
			reportedBy(3, "the files were gone", "Tomas Berg"),
		},
	}})
}

// "The day before, at a rally in Beaumont, Tex., Mr. Berg was just as
// blunt, claiming …": two opening phrases, the second with a state's
// abbreviation after its town, stand before the subject.
func TestReportedSubjectAfterTwoOpeningPhrases(t *testing.T) {
	a := article(t, "Refugees",
		"Tomas Berg spoke in Houston on Monday.",
		"The day before, at a rally in Beaumont, Tex., Mr. Berg was just as blunt, claiming without any evidence that the mayor wanted to take in 250,000 refugees.",
	)
	checkStmt(t, a, reportedBy(3, "the mayor wanted to take in 250,000 refugees", "Tomas Berg"))
}

// After a quotation's frame, “…,” said X, though he added that … / but she
// cautions that …: the second clause is the framed speaker's too.
func TestReportedConcessiveClauseAfterAFrame(t *testing.T) {
	run(t, []attrCase{{
		name: "though, but",
		paras: []string{"Convention",
			"“The distraction gets you off message a little,” said party boss Tomas Berg, though he added that he expected the flap to fade quickly.",
			"“Your own success is completely dependent on you,” Ana Lind says, but she cautions that she sees two sides to it."},
		want: []stmt{
			reportedBy(2, "he expected the flap to fade quickly", "Tomas Berg"),
			reportedBy(3, "she sees two sides to it", "Ana Lind"),
		},
		moreQuotes: true,
	}})
}

// "X said in a statement." before a quotation says nothing itself: it
// announces the quotation, which is X's, in its paragraph or the next.
func TestReportedFrameThatOnlyAnnounces(t *testing.T) {
	run(t, []attrCase{{
		name: "said in a statement. then the quotation",
		paras: []string{"Recount", "Ben Holm spoke.",
			"Sam Lau, the party's spokesman, said in a statement. “There are no paper ballots to recount.”",
			"Ana Ruiz told reporters on Monday.",
			"“We will appeal.”",
			"A party aide blasted the statement.",
			"“It is a lie,” he said."},
		want: []stmt{
			quoteBy(3, "There are no paper ballots to recount.", "Sam Lau"),
			quoteBy(5, "We will appeal.", "Ana Ruiz"),
			reportedBy(6, "blasted the statement", "A party aide"),
			quoteBy(7, "It is a lie,", "A party aide"),
		},
		notReported: []stmt{{para: 3, text: "said in a statement"}, {para: 4, text: "told reporters"}},
	}})
}

// An outlet's trailing "reported" keeps the sentence its own though a time
// or a participle of its own follows it.
func TestReportedTrailingReportWithATime(t *testing.T) {
	run(t, []attrCase{{
		name: "…, X reported last week / in 2014 / , citing …",
		paras: []string{"Economy", "Ben Holm spoke.",
			"Consumer sentiment over the last year has been higher than in any year since 2004, the Harbour Institute reported last week.",
			"It effectively disbanded after the 2008 election, the Harbour Gazette reported in 2014.",
			"Members of the family long ago soured on the manager, the Norland Post reported, citing another anonymous source."},
		want: []stmt{
			reportedBy(3, "Consumer sentiment over the last year", "Harbour Institute"),
			reportedBy(4, "It effectively disbanded", "Harbour Gazette"),
			reportedBy(5, "Members of the family long ago soured", "Norland Post"),
		},
	}})
}

// A cue after "because", "although" or "if" closes a clause of reason,
// concession or condition; it does not claim what was said before it.
func TestReportedCueInAReasonClauseIsNotTrailing(t *testing.T) {
	run(t, []attrCase{{
		name: "X says …, because Congress agreed. / …, although Israel disputes this.",
		paras: []string{"Budget", "The nonpartisan Congressional Budget Office said on Monday that the deficit would rise.",
			"The budget office now says the reckoning will arrive sooner, because Congress agreed.",
			"Maria Holm says the new rules will help, although the union disputes this."},
		want: []stmt{
			reportedBy(2, "The nonpartisan Congressional Budget Office said", "Congressional Budget Office"),
			reportedBy(3, "The budget office now says the reckoning", "Congressional Budget Office"),
			reportedBy(4, "Maria Holm says the new rules", "Maria Holm"),
		},
	}})
}

// "One of the authors of that 2013 report, Ari Holm, said": the name after
// a "one of" role phrase speaks, whatever words the phrase holds.
func TestReportedNameAfterOneOfRolePhrase(t *testing.T) {
	run(t, []attrCase{{
		name: "One of the authors of that 2013 report, NAME, said",
		paras: []string{"Report", "Paul Moen spoke on Monday.",
			"One of the authors of that 2013 report, Ari Holm, said the nomination will test their conclusions."},
		want: []stmt{reportedBy(3, "the nomination will test", "Ari Holm")},
	}})
}

// A clause opened by "after", "when" or "though" whose subject is someone
// new or named is that speaker's, not the main clause's: "Ola Berg is
// assuring voters after a woman in Tolland, Vermont, told him …".
func TestReportedSubordinateClauseOfItsOwn(t *testing.T) {
	run(t, []attrCase{{
		name: "after a woman in Tolland, Vermont, told him / when Ana Ruiz asked",
		paras: []string{"Campaign", "Ola Berg spoke on Monday.",
			"Ola Berg is assuring voters after a woman in Tolland, Vermont, told him she worries he is too nice.",
			"Berg said he would not change, though Ana Ruiz said she doubted voters would care.",
			"Berg vows not to take the company's calls until it agrees to change course.",
			"Rachel Moen, a teacher at Lincoln High said she liked him."},
		want: []stmt{
			reportedBy(3, "Ola Berg is assuring voters", "Ola Berg"),
			reportedBy(3, "she worries he is too nice", "a woman in Tolland"),
			reportedBy(4, "he would not change", "Ola Berg"),
			reportedBy(4, "she doubted voters would care", "Ana Ruiz"),
			reportedBy(6, "she liked him", "Rachel Moen"),
		},
		notSpeakers: []string{"Vermont", "Lincoln High"},
		moreQuotes:  true,
	}})
}

// "opened a Rochester rally blasting …": a rally is no adverb for all its
// "-ly", and the town that names it is not the one blasting; "Her campaign
// workers here said" are the workers, not "here".
func TestReportedParticipleAfterAnEventAndAGroupHere(t *testing.T) {
	run(t, []attrCase{{
		name: "opened a Rochester rally blasting / campaign workers here said",
		paras: []string{"Rally", "Ola Berg spoke on Monday.",
			"Tuesday, Berg opened a Rochester rally blasting Ana Ruiz for promoting fracking in other countries.",
			"Her campaign workers here said they have been working the state since the spring."},
		want: []stmt{
			reportedBy(3, "Ana Ruiz for promoting fracking", "Ola Berg"),
			reportedBy(4, "they have been working the state", "Campaign workers"),
		},
		notSpeakers: []string{"Rochester", "here"},
	}})
}

// "until" or "because" after what someone says usually stays inside what
// they say: "Sims says he was riding the fence until Haley said …" is his.
func TestReportedUntilClauseStaysInside(t *testing.T) {
	run(t, []attrCase{{
		name: "X says … until Y said …",
		paras: []string{"Vote", "Jason Holm and Nikki Berg spoke on Monday.",
			"Holm says he was riding the fence until Berg said she was backing the senator."},
		want: []stmt{reportedBy(3, "riding the fence until Berg said", "Jason Holm")},
	}})
}

// "Nothing the president said", "not everything Ruiz says": a relative
// clause with no "that", what was said standing as the subject; no report
// of the president's or Ruiz's.
func TestReportedReducedRelativeIsNoReport(t *testing.T) {
	run(t, []attrCase{{
		name: "Nothing the president said …, the Florida senator said / something he denied",
		paras: []string{"Speech", "Sen. Ola Berg, R-Fla., and President Ana Ruiz spoke.",
			"Nothing the president said \"will assuage people's fears,\" the Florida senator said.",
			"While not everything Ruiz says is true, Berg said she is telling her supporters what they want to hear."},
		want: []stmt{
			quoteBy(3, "will assuage people's fears,", "Ola Berg"),
			reportedBy(4, "not everything Ruiz says is true", "Ola Berg"),
		},
		notSpeakers: []string{"Ana Ruiz"},
	}})
}

// "with the American Federation of Teachers calling her …": a participle's
// subject after "with" may be a name holding "of"; "started out their
// ninth debate saying" is the debater's, as "issued a statement saying" is.
func TestReportedWithALongNameAndADebate(t *testing.T) {
	run(t, []attrCase{{
		name: "with the Federation of Harbour Workers calling / debate saying",
		paras: []string{"Unions", "Ola Berg and Ana Ruiz spoke on Monday.",
			"Unions were early supporters, with the Federation of Harbour Workers calling her a champion.",
			"Berg started out their ninth debate saying Ruiz had the qualifications to lead."},
		want: []stmt{
			reportedBy(3, "calling her a champion", "Federation of Harbour Workers"),
			reportedBy(4, "Ruiz had the qualifications", "Ola Berg"),
		},
	}})
}

// "with Lewandowski taking to Twitter to call Fields “…”": the infinitive's
// subject is the name of the absolute phrase, not the sentence's subject.
func TestReportedInfinitiveAfterWithParticiple(t *testing.T) {
	run(t, []attrCase{{
		name: "…, with X taking to Twitter to call Y “…”",
		paras: []string{"Scuffle", "Carl Holm and Mia Berg spoke.",
			"Even after several videos of the incident surfaced, the Trump campaign has denied it happened, with Holm taking to Twitter to call Berg “totally delusional” for the accusation."},
		want:       []stmt{quoteBy(3, "totally delusional", "Carl Holm")},
		moreQuotes: true,
	}})
}

// "but has since said", "Richards and Menendez both stressed", "the
// senators all agreed": an adverb of time after the auxiliary, and "both"
// or "all" after the subject, stand between a subject and its cue.
func TestReportedSinceBothAllBeforeTheCue(t *testing.T) {
	run(t, []attrCase{{
		name: "has since said / both stressed / all agreed",
		paras: []string{"Bill", "Ted Holm, Cecile Berg and Bob Moen spoke.",
			"Holm has supported more visas but has since said he now believes the system needs reform.",
			"But Berg and Moen both stressed that it was not all bad news.",
			"The senators all agreed that the bill was dead.",
			"Strategists for Holm and Berg all agreed that the race is close."},
		want: []stmt{
			reportedBy(3, "he now believes the system", "Ted Holm"),
			reportedBy(4, "it was not all bad news", "Cecile Berg"),
			reportedBy(5, "the bill was dead", "Senators"),
			reportedBy(6, "the race is close", "Strategists"),
		},
	}})
}

// "joked to Federal Reserve Chair Janet Yellen that …": a frame-only cue
// reports when its "that" comes after a long name it speaks to.
func TestReportedThatAfterALongAddressee(t *testing.T) {
	run(t, []attrCase{{
		name: "X joked to Federal Reserve Chair Y that …",
		paras: []string{"Rates", "Janet Holm spoke.",
			"Rep. Brad Berg (D-Calif.) last month joked to Federal Reserve Chair Janet Holm that God did not want her to boost rates before next year."},
		want: []stmt{reportedBy(3, "God did not want her to boost rates", "Brad Berg")},
	}})
}

// "Trump was heard on a microphone telling Christie to …": a participle
// after a verb of perceiving and a phrase of where is the one heard's cue.
func TestReportedHeardOnAMicrophoneTelling(t *testing.T) {
	run(t, []attrCase{{
		name: "was heard on a microphone telling",
		paras: []string{"Stage", "Ola Berg and Chris Holm spoke.",
			"Berg was heard on a microphone telling Holm to get on a plane and go home."},
		want: []stmt{reportedBy(3, "to get on a plane", "Ola Berg")},
	}})
}

// "At an event in St. Clairsville, Ohio, 62-year-old Brenda Holm … explained":
// the state's commas belong to the opening phrase, whatever word follows.
func TestReportedOpeningPlaceWithItsState(t *testing.T) {
	run(t, []attrCase{{
		name: "in Town, State, 62-year-old X explained",
		paras: []string{"Rally", "Ola Berg spoke.",
			"At a June campaign event in St. Clairsville, Ohio, 62-year-old Brenda Holm also railed against immigrants, and explained how much it upset her to hear them speak in other languages."},
		want:        []stmt{reportedBy(3, "how much it upset her", "Brenda Holm")},
		notSpeakers: []string{"Ohio"},
	}})
}

// "have both argued that", "have all said": "both" or "all" after the
// auxiliary of names or people is no determiner of a noun in -ed.
func TestReportedHaveBothArgued(t *testing.T) {
	run(t, []attrCase{{
		name: "X and Y have both argued / the senators have all said",
		paras: []string{"Trade", "Ted Holm spoke.",
			"Donald Berg and Senator Ana Ruiz have both argued that blue-collar workers have lost jobs.",
			"Holm, Berg and Ruiz have all characterized the deal as a mistake.",
			"The senators have all said the bill is dead."},
		want: []stmt{
			reportedBy(3, "blue-collar workers have lost jobs", "Donald Berg"),
			reportedBy(4, "the deal as a mistake", "Ted Holm"),
			reportedBy(5, "the bill is dead", "Senators"),
		},
	}})
}

// "While the industry cannot block it all, people who have battled other
// threats say …": a relative clause's subject after an opening clause.
func TestReportedRelativeSubjectAfterAnOpeningClause(t *testing.T) {
	run(t, []attrCase{{
		name: "While …, people who have battled threats say",
		paras: []string{"Web", "Ted Holm spoke.",
			"Still, while the tech industry cannot block all terror content on the web, people who have battled other online threats say it could be doing more."},
		want: []stmt{reportedBy(3, "it could be doing more", "People")},
	}})
}

// "Still, Sanders - who digested his new circumstances - has vowed to fight
// on": a hyphen fences an aside as a dash does.
func TestReportedAsideBetweenHyphens(t *testing.T) {
	run(t, []attrCase{{
		name: "X - who … - said",
		paras: []string{"Race", "Bernie Berg spoke.",
			"Still, Berg - who digested his new circumstances aboard a flight home - said he would fight on."},
		want: []stmt{reportedBy(3, "he would fight on", "Bernie Berg")},
	}})
}

// "across the four states", "in all 50 states": counted, "states" is the
// noun, not a cue that takes the sentence from its subject.
func TestReportedCountedStatesAreNoCue(t *testing.T) {
	run(t, []attrCase{{
		name: "insiders across the four states said",
		paras: []string{"Poll", "Ana Ruiz spoke.",
			"GOP insiders across the four states said that Ruiz can win.",
			"The campaign will air a new ad as soon as Monday in nine states: Ohio, Iowa and Nevada."},
		want:        []stmt{reportedBy(3, "Ruiz can win", "GOP insiders")},
		notSpeakers: []string{"nine"},
	}})
}

// "He claimed at one point, a supporter asked people …": a phrase of time
// after the cue opens what he said; the comma after it starts no clause of
// the supporter's own (but "would ever admit this, but Berg said" does).
func TestReportedTimePhraseAfterTheCue(t *testing.T) {
	run(t, []attrCase{{
		name: "claimed at one point, X asked / admit this, but Y",
		paras: []string{"Rally", "Jared Holm spoke.",
			"Holm claimed at one point, a supporter asked people in the audience to crowd in.",
			"Few politicians would ever admit this, but Sen. Chris Berg said the shooting changed him."},
		want: []stmt{
			reportedBy(3, "a supporter asked people", "Jared Holm"),
			reportedBy(4, "the shooting changed him", "Chris Berg"),
		},
	}})
}

// "The U.S. added around 292,000 jobs": "add" before a count is growth,
// not speech; "Ruiz added that …" still speaks.
func TestReportedAddedACountIsNoSpeech(t *testing.T) {
	run(t, []attrCase{{
		name: "added around 292,000 jobs / added that",
		paras: []string{"Jobs", "Ana Ruiz spoke.",
			"While the U.S. added around 292,000 jobs in December, China suffered market chaos.",
			"Ruiz added that the economy was strong."},
		want:        []stmt{reportedBy(4, "the economy was strong", "Ana Ruiz")},
		notSpeakers: []string{"U.S."},
	}})
}

// "Lewandowski had little to say", "nothing to say about the move": no
// words are reported.
func TestReportedLittleToSayIsNoStatement(t *testing.T) {
	run(t, []attrCase{{
		name:        "had little to say / had nothing to say",
		paras:       []string{"Campaign", "Corey Holm spoke.", "When reached by the Associated Press, Holm had little to say.", "Holm had nothing to say about the move."},
		want:        []stmt{},
		notSpeakers: []string{"Corey Holm"},
	}})
}

// "According to a national Gallup Poll": a poll named with capitals is
// still a poll, the source of what it found.
func TestReportedAccordingToANamedPoll(t *testing.T) {
	run(t, []attrCase{{name: "a Gallup Poll, an Angus Reid Institute Poll",
		paras: []string{"Poll", "Voters view him unfavorably, according to a national Gallup Poll.",
			"Voters are split, according to a new Angus Reid Institute Poll."},
		want: []stmt{reportedBy(2, "Voters view him unfavorably", "a national Gallup Poll"),
			reportedBy(3, "Voters are split", "a new Angus Reid Institute Poll")}}})
}

// "…, a charge her office denied" answers what was said before the comma:
// the sentence stays the accuser's ("…, political scientists say" is still
// theirs).
func TestReportedChargeDeniedAfterIt(t *testing.T) {
	run(t, []attrCase{{name: "a charge denied, which disputed",
		paras: []string{"Vote", "Mayor Ann Lee spoke.",
			"Coun. David Sethi accused the mayor of rushing the vote, a charge her office denied.",
			"Bradley Podliska further alleges that he was fired, a claim that Gowdy’s office strongly disputes.",
			"Sethi said the vote was rushed, which the mayor's office disputes.",
			"The plan will fail, political scientists say."},
		want: []stmt{reportedBy(3, "accused the mayor of rushing the vote", "David Sethi"),
			reportedBy(4, "he was fired", "Bradley Podliska"),
			reportedBy(5, "the vote was rushed", "David Sethi"),
			reportedBy(6, "The plan will fail", "Political scientists")}}})
}

// A judge's "ruled that" and "…, ruling that" report the ruling; party
// "rules that" and a court's "ruling that paved the way" are nouns.
func TestReportedRulings(t *testing.T) {
	run(t, []attrCase{
		{name: "ruled that, ruling that",
			paras: []string{"Parkade ruling",
				"Justice Mira Sandvik found the developer liable, ruling that both firms ignored the cracks.",
				"The appeal court ruled that the damages would stand."},
			want: []stmt{reportedBy(2, "both firms ignored the cracks", "Mira Sandvik"),
				reportedBy(3, "the damages would stand", "appeal court")}},
		{name: "the nouns",
			paras: []string{"Convention",
				"Delegates changed party rules that could bind them. The Supreme Court ruling that paved the way was cited."},
			notReported: []stmt{{para: 2, text: "could bind them"}, {para: 2, text: "paved the way"}}},
	})
}

// "wrote in a post on social media Tuesday night that …": the medium and
// the time between the cue and "that" do not end the statement's search.
func TestReportedWroteInAPostThat(t *testing.T) {
	run(t, []attrCase{{name: "a long medium phrase before that",
		paras: []string{"Budget", "Amrit Gill is the party's health critic.",
			"Gill wrote in a post on social media Tuesday night that he had filed a written question."},
		want: []stmt{reportedBy(3, "he had filed a written question", "Amrit Gill")}}})
}

// "The agreed facts say …" in a court story: the facts filed with the
// court are a document that says something.
func TestReportedAgreedFacts(t *testing.T) {
	run(t, []attrCase{{name: "the agreed facts say",
		paras: []string{"Sentencing", "The agreed facts say the truck drifted into the bike lane."},
		want:  []stmt{reportedBy(2, "the truck drifted into the bike lane", "The agreed facts")},
		kinds: map[string]model.SpeakerKind{"The agreed facts": model.SpeakerDocument}}})
}

// "citing two Service Canada employees who told her office that …": the
// employees told it, not the department that employs them.
func TestReportedWhoAfterABodysPeople(t *testing.T) {
	run(t, []attrCase{{name: "Service Canada employees who told",
		paras: []string{"Backlog", "Dela Cruz pressed the government, citing two Service Canada employees who told her office that staff had been told to prioritize newer claims."},
		want:  []stmt{reportedBy(2, "staff had been told to prioritize newer claims", "Service Canada employees")},
		kinds: map[string]model.SpeakerKind{"Service Canada employees": model.SpeakerGroup}}})
}

// "IQALUIT — Elders in Pond Inlet say …": the elders, not the place, after
// a dateline as without one.
func TestReportedPeopleOfAPlaceAfterADateline(t *testing.T) {
	run(t, []attrCase{{name: "elders in a place, after a dateline",
		paras: []string{"Spill", "IQALUIT — Elders in Pond Inlet say residents warned officials about a diesel leak.",
			"Elders in Pond Inlet say the officials did nothing."},
		want: []stmt{reportedBy(2, "residents warned officials about a diesel leak", "Elders"),
			reportedBy(3, "the officials did nothing", "Elders")}}})
}

// "A Corner Brook trucker hauling groceries to western Newfoundland says"
// is the trucker (named next if the article names him), never the place
// at the end of the participle's phrase; "rebuffed a heckler shouting"
// keeps its subject.
func TestReportedJobBeforeAParticiple(t *testing.T) {
	run(t, []attrCase{
		{name: "a trucker hauling groceries to a place says",
			paras: []string{"Ferry cancelled",
				"NORTH SYDNEY, N.S. — A Corner Brook trucker hauling groceries to western Newfoundland says he has spent four nights in his cab.",
				"“It’s brutal,” said Wade Pardy, who has driven the route for 20 years."},
			want: []stmt{reportedBy(2, "he has spent four nights in his cab", "Wade Pardy"), quoteBy(3, "It’s brutal,", "Wade Pardy")}},
		{name: "an object with a participle",
			paras: []string{"Rally", "At a rally in Derry, Hillary Clinton rebuffed a Republican heckler shouting about emails, saying she would not be drawn."},
			want:  []stmt{reportedBy(2, "she would not be drawn", "Hillary Clinton")}},
	})
}

// "X, president of the Syndicat des cols bleus regroupés de Montréal
// (CUPE 301), said" is the president, not "de Montréal" (a place after a
// French particle is no one's name), nor the body in brackets, nor a body
// with its acronym in brackets before ", which represents …,".
func TestReportedAppositiveBeforeBrackets(t *testing.T) {
	run(t, []attrCase{{name: "a president of a French-named union with its local in brackets",
		paras: []string{"Snow budget",
			"Jean-Guy Lavigueur, president of the Syndicat des cols bleus regroupés de Montréal (CUPE 301), said the city is paying premium prices.",
			"Jeff Bechdel, chairman of America Rising (a Republican PAC), said the shirts were a joke.",
			"Odile Brunet-Sato, president of the Nova Scotia Government and General Employees Union (NSGEU), which represents many of the home’s care assistants, said in an interview that front-line workers “were never the problem.”"},
		want: []stmt{reportedBy(2, "the city is paying premium prices", "Jean-Guy Lavigueur"),
			reportedBy(3, "the shirts were a joke", "Jeff Bechdel"),
			reportedBy(4, "front-line workers", "Odile Brunet-Sato"), quoteBy(4, "were never the problem.", "Odile Brunet-Sato")}}})
}

// A work's title before ", which calls on" ("a 46-page report titled Not
// Part of the Job, which calls on the province to …") names the work, not
// a speaker called "Part": the report calls on.
func TestReportedTitledWorkIsTheRelativesAntecedent(t *testing.T) {
	a := article(t, "Nurses",
		"The Manitoba Nurses Union released its survey Tuesday, along with a 46-page report titled Not Part of the Job, which calls on the province to put security officers in every emergency department.")
	var got []string
	for _, st := range a.Statements {
		got = append(got, st.Speaker)
	}
	if len(got) != 1 || got[0] != "a 46-page report" {
		t.Errorf("speakers %q, want the report's one statement", got)
	}
}

// A noun after a determiner-less coordination ("bake sales and online
// appeals to pay") is no cue, and "A school trustee in west Winnipeg says"
// is the trustee, not the place past its direction word.
func TestReportedNounAppealsAndPlaceAfterADirection(t *testing.T) {
	run(t, []attrCase{
		{name: "online appeals",
			paras: []string{"Appeal", "Rachel Oickle spoke first.",
				"Oickle said the group, which raised about $60,000 through bake sales and online appeals to pay its lawyers, would now press the province."},
			want: []stmt{reportedBy(3, "the group, which raised about $60,000", "Rachel Oickle")}},
		{name: "in west Winnipeg",
			paras: []string{"Trustee", "A school trustee in west Winnipeg says she has lived in her ward for a decade."},
			want:  []stmt{reportedBy(2, "she has lived in her ward", "!Winnipeg")}},
	})
}

// A person "of" a unit before the cue ("Graham Leung of the police homicide
// squad testified", "… of the Toronto Police Service's homicide squad
// testified") is the speaker, not the force nor no one.
func TestReportedPersonOfAUnit(t *testing.T) {
	run(t, []attrCase{
		{name: "of the X's unit",
			paras: []string{"Trial", "Det. Const. Graham Leung of the Toronto Police Service's homicide squad testified that no firearm was recovered.",
				"Staff Sgt. Dwayne Oduya of the homicide section said investigators had followed every lead."},
			want: []stmt{reportedBy(2, "no firearm was recovered", "Graham Leung"), reportedBy(3, "investigators had followed every lead", "Dwayne Oduya")}},
	})
}

// A court's ruling reported before its cue ("…, an Ontario Superior Court
// judge has ruled.") is the judge's, as "…, the agency reported." is the
// agency's; the lede's judge is the justice named next.
// A short sentence closed by "police said" or "he said" is what they
// said: "No one was arrested, police said."; a short one closed by
// another cue with nothing after it is not ("Sen. X, disagreed.").
func TestReportedTrailingSayAfterAShortSentence(t *testing.T) {
	run(t, []attrCase{{name: "No one was arrested, police said.",
		paras: []string{"Protest", "A handful of former employees gathered outside the headquarters with signs.",
			"No one was arrested, police said.", "Union leader Ana Ruiz spoke to the crowd.", "That offer remains open, she said."},
		want: []stmt{reportedBy(3, "No one was arrested", "*"), reportedBy(5, "That offer remains open", "Ana Ruiz")}},
		{name: "a short sentence before another cue",
			paras:       []string{"Vote", "Senator Ana Ruiz backed the bill.", "Her colleague, Sen. Tom Reyes, disagreed."},
			notReported: []stmt{{para: 3, text: ""}}},
	})
}

func TestReportedTrailingRuling(t *testing.T) {
	run(t, []attrCase{
		{name: "a judge has ruled",
			paras: []string{"Ruling",
				"A Mississauga city councillor broke the conflict-of-interest law when he voted on a zoning change, an Ontario Superior Court judge has ruled.",
				"In a 34-page decision released Thursday, Justice Andrea Kolodziej said the councillor should have declared his interest."},
			want: []stmt{reportedBy(2, "A Mississauga city councillor broke", "Andrea Kolodziej")}},
		{name: "a panel has ruled",
			paras: []string{"Discipline",
				"A Westman high school teacher who mocked students has lost the right to teach for two years, a disciplinary hearing panel has ruled."},
			want: []stmt{reportedBy(2, "A Westman high school teacher", "*")}},
		{name: "a role of a body after the comma",
			paras: []string{"Towers",
				"Public Services Minister Anjali Sethi spoke to reporters in the lobby. Photo by Jean Dubois /Postmedia",
				"The government will hand three office towers to developers, the minister responsible for the government's real estate said Wednesday, in the first test of a promise to cut its office space."},
			want:        []stmt{reportedBy(3, "hand three office towers", "Anjali Sethi")},
			notSpeakers: []string{"government"}},
		{name: "ruling with no that after a comma",
			paras: []string{"Permit",
				"The Tolland Court of Appeal quashed the permit, ruling the department never explained how the harvest fit its own policy.",
				"The FIFA ruling the sport adopted is strict."},
			want:        []stmt{reportedBy(2, "the department never explained", "Tolland Court of Appeal")},
			notReported: []stmt{{para: 3, text: "the sport adopted"}}},
		{name: "a court has ruled on a day, in a decision",
			paras: []string{"Warrants",
				"Police must get a warrant for a home's hourly power records, the Supreme Court of Tolland ruled Friday.",
				"The officer was wrong to search the truck, a judge ruled on Tuesday in a unanimous decision."},
			want: []stmt{reportedBy(2, "Police must get a warrant", "Supreme Court of Tolland"),
				reportedBy(3, "The officer was wrong", "*")}},
	})
}

// A court's finding is what it says: "Justice Marianne Kostiuk found that
// …", "the tribunal found that …"; so is a finding of those whose work is
// finding ("Researchers found that …"), as real-train's annotators read it.
func TestReportedJudicialFinding(t *testing.T) {
	run(t, []attrCase{
		{name: "ruled with no 'that'; ', as X had told the family' reports nothing of its own",
			paras: []string{"Refund", "A Halifax family has been awarded $4,800 after the Canadian Transportation Agency ruled the airline had no basis for blaming the cancellation on safety.",
				"In a decision released this week, an agency adjudicator found that the flight was cancelled because of a crew shortage, and not because of a mechanical problem, as Trillium had told the family."},
			want: []stmt{reportedBy(2, "the airline had no basis", "Canadian Transportation Agency"),
				reportedBy(3, "the flight was cancelled because of a crew shortage", "an agency adjudicator")}},
		{name: "ruled in April that; a body in lower case before ', which'",
			paras: []string{"Strike", "The labour board ruled in April that the company had broken the law.",
				"The dispute also went before the Tribunal administratif du travail, Quebec’s labour tribunal, which ruled on Friday that the union had bargained in good faith.",
				"The union appealed to the pension commission, which said that the plan was sound."},
			want: []stmt{reportedBy(2, "the company had broken the law", "labour board"),
				reportedBy(3, "the union had bargained in good faith", "Tribunal administratif du travail"),
				reportedBy(4, "the plan was sound", "pension commission")}},
		{name: "a justice found that",
			paras: []string{"Farm",
				"In a 46-page decision released Thursday, Justice Marianne Kostiuk found that Walter Hnatiuk was of sound mind when he signed the will."},
			want: []stmt{reportedBy(2, "Walter Hnatiuk was of sound mind", "Marianne Kostiuk")}},
		{name: "the tribunal found that, and the decision after",
			paras: []string{"Rights",
				"Tribunal member Sandra Whitehorse-Lam found that the company had discriminated against the supervisor.",
				"The company must pay $62,000, the decision says."},
			want: []stmt{reportedBy(2, "the company had discriminated", "Sandra Whitehorse-Lam")}},
	})
	run(t, []attrCase{{name: "researchers found that",
		paras: []string{"Study", "Researchers at the university found that wetlands store more carbon than expected."},
		want:  []stmt{reportedBy(2, "wetlands store more carbon", "~researchers")}}})
	a := article(t, "Sale", "Buyers at the market found that prices had doubled.")
	for _, st := range a.Statements {
		t.Errorf("a buyer's discovery read as a statement: %q by %q", st.Text, st.Speaker)
	}
}

// A passive cue with "now" before it ("The fire is now estimated at 9,400
// hectares") reports nothing: the sentence is the service's, whose cue
// trails it.
func TestReportedPassiveWithNowIsNoCue(t *testing.T) {
	run(t, []attrCase{{name: "is now estimated",
		paras: []string{"Fire", "Some lede text here about a fire.",
			"The fire is now estimated at 9,400 hectares and is out of control, the BC Wildfire Service said in its evening update."},
		want: []stmt{reportedBy(3, "The fire is now estimated", "BC Wildfire Service")}}})
}

// "Reminded X that …" reports what was said; "reminds me of Y" does not.
func TestReportedRemindedThat(t *testing.T) {
	run(t, []attrCase{{name: "the judge reminded jurors that",
		paras: []string{"Trial", "Justice Anne-Marie Lacroix, who is presiding, reminded jurors that opening statements are not evidence."},
		want:  []stmt{reportedBy(2, "opening statements are not evidence", "Anne-Marie Lacroix")}}})
	a := article(t, "Column", "Trump reminds me of Abraham Lincoln, the columnist wrote in a long essay.")
	for _, st := range a.Statements {
		if strings.Contains(st.Text, "Abraham Lincoln") && st.Speaker == "Donald Trump" {
			t.Errorf("'reminds me of' read as Trump's statement: %q", st.Text)
		}
	}
}

// After "X, 67, says" the words "her husband, Gerald," open what she
// says; they are no inverted subject ("…, said Ingrid Solvang").
func TestReportedOwnerWordAfterCueIsNoInvertedSubject(t *testing.T) {
	run(t, []attrCase{{name: "X, 67, says her husband, Gerald, began …",
		paras: []string{"Widow",
			"Marlene Fitzgerald, 67, says her husband, Gerald, began complaining of chest pain around 9 p.m.",
			"Her son, Stephen Kowal, said his mother, who has dementia, waited for hours."},
		want: []stmt{reportedBy(2, "began complaining of chest pain", "Marlene Fitzgerald"),
			reportedBy(3, "waited for hours", "Stephen Kowal")}}})
}

// "X, the mayor, said the city agreed." is the mayor's: the comma that
// sets off his role does not make "the city agreed" a trailing cue ("…,
// the city agreed.") that takes the whole sentence.
func TestReportedCueInsideWhatWasSaidIsNoTrailingCue(t *testing.T) {
	run(t, []attrCase{{name: "X, the mayor, said the city agreed",
		paras: []string{"Mayors", "Danny Breen, the mayor, said the city agreed.",
			"The deal is done, the city agreed."},
		want: []stmt{reportedBy(2, "the city agreed", "Danny Breen"), reportedBy(3, "The deal is done", "city")}}})
}

// A speech noun's clause runs on through a figure ("$1.53-billion") and a
// quotation in it, and the quotation is the speaker's: "a warning from the
// minister that the province's $1.53-billion share was “not guaranteed.”"
func TestReportedNounClauseHoldsFiguresAndQuotations(t *testing.T) {
	run(t, []attrCase{{name: "a warning from X that … “…”",
		paras: []string{"Green Line", "Transportation Minister Kyle Brandvold met the mayor on Monday.",
			"Council voted to continue, defying a warning from the transportation minister that the province's $1.53-billion share of funding was “not guaranteed.”"},
		want: []stmt{reportedBy(3, "the province's $1.53-billion share of funding was “not guaranteed.”", "Kyle Brandvold"),
			quoteBy(3, "not guaranteed.", "Kyle Brandvold")}}})
}

// "The grocery chain whose logo appeared on the wall, Prairie Harvest
// Foods, said" is the chain the name gives, where before no speaker was
// found; a place set off so ("The city, Regina, said") is left to the
// other rules.
func TestReportedNameAfterADescribedSubject(t *testing.T) {
	run(t, []attrCase{{name: "The grocery chain whose …, X, said",
		paras: []string{"Mural", "The grocery chain whose logo appeared on the wall, Prairie Harvest Foods, said in a brief statement that it had “not requested any changes to the mural.”"},
		want:  []stmt{reportedBy(2, "it had “not requested any changes", "Prairie Harvest Foods"), quoteBy(2, "not requested any changes to the mural.", "Prairie Harvest Foods")}}})
}

// "X made nine recommendations, including that Santé Québec require …"
// reports what X recommends, figures and all; "14 recommendations,
// including that the government:" leaves the list below to its own rule.
func TestReportedRecommendationsIncludingThat(t *testing.T) {
	run(t, []attrCase{{name: "recommendations, including that",
		paras: []string{"Coroner", "Coroner Geneviève Lachance-Ruel released her report on Tuesday.",
			"Lachance-Ruel made nine recommendations, including that Santé Québec require every emergency department with more than 40,000 annual visits to assign a nurse to the waiting room."},
		want: []stmt{reportedBy(3, "Santé Québec require every emergency department with more than 40,000 annual visits", "Geneviève Lachance-Ruel")}},
		{name: "including that the government:",
			paras:       []string{"Schools", "The report makes 14 recommendations, including that the government:", "• publish a hiring plan for teachers;"},
			notReported: []stmt{reportedBy(2, "the government", "")}}})
}

// "The report, part of the auditor's annual audits, found that …" is the
// report's finding past its aside, where before no speaker was found.
func TestReportedDocumentSubjectPastItsAside(t *testing.T) {
	run(t, []attrCase{{name: "The report, part of …, found that",
		paras: []string{"Schools", "The report, part of the auditor's annual value-for-money audits, found that 27 per cent of students learn in portables."},
		want:  []stmt{reportedBy(2, "27 per cent of students", "the report")}}})
}

// "said … and that voters were asking him “…”": "that" opens the clause;
// no group called "That voters".
func TestReportedThatOpeningAGroupsClause(t *testing.T) {
	run(t, []attrCase{
		{name: "said … and that voters were asking",
			paras:      []string{"Sundays", `Frank Marchetti said he had spent the weekend knocking on doors and that voters were asking him "about health care, about their kids" far more than about the FBI.`},
			moreQuotes: true, notSpeakers: []string{"That voters"}},
	})
}

// A poll's findings need no "that": "A … survey released last week found
// Lindahl at 46 percent", "found 49% thought …", "found her leading".
func TestPollFindingsWithoutThat(t *testing.T) {
	run(t, []attrCase{{
		name: "poll found X at N percent, N% thought, X leading",
		paras: []string{"Race",
			"A Cascade Research Group survey released last week found Lindahl at 46 percent and Haugland at 44 percent among likely voters.",
			"A CNN flash poll of debate watchers found 49% thought Quintanilla performed better.",
			"The April survey found Clinton leading Sanders by seven points.",
			"The investigation found him at home that night."},
		want: []stmt{reportedBy(2, "Lindahl at 46 percent", "Cascade Research Group"), reportedBy(3, "49% thought", "~a CNN flash poll"),
			reportedBy(4, "Clinton leading Sanders", "~the April survey")},
		notReported: []stmt{reportedBy(5, "", "")}}})
}

// A poll two outlets ran is named with a slash, and speaks as one
// document: "A USA Today/Suffolk University poll released this week found
// that …" was no one's.
func TestJointPollsterNamesAPoll(t *testing.T) {
	run(t, []attrCase{{
		name: "slash between two pollsters",
		paras: []string{"Polls",
			"A USA Today/Suffolk University poll released this week found that 66 percent of women view him unfavorably.",
			"A New York Times/CBS News poll conducted last week found that voters rated the economy first."},
		want: []stmt{reportedBy(2, "66 percent of women", "~a USA Today/Suffolk University poll"),
			reportedBy(3, "voters rated the economy first", "~a New York Times/CBS News poll")}}})
}

// A participle between an ordinal and a noun qualifies the noun: "A second
// proposed plaintiff, Gurdeep Sidhu of Winnipeg, declined …" has no one
// proposing anything; "Less than a third agreed with the President that"
// still reports.
func TestReportedOrdinalBeforeAParticiple(t *testing.T) {
	a := article(t, "Suit", "A second proposed plaintiff, Gurdeep Sidhu of Winnipeg, declined an interview request.",
		"Less than a third agreed with the President that Britain would have to wait its turn.")
	for _, st := range a.Statements {
		if st.Paragraph == 2 && st.Cue == "proposed" {
			t.Errorf("¶2 %q reported with the cue “proposed”: a proposed plaintiff proposes nothing", st.Text)
		}
	}
	checkStmt(t, a, reportedBy(3, "Britain would have to wait its turn", "*"))
}

// "according to a Justice Department official" is someone unnamed of the
// department, as "a senior Justice Department official" is, not the
// department.
func TestReportedAccordingToABodysOfficial(t *testing.T) {
	a := article(t, "Letter", "The disclosure stunned officials, according to a Justice Department official who was not authorized to speak publicly.")
	checkStmt(t, a, reportedBy(2, "The disclosure stunned officials", "a Justice Department official"))
}

// "the triage nurse who assessed Okonkwo, whose name is protected by a
// publication ban, testified that …" is the nurse's, not Okonkwo's: the
// name is the relative clause's object, and the aside after it is hers.
func TestReportedRoleWithRelativeClauseBeforeAnAside(t *testing.T) {
	run(t, []attrCase{{name: "the triage nurse who assessed Okonkwo, whose name …,",
		paras: []string{"Inquest",
			"Chidi Okonkwo died at Heart Lake General Hospital on Oct. 14, 2023.",
			"During the inquest, the triage nurse who assessed Okonkwo, whose name is protected by a publication ban, testified that the waiting room held more than 90 people that evening.",
			"“I was one nurse with 90 people,” she told the inquest, her voice breaking."},
		want: []stmt{reportedBy(3, "the waiting room held more than 90 people", "the triage nurse"), quoteBy(4, "I was one nurse with 90 people,", "the triage nurse")}}})
}

// "Some Democrats on Capitol Hill have privately questioned …" is the
// Democrats', an adverb between the auxiliary and the cue; no one called
// Capitol Hill speaks.
func TestReportedGroupOnAPlaceBeforeAnAdverb(t *testing.T) {
	a := article(t, "Pick", "Some Democrats on Capitol Hill have privately questioned whether he has the relationships needed.",
		"Republicans on Capitol Hill welcomed the move, saying it was overdue.")
	checkStmt(t, a, reportedBy(2, "whether he has the relationships needed", "Democrats"))
	for _, sp := range a.Speakers {
		if sp.Name == "Capitol Hill" {
			t.Errorf("Capitol Hill is listed as a speaker")
		}
	}
}

// "Voss' post on X accused …" is Voss's, not the platform's; "He also …"
// after it is Voss too.
func TestReportedPostOnAPlatform(t *testing.T) {
	run(t, []attrCase{{name: "Voss' post on X",
		paras: []string{"Lame duck",
			"Senate Majority Leader Harlan Voss spoke on Monday.",
			"Voss' post on X accused Democrats of “pretending the Senate doesn't exist.”",
			"He also took a swipe at the president-elect, writing that she “should spend less time picking a Cabinet.”"},
		want: []stmt{reportedBy(3, "Voss' post on X accused Democrats", "Harlan Voss"), quoteBy(3, "pretending the Senate doesn't exist.", "Harlan Voss"),
			reportedBy(4, "He also took a swipe", "Harlan Voss"), quoteBy(4, "should spend less time picking a Cabinet.", "Harlan Voss")},
		notSpeakers: []string{"X"}}})
}

// A poll "shows" what it found, with or without "that": "The latest
// Rasmussen Reports poll shows Trump leading Clinton 44 percent to 37
// percent" is the poll's finding, as is "Public polls show Trump leading";
// "The agency's labour force survey showed" is the agency's; but "point
// out that polls show" leaves the sentence to the one who points it out,
// and "the polls that show Johnson at 10 percent" is no finding of its own.
func TestReportedPollShows(t *testing.T) {
	a := article(t, "Poll",
		"The latest Rasmussen Reports poll shows Trump leading Clinton 44 percent to 37 percent.",
		"Public polls show Trump leading slightly in Indiana.",
		"Statistics Canada released its figures. The agency's labour force survey showed the economy shed a net 14,000 jobs last month.",
		"Marco Rubio spoke. His advisers point out that polls show him gaining.")
	checkStmt(t, a, reportedBy(2, "Trump leading Clinton 44 percent", "Rasmussen Reports"))
	checkStmt(t, a, reportedBy(3, "Trump leading slightly in Indiana", "Public polls"))
	checkStmt(t, a, reportedBy(4, "the economy shed a net 14,000 jobs", "Statistics Canada"))
	checkStmt(t, a, reportedBy(5, "polls show him gaining", "*"))
	for _, st := range a.Statements {
		if st.Paragraph == 5 && st.Cue == "show" {
			t.Errorf("¶5 %q: “point out that polls show” made a finding of the polls", st.Text)
		}
	}
}

// "Aides to Mr. Trump said" is the aides', not Trump's, a title's stop in
// the name; "An aide to Mr. Trump said" is the aide's; "Friends of Mr. Clinton's who … say" stay a group
// that "they" points back to.
func TestReportedAidesToATitledName(t *testing.T) {
	a := article(t, "Aides",
		"Aides to Mr. Trump said the plan was final.",
		"An aide to Mr. Trump said the plan was final.",
		"Bill Clinton spoke in Mason City. Friends of Mr. Clinton's who have seen him on the trail say that his energy has matured. He may not electrify a room, they say, but he is still an effective advocate.")
	checkStmt(t, a, reportedBy(2, "the plan was final", "Aides"))
	checkStmt(t, a, reportedBy(3, "the plan was final", "An aide"))
	checkStmt(t, a, reportedBy(4, "He may not electrify a room", "Friends"))
}

// "X ordered that …, finding that he was “unlikely to appear”, according to
// a transcript of the decision obtained by CBC News" is X's: a transcript
// records his words, and the outlet only obtained it.
func TestReportedAccordingToATranscriptOfSomeonesWords(t *testing.T) {
	a := article(t, "Detention",
		"IRB member Luc Charbonneau-Tremblay ordered that he remain in detention, finding that he was “unlikely to appear for removal” if released, according to a transcript of the decision obtained by CBC News.")
	checkStmt(t, a, reportedBy(2, "he remain in detention", "Luc Charbonneau-Tremblay"))
	checkStmt(t, a, quoteBy(2, "unlikely to appear for removal", "Luc Charbonneau-Tremblay"))
}

// A lede's unsigned report ("according to a new report that found …") is
// its author's once the next paragraph says who wrote it ("The annual
// survey by the Meridian Institute for Health Policy …"), and so is "the
// report" after.
func TestReportedUnsignedReportNamedNext(t *testing.T) {
	run(t, []attrCase{{name: "a new report, then the annual survey by",
		paras: []string{"Wait times",
			"Canadians waited longer than ever for treatment this year, according to a new report that found the median wait reached 28.6 weeks.",
			"The annual survey by the Meridian Institute for Health Policy, a Calgary-based think tank, is based on responses from 1,214 specialists.",
			"Patients also waited a median 5.1 weeks for a CT scan, the report said."},
		want: []stmt{reportedBy(2, "Canadians waited longer than ever", "Meridian Institute for Health Policy"),
			reportedBy(4, "Patients also waited a median 5.1 weeks", "Meridian Institute for Health Policy")}}})
}

// "A Northbridge Research poll released last week found that …" is the
// pollster's finding, the firm the article names, as keys and readers
// name it; an outlet's poll stays the poll's.
func TestReportedPollsterOfAPollReleased(t *testing.T) {
	a := article(t, "Poll", "The minister spoke.", "She said more.",
		"A Northbridge Research poll released last week found that 61 per cent of respondents disapproved.",
		"A Cardinal Research Group survey released last week found that 58 per cent of Canadians support faster approvals.")
	checkStmt(t, a, reportedBy(4, "61 per cent of respondents disapproved", "Northbridge Research"))
	checkStmt(t, a, reportedBy(5, "58 per cent of Canadians", "Cardinal Research Group"))
}

// "A new Quinnipiac University poll shows Marsh leading" is the pollster's
// finding too; "The poll also found" after it stays the poll.
func TestReportedPollsterOfAPollThatShows(t *testing.T) {
	a := article(t, "Poll", "The minister spoke.", "She said more.",
		"A new Quinnipiac University poll shows Marsh leading Halvorsen.",
		"The poll also found that 40 per cent are undecided.")
	checkStmt(t, a, reportedBy(4, "Marsh leading Halvorsen", "Quinnipiac University"))
	checkStmt(t, a, reportedBy(5, "40 per cent are undecided", "the poll"))
}

// A poll's phrase may say whom it asked before the cue: "The new poll of
// voters in all 50 states revealed …" is the poll's, "A YouGov poll of
// American voters has revealed …" the pollster's.
func TestReportedPollOfPeople(t *testing.T) {
	a := article(t, "Poll", "The minister spoke.", "She said more.",
		"The new poll of voters in all 50 states revealed a variety of dynamics across the map.",
		"A YouGov poll of American voters has, however, revealed that the President does not speak for them.")
	checkStmt(t, a, reportedBy(4, "a variety of dynamics", "the new poll"))
	checkStmt(t, a, reportedBy(5, "the President does not speak for them", "YouGov"))
}

// A cue followed only by a span of time reports nothing: "spending cuts
// conservatives have demanded for months", "an area survivors have pointed
// to for decades"; "asked for four" (years) still does.
func TestReportedCueWithOnlyATimeAfter(t *testing.T) {
	a := article(t, "Budget",
		"Speaker Brent Kowalczyk would back a full-year bill only if it includes spending cuts conservatives have demanded for months.",
		"The Crown asked for six years. Defence lawyer Harpreet Sidhu-Graham asked for four.")
	for _, st := range a.Statements {
		if st.Paragraph == 2 {
			t.Errorf("¶2 %q by %q (cue %q): a demand “for months” says nothing", st.Text, st.Speaker, st.Cue)
		}
	}
	checkStmt(t, a, reportedBy(3, "asked for four", "Harpreet Sidhu-Graham"))
}

// "A staffer in the office of Minister Raymond Achterberg, who spoke on
// condition of anonymity, said" is the staffer's, as "An aide in the office
// of Mayor Olivia Chow said" is the aide's and "an adviser to Gov. Lucía
// Ferrante, who also spoke on condition of anonymity, said" the adviser's.
func TestReportedAideInTheOfficeOf(t *testing.T) {
	a := article(t, "Contracts",
		"A staffer in the office of Public Services and Procurement Minister Raymond Achterberg, who spoke on condition of anonymity to discuss internal deliberations, said the minister had asked for a full list.",
		"An aide in the office of Mayor Olivia Chow said the plan was final.",
		"But an adviser to Colorado Gov. Lucía Ferrante, who also spoke on the condition of anonymity, said nobody was leaving.")
	checkStmt(t, a, reportedBy(2, "the minister had asked for a full list", "A staffer"))
	checkStmt(t, a, reportedBy(3, "the plan was final", "An aide"))
	checkStmt(t, a, reportedBy(4, "nobody was leaving", "an adviser"))
}

// "A 2023 report by the Ontario Ombudsman on conditions in the province’s
// jails found that …" is the ombudsman's, "by" right after the report's
// noun; "The vote follows a 2023 ruling by an Ontario Superior Court judge"
// makes no author of a court.
func TestReportedReportByAnAuthorOpensTheSentence(t *testing.T) {
	a := article(t, "Jails", "The minister spoke.", "She said more.",
		"A 2023 report by the Ontario Ombudsman on conditions in the province’s jails found that security checks were routinely skipped.",
		"The vote follows a 2023 ruling by an Ontario Superior Court judge in Waterloo Region that the city could not evict people.")
	checkStmt(t, a, reportedBy(4, "security checks were routinely skipped", "Ontario Ombudsman"))
	for _, st := range a.Statements {
		if st.Paragraph == 5 && st.Speaker == "Ontario Superior Court" {
			t.Errorf("¶5 %q given to %q", st.Text, st.Speaker)
		}
	}
}

// A court's, a jury's or a report's finding reads past a "which" clause
// between its subject and "found": "The five-member jury, which delivered
// its verdict Wednesday evening, found that …", "The report, which was
// summarized in court, found that …".
func TestReportedFindingPastAWhichClause(t *testing.T) {
	run(t, []attrCase{{name: "jury, which …, found; report, which …, found",
		paras: []string{"Inquest",
			"The five-member jury, which delivered its verdict Wednesday evening, found that Tyson’s death was accidental.",
			"The report, which was summarized in court but not filed publicly, found that Flett had lived in 11 foster homes."},
		want: []stmt{reportedBy(2, "Tyson’s death was accidental", "the five-member jury"),
			reportedBy(3, "Flett had lived in 11 foster homes", "the report")}}})
}

// A finding may put where it was made between "found" and "that":
// "Integrity commissioner Robert Lindahl found in a report to council in
// May that the posts breached the code" is his, not "Prohibits members"
// of the code's relative clause.
func TestReportedFindingWithAPhraseBeforeThat(t *testing.T) {
	run(t, []attrCase{{name: "found in a report … that",
		paras: []string{"Ruling",
			"Integrity commissioner Robert Lindahl found in a report to council in May that the posts breached the town’s code of conduct, which prohibits members of council from publicly criticizing staff."},
		want:        []stmt{reportedBy(2, "the posts breached the town’s code", "Robert Lindahl")},
		notSpeakers: []string{"Prohibits"}},
		{name: "found Thursday that",
			paras: []string{"Ruling",
				"Justice Harriet Lindgren found Thursday that 41 of the 131 signatures were invalid.",
				"The judge found Friday that the count could stand."},
			want: []stmt{reportedBy(2, "41 of the 131 signatures", "Harriet Lindgren"),
				reportedBy(3, "the count could stand", "Harriet Lindgren")}},
		{name: "…, ruling Friday that",
			paras: []string{"Ruling",
				"The Supreme Court of Canada struck down the minimum sentence, ruling Friday that the penalty was “grossly disproportionate”."},
			want: []stmt{reportedBy(2, "the penalty was", "Supreme Court of Canada"),
				quoteBy(2, "grossly disproportionate", "Supreme Court of Canada")}}})
}

// "after the walkout began," is time passing, no cue: the one the sentence
// names before the aside speaks. A quotation in what is said past such an aside
// ("X, who …, said it was “…”") is the speaker's too.
func TestReportedBeganIsNoCue(t *testing.T) {
	run(t, []attrCase{{name: "began, then the speaker",
		paras: []string{"Budget",
			"The budget was tabled on Tuesday.",
			"Canada Post, in a statement issued shortly after the walkout began, said it was “disappointed” by the decision.",
			"Hartwell Timber Ltd., which holds the licence, said in a statement that it was “assessing its options.”"},
		moreQuotes: true,
		want: []stmt{reportedBy(3, "it was", "Canada Post"),
			reportedBy(4, "it was", "Hartwell Timber Ltd."), quoteBy(4, "assessing its options.", "Hartwell Timber Ltd.")},
		notSpeakers: []string{"the walkout"}}})
}

// "…, Auditor-General Gisèle Boyd has found." closes a finding as "…, the
// report found." does: the whole sentence is hers, though a "cannot say"
// stands in it; "Auditor-General" is her title, and "Ms. Boyd" is her.
func TestReportedTrailingFinderWithTitle(t *testing.T) {
	run(t, []attrCase{{name: "…, Auditor-General X has found.",
		paras: []string{"Audit",
			"The federal government cannot say how many homes were built with the fund, Auditor-General Gisèle Boyd has found.",
			"In a report tabled on Tuesday, Ms. Boyd said the agency never tracked the money.",
			"The province cannot say when the work will end."},
		want: []stmt{reportedBy(2, "The federal government cannot say", "Gisèle Boyd"),
			reportedBy(3, "the agency never tracked", "Gisèle Boyd"),
			reportedBy(4, "when the work will end", "~province")}}})
}

// A finding needs no "that" before a body's name and a verb in the past:
// "Auditor General Maureen Fitzallen found the Department of Public Works
// invoked an emergency exemption".
func TestReportedFindingOfABodysDeedWithoutThat(t *testing.T) {
	run(t, []attrCase{{name: "found the Department … invoked",
		paras: []string{"Audit",
			"In a report released Wednesday, Auditor General Maureen Fitzallen found the Department of Public Works invoked an emergency exemption to award the contract."},
		want: []stmt{reportedBy(2, "the Department of Public Works invoked", "Maureen Fitzallen")}}})
}

// "according to a report last year from the Parliamentary Budget Officer"
// is its author's, as "a report from" is, across the time between.
func TestReportedAccordingToADocumentFromAfterATime(t *testing.T) {
	run(t, []attrCase{{name: "a report last year from X",
		paras: []string{"Spending",
			"Federal spending on outside services has doubled since 2016, according to a report last year from the Parliamentary Budget Officer."},
		want: []stmt{reportedBy(2, "Federal spending on outside services has doubled", "~Parliamentary Budget Officer")}}})
}

// "According to an agreed statement of facts filed with the court" names
// the document, which speaks, as "according to the statement of claim"
// does; neither is no one's.
func TestReportedAccordingToAStatementOfFacts(t *testing.T) {
	run(t, []attrCase{{name: "agreed statement of facts, statement of claim",
		paras: []string{"Fraud",
			"According to an agreed statement of facts filed with the court, Chisholm assured clients that their money was safe.",
			"According to the statement of claim, residents of Centretown were kept awake for weeks."},
		want: []stmt{reportedBy(2, "Chisholm assured clients", "an agreed statement of facts"),
			reportedBy(3, "residents of Centretown were kept awake", "the statement of claim")}}})
}

// "Anderssen found that …" is a finding when her title names an office
// that finds ("Manitoba Ombudsman Jill Anderssen"), as a judge's does.
func TestReportedFindingOfAnOmbudsmanByTitle(t *testing.T) {
	run(t, []attrCase{{name: "Manitoba Ombudsman X, then X found that",
		paras: []string{"Report", "Manitoba Ombudsman Jill Anderssen released her report on Tuesday.",
			"In her 88-page report, Anderssen found that staff failed to reassess Wesley at the required intervals."},
		want: []stmt{reportedBy(3, "staff failed to reassess Wesley", "Jill Anderssen")}}})
}

// An investigation, an examination or an inquiry finds as a report does:
// "A 2022 examination by the Federal Reserve Bank, which supervised the
// bank, found that its exposure was “elevated relative to peers”".
func TestReportedInvestigationsFind(t *testing.T) {
	run(t, []attrCase{{name: "examination, inquiry",
		paras: []string{"Bank",
			"A 2022 examination by the Federal Reserve Bank of Philadelphia, which supervised Harwood, found that the bank’s exposure was “elevated relative to peers.”",
			"A provincial public inquiry into the Confederation Line, which suffered two derailments in 2021, concluded the following year that poor communication had contributed to the failures."},
		want:       []stmt{quoteBy(2, "elevated relative to peers.", "*"), reportedBy(3, "poor communication had contributed", "a provincial public inquiry")},
		moreQuotes: true}})
	run(t, []attrCase{{name: "a lede's investigation has found, someone named next",
		paras: []string{"Mill", "PRINCE GEORGE, B.C. — A WorkSafeBC investigation has found that managers at a pulp mill kept a boiler running.",
			"Halvorsen campaign manager Brooke Tillerman said the numbers were good."},
		want: []stmt{reportedBy(2, "managers at a pulp mill kept a boiler running", "A WorkSafeBC investigation")}}})
	a := article(t, "Bank", "A 2022 examination by the Federal Reserve Bank of Philadelphia, which supervised Harwood, found that the bank’s exposure was “elevated relative to peers.”")
	for _, st := range a.Statements {
		if st.SpeakerIndex < 0 {
			t.Errorf("%q is no one's", st.Text)
		}
	}
}

// A report's finding may follow it in a relative clause with no aside
// before it: "a report by the Fraser Institute, which found that …" is
// the institute's finding, as "A report by the Fraser Institute found"
// is; and a paper named with a capital "The" is the paper, whatever
// place its name recalls.
func TestReportedFindingInAWhichClauseAndAPaperByItsName(t *testing.T) {
	run(t, []attrCase{{name: "report by X, which found; according to The Oregonian",
		paras: []string{"Clinic",
			"Officials cited a report by the Fraser Institute, which found that wait times had doubled since 2019.",
			"The figure comes from a report released in December by Auditor General Denise Pardy, which found that spending on agency nurses had risen.",
			"Prosecutors have charged 17 people in the scheme, according to The Oregonian."},
		want: []stmt{reportedBy(2, "wait times had doubled", "Fraser Institute"),
			reportedBy(3, "spending on agency nurses had risen", "Denise Pardy"),
			reportedBy(4, "Prosecutors have charged 17 people", "The Oregonian")}}})
}

// A poll's pollster may be named after it, with "by", some words past the
// poll's noun: "A survey released last week by the Appalachian Polling
// Institute found Tillman trailing", "where a poll released last week by
// Sonoran Research Partners showed 48% …" are the pollsters' findings, and
// so is one with an aside after the pollster ("by Big Sky Civic Research, a
// Bozeman firm, found").
func TestPollFindingsWithThePollsterAfterBy(t *testing.T) {
	run(t, []attrCase{{
		name: "poll released last week by X found/showed",
		paras: []string{"Race",
			"A survey released last week by the Appalachian Polling Institute found Tillman trailing Ruppert by three points, 44 percent to 41 percent.",
			"Nowhere is the fight closer than in Arizona, where a poll released last week by Sonoran Research Partners showed 48% of likely voters in favor and 46% opposed.",
			"A poll by Sonoran Research Partners showed 52% of likely voters opposed in Yuma.",
			"A poll released last week by Big Sky Civic Research, a Bozeman firm, found Vandermolen with 46 percent support to Halvorsen’s 43 percent."},
		want: []stmt{reportedBy(2, "Tillman trailing Ruppert", "Appalachian Polling Institute"),
			reportedBy(3, "48% of likely voters", "Sonoran Research Partners"),
			reportedBy(4, "52% of likely voters opposed", "Sonoran Research Partners"),
			reportedBy(5, "Vandermolen with 46 percent support", "Big Sky Civic Research")}}})
}

// "which" after a body's name and a description of it ("VoteMetrics, a
// Democratic-leaning data firm, which found") is the body, not a
// capitalised word of the description.
func TestReportedWhichAfterABodysDescription(t *testing.T) {
	run(t, []attrCase{{name: "X, a Democratic-leaning data firm, which found",
		paras: []string{"Early vote",
			"Hispanic voters are turning out in force, according to an analysis by VoteMetrics, a Democratic-leaning data firm, which found that Hispanic turnout was up more than 90%."},
		want:        []stmt{reportedBy(2, "Hispanic turnout was up", "VoteMetrics")},
		notSpeakers: []string{"Democratic-leaning"}}})
}

// A report's author after "tabled … by" may have a long name ("A report
// tabled last year by the National Security and Intelligence Committee of
// Parliamentarians found that …"), and "the statement said" after "In a
// written response, National Defence said" is the department's.
func TestReportedLongAuthorAndAWrittenResponse(t *testing.T) {
	run(t, []attrCase{{name: "report tabled by a long name found; written response, then the statement said",
		paras: []string{"Submarines",
			"A report tabled last year by the National Security and Intelligence Committee of Parliamentarians found that interference had become harder to detect.",
			"A report released Tuesday by the budget watchdog found that the fleet would cost $61.3 billion.",
			"In a written response, National Defence said the figures were not comparable to its own.",
			"“The department remains confident,” the statement said."},
		want: []stmt{reportedBy(2, "interference had become harder to detect", "National Security and Intelligence Committee of Parliamentarians"),
			reportedBy(3, "the fleet would cost", "*"),
			reportedBy(4, "the figures were not comparable", "National Defence"),
			quoteBy(5, "The department remains confident,", "National Defence")}}})
}

// "long" between "has" and the cue is an adverb: "The union, which
// represents more than 5,000 staff, has long argued that …" is the
// union's, not "5"'s.
func TestReportedHasLongArguedAfterAnAside(t *testing.T) {
	run(t, []attrCase{{name: "X, which represents 5,000 staff, has long argued",
		paras: []string{"Visas",
			"The Community and Public Sector Union, which represents more than 5,000 Home Affairs staff, has long argued that outsourcing visa work undermines the department."},
		want:        []stmt{reportedBy(2, "outsourcing visa work undermines", "Community and Public Sector Union")},
		notSpeakers: []string{"5"}}})
}

// A document's noun right before "said" is the subject, not a cue: "the
// 186-page report said" is the report's, which had been "the 186-page".
func TestReportedDocumentNounBeforeSaid(t *testing.T) {
	run(t, []attrCase{{name: "the 186-page report said",
		paras: []string{"Flood",
			"“At no point did anyone decide to accept the risk,” the 186-page report said."},
		want:        []stmt{quoteBy(2, "At no point did anyone decide to accept the risk,", "the 186-page report")},
		notSpeakers: []string{"the 186-page"}}})
}

// A committee, a task force or a watchdog finds as a court or a panel
// does: "The task force found that …", "In its second annual report,
// released Tuesday, the Progress Monitoring Committee found that …".
func TestReportedCommitteeAndTaskForceFindings(t *testing.T) {
	run(t, []attrCase{{name: "the task force found; the committee found",
		paras: []string{"Intelligence",
			"The task force found that the public statements were more positive than events warranted.",
			"In its second annual report, released Tuesday, the Progress Monitoring Committee found that work had barely begun."},
		want: []stmt{reportedBy(2, "the public statements were more positive", "the task force"),
			reportedBy(3, "work had barely begun", "Progress Monitoring Committee")}}})
}

// "found" closing its sentence after a comma and a finder or a document
// reports what stands before: "…, the inquiry found.", "…, the poll
// found.".
func TestReportedTrailingFinding(t *testing.T) {
	run(t, []attrCase{{name: "…, the inquiry found; …, the poll found",
		paras: []string{"Flood",
			"Engineering assessments in 2017 and 2019 had each rated the section as poor, the inquiry found.",
			"Eighty-four percent of Latino voters in Florida have an unfavorable view of him, the poll found."},
		want: []stmt{reportedBy(2, "Engineering assessments in 2017", "the inquiry"),
			reportedBy(3, "Eighty-four percent of Latino voters", "the poll")}}})
}

// A report's or an inquiry's finding needs no "that" before a body's name
// and a passive: "An independent inquiry has found Gisborne District
// Council was warned …".
func TestReportedFindingOfANameAndAPassive(t *testing.T) {
	run(t, []attrCase{{name: "inquiry has found X was warned",
		paras: []string{"Flood",
			"An independent inquiry into the flooding of Te Karaka has found Gisborne District Council was warned at least four times."},
		want: []stmt{reportedBy(2, "Gisborne District Council was warned", "an independent inquiry")}}})
}

// A body's forecast or estimate is its statement when "that" opens a
// clause after it, a short phrase between or not: "The USDA forecast in
// September that net cash income would decline"; but "No insurer in
// North America forecast that storm." says nothing.
func TestReportedABodysForecast(t *testing.T) {
	run(t, []attrCase{{name: "The USDA forecast in September that",
		paras: []string{"Farms",
			"The USDA forecast in September that net cash income for crop producers would decline about 9%.",
			"No insurer in North America forecast that storm."},
		want:        []stmt{reportedBy(2, "net cash income for crop producers", "USDA")},
		notReported: []stmt{reportedBy(3, "", "")}}})
}

// "according to figures compiled by the nonpartisan Civic Ballot Project"
// is the project's, as "according to data released by Elections Canada"
// is that body's, with "the" and its adjectives before the name; a paper
// that "obtained" the figures is no author of them.
func TestReportedAccordingToDataByABody(t *testing.T) {
	run(t, []attrCase{{name: "according to figures compiled by the nonpartisan X",
		paras: []string{"Early vote surges",
			"More than 72 million people had voted by Sunday afternoon, according to figures compiled by the nonpartisan Civic Ballot Project.",
			"Turnout rose 12 per cent, according to statistics published Monday by the Ontario Ministry of Labour.",
			"Agency nurses cost $61 million last year, according to financial documents obtained by the Toronto Star.",
			"The American Red Cross said it was operating 38 shelters. Insured losses could reach $6 billion, according to an estimate released Sunday by the risk-modeling firm Corelane Analytics."},
		want: []stmt{reportedBy(2, "More than 72 million people had voted", "Civic Ballot Project"),
			reportedBy(3, "Turnout rose 12 per cent", "Ontario Ministry of Labour"),
			reportedBy(4, "Agency nurses cost $61 million last year", "!Toronto Star"),
			reportedBy(5, "Insured losses could reach $6 billion", "Corelane Analytics")}}})
}

// A refusal to say with its question after it is reported, as hand
// annotation reads it, with the subject before the negated auxiliary
// ("Stewart wouldn't say when, or if, …"); "did not say anything" stays
// nothing said. A chamber "confirming nominees" votes, and says nothing.
func TestReportedRefusalToSayWhichAndConfirmingNominees(t *testing.T) {
	run(t, []attrCase{{name: "wouldn't say when, or if; would not say whether; confirming nominees",
		paras: []string{"Senate waits",
			"McConnell spokesman Don Stewart wouldn't say when, or if, the Senate will vote on the next judicial nominees on the list.",
			"Stewart would not say whether the leader had spoken to the White House.",
			"Stewart did not say anything else.",
			"Republican Jake Sorensen defeated Sen. Walter Kaminski on Tuesday night.",
			"\"Walter Kaminski went to Washington in a Buick,\" Sorensen said, to laughter and cheers. \"Ohio noticed.\"",
			"He told Breitbart News that his first priority in the Senate would be confirming Halvorsen's Cabinet nominees \"without the obstruction games.\"",
			"He said the Republican Senate would be confirming the nominees \"at a record pace.\""},
		want: []stmt{reportedBy(2, "when, or if, the Senate will vote", "Don Stewart"),
			reportedBy(3, "whether the leader had spoken to the White House", "Don Stewart"),
			quoteBy(6, "Walter Kaminski went to Washington in a Buick,", "Jake Sorensen"),
			quoteBy(6, "Ohio noticed.", "Jake Sorensen"),
			reportedBy(7, "his first priority in the Senate", "Jake Sorensen"),
			quoteBy(7, "without the obstruction games.", "Jake Sorensen"),
			quoteBy(8, "at a record pace.", "Jake Sorensen")},
		notReported: []stmt{reportedBy(4, "did not say anything else", "")},
		notSpeakers: []string{"Senate"}}})
}

// ", and a Calloway spokesman acknowledged that …" opens a clause of the
// spokesman's own, as ", and the campaign denied" does; "a nurse and an
// attending physician told her" stays one subject of two.
func TestReportedIndefiniteRoleOpensAClause(t *testing.T) {
	run(t, []attrCase{{name: ", and a Calloway spokesman acknowledged",
		paras: []string{"Debate",
			"The institute said in a statement that its estimate was closer to $2,100, and a Calloway spokesman acknowledged that the senator had cited a figure from an earlier version.",
			"Eileen Fraser says a nurse and an attending physician told her they were not permitted to explain her diagnosis in English."},
		want: []stmt{reportedBy(2, "its estimate was closer to $2,100", "institute"),
			reportedBy(2, "the senator had cited a figure", "a Calloway spokesman"),
			reportedBy(3, "a nurse and an attending physician told her", "Eileen Fraser")}}})
}

// "… and at one point told them that …" shares the subject of the verb
// before "and", past the phrase of time; "critics on council and in the
// community say" keeps its own subject, a phrase of place.
func TestReportedJoinedVerbAfterAPhraseOfTime(t *testing.T) {
	run(t, []attrCase{{name: "threatened to … and at one point told them",
		paras: []string{"Debate",
			"The moderator, Helen Marchetti of CBS News, twice threatened to turn off the microphones and at one point told them flatly that viewers had tuned in for answers.",
			"Mayor Daniel Kostiuk says the deal is “a once-in-a-generation chance” to finish what Rogers Place started — but critics on council and in the community say the city is taking on risk."},
		want: []stmt{reportedBy(2, "viewers had tuned in for answers", "Helen Marchetti"),
			reportedBy(3, "the deal is", "Daniel Kostiuk"),
			quoteBy(3, "a once-in-a-generation chance", "Daniel Kostiuk"),
			reportedBy(3, "the city is taking on risk", "!Daniel Kostiuk")}}})
}

// "Scotland's first minister, Morag Cunningham-Reid, said Scotland, which
// voted …, would explore …": the role and the name set off before the cue
// are its subject; the name after the cue opens what she said, no
// inverted speaker ("…, said Ingrid Solvang, a meteorologist").
func TestReportedRoleAndNameBeforeTheCue(t *testing.T) {
	run(t, []attrCase{{name: "X's first minister, Name, said Scotland, which …, would",
		paras: []string{"Brexit",
			"In Edinburgh, Scotland's first minister, Morag Cunningham-Reid, said Scotland, which voted 62 percent to remain in the E.U., would explore every option.",
			"The forecast calls for more rain, said Ingrid Solvang, a meteorologist.",
			"A spokeswoman, Tamsin Gallo, said volunteers from 22 states had arrived over the weekend."},
		want: []stmt{reportedBy(2, "would explore every option", "Morag Cunningham-Reid"),
			reportedBy(3, "The forecast calls for more rain", "Ingrid Solvang"),
			reportedBy(4, "volunteers from 22 states had arrived", "Tamsin Gallo")}}})
}

// "according to a statement from chief government whip Nadine Okafor-Bell"
// is hers, past her lower-case role; "according to a December report from
// the BC Coroners Service" is the service's.
func TestReportedAccordingToAStatementFrom(t *testing.T) {
	run(t, []attrCase{{name: "according to a statement from ROLE NAME",
		paras: []string{"Probe",
			"Rafferty left the caucus on Monday, according to a statement from chief government whip Nadine Okafor-Bell.",
			"According to a December report from the BC Coroners Service, 2,046 people died of suspected overdoses."},
		want: []stmt{reportedBy(2, "Rafferty left the caucus on Monday", "Nadine Okafor-Bell"),
			reportedBy(3, "2,046 people died of suspected overdoses", "BC Coroners Service")}}})
}

// "…, the Supreme Court of Canada ruled Friday in a 5-4 decision that will
// force …" still closes the sentence: what stands before the comma is the
// court's, and the phrase after the cue describes its ruling.
func TestReportedTrailingCueWithItsDecisionDescribed(t *testing.T) {
	run(t, []attrCase{{name: "…, the court ruled Friday in a 5-4 decision that …",
		paras: []string{"SCC",
			"Police in Canada must obtain a warrant before asking cellphone companies to hand over the records, the Supreme Court of Canada ruled Friday in a 5-4 decision that will force investigators to change the way they work."},
		want:        []stmt{reportedBy(2, "Police in Canada must obtain a warrant", "Supreme Court of Canada")},
		notSpeakers: []string{"Police"}}})
}

// "…, her campaign said, but did not address supporters until …": the
// campaign's cue closes what it said, and the verb after "but" goes on
// with the first clause's subject, no clause of the campaign's own.
func TestReportedTrailingCueBeforeAJoinedVerb(t *testing.T) {
	run(t, []attrCase{{name: "…, her campaign said, but did not …",
		paras: []string{"Election",
			"Renata Calloway lost the race on Tuesday.",
			"Calloway conceded in a phone call to Halvorsen at about 2:30 a.m., her campaign said, but did not address supporters until late Wednesday morning."},
		want: []stmt{reportedBy(3, "Calloway conceded in a phone call", "Renata Calloway’s campaign")}}})
}

// A participle inside the phrase "Of …" that opens a sentence ("Of the 1.9
// million residents admitted between 2021 and 2025, …") is no cue: the
// residents said nothing.
func TestReportedParticipleInOpeningOf(t *testing.T) {
	run(t, []attrCase{{name: "Of the … residents admitted between …",
		paras: []string{"Census",
			"Statistics Canada released new census figures on Wednesday.",
			"Of the roughly 1.9 million permanent residents admitted between 2021 and 2025, about 60 per cent reported a mother tongue other than English or French."},
		notSpeakers: []string{"Million permanent residents", "million permanent residents"}}})
}

// A past participle after "get" or "have" and its object ("spent $4,000
// getting the charge dismissed") is a deed done, no one's words; a perfect
// ("have both argued") still is speech.
func TestReportedCausativeIsNoCue(t *testing.T) {
	run(t, []attrCase{{name: "getting the charge dismissed",
		paras: []string{"Vote",
			"Jordan Aviles, 29, uses they/them pronouns.",
			"Aviles said they were arrested at 19 and spent two years and about $4,000 getting the charge dismissed.",
			"\"That one night followed me into every job interview I had,\" they said."},
		want: []stmt{reportedBy(3, "they were arrested at 19", "Jordan Aviles"),
			quoteBy(4, "That one night followed me into every job interview I had,", "Jordan Aviles")},
		notSpeakers: []string{"4,000 getting the charge"}},
		{name: "have both argued",
			paras: []string{"Trade", "Donald Trump and Bernie Sanders have both argued that workers have lost jobs."},
			want:  []stmt{reportedBy(2, "workers have lost jobs", "Donald Trump")}}})
}

// A regulator's finding is reported like a tribunal's: "The Canada Energy
// Regulator found in June that the project was in the public interest".
func TestReportedRegulatorsFinding(t *testing.T) {
	run(t, []attrCase{{name: "the regulator found in June that",
		paras: []string{"Pipeline",
			"Cabinet approved the Northern Crest pipeline on Wednesday.",
			"The Canada Energy Regulator found in June that the project was in the public interest, subject to 163 conditions."},
		want: []stmt{reportedBy(3, "the project was in the public interest", "Canada Energy Regulator")}}})
}

// "wrote in a blog post last week that …": a compound document noun and a
// time before "that" still report what was written.
func TestReportedWroteInABlogPostThat(t *testing.T) {
	run(t, []attrCase{{name: "wrote in a blog post last week that",
		paras: []string{"Recount",
			"One of them, Arjun Mehta, a computer science professor at the University of Michigan, wrote in a blog post last week that the likeliest explanation was bad polling."},
		want: []stmt{reportedBy(2, "the likeliest explanation was bad polling", "Arjun Mehta")}}})
}

// "…, ruling 5-4 that the delay was unreasonable": a court's split before
// "that" still reports its ruling.
func TestReportedRulingWithASplit(t *testing.T) {
	run(t, []attrCase{{name: "ruling 5-4 that",
		paras: []string{"Delay",
			"OTTAWA — The Supreme Court of Canada has upheld a stay of proceedings in a Quebec case, ruling 5-4 that the delay was unreasonable."},
		want: []stmt{reportedBy(2, "the delay was unreasonable", "Supreme Court of Canada")}}})
}

// A finding that opens with a count needs no "that": "A Léger poll
// published last week found 61 per cent of Quebecers …", "The audit found
// 142 reported assaults …".
func TestReportedFindingOfACount(t *testing.T) {
	run(t, []attrCase{{name: "found 61 per cent, found 142",
		paras: []string{"Strike",
			"A Léger poll published last week found 61 per cent of Quebecers supported the teachers’ demands.",
			"The audit found 142 reported assaults on operators in the first 10 months of 2025."},
		want: []stmt{reportedBy(2, "61 per cent of Quebecers", "Léger"),
			reportedBy(3, "142 reported assaults", "~audit")}}})
}

// A participle after a letter's or a writer's recipient reports the
// writer: "fired off a letter to Calloway accusing him of …" is Reiner's,
// and a quotation in it stays hers.
func TestParticipleAfterRecipient(t *testing.T) {
	run(t, []attrCase{
		{name: "letter to a name",
			paras: []string{"Letter", "Senate Minority Leader Harold Reiner fired off a letter to Calloway accusing him of possibly breaking the Hatch Act."},
			want:  []stmt{reportedBy(2, "accusing him of possibly breaking the Hatch Act", "Harold Reiner")}},
		{name: "wrote to a role",
			paras: []string{"Letter", "Darlene Kematch has since written to the CRTC asking for mandatory outage standards."},
			want:  []stmt{reportedBy(2, "asking for mandatory outage standards", "Darlene Kematch")}},
		{name: "email with a quotation",
			paras: []string{"Email", "Lena Harcourt chairs the committee. On another occasion, she sent a late-night email to a junior analyst demanding to know “who exactly is paid to think in this department.”"},
			want:  []stmt{quoteBy(2, "who exactly is paid to think in this department.", "Lena Harcourt")}},
	})
}

// A speech noun's "that" clause after the occasion it was said on is the
// owner's statement: "rattled by Voss’s suggestion during the campaign that
// he might not come to the defense of members that had not “paid their
// bills.”" is Voss's, and the quotation with it; "a question in a state
// that has voted …" says nothing.
func TestSpeechNounAfterOccasion(t *testing.T) {
	run(t, []attrCase{{name: "during the campaign",
		paras: []string{"Allies", "Harlan Voss won.", "Smaller NATO allies have been particularly rattled by Voss’s suggestion during the campaign that he might not come to the defense of members that had not “paid their bills.”"},
		want:  []stmt{reportedBy(3, "he might not come to the defense", "Harlan Voss"), quoteBy(3, "paid their bills.", "Harlan Voss")}}})
	a := article(t, "Race", "Whether one awkward moment can move the needle is an open question in a state that has voted Republican for president in every election since 1996.")
	for _, st := range a.Statements {
		t.Errorf("a question in a state read as a statement: %q by %q", st.Text, st.Speaker)
	}
}

// A trailing cue after a long unnamed source ("…, four officials familiar
// with the talks said.") still reports what stands before it: the source's
// phrase runs past the six words a trailing subject usually takes.
func TestTrailingCueAfterLongSource(t *testing.T) {
	run(t, []attrCase{{name: "familiar with",
		paras: []string{"Talks", "Negotiators worked through the night, four officials familiar with the talks said.",
			"The deal was close, two people close to the negotiations said."},
		want: []stmt{reportedBy(2, "Negotiators worked through the night", "~Four officials"),
			reportedBy(3, "The deal was close", "~Two people")}}})
}

// Cities the tables know are places, never someone asking: "She said she
// had heard from officials in Harrisburg and Washington asking what went
// wrong" is hers whole, not a question of Harrisburg's.
func TestCitiesNeverAsk(t *testing.T) {
	run(t, []attrCase{{name: "Harrisburg",
		paras: []string{"Voters", "Party chair Theresa Mulvaney-Orr counted the losses.",
			"She said she had already heard from party officials in Harrisburg and Washington asking what went wrong, and had told them the answer was simple."},
		want:        []stmt{reportedBy(3, "she had already heard from party officials in Harrisburg", "Theresa Mulvaney-Orr")},
		notSpeakers: []string{"Harrisburg"}}})
}

// An aside between the subject and its cue ("however", "at the time")
// leaves the subject the cue's.
func TestReportedAsideBetweenSubjectAndCue(t *testing.T) {
	run(t, []attrCase{{
		name: "however, at the time",
		paras: []string{
			"Assembly row",
			"Mrs Efua Mensah however argued that three members were absent.",
			"The Ministry of Local Government had at the time asked the assembly to “exercise restraint”.",
		},
		want: []stmt{reportedBy(2, "three members were absent", "Efua Mensah"),
			quoteBy(3, "exercise restraint", "Ministry of Local Government")},
		moreQuotes: true,
	}})
}

// "a report by X, published last month, which found there were …" is X's
// finding, past the aside, as "X found" would be.
func TestReportedFindingOfAReportInARelativeClause(t *testing.T) {
	run(t, []attrCase{{
		name: "report by X, which found",
		paras: []string{
			"Ward in special measures",
			"The move follows a report by Care Audit Wessex, published last month, which found there were “serious failings” in the ward.",
			"It follows an inspection of Strathtay Infirmary by Healthcare Improvement Wessex (HIW) in January, which found that patients had waited in corridors.",
		},
		want: []stmt{quoteBy(2, "serious failings", "Care Audit Wessex"),
			reportedBy(2, "there were", "Care Audit Wessex"),
			reportedBy(3, "patients had waited", "Healthcare Improvement Wessex")},
	}})
}

// "ruled in 2014 that …", "ruled 4 to 3 that …": a year or a split between
// the verb and its "that" leaves the court's ruling a statement.
func TestReportedRulingAfterAYearOrASplit(t *testing.T) {
	run(t, []attrCase{{
		name: "ruled in 2014 that",
		paras: []string{
			"Court backs detainees",
			"The Harbor Court of Appeals ruled in 2014 that detainees must get a bond hearing.",
			"A WTO panel ruled in 2022 that the export ban violated trade rules.",
		},
		want: []stmt{reportedBy(2, "detainees must get a bond hearing", "Harbor Court of Appeals"),
			reportedBy(3, "the export ban violated", "~A WTO panel")},
	}})
}
