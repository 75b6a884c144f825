package attribution_test

import (
	"slices"
	"strings"
	"testing"

	"whosaid/model"
)

// Each speaker says what it is, and a person's gender comes with the words
// it was read from: the article's own first, the name table after.
func TestSpeakerKindAndGenderEvidence(t *testing.T) {
	a := article(t,
		"“We will appeal,” said Ms. Kim Tran, a lawyer.",
		"“It is over,” said Jordan Avery. Avery added that she would not run again.",
		"“The plan is sound,” said Hillary Morton.",
		"“Nothing changes,” said Robin Cole.",
		"The ministry said in a statement that talks would resume.",
		"Officials said the bill was dead. House Democrats said it would pass.",
	)
	want := map[string][3]string{
		"Kim Tran":        {"person", "female", "“ms”"},
		"Jordan Avery":    {"person", "female", "pronoun “she”"},
		"Hillary Morton":  {"person", "female", "name table"},
		"Robin Cole":      {"person", "unknown", "no pronoun"},
		"ministry":        {"body", "", ""},
		"Officials":       {"group", "", ""},
		"House Democrats": {"group", "", ""},
	}
	for _, sp := range a.Speakers {
		w, ok := want[sp.Name]
		if !ok {
			t.Errorf("unexpected speaker %q", sp.Name)
			continue
		}
		delete(want, sp.Name)
		if string(sp.Kind) != w[0] || string(sp.Gender) != w[1] || !strings.Contains(sp.GenderEvidence, w[2]) {
			t.Errorf("%s: kind %q gender %q (%q); want %q %q with evidence holding %q",
				sp.Name, sp.Kind, sp.Gender, sp.GenderEvidence, w[0], w[1], w[2])
		}
		if sp.Kind != model.SpeakerPerson && sp.GenderEvidence != "" {
			t.Errorf("%s is no person but has gender evidence %q", sp.Name, sp.GenderEvidence)
		}
	}
	for name := range want {
		t.Errorf("speaker %q missing; got %s", name, dump(a))
	}
}

// A surname in -s alone is a person, where a people's plural is a group.
func TestSurnameInSIsNoGroup(t *testing.T) {
	run(t, []attrCase{{
		name: "surnames in -s beside peoples' plurals",
		paras: []string{
			"On Monday, Sanders said that the party must unite. Later, Harris said the vote was close.",
			"Pope Francis said the wall was wrong. The senator, Mike Rogers, spoke next. Rogers said the wall would rise.",
			"Israelis say the deal is bad, and Londoners say it is good. Americans said it was late.",
		},
		kinds: map[string]model.SpeakerKind{"Sanders": model.SpeakerPerson, "Harris": model.SpeakerPerson,
			"Francis": model.SpeakerPerson, "Mike Rogers": model.SpeakerPerson,
			"Israelis": model.SpeakerGroup, "Londoners": model.SpeakerGroup, "Americans": model.SpeakerGroup},
		moreQuotes: true,
	}})
}

// A headline label that is a surname in -s ("Walters: …") is the person the
// article names in full, not a group that splits her statements in two.
func TestSurnameInSLabelJoinsFullName(t *testing.T) {
	a := article(t,
		"Walters: Brexit’s message could draw support in US.",
		"New York (AFP) – The same popular frustration could send droves of voters into the arms of the party, Anna Walters warned on Wednesday.",
		"In an opinion piece appearing in the Times, Walters wrote that legions of voters are ripe for the message.",
	)
	if names := speakerNames(a); len(names) != 1 || names[0] != "Anna Walters" {
		t.Fatalf("speakers %v, want only Anna Walters; got %s", names, dump(a))
	}
	for _, s := range a.Statements {
		if s.Speaker != "Anna Walters" {
			t.Errorf("¶%d %q by %q, want Anna Walters", s.Paragraph, s.Text, s.Speaker)
		}
	}
}

// "U.S. Secretary of State John Kerry", "White House Chief of Staff Denis
// McDonough": the title's "of" runs on to the person; the title and its
// place are no speaker.
func TestSpeakersTitleWithOfBeforeTheName(t *testing.T) {
	run(t, []attrCase{
		{name: "Place Title of Office NAME said",
			paras: []string{"Harbour", "U.S. Secretary of State Ana Ruiz said the pier would open.",
				"Harbour Board Chief of Staff Tomas Berg said the plan works."},
			want: []stmt{reportedBy(2, "the pier would open", "Ana Ruiz"),
				reportedBy(3, "the plan works", "Tomas Berg")},
			notSpeakers: []string{"U.S. Secretary", "Harbour Board Chief"}},
	})
}

// A party word or a title with "of" before a name describes the person:
// "Republican Berg and Democrat Ruiz", "Former Secretary of State Ana Ruiz
// urged …, saying", "Republican Donor Adelson" in a headline.
func TestSpeakersPartyWordAndTitleBeforeTheName(t *testing.T) {
	run(t, []attrCase{
		{name: "Republican X and Democrat Y have criticized …",
			paras:       []string{"Harbour", "Tomas Berg and Ana Ruiz ran for mayor.", "Republican Berg and Democrat Ruiz have criticized the board for the move."},
			want:        []stmt{reportedBy(3, "the board for the move", "Tomas Berg")},
			notSpeakers: []string{"Republican Berg"}},
		{name: "Former Secretary of State X urged …, saying …",
			paras:       []string{"Harbour", "Former Secretary of State Ana Ruiz recently urged women to vote for Tomas Berg, saying there is a “special place” for those who don't."},
			want:        []stmt{reportedBy(2, "women to vote for Tomas Berg", "Ana Ruiz"), quoteBy(2, "special place", "Ana Ruiz")},
			notSpeakers: []string{"Former Secretary"}},
		{name: "Republican Donor X in a headline",
			paras:       []string{"Republican Donor Adelson and Berg May be Aligning on Piers", "Top Republican Party donor Sheldon Adelson said on Friday he met Tomas Berg.", "Adelson said the pier would pay for itself."},
			want:        []stmt{reportedBy(2, "he met Tomas Berg", "Sheldon Adelson"), reportedBy(3, "the pier would pay for itself", "Sheldon Adelson")},
			notSpeakers: []string{"Republican Donor Adelson", "Donor Adelson"}},
	})
}

// Survey, census, chamber, conference, watchdog, caucus, project … end the
// names of bodies, not of people: the panel counts them as bodies.
func TestSpeakersMoreBodyHeads(t *testing.T) {
	run(t, []attrCase{
		{name: "The U.S. Geological Survey said …",
			paras: []string{"Quake", "The U.S. Geological Survey said the quake was small.",
				"The Tolland Chamber of Commerce said the harbour would reopen."},
			want: []stmt{reportedBy(2, "the quake was small", "U.S. Geological Survey"),
				reportedBy(3, "the harbour would reopen", "Tolland Chamber of Commerce")},
			kinds: map[string]model.SpeakerKind{"U.S. Geological Survey": model.SpeakerBody, "Tolland Chamber of Commerce": model.SpeakerBody}},
	})
}

// A headline's negated verb ends the name before it ("Berg Isn’t Too
// Impressed"), and a weekday's possessive opens no name ("Tuesday’s
// Morning Email").
func TestSpeakersHeadlineVerbAndWeekdayPossessive(t *testing.T) {
	run(t, []attrCase{
		{name: "NAME Isn’t Too Impressed",
			paras:       []string{"Tomas Berg Isn’t Too Impressed With the Pier", "Berg said the pier was too small."},
			want:        []stmt{reportedBy(2, "the pier was too small", "Tomas Berg")},
			notSpeakers: []string{"Tomas Berg Isn’t Too Impressed"}},
		{name: "Tuesday’s Morning Email: …",
			paras:       []string{"Harbour", "Tuesday’s Morning Email: the pier reopens, says the board."},
			notSpeakers: []string{"Tuesday’s Morning Email"}, moreQuotes: true},
	})
}

// A speaker's aliases hold the descriptions the article calls them by
// where they speak, so "the Vermont senator" finds Bernie Sanders; a
// description that stood for two speakers, a possessive's phrase and a
// document are no one's alias.
func TestDescriptionsAsAliases(t *testing.T) {
	a := article(t,
		"Sen. Bernie Sanders spoke in Iowa on Monday.",
		"The Vermont senator said the banks were too big to fail.",
		"Ted Cruz spoke in Ohio. “We will win,” the senator said.",
		"Bernie Sanders returned to the stage. “Not so fast,” the senator said.",
		"Harrowgate Books said sales had risen. The company said it would hire 40 people.",
		"The company’s statement said the shop would open in May.",
	)
	aliases := func(name string) []string {
		i := a.SpeakerByName(name)
		if i < 0 {
			t.Fatalf("no speaker %q in %s", name, dump(a))
		}
		return a.Speakers[i].Aliases
	}
	if al := aliases("Bernie Sanders"); !slices.Contains(al, "the Vermont senator") {
		t.Errorf("Bernie Sanders's aliases %q lack “the Vermont senator”", al)
	}
	if i := a.SpeakerByName("the Vermont senator"); i < 0 || a.Speakers[i].Name != "Bernie Sanders" {
		t.Errorf("“the Vermont senator” finds speaker %d, want Bernie Sanders; %s", i, dump(a))
	}
	for _, sp := range a.Speakers {
		for _, al := range sp.Aliases {
			if strings.EqualFold(al, "the senator") {
				t.Errorf("%s has alias %q, which the article used for two speakers", sp.Name, al)
			}
			if strings.Contains(al, "statement") || strings.Contains(al, "’s") {
				t.Errorf("%s has alias %q, which names no one by itself", sp.Name, al)
			}
		}
	}
	if al := aliases("Harrowgate Books"); !slices.Contains(al, "the company") {
		t.Errorf("Harrowgate Books's aliases %q lack “the company”", al)
	}
}

// An unnamed person qualified by a place ("a resident of Flint", "one
// woman in Des Moines", "a nurse from the town of Lac La Biche") is the
// speaker, never the place.
func TestUnnamedPersonOfAPlace(t *testing.T) {
	run(t, []attrCase{{
		name: "a resident of, a teacher at, one woman in",
		paras: []string{"Water", "Ana Ruiz spoke.", "More.",
			"A resident of Harlow said the water was brown.",
			"A teacher at Lincoln High School said the pipes were old.",
			"One woman in Des Moines said she would vote."},
		want: []stmt{
			reportedBy(4, "the water was brown", "A resident of Harlow"),
			reportedBy(5, "the pipes were old", "A teacher at Lincoln High School"),
			reportedBy(6, "she would vote", "One woman in Des Moines"),
		},
		speakers: []string{"A resident of Harlow", "A teacher at Lincoln High School", "One woman in Des Moines"},
	}})
	run(t, []attrCase{{
		name: "from the (nearby) community of, in the remote village of, and before who",
		paras: []string{"Camp", "Ana Ruiz spoke.",
			"A nurse from the town of Lac La Biche said the shifts were empty.",
			"A man in the remote village of Old Crow said the road is gone.",
			"A woman from the nearby community of Tahtsa Landing, who asked that APTN not use her name, said many families are torn."},
		want: []stmt{
			reportedBy(3, "the shifts were empty", "A nurse from the town of Lac La Biche"),
			reportedBy(4, "the road is gone", "A man in the remote village of Old Crow"),
			reportedBy(5, "many families are torn", "A woman from the nearby community of Tahtsa Landing"),
		},
	}})
	run(t, []attrCase{{
		name: "at the university of, with the institute",
		paras: []string{"Rates", "Taxes rose.",
			"A researcher at the University of Tolland says her team has found a gene.",
			"An economist with the Harbour Institute said taxes were high."},
		want: []stmt{
			reportedBy(3, "her team has found a gene", "A researcher at the University of Tolland"),
			reportedBy(4, "taxes were high", "An economist with the Harbour Institute"),
		},
		speakers: []string{"A researcher at the University of Tolland", "An economist with the Harbour Institute"},
	}})
	run(t, []attrCase{{
		name: "the antecedent of who: a resident of, the mayor of, a named analyst at",
		paras: []string{"Water", "Mayor Karen Weaver spoke.", "More.",
			"He met a resident of Harlow who said the water was brown.",
			"He met the mayor of Harlow, who said the pipes were old.",
			"That is not enough, said Howard Rubel, a senior analyst at Jefferies, who notes that Kestrel Motors has vowed to cut costs."},
		want: []stmt{
			reportedBy(4, "the water was brown", "a resident of Harlow"),
			reportedBy(5, "the pipes were old", "Karen Weaver"),
			reportedBy(6, "Kestrel Motors has vowed to cut costs", "Howard Rubel"),
		},
	}})
}

// A document the article goes on to call "the report" has that as an
// alias; a person is never aliased by their statement.
func TestDescriptionsOfDocuments(t *testing.T) {
	a := article(t, "Hack",
		"Hackers entered the agency's computers, according to a congressional report on Wednesday.",
		"“The chairman's computer had been hacked,” the report said.",
		"Ana Ruiz issued a statement. “We will appeal,” the statement said.")
	i := a.SpeakerByName("the report")
	if i < 0 || a.Speakers[i].Name != "a congressional report" {
		t.Errorf("“the report” finds speaker %d, want a congressional report; %s", i, dump(a))
	}
	if j := a.SpeakerByName("Ana Ruiz"); j < 0 || slices.Contains(a.Speakers[j].Aliases, "the statement") {
		t.Errorf("Ana Ruiz missing or aliased by her statement; %s", dump(a))
	}
}

// A group the clause opens with stays the speaker though a phrase of place
// follows it ("Voters across the state said" is not the state; "Residents
// of Fredericton" are named with their place) or a second group joins it
// ("many experts and some lawmakers say").
func TestSpeakersGroupPlacedOrJoined(t *testing.T) {
	run(t, []attrCase{{
		name: "voters across the state; activists around the world; experts and lawmakers",
		paras: []string{"Bill", "Ana Ruiz spoke on Monday.",
			"Voters across the state said the bill will pass.",
			"Activists around the world warned that the bill will fail.",
			"Despite the feuding, many experts and some lawmakers say it had successes.",
			"Residents of Fredericton are asking for more help. But supporters of the bill said it would pass."},
		want: []stmt{
			reportedBy(3, "the bill will pass", "Voters"),
			reportedBy(4, "the bill will fail", "Activists"),
			reportedBy(5, "it had successes", "Experts and lawmakers"),
			reportedBy(6, "asking for more help", "Residents of Fredericton"),
			reportedBy(6, "it would pass", "Supporters of the bill"),
		},
		notSpeakers: []string{"state", "world"},
	}})
}

// Common given names the generated lists leave out or call either ("Josh",
// "Carly") have their usual gender; given names with accents or in French
// compounds have the gender their
// plain or first part has ("Mélanie", "Marie-Claude", "Pierre-Luc"; every
// "Jean-" compound is a man's); a hyphened word that is no name
// ("Oscar-winner") gives none.
func TestSpeakerGenderOfAccentedAndCompoundNames(t *testing.T) {
	a := article(t, "Cabinet", "Mélanie Joly said it was fine.", "Marie-Claude Bibeau said it was fine.",
		"Pierre-Luc Dusseault said it was fine.", "Jean-Yves Duclos said it was fine.", "Stéphane Bergeron said it was fine.",
		"Oscar-winner Sarandon said it was fine.", "Josh Earnest said it was fine.", "Carly Fiorina said it was fine.")
	want := map[string]model.Gender{"Mélanie Joly": model.Female, "Marie-Claude Bibeau": model.Female,
		"Pierre-Luc Dusseault": model.Male, "Jean-Yves Duclos": model.Male, "Stéphane Bergeron": model.Male,
		"Oscar-winner Sarandon": model.UnknownGender, "Josh Earnest": model.Male, "Carly Fiorina": model.Female}
	got := map[string]model.Gender{}
	for _, sp := range a.Speakers {
		got[sp.Name] = sp.Gender
	}
	for name, g := range want {
		if got[name] != g {
			t.Errorf("%s: gender %q, want %q (speakers %v)", name, got[name], g, got)
		}
	}
}

// An embedded tweet, as pages print it with its signature ("— Name
// (@handle) November 3, 2026", an archive's <tweet …> tag before it), is
// its author's words, whoever the author is, and quotation marks inside
// it are the author's too.
func TestSpeakersEmbeddedTweetIsItsAuthors(t *testing.T) {
	run(t, []attrCase{{name: "a member's tweet and an outlet's, one in an archive's tag",
		paras: []string{"Dental care",
			"She wrote:",
			"Dental care is health care. Millions of Canadians can't afford to see a dentist. — Rhiannon Okafor-Leduc (@ROkaforLeduc) November 3, 2026",
			`<tweet id="1" author="@dailyplanet" datetime="2016-06-29">Mayor says "no comment" on the budget https://t.co/x — The Daily Planet (@dailyplanet) June 29, 2016</tweet>`},
		want: []stmt{quoteBy(3, "Dental care is health care. Millions of Canadians can't afford to see a dentist.", "Rhiannon Okafor-Leduc"),
			quoteBy(4, `Mayor says "no comment" on the budget https://t.co/x`, "The Daily Planet")},
		kinds: map[string]model.SpeakerKind{"Rhiannon Okafor-Leduc": model.SpeakerPerson}}})
}

// A tweet that quotes someone the article names ("Brackett in Macon
// tonight: “…”") holds that person's words, not the tweet's author's.
func TestSpeakersTweetQuotingSomeoneNamed(t *testing.T) {
	run(t, []attrCase{{name: "a reporter's tweet quoting the candidate",
		paras: []string{"Rally", "Thomas Brackett spoke in Georgia on Thursday.",
			"Brackett in Macon tonight: “The walls are closing in.” pic.twitter.com/q7Rk2LmVxa — Lena Farrow-Diaz (@lenafarrowdiaz) November 3, 2028"},
		want:        []stmt{quoteBy(3, "The walls are closing in.", "Thomas Brackett")},
		notSpeakers: []string{"Lena"}}})
}

// An embedded tweet signed with a title ("— Gov. Diane Kowalczyk
// (@GovKowalczyk) December 23, 2016") is the person's, by name: the one
// the article calls "Iowa Gov. Diane Kowalczyk".
func TestSpeakersTweetSignedWithATitle(t *testing.T) {
	run(t, []attrCase{{name: "Gov. and Sen. in the signature",
		paras: []string{"Vote", "Iowa Gov. Diane Kowalczyk took to Twitter within minutes of the vote:",
			"Disappointing & dangerous. Come January 20th, the U.S. will stand WITH Israel. #StandWithIsrael — Gov. Diane Kowalczyk (@GovKowalczyk) December 23, 2016",
			"Not one more dime of American tax dollars. — Sen. Wade Holcomb (@SenWadeHolcomb) December 23, 2016"},
		want: []stmt{quoteBy(3, "Disappointing & dangerous. Come January 20th, the U.S. will stand WITH Israel. #StandWithIsrael", "Diane Kowalczyk"),
			quoteBy(4, "Not one more dime of American tax dollars.", "Wade Holcomb")},
		speakers: []string{"Diane Kowalczyk", "Wade Holcomb"}}})
}

// A name after a quotation with the part of a body it belongs to, in
// lower case, before the cue is still the speaker.
func TestSpeakersNameOfABodysUnitAfterTheQuote(t *testing.T) {
	run(t, []attrCase{{name: "Insp. X of the traffic section told reporters",
		paras: []string{"Crash", "The Edmonton Police Service said a woman died.",
			"“She deserved to get home,” Insp. Farah Siddiqui of the traffic section told reporters at a news conference Thursday."},
		want: []stmt{quoteBy(3, "She deserved to get home,", "Farah Siddiqui")}}})
}

// "X, whose party has long argued that …, said …" is X's party arguing, a
// body, never a speaker called "whose party"; and then X's own statement.
func TestSpeakersWhosePartyIsTheirs(t *testing.T) {
	run(t, []attrCase{{name: "whose party has long argued",
		paras: []string{"Health", "Bloc Québécois Leader Étienne Beauchemin-Roy, whose party has long argued that health care is a provincial responsibility, said the confusion proved it."},
		want: []stmt{reportedBy(2, "health care is a provincial responsibility", "Étienne Beauchemin-Roy’s party"),
			reportedBy(2, "the confusion proved it", "Étienne Beauchemin-Roy")},
		kinds: map[string]model.SpeakerKind{"Étienne Beauchemin-Roy’s party": model.SpeakerBody}}})
}

// A number's thousands comma ("4,000", "21,000") splits neither a
// subject nor a statement: "At least 21,000 said …" is at least 21,000
// people's, not "000"'s.
func TestSpeakersThousandsCommaInANumber(t *testing.T) {
	run(t, []attrCase{{name: "thousands in groups",
		paras: []string{"Strike", "About 4,000 drivers said the offer was poor.",
			"Since June 16, when he asked supporters to run, at least 21,000 said they would."},
		want: []stmt{reportedBy(2, "the offer was poor", "About 4,000 drivers"), reportedBy(3, "they would", "At least 21,000")}}})
}

// A quoted word inside reported speech, followed by a clause with its own
// subject and auxiliary, is the reported speaker's word: "TransLink said it
// was “disappointed” the union had rejected it" gives nothing to the union.
func TestSpeakersQuotedWordInsideReportedSpeech(t *testing.T) {
	run(t, []attrCase{{name: "“disappointed” the union had rejected it",
		paras: []string{"Strike", "TransLink said it was “disappointed” the union had rejected it."},
		want:  []stmt{quoteBy(2, "disappointed", "TransLink"), reportedBy(2, "it was “disappointed”", "TransLink")}}})
}

// In a transcript or a Q&A, a paragraph with no label between two
// labelled ones, in the speaker's own first or second person, goes on with
// the answer above; a stage direction or a reporter's paragraph does not.
func TestSpeakersTranscriptAnswerGoesOn(t *testing.T) {
	run(t, []attrCase{{name: "an answer in two paragraphs, and a stage direction",
		paras: []string{"Permafrost",
			"Host Kevin Lau spoke with the scientist Olena Marchuk about thawing ground.",
			"Lau: What should governments be doing right now?",
			"Marchuk: Three things. First, stop building on frozen ground. Second, fund monitoring.",
			"And third, put the people who live there in charge. That's not my decision to make.",
			"Lau: Has anyone in Ottawa called you?",
			"(END VIDEO CLIP.)",
			"Marchuk: A few people."},
		want:        []stmt{reportedBy(5, "And third, put the people who live there in charge", "Olena Marchuk")},
		notReported: []stmt{{para: 7, text: "END VIDEO CLIP"}}},
		{name: "the paper's own labelled question is not the answer going on",
			paras: []string{"Deficit",
				"In an interview with The Globe, Finance Minister Hélène Vachon-Roy would not rule out changes.",
				"The Globe: Is the program on the table?",
				"Ms. Vachon-Roy: I will not write the fall statement in your pages.",
				"The Globe: Is dental care one of the things that matter?",
				"Ms. Vachon-Roy: Of course it is. We are looking at every line of spending.",
				"The Globe: Will you meet the fiscal anchor you set out in the spring?",
				"Ms. Vachon-Roy: We will have a declining debt-to-GDP ratio."},
			want:        []stmt{reportedBy(6, "Of course it is", "Hélène Vachon-Roy"), reportedBy(8, "We will have a declining", "Hélène Vachon-Roy")},
			notReported: []stmt{{para: 7, text: "Will you meet the fiscal anchor"}}}})
}

// A person named with the body they belong to ("Simran Gill of the Ottawa
// police fraud unit said", "Dana Li with the Sierra Club said") is the
// speaker, not the body; a title's "of" ("Secretary of State Madeleine
// Albright") and a body's own ("Calgary Board of Education board chair
// Dana Crowchild") are no such body.
func TestSpeakersPersonOfABody(t *testing.T) {
	run(t, []attrCase{
		{name: "of the police unit",
			paras: []string{"Fraud", "Det. Const. Simran Gill of the Ottawa police fraud unit said outside the courthouse that investigators believe some victims never came forward."},
			want:  []stmt{reportedBy(2, "investigators believe some victims", "Simran Gill")}},
		{name: "of a unit with no body word",
			paras: []string{"Fraud", "Simran Gill of the Ottawa fraud unit said that investigators believe victims never came forward."},
			want:  []stmt{reportedBy(2, "investigators believe victims", "Simran Gill")}},
		{name: "with a club",
			paras: []string{"Pipeline", "Dana Li with the Sierra Club said the plan would fail."},
			want:  []stmt{reportedBy(2, "the plan would fail", "Dana Li")}},
		{name: "a title's of and a body's chair",
			paras: []string{"Votes", "Former Secretary of State Madeleine Albright urged women to vote.",
				"Calgary Board of Education board chair Dana Crowchild said enrolment has grown.",
				"The board said it will present updated figures."},
			want: []stmt{reportedBy(2, "women to vote", "Madeleine Albright"), reportedBy(3, "enrolment has grown", "Dana Crowchild"),
				reportedBy(4, "it will present updated figures", "Calgary Board of Education")}},
	})
}

// A trade's agent noun before a full name is the person's job, as a role
// is: "Baker Lake hunter Kenny Tunguaq posted …: “…”", "said Cruz
// constituent Dan Golvach" are Tunguaq's and Golvach's.
func TestSpeakersJobNounBeforeAName(t *testing.T) {
	run(t, []attrCase{
		{name: "place, hunter, name",
			paras: []string{"Caribou", "After the hearing's second day, Baker Lake hunter Kenny Tunguaq posted a video on Facebook of a group of caribou crossing the Thelon River, with the caption: “Tell me again there’s no tuktu.”"},
			want:  []stmt{quoteBy(2, "Tell me again there’s no tuktu.", "Kenny Tunguaq")}},
	})
}

// "X, through a spokeswoman, declined" names who speaks for X: the
// spokeswoman's gender is not X's, and "he" after it is still X.
func TestSpeakerGenderNotFromWhoSpeaksForThem(t *testing.T) {
	a := article(t, "Network fires analyst", "Curt Schilling, a former pitcher, was fired on Wednesday.",
		"Schilling, through a spokeswoman, declined to comment.", "Avery Schilling, via a spokesman, said nothing.")
	for _, sp := range a.Speakers {
		switch sp.Name {
		case "Curt Schilling":
			if sp.Gender == model.Female {
				t.Errorf("Curt Schilling is female (%q) from the spokeswoman who spoke for him", sp.GenderEvidence)
			}
		case "Avery Schilling":
			if sp.Gender == model.Male {
				t.Errorf("Avery Schilling is male (%q) from the spokesman who spoke for her", sp.GenderEvidence)
			}
		}
	}
}

// A clause opening "A" or "An" that places its subject "in" or "from" a
// named place before the cue is the subject's, not the place's: the nation
// or the union named next, a diplomat no one names. A second unnamed
// subject in the lede ("after a defeated rival accused her") is someone
// of its own, not swallowed by the first's statement.
func TestSpeakersIndefiniteSubjectInAPlace(t *testing.T) {
	run(t, []attrCase{
		{name: "a First Nation in a province, named next",
			paras: []string{"Fishery", "SAULNIERVILLE, N.S. — A Mi’kmaw First Nation in southwestern Nova Scotia says it will keep fishing lobster.",
				"Chief Morris Paul of Tepkunset First Nation said the community had a treaty right to fish."},
			want:        []stmt{reportedBy(2, "it will keep fishing lobster", "Tepkunset First Nation")},
			notSpeakers: []string{"Nova Scotia"}},
		{name: "a union in a province, named next",
			paras: []string{"Strike", "MONTREAL — A union representing about 78,000 nurses in Quebec says its members will walk off the job.",
				"The Quebec Nurses Union said talks collapsed."},
			want:        []stmt{reportedBy(2, "its members will walk off the job", "Quebec Nurses Union")},
			notSpeakers: []string{"Government of Quebec"}},
		{name: "a diplomat in a capital",
			paras: []string{"Talks", "The talks broke off on Tuesday.",
				"A senior Western diplomat in Cairo cautioned against reading too much into the setback."},
			want:        []stmt{reportedBy(3, "reading too much into the setback", "A senior Western diplomat")},
			notSpeakers: []string{"Cairo"}},
		{name: "a trustee in a city, and a rival after her",
			paras: []string{"Trustee", "A newly elected school trustee in west Winnipeg says she has lived in her ward for more than a decade, after a defeated rival accused her of misleading voters.",
				"Marisol Dizon says she has owned a home in Ward 2 since 2014."},
			want: []stmt{reportedBy(2, "she has lived in her ward", "Marisol Dizon"),
				reportedBy(2, "her of misleading voters", "a defeated rival")},
			notSpeakers: []string{"Winnipeg"}},
	})
}

// A body named inside a relative clause and described after it ("X, who
// now directs the Atlantic Policy Forum, a research group in Washington,
// said") is what X does: X speaks, not the forum. "the triage nurse who
// assessed Okonkwo, whose name is protected, testified" stays the nurse.
func TestSpeakersBodyInsideARelativeClause(t *testing.T) {
	run(t, []attrCase{{name: "who directs X, a group, said",
		paras: []string{"Pick",
			"Sam Okonjo-Reyes, a former deputy assistant secretary of state who now directs the Atlantic Policy Forum, a research group in Washington, said the choice would send a message.",
			"Dwayne Pikuyak, who manages Arctic Harvest Grocery, one of the three stores in the survey, said prices rose again."},
		want:        []stmt{reportedBy(2, "the choice would send a message", "Sam Okonjo-Reyes"), reportedBy(3, "prices rose again", "Dwayne Pikuyak")},
		notSpeakers: []string{"Atlantic Policy Forum", "Arctic Harvest Grocery"}}})
}

// Two clause shapes that hid their subject: a relative clause with no
// "that" whose object is the noun before it ("a provision Israeli
// officials said would keep …"), and a role and name after "and on
// Thursday" ("…, and on Thursday the White House press secretary, Dana
// Whitford, said").
func TestSpeakersSubjectAfterANounOrADay(t *testing.T) {
	run(t, []attrCase{{name: "gap relative; and on Thursday the role, the name,",
		paras: []string{"Vote",
			"The resolution requires a report every three months — a provision Israeli officials said would keep the issue alive.",
			"But it did not lobby against the bill, and on Thursday the White House press secretary, Dana Whitford, said it was “not inconsistent” with the deal."},
		want:        []stmt{quoteBy(3, "not inconsistent", "Dana Whitford")},
		speakers:    []string{"Israeli officials", "Dana Whitford"},
		notSpeakers: []string{"Provision"}}})
}

// A capitalised title of party and office before a name in commas ("An
// NDP MP, Leah Sanderson-Okimaw, weighed in on Twitter: “…”") is the role;
// the name speaks, not a person called "Ndp Mp".
func TestSpeakersCapitalisedTitleBeforeAnAppositiveName(t *testing.T) {
	run(t, []attrCase{{name: "An NDP MP, X, weighed in:",
		paras: []string{"Blockade", "An NDP MP, Leah Sanderson-Okimaw, weighed in on Twitter: “Another court order.”",
			"In a 2024 report, Saskatchewan’s Provincial Auditor, Moira Fehr, found that the authority “does not have a complete picture” of vacancies."},
		want:        []stmt{quoteBy(2, "Another court order.", "Leah Sanderson-Okimaw"), quoteBy(3, "does not have a complete picture", "Moira Fehr")},
		notSpeakers: []string{"Ndp", "Provincial Auditor"}}})
}

// "X — no relation to Mireille — who said" is X's: a relative after a
// dashed aside hangs on the name before the aside.
func TestSpeakersWhoAfterADashedAside(t *testing.T) {
	run(t, []attrCase{{name: "X — no relation — who said",
		paras: []string{"Rally", "Mireille Gagnon said the farm was struggling.",
			"Among the politicians in attendance was Bloc Québécois agriculture critic Louis-Philippe Gagnon — no relation to Mireille — who said his party would fight."},
		want: []stmt{reportedBy(3, "his party would fight", "Louis-Philippe Gagnon")}}})
}

// A relative clause on an unnamed person in apposition to a noun ("the
// Crown's only eyewitness, a store clerk who had told police …") is that
// person's, not the sentence subject's.
func TestSpeakersWhoAfterAnAppositiveOfSomeoneUnnamed(t *testing.T) {
	run(t, []attrCase{{name: "eyewitness, a store clerk who had told",
		paras: []string{"Verdict", "Raymond Kowalchuk, the defence lawyer, addressed the jury.",
			"Kowalchuk also attacked the reliability of the Crown's only eyewitness, a store clerk who had told police in her first interview that she did not see who threw the first punch."},
		want: []stmt{reportedBy(3, "she did not see who threw", "a store clerk")}}})
}

// "X, president of the Alliance des expéditeurs du Québec, a shippers’
// group, warned": a French body's whole name is what the aside describes;
// X speaks.
func TestSpeakersPresidentOfAFrenchBodyDescribed(t *testing.T) {
	run(t, []attrCase{{name: "president of the Alliance des …, a group,",
		paras: []string{"Port",
			"Normand Béliveau, president of the Alliance des expéditeurs du Québec, a shippers’ group, warned that some companies had begun rerouting cargo."},
		want: []stmt{reportedBy(2, "some companies had begun rerouting cargo", "Normand Béliveau")}}})
}

// A portfolio of two fields before a role and a name ("NDP colleges and
// universities critic Ama Boateng-Fraser called on …, saying …") is one
// role: the participle's words are hers, not the party's.
func TestSpeakersPortfolioOfTwoFields(t *testing.T) {
	run(t, []attrCase{{name: "colleges and universities critic",
		paras: []string{"Cuts",
			"NDP colleges and universities critic Ama Boateng-Fraser called on the province to create an emergency fund, saying the government had “starved” the sector for years."},
		want:        []stmt{reportedBy(2, "the government had", "Ama Boateng-Fraser")},
		notSpeakers: []string{"NDP"},
		moreQuotes:  true}})
}

// "X, who last week acknowledged on MSNBC that the campaign was “behind,”
// told …": the relative's antecedent speaks past the time before its verb.
func TestSpeakersWhoThenATimeThenTheCue(t *testing.T) {
	run(t, []attrCase{{name: "who last week acknowledged",
		paras: []string{"Poll",
			"Halvorsen campaign manager Brooke Tillerman, who last week acknowledged on MSNBC that the campaign was “behind,” told Breitbart News that the numbers were good."},
		want: []stmt{quoteBy(2, "behind,", "Brooke Tillerman"), reportedBy(2, "the numbers were good", "Brooke Tillerman")}}})
}

// "president and CEO" is one title before a name: "“…,” Tennis Canada
// president and CEO Hélène Giroux said in the same statement" is her
// quotation, not a report spanning it nor the body's words carried over.
func TestSpeakersPresidentAndCEO(t *testing.T) {
	run(t, []attrCase{{name: "president and CEO X said",
		paras: []string{"Tennis", "Tennis Canada said in a statement that she had made history.",
			`"We could not be prouder," Tennis Canada president and CEO Hélène Giroux said in the same statement.`},
		want: []stmt{quoteBy(3, "We could not be prouder,", "Hélène Giroux")}}})
	a := article(t, "Tennis", "Tennis Canada said in a statement that she had made history.",
		`"We could not be prouder," Tennis Canada president and CEO Hélène Giroux said in the same statement.`)
	for _, st := range a.Statements {
		if st.Paragraph == 3 && st.Kind != model.KindQuote {
			t.Errorf("¶3 holds a %s statement %q; want only the quotation", st.Kind, st.Text)
		}
	}
}

// "Powell’s office said" speaks for Colin Powell, and his aliases keep the
// phrase, so a reader filtering on "Powell’s office" finds him.
func TestOfficeAsAlias(t *testing.T) {
	a := article(t,
		"Powell and the emails",
		"Former Secretary of State Colin Powell spoke at a dinner in 2009.",
		"Powell’s office, when contacted by reporters, said he could not recall the conversation.",
	)
	i := a.SpeakerByName("Colin Powell")
	if i < 0 {
		t.Fatalf("no speaker Colin Powell in %s", dump(a))
	}
	if al := a.Speakers[i].Aliases; !slices.Contains(al, "Powell’s office") {
		t.Errorf("Colin Powell's aliases %q lack “Powell’s office”; %s", al, dump(a))
	}
}

// A noun opening the sentence before a past participle and its agent ("A
// receiver appointed by the court said", "A pre-sentence report prepared
// for the court described") is the speaker; the court said nothing.
func TestSpeakerBeforeAgentParticiple(t *testing.T) {
	run(t, []attrCase{{name: "appointed by, prepared for",
		paras: []string{"Trial",
			"The trial at the Ontario Superior Court of Justice ended on Tuesday.",
			"A receiver appointed by the court said in a filing last year that the business owed more than $800,000.",
			"A pre-sentence report prepared for the court described the teen as remorseful and \"highly responsive\" to counselling."},
		want: []stmt{reportedBy(3, "the business owed", "a receiver"),
			reportedBy(4, "the teen as remorseful", "a pre-sentence report"),
			quoteBy(4, "highly responsive", "a pre-sentence report")},
		notSpeakers: []string{"Ontario Superior Court of Justice", "court"}}})
}

// "the RCMP in Nova Scotia said", "the union in Ontario said": the body
// speaks, not the place it stands in; but "the Chinese Embassy in Ottawa"
// stays whole and "the government in Beijing" is Beijing's.
func TestSpeakerBodyInPlace(t *testing.T) {
	run(t, []attrCase{{name: "the RCMP in Nova Scotia, the union in Ontario",
		paras: []string{"Review",
			"In an e-mailed statement, the RCMP in Nova Scotia said it respects the independent review process.",
			"The union in Ontario said it would strike on Monday."},
		want: []stmt{reportedBy(2, "it respects the independent review process", "RCMP"),
			reportedBy(3, "it would strike", "union")},
		notSpeakers: []string{"Nova Scotia", "Ontario"}},
		{name: "the Chinese Embassy in Ottawa",
			paras: []string{"Vessel", "The Chinese Embassy in Ottawa said the voyage was proper."},
			want:  []stmt{reportedBy(2, "the voyage was proper", "Chinese Embassy in Ottawa")}}})
}

// A name with a dashed aside before its cue ("Commissioner Ruth Ostrowski
// — no relation to the attorney general — said") is the subject; but a
// body named after "of" or "for" in an appositive is not ("Darren
// Haraldsen, president of the Port Alder Chamber of Commerce — and … —
// said").
func TestSpeakerBeforeDashedAside(t *testing.T) {
	run(t, []attrCase{{name: "X — no relation to … — said",
		paras: []string{"Overtime",
			"Attorney General Bradley Ostrowski of Kansas led the suit.",
			"In Butler County, Commissioner Ruth Ostrowski — no relation to the attorney general — said the county would begin tracking hours.",
			"Darren Haraldsen, president of the Port Alder Chamber of Commerce — and a former councillor — said the plan was sound."},
		want: []stmt{reportedBy(3, "the county would begin tracking hours", "Ruth Ostrowski"),
			reportedBy(4, "the plan was sound", "Darren Haraldsen")},
		notSpeakers: []string{"Butler County"}}})
}

// A dated update line ("UPDATE: Oct. 28, 9:20 a.m. —") opens no clause: the
// words after it are read as a sentence of their own.
func TestSpeakerAfterUpdateStamp(t *testing.T) {
	run(t, []attrCase{{name: "UPDATE: date — X's chief of staff, Name, responded with an email: “…”",
		paras: []string{"Bill",
			"Sen. Lee Pruett posted the tweet on Wednesday.",
			"UPDATE: Oct. 28, 9:20 a.m. — Pruett’s chief of staff, Gordon Ellery, responded with a one-line email: “Senator Pruett stands by his tweet.”"},
		want: []stmt{quoteBy(3, "Senator Pruett stands by his tweet.", "Gordon Ellery")}}})
}

// A role's appositive that opens with a party ("the committee’s deputy
// chair, Liberal senator Gareth Lyle, said") names the speaker.
func TestSpeakerPartyRoleAppositive(t *testing.T) {
	run(t, []attrCase{{name: "the committee’s deputy chair, Liberal senator X, said",
		paras: []string{"Voice",
			"A cross-party parliamentary committee has recommended a second referendum.",
			"In a dissenting report, the committee’s deputy chair, Liberal senator Gareth Lyle, said there was “no evidence” a second referendum would succeed."},
		want: []stmt{reportedBy(3, "there was", "Gareth Lyle"), quoteBy(3, "no evidence", "Gareth Lyle")}}})
}

// ", with the shadow housing minister, Ewan Treloar, describing it as “…”":
// the participle's subject is the minister named after "with", not the
// sentence's.
func TestSpeakerWithRoleAndNameBeforeParticiple(t *testing.T) {
	run(t, []attrCase{{name: "with the role, Name, describing",
		paras: []string{"Housing",
			"The Coalition has opposed the bill since its introduction, with the shadow housing minister, Ewan Treloar, describing it as “a Canberra power grab”."},
		want: []stmt{quoteBy(2, "a Canberra power grab", "Ewan Treloar")}, moreQuotes: true}})
}

// "the 46-year-old MP for Pontypridd said": the MP speaks, not the seat.
func TestSpeakerMemberForASeat(t *testing.T) {
	run(t, []attrCase{{name: "the MP for Pontypridd said",
		paras: []string{"Labour",
			"Siân Beddoes has said Labour is heading for its worst result.",
			"In an interview with the Guardian, the 46-year-old MP for Pontypridd said she had spent weeks of soul-searching."},
		want:        []stmt{reportedBy(3, "she had spent weeks of soul-searching", "Siân Beddoes")},
		notSpeakers: []string{"Pontypridd"}}})
}

// "But a senior Philippine diplomat, speaking on condition of anonymity,
// told …": the unnamed source after "But" speaks, not the last named.
func TestSpeakerUnnamedSourceAfterBut(t *testing.T) {
	run(t, []attrCase{{name: "But a senior diplomat, speaking on condition of anonymity, told",
		paras: []string{"Sea",
			"\"The tribunal did its job,\" Peter Kwan said.",
			"The Philippine foreign ministry has insisted that Manila has not surrendered its rights. But a senior Philippine diplomat, speaking on condition of anonymity, told Breitbart News that the subject \"barely came up\" in the meetings.",
			"\"Nobody wanted to open the drawer,\" the diplomat said."},
		want: []stmt{quoteBy(2, "The tribunal did its job,", "Peter Kwan"),
			reportedBy(3, "the subject", "a senior Philippine diplomat"),
			quoteBy(4, "Nobody wanted to open the drawer,", "a senior Philippine diplomat")}, moreQuotes: true}})
}

// An unnamed source described by a body's long name ("A senior Department
// of Health and Social Care source") is someone unnamed, with or without a
// relative clause after; the long name had hidden the head.
func TestUnnamedSourceOfLongBodyName(t *testing.T) {
	run(t, []attrCase{
		{name: "plain",
			paras: []string{"Strike", "Doctors will strike next week.", "A senior Department of Health and Social Care source said ministers had been blindsided."},
			want:  []stmt{reportedBy(3, "ministers had been blindsided", "A senior Department of Health and Social Care source")}},
		{name: "with a relative clause",
			paras: []string{"Strike", "Doctors will strike next week.", "A senior Department of Health and Social Care source, who was not authorised to speak publicly, said ministers had been “blindsided” by the ballot timing."},
			want:  []stmt{reportedBy(3, "ministers had been", "A senior Department of Health and Social Care source"), quoteBy(3, "blindsided", "A senior Department of Health and Social Care source")}},
	})
}

// An unnamed official at a named place or body, then a participle's aside
// ("A senior official at Queen's Park, speaking to the Star on condition
// of anonymity, says"), is the official, not the place: the place had
// taken the statement, then been read as someone named Park.
func TestUnnamedOfficialAtAPlaceBeforeAnAside(t *testing.T) {
	run(t, []attrCase{{name: "official at Queen's Park",
		paras: []string{"Housing targets", "Lorne Park residents packed the meeting.",
			"A senior official at Queen's Park, speaking to the Star on condition of anonymity, says the province has no intention of reversing the decision. “The minister has been clear,” the official said."},
		want:        []stmt{reportedBy(3, "the province has no intention", "A senior official"), quoteBy(3, "The minister has been clear,", "A senior official")},
		notSpeakers: []string{"Lorne Park", "Park"}}})
}

// A source opening the lede is someone unnamed, not a stand-in for a name
// to come: sources are not named later.
func TestLedeSourceIsUnnamed(t *testing.T) {
	run(t, []attrCase{{name: "lede source",
		paras: []string{"Strike", "A Downing Street source said ministers had been blindsided by the ballot.", "Doctors will strike next week."},
		want:  []stmt{reportedBy(2, "ministers had been blindsided", "A Downing Street source")}}})
}

// "X, chief executive of the Y, who said" is X's: "who" is a person's, and a
// role phrase with no article describes X as "a"/"the" ones do.
func TestWhoAfterBareRoleAside(t *testing.T) {
	run(t, []attrCase{{name: "chief executive of",
		paras: []string{"Law", "That concern was echoed by Aunty Lorraine Kimber, chief executive of the Koorie Women’s Justice Service, who said the new offence would only work if police were trained."},
		want:  []stmt{reportedBy(2, "the new offence would only work", "Lorraine Kimber")}}})
}

// A past form qualifying the noun before a participle's comma is no verb
// whose subject says the participle's words: "went on offense in New
// Hampshire's final televised debate, accusing …" is the candidate's, not
// New Hampshire's. A verb with its object still is one: "The network's top
// executive defended the spending, saying".
func TestAttributivePastBeforeParticiple(t *testing.T) {
	run(t, []attrCase{
		{name: "televised debate",
			paras: []string{"Debate", "Republican gubernatorial nominee Mark Stensrud went on offense Thursday night in New Hampshire's final televised debate, accusing Democrat Colleen Harrigan of planning higher taxes."},
			want:  []stmt{reportedBy(2, "accusing Democrat Colleen Harrigan", "Mark Stensrud")}},
		{name: "defended the spending",
			paras: []string{"Nurses", "Nadia Kowalchuk runs the network.", "The network’s top executive defended the spending, saying it kept emergency departments open."},
			want:  []stmt{reportedBy(3, "it kept emergency departments open", "!network’s")}},
	})
}

// A name after a place and a job noun in an appositive is the speaker:
// "His challenger, Bergen County freeholder Brett Koval, said" was Bergen
// County's; so was "former Marine and Bergen County freeholder Brett Koval".
func TestNameAfterPlaceAndJob(t *testing.T) {
	run(t, []attrCase{
		{name: "county freeholder", paras: []string{"Race", "His challenger, Bergen County freeholder Brett Koval, said Albanese should resign."},
			want: []stmt{reportedBy(2, "Albanese should resign", "Brett Koval")}},
		{name: "two descriptions", paras: []string{"Race", "Albanese's Republican challenger, former Marine and Bergen County freeholder Brett Koval, said on Fox & Friends Wednesday morning that Albanese should \"do the honorable thing\" and resign."},
			want: []stmt{reportedBy(2, "Albanese should", "Brett Koval"), quoteBy(2, "do the honorable thing", "Brett Koval")}},
	})
}

// A dashed aside after a name and its party's brackets leaves the name the
// subject: "Sen. Judith Harlow (D-Ore.) — no relation to the Indiana
// congressman — said" was no statement at all.
func TestDashAsideAfterPartyBrackets(t *testing.T) {
	run(t, []attrCase{{name: "party then aside",
		paras: []string{"Budget", "Sen. Judith Harlow (D-Ore.) — no relation to the Indiana congressman — said Democrats would offer amendments aimed at \"putting every single Republican on the record\"."},
		want:  []stmt{reportedBy(2, "Democrats would offer amendments", "Judith Harlow"), quoteBy(2, "putting every single Republican on the record", "Judith Harlow")}}})
}

// A person "of" a body "in" a place is the speaker, past the place:
// "Chief Darlene Whitecalf of Kinosao Lake Cree Nation in northern
// Manitoba told" was Manitoba's.
func TestPersonOfBodyInPlace(t *testing.T) {
	run(t, []attrCase{{name: "nation in a province",
		paras: []string{"Towers", "Chief Darlene Whitecalf of Kinosao Lake Cree Nation in northern Manitoba told the commission her community gets cell service from a single tower."},
		want:  []stmt{reportedBy(2, "her community gets cell service", "Darlene Whitecalf")}}})
}

// An unnamed person "identified (in court) only as X" is X: "A night-shift
// officer, identified in court only as Officer C, told jurors", and the
// "he" after.
func TestIdentifiedOnlyAs(t *testing.T) {
	run(t, []attrCase{{name: "officer c",
		paras: []string{"Inquest", "A night-shift officer, identified in court only as Officer C, told jurors there had been two officers on duty.", "“You do your best,” he said."},
		want:  []stmt{reportedBy(2, "there had been two officers", "Officer C"), quoteBy(3, "You do your best,", "Officer C")}}})
}

// A counted group of people described by a participle, then a "who" aside,
// speaks as the group: "Three diplomats involved in the drafting, who spoke
// on the condition of anonymity …, said" was no statement.
func TestCountedGroupBeforeWhoAside(t *testing.T) {
	run(t, []attrCase{{name: "three diplomats",
		paras: []string{"Summit", "Three diplomats involved in the drafting, who spoke on the condition of anonymity to describe private negotiations, said Hungary and Slovakia had objected to the phrase “irreversible path.”"},
		want:  []stmt{reportedBy(2, "Hungary and Slovakia had objected", "~diplomats"), quoteBy(2, "irreversible path.", "~diplomats")}}})
}

// A town's province set off by commas is no speaker: "An auto-parts
// manufacturer in Windsor, Ont., says" is not "Ont"'s; "One superdelegate,
// Alabama Democratic Party chairwoman Nancy Worley, pledged" stays hers.
func TestProvinceAsideIsNoSpeaker(t *testing.T) {
	run(t, []attrCase{
		{name: "ont", paras: []string{"Layoffs", "An auto-parts manufacturer in Windsor, Ont., says it will lay off 640 workers."},
			want: []stmt{reportedBy(2, "it will lay off 640 workers", "!Ont")}},
		{name: "state in a longer aside", paras: []string{"Primary", "One superdelegate, Alabama Democratic Party chairwoman Nancy Worley, pledged her vote to Clinton."},
			want: []stmt{reportedBy(2, "her vote to Clinton", "Nancy Worley")}},
	})
}

// A named person's age and an appositive that ends in a place and its
// state or country ("Manpreet Sandhu, 23, a student from Ludhiana, India,
// said") speak as the person, not as someone described.
func TestSpeakersNameAgeAndPlacedAppositive(t *testing.T) {
	run(t, []attrCase{{name: "X, 23, a student from Ludhiana, India, said",
		paras: []string{"College", "The college cut 12 programs on Monday, the school said.", "Enrolment fell sharply.",
			"Manpreet Sandhu, 23, a second-year supply chain student from Ludhiana, India, said she was told last week that her program would not take a new cohort.",
			"Priya Venkataraman, 29, a software engineer from Dublin, Ohio, said she had not voted."},
		want: []stmt{reportedBy(4, "she was told last week", "Manpreet Sandhu"),
			reportedBy(5, "she had not voted", "Priya Venkataraman")}}})
}

// A sentence that introduces a named person with an appositive ("Among
// the marchers was Lina Haddad-Morin, a graduate student who rents …")
// makes the person, not the description, the one "she" means next; an
// opening place ("In Sydney, a nurse who …") is no one.
func TestSpeakersIntroducedWithAnAppositive(t *testing.T) {
	run(t, []attrCase{{name: "Among the marchers was X, a graduate student who …. She said",
		paras: []string{"March", "The march began at noon.",
			"Among the marchers was Lina Haddad-Morin, a graduate student who rents in nearby Parc-Extension. She said she came because her own rent went up 22 per cent this year.",
			"Anthony Curran, a 58-year-old retired bus driver, has waited four years for a hip.",
			"“Some days I can’t get up the stairs,” he said."},
		want: []stmt{reportedBy(3, "she came because her own rent", "Lina Haddad-Morin"),
			quoteBy(5, "Some days I can’t get up the stairs,", "Anthony Curran")}}})
}

// A long appositive that ends in a place before "who" ("Dennis Kowalczyk,
// the head of a steelworkers’ local in Youngstown who publicly criticized
// …") hangs the clause on the person, not on the town.
func TestSpeakersWhoAfterALongAppositiveWithAPlace(t *testing.T) {
	run(t, []attrCase{{name: "X, the head of a local in Youngstown who criticized",
		paras: []string{"Emails",
			"Dennis Kowalczyk, the head of a steelworkers’ local in Youngstown who publicly criticized the email when it surfaced, met privately with Ostrander in Cleveland last week. Afterward, he told reporters that she had apologized."},
		want:        []stmt{reportedBy(2, "she had apologized", "Dennis Kowalczyk")},
		notSpeakers: []string{"Youngstown"}}})
}

// "X and Y of Florida, who told …" hangs the clause on Y alone, the name
// nearest the "who"; "X and Y, who say …" (a plural verb) is both, listed
// under the first, as "X and Y said" is.
func TestSpeakersWhoAfterTwoNames(t *testing.T) {
	run(t, []attrCase{
		{name: "X and Y of Florida, who told",
			paras: []string{"Mate", "The pick is out.",
				"Others considered included Terrence Abernathy and Joaquin Villalobos of Florida, who told POLITICO on Monday that he had not been asked."},
			want: []stmt{reportedBy(3, "he had not been asked", "Joaquin Villalobos")}},
		{name: "X and Y, who say",
			paras: []string{"Debate", "The debate is over.",
				"Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris Christie, who say the freshman senator does not have the experience needed."},
			want: []stmt{reportedBy(3, "the freshman senator does not have", "Jeb Bush")}},
	})
}

// A clinician, a psychiatrist, a planner and the like are roles as a
// doctor is: "A senior clinician at the hospital, who asked not to be
// named, said" is someone unnamed, not the hospital, and "the clinician"
// later is the same one.
func TestSpeakersMoreJobsAreRoles(t *testing.T) {
	run(t, []attrCase{{name: "a senior clinician at the hospital, who …, said",
		paras: []string{"Strike", "Tamesbridge General Hospital declared a critical incident.",
			"A senior clinician at the hospital, who asked not to be named, said the emergency department had been \"on its knees\" since Christmas.",
			"“We were doing workarounds every single day,” the clinician said."},
		want: []stmt{reportedBy(3, "the emergency department had been", "A senior clinician"),
			quoteBy(3, "on its knees", "A senior clinician"),
			quoteBy(4, "We were doing workarounds every single day,", "A senior clinician")}}})
}

// Someone unnamed, or a group, described up to the cue with a place or a
// body named only after a preposition, is the speaker, not the place: "A
// man in his 70s feeding pigeons in a small park off Rue Saint-Patrick,
// who declined to give his name, said", "Some voters leaving the polls at
// Seminole Heights Library this evening said". A friend of someone named
// is left to the rules that know friends.
func TestSpeakersDescribedPersonBeforeAPlace(t *testing.T) {
	run(t, []attrCase{{name: "a man … off Rue Saint-Patrick, who …, said; some voters … at X said",
		paras: []string{"Vote", "Not everyone is convinced.",
			"A man in his 70s feeding pigeons in a small park off Rue Saint-Patrick, who declined to give his name, said he had voted for the CAQ.",
			"Some voters leaving the polls at Seminole Heights Library this evening said the race came down to generations."},
		want: []stmt{reportedBy(3, "he had voted for the CAQ", "~a man"),
			reportedBy(4, "the race came down to generations", "~voters")},
		notSpeakers: []string{"Rue Saint-Patrick", "Seminole Heights Library"}}})
}

// A subject whose modifier names a place or a body is the person the head
// noun describes: "The mayor of Rockport fired the chief, saying" is the
// mayor (named next), "A retired teacher who gave $5,000 to Harbour Trust
// told" the teacher, "The judge who led the inquiry into the death of X
// has found" the judge, "Solicitor X, of Hartley & Finch, who …, said" the
// solicitor; not Rockport, Harbour Trust, X or the firm.
func TestSubjectWithModifierIsItsHead(t *testing.T) {
	run(t, []attrCase{
		{name: "the mayor of a town, then a participle",
			paras: []string{"Chief fired", "The mayor of Rockport fired the city's police chief on Tuesday, saying he had lost confidence in him.",
				"Mayor Dennis Kowalczyk told reporters the decision was his alone."},
			want: []stmt{reportedBy(2, "he had lost confidence", "Dennis Kowalczyk"), reportedBy(3, "the decision was his alone", "Dennis Kowalczyk")}},
		{name: "a firm with an ampersand before a relative clause",
			paras: []string{"Tenants win", "Solicitor Maeve Donnelly, of Hartley & Finch, who represents the tenants, said the ruling was “a vindication.”"},
			want:  []stmt{reportedBy(2, "the ruling was", "Maeve Donnelly"), quoteBy(2, "a vindication.", "Maeve Donnelly")}},
		{name: "a member's party tag before a whose clause",
			paras: []string{"Boats", "The USS Pendry was harassed by fast boats.",
				"Rep. Linda Okonkwo-Barnes, D-Va., whose district includes the base where the Pendry is docked, said the crew was calm."},
			want: []stmt{reportedBy(3, "the crew was calm", "Linda Okonkwo-Barnes")}},
		{name: "a participle after a that clause the main verb governs",
			paras: []string{"Ruling", "Arbitrator Rebecca Chau-Whitford heard the appeal.",
				"The arbitrator stopped short of ordering that Beaulieu-Adeyemi be nominated, writing that it was “not the role of this tribunal” to pick the team."},
			want: []stmt{reportedBy(3, "it was", "Rebecca Chau-Whitford"), quoteBy(3, "not the role of this tribunal", "Rebecca Chau-Whitford")}},
		{name: "a source who asked not to be named, and why",
			paras: []string{"Hospital", "A nurse who asked not to be named because she feared for her job said only two doctors were on duty."},
			want:  []stmt{reportedBy(2, "only two doctors were on duty", "A nurse")}},
		{name: "a relative clause naming a body",
			paras: []string{"Donor sues", "A retired teacher who gave $5,000 to Harbour Trust told a judge Wednesday that she was misled."},
			want:  []stmt{reportedBy(2, "she was misled", "A retired teacher")}},
		{name: "a relative clause naming the dead",
			paras: []string{"Inquiry", "The judge who led the fatality inquiry into the death of Brenna MacIsaac has found that she was discharged “into a system that had no safe place for her to land.”",
				"Provincial Court Judge Fergus MacLellan's 212-page report was released Tuesday."},
			want: []stmt{reportedBy(2, "she was discharged", "Fergus MacLellan"), quoteBy(2, "into a system that had no safe place for her to land.", "Fergus MacLellan")}},
	})
}

// "X, whose president, Y, told reporters that …" is Y's, not the subject
// of the main clause: "The letter was organized by the Heartland Justice
// Project, whose president, Dwayne Castle, told reporters".
func TestWhosePresidentNamedTells(t *testing.T) {
	run(t, []attrCase{{name: "whose president",
		paras: []string{"Groups warn senators", "The letter was organized by the Heartland Justice Project, whose president, Dwayne Castle, told reporters that conservatives had “heard the whispers”."},
		want:  []stmt{reportedBy(2, "conservatives had", "Dwayne Castle"), quoteBy(2, "heard the whispers", "Dwayne Castle")}}})
}

// An outlet whose name opens with a particle ("Al Jazeera") owns the
// reporter named after it, as "CNN's" does: the reporter speaks, here and
// as "he" after.
func TestSpeakersParticleOutletOwnsItsReporter(t *testing.T) {
	run(t, []attrCase{{
		name: "Al Jazeera's reporter",
		paras: []string{
			"Council ends without a statement",
			"Al Jazeera's Gabriel Okonjo-Reyes, reporting from the UN headquarters in New York, says France circulated a draft.",
			"\"So for now, the council has talked, but it has not spoken,\" he said.",
		},
		want: []stmt{reportedBy(2, "France circulated a draft", "Gabriel Okonjo-Reyes"),
			quoteBy(3, "So for now, the council has talked, but it has not spoken,", "Gabriel Okonjo-Reyes")},
		notSpeakers: []string{"Al Jazeera"},
	}})
}

// "The X, NAME," names who holds X: a title the tables do not know (the
// Cathaoirleach of an Irish council, the Trefnydd of the Senedd), or a
// role whose holder's party owns the name ("the ANC's Sipho Dlamini").
func TestSpeakersNamedAfterAnUnknownTitle(t *testing.T) {
	run(t, []attrCase{{
		name: "unknown title, owned name",
		paras: []string{
			"Board row",
			"The Cathaoirleach, Cllr Maura Gavin, reminded the gallery that the meeting was “not a circus”.",
			"The chair, the ANC's Sipho Dlamini, rejected that claim. He told reporters the board had “failed”.",
		},
		want: []stmt{reportedBy(2, "the meeting was", "Maura Gavin"),
			quoteBy(2, "not a circus", "Maura Gavin"),
			reportedBy(3, "the board had", "Sipho Dlamini"),
			quoteBy(3, "failed", "Sipho Dlamini")},
		notSpeakers: []string{"Cathaoirleach", "the chair"},
	}})
}

// "Allies of X, the minister, insisted" is the allies', as it is without
// the aside; "two aides to X, …," likewise.
func TestSpeakersAidesOfANameWithAnAside(t *testing.T) {
	run(t, []attrCase{{
		name: "allies of X, aside",
		paras: []string{
			"Memo row",
			"Allies of Tomas Brekke, the transport minister, insisted that he remained confident.",
			"Two aides to Tomas Brekke, the minister, said he was fine.",
			"A minister close to Brekke, who requested anonymity to discuss the session, said he had been “blindsided”.",
		},
		want: []stmt{reportedBy(2, "he remained confident", "Allies of Tomas Brekke"),
			reportedBy(3, "he was fine", "Two aides to Tomas Brekke"),
			quoteBy(4, "blindsided", "!Tomas Brekke")},
		moreQuotes: true,
	}})
}

// "One worker, a welder named Piet Aalders, said" is Piet Aalders', and
// "he" after is he; a firm "called X" is no one's name.
func TestSpeakersNamedInTheirDescription(t *testing.T) {
	run(t, []attrCase{{
		name: "a welder named X",
		paras: []string{
			"Strikers",
			"One worker, a welder named Piet Aalders, said he had never joined a strike before.",
			"“My father would laugh at me,” he said.",
			"One worker, a forklift operator who gave only his first name, Marlon, said: “We just want respect.”",
			"But Tom Miller, at a consulting firm called Gavekal Dragonomics, argued that the plan would fail.",
		},
		want: []stmt{reportedBy(2, "he had never joined", "Piet Aalders"),
			quoteBy(3, "My father would laugh at me,", "Piet Aalders"),
			quoteBy(4, "We just want respect.", "Marlon"),
			reportedBy(5, "the plan would fail", "Tom Miller")},
	}})
}
