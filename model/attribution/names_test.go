package attribution_test

// Names: where a person's name begins and ends (titles, particles,
// hyphens, party tags, job words before it), and how its later short
// forms find the one speaker.

import (
	"fmt"
	"strings"
	"testing"

	"whosaid/articles"
	"whosaid/model"
)

// A name in full, then its surname alone: one speaker in the side panel,
// "French-language" is an adjective, never a speaker, while "English-
// Speaking" in capitals is a word of a body's name.
func TestNamesLanguageAdjectiveIsNoName(t *testing.T) {
	run(t, []attrCase{{name: "French-language division, English-Speaking alliance",
		paras: []string{"Schools", "The division is suing, arguing its French-language students are short of space.",
			"The Manitoba French-language school division has asked a judge to act, arguing the arrangement violates the rights of students.",
			"The Alliance for English-Speaking Quebecers said in a statement that the bill went too far."},
		want:        []stmt{reportedBy(4, "the bill went too far", "Alliance for English-Speaking Quebecers")},
		notSpeakers: []string{"French-language"}}})
}

// A local government's name may open with its level: "Regional District
// of Kootenay Boundary", "Rural Municipality of Corman Park" are whole
// names, not "District of …" with "Regional" left over as a speaker.
func TestNamesLocalGovernmentWithItsLevel(t *testing.T) {
	run(t, []attrCase{{name: "regional district, rural municipality",
		paras: []string{"Outage", "The Regional District of Kootenay Boundary says it has not issued any evacuation orders, and is urging residents to store water.",
			"The Rural Municipality of Corman Park said it would open a warming centre."},
		want: []stmt{reportedBy(2, "it has not issued any evacuation orders", "Regional District of Kootenay Boundary"),
			reportedBy(3, "it would open a warming centre", "Rural Municipality of Corman Park")}}})
}

// A French body's name may list its portfolios with commas ("Ministère
// de l’Immigration, de la Francisation et de l’Intégration"), and "the
// ministry" in English is it.
func TestNamesFrenchMinistryWithAList(t *testing.T) {
	run(t, []attrCase{{name: "Ministère de l’Immigration, de la Francisation et de l’Intégration",
		paras: []string{"Classes", "Quebec’s Ministère de l’Immigration, de la Francisation et de l’Intégration said in a statement that wait times have fallen.",
			"The ministry said it had added evening classes."},
		want: []stmt{reportedBy(2, "wait times have fallen", "Ministère de l’Immigration, de la Francisation et de l’Intégration"),
			reportedBy(3, "it had added evening classes", "Ministère de l’Immigration, de la Francisation et de l’Intégration")}},
		{name: "Coalition Rivières libres: a French name's lower-case adjective",
			paras: []string{"Dam", "Environmental group Coalition Rivières libres said in a statement that the river is one of the last undammed rivers."},
			want:  []stmt{reportedBy(2, "the river is one of the last undammed rivers", "Coalition Rivières libres")}}})
}

// A unit is a body ("the Independent Investigation Unit of Manitoba" is
// no party's "Investigation Unit"), and a headline's and lede's "police
// watchdog" is the investigating unit the lede's next paragraphs name.
func TestNamesPoliceWatchdogUnit(t *testing.T) {
	run(t, []attrCase{{name: "police watchdog, then the unit",
		paras: []string{"Winnipeg officer who shot man in crisis won't face charges, police watchdog says",
			"A Winnipeg police officer who shot a man last summer will not face criminal charges, Manitoba's police watchdog says.",
			"In a report released Tuesday, the civilian director of the Independent Investigation Unit of Manitoba, Roxanne Batchelor-Dumont, says the officer reasonably believed his partner was in danger."},
		want: []stmt{reportedBy(1, "Winnipeg officer who shot man", "Independent Investigation Unit of Manitoba"),
			reportedBy(2, "will not face criminal charges", "Independent Investigation Unit of Manitoba")}}})
}

// "Gen. Evelyn Kostiuk and Defence Minister X" are two people, not one
// minister's portfolio, so "Kostiuk said" later is Evelyn Kostiuk; "Mental
// Health and Addictions Minister Teresa Villanueva" stays one title.
func TestNamesPersonAndAMinister(t *testing.T) {
	run(t, []attrCase{{name: "a general and a minister",
		paras: []string{"Funeral", "Gen. Evelyn Kostiuk and Defence Minister Arnaud Villeneuve-Price were among those in the front pews.",
			"Speaking to reporters, Kostiuk said the forces would leave no question unanswered.",
			"Mental Health and Addictions Minister Teresa Villanueva said the plan works."},
		want: []stmt{reportedBy(3, "the forces would leave no question unanswered", "Evelyn Kostiuk"),
			reportedBy(4, "the plan works", "Teresa Villanueva")}}})
}

// A capital speaking for its government ("Cairo has also said") is not
// a facility named for the city earlier ("Cairo International Airport").
func TestNamesCityIsNoFacilityNamedForIt(t *testing.T) {
	run(t, []attrCase{{name: "Cairo, not its airport",
		paras: []string{"Detained", "Karim Benslimane was arrested at Cairo International Airport in March.",
			"Cairo has also said the case is a matter for its courts."},
		want: []stmt{reportedBy(3, "the case is a matter for its courts", "Cairo")}}})
}

// "The Canadian Ombudsperson for Responsible Enterprise, Teresa
// Brandt-Ruiz, confirmed": the office's holder, named after it, speaks.
func TestNamesOmbudspersonNamedAfterTheOffice(t *testing.T) {
	run(t, []attrCase{{name: "the ombudsperson, X, confirmed",
		paras: []string{"Mine", "The Canadian Ombudsperson for Responsible Enterprise, Teresa Brandt-Ruiz, confirmed that her office received a complaint in July."},
		want:  []stmt{reportedBy(2, "her office received a complaint in July", "Teresa Brandt-Ruiz")}}})
}

// A title word after "and" inside a union's name ("Union of Safety and
// Justice Employees") is a word of the name, not a justice's title.
func TestNamesTitleWordInsideAUnionsName(t *testing.T) {
	run(t, []attrCase{{name: "Union of Safety and Justice Employees",
		paras: []string{"Audit", "The Union of Safety and Justice Employees said the audit confirmed its concerns.",
			"Union president Ana Ruiz and Justice Minister Sean Fraser spoke later."},
		want: []stmt{reportedBy(2, "the audit confirmed its concerns", "Union of Safety and Justice Employees")}}})
}

// An RCMP detachment is a body: "The Upper Fraser Valley Regional
// Detachment" keeps its first word (no person "Fraser Valley Regional
// Detachment" with the title "Upper"), and "the detachment" is it.
func TestNamesDetachmentIsABody(t *testing.T) {
	run(t, []attrCase{{name: "a detachment",
		paras: []string{"Officer hurt", "The Upper Fraser Valley Regional Detachment said in a news release that the officer was hurt.",
			"The detachment said it would review the case."},
		want: []stmt{reportedBy(2, "the officer was hurt", "Upper Fraser Valley Regional Detachment"),
			reportedBy(3, "it would review the case", "Upper Fraser Valley Regional Detachment")}}})
}

// "(Ward 4)" after a councillor's name is the ward, no one called Ward
// whom "he" could mean.
func TestNamesWardNumberIsNoName(t *testing.T) {
	run(t, []attrCase{{name: "Coun. X (Ward 4)",
		paras: []string{"Budget", "Budget chair Coun. Peter Nguyen-Ashworth (Ward 4) defended the transit spending.",
			"“Every year we delay, we pay more,” he said during debate."},
		want:        []stmt{quoteBy(3, "Every year we delay, we pay more,", "Peter Nguyen-Ashworth")},
		notSpeakers: []string{"Ward"}}})
}

// "Minister Responsible for Housing" is a title, as "Minister for
// Housing" is, and a portfolio listing several ("First Nations, Métis and
// Northern Affairs") keeps its commas: the name after it speaks.
func TestNamesMinisterResponsibleForAList(t *testing.T) {
	run(t, []attrCase{{name: "minister responsible for; a listed portfolio",
		paras: []string{"Treaty", "Minister Responsible for Housing Ana Ruiz said the plan works.",
			"Saskatchewan's Minister Responsible for First Nations, Métis and Northern Affairs, Todd Hnatyshyn-Kerr, said the money reflects its obligations."},
		want: []stmt{reportedBy(2, "the plan works", "Ana Ruiz"), reportedBy(3, "the money reflects its obligations", "Todd Hnatyshyn-Kerr")}}})
}

// "Kozakiewicz Jr." is the son named "Dale Kozakiewicz Jr.", and
// "Kozakiewicz Sr." his father: a surname and a generation, not a given
// name "Kozakiewicz" and a surname "Jr.".
func TestNamesSurnameAndGeneration(t *testing.T) {
	run(t, []attrCase{{name: "Jr. and Sr. after the full names",
		paras: []string{"Claim", "Dale Kozakiewicz Sr. started the claim in 1988.", "His son, Dale Kozakiewicz Jr., said the ruling was a shock.",
			"“We will appeal,” Kozakiewicz Jr. said.", "“We are done,” Kozakiewicz Sr. said."},
		want: []stmt{quoteBy(4, "We will appeal,", "Dale Kozakiewicz Jr."), quoteBy(5, "We are done,", "Dale Kozakiewicz Sr.")}},
		{name: "the elder is Sr., not a grandfather named without a generation",
			paras: []string{"Auction", "Lyle Strachan Jr. watches from the kitchen window.",
				"The grandpa is Duncan Strachan, who came to the Peace River Country in 1928.",
				"Lyle Strachan Sr. is 78 and lives in a bungalow in Spirit River.",
				"“He didn’t let me down,” the elder Strachan says."},
			want: []stmt{quoteBy(5, "He didn’t let me down,", "Lyle Strachan Sr.")}},
		{name: "a Jr. of a body",
			paras: []string{"Line", "Harold Dudoward Jr. of the Lax Gyels First Nation said that his community cannot go back to diesel.",
				"Chief Councillor Marcus Wright Jr. of the Gitxaala Nation, one of the three communities the line is meant to connect, said in a statement that the delay is costly."},
			want: []stmt{reportedBy(2, "his community cannot go back to diesel", "Harold Dudoward Jr."),
				reportedBy(3, "the delay is costly", "Marcus Wright Jr.")}},
		{name: "the elder of a surname with a particle",
			paras: []string{"Walk-off", "Tyler Van Slyke Jr. homered in the ninth.",
				"His father, Tyler Van Slyke Sr., watched from the seats.",
				"“I was standing on my seat,” the elder Van Slyke told The Canadian Press."},
			want: []stmt{quoteBy(4, "I was standing on my seat,", "Tyler Van Slyke Sr.")}}})
}

// A hyphenated title ("Vice-Chief", "Co-Chair") between a body's name and
// a person's is the person's title: the body qualifies it, and the
// speaker is the person.
func TestNamesHyphenatedTitleAfterABody(t *testing.T) {
	run(t, []attrCase{{name: "vice-chief, co-chair",
		paras: []string{"Fires", "“We need help,” said Federation of Sovereign Indigenous Nations Vice-Chief Aaron Bighead-Roy.",
			"Harbour Task Force Co-Chair Mira Salo said the plan was late.", "“It is close,” Bighead-Roy said."},
		want: []stmt{quoteBy(2, "We need help,", "Aaron Bighead-Roy"), reportedBy(3, "the plan was late", "Mira Salo"),
			quoteBy(4, "It is close,", "Aaron Bighead-Roy")}}})
}

// A name a publication ban leaves as one letter or digit keeps its title:
// "Witness B", "Ms. X", "Officer A" (whose "A" is no article), "Witness
// 2"; a reader seeing "B" or "X" in the panel would not know who it is.
func TestNamesOneLetterKeepsItsTitle(t *testing.T) {
	run(t, []attrCase{{name: "witness B, Ms. X, Officer A",
		paras: []string{"Trial", "Witness B said she saw the car.", "Ms. X testified that she was afraid.",
			"Officer A told the jury that he was tired.", "“I looked down the range,” said Officer A.",
			"He was referred to at the inquest as Guard 1. Guard 1 testified that he checked the cells. He said he had no medical training."},
		want: []stmt{reportedBy(2, "she saw the car", "Witness B"), reportedBy(3, "she was afraid", "Ms. X"),
			reportedBy(6, "he had no medical training", "Guard 1"),
			reportedBy(4, "he was tired", "Officer A"), quoteBy(5, "I looked down the range,", "Officer A")}}})
}

// not two, whatever the name's particles, hyphens or accents.
func TestNamesSurnameAfterFullName(t *testing.T) {
	var cases []attrCase
	for _, n := range []struct{ full, short string }{
		{"Karim Al-Sayed", "Al-Sayed"},
		{"Zoë Ångström", "Ångström"},
		{"J.R. Pellow", "Pellow"},
		{"Anna-Lena Koch-Weber", "Koch-Weber"},
		{"Dara O'Neill", "O'Neill"},
		{"Joris van den Berg", "van den Berg"},
		{"Idris bin Salem", "bin Salem"},
		{"Andrés Manuel López Obrador", "López Obrador"},
		{"Lily Eskelsen García", "Eskelsen García"},
		{"Luiz Inácio Lula da Silva", "Lula"},
		{"Al Gore", "Gore"},
		{"Ursula von der Leyen", "Von der Leyen"},
		{"Mireille d’Amours", "d’Amours"},
		{"Hugo l'Espérance", "l'Espérance"},
	} {
		cases = append(cases, attrCase{
			name: n.full,
			paras: []string{
				"“We will not move,” said " + n.full + ", a farmer.",
				"“Never,” " + n.short + " added.",
			},
			want: []stmt{
				quoteBy(1, "We will not move,", n.full),
				quoteBy(2, "Never,", n.full),
			},
			speakers: []string{n.full},
		})
	}
	run(t, append(cases, []attrCase{
		{name: "surname after a sentence about the person",
			paras: []string{
				"Kaspar Nyholm chairs the water board.",
				"“The pipes are older than I am,” said Nyholm.",
			},
			want:     []stmt{quoteBy(2, "The pipes are older than I am,", "Kaspar Nyholm")},
			speakers: []string{"Kaspar Nyholm"}},
		{name: "de la",
			paras: []string{"“We will not move,” said Ana de la Cruz."},
			want:  []stmt{quoteBy(1, "We will not move,", "Ana de la Cruz")}},
		{name: "al- before the cue",
			paras: []string{"Karim al-Sayed said: “We will not move.”"},
			want:  []stmt{quoteBy(1, "We will not move.", "Karim al-Sayed")}},
		{name: "lower-case de before a one-word surname, capitalised later",
			paras: []string{
				"Joost de Graaf, an analyst at Kraaij & Partners, said the cuts were “overdue.”",
				"“Investors wanted this,” De Graaf said.",
			},
			want: []stmt{
				quoteBy(1, "overdue.", "Joost de Graaf"),
				quoteBy(2, "Investors wanted this,", "Joost de Graaf"),
			},
			speakers: []string{"Joost de Graaf"}},
		{name: "Spanish double surname, the paternal one alone",
			paras: []string{
				"Carmen Vidal Serrano, 38, said her house was gone.",
				"“It sounded like a train,” Vidal said.",
			},
			want:     []stmt{quoteBy(2, "It sounded like a train,", "Carmen Vidal Serrano")},
			speakers: []string{"Carmen Vidal Serrano"}},
		{name: "Irish particles Ní and Ó",
			paras: []string{
				"“We are ready,” the union’s leader, Siobhán Ní Bhriain, said.",
				"“We are not,” Ní Bhriain said later. Pádraig Ó Súilleabháin, a docker, said he agreed.",
				"Ó Súilleabháin said he would wait.",
			},
			want: []stmt{
				quoteBy(1, "We are ready,", "Siobhán Ní Bhriain"),
				quoteBy(2, "We are not,", "Siobhán Ní Bhriain"),
				reportedBy(3, "he would wait", "Pádraig Ó Súilleabháin"),
			},
			speakers: []string{"Siobhán Ní Bhriain", "Pádraig Ó Súilleabháin"}},
		{name: "title, then a particle surname opening a sentence",
			paras: []string{
				"Station Commander Ilse van der Meulen said crews were tired.",
				"Van der Meulen said firefighters had seen more fires.",
			},
			want:     []stmt{reportedBy(2, "firefighters had seen more fires", "Ilse van der Meulen")},
			speakers: []string{"Ilse van der Meulen"}},
	}...))
}

// Titles, ranks, post-nominal letters and party tags belong beside the
// name, not in it: a failure shows "Col. Ines" or "Whitlock KC" as a
// second speaker, or loses the cue behind a bracket.
func TestNamesTitlesAndTags(t *testing.T) {
	run(t, []attrCase{
		{name: "post-nominal letters",
			paras: []string{
				"Opening for the prosecution, Sarah Whitlock KC said Colby had known of the losses.",
				"“He chose to hide them,” Whitlock said.",
				"Colby's barrister, Daniel Okoro KC, said his client would give evidence.",
			},
			want: []stmt{
				reportedBy(1, "Colby had known of the losses", "Sarah Whitlock"),
				quoteBy(2, "He chose to hide them,", "Sarah Whitlock"),
				reportedBy(3, "his client would give evidence", "Daniel Okoro"),
			},
			speakers: []string{"Sarah Whitlock", "Daniel Okoro"}},
		{name: "Lt. Col.",
			paras: []string{"“We will hold the line,” said Lt. Col. Ines Marr.", "“Nobody retreats,” Marr added."},
			want: []stmt{
				quoteBy(1, "We will hold the line,", "Ines Marr"),
				quoteBy(2, "Nobody retreats,", "Ines Marr"),
			},
			speakers: []string{"Ines Marr"}},
		{name: "a title before a Portuguese given name",
			paras:    []string{"Summit", "Brazilian President Luiz Inácio Lula da Silva said the plan was dead.", "“It is over,” Lula said."},
			want:     []stmt{reportedBy(2, "the plan was dead", "Luiz Inácio Lula da Silva"), quoteBy(3, "It is over,", "Luiz Inácio Lula da Silva")},
			speakers: []string{"Luiz Inácio Lula da Silva"}},
		{name: "Canadian police and council titles",
			paras: []string{"Crash",
				"“This appears to be a targeted incident,” said Const. Mike Chen of the Surrey detachment.",
				"Cst. Ana Ruiz said the road was closed.", "“We need more buses,” said Coun. Josh Matlow."},
			want: []stmt{
				quoteBy(2, "This appears to be a targeted incident,", "Mike Chen"),
				reportedBy(3, "the road was closed", "Ana Ruiz"),
				quoteBy(4, "We need more buses,", "Josh Matlow"),
			},
			notSpeakers: []string{"Const", "Coun"}},
		{name: "an initialism's possessive before an appositive name",
			paras: []string{"Cases",
				"B.C.’s provincial health officer, Dr. Bonnie Henry, said Tuesday that case counts are stabilizing.",
				"The U.S.'s top diplomat, Antony Blinken, said that talks would resume."},
			want: []stmt{
				reportedBy(2, "case counts are stabilizing", "Bonnie Henry"),
				reportedBy(3, "talks would resume", "Antony Blinken"),
			}},
		{name: "a title learnt before the given name, then before the surname",
			paras: []string{"“We will object,” said Cllr Hugh Tresidder.", "“It is settled,” Cllr Tresidder said."},
			want: []stmt{
				quoteBy(1, "We will object,", "Hugh Tresidder"),
				quoteBy(2, "It is settled,", "Hugh Tresidder"),
			},
			speakers: []string{"Hugh Tresidder"}},
		{name: "a peer is known by title and surname",
			paras: []string{
				"Lord Fairholm of Skelton, a former Treasury minister, said the rules were a trap.",
				"“They made this mess,” Fairholm said.",
				"Baroness Kettering said the commission would report next year.",
			},
			want: []stmt{
				reportedBy(1, "the rules were a trap", "Lord Fairholm"),
				quoteBy(2, "They made this mess,", "Lord Fairholm"),
				reportedBy(3, "the commission would report next year", "Baroness Kettering"),
			},
			speakers: []string{"Lord Fairholm", "Baroness Kettering"}},
		{name: "Sen.",
			paras: []string{"“The bill is dead,” Sen. Rolf Tanner said."},
			want:  []stmt{quoteBy(1, "The bill is dead,", "Rolf Tanner")}},
		{name: "a rank in full, then abbreviated",
			paras: []string{
				"Detective Chief Inspector Nkechi Eze-Hartley said the attack was not random.",
				"“Even the smallest detail may matter,” DCI Eze-Hartley said.",
			},
			want:     []stmt{quoteBy(2, "Even the smallest detail may matter,", "Nkechi Eze-Hartley")},
			speakers: []string{"Nkechi Eze-Hartley"}},
		{name: "party and state in brackets",
			paras: []string{`Sen. Ruth Amadi (D-Ore.) said the bill was "dead on arrival."`},
			want: []stmt{
				quoteBy(1, "dead on arrival.", "Ruth Amadi"),
				reportedBy(1, "said the bill was", "Ruth Amadi"),
			}},
		{name: "party tag, then a who-clause",
			paras: []string{`Rep. Dan Hale (D-Ariz.), who chairs the panel, said the bill was "dead."`},
			want: []stmt{
				quoteBy(1, "dead.", "Dan Hale"),
				reportedBy(1, "the bill was", "Dan Hale"),
			}},
		{name: "party tag, then a role in apposition",
			paras: []string{`Sen. Ana Ruiz (R-Texas), the committee's chairwoman, told reporters: "We are done."`},
			want:  []stmt{quoteBy(1, "We are done.", "Ana Ruiz")}},
		{name: "party tag, then a job in apposition",
			paras: []string{`Rep. Dan Hale (D-Ariz.), a former teacher, said the House would not act.`},
			want:  []stmt{reportedBy(1, "the House would not act", "Dan Hale")}},
	})
}

// Shapes of names around cues that real news uses and invented articles
// missed: the head of a long noun phrase is its last name, a party tag
// stands aside, an initial or Jr. is part of the name, and capitalised
// words before a given name are a title.
func TestNamesShapesAroundCues(t *testing.T) {
	var cases []attrCase
	for _, c := range []struct{ text, quote, want string }{
		{"“Now we know the truth,” Judicial Watch president Tom Fitton said Tuesday.", "Now we know the truth,", "Tom Fitton"},
		{"“This is it,” said Clinton’s top foreign policy aide Jake Sullivan.", "This is it,", "Jake Sullivan"},
		{"“People are bullied,” Fox News’ Megyn Kelly said.", "People are bullied,", "Megyn Kelly"},
		{"“She said it,” Rep. Jim McDermott (D-Wash.) said.", "She said it,", "Jim McDermott"},
		{"“We run lists,” said C. Stewart Verdery Jr., a senior official.", "We run lists,", "C. Stewart Verdery Jr."},
		{"“We are in a place,” said Alderman William D. Burns, whose district includes Hyde Park.", "We are in a place,", "William D. Burns"},
		{"“I do not know,” said Senate Minority Whip Richard Durbin (D-Ill.) in an interview.", "I do not know,", "Richard Durbin"},
	} {
		cases = append(cases, attrCase{name: c.want,
			paras: []string{"The council met on Monday.", c.text},
			want:  []stmt{quoteBy(2, c.quote, c.want)}})
	}
	run(t, cases)
}

// Words around a name that are not part of it: a nationality, a job (in
// the cue table or not), a possessive outlet, a court or institution after
// it, a verb between two names. A failure shows "French Anne Roux" or
// "Glaciologist Mira Tanner" in the side panel, or loses the name.
// Blackfoot and Crow surnames open with "Many" or "Not": "Duane Many
// Guns" is one man, and "Many Guns said" later is him, while "Many
// Albertans said" is a group.
func TestNamesCompoundSurnameWithAFunctionWord(t *testing.T) {
	run(t, []attrCase{{name: "Duane Many Guns, Joe Not Afraid",
		paras: []string{"Poll",
			"Political scientist Duane Many Guns said the Calgary numbers are the ones to watch.",
			"“Calgary is where this election will be decided,” he said. Many Guns said the race was close.",
			"Many Albertans said the race was close. Joe Not Afraid, a councillor, said the plan was bad."},
		want: []stmt{reportedBy(2, "the Calgary numbers", "Duane Many Guns"),
			quoteBy(3, "Calgary is where this election will be decided,", "Duane Many Guns"),
			reportedBy(3, "the race was close", "Duane Many Guns"),
			reportedBy(4, "the plan was bad", "Joe Not Afraid")}}})
}

// A minister whose portfolio holds "and" ("Mental Health and Addictions
// Minister Teresa Villanueva") is the minister, not a body called Mental
// Health.
func TestNamesPortfolioWithAndBeforeMinister(t *testing.T) {
	run(t, []attrCase{{name: "Mental Health and Addictions Minister X, after the quote and before it",
		paras: []string{"Drugs",
			"The province is acting, Mental Health and Addictions Minister Teresa Villanueva said.",
			"Mental Health and Addictions Minister Bruno Keller said the plan was working."},
		want: []stmt{reportedBy(2, "The province is acting", "Teresa Villanueva"),
			reportedBy(3, "the plan was working", "Bruno Keller")},
		notSpeakers: []string{"Mental Health"}}})
}

// "Trustee" is a school trustee's title, as "Councillor" is: "Trustee Gord
// Hiebert" in a caption is Gord Hiebert; and "A Waterloo Region District
// School Board trustee" leaves the board its own name, with no "A".
func TestNamesTrusteeAndTheBoardAfterAnArticle(t *testing.T) {
	run(t, []attrCase{{name: "Trustee X in a caption; a board trustee; the board",
		paras: []string{"Censure",
			"Trustee Gord Hiebert speaks to reporters outside the board offices. (Mathew Kaur/Waterloo Region Record)",
			"A Waterloo Region District School Board trustee has been censured after the board found he breached its code.",
			"Trustee Gord Hiebert said the decision was unfair.",
			"The board said it would not reconsider."},
		want: []stmt{reportedBy(4, "the decision was unfair", "Gord Hiebert"),
			reportedBy(5, "it would not reconsider", "Waterloo Region District School Board")}}})
}

// A party before a name the tables do not know ("Progressive Conservative
// Joëlle Comeau") is the party: her surname alone later is her; "the
// Progressive Conservative Party" stays a body.
func TestNamesPartyBeforeAnUnknownGivenName(t *testing.T) {
	run(t, []attrCase{{name: "Progressive Conservative Joëlle Comeau, then Comeau",
		paras: []string{"Vote", "In Clare, Progressive Conservative Joëlle Comeau unseated André Thériault.",
			"“Tonight, Baie Sainte-Marie has spoken,” Comeau said in French.",
			"The Progressive Conservative Party said it had won 41 seats."},
		want: []stmt{quoteBy(3, "Tonight, Baie Sainte-Marie has spoken,", "Joëlle Comeau"),
			reportedBy(4, "it had won 41 seats", "Progressive Conservative Party")}},
		{name: "New Democrat Josée Lavallée-Thompson, then Lavallée-Thompson",
			paras: []string{"Vote", "CBC News projects Liberal Leader Anjali Basra-Dufault has lost St. Boniface to New Democrat Josée Lavallée-Thompson",
				"Lavallée-Thompson, for her part, told supporters the seat was “finally coming home.”"},
			want: []stmt{reportedBy(3, "the seat was", "Josée Lavallée-Thompson"), quoteBy(3, "finally coming home.", "Josée Lavallée-Thompson")}}})
}

// "Reeve Gordon Halvorsen of the RM of Sandhill Lake No. 318 said": the
// municipality's number is no one's name.
func TestNamesMunicipalityNumberIsNoSpeaker(t *testing.T) {
	run(t, []attrCase{{name: "the RM of Sandhill Lake No. 318",
		paras: []string{"RCMP", "Reeve Gordon Halvorsen of the RM of Sandhill Lake No. 318 said residents have waited more than an hour."},
		want:  []stmt{reportedBy(2, "residents have waited more than an hour", "Gordon Halvorsen")}}})
}

func TestNamesBoundaries(t *testing.T) {
	cases := []attrCase{
		{name: "said <Nationality> <job> <Name>",
			paras:       []string{`"It was a disaster," said French cyclist Anne Roux.`},
			want:        []stmt{quoteBy(1, "It was a disaster,", "Anne Roux")},
			notSpeakers: []string{"French"}},
		{name: "said the <unlisted job> <Name>",
			paras: []string{`"It was a disaster," said the actor Tom Hale.`},
			want:  []stmt{quoteBy(1, "It was a disaster,", "Tom Hale")}},
		{name: "The <unlisted job> <Name>, <age>, said",
			paras: []string{`The novelist Rafael Montenegro-Ruiz, 45, said the review was "a disaster."`},
			want: []stmt{
				quoteBy(1, "a disaster.", "Rafael Montenegro-Ruiz"),
				reportedBy(1, "said the review was", "Rafael Montenegro-Ruiz"),
			}},
		{name: "The <unlisted job> <Name>, who ..., told reporters:",
			paras: []string{`The singer Aiko Mori, who won last year, told reporters: "I am done."`},
			want:  []stmt{quoteBy(1, "I am done.", "Aiko Mori")}},
		{name: "a court after the name",
			paras: []string{"Judge Maria Olsen of the High Court for the Northern District wrote that the law was \"plainly unconstitutional.\""},
			want:  []stmt{quoteBy(1, "plainly unconstitutional.", "Maria Olsen")}},
		{name: "a possessive outlet before a person",
			paras: []string{"The council met.", "“What stuns me is how little it shifts,” Twitter’s Adam Sharp said."},
			want:  []stmt{quoteBy(2, "What stuns me is how little it shifts,", "Adam Sharp")}},
		{name: "a name with its institution before the cue",
			paras: []string{"The council met.", "“Big tax cuts do not work,” James Pethokoukis of the American Enterprise Institute wrote."},
			want:  []stmt{quoteBy(2, "Big tax cuts do not work,", "James Pethokoukis")}},
		{name: "a verb between two names is no role",
			paras: []string{"Ohio Gov. John Kasich spoke on Monday.", "Kasich bemoaned America’s reputation, saying foreigners “look at these goofballs.”"},
			want:  []stmt{quoteBy(2, "look at these goofballs.", "John Kasich")}},
		{name: "a name ending in -ing is a name",
			paras: []string{"The council met.", "Boreing said the members would still meet, but said, “It is time we change.”"},
			want:  []stmt{quoteBy(2, "It is time we change.", "Boreing")}},
		{name: "names inside the quotation are not speakers",
			paras:    []string{"“Tell Olaf Berndt I said no,” said Mona Ekdal."},
			want:     []stmt{quoteBy(1, "Tell Olaf Berndt I said no,", "Mona Ekdal")},
			speakers: []string{"Mona Ekdal"}},
	}
	// A capitalised occupation opening a sentence is a role, not a name.
	for _, job := range []string{"Glaciologist", "Astrobiologist", "Beekeeper"} {
		cases = append(cases, attrCase{name: job + " <Name>",
			paras: []string{job + ` Mira Tanner said the ice was "thinning fast". Tanner added that it was "grim".`},
			want: []stmt{
				quoteBy(1, "thinning fast", "Mira Tanner"),
				quoteBy(1, "grim", "Mira Tanner"),
			}})
	}
	run(t, cases)
}

// A nickname in quotation marks is no one's words, and the name around it
// stays one speaker.
func TestNamesNicknames(t *testing.T) {
	run(t, []attrCase{
		{name: "curly nickname, then a quotation",
			paras: []string{
				"Desmond “Dez” Carver scored twice in the final.",
				"“I just kept running,” Carver said.",
			},
			want: []stmt{
				quoteBy(1, "Dez", ""),
				quoteBy(2, "I just kept running,", "Desmond Carver"),
			},
			speakers: []string{"Desmond Carver"}},
		{name: "straight nickname",
			paras: []string{
				`Harriet "Hattie" Colm won the race.`,
				`"I never looked back," Colm said.`,
			},
			want: []stmt{
				quoteBy(1, "Hattie", ""),
				quoteBy(2, "I never looked back,", "Harriet Colm"),
			},
			speakers: []string{"Harriet Colm"}},
		{name: "a nickname in a who-clause before the verb",
			paras: []string{`Julian Pryce, who is known in publishing circles as "the Undertaker," denied the allegation.`},
			want: []stmt{
				quoteBy(1, "the Undertaker,", ""),
				reportedBy(1, "denied the allegation", "Julian Pryce"),
			}},
	})
}

// People who share a surname stay two speakers.
func TestNamesSharedSurname(t *testing.T) {
	run(t, []attrCase{
		{name: "siblings",
			paras: []string{
				"Anders Berg and his sister Liv Berg both ran for the council.",
				"“We disagree on almost everything,” Anders Berg said.",
				"“He is wrong about the port,” Liv Berg said.",
			},
			want: []stmt{
				quoteBy(2, "We disagree on almost everything,", "Anders Berg"),
				quoteBy(3, "He is wrong about the port,", "Liv Berg"),
			},
			speakers: []string{"Anders Berg", "Liv Berg"}},
		{name: "a bare surname after the second of the family just spoke",
			paras: []string{"Search",
				"“He's a good kid,” said Charlene Mistikwan, the boy's mother.",
				"Jordan's father, Wesley Mistikwan, has been out with searchers. He told CBC News that the family has barely slept.",
				"“We're out there until we can't see anymore,” Mistikwan said."},
			want: []stmt{quoteBy(2, "He's a good kid,", "Charlene Mistikwan"),
				reportedBy(3, "the family has barely slept", "Wesley Mistikwan"),
				quoteBy(4, "We're out there until we can't see anymore,", "Wesley Mistikwan")}},
	})
}

// Full name, full name again, surname and role noun: one speaker in the
// side panel with every quotation, the article's role, and found by any
// of the forms.
func TestNamesOneSpeakerPerPerson(t *testing.T) {
	a := article(t,
		"Health Minister Greta Solheim announced the hospital closures on Monday.",
		"“We cannot keep every ward open,” Greta Solheim said.",
		"“Patients will be moved to Tarvik,” Solheim added.",
		"“I take full responsibility,” the minister said.",
	)
	checkOffsets(t, a)
	if len(a.Speakers) != 1 {
		t.Fatalf("speakers %+v, want only Greta Solheim", a.Speakers)
	}
	sp := a.Speakers[0]
	if sp.Name != "Greta Solheim" || sp.Quotes != 3 {
		t.Errorf("speaker %+v, want Greta Solheim with 3 quotations", sp)
	}
	if !strings.Contains(strings.ToLower(sp.Role), "minister") {
		t.Errorf("role %q, want the article's role (Health Minister)", sp.Role)
	}
	for _, n := range []string{"Solheim", "greta solheim"} {
		if a.SpeakerByName(n) != 0 {
			t.Errorf("%q does not find Greta Solheim; aliases %q", n, sp.Aliases)
		}
	}
}

// Places, adjectives and words opening a sentence are not people: they
// never head the speaker list as a person, and a pronoun never points to
// them.
func TestNamesPlacesAndAdjectivesAreNoPeople(t *testing.T) {
	a := article(t,
		"Democratic presidential candidate Bernie Sanders said the primary was far from over.",
		"Sen. Marco Rubio campaigned across Florida on Monday.",
		"The Florida senator said he would stay in the race.",
		"“We are going to win Florida,” he said.",
		"Democratic voters said they were undecided.",
		"Twitter said it would review the posts.",
	)
	for _, sp := range a.Speakers {
		switch sp.Name {
		case "Democratic", "Florida", "Twitter":
			if sp.Kind == model.SpeakerPerson {
				t.Errorf("%q listed as a person: %s", sp.Name, dump(a))
			}
		}
	}
	checkStmt(t, a, reportedBy(1, "the primary was far from over", "Bernie Sanders"))
	checkStmt(t, a, reportedBy(3, "he would stay in the race", "Marco Rubio"))
	checkStmt(t, a, quoteBy(4, "We are going to win Florida,", "Marco Rubio"))
	checkStmt(t, a, reportedBy(5, "they were undecided", "Democratic voters"))
}

// Runs of capitals that name no one person: two surnames side by side, a
// place before a party noun, a headline's adjective, an institution.
func TestNamesRunsThatAreNoPerson(t *testing.T) {
	a := article(t,
		"Barack Obama and Vladimir Putin met in Paris.",
		"The Obama Putin meeting was short, a White House spokesman said.",
		"A Wisconsin Republican said the race was close.",
		"Understated Perez raises his profile.",
		"“We will win,” said Tom Perez.",
	)
	for _, sp := range a.Speakers {
		switch sp.Name {
		case "Obama Putin", "Wisconsin Republican", "Understated Perez":
			t.Errorf("%q listed as a speaker: %s", sp.Name, dump(a))
		case "White House":
			if sp.Kind != model.SpeakerBody {
				t.Errorf("White House is a %s", sp.Kind)
			}
		}
	}
	checkStmt(t, a, quoteBy(5, "We will win,", "Tom Perez"))
}

// "Mr. Obama" after Michelle Obama is someone else of that name, not her.
func TestNamesTitleOfTheOtherGender(t *testing.T) {
	a := article(t,
		"Michelle Obama hosted the dinner on Tuesday.",
		"“We are glad you came,” Mr. Obama said to the guests.",
		"“It was lovely,” Mrs. Obama said.")
	he := mustFind(t, a, quoteBy(2, "We are glad you came,", ""))
	she := mustFind(t, a, quoteBy(3, "It was lovely,", ""))
	if he.Speaker == "Michelle Obama" || she.Speaker != "Michelle Obama" {
		t.Errorf("Mr. Obama is %q, Mrs. Obama %q; want someone else and Michelle Obama\n%s", he.Speaker, she.Speaker, dump(a))
	}
}

// A title with "of" in it runs on to the name: "said Secretary of State
// John Kerry".
func TestNamesTitleWithOf(t *testing.T) {
	a := article(t, "The talks went on.", "“We are close,” said Secretary of State John Kerry.")
	if s := mustFind(t, a, quoteBy(2, "We are close,", "")); s.Speaker != "John Kerry" {
		t.Errorf("speaker %q, want John Kerry\n%s", s.Speaker, dump(a))
	}
}

// A month's name can be a person's: a lone word speaking after a quotation.
func TestNamesCalendarWordAsSurname(t *testing.T) {
	run(t, []attrCase{{
		name:  "a surname that is also a month",
		paras: []string{"Party paper", "“Voters are tired of the capital,” Jun wrote in the party's paper."},
		want:  []stmt{quoteBy(2, "Voters are tired of the capital,", "Jun")},
	}})
}

// A title word after an honorific is a surname: "Mr. Prince".
func TestNamesTitleWordAfterHonorific(t *testing.T) {
	run(t, []attrCase{{
		name:  "Mr. Prince",
		paras: []string{"Security firm", "“Pulling content is hard,” Mr. Prince said."},
		want:  []stmt{quoteBy(2, "Pulling content is hard,", "Prince")},
	}})
}

// "Mr. Bush" after one Bush spoke and another was only named is the one
// who speaks.
func TestNamesSurnameGoesToTheOneWhoSpeaks(t *testing.T) {
	run(t, []attrCase{{
		name: "two men of one family",
		paras: []string{"Vik leaves the race", "“We respect their decision,” Jem Vik said.",
			"The party of Halvard Vik is now the party of Tomas Berg.", "“I wish him well,” Mr. Vik said."},
		want: []stmt{
			quoteBy(2, "We respect their decision,", "Jem Vik"),
			quoteBy(4, "I wish him well,", "Jem Vik"),
		},
	}})
}

// "Sanders and Donald Trump": a surname before "and" shares no one's
// surname; "Luis and Carmen Echeverría" still does.
func TestNamesCoordinatedSurnameIsNoGivenName(t *testing.T) {
	run(t, []attrCase{{
		name: "a surname and a full name",
		paras: []string{"Tax returns", "Maren Vik spoke.", "Vik called on Hale and Tomas Berg to release their returns.",
			"On his returns, he says he would release them on Friday."},
		notSpeakers: []string{"Hale Berg"},
		moreQuotes:  true,
	}})
}

// A headline's verb after a full name is no part of the name: "Tomas Berg
// Defends Himself" names Tomas Berg.
func TestNamesHeadlineVerbAfterName(t *testing.T) {
	run(t, []attrCase{{
		name:        "a title-case headline",
		paras:       []string{"Tomas Berg Defends Himself Against Critics.", "“I am fine,” Tomas Berg said. “It is fine,” Cathy McMorris Rodgers said."},
		want:        []stmt{quoteBy(2, "I am fine,", "Tomas Berg"), quoteBy(2, "It is fine,", "Cathy McMorris Rodgers")},
		notSpeakers: []string{"Tomas Berg Defends Himself"},
	}, {
		name:        "an irregular past after the name",
		paras:       []string{"Maren Vik Won Among Harbour-Friendly Voters In Tolland.", "Maren Vik said the count was close."},
		want:        []stmt{reportedBy(2, "the count was close", "Maren Vik")},
		notSpeakers: []string{"Maren Vik Won"},
	}, {
		name:        "a headline in quotation marks ending in Says",
		paras:       []string{"‘Harbour Truther’ Tomas Berg Is Like A Lawyer’s Dumbest Client Ever, Maren Vik Says.", "“He is wrong,” Maren Vik said. Tomas Berg said nothing would change."},
		want:        []stmt{quoteBy(2, "He is wrong,", "Maren Vik"), reportedBy(2, "nothing would change", "Tomas Berg")},
		moreQuotes:  true,
		notSpeakers: []string{"Maren Vik Says", "Tomas Berg Is"},
	}})
}

// A transcript's stage directions are no one's name.
func TestNamesStageDirectionsAreNoNames(t *testing.T) {
	run(t, []attrCase{{
		name:        "(Laughs)",
		paras:       []string{"Harbour talk", "Tomas Berg spoke at the lunch.", "Laughs, he said, “Maybe.” (Applause) “We will see,” he said."},
		want:        []stmt{quoteBy(3, "Maybe.", "Tomas Berg"), quoteBy(3, "We will see,", "Tomas Berg")},
		notSpeakers: []string{"Laughs", "Applause"},
	}})
}

// A capitalised word opening a sentence before a day ("Following
// Wednesday's leak") or before a cue word used as a noun ("Harsh comments
// are …") is no one's name, nor is an adjective before a plural noun
// ("Initial estimates put …"), "Whenever", "Whatever" or "Let me".
func TestNamesSentenceOpenerIsNoName(t *testing.T) {
	a := article(t,
		"Following Wednesday’s leak of the report, Clara Moss said the office had done nothing wrong.",
		"Harsh comments are earning some people more than scorn.",
		"“It's the same story,” she said.",
	)
	checkStmt(t, a, quoteBy(3, "It's the same story,", "Clara Moss"))
	for _, n := range speakerNames(a) {
		if n == "Following" || n == "Harsh" {
			t.Errorf("speaker %q is a sentence's first word", n)
		}
	}
	b := article(t, "Emails",
		"Initial estimates put the total number of emails at 30,000. Subsequent estimates put the figure closer to 54,000 pages.",
		"Whenever asked about her weaknesses, they shifted topics. Whatever Ruiz says, the vote stands.",
		"I had won. Let me just say that it was not overpopulated with dentists.")
	for _, n := range speakerNames(b) {
		if n == "Initial" || n == "Subsequent" || n == "Whenever" || strings.HasPrefix(n, "Whatever") || strings.HasPrefix(n, "Let") {
			t.Errorf("speaker %q is a sentence's first word", n)
		}
	}
}

// A question's auxiliary before a name ("Can Ola Berg win Iowa?", "Was
// Scott Lund right?") is neither part of the name nor a title; "Will" and
// "May" before a surname are names.
func TestNamesQuestionAuxiliaryIsNoTitle(t *testing.T) {
	run(t, []attrCase{
		{name: "Can X win?",
			paras: []string{"Can Ola Berg win Iowa?", "Berg said he would win."},
			want:  []stmt{reportedBy(2, "he would win", "Ola Berg")}, notInRoles: []string{"Can", "can"}},
		{name: "Was X right?",
			paras: []string{"Race", "Was Scott Lund right? “To a point,” Lund said."},
			want:  []stmt{quoteBy(2, "To a point,", "Scott Lund")}},
		{name: "Will Smith is a name",
			paras: []string{"Will Smith said he would act again."},
			want:  []stmt{reportedBy(1, "he would act again", "Will Smith")}},
	})
}

// An initial that is also a word ("A.", "I.") stays inside the name.
func TestNamesInitialThatIsAWord(t *testing.T) {
	a := article(t, "Jill A. Marsh, a lawyer for the firm, said the claims had “no substance.”")
	checkStmt(t, a, quoteBy(1, "no substance.", "Jill A. Marsh"))
	b := article(t, "“The claims have no substance,” said Jill A. Marsh, a lawyer for the firm.")
	checkStmt(t, b, quoteBy(1, "The claims have no substance,", "Jill A. Marsh"))
	c := article(t, "His grandfather fought in World War I. Reed said the medals were lost.")
	checkStmt(t, c, reportedBy(1, "the medals were lost", "Reed"))
}

// A surname that is also a role noun ("Baker", "Porter") is a name when it
// stands capitalised mid-sentence with no article; "the Speaker" is not.
func TestNamesSurnameThatIsARoleNoun(t *testing.T) {
	run(t, []attrCase{
		{name: "said Baker after Marta Baker",
			paras: []string{"Marta Baker chairs the harbour board.", "“We are done waiting,” said Baker."},
			want:  []stmt{quoteBy(2, "We are done waiting,", "Marta Baker")}},
		{name: "a role noun opening a clause after a comma is no surname",
			paras:       []string{"The board met on Monday.", "After the shooting, Witness told police the gunman was calm."},
			notSpeakers: []string{"Witness"}},
		{name: "Baker said, never named in full",
			paras: []string{"The board met on Monday.", "“We are done waiting,” Baker said."},
			want:  []stmt{quoteBy(2, "We are done waiting,", "Baker")}},
	})
}

// A word the article never wrote mid-sentence opens a sentence as a name
// when an adverb stands before its cue, or when it is an acronym; a line in
// capitals is a shouted headline, not names.
func TestNamesAtSentenceStart(t *testing.T) {
	run(t, []attrCase{{
		name: "an adverb before the cue, an acronym",
		paras: []string{"Harbour plan", "Tolland opened the pier on Monday.",
			"Vikstrom also noted that the crowd was small. NRK said the pier cost too much.",
			"BREAKING NEWS: the pier is closed."},
		want: []stmt{
			reportedBy(3, "the crowd was small", "Vikstrom"),
			reportedBy(3, "the pier cost too much", "NRK"),
		},
		notSpeakers: []string{"BREAKING NEWS", "BREAKING"},
	}})
}

// A name with an owned role after it ("Brannoc Rask, Vance’s campaign
// manager") is a person "he" can mean; a headline's "Laughs" after a
// title is no one's name.
func TestNamesOwnedRoleAppositiveAndStageDirection(t *testing.T) {
	a := article(t,
		"Vance Campaign Manager Laughs, Evades Reporter’s Question.",
		"With the race set to go full tilt, questions are beginning to surface as to when nominee Ellen Vance will hold her next press conference.",
		"When Brannoc Rask, Vance’s campaign manager was asked during a luncheon held by The Harbor Journal if Vance would schedule a press conference, he laughed and said, “We’ll see.”",
	)
	checkStmt(t, a, quoteBy(3, "We’ll see.", "Brannoc Rask"))
	for _, n := range speakerNames(a) {
		if n == "Laughs" {
			t.Errorf("speaker %q is a stage direction", n)
		}
	}
}

// Two given names opening a sentence ("Mary Ann Kohli") are one name, not
// a job word before a name.
func TestNamesDoubleGivenNameOpeningASentence(t *testing.T) {
	a := article(t, "Mary Ann Kohli spoke on Monday.", "Kohli said she would appeal.")
	checkStmt(t, a, reportedBy(2, "she would appeal", "Mary Ann Kohli"))
}

// A word learnt as a title ("Secretary of State X") does not cut a body's
// name in two: "the State Department says" is the State Department.
func TestNamesLearntTitleDoesNotSplitABody(t *testing.T) {
	run(t, []attrCase{
		{name: "Secretary of State X, then the State Department",
			paras: []string{"Port",
				"Secretary of State Ana Ruiz said the records were kept.",
				"After the issue emerged, though, the State Department says it started preserving the records of Secretary of State Ana Ruiz."},
			want:     []stmt{reportedBy(3, "it started preserving", "State Department")},
			speakers: []string{"Ana Ruiz", "State Department"}},
	})
}

// A title with "of" is the speaker's role whole: "Secretary of State John
// Kerry" is Secretary of State, not "state"; "Chief of Staff" likewise.
func TestNamesRoleWithOf(t *testing.T) {
	a := article(t, "Secretary of State Ana Ruiz said the talks would go on. Chief of Staff Tomas Aldana said they would not.")
	want := map[string]string{"Ana Ruiz": "Secretary of State", "Tomas Aldana": "Chief of Staff"}
	checkRoles(t, a, want)
}

// The side panel's roles read as a reader would write them: a title's
// abbreviation written out, a title's full stop kept inside the role, a
// relation ("rival", "wife") no role unless it says whose ("daughter of …").
func TestNamesRolesReadWhole(t *testing.T) {
	a := article(t,
		"Hillary Clinton spoke in Ames, and her rival Bernie Sanders said he would stay in the race.",
		"“We will win,” said Brian Fallon, a spokesman for Mrs. Clinton.",
		"New Jersey Gov. Chris Christie said the race was over.",
		"Liz Cheney, daughter of former Vice President Dick Cheney, said she would run.",
	)
	want := map[string]string{
		"Bernie Sanders": "",
		"Brian Fallon":   "spokesman for Mrs. Clinton",
		"Chris Christie": "New Jersey Governor",
		"Liz Cheney":     "daughter of former Vice President Dick Cheney",
	}
	checkRoles(t, a, want)
}

// In a title-case headline, a word after a full name that the story
// writes in lower case is no part of the name: "Marco Rubio Donor …".
func TestNamesHeadlineNounAfterName(t *testing.T) {
	run(t, []attrCase{
		{name: "Marco Rubio Donor …",
			paras: []string{"Marco Rubio Donor Skywriting Campaign Draws Praise",
				"Marco Rubio said the skywriting was paid for by a donor.",
				"The donor had paid for the campaign himself, Rubio said."},
			notSpeakers: []string{"Marco Rubio Donor"}},
	})
}

// Words a web page ran together ("BobicFlagShareLikeReplyMari") are no
// name; a name with inner capitals (McDonald, DeSantis) or a word in
// capitals (POLITICO) still is.
func TestNamesGluedPageWordsAreNoName(t *testing.T) {
	run(t, []attrCase{
		{name: "a liveblog's buttons run into its authors",
			paras: []string{"Port",
				"Igor BobicFlagShareLikeReplyMari Hayman said the debate had begun.",
				"Ron DeSantis said the debate was over."},
			named:       []string{"Ron DeSantis"},
			notSpeakers: []string{"BobicFlagShareLikeReplyMari"}},
	})
}

// Common given names that are also words (Ken, Bill, Dean) start a name;
// a first word that is a given name as well as a title ("Dean Johnson")
// is the given name when the story never writes it in lower case.
func TestNamesGivenNamesThatAreWords(t *testing.T) {
	run(t, []attrCase{
		{name: "Secretary of State Ken X after a possessive",
			paras: []string{"Port", "Florida's Secretary of State Ken Detzner said the ballots were printed."},
			want:  []stmt{reportedBy(2, "the ballots were printed", "Ken Detzner")}},
		{name: "Dean X, the principal",
			paras:      []string{"Port", "Dean Johnson, the principal, said the school would reopen."},
			want:       []stmt{reportedBy(2, "the school would reopen", "Dean Johnson")},
			notInRoles: []string{"dean"}},
		{name: "Gord and Rod are men's names: she is not Gord",
			paras: []string{"Committee", "Under questioning from MP Gord Willoughby, Nadia Boudreau said she first raised the issue with her director.",
				"Willoughby asked whether anyone had answered her.", "“One email,” she replied."},
			want: []stmt{quoteBy(4, "One email,", "Nadia Boudreau")}},
	})
}

// Role nouns of politics and business before a name (nominee, front-runner,
// host, billionaire) are the speaker's role in the side panel.
func TestNamesRoleNounsBeforeAName(t *testing.T) {
	a := article(t, "Republican nominee Harlan Moss said the race was over.", "Fox News host Ilse Varga said it was not.")
	want := map[string]string{"Harlan Moss": "Republican nominee", "Ilse Varga": "Fox News host"}
	checkRoles(t, a, want)
}

// checkRoles fails unless each named speaker is in the side panel with
// exactly the role want gives it ("" for none).
func checkRoles(t *testing.T, a *model.Article, want map[string]string) {
	t.Helper()
	for _, sp := range a.Speakers {
		if r, ok := want[sp.Name]; ok {
			if sp.Role != r {
				t.Errorf("%s: role %q, want %q", sp.Name, sp.Role, r)
			}
			delete(want, sp.Name)
		}
	}
	for name := range want {
		t.Errorf("%s missing from the side panel", name)
	}
}

// A body's name may join its halves with "for" as with "of": the
// Institute for Fiscal Studies is one body, not an institute and a person
// called Fiscal Studies.
func TestNamesBodyJoinedByFor(t *testing.T) {
	run(t, []attrCase{
		{name: "according to the Institute for Fiscal Studies",
			paras: []string{"Rates", "According to the Institute for Fiscal Studies, the figures do not add up.",
				"The Centre for Policy Studies said taxes were too high."},
			want: []stmt{reportedBy(2, "the figures do not add up", "Institute for Fiscal Studies"),
				reportedBy(3, "taxes were too high", "Centre for Policy Studies")},
			speakers: []string{"Institute for Fiscal Studies", "Centre for Policy Studies"}},
	})
}

// A surname that is also a title ("King", "Major") is the person named in
// full before when it stands alone with no article: "King says" after
// Billie Jean King; "The King said" stays a title.
func TestNamesSurnameThatIsATitle(t *testing.T) {
	run(t, []attrCase{
		{name: "King says after Billie Jean King",
			paras: []string{"Ali", "Billie Jean King met Ali in 1973.", "King won 12 titles. King says Ali “talked the talk and walked the walk.”",
				"The King said the queen was well."},
			want: []stmt{reportedBy(3, "Ali “talked the talk", "Billie Jean King"),
				quoteBy(3, "talked the talk and walked the walk.", "Billie Jean King"),
				reportedBy(4, "the queen was well", "the King")}},
	})
}

// A person whose surname is a newspaper's word ("Mayor Don Guardian") is
// a person, whom "he" may point back to.
func TestNamesPersonNamedLikeAnOutlet(t *testing.T) {
	run(t, []attrCase{
		{name: "Atlantic City Mayor Don Guardian … he said",
			paras: []string{"Atlantic City", "Atlantic City Mayor Don Guardian said the city would survive.", "“We are doing fine,” he said."},
			want: []stmt{reportedBy(2, "the city would survive", "Don Guardian"),
				quoteBy(3, "We are doing fine,", "Don Guardian")},
			kinds: map[string]model.SpeakerKind{"Don Guardian": model.SpeakerPerson}},
	})
}

// A headline's one-word name that grew into a body's name ("Berg" in the
// headline, then "Berg Institute") stays the person once the article names
// him in full: his statements are his, not the body's; and a headline verb
// in -s ("Berg quells critics") makes no group of the words before it.
func TestNamesHeadlineSurnameThenBodyThenPerson(t *testing.T) {
	run(t, []attrCase{
		{name: "'Thin-skinned' Berg quells critics …, Berg Institute, Tomas Berg",
			paras: []string{"'Thin-skinned' Berg quells critics with threats, lawsuits.",
				"The attacks began after Ana Ruiz filed a fraud lawsuit against Berg Institute.",
				"First, Tomas Berg filed a suit against the former customer.",
				"Berg said the suit was fair."},
			want:        []stmt{quoteBy(1, "Thin-skinned", ""), reportedBy(4, "the suit was fair", "Tomas Berg")},
			notSpeakers: []string{"Berg quells critics"},
			kinds:       map[string]model.SpeakerKind{"Tomas Berg": model.SpeakerPerson}},
	})
}

// An owner's descriptive words before a name ("China's state-owned
// investment giant CITIC", "Berg's longtime friend Roger Stone") make the
// name the speaker, not the owner, whichever rule reads the subject.
func TestNamesOwnerWordsBeforeAName(t *testing.T) {
	run(t, []attrCase{
		{name: "“…,” said X's state-owned investment giant Y; “…,” said X's longtime friend Y",
			paras: []string{"Silk Road", "Trade is growing.", "“We will invest,” said Tolland's state-owned investment giant Harbour Steel.",
				"“We will win,” said Berg's longtime friend Roger Stone."},
			want: []stmt{quoteBy(3, "We will invest,", "Harbour Steel"), quoteBy(4, "We will win,", "Roger Stone")}},
	})
}

// Indian honorifics are styles, not names: "Shri Tomar" is Narendra Singh
// Tomar, and "Smt" opens a woman's name.
func TestNamesIndianHonorifics(t *testing.T) {
	run(t, []attrCase{
		{name: "Shri X after the full name; Smt Y",
			paras: []string{"Farm laws", "Union Agriculture Minister Narendra Singh Tomar said the Centre was ready for talks.",
				"Shri Tomar, however, maintained that the laws would not be repealed.", "Smt Nirmala Sitharaman said the budget was balanced."},
			want: []stmt{reportedBy(3, "the laws would not be repealed", "Narendra Singh Tomar"),
				reportedBy(4, "the budget was balanced", "Nirmala Sitharaman")},
			notSpeakers: []string{"Shri Tomar", "Smt Nirmala Sitharaman"}},
	})
}

// A month after a given name or an honorific is a surname: "Prime
// Minister Theresa May said", "Mrs May told MPs"; "On May 3" and "in May"
// stay dates.
func TestNamesMonthAsSurname(t *testing.T) {
	run(t, []attrCase{
		{name: "Theresa May, Mrs May; in May",
			paras: []string{"Brexit", "Prime Minister Theresa May said Brexit means Brexit.", "Mrs May told MPs the deal was good.",
				"The deal, which was signed in May, was good, Mrs May said."},
			want: []stmt{reportedBy(2, "Brexit means Brexit", "Theresa May"), reportedBy(3, "the deal was good", "Theresa May"),
				reportedBy(4, "The deal, which was signed in May, was good", "Theresa May")}},
	})
}

// A party's letter and a town after a name's comma ("Ruben Archuleta,
// D-Pueblo,") are his party and his place, never a speaker's name.
func TestNamesPartyTagWithATown(t *testing.T) {
	run(t, []attrCase{
		{name: "X, D-Pueblo, the bill's sponsor, said",
			paras: []string{"Tax cap", "State Sen. Ruben Archuleta, D-Pueblo, the bill’s Senate sponsor, said the protections for seniors were “the part I’m proudest of.”"},
			want: []stmt{reportedBy(2, "the protections for seniors were", "Ruben Archuleta"),
				quoteBy(2, "the part I’m proudest of.", "Ruben Archuleta")}},
	})
}

// A Title Case headline's verb after a title ("South Carolina’s Governor
// Backs Tolliver") is no name when the story writes the verb in lower case
// anywhere ("backed", far below): read from a probe article, where "the
// governor" and "Ms. Tolliver" had both gone to a "Backs Tolliver".
func TestNamesTitleCaseHeadlineVerbAfterATitle(t *testing.T) {
	a := probeArticle(t, "b101-02-pettibone-endorsements.txt")
	for _, sp := range a.Speakers {
		if sp.Name == "Backs Tolliver" {
			t.Errorf("the headline's verb made a speaker %q", sp.Name)
		}
	}
	found := false
	for _, st := range a.Statements {
		if strings.HasPrefix(st.Text, "In his remarks, the governor said") {
			found = true
			if st.Speaker != "Wade Pettibone" {
				t.Errorf("“the governor said” given to %q, want Wade Pettibone", st.Speaker)
			}
		}
	}
	if !found {
		t.Error("no statement “In his remarks, the governor said …”")
	}
}

// "He" capitalised inside a sentence before another capitalised word is a
// Chinese surname, not the pronoun: "spokesperson He Jianmin told".
func TestNamesHeAsASurname(t *testing.T) {
	run(t, []attrCase{
		{name: "spokesperson He Jianmin; In Beijing, He Lifeng said",
			paras: []string{"Tariffs", "Commerce Ministry spokesperson He Jianmin told a news briefing that the tariffs were a response.",
				"In Beijing, He Lifeng said the talks were useful."},
			want: []stmt{reportedBy(2, "the tariffs were a response", "He Jianmin"), reportedBy(3, "the talks were useful", "He Lifeng")}},
	})
}

// "of Kentucky" after a titled man's name is his state, though a body's
// word opens the run ("Committee Chairman Curtis Ambrose of Kentucky",
// "Senate Republican Leader Thomas Greeley of Kentucky").
func TestNamesStateAfterATitledNameInABodysRun(t *testing.T) {
	run(t, []attrCase{
		{name: "House Oversight Committee Chairman X of Kentucky said",
			paras: []string{"Leak", "House Oversight Committee Chairman Curtis Ambrose of Kentucky said Tuesday that his committee would subpoena the agents."},
			want:  []stmt{reportedBy(2, "his committee would subpoena the agents", "Curtis Ambrose")}},
		{name: "Senate Republican Leader X of Kentucky said: a role, capitalised, before the given name",
			paras: []string{"Leak", "Senate Republican Leader Thomas Greeley of Kentucky said in a statement that voters had rejected the agenda."},
			want:  []stmt{reportedBy(2, "voters had rejected the agenda", "Thomas Greeley")}},
	})
}

// "Mr. X said" after a second man of that surname has just spoken is the
// one who spoke, not the first named: a father and his son, a governor
// and an unrelated voter.
func TestNamesHonorificSurnameIsWhoJustSpoke(t *testing.T) {
	run(t, []attrCase{
		{name: "Gord Halvorsen, then his son Erik speaks, then Mr. Halvorsen said",
			paras: []string{"Broadcaster dies", "Gord Halvorsen, the voice of prairie hockey, died on Sunday. He was 88.",
				"His son, Erik Halvorsen, a producer in Calgary, said his father kept every fan letter.",
				"“He answered every one of them by hand,” Mr. Halvorsen said."},
			want: []stmt{reportedBy(3, "his father kept every fan letter", "Erik Halvorsen"),
				quoteBy(4, "He answered every one of them by hand,", "Erik Halvorsen")}},
	})
}

// A month that is a given name too opens a name before a surname ("June
// Pettibone said", "April Mellody, a spokeswoman, said"); after a
// preposition or "last" it stays a month, and the surname speaks alone.
func TestNamesMonthAsGivenName(t *testing.T) {
	run(t, []attrCase{
		{name: "June Pettibone beside Wade Pettibone; April Mellody; in June",
			paras: []string{"Endorsements", "Gov. Wade Pettibone endorsed Marisa Tolliver.",
				"State Representative June Pettibone said she was supporting Carl Halvorsen.",
				"April Mellody, a spokeswoman for the convention, said the hall was full.",
				"In June Halvorsen said he would run, and last June Tolliver said she would too."},
			want: []stmt{reportedBy(3, "she was supporting Carl Halvorsen", "June Pettibone"),
				reportedBy(4, "the hall was full", "April Mellody"),
				reportedBy(5, "he would run", "Carl Halvorsen"), reportedBy(5, "she would too", "Marisa Tolliver")}},
	})
}

// A capitalised function word inside a sentence is a surname after a given
// name ("Columnist George Will wrote") and alone once the article has named
// someone so ("Will had nothing but praise"), never a headline's verb
// before another capitalised word ("Christie Will Win").
func TestNamesFunctionWordAsSurname(t *testing.T) {
	run(t, []attrCase{
		{name: "George Will … Will claims …",
			paras: []string{"Columns", "Columnist George Will wrote about Chris Christie.",
				"In contrast to Trump in Iowa, Will had nothing but praise for Christie’s speech in Orlando, which Will claims affirmed “the foundational conservative belief.”"},
			want:        []stmt{reportedBy(2, "about Chris Christie", "George Will"), quoteBy(3, "the foundational conservative belief.", "George Will")},
			notSpeakers: []string{"Columnist George", "Orlando"}},
	})
}

// A title inside a run splits a department from a person: "Energy
// Minister Herman Halushchenko" is a minister, no energy company.
func TestNamesDepartmentTitleAndPerson(t *testing.T) {
	run(t, []attrCase{
		{name: "“…,” Energy Minister X said",
			paras: []string{"Grid", "\"The enemy again attacked our energy infrastructure,\" Energy Minister Herman Halushchenko said on Telegram."},
			want:  []stmt{quoteBy(2, "The enemy again attacked our energy infrastructure,", "Herman Halushchenko")},
			kinds: map[string]model.SpeakerKind{"Herman Halushchenko": model.SpeakerPerson}},
	})
}

// "Brigadier" is a rank, as "Brig." is: "Police spokesperson Brigadier
// Athlenda Mathe said" is Athlenda Mathe.
func TestNamesBrigadierIsARank(t *testing.T) {
	run(t, []attrCase{
		{name: "Police spokesperson Brigadier X said",
			paras: []string{"Arrests", "Police spokesperson Brigadier Athlenda Mathe said 45 people had been arrested.", "Mathe added that investigations were continuing."},
			want:  []stmt{reportedBy(2, "45 people had been arrested", "Athlenda Mathe"), reportedBy(3, "investigations were continuing", "Athlenda Mathe")}},
	})
}

// TD, MLA and MPP follow a name as MP does: "Róisín Breathnach TD" is
// Róisín Breathnach; "A Labour MP said" is someone unnamed.
func TestNamesPostNominalTitles(t *testing.T) {
	run(t, []attrCase{
		{name: "X TD said; a Labour MP said",
			paras: []string{"Housing", "Sinn Féin's housing spokeswoman, Róisín Breathnach TD, said the figures were spin.", "A Labour MP said the plan works."},
			want:  []stmt{reportedBy(2, "the figures were spin", "Róisín Breathnach"), reportedBy(3, "the plan works", "A Labour MP")},
			kinds: map[string]model.SpeakerKind{"A Labour MP": model.SpeakerUnnamed}},
	})
}

// A portfolio with commas and "and" before the name ("Minister for
// Housing, Local Government and Heritage X"), "Cllr", the particle "Te"
// ("Hamish Te Wheoro"), and plurals of people in a place ("Care home
// owners in England"): the person, or the group, never a scrap of the title
// or the place.
func TestNamesLongPortfolioCllrTeAndPeopleInAPlace(t *testing.T) {
	run(t, []attrCase{
		{name: "Minister for X, Y and Z NAME said; Cllr; Te; owners in England",
			paras: []string{"Housing", "Minister for Housing, Local Government and Heritage Darragh Quigley said rents had stabilised.",
				"Minister for Foreign Affairs and Trade Simon Harte said the embassy would reopen.",
				"Environment Minister Hamish Te Wheoro said the rules were fair. \"It is about rivers,\" Te Wheoro said.",
				"Labour councillor Eoin Fitzgerald said residents were afraid. \"People are sick of it,\" Cllr Fitzgerald said.",
				"Care home owners in England have warned that hundreds of homes could close.",
				"Most Labour voters in Kerry, Cork and Clare said they felt betrayed by their own party."},
			want: []stmt{reportedBy(2, "rents had stabilised", "Darragh Quigley"), reportedBy(3, "the embassy would reopen", "Simon Harte"),
				quoteBy(4, "It is about rivers,", "Hamish Te Wheoro"), quoteBy(5, "People are sick of it,", "Eoin Fitzgerald"),
				reportedBy(6, "hundreds of homes could close", "Care home owners"),
				reportedBy(7, "they felt betrayed", "Labour voters")},
			notSpeakers: []string{"England", "Foreign Affairs", "Clare"}},
		{name: "X of the Pune Hawkers' Sangharsh Samiti said: a possessive inside the body's name",
			paras: []string{"Hawkers", "Activist Farhan Sayyed of the Pune Hawkers' Sangharsh Samiti said the organisation would move the court."},
			want:  []stmt{reportedBy(2, "the organisation would move the court", "Farhan Sayyed")}},
		{name: "Minister of State at the Department of X NAME said",
			paras: []string{"Budget", "Minister of State at the Department of Health Aoife Ní Riada said €50 million would be ringfenced.",
				"The Department of Health said the money would follow."},
			want: []stmt{reportedBy(2, "€50 million would be ringfenced", "Aoife Ní Riada"),
				reportedBy(3, "the money would follow", "Department of Health")}},
	})
}

// Indian copy: a portfolio joined by "and" is the whole role and no
// person ("Union Minister for Road Transport and Highways X" is X, and "the
// minister" is X, not someone called "for Road Transport"); a body ends
// where an initial starts ("the Assembly N Lakshmi Devi"); a courtesy title
// before the name is not part of the role ("chairman Dr R K Malhotra").
// "High Commissioner for Refugees (UNHCR)," is a role in apposition.
func TestNamesIndianTitlesAndInitials(t *testing.T) {
	a := article(t, "Roads",
		"The Centre will build 10,000 km of expressways by 2030, Union Minister for Road Transport and Highways Vikram Joshi said on Friday.",
		"“Our target is not just roads,” the minister said.",
		"Leader of the Opposition in the Assembly N Lakshmi Devi alleged that the government had ignored warnings.",
		"Former NHAI chairman Dr R K Malhotra said the targets were ambitious.",
		"Minister for Housing, Local Government and Heritage Darragh Quigley said rents had stabilised.",
		"Filippo Vanni, the United Nations High Commissioner for Refugees (UNHCR), reacted to the deal, “I am concerned.”")
	checkStmt(t, a, quoteBy(3, "Our target is not just roads,", "Vikram Joshi"))
	checkStmt(t, a, quoteBy(7, "I am concerned.", "Filippo Vanni"))
	checkStmt(t, a, reportedBy(4, "the government had ignored warnings", "N Lakshmi Devi"))
	checkRoles(t, a, map[string]string{
		"Vikram Joshi":    "Union Minister for Road Transport and Highways",
		"R K Malhotra":    "Former NHAI chairman",
		"Darragh Quigley": "Minister for Housing, Local Government and Heritage",
	})
}

// Tabloid and sports copy names people by what they are famous as: "TV
// favourite X", "NFL legend X" and "Strictly favourite X" (an -ly word
// that is no opening adverb) are the name, not "TV" and not no one.
func TestNamesFameBeforeAName(t *testing.T) {
	a := article(t, "Star",
		"TV favourite Jody Marchetti has opened up about the fire, telling The Sun: “I lost everything.”",
		"Strictly favourite Ana Vidal has opened up about her injury, telling The Mirror: “I will dance again.”",
		"NFL legend Ray Dorsey spoke on Monday. The NFL legend said people misunderstand the game.")
	checkStmt(t, a, quoteBy(2, "I lost everything.", "Jody Marchetti"))
	checkStmt(t, a, quoteBy(3, "I will dance again.", "Ana Vidal"))
	checkStmt(t, a, reportedBy(4, "people misunderstand the game", "Ray Dorsey"))
}

// Singapore and Malaysian copy: a portfolio's words before a name of three
// ("Senior Minister of State for Finance Koh Wei Ming") leave the whole
// name, which "Mr Koh" then finds; a surname written first ("Chong Mei
// Ling") is no title before the given name; "Madam" and "Datuk" are
// titles, not names; so are Ireland's portfolios ("Public Expenditure and Reform").
func TestNamesSurnameFirstAndPortfolios(t *testing.T) {
	a := article(t, "Rebates",
		"Help will rise from April, Senior Minister of State for Finance Koh Wei Ming said on Feb 20.",
		"Speaking in Jurong West, Mr Koh said the rebates would reach 950,000 households.",
		"Minister of State for Social and Family Development Hazlina Abdul Rahman, who was also at the event, said aid would be expanded.",
		"“No family should have to choose,” said Madam Hazlina.",
		"Gabungan Kinabalu's Chong Mei Ling wins Luyang. Later, Chong says it is too early to talk about positions.",
		"EC secretary Datuk Zulkarnain Idris told reporters results were due by 9pm.",
		"Minister for Public Expenditure and Reform Helena Gorman said the pay deal was affordable.")
	checkStmt(t, a, reportedBy(2, "Help will rise from April", "Koh Wei Ming"))
	checkStmt(t, a, reportedBy(3, "the rebates would reach 950,000 households", "Koh Wei Ming"))
	checkStmt(t, a, reportedBy(4, "aid would be expanded", "Hazlina Abdul Rahman"))
	checkStmt(t, a, quoteBy(5, "No family should have to choose,", "Hazlina Abdul Rahman"))
	checkStmt(t, a, reportedBy(6, "it is too early to talk about positions", "Chong Mei Ling"))
	checkStmt(t, a, reportedBy(7, "results were due by 9pm", "Zulkarnain Idris"))
	checkStmt(t, a, reportedBy(8, "the pay deal was affordable", "Helena Gorman"))
}

// Members' titles of other parliaments stand before a name as MP does
// ("Labour MSP Morag Lennie", "Liberal MPP Adil Khan"), and the member just
// named is "the Foyle MLA" a sentence later.
func TestNamesMembersTitles(t *testing.T) {
	a := article(t, "Members",
		"Labour MSP Morag Lennie said islanders were stranded.",
		"Liberal MPP Adil Khan said his party would back the bill.",
		"Sinn Féin MLA Orla Kelly said the minister had run out of excuses. “It is always the money,” the Foyle MLA said.")
	checkStmt(t, a, reportedBy(2, "islanders were stranded", "Morag Lennie"))
	checkStmt(t, a, reportedBy(3, "his party would back the bill", "Adil Khan"))
	checkStmt(t, a, quoteBy(4, "It is always the money,", "Orla Kelly"))
}

// A four-word name opening a sentence right before its cue, or after a
// title and before a lower-case word, is a person's ("Malik Javed Iqbal
// Awan said", "Speaker Malik Rafiq Iqbal Rana repeatedly asked"), though
// four capitalised words are otherwise read as a headline's.
func TestNamesFourWordNameBeforeACue(t *testing.T) {
	a := article(t, "Assembly", "The session was stormy.", "Malik Javed Iqbal Awan said members must return to their seats.",
		"Speaker Malik Rafiq Iqbal Rana repeatedly asked members to sit. “Honourable members, please,” the Speaker said.")
	checkStmt(t, a, reportedBy(3, "members must return to their seats", "Malik Javed Iqbal Awan"))
	checkStmt(t, a, quoteBy(4, "Honourable members, please,", "Malik Rafiq Iqbal Rana"))
}

// "Minister of State X Y Z" is a minister of state named X Y Z, as
// "Secretary of State John Kerry" is John Kerry: not "Y Z" because Y is a
// given name too.
func TestNamesMinisterOfStateBeforeALongName(t *testing.T) {
	a := article(t, "Aid", "Minister of State Hazlina Abdul Rahman said aid would be expanded. “No family should go hungry,” said Madam Hazlina.",
		"Secretary of State John Kerry said talks would resume.")
	checkStmt(t, a, reportedBy(2, "aid would be expanded", "Hazlina Abdul Rahman"))
	checkStmt(t, a, quoteBy(2, "No family should go hungry,", "Hazlina Abdul Rahman"))
	checkStmt(t, a, reportedBy(3, "talks would resume", "John Kerry"))
}

// After an office title, a three-word name keeps its first word though
// the second is a known given name: "Kisumu Senator Dickson Otieno Ouma"
// (Kenyan names), while "Miss Universe Alicia Machado" still starts at
// Alicia.
func TestNamesThreeWordNameAfterAnOffice(t *testing.T) {
	a := article(t, "Senate", "Kisumu Senator Dickson Otieno Ouma told the Nation that the Senate would summon the minister.",
		"Miss Universe Alicia Machado said she had been mocked.",
		"After the hearing, Det Con Owen Pritchard of West Yorkshire Police said the case was closed.")
	checkStmt(t, a, reportedBy(2, "the Senate would summon the minister", "Dickson Otieno Ouma"))
	checkStmt(t, a, reportedBy(3, "she had been mocked", "Alicia Machado"))
	checkStmt(t, a, reportedBy(4, "the case was closed", "Owen Pritchard"))
	// but a plural common noun before the given name is the office's:
	// "Commissioner of Official Languages Raymond Thériault"
	b := article(t, "Report", "Commissioner of Official Languages Raymond Thériault said complaints had risen.")
	checkStmt(t, b, reportedBy(2, "complaints had risen", "Raymond Thériault"))
}

// "Jun" and "Jan" before a capitalised word are given names ("convenor
// Jun Macaraeg"), and after one surnames ("columnist Ai Jun"), but before
// a date they stay months.
func TestNamesMonthThatIsAGivenName(t *testing.T) {
	a := article(t, "Tax", "Coalition convenor Jun Macaraeg said the government should suspend the tax.",
		"On Jun 5, 2024, Senator Ana Reyes said the tax would stay.",
		"“Many of his ideas are far from heartwarming,” columnist Ai Jun wrote in the piece.",
		"The governor, Jan Brewer, said security was a priority. Jan Piercy, an adviser, said it was not.")
	checkStmt(t, a, reportedBy(2, "the government should suspend the tax", "Jun Macaraeg"))
	checkStmt(t, a, reportedBy(3, "the tax would stay", "Ana Reyes"))
	checkStmt(t, a, quoteBy(4, "Many of his ideas are far from heartwarming,", "Ai Jun"))
	checkStmt(t, a, reportedBy(5, "security was a priority", "Jan Brewer"))
	checkStmt(t, a, reportedBy(5, "it was not", "Jan Piercy"))
}

// A given name before Mills, Cross, Power or Steel is a person, not a
// body ("Sarah Mills", "Richard Cross"); "she" and "Cross said" find them.
func TestNamesSurnamesThatEndBodies(t *testing.T) {
	a := article(t, "Camp", "Sarah Mills said food stocks would run out. “We are desperate,” she said.",
		"Speechwriter Richard Cross wrote the speech. Cross said he may yet vote for her.")
	checkStmt(t, a, quoteBy(2, "We are desperate,", "Sarah Mills"))
	checkStmt(t, a, reportedBy(3, "he may yet vote for her", "Richard Cross"))
}

// Initials after a title word ("Leader of the Opposition K.N. Jagadish")
// start the name, and a portfolio joined by "and" before a Hong Kong name
// ("Secretary for Transport and Logistics Kwok Siu-fan") leaves the name
// whole, so "Kwok said" finds her.
func TestNamesInitialsAndPortfoliosBeforeNames(t *testing.T) {
	a := article(t, "Taxis", "Leader of the Opposition K.N. Jagadish said the State had surrendered.",
		"Secretary for Transport and Logistics Kwok Siu-fan said the scheme would start next year. “It is about raising standards,” Kwok said.")
	checkStmt(t, a, reportedBy(2, "the State had surrendered", "K.N. Jagadish"))
	checkStmt(t, a, reportedBy(3, "the scheme would start next year", "Kwok Siu-fan"))
	checkStmt(t, a, quoteBy(3, "It is about raising standards,", "Kwok Siu-fan"))
}

// People in the news introduced by what they are (“Vendor Shantabai
// Gaikwad, who has sold vegetables there since 1987, said”, “Evacuee
// Marie-Claire Toka, 34, said”) are named without the word, and an Indian
// city's dateline (“PUNE:”) is no label.
func TestNamesEverydayRolesAndIndianDatelines(t *testing.T) {
	a := article(t, "Market", "Vendor Shantabai Gaikwad, who has sold vegetables there since 1987, said she had received no notice.",
		"Evacuee Marie-Claire Toka, 34, said she had walked for three hours.",
		"PUNE: Tension prevailed in the market as the civic body began demolitions.")
	checkStmt(t, a, reportedBy(2, "she had received no notice", "Shantabai Gaikwad"))
	checkStmt(t, a, reportedBy(3, "she had walked for three hours", "Marie-Claire Toka"))
	for _, st := range a.Statements {
		if st.Paragraph == 4 {
			t.Errorf("¶4 %q is a statement by %q: a dateline is no label", st.Text, st.Speaker)
		}
	}
}

// A generation after the surname (Jr., Sr., III) is no surname: "Mr.
// Biden" and a headline's "Biden" find "Joseph R. Biden Jr.", whom the
// side panel lists once and finds by "Biden"; a son and his father of
// the same name are two people.
func TestNamesGenerationSuffix(t *testing.T) {
	run(t, []attrCase{
		{name: "headline surname, then the full name with Jr., then Mr.",
			paras: []string{
				"Biden calls Trump a risk to U.S. safety",
				"Vice President Joseph R. Biden Jr. said Donald J. Trump's remarks had made him a danger to allies.",
				"Mr. Biden said on Monday that he would reassure allies.",
				"''Because they're worried,'' Mr. Biden said.",
			},
			want: []stmt{
				reportedBy(3, "he would reassure allies", "Joseph R. Biden Jr."),
				quoteBy(4, "Because they're worried,", "Joseph R. Biden Jr."),
			},
			speakers:  []string{"Joseph R. Biden Jr."},
			noAliases: []string{"Jr."}},
		{name: "father and son",
			paras: []string{
				"Rep. Duncan Hunter said he backed the bill because “we need a leader.”",
				"His father, Duncan Hunter Sr., said that the fence had been his idea.",
				"“I wrote it first,” Hunter Sr. said.",
			},
			moreQuotes: true,
			want: []stmt{
				quoteBy(1, "we need a leader.", "Duncan Hunter"),
				reportedBy(2, "the fence had been his idea", "Duncan Hunter Sr."),
			},
			speakers: []string{"Duncan Hunter", "Duncan Hunter Sr."}},
	})
	a := article(t, "Vice President Joseph R. Biden Jr. said the trip would go ahead.", "“We are ready,” Mr. Biden said.")
	if a.SpeakerByName("Biden") < 0 {
		t.Errorf("“Biden” finds no speaker; side panel %+v", a.Speakers)
	}
}

// A name read together with a title-case headline's next word ("Tim
// Kaine Fully …") is written so only in the headline: the side panel
// names the person as the body does, and a headline's description of
// someone else ("Jeb Bush Super PAC Chief") is left as it was.
func TestNamesRunWrittenOnlyInTheHeadline(t *testing.T) {
	run(t, []attrCase{{
		name: "an adverb after the name",
		paras: []string{"Tim Kaine Fully Embraced Abortion When He Became The Likely VP Pick.",
			"Hillary Clinton has chosen Virginia Sen. Tim Kaine as her running mate.",
			"Kaine now says that he personally opposes abortion.",
			"“I’m pro-life in my personal life,” Kaine said."},
		want: []stmt{
			reportedBy(3, "he personally opposes abortion", "Tim Kaine"),
			quoteBy(4, "I’m pro-life in my personal life,", "Tim Kaine"),
		},
		notSpeakers: []string{"Tim Kaine Fully"},
	}, {
		name: "a verb after the name",
		paras: []string{"Bernie Sanders Suffered A Big Blow. Here’s His Plan Going Forward.",
			"Sen. Bernie Sanders remains committed to the race, his top aide told reporters.",
			"While Sanders has pledged to support the nominee, he said he would fight on."},
		want:        []stmt{reportedBy(3, "he would fight on", "Bernie Sanders")},
		moreQuotes:  true,
		notSpeakers: []string{"Bernie Sanders Suffered"},
	}, {
		name: "a live blog's entry title in the body",
		paras: []string{"The latest from the debate",
			"12 postsFollow LiveblogNewest | OldestMaren Vik 5ptsmoderatorFeaturedMay 6, 2016 11:19PMTomas Berg And Anna Lind Miss The Mark On Harbour Fees\nThe candidates this cycle have not had a good record on the harbour. Later, Anna Lind claimed that the fees were fair and that no one would pay more.",
			"“It's a difficult issue,” Lind said.",
			"Anna Lind said the port would stay open."},
		want: []stmt{
			reportedBy(2, "the fees were fair", "Anna Lind"),
			quoteBy(3, "It's a difficult issue,", "Anna Lind"),
		},
		notSpeakers: []string{"Anna Lind Miss"},
	}})
}

// A capitalised job word opening a name ("Actress Rosario Dawson") and a
// title's abbreviation ("Former AG Mukasey") are no part of the name.
func TestNamesJobWordAndAbbreviatedTitle(t *testing.T) {
	run(t, []attrCase{{
		name: "actress before the name, after a dateline",
		paras: []string{"Rally",
			"LOS ANGELES — Actress Marisol Dawes took the stage at a rally here.",
			"“All the way!” Dawes shouted."},
		want:     []stmt{quoteBy(3, "All the way!", "Marisol Dawes")},
		speakers: []string{"Marisol Dawes"},
	}, {
		name: "AG in a headline",
		paras: []string{"Former AG Hollis at RNC: email scandal disqualifies her",
			"Former Attorney General Michael Hollis told delegates that the scandal should disqualify her.",
			"“She was careless,” Hollis said."},
		want:     []stmt{quoteBy(3, "She was careless,", "Michael Hollis")},
		speakers: []string{"Michael Hollis"},
	}})
}

// A number opening a sentence before a surname ("Six Berg supporters ran
// for delegate slots") is no part of that person's name: the side panel
// keeps "Berg".
func TestNamesNumberOpeningASentenceIsNoGivenName(t *testing.T) {
	run(t, []attrCase{{
		name: "six supporters",
		paras: []string{"Delegates",
			"“Look at what happened in Wyoming,” Berg told supporters.",
			"Six Berg supporters ran for delegate slots, but none won."},
		want:     []stmt{quoteBy(2, "Look at what happened in Wyoming,", "Berg")},
		speakers: []string{"Berg"},
	}})
}

// BenchmarkAnalyzeManyOneParagraphNames is an article of tens of
// thousands of three-word names, each written in one paragraph only, and
// role nouns ("the company", "the minister", "the 44-year-old") that look
// back for whoever held the role last, and bodies found by part of their
// names: settling headline names looks at a bounded number of names, a
// look-back reads recent mentions, and a body's name is sought among the
// bodies named last, so the cost stays linear (before, 2.7 MB of names
// took minutes).
func BenchmarkAnalyzeManyOneParagraphNames(b *testing.B) {
	var sb strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&sb, "Anna Q%dx Z%dy said the pier was safe. The company said it would grow. “No,” the minister said. "+
			"Kestrel Q%dx Holdings said the 44-year-old was right.\n\n", i, i, i)
	}
	text := sb.String()
	paras := articles.Split(text)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		analyze(b, model.Document{Paragraphs: paras})
	}
}

// A place made an adjective with a hyphen names no one: "the Slovenia-born
// former model said" is the model, "the Shanghai-based Hurun Report" the
// report, "Los Angeles-based attorney Edgar Holm" the attorney.
func TestNamesPlaceAdjectiveIsNoName(t *testing.T) {
	run(t, []attrCase{{
		name: "Slovenia-born, Shanghai-based, Los Angeles-based",
		paras: []string{"Convention", "Melania Berg spoke on Monday.",
			"“He will never give up,” the Slovenia-born former model said.",
			"The Shanghai-based Hurun Report says China has the most billionaires.",
			"“It is shortsighted,” explained Los Angeles-based attorney Edgar Holm."},
		want: []stmt{
			quoteBy(3, "He will never give up,", "Melania Berg"),
			reportedBy(4, "China has the most billionaires", "Hurun Report"),
			quoteBy(5, "It is shortsighted,", "Edgar Holm"),
		},
		notSpeakers: []string{"Slovenia", "Shanghai", "Los"},
	}})
}

// A common word made an adjective with a hyphen is a word of the name it
// stands in: "the Independent Broad-based Anti-corruption Commission" keeps
// its first two words, where "Broad-based" had been read as a place's.
func TestNamesCommonHyphenAdjectiveInAName(t *testing.T) {
	run(t, []attrCase{{
		name:  "Independent Broad-based Anti-corruption Commission",
		paras: []string{"Sentence", "Outside court, a spokesman for the Independent Broad-based Anti-corruption Commission said the sentence sent a clear message."},
		want:  []stmt{reportedBy(2, "the sentence sent a clear message", "Independent Broad-based Anti-corruption Commission")},
	}})
}

// A body's possessive before a given name ends the body's name: "Carleton
// University’s Jonathan Malloy" is Jonathan Malloy (a school's name with
// a plural possessive goes on: "Rotorua Boys’ High School").
func TestNamesBodyPossessiveBeforeAGivenName(t *testing.T) {
	run(t, []attrCase{{name: "a university's professor, a school's name",
		paras: []string{"Experts", "Carleton University’s Jonathan Malloy said voters were tired.",
			"Rotorua Boys’ High School said classes would resume."},
		want: []stmt{reportedBy(2, "voters were tired", "Jonathan Malloy"),
			reportedBy(3, "classes would resume", "Rotorua Boys’ High School")}}})
}

// Common Māori and Pacific given names tell a speaker's gender: "she
// said" after Dr Ngaire Tautahi is hers, not a school's.
func TestNamesMaoriGivenNamesHaveGenders(t *testing.T) {
	a := article(t, "Obituary",
		"Dr Ngaire Tautahi, who taught alongside him at Rotorua Boys’ High, said he had been “a teacher first”.",
		"“He never stopped being a teacher,” she said.",
		"Hemi Walker and Sione Faleolo said they would miss him.")
	checkStmt(t, a, quoteBy(3, "He never stopped being a teacher,", "Ngaire Tautahi"))
	for _, sp := range a.Speakers {
		if sp.Name == "Ngaire Tautahi" && sp.Gender != model.Female {
			t.Errorf("Ngaire Tautahi: gender %v, want female", sp.Gender)
		}
	}
}

// Given names common in Canadian and British cities' South Asian
// communities are names: the title before them is cut ("Energy Minister
// Rohan Mehta" is Rohan Mehta), and gender follows where the name has one
// (Punjabi names such as Harpreet are either).
func TestNamesSouthAsianGivenNames(t *testing.T) {
	run(t, []attrCase{{name: "titles cut, genders known",
		paras: []string{"Rates", "In a statement, Energy and Climate Solutions Minister Rohan Mehta said the province had acted.",
			"Coun. Preeti Sandhu said the vote was rushed. She said the council had no plan.",
			"MLA Harpreet Gill said the plan was fair."},
		want: []stmt{reportedBy(2, "the province had acted", "Rohan Mehta"),
			reportedBy(3, "the vote was rushed", "Preeti Sandhu"), reportedBy(3, "the council had no plan", "Preeti Sandhu"),
			reportedBy(4, "the plan was fair", "Harpreet Gill")},
		speakers: []string{"Rohan Mehta", "Preeti Sandhu", "Harpreet Gill"}}})
}

// A portfolio and a title before a name the tables do not know ("Energy
// Minister Rajan Gill") leave the person's name alone, though "Energy"
// ends company names; a province's possessive before its ministry
// ("B.C.’s Ministry of Energy and Climate Solutions") is no part of the
// ministry's name.
func TestNamesPortfolioTitleAndPlacePossessive(t *testing.T) {
	run(t, []attrCase{{name: "Energy Minister, B.C.'s Ministry",
		paras: []string{"Pipeline ruling",
			"B.C.’s Ministry of Energy and Climate Solutions said in a statement it would review the reasons.",
			"Energy Minister Rajan Gill told reporters that the government accepts the ruling.",
			"The minister said officials would be in Smithers within weeks."},
		want: []stmt{reportedBy(2, "it would review the reasons", "Ministry of Energy and Climate Solutions"),
			reportedBy(3, "the government accepts the ruling", "Rajan Gill"),
			reportedBy(4, "officials would be in Smithers", "Rajan Gill")},
		kinds: map[string]model.SpeakerKind{"Rajan Gill": model.SpeakerPerson, "Ministry of Energy and Climate Solutions": model.SpeakerBody}}})
}

// A year between a determiner and a cue word makes the cue a noun ("A 2021
// report by the panel found", "the agency's 2019 review"): the year is no
// one's name.
func TestNamesYearBeforeANounCueIsNoName(t *testing.T) {
	a := article(t, "Seepage",
		`A 2021 report by the province's monitoring panel found that seepage data was "not routinely analyzed."`,
		`A 2014 estimate by the Joint Committee on Taxation projected the deal would cost $35 billion.`,
		`The agency's 2019 review said the river was "at risk."`)
	for _, n := range speakerNames(a) {
		if w := strings.Fields(n); len(w) > 0 && endsInDigit(w[len(w)-1]) {
			t.Errorf("speaker %q ends with a year", n)
		}
	}
}

func endsInDigit(w string) bool { return w[len(w)-1] >= '0' && w[len(w)-1] <= '9' }

// A place whose name opens with a title ("Prince Edward Island", "Prince
// George") is no prince, and a province or territory is no one's name: a
// later bare quotation is not theirs.
func TestNamesPlaceOpeningWithATitleIsNoPerson(t *testing.T) {
	a := article(t, "Potatoes",
		"Prince Edward Island potato farmers are racing to get the crop in, but many say the worry is the border.",
		`"Are these potatoes going to get across?" said Darlene Arsenault.`,
		`"Right now I cannot give them a good answer."`,
		"A mother of four in Gjoa Haven, Nunavut, says she now spends most of her pay on food.")
	for _, n := range speakerNames(a) {
		if n == "Edward Island" || n == "Nunavut" {
			t.Errorf("speaker %q is a place", n)
		}
	}
	checkStmt(t, a, quoteBy(4, "Right now I cannot give them a good answer.", "Darlene Arsenault"))
}

// A province before a portfolio title ("Alberta Energy Minister Colleen
// Vandermeer") is part of her title, not a body's name; "the GM" is the
// person whose role its capitals spell ("General manager Ryan Dueck"), not
// a company; "Sts." does not end a sentence.
func TestNamesProvincePortfolioTitleAndRoleInitials(t *testing.T) {
	run(t, []attrCase{
		{name: "province, portfolio, title, name",
			paras: []string{"Pipeline", "Alberta Energy Minister Colleen Vandermeer posted on social media that the decision was bad."},
			want:  []stmt{reportedBy(2, "the decision was bad", "Colleen Vandermeer")}},
		{name: "the GM",
			paras: []string{"Bombers", "General manager Ryan Dueck said the team would wait.",
				"The GM added that the club has no plans to place Hollister on the injured list."},
			want: []stmt{reportedBy(2, "the team would wait", "Ryan Dueck"), reportedBy(3, "the club has no plans", "Ryan Dueck")}},
		{name: "Sts.",
			paras: []string{"Funeral", "Premier Wab Kinew spoke first.", "A funeral will be held Saturday at Sts. Vladimir and Olga Cathedral, Kinew said."},
			want:  []stmt{reportedBy(3, "A funeral will be held Saturday at Sts. Vladimir", "Wab Kinew")}},
	})
}

// A caption opening with a team's plural possessive before a player's name
// ("Winnipeg Jets' Mathieu Lavallée celebrates") is read without a fault:
// the place-and-capitals short form is looked up only for a name with its
// words.
func TestNamesPluralPossessiveBeforeANameReadsWithoutFault(t *testing.T) {
	doc := model.Document{Source: "test", Title: "Jets", Paragraphs: []model.Paragraph{
		{Text: "Winnipeg Jets' Mathieu Lavallée celebrates."},
		{Text: "“I hadn't scored in a month, so I figured I was due,” Lavallée said."}}}
	a := analyze(t, doc)
	checkStmt(t, a, quoteBy(2, "I hadn't scored in a month, so I figured I was due,", "Mathieu Lavallée"))
}

// A bare surname two names share is the one the article shows to be a
// person (a given name, a role, a gender), not a name known by its shape
// alone: "Okafor said" after the headline's "Understated Okafor" and
// "Labor Secretary Daniel Okafor".
func TestNamesSharedSurnameIsTheKnownPerson(t *testing.T) {
	title, paras := articles.SplitTitled("Understated Okafor raises political profile.\n\n" +
		"Just before the flight took off, the pilot asked for volunteers. So Labor Secretary Daniel Okafor stopped writing his speech and moved to the last row.\n\n" +
		"Okafor, the son of Nigerian immigrants, is the least-known name on the list.\n\n" +
		`"The plan is a fraud," Okafor said Sunday.` + "\n")
	a := analyze(t, model.Document{Source: "news.txt", Title: title, Paragraphs: paras})
	found := false
	for _, st := range a.Statements {
		if st.Kind == model.KindQuote {
			found = true
			if st.Speaker != "Daniel Okafor" {
				t.Errorf("%q: speaker %q, want Daniel Okafor", st.Text, st.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("no quotation found: %+v", a.Statements)
	}
}

// A nickname in brackets between the given name and the surname
// ("Walter (Buddy) MacIsaac") belongs to the person: the panel shows
// Walter MacIsaac, and "Buddy" and "MacIsaac" later are he.
func TestNamesNicknameInBrackets(t *testing.T) {
	run(t, []attrCase{{name: "Walter (Buddy) MacIsaac",
		paras: []string{"Outage",
			"Walter (Buddy) MacIsaac, a 71-year-old retired fisherman, said a spruce fell on the line.",
			"Buddy, as MacIsaac is known up and down the road, said he has been running an extension cord.",
			"“We have been through worse,” MacIsaac said."},
		want: []stmt{reportedBy(2, "a spruce fell on the line", "Walter MacIsaac"),
			reportedBy(3, "he has been running an extension cord", "Walter MacIsaac"),
			quoteBy(4, "We have been through worse,", "Walter MacIsaac")},
		speakers: []string{"Walter MacIsaac"}}})
}

// A relative named by the given name alone ("his daughter, Anneke") and
// then in full ("Anneke Vandermeer") is one person, not two people side
// by side as a headline writes them ("Obama Putin").
func TestNamesKinGivenNameThenFullName(t *testing.T) {
	run(t, []attrCase{{name: "his daughter, Anneke, then Anneke Vandermeer",
		paras: []string{"Farm",
			"Hendrik Vandermeer runs the farm with his daughter, Anneke.",
			"Anneke Vandermeer, 34, said she is less worried about the politics.",
			"“We will manage,” Vandermeer said."},
		want:     []stmt{reportedBy(3, "she is less worried", "Anneke Vandermeer"), quoteBy(4, "We will manage,", "Anneke Vandermeer")},
		speakers: []string{"Anneke Vandermeer"}}})
}

// "Toronto Mayor Declan Power": a place, a title, a given name and a
// surname that names bodies too ("Power") is a man, not a body called
// "Toronto Mayor Declan Power"; "Power said" later is he.
func TestNamesTitledPersonWithBodySurname(t *testing.T) {
	run(t, []attrCase{{name: "St. John's Mayor Declan Power",
		paras: []string{"Mayors", "St. John's Mayor Declan Power said smaller cities face a different problem.",
			"“We're replacing water lines,” Power said."},
		want: []stmt{reportedBy(2, "smaller cities face a different problem", "Declan Power"), quoteBy(3, "We're replacing water lines,", "Declan Power")}}})
}

// A hyphenated surname that ends in a news brand ("Nakogee-Fox") is the
// person's when someone of that surname was named; "The Leader-Post
// asked" stays the paper's.
func TestNamesHyphenatedSurnameEndingInAnOutletBrand(t *testing.T) {
	run(t, []attrCase{{name: "Chief Gilbert Nakogee-Fox, then Nakogee-Fox",
		paras: []string{"Flood", "Chief Gilbert Nakogee-Fox declared a state of emergency Monday night.",
			"“We do this every year,” Nakogee-Fox told CTV News by phone."},
		want:     []stmt{quoteBy(3, "We do this every year,", "Gilbert Nakogee-Fox")},
		speakers: []string{"Gilbert Nakogee-Fox"}}})
}

// A French body's name may open with "District", "Comité", "École" or
// "Cégep": "The District scolaire francophone des Rivières said" is the
// school district, not "Rivières".
func TestNamesFrenchDistrict(t *testing.T) {
	run(t, []attrCase{{name: "District scolaire francophone des Rivières",
		paras: []string{"School", "The District scolaire francophone des Rivières said it would comply with the injunction."},
		want:  []stmt{reportedBy(2, "it would comply", "District scolaire francophone des Rivières")}}})
}

// A French body's name is a mention where it stands, so its appositive
// and its kind point back to it: "The Société acadienne des parents du
// Nouveau-Brunswick, an advocacy group," then "the group said"; "the
// tribunal" after the Tribunal administratif du travail; and the place
// inside the name ("du Nouveau-Brunswick") is no one.
func TestNamesFrenchBodyIsAMention(t *testing.T) {
	run(t, []attrCase{{name: "Société …, an advocacy group; the group said",
		paras: []string{"School", "The Société acadienne des parents du Nouveau-Brunswick, an advocacy group, welcomed the injunction.",
			"In a Facebook post Wednesday evening, the group said it hoped the province would listen."},
		want:        []stmt{reportedBy(3, "it hoped the province would listen", "Société acadienne des parents du Nouveau-Brunswick")},
		notSpeakers: []string{"du Nouveau"}},
		{name: "the tribunal",
			paras: []string{"Strike", "Under a decision issued Friday by the Tribunal administratif du travail, the strike cannot affect 1,900 children.",
				"The tribunal ruled that those children must continue to receive services."},
			want: []stmt{reportedBy(3, "those children must continue", "Tribunal administratif du travail")}}})
}

// A French body's acronym with its region is one name: "the CISSS des
// Laurentides said" is the health authority, not "Laurentides".
func TestNamesFrenchAcronymWithRegion(t *testing.T) {
	run(t, []attrCase{{name: "CISSS des Laurentides",
		paras: []string{"Coroner", "In a statement, the CISSS des Laurentides said it accepts the coroner's conclusions."},
		want:  []stmt{reportedBy(2, "it accepts the coroner's conclusions", "CISSS des Laurentides")}}})
}

// A French body's name with an acronym inside it is read whole: "The
// Coalition des directions de CPE du Québec said" is the coalition, not
// "CPE du Québec".
func TestNamesFrenchBodyWithAnAcronymInside(t *testing.T) {
	run(t, []attrCase{{name: "Coalition des directions de CPE du Québec",
		paras: []string{"Strike", "The Coalition des directions de CPE du Québec said in a statement that it deplores the strike."},
		want:  []stmt{reportedBy(2, "it deplores the strike", "Coalition des directions de CPE du Québec")}}})
}

// Some archives print a name's UTF-8 as if it were Latin-1, once or more
// ("FranÃ§ois", "PeÃ±a", and "BasÃ\u0083Â¡Ã\u0083Â±ez" for Basáñez,
// decomposed): the name stays one word, and the panel reads it back.
func TestNamesPrintedAsMojibake(t *testing.T) {
	basanez := "BasA\u0303\u0083A\u0302\u00a1A\u0303\u0083A\u0302\u00b1ez"
	run(t, []attrCase{
		{name: "FranÃ§ois Hollande, once",
			paras: []string{"Attack", "President FranÃ§ois Hollande condemned the attack on Friday.",
				"“All of France is under threat,” Hollande said."},
			want:     []stmt{quoteBy(3, "All of France is under threat,", "François Hollande")},
			speakers: []string{"François Hollande"}},
		{name: "Basáñez, three times over and decomposed",
			paras: []string{"Envoy", "Miguel " + basanez + " Ebergenyi, the ambassador, spoke on Tuesday.",
				"Last year, he played down the comments as “just part of the campaign.”"},
			want:     []stmt{quoteBy(3, "just part of the campaign.", "Miguel Basáñez Ebergenyi")},
			speakers: []string{"Miguel Basáñez Ebergenyi"}},
	})
}

// Local offices are titles before a name as "Mayor" is: "Supervisor of
// Elections Beatriz Ocampo said" is hers, not a speaker "Supervisor".
func TestNamesAfterLocalOfficeTitles(t *testing.T) {
	run(t, []attrCase{
		{name: "In …, Supervisor of Elections X said",
			paras: []string{"Turnout", "In Miami-Dade County, Supervisor of Elections Beatriz Ocampo said turnout was running ahead."},
			want:  []stmt{reportedBy(2, "turnout was running ahead", "Beatriz Ocampo")}, notSpeakers: []string{"Supervisor"}},
		{name: "In …, Comptroller of Accounts X said",
			paras: []string{"Audit", "In Cook County, Comptroller of Accounts Lena Marsh said the audit was late."},
			want:  []stmt{reportedBy(2, "the audit was late", "Lena Marsh")}, notSpeakers: []string{"Comptroller"}},
	})
}

// A county's name is a place, never a person a "he" can mean; and a
// titled name after a county and its bracketed state is the subject:
// "Maricopa County (Ariz.) Sheriff Joe Arpaio vouched …. He said".
func TestNamesOfCounties(t *testing.T) {
	run(t, []attrCase{
		{name: "machines in Tarrant County, Tex., had flipped votes",
			paras: []string{"Claims", "Walt Brennaman told supporters that voting machines in Tarrant County, Tex., had “flipped” votes.",
				"“You go in, you press Brennaman, and it comes up Marchetti,” he said."},
			moreQuotes: true, notSpeakers: []string{"Tarrant County"}},
		{name: "County (State) Sheriff X vouched; He said",
			paras: []string{"Convention", "Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio, one of the most polarizing figures in the debate, vouched for Donald Trump's proposal.",
				"He said, “Donald Trump will build the wall.”"},
			want: []stmt{quoteBy(3, "Donald Trump will build the wall.", "Joe Arpaio")}},
	})
}

// "Clinton herself said", "Brandvold himself, speaking …, said", "Ford
// itself said": the reflexive stresses the name, which is the speaker; no
// unnamed source called "Clinton herself".
func TestNamesBeforeAReflexive(t *testing.T) {
	run(t, []attrCase{
		{name: "X herself said",
			paras: []string{"Emails", "Hillary Clinton spoke on Monday.", "Clinton herself said the emails were a mistake."},
			want:  []stmt{reportedBy(3, "the emails were a mistake", "Hillary Clinton")}, notSpeakers: []string{"Clinton herself"}},
		{name: "X himself, speaking …, said",
			paras: []string{"Rally", "Tom Brandvold spoke on Monday.", "Brandvold himself, speaking hours later at a rally, said he had “great respect for the Polish people.”"},
			want:  []stmt{quoteBy(3, "great respect for the Polish people.", "Tom Brandvold")}, notSpeakers: []string{"Brandvold himself"}},
		{name: "Ford itself said",
			paras: []string{"Plant", "Candidates said Ford had dropped its plan for a plant in Mexico.", "Ford itself said the deal was on."},
			want:  []stmt{reportedBy(3, "the deal was on", "Ford")}, notSpeakers: []string{"Ford itself"}},
	})
}

// A person a court names only by initials ("M.R., a 34-year-old former
// union organizer, …") is a person a later "she" points back to, not a
// body called M.R.; "U.S., a" is still a place.
func TestNamesInitialsOnly(t *testing.T) {
	run(t, []attrCase{
		{name: "M.R., a 34-year-old …; She has said",
			paras: []string{"Ruling", "Lawyer Anne-Marie Pelletier spoke to reporters.",
				"M.R., a 34-year-old former union organizer from Cali, Colombia, filed her claim late. She has said in affidavits that she feared the authorities."},
			want: []stmt{reportedBy(3, "she feared the authorities", "M.R.")}},
	})
}

// A named speaker's possessive before a capitalised word ("Ostrander’s
// Senate record", "Democrats' Senate") is the owner, no body called
// "Ostrander’s Senate"; a place's ("Ontario's Ministry of Labour") still
// opens a body's name.
func TestNamesPersonsPossessiveBeforeACapital(t *testing.T) {
	run(t, []attrCase{
		{name: "Democrats … say; the Democrats' Senate campaign arm",
			paras: []string{"Dems hope Trump's behavior will help them regain Senate.",
				"Democrats trying to regain control of the Senate in November say they have a powerful new weapon: Donald Trump.",
				"He chairs the Democrats' Senate campaign arm in a year that already had a favorable landscape."},
			want:        []stmt{reportedBy(2, "they have a powerful new weapon", "Democrats")},
			notSpeakers: []string{"Democrats' Senate"}},
	})
}

// "Claims" between two capitals before a body's word is a word of the
// name, no headline's verb: "Crescent Claims Services", "the Specific
// Claims Tribunal".
func TestNamesWithACueWordBeforeABodysWord(t *testing.T) {
	run(t, []attrCase{
		{name: "according to the claims administrator, Crescent Claims Services",
			paras: []string{"Settlement", "Payments will be sent by cheque to former customers, according to the claims administrator, Crescent Claims Services."},
			want:  []stmt{reportedBy(2, "Payments will be sent by cheque", "Crescent Claims Services")}},
		{name: "the Specific Claims Tribunal said",
			paras: []string{"Claim", "The Specific Claims Tribunal said the federal government breached its duty."},
			want:  []stmt{reportedBy(2, "the federal government breached its duty", "Specific Claims Tribunal")}},
	})
}

// An initial opening a sentence is the name's first word, and a name with
// an initial is a person's though the tables know none of its words: "he"
// after "C. Boyden Gray ticked through …" is Gray, not the man named
// before.
func TestInitialOpensName(t *testing.T) {
	run(t, []attrCase{{
		name: "initial opening the sentence, then he",
		paras: []string{"Bush camp recalls its manners",
			"Jeb Bush spoke on Monday in Iowa.",
			"C. Boyden Gray ticked through the code of conduct: “Civility was assumed,” he said.",
			"J. Edgar Hoover, a retired agent, said “we never gossiped.”"},
		want:  []stmt{quoteBy(3, "Civility was assumed,", "C. Boyden Gray"), quoteBy(4, "we never gossiped.", "J. Edgar Hoover")},
		named: []string{"C. Boyden Gray", "J. Edgar Hoover"}}})
}

// "Besides" and "Beyond" opening a sentence are prepositions, never the
// first word of a name: "Besides Centerview, Lazard said …" is Lazard's.
func TestOpeningPrepositionIsNoName(t *testing.T) {
	run(t, []attrCase{{
		name: "besides, beyond",
		paras: []string{"Deals",
			"The police filed charges.",
			"Besides Centerview, Lazard said it had advised on two of the deals.",
			"Beyond the security-camera footage, the affidavit cited interviews with witnesses and said that she was grabbed.",
			"Beyond that, his advisers say that neither candidate can win, and they say that would leave the issue to the super delegates."},
		want: []stmt{reportedBy(3, "it had advised on two of the deals", "Lazard"), reportedBy(4, "she was grabbed", "~the affidavit"),
			reportedBy(5, "that would leave the issue", "Advisers")},
		notSpeakers: []string{"Besides Centerview", "Beyond"}}})
}

// A surname alone opening a sentence, then an aside about its bearer
// ("Halvorsen, asked about the claim on …, said"), is a name, though the
// article has not named the person before.
func TestSurnameBeforeAsideIsAName(t *testing.T) {
	run(t, []attrCase{{
		name: "surname, asked …, said",
		paras: []string{"Fact check",
			"Halvorsen, asked about the claim on “Fox News Sunday,” said he had “not seen the numbers.”"},
		want:       []stmt{reportedBy(2, "he had", "Halvorsen"), quoteBy(2, "not seen the numbers.", "Halvorsen")},
		moreQuotes: true}})
}

// Of several people sharing a surname, "Sen. Castellanos" is the one the
// article gave that title, "Chief Beardy" the chief, whoever spoke last.
func TestTitleTellsSameSurnamesApart(t *testing.T) {
	run(t, []attrCase{{
		name: "the senator and her cousin",
		paras: []string{"Race",
			"Sen. Lorna Castellanos won six years ago.",
			"Her cousin, Republican state Rep. Tomas Castellanos of Yuma, has endorsed her rival.",
			"“Lorna is family,” Tomas Castellanos says in the ad.",
			"Asked about the ad, Sen. Castellanos told reporters that she “won’t be debating family.”",
			"As Rep. Castellanos put it: “Family is family.”"},
		want: []stmt{quoteBy(4, "Lorna is family,", "Tomas Castellanos"), quoteBy(5, "won’t be debating family.", "Lorna Castellanos"),
			quoteBy(6, "Family is family.", "Tomas Castellanos")},
		moreQuotes: true}})
}

// A title whose office has two parts joined by "and" is one person's:
// "Conflict of Interest and Ethics Commissioner Geneviève Lachapelle-Moore
// concluded" is hers, and no one called Conflict speaks.
func TestNamesTitleOfTwoPartsJoinedByAnd(t *testing.T) {
	run(t, []attrCase{{name: "Conflict of Interest and Ethics Commissioner",
		paras: []string{"Ethics",
			"In a 58-page report released Wednesday, Conflict of Interest and Ethics Commissioner Geneviève Lachapelle-Moore concluded that the minister breached the act.",
			"The grant was approved in 11 weeks, the report notes."},
		want:        []stmt{reportedBy(2, "the minister breached the act", "Geneviève Lachapelle-Moore"), reportedBy(3, "The grant was approved in 11 weeks", "Geneviève Lachapelle-Moore")},
		notSpeakers: []string{"Conflict"}}})
}

// A person's name before "and" ends there: "Senate Majority Leader Harlan
// Voss and Democratic leader Denise Abernathy-Cole" names two people, no
// one called "Harlan Voss and Democratic"; "Alberta Energy and Minerals"
// stays one department.
func TestNamesPersonBeforeAndEndsTheName(t *testing.T) {
	run(t, []attrCase{{name: "Harlan Voss and Democratic leader",
		paras: []string{"Lame duck",
			"Senate Majority Leader Harlan Voss and Democratic leader Denise Abernathy-Cole met on Monday. “We have work to do,” Voss said on the floor.",
			"In a statement, Alberta Energy and Minerals said the province would continue to press Ottawa."},
		want: []stmt{quoteBy(2, "We have work to do,", "Harlan Voss"), reportedBy(3, "the province would continue", "Alberta Energy and Minerals")}}})
}

// A double-barrelled surname opening a sentence is a name though it ends
// in "s" ("Ortega-Banks said"), and so is a lone word before a party's
// tag in brackets ("Ortega-Banks (D-Calif.), for his part, said").
func TestNamesDoubleBarrelledSurnameOpensTheSentence(t *testing.T) {
	run(t, []attrCase{{name: "Ortega-Banks (D-Calif.)",
		paras: []string{"Budget",
			"Ortega-Banks (D-Calif.), for his part, said in an interview that House Democrats would not vote for any full-year bill.",
			"Miller-Banks said that the House would not vote."},
		want: []stmt{reportedBy(2, "House Democrats would not vote", "Ortega-Banks"), reportedBy(3, "the House would not vote", "Miller-Banks")}}})
}

// "in St. Louis Showdown" in a headline names no one called Louis: a name
// after a saint's "St." is a place, and "he" afterwards is the nominee.
func TestNamesSaintsPlaceIsNoOne(t *testing.T) {
	run(t, []attrCase{{name: "St. Louis Showdown",
		paras: []string{"Brennaman Hammers Marchetti on Jobs, Border in St. Louis Showdown",
			"ST. LOUIS, Missouri — Former Missouri Gov. Walt Brennaman went on offense Sunday night, pressing Sen. Elaine Marchetti on what he called “a career spent protecting the permanent political class.”"},
		want:        []stmt{quoteBy(2, "a career spent protecting the permanent political class.", "Walt Brennaman")},
		notSpeakers: []string{"Louis"}}})
}

// A caption's credit in brackets, the outlet then the photographer,
// "(The Canadian Press/Mathieu Bélanger)", names no one the story is
// about: the lede's "the federal agriculture minister" is the minister
// named after it, not the photographer.
func TestNamesCreditAfterTheOutletInBrackets(t *testing.T) {
	run(t, []attrCase{{name: "(The Canadian Press/Mathieu Bélanger)",
		paras: []string{"Ottawa won’t put supply management on the table, minister says",
			"Dairy cows feed at a farm near Saint-Hyacinthe, Que., in a 2023 file photo. (The Canadian Press/Mathieu Bélanger)",
			"OTTAWA — Canada will not trade away protections for its dairy sector, the federal agriculture minister said Tuesday.",
			"“Supply management is not a bargaining chip,” Agriculture Minister Geneviève Lachance-Roy told reporters."},
		want:        []stmt{reportedBy(3, "Canada will not trade away protections", "Geneviève Lachance-Roy"), quoteBy(4, "Supply management is not a bargaining chip,", "Geneviève Lachance-Roy")},
		notSpeakers: []string{"Bélanger"}}})
}

// A bare surname two people share is the one just introduced when the
// other has gone unmentioned for more than a paragraph: "Bernadette Chu,
// 67, …" then "“…,” Chu said" is she, not the councillor quoted long
// before; while both are in play, the first named keeps it.
func TestNamesSurnameOfTheOneJustIntroduced(t *testing.T) {
	run(t, []attrCase{{name: "a councillor, then a rider of the same name",
		paras: []string{"Green Line",
			"Ward 9 Coun. Evan Chu said the alternative route would add travel time.",
			"“I will not vote for that,” Chu said.",
			"Council meets again on Tuesday to consider the province's offer.",
			"The project has been delayed four times since 2015.",
			"For riders, the uncertainty is personal. Bernadette Chu, 67, who is no relation to the councillor, has taken the bus downtown for 22 years.",
			"“I was told I’d be riding the train by 2020,” Chu said."},
		want:       []stmt{quoteBy(3, "I will not vote for that,", "Evan Chu"), quoteBy(7, "I was told I’d be riding the train by 2020,", "Bernadette Chu")},
		moreQuotes: true}})
}

// "Asst. Commr." is an RCMP rank: "“…,” Asst. Commr. Dennis Ouellette, the
// commanding officer of the Nova Scotia RCMP, said" is his, not the force's.
func TestNamesRCMPRankAbbreviations(t *testing.T) {
	run(t, []attrCase{{name: "Asst. Commr.",
		paras: []string{"RCMP", "“We know that trust is not restored by a report card,” Asst. Commr. Dennis Ouellette, the commanding officer of the Nova Scotia RCMP, said in the statement."},
		want:  []stmt{quoteBy(2, "We know that trust is not restored by a report card,", "Dennis Ouellette")}}})
}

// Australian and New Zealand titles: "Cr" (a councillor) and the Māori
// "Kaumātua" (an elder) stand before a name and are no part of it.
func TestNamesCouncillorAndKaumatuaTitles(t *testing.T) {
	run(t, []attrCase{{name: "Cr Kennedy; Kaumātua Tame Rangihuna",
		paras: []string{"Housing",
			"Walgett Shire councillor Marcus Kennedy said the council had approved every application “within weeks”.",
			"“We’ve done our bit,” Cr Kennedy said.",
			"Kaumātua Tame Rangihuna, who chairs the trust, said locals had warned the council for years."},
		want: []stmt{quoteBy(2, "within weeks", "Marcus Kennedy"), reportedBy(2, "the council had approved", "Marcus Kennedy"),
			quoteBy(3, "We’ve done our bit,", "Marcus Kennedy"),
			reportedBy(4, "locals had warned the council", "Tame Rangihuna")},
		notSpeakers: []string{"Cr Kennedy", "Kaumātua"}}})
}

// "LLP" ends a firm's name, whose second word may be a given name:
// "Baker Lyle LLP said" is the firm, not "Lyle LLP", at a sentence's
// start or inside it.
func TestNamesFirmEndingInLLP(t *testing.T) {
	run(t, []attrCase{{name: "Baker Lyle LLP; the auditors, Moorcroft Lyle LLP,",
		paras: []string{"Audit",
			"Baker Lyle LLP said the council had missed its targets.",
			"The council's external auditors, Moorcroft Lyle LLP, said savings targets had been “repeatedly missed”."},
		want: []stmt{reportedBy(2, "the council had missed its targets", "Baker Lyle LLP"),
			reportedBy(3, "savings targets had been", "Moorcroft Lyle LLP"), quoteBy(3, "repeatedly missed", "Moorcroft Lyle LLP")}}})
}

// A surname that is also a title ("Cardinal") after a given name is still
// a person's: "Chief Raymond Cardinal of Sturgeon Hills Cree Nation said"
// is Cardinal, not the nation.
func TestNamesSurnameThatIsATitleBeforeOfBody(t *testing.T) {
	run(t, []attrCase{{name: "Chief Raymond Cardinal of X Cree Nation said",
		paras: []string{"Inquiry",
			"Chief Raymond Cardinal of Sturgeon Hills Cree Nation said in a statement the nation was \"devastated\" by the loss."},
		want: []stmt{reportedBy(2, "the nation was", "Raymond Cardinal"), quoteBy(2, "devastated", "Raymond Cardinal")}}})
}

// A Vietnamese or Korean name is written surname first: "Foreign Ministry
// spokeswoman Tran Minh Chau" is Tran Minh Chau, not a title before the
// given name Minh; and a verb quoted inside her "that" clause, its object
// after it ("Hanoi “resolutely opposes” China's construction and
// demanded"), is hers, not China's.
func TestNamesSurnameFirst(t *testing.T) {
	run(t, []attrCase{{name: "Tran Minh Chau",
		paras: []string{"Sea",
			"China began building on the islands in May.",
			"Foreign Ministry spokeswoman Tran Minh Chau said in a statement that Hanoi \"resolutely opposes\" China's construction on the islands and demanded that Beijing respect the convention."},
		want:  []stmt{reportedBy(3, "Hanoi", "Tran Minh Chau"), quoteBy(3, "resolutely opposes", "Tran Minh Chau")},
		named: []string{"Tran Minh Chau"}}})
}

// A given name that is also a title ("Dean") after a title and before a
// surname is the given name: "Premier Dean Castellano" is Dean Castellano,
// while "Dean Martha Ruiz" is a dean.
func TestNamesGivenNameAfterATitle(t *testing.T) {
	run(t, []attrCase{{name: "Premier Dean Castellano; Dean Martha Ruiz",
		paras: []string{"Spill",
			"Premier Dean Castellano, speaking in Bendigo, said the Liberals had changed leaders often.",
			"Dean Martha Ruiz of the law school said the ruling was fine."},
		want:  []stmt{reportedBy(2, "the Liberals had changed leaders often", "Dean Castellano"), reportedBy(3, "the ruling was fine", "Martha Ruiz")},
		named: []string{"Dean Castellano", "Martha Ruiz"}}})
}

// British titles and letters: "Lord Arrowsmith QC" is Lord Arrowsmith, and
// "the peer" later is he; "DAC Tasker" is Fiona Tasker, a police rank
// before her surname.
func TestNamesBritishTitlesAndLetters(t *testing.T) {
	run(t, []attrCase{{name: "Lord X QC, the peer, DAC X",
		paras: []string{"Inquiry",
			"Opening for the claimants, Lord Arrowsmith QC argued that notice was like firing a gun.",
			"Among the men named in the file is Lord Kelbrook, 81, a former Home Office minister.",
			"In a statement issued through his solicitors, the peer said he \"categorically denies\" any wrongdoing.",
			"Deputy Assistant Commissioner Fiona Tasker leads the inquiry.",
			"Asked whether lessons had been learned, DAC Tasker said the force had changed."},
		want: []stmt{reportedBy(2, "notice was like firing a gun", "Lord Arrowsmith"),
			reportedBy(4, "he", "Lord Kelbrook"), quoteBy(4, "categorically denies", "Lord Kelbrook"),
			reportedBy(6, "the force had changed", "Fiona Tasker")},
		notSpeakers: []string{"Arrowsmith QC", "DAC Tasker", "the peer"}}})
}

// "Director of National Intelligence Gerald Atwater": the title's whole
// portfolio stands before the name.
func TestNamesTitleOfNationalIntelligence(t *testing.T) {
	run(t, []attrCase{{name: "Director of National Intelligence X",
		paras: []string{"Hearing",
			"At a hearing Thursday, Director of National Intelligence Gerald Atwater told lawmakers that he had resigned."},
		want:  []stmt{reportedBy(2, "he had resigned", "Gerald Atwater")},
		named: []string{"Gerald Atwater"}}})
}

// An Irish surname whose capital follows a mutation's letter ("Fergal Ó
// hUiginn") is whole, and "Ó hUiginn said" later is he; "Garda" before a
// name is a police officer's rank.
func TestNamesIrishMutation(t *testing.T) {
	run(t, []attrCase{{name: "Fergal Ó hUiginn",
		paras: []string{"Tribunal",
			"The chairman, Judge Fergal Ó hUiginn, said the garda had been treated unfairly.",
			"Ó hUiginn said the report would be published, and mRNA research was not at issue.",
			"Garda Siobhán Brophy said she had kept notes, and An Garda Síochána said it accepted the findings."},
		want: []stmt{reportedBy(2, "the garda had been treated unfairly", "Fergal Ó hUiginn"),
			reportedBy(3, "the report would be published", "Fergal Ó hUiginn"),
			reportedBy(4, "she had kept notes", "Siobhán Brophy")},
		named: []string{"Fergal Ó hUiginn", "Siobhán Brophy"}}})
}

// A body's leader's title between the body's name and a given name the
// tables do not know still splits them: "Bank of Canada Governor
// Marc-André Vézina" is Marc-André Vézina, and "Vézina" later is he; "the
// Office of the Privacy Commissioner of Canada" stays a body.
func TestBodyLeaderTitleSplitsUnknownGivenName(t *testing.T) {
	run(t, []attrCase{
		{name: "governor",
			paras: []string{"G7", "Bank of Canada Governor Marc-André Vézina said central bankers had discussed the risk.", "\"When tariffs go up, prices go up,\" Vézina said."},
			want:  []stmt{reportedBy(2, "central bankers had discussed the risk", "Marc-André Vézina"), quoteBy(3, "When tariffs go up, prices go up,", "Marc-André Vézina")}},
		{name: "office of a commissioner",
			paras: []string{"Privacy", "The Office of the Privacy Commissioner of Canada confirmed Thursday that it has opened an investigation."},
			want:  []stmt{reportedBy(2, "it has opened an investigation", "Office of the Privacy Commissioner of Canada")}},
	})
}

// "MS" in capitals after a name is a Member of the Senedd's post-nominal,
// as "MSP" and "TD" are: "Lynne Caradog MS" is Lynne Caradog.
func TestSeneddPostNominal(t *testing.T) {
	run(t, []attrCase{{name: "MS",
		paras: []string{"Universities", "The Welsh government's cabinet secretary for education, Lynne Caradog MS, told the Senedd that ministers were “acutely aware” of the pressures."},
		want:  []stmt{reportedBy(2, "ministers were", "Lynne Caradog"), quoteBy(2, "acutely aware", "Lynne Caradog")}}})
}

// Irish court reports write a barrister's "BL" after the name and a
// garda's rank as "Det Gda": "Brian Mac Aodha BL" is Brian Mac Aodha, and
// "Det Gda Rafferty" the detective garda named before.
func TestIrishCourtNames(t *testing.T) {
	run(t, []attrCase{{name: "BL and Det Gda",
		paras: []string{"Builder jailed",
			"Detective Garda Eoin Rafferty told the court that Colgan traded as a builder.",
			"“None of those photographs were of his work,” Det Gda Rafferty said.",
			"His barrister, Brian Mac Aodha BL, told the court his client had been “overwhelmed”."},
		want: []stmt{reportedBy(2, "Colgan traded as a builder", "Eoin Rafferty"),
			quoteBy(3, "None of those photographs were of his work,", "Eoin Rafferty"),
			reportedBy(4, "his client had been", "Brian Mac Aodha"), quoteBy(4, "overwhelmed", "Brian Mac Aodha")}}})
}

// Some British papers print an NHS trust's name with "trust" in lower case:
// "Northgate University Hospitals NHS trust" is one name, and "the trust"
// after is that trust, not a body called "trust".
func TestNamesNHSTrustInLowerCase(t *testing.T) {
	run(t, []attrCase{{name: "X NHS trust … according to the trust",
		paras: []string{"Strike",
			"At Northgate University Hospitals NHS trust in Leeds, about 1,100 appointments had been postponed by Tuesday morning, according to the trust.",
			"Pendle Hospitals NHS foundation trust cares for 412 families. The trust said it had recruited 46 additional midwives."},
		want: []stmt{reportedBy(2, "about 1,100 appointments", "Northgate University Hospitals NHS trust"),
			reportedBy(3, "it had recruited 46 additional midwives", "Pendle Hospitals NHS foundation trust")}}})
}

// A surname that opens with a word given names share ("Des Rosiers") is
// the person named before with it in full, not a new man called Des.
func TestNamesSurnameOpeningWithAGivenName(t *testing.T) {
	run(t, []attrCase{{name: "Olivier Des Rosiers … Des Rosiers said",
		paras: []string{"Vote", "The PQ has nominated Olivier Des Rosiers in the riding.",
			"Des Rosiers said the bill did not go far enough."},
		want:     []stmt{reportedBy(3, "the bill did not go far enough", "Olivier Des Rosiers")},
		speakers: []string{"Olivier Des Rosiers"}}})
}

// Names keep all their words: a word opening the sentence that is not
// shaped as a job is no job word before the name ("Glaciologist Mira
// Tanner" is, "Northern Alberta First Nation" is not), and "Sen" between
// a given name and the surname is part of the name, not "Sen." for senator.
func TestNamesSouthAsianWholeNames(t *testing.T) {
	run(t, []attrCase{
		{name: "a given name opening the sentence",
			paras: []string{"Fire", "Nasir Hussain Baloch, deputy general secretary of the trade union federation, said the fire was “Baldia all over again”."},
			want:  []stmt{reportedBy(2, "the fire was", "Nasir Hussain Baloch"), quoteBy(2, "Baldia all over again", "Nasir Hussain Baloch")}},
		{name: "a direction opening a body's name",
			paras: []string{"Layoffs", "Northern Alberta First Nation says it was 'blindsided' by layoffs at the camp."},
			want:  []stmt{reportedBy(2, "it was 'blindsided'", "Northern Alberta First Nation"), quoteBy(2, "blindsided", "Northern Alberta First Nation")}},
		{name: "a job word still opens the sentence",
			paras: []string{"Ice", "Glaciologist Mira Tanner said the ice was thinning."},
			want:  []stmt{reportedBy(2, "the ice was thinning", "Mira Tanner")}},
		{name: "Sen inside a name",
			paras: []string{"Court", "Senior advocate Nandita Sen Chaudhuri, appearing for the Speaker, countered that the MLAs had “openly hobnobbed” with the opposition."},
			want:  []stmt{reportedBy(2, "the MLAs had", "Nandita Sen Chaudhuri"), quoteBy(2, "openly hobnobbed", "Nandita Sen Chaudhuri")}},
		{name: "an Indian district's titles",
			paras: []string{"Factory report", "The committee sent its report to District Collector T. Ravi Menon on Monday.",
				"Speaking to reporters, Mr. Menon said the report had been forwarded to the state government."},
			want: []stmt{reportedBy(3, "the report had been forwarded", "T. Ravi Menon")}},
		{name: "a Pakistani minister after his portfolio",
			paras: []string{"Fire", "Sindh Minister for Labour Imdad Hussain Soomro told Dawn the report was under review.",
				"The PTI’s counsel, Shoaib Anwar Mirza, told reporters outside the court that security was a pretext."},
			want: []stmt{reportedBy(2, "the report was under review", "Imdad Hussain Soomro"), reportedBy(3, "security was a pretext", "Shoaib Anwar Mirza")}},
	})
}

// A spouse or a child named by a given name after a possessive name takes
// that name's surname ("Mr Holroyd's widow, Janet," is Janet Holroyd),
// while the surname alone still finds the one named first; after "his" or
// "her" the given name stays as written, since the pronoun may point wrong.
func TestNamesKinTakesTheFamilyName(t *testing.T) {
	run(t, []attrCase{{name: "widow",
		paras: []string{"Inquest", "Peter Holroyd, 71, died in hospital after waiting 14 hours.",
			"In a statement read to the court, Mr Holroyd's widow, Janet, said her husband was “not a man who made a fuss”.",
			"Janet said she was angry.",
			"“I am sorry,” Holroyd's doctor told the court. Holroyd had complained of chest pain, the doctor said."},
		want: []stmt{reportedBy(3, "her husband was", "Janet Holroyd"), quoteBy(3, "not a man who made a fuss", "Janet Holroyd"),
			reportedBy(4, "she was angry", "Janet Holroyd")},
		moreQuotes: true}})
}

// Somali, Nigerian and Southern African given names open a name, so a
// known given name second in it ("Hassan", "Adam") does not cut the first
// word off; a Nigerian police rank ("SP") is a title, not a name.
func TestNamesAfricanGivenNamesAndPoliceRanks(t *testing.T) {
	run(t, []attrCase{{
		name: "three-part names and SP",
		paras: []string{
			"Council row",
			"Council leader Abdirahman Hassan Farah said the budget was unlawful.",
			"Police spokesperson SP Omolara Adeyemi said two people were arrested.",
			"The group's director, Hawa Adam Yousif, said fuel was short.",
		},
		want: []stmt{reportedBy(2, "the budget was unlawful", "Abdirahman Hassan Farah"),
			reportedBy(3, "two people were arrested", "Omolara Adeyemi"),
			reportedBy(4, "fuel was short", "Hawa Adam Yousif")},
	}})
}

// "Mac Giolla" is one particle of an Irish surname, as "Mac" is: "Mr Mac
// Giolla Phádraig" is the Ciarán Mac Giolla Phádraig named before him.
func TestNamesIrishSurnameOfThreeWords(t *testing.T) {
	run(t, []attrCase{{
		name: "Mr Mac Giolla Phádraig",
		paras: []string{
			"Fire",
			"The fire broke out at the office of Fine Gael TD Ciarán Mac Giolla Phádraig on Friday.",
			"Mr Mac Giolla Phádraig said he was “shaken”.",
		},
		want:     []stmt{quoteBy(3, "shaken", "Ciarán Mac Giolla Phádraig")},
		speakers: []string{"Ciarán Mac Giolla Phádraig"},
	}})
}

// Pakistani and Bangladeshi names keep their every word: a first word the
// name tables did not know ("Ghulam", "Rezaul") and a prefix printed as
// part of the name ("Syed", "Mian", "Md") no longer fall away before a
// known given name.
func TestNamesSouthAsianPrefixesAndFirstWords(t *testing.T) {
	run(t, []attrCase{{
		name: "Syed, Mian, Md, Ghulam",
		paras: []string{
			"Budget row",
			"Syed Sarfaraz Ali Rizvi said the budget was fair.",
			"Mian Khurram Nawaz Wattoo said the price was low.",
			"Md Rezaul Karim Talukder said the protest was over.",
			"Ghulam Abbas Noon said the court had erred.",
		},
		want: []stmt{reportedBy(2, "the budget was fair", "Syed Sarfaraz Ali Rizvi"),
			reportedBy(3, "the price was low", "Mian Khurram Nawaz Wattoo"),
			reportedBy(4, "the protest was over", "Md Rezaul Karim Talukder"),
			reportedBy(5, "the court had erred", "Ghulam Abbas Noon")},
	}})
}

// "Justice of Appeal Kessoon": the title ends in "Appeal", the name is
// the surname after it, the judge named in full before.
func TestNamesTitleOfAppealBeforeASurname(t *testing.T) {
	run(t, []attrCase{{
		name: "Justice of Appeal",
		paras: []string{
			"Appeal court splits",
			"The panel of Justices of Appeal Avinash Ragbir, Monica Des Vignes-Sealy and Owen Tull sat on Monday.",
			"Justice of Appeal Ragbir said the levy was “a matter for Parliament”.",
		},
		want:        []stmt{quoteBy(3, "a matter for Parliament", "Avinash Ragbir")},
		notSpeakers: []string{"Appeal Ragbir"},
	}})
}

// A surname that opens with a word that is also a given name ("Des") is
// the person named in full before, whatever title stands before it.
func TestNamesParticleSurnameAfterATitle(t *testing.T) {
	run(t, []attrCase{{
		name: "Justice of Appeal Des Vignes-Sealy",
		paras: []string{
			"Appeal court splits",
			"The panel of Justices of Appeal Avinash Ragbir, Monica Des Vignes-Sealy and Owen Tull sat on Monday.",
			"In her dissent, Justice of Appeal Des Vignes-Sealy said the levy was “clear and enforceable”.",
		},
		want: []stmt{quoteBy(3, "clear and enforceable", "Monica Des Vignes-Sealy")},
	}})
}

// Welsh, Malay and more Indian given names open their names: "Catrin Wyn
// Lewis", "Hanis Suraya Ahmad Tajuddin" and "Surendra Mohan Bhatnagar"
// keep every word.
func TestNamesWelshAndMalayGivenNames(t *testing.T) {
	run(t, []attrCase{{
		name: "Catrin Wyn Lewis, Hanis Suraya Ahmad Tajuddin",
		paras: []string{
			"School review",
			"Catrin Wyn Lewis said the school would stay open.",
			"Hanis Suraya Ahmad Tajuddin said the bill was ready.",
			"Dr Surendra Mohan Bhatnagar said the House was too large.",
		},
		want: []stmt{reportedBy(2, "the school would stay open", "Catrin Wyn Lewis"),
			reportedBy(3, "the bill was ready", "Hanis Suraya Ahmad Tajuddin"),
			reportedBy(4, "the House was too large", "Surendra Mohan Bhatnagar")},
	}})
}

// A pastor's title and a South African MEC's are titles, not names.
func TestNamesPastorAndMECAreTitles(t *testing.T) {
	run(t, []attrCase{{
		name: "Pastor, MEC",
		paras: []string{
			"Clinic reopens",
			"Pastor Mlungisi Zulu said the church would help.",
			"North West cooperative governance MEC Dineo Seepamore said the clinic would reopen.",
		},
		want: []stmt{reportedBy(2, "the church would help", "Mlungisi Zulu"),
			reportedBy(3, "the clinic would reopen", "Dineo Seepamore")},
	}})
}
