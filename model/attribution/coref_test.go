package attribution_test

// Coreference: a pronoun, a role noun ("the minister", "the 54-year-old")
// or "the statement" points back to someone the article named, by
// distance, gender and role; a description in the lede points forward to
// the name that follows.

import (
	"slices"
	"strings"
	"testing"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/attribution"
)

// BenchmarkAnalyzeManyTheys is one long paragraph where every sentence
// names people and says "they": resolving each must look back a bounded
// way, not over the whole paragraph.
func BenchmarkAnalyzeManyTheys(b *testing.B) {
	text := strings.Repeat("Ana Ruiz met Bo Lind on Monday; they said the bridge was fine; ", 20000)
	paras := articles.Split(text)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		analyze(b, model.Document{Paragraphs: paras})
	}
}

// In the sentence before, the name in subject place outranks a later one:
// "Vold and others said they could not back Lind. “…,” she said." is Vold.
func TestCorefSubjectOfEarlierSentenceOutranksItsObject(t *testing.T) {
	a := article(t,
		"“I have backed Per for twenty years,” said Tone Vold, 31.",
		"Vold and others said they could not support Marit Lind for mayor. “I will write in Per,” she said.",
	)
	checkStmt(t, a, quoteBy(2, "I will write in Per,", "Tone Vold"))
}

// Pronoun cues ("she said", "he added") go to the person the pronoun
// means: a failure gives the quotation to the wrong person, or to no one.
func TestCorefPronouns(t *testing.T) {
	run(t, []attrCase{
		{name: "she said after a named paragraph",
			paras: []string{
				"Hanne Solberg has run the bakery on Mill Street for two decades.",
				"“Flour prices doubled this year,” she said.",
			},
			want: []stmt{quoteBy(2, "Flour prices doubled this year,", "Hanne Solberg")}},
		{name: "added, with a pronoun",
			paras: []string{
				"Rosa Imbert opened the meeting at seven.",
				"“We have waited long enough,” she added.",
			},
			want: []stmt{quoteBy(2, "We have waited long enough,", "Rosa Imbert")}},
		{name: "across a paragraph without quotations",
			paras: []string{
				"“The clinic is full every day,” said Dr. Amira Saleh.",
				"The clinic opened in 2015 and serves four villages.",
				"“We need two more doctors,” she said.",
			},
			want: []stmt{
				quoteBy(1, "The clinic is full every day,", "Amira Saleh"),
				quoteBy(3, "We need two more doctors,", "Amira Saleh"),
			}},
		{name: "across sentences",
			paras: []string{"Paula Renn arrived late. She apologised to the committee. “The train stopped twice,” she said."},
			want:  []stmt{quoteBy(1, "The train stopped twice,", "Paula Renn")}},
		{name: "pronoun, then the cue before the quotation",
			paras: []string{
				"Henrik Lagos has farmed the valley for forty years.",
				"He said: “The river has never been this low.”",
			},
			want: []stmt{quoteBy(2, "The river has never been this low.", "Henrik Lagos")}},
		{name: "the object of the sentence before",
			paras: []string{
				"Mayor Elena Brisk met Thomas Greer, the union leader, on Tuesday.",
				"“We found common ground,” she said.",
				"“It is a start, nothing more,” he said.",
			},
			want: []stmt{
				quoteBy(2, "We found common ground,", "Elena Brisk"),
				quoteBy(3, "It is a start, nothing more,", "Thomas Greer"),
			}},
		{name: "a neighbour agrees: a new speaker by pronoun",
			paras: []string{
				"“We’ve been here since 1952,” said Erling Fosse, 80. “My father built this house.”",
				"Fosse’s neighbour, Tuva Lie, agreed. “They’ll have to carry us out,” she said.",
			},
			want: []stmt{
				quoteBy(1, "We’ve been here since 1952,", "Erling Fosse"),
				quoteBy(1, "My father built this house.", "Erling Fosse"),
				quoteBy(2, "They’ll have to carry us out,", "Tuva Lie"),
			}},
		{name: "she is not the police",
			paras: []string{
				"Police said about 3,000 people had gathered.",
				"Among the crowd was Amina Sow, 29, a nurse from the port.",
				"“I came for my children,” she said.",
			},
			want: []stmt{quoteBy(3, "I came for my children,", "Amina Sow")}},
		{name: "a fronted place, then he",
			paras: []string{
				"Fisherman Tomas Berg, 52, said he had lost his boat.",
				"Back in Port Sabak, Berg was salvaging planks. “We will build again,” he said.",
			},
			want:        []stmt{quoteBy(2, "We will build again,", "Tomas Berg")},
			notSpeakers: []string{"Sabak", "Port Sabak"}},
		{name: "fronted 'For X, who ... in <Place>,' then he said",
			paras:       []string{`For Dmitri Valkonen, who runs a shop in Eskel, the cut came too late. "Half my customers pay late," he said.`},
			want:        []stmt{quoteBy(1, "Half my customers pay late,", "Dmitri Valkonen")},
			notSpeakers: []string{"Eskel"}},
		{name: "'which he said' after '<Club> manager <Name>'",
			paras: []string{
				"Emeka Okoro scored twice as Marlow Vale beat Dunmore City on Saturday.",
				"Dunmore manager Gideon Mbeki-Hart was furious about the goal, which he said was a foul.",
			},
			want: []stmt{reportedBy(2, "which he said was a foul", "Gideon Mbeki-Hart")}},
		{name: "his wife, after a couple named together",
			paras: []string{
				"Among those in the queue were Yusuf and Leyla Haddadin, who left Kessemir on foot eleven days ago.",
				"\"We walked at night,\" Yusuf Haddadin said.",
				"His wife said they had sold their car to pay a driver.",
			},
			want: []stmt{
				quoteBy(2, "We walked at night,", "Yusuf Haddadin"),
				reportedBy(3, "sold their car", "Leyla Haddadin"),
			},
			notSpeakers: []string{"Kessemir"}},
	})
}

// Gender from a title, a role or a pronoun the article ties to the person
// decides who "he" or "she" is; "X said she ..." ties nothing, since she
// is usually someone else. A failure gives a man's words to a woman.
func TestCorefGender(t *testing.T) {
	run(t, []attrCase{
		{name: "a spokeswoman is a she",
			paras: []string{
				"Jordan Pike, a spokeswoman for the port, met Ezra Wolde, a docker.",
				"“The cranes are safe,” she said.",
			},
			want: []stmt{quoteBy(2, "The cranes are safe,", "Jordan Pike")}},
		{name: "he is never a woman the curated name tables know",
			paras: []string{"Interview", "Rosemary Barton said it was true.", "The answer came. He said it was not."},
			want:  []stmt{reportedBy(3, "it was not", "!Rosemary Barton")}},
		{name: "he is not a Ms.",
			paras: []string{"Ms. Kiri Tane spoke after Mr. Ari Vuori.", "“I signed nothing,” he said."},
			want:  []stmt{quoteBy(2, "I signed nothing,", "Ari Vuori")}},
		{name: "a husband sharing a surname",
			paras: []string{"“I was there,” said Ida Moen.", "Her husband, Lars Moen, disagreed.", "“She was at home,” he said."},
			want: []stmt{
				quoteBy(1, "I was there,", "Ida Moen"),
				quoteBy(3, "She was at home,", "Lars Moen"),
			},
			speakers: []string{"Ida Moen", "Lars Moen"}},
		{name: "Ms. tells the daughter from the father",
			paras: []string{
				"“I was not there,” said Pavel Novak, 58.",
				"His daughter, Eva Novak, 31, then took the stand.",
				"“He was at home with me,” Ms. Novak said.",
				"Ms. Novak said she had driven him home.",
			},
			want: []stmt{
				quoteBy(1, "I was not there,", "Pavel Novak"),
				quoteBy(3, "He was at home with me,", "Eva Novak"),
				reportedBy(4, "she had driven him home", "Eva Novak"),
			},
			speakers: []string{"Pavel Novak", "Eva Novak"}},
		{name: "X said she: she is someone else",
			paras: []string{
				`Henrik Solbakken spoke first. Aroha Tane said she was "appalled."`,
				`"That is not true," he said.`,
			},
			want: []stmt{
				quoteBy(1, "appalled.", "Aroha Tane"),
				quoteBy(2, "That is not true,", "Henrik Solbakken"),
			}},
		{name: "X said she, then his role noun",
			paras: []string{
				`Prime Minister Henrik Solbakken spoke first. Opposition leader Aroha Tane said she was "appalled." The prime minister shook his head.`,
				`"That is not true," he said.`,
			},
			want: []stmt{
				quoteBy(1, "appalled.", "Aroha Tane"),
				quoteBy(2, "That is not true,", "Henrik Solbakken"),
			}},
		{name: "X said she, then he said",
			paras: []string{`Nigel Fairbrother said she was mistaken. "It was dark," he said.`},
			want:  []stmt{quoteBy(1, "It was dark,", "Nigel Fairbrother")}},
		{name: "X suggested she, then he asked",
			paras: []string{`Under cross-examination, Askew's barrister, Nigel Fairbrother, suggested she could not be sure. "It was dark, wasn't it?" he asked.`},
			want:  []stmt{quoteBy(1, "It was dark, wasn't it?", "Nigel Fairbrother")}},
	})
}

// A role noun ("the minister", "the 54-year-old", "the Scot") points back
// to the person the article gave that role, age or nationality, and never
// becomes a speaker of its own.
func TestCorefRoleNouns(t *testing.T) {
	run(t, []attrCase{
		{name: "the minister",
			paras: []string{
				"Trade Minister Viktor Amsel unveiled the tariff plan on Monday.",
				"“Our exporters need certainty,” the minister said.",
			},
			want: []stmt{quoteBy(2, "Our exporters need certainty,", "Viktor Amsel")}},
		{name: "the 54-year-old",
			paras: []string{
				"Marek Tollan, 54, has coached the club since 2019.",
				"“This is my last season,” the 54-year-old said.",
			},
			want: []stmt{quoteBy(2, "This is my last season,", "Marek Tollan")}},
		{name: "role and age together",
			paras: []string{
				"Finance Minister Oskar Lindqvist, 61, presented the budget.",
				"“It is a prudent plan,” the 61-year-old said.",
				"“Nobody will pay more tax,” the minister added.",
			},
			want: []stmt{
				quoteBy(2, "It is a prudent plan,", "Oskar Lindqvist"),
				quoteBy(3, "Nobody will pay more tax,", "Oskar Lindqvist"),
			},
			speakers: []string{"Oskar Lindqvist"}},
		{name: "the spokeswoman",
			paras: []string{
				"Defence ministry spokeswoman Ida Kern declined to give figures.",
				"“The review is ongoing,” the spokeswoman told reporters.",
			},
			want: []stmt{quoteBy(2, "The review is ongoing,", "Ida Kern")}},
		{name: "the role's office",
			paras: []string{
				"Prime Minister Jonas Aukland agreed the corridor on Friday.",
				"The prime minister's office later said inspections would be joint.",
			},
			want:     []stmt{reportedBy(2, "inspections would be joint", "Jonas Aukland")},
			speakers: []string{"Jonas Aukland"}},
		{name: "the president",
			paras: []string{
				"President Halvar Ruud flew to Ostrava on Monday.",
				"“The alliance is strong,” the president said.",
			},
			want: []stmt{quoteBy(2, "The alliance is strong,", "Halvar Ruud")}},
		{name: "the mayor-elect",
			paras: []string{
				"Mayor-elect Jonah Pratt took the stage. “We won,” he said.",
				"“Now we deliver,” the mayor-elect said.",
			},
			want: []stmt{
				quoteBy(1, "We won,", "Jonah Pratt"),
				quoteBy(2, "Now we deliver,", "Jonah Pratt"),
			},
			speakers: []string{"Jonah Pratt"}},
		{name: "the Scot, twice",
			paras: []string{
				"Dunmore sacked manager Callum Reid on Sunday.",
				"“The dressing room is with me,” the Scot told reporters on Friday.",
				"“I have no regrets,” said the Scot.",
			},
			want: []stmt{
				quoteBy(2, "The dressing room is with me,", "Callum Reid"),
				quoteBy(3, "I have no regrets,", "Callum Reid"),
			},
			notSpeakers: []string{"Scot"}},
		{name: "the Ukrainian",
			paras: []string{
				"City boss Pavlo Hrytsenko, a Ukrainian who played for the club in the 1990s, watched from the stand.",
				"“We created nothing,” said the Ukrainian.",
			},
			want:        []stmt{quoteBy(2, "We created nothing,", "Pavlo Hrytsenko")},
			notSpeakers: []string{"Ukrainian"}},
		{name: "the coach is the current holder, not the former",
			paras: []string{
				"Arno Veldt, the former coach, watched from the stands as the new coach, Sami Laine, paced the touchline.",
				"“We were too slow,” the coach said afterwards.",
			},
			want: []stmt{quoteBy(2, "We were too slow,", "Sami Laine")}},
		{name: "the prime minister is not the environment minister",
			paras: []string{
				"Prime Minister Ana Lopes survived the vote.",
				"Environment Minister Rui Dias abstained. “I cannot back her,” Dias said.",
				"Responding, the prime minister said the opposition had “no plan”.",
				"“Welcome to the debate,” she said.",
			},
			want: []stmt{
				quoteBy(2, "I cannot back her,", "Rui Dias"),
				quoteBy(3, "no plan", "Ana Lopes"),
				reportedBy(3, "the opposition had", "Ana Lopes"),
				quoteBy(4, "Welcome to the debate,", "Ana Lopes"),
			}},
		{name: "the deputy minister is the deputy, not the minister",
			paras: []string{
				"Health Minister Oskar Lind visited the hospital with his deputy, Karl Moen.",
				`"We are not out of the woods," the deputy minister said.`,
			},
			want: []stmt{quoteBy(2, "We are not out of the woods,", "Karl Moen")}},
		{name: "the assistant coach is the assistant, not the coach",
			paras: []string{
				"Coach Ana Ruiz and her assistant, Petra Sand, watched from the stands.",
				`"We were poor," the assistant coach said.`,
			},
			want: []stmt{quoteBy(2, "We were poor,", "Petra Sand")}},
		{name: "a role noun learnt from an apposition",
			paras: []string{
				"Rajesh Menon, a neurologist at the city hospital, reviewed the study.",
				"The neurologist said the data was weak.",
				"Sunniva Aalto, the lead author, defended it.",
				"The 44-year-old epidemiologist said the team had been surprised.",
			},
			want: []stmt{
				reportedBy(2, "the data was weak", "Rajesh Menon"),
				reportedBy(4, "the team had been surprised", "Sunniva Aalto"),
			}},
	})
}

// A description in the lede ("a judge", "a shipping magnate") is the
// person named in the next paragraph; a role or job no one is named for
// stays someone unnamed ("a judge", "A local pediatrician"); never the
// other person in the lede.
func TestCorefLedeNamedLater(t *testing.T) {
	run(t, []attrCase{
		{name: "a role in the lede, named in the next paragraph",
			paras: []string{
				"Striker cleared of assault",
				"Footballer Dario Benn was cleared on Thursday after a judge said the police inquiry had been “riddled with errors.”",
				"District Judge Helen Marsh said the footage contradicted the doorman. “I cannot be sure,” she said.",
			},
			want: []stmt{
				quoteBy(2, "riddled with errors.", "Helen Marsh"),
				reportedBy(2, "the police inquiry had been", "Helen Marsh"),
				quoteBy(3, "I cannot be sure,", "Helen Marsh"),
			},
			notSpeakers: []string{"Dario Benn"}},
		{name: "a place's minister in the lede, named next",
			paras: []string{
				"Border talks stall",
				"NEW YORK (Wire) — Norland's foreign minister accused Estravia on Monday of “moving the goalposts” in border talks.",
				"Speaking to the assembly, Foreign Minister Elin Vasska said her country had accepted every proposal.",
			},
			want: []stmt{
				quoteBy(2, "moving the goalposts", "Elin Vasska"),
				reportedBy(3, "her country had accepted", "Elin Vasska"),
			},
			notSpeakers: []string{"Estravia", "Norland"}},
		{name: "ambassador to the UN and a hyphenated title",
			paras: []string{
				"Its ambassador to the UN, Teodor Braga, told reporters that Norland had “invented a crisis”.",
				"Vasska later met UN Secretary-General Amara Osei, who said he was “deeply concerned” by the deadlock.",
				"“Speeches do not move borders,” the ambassador said.",
			},
			want: []stmt{
				quoteBy(1, "invented a crisis", "Teodor Braga"),
				quoteBy(2, "deeply concerned", "Amara Osei"),
				quoteBy(3, "Speeches do not move borders,", "Teodor Braga"),
			},
			speakers: []string{"Teodor Braga", "Amara Osei"}},
		{name: "a role in the lede never named",
			paras: []string{
				"Striker cleared of assault",
				"Footballer Dario Benn was cleared on Thursday after a judge said the inquiry had been “riddled with errors.”",
				"Benn, 27, plays for Corby Town.",
				"The club said it was delighted.",
				"Fans gathered outside the ground.",
			},
			want:        []stmt{quoteBy(2, "riddled with errors.", "a judge")},
			kinds:       map[string]model.SpeakerKind{"a judge": model.SpeakerUnnamed},
			notSpeakers: []string{"Dario Benn"}},
		{name: "a job in the lede never named",
			paras: []string{"Lead in the water", "A local pediatrician said the lead levels were high.", "The city tested the pipes."},
			want:  []stmt{reportedBy(2, "the lead levels were high", "A local pediatrician")},
			kinds: map[string]model.SpeakerKind{"A local pediatrician": model.SpeakerUnnamed}},
		{name: "a description in the lede, named only in the next paragraph",
			paras: []string{
				"A shipping magnate told a court on Thursday that he would be “dead within a year” if he were extradited.",
				"Branko Ilić, 61, denies the charges.",
			},
			want: []stmt{
				quoteBy(1, "dead within a year", "Branko Ilić"),
				reportedBy(1, "if he were extradited", "Branko Ilić"),
			}},
		{name: "after a dateline, named in the next paragraph",
			paras: []string{
				"Survivor testifies",
				"OTTAWA — An 81-year-old residential school survivor told a court on Monday she should not have to “prove our pain on paper.”",
				"Agnes Mistatim, who attended the school for six years, wept as she spoke.",
			},
			want: []stmt{quoteBy(2, "prove our pain on paper.", "Agnes Mistatim")}},
		{name: "a role in the lede is not the next person named with another role",
			paras: []string{
				"Trench death sentencing",
				"MONCTON — A Crown prosecutor asked a judge on Wednesday to send the owner of an excavation company to prison for four years.",
				"Rémi Arsenault-Cyr, 54, the owner and sole director of Arsenault Excavation, was found guilty in September.",
				"Crown prosecutor Nadine Savoie told Justice Denise Robichaud that the company had been warned twice.",
			},
			want:        []stmt{reportedBy(2, "to send the owner of an excavation company", "Nadine Savoie")},
			notSpeakers: []string{"Rémi Arsenault-Cyr"}},
		{name: "a place's woman who says, quoted by name next",
			paras: []string{
				"Utility faces complaint after storm",
				"HALIFAX — A Dartmouth woman who says she threw out $600 worth of food has filed a complaint, accusing the utility of giving “wildly wrong” restoration times.",
				"Dana Whitcombe, 34, lodged the complaint with the board on Monday.",
				"“Every time I checked the map it said 6 p.m.,” Whitcombe said.",
			},
			want: []stmt{
				reportedBy(2, "she threw out $600 worth of food", "Dana Whitcombe"),
				quoteBy(2, "wildly wrong", "Dana Whitcombe"),
				quoteBy(4, "Every time I checked the map it said 6 p.m.,", "Dana Whitcombe"),
			},
			speakers: []string{"Dana Whitcombe"}},
		{name: "a man who says, and the next one quoted is a woman: no one named",
			paras: []string{
				"Crisis unit opens",
				"A Winnipeg man who once waited 41 hours in an emergency room says the new unit will save lives.",
				"Dr. Maria Santos, who runs the unit, said: “We are ready.”",
			},
			want: []stmt{
				reportedBy(2, "the new unit will save lives", "A Winnipeg man"),
				quoteBy(3, "We are ready.", "Maria Santos"),
			}},
	})
}

// A lede's unnamed body ("A government watchdog group says …") is the body
// the next paragraph names first, when the name fits the description: a
// council's name says "Council", a company's is a company's. A body named
// later, or one that does not fit, leaves the description as it was.
func TestCorefLedeBodyNamedNext(t *testing.T) {
	run(t, []attrCase{
		{name: "a group named in the next paragraph",
			paras: []string{
				"Report faults charity's donors",
				"A government watchdog group says a charity accepted at least $34 million from foreign donors.",
				"The 62-page report, released Tuesday by the nonpartisan Citizens for Fair Budgets, lists 27 donors.",
				"“These questions deserve answers,” the group said.",
			},
			want: []stmt{
				reportedBy(2, "a charity accepted at least", "Citizens for Fair Budgets"),
				quoteBy(4, "These questions deserve answers,", "Citizens for Fair Budgets"),
			},
			notSpeakers: []string{"A government watchdog group"}},
		{name: "a council in a place, named by a name holding its noun",
			paras: []string{
				"Land council accuses governments",
				"A peak Aboriginal land council in north-western NSW has accused the state of “walking away” from housing.",
				"The Barwon-Darling Regional Aboriginal Land Council, which represents 11 local councils, will release an audit on Tuesday.",
			},
			want: []stmt{
				quoteBy(2, "walking away", "Barwon-Darling Regional Aboriginal Land Council"),
			},
			notSpeakers: []string{"NSW", "A peak Aboriginal land council"}},
		{name: "a committee on something",
			paras: []string{
				"Committee backs vote",
				"A cross-party parliamentary committee has recommended Australians be asked to vote on a preamble.",
				"The report of the Joint Select Committee on Constitutional Recognition was tabled in Parliament on Tuesday.",
			},
			want: []stmt{
				reportedBy(2, "Australians be asked to vote", "Joint Select Committee on Constitutional Recognition"),
			}},
		{name: "a manufacturer is a company, not the union named first",
			paras: []string{
				"Plant to cut jobs",
				"An auto-parts manufacturer in Windsor says it will lay off 200 workers next month.",
				"Unifor Local 444 said it was blindsided. Ridgeline Castings Ltd. blamed U.S. tariffs.",
			},
			want: []stmt{
				reportedBy(2, "it will lay off 200 workers", "An auto-parts manufacturer"),
				reportedBy(3, "it was blindsided", "Unifor Local 444"),
			}},
		{name: "a manufacturer named next",
			paras: []string{
				"Plant to cut jobs",
				"An auto-parts manufacturer in Windsor says it will lay off 200 workers next month.",
				"Ridgeline Castings Ltd. blamed U.S. tariffs. “We have no choice,” the manufacturer said.",
			},
			want: []stmt{
				reportedBy(2, "it will lay off 200 workers", "Ridgeline Castings Ltd."),
				quoteBy(3, "We have no choice,", "Ridgeline Castings Ltd."),
			}},
		{name: "a man in a lede never named is someone unnamed",
			paras: []string{
				"Tenant fights eviction",
				"A Toronto man in Brampton says his landlord walked away from repairs.",
				"The province said it would review the file.",
			},
			want: []stmt{
				reportedBy(2, "his landlord walked away", "A Toronto man"),
			}},
	})
}

// A body the lede meets only by its kind ("its duty to a northern
// Saskatchewan First Nation") is the one of that kind named next, even past
// a byline and an agency's line, and even when the headline named it
// first: "the First Nation" later is that one. A name that only qualifies
// a noun ("a National Audit Office report") is no such kind.
func TestCorefLedeKindNamedPastTheByline(t *testing.T) {
	run(t, []attrCase{
		{name: "a First Nation named next, past byline and agency",
			paras: []string{
				"Court orders Ottawa back to table over Cree Nation's flooded land",
				"By Marc Tessier",
				"The Canadian Press",
				"SASKATOON — A Federal Court judge has ruled that Ottawa breached its duty to a northern Saskatchewan First Nation when it allowed reserve land to be flooded.",
				"Justice Helene Brassard found that officials failed the Kinosew Lake Cree Nation when they consented to the flooding.",
				"The First Nation, about 380 kilometres north of Saskatoon, had argued that 4,300 hectares were submerged.",
			},
			want: []stmt{
				reportedBy(5, "officials failed", "Helene Brassard"),
				reportedBy(6, "4,300 hectares were submerged", "Kinosew Lake Cree Nation"),
			}},
		{name: "a name that qualifies a report",
			paras: []string{
				"Home Office grilled over asylum hotels",
				"By Ann Lee",
				"MPs questioned the Home Office permanent secretary for three hours on Tuesday about asylum hotels.",
				"The hearing followed a National Audit Office report last month which found that costs had tripled.",
			},
			want: []stmt{
				reportedBy(4, "costs had tripled", "!Home Office"),
			}},
	})
}

// A headline or lede may give a speaker only by role, in a shape no rule
// above names at once ("with a judge calling his account …", a headline's
// "Judge rejects …"): the one person the next paragraphs name with that
// role is who spoke, and "the judge" later is that justice, not the
// headline's unnamed judge. Two holders, or a holder named long after,
// leave the role unnamed.
func TestCorefEarlyRoleNamedInTheNextParagraphs(t *testing.T) {
	run(t, []attrCase{
		{name: "a headline's and a lede's judge, named Justice next",
			paras: []string{"Judge rejects blackout defence, convicts driver",
				"A driver who said he blacked out has been convicted, with an Ontario Superior Court judge calling his account “a reconstruction after the fact.”",
				"In a decision released Thursday, Justice Hélène Marchand found that the driver had been texting.",
				"The accused lost control of his car on a wet road.",
				"The judge said she accepted that the cardiologist was “a careful witness.”"},
			want: []stmt{quoteBy(2, "a reconstruction after the fact.", "Hélène Marchand"),
				reportedBy(5, "she accepted that the cardiologist", "Hélène Marchand"), quoteBy(5, "a careful witness.", "Hélène Marchand")},
			speakers: []string{"Hélène Marchand", "A driver"}},
		{name: "a headline's diplomat, named in the lede",
			paras: []string{"British diplomat praises Obama's presidency",
				"The president has a fan in veteran diplomat Peter Westmore, who said Britain had never had a closer partner."},
			want:     []stmt{reportedBy(1, "praises Obama's presidency", "Peter Westmore")},
			speakers: []string{"Peter Westmore"}},
		{name: "the lede's transport minister is the Secretary for Transport named next",
			paras: []string{"Taxi reform",
				"The taxi licensing regime will start next year, the transport minister has said.",
				"Secretary for Transport and Logistics Kwok Siu-fan told the Legislative Council that five operators would be licensed."},
			want: []stmt{reportedBy(2, "The taxi licensing regime will start", "Kwok Siu-fan")}},
		{name: "the lede's head of a department, with an auxiliary, is the secretary named next",
			paras: []string{"Defence boss grilled",
				"The head of the Department of Defence has conceded the submarine program faces pressure.",
				"Defence secretary Gregory Ashworth told senators the schedule was tight."},
			want: []stmt{reportedBy(2, "the submarine program faces pressure", "Gregory Ashworth")}},
		{name: "the lede's chief of a community, after a dateline, is the chief named next",
			paras: []string{"Band will keep fishing",
				"WESTPORT, N.S. — The chief of a Mi’kmaw community in southwestern Nova Scotia says her band will keep fishing this fall.",
				"“We have a treaty right,” Chief Maren Paul-Denny of Amiskwi River First Nation said Monday."},
			want: []stmt{reportedBy(2, "her band will keep fishing this fall", "Maren Paul-Denny"),
				quoteBy(3, "We have a treaty right,", "Maren Paul-Denny")}},
		{name: "two judges named next: the lede's stays unnamed",
			paras: []string{"Appeal fails",
				"The appeal failed, with a judge calling it “hopeless.”",
				"Judge Ann Lowe and Judge Tom Pike heard the case."},
			want: []stmt{quoteBy(2, "hopeless.", "a judge")}},
		{name: "a judge named long after the lede stays unnamed",
			paras: []string{"Appeal fails",
				"The appeal failed, with a judge calling it “hopeless.”",
				"The case began in 2019.", "It went to trial in 2021.", "The family appealed.", "Lawyers argued for months.",
				"Judge Ann Lowe also heard a second case."},
			want: []stmt{quoteBy(2, "hopeless.", "a judge")}},
	})
}

// A place's officer is a person, not the place ("Nova Scotia’s chief
// medical officer of health is urging …" in the lede, named next), and
// "the province’s top doctor", "the company’s chief executive" are the
// doctor and the chief executive named before; a relative stays apart.
func TestCorefPossessedRoles(t *testing.T) {
	run(t, []attrCase{
		{name: "a province's officer in the lede, then the province's top doctor",
			paras: []string{"Masks urged",
				"Nova Scotia’s chief medical officer of health is urging people to wear masks in crowded places.",
				"“We are seeing more people sick,” Dr. Anjali Raghunathan told reporters.",
				"The province’s top doctor said flu cases were up 40 per cent."},
			want: []stmt{reportedBy(2, "urging people to wear masks", "Anjali Raghunathan"),
				quoteBy(3, "We are seeing more people sick,", "Anjali Raghunathan"),
				reportedBy(4, "flu cases were up", "Anjali Raghunathan")},
			speakers: []string{"Anjali Raghunathan"}},
		{name: "a province's officer never named is someone unnamed",
			paras: []string{"Masks urged",
				"Nova Scotia’s chief medical officer of health is urging people to wear masks.",
				"Hospitals are full.", "Nurses are tired.", "Clinics closed early."},
			want:  []stmt{reportedBy(2, "urging people to wear masks", "Nova Scotia’s chief medical officer of health")},
			kinds: map[string]model.SpeakerKind{"Nova Scotia’s chief medical officer of health": model.SpeakerUnnamed}},
		{name: "the company's chief executive, and a girl's mother",
			paras: []string{"Profits fall",
				"Acme Corp. chief executive Jane Roe spoke first.",
				"The company’s chief executive said profits fell.",
				"Nina's aunt, Ann Roe, wept. The girl's mother said she was proud."},
			want:        []stmt{reportedBy(3, "profits fell", "Jane Roe")},
			notSpeakers: []string{"Ann Roe"}},
	})
}

// Two people share a surname, one named first who never speaks (a
// victim), one who speaks (a mother): the bare surname is the speaker.
func TestCorefSharedSurnameIsTheOneWhoSpeaks(t *testing.T) {
	run(t, []attrCase{{name: "the victim named first, his mother speaks",
		paras: []string{"Driver convicted",
			"The car struck Tariq Osei-Mensah as he rode home from work.",
			"Outside the courthouse, Tariq's mother, Abena Osei-Mensah, held his photograph. “We waited two years,” she said.",
			"“I want him to understand,” Osei-Mensah said."},
		want: []stmt{quoteBy(3, "We waited two years,", "Abena Osei-Mensah"), quoteBy(4, "I want him to understand,", "Abena Osei-Mensah")}}})
}

// "The former minister" is the former minister who just spoke, not an
// unnamed serving minister.
func TestCorefTheFormerRoleHolder(t *testing.T) {
	run(t, []attrCase{{name: "another cabinet minister, then the predecessor, then the former minister",
		paras: []string{"Benefit cuts",
			"Another cabinet minister said the cuts were fair.",
			"Pellow’s predecessor, Siobhan Garvey, who was sacked in the spring, accused ministers of cruelty.",
			"The former minister went on: “I sat in those meetings.”"},
		want: []stmt{quoteBy(4, "I sat in those meetings.", "Siobhan Garvey")}},
		{name: "a former inspector never named, then someone else spoke",
			paras: []string{"Homes", "The province paid millions to two operators.",
				"“We wrote the same things down,” said a former ministry inspector who worked on both files.",
				"“The minister needs to explain,” MPP Amrit Gill told the Star.",
				"The former inspector said she still thinks about the children."},
			want: []stmt{quoteBy(3, "We wrote the same things down,", "a former ministry inspector"),
				quoteBy(4, "The minister needs to explain,", "Amrit Gill"),
				reportedBy(5, "she still thinks about the children", "a former ministry inspector")}},
		{name: "a lede's former minister never named, then a predecessor spoke",
			paras: []string{"Benefit cuts",
				"Sixty MPs rebelled, with one former minister warning that the government was sleepwalking.",
				"Pellow’s predecessor, Siobhan Garvey, who was sacked in the spring, accused ministers of cruelty.",
				"The former minister went on: “I sat in those meetings.”"},
			want: []stmt{quoteBy(4, "I sat in those meetings.", "Siobhan Garvey")}}})
}

// A person's report ("An inspector’s report from the following week
// describes …") is a document, not the person.
func TestCorefSomeonesReportIsADocument(t *testing.T) {
	run(t, []attrCase{{name: "an inspector's report",
		paras: []string{"Homes", "An inspector’s report from the following week describes the restraint as “inconsistent with any approved technique.”"},
		want:  []stmt{quoteBy(2, "inconsistent with any approved technique.", "an inspector’s report")},
		kinds: map[string]model.SpeakerKind{"an inspector’s report": model.SpeakerDocument}}})
}

// "The statement said" is whoever issued the statement.
func TestCorefTheStatement(t *testing.T) {
	run(t, []attrCase{
		{name: "a named person's statement",
			paras: []string{
				"Elif’s mother, Sevda Kaya, said in a statement released through police that her daughter had been “the light of our house.”",
				"“She laughed at everything,” the statement said. “We do not know how to live in a house this quiet.”",
			},
			want: []stmt{
				quoteBy(1, "the light of our house.", "Sevda Kaya"),
				quoteBy(2, "She laughed at everything,", "Sevda Kaya"),
				quoteBy(2, "We do not know how to live in a house this quiet.", "Sevda Kaya"),
			}},
	})
	t.Run("a family's statement", func(t *testing.T) {
		a := article(t,
			"His family said in a statement that he had died peacefully.",
			"\"He was a kind man,\" the statement said.",
		)
		fam := mustFind(t, a, reportedBy(1, "died peacefully", ""))
		if fam.Speaker == "" {
			t.Fatalf("the family's statement not attributed:%s", dump(a))
		}
		check(t, a, attrCase{want: []stmt{quoteBy(2, "He was a kind man,", fam.Speaker)}})
	})
}

// "he said" points to a person, never to a place or a firm the article
// named nearer.
func TestCorefHeIsAPerson(t *testing.T) {
	a := article(t,
		"Adel Nefzi, the imam, said the mosque would stay open.",
		"The mosque in Fort Pierce has about 100 members, and Carrier employs many of them.",
		"“We do not teach anything like that,” he said.",
	)
	s := mustFind(t, a, quoteBy(3, "We do not teach anything like that,", ""))
	if s.Speaker != "Adel Nefzi" {
		t.Errorf("speaker %q, want Adel Nefzi\n%s", s.Speaker, dump(a))
	}
}

// A bare surname that is the subject of a sentence just before is a person
// enough for "he".
func TestCorefSubjectOfTheSentenceBefore(t *testing.T) {
	a := article(t, `Burton explained from a podium. "I love those cats," he said.`)
	if s := mustFind(t, a, quoteBy(1, "I love those cats,", "")); s.Speaker != "Burton" {
		t.Errorf("speaker %q, want Burton\n%s", s.Speaker, dump(a))
	}
}

// A name after a preposition in the pronoun's own sentence is what is
// talked about, not who talks: "he" goes back to the sentence before.
func TestCorefNameAfterPrepositionIsNoSubject(t *testing.T) {
	run(t, []attrCase{
		{name: "the reported words name someone after a preposition",
			paras: []string{
				"Oskar Lindqvist won the Ostfold primary.",
				"Tomas Brekke, a county clerk, spoke on Friday. Brekke said Lindqvist is his third choice. He is leaning toward Lindqvist now, he said, because he prizes a steady hand.",
			},
			want: []stmt{reportedBy(2, "He is leaning toward Lindqvist now", "Tomas Brekke")}},
		{name: "asked about someone",
			paras: []string{
				"Oskar Lindqvist won the Ostfold primary.",
				"Tomas Brekke runs the county party. Asked about Lindqvist on Friday, he said: “We will see.”",
			},
			want: []stmt{quoteBy(2, "We will see.", "Tomas Brekke")}},
		{name: "a body named after 'of the' is no subject",
			paras: []string{"Alixa Fenn, executive director of the Fjord PAC, a Labour super PAC, said she thinks the council “will lose in May.”"},
			want:  []stmt{quoteBy(1, "will lose in May.", "Alixa Fenn")}},
		{name: "a possessor after a preposition stays salient",
			paras: []string{
				"Oskar Lindqvist and Tomas Brekke both ran.",
				"In Lindqvist’s speech on Friday, he said: “I am not worried.”",
			},
			want: []stmt{quoteBy(2, "I am not worried.", "Oskar Lindqvist")}},
		{name: "a topic fronted with as for stays the subject",
			paras: []string{
				"Oskar Lindqvist and Tomas Brekke both ran.",
				"As for Lindqvist, he said: “I am not worried.”",
			},
			want: []stmt{quoteBy(2, "I am not worried.", "Oskar Lindqvist")}},
		{name: "the paragraph before names one in subject place, one after a preposition",
			paras: []string{
				"Oskar Lindqvist and Tomas Brekke both ran.",
				"Did that mean Brekke would vote for Lindqvist?",
				"“No, no, no,” he said, laughing.",
			},
			want: []stmt{quoteBy(3, "No, no, no,", "Tomas Brekke")}},
	})
}

// A pronoun repeated in its sentence means what the first one meant, not a
// name the sentence mentions between them.
func TestCorefPronounRepeatedInItsSentence(t *testing.T) {
	a := article(t,
		"Karin Solheim spoke in Bergen on Monday.",
		"At times, she brought the crowd to its feet. She attacked the ferry deal signed by Governor Anne Lyng, who she noted was “in her final year.” She pledged to build a bridge.",
	)
	checkStmt(t, a, quoteBy(2, "in her final year.", "Karin Solheim"))
	checkStmt(t, a, reportedBy(2, "to build a bridge", "Karin Solheim"))
}

// When someone speaks only in a clause that hangs on the main one ("X did
// not sound sure when Y asked whether …"), "he said" next is X's answer.
func TestCorefMainClauseSubjectAnswers(t *testing.T) {
	run(t, []attrCase{
		{name: "a named asker in a when-clause",
			paras: []string{
				"Erik Lunde spoke to Jonas Dahl on Sunday.",
				"Lunde did not sound sure when Dahl asked whether the party would keep the council.",
				"“It is going to be close,” he said.",
			},
			want: []stmt{quoteBy(3, "It is going to be close,", "Erik Lunde")}},
		{name: "an unnamed asker",
			paras: []string{
				"Mayor Ingrid Berg caused a stir when a voter asked if she might run again.",
				"“What a fine idea,” she replied.",
			},
			want: []stmt{quoteBy(2, "What a fine idea,", "Ingrid Berg")}},
	})
}

// A vice president is no "president" and a deputy minister no "minister":
// "the former president" goes to the one who held the office.
func TestCorefLesserOfficeIsNotTheOffice(t *testing.T) {
	a := article(t,
		"Lars Brandt and Vice President Olav Kvam campaigned in Tromso.",
		"Brandt got in on the game, bashing the mayor at a rally on Monday.",
		"“Sometimes I feel he is running against me,” the former president said.",
	)
	checkStmt(t, a, quoteBy(3, "Sometimes I feel he is running against me,", "Lars Brandt"))
}

// "They" after two people named together ("X and Y argued …") means the
// pair, listed under the first, as their joint statements are; not a body
// named before them.
func TestCorefTheyAfterAPairOfNames(t *testing.T) {
	run(t, []attrCase{
		{name: "a pair with an appositive",
			paras: []string{
				"The Hordaland Teachers Union opposes the plan.",
				"Ane Vold and Per Hauge, a county councillor, argued that the office is not needed. The counties can do that, they said.",
			},
			want: []stmt{reportedBy(2, "The counties can do that", "Ane Vold")}},
		{name: "a pair that speaks a sentence later",
			paras: []string{
				"The Coastal Party Committee backs Kvale.",
				"Jon Sande and Tor Bakke knocked on doors all day. Then they said that Kvale was a champion of the fishermen.",
			},
			want: []stmt{reportedBy(2, "Kvale was a champion of the fishermen", "Jon Sande")}},
	})
}

// A pronoun or role noun is not the name that follows it as its verb's
// object: "The businessman has praised Putin" is not Putin; a name past
// "that" may still be its own ("He admits that …, but Vik thinks").
func TestCorefNotTheObjectThatFollows(t *testing.T) {
	run(t, []attrCase{{
		name: "object after the verb",
		paras: []string{"Harbour talks", "Tomas Berg spoke in Tolland. Anders Moe spoke in Kestrel.",
			"The Tolland businessman has praised Moe, saying he was a stronger leader than the mayor."},
		want: []stmt{reportedBy(3, "a stronger leader", "Tomas Berg")},
	}})
}

// "He" and "she" never mean a plural of people named with a capital
// ("Democrats", "Investigators"), even one that was a sentence's subject.
func TestCorefHeOrSheIsNoPluralName(t *testing.T) {
	a := article(t,
		"Marta Lind has run the county party since 2009.",
		"Some Democrats are hopeful they can win the county.",
		"“Donors are excited,” she said.",
	)
	checkStmt(t, a, quoteBy(3, "Donors are excited,", "Marta Lind"))
}

// A name followed by a bare role ("Zorya Vasko, executive director of
// the fund,") is a person the next "she" can mean.
func TestCorefNameWithABareRoleAppositive(t *testing.T) {
	a := article(t,
		"Marta Lind, the mayor, opened the meeting.",
		"Zorya Vasko, executive director of the Harbor Fund, said she thinks the council “will regret the vote.”",
		"“Donors are excited,” she said.",
	)
	checkStmt(t, a, quoteBy(2, "will regret the vote.", "Zorya Vasko"))
	checkStmt(t, a, quoteBy(3, "Donors are excited,", "Zorya Vasko"))
}

// A name that only qualifies the next one ("Vance campaign manager Tobias
// Rask") or a noun ("the Kestrel plant") is no subject for "he" or "she".
func TestCorefNameThatQualifiesAnotherIsNoSubject(t *testing.T) {
	run(t, []attrCase{
		{name: "a name in the next one's title",
			paras: []string{
				"Ellen Vance beat Peder Holm in the first contest.",
				"In a memo, Vance campaign manager Tobias Rask acknowledged that Vance and Holm had split the first two contests, which is an outcome, he said, “we long expected.”",
			},
			want: []stmt{quoteBy(2, "we long expected.", "Tobias Rask")}},
		{name: "a name before a noun",
			paras: []string{
				"Kestrel says it will move 1,400 jobs to Mexico.",
				"State Representative Karin Moe, a Democrat, wants none of it. Her district includes the Kestrel plant, and factory jobs pay more than most, she said.",
			},
			want: []stmt{reportedBy(2, "factory jobs pay more than most", "Karin Moe")}},
	})
}

// A lone word named only after "the" ("the Bundesbank") is a thing, never
// "he" or "she".
func TestCorefTheNamedWordIsAThing(t *testing.T) {
	a := article(t,
		"Klaus Reimer, a retired banker, follows the markets closely.",
		"The Bundesbank said it would hold rates on Wednesday.",
		"“It is too early,” he said.",
	)
	checkStmt(t, a, quoteBy(3, "It is too early,", "Klaus Reimer"))
}

// In a reporting clause set off after what it reports ("…, she said"),
// the thing the report is about is not who says it.
func TestCorefReportingAsideIsNotItsSubject(t *testing.T) {
	a := article(t,
		"Halvorsen-Steagall aimed to protect savers.",
		"Mona Dahl spoke in Bergen on Tuesday.",
		"The trouble with just bringing back Halvorsen-Steagall, she said, is that it misses the hedge funds.",
	)
	checkStmt(t, a, reportedBy(3, "it misses the hedge funds", "Mona Dahl"))
}

// A pronoun inside a relative clause still running ("Ray Hall, who led
// the campaign because he claimed …") is the clause's head; once the
// clause closes, or when the pronoun follows "who" ("Kelly, who he says
// …"), it is not.
func TestCorefPronounInARelativeClause(t *testing.T) {
	a := article(t,
		"Tove Lind helped fight harbor chief Ray Hall, who led the campaign to close the pier because he claimed it was unsafe.",
	)
	checkStmt(t, a, reportedBy(1, "it was unsafe", "Ray Hall"))
}

// The sentences before a pronoun are read latest first, each one's
// subject and then its names: a name in the sentence just before outranks
// the subject of one further back.
func TestCorefNearerSentenceBeforeOlderSubject(t *testing.T) {
	a := article(t,
		"Tor Vik has called for new tariffs.",
		"Vik and Ola Lund may blame trade deals for the plight of the workers, but the real issue is a global economy. That is the world we live in and the reason President Amundsen is seeking approval of the pact. It is to the advantage of the country, he says, to write the rules of trade.",
	)
	checkStmt(t, a, reportedBy(2, "to the advantage of the country", "Amundsen"))
}

// "His wife" is a woman named nearby, or no one named: never the man
// "his" points to, whom "he" must still find.
func TestCorefHisWifeIsNotHim(t *testing.T) {
	a := article(t,
		"Pål Berg and Jon Moe debated on Thursday. Moe attacked first.",
		"Berg took the stage with a tight smile. His wife had warned him not to be too harsh, but Berg said he responded: “When you have incoming, you cannot be too polite.”",
	)
	checkStmt(t, a, quoteBy(2, "When you have incoming, you cannot be too polite.", "Pål Berg"))
	// the warning is reported speech a reader must see, and not as his
	if s := mustFind(t, a, reportedBy(2, "not to be too harsh", "")); !speakerIs(a, s, "!Pål Berg|Jon Moe") {
		t.Errorf("“His wife had warned him” given to a man, %q", s.Speaker)
	}
}

// A relative's role followed by a name ("his brother Ola Dahl") is that
// name.
func TestCorefRelativeNamedAfterTheRole(t *testing.T) {
	a := article(t,
		"Per Dahl was on the flight.",
		"His brother Ola Dahl said the family was waiting for news.",
	)
	checkStmt(t, a, reportedBy(2, "the family was waiting for news", "Ola Dahl"))
}

// "They" after a sentence opened by a group of people ("Progressives
// tend to …", "Vik's allies bristle …") is that group, not a body named
// earlier or a country.
func TestCorefTheyIsTheGroupThatOpensTheSentence(t *testing.T) {
	run(t, []attrCase{
		{name: "in the same sentence",
			paras: []string{
				"The Harbor Council approved the budget on Monday.",
				"Progressives tend to favor bridges and schools, which they argue spur demand more than tax cuts do.",
			},
			want: []stmt{reportedBy(2, "spur demand more than tax cuts do", "Progressives")}},
		{name: "in the sentence before",
			paras: []string{
				"The Harbor Council censured Tor Vik on Monday.",
				"Vik’s allies bristle at the suggestion that he alone is to blame. It is a two-way street, they insist.",
			},
			want: []stmt{reportedBy(2, "It is a two-way street", "Tor Vik’s allies")}},
		{name: "a pair before a body named after them",
			paras: []string{"In their new book, Ane Vold and Per Hauge of the University of Tromso suggest that it was policy. The state might have acted sooner, they argue."},
			want:  []stmt{reportedBy(1, "The state might have acted sooner", "Ane Vold")}},
	})
}

// "Man", "woman", "boy" and "girl" tell an unnamed person's gender: "she"
// is never "a young man".
func TestCorefUnnamedManIsNoShe(t *testing.T) {
	a := article(t,
		"Ina Berg is a retired teacher.",
		"What upset her most, she said, was a question at a town hall last week, when a young man asked the mayor why people disliked him. “I got angry,” she said.",
	)
	checkStmt(t, a, quoteBy(2, "I got angry,", "Ina Berg"))
}

// Two capitalised words mid-sentence ("a post from Arianna Stone") are a
// name "she" can mean when no one else was named lately; such a name is
// never "he" ahead of a person named nearby, nor half of a pair when it is
// a thing's ("the Northern Trade and Investment Partnership").
func TestCorefNameKnownByItsShape(t *testing.T) {
	a := article(t,
		"Jeb Marsh spoke on Monday.",
		"The debate drew a large crowd.",
		"The site said it would cover the race as news. That news will come with a strong bias, according to a post from Arianna Stone.",
		"“We’ll be covering it,” she wrote.",
	)
	checkStmt(t, a, quoteBy(4, "We’ll be covering it,", "Arianna Stone"))
	a = article(t,
		"Lars Berg leaves for Germany today, where he will be greeted by thousands protesting against the Northern Trade and Investment Partnership. In a riff on his campaign line, they will hold banners proclaiming: “Stop NTIP!”",
		"But he leaves behind a furious backlash. He warned: “It is not going to happen soon.”",
	)
	checkStmt(t, a, quoteBy(2, "It is not going to happen soon.", "Lars Berg"))
	for _, n := range speakerNames(a) {
		if n == "Northern Trade" {
			t.Errorf("speaker %q is half of a thing's name", n)
		}
	}
}

// A bare surname that is a subject in the paragraph ("Kohli pleaded
// guilty … Kohli was clearly trying …; indeed, he had stated") is a person
// enough for "he", ahead of a man named paragraphs back.
func TestCorefBareSurnameSubjectIsAPerson(t *testing.T) {
	a := article(t,
		"Judge Richard Berman gave me five years of probation.",
		"Compare my case to that of Sant Singh Kohli, hotelier and fundraiser. In 2012, Kohli pleaded guilty to making straw donations. Kohli was clearly trying to buy influence; indeed, he had publicly stated of politicians, “When they need money, they are always for you.”",
	)
	checkStmt(t, a, quoteBy(2, "When they need money, they are always for you.", "Kohli"))
}

// A pronoun is not a name its own clause goes on to use ("He said that
// Marsh had not read the plan" is someone else), and a speaker calls
// himself "I", not by his surname: "“Reed is our best debater,” he says"
// is not Reed. A name in full ("it is not Tom Reed") or before a noun it
// qualifies ("the Reed supporters") may still be the speaker's own.
func TestCorefPronounIsNoNameInItsOwnWords(t *testing.T) {
	run(t, []attrCase{
		{name: "a name in the reported clause",
			paras: []string{"Harbor vote", "Mayor Karen Holt met David Marsh.",
				"Peter Lane runs the port board. Marsh is a careful man.",
				"He said that Marsh had not read the plan."},
			want: []stmt{reportedBy(4, "Marsh had not read the plan", "Peter Lane")}},
		{name: "a surname in the quotation",
			paras: []string{"Race", "Alan Price has advised campaigns for forty years.",
				"Tom Reed is the most able candidate in the race.",
				"“Reed is our best debater, our most articulate fighter,” he says."},
			want: []stmt{quoteBy(4, "Reed is our best debater, our most articulate fighter,", "Alan Price")}},
		{name: "a speaker naming himself in full",
			paras: []string{"Race", "Alan Price has advised campaigns for forty years.",
				"Tom Reed is the most able candidate in the race.",
				"“If you want the old politics, it is not Tom Reed,” he says."},
			want: []stmt{quoteBy(4, "If you want the old politics, it is not Tom Reed,", "Tom Reed")}},
		{name: "a surname qualifying a noun",
			paras: []string{"Race", "Alan Price has advised campaigns for forty years.",
				"Tom Reed is the most able candidate in the race.",
				"“The Reed supporters were peaceful,” he says."},
			want: []stmt{quoteBy(4, "The Reed supporters were peaceful,", "Tom Reed")}},
		{name: "a name past the clause",
			paras: []string{"Race", "Alan Price has advised campaigns for forty years.",
				"Tom Reed spoke in Dover.",
				"“They are all accurate,” he said after an aide read the charges Reed admitted."},
			want: []stmt{quoteBy(4, "They are all accurate,", "Tom Reed")}},
	})
}

// A gender from the long generated name lists ("Adel" is listed as a
// woman's) gives way to the pronoun that opens what the person is
// reported to say: "Adel Haddad said he …" is a man, whom the next "he"
// can mean.
func TestCorefOwnReportTellsAWeakNameGender(t *testing.T) {
	a := article(t,
		"Mosque",
		"Inside the mosque, Adel Haddad said he and many others are collecting money for the victims.",
		"Omar Farid came to prayers on Friday.",
		"Haddad sat under the fans where he saw Farid. He said that 100 others were there.",
	)
	checkStmt(t, a, reportedBy(4, "100 others were there", "Adel Haddad"))
}

// A plural in the lede ("A group of rabbis said") is a group that speaks
// now, not one person the story will name later.
func TestCorefLedeGroupIsNoCataphor(t *testing.T) {
	run(t, []attrCase{
		{name: "A group of rabbis said … in the lede",
			paras: []string{"Boycott", "A group of rabbis said the speech was wrong.", "The speech went ahead."},
			want:  []stmt{reportedBy(2, "the speech was wrong", "A group of rabbis")}},
	})
}

// "It" after a document that spoke ("The report said …. It added …",
// "… the email read. It stated …") is that document, not the body that
// released it nor someone named further back.
func TestCorefItIsTheDocument(t *testing.T) {
	run(t, []attrCase{
		{name: "the report, after the agency",
			paras: []string{"Bridge", "The highway agency released a report on Monday.",
				"The report said the bridge was unsafe. It added that repairs would cost millions."},
			want: []stmt{reportedBy(3, "repairs would cost millions", "The report")}},
		{name: "the affidavit, after its writer",
			paras: []string{"Charge", "The charge is explained in an affidavit written by Marc Dahl, a detective.",
				"The affidavit cited interviews with Ana Ruiz. It continued: “Probable cause exists to charge Lind.”"},
			want: []stmt{quoteBy(3, "Probable cause exists to charge Lind.", "The affidavit")}},
	})
}

// A name inside "Asked how X had taken the verdict," or "Asked about X's
// decision," is the one asked about: "he" after it is who answers.
func TestCorefAskedAboutIsNotWhoAnswers(t *testing.T) {
	run(t, []attrCase{{name: "asked how, asked whether",
		paras: []string{"Verdict", "Trevor Blackwater, the lawyer for Glen Osterhout, spoke outside court.",
			"Asked how Osterhout had taken the verdict, he said his client was relieved.",
			"When asked whether Mayor Ana Ruiz would resign, he said no one had told him so."},
		want: []stmt{reportedBy(3, "his client was relieved", "Trevor Blackwater"),
			reportedBy(4, "no one had told him so", "Trevor Blackwater")}},
		{name: "asked about",
			paras: []string{"Endorsement", "Gov. Wade Pettibone endorsed Marisa Tolliver on Sunday.",
				"Carl Halvorsen was more pointed. Asked about Mr. Pettibone’s decision, he said the governor had chosen the consultants."},
			want: []stmt{reportedBy(3, "the governor had chosen the consultants", "Carl Halvorsen")}}})
}

// "It" later in a sentence that a body opens is that body, not a body
// named paragraphs before; another body that is the verb's object leaves
// the choice open.
func TestCorefItIsTheBodyOpeningTheSentence(t *testing.T) {
	run(t, []attrCase{
		{name: "a body opening the sentence, another after a preposition",
			paras: []string{"Schools", "Students at Ataguttaaluk Elementary School learn in Inuktut until Grade 3.",
				"Nunavut Tunngavik Inc., the organization that represents Inuit, has been in a court fight with the Government of Nunavut since 2021, when it filed a lawsuit arguing that the system discriminates against Inuit students.",
				"The Northern Union has fought since 2021, when it said that the system discriminates."},
			want: []stmt{reportedBy(3, "the system discriminates against Inuit students", "Nunavut Tunngavik Inc."),
				reportedBy(4, "the system discriminates", "Northern Union")},
			notSpeakers: []string{"Ataguttaaluk Elementary School"}},
	})
}

// "It" after a paper that reported something ("The Harbor Times reported
// …. It added, “…”") is the paper, not a company named before it.
func TestCorefItIsTheOutlet(t *testing.T) {
	a := article(t,
		"Visit",
		"Acme Corp bought The Harbor Times last year.",
		"The Harbor Times reported that Tom Lind met the mayor. It added, “The visit comes as Lind promises new attacks.”",
	)
	checkStmt(t, a, quoteBy(3, "The visit comes as Lind promises new attacks.", "Harbor Times"))
}

// A name opening the next sentence ("“…,” he wrote. Dahl also …") is not
// the object of the pronoun's verb, so it stays a candidate for it.
func TestCorefNameInTheNextSentenceIsNoObject(t *testing.T) {
	a := article(t,
		"Charge",
		"The charge against Tom Lind is explained in an affidavit written by Marc Dahl, a detective.",
		"Beyond the footage, the affidavit cited interviews with Ana Ruiz and said that Dahl had seen bruises. They “appeared to be finger marks,” he wrote. Dahl also interviewed a reporter.",
	)
	checkStmt(t, a, quoteBy(3, "appeared to be finger marks,", "Marc Dahl"))
}

// In "X told Y that he …" the pronoun is X, whom the that-clause reports,
// not Y, the nearer name; with no one between ("told reporters that he")
// the usual rules decide.
func TestCorefPronounAfterToldSomeoneThat(t *testing.T) {
	run(t, []attrCase{
		{name: "The president told correspondent Y that he believes he, “…”",
			paras: []string{"Interview", "“It is specific to me,” President Tomas Berg said.",
				"The president also told radio correspondent Lars Holm that he believes he, “may represent change that worries them.”"},
			want:       []stmt{quoteBy(2, "It is specific to me,", "Tomas Berg"), quoteBy(3, "may represent change that worries them.", "Tomas Berg")},
			moreQuotes: true},
	})
}

// A title with no name can still be what a pronoun or role points back
// to: "The First Minister is expected to visit Arran. Speaking afterwards,
// she said" is the First Minister, not the woman named last; and "Asked
// whether he would resign, the minister told" is the minister who is a
// man, not the one named last, who is a woman.
func TestCorefTitlesAndOpeningPronouns(t *testing.T) {
	run(t, []attrCase{
		{name: "a title opening the sentence before",
			paras: []string{"Ferries", "First Minister Catriona Baird said the ferries would arrive next summer.",
				"Fiona MacInnes, who chairs the ferry committee, said the review was too late.",
				"The First Minister is expected to visit Arran next month. Speaking to journalists afterwards, she said she understood the frustration."},
			want: []stmt{reportedBy(4, "she understood the frustration", "Catriona Baird")}},
		{name: "a title opening the paragraph before",
			paras: []string{"Ferries", "First Minister Catriona Baird said the ferries would arrive next summer.",
				"Fiona MacInnes, who chairs the ferry committee, said the review was too late.",
				"The First Minister is expected to visit Arran next month.",
				"Speaking to journalists afterwards, she said she understood the frustration."},
			want: []stmt{reportedBy(5, "she understood the frustration", "Catriona Baird")}},
		{name: "a title after an opening phrase, and a role in an opening phrase",
			paras: []string{"Market", "Chief Emeka Nwankwo says the market made him. His partner, Alhaji Musa Bello, tells it differently.",
				"Bello's son, Sani Bello, says he is less interested in the business.",
				"For the chief, the legacy is simple. “I want people to say that man kept his word,” he says.",
				"In Kano, the Alhaji is silent for a long moment. Then he says: “Tell Emeka I will not die first.”"},
			want: []stmt{quoteBy(4, "I want people to say that man kept his word,", "Emeka Nwankwo"),
				quoteBy(5, "Tell Emeka I will not die first.", "Musa Bello")}},
		{name: "a second role of the sentence's named subject",
			paras: []string{"Derby", "Harbridge manager Callum Docherty said captain Jordan Hart would miss the game.",
				"Hart, 28, had played well, and the defender admitted that the dressing room had been quiet."},
			want: []stmt{reportedBy(3, "the dressing room had been quiet", "Jordan Hart")}},
		{name: "an appositive with its article, a title and a name is the subject she points to",
			paras: []string{"Caucus meets", "Treasurer Naomi Hart said she had never asked anyone.",
				"The caucus spokesperson, the Queensland MP Jodie Marsh, has briefed reporters.",
				"She said the meeting was “warm”."},
			want: []stmt{reportedBy(4, "the meeting was", "Jodie Marsh"), quoteBy(4, "warm", "Jodie Marsh")}},
		{name: "a role reporting after a comma is not the sentence's subject",
			paras: []string{"Minister broke ethics law",
				"Ontario Housing Minister Paul Ferrante broke the ethics law by failing to oversee a process, the integrity commissioner said.",
				"Integrity Commissioner Hélène Tremblay-Ward said in her report that the minister had failed."},
			want: []stmt{reportedBy(2, "Ontario Housing Minister Paul Ferrante broke", "Hélène Tremblay-Ward"),
				reportedBy(3, "the minister had failed", "Hélène Tremblay-Ward")}},
		{name: "the minister is the secretary who spoke, not an unnamed cabinet minister before",
			paras: []string{"Welfare", "One cabinet minister conceded that the vote “could go either way”.",
				"The work and pensions secretary, Graham Pellow, said he was “open to conversations”.",
				"Asked whether he would resign, the minister said: “I’m not going to get into hypotheticals.”"},
			want: []stmt{quoteBy(2, "could go either way", "One cabinet minister"), quoteBy(3, "open to conversations", "Graham Pellow"),
				quoteBy(4, "I’m not going to get into hypotheticals.", "Graham Pellow")}},
		{name: "he in an opening clause picks the minister who is a man",
			paras: []string{"Waiting lists", "Health Minister Trevor Hamill told the Assembly that 400,000 people were waiting.",
				"Justice Minister Niamh Gallagher said the Executive needed a budget.",
				"Asked whether he would resign if targets were missed, the minister told reporters: “I will be judged on results.”"},
			want: []stmt{quoteBy(4, "I will be judged on results.", "Trevor Hamill")}},
	})
}

// A dateline of a town and its country ("Adre, Chad – …") is no one a
// pronoun points to: "Now, in a camp, she says" is the woman the lede
// names after it.
func TestCorefPlaceDatelineIsNoOne(t *testing.T) {
	a := articleText(t, "‘We have nothing left’: Sudanese refugees in Chad fear aid cuts as talks stall\n\n"+
		"Adre, Chad – Fatima Abakar Issa fled El Geneina with her five children last year after fighters burned down her home. Now, in a sprawling camp on the Chadian side of the border, she says she fears they will starve.\n\n"+
		"“We came here to be safe,” the 34-year-old told Al Jazeera.\n\n"+
		"Back in Adre, the camp’s sheikh, Adam Yacoub Harun, said more than 200 new arrivals were coming every day.")
	checkStmt(t, a, reportedBy(2, "she fears they will starve", "Fatima Abakar Issa"))
	checkStmt(t, a, quoteBy(3, "We came here to be safe,", "Fatima Abakar Issa"))
}

// "Anne Murphy, whose husband Peter runs the shop," says nothing of her
// gender: "she" after it is still her.
func TestCorefWhoseClauseGivesNoGender(t *testing.T) {
	a := article(t, "Shops", "Councillor Joan Baker said the plan was flawed.",
		"Anne Murphy, whose husband Peter runs the shop, said trade had collapsed.",
		"“We can’t go on like this,” she said.")
	checkStmt(t, a, quoteBy(4, "We can’t go on like this,", "Anne Murphy"))
}

// "Himself a former pro football executive — he owned a team — Trump also
// offered …": the opening phrase is an aside about the subject, not
// someone new for a later "he" to mean.
func TestCorefReflexiveAsideOpensTheSentence(t *testing.T) {
	run(t, []attrCase{{
		name: "himself a former executive",
		paras: []string{"Berg tweets",
			"Tomas Berg spoke on Sunday.",
			"Himself a former pro football executive — he owned the Harbour Generals between 1983 and 1986 — Berg also offered his early assessment of the final.",
			"“So far the final is very boring,” he tweeted during the first half."},
		want:        []stmt{quoteBy(4, "So far the final is very boring,", "Tomas Berg")},
		notSpeakers: []string{"a former pro football executive"},
	}})
}

// "The Hospital Association said it welcomed “…”": "it" right after a
// body's cue is that body, whatever body was named before.
func TestCorefItAfterABodysCue(t *testing.T) {
	run(t, []attrCase{{
		name: "X said it welcomed “…” after another body",
		paras: []string{"Fees", "The NDP objected on Monday.",
			"The Ontario Hospital Association said it welcomed \"any measure that brings costs under control,\" but warned that small hospitals relied on agency staff."},
		want:       []stmt{quoteBy(3, "any measure that brings costs under control,", "Ontario Hospital Association")},
		moreQuotes: true,
	}})
}

// "The latter" is the last of the two last named, "the former" the one
// before: in the same paragraph or the one before it.
func TestCorefFormerAndLatter(t *testing.T) {
	run(t, []attrCase{{name: "the latter, then the former",
		paras: []string{"Debate", "Conservative candidate Mark Holland and Liberal candidate Susan Park clashed over housing on Tuesday.",
			"The latter said the party would build 500,000 homes. The former called the plan a fantasy."},
		want:        []stmt{reportedBy(3, "the party would build", "Susan Park"), reportedBy(3, "the plan a fantasy", "Mark Holland")},
		notSpeakers: []string{"the latter", "the former"}}})
}

// A woman the curated name tables know stays a woman, whatever "he"
// nearby: the pronoun is someone else's.
func TestCorefCuratedGenderHolds(t *testing.T) {
	a := article(t, "Interview", "Rose Barton said it was true.", "The answer came. He said it was not.")
	for _, sp := range a.Speakers {
		if sp.Name == "Rose Barton" && sp.Gender != model.Female {
			t.Errorf("Rose Barton is %q (%s), want female", sp.Gender, sp.GenderEvidence)
		}
	}
}

// A man called Al is a man: "her campaign" after Al Sharpton is not his.
func TestCorefAlIsAMan(t *testing.T) {
	run(t, []attrCase{{name: "Al Sharpton, then her campaign",
		paras: []string{"Race", "Hillary Clinton spoke in Flint. Bernie Sanders had breakfast with Al Sharpton in Harlem.",
			"Sharpton said the meeting went well. Then her campaign said the mothers would campaign for her."},
		want: []stmt{reportedBy(3, "the meeting went well", "Al Sharpton"), reportedBy(3, "the mothers would campaign", "~Hillary Clinton’s campaign|Hillary Clinton")}}})
}

// A newspaper that "has confirmed" what its source says is no she: "the
// Star", "the Ottawa Citizen", "the Times Colonist" are outlets.
func TestCorefPaperIsNoShe(t *testing.T) {
	run(t, []attrCase{{name: "the Star confirmed her employment",
		paras: []string{"Homes",
			"Reports obtained by the Toronto Star show missing logs.",
			"“We wrote the same things down,” said a former ministry inspector.",
			"The inspector spoke on condition of anonymity because she feared reprisal. The Star has confirmed her employment and reviewed notes she kept.",
			"She said she raised concerns with her supervisor."},
		want: []stmt{quoteBy(3, "We wrote the same things down,", "a former ministry inspector"),
			reportedBy(5, "she raised concerns", "a former ministry inspector")}}})
}

// "Court of King’s Bench Justice Amelia Rousseau-Kerr" is no king: a
// monarch's word in a title gives a gender only right before the name
// ("King Charles"), so "she" can be the justice.
func TestCorefKingsBenchJusticeIsNoKing(t *testing.T) {
	run(t, []attrCase{{name: "King's Bench",
		paras: []string{"Sentence", "Court of King’s Bench Justice Amelia Rousseau-Kerr handed down the sentence Friday.",
			"Marlene Cardinal said the family would appeal.",
			"In her decision, Rousseau-Kerr said she had given weight to the plea.",
			"But she said the court must deter others."},
		want: []stmt{reportedBy(5, "the court must deter others", "Amelia Rousseau-Kerr")}}})
}

// "the Minnesota Wild" is a team, no one called Minnesota whom "he" could
// be; a lede that quotes first and then says "That was Nolan Pelletier,
// grinning …" names the quotation's speaker.
func TestCorefTeamIsNoHeAndThatWasX(t *testing.T) {
	run(t, []attrCase{{name: "team, then that was",
		paras: []string{"Jets rally", `"I don't care if he's my brother. I'd have put him through the glass."`,
			"That was Nolan Pelletier, grinning for the first time all night, after the Jets beat the Minnesota Wild.",
			`Speaking in a quiet Wild dressing room, he said he had been thinking about the matchup "for about 10 years."`},
		want: []stmt{quoteBy(2, "I don't care if he's my brother. I'd have put him through the glass.", "Nolan Pelletier"),
			reportedBy(4, "he had been thinking about the matchup", "Nolan Pelletier"), quoteBy(4, "for about 10 years.", "Nolan Pelletier")},
		kinds: map[string]model.SpeakerKind{"Nolan Pelletier": model.SpeakerPerson}}})
}

// A given name the generated lists call a woman's ("Devon") gives way to
// "he" when its holder is the paragraph's speaker and the only man who
// could be meant was named paragraphs back; a woman named in the
// paragraph keeps "she" (the man's weak name does not take it).
func TestCorefParagraphSpeakerOfWeakGender(t *testing.T) {
	run(t, []attrCase{{name: "Devon, then he",
		paras: []string{"Pipeline", "Energy Minister Gurpreet Sahota-Mills wrote on X that the government would study the ruling.",
			"The company said it would review the decision.", "What comes next",
			"Devon Sekwan-Whitford, a lawyer who represented the Nation, said the ruling does not mean the pipeline is dead.",
			"“It means the regulator has to look at the whole picture,” Sekwan-Whitford said. Asked whether the decision opens the door to other challenges, he said it was too early to say."},
		want: []stmt{quoteBy(6, "It means the regulator has to look at the whole picture,", "Devon Sekwan-Whitford"),
			reportedBy(6, "it was too early to say", "Devon Sekwan-Whitford")}},
		{name: "a woman named in the paragraph keeps she",
			paras: []string{"Emails", "“Pat Kennedy is the greatest!!!” Denis McDonough wrote in an email.",
				"McDonough was responding to a message from Undersecretary Wendy Sherman. “Tunis plane wheels up a few minutes ago,” she wrote."},
			want: []stmt{quoteBy(2, "Pat Kennedy is the greatest!!!", "Denis McDonough"), quoteBy(3, "Tunis plane wheels up a few minutes ago,", "Wendy Sherman")}}})
}

// A first name alone with an appositive ("Braelyn, a Grade 12 student
// …, said") is a name, and a "whose" clause inside the appositive with a
// cue of its own leaves the main cue the name's.
func TestCorefFirstNameWithAnAppositive(t *testing.T) {
	run(t, []attrCase{{name: "Braelyn, a Grade 12 student whose mother asked",
		paras: []string{"Teachers", "For students, the churn shows up in odd ways. Braelyn, a Grade 12 student from Ashburn Lake First Nation whose mother asked that her surname not be used, said she has had four chemistry teachers since September.",
			"“I want to be a nurse,” she said."},
		want: []stmt{reportedBy(2, "she has had four chemistry teachers", "Braelyn"), quoteBy(3, "I want to be a nurse,", "Braelyn")}}})
}

// A feature calls people by first name after naming them in full:
// "Bohdan watched …" opening a sentence is Bohdan Kowalchuk, the subject
// "he" looks back to, not "the man behind her" a scene before.
func TestCorefFirstNameOpeningASentence(t *testing.T) {
	run(t, []attrCase{{name: "Bohdan watched",
		paras: []string{"Sausage", "Bohdan Kowalchuk opened the shop in 1979 with his wife, Halyna.",
			"A woman in a Jets toque ordered three rings of garlic sausage. The man behind her was buying for a funeral.",
			"Bohdan watched from the back, leaning on the smokehouse door.",
			"Asked whether he had made up his mind, he did not answer directly. He said he had called Oksana on Sunday."},
		want:        []stmt{reportedBy(5, "he had called Oksana on Sunday", "Bohdan Kowalchuk")},
		notSpeakers: []string{"the man"}}})
}

// "X, the owner and president of the Russell Rams, who says" is X's: a
// role aside between a person and "who" leaves the person its antecedent.
func TestCorefWhoAfterARoleAside(t *testing.T) {
	run(t, []attrCase{{name: "X, the president of Y, who says",
		paras: []string{"Rams", "“We fought this for three years.”",
			"That's Curtis Delorme, the owner and president of the Russell Rams, who says the team will relocate to Oakbank.",
			"His comments were derided by Armin Laschet, the leader of the opposition in North-Rhine Westphalia, who suggested that the minister would do better to keep quiet."},
		want: []stmt{quoteBy(2, "We fought this for three years.", "Curtis Delorme"), reportedBy(3, "the team will relocate to Oakbank", "Curtis Delorme"),
			reportedBy(4, "the minister would do better to keep quiet", "Armin Laschet")},
		notSpeakers: []string{"Russell Rams", "North-Rhine Westphalia"}}})
}

// "X pressed him on whether …. He said …": he answers, so he is not X.
func TestCorefHeAfterXPressedHim(t *testing.T) {
	run(t, []attrCase{{name: "pressed him, he said",
		paras: []string{"Overrun", "Hydro's chief financial officer, Lionel Baptiste, told the committee that $640 million is tied to the dispute.",
			"Gurpreet Dhillon-Akers pressed him on whether the utility had set money aside. He said Hydro has booked a provision."},
		want: []stmt{reportedBy(3, "Hydro has booked a provision", "Lionel Baptiste")}}})
}

// A common noun a sentence opens ("(Water is life.)") is no one "he"
// could mean, though it was the sentence's subject.
func TestCorefCapitalisedCommonNounIsNoHe(t *testing.T) {
	run(t, []attrCase{{name: "Water is life, then he says",
		paras: []string{"Water plant", "Elder Norman Bighetty opened the ceremony with a prayer in Cree, then addressed the crowd.",
			"“Nipiy pimâtisiwin,” he told them. (Water is life.)",
			"He says he remembers drinking straight from the lake as a boy, before the dams changed the water levels."},
		want:        []stmt{quoteBy(3, "Nipiy pimâtisiwin,", "Norman Bighetty"), reportedBy(4, "he remembers drinking straight from the lake", "Norman Bighetty")},
		notSpeakers: []string{"Water"}}})
}

// "A woman in line, who asked that only her first name, Tamara, be used,
// says" is Tamara, and "she" after her too.
func TestCorefOnlyAFirstNameGiven(t *testing.T) {
	run(t, []attrCase{{name: "only her first name, Tamara",
		paras: []string{"Food bank", "A woman in line Tuesday, who asked that only her first name, Tamara, be used because she works in a small office, says she started coming to the food bank in August.",
			"“I've never had to do this before,” she says.",
			"Another witness, who gave only his first name, Jaskaran, said he saw a dark sedan."},
		want: []stmt{reportedBy(2, "she started coming to the food bank", "Tamara"), quoteBy(3, "I've never had to do this before,", "Tamara"),
			reportedBy(4, "he saw a dark sedan", "Jaskaran")}},
		{name: "gave his name only as Walt",
			paras: []string{"Attack", "Outside a coffee shop, a retired man who gave his name only as Walt said Kelowna was “a good town”.",
				"“I don’t buy it,” he said.",
				"One woman, who gave her name as Lise, said she was scared."},
			want: []stmt{reportedBy(2, "Kelowna was", "Walt"), quoteBy(2, "a good town", "Walt"), quoteBy(3, "I don’t buy it,", "Walt"),
				reportedBy(4, "she was scared", "Lise")}}})
}

// "A spokesperson for the minister said …" is the one the next paragraph
// names as "the spokesperson, Tessa Bonaventure".
func TestCorefSpokespersonNamedNext(t *testing.T) {
	run(t, []attrCase{{name: "a spokesperson, then the spokesperson, X",
		paras: []string{"Care home", "Asked about a penalty, a spokesperson for Long-Term Care Minister Vikram Oduya-Sandhu said penalties are issued in accordance with the Act.",
			"“Ontario now inspects every home every year,” wrote the spokesperson, Tessa Bonaventure."},
		want: []stmt{reportedBy(2, "penalties are issued in accordance with the Act", "Tessa Bonaventure"),
			quoteBy(3, "Ontario now inspects every home every year,", "Tessa Bonaventure")}}})
}

// "Derek and Lisa Gallant" are a couple: "His wife" after Derek speaks is
// Lisa, though their daughter Hannah shares the surname.
func TestCorefSpouseNamedAsACouple(t *testing.T) {
	run(t, []attrCase{{name: "his wife, of a couple",
		paras: []string{"Bail", "Hannah Gallant, 17, died in the crash.", "Hannah's parents, Derek and Lisa Gallant, sat in the front row.",
			"“I understand the law,” Derek Gallant told CBC News.", "His wife says she had to leave the courtroom twice."},
		want: []stmt{quoteBy(4, "I understand the law,", "Derek Gallant"), reportedBy(5, "she had to leave the courtroom twice", "Lisa Gallant")}}})
}

// One family's surname: "Thomas Brackett, with his wife, Lorraine, at his
// side," is a man still; a crowd's shout does not take his next quotation;
// "Their son, Caleb Brackett," is "the younger Mr. Brackett".
func TestCorefFamilyOfOneSurname(t *testing.T) {
	run(t, []attrCase{{name: "with his wife at his side; their son; the younger Mr. Brackett; the crowd interrupts",
		paras: []string{"Concession", "Thomas Brackett, with his wife, Lorraine, at his side, addressed supporters in Columbus on Friday.",
			"“The American people have spoken,” Mr. Brackett said, as some in the crowd shouted “No!” and others began to cry. “I called Senator Halvorsen this morning.”",
			"Their son, Caleb Brackett, a state lawmaker, told reporters that his father had written the remarks himself. “He knew what he wanted to say,” the younger Mr. Brackett said.",
			"Party chairwoman Rhonda Gilchrist said the party would regroup.",
			"Asked whether he would run again, Mr. Brackett smiled and said, “Ask me in a year.”"},
		want: []stmt{quoteBy(3, "The American people have spoken,", "Thomas Brackett"), quoteBy(3, "No!", "*"),
			quoteBy(3, "I called Senator Halvorsen this morning.", "Thomas Brackett"),
			reportedBy(4, "his father had written the remarks himself", "Caleb Brackett"), quoteBy(4, "He knew what he wanted to say,", "Caleb Brackett"),
			reportedBy(5, "the party would regroup", "Rhonda Gilchrist"), quoteBy(6, "Ask me in a year.", "Thomas Brackett")}}})
}

// The unnamed asker of "Asked by a reporter whether she …, she laughed" is
// never the "she" of the quotation after it.
func TestCorefAskerIsNeverTheLaterPronoun(t *testing.T) {
	run(t, []attrCase{{name: "asked by a reporter, then she",
		paras: []string{"Rally", "Senator Diane Halvorsen ended the night just after 9 p.m. Asked by a reporter whether she was nervous about Tuesday, she laughed and shook her head.",
			"“Nervous? No,” she said. “Tired. Ask me Wednesday.”"},
		want: []stmt{quoteBy(3, "Nervous? No,", "Diane Halvorsen"), quoteBy(3, "Tired. Ask me Wednesday.", "Diane Halvorsen")}}})
}

// "the 44-year-old said" after "Her father worked at the mine before her"
// is the woman the paragraph is about.
func TestCorefAgeEpithetAfterAKinInPassing(t *testing.T) {
	run(t, []attrCase{{name: "the 44-year-old after her father in passing",
		paras: []string{"Mine", "Marlene Bighetty has worked underground for 17 years. Her father worked at the mine before her.",
			"“It's like losing a family member,” the 44-year-old said Wednesday."},
		want: []stmt{quoteBy(3, "It's like losing a family member,", "Marlene Bighetty")}}})
}

// "Her husband, a sanitation worker, said" is her husband, not someone
// unnamed.
func TestCorefHusbandBeforeHisAppositive(t *testing.T) {
	run(t, []attrCase{{name: "her husband, an appositive after him",
		paras: []string{"Plant", "Among those waiting were Halyna and Bohdan Kaczmarek, who have worked at the plant for 41 years.",
			"“I cried,” Halyna Kaczmarek said.", "Her husband, a sanitation worker, said he had applied for a transfer."},
		want: []stmt{quoteBy(3, "I cried,", "Halyna Kaczmarek"), reportedBy(4, "he had applied for a transfer", "Bohdan Kaczmarek")}}})
}

// "Her husband" is the one other person of her surname, though the name
// tables do not know his given name's gender ("Halyna and Bohdan
// Kaczmarek"), and "Kaczmarek said" after him is him.
func TestCorefSpouseOfUnknownGenderName(t *testing.T) {
	run(t, []attrCase{{name: "her husband, Bohdan",
		paras: []string{"Layoffs", "Among those waiting were Halyna and Bohdan Kaczmarek, who have worked at the plant for 41 years.",
			"“We have a mortgage,” said Halyna Kaczmarek, a packaging line lead.",
			"Her husband, a sanitation technician, said he had applied for a transfer.",
			"“I'm 58 years old,” Kaczmarek said."},
		want: []stmt{quoteBy(3, "We have a mortgage,", "Halyna Kaczmarek"), reportedBy(4, "he had applied for a transfer", "Bohdan Kaczmarek"),
			quoteBy(5, "I'm 58 years old,", "Bohdan Kaczmarek")}}})
}

// "“I could have,” he replied." answers the one who last spoke to him
// ("You could have said no"), so "he" is not that speaker; a reply to a
// reporter's question after one's own words stays one's own.
func TestCorefReplyIsNotTheOneAddressing(t *testing.T) {
	run(t, []attrCase{{name: "cross-examination reply; asked, she replied",
		paras: []string{"Inquiry", "Gérard Lacasse-Moore, the former CAO, testified for a second day.",
			"Under cross-examination, the mayor’s lawyer, Stephen O’Rourke-Blais, pressed him on the report.",
			"“Nobody held a gun to your head. You could have said no,” O’Rourke-Blais said.",
			"“I could have,” he replied.",
			"Housing Minister Sophie Tremblay spoke to reporters. “We are not going to apologize,” the minister said.",
			"Asked whether the government would revise its target, she replied: “No. The target stands.”"},
		want: []stmt{quoteBy(4, "Nobody held a gun to your head. You could have said no,", "Stephen O’Rourke-Blais"),
			quoteBy(5, "I could have,", "Gérard Lacasse-Moore"), quoteBy(6, "We are not going to apologize,", "Sophie Tremblay"),
			quoteBy(7, "No. The target stands.", "Sophie Tremblay")}}})
}

// "Coun. Gilbert McCallum, the chief's older brother" is the chief's
// brother, not a chief: "The chief said" later is the chief named so. And
// "Rosalie Bird, whose son, Curtis Bird-Sanderson, died, said he …" does
// not make her a man: "he" may be the son just named.
func TestCorefOwnersRoleAndSaidHeAfterANamedSon(t *testing.T) {
	run(t, []attrCase{{name: "the chief's brother; said he after her son",
		paras: []string{"Emergency", "Chief Lorraine McCallum-Whitefish said the deaths happened in November.",
			"Coun. Gilbert McCallum, the chief's older brother, said one of the four people who died was his godson.",
			"Minister Corinne Blaschuk said the province would send a team.",
			"Rosalie Bird, whose 27-year-old son, Curtis Bird-Sanderson, was among those who died, said he had been trying to get into treatment.",
			"“He was on a waiting list,” she said.",
			"The chief said the band has set up a checkpoint."},
		want: []stmt{quoteBy(6, "He was on a waiting list,", "Rosalie Bird"),
			reportedBy(7, "the band has set up a checkpoint", "Lorraine McCallum-Whitefish")}}})
}

// "That's Sylvie Arsenault, 78, of Greenwood, who says …" names the
// quotation before it, and her "who says" is hers, not the town's; so do
// "Those were the words of Chief X", "That's how X sums up …" and "That
// was X's answer".
func TestCorefThatsXOfPlaceWhoSays(t *testing.T) {
	run(t, []attrCase{{name: "that's X, age, of place, who says",
		paras: []string{"Outage", "Noor Al-Khatib runs the town's only pharmacy.", "Not everyone is convinced.",
			"“I've got an oxygen concentrator that runs on the wall plug.”",
			"That's Sylvie Arsenault, 78, of Greenwood, who says she got a single automated phone call on Monday night."},
		want: []stmt{quoteBy(4, "I've got an oxygen concentrator that runs on the wall plug.", "Sylvie Arsenault"),
			reportedBy(5, "she got a single automated phone call", "Sylvie Arsenault")},
		notSpeakers: []string{"Greenwood"}},
		{name: "those were the words of X",
			paras: []string{"Treaty", "Wâpamew Lake Cree Nation signed the agreement Thursday.", "“For 150 years, the Crown has owed us land.”",
				"Those were the words of Chief Wesley Nightbird-Cardinal, who told the crowd the talks took 19 years."},
			want: []stmt{quoteBy(3, "For 150 years, the Crown has owed us land.", "Wesley Nightbird-Cardinal")}},
		{name: "that's how X sums up",
			paras: []string{"Jobs", "Hiring slowed again in March.", "“Employers aren't laying people off. They're just not hiring.”",
				"That's how Brendan O'Keefe, a labour market analyst in Ottawa, sums up the job market."},
			want: []stmt{quoteBy(3, "Employers aren't laying people off. They're just not hiring.", "Brendan O'Keefe")}},
		{name: "that was X's reply",
			paras: []string{"Encampment", "Councillors met Tuesday.", "“Offered a space. Sure. A mat on the floor.”",
				"That was Kevin Paul-Augustine's answer, after three weeks in a tent."},
			want: []stmt{quoteBy(3, "Offered a space. Sure. A mat on the floor.", "Kevin Paul-Augustine")}}})
}

// "Ferreira and her brother Tomás" names Tomás Ferreira, and "Her
// brother, who runs the accounts, said" paragraphs later is him.
func TestCorefBrotherNamedByGivenName(t *testing.T) {
	run(t, []attrCase{{name: "her brother Tomás",
		paras: []string{"Bakery", "Lucia Ferreira opened the bakery in 2003, she says.",
			"Now Ferreira and her brother Tomás, who co-own the bakery, face fines.",
			"According to documents filed with the court, inspectors visited twice.",
			"The inspection report says the menu board failed.",
			`"We're not against French," Lucia Ferreira said.`,
			"Her brother, who runs the bakery's social media accounts, said the posts were written for relatives."},
		want: []stmt{quoteBy(6, "We're not against French,", "Lucia Ferreira"),
			reportedBy(7, "the posts were written for relatives", "Tomás Ferreira")},
		speakers: []string{"Lucia Ferreira", "Tomás Ferreira", "documents", "The inspection report"}}})
}

// Two brothers of one surname: "his younger brother Cole" names Cole
// Pelletier, "the younger Pelletier" is he and "the elder Pelletier" his
// brother, whoever was named first.
func TestCorefTheYoungerAndTheElder(t *testing.T) {
	run(t, []attrCase{{name: "younger and elder",
		paras: []string{"Jets", "Nolan Pelletier scored after his younger brother Cole spent three periods making life miserable for the Jets.",
			"The younger Pelletier finished with a goal. Speaking in a quiet dressing room, he said he had been thinking about the matchup.",
			"The elder Pelletier said he would buy dinner."},
		want: []stmt{reportedBy(3, "he had been thinking about the matchup", "Cole Pelletier"),
			reportedBy(4, "he would buy dinner", "Nolan Pelletier")}}})
}

// "the town's mayor said" or "said the community's chief" anywhere in the
// article is the one named with that role in the next paragraph; with no
// one named so, someone unnamed.
func TestCorefPlaceOfficerNamedNext(t *testing.T) {
	run(t, []attrCase{
		{name: "the town's mayor, then Mayor X",
			paras: []string{"ER closures", "Cuts were made.", "More news.",
				"In Hanna, the town's mayor said residents are tired of waiting.",
				"“Temporary is three weekends in a row,” Mayor Bonnie Schadeck told the Journal."},
			want: []stmt{reportedBy(4, "residents are tired of waiting", "Bonnie Schadeck"),
				quoteBy(5, "Temporary is three weekends in a row,", "Bonnie Schadeck")}},
		{name: "a country's prime minister says, then Prime Minister X (an AP timeline)",
			paras: []string{"The Latest: Pacific leaders meet", "SUVA, Fiji (AP) — The latest on the forum in Fiji:", "6:10 p.m.",
				"Fiji’s prime minister says leaders have agreed on a regional policing plan.",
				"Prime Minister Tomasi Rengiil told reporters that the plan would let nations share police officers."},
			want: []stmt{reportedBy(4, "leaders have agreed on a regional policing plan", "Tomasi Rengiil"),
				reportedBy(5, "the plan would let nations share police officers", "Tomasi Rengiil")}},
		{name: "said the community's chief, then Chief X",
			paras: []string{"Boil-water advisory", "Testing found bacteria.", "More news.",
				"“We had a feast,” said the community’s chief, who was first elected in 2019.",
				"Chief Rosalind Apetagon said the community was never warned."},
			want: []stmt{quoteBy(4, "We had a feast,", "Rosalind Apetagon")}},
		{name: "the county's fire chief, then a quotation by a man named with no role",
			paras: []string{"Wildfire", "Residents were ordered out of their homes Sunday evening.",
				"The county’s regional fire chief said late Sunday that crews had been pulled back.",
				"“We had a plan on Saturday,” Marc-André Gagnon told reporters at a briefing."},
			want: []stmt{reportedBy(3, "crews had been pulled back", "Marc-André Gagnon"), quoteBy(4, "We had a plan on Saturday,", "Marc-André Gagnon")}},
		{name: "a chief named before stays who the role means",
			paras: []string{"Wildfire", "Fire Chief Dale Moen ordered residents out of their homes.",
				"The county’s fire chief said late Sunday that crews had been pulled back.",
				"“We had a plan on Saturday,” Marc-André Gagnon told reporters."},
			want: []stmt{reportedBy(3, "crews had been pulled back", "Dale Moen"), quoteBy(4, "We had a plan on Saturday,", "Marc-André Gagnon")}},
		{name: "the minister responsible for a file, then a quotation by a woman named with no role",
			paras: []string{"Signs", "Complaints rose.", "Chantal Bérubé, a spokesperson for the office, wrote that it favours dialogue.",
				"In Quebec City on Wednesday, the minister responsible for the French language said the rules apply to every business.",
				"«La loi, c'est la loi», Geneviève Desrosiers-Nadeau told reporters."},
			want: []stmt{reportedBy(4, "the rules apply to every business", "Geneviève Desrosiers-Nadeau"),
				quoteBy(5, "La loi, c'est la loi", "Geneviève Desrosiers-Nadeau")}},
		{name: "the municipality's chief financial officer, with an aside, then the CFO named",
			paras: []string{"Budget", "Council voted.",
				"The municipality’s chief financial officer, walking council through the numbers, said most of that pressure was not discretionary.",
				"“These are contracts we’ve signed,” said Jacques Thériault, who took over as CFO last fall."},
			want: []stmt{reportedBy(3, "most of that pressure was not discretionary", "Jacques Thériault"),
				quoteBy(4, "These are contracts we’ve signed,", "Jacques Thériault")}},
		{name: "the head of the union representing operators, in the lede, then the local's president",
			paras: []string{"Transit strike",
				"CALGARY — The head of the union representing bus operators says his members are prepared to stay off the job.",
				"Talks between the city and Amalgamated Transit Union Local 583 broke down.",
				"“Nobody wanted this,” local president Harjit Sandhu told reporters.",
				"The union representing mechanics says its members will honour picket lines."},
			want: []stmt{reportedBy(2, "his members are prepared", "Harjit Sandhu"), quoteBy(4, "Nobody wanted this,", "Harjit Sandhu"),
				reportedBy(5, "its members will honour picket lines", "Amalgamated Transit Union Local 583")}},
		{name: "the head of the workers' union in the second paragraph, then the union's president",
			paras: []string{"Lockout", "WINNIPEG — Canadian National Railway locked out 9,300 workers early Thursday.",
				"The head of the workers’ union said the company had walked away from the table.",
				"“CN wasn’t interested,” Martin Lachapelle, president of the Teamsters Canada Rail Conference, told reporters."},
			want: []stmt{reportedBy(3, "the company had walked away", "Martin Lachapelle"), quoteBy(4, "CN wasn’t interested,", "Martin Lachapelle")}},
		{name: "the duty inspector, with no inspector named yet, then Insp. X",
			paras: []string{"Shooting", "A woman was taken to hospital, EMS spokesperson Colleen Marchuk said.",
				"“We believe this was not a random act,” the duty inspector told reporters.",
				"Insp. Manpreet Dhaliwal said officers were still piecing together what happened."},
			want: []stmt{quoteBy(3, "We believe this was not a random act,", "Manpreet Dhaliwal")}},
		{name: "no chief named next",
			paras: []string{"Boil-water advisory", "Testing found bacteria.", "More news.",
				"“We had a feast,” said the community’s chief.",
				"Residents lined up for water."},
			want: []stmt{quoteBy(4, "We had a feast,", "the community’s chief")}},
	})
}

// "The 34-year-old said" is not the child just named with an age of
// months: the next person back whose age is not another.
func TestCorefAgeEpithetSkipsAnotherAge(t *testing.T) {
	run(t, []attrCase{{name: "her son, 10 months old, then the 34-year-old",
		paras: []string{"Measles",
			"For Manpreet Gill, the outbreak arrived at her front door. Her son Arjun, 10 months old and too young for his first shot, developed a fever.",
			"“At first I thought it was teething,” the 34-year-old said."},
		want: []stmt{quoteBy(3, "At first I thought it was teething,", "Manpreet Gill")}}})
}

// "Hendrik Vandermeer has lived … The 67-year-old took over …" gives him
// an age: "the 67-year-old said" after another speaker's words is him.
func TestCorefAgeEpithetLearntFromANarrativeSentence(t *testing.T) {
	run(t, []attrCase{{name: "the 67-year-old took over, then the 67-year-old said",
		paras: []string{"Farm", "“Quebec farmers will remember it,” said Bloc MP Mélanie Gagnon-Paquette.",
			"On his farm, Hendrik Vandermeer has lived through three trade fights. The 67-year-old took over the operation in 1983 and runs it with his daughter, Anneke.",
			"“People in the city think supply management is a subsidy.",
			"“I remember the auctions. I don’t think that’s fair,” the 67-year-old said."},
		want: []stmt{quoteBy(2, "Quebec farmers will remember it,", "Mélanie Gagnon-Paquette"),
			quoteBy(4, "People in the city think supply management is a subsidy.", "Hendrik Vandermeer"),
			quoteBy(5, "I remember the auctions. I don’t think that’s fair,", "Hendrik Vandermeer")}}})
}

// "The elder said" in an Indigenous story is the old person just
// described, not the granddaughter who translated for her.
func TestCorefTheElderIsTheOldPersonDescribed(t *testing.T) {
	run(t, []attrCase{{name: "the elder after her translator",
		paras: []string{"Anniversary",
			"Hazel Kane, 84, was one of the negotiators. In Southern Tutchone, she thanked the ones who walked before, according to a translation by her granddaughter, Taylor Kane.",
			"Switching to English, the elder said the team often slept four to a room."},
		want: []stmt{reportedBy(3, "the team often slept four to a room", "Hazel Kane")}}})
}

// Sports copy names a player again by years or standing ("the
// second-year pivot", "the rookie"): the person just named, not a thing.
func TestCorefEpithetIsThePersonJustNamed(t *testing.T) {
	run(t, []attrCase{{name: "the second-year pivot",
		paras: []string{"Bombers rally", "Jalen Mercer threw for 276 yards.",
			"Mercer, who finished 22-of-31, did not duck the question. “That one is on me,” the second-year pivot said."},
		want: []stmt{quoteBy(3, "That one is on me,", "Jalen Mercer")}}})
}

// "Matheson's lawyer said" is the one defence lawyer the article named
// ("Defence lawyer Anthony DiCarlo"); with two named, someone unnamed.
func TestCorefSomeonesLawyerIsTheLawyerNamed(t *testing.T) {
	run(t, []attrCase{
		{name: "one lawyer named",
			paras: []string{"Sentencing", "Defence lawyer Anthony DiCarlo sought four years for Cole Matheson.",
				"Matheson's lawyer said he had not yet discussed an appeal."},
			want: []stmt{reportedBy(3, "he had not yet discussed an appeal", "Anthony DiCarlo")}},
		{name: "two defence lawyers named",
			paras: []string{"Sentencing", "Defence lawyer Anthony DiCarlo sought four years for Cole Matheson. Defence lawyer Rita Oduya represents his brother.",
				"Matheson's lawyer said he had not yet discussed an appeal."},
			want: []stmt{reportedBy(3, "he had not yet discussed an appeal", "Matheson's lawyer")}},
	})
}

// "Samuel’s mother, Nathalie Thibodeau," makes "His mother said" later,
// of Samuel, Nathalie Thibodeau, though others were named between.
func TestCorefKinAppositiveIsHisMotherLater(t *testing.T) {
	run(t, []attrCase{{name: "X's mother, Name, then his mother",
		paras: []string{"Sentencing", "Samuel Thibodeau, 31, died in hospital.",
			"Samuel’s mother, Nathalie Thibodeau, wept as the sentence was read.",
			"Justice Marie Tremblay said the attack was brutal. Defence lawyer Paul Roy said his client was sorry.",
			"Thibodeau’s family has set up a fund for his daughter’s education. His mother said she hoped to pay for a bursary."},
		want: []stmt{reportedBy(5, "she hoped to pay for a bursary", "Nathalie Thibodeau")}}})
}

// "His father, Arne Lundgren," then "“…,” the elder Lundgren said": the
// father, not the son who shares his surname; "Marisol Dela Cruz" keeps
// her given name though "Dela" is a given name too.
func TestCorefElderIsTheFather(t *testing.T) {
	run(t, []attrCase{{name: "his father, then the elder",
		paras: []string{"Mill closure",
			"Kevin Lundgren, a planer operator, has worked at the mill for 19 years. His father, Arne Lundgren, retired from the same mill in 2011.",
			"“My dad told me to get a trade,” Lundgren said.",
			"“It was a good mill,” the elder Lundgren said.",
			"Marisol Dela Cruz, a lumber grader, said she had planned to sponsor her mother."},
		want: []stmt{quoteBy(3, "My dad told me to get a trade,", "Kevin Lundgren"),
			quoteBy(4, "It was a good mill,", "Arne Lundgren"),
			reportedBy(5, "she had planned to sponsor her mother", "Marisol Dela Cruz")}}})
}

// "It was the older Chen-Albright who answered." names the father, who
// is then "he", though the son was the last one named by the surname.
func TestCorefOlderNamedWithoutACueIsThePronoun(t *testing.T) {
	run(t, []attrCase{{name: "the older X who answered, then he said",
		paras: []string{"Grocery hearing",
			"Wesley Chen-Albright, president of the chain, told the committee that margins were thin.",
			"His father, Robert Chen-Albright, who founded the chain in 1978, appeared alongside him.",
			"“No,” the younger Chen-Albright replied.",
			"It was the older Chen-Albright who answered.",
			"“I started this company with one store,” he said."},
		want: []stmt{reportedBy(2, "margins were thin", "Wesley Chen-Albright"),
			quoteBy(4, "No,", "Wesley Chen-Albright"),
			quoteBy(6, "I started this company with one store,", "Robert Chen-Albright")}}})
}

// "Wade Littlechief’s nephew, Carter Littlechief," makes "the younger
// Littlechief" the nephew: an uncle and a nephew are a generation apart.
func TestCorefYoungerIsTheNephew(t *testing.T) {
	run(t, []attrCase{{name: "X's nephew, Y, then the younger",
		paras: []string{"Hoops", "Coach Wade Littlechief said the gym was full.",
			"Wade Littlechief’s nephew, Carter Littlechief, 17, plays for the U18 team. The younger Littlechief says the tournament is where he learned to play."},
		want: []stmt{reportedBy(2, "the gym was full", "Wade Littlechief"),
			reportedBy(3, "the tournament is where he learned to play", "Carter Littlechief")}}})
}

// "Merasty is the daughter of Harold Merasty" makes "the elder Merasty"
// her father.
func TestCorefElderAfterDaughterOf(t *testing.T) {
	run(t, []attrCase{{name: "X is the daughter of Y, then the elder",
		paras: []string{"By-election", "Kaitlyn Merasty won the seat.",
			"Merasty is the daughter of Harold Merasty, who served four terms as chief.",
			"The elder Merasty said in an interview that he had not always agreed with the Conservatives."},
		want: []stmt{reportedBy(4, "he had not always agreed", "Harold Merasty")}}})
}

// A lede's "A lawyer for thousands of residents told a judge" is the one
// person the next paragraph first names with no role of their own
// ("Graham Oduya, who represents the plaintiffs, said").
func TestCorefLedeLawyerNamedNext(t *testing.T) {
	a, err := attribution.Analyze(model.Document{Source: "news.txt", Title: "Convoy trial opens", Paragraphs: []model.Paragraph{
		{Text: "A lawyer for thousands of downtown Ottawa residents told a judge Monday that the organizers knew exactly what they were doing."},
		{Text: "Graham Oduya, who represents the plaintiffs, said in his opening statement that the noise amounted to a nuisance."}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Statements) == 0 || a.Statements[0].Speaker != "Graham Oduya" {
		t.Errorf("the lede's lawyer: %+v, want Graham Oduya", a.Statements)
	}
}

// A lede that describes its source by what they do ("…, a University of
// Saskatchewan hydrologist says") names them where they are first quoted
// within three paragraphs, even if a caption credited them first.
func TestCorefLedeDescriptionNamedAtTheFirstQuotation(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"a University of Saskatchewan hydrologist, after a caption",
			[]string{"A slough near Langenburg, Sask. (Submitted by Marguerite Lavallée)",
				"SASKATOON — Draining sloughs may make floods larger, a University of Saskatchewan hydrologist says.",
				"The study was published Wednesday.",
				"“It was a surprise,” said Marguerite Lavallée, a professor of hydrology."},
			[]string{"Marguerite Lavallée", "Marguerite Lavallée"}},
	}
	for _, c := range cases {
		if got := speakersUnderTitle(t, c.paras); !slices.Equal(got, c.want) {
			t.Errorf("%s: speakers %q, want %q", c.name, got, c.want)
		}
	}
}

// speakersUnderTitle is the speaker of each statement of an article with a
// headline, its body the paragraphs given: the lede rules need a headline
// the harness's articles do not have.
func speakersUnderTitle(t *testing.T, paras []string) []string {
	t.Helper()
	doc := model.Document{Source: "news.txt", Title: "News"}
	for _, p := range paras {
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
	}
	a, err := attribution.Analyze(doc)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, 0, len(a.Statements))
	for _, st := range a.Statements {
		got = append(got, st.Speaker)
	}
	return got
}

// Two ministers named: "the federal minister" and a lede's "the federal
// health minister" are the one whose title says federal, not the
// provincial minister who spoke last.
func TestCorefRoleWithAModifierIsItsHolder(t *testing.T) {
	cases := []struct {
		paras []string
		want  []string
	}{{[]string{"FREDERICTON — New Brunswick signed on, with the federal health minister announcing Tuesday that Ottawa will spend $118 million.",
		"Federal Health Minister Priya Raghunathan said the agreement covers 90,000 people.",
		"New Brunswick Health Minister Geneviève Thériault-LeBlanc said the deal will be rolled out in two phases.",
		"The federal minister acknowledged the list of covered drugs is narrow."},
		[]string{"Priya Raghunathan", "Priya Raghunathan", "Geneviève Thériault-LeBlanc", "Priya Raghunathan"}}}
	for _, c := range cases {
		if got := speakersUnderTitle(t, c.paras); !slices.Equal(got, c.want) {
			t.Errorf("speakers %q, want %q", got, c.want)
		}
	}
}

// "the deputy minister responsible for the project, X," gives X the role
// past its modifier, so "the deputy minister" later is X, not the minister
// named before; "the lawyer for the third accused, X," names the accused.
func TestCorefRoleBeforeAModifierAndName(t *testing.T) {
	run(t, []attrCase{{name: "the deputy minister responsible for the project, X",
		paras: []string{"Passports", "Public Services Minister Étienne Kaur-Boivin defended the contract.",
			"The committee heard from the deputy minister responsible for the project, Lorraine Whitebear-Castonguay, who conceded the department had made mistakes.",
			"The deputy minister told MPs that her department should have acted.",
			"The lawyer for the third accused, Connor Dube, has not cross-examined her. The lawyer said he would on Monday."},
		want: []stmt{reportedBy(4, "her department should have acted", "Lorraine Whitebear-Castonguay"),
			reportedBy(5, "he would on Monday", "!Connor Dube")}}})
}

// "…, the head of a public inquiry concluded" in the lede is the person
// first named after it who is quoted within three paragraphs, past words
// quoted as no one's ("found the treatment “disorganized”"), when no head's
// office names anyone.
func TestCorefHeadOfAnInquiryNamedWhereFirstQuoted(t *testing.T) {
	got := speakersUnderTitle(t, []string{
		"FREDERICTON — The RCMP left families without information for days, and its warnings came \"too little and far too late,\" the head of a public inquiry concluded Tuesday.",
		"In a 640-page report, retired justice Hélène Arsenault-MacLeod found the force's treatment of families was \"disorganized.\"",
		"\"Families were told to watch the news,\" Arsenault-MacLeod told reporters."})
	if len(got) == 0 || got[0] != "Hélène Arsenault-MacLeod" {
		t.Errorf("speakers %q, want the inquiry's head, Hélène Arsenault-MacLeod, first", got)
	}
}

// "The head of the Calgary Stampede says …" under a caption is named two
// paragraphs on by the holder of a head's office ("said Marnie Strachan,
// the Stampede's president and CEO", "Mathieu Cormier, Vitalité’s president
// and CEO, said"); the caption's "A rendering shows" is no one's lede.
func TestCorefHeadOfABodyNamedTwoParagraphsOn(t *testing.T) {
	cases := []struct {
		paras []string
		want  string
	}{
		{[]string{"A rendering shows the proposed north expansion of Stampede Park. CALGARY STAMPEDE HANDOUT",
			"The head of the Calgary Stampede says a proposed expansion would finish the job.",
			"The plan would add 11 acres by 2031, according to documents filed with the city.",
			"“This is the last piece of the puzzle,” said Marnie Strachan, the Stampede's president and CEO."}, "Marnie Strachan"},
		{[]string{"The hospital serves 22,000 people. (Isabelle Gallant/Radio-Canada)",
			"The head of New Brunswick’s francophone health authority says the emergency department will close every night.",
			"The closures begin July 2, Vitalité Health Network confirmed Tuesday in a news release.",
			"Mathieu Cormier, Vitalité’s president and CEO, said the decision was the last thing they wanted."}, "Mathieu Cormier"},
	}
	for _, c := range cases {
		if got := speakersUnderTitle(t, c.paras); len(got) == 0 || got[0] != c.want {
			t.Errorf("the lede's head: %q, want %s first", got, c.want)
		}
	}
}

// A lede's description ("The head of Alberta's largest teachers' union
// says", "one outreach worker called it") is the one person named much
// later with its role, or with a role a head's office stands for and a
// word of it ("Raymond Chiu, president of the Alberta Teachers'
// Association", "Dr. X, Toronto’s medical officer of health" for "Toronto’s
// top public health official"), or a kin's ("The partner of a cyclist",
// then "X, her partner of seven years"); two such holders leave it
// unnamed.
func TestCorefLedeDescriptionNamedFarOn(t *testing.T) {
	filler := []string{
		"Alberta Education announced Tuesday that the curriculum will become mandatory in September.",
		"Education Minister Colleen Ferraro said the timeline reflects feedback from pilot schools.",
		"“We listened,” Ferraro said.",
		"Opposition critic Amrit Dhillon said the government was rushing.",
		"“This is a mess of their own making,” Dhillon said.",
	}
	cases := []struct {
		lede, named, want string
	}{
		{"The head of Alberta's largest teachers' union says the province is forcing schools to rush.",
			"Raymond Chiu, president of the Alberta Teachers' Association, said teachers raised concerns.", "Raymond Chiu"},
		{"Prairie Crest Energy reported a drop in profit, but the company’s chief executive insisted the expansion remains on schedule.",
			"“We had a tough quarter,” president and CEO Warren Halvorsen told analysts.", "Warren Halvorsen"},
		{"Toronto’s top public health official is urging people with lung conditions to stay indoors.",
			"Dr. Aisha Bello-Ransome, Toronto’s medical officer of health, said the smoke can enter the bloodstream.", "Aisha Bello-Ransome"},
		{"Riders will pay 10 cents more after the board approved a fare increase the TTC’s top executive called “the least bad option.”",
			"“Nobody on this staff wanted to bring this forward,” TTC CEO Kwabena Osei-Mensah told commissioners.", "Kwabena Osei-Mensah"},
		{"The partner of a cyclist who was crushed by a dump truck says the recommendations are “a start.”",
			"“Émilie did everything right that morning,” Kevin Ashworth, her partner of seven years, said.", "Kevin Ashworth"},
		{"A city crew cleared an encampment on Wednesday, in what one outreach worker called “cruel timing.”",
			"Tanya Cardinal, an outreach worker with Boyle Street Community Services, said the shelters were full.", "Tanya Cardinal"},
		{"The head of Alberta's largest teachers' union says the province is forcing schools to rush.",
			"Raymond Chiu, president of the Alberta Teachers' Association, said teachers raised concerns. Lena Kovac, president of the Edmonton teachers' local, said the same.",
			"The head of Alberta's largest teachers' union"},
	}
	for _, c := range cases {
		paras := append(append([]string{c.lede}, filler...), c.named)
		if got := speakersUnderTitle(t, paras); len(got) == 0 || got[0] != c.want {
			t.Errorf("%.40s…: speakers %q, want %s first", c.lede, got, c.want)
		}
	}
}

// "His wife said" is the one other person of his surname who may be a
// woman ("Marlene Harbottle, who runs the farm with her husband, Doug"),
// however many paragraphs back she was named; and "Okafor, her husband,
// Emeka, and their children" lists her husband without making her a man.
func TestCorefKinOfTheSameSurname(t *testing.T) {
	a := article(t, "Farm",
		`"We burn a lot of diesel," said Marlene Harbottle, who runs the farm with her husband, Doug.`,
		"The rebate will now be paid monthly, the department said.",
		"Economists were divided on the change.",
		"Doug Harbottle said the family spent about $14,000 on natural gas.",
		`"Monthly is fine," he said.`,
		"His wife said the family would rather see the charge scrapped.")
	checkStmt(t, a, reportedBy(7, "the family would rather see the charge scrapped", "Marlene Harbottle"))
	b := article(t, "Housing",
		`"I have applied to more apartments than jobs," said Chidinma Okafor, 41.`,
		"Okafor, her husband, Emeka, and their children landed in Toronto in August 2023.",
		"The woman who keeps the family's list of applications says it runs to 43 pages.")
	for _, sp := range b.Speakers {
		if sp.Name == "Chidinma Okafor" && sp.Gender == "male" {
			t.Errorf("Chidinma Okafor is a man, by %q", sp.GenderEvidence)
		}
	}
}

// A body's chief or top officer ("The agency's chief economist said", "The
// bank's chief executive told") is someone unnamed, not the body, named
// next by the one newly named person; "A medical officer of health for the
// Calgary zone said" is the medical officer of health the next paragraph
// names, anywhere in the article.
func TestCorefBodysChiefOfficerNamedNext(t *testing.T) {
	run(t, []attrCase{
		{name: "the agency's chief economist",
			paras: []string{"Starts", "Housing starts fell 12 per cent, Canada Mortgage and Housing Corporation said Tuesday.",
				"Ontario led the decline.", "Builders blamed costs.",
				"The agency's chief economist said the numbers reflect a market caught between costs and buyers.",
				`"We're seeing builders pull back," Geneviève Thibodeau told CBC News.`},
			want: []stmt{reportedBy(2, "Housing starts fell 12 per cent", "Canada Mortgage and Housing Corporation"),
				reportedBy(5, "the numbers reflect a market", "Geneviève Thibodeau"), quoteBy(6, "We're seeing builders pull back,", "Geneviève Thibodeau")}},
		{name: "a medical officer of health",
			paras: []string{"Measles", "Alberta Health Services is warning families at a school of a measles exposure.",
				"The exposure happened on two days last week.",
				"A medical officer of health for the Calgary zone said anyone who was at the school should watch for symptoms.",
				"“Measles is one of the most contagious diseases we know of,” said Dr. Nadia Haddad, medical officer of health for the AHS Calgary zone."},
			want: []stmt{reportedBy(2, "warning families at a school", "Alberta Health Services"),
				reportedBy(4, "anyone who was at the school", "Nadia Haddad"), quoteBy(5, "Measles is one of the most contagious diseases we know of,", "Nadia Haddad")}},
	})
}

// "The head of the union representing Montreal’s roughly 4,500 police
// officers urged" past the lede is the president the next paragraph names,
// though a number's comma stands in the phrase and a witness who shook his
// head was named before.
func TestCorefHeadOfAUnionPastTheLede(t *testing.T) {
	run(t, []attrCase{
		{name: "head of the union representing …",
			paras: []string{"Shooting", "The police said the man was armed.", "The officers were not hurt.",
				"A neighbour, Rodrigo Salcedo, said he shook his head in disbelief.",
				"The head of the union representing Montreal’s roughly 4,500 police officers urged the public not to rush to judgment.",
				"“Our members are asked every night,” union president Yannick Desrosiers said."},
			want: []stmt{reportedBy(2, "the man was armed", "police"), reportedBy(4, "he shook his head", "Rodrigo Salcedo"),
				reportedBy(5, "the public not to rush to judgment", "Yannick Desrosiers"), quoteBy(6, "Our members are asked every night,", "Yannick Desrosiers")}},
	})
}

// A trade named as a role ("The contractor also warned") points back to
// the person just quoted like any role noun, not to a document; "Their
// contractor told them" is someone they hired.
func TestCorefTradeNouns(t *testing.T) {
	run(t, []attrCase{
		{name: "the contractor",
			paras: []string{"Hail", "Denis Thibodeau, who owns Bow Valley Roofing, said his crews have a waiting list.",
				`"People think the holdup is the insurance companies," Thibodeau said.`,
				"The contractor also warned homeowners to be wary of crews going door to door.",
				"Priya Raghunathan and her husband gutted their kitchen in May. Their contractor told them this week that work would stop."},
			want: []stmt{reportedBy(2, "his crews have a waiting list", "Denis Thibodeau"), quoteBy(3, "People think the holdup is the insurance companies,", "Denis Thibodeau"),
				reportedBy(4, "homeowners to be wary", "Denis Thibodeau"), reportedBy(5, "work would stop", "!Priya Raghunathan")}},
	})
}

// A lede's kin of someone ("The sister of a Surrey man held in Egypt
// says") is the one newly named person who speaks in the next paragraph
// ("Navdeep Sandhu told Global News"), not a place named there ("the Nile
// Delta"); "the Hockey Hall of Fame" is one body, "the hall" after it.
func TestCorefLedeKinNamedNextAndHallOfFame(t *testing.T) {
	run(t, []attrCase{
		{name: "the sister of",
			paras: []string{"Detained", "The sister of a Surrey man who has been held without charge in Egypt says she is running out of patience.",
				"“Every week they tell us the file is a priority,” Navdeep Sandhu told Global News on Tuesday."},
			want: []stmt{reportedBy(2, "she is running out of patience", "Navdeep Sandhu"), quoteBy(3, "Every week they tell us the file is a priority,", "Navdeep Sandhu")}},
		{name: "the wife of, then a place",
			paras: []string{"Detained", "The wife of a Winnipeg engineer held in Egypt says she has not heard from him in weeks.",
				"He was arrested at a checkpoint in the Nile Delta in March."},
			want: []stmt{reportedBy(2, "she has not heard from him", "!Nile Delta")}},
		{name: "Hall of Fame",
			paras: []string{"Obituary", "Halvorsen was inducted into the Hockey Hall of Fame in 2004, the hall said in a statement.",
				"The Hockey Hall of Fame said his voice was the sound of winter."},
			want: []stmt{reportedBy(2, "Halvorsen was inducted", "Hockey Hall of Fame"), reportedBy(3, "his voice was the sound of winter", "Hockey Hall of Fame")}},
	})
}

// "The 31-year-old centre acknowledged" is a player, not the Bell Centre
// named before: an age makes the role noun a person's.
func TestCorefAgedRoleIsNoBody(t *testing.T) {
	run(t, []attrCase{
		{name: "the 31-year-old centre",
			paras: []string{"Habs", "The Canadiens lost 4-1 at the Bell Centre on Saturday.",
				"“It’s not good enough,” captain Raphaël Desrosiers said.",
				"The 31-year-old centre acknowledged that his own play has not been good."},
			want: []stmt{quoteBy(3, "It’s not good enough,", "Raphaël Desrosiers"),
				reportedBy(4, "his own play has not been good", "Raphaël Desrosiers")}},
	})
}

// Football positions are roles: "the linebacker wrote" is the linebacker
// named before.
func TestCorefFootballPositions(t *testing.T) {
	run(t, []attrCase{
		{name: "the linebacker",
			paras: []string{"Lions", "B.C. Lions linebacker Terrell Baptiste was suspended one game.",
				"“I want to apologize to Mathieu and his family,” the linebacker wrote on Instagram."},
			want: []stmt{quoteBy(3, "I want to apologize to Mathieu and his family,", "Terrell Baptiste")}},
	})
}

// "Parliament's budget watchdog said" in a lede is the budget officer the
// next paragraph names ("parliamentary budget officer Yves
// Gendreau-Lachance"), not Parliament.
func TestCorefBudgetWatchdog(t *testing.T) {
	got := speakersUnderTitle(t, []string{
		"OTTAWA — The federal government will need to spend $16 billion more a year to meet NATO's target, Parliament's budget watchdog said Thursday.",
		"In a report released Thursday, parliamentary budget officer Yves Gendreau-Lachance said the plan leaves a gap."})
	if len(got) == 0 || got[0] != "Yves Gendreau-Lachance" {
		t.Errorf("speakers %q, want the budget officer first", got)
	}
}

// A surname first named in full only inside someone's quotation ("guys
// like Ezekiel Mensah") is that person when the story names them bare
// ("Mensah said"), not a second person called "Mensah".
func TestCorefSurnameNamedInFullInAQuotation(t *testing.T) {
	run(t, []attrCase{
		{name: "guys like Ezekiel Mensah",
			paras: []string{"Vanier Cup", "“Our seniors — guys like Ezekiel Mensah, Brody Lindgren — stayed,” coach Scott Flory said.",
				"Mensah said he lost the ball in the lights for a split second."},
			want: []stmt{quoteBy(2, "Our seniors — guys like Ezekiel Mensah, Brody Lindgren — stayed,", "Scott Flory"),
				reportedBy(3, "he lost the ball in the lights", "Ezekiel Mensah")}},
	})
}

// A province's abbreviated name owns its officer as a spelled-out one does:
// "B.C.’s public safety minister says" in the lede is the minister named
// next, not B.C.
func TestCorefAbbreviatedProvincesOfficer(t *testing.T) {
	got := speakersUnderTitle(t, []string{
		"SURREY — B.C.’s public safety minister says the province will not cover the cost of keeping RCMP officers in Surrey.",
		"Public Safety Minister Leonard Tse told reporters the city had been warned for months."})
	if len(got) == 0 || got[0] != "Leonard Tse" {
		t.Errorf("speakers %q, want the minister first", got)
	}
}

// "The top administrator of one of Winnipeg's fastest-growing school
// divisions says" is the superintendent the next paragraph names, not
// Winnipeg: a hyphened adjective in -ing does not end the phrase, and an
// administrator is a role.
func TestCorefTopAdministrator(t *testing.T) {
	got := speakersUnderTitle(t, []string{
		"The top administrator of one of Winnipeg's fastest-growing school divisions says classrooms will feel the pinch next fall.",
		"Superintendent Gail Kowalchuk told trustees the division faces a $6.8-million shortfall."})
	if len(got) == 0 || got[0] != "Gail Kowalchuk" {
		t.Errorf("speakers %q, want the superintendent first", got)
	}
}

// The town a dateline opens with ("MAPLE CREEK, Sask. —") is a place: "she"
// after it is the woman named beside it, never the town, though its name
// has a person's shape. (The relative clause's "who refused" is still
// given to the town: "who" reaches back past the verb to the last name.)
func TestCorefDatelineTownIsNoOne(t *testing.T) {
	run(t, []attrCase{{name: "a town of two words",
		paras: []string{"After 36 years, Maple Creek’s ‘Dr. Mary’ is hanging up her stethoscope",
			"Dr. Marisol Bautista in her office at the Maple Creek Medical Clinic, where she has practised since 1989. (Danielle Ostapchuk/Southwest Booster)",
			"MAPLE CREEK, Sask. — The first patient Dr. Marisol Bautista ever saw in Maple Creek was a rancher with a dislocated shoulder who refused to take off his cowboy hat on the examining table.",
			"“He said, ‘Doc, I’ll take off my shirt, but the hat stays,’ ” she recalled, laughing."},
		want: []stmt{quoteBy(1, "Dr. Mary", ""), quoteBy(4, "He said, ‘Doc, I’ll take off my shirt, but the hat stays,’ ", "Marisol Bautista")}}})
}

// "Gill pressed Warsame on …, noting she had told police …" teaches no one
// Gill's gender, as "she" may be Warsame; and "she replied" after Gill's
// question is the one questioned, not Gill.
func TestCorefReplyIsNotTheAskerAndNoGenderFromARivalsPronoun(t *testing.T) {
	a := article(t, "Trial",
		"Hodan Warsame, 24, was the Crown’s ninth witness.",
		"Defence lawyer Rajinder Gill told jurors his client acted in self-defence.",
		"Under cross-examination Wednesday, Gill pressed Warsame on how much she could actually have seen, noting she had told police that she had had three drinks.",
		"“Did you see a knife, Ms. Warsame?” Gill asked.",
		"“I saw something shiny,” she replied.")
	for _, st := range a.Statements {
		if strings.HasPrefix(st.Text, "I saw something shiny") && st.Speaker != "Hodan Warsame" {
			t.Errorf("the reply %q: speaker %q, want Hodan Warsame", st.Text, st.Speaker)
		}
	}
	for _, sp := range a.Speakers {
		if sp.Name == "Rajinder Gill" && sp.Gender == model.Female {
			t.Errorf("Rajinder Gill learned female from %q", sp.GenderEvidence)
		}
	}
}

// "The 31-year-old nurse" with no one of that age named is the person just
// spoken of, whose age the article gives only now; someone already of
// another age is not them.
func TestCorefAgedDescriptionIsThePersonBefore(t *testing.T) {
	run(t, []attrCase{
		{name: "age given only in the description",
			paras: []string{
				"Nurses speak out",
				"Jolene Desjarlais has worked at an overdose prevention site for six years.",
				"“Some of those people are in treatment now,” the 31-year-old nurse said.",
			},
			want:     []stmt{quoteBy(3, "Some of those people are in treatment now,", "Jolene Desjarlais")},
			speakers: []string{"Jolene Desjarlais"}},
		{name: "the one named with that age, not the last one named",
			paras: []string{
				"Rookie scores",
				"Théo Lachance, 19, scored his first goal. Captain Marc Desrosiers said the team was flat.",
				"“It was a hard night to learn from,” the 19-year-old forward said.",
			},
			want: []stmt{quoteBy(3, "It was a hard night to learn from,", "Théo Lachance")}},
		{name: "the N-year-old from a place",
			paras: []string{
				"Rookie scores",
				"Théo Lachance, 19, scored his first goal.",
				"The 19-year-old from Rimouski said afterward that it was a hard night.",
			},
			want:        []stmt{reportedBy(3, "it was a hard night", "Théo Lachance")},
			notSpeakers: []string{"Rimouski"}},
	})
}

// A worker whose given name the tables lack, described by a job that also
// names companies ("a heavy equipment operator"), is a person when the
// article gives an age or goes on with "who": "he" next is him, not the
// person named before.
func TestCorefOperatorWithAnAgeIsAPerson(t *testing.T) {
	run(t, []attrCase{
		{name: "an age before the job",
			paras: []string{"Mill closes", "Terry Gaudette said the closure was a shock.",
				"Zorak Kalinowski, 58, a planer operator, said the mill was gone.",
				"“I am too young to retire,” he said."},
			want: []stmt{quoteBy(4, "I am too young to retire,", "Zorak Kalinowski")}},
		{name: "who after the job",
			paras: []string{"Mine closes", "Terry Gaudette said the closure was a shock.",
				"Jun Reyes, a heavy equipment operator who moved to the Yukon in 2014, said he hopes the jobs come back.",
				"“I’d rather that be people from here,” he said."},
			want: []stmt{quoteBy(4, "I’d rather that be people from here,", "Jun Reyes")}},
	})
}

// A title opening a deck under the headline ("Premier says …"), over a
// byline of names only, is the headline's speaker: the one the article
// names with that title, however far below.
func TestCorefDeckTitleNamedFarBelow(t *testing.T) {
	title, paras := articles.SplitTitled(strings.Join([]string{
		"Minister broke ethics law, commissioner finds",
		"Premier says Lorne Vanderhoek will stay in cabinet",
		"Priya Ramcharan Queen's Park Bureau",
		"TORONTO — The integrity commissioner found the minister broke the law.",
		"The grant went to a friend's company.",
		"The opposition called for his resignation.",
		"Premier Russell Hennigar told reporters that Vanderhoek had made an honest mistake.",
	}, "\n\n"))
	a := analyze(t, model.Document{Title: title, Paragraphs: paras})
	s := mustFind(t, a, reportedBy(1, "Lorne Vanderhoek will stay in cabinet", ""))
	if s.Speaker != "Russell Hennigar" {
		t.Errorf("the deck's premier: %q, want Russell Hennigar\n%s", s.Speaker, dump(a))
	}
	for _, sp := range a.Speakers {
		if strings.Contains(sp.Name, "Ramcharan") {
			t.Errorf("the byline %q is listed as a speaker", sp.Name)
		}
	}
}

// "X wrote that he was …" teaches X's gender only when no one else the
// pronoun may stand for was named just before: "Two officers found
// Downey. Thibodeau wrote that he was agitated" leaves Thibodeau's open,
// so "she" next is still hers.
func TestCorefThatHeAfterAnotherIsNoGender(t *testing.T) {
	run(t, []attrCase{{name: "Downey in the sentence before",
		paras: []string{"Taser report",
			"Director Maryse Thibodeau cleared the officer. The man, Jamal Downey, 29, was hurt.",
			"Two officers found Downey in a stairwell. Thibodeau wrote that he was agitated and non-compliant.",
			"She noted the officer had been trained to use the device."},
		want: []stmt{reportedBy(4, "the officer had been trained", "Maryse Thibodeau")}}})
}

// "they" right after an unnamed person's statement is that person, not a
// body named before ("Keno City"); a plural subject still takes "they".
func TestCorefTheyAfterAnUnnamedPersonsStatement(t *testing.T) {
	run(t, []attrCase{{name: "one longtime employee, then they said",
		paras: []string{"Mine closes", "Workers in Keno City were told Friday.",
			"One longtime employee told CBC News many workers had suspected something was wrong.",
			"“Everybody could smell it,” they said.",
			"Union members said they would vote on Monday. “We want answers,” they said."},
		want: []stmt{reportedBy(3, "many workers had suspected", "One longtime employee"),
			quoteBy(4, "Everybody could smell it,", "One longtime employee"),
			reportedBy(5, "they would vote on Monday", "Union members"),
			quoteBy(5, "We want answers,", "Union members")},
		notSpeakers: []string{"Keno"}}})
}

// "The chief said …, but she urged …": she is the chief the clause before
// named by a role, not the last name before it, and a street spelled out
// ("Markham Road") is no one; "Downing Street" still speaks.
func TestCorefSheAfterARoleSubjectInTheSentence(t *testing.T) {
	run(t, []attrCase{{name: "the chief said, but she urged",
		paras: []string{"Toronto police chief says 41 charged, pleads for witnesses after Scarborough shooting",
			"Supt. Nadia Ferreira-Hughes said the brothers recruited drivers.",
			"The news conference came after a boy was shot outside a plaza near Lawrence Avenue East and Markham Road in Scarborough.",
			"The chief said there was no evidence, but she urged anyone who was at the plaza to come forward.",
			"Downing Street said the prime minister had enjoyed the exchanges."},
		want: []stmt{reportedBy(1, "Toronto police chief says", "Toronto police chief"),
			reportedBy(2, "the brothers recruited drivers", "Nadia Ferreira-Hughes"),
			reportedBy(4, "there was no evidence", "Toronto police chief"),
			reportedBy(4, "anyone who was at the plaza", "Toronto police chief"),
			reportedBy(5, "the prime minister had enjoyed the exchanges", "Downing Street")},
		notSpeakers: []string{"Markham"}}})
}

// "The man, who later identified himself to CBC News as Glen Hrycenko,"
// names the unnamed man who shouted before: both statements are his.
func TestCorefIdentifiedHimselfAs(t *testing.T) {
	run(t, []attrCase{{name: "a man shouted, then the man who identified himself as X",
		paras: []string{"Rally", "About 10 minutes into his remarks, a man in the second row stood up and shouted, “Where was this money when Cambridge lost 900 jobs?”",
			"The man, who later identified himself to CBC News as Glen Hrycenko, 58, a retired autoworker, says he has voted Liberal in every election since 1993."},
		want: []stmt{quoteBy(2, "Where was this money when Cambridge lost 900 jobs?", "Glen Hrycenko"),
			reportedBy(3, "he has voted Liberal", "Glen Hrycenko")}}})
}

// "He rejected both arguments" after "Vanstone argued that …" is not
// Vanstone: whoever rejects an argument did not make it.
func TestCorefHeRejectedTheArguments(t *testing.T) {
	run(t, []attrCase{{name: "X argued, then he rejected both arguments",
		paras: []string{"Class action", "Justice Edward Chen-Maclean certified the class action.",
			"“It is an address with a schedule attached,” he wrote.",
			"At the hearing, PulseTrack's lawyer, Gregory Vanstone, argued that the case was unsuitable for a class action.",
			"He rejected both arguments, finding that the changes were “variations in wording, not in substance.”"},
		want: []stmt{quoteBy(3, "It is an address with a schedule attached,", "Edward Chen-Maclean"),
			reportedBy(4, "the case was unsuitable", "Gregory Vanstone"),
			reportedBy(5, "He rejected both arguments", "Edward Chen-Maclean"),
			quoteBy(5, "variations in wording, not in substance.", "Edward Chen-Maclean")}}})
}

// "His commander, who goes by the call sign “Graf,” says" names the
// commander: his statements, and the "he" after, are Graf's.
func TestCorefCallSignNamesTheSpeaker(t *testing.T) {
	run(t, []attrCase{{name: "who goes by the call sign",
		paras: []string{"Front", "Mykola, 41, is a drone operator.",
			"His commander, who goes by the call sign “Graf,” says Russian assaults have roughly doubled.",
			"“They don’t come in columns anymore,” he says."},
		want: []stmt{reportedBy(3, "Russian assaults have roughly doubled", "Graf"),
			quoteBy(4, "They don’t come in columns anymore,", "Graf")},
		moreQuotes: true}})
}

// "X, a Gitxsan hereditary chief who holds the name Amgaat," makes
// "Amgaat said" later X's.
func TestCorefHeldNameIsTheSamePerson(t *testing.T) {
	run(t, []attrCase{{name: "who holds the name",
		paras: []string{"Fishery", "“We made the decision ourselves,” said Harold Tait-Mackenzie, a Gitxsan hereditary chief who holds the name Amgaat and sits on the board.",
			"Amgaat said the council asked the department to set a threshold."},
		want: []stmt{quoteBy(2, "We made the decision ourselves,", "Harold Tait-Mackenzie"),
			reportedBy(3, "the council asked the department", "Harold Tait-Mackenzie")}}})
}

// "Hereditary Chief Wilat’xw, Frank Dennis-Olsen, of the Frog Clan" is one
// person: the chief's name and his own; "Wilat’xw said" later is he.
func TestCorefChiefsNameThenHisOwn(t *testing.T) {
	run(t, []attrCase{{name: "Hereditary Chief X, Y Z,",
		paras: []string{"Camp", "“This is not a protest,” said Hereditary Chief Wilat’xw, Frank Dennis-Olsen, of the Frog Clan, as supporters drummed.",
			"Wilat’xw said the house chiefs had sent an eviction notice."},
		want: []stmt{quoteBy(2, "This is not a protest,", "Frank Dennis-Olsen"),
			reportedBy(3, "the house chiefs had sent an eviction notice", "Frank Dennis-Olsen")}}})
}

// "X, who uses they/them pronouns, said …" makes X a person who uses
// "they": "“…,” they said" next is X, not the union or the agency named
// before, whatever the name table says of X's given name.
func TestCorefTheyOfAPersonWhoUsesThem(t *testing.T) {
	run(t, []attrCase{{name: "who uses they/them pronouns",
		paras: []string{"Strike", "The union said the company refused to bargain.",
			"Sam Oduya, who uses they/them pronouns, said they were worried the injunction would help the company.",
			"“Honestly, it feels like the rules only work one way,” they said.",
			"Statistics Canada said housing starts fell. NDP housing critic Sky Mahoney-Tremblay, who uses they/them pronouns, said the numbers were proof the government failed.",
			"“Build public housing,” they said."},
		want: []stmt{reportedBy(2, "the company refused to bargain", "union"), reportedBy(3, "they were worried", "Sam Oduya"),
			quoteBy(4, "Honestly, it feels like the rules only work one way,", "Sam Oduya"),
			reportedBy(5, "housing starts fell", "Statistics Canada"), reportedBy(5, "the numbers were proof", "Sky Mahoney-Tremblay"),
			quoteBy(6, "Build public housing,", "Sky Mahoney-Tremblay")}},
		{name: "the clause at the end of an appositive",
			paras: []string{"Boundaries", "The board voted 5-3 for the new map.",
				"The board’s student representative, Rowan Achebe, a rising senior at Freedom High School who uses they/them pronouns, does not vote but spoke late. They told the board that students had been ignored."},
			want: []stmt{reportedBy(3, "students had been ignored", "Rowan Achebe")}}})
}

// "“…,” they said" right after a named person's statement in the
// paragraph before, or "They pointed out" after it in the same paragraph,
// is that person's when the article gives them no pronoun
// ("Maracle-Boyd told Global News that …"), not a body named in their
// description; a group's "they" after someone's question stays the group's.
func TestCorefTheyAfterANamedPersonWithNoPronoun(t *testing.T) {
	run(t, []attrCase{{name: "X told … then “…,” they said",
		paras: []string{"Wildfire", "The BC Wildfire Service said the fire grew to 4,000 hectares.",
			"“This fire did exactly what we were worried it would do,” said fire information officer Teagan Maracle-Boyd.",
			"Maracle-Boyd told Global News that crews had been building a guard along the highway.",
			"“We pulled our people back,” they said."},
		want: []stmt{reportedBy(2, "the fire grew", "BC Wildfire Service"), quoteBy(3, "This fire did exactly what we were worried it would do,", "Teagan Maracle-Boyd"),
			reportedBy(4, "crews had been building", "Teagan Maracle-Boyd"), quoteBy(5, "We pulled our people back,", "Teagan Maracle-Boyd")}},
		{name: "“…,” said X, a fellow at an institute. They pointed out …",
			paras: []string{"Summit", "Leaders agreed on a new spending target.",
				"“It is a real number,” said Sam Ilunga-Marsh, a senior fellow at the Northbridge Institute, a Washington think tank. They pointed out that the target was loosely defined. “There is room in that,” they said."},
			want: []stmt{quoteBy(3, "It is a real number,", "Sam Ilunga-Marsh"), reportedBy(3, "the target was loosely defined", "Sam Ilunga-Marsh"),
				quoteBy(3, "There is room in that,", "Sam Ilunga-Marsh")}}})
}

// "In a statement read by X on the steps, she said …" is the statement's
// author, not X who read it: a pronoun skips who read the words aloud.
func TestCorefPronounSkipsWhoReadTheStatement(t *testing.T) {
	run(t, []attrCase{{name: "a statement read by the lawyer, she said",
		paras: []string{"Inquest", "Simone Adebayo-Lindqvist, the family lawyer, said the family wanted answers.",
			"Lucille Greaves has not spoken publicly since her husband’s death. In a brief written statement read by Adebayo-Lindqvist on the steps of the building, she said she hoped the inquest would bring change.",
			"“Tony would have wanted that,” the statement said."},
		want: []stmt{reportedBy(2, "the family wanted answers", "Simone Adebayo-Lindqvist"),
			reportedBy(3, "she hoped the inquest would bring change", "Lucille Greaves"),
			quoteBy(4, "Tony would have wanted that,", "Lucille Greaves")}}})
}

// "“…,” he added" opening the paragraph after a son's statement that
// quotes his father is the son's: the father's words inside the son's
// statement do not make the father its last speaker. Read from a probe
// article, where the father is the story's subject throughout.
func TestCorefHeAddedAfterAQuotedFather(t *testing.T) {
	a := probeArticle(t, "b100-01-senators-coach-fired.txt")
	n := 0
	for _, st := range a.Statements {
		if strings.Contains(st.Text, "pretty much all he said") || st.Text == "That's him." {
			n++
			if st.Speaker != "Mathieu Lavoie" {
				t.Errorf("%q: speaker %q, want Mathieu Lavoie (the son who added it)", st.Text, st.Speaker)
			}
		}
	}
	if n != 2 {
		t.Errorf("found %d of the son's two quotations", n)
	}
}

// "a man who …, and who asked that only his first name, Kevin, be used,
// was packing up" is Kevin, so the "He said" that follows is Kevin's,
// not "a man"'s.
func TestCorefManWhoGaveOnlyHisFirstName(t *testing.T) {
	run(t, []attrCase{{name: "only his first name, Kevin",
		paras: []string{"Park", "Inside Victoria Park on Wednesday morning, a man who has lived there since January, and who asked that only his first name, Kevin, be used, was packing up a tarp.",
			"He said he had heard about the vote from an outreach worker."},
		want:     []stmt{reportedBy(3, "he had heard about the vote", "Kevin")},
		speakers: []string{"Kevin"}}})
}

// "X fought back tears as he addressed reporters" tells X is a man even
// where X says nothing, so a later "she" is not X: here Mary Whitecalf,
// named after him by way of "the chief's great-aunt". A gendered word or
// a possessive between them teaches nothing ("X hugged his wife as she
// cried" is no woman's doing).
func TestCorefGenderFromTheSubjectsOwnClause(t *testing.T) {
	run(t, []attrCase{
		{name: "X … as he addressed reporters; Y, the chief's aunt; she said",
			paras: []string{"Ruling", "In Saskatoon, Chief Daryl Whitecalf fought back tears as he addressed reporters.",
				"Beside him was Elder Mary Whitecalf, the chief’s 86-year-old great-aunt, who testified at the trial.",
				"She said she had prayed to live long enough to see the decision."},
			want: []stmt{reportedBy(4, "she had prayed to live long enough", "Mary Whitecalf")}},
		{name: "X hugged his wife as she cried; then he said",
			paras: []string{"Verdict", "Robin Tull hugged his wife as she cried.", "Harriet Dunn spoke later.",
				"He said the jury had been fair."},
			want: []stmt{reportedBy(4, "the jury had been fair", "Robin Tull")}},
	})
}

// "“…,” Okemasis-Leung said." then a paragraph opening "They said they
// would …": the named person the article gives no pronoun, who spoke
// last, not the body named before.
func TestCorefTheyOpeningAParagraphAfterAGenderlessSpeaker(t *testing.T) {
	run(t, []attrCase{
		{name: "“…,” X said. / They said",
			paras: []string{"Closures", "The Riverbend School Division voted to close three schools.",
				"Trustee Sam Okemasis-Leung voted against the closures.",
				"“That's not consultation. That's notification,” Okemasis-Leung said.",
				"They said they would bring a motion next month."},
			want:       []stmt{reportedBy(5, "they would bring a motion next month", "Sam Okemasis-Leung")},
			moreQuotes: true},
	})
}

// "the young Finn" is a nationality described, never a person called Finn,
// and like "the Scot" it points back to the one just quoted.
func TestCorefDescribedNationality(t *testing.T) {
	run(t, []attrCase{{
		name: "the young Finn",
		paras: []string{"Extension notes",
			"Coach Tom Berg praised 21-year-old Aleksi Korhonen on Monday.",
			"Korhonen said he learned of the extension in the team's group chat.",
			"“He's been unbelievable for me,” the young Finn said."},
		want:        []stmt{reportedBy(3, "he learned of the extension", "Aleksi Korhonen"), quoteBy(4, "He's been unbelievable for me,", "Aleksi Korhonen")},
		notSpeakers: []string{"Finn"}}})
}

// "the father of three" describes the person just quoted by their
// children, as "the 54-year-old" does by age; no one's father speaks.
func TestCorefParentOfCount(t *testing.T) {
	run(t, []attrCase{{
		name: "the father of three",
		paras: []string{"Layoffs",
			"Outside the plant, Mark Tremblay, a 54-year-old die setter, said he is unsure what comes next.",
			"“I’m too young to retire and too old for anyone to hire me,” the father of three said."},
		want:        []stmt{reportedBy(2, "he is unsure what comes next", "Mark Tremblay"), quoteBy(3, "I’m too young to retire and too old for anyone to hire me,", "Mark Tremblay")},
		notSpeakers: []string{"the father"}}})
}

// A name right after a job word ("first-time politician Colt Haverstock")
// is a person's, though the tables know neither word of it, so "he" in the
// same sentence is that person, not a man named paragraphs before.
func TestCorefNameAfterJobWord(t *testing.T) {
	run(t, []attrCase{{
		name: "rancher and politician, then he",
		paras: []string{"Debate",
			"Leadership candidates, from left, Colt Haverstock, Rajinder Sandhu and Étienne Gagnon-Roy take the stage before the debate.",
			"“Quebec is not one region among others,” Gagnon-Roy said in French.",
			"He warned that the party would lose every seat east of the Ottawa River.",
			"The fourth candidate, Saskatchewan rancher and first-time politician Colt Haverstock, drew the loudest applause when he called for scrapping the carbon price.",
			"“Folks out in Swift Current want the thing gone,” he said."},
		want: []stmt{quoteBy(3, "Quebec is not one region among others,", "Étienne Gagnon-Roy"),
			reportedBy(4, "the party would lose every seat", "Étienne Gagnon-Roy"),
			reportedBy(5, "scrapping the carbon price", "Colt Haverstock"),
			quoteBy(6, "Folks out in Swift Current want the thing gone,", "Colt Haverstock")}}})
}

// A relative clause after an appositive is the named person's: "Ted Cruz,
// a graduate of Harvard Law School who has argued …" is Cruz's, not the
// school's, and "Ann Sorensen, a Democrat from Menomonie who is …, and who
// says …" is hers, not the town's or the party's.
func TestRelativeClauseAfterAppositive(t *testing.T) {
	run(t, []attrCase{
		{name: "a graduate of a school who",
			paras: []string{"Notes",
				"Ted Cruz, a graduate of Harvard Law School who has argued that the nominee must be blocked, spoke on Monday."},
			want: []stmt{reportedBy(2, "the nominee must be blocked", "Ted Cruz")}},
		{name: "a Democrat from a town who …, and who says",
			paras: []string{"Notes",
				"Republican Erik Sorensen is running for the Senate.",
				"The ballot also lists state Rep. Ann Sorensen, a Democrat from Menomonie who is no relation to the Republican candidate and who says the shared name has caused “a small amount of chaos” at the doors."},
			want: []stmt{quoteBy(3, "a small amount of chaos", "Ann Sorensen")}},
	})
}

// A participle after "X's running mate, Rep. Y of Texas, went further,"
// is Y's: the person the aside names, a place after the name.
func TestParticipleAfterNamedAside(t *testing.T) {
	run(t, []attrCase{{
		name: "running mate, Rep. Y of Texas, went further, telling",
		paras: []string{"Race",
			"Dale Halvorsen held a rally in Saginaw.",
			"Halvorsen’s running mate, Rep. Trent Bakewell of Texas, went further, telling Fox News on Friday that the prime minister was “playing politics” and should “stay out of it.”"},
		want: []stmt{quoteBy(3, "playing politics", "Trent Bakewell"), quoteBy(3, "stay out of it.", "Trent Bakewell")}}})
}

// A sentence opening "For X," is about X: "she" in the next paragraph is X,
// not a woman whose name only qualifies a noun after it ("the Clinton
// phone bank"); and "Clinton, without naming him," tells nothing of what
// Clinton is, so "him" does not make her a man.
func TestCorefTopicOfForAndAsideWithAPreposition(t *testing.T) {
	run(t, []attrCase{{
		name: "For Major, … at the Clinton phone bank",
		paras: []string{"Volunteers",
			"Hillary Clinton spoke in Harlem on Tuesday.",
			"The first two volunteers are Eva Miller and Gloria Major, African American women.",
			"For Major, a retiree and one of the volunteers at the Clinton phone bank, making calls two nights a week is an opportunity.",
			"“Bernie has a passionate speech,” she said."},
		want: []stmt{quoteBy(5, "Bernie has a passionate speech,", "Gloria Major")}}})
	run(t, []attrCase{{
		name: "Clinton, without naming him,",
		paras: []string{"Harlem",
			"Speaking in Harlem, Hillary Clinton, without naming him, also accused Bernie Sanders of being a latecomer to racial justice.",
			"“You can't just show up at election time and say the right things,” she said to rousing applause."},
		want: []stmt{quoteBy(3, "You can't just show up at election time and say the right things,", "Hillary Clinton")}}})
}

// The person an aside names is who speaks after it: "Her running mate,
// Senator Tomás Arreola of New Mexico, was blunter. “…,” he told
// reporters" is Arreola's, a state after his name; "Karen Ostrowski, 74, a
// retired saleswoman from Allentown, Pennsylvania, who told" is hers, not
// the state's; a dateline "St. Louis (CNN) —" names no one called Louis.
func TestCorefNameInAsideBeforeAPlace(t *testing.T) {
	run(t, []attrCase{{
		name: "running mate, Senator Y of New Mexico, was blunter",
		paras: []string{"Tape",
			"Evelyn Marsh spoke on Saturday.",
			"Her running mate, Senator Tomás Arreola of New Mexico, was blunter. “What we heard is a description of sexual assault,” he told reporters in Albuquerque."},
		want: []stmt{quoteBy(3, "What we heard is a description of sexual assault,", "Tomás Arreola")}}})
	run(t, []attrCase{{
		name: "age, job from a town and state, who told",
		paras: []string{"Accusers",
			"Among the women who spoke out Wednesday was Karen Ostrowski, 74, a retired saleswoman from Allentown, Pennsylvania, who told The Associated Press that Halvorsen grabbed her on a flight."},
		want:        []stmt{reportedBy(2, "Halvorsen grabbed her on a flight", "Karen Ostrowski")},
		notSpeakers: []string{"Pennsylvania"}}})
	run(t, []attrCase{{
		name: "St. Louis (CNN) —",
		paras: []string{"Debate",
			"St. Louis (CNN) — Grant Halvorsen came into the town hall debate swinging, calling Evelyn Marsh a “disgrace” and vowing to have a special prosecutor investigate her."},
		want:        []stmt{quoteBy(2, "disgrace", "Grant Halvorsen")},
		notSpeakers: []string{"Louis"}}})
}

// A quotation inside what a speaker reports ("X said a staff member had
// told him … “a bit of a cold”") is the one they quote; the speaker goes
// on, so "he" in the next paragraph is X, not the staff member or the
// reporter who told him; nor the one a relative clause closing X's
// sentence reports ("Robert Marsh, who has denied wrongdoing.").
func TestCorefSpeakerGoesOnPastWhomTheyQuote(t *testing.T) {
	run(t, []attrCase{{name: "a staff member had told him",
		paras: []string{"Outbreak",
			"Her brother, Peter Vukovic, who lives in Kelowna, said a staff member had told him on the phone that his mother had “a bit of a cold.”",
			"“I understand they’re short-staffed. Everybody is short-staffed,” he said."},
		want: []stmt{quoteBy(2, "a bit of a cold.", "*"), quoteBy(3, "I understand they’re short-staffed. Everybody is short-staffed,", "Peter Vukovic")}}})
	run(t, []attrCase{{name: "until a reporter told him",
		paras: []string{"Signs",
			"Joselito Manalo said he had not heard of the subsidy until a reporter told him about it, and that he would probably just make “Boulangerie philippine” bigger.",
			"“Big, big letters,” he said, laughing. “Bigger than the bread.”"},
		want: []stmt{quoteBy(2, "Boulangerie philippine", "*"), quoteBy(3, "Big, big letters,", "Joselito Manalo"), quoteBy(3, "Bigger than the bread.", "Joselito Manalo")}}})
	run(t, []attrCase{{name: "a relative clause's speaker after the main clause",
		paras: []string{"Cable",
			"Jack Kimbrough responded by accusing Democrats of “selective outrage,” pointing to allegations against Marsh’s husband, former Ohio Gov. Robert Marsh, who has denied wrongdoing.",
			"“Where was all this outrage in the ’90s?” he asked."},
		want: []stmt{quoteBy(2, "selective outrage,", "*"), quoteBy(3, "Where was all this outrage in the ’90s?", "Jack Kimbrough")}}})
}

// "The government’s representative in the Senate, Sen. Peter Hallorann,
// urged …, warning that it would “hollow out” the bill" is all his: the
// role's "in the Senate" does not hide the name the aside gives.
func TestCorefRoleInABodyBeforeTheName(t *testing.T) {
	run(t, []attrCase{{name: "representative in the Senate, Sen. X,",
		paras: []string{"Senate",
			"The government’s representative in the Senate, Sen. Peter Hallorann, urged his colleagues to reject the amendment, warning that it would “hollow out” the bill."},
		want:        []stmt{reportedBy(2, "urged his colleagues", "Peter Hallorann"), quoteBy(2, "hollow out", "Peter Hallorann")},
		notSpeakers: []string{"government"}}})
}

// "She said the Crown would seek …" after the Crown attorney spoke is
// hers: the Crown in what she says is the prosecution she speaks for, not
// a second mention of her that would make "she" someone else.
func TestCorefTheCrownInsideTheProsecutorsWords(t *testing.T) {
	run(t, []attrCase{{name: "She said the Crown would seek",
		paras: []string{"Verdict",
			"Ontario Superior Court Justice Miriam Halvorsen will decide at a later date how long Gaudreau must serve.",
			"Outside the courthouse, assistant Crown attorney Rebecca Lindqvist told reporters the verdict reflected “a careful, thoughtful jury.”",
			"She said the Crown would seek a period of parole ineligibility “well above the minimum.”"},
		want: []stmt{quoteBy(3, "a careful, thoughtful jury.", "Rebecca Lindqvist"), reportedBy(4, "the Crown would seek", "Rebecca Lindqvist"), quoteBy(4, "well above the minimum.", "Rebecca Lindqvist")}}})
}

// "Asked by commission counsel Me Sophie Archambault whether …, she
// replied" is the witness's answer: the one asking is never "she" in it.
func TestCorefAskedByNamedAskerIsNotThePronoun(t *testing.T) {
	run(t, []attrCase{{name: "asked by a named counsel, she replied",
		paras: []string{"Inquiry", "Josée Bergeron-Dufresne told the inquiry that a report was received in October.",
			"Asked by commission counsel Me Sophie Archambault whether that delay was unusual, she replied that it was “not unusual at all, unfortunately.”",
			"“At that time, a three-week delay was almost normal,” she said."},
		want: []stmt{quoteBy(3, "not unusual at all, unfortunately.", "Josée Bergeron-Dufresne"),
			quoteBy(4, "At that time, a three-week delay was almost normal,", "Josée Bergeron-Dufresne")}}})
}

// "…, according to Pierre-Luc Dorval, but he said …": the "he" is the
// sentence's source, not the man who spoke in the paragraph before.
func TestCorefHeAfterAccordingTo(t *testing.T) {
	run(t, []attrCase{{name: "according to X, but he said",
		paras: []string{"Storm", "Gerald Mutua said the city had cleared most roads.",
			"It is too early to estimate losses, according to Pierre-Luc Dorval, but he said claims have been climbing."},
		want: []stmt{reportedBy(3, "claims have been climbing", "Pierre-Luc Dorval")}}})
}

// "Asked by host Dana Whitfield whether …, Ramaswamy did not hesitate."
// The host asks (the question is hers), and the "she" of the next
// paragraph's answer is the one asked, not the host.
func TestCorefAskedByHostThenSheAnswers(t *testing.T) {
	run(t, []attrCase{{name: "asked by host X, then she said",
		paras: []string{"Shows", "Priya Ramaswamy, the campaign manager, appeared on the program Sunday.",
			"Asked by host Dana Whitfield whether the campaign was confident nothing damaging would emerge, Ramaswamy did not hesitate.",
			"“One hundred percent,” she said."},
		want: []stmt{reportedBy(3, "whether the campaign was confident", "Dana Whitfield"),
			quoteBy(4, "One hundred percent,", "Priya Ramaswamy")}}})
}

// "His father said" after a son and father of one name told apart by
// "Jr." and "Sr." is the father, whichever of them "his" met first.
func TestCorefHisFatherIsTheSenior(t *testing.T) {
	run(t, []attrCase{{name: "Sr. and Jr.",
		paras: []string{"Oilers", "Ravi Sandhu Jr. scored into an empty net.",
			"The goal came with his father in the building. Ravi Sandhu Sr., who coached him in minor hockey, flew in for the game.",
			"“My dad drove a Zamboni at 5 a.m. so I could get ice time,” Sandhu said.",
			"Reached outside the arena, his father said he “couldn’t feel his hands” by the third period."},
		want:       []stmt{reportedBy(5, "he “couldn’t feel his hands”", "Ravi Sandhu Sr.")},
		moreQuotes: true}})
}

// A dateline's city is where the story was filed: "Mexico’s economy
// secretary" right after "MEXICO CITY —" is the secretary, named later,
// not the city; nor is the city a campaign's ("ERIE, Pennsylvania —
// Former Gov. X tore into …, his campaign said").
func TestCorefDatelineCityOwnsNoRole(t *testing.T) {
	run(t, []attrCase{{name: "MEXICO CITY — Mexico’s economy secretary warned",
		paras: []string{"Nafta",
			"MEXICO CITY — Mexico’s economy secretary warned Thursday that his government would “respond proportionally” to any withdrawal.",
			"“If there are threats, we will answer them,” Economy Secretary Arturo Villaseñor Paredes said at a news conference."},
		want:        []stmt{quoteBy(2, "respond proportionally", "*"), quoteBy(3, "If there are threats, we will answer them,", "Arturo Villaseñor Paredes")},
		notSpeakers: []string{"MEXICO CITY", "Mexico City"}}})
}

// A person named at the end of an aside after a role ("Brecker’s
// Democratic challenger, former Ohio lieutenant governor Ellen
// Vasquez-Doyle, has gone further, calling for …") is the one who calls,
// not the state in the role.
func TestCorefNameAfterARoleInAnAside(t *testing.T) {
	run(t, []attrCase{{name: "…, former Ohio lieutenant governor X, has gone further, calling for",
		paras: []string{"Nafta",
			"Sen. Thomas Brecker released an ad on Wednesday.",
			"Brecker’s Democratic challenger, former Ohio lieutenant governor Ellen Vasquez-Doyle, has gone further, calling for the United States to give formal notice of withdrawal."},
		want:        []stmt{reportedBy(3, "the United States to give formal notice", "Ellen Vasquez-Doyle")},
		notSpeakers: []string{"Ohio"}}})
}

// "He" in "“…,” he said, according to the person" is someone other than
// the person the words come through: the one the person heard.
func TestCorefPronounIsNotTheSourceAfterAccordingTo(t *testing.T) {
	run(t, []attrCase{{name: "he said, according to the person",
		paras: []string{"Fight",
			"Dale Hutchins addressed the tension only obliquely Tuesday evening. According to a person in the room, he told donors that \"families fight, and then they sit down for Thanksgiving.\"",
			"\"I like our chances in November,\" he said, according to the person. \"And I like our chances in January.\""},
		want: []stmt{quoteBy(2, "families fight, and then they sit down for Thanksgiving.", "Dale Hutchins"),
			quoteBy(3, "I like our chances in November,", "Dale Hutchins"),
			quoteBy(3, "And I like our chances in January.", "Dale Hutchins")}}})
}

// A surname alone, after "the Halvorsen campaign" was named, is the
// candidate, not the campaign: "he" then points back to him.
func TestCorefSurnameAfterItsCampaignIsThePerson(t *testing.T) {
	run(t, []attrCase{{name: "the Halvorsen campaign said; Halvorsen seized …, he said",
		paras: []string{"Race",
			"The race is close, the Halvorsen campaign said.",
			"Halvorsen seized on the line within hours. “She tells the bankers one thing,” he said at a rally in Lakeland, Fla.",
			"\"They said Wisconsin was off the table,\" Halvorsen told the crowd."},
		want: []stmt{reportedBy(2, "The race is close", "Halvorsen campaign"),
			quoteBy(3, "She tells the bankers one thing,", "Halvorsen"),
			quoteBy(4, "They said Wisconsin was off the table,", "Halvorsen")}}})
}

// A name before an aside that opens with a participle speaks past it,
// even when a place with its state stands inside the aside or a
// participle opens the sentence: "Running mate Gov. Curtis Lindqvist,
// campaigning earlier in the day in Wilmington, Ohio, echoed the message,
// telling voters that …".
func TestCorefNameBeforeAParticipleAside(t *testing.T) {
	run(t, []attrCase{{name: "X, campaigning in Wilmington, Ohio, said",
		paras: []string{"Rally",
			"Running mate Gov. Curtis Lindqvist, campaigning earlier in the day in Wilmington, Ohio, echoed the message, telling voters that the review proved Delacroix “can't be trusted.”",
			"Running mate Rep. Ana Ruiz, campaigning in Dayton, said the review proved nothing."},
		want: []stmt{quoteBy(2, "can't be trusted.", "Curtis Lindqvist"),
			reportedBy(3, "the review proved nothing", "Ana Ruiz")},
		notSpeakers: []string{"Ohio"}}})
}

// "The Obama administration" and "Obama administration officials" name a
// man by what serves him: "President Obama" later is he, and so is "he".
func TestCorefManNamedInHisAdministrationsName(t *testing.T) {
	for _, first := range []string{"The Obama administration defended the policy on Monday.", "Obama administration officials defended the policy on Monday."} {
		run(t, []attrCase{{name: first,
			paras: []string{"Emails", first,
				"President Obama backed her up in an interview last October. “I don’t think it posed a national security problem,” he said."},
			want: []stmt{quoteBy(3, "I don’t think it posed a national security problem,", "Obama")}}})
	}
}

// "who" after a name and a role phrase that opens with its owner's name,
// a title before it ("Tom Haskell, Ms. Achterberg’s campaign manager, who
// argued that …"), is the named one.
func TestCorefWhoAfterARoleOwnedByATitledName(t *testing.T) {
	run(t, []attrCase{{name: "X, Ms. Y’s campaign manager, who argued",
		paras: []string{"Polls",
			"Ms. Haskell is not related to Tom Haskell, Ms. Achterberg’s campaign manager, who argued in an interview that the public polls were missing a surge in voter registration."},
		want: []stmt{reportedBy(2, "the public polls were missing a surge", "Tom Haskell")}}})
}

// "It" opening a sentence after one that opened with a document ("The
// report is also highly critical of regulators. It says …") is the
// document, not the body that spoke last.
func TestCorefItAfterASentenceOpenedByADocument(t *testing.T) {
	run(t, []attrCase{{name: "The report is … It says",
		paras: []string{"Inquiry",
			"Thames Valley Police said it was reviewing the findings.",
			"The report is also highly critical of regulators. It says the Care Quality Commission rated the unit as good in 2017."},
		want: []stmt{reportedBy(2, "it was reviewing the findings", "Thames Valley Police"),
			reportedBy(3, "the Care Quality Commission rated the unit", "the report")}}})
}

// "who" after a name and an indefinite description of its bearer ("Lyle
// Hanrahan, a longtime Ridley ally, who said") is the named one, not a
// name inside the description.
func TestCorefWhoAfterADescriptionHoldingAName(t *testing.T) {
	run(t, []attrCase{{name: "X, a longtime Ridley ally, who said",
		paras: []string{"Trade",
			"The speculation was fueled by former Virginia Gov. Lyle Hanrahan, a longtime Ridley ally, who said in an interview on Sunday that he expected Ridley to “take another look at it.”"},
		want: []stmt{reportedBy(2, "he expected Ridley", "Lyle Hanrahan"), quoteBy(2, "take another look at it.", "Lyle Hanrahan")}}})
}

// A "whose" clause with no comma between a body and its cue ("the First
// Nation whose traditional territory surrounds the site says") leaves the
// body the subject, not no one; but the object of a preposition before
// "whose" ("The chief of a First Nation whose members …") is not.
func TestCorefWhoseClauseBeforeTheCue(t *testing.T) {
	run(t, []attrCase{{name: "the First Nation whose territory … says",
		paras: []string{"Mine",
			"The Dena Kèyi First Nation has opposed the plan for years.",
			"The minister says the plan is sound, but the First Nation whose traditional territory surrounds the site says it has been shut out of the decisions.",
			"The chief of a First Nation whose members fish the estuary told the panel that the terminal would “finish what a century of industry started.”"},
		want: []stmt{reportedBy(3, "it has been shut out", "Dena Kèyi First Nation"),
			quoteBy(4, "finish what a century of industry started.", "!Dena Kèyi First Nation")}}})
}

// "a retired nurse who said" after "Linda Moss, 61," is Moss, past her age
// between commas, as "a retired nurse" right after her name is: the
// description is hers, not someone unnamed whom a later name takes.
func TestCorefDescriptionAfterANameAndAge(t *testing.T) {
	run(t, []attrCase{{name: "Linda Moss, 61, a retired nurse who said",
		paras: []string{"Rally",
			"Among those at the event was Linda Moss, 61, a retired nurse who said she had already mailed in her ballot.",
			"Tom Reyes, a retired welder who said he would vote on Tuesday, waited outside.",
			"\"I'm tired,\" said Darnell Whitfield, a warehouse supervisor."},
		want: []stmt{reportedBy(2, "she had already mailed in her ballot", "Linda Moss"),
			reportedBy(3, "he would vote on Tuesday", "Tom Reyes"),
			quoteBy(4, "I'm tired,", "Darnell Whitfield")}}})
}

// Two people of one surname: "Bourque said her family connection …" is
// the woman of that name, told apart by the pronoun after the cue, and so
// is a quotation inside what she said; and an
// auditor general "found that $1.4 billion …", a sum opening the finding.
func TestCorefNamesakeByThePronounAfterTheCue(t *testing.T) {
	run(t, []attrCase{{name: "Bourque said her …, after Gérald and Nathalie Bourque",
		paras: []string{"By-election",
			"Auditor General Lorraine Adeyemi-Fraser released her annual report on Wednesday.",
			"Elsewhere in the 600-page report, Adeyemi-Fraser found that $1.4 billion earmarked for mental health had gone unspent.",
			"Gérald Bourque held the seat for 20 years. His niece, Nathalie Bourque, is now the Liberal candidate.",
			"Asked about the comment, Bourque said her family connection had nothing to do with her qualifications."},
		want: []stmt{reportedBy(3, "$1.4 billion earmarked for mental health", "Lorraine Adeyemi-Fraser"),
			reportedBy(5, "her family connection had nothing to do", "Nathalie Bourque")}},
		{name: "Halvorsen said he would … “…”, after his wife",
			paras: []string{"Debate",
				"Dale Halvorsen, the Republican nominee, debated the governor on Sunday.",
				"Outside the auditorium, the candidate’s wife, Carla Halvorsen, told supporters that her husband had never had a government job.",
				"On taxes, Halvorsen said he would cut the top rate and pay for it by “finding the fat” in state agencies."},
			want: []stmt{reportedBy(4, "he would cut the top rate", "Dale Halvorsen"), quoteBy(4, "finding the fat", "Dale Halvorsen")}}})
}

// "several West African countries" names no one: a people's adjective
// before a plural noun is no referent for the "he" after it.
func TestCorefNationalAdjectiveIsNoReferent(t *testing.T) {
	run(t, []attrCase{{name: "several West African countries, then He said",
		paras: []string{"Asylum",
			"Many of the new arrivals are from Haiti, Venezuela and several West African countries.",
			"He said the family had lived in Brooklyn for nearly three years."},
		notSpeakers: []string{"West African"}}})
}

// "X's second letter to Congress — which said …" is X's letter: the
// relative speaks for the document's owner, not for Congress beside it.
func TestCorefWhichAfterAnOwnedDocument(t *testing.T) {
	run(t, []attrCase{{name: "X's letter to Congress — which said",
		paras: []string{"Letter",
			"FBI Director Nathan Pryce's second letter to Congress — which said the bureau's review had turned up nothing new — arrived on Sunday."},
		want:        []stmt{reportedBy(2, "the bureau's review had turned up nothing new", "Nathan Pryce")},
		notSpeakers: []string{"Congress"}}})
}

// A place after a direction and "of" ("east of Wichita") is named in
// passing: "she" later in the sentence is the commissioner who follows it.
func TestCorefPlaceAfterDirectionIsInPassing(t *testing.T) {
	run(t, []attrCase{{name: "In Butler County, east of Wichita, Commissioner X said …, which she called “…”",
		paras: []string{"Suit",
			"The suit, filed in Federal District Court in Wichita, is led by Attorney General Bradley Ostrowski of Kansas.",
			"In Butler County, east of Wichita, Commissioner Ruth Ostrowski said the county would begin tracking hours, which she called “a nightmare.”"},
		want: []stmt{reportedBy(3, "the county would begin tracking hours", "Ruth Ostrowski"), quoteBy(3, "a nightmare.", "Ruth Ostrowski")}}})
}

// An unnamed person opening a sentence ("The teen addressed the court
// briefly.", "The victim's mother, who cannot be identified, read a
// statement in which she said") is whom "he" or "she" next means, not the
// lawyer named before or the court.
func TestCorefUnnamedPersonOpeningASentence(t *testing.T) {
	run(t, []attrCase{{name: "The teen addressed the court; The victim's mother, who …, read … she said",
		paras: []string{"Sentencing",
			"A Saskatoon teen was sentenced Friday to 18 months in custody. Defence lawyer Tyrell Ahenakew asked for a community sentence.",
			"\"He has done everything that has been asked of him,\" Ahenakew said.",
			"The teen addressed the court briefly before the sentence was imposed.",
			"\"I am sorry for what I did,\" he said, reading from a folded sheet of paper.",
			"The victim's mother, who also cannot be identified, read a victim impact statement in which she said her son no longer plays hockey.",
			"\"He used to be the loudest kid in the house,\" she told the court."},
		want: []stmt{quoteBy(3, "He has done everything that has been asked of him,", "Tyrell Ahenakew"),
			quoteBy(5, "I am sorry for what I did,", "the teen"),
			reportedBy(6, "her son no longer plays hockey", "the victim's mother"),
			quoteBy(7, "He used to be the loudest kid in the house,", "the victim's mother")}}})
}

// "Ms Whitford" (a title with no full stop) after "Jess and Ryan Whitford"
// is the one of them who may be a woman, and "Mr Whitford" the other.
func TestCorefTitleTellsACoupleApart(t *testing.T) {
	run(t, []attrCase{{name: "Jess and Ryan Whitford; Ms Whitford, Mr Whitford",
		paras: []string{"Rates",
			"For Jess and Ryan Whitford, who bought a house in 2022, the cut is welcome but modest.",
			"“It’s about $110 a month for us,” Ms Whitford, a 34-year-old primary school teacher, said.",
			"“We’re OK,” Mr Whitford said."},
		want: []stmt{quoteBy(3, "It’s about $110 a month for us,", "Jess Whitford"), quoteBy(4, "We’re OK,", "Ryan Whitford")}}})
}

// A relation read the other way: "Chidinma Okafor … shares with her
// husband" and "Okafor, her husband, Emeka," make Emeka her husband, so
// "His wife said" later is she.
func TestCorefRelationReadBackwards(t *testing.T) {
	a := probeArticle(t, "b31-08-newcomer-housing-search.txt")
	checkStmt(t, a, reportedBy(29, "she is trying not to hope too much", "Chidinma Okafor"))
	checkStmt(t, a, quoteBy(29, "I have hoped 43 times,", "Chidinma Okafor"))
}

// "Her mother, who has since been discharged, said" after "Margaret
// Pollard … Her daughter, Susan Pollard, said" is Margaret, in the reported
// statement as in the quotation inside it.
func TestMotherOfTheDaughterJustQuoted(t *testing.T) {
	run(t, []attrCase{{name: "mother after daughter",
		paras: []string{"Hospitals",
			"Margaret Pollard, 84, waited 29 hours on a trolley after a fall at home. Her daughter, Susan Pollard, said nurses had been “wonderful” but that there was “simply nowhere to put her”.",
			"“They kept apologising to us,” Susan Pollard said.",
			"Her mother, who has since been discharged to a care home, said she had “never seen anything like it” in 60 years of using the health service."},
		want: []stmt{quoteBy(2, "wonderful", "Susan Pollard"), quoteBy(2, "simply nowhere to put her", "Susan Pollard"),
			quoteBy(3, "They kept apologising to us,", "Susan Pollard"),
			reportedBy(4, "she had “never seen anything like it”", "Margaret Pollard"), quoteBy(4, "never seen anything like it", "Margaret Pollard")}}})
}

// A role noun closing a reported clause ("…, the prosecutor said.") is not
// the person the clause is about: he would be "he". A barrister "prosecuting"
// in a court report is whom "the prosecutor" later means.
func TestTrailingRoleIsNotTheClauseSubject(t *testing.T) {
	run(t, []attrCase{
		{name: "prosecuting",
			paras: []string{"Trial", "Catrin Howells KC, prosecuting, told jurors the two men had known each other.", "Gethin Parry denies murder.", "Dylan Parry had gone to bed at about 23:00, the prosecutor said."},
			want:  []stmt{reportedBy(2, "the two men had known each other", "Catrin Howells"), reportedBy(4, "had gone to bed", "Catrin Howells")}},
		{name: "spokesperson",
			paras: []string{"Bank", "Stéphane Lavoie has run the bank since 2015.", "Mr. Lavoie will remain in his role, the spokesperson said."},
			want:  []stmt{reportedBy(3, "will remain in his role", "!Stéphane Lavoie")}},
	})
}

// A full name opening a quotation completes the surname the story later
// names bare: "“Sandra Kowalchuk has been clear …,” the statement said",
// then "Kowalchuk told reporters".
func TestFullNameOpeningQuotation(t *testing.T) {
	run(t, []attrCase{{name: "name right after the mark",
		paras: []string{"Vetting", "\"Sandra Kowalchuk has been clear from the first day,\" the statement said.",
			"She wanted to hear directly from Kowalchuk.", "Kowalchuk told reporters the vetting had failed."},
		want:       []stmt{reportedBy(4, "the vetting had failed", "Sandra Kowalchuk")},
		moreQuotes: true}})
}

// "The Canadian" opening a sentence before its verb or an aside points back
// to the person named before, as "said the Canadian" does; a body named
// that way stays a body ("The Vatican says", "the Guardian reported").
func TestDefiniteDemonymSubject(t *testing.T) {
	run(t, []attrCase{
		{name: "the canadian", paras: []string{"Tennis", "Léa-Rose Beaulieu won the final in straight sets.",
			"The Canadian, who lost in the first round here a year ago, said she had grown up thinking champions were different."},
			want: []stmt{reportedBy(3, "she had grown up", "Léa-Rose Beaulieu")}},
		{name: "the vatican", paras: []string{"Visit", "Hillary Clinton spoke in Iowa.", "The Vatican says Pope Francis has no plans to meet with her."},
			want: []stmt{reportedBy(3, "Pope Francis has no plans", "~Vatican")}},
	})
}

// Two people who spoke together in a paragraph are the "they" that opens
// the cue of the next ("Professors Foner and Alba suggest …" then "In the
// United States, they write, “…”"), listed under the first; a shared
// plural title ("Professors") is no part of a name.
func TestCorefTheyAfterAPairSpoke(t *testing.T) {
	run(t, []attrCase{{name: "Professors Foner and Alba suggest …; they write",
		paras: []string{"Immigrants",
			"Richard Alba and Nancy Foner, sociologists at the City University of New York, just published a book.",
			"Professors Foner and Alba suggest this incompatibility has less to do with Muslim intransigence than with European insistence on secular values.",
			"In the United States, they write, “to be religious is to be in sync with mainstream norms.”"},
		want: []stmt{reportedBy(3, "this incompatibility", "Nancy Foner"),
			quoteBy(4, "to be religious is to be in sync with mainstream norms.", "Nancy Foner")},
		notSpeakers: []string{"Professors Foner"}}})
}
