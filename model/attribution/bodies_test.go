package attribution_test

// Bodies: ministries, companies, clubs, unions, agencies, police, bands and
// families speak too. Their names are kept whole, a later "the company" or
// "the agency" points back to the one named, and an outlet that reports
// someone's words is not their speaker.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"whosaid/model"
	"whosaid/model/attribution"
)

// "The ministry", "the club", "the regulator", "a spokesman for the
// company": the reader sees the body the article named, not a bare noun
// or the wrong body.
func TestBodiesPointedBack(t *testing.T) {
	run(t, []attrCase{
		{name: "the ministry said in a statement",
			paras: []string{
				"The Ministry of Water announced new rationing rules on Sunday.",
				"“Reservoirs are at a record low,” the ministry said in a statement.",
			},
			want: []stmt{quoteBy(2, "Reservoirs are at a record low,", "~Ministry of Water")}},
		{name: "the utility is the utility named only as a modifier before",
			paras: []string{"Power outages",
				"More than 100,000 Valley Hydro customers were without power after a windstorm.",
				"Valley Hydro spokesperson Mora Scott said crews were working around the clock.",
				"The utility said power would be restored by Tuesday."},
			want:        []stmt{reportedBy(4, "power would be restored", "Valley Hydro")},
			notSpeakers: []string{"utility"},
			kinds:       map[string]model.SpeakerKind{"Valley Hydro": model.SpeakerBody}},
		{name: "a hyphened body's name",
			paras: []string{"Power", "Hydro-Québec said crews were working.", "Lakeside Transit said buses would run late."},
			kinds: map[string]model.SpeakerKind{"Hydro-Québec": model.SpeakerBody, "Lakeside Transit": model.SpeakerBody}},
		{name: "a country's body named by a common noun, then by its level or its field",
			paras: []string{"Jobs",
				"Health Canada approved the vaccine. The federal agency said it was safe.",
				"Statistics Canada said the jobless rate rose. The Canada Border Services Agency said it seized cocaine.",
				"The federal statistics agency said 40,000 jobs were lost.",
				"Jack England, a welder, said he had lost his job."},
			want:  []stmt{reportedBy(2, "it was safe", "Health Canada"), reportedBy(4, "40,000 jobs were lost", "Statistics Canada")},
			kinds: map[string]model.SpeakerKind{"Statistics Canada": model.SpeakerBody, "Jack England": model.SpeakerPerson}},
		{name: "a body's name with of opens the article's sentence",
			paras: []string{"Rates", "Bank of Canada said rates would hold.", "Institute for Fiscal Studies said the plan was unaffordable."},
			want: []stmt{reportedBy(2, "rates would hold", "Bank of Canada"),
				reportedBy(3, "the plan was unaffordable", "Institute for Fiscal Studies")},
			speakers: []string{"Bank of Canada", "Institute for Fiscal Studies"}},
		{name: "the club is the club named before",
			paras: []string{
				"Dunmore Athletic sacked manager Callum Reid on Sunday after a 4-0 defeat.",
				"“Results have not been good enough,” the club said in a statement.",
			},
			want:     []stmt{quoteBy(2, "Results have not been good enough,", "Dunmore Athletic")},
			speakers: []string{"Dunmore Athletic"}},
		{name: "the regulator is not the company it fined",
			paras: []string{
				"Brightwell fined over data breach",
				"The regulator said on Wednesday it had fined Brightwell Energy 14 million for failing to protect records.",
				"Brightwell Energy said it would appeal.",
			},
			want: []stmt{
				reportedBy(2, "it had fined Brightwell Energy", "~regulator"),
				reportedBy(3, "it would appeal", "Brightwell Energy"),
			},
			notSpeakers: []string{"Brightwell Energy 14"}},
		{name: "the regulator after a named authority",
			paras: []string{"The Civil Aviation Authority of Kestria opened an inquiry. The regulator said it had asked for the records."},
			want: []stmt{
				reportedBy(1, "The regulator said it had asked", "Civil Aviation Authority of Kestria"),
			},
			notSpeakers: []string{"regulator"}},
		{name: "the airline after a flight of it",
			paras: []string{
				"Fourteen people were hurt on Sunday after a Brightwing Air flight hit turbulence, the airline said.",
				`"We are sorry," the airline said in a statement.`,
			},
			want: []stmt{
				reportedBy(1, "Fourteen people were hurt", "Brightwing Air"),
				quoteBy(2, "We are sorry,", "Brightwing Air"),
			},
			notSpeakers: []string{"airline"}},
		{name: "a spokesman for the publisher",
			paras: []string{
				"Greystone Press, the author's publisher, said sales had risen.",
				`"He has done us a favour," a spokesman for the publisher said.`,
			},
			want: []stmt{quoteBy(2, "He has done us a favour,", "Greystone Press")}},
		{name: "a spokesman for the company",
			paras: []string{
				"Harrowgate Books said sales had risen.",
				`"He has done us a favour," a spokesman for the company said.`,
			},
			want:        []stmt{quoteBy(2, "He has done us a favour,", "Harrowgate Books")},
			notSpeakers: []string{"company"}},
		{name: "a company without Inc.: it, the company, the firm, the statement",
			paras: []string{
				"Orvane Foods declined to answer questions on Monday. “We are reviewing the report,” it said.",
				"Brisk Airlines did not respond. “We will appeal,” the company said later.",
				"The firm, Kaldera Motors, said it was “reviewing the report.”",
				"Pellin Energy issued a statement after the verdict. “We will appeal,” the statement said.",
			},
			want: []stmt{
				quoteBy(1, "We are reviewing the report,", "Orvane Foods"),
				quoteBy(2, "We will appeal,", "Brisk Airlines"),
				quoteBy(3, "reviewing the report.", "Kaldera Motors"),
				quoteBy(4, "We will appeal,", "Pellin Energy"),
			},
			// each company once, by its whole name: not also "Foods" or "Motors"
			speakers: []string{"Orvane Foods", "Brisk Airlines", "Kaldera Motors", "Pellin Energy"}},
		{name: "the statement a person released, after a group spoke",
			paras: []string{"Attack",
				"In Washington, President Ana Ruiz released a statement Thursday night condemning “what appears to be an attack.” She said she had directed her team to help.",
				"Witnesses said the truck sped up.",
				"“We stand with Norland,” the statement said."},
			want: []stmt{
				quoteBy(2, "what appears to be an attack.", "Ana Ruiz"),
				quoteBy(4, "We stand with Norland,", "Ana Ruiz"),
			}},
		{name: "a company with a description, then the company",
			paras: []string{
				"Tollund Mobility, an e-bike maker, said on Thursday it was recalling 212,000 battery packs.",
				"In an emailed statement, the company said it had \"paused all shipments\" and expected new packs within weeks.",
				"The company said it would \"look at every case individually.\"",
			},
			want: []stmt{
				quoteBy(2, "paused all shipments", "Tollund Mobility"),
				quoteBy(3, "look at every case individually.", "Tollund Mobility"),
			}},
		{name: "a lower-case reference matches its body by the modifier",
			paras: []string{
				"The storm hit at midnight, according to the National Meteorological Agency.",
				"The National Disaster Management Agency said 211,400 people were sheltering.",
				"The meteorological agency said the storm had weakened.",
			},
			want: []stmt{reportedBy(3, "the storm had weakened", "National Meteorological Agency")}},
		{name: "a news agency named in apposition, then the agency",
			paras: []string{
				"The Civil Defence Agency said 40 people were missing.",
				"According to the state news agency, Norpress, at least 600 homes were destroyed. The agency reported that a bridge had collapsed.",
				"The state news agency, TNA, reported that the party’s MPs had been told to abstain.",
			},
			want: []stmt{
				reportedBy(2, "at least 600 homes were destroyed", "Norpress"),
				reportedBy(2, "a bridge had collapsed", "Norpress"),
				reportedBy(3, "the party’s MPs had been told to abstain", "TNA"),
			}},
		{name: "a company's short name in the headline and dateline, full name in the body",
			paras: []string{
				"Norvik Steel to cut 2,000 jobs",
				"NORVIK, March 3 (Wire) — Norvik Steel Holdings said on Monday it would close its oldest plant.",
				"In a statement, Norvik said the closure was “painful but unavoidable”.",
			},
			want: []stmt{
				reportedBy(2, "it would close its oldest plant", "Norvik Steel Holdings"),
				quoteBy(3, "painful but unavoidable", "Norvik Steel Holdings"),
			},
			speakers: []string{"Norvik Steel Holdings"}},
	})
}

// A body's name is kept whole, with its capitals, its "and" and its
// number; a group noun (police, band, party, family) is a body that speaks.
func TestBodiesNames(t *testing.T) {
	run(t, []attrCase{
		{name: "a union's number is its name",
			paras:    []string{"The union, Local 318, said its members would strike on Monday."},
			want:     []stmt{reportedBy(1, "its members would strike", "Local 318")},
			speakers: []string{"Local 318"}},
		{name: "names with and",
			paras: []string{
				"The Dock and Harbour Workers’ Union said its members would stay out for 72 hours.",
				"The Ministry of Health and Social Care said the findings were encouraging.",
			},
			want: []stmt{
				reportedBy(1, "its members would stay out", "Dock and Harbour Workers’ Union"),
				reportedBy(2, "the findings were encouraging", "Ministry of Health and Social Care"),
			}},
		{name: "the name keeps its capitals",
			paras: []string{"The United Nations refugee agency said more than 18,000 people had crossed."},
			want:  []stmt{reportedBy(1, "18,000 people", "United Nations refugee agency")}},
		{name: "police said",
			paras: []string{"“Two men were arrested near the station,” police said."},
			want:  []stmt{quoteBy(1, "Two men were arrested near the station,", "~police")}},
		{name: "party and delegation",
			paras: []string{
				"The opposition Green Renewal party accused the government of ignoring a 2023 report.",
				"Talks collapsed when the Estravian delegation walked out, accusing Norland of “moving the goalposts.”",
			},
			want: []stmt{
				reportedBy(1, "accused the government of ignoring a 2023 report", "Green Renewal party"),
				quoteBy(2, "moving the goalposts.", "Estravian delegation"),
			}},
		{name: "band, orchestra, family",
			paras: []string{
				"The band said it would cancel the remaining dates of its tour.",
				"The orchestra said its season would go ahead.",
				"His family said he had died peacefully.",
			},
			want: []stmt{
				reportedBy(1, "cancel the remaining dates", "*"),
				reportedBy(2, "its season would go ahead", "*"),
				reportedBy(3, "died peacefully", "*"),
			}},
	})
}

// Bodies the article never names still speak: the reader sees "ministry"
// or "police" rather than a statement with no speaker.
func TestBodiesUnnamed(t *testing.T) {
	run(t, []attrCase{
		{name: "ministry, government, prosecutors, union",
			paras: []string{
				"The ministry said on Monday that two people had been hurt.",
				"Norland’s government said the border would reopen.",
				"Prosecutors said the trial would start in May.",
				"The union said talks had failed.",
			},
			want: []stmt{
				reportedBy(1, "two people had been hurt", "*"),
				reportedBy(2, "the border would reopen", "*"),
				reportedBy(3, "the trial would start in May", "*"),
				reportedBy(4, "talks had failed", "*"),
			}},
		{name: "someone's office",
			paras: []string{"Farida Zahran’s office said the talks were useful."},
			want:  []stmt{reportedBy(1, "the talks were useful", "*")}},
		{name: "an office whose holder the article never named",
			paras: []string{
				"Liberal leader Bram Jansen called the walkout theatre.",
				"The king's office said he would meet party leaders on Friday.",
			},
			want: []stmt{reportedBy(2, "he would meet party leaders", "~king's office")}},
		{name: "an unnamed spokesman or officer of a body",
			paras: []string{
				"Police said three men had been arrested.",
				"“Anyone who loots will spend the holidays in a cell,” a police spokesman said.",
				"The Harbour Workers Union rejected the offer. “An insult,” the union’s general secretary said.",
			},
			want: []stmt{
				quoteBy(2, "Anyone who loots will spend the holidays in a cell,", "~police"),
				quoteBy(3, "An insult,", "Harbour Workers Union"),
			}},
		{name: "a name modifying an unnamed source after the cue",
			paras: []string{"Race",
				"Rep. Brent Holloway said he could not support the nominee.",
				"“People are staying home,” said a Holloway volunteer from Henderson who declined to give her name.",
				"“Meh,” said a Holloway supporter in the crowd."},
			want: []stmt{
				reportedBy(2, "he could not support", "Brent Holloway"),
				quoteBy(3, "People are staying home,", "a Holloway volunteer"),
				quoteBy(4, "Meh,", "a Holloway supporter"),
			}},
		{name: "a spokesman for a firm whose name has no business word",
			paras: []string{"Quarry death",
				"A spokesman for Hollinsworth Aggregates said in a statement that the company was “deeply saddened”.",
				"“We will keep people out,” the spokesman said.",
				"A spokeswoman for Maria Gonzalez said she was resting."},
			want: []stmt{
				reportedBy(2, "the company was", "Hollinsworth Aggregates"),
				quoteBy(2, "deeply saddened", "Hollinsworth Aggregates"),
				quoteBy(3, "We will keep people out,", "Hollinsworth Aggregates"),
				reportedBy(4, "she was resting", "A spokeswoman for Maria Gonzalez"),
			}},
		{name: "a party's spokesperson speaks for the party",
			paras: []string{"By-election",
				"Reform UK won the seat. The Labour Party said it was disappointed.",
				"Turnout was 41 per cent.",
				"A Labour spokesperson said the seat had always been “a difficult contest”.",
				"An NDP spokesperson said the party would vote no.",
				"A Republican spokesman said the governor would sign it."},
			want: []stmt{
				reportedBy(2, "it was disappointed", "Labour Party"),
				reportedBy(4, "the seat had always been", "Labour Party"),
				quoteBy(4, "a difficult contest", "Labour Party"),
				reportedBy(5, "the party would vote no", "NDP"),
				reportedBy(6, "the governor would sign it", "A Republican spokesman"),
			}},
		{name: "a state's party branch and a body known by its initials speak through a spokesperson",
			paras: []string{"Flood rescue",
				"A NSW Labor spokesman said the party would “vigorously defend” the result.",
				"Crews have rescued 340 people, an NDRF spokesperson said.",
				"A US spokesman said the talks went well."},
			want: []stmt{
				reportedBy(2, "the party would", "NSW Labor"),
				quoteBy(2, "vigorously defend", "NSW Labor"),
				reportedBy(3, "Crews have rescued 340 people", "NDRF"),
				reportedBy(4, "the talks went well", "A US spokesman"),
			}},
		{name: "a place's government spokesperson speaks for that government",
			paras: []string{"Ferries",
				"A Scottish government spokesperson said six new major vessels would join the fleet by 2029.",
				"A Welsh government spokesman said the plan was on schedule."},
			want: []stmt{
				reportedBy(2, "six new major vessels", "Scottish Government"),
				reportedBy(3, "the plan was on schedule", "Welsh Government"),
			}},
		{name: "a bare spokeswoman after the body spoke is the body's",
			paras: []string{"Strike",
				"The Department of Health and Social Care said the strike was “unnecessary”.",
				"A spokeswoman said: “The door remains open.”",
				"“We will set out our plans in due course,” a spokeswoman said.",
				"Mayor Ann Dube said the city was ready.",
				"A spokesperson said the city had no comment.",
			},
			want: []stmt{
				reportedBy(2, "the strike was", "Department of Health and Social Care"),
				quoteBy(2, "unnecessary", "Department of Health and Social Care"),
				quoteBy(3, "The door remains open.", "Department of Health and Social Care"),
				quoteBy(4, "We will set out our plans in due course,", "Department of Health and Social Care"),
				reportedBy(5, "the city was ready", "Ann Dube"),
				reportedBy(6, "the city had no comment", "A spokesperson"),
			}},
	})
}

// An outlet that carries someone's words is not their speaker; an outlet
// or a statement that is the only source is.
func TestBodiesOutlets(t *testing.T) {
	run(t, []attrCase{
		{name: "X told the outlet",
			paras:       []string{"“We will appeal the ruling,” Anton Weiss told the Harbour Gazette."},
			want:        []stmt{quoteBy(1, "We will appeal the ruling,", "Anton Weiss")},
			notSpeakers: []string{"Harbour Gazette"}},
		{name: "X told state broadcaster",
			paras:       []string{"“The border stays open,” Lena Sarkis told state broadcaster NRT."},
			want:        []stmt{quoteBy(1, "The border stays open,", "Lena Sarkis")},
			notSpeakers: []string{"NRT"}},
		{name: "the agency reported, no one else",
			paras: []string{"“The river crested overnight,” the Halvard News Agency reported."},
			want:  []stmt{quoteBy(1, "The river crested overnight,", "~Halvard News Agency")}},
		{name: "a trailing ', the agency reported'",
			paras: []string{"The tanker was seized near the strait on Sunday, the Norland News Agency reported."},
			want:  []stmt{reportedBy(1, "The tanker was seized", "Norland News Agency")}},
		{name: "according to a statement from X",
			paras: []string{`The drug is "safe for children," according to a statement from the Ministry of Health.`},
			want:  []stmt{quoteBy(1, "safe for children,", "Ministry of Health")}},
		{name: "an outlet of four words speaks for itself",
			paras: []string{"Gun laws", "On November 18, the New Harbour Daily News suggested the attacks highlight the threat of the gun lobby."},
			want:  []stmt{reportedBy(2, "the attacks highlight the threat", "New Harbour Daily News")}},
		{name: "the newspaper is the outlet named last, but no news agency",
			paras: []string{"Gun laws",
				"The Harbour Gazette attacked the mayor on Thursday.",
				"The newspaper, long an advocate of reform, writes that the mayor has failed the city.",
				"The mayor spoke to the Norland News Agency, and to the Associated Press.",
				"The newspaper reported that the mayor met victims in private."},
			want: []stmt{
				reportedBy(3, "the mayor has failed the city", "Harbour Gazette"),
				reportedBy(5, "the mayor met victims in private", "Harbour Gazette"),
			}},
	})
}

// A role with "of" before an appositive name is the person's: "the head of
// the agency, Jane Roe," and "secretary of state, Ken Detzner," are people,
// not a body called after the last noun.
func TestBodiesRoleOfABodyIsAPerson(t *testing.T) {
	run(t, []attrCase{
		{name: "the head of the agency, X, said",
			paras: []string{"Port", "The head of the agency, Ilse Varga, said the port would stay open."},
			want:  []stmt{reportedBy(2, "the port would stay open", "Ilse Varga")},
			kinds: map[string]model.SpeakerKind{"Ilse Varga": model.SpeakerPerson}},
		{name: "Florida's secretary of state, X, said",
			paras: []string{"Port", "Florida's secretary of state, Ken Detzner, said the ballots were printed."},
			want:  []stmt{reportedBy(2, "the ballots were printed", "Ken Detzner")},
			kinds: map[string]model.SpeakerKind{"Ken Detzner": model.SpeakerPerson}},
	})
}

// "a Haldane spokeswoman" after Haldane Steel, and after "who has led
// Haldane" made a bare "Haldane" of its own, speaks for the company: read
// from the project's own article, where the bare name comes first.
func TestBodiesSpokeswomanOfANamedCompany(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "heldout4", "haldane-hirose-merger.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(string(b), "\n\n")[1:] { // the headline is the document's title
		paras = append(paras, strings.Join(strings.Fields(p), " "))
	}
	a := article(t, paras...)
	found := 0
	for _, st := range a.Statements {
		if strings.Contains(st.Text, "engage constructively") {
			found++
			if st.Speaker != "Haldane Steel" {
				t.Errorf("%q: speaker %q, want Haldane Steel", st.Text, st.Speaker)
			}
		}
	}
	if found == 0 {
		t.Error("the spokeswoman's words are not a statement at all")
	}
}

// A name with a business word anywhere in it is a company, whatever word
// ends it: "the company said" after Valeant Pharmaceuticals International
// is Valeant, not a new body called "company" nor a place in the headline.
func TestBodiesCompanyNameEndingInInternational(t *testing.T) {
	run(t, []attrCase{
		{name: "the company after X Pharmaceuticals International",
			paras: []string{"Window on Wall Street", "Mr. Ackman's biggest bet is Valeant Pharmaceuticals International, which has cost him a billion dollars.",
				"For one, the drug company is facing an investigation. On Tuesday, the company said it would not be able to file its statement in time."},
			want: []stmt{reportedBy(3, "it would not be able to file", "Valeant Pharmaceuticals International")}},
	})
}

// "The Republic of Turkey" is one body; a state is never what "the
// airline" points back to; "When the moderator …, the candidate said" is
// two clauses.
func TestBodiesStatesAndRolesAfterAnOpeningClause(t *testing.T) {
	run(t, []attrCase{
		{name: "the Republic of Turkey denies",
			paras: []string{"History", "The Soviet Republic fell in 1991.", "The Republic of Turkey denies that the crime was a genocide."},
			want:  []stmt{reportedBy(3, "the crime was a genocide", "Republic of Turkey")}},
		{name: "the airline after the United Kingdom",
			paras: []string{"Flight", "Passengers from France and the United Kingdom were aboard the Harbour Air flight.", "The airline said the plane was lost at sea."},
			want:  []stmt{reportedBy(3, "the plane was lost at sea", "Harbour Air")}},
		{name: "a body, a which-clause ending in 'Prince Rupert, B.C.', said",
			paras: []string{"Port", "The Coastal Terminals Association, which bargains for 49 employers at the ports of Vancouver and Prince Rupert, B.C., said the union had left it no choice."},
			want:  []stmt{reportedBy(2, "the union had left it no choice", "Coastal Terminals Association")}},
		{name: "When the moderator …, the candidate said",
			paras: []string{"Debate", "Tomas Aldana spoke in Ohio.", "When the moderator pointed out that Aldana hadn't answered, the candidate said families file lawsuits."},
			want:  []stmt{reportedBy(3, "families file lawsuits", "Tomas Aldana")}},
	})
}

// Bodies whose names hold small words or a list are one speaker:
// "Doctors Without Borders", "Save the Children", "The Department for
// Environment, Food and Rural Affairs" (not "Borders", "Children" or
// "Food"); "… of the University of Chicago and Professor Knittel" stays a
// person.
func TestBodiesWithSmallWordsAndLists(t *testing.T) {
	a := article(t, "Camps", "Doctors Without Borders said malnutrition rates had reached 28 percent. Save the Children said the camps were overcrowded.",
		"The Department for Environment, Food and Rural Affairs said it was investing £2.4bn in flood defences.",
		"A study by Michael Greenstone of the University of Chicago and Professor Christopher Knittel concluded that oil would have to cost $350.")
	checkStmt(t, a, reportedBy(2, "malnutrition rates had reached 28 percent", "Doctors Without Borders"))
	checkStmt(t, a, reportedBy(2, "the camps were overcrowded", "Save the Children"))
	checkStmt(t, a, reportedBy(3, "it was investing £2.4bn", "Department for Environment, Food and Rural Affairs"))
	for _, sp := range a.Speakers {
		if strings.Contains(sp.Name, "University of Chicago and") {
			t.Errorf("speaker %q: a body's list ends before a person", sp.Name)
		}
	}
}

// "Ofwat, the water regulator, said": a single capitalised word opening
// the sentence, described as a body, is that body, not the last body
// named before it.
func TestBodiesNamedOnceWithADescription(t *testing.T) {
	a := article(t, "Water", "The Environment Agency said it would review the data. Ofwat, the water regulator, said it could not comment.")
	checkStmt(t, a, reportedBy(2, "it could not comment", "Ofwat"))
}

// A plural possessive inside a body's name runs on to its head ("Rotorua
// Boys’ High School" is one body, not a person called Rotorua Boys whom
// "she" could be), but a singular one still ends the owner.
func TestBodiesPluralPossessiveInAName(t *testing.T) {
	a := article(t, "Dr Ngaire Tautahi, who taught at Rotorua Boys’ High School, said he was a teacher first. “He never stopped teaching,” she said.",
		"Mr. Obama's Supreme Court nominee waited.")
	checkStmt(t, a, quoteBy(1, "He never stopped teaching,", "!Rotorua Boys"))
	for _, sp := range a.Speakers {
		if sp.Name == "Rotorua Boys" || strings.HasPrefix(sp.Name, "Mr. Obama") {
			t.Errorf("speaker %q: no one speaks as a scrap of a name", sp.Name)
		}
	}
}

// "TTCriders, an advocacy group, said the increase would hurt riders": a
// clause after the cue is what was said, never a group called "Increase
// would hurt riders".
func TestBodiesClauseAfterTheCueIsNoGroup(t *testing.T) {
	a := article(t, "Fares", "TTCriders, an advocacy group, said the increase would hurt riders.")
	checkStmt(t, a, reportedBy(2, "the increase would hurt riders", "TTCriders"))
}

// A number's comma is no aside's: in "The thread, which was shared more
// than 9,000 times, claimed", the aside runs from "which" and no one
// called "9" speaks.
func TestBodiesNumberCommaIsNoAside(t *testing.T) {
	run(t, []attrCase{{name: "9,000 in an aside",
		paras:       []string{"Suit", "The thread, which was shared more than 9,000 times, claimed that the grant was approved."},
		notSpeakers: []string{"9"}}})
}

// A company known by one word (Twitter, Facebook) is a company: "the
// company" points back to it, and the side panel holds no bare "company".
func TestBodiesCompanyKnownByOneWord(t *testing.T) {
	run(t, []attrCase{{
		name: "Twitter, then the company",
		paras: []string{"Twitter takes bigger steps against extremism",
			"Twitter said on Friday that it had suspended accounts linked to extremism.",
			"The company said it had suspended 125,000 accounts since mid-2015.",
			"“There is no magic algorithm,” the company said in a blog post."},
		want: []stmt{
			reportedBy(2, "it had suspended accounts", "Twitter"),
			reportedBy(3, "it had suspended 125,000 accounts", "Twitter"),
			quoteBy(4, "There is no magic algorithm,", "Twitter"),
		},
		notSpeakers: []string{"company"},
	}})
}

// A company named bare first and given a role ("The head of the only
// major employer …") is the company once "Borealis Nickel Corp." is named,
// not a man "he" can mean.
func TestBodiesCompanyNamedBareThenInFull(t *testing.T) {
	run(t, []attrCase{{
		name: "'Borealis Nickel' given a role before 'Borealis Nickel Corp.' is named",
		paras: []string{"Town braces as Borealis announces mine closure",
			"The headframe of Borealis Nickel's Tamarack Bay mine.",
			"The head of the only major employer in Tamarack Bay, Man., told 400 people the mine is closing.",
			"Borealis Nickel Corp. said in a news release that the mine will close by Dec. 31.",
			"“We could not move with the market,” chief executive Rick Vandermeer told the crowd.",
			"Asked by one woman whether Borealis would pay to clean up the tailings, he said yes."},
		want: []stmt{reportedBy(4, "the mine will close by Dec. 31", "Borealis Nickel Corp."),
			quoteBy(5, "We could not move with the market,", "Rick Vandermeer"),
			reportedBy(6, "Asked by one woman", "Rick Vandermeer")},
		speakers: []string{"Rick Vandermeer", "Borealis Nickel Corp."},
	}})
}

// "Trillium Airways Flight 418" is the airline's flight: the airline is
// "Trillium Airways", not a body called "Trillium Airways Flight 418".
func TestBodiesAirlineBeforeItsFlight(t *testing.T) {
	run(t, []attrCase{{name: "Trillium Airways Flight 418",
		paras: []string{"Refund", "Trillium Airways Flight 418 from Toronto to Halifax was cancelled on Aug. 17.",
			"Trillium said in a statement that the cancellation was for safety reasons."},
		want:     []stmt{reportedBy(3, "the cancellation was for safety reasons", "Trillium Airways")},
		speakers: []string{"Trillium Airways"}}})
}

// A caption's "Striking Aéro-Laval workers picket …" names the company
// Aéro-Laval, not one called "Striking Aéro-Laval"; "the company" later is
// it, never the union federation named since.
func TestBodiesCompanyAfterAStrikeCaption(t *testing.T) {
	run(t, []attrCase{{name: "Striking Aéro-Laval workers; the company, not the CSN",
		paras: []string{"Aéro-Laval workers ratify contract",
			"Striking Aéro-Laval workers picket outside the company’s Mirabel plant in April.",
			"The Syndicat des travailleuses et travailleurs d’Aéro-Laval, which is affiliated with the Confédération des syndicats nationaux, announced the result on Sunday.",
			"In a statement, Aéro-Laval said it was pleased with the vote.",
			"The company said production would resume gradually starting Wednesday."},
		want:        []stmt{reportedBy(4, "it was pleased with the vote", "Aéro-Laval"), reportedBy(5, "production would resume gradually", "Aéro-Laval")},
		notSpeakers: []string{"Striking", "Confédération"}, moreQuotes: true}})
}

// A company's name before "CEO" is the company: "Lawmakers grill FreshWay
// CEO" is no one called FreshWay CEO, and "FreshWay said" later is the
// company's; "The Exxon CEO said" is its chief, unnamed.
func TestBodiesCompanyBeforeItsOfficersInitials(t *testing.T) {
	run(t, []attrCase{{name: "grill X CEO, then X said",
		paras: []string{"Lawmakers grill FreshWay CEO over grocery prices",
			"The hearing ran long.",
			"FreshWay said in a statement that the company looks forward to a dialogue with the committee.",
			"The Exxon CEO said the company was ready. Exxon said in a statement that it would comply."},
		want: []stmt{reportedBy(3, "the company looks forward to a dialogue", "FreshWay"),
			reportedBy(4, "the company was ready", "The Exxon CEO"), reportedBy(4, "it would comply", "Exxon")},
		kinds: map[string]model.SpeakerKind{"FreshWay": model.SpeakerBody, "The Exxon CEO": model.SpeakerUnnamed}}})
}

// "the campaign" is the campaign the article last named ("Clinton’s
// campaign", "the Clinton campaign"), not a speaker called "campaign";
// "a foundering Trump campaign" and "Clinton’s campaign manager" name no
// campaign it points back to; "The Cruz campaign sent an email saying" is
// the campaign's, not Cruz's.
func TestBodiesTheCampaignLastNamed(t *testing.T) {
	run(t, []attrCase{{
		name: "a surrogate for X’s campaign, then the campaign",
		paras: []string{"Clinton under pressure",
			"Gen. Wesley Clark is a surrogate for Hillary Clinton’s campaign.",
			"The general stumped for Clinton in Iowa, and the campaign has touted his endorsement on its Facebook page."},
		want:     []stmt{reportedBy(3, "the campaign has touted his endorsement", "Hillary Clinton’s campaign")},
		speakers: []string{"Hillary Clinton’s campaign"},
	}, {
		name: "no campaign named to point back to",
		paras: []string{"Debate",
			"Patti Solis Doyle, Hillary Clinton’s campaign manager in 2008, spoke. The email scandal could revive a foundering Donald Trump campaign.",
			"The campaign said it would press on."},
		want: []stmt{reportedBy(3, "it would press on", "!Hillary Clinton’s campaign|Donald Trump’s campaign")},
	}, {
		name: "The X campaign sent an email saying: the campaign, not X",
		paras: []string{"Race", "Ted Holm spoke in Iowa.",
			"The Holm campaign sent a fundraising email Wednesday saying that Holm and Ruiz are in a two-man race. The Ruiz campaign pushed back against Holm, arguing that he had no plan."},
		want: []stmt{reportedBy(3, "two-man race", "Holm campaign"), reportedBy(3, "he had no plan", "Ruiz campaign")},
	}, {
		name: "the X campaign, then Mr. X’s campaign",
		paras: []string{"Permit fight", "Erik Lund spoke in Ohio.",
			"The Lund campaign countered Sunday by suggesting four other nights.",
			"Mr. Lund’s campaign said the permit had been secured weeks ago.",
			"Erik Lund’s campaign said the rally would go ahead."},
		want: []stmt{reportedBy(3, "suggesting four other nights", "Lund campaign"),
			reportedBy(4, "the permit had been secured", "Lund campaign"),
			reportedBy(5, "the rally would go ahead", "Lund campaign")},
	}, {
		name: "the campaign before the campaign is named, and X’s campaign",
		paras: []string{"Top Voss adviser sent secret messages",
			"Marta Voss's top policy staffer Ian Kell wrote some of the messages, according to two sources.",
			"Those chains are now held at the highest level, though the campaign has long maintained they were not marked classified.",
			"The Voss campaign said the controversy had been orchestrated for political gain.",
			"Voss’s campaign responded that she would never have told an aide to send them."},
		want: []stmt{reportedBy(3, "they were not marked classified", "Voss campaign"),
			reportedBy(4, "the controversy had been orchestrated", "Voss campaign"),
			reportedBy(5, "she would never have told an aide", "Voss campaign")},
	}})
}

// "the agency", "the department", "the organization" alone point back to
// the body last named; "the law enforcement agency" says which body it is
// and is no other.
func TestBodiesTheAgencyLastNamed(t *testing.T) {
	run(t, []attrCase{{
		name: "the agency after the State Department",
		paras: []string{"Emails released",
			"The State Department also said on Thursday that it fell short of its goal.",
			"“We have worked diligently to come as close to the goal as possible,” said the agency, which fell 2,000 pages short.",
			"The Heritage Foundation notes the minimum wage is usually for new workers. The organization also points out that few adults earn it."},
		want: []stmt{
			quoteBy(3, "We have worked diligently to come as close to the goal as possible,", "State Department"),
			reportedBy(4, "few adults earn it", "Heritage Foundation"),
		},
		notSpeakers: []string{"agency", "organization"},
	}, {
		name: "a described agency is not the body last named",
		paras: []string{"Emails released",
			"The State Department released more emails. Each release is a reminder of the FBI’s investigation, a probe the law enforcement agency said was ongoing."},
		want: []stmt{reportedBy(2, "was ongoing", "!State Department")},
	}})
}

// A body whose name joins its words with "for", "of" and "and" after a
// head such as "Centers" or "Academies" is named whole ("The Centers for
// Disease Control and Prevention estimates", "the U.S. Court of Appeals for
// the 6th Circuit"), not by its first or last word.
func TestBodiesNamesWithForOfAnd(t *testing.T) {
	run(t, []attrCase{{name: "the U.S. Court of Appeals for the 6th Circuit",
		paras: []string{"Voting", "But the U.S. Court of Appeals for the 6th Circuit overruled and said Ohio already provided more early voting than most states."},
		want:  []stmt{reportedBy(2, "Ohio already provided", "U.S. Court of Appeals for the 6th Circuit")}}})
	run(t, []attrCase{{name: "Centers for …, National Academies of …",
		paras: []string{"Autism",
			"The Centers for Disease Control and Prevention estimates that one in 45 children has autism.",
			"A report released in September by the National Academies of Sciences, Engineering and Medicine noted that more immigrants arrive."},
		want: []stmt{reportedBy(2, "one in 45 children", "Centers for Disease Control and Prevention"),
			reportedBy(3, "more immigrants arrive", "National Academies of Sciences, Engineering and Medicine")},
		speakers: []string{"Centers for Disease Control and Prevention", "National Academies of Sciences, Engineering and Medicine"}}})
	run(t, []attrCase{{name: "a city's Division of Police; the RCMP's J Division",
		paras: []string{"Rally",
			"The Columbus Division of Police said that a small group of protesters had gathered outside the hotel.",
			"The report says the RCMP's J Division had no plan for notifying next of kin."},
		want:     []stmt{reportedBy(2, "a small group of protesters", "Columbus Division of Police")},
		speakers: []string{"Columbus Division of Police", "The report"}}})
	run(t, []attrCase{{name: "for a …, and a plural's possessive",
		paras: []string{"Budget",
			"The Coalition for a Balanced Budget, a conservative advocacy group, urged lawmakers to vote no.",
			"Citizens for a Safer Ontario said the law was needed.",
			"The American Sportsmen’s Rights Coalition, a gun-rights group, said the proposals would punish hunters."},
		want: []stmt{reportedBy(2, "lawmakers to vote no", "Coalition for a Balanced Budget"),
			reportedBy(3, "the law was needed", "Citizens for a Safer Ontario"),
			reportedBy(4, "the proposals would punish hunters", "American Sportsmen’s Rights Coalition")}}})
	run(t, []attrCase{{name: "for … in …, and a firm's trades after and",
		paras: []string{"Doping",
			"The Canadian Centre for Ethics in Sport (CCES) said the ban was fair.",
			"In a statement issued after the vote, Bow Valley Sports and Entertainment said it was “grateful”.",
			"The Ministry of Health in Ontario said nurses were hired.",
			"A panel of the 4th U.S. Circuit Court of Appeals in Richmond said the law imposed burdens."},
		want: []stmt{reportedBy(2, "the ban was fair", "Canadian Centre for Ethics in Sport"),
			reportedBy(3, "it was", "Bow Valley Sports and Entertainment"), quoteBy(3, "grateful", "Bow Valley Sports and Entertainment"),
			reportedBy(4, "nurses were hired", "Ministry of Health"),
			reportedBy(5, "the law imposed burdens", "~U.S. Circuit Court of Appeals")}}})
}

// A known body's name with small words opens the sentence, follows "a
// spokesperson for" or has a country after it; a body's name with "of"
// before a plural of people names that group: none is cut short at "of".
func TestBodiesKnownNamesAndOfNamesBeforePeople(t *testing.T) {
	run(t, []attrCase{{name: "Friends of the Earth, its Canadian branch, and groups named after bodies with of",
		paras: []string{"Pipeline",
			"Friends of the Earth said the pipeline would harm the river.",
			"A spokesperson for Friends of the Earth Canada said the ruling was wrong.",
			"Department of Justice officials said the case would proceed.",
			"University of Toronto researchers said the data were incomplete."},
		want: []stmt{reportedBy(2, "the pipeline would harm the river", "Friends of the Earth"),
			reportedBy(3, "the ruling was wrong", "Friends of the Earth Canada"),
			reportedBy(4, "the case would proceed", "Department of Justice officials"),
			reportedBy(5, "the data were incomplete", "University of Toronto researchers")},
		speakers: []string{"Friends of the Earth", "Friends of the Earth Canada", "Department of Justice officials", "University of Toronto researchers"},
		kinds:    map[string]model.SpeakerKind{"Friends of the Earth Canada": model.SpeakerBody}}})
}

// Business copy: a stock ticker in brackets after a company's name, "the
// company" for the company that spoke rather than the one it is buying,
// and unnamed people whose relative clause says why they are unnamed.
func TestBodiesBusinessCopy(t *testing.T) {
	run(t, []attrCase{{name: "ticker, the company that spoke, people familiar who were not authorized to speak",
		paras: []string{"Telecom squeezed",
			"Meridian Communications Inc. (MCI-T) says a price war will squeeze its margins, even as it presses ahead with its takeover of Boreal Wireless Ltd.",
			"Net income fell 18 per cent, the Toronto-based company said Thursday.",
			"Two people familiar with the matter who were not authorized to speak publicly said the bureau has asked Meridian to sell licences."},
		want: []stmt{reportedBy(2, "a price war will squeeze its margins", "Meridian Communications Inc."),
			reportedBy(3, "Net income fell 18 per cent", "Meridian Communications Inc."),
			reportedBy(4, "the bureau has asked Meridian", "Two people")}}})
}

// A body named with its acronym in brackets is that body when the acronym
// speaks later, under its full name, French names' small words and all;
// its officer named after a role phrase is the officer, not the body.
func TestBodiesAcronymInBrackets(t *testing.T) {
	run(t, []attrCase{{name: "OQLF, CMHC, WFP’s country director",
		paras: []string{"Language law",
			"The bill gives the Office québécois de la langue française (OQLF) new powers.",
			"The OQLF said it would need more inspectors.",
			"Canada Mortgage and Housing Corporation (CMHC) released its data. CMHC said housing starts fell.",
			"The World Food Programme (WFP) warned of famine. WFP’s country director in Chad, Pierre-Alain Mbemba, said the agency had run out of food."},
		want: []stmt{reportedBy(3, "it would need more inspectors", "Office québécois de la langue française"),
			reportedBy(4, "housing starts fell", "Canada Mortgage and Housing Corporation"),
			reportedBy(5, "the agency had run out of food", "Pierre-Alain Mbemba")},
		kinds: map[string]model.SpeakerKind{"Office québécois de la langue française": model.SpeakerBody}}})
}

// "The force" after an officer whose title names the force ("RCMP Sgt.
// Colin Brezinski") is that force, though no paragraph names it alone.
func TestBodiesTheForceOfAnOfficer(t *testing.T) {
	run(t, []attrCase{{name: "RCMP Sgt. X, then the force",
		paras: []string{"Fire",
			"RCMP Sgt. Colin Brezinski said officers went door to door on Tuesday.",
			"The force said it would keep patrolling the community."},
		want: []stmt{reportedBy(3, "it would keep patrolling", "RCMP")}}})
}

// An acronym heading the rest of a body's name ("ATU Local 279") is the
// body named in full before ("Amalgamated Transit Union Local 279").
func TestBodiesAcronymHeadingTheRestOfTheName(t *testing.T) {
	run(t, []attrCase{{name: "ATU Local 279",
		paras: []string{"Strike",
			"Amalgamated Transit Union Local 279 set up picket lines on Monday.",
			"ATU Local 279 wrote on Facebook that its members were ready."},
		want:     []stmt{reportedBy(3, "its members were ready", "Amalgamated Transit Union Local 279")},
		speakers: []string{"Amalgamated Transit Union Local 279"}}})
}

// A French body's name with its lower-case words, then a relative clause
// before the cue, is the whole body's, not its first word's.
func TestBodiesFrenchNameBeforeAnAside(t *testing.T) {
	run(t, []attrCase{{name: "Association québécoise …, which represents …, said",
		paras: []string{"Daycare strike",
			"The Association québécoise des centres de la petite enfance, which represents centre managers, said in a statement it hoped for a “quick settlement.”",
			"The Fédération québécoise des chirurgiens, which represents about 1,400 surgeons, warned that waits would grow."},
		want: []stmt{reportedBy(2, "it hoped for a", "Association québécoise des centres de la petite enfance"),
			quoteBy(2, "quick settlement.", "Association québécoise des centres de la petite enfance"),
			reportedBy(3, "waits would grow", "Fédération québécoise des chirurgiens")},
		speakers: []string{"Association québécoise des centres de la petite enfance", "Fédération québécoise des chirurgiens"}},
		{name: "Réseau and Chambre head French names",
			paras: []string{"Bridge closed",
				"The Réseau de transport de Gatineau said three bus routes would be rerouted. In a statement, the transit agency urged riders to plan for longer trips.",
				"The Chambre de commerce de Gatineau said merchants were worried."},
			want: []stmt{reportedBy(2, "three bus routes would be rerouted", "Réseau de transport de Gatineau"),
				reportedBy(2, "riders to plan for longer trips", "Réseau de transport de Gatineau"),
				reportedBy(3, "merchants were worried", "Chambre de commerce de Gatineau")}}})
}

// Quebec's French-named agencies put the portfolio first ("Santé Québec",
// "Investissement Québec"): they are bodies, so "he" is never one of them
// and "It said" is the agency. Québec solidaire writes its second word in
// lower case; "Québec solidaire MNA X" is the member, as "Bloc Québécois
// MP X" is.
func TestBodiesQuebecNamesInFrench(t *testing.T) {
	run(t, []attrCase{
		{name: "Santé Québec is a body",
			paras: []string{"ER closes again",
				"In a statement, Santé Québec said it was “actively recruiting” in the Laurentians. It said it expected the ER to reopen.",
				"Union president Martine Roy accused the agency of relying on private agencies, which she said had drained staff.",
				"The ER reopened at 8 a.m. Wednesday, a Santé Québec spokesperson confirmed.",
				"Opposition MNA Luc Gagné accused the government of neglect, which he said had cost lives."},
			want: []stmt{reportedBy(2, "it was", "Santé Québec"), quoteBy(2, "actively recruiting", "Santé Québec"),
				reportedBy(2, "it expected the ER to reopen", "Santé Québec"),
				reportedBy(4, "The ER reopened at 8", "Santé Québec"),
				reportedBy(5, "had cost lives", "Luc Gagné")}},
		{name: "Québec solidaire and its MNA",
			paras: []string{"Ethics report",
				"Minister Paul Charette said the loan had been approved by Investissement Québec through normal channels.",
				"Québec solidaire, for its part, called for the commissioner to be given more power.",
				"“The whole thing runs on the honour system,” said Québec solidaire MNA Alexandre Gendron-Poitras."},
			want: []stmt{reportedBy(3, "the commissioner to be given", "Québec solidaire"),
				quoteBy(4, "The whole thing runs on the honour system,", "Alexandre Gendron-Poitras")}},
	})
}

// A Māori body's name holds "o" (of) after "Te": "Te Rūnanga o Ngāi Tahu"
// is one body, and its chair named before it in the sentence is who
// speaks.
func TestBodiesMaoriNames(t *testing.T) {
	run(t, []attrCase{{name: "Te … o …",
		paras: []string{"Maternity unit",
			"The closure of Rātā Valley Hospital angered locals.",
			"Wiremu Paraone, chair of Te Rūnanga o Rātā, the local iwi trust, says the iwi offered Health NZ a house.",
			"Te Rūnanga o Ngāi Tahu said it would appeal."},
		want: []stmt{reportedBy(3, "the iwi offered Health NZ a house", "Wiremu Paraone"),
			reportedBy(4, "it would appeal", "Te Rūnanga o Ngāi Tahu")}}})
}

// "The agency said" points back past a bank named since to the agency,
// and "the department" past a First Nation.
func TestBodiesTheAgencyIsNoBank(t *testing.T) {
	run(t, []attrCase{{name: "Statistics Canada, then the Bank of Canada, then the agency",
		paras: []string{"Inflation",
			"Inflation slowed to 2.1 per cent in October, Statistics Canada said Tuesday.",
			"The figures come a week before the Bank of Canada sets its key rate.",
			"Prices rose fastest in Quebec, the agency said."},
		want: []stmt{reportedBy(4, "Prices rose fastest in Quebec", "Statistics Canada")}},
		{name: "the department past a First Nation named since",
			paras: []string{"Lobster",
				"Harvesters will fish despite a warning from Health Canada that the shellfish are unsafe.",
				"“We have a treaty right,” Chief Rose Paul of Amiskwi River First Nation said Monday.",
				"The department said in a statement that it has approved no harvest."},
			want: []stmt{quoteBy(3, "We have a treaty right,", "Rose Paul"), reportedBy(4, "it has approved no harvest", "Health Canada")}}})
}

// A Canadian department named by its portfolios ("Immigration, Refugees
// and Citizenship Canada") is one body, commas and all; a list of places
// before "Canada" is not.
func TestBodiesDepartmentNamedByItsPortfolios(t *testing.T) {
	run(t, []attrCase{{name: "IRCC, ISED, and provinces listed",
		paras: []string{"Students",
			"In a statement, Immigration, Refugees and Citizenship Canada said the measures were needed.",
			"Innovation, Science and Economic Development Canada said the deal was approved.",
			"Ontario, Quebec and Atlantic Canada saw the most rain, Environment Canada said."},
		want: []stmt{reportedBy(2, "the measures were needed", "Immigration, Refugees and Citizenship Canada"),
			reportedBy(3, "the deal was approved", "Innovation, Science and Economic Development Canada"),
			reportedBy(4, "saw the most rain", "Environment Canada")},
		kinds: map[string]model.SpeakerKind{"Immigration, Refugees and Citizenship Canada": model.SpeakerBody}},
		{name: "a department opening the sentence whose first word the paragraph uses in lower case",
			paras: []string{"Inquiry", "Public Safety Canada said in an email that a public update would follow."},
			want:  []stmt{reportedBy(2, "a public update would follow", "Public Safety Canada")}},
		{name: "a province's department named by its portfolios",
			paras: []string{"Spill", "Manitoba Environment and Climate Change said the spill was contained.",
				"The department said crews were testing the water."},
			want: []stmt{reportedBy(2, "the spill was contained", "Manitoba Environment and Climate Change"),
				reportedBy(3, "crews were testing the water", "Manitoba Environment and Climate Change")}},
		{name: "a province's ministry 'of the' portfolios, and a metals company",
			paras: []string{"Smelter", "Laurentian Basin Metals has applied to Ontario's Ministry of the Environment, Conservation and Parks to renew a standard.",
				"According to the company's application, the smelter would cut emissions.",
				"The ministry said the review would take months."},
			want: []stmt{reportedBy(3, "the smelter would cut emissions", "Laurentian Basin Metals"),
				reportedBy(4, "the review would take months", "Ministry of the Environment, Conservation and Parks")}},
		{name: "a portfolio of two words after and",
			paras: []string{"Spill", "Environment and Climate Change Canada confirmed in an email that it was assessing the information."},
			want:  []stmt{reportedBy(2, "it was assessing the information", "Environment and Climate Change Canada")}},
		{name: "two portfolios joined by and, then the department",
			paras: []string{"Lobster",
				"Fisheries and Oceans Canada said traps set before the season would be seized.",
				"Skippers met on the wharf. The department said its officers would patrol the bay."},
			want: []stmt{reportedBy(2, "traps set before the season", "Fisheries and Oceans Canada"),
				reportedBy(3, "its officers would patrol the bay", "Fisheries and Oceans Canada")},
			kinds: map[string]model.SpeakerKind{"Fisheries and Oceans Canada": model.SpeakerBody}}})
}

// "Talks between the City of Calgary and Amalgamated Transit Union Local
// 583": two parties, each named in full, not one body with both names.
func TestBodiesTwoPartiesJoinedByAnd(t *testing.T) {
	run(t, []attrCase{{name: "a city and a union local",
		paras: []string{"Strike",
			"Operators walked off the job after talks between the City of Calgary and Amalgamated Transit Union Local 583 broke down.",
			"The city said in a statement that its offer includes raises.",
			"Amalgamated Transit Union Local 583 said members would picket."},
		want: []stmt{reportedBy(3, "its offer includes raises", "City of Calgary"),
			reportedBy(4, "members would picket", "Amalgamated Transit Union Local 583")},
		notSpeakers: []string{"City of Calgary and Amalgamated Transit Union Local 583"}},
		{name: "between two bodies, a ministry with two portfolios still whole",
			paras: []string{"Talks",
				"Talks between the Ministry of Health and Social Care and the Royal College of Nursing resumed.",
				"The Ministry of Health and Social Care said an offer was on the table."},
			want: []stmt{reportedBy(3, "an offer was on the table", "Ministry of Health and Social Care")}},
		{name: "two companies, each named in full",
			paras: []string{"Rail",
				"Both Dominion Pacific Railway and Northern Continental Rail have issued lockout notices.",
				"Northern Continental said in a statement that its offer meets every rule.",
				"Dominion Pacific says the change would make schedules more predictable.",
				"Johnson Energy and Mining Corp. said its profits fell."},
			want: []stmt{reportedBy(3, "its offer meets every rule", "Northern Continental Rail"),
				reportedBy(4, "the change would make", "Dominion Pacific Railway"),
				reportedBy(5, "its profits fell", "Johnson Energy and Mining Corp.")}},
		{name: "a titled person and a portfolio's minister are two",
			paras: []string{"Devolution",
				"At a ceremony in Iqaluit, Premier Elisapee Nuqingaq and Northern Affairs Minister Raymond Desjarlais-Wong signed the order.",
				"“Today we decide,” Ms. Nuqingaq said."},
			want: []stmt{quoteBy(3, "Today we decide,", "Elisapee Nuqingaq")}}})
}

// Canada's health authorities are named for a place and "Health"
// ("Grand Erie Public Health", "Fraser Health", "Public Health Ontario"),
// and Ontario's are "the health unit" after: bodies, never people.
func TestBodiesHealthAuthorities(t *testing.T) {
	run(t, []attrCase{{name: "a public health unit, then the health unit; the provincial agency",
		paras: []string{"Measles",
			"Grand Erie Public Health confirmed 11 new cases on Tuesday.",
			"In a statement, the health unit said notices were posted.",
			"Ontario has 300 cases, according to Public Health Ontario.",
			"The health unit said it would hold clinics. Fraser Health said it was ready."},
		want: []stmt{reportedBy(2, "11 new cases", "Grand Erie Public Health"),
			reportedBy(3, "notices were posted", "Grand Erie Public Health"),
			reportedBy(4, "Ontario has 300 cases", "Public Health Ontario"),
			reportedBy(5, "it would hold clinics", "Grand Erie Public Health"),
			reportedBy(5, "it was ready", "Fraser Health")},
		kinds: map[string]model.SpeakerKind{"Grand Erie Public Health": model.SpeakerBody, "Public Health Ontario": model.SpeakerBody,
			"Fraser Health": model.SpeakerBody}}})
}

// A railway is a company: "Canadian National Railway" is a body, and
// "the company" after it is the railway, not the union it locked out.
func TestBodiesRailwayIsACompany(t *testing.T) {
	run(t, []attrCase{{name: "Canadian National Railway, then the company",
		paras: []string{"Lockout", "Canadian National Railway locked out 9,300 workers after talks with the Teamsters Canada Rail Conference broke down.",
			"The company said it had been left with no choice."},
		want:  []stmt{reportedBy(3, "it had been left with no choice", "Canadian National Railway")},
		kinds: map[string]model.SpeakerKind{"Canadian National Railway": model.SpeakerBody}}})
}

// A body named in French keeps its lower-case words: "the Société de
// transport de Montréal said" is the transit body, not someone called "de
// Montréal"; "the Commissaire à la santé et au bien-être" is one body.
func TestBodiesFrenchNamesWithLowerCaseWords(t *testing.T) {
	run(t, []attrCase{{name: "Société de transport de Montréal; by the Commissaire à la santé et au bien-être",
		paras: []string{"Rue Ontario",
			"The Société de transport de Montréal said buses would be rerouted.",
			"“We will post notices,” the Société de transport de Montréal said.",
			"According to a report published last year by the Commissaire à la santé et au bien-être, the average stay was 17.6 hours."},
		want: []stmt{reportedBy(2, "buses would be rerouted", "Société de transport de Montréal"),
			quoteBy(3, "We will post notices,", "Société de transport de Montréal"),
			reportedBy(4, "the average stay was 17.6 hours", "Commissaire à la santé et au bien-être")},
		kinds: map[string]model.SpeakerKind{"Société de transport de Montréal": model.SpeakerBody}}})
}

// In Canadian copy a capital or a province that speaks is its government:
// "Ottawa says it has paid out …" is the Government of Canada, "Alberta has
// said" the Government of Alberta, the place's name kept as an alias.
func TestBodiesCapitalOrProvinceSpeaksForItsGovernment(t *testing.T) {
	run(t, []attrCase{{name: "Ottawa says; Alberta has said",
		paras: []string{"Pharmacare", "The federal government announced the deal in Fredericton.",
			"Ottawa says it has paid out more than $1.7 billion to dairy producers.",
			"Alberta has said it intends to opt out of the program, and the premier agreed."},
		want: []stmt{reportedBy(3, "it has paid out", "Government of Canada"),
			reportedBy(4, "it intends to opt out", "Government of Alberta")}},
		{name: "no government in the story: the place",
			paras: []string{"Weather", "Snow fell across the region.", "Ottawa says plows will be out all night."},
			want:  []stmt{reportedBy(3, "plows will be out all night", "Ottawa")}}})
}

// "Her family said in a statement" in an obituary is the Thibault family,
// and "the family" after it the same; "her family" stays an alias.
func TestBodiesAFamilyIsNamedForItsSurname(t *testing.T) {
	run(t, []attrCase{{name: "her family, the statement, the family",
		paras: []string{"Obituary", "CALGARY — Lucienne Thibault, the speed skater who won Olympic bronze in 1988, has died. She was 67.",
			"Her family said in a statement Monday that Thibault died Saturday in Calgary.",
			"The family asked that donations be made to a fund for young skaters."},
		want: []stmt{reportedBy(3, "Thibault died Saturday", "Thibault family"),
			reportedBy(4, "donations be made", "Thibault family")}}})
}

// A union named for two trades ("B.C. Ferry and Marine Workers’ Union") is
// one body though "Marine" is also a given name; a body's possessive ends
// its name before a year ("the Department of National Defence’s 2024
// update").
func TestBodiesUnionOfTwoTradesAndAPossessiveBeforeAYear(t *testing.T) {
	run(t, []attrCase{{name: "Ferry and Marine Workers’ Union; Defence’s 2024 update",
		paras: []string{"Ferry", "The B.C. Ferry and Marine Workers’ Union said members would vote.",
			"According to the Department of National Defence’s 2024 defence policy update, the base would cost $2 billion."},
		want: []stmt{reportedBy(2, "members would vote", "B.C. Ferry and Marine Workers’ Union"),
			reportedBy(3, "the base would cost", "Department of National Defence")}}})
}

// "Alberta Education" is a province's department and "BC Ferries" a
// company, never people called Alberta or Ferries.
func TestBodiesProvinceDepartmentAndFerries(t *testing.T) {
	run(t, []attrCase{{name: "Alberta Education; BC Ferries",
		paras: []string{"Schools", "Alberta Education announced Tuesday that the curriculum will become mandatory.",
			"BC Ferries said fares would rise 7.8 per cent."},
		want: []stmt{reportedBy(2, "the curriculum will become mandatory", "Alberta Education"),
			reportedBy(3, "fares would rise", "BC Ferries")},
		kinds: map[string]model.SpeakerKind{"Alberta Education": model.SpeakerBody, "BC Ferries": model.SpeakerBody}}})
}

// "The city said" is the city's government by the name it goes by, when
// a dateline or the mayor's title names the city; else "city".
func TestBodiesTheCityIsItsGovernment(t *testing.T) {
	run(t, []attrCase{{name: "a mayor's title names the city",
		paras: []string{"Snow", "Montreal Mayor Julien Castonguay says the operation will take five days.",
			"The city said in a statement that 1,146 vehicles were towed."},
		want: []stmt{reportedBy(3, "1,146 vehicles were towed", "City of Montreal")}},
		{name: "a dateline names the city",
			paras: []string{"Transit", "OTTAWA — The inquiry's report was released Tuesday.",
				"The city said in a statement that it accepts the findings."},
			want: []stmt{reportedBy(3, "it accepts the findings", "City of Ottawa")}},
		{name: "a wire dateline with a hyphen, after byline lines",
			paras: []string{"Transit", "The Canadian Press", "Staff", "Published: March 3, 2025",
				"SASKATOON - Buses stayed parked across the city on Monday.",
				"The city said its final offer included raises of 9.5 per cent."},
			want: []stmt{reportedBy(6, "its final offer included raises", "City of Saskatoon")}},
		{name: "the city's mayor by its possessive",
			paras: []string{"Water", "Calgary's mayor is urging residents to cut their water use.",
				"Fines start at $500, the city said in a statement."},
			want: []stmt{reportedBy(3, "Fines start at $500", "City of Calgary")}},
		{name: "a lower-case line with a hyphen is no dateline",
			paras: []string{"Transit", "buses - and trains - stopped on Monday.",
				"The city said its final offer included raises of 9.5 per cent."},
			want: []stmt{reportedBy(3, "its final offer included raises", "city")}},
		{name: "no city named",
			paras: []string{"Transit", "The inquiry's report was released Tuesday.",
				"The city said in a statement that it accepts the findings."},
			want: []stmt{reportedBy(3, "it accepts the findings", "city")}},
		{name: "a town's council names the town",
			paras: []string{"Drought", "Tamarack Falls council voted 5-2 on Monday night to move the town to Stage 4 restrictions.",
				"The town said in a statement that bylaw officers can issue fines."},
			want:  []stmt{reportedBy(3, "bylaw officers can issue fines", "Town of Tamarack Falls")},
			kinds: map[string]model.SpeakerKind{"Town of Tamarack Falls": model.SpeakerBody}},
		{name: "the town of X names the town, and the municipality is it",
			paras: []string{"Town warns residents", "The town of Bellmere issued a boil-water advisory on Monday.",
				"The municipality said the advisory covers every home.", "The town said bottled water would be delivered."},
			want: []stmt{reportedBy(3, "the advisory covers every home", "Town of Bellmere"), reportedBy(4, "bottled water would be delivered", "Town of Bellmere")}},
		{name: "a council or a mayor with no place before it names no city",
			paras: []string{"Budget", "The council voted 6-3 on Monday. Deputy Mayor Ann Lee voted against.",
				"The city did not dispute the figures but said the levy was fair."},
			want:        []stmt{reportedBy(3, "the levy was fair", "city")},
			notSpeakers: []string{"City of The", "City of Deputy"}}})
}

// "A union in Ontario says" is a union, unnamed, not the province; named
// in the next paragraph, it is that union.
func TestBodiesAnUnnamedBodyOfAPlace(t *testing.T) {
	run(t, []attrCase{{name: "a union in Ontario, then named",
		paras: []string{"Strike", "A union in Ontario says it will strike on Monday.",
			"The Ontario Public Service Employees Union represents 30,000 workers."},
		want: []stmt{reportedBy(2, "it will strike on Monday", "Ontario Public Service Employees Union")}}})
}

// A saint's hospital keeps its possessive inside its name ("St.
// Brendan’s Health Centre"), and "the hospital" after it is that centre.
func TestBodiesSaintsHospitalAndTheHospital(t *testing.T) {
	run(t, []attrCase{{name: "St. Brendan’s Health Centre, then the hospital",
		paras: []string{"Lawsuit", "The nurse worked at St. Brendan’s Health Centre for 11 years.",
			"In its statement of defence, the hospital denies that she was dismissed without cause."},
		want:  []stmt{reportedBy(3, "she was dismissed without cause", "St. Brendan’s Health Centre")},
		kinds: map[string]model.SpeakerKind{"St. Brendan’s Health Centre": model.SpeakerBody}}})
}

// "The Crown" in a Commonwealth courtroom is the prosecution: the Crown
// prosecutor the article named, else a body, never a person called Crown.
func TestBodiesTheCrown(t *testing.T) {
	run(t, []attrCase{
		{name: "the Crown prosecutor named",
			paras: []string{"Trial", "Crown prosecutor Denise Achebe told the court the driver chose his phone.",
				"The Crown argued that the claim surfaced late."},
			want: []stmt{reportedBy(3, "the claim surfaced late", "Denise Achebe")}},
		{name: "no prosecutor named",
			paras: []string{"Trial", "The Crown argued that the claim surfaced late."},
			want:  []stmt{reportedBy(2, "the claim surfaced late", "Crown")},
			kinds: map[string]model.SpeakerKind{"Crown": model.SpeakerBody}},
	})
}

// "Police said" after a force was named is that force; long after, or
// with none named, it is the police.
func TestBodiesPoliceIsTheForceNamed(t *testing.T) {
	run(t, []attrCase{{name: "the RCMP, then police said",
		paras: []string{"Rescue", "The RCMP said two men were rescued. Both were treated for hypothermia, police said."},
		want:  []stmt{reportedBy(2, "Both were treated for hypothermia", "RCMP"), reportedBy(2, "Both were treated for hypothermia", "~police")}},
		{name: "a force named long before",
			paras: []string{"Rescue", "The RCMP said two men were rescued.",
				"Other news.", "More news.", "Yet more.", "And more.", "Police said the road was closed."},
			want: []stmt{reportedBy(7, "the road was closed", "Police")}},
		{name: "a provincial RCMP, then police and the RCMP",
			paras: []string{"Crash", "Two people are dead after a collision, according to Nova Scotia RCMP.",
				"Police said they were called to the highway at 10:40 p.m.",
				"In a news release Sunday, the RCMP said a Honda crossed the centre line.",
				"RCMP are asking anyone who saw the crash to contact Halifax District RCMP."},
			want: []stmt{reportedBy(2, "Two people are dead", "Nova Scotia RCMP"), reportedBy(3, "they were called to the highway", "Nova Scotia RCMP"),
				reportedBy(4, "a Honda crossed the centre line", "Nova Scotia RCMP")},
			kinds: map[string]model.SpeakerKind{"Nova Scotia RCMP": model.SpeakerBody}},
		{name: "according to a police news release",
			paras: []string{"Crash", "A man has been charged, the Edmonton Police Service announced Thursday.",
				"He faces two charges, according to a police news release."},
			want: []stmt{reportedBy(3, "He faces two charges", "Edmonton Police Service")}}})
}

// A First Nation is a body by its name, diacritics and all, and "the
// band" is that First Nation, not some other body called a band.
func TestBodiesFirstNationAndTheBand(t *testing.T) {
	run(t, []attrCase{{name: "the Tetsǫ́ Tué First Nation, the band office, the band",
		paras: []string{"Fuel",
			"The Tetsǫ́ Tué First Nation says it is short of fuel.",
			"Families were told to call the band office.",
			"The band said in a notice that it will hold a meeting."},
		want:  []stmt{reportedBy(2, "it is short of fuel", "Tetsǫ́ Tué First Nation"), reportedBy(4, "it will hold a meeting", "Tetsǫ́ Tué First Nation")},
		kinds: map[string]model.SpeakerKind{"Tetsǫ́ Tué First Nation": model.SpeakerBody}}})
}

// "The statement read" after "In a statement, X said" is X's statement.
func TestBodiesTheStatementRead(t *testing.T) {
	run(t, []attrCase{{name: "In a statement, TransLink said …; “…,” the statement read",
		paras: []string{"Strike", "In a statement, TransLink said its offer was fair.", "“We know how hard this is,” the statement read."},
		want:  []stmt{quoteBy(3, "We know how hard this is,", "TransLink")}}})
}

// A statement read out is its reader's, or the family's it is read for;
// "the statement said" after it is not an earlier body's statement.
func TestBodiesStatementReadOnBehalfOf(t *testing.T) {
	run(t, []attrCase{{name: "the city's statement, then one read for a family, then one read out",
		paras: []string{"Crash",
			"The City of Edmonton said in a statement that it would review the crossing.",
			"Outside the courthouse, Manalo’s nephew, Paolo Manalo, read a statement on behalf of the Manalo family.",
			"“Tita Lourdes came to this country with one suitcase,” the statement said.",
			"Ana Ruiz read a statement. “We are grieving,” the statement said."},
		want: []stmt{quoteBy(4, "Tita Lourdes came to this country with one suitcase,", "Manalo family"),
			quoteBy(5, "We are grieving,", "Ana Ruiz")}}})
}

// An acronym of a body named before, with no brackets to introduce it
// ("the CIHR" after "the Canadian Institutes of Health Research"), is
// that body under its full name; an acronym that spells no body named is
// itself.
func TestBodiesAcronymOfABodyNamedBefore(t *testing.T) {
	run(t, []attrCase{{name: "the CIHR, the DNC, and the NDP named by its acronym alone",
		paras: []string{"Study",
			"The research was funded by the Canadian Institutes of Health Research. In a statement, the CIHR said the topic was a priority.",
			"The Democratic National Committee met. The DNC said the staff were suspended.",
			"The NDP said the plan was weak."},
		want: []stmt{reportedBy(2, "the topic was a priority", "Canadian Institutes of Health Research"),
			reportedBy(3, "the staff were suspended", "Democratic National Committee"),
			reportedBy(4, "the plan was weak", "NDP")}}})
}

// A one-word name with a capital inside it, as companies and agencies
// write theirs ("TransLink", "EgyptAir", "BlackRock"), is a body, never
// the mayor or a person; surnames with a capital inside stay people.
func TestBodiesCamelCaseNames(t *testing.T) {
	run(t, []attrCase{{name: "TransLink, EgyptAir, DeSantis, McConnell",
		paras: []string{"Strike", "TransLink said its offer was fair.", "“It is a disgrace,” the mayor said.",
			"EgyptAir confirmed the crew list. The airline said the pilot was experienced.",
			"Governor Ron DeSantis said the plan was bold. Senator Mitch McConnell said it was late."},
		want: []stmt{quoteBy(3, "It is a disgrace,", "the mayor"), reportedBy(4, "the pilot was experienced", "EgyptAir")},
		kinds: map[string]model.SpeakerKind{"TransLink": model.SpeakerBody, "EgyptAir": model.SpeakerBody,
			"Ron DeSantis": model.SpeakerPerson, "Mitch McConnell": model.SpeakerPerson}}})
}

// A body known first by its acronym and named in full later is one body,
// shown by its full name, with the acronym as alias.
func TestBodiesAcronymFirstThenFullName(t *testing.T) {
	run(t, []attrCase{{name: "the DNC, then the Democratic National Committee",
		paras: []string{"Party", "The DNC said the staff were suspended.", "Later the Democratic National Committee said the ban was lifted."},
		want: []stmt{reportedBy(2, "the staff were suspended", "Democratic National Committee"),
			reportedBy(3, "the ban was lifted", "Democratic National Committee")},
		speakers: []string{"Democratic National Committee"}}})
}

// "the report said" is the report the article last cited, and "the
// statement said" never a group of people nor a place, which issue none.
func TestBodiesTheReportAndTheStatement(t *testing.T) {
	run(t, []attrCase{{
		name: "according to a report, then the report said; witnesses, then the statement",
		paras: []string{"Hack",
			"Hackers entered the agency's computers, according to a congressional report on Wednesday.",
			"Lawmakers said the agency had hidden the attack.",
			"“The chairman's computer had been hacked,” the report said."},
		want: []stmt{quoteBy(4, "The chairman's computer had been hacked,", "a congressional report")},
	}})
	run(t, []attrCase{{
		name: "witnesses, then the statement",
		paras: []string{"Attack", "Witnesses said the truck sped up.",
			"“We stand with Norland,” the statement said."},
		want: []stmt{quoteBy(3, "We stand with Norland,", "the statement")},
	}})
}

// "The Gazette said Cook provided a written statement": the statement
// quoted next is Cook's, not the paper's that reports it.
func TestBodiesStatementProvidedBySomeoneReported(t *testing.T) {
	run(t, []attrCase{{
		name: "X said Y provided a statement, then the statement said",
		paras: []string{"Emails", "The Norland Gazette reported on the emails on Wednesday.",
			"The Gazette said Per Holm provided a written statement in response to its inquiries.",
			"“After reviewing his practices, the secretary stopped,” the statement said."},
		want: []stmt{quoteBy(4, "After reviewing his practices, the secretary stopped,", "Per Holm")},
	}})
}

// A ministry named "of" a list of portfolios ("Ministry of Children,
// Community and Social Services") is one body; its spokesperson named
// after it is the speaker.
func TestBodiesMinistryOfAListOfPortfolios(t *testing.T) {
	run(t, []attrCase{{name: "ministry of a list, spokesperson named",
		paras: []string{"Homes",
			"The Ministry of Children, Community and Social Services said the homes were inspected.",
			"In an emailed response, a spokesperson for the Ministry of Natural Resources, Forestry and Parks, Dana Olsen-Reyes, said the licences were under review."},
		want: []stmt{reportedBy(2, "the homes were inspected", "Ministry of Children, Community and Social Services"),
			reportedBy(3, "the licences were under review", "Dana Olsen-Reyes")}}})
}

// A lede's body known only by its kind ("A northern Saskatchewan First
// Nation has declared …") is the one body of that kind the next
// paragraphs name; "the First Nation" later is that one. With two of the
// kind named, neither is assumed.
func TestBodiesLedeKindNamedNext(t *testing.T) {
	lede := "A northern Saskatchewan First Nation has declared a state of emergency after its water plant failed."
	run(t, []attrCase{
		{name: "one First Nation named next",
			paras: []string{"Water", lede,
				"Wapiti River Dene Nation said in a news release that the pump failed.",
				"Chief Ann Bird said the band office is handing out water.",
				"The First Nation said the emergency will remain in place."},
			want: []stmt{reportedBy(3, "the pump failed", "Wapiti River Dene Nation"),
				reportedBy(5, "the emergency will remain in place", "Wapiti River Dene Nation")},
			speakers: []string{"Wapiti River Dene Nation", "Ann Bird"}},
		{name: "two named next",
			paras: []string{"Water", lede,
				"Wapiti River Dene Nation said the pump failed, and Clearwater Cree Nation said its plant was fine."},
			want: []stmt{reportedBy(3, "the pump failed", "Wapiti River Dene Nation"),
				reportedBy(3, "its plant was fine", "Clearwater Cree Nation")}},
	})
}

// A body's appositive gives it its kind even when a participle follows
// ("an independent human-rights group based in Sarykol"): "the group"
// later is that body, not a company named before it.
func TestBodiesKindFromAnAppositiveWithAParticiple(t *testing.T) {
	run(t, []attrCase{{name: "group based in",
		paras: []string{"Mine", "Borealis Gold Corp. said the seizure was illegal.",
			"The Open Steppe Legal Centre, an independent human-rights group based in Sarykol, warned that the seizure fit a pattern. Two journalists remain in custody, the group said."},
		want: []stmt{reportedBy(2, "the seizure was illegal", "Borealis Gold Corp."),
			reportedBy(3, "the seizure fit a pattern", "Open Steppe Legal Centre"),
			reportedBy(3, "Two journalists remain in custody", "Open Steppe Legal Centre")}}})
}

// "The union said" is the union the article named, even one named only in
// its president's title ("president of Amalgamated Transit Workers of
// B.C., Local 1724"); workers of a company are no union.
func TestBodiesTheUnionNamedInATitle(t *testing.T) {
	run(t, []attrCase{
		{name: "named in the president's title",
			paras: []string{"Strike", "Lorraine Tse-McAllister, president of Amalgamated Transit Workers of B.C., Local 1724, told Global News the two sides remain far apart.",
				"TransLink said its offer was fair.", "The union has said picket lines will remain in place."},
			want: []stmt{reportedBy(4, "picket lines will remain in place", "Amalgamated Transit Workers of B.C.")}},
		{name: "workers, then the union",
			paras: []string{"Plant", "Carrier workers said the plant would close. Workers there earn about $19 a day.",
				"The union said it agreed in 2011 to a two-tier wage system."},
			want: []stmt{reportedBy(2, "the plant would close", "Carrier workers"),
				reportedBy(3, "it agreed in 2011", "union")}},
	})
}

// A union known by one word is a body, and "the union" later is it
// ("Unifor said", "Unifor national president X said"); so is an
// association "which represents about 4,000 paramedics".
func TestBodiesTheUnionByItsOneWordName(t *testing.T) {
	run(t, []attrCase{
		{name: "Unifor said, then the union",
			paras: []string{"Tariffs", "Unifor said the auto workers were prepared to fight.",
				"The union said in a statement Thursday evening that it would hold rallies outside assembly plants."},
			want:     []stmt{reportedBy(3, "it would hold rallies", "Unifor")},
			speakers: []string{"Unifor"}},
		{name: "named only in its president's title",
			paras: []string{"Tariffs", "Unifor national president Lana Desrochers said the union’s auto workers were prepared to fight.",
				"The union said in a statement Thursday evening that it would hold rallies outside assembly plants."},
			want: []stmt{reportedBy(2, "the union’s auto workers", "Lana Desrochers"), reportedBy(3, "it would hold rallies", "Unifor")}},
		{name: "a brotherhood is a union and a body",
			paras: []string{"Lockout", "The railway locked out 8,200 workers represented by the Canadian Rail Operating Brotherhood on Aug. 25.",
				"The union says the main sticking point is scheduling. In a statement, the Canadian Rail Operating Brotherhood said the offer was unsafe."},
			want:  []stmt{reportedBy(3, "the main sticking point is scheduling", "Canadian Rail Operating Brotherhood")},
			kinds: map[string]model.SpeakerKind{"Canadian Rail Operating Brotherhood": model.SpeakerBody}},
		{name: "a Quebec fédération is a union",
			paras: []string{"Strike", "The Fédération autonome de l’enseignement, which represents 65,000 teachers, voted to strike.",
				"The union is calling for smaller classes."},
			want: []stmt{reportedBy(3, "The union is calling for smaller classes.", "Fédération autonome de l’enseignement")}},
		{name: "an association representing paramedics",
			paras: []string{"Paramedics", "The Health Sciences Association of Alberta, which represents about 4,000 paramedics and dispatchers, says the problem is staffing.",
				"The union also accuses the province of ignoring its own advisory committee."},
			want: []stmt{reportedBy(3, "the province of ignoring", "Health Sciences Association of Alberta")}},
	})
}

// A lede's "the union representing more than 4,000 drivers" speaks, not
// the drivers; it is the union the next paragraphs name, and "the union's
// president" later is the president named with it.
func TestBodiesLedeUnionNamedNext(t *testing.T) {
	run(t, []attrCase{{name: "union representing drivers, named next",
		paras: []string{"Strike",
			`The bus strike entered its second week, as the union representing more than 4,000 drivers and mechanics accused TransLink of "bargaining through the media."`,
			"Lorraine Tse-McAllister, president of Amalgamated Transit Workers of B.C., Local 1724, told Global News the two sides remain far apart.",
			`The minister said the government was "not contemplating" legislation, a phrase the union's president described as "a threat."`},
		want: []stmt{quoteBy(2, "bargaining through the media.", "Amalgamated Transit Workers of B.C."),
			quoteBy(4, "not contemplating", "the minister"), quoteBy(4, "a threat.", "Lorraine Tse-McAllister")}}})
}

// "The Crown utility" is a state-owned company, BC Hydro, not a body named
// Crown utility; once it is, "the utility" again is the same company, not
// the commission named between. "Fairweather's group" is the coalition she
// was named director of, and it argues what it filed.
func TestBodiesCrownUtilityAndAPersonsGroup(t *testing.T) {
	run(t, []attrCase{{name: "Crown utility, utility, her group",
		paras: []string{"Rates", "BC Hydro customers will pay more, the Crown utility said Tuesday.",
			"The increase, approved by the B.C. Utilities Commission, will add $5 a month, according to the utility.",
			"Leona Fairweather, executive director of the B.C. Electricity Consumers' Coalition, said the credits were small.",
			"Fairweather's group has filed a submission with the utilities commission arguing that BC Hydro underinvested in tree-trimming."},
		want: []stmt{reportedBy(2, "customers will pay more", "BC Hydro"), reportedBy(3, "will add", "BC Hydro"),
			reportedBy(5, "BC Hydro underinvested", "B.C. Electricity Consumers' Coalition")}}})
}

// "The division said" after "Saskatoon Public Schools" is that school
// division, a body, not a new one called division.
func TestBodiesTheSchoolDivision(t *testing.T) {
	run(t, []attrCase{{name: "public schools, then the division",
		paras: []string{"Strike", "Staff at Saskatoon Public Schools walked off the job.",
			"In a letter to families, the division said schools would stay open."},
		want:  []stmt{reportedBy(3, "schools would stay open", "Saskatoon Public Schools")},
		kinds: map[string]model.SpeakerKind{"Saskatoon Public Schools": model.SpeakerBody}}})
}

// "The report also warned" after "A report released last week by the
// Parliamentary Budget Office projected …" is the office's report, not
// whoever spoke last; "…, Lebrun announced, making it the first …" is
// Lebrun's whole sentence.
func TestBodiesTheReportOfABodyNamedBefore(t *testing.T) {
	run(t, []attrCase{{name: "report by a body, then the report",
		paras: []string{"Deficit", "Senior government sources said cabinet was weighing cuts.",
			"A report released last week by the Parliamentary Budget Office projected that the deficit will grow.",
			"The report also warned that dental-care spending is running ahead of projections.",
			"Leaders agreed to meet again in 2027 in Iqaluit, Prime Minister Anthony Lebrun announced, making it the first such summit held in Nunavut.",
			"Comparable apartments now rent for more than $2,400, according to the most recent rental market survey by the Canada Mortgage and Housing Corporation."},
		want: []stmt{reportedBy(4, "dental-care spending is running ahead", "Parliamentary Budget Office"),
			reportedBy(6, "Comparable apartments now rent for more", "Canada Mortgage and Housing Corporation"),
			reportedBy(5, "Leaders agreed to meet again in 2027", "Anthony Lebrun")}}})
}

// A regulator named for two professions and its province ("Engineers and
// Geoscientists British Columbia") is one body, even where the article
// writes "engineers" in lower case too.
func TestBodiesProfessionsOfAProvince(t *testing.T) {
	run(t, []attrCase{{name: "two professions and a province",
		paras: []string{"Parkade ruling",
			"Engineers and Geoscientists British Columbia, the province's regulator of the profession, confirmed it has an open investigation.",
			"Buyers are not engineers, the judge wrote.",
			"Nurses and Midwives Alberta said it would review the case."},
		want: []stmt{reportedBy(2, "it has an open investigation", "Engineers and Geoscientists British Columbia"),
			reportedBy(3, "Buyers are not engineers", "the judge"),
			reportedBy(4, "it would review the case", "Nurses and Midwives Alberta")},
		kinds: map[string]model.SpeakerKind{"Engineers and Geoscientists British Columbia": model.SpeakerBody,
			"Nurses and Midwives Alberta": model.SpeakerBody}}})
}

// A name after "firm" ("engineering firm Kowalczyk Structural
// Consultants") is a company, a body whatever its last word, and "the
// firm" after it names it again is that company, not another named first.
func TestBodiesFirmNamedAfterItsTrade(t *testing.T) {
	run(t, []attrCase{{name: "a developer, then an engineering firm, then the firm",
		paras: []string{"Parkade ruling",
			"The judge ordered Fraserview Ridge Developments Ltd. and engineering firm Kowalczyk Structural Consultants to pay.",
			"Kowalczyk Structural Consultants did not respond to requests for comment. In a response to the claim, the firm denied that the cracking was visible."},
		want:  []stmt{reportedBy(3, "the cracking was visible", "Kowalczyk Structural Consultants")},
		kinds: map[string]model.SpeakerKind{"Kowalczyk Structural Consultants": model.SpeakerBody}}})
}

// A place and a common noun the article also writes in lower case
// ("Alberta Wildfire" in a story about a wildfire) is a body, not a
// person: "the agency" is it.
func TestBodiesPlaceAndCommonNoun(t *testing.T) {
	run(t, []attrCase{{name: "Alberta Wildfire, then the agency",
		paras: []string{"Evacuation",
			"Crews fought the wildfire overnight.",
			"Alberta Wildfire confirmed the blaze is burning out of control. An investigation is underway, the agency said."},
		want: []stmt{reportedBy(3, "the blaze is burning out of control", "Alberta Wildfire"),
			reportedBy(3, "An investigation is underway", "Alberta Wildfire")},
		kinds: map[string]model.SpeakerKind{"Alberta Wildfire": model.SpeakerBody}}})
}

// In a story about one province, "the province" and "the provincial
// government" are its government, and so is "the government" when no
// federal government is in the story; elsewhere "the government" stays
// as written.
func TestBodiesProvincialGovernment(t *testing.T) {
	run(t, []attrCase{
		{name: "an Alberta story",
			paras: []string{"Evacuation",
				"EDMONTON — Crews are working in northern Alberta, the premier said.",
				"The province said evacuees may be eligible for a payment.",
				"The government has said it expects the Alberta bill to pass.",
				"The provincial government said it would help."},
			want: []stmt{reportedBy(3, "evacuees may be eligible", "Government of Alberta"),
				reportedBy(4, "it expects the Alberta bill to pass", "Government of Alberta"),
				reportedBy(5, "it would help", "Government of Alberta")},
			kinds: map[string]model.SpeakerKind{"Government of Alberta": model.SpeakerBody}},
		{name: "the Alberta government named first, under its own name",
			paras: []string{"Evacuation", "The Alberta government said crews were working in northern Alberta.",
				"The province said evacuees may be eligible for a payment."},
			want: []stmt{reportedBy(2, "crews were working", "Government of Alberta"), reportedBy(3, "evacuees may be eligible", "Government of Alberta")}},
		{name: "a federal story keeps the government",
			paras: []string{"Wildfires", "Premiers from Alberta and Quebec met in Ottawa. Alberta wants help.",
				"The government said it would send troops."},
			want: []stmt{reportedBy(3, "it would send troops", "government")}},
		{name: "no province named",
			paras: []string{"Budget", "The government said the budget would balance, the premier said."},
			want:  []stmt{reportedBy(2, "the budget would balance", "the premier")}},
	})
}

// A body named in French, small words and adjectives in lower case, is
// the body its acronym stands for later: "the OQLF says" is the Office
// québécois de la langue française. An acronym nothing before spells
// stays itself.
func TestBodiesFrenchNameThenItsAcronym(t *testing.T) {
	run(t, []attrCase{
		{name: "Office québécois de la langue française, then the OQLF",
			paras: []string{"Signs",
				"The Office québécois de la langue française sent the store a notice of non-compliance on May 2.",
				"In the letter, the OQLF says the signs must display French."},
			want:  []stmt{reportedBy(3, "the signs must display French", "Office québécois de la langue française")},
			kinds: map[string]model.SpeakerKind{"Office québécois de la langue française": model.SpeakerBody}},
		{name: "an acronym that spells the name's 'de': the CSSDM",
			paras: []string{"Strike",
				"Teachers rallied outside the offices of the Centre de services scolaire de Montréal.",
				"The CSSDM said in a statement that its schools would remain closed."},
			want: []stmt{reportedBy(3, "its schools would remain closed", "Centre de services scolaire de Montréal")}},
		{name: "an acronym nothing spells",
			paras: []string{"Signs", "The store got a notice.", "The QXLF said the signs must change."},
			want:  []stmt{reportedBy(3, "the signs must change", "QXLF")}},
	})
}

// "the Winnipeg Blue Bombers" is a team, a body; "the Bombers" and "Blue
// Bombers" after it are that team, even where a headline said "Blue
// Bombers" first.
func TestBodiesTeamAndItsShortNames(t *testing.T) {
	run(t, []attrCase{{name: "headline short name, full name, then the Bombers",
		paras: []string{"Blue Bombers rally past Roughriders",
			"Castellanos kicked the winning field goal as the Winnipeg Blue Bombers rallied to win.",
			"The Bombers said receiver Nathan Kowalchuk would be re-evaluated Monday."},
		want:  []stmt{reportedBy(3, "receiver Nathan Kowalchuk would be re-evaluated", "Winnipeg Blue Bombers")},
		kinds: map[string]model.SpeakerKind{"Winnipeg Blue Bombers": model.SpeakerBody}}})
}

// A riding named for two places joined by a dash ("Kent—Miramichi Bay")
// is one name, and its party's riding association a body.
func TestBodiesRidingAssociation(t *testing.T) {
	run(t, []attrCase{{name: "the Kent—Miramichi Bay Liberal riding association",
		paras: []string{"Retiring MP",
			"The Kent—Miramichi Bay Liberal riding association said in a statement that it will hold a nomination meeting.",
			"The association said it was pleased."},
		want: []stmt{reportedBy(2, "it will hold a nomination meeting", "Kent—Miramichi Bay Liberal riding association"),
			reportedBy(3, "it was pleased", "Kent—Miramichi Bay Liberal riding association")}}})
}

// A party known first by its acronym ("NDP accuses …") and then with its
// province ("The Alberta NDP said") is one body, named in full; "the
// Opposition NDP" is the party, in opposition.
func TestBodiesPartyAcronymAndItsProvince(t *testing.T) {
	run(t, []attrCase{{name: "NDP, Opposition NDP, Alberta NDP",
		paras: []string{"NDP accuses UCP of hiding rural health cuts",
			"EDMONTON — Alberta's Opposition NDP says the government is sleepwalking.",
			"The NDP pointed to a line. The Alberta NDP said in a news release that the reduction is real."},
		want: []stmt{reportedBy(1, "accuses UCP of hiding rural health cuts", "Alberta NDP"),
			reportedBy(2, "the government is sleepwalking", "Alberta NDP"),
			reportedBy(3, "the reduction is real", "Alberta NDP")},
		speakers: []string{"Alberta NDP"}}})
}

// "according to the OQLF’s most recent annual report" and "the office's
// annual report" are the body's own words, not a document's of its own;
// an acronym with a possessive is still the acronym ("OQLF", not "Oqlf").
func TestBodiesOwnReportIsTheBody(t *testing.T) {
	run(t, []attrCase{
		{name: "the acronym's report, the office's report",
			paras: []string{"Signs",
				"The Office québécois de la langue française sent a letter.",
				"According to the OQLF’s most recent annual report, it received 9,183 complaints.",
				"According to the office's annual report, complaints rose."},
			want: []stmt{reportedBy(3, "it received 9,183 complaints", "Office québécois de la langue française"),
				reportedBy(4, "complaints rose", "Office québécois de la langue française")}},
		{name: "an acronym met first with its possessive",
			paras: []string{"Signs", "Bakery owners take OQLF to court",
				"According to the OQLF’s most recent annual report, it received 9,183 complaints."},
			want:  []stmt{reportedBy(3, "it received 9,183 complaints", "OQLF")},
			kinds: map[string]model.SpeakerKind{"OQLF": model.SpeakerBody}},
	})
}

// A group named for its cause ("Peel Families for Safe Roads") is one
// body; people who work for someone named ("Attorneys for Clinton") are
// no body's name.
func TestBodiesGroupNamedForItsCause(t *testing.T) {
	run(t, []attrCase{
		{name: "families for safe roads",
			paras: []string{"Sentencing",
				"Peel Families for Safe Roads, an advocacy group, said in a statement that the case was a reminder."},
			want:  []stmt{reportedBy(2, "the case was a reminder", "Peel Families for Safe Roads")},
			kinds: map[string]model.SpeakerKind{"Peel Families for Safe Roads": model.SpeakerBody}},
		{name: "attorneys for someone named",
			paras: []string{"Emails", "Hillary Clinton testified.",
				"In court, Attorneys for Clinton said the emails were never the department's property."},
			want: []stmt{reportedBy(3, "the emails were never", "!Attorneys for Clinton")}},
	})
}

// "according to a police news release" is the force named; "The release
// said" after it is the force's too, not a document of its own.
func TestBodiesTheReleaseAfterThePoliceRelease(t *testing.T) {
	run(t, []attrCase{{name: "a police news release, then the release",
		paras: []string{"Hit and run",
			"Chief Marc-André Thibodeau of the Winnipeg Police Service told reporters that officers found the truck.",
			"The cyclist was struck at about 12:40 a.m., according to a police news release. The release said the driver did not stop."},
		want: []stmt{reportedBy(3, "The cyclist was struck", "Winnipeg Police Service"),
			reportedBy(3, "the driver did not stop", "Winnipeg Police Service")}}})
}

// "according to a notice posted by the band council" is the council's,
// named for the First Nation the article named: the Wapasiw Lake Cree
// Nation band council, and "the band council" after it the same.
func TestBodiesBandCouncilOfTheNation(t *testing.T) {
	run(t, []attrCase{{name: "a notice posted by the band council, then the band council",
		paras: []string{"Boil-water advisory",
			"Wapasiw Lake Cree Nation was placed under a boil-water advisory on Monday. Testing detected E. coli bacteria, according to a notice posted by the band council.",
			"The band council said the plant would reopen."},
		want: []stmt{reportedBy(2, "Testing detected E. coli bacteria", "Wapasiw Lake Cree Nation band council"),
			reportedBy(3, "the plant would reopen", "Wapasiw Lake Cree Nation band council")},
		kinds: map[string]model.SpeakerKind{"Wapasiw Lake Cree Nation band council": model.SpeakerBody}}})
}

// "according to the Crown corporation’s application" is the Crown
// corporation's, BC Hydro, not the commission named in the same sentence;
// "BC Hydro president and chief executive Colleen Tsang" after a
// quotation is Colleen Tsang.
func TestBodiesCrownCorporationAndItsChief(t *testing.T) {
	run(t, []attrCase{{name: "the Crown corporation's application, then its president and chief executive",
		paras: []string{"Rate hike",
			"BC Hydro wants rates to rise 3.75 per cent a year.",
			"If approved by the British Columbia Utilities Commission, the increase would add $7.50 a month, according to the Crown corporation’s application, filed Thursday.",
			"“Nobody likes to see their bill go up,” BC Hydro president and chief executive Colleen Tsang told reporters in Vancouver."},
		want: []stmt{reportedBy(3, "the increase would add", "BC Hydro"),
			quoteBy(4, "Nobody likes to see their bill go up,", "Colleen Tsang")}}})
}

// A teachers' or nurses' association bargains as a union: "the union"
// after "the Winnipeg Teachers' Association" is it; a board of trade is
// no union.
func TestBodiesTeachersAssociationIsTheUnion(t *testing.T) {
	run(t, []attrCase{
		{name: "teachers' association, then the union",
			paras: []string{"Cuts", "The Winnipeg Teachers' Association said the cuts were wrong.", "The union said it would file grievances."},
			want:  []stmt{reportedBy(3, "it would file grievances", "Winnipeg Teachers' Association")}},
		{name: "a business association is no union",
			paras: []string{"Cuts", "The Winnipeg Business Association said the cuts were wise.", "The union said it would file grievances."},
			want:  []stmt{reportedBy(3, "it would file grievances", "!Winnipeg Business Association")}},
	})
}

// "The health authority also said" after Alberta Health Services is that
// body: an authority points back to the body whose name holds its kind.
func TestBodiesTheHealthAuthority(t *testing.T) {
	run(t, []attrCase{{name: "Alberta Health Services, then the health authority",
		paras: []string{"ER waits", "Alberta Health Services said in a statement that masking is required.",
			"The health authority also said it had opened 48 beds."},
		want: []stmt{reportedBy(3, "it had opened 48 beds", "Alberta Health Services")}}})
}

// "the team said" after "The Winnipeg Jets" is the team named; with no
// team named, the phrase as written.
func TestBodiesTheTeamIsTheTeamNamed(t *testing.T) {
	run(t, []attrCase{
		{name: "the Winnipeg Jets, then the team",
			paras: []string{"Goalie out", "WINNIPEG — The Winnipeg Jets will play the rest of the season without their starting goaltender.",
				"Goaltender Mikael Lindqvist will have surgery next week, the team said in a statement."},
			want: []stmt{reportedBy(3, "Goaltender Mikael Lindqvist will have surgery", "Winnipeg Jets")}},
		{name: "no team named",
			paras: []string{"Games", "The World Anti-Doping Agency met on Monday.", "The rooms had leaking pipes, the team said."},
			want:  []stmt{reportedBy(3, "The rooms had leaking pipes", "!World Anti-Doping Agency")}},
	})
}

// "the Government of Nunavut’s Petroleum Products Division" is the
// division, a body, and "the division’s notice" later is its; "Children's
// Hospital of Eastern Ontario" keeps its possessive, no body's.
func TestBodiesDivisionOfABody(t *testing.T) {
	run(t, []attrCase{{name: "a body's division, then the division's notice",
		paras: []string{"Spill",
			"The spill was confirmed by the Government of Nunavut’s Petroleum Products Division, which said it was cleaning up.",
			"According to the division’s notice, crews have recovered about 6,400 litres.",
			"Children's Hospital of Eastern Ontario said it was full."},
		want: []stmt{reportedBy(3, "crews have recovered about 6,400 litres", "Petroleum Products Division"),
			reportedBy(4, "it was full", "Children's Hospital of Eastern Ontario")},
		kinds: map[string]model.SpeakerKind{"Petroleum Products Division": model.SpeakerBody}}})
}

// "the Office of the Parliamentary Budget Officer" is one body, so "a
// spokesperson for the budget office" later is it, not the Prime
// Minister's Office named before.
func TestBodiesOfficeOfTheX(t *testing.T) {
	run(t, []attrCase{{name: "Office of the Parliamentary Budget Officer, then the budget office",
		paras: []string{"Carbon pricing", "The Prime Minister's Office said the freeze was fair.",
			"A 2024 report from the Office of the Parliamentary Budget Officer found that most households received more in rebates.",
			"A spokesperson for the budget office confirmed in an email that it would publish updated estimates."},
		want: []stmt{reportedBy(4, "it would publish updated estimates", "Office of the Parliamentary Budget Officer")}}})
}

// A body met first by its acronym ("OQLF" in a headline) takes the French
// name the text spells out later: "the OQLF said" is then shown as the
// Office québécois de la langue française.
func TestBodiesAcronymFirstThenItsFrenchName(t *testing.T) {
	run(t, []attrCase{{name: "OQLF in the headline, the name later",
		paras: []string{"Bakery owners take OQLF to court",
			"The owners face fines from the Office québécois de la langue française over their signs.",
			"The OQLF said the signs broke the law."},
		want:     []stmt{reportedBy(3, "the signs broke the law", "Office québécois de la langue française")},
		speakers: []string{"Office québécois de la langue française"}}})
}

// A body's head and "of the" go on to the rest of its name: "The
// Professional Institute of the Public Service of Canada", "the Council of
// the Federation", "The Ministry of the Solicitor General".
func TestBodiesNameRunsOnPastOfThe(t *testing.T) {
	run(t, []attrCase{
		{name: "Institute of the …",
			paras: []string{"Grievance", "The Professional Institute of the Public Service of Canada, which represents scientists, said it was weighing a grievance."},
			want:  []stmt{reportedBy(2, "it was weighing a grievance", "Professional Institute of the Public Service of Canada")}},
		{name: "Council of the …",
			paras: []string{"Premiers", "The Council of the Federation said the premiers would meet again in July."},
			want:  []stmt{reportedBy(2, "the premiers would meet again in July", "Council of the Federation")}},
	})
}

// A province's body is its last word alone later ("Hydro" after "Manitoba
// Hydro"), and a party and portfolio before a critic's role ("Progressive
// Conservative Hydro critic Dale Oberfeld") name no body that "Hydro"
// could be.
func TestBodiesProvincesBodyByItsLastWord(t *testing.T) {
	run(t, []attrCase{
		{name: "Hydro",
			paras: []string{"Rates", "Manitoba Hydro said it needs a rate increase.",
				`Progressive Conservative Hydro critic Dale Oberfeld accused the government of hiding. "They campaigned on affordability," he said.`,
				"According to Hydro's own figures, the first increase would add $4.60 a month."},
			want: []stmt{reportedBy(2, "it needs a rate increase", "Manitoba Hydro"),
				reportedBy(3, "the government of hiding", "Dale Oberfeld"), quoteBy(3, "They campaigned on affordability,", "Dale Oberfeld"),
				reportedBy(4, "the first increase would add $4.60 a month", "Manitoba Hydro")}},
	})
}

// A plural's possessive with no "s" stays inside a body's name: "The Red
// River Indigenous Women's Circle said" is that circle, not "Circle".
func TestBodiesNameHoldsAPluralPossessive(t *testing.T) {
	run(t, []attrCase{
		{name: "Women's Circle",
			paras: []string{"Landfill", "The Red River Indigenous Women's Circle said the ruling was fair.",
				"The Red River Indigenous Women's Circle, an advocacy group, said the search must go on."},
			want: []stmt{reportedBy(2, "the ruling was fair", "Red River Indigenous Women's Circle"),
				reportedBy(3, "the search must go on", "Red River Indigenous Women's Circle")}},
	})
}

// "Agriculture and Agri-Food Canada said" is one department, not a joint
// statement of "Agriculture" and "Agri-Food Canada".
func TestBodiesAgriFoodDepartment(t *testing.T) {
	run(t, []attrCase{
		{name: "Agriculture and Agri-Food Canada",
			paras: []string{"Drought", `In a statement to Global News, Agriculture and Agri-Food Canada said it is "closely monitoring" dry conditions.`},
			want: []stmt{reportedBy(2, "it is", "Agriculture and Agri-Food Canada"),
				quoteBy(2, "closely monitoring", "Agriculture and Agri-Food Canada")}},
	})
}

// A company named in full is its short form later ("Cordillera Ridge
// said" after Cordillera Ridge Gold Corp., "Meridian Social said" after
// Meridian Social Inc.), not a person; a place is no short form ("British
// Columbia" is not the British Columbia Liberal Party); and "The
// spokesperson said" after "a Northcape spokesperson said" speaks for the
// same body, not for the minister who spoke before.
func TestBodiesShortFormsAndTheSpokesperson(t *testing.T) {
	run(t, []attrCase{
		{name: "short forms",
			paras: []string{"Mine", "The ombudsperson accepted the complaint against Cordillera Ridge Gold Corp., which operates the mine.",
				"Cordillera Ridge, which is listed on the Toronto Stock Exchange, said its contractor acted lawfully.",
				"Meridian Social Inc. was named in the suit.", "Meridian Social said it has tools for parents."},
			want: []stmt{reportedBy(3, "its contractor acted lawfully", "Cordillera Ridge Gold Corp."),
				reportedBy(5, "it has tools for parents", "Meridian Social Inc.")}},
		{name: "the spokesperson",
			paras: []string{"Plant", "Northcape Seafoods Ltd. will close the plant, the company said.",
				"Fisheries Minister Clayton Reid said he was disappointed.",
				"In an email Wednesday, a Northcape spokesperson said the company is not in talks with any buyer.",
				"The spokesperson said workers will be paid until the end of May."},
			want: []stmt{reportedBy(2, "Northcape Seafoods Ltd. will close the plant", "Northcape Seafoods Ltd."),
				reportedBy(3, "he was disappointed", "Clayton Reid"), reportedBy(4, "the company is not in talks", "Northcape Seafoods Ltd."),
				reportedBy(5, "workers will be paid", "Northcape Seafoods Ltd.")}},
	})
}

// "&" joins a body's name: "Northvale Home & Hardware said" is that
// retailer, not "Hardware", and "LSEG Data & Analytics" one firm.
func TestBodiesAmpersandInAName(t *testing.T) {
	run(t, []attrCase{
		{name: "Home & Hardware",
			paras: []string{"Privacy", "Northvale Home & Hardware said it had stopped using the system.",
				"Economists had expected 2.3 per cent, according to LSEG Data & Analytics."},
			want: []stmt{reportedBy(2, "it had stopped using the system", "Northvale Home & Hardware"),
				reportedBy(3, "Economists had expected 2.3 per cent", "LSEG Data & Analytics")}},
	})
}

// French bodies headed "Service" keep their whole name: "The Service de
// police de la Ville de Montréal said", "The Service de sécurité incendie de
// Montréal confirmed".
func TestBodiesFrenchServiceNames(t *testing.T) {
	run(t, []attrCase{
		{name: "Service de …",
			paras: []string{"Montreal", "The Service de police de la Ville de Montréal said it would enforce the law.",
				"The Service de sécurité incendie de Montréal confirmed that two people were hurt."},
			want: []stmt{reportedBy(2, "it would enforce the law", "Service de police de la Ville de Montréal"),
				reportedBy(3, "two people were hurt", "Service de sécurité incendie de Montréal")}},
	})
}

// "The Yukon government says" is the Government of Yukon in any story,
// as "Ottawa" or "Alberta" is in a story with a federal or provincial
// government.
func TestBodiesProvincesGovernmentNamedByItsPlace(t *testing.T) {
	run(t, []attrCase{
		{name: "the Yukon government",
			paras: []string{"Housing", "The Yukon government says its new housing strategy will deliver 1,000 new homes.",
				"Renters say they have heard such promises before."},
			want: []stmt{reportedBy(2, "its new housing strategy", "Government of Yukon"), reportedBy(3, "they have heard such promises", "*")}},
	})
}

// A plural before a province or a country names a body ("Elections
// Nunavut", "Engineers Canada"), which "the agency" points back to.
func TestBodiesPluralBeforeAPlace(t *testing.T) {
	run(t, []attrCase{
		{name: "Elections Nunavut",
			paras: []string{"Vote", "Elections Nunavut said turnout was 52 per cent.", "The agency said results would be certified Friday."},
			want:  []stmt{reportedBy(2, "turnout was 52 per cent", "Elections Nunavut"), reportedBy(3, "results would be certified", "Elections Nunavut")}},
	})
}

// "The union" the article never tied to a name is the one trade union it
// names: before it ("their union said" in the lede, the local named far
// below), or after it ("The union representing …" then its president's
// local). An appositive or "which represents … pilots" says a body is a
// union; "Under the Code, the union must …" does not.
func TestBodiesTheUnionIsTheOneUnionNamed(t *testing.T) {
	run(t, []attrCase{
		{name: "the union representing, then its local",
			paras: []string{"Shutdown", "Line 1 was closed for seven hours.",
				"The union representing most front-line workers said the closure showed crews are stretched too thin.",
				"“Our track workers found this crack,” said Carmine Aquino, president of Amalgamated Transit Union Local 113."},
			want: []stmt{reportedBy(3, "the closure showed crews", "Amalgamated Transit Union Local 113"),
				quoteBy(4, "Our track workers found this crack,", "Carmine Aquino")}},
		{name: "a lede's union, named paragraphs later",
			paras: []string{"Refit deal", "The union representing workers at the yard warns there may not be enough welders.",
				"The contract runs to 2038.", "Irving said it would hire.", "Ottawa said the ships were needed.",
				"Darrell MacIsaac, president of Unifor Local 1, said the company has struggled to recruit welders."},
			want: []stmt{reportedBy(2, "there may not be enough welders", "Unifor Local 1")}},
		{name: "which represents pilots",
			paras: []string{"Strike vote", "Pilots at Borealis Air voted to authorize a strike, their union said Tuesday.",
				"The Air Line Pilots Association, which represents about 1,150 pilots at the carrier, said 97 per cent of members supported the mandate.",
				"Under the Canada Labour Code, the union must give 72 hours' notice.",
				"The cooling-off period would begin July 14, according to the union."},
			want: []stmt{reportedBy(2, "Pilots at Borealis Air voted", "Air Line Pilots Association"),
				reportedBy(5, "The cooling-off period would begin", "Air Line Pilots Association")},
			notSpeakers: []string{"Canada Labour Code", "union"}},
		{name: "the union named in an appositive",
			paras: []string{"Settlement", "The National Police Federation, the union representing RCMP members, said it welcomes the settlement.",
				"The union said members still need protection from reprisal."},
			want: []stmt{reportedBy(2, "it welcomes the settlement", "National Police Federation"),
				reportedBy(3, "members still need protection", "National Police Federation")}},
	})
}

// A report or a decision whose author the article names speaks for its
// author: "In a report released Thursday, director Maryse Thibodeau
// concluded …" then "the report says"; "…,” Ostrowski wrote in her
// reasons" then "according to the decision". A report named with no
// author stays the report.
func TestBodiesTheReportIsItsAuthors(t *testing.T) {
	run(t, []attrCase{
		{name: "in a report, the director concluded",
			paras: []string{"Taser", "In a report released Thursday, SIRT director Maryse Thibodeau concluded the officer's use of force was reasonable.",
				"Downey fell and struck his head on a stair railing, the report says."},
			want: []stmt{reportedBy(2, "the officer's use of force was reasonable", "Maryse Thibodeau"),
				reportedBy(3, "Downey fell and struck his head", "Maryse Thibodeau")}},
		{name: "wrote in her reasons, then the decision",
			paras: []string{"Write-off", "Tribunal member Nadine Ostrowski dismissed the claim on Monday.",
				"“I find these are not reliable comparators,” Ostrowski wrote in her reasons.",
				"ICBC accepted that the other driver was fully at fault, according to the decision."},
			want: []stmt{quoteBy(3, "I find these are not reliable comparators,", "Nadine Ostrowski"),
				reportedBy(4, "ICBC accepted that the other driver", "Nadine Ostrowski")}},
		{name: "says in a market study, then the report says; not inside another's 'said that'",
			paras: []string{"Groceries", "Grocery margins rose faster than costs, the Competition Bureau says in a long-awaited market study.",
				"The report says property controls keep new competitors out.",
				"MP Ana Ruiz said that the report confirmed her view that the chains “do not want competition.”"},
			want: []stmt{reportedBy(2, "Grocery margins rose faster than costs", "Competition Bureau"),
				reportedBy(3, "property controls keep new competitors out", "Competition Bureau"),
				reportedBy(4, "the report confirmed her view", "Ana Ruiz"), quoteBy(4, "do not want competition.", "Ana Ruiz")}},
		{name: "an auditor's report named before the auditor, then according to the report",
			paras: []string{"Schools", "Students wait longer for schools, Ontario's auditor general says in a report released Wednesday.",
				"Auditor General Hélène Marchand-Kowalski said the boards must act.",
				"Part of the problem, according to the report, is that the formula ranks projects by need."},
			want: []stmt{reportedBy(2, "Students wait longer for schools", "Hélène Marchand-Kowalski"),
				reportedBy(3, "the boards must act", "Hélène Marchand-Kowalski"),
				reportedBy(4, "the formula ranks projects by need", "Hélène Marchand-Kowalski")}},
		{name: "a letter by a father who shares his son's middle name",
			paras: []string{"Sentencing", "Kyle Andrew Wasylenko, 24, pleaded guilty in March.",
				"She read aloud from a letter written by Wasylenko’s father, Andrew Wasylenko, a retired mechanic.",
				"“I raised him alone after his mother left,” the letter read."},
			want:     []stmt{quoteBy(4, "I raised him alone after his mother left,", "Andrew Wasylenko")},
			speakers: []string{"Andrew Wasylenko"}},
		{name: "a report with no author named",
			paras: []string{"Hack", "Senator Ruth Alder said the agency was slow to act.",
				"The agency hid the attack for months, the report says."},
			want: []stmt{reportedBy(2, "the agency was slow to act", "Ruth Alder"), reportedBy(3, "The agency hid the attack", "the report")}},
	})
}

// A department named by a list of portfolios whose first word joins two by
// a hyphen is one body: "Crown-Indigenous Relations and Northern Affairs
// Canada", not "Crown-Indigenous Relations".
func TestBodiesPortfolioListWithAHyphenedWord(t *testing.T) {
	run(t, []attrCase{{name: "Crown-Indigenous Relations and Northern Affairs Canada",
		paras: []string{"Caribou",
			"In a statement, Crown-Indigenous Relations and Northern Affairs Canada said the federal government would not weigh in.",
			"The department added that communities are eligible for a harvesters' grant."},
		want: []stmt{reportedBy(2, "the federal government would not weigh in", "Crown-Indigenous Relations and Northern Affairs Canada"),
			reportedBy(3, "communities are eligible", "Crown-Indigenous Relations and Northern Affairs Canada")}}})
}

// A firm named for its trade in the plural ("Westbrook Meats", "Escarpment
// Ridge Homes") is a company, not a man called Westbrook: "the company
// said" after it is that firm.
func TestBodiesFirmNamedForItsTradePlural(t *testing.T) {
	run(t, []attrCase{{name: "Westbrook Meats, then the company",
		paras: []string{"Plant", "Westbrook Meats denied that workers are discouraged from reporting injuries.",
			"“Every employee has the right to a safe workplace,” the company said in a statement."},
		want: []stmt{reportedBy(2, "workers are discouraged", "Westbrook Meats"),
			quoteBy(3, "Every employee has the right to a safe workplace,", "Westbrook Meats")},
		kinds: map[string]model.SpeakerKind{"Westbrook Meats": model.SpeakerBody}}})
}

// "Police said", before the force is named or after an earlier bare
// "police", is the one police force the article names.
func TestBodiesBarePoliceIsTheForceNamed(t *testing.T) {
	run(t, []attrCase{{name: "according to police, then the service named, then police say",
		paras: []string{"Shooting",
			"According to police, the man is in hospital in critical but stable condition.",
			"According to the Saskatoon Police Service, officers were called to a home shortly after 2 a.m.",
			"Police say officers found the man in the backyard."},
		want: []stmt{reportedBy(2, "the man is in hospital", "Saskatoon Police Service"),
			reportedBy(3, "officers were called to a home", "Saskatoon Police Service"),
			reportedBy(4, "officers found the man", "Saskatoon Police Service")}}})
}

// A letter, a memo or a notice from a named body speaks for it later:
// "a letter from the Department of Social Development", then "the letter
// says".
func TestBodiesTheLetterIsItsSenders(t *testing.T) {
	run(t, []attrCase{{name: "a letter from the department",
		paras: []string{"Shelter",
			"Last week the shelter received a letter from the Department of Social Development.",
			"The shelter's funding will end on March 31, the letter says."},
		want: []stmt{reportedBy(3, "The shelter's funding will end", "Department of Social Development")}}})
}

// A district or a division of three words or more ("Columbia Shuswap
// Regional District", "Assiniboine Plains School Division")
// is a body, not a long run of capitals a headline might hold.
func TestBodiesRegionalDistrict(t *testing.T) {
	run(t, []attrCase{{name: "the regional district says",
		paras: []string{"Fire", "Crews are working, the Columbia Shuswap Regional District says."},
		want:  []stmt{reportedBy(2, "Crews are working", "Columbia Shuswap Regional District")}},
		{name: "a school division of three words, then the division",
			paras: []string{"Busing cut", "The Assiniboine Plains School Division said Tuesday it will stop busing students.",
				"The division says the move will save about $1.2 million a year."},
			want: []stmt{reportedBy(2, "it will stop busing students", "Assiniboine Plains School Division"),
				reportedBy(3, "the move will save", "Assiniboine Plains School Division")}}})
}

// A country's office abroad carries the place it sits in ("The Chinese
// Embassy in France said"): the embassy speaks, not France, and "the
// embassy" later is it; any body the sentence opens with speaks before
// "in" and its place ("The Tthek’éh Dene Nation in northwestern Alberta
// says").
func TestBodiesEmbassyInAPlace(t *testing.T) {
	run(t, []attrCase{{name: "the Chinese Embassy in France said",
		paras: []string{"G7", "The Chinese Embassy in France said in a statement that the measures were unfair.",
			"“This is unacceptable,” the embassy said.",
			"The Tthek’éh Dene Nation in northwestern Alberta says it will go to court.",
			"The Embassy of Canada in Washington said it was aware of the hearing."},
		want: []stmt{reportedBy(2, "the measures were unfair", "Chinese Embassy in France"),
			quoteBy(3, "This is unacceptable,", "Chinese Embassy in France"),
			reportedBy(4, "it will go to court", "Tthek’éh Dene Nation"),
			reportedBy(5, "it was aware of the hearing", "Embassy of Canada")}},
		{name: "a country's embassy in a city, in lower case",
			paras: []string{"Sanctions", "Ukraine’s embassy in Washington said in a statement that it was grateful for every new measure.",
				"Mexico’s consulate in Tucson said it was following the case."},
			want: []stmt{reportedBy(2, "it was grateful for every new measure", "Ukraine’s embassy in Washington"),
				reportedBy(3, "it was following the case", "Mexico’s consulate in Tucson")}}})
}

// A state's body named after the state's possessive keeps the state in its
// name: "Russia’s Defence Ministry" and "Ukraine’s Defence Ministry" are two
// speakers, at a paragraph's start too; a "General Staff" is no general.
func TestBodiesStatesMinistryKeepsTheState(t *testing.T) {
	run(t, []attrCase{{name: "two countries' defence ministries",
		paras: []string{"War", "Russia’s Defence Ministry said its forces had taken the village.",
			"Ukraine’s Defence Ministry said the attack was repelled.",
			"Israel’s Prime Minister’s Office said the delegation would travel Sunday.",
			"Ukraine’s General Staff said 14 attacks were repelled."},
		want: []stmt{reportedBy(2, "its forces had taken the village", "Russia’s Defence Ministry"),
			reportedBy(5, "14 attacks were repelled", "Ukraine’s General Staff"),
			reportedBy(3, "the attack was repelled", "Ukraine’s Defence Ministry"),
			reportedBy(4, "the delegation would travel Sunday", "Israel’s Prime Minister’s Office")}}})
}

// A one-word name the tables do not know, which speaks and which nothing
// marks as a person's, is the body "the agency" or "the company" points
// back to: "…, Metrolinx says." then "The agency also says".
func TestBodiesBareNameIsTheAgency(t *testing.T) {
	run(t, []attrCase{{name: "Metrolinx says, then the agency",
		paras: []string{"LRT delay", "The opening of the line has been pushed back two years, Metrolinx says.",
			"In a presentation on Tuesday, the provincial transit agency said the delay was caused by utilities.",
			"The agency also says the budget has risen."},
		want: []stmt{reportedBy(2, "pushed back two years", "Metrolinx"),
			reportedBy(3, "the delay was caused by utilities", "Metrolinx"),
			reportedBy(4, "the budget has risen", "Metrolinx")},
		kinds: map[string]model.SpeakerKind{"Metrolinx": model.SpeakerBody}}})
}

// "A statement from the White House later Wednesday described …" is the
// White House's, past the time between its name and the cue.
func TestBodiesStatementFromABodyThenATime(t *testing.T) {
	run(t, []attrCase{{name: "a statement from X later Wednesday",
		paras: []string{"Trade", "A statement from the White House later Wednesday described the meeting as “productive” and said the president “remains committed to a fair relationship.”"},
		want: []stmt{reportedBy(2, "A statement from the White House", "White House"), quoteBy(2, "productive", "White House"),
			quoteBy(2, "remains committed to a fair relationship.", "White House")}}})
}

// "Kenya's central bank" in the headline and the lede is the "Central
// Bank of Kenya" the story names after: one body.
func TestBodiesPlacesKindIsTheBodyNamed(t *testing.T) {
	a := analyze(t, titled("Kenya's central bank holds rates, warns of fuel price risks",
		"NAIROBI, May 12 (Reuters) - Kenya's central bank kept its benchmark lending rate at 9 per cent on Tuesday, saying inflation was within its target range.",
		"The Central Bank of Kenya said rising fuel prices posed a risk."))
	for _, st := range a.Statements {
		if st.Speaker != "Central Bank of Kenya" {
			t.Errorf("¶%d %q by %q, want the Central Bank of Kenya", st.Paragraph, st.Text, st.Speaker)
		}
	}
	if len(a.Statements) < 2 {
		t.Errorf("statements %+v, want the lede's and the bank's", a.Statements)
	}
}

// "The Ts’ilh Nadleh First Nation and BC Hydro" are two bodies, not one
// name: "the band" later is the First Nation.
func TestBodiesTwoBodiesJoinedByAnd(t *testing.T) {
	run(t, []attrCase{{name: "a First Nation and BC Hydro",
		paras: []string{"Dam", "The Ts’ilh Nadleh First Nation and BC Hydro signed a settlement on Tuesday.",
			"The band said in a news release that the first payments would be made in June."},
		want:        []stmt{reportedBy(3, "the first payments would be made in June", "Ts’ilh Nadleh First Nation")},
		notSpeakers: []string{"and BC Hydro"}}})
}

// "the police service" after "Winnipeg Police Service Chief X" is the
// service the chief's title names, not a body called "police service".
func TestBodiesKindNamedInATitle(t *testing.T) {
	run(t, []attrCase{{name: "the police service after its chief's title",
		paras: []string{"Crisis team", "That was the message Monday from Winnipeg Police Service Chief Darren Okafor-Lindquist as the service launched a unit.",
			"According to figures released by the police service, officers responded to 31,480 calls in 2024."},
		want: []stmt{reportedBy(3, "officers responded to 31,480 calls", "Winnipeg Police Service")}}})
}

// "the Kliksiwi Forest Defenders, the group that organized the blockade"
// gives the body the kind "group", so "the group" later is it and not the
// Instagram it posted to.
func TestBodiesKindBeforeThat(t *testing.T) {
	run(t, []attrCase{{name: "X, the group that …",
		paras: []string{"Blockade", "Video of the arrest was posted to social media by the Kliksiwi Forest Defenders, the group that organized the blockade.",
			"In a post on Instagram, the group called the arrests “a shameful show of force.”"},
		want: []stmt{reportedBy(3, "In a post on Instagram", "Kliksiwi Forest Defenders"), quoteBy(3, "a shameful show of force.", "Kliksiwi Forest Defenders")}}})
}

// "part of Last Call Hamilton, a local climate group that has shown up
// …" makes the body a group even after "of" and with a clause after its
// kind; and a platform it posted to is never "the group".
func TestBodiesGroupAfterOfAndNoPlatform(t *testing.T) {
	run(t, []attrCase{{name: "X, a local climate group that …",
		paras: []string{"Rally",
			"The protesters were part of Last Call Hamilton, a local climate group that has shown up at several campaign events this week. In a statement posted to Instagram, the group says it will “keep showing up.”"},
		want: []stmt{reportedBy(2, "it will", "Last Call Hamilton"), quoteBy(2, "keep showing up.", "Last Call Hamilton")}},
		{name: "a group never named",
			paras: []string{"Rally", "Protesters from a local climate group disrupted the rally on Saturday.",
				"In a statement posted to Instagram, the group says it will “keep showing up.”"},
			want:        []stmt{quoteBy(3, "keep showing up.", "group")},
			notSpeakers: []string{"Instagram"}}})
}

// "Keystone Precision Components" is a company by its last word, so "the
// company announced" in its sentence and "Keystone said" later are its.
func TestBodiesCompanyByComponentsWord(t *testing.T) {
	run(t, []attrCase{{name: "X Components …, the company announced",
		paras: []string{"Plant closing",
			"ST. THOMAS, Ont. — Keystone Precision Components will close its stamping plant in St. Thomas, Ont., cutting about 1,100 jobs, the company announced Thursday.",
			"Keystone said severance would be paid."},
		want: []stmt{reportedBy(2, "Keystone Precision Components will close", "Keystone Precision Components"),
			reportedBy(3, "severance would be paid", "Keystone Precision Components")}}})
}

// A headline's "Prairie Northern", read as a person's name, is the
// company once the body names it in full ("Prairie Northern Railway",
// "Harvest Plains Grain Corp."), and "Prairie Northern said" later is the
// company's.
func TestBodiesHeadlineNameGrowsIntoACompany(t *testing.T) {
	run(t, []attrCase{{name: "Prairie Northern, then Prairie Northern Railway",
		paras: []string{"Rail workers issue strike notice as talks with Prairie Northern stall",
			"WINNIPEG — Thousands of workers at Prairie Northern Railway could be off the job as early as Monday after their union issued strike notice on Thursday.",
			"Prairie Northern, which hauls roughly a quarter of the grain, said in a statement that it had tabled a fair offer."},
		want:     []stmt{reportedBy(3, "it had tabled a fair offer", "Prairie Northern Railway")},
		speakers: []string{"Prairie Northern Railway"}},
		{name: "Harvest Plains, then Harvest Plains Grain Corp.",
			paras: []string{"Competition Tribunal blocks Harvest Plains takeover of Redwater Terminals",
				"The Competition Tribunal has blocked Harvest Plains Grain Corp.’s proposed acquisition of rival grain handler Redwater Terminals Ltd., ruling that the deal would lessen competition.",
				"Harvest Plains had offered to sell six elevators to an independent buyer.",
				"Harvest Plains argued during the hearing that farmers could truck grain to more distant elevators."},
			want: []stmt{reportedBy(2, "the deal would lessen competition", "Competition Tribunal"), reportedBy(4, "farmers could truck grain", "Harvest Plains Grain Corp.")}}})
}

// A name ending in "Team" is a body's ("the Serious Incident Response
// Team concluded that …"), and a team named for the police ("the city's
// Police and Crisis Team") is no police force that "police said" means.
func TestBodiesTeamsAndThePolice(t *testing.T) {
	run(t, []attrCase{{name: "the Serious Incident Response Team concluded",
		paras: []string{"Report",
			"In a report released Thursday, the Serious Incident Response Team concluded that the force used was “reasonable and necessary.”"},
		want: []stmt{reportedBy(2, "the force used was", "Serious Incident Response Team"),
			quoteBy(2, "reasonable and necessary.", "Serious Incident Response Team")}},
		{name: "police said, with a Police and Crisis Team named",
			paras: []string{"Shooting", "A Saskatoon Police Service officer shot a man on Sunday.",
				"Officers gave first aid until paramedics arrived, police said.",
				"The city's Police and Crisis Team operates only until 10 p.m., according to the police service's website."},
			want: []stmt{reportedBy(3, "Officers gave first aid", "Saskatoon Police Service")}}})
}

// Bodies the name tests missed: "Hydro One" (a number for a name's last
// word) opening a sentence; "The Laurentian Municipal Pension Plan,
// which …, said" (four capitals after "the" in prose, no headline); and
// "the utility" after a power utility, not the police named since. A law
// ("the American Health Security Act of 2009") stays no one.
func TestBodiesUtilityAndLongNamesAfterThe(t *testing.T) {
	run(t, []attrCase{{name: "Hydro One; the utility",
		paras: []string{"Ice storm", "Hydro One said power had been restored to all but 340 customers.",
			"Ontario Provincial Police said two highways were closed.",
			"The utility said in a statement that it prioritizes repairs to hospitals."},
		want: []stmt{reportedBy(2, "power had been restored", "Hydro One"), reportedBy(3, "two highways were closed", "Ontario Provincial Police"),
			reportedBy(4, "it prioritizes repairs", "Hydro One")}},
		{name: "The Laurentian Municipal Pension Plan, which …, said",
			paras: []string{"AGM", "The Laurentian Municipal Pension Plan, which holds about 1.2 per cent of the bank's shares, said it would vote in favour.",
				"The American Health Security Act of 2009, introduced by Sanders, said states would run the plans."},
			want:        []stmt{reportedBy(2, "it would vote in favour", "Laurentian Municipal Pension Plan")},
			notSpeakers: []string{"Health Security"}}})
}

// "Lanthier's report also concluded" after Auditor General Marguerite
// Lanthier is her finding: an office-holder's report speaks for her; a
// memoir or a letter of someone with no office stays the document's.
func TestBodiesOfficeHoldersReport(t *testing.T) {
	run(t, []attrCase{{name: "Lanthier's report concluded",
		paras: []string{"Committee", "The study was prompted by a report from Auditor General Marguerite Lanthier, tabled in October.",
			"Lanthier's report also concluded that Northvane had subcontracted most of the work, a practice she described as “legal, but very difficult to justify.”"},
		want: []stmt{reportedBy(3, "Northvane had subcontracted", "Marguerite Lanthier"), quoteBy(3, "legal, but very difficult to justify.", "Marguerite Lanthier")}},
		{name: "Axelrod's memoir",
			paras: []string{"Memoir", "David Axelrod worked for Obama for years.", "She later compared the talk to a root canal, according to Axelrod’s memoir."},
			want:  []stmt{reportedBy(3, "She later compared", "Axelrod’s memoir")}}})
}

// "The Alberta Pharmacists' Guild said" is the guild, a body's name with
// a plural possessive in it, and "the guild" later is it; "Pharmacists
// say" is pharmacists, not a body called "Alberta Pharmacists".
func TestBodiesGuild(t *testing.T) {
	run(t, []attrCase{{name: "the Alberta Pharmacists' Guild",
		paras: []string{"Shortage", "Pharmacists say the shortage has forced them into hours of phone calls.",
			"The Alberta Pharmacists' Guild said the shortage was severe.", "The guild said supplies would improve."},
		want: []stmt{reportedBy(2, "the shortage has forced them", "Pharmacists"), reportedBy(3, "the shortage was severe", "Alberta Pharmacists' Guild"),
			reportedBy(4, "supplies would improve", "Alberta Pharmacists' Guild")}}})
}

// More words that name bodies: "The Ontario Confederation of Faculty
// Unions said" (not "Faculty Unions"), "the Inspectorate of Policing",
// "the Westside Community Wellness Collective" then "the collective"; a
// ship ("MV Confederation") stays no company.
func TestBodiesConfederationsCollectivesAndShips(t *testing.T) {
	run(t, []attrCase{{name: "confederation, collective",
		paras: []string{"Cuts", "The Ontario Confederation of Faculty Unions said the cuts were reckless.",
			"Staff at the Westside Community Wellness Collective have worked without pay.",
			"The collective wrote in a letter to council that it would have to close."},
		want: []stmt{reportedBy(2, "the cuts were reckless", "Ontario Confederation of Faculty Unions"),
			reportedBy(4, "it would have to close", "Westside Community Wellness Collective")}},
		{name: "a ship is no company",
			paras: []string{"Ferry", "Northumberland Ferries cancelled Friday sailings after the MV Confederation lost an engine.",
				"The company said the replacement parts are being shipped from Ontario."},
			want: []stmt{reportedBy(3, "the replacement parts", "Northumberland Ferries")}}})
}

// "the non-profit" (hyphenated) and "the charity" point back to the body
// the article called one: "North End Sport Centre Inc., a non-profit that
// raised …" then "the non-profit said".
func TestBodiesNonProfit(t *testing.T) {
	run(t, []attrCase{{name: "the non-profit said",
		paras: []string{"Mural", "The arena is operated by North End Sport Centre Inc., a non-profit that raised about $22 million.",
			"In a statement emailed to CBC News on Tuesday, the non-profit said the change was made in error."},
		want: []stmt{reportedBy(3, "the change was made in error", "North End Sport Centre Inc.")}}})
}

// "the Department of Education and Early Childhood Development" is one
// department, so "the department" later is it, not a "Department of
// Education" cut at "and".
func TestBodiesDepartmentNameWithAnd(t *testing.T) {
	run(t, []attrCase{{name: "Department of Education and Early Childhood Development",
		paras: []string{"School", "The Department of Education and Early Childhood Development said it would appeal.", "The department said it would comply."},
		want: []stmt{reportedBy(2, "it would appeal", "Department of Education and Early Childhood Development"),
			reportedBy(3, "it would comply", "Department of Education and Early Childhood Development")}}})
}

// "Toronto police said" after Peel Regional Police is another force, not
// Peel's; "Peel police said" is Peel's.
func TestBodiesAnotherPlacesPolice(t *testing.T) {
	run(t, []attrCase{{name: "Peel, then Toronto police",
		paras: []string{"Crash", "Peel Regional Police charged the driver in March.",
			"Peel police said the investigation is continuing.", "Toronto police said a second driver was sought."},
		want: []stmt{reportedBy(3, "the investigation is continuing", "Peel Regional Police"),
			reportedBy(4, "a second driver was sought", "Toronto police")}}})
}

// "Local 7 of the Pacific Retail and Food Workers Union said" is the
// local, named whole, and "the local" later is it, not the whole union.
func TestBodiesUnionLocal(t *testing.T) {
	run(t, []attrCase{{name: "Local 7 of the … Union said",
		paras: []string{"Strike", "Local 7 of the Pacific Retail and Food Workers Union said members would return to work.", "The local said the vote was close."},
		want: []stmt{reportedBy(2, "members would return to work", "Local 7 of the Pacific Retail and Food Workers Union"),
			reportedBy(3, "the vote was close", "Local 7 of the Pacific Retail and Food Workers Union")}}})
}

// "Nova Scotia's police watchdog says" in the lede is the Serious
// Incident Response Team the next paragraph names, as "Manitoba's police
// watchdog" is its Independent Investigation Unit.
func TestBodiesWatchdogNamedNext(t *testing.T) {
	run(t, []attrCase{{name: "Nova Scotia's police watchdog, then SIRT",
		paras: []string{"Watchdog", "Nova Scotia's police watchdog says there are no grounds to charge two officers.",
			"In a report released Thursday, the Serious Incident Response Team concluded that the force was reasonable."},
		want: []stmt{reportedBy(2, "there are no grounds", "Serious Incident Response Team"),
			reportedBy(3, "the force was reasonable", "Serious Incident Response Team")}}})
}

// The firm a poll is named for is "the firm" later: "A Sondages Boréal
// poll … The firm said" is the pollster's; an outlet's poll ("A CNN/ORC
// poll") names no firm.
func TestBodiesPollsterNamedByItsPoll(t *testing.T) {
	run(t, []attrCase{{name: "A Sondages Boréal poll …. The firm said",
		paras: []string{"Poll", "A Sondages Boréal poll of 412 residents, conducted June 4 to 9, put Bergeron at 39 per cent. The firm said results are accurate within five points."},
		want:  []stmt{reportedBy(2, "results are accurate within five points", "Sondages Boréal")}}})
}

// A deck's bare "company cites …" is no name: once the story names the
// company ("Athabasca Ridge Energy Ltd. says"), "the company" is that one.
func TestBodiesNamedCompanyBeatsTheDecksBareNoun(t *testing.T) {
	run(t, []attrCase{
		{name: "deck's company, then a named company, then the company",
			paras: []string{"Oilsands producer to cut 650 jobs",
				"Union says workers learned of cuts on video calls; company cites 'structural' cost pressures",
				"CALGARY — Athabasca Ridge Energy Ltd. says it will cut about 650 jobs at its oilsands operations.",
				"The company said most of the affected positions are in mine operations."},
			want:       []stmt{reportedBy(4, "most of the affected positions are in mine operations", "Athabasca Ridge Energy Ltd.")},
			moreQuotes: true},
	})
}

// A body whose name holds an outlet's word before its kind ("Independent
// Investigation Unit of Manitoba") is no outlet; its initials in brackets
// before "found that" leave it the subject; and the report it released is
// its: "the report states" later is the unit's.
func TestBodiesNamedLikeAnOutletAndTheirReports(t *testing.T) {
	run(t, []attrCase{
		{name: "In a report released Wednesday, X (IIU) found that …; the report states",
			paras: []string{"Watchdog report",
				"In a special report released Wednesday, the Independent Investigation Unit of Manitoba (IIU) found that police missed the deadline.",
				"“Timely notification is the law,” the report states.",
				"The report found that delays were long."},
			want: []stmt{reportedBy(2, "police missed the deadline", "Independent Investigation Unit of Manitoba"),
				quoteBy(3, "Timely notification is the law,", "Independent Investigation Unit of Manitoba"),
				reportedBy(4, "delays were long", "Independent Investigation Unit of Manitoba")}},
	})
}

// "Sutherland’s 2022 assessment found that …": the finding of a document
// owned by someone the article gave a role is theirs, a year between.
func TestBodiesOwnersDatedAssessment(t *testing.T) {
	run(t, []attrCase{
		{name: "X’s 2022 assessment found that",
			paras: []string{"Inquiry", "Engineer Marnie Sutherland testified on Tuesday.", "Sutherland’s 2022 assessment found that the berm had lost material."},
			want:  []stmt{reportedBy(3, "the berm had lost material", "Marnie Sutherland")}},
	})
}

// A body named before "in City, State," is the finding's subject: "a panel
// of the U.S. Circuit Court of Appeals in Richmond, Virginia, found that".
func TestBodiesBeforeACityAndState(t *testing.T) {
	run(t, []attrCase{
		{name: "a panel of the Court in Richmond, Virginia, found that",
			paras: []string{"Ruling", "In a 2-1 ruling, a panel of the U.S. Circuit Court of Appeals in Richmond, Virginia, found that the law imposes burdens on voters."},
			want:  []stmt{reportedBy(2, "the law imposes burdens on voters", "U.S. Circuit Court of Appeals")}},
	})
}

// A conjunction opening the sentence is no word of the campaign's name:
// "But Haugland’s campaign has argued …" is "Kristin Haugland’s campaign", the one Haugland named.
func TestCampaignAfterOpeningConjunction(t *testing.T) {
	run(t, []attrCase{{
		name: "But X's campaign",
		paras: []string{"Race",
			"Kristin Haugland is running for governor.",
			"But Haugland’s campaign has argued that the scandal helps her."},
		want:        []stmt{reportedBy(3, "the scandal helps her", "Kristin Haugland’s campaign")},
		notSpeakers: []string{"But Haugland’s campaign"}}})
}

// A place's abbreviation keeps its stop in a group's name: "St. Louis
// County police said" is "St. Louis County police", not "Louis County
// police".
func TestGroupNameKeepsPlaceAbbreviation(t *testing.T) {
	run(t, []attrCase{{
		name: "St. Louis County police",
		paras: []string{"Rally",
			"Officers on horseback kept the two groups apart. St. Louis County police said there were no arrests."},
		want: []stmt{reportedBy(2, "there were no arrests", "St. Louis County police")}}})
}

// "Dairy Farmers of Canada" is a body's name whole, though the article
// writes "dairy" in lower case too: a trade's plural, "of" and a place.
func TestTradeBodyOfAPlace(t *testing.T) {
	run(t, []attrCase{{
		name: "Dairy Farmers of Canada, which …, said",
		paras: []string{"Trade",
			"The dairy sector is worried about the talks.",
			"Dairy Farmers of Canada, which represents about 9,400 farms, said in a statement it was “reassured.”"},
		want:       []stmt{quoteBy(3, "reassured.", "Dairy Farmers of Canada")},
		moreQuotes: true}})
}

// "USA TODAY" is the paper, written in capitals or not: its analysis is
// its own, "told USA TODAY" leaves the speaker the subject, and
// "According to USA TODAY contributor and monetary historian David Marsh"
// is his, two role nouns joined by "and" before his name.
func TestBodiesUSATodayIsAnOutlet(t *testing.T) {
	run(t, []attrCase{{name: "USA TODAY",
		paras: []string{"Early vote",
			"Sen. Bernie Sanders says he is prepared for a floor fight.",
			"More than 14 million Americans have already voted, according to a USA TODAY analysis of state data.",
			"The Vermont senator told USA TODAY that there are good provisions in the document.",
			"According to USA TODAY contributor and monetary historian David Marsh, U.S. and European interest rates have diverged."},
		want: []stmt{reportedBy(3, "More than 14 million Americans", "USA TODAY"), reportedBy(4, "there are good provisions", "Bernie Sanders"),
			reportedBy(5, "U.S. and European interest rates have diverged", "David Marsh")},
		speakers: []string{"Bernie Sanders", "USA TODAY", "David Marsh"}}})
}

// A body known by a surname's possessive is shown with the full name of
// the one person of that surname ("Catherine Halvorsen’s campaign"), the
// short form an alias; with two people of the name it stays as written.
func TestBodiesPossessiveOwnerShownInFull(t *testing.T) {
	run(t, []attrCase{{name: "one Halvorsen",
		paras: []string{"Recount",
			"Catherine Halvorsen won the state by 11,842 votes.",
			"Halvorsen’s campaign said it would send lawyers to observe the recount."},
		want: []stmt{reportedBy(3, "it would send lawyers", "Catherine Halvorsen’s campaign"), reportedBy(3, "it would send lawyers", "~Halvorsen’s campaign")}}})
	run(t, []attrCase{{name: "a place's ministry, after a heading that ends in the place",
		paras: []string{"Measles", "Quebec public health authorities have confirmed 47 cases.", "SPREAD BEYOND QUEBEC",
			"A spokesperson for Quebec’s Health Ministry said the ministry had ordered 40,000 doses."},
		notSpeakers: []string{"SPREAD BEYOND QUEBEC’s Health Ministry", "BEYOND QUEBEC’s Health Ministry"}}})
	run(t, []attrCase{{name: "two Halvorsens",
		paras: []string{"Recount",
			"Catherine Halvorsen won the state, and her brother Tyler Halvorsen was at her side.",
			"Halvorsen’s campaign said it would send lawyers to observe the recount."},
		want: []stmt{reportedBy(3, "it would send lawyers", "Halvorsen’s campaign")}}})
}

// "the ministry" after "Mexico’s Secretariat of Foreign Affairs" is that
// secretariat, a government's ministry by another name.
func TestBodiesSecretariatIsTheMinistry(t *testing.T) {
	run(t, []attrCase{{name: "Secretariat of Foreign Affairs, then the ministry",
		paras: []string{"Call",
			"Mexico’s Secretariat of Foreign Affairs said in a statement Monday that its consulate was in contact with the family.",
			"The ministry said it “will follow the case closely.”"},
		want: []stmt{reportedBy(2, "its consulate was in contact", "Secretariat of Foreign Affairs"), reportedBy(3, "it “will follow the case closely.”", "Secretariat of Foreign Affairs"),
			quoteBy(3, "will follow the case closely.", "Secretariat of Foreign Affairs")},
		speakers: []string{"Secretariat of Foreign Affairs"}}})
}

// "The agency" is the agency just named, not the city it is based in,
// even when a dateline named the city before.
func TestBodiesTheAgencyIsNotWhereItIsBased(t *testing.T) {
	run(t, []attrCase{{name: "an agency based in Thunder Bay",
		paras: []string{"Inquest", "THUNDER BAY — A coroner’s jury has made 57 recommendations.",
			"All three teens had been placed by Giizhigad Family Services, a First Nations-run agency based in Thunder Bay that serves 18 communities. The agency told the inquest it had no homes in the north."},
		want: []stmt{reportedBy(3, "it had no homes in the north", "Giizhigad Family Services")}}})
}

// "The department" right after a federal department spoke ("Crown-Indigenous
// Relations and Northern Affairs Canada said …", "Health Canada said …") is
// that department, not another department named before it.
func TestBodiesTheDepartmentThatJustSpoke(t *testing.T) {
	run(t, []attrCase{{name: "a department named '… Canada'",
		paras: []string{"Claim", "The Justice Department argued the claim should fail.",
			"Crown-Indigenous Relations and Northern Affairs Canada said in an e-mailed statement that it was reviewing the decision.",
			`"Canada is committed to resolving specific claims fairly," the department said.`},
		want: []stmt{quoteBy(4, "Canada is committed to resolving specific claims fairly,", "Crown-Indigenous Relations and Northern Affairs Canada")}}})
}

// A body named after a place's common noun in the possessive ("the
// territory’s Department of Education", "The province's Special
// Investigations Unit, which …") speaks by its own name, not as no one.
func TestBodiesNamedAfterAGenericPlacesPossessive(t *testing.T) {
	run(t, []attrCase{{name: "the territory's, the province's",
		paras: []string{"Schools",
			"According to the territory’s Department of Education, fewer than half of students go on to earn a diploma.",
			"The province's Special Investigations Unit, which probes deaths involving police, concluded in 2024 that there were no grounds to charge any of the officers."},
		want: []stmt{reportedBy(2, "fewer than half of students", "Department of Education"),
			reportedBy(3, "there were no grounds to charge", "Special Investigations Unit")}}})
}

// "The Ecuadorean presidency said" is a body, the presidency, not no one.
func TestBodiesThePresidency(t *testing.T) {
	run(t, []attrCase{{name: "the Ecuadorean presidency",
		paras: []string{"Mine", "In a statement on Tuesday, the Ecuadorean presidency said the government supports responsible investment."},
		want:  []stmt{reportedBy(2, "the government supports responsible investment", "~Ecuadorean presidency")}}})
}

// "The group" or "the company" is one named before it, not a firm named
// later in its own sentence: "Heartland Majority Fund, the super PAC …,
// has reserved $9 million in ads, according to AdPulse" is the fund's.
func TestBodiesTheGroupIsNotNamedAfterIt(t *testing.T) {
	run(t, []attrCase{{name: "the super PAC, a tracking firm after",
		paras: []string{"Ads", "Heartland Majority Fund has spent heavily in the state.",
			"The group said it has reserved $9 million in ads for the fall, more than any tracked by AdPulse, a media-tracking company."},
		want: []stmt{reportedBy(3, "it has reserved $9 million", "Heartland Majority Fund")}}})
}

// "…, including crews from New Brunswick Power, …, according to the
// utility" is the utility that has been speaking, not one first named in
// its own sentence.
func TestBodiesTheUtilityThatSpoke(t *testing.T) {
	run(t, []attrCase{{name: "crews from another utility",
		paras: []string{"Outage", "Nova Scotia Power said most customers would have power back by Wednesday.",
			"More than 400 line workers are on the ground, including crews from New Brunswick Power and two contractors from Maine, according to the utility."},
		want: []stmt{reportedBy(3, "More than 400 line workers", "Nova Scotia Power")}}})
}

// A body named "… of" a place is the same body later called by the rest
// of its name, and a count of years after its name is no part of it.
func TestBodiesNamedOfAPlaceThenWithout(t *testing.T) {
	run(t, []attrCase{
		{name: "the Supreme Court after the Supreme Court of Canada, 25 years after it",
			paras: []string{
				"Judge acquits four harvesters",
				"A judge ruled that the closure was not a justified limit on a treaty right recognized by the Supreme Court of Canada 25 years ago.",
				"The Supreme Court said in 1999 that the right could be regulated.",
			},
			want:        []stmt{reportedBy(3, "the right could be regulated", "Supreme Court of Canada")},
			notSpeakers: []string{"Canada 25"}},
		{name: "the Court of Appeal after the Court of Appeal of Alberta",
			paras: []string{
				"Appeal court upholds law",
				"The Court of Appeal of Alberta said the law stands.",
				"The Court of Appeal later said it would hear one more case.",
			},
			want:     []stmt{reportedBy(3, "it would hear one more case", "Court of Appeal of Alberta")},
			speakers: []string{"Court of Appeal of Alberta"}},
	})
}

// A state's "Division of" something is a body: "according to the Florida
// Division of Elections" is the division's, not no one's.
func TestBodiesDivisionOfSomething(t *testing.T) {
	run(t, []attrCase{{name: "according to the Florida Division of Elections",
		paras: []string{"Early vote",
			"More than 4.3 million voters had cast ballots by Thursday morning, according to the Florida Division of Elections."},
		want: []stmt{reportedBy(2, "More than 4.3 million voters", "Florida Division of Elections")}}})
}

// A drugmaker named "… Therapeutics" is a company, so "the company" in a
// sentence about Cadmus is it, not the product a camel-cased name
// ("GlucaPen") made to look like one.
func TestBodiesTherapeuticsIsACompany(t *testing.T) {
	run(t, []attrCase{{name: "Cadmus Therapeutics, then Cadmus … the company",
		paras: []string{"Hearing",
			"Victoria Lange-Morrow, the CEO of Cadmus Therapeutics, defended the price of the company’s GlucaPen, a pre-filled injector.",
			"Patients have rationed their GlucaPens for months.",
			"Cadmus has already announced a $300 savings card, and on Wednesday the company said it would introduce a generic version of the pen."},
		want:        []stmt{reportedBy(4, "it would introduce a generic version", "Cadmus Therapeutics")},
		notSpeakers: []string{"GlucaPen"}}})
}

// "The Office of the Comptroller and Auditor General" is one office, for
// one officer of two titles, and its finding reads past its initials in
// brackets: "… (C&AG) found that …".
func TestBodiesOfficeOfAnOfficerWithTwoTitles(t *testing.T) {
	run(t, []attrCase{{name: "Office of the Comptroller and Auditor General (C&AG) found",
		paras: []string{"Vacant homes",
			"In its annual report, published on Wednesday, the Office of the Comptroller and Auditor General (C&AG) found that 2,140 homes had been brought back into use.",
			"The Office of the Comptroller and Auditor General said that ministers had cited a figure of 4,600."},
		want: []stmt{reportedBy(2, "2,140 homes had been brought back", "Office of the Comptroller and Auditor General"),
			reportedBy(3, "ministers had cited a figure", "Office of the Comptroller and Auditor General")}}})
}

// A body named by portfolios set off by commas keeps them all: "Britain's
// Foreign, Commonwealth and Development Office" is that office, no
// "Commonwealth and Development Office".
func TestBodiesPortfolioListBeforeTheHead(t *testing.T) {
	run(t, []attrCase{{name: "Foreign, Commonwealth and Development Office",
		paras: []string{"Transition",
			"A spokesperson for Britain's Foreign, Commonwealth and Development Office said in an email that the foreign secretary expected to meet him."},
		want:  []stmt{reportedBy(2, "the foreign secretary expected to meet him", "Foreign, Commonwealth and Development Office")},
		named: []string{"Foreign, Commonwealth and Development Office"}}})
}

// A Quebec ministry's French name runs through its whole list of
// portfolios, however long: "Ministère de l'Environnement, de la Lutte
// contre les changements climatiques, de la Faune et des Parcs", no "Parcs".
func TestBodiesLongFrenchPortfolioList(t *testing.T) {
	name := "Ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs"
	run(t, []attrCase{{name: "a long French list of portfolios",
		paras: []string{"Water",
			"Quebec's " + name + " confirmed in an email that the project is under review."},
		want:  []stmt{reportedBy(2, "the project is under review", name)},
		named: []string{name}}})
}

// "the Permanent Court of Arbitration in The Hague found" is the court's,
// not The Hague's (an embassy keeps its place: "the Egyptian Embassy in
// Ottawa"); and "“…” — a ruling China has dismissed" gives the quotation
// to no "a ruling China".
func TestBodiesBodyInAPlace(t *testing.T) {
	run(t, []attrCase{{name: "the X Court in The Hague found that … “…” — a ruling China has dismissed",
		paras: []string{"Sea",
			"In July, the Permanent Court of Arbitration in The Hague found that Beijing's claims had \"no legal basis\" — a ruling China has dismissed.",
			"In a statement, the Egyptian Embassy in Ottawa said he was being held lawfully."},
		want: []stmt{reportedBy(2, "Beijing's claims had", "Permanent Court of Arbitration"),
			quoteBy(2, "no legal basis", "Permanent Court of Arbitration"),
			reportedBy(3, "he was being held lawfully", "Egyptian Embassy in Ottawa")},
		notSpeakers: []string{"a ruling China", "Hague"}}})
}

// A body's name goes on with "on" and its concern: "the Commission on
// Presidential Debates", "the House Committee on Oversight and Government
// Reform" (not "on Tuesday", nor another body's initials); and a byline in
// lower case ("by Frances Delacroix-Hunt 6 Sep 2016") names no one who can
// be "the firebrand leader".
func TestBodiesNameGoesOnWithOn(t *testing.T) {
	run(t, []attrCase{{name: "the Commission on Presidential Debates said",
		paras: []string{"Debate",
			"by Frances Delacroix-Hunt 6 Sep 2016",
			"The White House canceled the meeting with President Ramon Dalisay after the firebrand leader warned he would curse the president.",
			"The Commission on Presidential Debates said the third debate would go ahead.",
			"The House Committee on Oversight and Government Reform said on Tuesday it would hold a hearing."},
		want: []stmt{reportedBy(3, "he would curse the president", "!Frances Delacroix-Hunt"),
			reportedBy(4, "the third debate would go ahead", "Commission on Presidential Debates"),
			reportedBy(5, "it would hold a hearing", "House Committee on Oversight and Government Reform")},
		notSpeakers: []string{"Frances Delacroix-Hunt"}}})
}

// A body whose name ends with its city ("Gig Workers United Edmonton"),
// set off before "a group representing …", speaks as that body, not as
// the city nor as no one.
func TestBodiesNameEndingInItsCityBeforeAGroupAside(t *testing.T) {
	run(t, []attrCase{{name: "X Edmonton, a group representing couriers, said",
		paras: []string{"Verdict",
			"In a statement Friday, Gig Workers United Edmonton, a group representing app-based couriers, said the verdict \"brings some accountability.\""},
		want: []stmt{reportedBy(2, "the verdict", "Gig Workers United Edmonton"),
			quoteBy(2, "brings some accountability.", "Gig Workers United Edmonton")}}})
}

// "Order" heads a body's name that goes on with "of": "The Washington
// State Fraternal Order of Police said" is the order, not "Police".
func TestBodiesOrderOfPolice(t *testing.T) {
	run(t, []attrCase{{name: "the X Fraternal Order of Police said",
		paras: []string{"Race",
			"The Washington State Fraternal Order of Police said it was deeply concerned."},
		want:  []stmt{reportedBy(2, "it was deeply concerned", "Washington State Fraternal Order of Police")},
		named: []string{"Washington State Fraternal Order of Police"}}})
}

// A body's name holds "of" before words that end in a body's head ("the
// Miscarriage of Justice Review Commission") and an inquiry's subject
// after "into", "and" and all ("the National Inquiry into Missing and
// Murdered Indigenous Women and Girls"); "Anouk de Wilde-Mensah of Leiden
// University" is still a person of a university.
func TestBodiesNamesWithOfAndInto(t *testing.T) {
	run(t, []attrCase{{name: "Miscarriage of Justice Review Commission, National Inquiry into …",
		paras: []string{"Review",
			"In a 46-page decision released Tuesday, the Miscarriage of Justice Review Commission said police failed to disclose notes.",
			"Neither interview was disclosed to the defence, the commission said.",
			"It follows the final report of the National Inquiry into Missing and Murdered Indigenous Women and Girls, which concluded that the violence amounted to genocide.",
			"Political scientist Anouk de Wilde-Mensah of Leiden University said the result reflected years of anger."},
		want: []stmt{reportedBy(2, "police failed to disclose notes", "Miscarriage of Justice Review Commission"),
			reportedBy(3, "Neither interview was disclosed", "Miscarriage of Justice Review Commission"),
			reportedBy(4, "the violence amounted to genocide", "National Inquiry into Missing and Murdered Indigenous Women and Girls"),
			reportedBy(5, "the result reflected years of anger", "Anouk de Wilde-Mensah")},
		speakers: []string{"Miscarriage of Justice Review Commission", "National Inquiry into Missing and Murdered Indigenous Women and Girls", "Anouk de Wilde-Mensah"}}})
}

// A capitalised compound with a participle ("Shiite-dominated",
// "Iranian-backed") describes the body after it and is no part of its
// name; a surname like "Avila-Creed" and "South Korean-born" are not such.
func TestBodiesCompoundBeforeName(t *testing.T) {
	run(t, []attrCase{{name: "the Shiite-dominated Popular Mobilization Forces",
		paras: []string{"Mosul",
			"The Shiite-dominated Popular Mobilization Forces said they would take part in the battle.",
			"Jordan Avila-Creed said the battle would be long."},
		want:     []stmt{reportedBy(2, "they would take part", "Popular Mobilization Forces"), reportedBy(3, "the battle would be long", "Jordan Avila-Creed")},
		speakers: []string{"Popular Mobilization Forces", "Jordan Avila-Creed"}}})
}

// "the Committee to Protect Journalists" is one body: what it is for is
// part of its name.
func TestBodiesNameWithTo(t *testing.T) {
	run(t, []attrCase{{name: "Committee to Protect Journalists",
		paras: []string{"Turkey",
			"The Committee to Protect Journalists said in a report this month that Turkey now holds more journalists than any other country."},
		want:     []stmt{reportedBy(2, "Turkey now holds more journalists", "Committee to Protect Journalists")},
		speakers: []string{"Committee to Protect Journalists"}}})
}

// A definite description names again the document or body an earlier one
// described by the same last word: "A coroner’s jury", "The five-member
// jury" and "The jury" are one speaker in the panel; "the Q poll" after "a
// CNN/ORC poll" is told apart by its name.
func TestBodiesDescribedAgain(t *testing.T) {
	run(t, []attrCase{{name: "a coroner's jury, the five-member jury, the jury",
		paras: []string{"Inquest",
			"A coroner’s jury has found that the death was accidental, and made 27 recommendations.",
			"The five-member jury, which heard from 22 witnesses, found that he died of an overdose.",
			"The jury also recommended that the ministry hire liaison workers."},
		want: []stmt{reportedBy(2, "the death was accidental", "a coroner’s jury"),
			reportedBy(3, "he died of an overdose", "a coroner’s jury"),
			reportedBy(4, "the ministry hire liaison workers", "a coroner’s jury")},
		speakers: []string{"a coroner’s jury"}},
		{name: "the Q poll after a CNN/ORC poll",
			paras: []string{"Polls",
				"A fresh CNN/ORC poll shows Clinton ahead by 12 points.",
				"Wednesday's Quinnipiac poll has Clinton leading by six. The Q poll also finds that voters are split."},
			want: []stmt{reportedBy(3, "voters are split", "the Q poll")}}})
}

// A body named after its description, then a "which" clause ("The federal
// Competition Bureau, which has pursued such cases, said") speaks under its
// name; "Forward Labour" is a group, not a forward called Labour.
func TestBodiesNamedBeforeAWhichClause(t *testing.T) {
	run(t, []attrCase{{name: "The federal Competition Bureau, which …, said",
		paras: []string{"Tickets",
			"The federal Competition Bureau, which has pursued drip-pricing cases against other sellers, said it was aware of the lawsuit.",
			"The group Forward Labour said it would organise phone banks."},
		want: []stmt{reportedBy(2, "it was aware of the lawsuit", "Competition Bureau"),
			reportedBy(3, "it would organise phone banks", "Forward Labour")}}})
}

// "Her group said" after its executive director is the group she leads;
// "the U.S. District Court for the Western District of Wisconsin" is one
// court.
func TestBodiesLedByPronounAndCourtForTheDistrict(t *testing.T) {
	run(t, []attrCase{{name: "her group; District Court for the Western District",
		paras: []string{"Bill",
			"“That is a threat,” said Tamika Boykin-Reyes, executive director of the South Carolina Equality Project. Her group said it was preparing a legal challenge.",
			"In a 2-1 decision, a three-judge panel of the U.S. District Court for the Western District of Wisconsin found that the map was drawn to lock in a majority."},
		want: []stmt{quoteBy(2, "That is a threat,", "Tamika Boykin-Reyes"),
			reportedBy(2, "it was preparing a legal challenge", "South Carolina Equality Project"),
			reportedBy(3, "the map was drawn", "U.S. District Court for the Western District of Wisconsin")}}})
}

// "Quebec’s Directeur des poursuites criminelles et pénales (DPCP) said" is
// the prosecution service, a French body's name whose head is a director.
func TestBodiesFrenchDirecteur(t *testing.T) {
	run(t, []attrCase{{name: "Directeur des poursuites criminelles et pénales",
		paras: []string{"Ruling",
			"In a statement, Quebec’s Directeur des poursuites criminelles et pénales (DPCP) said it “takes note” of the decision."},
		want: []stmt{reportedBy(2, "it “takes note” of the decision", "Directeur des poursuites criminelles et pénales"),
			quoteBy(2, "takes note", "Directeur des poursuites criminelles et pénales")}}})
}

// A one-word name the tables do not know, opening the sentence before an
// aside that calls it a business, is that business: "Hostly, one of the
// larger short-term rental platforms operating in B.C., said".
func TestUnknownNameBeforeBusinessAside(t *testing.T) {
	run(t, []attrCase{
		{name: "one of the platforms",
			paras: []string{"Rentals", "Hostly, one of the larger short-term rental platforms operating in B.C., said in an emailed statement that it “supports fair and clear regulation” and has removed 900 listings."},
			want:  []stmt{reportedBy(2, "it “supports fair and clear regulation”", "Hostly"), quoteBy(2, "supports fair and clear regulation", "Hostly")}},
		{name: "a platform",
			paras: []string{"Rentals", "Hostly, a rental platform, told CBC News that it supports fair regulation."},
			want:  []stmt{reportedBy(2, "it supports fair regulation", "Hostly")}},
		{name: "the association",
			paras: []string{"Sport", "AthletesCAN, the association representing Canada's national team athletes, said in a statement it was \"cautiously optimistic\" about the announcement."},
			want:  []stmt{reportedBy(2, "cautiously optimistic", "AthletesCAN"), quoteBy(2, "cautiously optimistic", "AthletesCAN")}},
	})
}

// An inspector general's finding is hers, as a judge's or an auditor's is.
func TestInspectorGeneralFinds(t *testing.T) {
	run(t, []attrCase{{name: "inspector general",
		paras: []string{"Snow", "In a 64-page report tabled at city council on Monday, Inspector General Brigitte Lalonde-Saint-Pierre found that three firms had exchanged information about their pricing."},
		want:  []stmt{reportedBy(2, "three firms had exchanged information", "Brigitte Lalonde-Saint-Pierre")}}})
}

// An aside after "a spokesperson for" a body leaves the words the body's,
// as they are without it.
func TestSpokespersonForBodyAcrossAside(t *testing.T) {
	run(t, []attrCase{
		{name: "named body",
			paras: []string{"Records", "A spokesperson for Health Canada, reached by phone in Montreal, said it had transferred the records in 2019."},
			want:  []stmt{reportedBy(2, "it had transferred the records", "Health Canada")}},
		{name: "the body named before",
			paras: []string{"Records", "The Ontario Ministry of Health announced a review.", "A spokesperson for the ministry, reached by phone in Toronto, said it had transferred the records in 2019."},
			want:  []stmt{reportedBy(3, "it had transferred the records", "Ontario Ministry of Health")}},
	})
}

// A French body's name after a person "of the" body leaves the person the
// speaker, as an English one does; a second aside about the body does too.
func TestPersonOfFrenchBody(t *testing.T) {
	run(t, []attrCase{
		{name: "job word before",
			paras: []string{"Byelection", "Political scientist Émilie Savoie of the Université de Moncton said byelections were hard to read."},
			want:  []stmt{reportedBy(2, "byelections were hard to read", "Émilie Savoie")}},
		{name: "judge of a tribunal",
			paras: []string{"Ruling", "In a 41-page decision made public Tuesday, Judge Magali Fournier-Desrosiers of the Tribunal des droits de la personne found that the landlord had discriminated."},
			want:  []stmt{reportedBy(2, "the landlord had discriminated", "Magali Fournier-Desrosiers")}},
		{name: "rector, then an aside on the university",
			paras: []string{"Tuition", "Jean-Paul Lagimodiere, rector of the Universite de Saint-Boniface, the province's only French-language university, said his institution was in \"a more fragile position than anyone.\""},
			want:  []stmt{reportedBy(2, "his institution was in", "Jean-Paul Lagimodiere"), quoteBy(2, "a more fragile position than anyone.", "Jean-Paul Lagimodiere")}},
	})
}

// A body named by its members and their cause, or by a service and its
// place, is one body: "Americans for Prosperity", "Physicians for Human
// Rights", "Transport for Wales", "Families for Safe Streets Peel",
// "Everytown for Gun Safety". Those
// who work for someone stay apart from it, and a minister's portfolio is
// no body.
func TestPeopleForCauseBodies(t *testing.T) {
	run(t, []attrCase{
		{name: "americans", paras: []string{"Ads", "Americans for Prosperity said the bill was bad."},
			want: []stmt{reportedBy(2, "the bill was bad", "Americans for Prosperity")}},
		{name: "physicians", paras: []string{"Rights", "Physicians for Human Rights said the bill was bad."},
			want: []stmt{reportedBy(2, "the bill was bad", "Physicians for Human Rights")}},
		{name: "transport", paras: []string{"Rail", "The Transport Secretary spoke.", "Transport for Wales said its own services would run as normal."},
			want: []stmt{reportedBy(3, "its own services would run", "Transport for Wales")}},
		{name: "families", paras: []string{"Crash", "Families for Safe Streets Peel, a group of people who have lost relatives in road crashes, said the sentence “sends an important message.”"},
			want: []stmt{reportedBy(2, "the sentence", "Families for Safe Streets Peel"), quoteBy(2, "sends an important message.", "Families for Safe Streets Peel")}},
		{name: "minister for housing", paras: []string{"Rents", "Outside the chamber, Minister for Housing Fergal Mulcahy told The Irish Times he would bring a memo to Cabinet."},
			want: []stmt{reportedBy(2, "he would bring a memo", "Fergal Mulcahy")}},
		{name: "a coined word and its cause", paras: []string{"Guns", "The bill passed the House.",
			"Everytown for Gun Safety said the bill was bad.",
			"Everytown for Gun Safety, the national gun-control group, said in a statement that the veto should stand."},
			want: []stmt{reportedBy(3, "the bill was bad", "Everytown for Gun Safety"), reportedBy(4, "the veto should stand", "Everytown for Gun Safety")}},
	})
}

// An office whose name joins two words with "and" before its head is one
// office: "the Prisons and Probation Ombudsman" was "Prisons", "the
// Information and Privacy Commissioner" was "Information".
func TestOfficeNameWithAnd(t *testing.T) {
	run(t, []attrCase{{name: "ombudsman",
		paras: []string{"Inquest", "A report by the Prisons and Probation Ombudsman, published alongside the jury’s conclusion, found that the prison had been operating with 31% of its officer posts unfilled."},
		want:  []stmt{reportedBy(2, "the prison had been operating", "Prisons and Probation Ombudsman")}},
		{name: "commissioner",
			paras: []string{"Breach", "The Information and Privacy Commissioner confirmed it has opened a file on the breach."},
			want:  []stmt{reportedBy(2, "it has opened a file", "Information and Privacy Commissioner")}}})
}

// A title word opening a name right after "group" or another body noun is
// part of the body's name: "advocacy group Justice Reform Victoria" is no
// justice called Reform Victoria. An honorific stays a title: "a campaign
// Mr. Khan has called bigoted".
func TestTitleWordOpeningBodyName(t *testing.T) {
	run(t, []attrCase{{name: "justice",
		paras: []string{"Law", "A spokesperson for advocacy group Justice Reform Victoria said in an email the organisation was worried about “unintended consequences”."},
		want:  []stmt{reportedBy(2, "the organisation was worried", "Justice Reform Victoria"), quoteBy(2, "unintended consequences", "Justice Reform Victoria")}}})
}

// "The group" after a body that is the subject of a sentence earlier in
// the paragraph is that body, not a company that spoke paragraphs before.
func TestGroupIsThisParagraphsBody(t *testing.T) {
	run(t, []attrCase{{name: "alliance",
		paras: []string{"Debate", "Rates rose 19 percent, according to the U.S. Energy Information Administration.",
			"The Granite State Police Benevolent Alliance, which endorsed Stensrud in September, wasn't buying it. The group said in a statement that Harrigan had never stood with police."},
		want: []stmt{reportedBy(2, "Rates rose", "U.S. Energy Information Administration"), reportedBy(3, "Harrigan had never stood", "Granite State Police Benevolent Alliance")}}})
}

// A body named by its members and their province is one body, when the
// story has named it before: "Dr. Lorraine Petrychyn, president of Doctors
// of Saskatchewan, …", then "Doctors of Saskatchewan, which represents …,
// announced" was "Doctors".
func TestMembersOfProvinceBody(t *testing.T) {
	run(t, []attrCase{{name: "doctors of a province",
		paras: []string{"Contract", "Dr. Lorraine Petrychyn, president of Doctors of Saskatchewan, spoke in Regina on Tuesday.",
			"Doctors of Saskatchewan, which represents about 2,900 physicians, announced Tuesday that members had voted against the proposal."},
		want: []stmt{reportedBy(3, "members had voted against the proposal", "Doctors of Saskatchewan")}}})
}

// A district that speaks is a body: "The Saskatoon school district said",
// "The Downtown Saskatoon business improvement district said" were no one's.
func TestDistrictIsABody(t *testing.T) {
	run(t, []attrCase{
		{name: "school district", paras: []string{"Buses", "The Saskatoon school district said it was too early to measure the impact."},
			want: []stmt{reportedBy(2, "it was too early", "Saskatoon school district")}},
		{name: "business improvement district", paras: []string{"Buses", "The Downtown Saskatoon business improvement district said it was too early to measure the impact."},
			want: []stmt{reportedBy(2, "it was too early", "Downtown Saskatoon business improvement district")}},
	})
}

// "The province, which …, said" speaks as "The province said" does: the
// relative clause had left the words no one's.
func TestProvinceBeforeWhich(t *testing.T) {
	run(t, []attrCase{{name: "the province, which",
		paras: []string{"Child welfare", "The Manitoba government agreed.", "The province, which will transfer files and staff to the new authority over the next 18 months, said it “fully supports” the transition."},
		want:  []stmt{reportedBy(3, "it “fully supports” the transition", "~province|Government of Manitoba"), quoteBy(3, "fully supports", "~province|Government of Manitoba")}}})
}

// British and Canadian copy write a named body's kind with a capital once
// it is named: "the Commission" is the Canadian Human Rights Commission,
// "the First Nation" and "the Nation" the Kakwa Lake Cree Nation. A
// headline's "Northern Manitoba First Nation" names no body they mean, and
// a lede's "A fly-in First Nation" is still the one named next.
func TestBodiesKindInCapitalsIsTheBodyNamed(t *testing.T) {
	run(t, []attrCase{
		{name: "the Commission, the First Nation, the Nation",
			paras: []string{"Rights",
				"The Canadian Human Rights Commission opened a review.",
				"The Commission said it would report in June.",
				"Chief Tara Whitecalf of the Kakwa Lake Cree Nation welcomed the order.",
				"The First Nation said it would appeal.",
				"In a written submission to the regulator, the Nation argued that the company had “fundamentally misunderstood” the river."},
			want: []stmt{reportedBy(3, "it would report in June", "Canadian Human Rights Commission"),
				reportedBy(5, "it would appeal", "Kakwa Lake Cree Nation"),
				quoteBy(6, "fundamentally misunderstood", "Kakwa Lake Cree Nation")},
			speakers: []string{"Canadian Human Rights Commission", "Tara Whitecalf", "Kakwa Lake Cree Nation"}},
		{name: "a place and a kind in a headline",
			paras: []string{"Northern Manitoba First Nation declares state of emergency",
				"Kinosao Lake Cree Nation says residents are being turned away.",
				"The First Nation said the nursing station has one nurse."},
			want: []stmt{reportedBy(3, "the nursing station has one nurse", "Kinosao Lake Cree Nation")}},
	})
}

// A group described and then named in an aside is the body named: "A
// statewide police group, the Missouri Law Enforcement Coalition, said",
// "A group of parents, calling itself Tamarack Families for Open
// Libraries, said" (a name it calls itself is no cue of its own).
func TestBodiesDescribedThenNamedInAnAside(t *testing.T) {
	run(t, []attrCase{{name: "a group, the X, said; a group, calling itself X, said",
		paras: []string{"Groups",
			"A statewide police group, the Missouri Law Enforcement Coalition, said the bill ignores the advice of officers.",
			"A group representing Quebec property owners, the Association des propriétaires locatifs du Grand Montréal, warned in a news release this week that rent strikes “put every small landlord at risk.”",
			"A group of parents, calling itself Tamarack Families for Open Libraries, said it is considering a legal challenge."},
		want: []stmt{reportedBy(2, "the bill ignores the advice", "Missouri Law Enforcement Coalition"),
			quoteBy(3, "put every small landlord at risk.", "Association des propriétaires locatifs du Grand Montréal"),
			reportedBy(4, "it is considering a legal challenge", "Tamarack Families for Open Libraries")}}})
}

// Ireland's police: "gardaí said" and "A garda spokesperson said" are An
// Garda Síochána's, as "police said" is the force's, and the force keeps
// its Irish article ("An Garda Síochána").
func TestBodiesGarda(t *testing.T) {
	run(t, []attrCase{{name: "An Garda Síochána, gardaí, a garda spokesperson",
		paras: []string{"March",
			"In a statement, An Garda Síochána said the march was peaceful.",
			"Organisers said 20,000 took part, while gardaí said the crowd numbered around 8,000.",
			"A garda spokesperson said no arrests were made."},
		want: []stmt{reportedBy(2, "the march was peaceful", "An Garda Síochána"),
			reportedBy(3, "the crowd numbered around 8,000", "An Garda Síochána"),
			reportedBy(4, "no arrests were made", "An Garda Síochána")}}})
}

// Initials that print a small word in lower case ("DfT" for the Department
// for Transport) name the body as capitals do ("the CIHR"), before a
// spokesperson too.
func TestBodiesMixedCaseInitials(t *testing.T) {
	run(t, []attrCase{{name: "the Department for Transport … A DfT spokesperson said",
		paras: []string{"Rail",
			"The Department for Transport denied any involvement in the talks. A DfT spokesperson said: “Ministers do not sit in negotiations.”"},
		want:     []stmt{quoteBy(2, "Ministers do not sit in negotiations.", "Department for Transport")},
		speakers: []string{"Department for Transport"}}})
	if got := attribution.MixedInitials("DfT"); got != "DT" {
		t.Errorf("mixedInitials(DfT) = %q, want DT", got)
	}
	for _, w := range []string{"Dft", "McDonald", "DFT", "iPhone"} {
		if got := attribution.MixedInitials(w); got != "" {
			t.Errorf("mixedInitials(%s) = %q, want none", w, got)
		}
	}
}

// Long bodies' names stay whole: "the British Chambers of Commerce" (not
// someone called British Chambers), "the United States Court of Appeals for
// the Fifth Circuit" (its circuit in words, as "6th" already was), "The
// Friends of the Lorvan River, a volunteer group," (not "The Friends"),
// "the Independent Commission Against Corruption"; "Ombudsman" is a title. A
// Mr. Chambers stays a person, and "Friends of Mr. Clinton's" are his
// friends.
func TestBodiesLongNamesWithOfAndFor(t *testing.T) {
	run(t, []attrCase{
		{name: "chambers, circuit, friends",
			paras: []string{"Rates",
				"The British Chambers of Commerce said the decision would disappoint firms.",
				"A three-judge panel of the United States Court of Appeals for the Fifth Circuit, in a 2-to-1 decision, said the execution could not proceed.",
				"The Friends of the Lorvan River, a volunteer group, said the fee was unfair."},
			want: []stmt{reportedBy(2, "the decision would disappoint firms", "British Chambers of Commerce"),
				reportedBy(3, "the execution could not proceed", "United States Court of Appeals for the Fifth Circuit"),
				reportedBy(4, "the fee was unfair", "Friends of the Lorvan River")}},
		{name: "a commission against something, and mothers against it",
			paras: []string{"Minister corrupt, watchdog says",
				"The Independent Commission Against Corruption found the minister acted corruptly.",
				"Later, Mothers Against Drunk Driving, a charity, said the law was weak.",
				"Ombudsman Mereana Holloway said the council had failed."},
			want: []stmt{reportedBy(2, "the minister acted corruptly", "Independent Commission Against Corruption"),
				reportedBy(3, "the law was weak", "Mothers Against Drunk Driving"),
				reportedBy(4, "the council had failed", "Mereana Holloway")}},
		{name: "a commission with a hyphened outlet's word",
			paras: []string{"CRTC", "The Canadian Radio-television and Telecommunications Commission cut rates on Tuesday.",
				"In its decision, the commission said the old rates were based on “inflated” cost estimates."},
			want: []stmt{reportedBy(3, "the old rates were based on", "Canadian Radio-television and Telecommunications Commission"),
				quoteBy(3, "inflated", "Canadian Radio-television and Telecommunications Commission")}},
		{name: "a person called Chambers",
			paras: []string{"Land claim", "Chief Darlene Chambers said the deal was fine.", "“A signed agreement would be nicer,” Chambers said."},
			want:  []stmt{reportedBy(2, "the deal was fine", "Darlene Chambers"), quoteBy(3, "A signed agreement would be nicer,", "Darlene Chambers")}},
	})
}

// A firm or a shop named in the possessive ("Sainsbury's", "Harty's",
// "St. Brendan's") speaks when "said" or "told" follows the name at once:
// no noun follows for the name to own. After "at", the name is where
// someone works, not who speaks.
func TestBodiesPossessiveNamedFirmSpeaks(t *testing.T) {
	run(t, []attrCase{{name: "Harty's",
		paras: []string{"Grocer profits rise", "Molloy's said online sales grew by 21 per cent during the year.",
			"A spokesman for Molloy's said the company would “engage constructively” with the union.",
			"In its defence, St. Brendan’s says the nurse received two written warnings."},
		moreQuotes: true,
		want: []stmt{reportedBy(2, "online sales grew", "Molloy's"), reportedBy(3, "the company would", "~A spokesman for Molloy's"),
			reportedBy(4, "the nurse received two written warnings", "St. Brendan’s")}}})
	run(t, []attrCase{{name: "Harty's, the chain,",
		paras: []string{"Profits", "Thomas Harty founded the chain in 1961.",
			"Harty's, the Cork-based supermarket chain, has reported a 9 per cent rise in operating profit to €86.4 million, but its chief executive has warned that rising wage, energy and packaging costs will make the coming year “the toughest we have faced in a decade”."},
		want: []stmt{reportedBy(3, "a 9 per cent rise in operating profit", "Harty's")}, moreQuotes: true}})
	a := article(t, "Measles", "The union representing nurses at St. Brendan's says some members were exposed.")
	for _, st := range a.Statements {
		if st.Speaker == "St. Brendan's" || st.Speaker == "St. Brendan" {
			t.Errorf("the workplace read as the speaker: %q by %q", st.Text, st.Speaker)
		}
	}
}

// A name with no word of a firm that says "it will …" is a body, and "the
// company" after it is that body: "Northgate Copper announced Wednesday that
// it will lay off 200 workers. The company says …". "Smith said it was a
// mistake" keeps Smith a person.
func TestBodiesNameThatSaysItWill(t *testing.T) {
	run(t, []attrCase{{name: "Northgate Copper",
		paras: []string{"Mine to cut jobs", "Northgate Copper announced Wednesday that it will lay off 200 workers. The company says it will keep processing ore for a year.",
			"Ann Smith said it was a mistake."},
		want:  []stmt{reportedBy(2, "it will lay off 200 workers", "Northgate Copper"), reportedBy(2, "it will keep processing ore", "Northgate Copper"), reportedBy(3, "it was a mistake", "Ann Smith")},
		kinds: map[string]model.SpeakerKind{"Northgate Copper": model.SpeakerBody, "Ann Smith": model.SpeakerPerson}}})
}

// A panel, a tribunal and a diplomatic mission are bodies: they rule,
// find and say, and "the panel" after one named is it.
func TestBodiesPanelsTribunalsAndMissions(t *testing.T) {
	run(t, []attrCase{{
		name: "panel, mission, tribunal",
		paras: []string{
			"Steel quotas",
			"A World Trade Organization dispute panel has ruled that the quotas breach global trade rules.",
			"The panel also found that the bloc had failed to show serious injury.",
			"The British mission said in a note to council members that it would circulate a draft.",
			"A human rights tribunal found that the firm had discriminated against her.",
		},
		want: []stmt{reportedBy(2, "the quotas breach", "~A World Trade Organization dispute panel"),
			reportedBy(3, "the bloc had failed", "~A World Trade Organization dispute panel"),
			reportedBy(4, "it would circulate a draft", "~British mission"),
			reportedBy(5, "the firm had discriminated", "~A human rights tribunal")},
	}})
}

// Two outlet words joined by "and" are one paper's name: the Globe and
// Mail, the Mail and Guardian.
func TestBodiesOutletNamedWithAnd(t *testing.T) {
	run(t, []attrCase{{
		name: "Globe and Mail",
		paras: []string{
			"Ferry row",
			"The exchange came a day after the Globe and Mail reported that the ferry was late.",
		},
		want:     []stmt{reportedBy(2, "the ferry was late", "Globe and Mail")},
		speakers: []string{"Globe and Mail"},
	}})
}

// An acronym in brackets after a body's name names it though the name's
// small word gives a letter ("Ministry of Education (MOE)") or a hyphened
// word gives two ("Attorney-General's Chambers (AGC)"); a law's acronym
// names no body.
func TestBodiesAcronymsSpelledWithSmallAndHyphenedWords(t *testing.T) {
	run(t, []attrCase{{
		name: "MOE, AGC, FOIA",
		paras: []string{
			"Registration rules",
			"The Ministry of Education (MOE) said on Tuesday that the post was false.",
			"MOE said it had received 300 queries.",
			"Lawyers have urged the Attorney-General's Chambers (AGC) to explain its reasons.",
			"“We will reinstate the charges,” the AGC said.",
			"The records were sought under the Freedom of Information Act (FOIA).",
		},
		want: []stmt{reportedBy(2, "the post was false", "Ministry of Education"),
			reportedBy(3, "it had received 300 queries", "Ministry of Education"),
			quoteBy(5, "We will reinstate the charges,", "Attorney-General's Chambers")},
		moreQuotes:  true,
		notSpeakers: []string{"Freedom of Information Act"},
	}})
}

// "The company" is never a government body: it is the firm a "which"
// clause showed to be one ("Corvale, which runs four plants,"), or a
// company unnamed.
func TestBodiesTheCompanyIsNoDepartment(t *testing.T) {
	run(t, []attrCase{{
		name: "which runs, then the company",
		paras: []string{
			"Mill settles",
			"The Labour Department said on Monday that it had fined Corvale $2 million.",
			"Corvale, which runs four plants, admitted no wrongdoing. The company said it had settled to avoid a long fight.",
			"The Finance Ministry said it would appeal. The company said it would not.",
		},
		want: []stmt{reportedBy(3, "it had settled", "Corvale"),
			reportedBy(4, "it would not", "!Finance Ministry")},
	}})
}

// "The spokeswoman" after "a spokeswoman for the residents group" speaks
// for the same group, named or not, not for the last person named.
func TestBodiesSpokeswomanOfAnUnnamedGroup(t *testing.T) {
	run(t, []attrCase{{
		name: "the residents group",
		paras: []string{
			"Council vote stirs row",
			"Council lawyer Marcus Hale said the decision was lawful.",
			"A spokeswoman for the residents group said members were “furious”.",
			"“We will keep fighting,” the spokeswoman said.",
		},
		want: []stmt{quoteBy(3, "furious", "~residents group"),
			quoteBy(4, "We will keep fighting,", "~residents group")},
		moreQuotes: true,
	}})
}

// "The judges found that …" after a court is named is the court's
// finding, and "the Bench said" its order: its bench speaks for it.
func TestBodiesTheJudgesAreTheirCourt(t *testing.T) {
	run(t, []attrCase{{
		name: "the judges",
		paras: []string{
			"Judges strike down fund",
			"The Federal Constitutional Court struck down the fund on Tuesday.",
			"The judges found that the borrowing could not be “parked” for later use.",
			"In its order, the Bench said it was “not inclined at this stage” to fix a deadline.",
		},
		want: []stmt{reportedBy(3, "the borrowing could not be", "Federal Constitutional Court"),
			quoteBy(3, "parked", "Federal Constitutional Court"),
			quoteBy(4, "not inclined at this stage", "Federal Constitutional Court")},
		moreQuotes: true,
	}})
}

// A bare "A spokesperson said" right after a body's own statement in the
// same paragraph speaks for that body, as it does in the next paragraph.
func TestBodiesBareSpokespersonInTheBodysParagraph(t *testing.T) {
	run(t, []attrCase{{
		name: "same paragraph",
		paras: []string{
			"Farm sales",
			"Farm Owners Union said it had not taken a position. A spokesperson said members held “a range of views”.",
		},
		want: []stmt{reportedBy(2, "members held", "Farm Owners Union"),
			quoteBy(2, "a range of views", "Farm Owners Union")},
	}})
}

// An ordinal after "the" opens a court's name: "the 9th U.S. Circuit
// Court of Appeals" is one body, not the U.S. Circuit Court of Appeals.
func TestBodiesNameOpeningWithAnOrdinal(t *testing.T) {
	run(t, []attrCase{{
		name: "9th Circuit",
		paras: []string{
			"Detainees win",
			"The 9th U.S. Circuit Court of Appeals in San Francisco ruled in 2014 that detainees must get a bond hearing.",
			"The 4th U.S. Circuit Court of Appeals upheld the conviction last year, ruling that the data was public.",
		},
		want: []stmt{reportedBy(2, "detainees must get", "9th U.S. Circuit Court of Appeals"),
			reportedBy(3, "the data was public", "4th U.S. Circuit Court of Appeals")},
	}})
}

// "the Commission" after "the Election Commission of India" is that
// commission: its kind stands before its "of".
func TestBodiesKindBeforeOfInCapitals(t *testing.T) {
	run(t, []attrCase{{
		name: "the Commission",
		paras: []string{
			"Minister barred",
			"The Election Commission of India (ECI) on Monday barred the minister from campaigning for 72 hours.",
			"The ban came into force at 10 am on Monday, the Commission said in its order.",
		},
		want: []stmt{reportedBy(3, "The ban came into force", "Election Commission of India")},
	}})
}

// "the RMT transport union" is the union its initials name, not the union
// named before it.
func TestBodiesUnionNamedByItsInitials(t *testing.T) {
	run(t, []attrCase{{
		name: "NASUWT, RMT",
		paras: []string{
			"Strike talk",
			"The NASUWT teaching union said members were worried.",
			"The RMT transport union said members were angry.",
		},
		want: []stmt{reportedBy(2, "members were worried", "NASUWT"),
			reportedBy(3, "members were angry", "RMT")},
	}})
}

// The Welsh article "yr" stays inside a body's name: "Cymdeithas yr
// Iaith", not "Iaith".
func TestBodiesWelshArticleInAName(t *testing.T) {
	run(t, []attrCase{{
		name: "Cymdeithas yr Iaith",
		paras: []string{
			"School ruling",
			"Cymdeithas yr Iaith, the Welsh Language Society, said the ruling showed the law worked.",
		},
		want: []stmt{reportedBy(2, "the ruling showed", "Cymdeithas yr Iaith")},
	}})
}

// "The Children's Commissioner for Wales said" is the office, not Wales.
func TestBodiesOfficeForAPlace(t *testing.T) {
	run(t, []attrCase{{
		name: "Children's Commissioner for Wales",
		paras: []string{
			"Mental health report",
			"The office of the Children's Commissioner for Wales said the report echoed its concerns.",
		},
		want:     []stmt{reportedBy(2, "the report echoed", "Children's Commissioner for Wales")},
		speakers: []string{"Children's Commissioner for Wales"},
	}})
}
