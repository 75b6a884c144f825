package attribution_test

// Roles: a role beside a name ("the mayor, Ines Dorn", "X's lawyer, Y",
// "a spokeswoman for the agency, Z") makes the name the speaker, and the
// role is shown beside it, never as a speaker of its own.

import (
	"slices"
	"strings"
	"testing"
	"whosaid/model"
)

// A role in apposition to a name, before or after the cue: the name
// speaks. A failure gives the words to the role, to the person whose
// lawyer or spokesman it is, or to no one.
// "the senator" in a sentence about someone who holds no role yet is that
// person, not a senator the article named paragraphs back; and "To stop
// X, the party is working …" gives X no role.
func TestRolesNounForTheSentencesOwnSubject(t *testing.T) {
	a := article(t,
		"To stop Per Dahl, the party is working to paint the Telemark senator as a careerist.",
		"Recall Sen. Ola Moe damaging his name in 2000.",
		"Kari Lie attacked Dahl in an interview.",
		"Dahl defends his record in an advertisement on local TV: “Safe borders are a matter of security,” the senator says to the camera.",
	)
	checkStmt(t, a, quoteBy(4, "Safe borders are a matter of security,", "Per Dahl"))
}

// A role noun that opens a sentence is not the person that same clause
// goes on to name: "The attorney general of the state of Telemark is suing
// Dahl, claiming …" is someone unnamed, not Dahl, though Dahl is the
// article's subject and holds no role.
func TestRolesNounNotTheClausesObject(t *testing.T) {
	run(t, []attrCase{{name: "The attorney general of … is suing X, claiming",
		paras: []string{
			"Did Per Dahl cheat his students?",
			"Per Dahl has been party to 3,500 lawsuits in 30 years. Lawsuits are one of his main tools. The attorney general of the state of Telemark is suing Dahl for $40 million, claiming Dahl Academy is a fraud.",
		},
		want: []stmt{reportedBy(2, "Dahl Academy is a fraud", "~the attorney general")}}})
}

// "the justice" points back to the justice the article named, as "the
// judge" does.
func TestRolesJusticeIsARole(t *testing.T) {
	run(t, []attrCase{{name: "the justice sounded off, saying",
		paras: []string{"Court",
			"Ruth Ana Holm apologized on Thursday. In three interviews, the justice sounded off on Ola Berg, saying she did not \"want to contemplate\" his effect on the court."},
		want: []stmt{reportedBy(2, "sounded off on Ola Berg", "Ruth Ana Holm"), quoteBy(2, "want to contemplate", "Ruth Ana Holm")}}})
}

// "the organizer of a rally" is someone new, not the last person named.
func TestRolesNounOfAnIndefiniteIsSomeoneNew(t *testing.T) {
	run(t, []attrCase{{name: "Even the organizer of a pro-Berg rally said",
		paras: []string{"Protests",
			"Tomas Burke, the city's lawyer, defended the rules. Even the organizer of a pro-Berg rally said the rules increased the chance of violence."},
		want: []stmt{reportedBy(2, "increased the chance of violence", "~the organizer")}}})
}

func TestRolesInApposition(t *testing.T) {
	run(t, []attrCase{
		{name: "the role, then the name",
			paras: []string{"The mayor, Ines Dorn, said: “We will rebuild.”"},
			want:  []stmt{quoteBy(1, "We will rebuild.", "Ines Dorn")}},
		{name: "said a lower-case role, then the name",
			paras: []string{"“He has made his choice,” said opposition leader Maja Strand."},
			want:  []stmt{quoteBy(1, "He has made his choice,", "Maja Strand")}},
		{name: "asked the role, name",
			paras: []string{"“Where were you at midnight?” asked the prosecutor, Carl Dahlgren."},
			want:  []stmt{quoteBy(1, "Where were you at midnight?", "Carl Dahlgren")}},
		{name: "said her husband, name",
			paras: []string{"“I was there,” said Ida Moen.", "“She was at home,” said her husband, Lars Moen."},
			want: []stmt{
				quoteBy(1, "I was there,", "Ida Moen"),
				quoteBy(2, "She was at home,", "Lars Moen"),
			}},
		{name: "the Speaker, name, is one person",
			paras: []string{
				"The Speaker, Halla Berg, read out the result. “The motion is carried,” she told the chamber.",
			},
			want:        []stmt{quoteBy(1, "The motion is carried,", "Halla Berg")},
			notSpeakers: []string{"Speaker"}},
		{name: "the role, a lower-case descriptor, then the name",
			paras: []string{
				"The mediator, retired judge Olafur Brekkan, said he would meet the two sides on Tuesday.",
			},
			want: []stmt{reportedBy(1, "he would meet the two sides", "Olafur Brekkan")}},
		{name: "another of them, a two-word descriptor, then the name",
			paras: []string{
				"Cuts hit camp",
				"The contractor cut 300 jobs on Monday.",
				"Another worker, camp cook Desirae Loonskin, posted on Facebook that she learned she had lost her job at home.",
				"A second New Democrat, Surrey MLA Gurpreet Bains, said he had concerns about the bill.",
				"The moderator, longtime broadcaster Lorne Schmidt, twice asked the audience to hold its applause.",
				"But the party's candidate, Goderich lawyer Marla Vandersteen, said she was taking nothing for granted.",
				"Her colleague, English teacher Tobias Mensah, said the strike felt different.",
				"The first witness, Montreal police Det.-Sgt. Marc-André Poitras, testified that the accused had lied.",
				"The Democratic candidates, Ana Ruiz and Senator Ben Ode, said the plan was dead.",
				"Wilson Chow, a longtime friend of Leung's who helped organize the vigil, said Ottawa had been too polite.",
				"Saul Anuzis, a top adviser to Ted Cruz’s former campaign, said the party was split.",
				"A lawyer acting for him, Ingrid Salvesen, said her client accepts he made errors.",
				"“He has co-operated fully,” Ms Salvesen said.",
				"Senator Jo Ellen Marbury of Utah said she could no longer support him.",
				"The council’s likely swing vote, Ward 6 Councilman Raúl Espinoza-Hart, said he was still listening.",
				"Staff Sgt. Devon Okafor of the RCMP's federal policing unit in Ottawa said the sentence was fair.",
				"Last year procurement ombud Farah Lindgren found the agency had tailored its bid requirements.",
				"Her friend Jaskaran Gill, 15, was less enthusiastic. “I just check it in the bathroom,” he said.",
				"Chief Actuary Geneviève Lambrecht told reporters the plan was sustainable.",
				"4:21 p.m. — Alberta's minister of public safety and emergency services, Darnell Whitford-Oche, has just left the stage. He told the crowd the province had spent $180 million.",
			},
			want: []stmt{reportedBy(3, "she learned she had lost", "Desirae Loonskin"),
				reportedBy(4, "he had concerns", "Gurpreet Bains"),
				reportedBy(5, "the audience to hold", "Lorne Schmidt"),
				reportedBy(6, "she was taking nothing for granted", "Marla Vandersteen"),
				reportedBy(7, "the strike felt different", "Tobias Mensah"),
				reportedBy(8, "the accused had lied", "Marc-André Poitras"),
				reportedBy(9, "the plan was dead", "!Ben Ode"),
				reportedBy(10, "Ottawa had been too polite", "Wilson Chow"),
				reportedBy(11, "the party was split", "Saul Anuzis"),
				reportedBy(12, "her client accepts", "Ingrid Salvesen"),
				quoteBy(13, "He has co-operated fully,", "Ingrid Salvesen"),
				reportedBy(14, "she could no longer support him", "Jo Ellen Marbury"),
				reportedBy(15, "he was still listening", "Raúl Espinoza-Hart"),
				reportedBy(16, "the sentence was fair", "Devon Okafor"),
				reportedBy(17, "the agency had tailored", "Farah Lindgren"),
				quoteBy(18, "I just check it in the bathroom,", "Jaskaran Gill"),
				reportedBy(19, "the plan was sustainable", "Geneviève Lambrecht"),
				reportedBy(20, "the province had spent", "Darnell Whitford-Oche")}},
		{name: "a group led by someone named in an aside is the group",
			paras: []string{
				"Elders oppose mine",
				"But a group of elders led by his aunt, senior law woman Dorothy Lockyer, say the company did not consult them.",
			},
			want: []stmt{reportedBy(2, "the company did not consult", "A group of elders")}},
	})
}

// "X's lawyer, Y", "his predecessor, Y", "a spokesman for X, Y": Y
// speaks, not X.
func TestRolesPossessive(t *testing.T) {
	run(t, []attrCase{
		{name: "someone's lawyer, named",
			paras:    []string{"Ivo Petrak’s lawyer, Hana Novak, said: “My client is innocent.”"},
			want:     []stmt{quoteBy(1, "My client is innocent.", "Hana Novak")},
			speakers: []string{"Hana Novak"}},
		{name: "X’s lawyer is not X",
			paras: []string{
				"Kojo Mensah denies the charges.",
				"“The charges are absurd,” said Kojo Mensah’s lawyer, Ama Owusu.",
				"Efua Boateng is also charged.",
				"Efua Boateng’s lawyer said the case was “thin.”",
			},
			want: []stmt{
				quoteBy(2, "The charges are absurd,", "Ama Owusu"),
				quoteBy(4, "thin.", "!Ama Owusu|Efua Boateng"),
			}},
		{name: "possessive role, the name as the subject",
			paras: []string{
				"His predecessor, Lars Holt, said on Monday that the government had been “naive” about the talks.",
				"The Weather Office said 300 millimetres of rain had fallen. Its chief forecaster, Dr. Sara Lunde, warned that more rain was expected on Tuesday.",
			},
			want: []stmt{
				quoteBy(1, "naive", "Lars Holt"),
				reportedBy(1, "the government had been", "Lars Holt"),
				reportedBy(2, "more rain was expected on Tuesday", "Sara Lunde"),
			}},
		{name: "possessive role of several words",
			paras: []string{
				"Norway's foreign minister, Espen Dahl, said the talks had failed.",
				"Acme's chief executive, Dana Morrow, wrote that the company \"will keep fighting.\"",
			},
			want: []stmt{
				reportedBy(1, "the talks had failed", "Espen Dahl"),
				quoteBy(2, "will keep fighting.", "Dana Morrow"),
			}},
		{name: "a spokesman for a hyphenated name, then his name",
			paras: []string{
				"Ingrid Solberg-Tveit is the foreign minister.",
				"A spokesman for Solberg-Tveit, Einar Moe, said the minister had “noted the statement” and would respond next week.",
			},
			want: []stmt{
				quoteBy(2, "noted the statement", "Einar Moe"),
				reportedBy(2, "would respond next week", "Einar Moe"),
			}},
	})
}

// A role in a body ("the agency's director", "a police spokesman",
// "the UN envoy") followed by a name: the person speaks, not the body.
func TestRolesInABody(t *testing.T) {
	run(t, []attrCase{
		{name: "role of a body, then the name, in an inverted cue",
			paras: []string{
				"Police said the crowd had been peaceful.",
				"“It is calm,” a police spokesman, Inspector Omar Faye, told the agency.",
				"The Coastal Rescue Agency said 12 people were missing.",
				"“We are still searching,” the agency’s director, Tomas Ruud, told reporters. “We will not stop.”",
			},
			want: []stmt{
				quoteBy(2, "It is calm,", "Omar Faye"),
				quoteBy(4, "We are still searching,", "Tomas Ruud"),
				quoteBy(4, "We will not stop.", "Tomas Ruud"),
			}},
		{name: "a spokeswoman for a named body, then her name",
			paras: []string{
				"A spokeswoman for the National Disaster Agency, Teresita Villanueva, said the death toll was \"very likely to rise\" as rescuers arrived.",
			},
			want: []stmt{
				quoteBy(1, "very likely to rise", "Teresita Villanueva"),
				reportedBy(1, "the death toll was", "Teresita Villanueva"),
			}},
		{name: "the UN envoy, name",
			paras: []string{
				"The UN envoy, Aleksander Brandt, said the ceasefire was holding.",
				"The U.N. envoy, Aleksander Brandt, said the ceasefire was fragile.",
			},
			want: []stmt{
				reportedBy(1, "the ceasefire was holding", "Aleksander Brandt"),
				reportedBy(2, "the ceasefire was fragile", "Aleksander Brandt"),
			},
			notSpeakers: []string{"UN", "U.N."}},
		{name: "the United Nations envoy, name",
			paras: []string{`The United Nations envoy, Ingrid Haaland, said the attack was "unconscionable."`},
			want:  []stmt{quoteBy(1, "unconscionable.", "Ingrid Haaland")}},
		{name: "the Red Cross spokeswoman, name",
			paras: []string{`The Red Cross spokeswoman, Ingrid Haaland, said the road was "impassable."`},
			want:  []stmt{quoteBy(1, "impassable.", "Ingrid Haaland")}},
		{name: "a long body role, name, and a participle cue",
			paras: []string{`The United Nations humanitarian coordinator for Tessaly, Ingrid Haaland, condemned the attack, calling it "unconscionable."`},
			want:  []stmt{quoteBy(1, "unconscionable.", "Ingrid Haaland")}},
		{name: "a name of a police force",
			paras: []string{`Imran Qureshi of Thames Valley Police said the case was "awful".`},
			want:  []stmt{quoteBy(1, "awful", "Imran Qureshi")}},
		{name: "a rank, a name of a police force, and where",
			paras: []string{`Detective Sergeant Imran Qureshi of Devon and Cornwall Police said outside court that the case had "shaken a quiet community".`},
			want:  []stmt{quoteBy(1, "shaken a quiet community", "Imran Qureshi")}},
	})
}

// The side panel's roles and aliases hold the article's words for the
// person, not a conjunction, a verb, or a common word of a company name.
func TestRolesInTheSidePanel(t *testing.T) {
	run(t, []attrCase{
		{name: "no But, will, Air or Press",
			paras: []string{
				`Rain fell all day. But Vale manager Ines Reis made a change. "We were scared," Reis said.`,
				`Hirose's chief executive, Kenji Morisaki, will become chairman. "It is a good deal," Morisaki said.`,
				`Brightwing Air said flights were delayed. "We regret it," Greystone Press said.`,
			},
			want: []stmt{
				quoteBy(1, "We were scared,", "Ines Reis"),
				quoteBy(2, "It is a good deal,", "Kenji Morisaki"),
				quoteBy(3, "We regret it,", "Greystone Press"),
			},
			notInRoles: []string{"But", "will"},
			noAliases:  []string{"Air", "Press"}},
	})
}

// A source the article describes but does not name ("a diplomat", "one
// resident") is a speaker of its own, never the last person named.
func TestRolesUnnamedSources(t *testing.T) {
	run(t, []attrCase{
		{name: "said an unnamed diplomat",
			paras: []string{
				"Downing Street said the delay was “regrettable but temporary.”",
				"“We will not sign something that doubles our fuel bills,” said a diplomat from one of the objecting states, who asked not to be named.",
			},
			want: []stmt{
				quoteBy(1, "regrettable but temporary.", "Downing Street"),
				quoteBy(2, "We will not sign something that doubles our fuel bills,", "a diplomat"),
			}},
		{name: "an unnamed source is a speaker of its own, not the last one named",
			paras:    []string{"“We are safe,” said Ana Ruiz.", "“It’s a disaster,” said one resident, who asked not to be named."},
			want:     []stmt{quoteBy(1, "We are safe,", "Ana Ruiz"), quoteBy(2, "It’s a disaster,", "one resident")},
			speakers: []string{"Ana Ruiz", "one resident"}},
	})
}

// An unnamed spokesperson in the lede is never named by the next
// paragraph's subject: "A council spokesperson said …" then "Local
// shopkeeper Mary Evans said …" are two speakers.
func TestRolesSpokespersonInTheLedeStaysUnnamed(t *testing.T) {
	a := article(t, "The road was closed for three weeks.", "A council spokesperson said the road would reopen on Friday.", "Local shopkeeper Mary Evans said trade had suffered.")
	checkStmt(t, a, reportedBy(2, "the road would reopen on Friday", "A council spokesperson"))
}

// An office's spokesperson keeps the whole office in the name the panel
// shows: "The prime minister’s official spokesperson", not "minister’s
// official spokesperson".
func TestRolesSpokespersonOfALowerCaseOffice(t *testing.T) {
	a := article(t, "Welfare", "Prime Minister Helen Marchbank faces a revolt.", "Downing Street insisted the vote would go ahead. The prime minister’s official spokesperson said the reforms were essential.")
	checkStmt(t, a, reportedBy(3, "the reforms were essential", "The prime minister’s official spokesperson"))
	b := article(t, "Welfare", "The prime minister’s official spokesperson said the reforms were essential.") // in the lede, no one named yet: still the spokesperson
	checkStmt(t, b, reportedBy(2, "the reforms were essential", "The prime minister’s official spokesperson"))
}

// "One TD, who asked not to be named, said:" is someone unnamed, and
// asking not to be named is no statement of theirs (Irish copy); so is
// "One Labour MP from the 2024 intake, who …, said", not the last person
// named.
func TestRolesUnnamedLegislatorWithAPhrase(t *testing.T) {
	a := article(t, "Mood", "Kamala Desai warned that the figures were an underestimate.",
		"One Labour MP from the 2024 intake, who asked not to be named, said the mood in the party was grim.")
	checkStmt(t, a, reportedBy(3, "the mood in the party was grim", "One Labour MP"))
}

// A trade is a role: "One longshore foreman in Vancouver, who spoke on
// condition of anonymity, said" is that foreman, not Vancouver; the union
// that "has asked members not to talk to reporters", in the clause saying
// why he is unnamed, says nothing here, nor "because she said she feared
// harassment".
func TestRolesUnnamedTradesperson(t *testing.T) {
	a := article(t, "Lockout", "Terminal operators locked out 1,100 foremen at the Vancouver Fraser Port.",
		"One longshore foreman in Vancouver, who spoke on condition of anonymity, said many of his colleagues had expected a lockout.")
	checkStmt(t, a, reportedBy(3, "many of his colleagues had expected a lockout", "One longshore foreman"))
	b := article(t, "Lockout", "Terminal operators locked out 1,100 foremen at the Vancouver Fraser Port.",
		"One longshore foreman in Vancouver, who spoke on condition of anonymity because the union has asked members not to talk to reporters, said many of his colleagues had expected a lockout.")
	checkStmt(t, b, reportedBy(3, "many of his colleagues had expected a lockout", "One longshore foreman"))
	for _, st := range b.Statements {
		if st.Speaker != "One longshore foreman" {
			t.Errorf("statement %q by %q: why the source is unnamed is no one's statement", st.Text, st.Speaker)
		}
	}
	c := article(t, "Accusers", "Lorena Vasquez-Pratt, a lawyer, represents the second woman.",
		"The third woman, who spoke to the AP on condition of anonymity because she said she feared harassment from his supporters, said he pressed himself against her at a gala.")
	checkStmt(t, c, reportedBy(3, "he pressed himself against her", "The third woman"))
	for _, st := range c.Statements {
		if st.Speaker != "The third woman" {
			t.Errorf("statement %q by %q: “because she said she feared harassment” says why she is unnamed", st.Text, st.Speaker)
		}
	}
}

func TestRolesUnnamedLegislator(t *testing.T) {
	a := article(t, "Mood", "Several TDs privately said they were uneasy. One TD, who asked not to be named, said: “The mood is grim.”")
	checkStmt(t, a, quoteBy(2, "The mood is grim.", "One TD"))
	for _, st := range a.Statements {
		if strings.Contains(st.Text, "not to be named") {
			t.Errorf("¶%d %q is a statement (cue %q): asking not to be named says nothing", st.Paragraph, st.Text, st.Cue)
		}
	}
}

// Speakers real news names by a phrase: a joint statement goes under the
// first named with the other as a rival, a campaign speaks as a body, and a
// person's spokesman ("Cameron’s spokesman", "a spokeswoman for Ms
// Sharma", "a spokesperson for the office of Minister Owen Tai", "a
// spokesperson for federal Labour Minister X", "a spokesperson for the
// minister") is an unnamed source, not the person.
func TestRolesPhraseSpeakers(t *testing.T) {
	a := article(t,
		"Marco Rubio and Ted Cruz met on Sunday.",
		"Later, Rubio and Senator Ted Cruz urged the party to unite.",
		"Clinton’s campaign said she would not be bullied.",
		"The talks ran late.",
		"Cameron’s spokesman said the prime minister stood by his comments.",
		"A spokeswoman for Ms Sharma said the minister looked forward to talks.",
		"“We are ready,” said a spokesperson for Anika Sharma.",
		"A spokesperson for the office of Health Minister Owen Tai said the minister spoke with the chief.",
		"A spokesperson for federal Labour Minister Anjali Ramkissoon said the minister was monitoring the strike.",
		"Later, a spokesperson for the minister said in an email that all options remained on the table.",
	)
	checkStmt(t, a, reportedBy(3, "she would not be bullied", "Clinton’s campaign"))
	checkStmt(t, a, reportedBy(5, "the prime minister stood by his comments", "Cameron’s spokesman"))
	checkStmt(t, a, reportedBy(6, "the minister looked forward to talks", "A spokeswoman for Ms Sharma"))
	checkStmt(t, a, quoteBy(7, "We are ready,", "a spokesperson for Anika Sharma"))
	checkStmt(t, a, reportedBy(8, "the minister spoke with the chief", "A spokesperson for the office of Health Minister Owen Tai"))
	checkStmt(t, a, reportedBy(9, "the minister was monitoring the strike", "A spokesperson for federal Labour Minister Anjali Ramkissoon"))
	checkStmt(t, a, reportedBy(10, "all options remained on the table", "a spokesperson for Anjali Ramkissoon"))
	joint := mustFind(t, a, reportedBy(2, "urged the party to unite", ""))
	if joint.Speaker != "Marco Rubio" || joint.Why == nil || len(joint.Why.Rivals) != 1 || joint.Why.Rivals[0] != "Ted Cruz" || joint.Confidence != model.Low {
		t.Errorf("joint statement: speaker %q why %+v confidence %q; want Marco Rubio with Ted Cruz as rival, low", joint.Speaker, joint.Why, joint.Confidence)
	}
	for _, sp := range a.Speakers {
		if sp.Name == "Clinton’s campaign" && sp.Kind != "body" || sp.Name == "Cameron’s spokesman" && sp.Kind != "unnamed" {
			t.Errorf("%s is a %s", sp.Name, sp.Kind)
		}
	}
}

// A poll, survey or report that the text makes the subject of a cue speaks
// as a document, neither a person nor no one.
func TestRolesDocumentsSpeak(t *testing.T) {
	a := article(t, "The council met.", "The survey asks whether any resident has “difficulty remembering.”")
	if len(a.Speakers) != 1 || a.Speakers[0].Name != "The survey" || a.Speakers[0].Kind != model.SpeakerDocument {
		t.Errorf("speakers %s; want The survey, a document", dump(a))
	}
}

// Unnamed sources whose phrase runs on before the cue, and users and
// children who speak without a name.
func TestRolesUnnamedPhrases(t *testing.T) {
	run(t, []attrCase{
		{name: "a source familiar with",
			paras: []string{"The race went on.", "Another source familiar with Cruz’s thinking said, “He will run again.”"},
			want:  []stmt{quoteBy(2, "He will run again.", "Another source")}},
		{name: "one user",
			paras: []string{"The race went on.", "“It is great fun,” one user wrote."},
			want:  []stmt{quoteBy(2, "It is great fun,", "one user")}},
	})
}

// "His campaign said" is the campaign of the person "his" points to.
func TestRolesHisCampaign(t *testing.T) {
	a := article(t, "Bernie Sanders spoke in Iowa on Monday.", "His campaign said it raised more than $20 million in January.")
	s := mustFind(t, a, reportedBy(2, "it raised more than", ""))
	if s.Speaker != "Bernie Sanders’s campaign" {
		t.Errorf("speaker %q, want Bernie Sanders’s campaign\n%s", s.Speaker, dump(a))
	}
}

// "The judge" is the one the article titled Justice, and never a person it
// knows only as someone's relative or by an everyday job ("a wheat
// farmer" is not "the minister"): with no one else, an unnamed one.
func TestRolesJudgeIsTheJusticeNotTheRelative(t *testing.T) {
	run(t, []attrCase{
		{name: "Justice Sadie Bond, then the judge",
			paras: []string{"Sentenced", "Court of King’s Bench Justice Sadie Bond called the killing “senseless.”",
				"In a victim impact statement, the man’s sister, Carla Moore, said she still has nightmares.",
				"The judge said the accused showed no insight into his actions."},
			want: []stmt{quoteBy(2, "senseless.", "Sadie Bond"), reportedBy(4, "the accused showed no insight", "Sadie Bond")}},
		{name: "no judge named",
			paras: []string{"Sentenced", "A Winnipeg man who killed his neighbour was sentenced to life in prison Tuesday.",
				"In a victim impact statement, the man’s sister, Carla Moore, said she still has nightmares.",
				"The judge said the accused showed no insight into his actions.", "The coach said the team would bounce back."},
			want: []stmt{reportedBy(4, "the accused showed no insight", "!Carla Moore|A Winnipeg man"),
				reportedBy(5, "the team would bounce back", "!Carla Moore|A Winnipeg man")}},
		{name: "a farmer is not the minister",
			paras: []string{"Drought", "John Smith, a wheat farmer, spoke on Monday.", "The minister said help is on the way.",
				"“It will come soon,” the farmer said."},
			want: []stmt{reportedBy(3, "help is on the way", "!John Smith"), quoteBy(4, "It will come soon,", "John Smith")}},
	})
}

// An office speaks for the one whose office it is: "His office said" for
// the person "his" points to, and "the office" later for the owner of the
// office that last spoke, not a body called "office".
func TestRolesOfficeSpeaksForItsHolder(t *testing.T) {
	run(t, []attrCase{{name: "his office, then the office",
		paras: []string{"Report", "The parliamentary budget officer, Yves Giroux, has said most households would be worse off.",
			"Giroux’s office later clarified that its report contained an error.",
			"“We regret the error,” the office said in a statement.", "His office said the report would be corrected."},
		want: []stmt{
			reportedBy(3, "its report contained an error", "Yves Giroux"),
			quoteBy(4, "We regret the error,", "Yves Giroux"),
			reportedBy(5, "the report would be corrected", "Yves Giroux"),
		},
		notSpeakers: []string{"office", "his office"}}})
}

// "The billionaire", "the front-runner", "the nominee" point back to the
// person the article is about, as "the senator" does.
func TestRolesNewsPersonNouns(t *testing.T) {
	run(t, []attrCase{{
		name: "billionaire, front-runner, nominee",
		paras: []string{"Harbour race", "Tomas Berg spoke in Tolland.",
			"The harbour front-runner said he was rich. The billionaire said he was fine. The presumptive nominee said it was over."},
		want: []stmt{
			reportedBy(3, "he was rich", "Tomas Berg"),
			reportedBy(3, "he was fine", "Tomas Berg"),
			reportedBy(3, "it was over", "Tomas Berg"),
		},
	}})
}

// A role with a state before it means the person named with that state,
// whoever was named last: "the Vermont senator" after "Sen. X (I-Vt.)".
func TestRolesWithAState(t *testing.T) {
	run(t, []attrCase{{
		name: "party tag, state before a title, state after of",
		paras: []string{"Senate vote",
			"Sen. Ruth Amadi (D-Ore.) and Sen. Colm Baird (R-Tex.) met on Monday, and Gov. Ines Varga of Ohio joined them with Florida Sen. Jon Pike and Sen. Per Lund (D-N.J.).",
			"The Oregon senator said the bill would fail. The Texas senator said it would pass. The Ohio governor said the vote was close. The Florida senator said nothing would change.",
			"The New Jersey senator said the vote was late."},
		want: []stmt{
			reportedBy(3, "the bill would fail", "Ruth Amadi"),
			reportedBy(3, "it would pass", "Colm Baird"),
			reportedBy(3, "the vote was close", "Ines Varga"),
			reportedBy(3, "nothing would change", "Jon Pike"),
			reportedBy(4, "the vote was late", "Per Lund"),
		},
	}})
}

// An ordinal before a role is someone new: "the second official" is not
// the official named before.
func TestRolesOrdinalIsSomeoneNew(t *testing.T) {
	run(t, []attrCase{{
		name: "the second official",
		paras: []string{"Harbour vote", "Harbour official Tomas Berg said the vote was close.",
			"“What he is saying is that the count was reached,” said the second official."},
		want:  []stmt{quoteBy(3, "What he is saying is that the count was reached,", "the second official")},
		kinds: map[string]model.SpeakerKind{"the second official": model.SpeakerUnnamed},
	}})
}

// A role with an aside before its cue points back as it does without one:
// "The 44-year-old epidemiologist, who began the project …, said".
func TestRolesWithAsideBeforeCue(t *testing.T) {
	run(t, []attrCase{{
		name: "an age and a who-clause",
		paras: []string{"Walking study", "‘This is not about marathons,’ said Dr Sunniva Berg, 44, the study’s lead author.",
			"The 44-year-old epidemiologist, who began the project as a postdoctoral researcher, said the team had been surprised."},
		want:       []stmt{reportedBy(3, "the team had been surprised", "Sunniva Berg")},
		moreQuotes: true,
	}})
}

// A role brought in with "a" or "an" and never named is the one "the"
// points back to, not the last person named.
func TestRolesIntroducedUnnamedPointsBack(t *testing.T) {
	run(t, []attrCase{
		{name: "greeted by an organizer … the organizer told them",
			paras: []string{"Tom Ebeling and his wife were greeted by an organizer at a field office.",
				"“You are going to be the most effective messengers,” the organizer told them."},
			want: []stmt{quoteBy(2, "You are going to be the most effective messengers,", "the organizer")}},
		{name: "worked as a nurse … the nurse said",
			paras: []string{"Ana Ruiz has worked as a nurse at the hospital for 20 years.",
				"“We are exhausted,” the nurse said."},
			want: []stmt{quoteBy(2, "We are exhausted,", "Ana Ruiz")}},
	})
}

// A role that names a party points back to someone of that party: "the
// Democratic nominee" after the Republican nominee was named is the
// Democrat named before him.
func TestRolesPartyPointsBack(t *testing.T) {
	run(t, []attrCase{
		{name: "the Democratic nominee, the Republican nominee",
			paras: []string{"Democratic presidential candidate Ana Ruiz spoke in Hamar on Thursday.",
				"Republican nominee Harlan Moss said she was unqualified.",
				"“A man you can bait with a tweet is not a man we can trust,” said the Democratic nominee.",
				"“She is a disaster,” the Republican nominee said."},
			want: []stmt{quoteBy(3, "A man you can bait with a tweet is not a man we can trust,", "Ana Ruiz"),
				quoteBy(4, "She is a disaster,", "Harlan Moss")}},
	})
}

// A capitalised title with no name in it ("the Prime Minister", "The
// Opposition Leader") is no person of that name: before an appositive it
// is the named person's role, and later it points back to the one who
// holds it, or to someone unnamed when another title-holder is the only
// one about.
func TestRolesCapitalisedTitleIsNoName(t *testing.T) {
	run(t, []attrCase{
		{name: "The Prime Minister, X, said … the Prime Minister said",
			paras: []string{"PM vows to fight on",
				"The Prime Minister, Scott Morrison, said on Tuesday the government would not back down.",
				"The Opposition Leader, Anthony Albanese, said the government had lost its way.",
				"“We will not be bullied,” the Prime Minister said."},
			want: []stmt{reportedBy(2, "the government would not back down", "Scott Morrison"),
				reportedBy(3, "the government had lost its way", "Anthony Albanese"),
				quoteBy(4, "We will not be bullied,", "Scott Morrison")},
			notSpeakers: []string{"Prime Minister", "Opposition Leader"}},
		{name: "the Foreign Secretary is not the Prime Minister named before",
			paras: []string{"Talks", "Prime Minister Justin Trudeau said Canada would act.", "The Foreign Secretary said talks would go on."},
			want: []stmt{reportedBy(2, "Canada would act", "Justin Trudeau"),
				reportedBy(3, "talks would go on", "The Foreign Secretary")}},
		{name: "The Taoiseach in the lede, named in the next paragraph",
			paras: []string{"Election", "The Taoiseach has said the Government will not be bounced into an early election.",
				"Speaking in Dublin on Monday, Pádraig Ó Murchú said the coalition had a clear plan.",
				"Labour leader Declan Rafferty said the Government was out of ideas.",
				"Housing was raised.", "The Taoiseach later told reporters that he had every confidence in the minister."},
			want: []stmt{reportedBy(2, "the Government will not be bounced", "Pádraig Ó Murchú"),
				reportedBy(6, "he had every confidence in the minister", "Pádraig Ó Murchú")},
			speakers: []string{"Pádraig Ó Murchú", "Declan Rafferty"}},
		{name: "a title named only inside a quotation",
			paras: []string{"Health", "Minister for Health M. Senthilvel said on Monday the centres would open.",
				"“Chief Minister K. Arulmozhi has directed us to act,” he said.",
				"The Chief Minister, in a statement, said the scheme would be named after the late leader."},
			want: []stmt{quoteBy(3, "Chief Minister K. Arulmozhi has directed us to act,", "M. Senthilvel"),
				reportedBy(4, "the scheme would be named after the late leader", "K. Arulmozhi")},
			speakers: []string{"M. Senthilvel", "K. Arulmozhi"}},
		{name: "An Taoiseach is the Taoiseach",
			paras: []string{"Budget", "Taoiseach Pádraig Ó Murchú has defended the Budget.",
				"Opposition leader Ciara Nic Aoidh said it was unfair.",
				"An Taoiseach later told the Dáil that the Government would not apologise."},
			want:     []stmt{reportedBy(4, "the Government would not apologise", "Pádraig Ó Murchú")},
			speakers: []string{"Pádraig Ó Murchú", "Ciara Nic Aoidh"}},
		{name: "the York Central MP is who spoke in this paragraph, not the paragraph before",
			paras: []string{"Welfare", "Speaking at Prime Minister's Questions, Sir Keir Starmer said: “We inherited a broken system.”",
				"Labour's Rachael Maskell said she would vote against the plans. “I cannot support this,” the York Central MP told the BBC."},
			want: []stmt{quoteBy(2, "We inherited a broken system.", "Keir Starmer"), quoteBy(3, "I cannot support this,", "Rachael Maskell")}},
		{name: "a member's title opening the sentence, then the name in commas",
			paras: []string{"Drought", "Nationals MP for Barwon, Trent Corcoran, accused the Government of turning up with a cheque."},
			want:  []stmt{reportedBy(2, "accused the Government", "Trent Corcoran")}},
		{name: "the Labour MSP is who just spoke",
			paras: []string{"Ferries", "Scottish Labour's transport spokeswoman, Morag Lennie, said islanders were stranded.",
				"“I had a woman in my surgery,” the Labour MSP said."},
			want: []stmt{quoteBy(3, "I had a woman in my surgery,", "Morag Lennie")}},
		{name: "navy ratings are titles",
			paras: []string{"Homecoming", "Seaman Jalen Whitmore, 20, of Suffolk, said the hardest part was the silence.",
				"Petty Officer Dana Ruiz said the crew was tired."},
			want: []stmt{reportedBy(2, "the hardest part was the silence", "Jalen Whitmore"), reportedBy(3, "the crew was tired", "Dana Ruiz")}},
		{name: "a senator for a state, then the name",
			paras: []string{"Estimates", "Liberal senator for Victoria James McAdam, who led the questioning, accused the government of treating the fund as a war chest.",
				"Greens senator for New South Wales Mehreen Farouk said the fund was a rort."},
			want:        []stmt{reportedBy(2, "the government of treating the fund", "James McAdam"), reportedBy(3, "the fund was a rort", "Mehreen Farouk")},
			notSpeakers: []string{"Victoria James McAdam", "New South Wales Mehreen Farouk"}},
		{name: "X, Labour MP for Y, … the MP",
			paras: []string{"Benefits", "Rachael Foxley, Labour MP for Bolton South, said she would vote against the government.",
				"“I cannot vote for this,” the MP told The Guardian."},
			want: []stmt{quoteBy(3, "I cannot vote for this,", "Rachael Foxley")}},
		{name: "The Prime Minister in the lede; the next name holds another office",
			paras: []string{"Budget", "The Prime Minister has said the budget will balance.",
				"Opposition leader Kemi Abara said the sums did not add up.",
				"Markets were calm.", "The Prime Minister later said taxes would not rise."},
			want: []stmt{reportedBy(2, "the budget will balance", "The Prime Minister"),
				reportedBy(5, "taxes would not rise", "The Prime Minister")},
			speakers: []string{"The Prime Minister", "Kemi Abara"}},
		{name: "a lower-case office in the lede, named in the next paragraph",
			paras: []string{"Taxis", "The taxi fleet regime will start next year, the transport minister has said.",
				"Transport Minister Carol Hughes told parliament that five operators would be licensed."},
			want: []stmt{reportedBy(2, "The taxi fleet regime will start next year", "Carol Hughes")}},
		{name: "the minister is not the prime minister",
			paras: []string{"Rules", "Environment Minister Hamish Rewi said the rules were fair.",
				"Prime Minister Christine Lowe said the government had consulted widely.",
				"The minister said he would meet farmers next week."},
			want: []stmt{reportedBy(4, "he would meet farmers next week", "Hamish Rewi")}},
		{name: "nor the chief minister",
			paras: []string{"Floods", "Revenue Minister Arvind Rao said relief camps were open.",
				"Chief Minister Kavita Menon said the state had asked for help.",
				"The minister said 40 camps were open."},
			want: []stmt{reportedBy(4, "40 camps were open", "Arvind Rao")}},
		{name: "Mr. King and Dean Baker stay names",
			paras: []string{"Talks", "“It is late,” Mr. King said.", "“It is early,” Dean Baker said."},
			want:  []stmt{quoteBy(2, "It is late,", "King"), quoteBy(3, "It is early,", "Dean Baker")}},
	})
}

// A country's ministry speaks as the ministry: "Brazil's foreign ministry
// urged" is not Brazil (wire copy).
func TestRolesCountrysMinistry(t *testing.T) {
	a := article(t, "Roads", "Prime Minister Arvind Rao had earlier this month said that roads would be \"the engine of growth\".",
		"Brazil's foreign ministry urged the EU to respect the negotiated text.",
		"In a statement, Brazil's foreign ministry urged the EU to respect the text.")
	checkStmt(t, a, reportedBy(3, "urged the EU to respect the negotiated text", "Brazil's foreign ministry"))
	checkStmt(t, a, reportedBy(4, "urged the EU to respect the text", "Brazil's foreign ministry"))
}

// A role naming a state ("the Florida senator") never points back to a
// person the article named with another state (Sen. Joni Ernst, R-Iowa).
func TestRolesStateRuleOutOthersPlaces(t *testing.T) {
	run(t, []attrCase{
		{name: "the Florida senator after Sen. X, R-Iowa",
			paras: []string{"Iowa", "Sen. Marco Rubio campaigned in Des Moines on Monday.",
				"He discussed defense issues during an appearance with Sen. Joni Ernst, R-Iowa.",
				"The Florida senator told reporters he feels good about his campaign in Iowa."},
			want: []stmt{reportedBy(4, "he feels good about his campaign", "Marco Rubio")}},
	})
}

// A role of politics or business ("the businessman") never points back to
// someone the article gave a press role (a reporter, a host).
func TestRolesNotThePress(t *testing.T) {
	run(t, []attrCase{
		{name: "a reporter asked … the businessman replied",
			paras: []string{"Database", "Tomas Aldana spoke in Iowa on Thursday.",
				"“Should there be a database?” a reporter asked Aldana after an event.",
				"“There should be a lot of systems,” the businessman replied."},
			want: []stmt{quoteBy(3, "Should there be a database?", "a reporter"),
				quoteBy(4, "There should be a lot of systems,", "Tomas Aldana")},
			moreQuotes: true},
		{name: "a plural press role before two names: each is a host",
			paras: []string{"Ana Ruiz says her rival's bigotry is new.",
				"In an interview with Morning Call hosts Tomas Berg and Lena Holm, the Democratic presidential candidate stated that the remarks did not fit."},
			want: []stmt{reportedBy(2, "the remarks did not fit", "Ana Ruiz")}},
	})
}

// "X delivered her speech as the Democratic nominee" gives X that role,
// even after a time phrase with no comma ("On Thursday evening X …"): the
// later "said the Democratic nominee" is X, not the rival she painted.
func TestRolesLearnedFromAsTheRole(t *testing.T) {
	run(t, []attrCase{
		{name: "as the Democratic nominee … said the Democratic nominee",
			paras: []string{"Speech", "On Thursday evening Ana Ruiz delivered her acceptance speech as the Democratic nominee, painting Tomas Aldana as unqualified.",
				"“A man you can bait with a tweet is not a man we can trust,” said the Democratic nominee."},
			want: []stmt{quoteBy(3, "A man you can bait with a tweet is not a man we can trust,", "Ana Ruiz")}},
	})
}

// An everyday job no one in the article holds ("the pilot") is someone
// never named, not the minister the story is about; and a later role of
// another kind ("the mayor") does not point back to that unnamed pilot.
func TestRolesEverydayJobIsUnnamed(t *testing.T) {
	run(t, []attrCase{
		{name: "the pilot … and asked for volunteers; the mayor … and asked",
			paras: []string{"Labor Secretary Tomas Berg travels to the summit.",
				"Just before the Harbour Air flight took off, the pilot needed to balance the jet's weight and asked for volunteers to move to the back.",
				"The mayor needed the votes and asked the council to approve the plan."},
			want: []stmt{reportedBy(2, "volunteers to move to the back", "the pilot"),
				reportedBy(3, "the council to approve the plan", "!the pilot")},
			kinds: map[string]model.SpeakerKind{"the pilot": model.SpeakerUnnamed}},
	})
}

// A lone capitalised title after "the" ("the Chancellor", "the
// Taoiseach", "the Speaker") points back to the person the article gave
// it ("The Taoiseach, Micheál Martin, said"), after a quotation or as a
// sentence's subject; with no holder it is someone unnamed.
func TestRolesLoneCapitalisedTitle(t *testing.T) {
	for _, title := range []string{"Chancellor", "Taoiseach", "Premier", "Speaker", "Ambassador"} {
		run(t, []attrCase{
			{name: "The " + title + ", X, said … the " + title + " said",
				paras: []string{"Budget", "The " + title + ", Jane Holm, has said the budget will pass.",
					"“We will deliver,” the " + title + " said.", "Then the " + title + " said it would pass."},
				want: []stmt{reportedBy(2, "the budget will pass", "Jane Holm"), quoteBy(3, "We will deliver,", "Jane Holm"),
					reportedBy(4, "it would pass", "Jane Holm")},
				speakers: []string{"Jane Holm"}},
		})
	}
	run(t, []attrCase{
		{name: "no holder: someone unnamed",
			paras: []string{"Budget", "Prime Minister Jane Holm met the Chancellor on Monday.", "“We will deliver,” the Chancellor said."},
			want:  []stmt{quoteBy(3, "We will deliver,", "!Jane Holm")}},
	})
}

// An unnamed officer of a titled owner keeps the owner's whole name in the
// panel: "the Prime Minister's official spokesman", not "Minister's …".
func TestRolesOfficerOfATitledOwnerNamedWhole(t *testing.T) {
	run(t, []attrCase{
		{name: "the Prime Minister's official spokesman said: “…”",
			paras: []string{"Energy", "Bills will rise.", "Prices are high.",
				"Asked whether more help would come, the Prime Minister's official spokesman said: “We will keep all options under review.”"},
			want:  []stmt{quoteBy(4, "We will keep all options under review.", "the Prime Minister's official spokesman")},
			kinds: map[string]model.SpeakerKind{"the Prime Minister's official spokesman": model.SpeakerUnnamed}},
	})
}

// "the PM" and "the CM", as British, Australian and Indian copy write
// them, point back to whoever the article called Prime Minister or Chief
// Minister; "PM" after a clock time is no title.
func TestRolesAbbreviatedTitles(t *testing.T) {
	run(t, []attrCase{
		{name: "Prime Minister X … the PM said",
			paras: []string{"Budget", "Prime Minister Jane Holm met the Treasurer on Monday.", "The PM said the budget would pass.",
				"“We will deliver,” the PM told reporters."},
			want:     []stmt{reportedBy(3, "the budget would pass", "Jane Holm"), quoteBy(4, "We will deliver,", "Jane Holm")},
			speakers: []string{"Jane Holm"}},
		{name: "Chief Minister X … The CM, however, told reporters",
			paras: []string{"Alliance", "Chief Minister Tomas Berg did not comment on Monday.", "The CM, however, told reporters that the alliance was intact."},
			want:  []stmt{reportedBy(3, "the alliance was intact", "Tomas Berg")}},
		{name: "at 10 PM X said",
			paras: []string{"Vote", "At 10 PM Tomas Berg said the vote was over."},
			want:  []stmt{reportedBy(2, "the vote was over", "Tomas Berg")}},
	})
}

// A role owned by a country ("Canada's prime minister") points back to the
// person the article gave that role with that country ("Canada's prime
// minister, Justin Trudeau,"), after a quotation or as a subject; another
// country's holder of the same role is someone else.
func TestRolesOwnedByACountry(t *testing.T) {
	run(t, []attrCase{
		{name: "Canada's prime minister, X, said … Canada's prime minister added",
			paras: []string{"Trade", "Canada's prime minister, Tomas Berg, said on Friday that the tariffs were absurd.",
				"“We are not going to back down,” Canada's prime minister added.",
				"Canada's prime minister said the tariffs would stay.",
				"Britain's prime minister said the talks were over."},
			want: []stmt{quoteBy(3, "We are not going to back down,", "Tomas Berg"),
				reportedBy(4, "the tariffs would stay", "Tomas Berg"),
				reportedBy(5, "the talks were over", "!Tomas Berg")},
			notSpeakers: []string{"Canada"}},
	})
}

// "An Israeli official, speaking on condition of anonymity, said" is one
// official unnamed, not the body or group of Israeli officials named
// before; "a former defense official" no longer speaks for the department.
func TestRolesOneUnnamedOfficial(t *testing.T) {
	run(t, []attrCase{
		{name: "An Israeli official, speaking …, said; a former defense official said",
			paras: []string{"Israel", "Netanyahu met members of Congress on Tuesday.", "The Defense Department and the Israeli Foreign Ministry were quiet.", "Support is a given.",
				"An Israeli official, speaking on the condition of anonymity to discuss the schedule, said Wednesday that Netanyahu will meet any candidate.",
				"A former defense official said there had been informal talks at the Pentagon."},
			want: []stmt{reportedBy(5, "Netanyahu will meet any candidate", "An Israeli official"),
				reportedBy(6, "there had been informal talks at the Pentagon", "A former defense official")}},
	})
}

// A role that is an office points back to no one known by another office:
// "the president" is not the senator the article named.
func TestRolesOfficeIsNotAnotherOfficesHolder(t *testing.T) {
	run(t, []attrCase{
		{name: "Sen. X spoke … the president proposed",
			paras:       []string{"Harbour", "Sen. Tomas Berg spoke about the harbour.", "Earlier this week, the president proposed new funds for the pier."},
			want:        []stmt{reportedBy(3, "new funds for the pier", "the president")},
			notSpeakers: []string{"Tomas Berg"}},
	})
}

// "The Wisconsin Republican said" points back to the Republican the
// article placed in Wisconsin, or to the one quoted just before, and to
// no other Republican placed nowhere.
func TestRolesPartyAndStateOfAPerson(t *testing.T) {
	run(t, []attrCase{
		{name: "Rep. X (R-Wis.) … The Wisconsin Republican said",
			paras: []string{"Harbour", "House Speaker Paul Ryan (R-Wis.) met Republican Donald Trump.", "The Wisconsin Republican said he would wait."},
			want:  []stmt{reportedBy(3, "he would wait", "Paul Ryan")}},
		{name: "Republican X … The Wisconsin Republican said",
			paras: []string{"Harbour", "Republican Donald Trump spoke.", "The Wisconsin Republican said he would wait."},
			want:  []stmt{reportedBy(3, "he would wait", "!Donald Trump")}},
		{name: "a state whose second word is a given name: the South Carolina Republican",
			paras: []string{"Benghazi", "Rep. Trey Godwin said on Tuesday that the report was late.",
				"The South Carolina Republican admitted that the server was never central to the inquiry.",
				"“Look, she needed to split the first two primaries,” a North Carolina Democrat said."},
			want: []stmt{reportedBy(2, "the report was late", "Trey Godwin"),
				reportedBy(3, "the server was never central", "Trey Godwin"),
				quoteBy(4, "Look, she needed to split the first two primaries,", "a North Carolina Democrat")}},
		{name: "X says … The Wisconsin Republican says: the one just quoted",
			paras: []string{"Guns", "House Speaker Paul Rask says the order “does not trump the Second Amendment.”",
				"The Wisconsin Republican says in a statement that the steps are certain to be challenged in the courts."},
			want: []stmt{quoteBy(2, "does not trump the Second Amendment.", "Paul Rask"),
				reportedBy(3, "the steps are certain to be challenged", "Paul Rask"),
				reportedBy(3, "the steps are certain to be challenged", "~the Wisconsin Republican")}},
	})
}

// A style of address is no office: "Sir Keir Starmer" named in the lede
// may be "the Prime Minister" after it, as British copy has it.
func TestRolesStyleIsNoOffice(t *testing.T) {
	run(t, []attrCase{
		{name: "Sir X has promised … the Prime Minister said",
			paras: []string{"Starmer vows to fix harbour", "Sir Tomas Berg has promised to cut waiting lists within a year.",
				"Speaking in Tolland on Tuesday, the Prime Minister said: 'We will not let patients down.'"},
			want: []stmt{reportedBy(2, "to cut waiting lists within a year", "Tomas Berg"),
				quoteBy(3, "We will not let patients down.", "Tomas Berg")}},
	})
}

// A title with "for" or "of" before its department names the person after
// the department, and the panel shows the whole title as the role:
// "Minister for Housing Darragh O'Brien", "Secretary of State for Northern
// Ireland Hilary Benn".
func TestRolesTitleForADepartment(t *testing.T) {
	a := article(t, "Housing",
		"Minister for Housing Darragh O'Brien said he expected the numbers to fall.",
		"“It works,” said Minister for Foreign Affairs Simon Coveney.",
		"Secretary of State for Northern Ireland Hilary Benn said talks would resume.")
	want := map[string]string{"Darragh O'Brien": "Minister for Housing", "Simon Coveney": "Minister for Foreign Affairs",
		"Hilary Benn": "Secretary of State for Northern Ireland"}
	got := map[string]string{}
	for _, sp := range a.Speakers {
		got[sp.Name] = sp.Role
	}
	for name, role := range want {
		if r, ok := got[name]; !ok || r != role {
			t.Errorf("%s: role %q (listed %v), want %q; panel %v", name, r, ok, role, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("panel %v, want only %v", got, want)
	}
}

// "the Dublin Central TD": place words and an office after "the" name no
// one; the speaker is whoever the article gave that title, or who spoke
// just before with no seat named yet (a reader takes the Sinn Féin leader
// to be the Dublin Central TD), else someone unnamed, never a person
// called "Dublin Central TD".
func TestRolesPlaceAndOfficeAfterThe(t *testing.T) {
	run(t, []attrCase{
		{name: "“…,” the Dublin Central TD said",
			paras: []string{"Housing", "Sinn Féin leader Mary Lou McDonald said the figures were damning.",
				"\"People are sleeping in tents,\" the Dublin Central TD said.", "Rents rose again.", "Prices fell.", "The Kerry TD said it works."},
			want:  []stmt{quoteBy(3, "People are sleeping in tents,", "Mary Lou McDonald"), reportedBy(6, "it works", "The Kerry TD")},
			kinds: map[string]model.SpeakerKind{"The Kerry TD": model.SpeakerUnnamed}},
	})
}

// "A source close to Trump", "people familiar with the matter", "three
// people briefed on the talks": someone unnamed, or a group, described by
// whom they are close to; never that person or body.
func TestRolesSourceCloseToSomeone(t *testing.T) {
	run(t, []attrCase{
		{name: "a source close to X said; sources close to the campaign said; people briefed on … said",
			paras: []string{"Harbour", "Tomas Berg spoke.", "A source close to Berg said he would sign.",
				"Sources close to the Berg campaign said he would sign.", "Three people briefed on the discussions said the deal was near."},
			want: []stmt{reportedBy(3, "he would sign", "A source"),
				reportedBy(4, "he would sign", "Sources"),
				reportedBy(5, "the deal was near", "Three people")},
			kinds: map[string]model.SpeakerKind{"A source": model.SpeakerUnnamed, "Three people": model.SpeakerGroup}},
		{name: "an aide to X said; aides to X say",
			paras:       []string{"Harbour", "Tomas Berg spoke.", "An aide to Berg said the plan would work.", "Aides to Berg say he is shifting his tack."},
			want:        []stmt{reportedBy(3, "the plan would work", "An aide"), reportedBy(4, "he is shifting his tack", "Aides")},
			notSpeakers: []string{"Tomas Berg"}},
		{name: "after a quotation, the cue after or before the source",
			paras: []string{"Harbour", "Tomas Berg spoke.",
				"“He is very worked up,” a source close to the campaign said.",
				"“He will sign,” a person close to Berg said.",
				"“He is tired,” said a source close to the harbour board.",
				"“He wants out,” said people familiar with his thinking."},
			want: []stmt{
				quoteBy(3, "He is very worked up,", "a source"),
				quoteBy(4, "He will sign,", "a person"),
				quoteBy(5, "He is tired,", "a source"),
				quoteBy(6, "He wants out,", "People"),
			},
			notSpeakers: []string{"campaign", "harbour board", "a source close", "Said people"}},
	})
}

// "Gardaí said", the Irish police, speak as one body, as "Police said" does:
// the force, An Garda Síochána.
func TestRolesGardaiSpeakAsABody(t *testing.T) {
	run(t, []attrCase{
		{name: "Gardaí said …",
			paras: []string{"Arrest", "Gardaí said a man in his 30s had been arrested."},
			want:  []stmt{reportedBy(2, "a man in his 30s had been arrested", "An Garda Síochána")},
			kinds: map[string]model.SpeakerKind{"An Garda Síochána": model.SpeakerBody}},
	})
}

// "No 10 said" is Downing Street speaking, as "Number 10 said" is; "No
// one said" stays no one.
func TestRolesNoTenSpeaks(t *testing.T) {
	run(t, []attrCase{
		{name: "No 10 said …",
			paras: []string{"Talks", "No 10 said the Prime Minister had held 'constructive' meetings.", "No one said anything about the pier."},
			want:  []stmt{reportedBy(2, "the Prime Minister had held", "No 10"), quoteBy(2, "constructive", "No 10")},
			kinds: map[string]model.SpeakerKind{"No 10": model.SpeakerBody}},
	})
}

// "A pal of the couple said", "A colleague said": unnamed sources, as "a
// friend" is, described as fully as the article describes them.
func TestRolesPalAndColleagueAreUnnamedSources(t *testing.T) {
	run(t, []attrCase{
		{name: "A pal of the couple said: “…”",
			paras: []string{"Fire", "Jody Marchetti lost her home in the fire.", "A pal of the couple said last night: 'They are devastated.'", "A colleague said she was shaken."},
			want:  []stmt{quoteBy(3, "They are devastated.", "A pal of the couple"), reportedBy(4, "she was shaken", "A colleague")},
			kinds: map[string]model.SpeakerKind{"A pal of the couple": model.SpeakerUnnamed, "A colleague": model.SpeakerUnnamed}},
	})
}

// A place's title in the lede ("Northern Ireland's Health Minister has
// described …", "Wales' First Minister has defended …, telling") is the
// person the next paragraph names, not a person called so, nor a body
// named after the place (BBC Wales); a person's ("Trump's Son Says …") is
// no place's. "Her Honour said" is the judge; "X SC" is X.
func TestRolesPlacesTitlesAndTheBench(t *testing.T) {
	run(t, []attrCase{
		{name: "Northern Ireland's Health Minister, then a name with a party",
			paras: []string{"Stormont", "Northern Ireland's Health Minister has described waiting lists as a national scandal.",
				"Ulster Unionist Trevor Hamill told the Assembly that 400,000 people were waiting."},
			want: []stmt{reportedBy(2, "described waiting lists as a national scandal", "Trevor Hamill")}},
		{name: "Wales' First Minister, telling",
			paras: []string{"Senedd", "Wales' First Minister has defended the speed limit, telling the Senedd that it had saved lives.",
				"Eluned Rowlands told members that deaths had fallen.", "BBC Wales reported the figures."},
			want:        []stmt{reportedBy(2, "it had saved lives", "Eluned Rowlands")},
			notSpeakers: []string{"BBC Wales"}},
		{name: "Her Honour; senior counsel",
			paras: []string{"Sentence", "Corrigan's barrister, Stephen Mahoney SC, said his client was remorseful.",
				"In sentencing, Judge Catherine Ellery said the case was tragic.",
				"“The offender's moral culpability is high,” Her Honour said."},
			want: []stmt{reportedBy(2, "his client was remorseful", "Stephen Mahoney"),
				quoteBy(4, "The offender's moral culpability is high,", "Catherine Ellery")}},
	})
}

// "Shares in Hartwell, the building materials group, fell after the
// company warned": the appositive makes Hartwell a company even after a
// preposition, and "the company" and "the group" are Hartwell.
func TestRolesCompanyNamedAfterAPreposition(t *testing.T) {
	a := article(t, "Profit warning",
		"Shares in Hartwell, the FTSE 250 building materials group, fell 14 per cent after the company warned that profits would fall short.",
		"The group said it expected profit of £180m.")
	checkStmt(t, a, reportedBy(2, "profits would fall short", "Hartwell"))
	checkStmt(t, a, reportedBy(3, "it expected profit of £180m", "Hartwell"))
}

// "The former X" opening a cue's subject describes someone the article
// named, whatever X is ("The former lock went on:" after the All Blacks
// captain; "The former first lady calls it" after Hillary Clinton).
func TestRolesFormerSomethingIsSomeoneNamed(t *testing.T) {
	a := article(t, "Obituary", "Former All Blacks captain Sione Faleolo described Walker as “the best man I ever worked with”. The former lock went on: “I wouldn’t have had the career I had without him.”")
	checkStmt(t, a, quoteBy(2, "I wouldn’t have had the career I had without him.", "Sione Faleolo"))
}

// "critic" is a role, as Canadian and British copy give an opposition
// member's portfolio: "NDP health critic X said … The NDP critic said".
func TestRolesCritic(t *testing.T) {
	a := article(t, "Wages", "NDP health critic Chantal Boudreau said the cap was a fantasy. The NDP critic said the law had done lasting damage.")
	checkStmt(t, a, reportedBy(2, "the law had done lasting damage", "Chantal Boudreau"))
}

// "Shares in bus maker Jiangnan Motor fell. The company said …" is the
// company named after its trade; "the force said" after a police force is
// that force (but "the task force" is not the police).
func TestRolesTradeNamedCompanyAndTheForce(t *testing.T) {
	a := article(t, "Floods", "West Mercia Police said officers had rescued a driver. The man was taken to hospital, the force said.",
		"Shares in bus maker Jiangnan Motor fell 4.2%. The company said it was assessing the impact.",
		"On Dec. 15, the task force announced an agreement.")
	checkStmt(t, a, reportedBy(2, "The man was taken to hospital", "West Mercia Police"))
	checkStmt(t, a, reportedBy(3, "it was assessing the impact", "Jiangnan Motor"))
	for _, st := range a.Statements {
		if st.Paragraph == 4 && st.Speaker == "West Mercia Police" {
			t.Errorf("¶4 %q is the police's: a task force is no police force", st.Text)
		}
	}
}

// "One user wrote …" then "Another said …": the second is another user,
// someone else unnamed, listed as "another user", not as a bare "another".
func TestRolesAnotherOfTheSameKind(t *testing.T) {
	run(t, []attrCase{{
		name: "one user, then another",
		paras: []string{"Reaction online",
			"“Trump is very cute,” one user wrote.",
			"Another said he hoped that Trump wins the election.",
			"Another said, “It is a comedy.”"},
		want: []stmt{
			quoteBy(2, "Trump is very cute,", "one user"),
			reportedBy(3, "he hoped that Trump wins", "another user"),
			quoteBy(4, "It is a comedy.", "another user"),
		},
		speakers: []string{"one user", "another user"},
		kinds:    map[string]model.SpeakerKind{"another user": model.SpeakerUnnamed},
	}})
}

// A role noun with a state ("the Vermont senator") places the person it
// found there, so a senator of another state is someone else later.
func TestRolesStateLearntFromARoleNoun(t *testing.T) {
	run(t, []attrCase{{name: "the Vermont senator, then the Florida senator",
		paras: []string{"Primaries",
			"Sen. Ola Berg won two states. The Vermont senator has struggled in the south.",
			"Per Dahl exits the race having won 163 delegates.",
			"Berg thanked voters. The Florida senator sought to calm his supporters, saying the race was not over."},
		want: []stmt{reportedBy(4, "the race was not over", "Per Dahl")}}})
}

// A role with a state right after a paragraph that names someone is that
// someone when the one holding the role was named far back: "Bernie
// Sanders is choosing …. Instead, the Vermont senator is sticking to …"
// after "Republican Sen. John McCain" thirty paragraphs up.
func TestRolesPlacedRoleIsTheOneJustNamed(t *testing.T) {
	run(t, []attrCase{{name: "the Vermont senator after Tom Keller, Sen. Merrow far back",
		paras: []string{"Primary eve",
			"Republican Sen. Jon Merrow says the talk about waterboarding skips over the facts.",
			"Merrow issued a statement on Monday.",
			"Other news followed.",
			"More news followed.",
			"Democratic presidential candidate Tom Keller is choosing not to respond to recent accusations that his backers are waging attacks.",
			"Instead, the Vermont senator is sticking to his campaign message, hoping to avoid any misstep.",
			"“We have come a long way in the last nine months,” he told cheering supporters."},
		moreQuotes: true,
		want:       []stmt{quoteBy(8, "We have come a long way in the last nine months,", "Tom Keller")}}})
}

// Sport's jobs are roles as a striker's is: "Sprinter X" and "Former
// Olympic sprinter X" at a sentence's start are X, and "the sprinter" is
// X after. An arbitrator is a role too: "the arbitrator" is the one with
// the title, and before one is named, a question about "the arbitrator"
// makes no one else the arbitrator.
func TestRolesSportAndArbitrator(t *testing.T) {
	run(t, []attrCase{
		{name: "sprinters",
			paras: []string{"Team", "The team lost on Monday.",
				"Former Olympic sprinter Aurélie Tremblay-Nakashima, now a broadcaster, said she was uneasy with the outcome.",
				"Sprinter Kalani Mercado-Fraser, who raced alongside Beaudry, posted on Instagram that she “would trust Jo with my life.”",
				"The sprinter said she was tired."},
			want: []stmt{reportedBy(3, "she was uneasy", "Aurélie Tremblay-Nakashima"),
				quoteBy(4, "would trust Jo with my life.", "Kalani Mercado-Fraser"),
				reportedBy(5, "she was tired", "Kalani Mercado-Fraser")},
			notSpeakers: []string{"Former Olympic"}},
		{name: "the arbitrator",
			paras: []string{"Ban",
				"Canadian hurdler Kiera Bonhomme has been handed a 20-month suspension.",
				"What did the arbitrator decide?",
				"Arbitrator Gwendolyn Asante-Marsh accepted that the powder was contaminated.",
				"The arbitrator also found that Bonhomme was not blameless."},
			want: []stmt{reportedBy(5, "Bonhomme was not blameless", "Gwendolyn Asante-Marsh")}},
	})
}

// A judge the article speaks of but never names is someone of their own:
// "the judge exclaimed" is not the lawyer the paragraph is about.
func TestRolesJudgeNeverNamed(t *testing.T) {
	run(t, []attrCase{{name: "to the judge … the judge exclaimed",
		paras: []string{"Trial",
			"Ben Brafman told the court the case was uncharacteristic.",
			"Brafman concluded by making it clear to the judge that a prison sentence would be out of the ordinary.",
			"The judge rubbed his chin, and then said something very strange. Brafman had made his case. “Everything that you have said and everything that I have said,” the judge exclaimed, “has totally overlapped.”"},
		want: []stmt{
			reportedBy(4, "The judge rubbed his chin", "The judge"),
			quoteBy(4, "Everything that you have said and everything that I have said,", "The judge"),
			quoteBy(4, "has totally overlapped.", "The judge"),
		}}})
}

// An age before a noun that also names bodies ("centre", "guard") makes
// it a person: "the 26-year-old centre" is the player in view.
func TestRolesAgedNounIsAPerson(t *testing.T) {
	run(t, []attrCase{{name: "the 26-year-old centre",
		paras: []string{"Game", "Auston Matthews scored twice.", "“We played the right way,” said the 26-year-old centre."},
		want:  []stmt{quoteBy(3, "We played the right way,", "Auston Matthews")}}})
}

// A court whose name holds a possessive is the whole role: "Court of
// King’s Bench Justice Sadie Bond" is no "Bench Justice".
func TestRolesCourtWithAPossessive(t *testing.T) {
	a := article(t, "Sentence", "Court of King’s Bench Justice Sadie Bond said the sentence was fair.")
	for _, sp := range a.Speakers {
		if sp.Name == "Sadie Bond" && sp.Role != "Court of King’s Bench Justice" {
			t.Errorf("Sadie Bond's role %q, want Court of King’s Bench Justice", sp.Role)
		}
	}
	if len(a.Speakers) != 1 {
		t.Errorf("speakers %v, want Sadie Bond alone", a.Speakers)
	}
}

// Hockey's positions are roles: "The Jets goaltender acknowledged …" and
// "The netminder … admitted" are the goalie just named, not no one.
func TestRolesHockeyPositions(t *testing.T) {
	run(t, []attrCase{{name: "goaltender, netminder",
		paras: []string{"Jets win", "Coach Martin Deslauriers said the team was tired.",
			"At the other end, Mikael Lindqvist made 31 saves. The Jets goaltender acknowledged he should have stopped the second goal.",
			"Ottawa led 4-2 after a point shot from Yusuf Demir squeezed through Dmytro Hnatiuk's pads.",
			`The netminder, who was pulled in his previous start, admitted he "wasn't great" on Demir's goal.`},
		want: []stmt{reportedBy(3, "he should have stopped the second goal", "Mikael Lindqvist"),
			reportedBy(5, "he \"wasn't great\"", "Dmytro Hnatiuk"), quoteBy(5, "wasn't great", "Dmytro Hnatiuk")}}})
}

// A judge named with the court before the title ("Court of Appeal Justice
// Colleen MacKinnon") is a person, not a body of that long name: "the
// judge" after is she.
func TestRolesJusticeOfANamedCourt(t *testing.T) {
	run(t, []attrCase{{name: "Court of King's Bench Justice",
		paras: []string{"Trial", "Court of King’s Bench Justice Colleen MacKinnon overruled the objection.",
			"“Counsel is entitled to test the witness’s certainty,” the judge said."},
		want:     []stmt{quoteBy(3, "Counsel is entitled to test the witness’s certainty,", "Colleen MacKinnon")},
		speakers: []string{"Colleen MacKinnon"}}})
}

// A role phrase may hold an abbreviation's stop: "The St. Boniface
// councillor said" is the councillor named, not a "Boniface councillor".
func TestRolesPhraseWithAnAbbreviation(t *testing.T) {
	run(t, []attrCase{{name: "the St. Boniface councillor",
		paras: []string{"Arts fund", "Coun. Jean-Paul Lagassé represents St. Boniface.",
			"The St. Boniface councillor said he would vote against the cut."},
		want:        []stmt{reportedBy(3, "he would vote against the cut", "Jean-Paul Lagassé")},
		notSpeakers: []string{"Boniface councillor"}}})
}

// "X, New Brunswick's chief medical officer of health," gives X that role
// (a place of two words before it), and "the province's top doctor" is the
// chief medical officer, not the last doctor quoted.
func TestRolesTopDoctorIsTheMedicalOfficer(t *testing.T) {
	run(t, []attrCase{{name: "the province's top doctor",
		paras: []string{"Measles", "Dr. Nadia Ferreira-Thibodeau, New Brunswick's chief medical officer of health, told reporters that 19 of the cases are in children.",
			"Dr. Kwame Asante, a pediatrician, said clinics were full.",
			"At Wednesday's briefing, the province's top doctor said vaccination remains the best protection."},
		want: []stmt{reportedBy(4, "vaccination remains the best protection", "Nadia Ferreira-Thibodeau")}}})
}

// "The United States ambassador to Canada told …" is the ambassador the
// body names, not Canada.
func TestRolesAmbassadorToAPlace(t *testing.T) {
	run(t, []attrCase{{name: "the ambassador to Canada told",
		paras: []string{"Speech", "The United States ambassador to Canada told an Ottawa business audience on Wednesday that Canada “can’t have it both ways.”",
			"Ambassador J. Thaddeus Morrow spoke for 40 minutes."},
		want:        []stmt{reportedBy(2, "Canada", "J. Thaddeus Morrow"), quoteBy(2, "can’t have it both ways.", "J. Thaddeus Morrow")},
		notSpeakers: []string{"Canada"}}})
}

// A possessive place before a role or a body names the role's holder or
// the body, not the place: "Canada's international trade minister left
// Washington …, but said" is the minister the body names; "Nova Scotia’s
// highest court has overturned …, ruling" is the court.
func TestRolesPossessedRoleOpensTheSentence(t *testing.T) {
	run(t, []attrCase{{name: "a place's minister and court",
		paras: []string{"Steel talks end without a deal",
			"WASHINGTON — Canada's international trade minister left Washington on Wednesday without an agreement, but said she came away convinced that “the door is open.”",
			"Trade Minister Mélanie Thibodeau-Singh met Commerce Secretary Howard Kessler for two hours.",
			"Nova Scotia’s highest court has overturned the conviction of a Dartmouth man, ruling the trial judge gave the jury a wrong test."},
		want: []stmt{reportedBy(2, "she came away convinced", "Mélanie Thibodeau-Singh"), quoteBy(2, "the door is open.", "Mélanie Thibodeau-Singh"),
			reportedBy(4, "the trial judge gave the jury a wrong test", "Nova Scotia’s highest court")},
		notSpeakers: []string{"Washington"}}})
}

// "the province's chief medical officer of health says" is a role of the
// province, its head before "of": the one named with that role.
func TestRolesPlacesRoleWithAnOfPhrase(t *testing.T) {
	a := analyze(t, titled("Measles cases climb",
		"Dr. Nadia Ferreira-Thibodeau, New Brunswick's chief medical officer of health, speaks at a news conference in Fredericton on Wednesday. (Mathieu Léger-Baird/CBC)",
		"The number of measles cases has climbed to 23, and the province's chief medical officer of health says she expects the count to keep rising."))
	checkStmt(t, a, reportedBy(2, "she expects the count to keep rising", "Nadia Ferreira-Thibodeau"))
}

// "a spokesperson for the transit agency said" is the agency's, unless the
// next two paragraphs name the spokesperson ("The spokesperson, Amélie
// Truchon-Nguyen, said"): then the quotations are hers.
func TestRolesBodysSpokespersonNamedAfter(t *testing.T) {
	run(t, []attrCase{{name: "a spokesperson for the agency, named two paragraphs on",
		paras: []string{"STM cuts", "The STM confirmed Wednesday that it will reduce frequencies on 23 bus lines.",
			"“No métro station will close,” a spokesperson for the transit agency said in an email. “But some customers will wait longer.",
			"“We would rather tell people now.”",
			"The spokesperson, Amélie Truchon-Nguyen, said revised schedules would be posted by March 1."},
		want: []stmt{reportedBy(2, "it will reduce frequencies", "STM"),
			quoteBy(3, "No métro station will close,", "Amélie Truchon-Nguyen"),
			quoteBy(3, "But some customers will wait longer.", "Amélie Truchon-Nguyen"),
			quoteBy(4, "We would rather tell people now.", "Amélie Truchon-Nguyen"),
			reportedBy(5, "revised schedules would be posted", "Amélie Truchon-Nguyen")}}})
}

// "X, a band councillor and the Chief’s cousin," is a councillor: the
// possessive of the second role ("the Chief’s cousin") does not take back
// the first, so "the councillor" later is X, not the chief.
func TestRolesTwoRolesJoinedByAnd(t *testing.T) {
	run(t, []attrCase{{name: "a band councillor and the Chief’s cousin",
		paras: []string{"Mine", "Chief Delia Sakanee said the band was not consulted.",
			"Wesley Sakanee, a band councillor and the Chief’s cousin, said that notice came in a phone call.",
			"“An hour,” he said.",
			"The councillor, who worked underground at Kestrel Ridge for four years, said many of the younger workers had taken out loans.",
			"“These are good jobs,” he said."},
		want: []stmt{reportedBy(2, "the band was not consulted", "Delia Sakanee"), reportedBy(3, "that notice came", "Wesley Sakanee"),
			quoteBy(4, "An hour,", "Wesley Sakanee"), reportedBy(5, "many of the younger workers", "Wesley Sakanee"),
			quoteBy(6, "These are good jobs,", "Wesley Sakanee")}}})
}

// "Justice X found there was no evidence …" is the judge's finding, and
// "the judge" later is the justice last named, not an unnamed "Ontario
// Court judge" from the lede; a "Minister for Justice" is no judge.
func TestRolesJusticeIsTheJudge(t *testing.T) {
	run(t, []attrCase{{name: "Justice X found there was …; the judge said",
		paras: []string{"Sentence",
			"On Friday, an Ontario Court judge sentenced the driver to four and a half years in prison.",
			"In her written reasons, Justice Harriet Okonjo-Brandt found there was no evidence that the driver had been speeding.",
			"But the judge said what happened next could not be excused."},
		want: []stmt{reportedBy(3, "no evidence that the driver", "Harriet Okonjo-Brandt"),
			reportedBy(4, "what happened next could not be excused", "Harriet Okonjo-Brandt")}},
		{name: "a judge in the lede, the justice named, the judge wrote",
			paras: []string{"Verdict",
				"KELOWNA, B.C. — A B.C. Supreme Court judge has found a former strata manager guilty of fraud and theft.",
				"Bradley J. Osterhout, 56, who owned and ran Okanagan Crest Strata Services, was convicted Wednesday on one count of fraud.",
				"In a 62-page written decision, Justice Amrita Sahota-Lebel said the evidence showed a deliberate scheme.",
				"\"This was not a case of a small business owner who lost track of his books,\" the judge wrote."},
			want: []stmt{reportedBy(4, "the evidence showed a deliberate scheme", "Amrita Sahota-Lebel"),
				quoteBy(5, "This was not a case of a small business owner who lost track of his books,", "Amrita Sahota-Lebel")}},
		{name: "a Minister for Justice",
			paras: []string{"Shooting", "A judge in Limerick jailed the man last year.",
				"Minister for Justice Helen McEntaggart described the shooting as 'appalling' and said she had spoken to the Garda Commissioner.",
				"'I want to assure the people of Limerick that gardaí will have every resource they need,' the Minister said."},
			want: []stmt{quoteBy(3, "appalling", "Helen McEntaggart"),
				quoteBy(4, "I want to assure the people of Limerick that gardaí will have every resource they need,", "Helen McEntaggart")}}})
}

// "The Calgary-based producer said" is the firm the story is about, by
// where it is based, not no one; a thing the firm owns ("Prairie Crest
// Energy’s Ravenrock thermal facility") is not it.
func TestRolesPlaceBasedFirm(t *testing.T) {
	run(t, []attrCase{{name: "the Calgary-based producer",
		paras: []string{"Earnings", "CALGARY — Prairie Crest Energy Ltd. reported a 38 per cent drop in second-quarter profit Thursday.",
			"Prairie Crest Energy’s Ravenrock thermal facility south of Fort McMurray is shown in a handout photo.",
			"The Calgary-based producer said net earnings fell to $412 million."},
		want: []stmt{reportedBy(4, "net earnings fell", "Prairie Crest Energy Ltd.")}}})
}

// "New Brunswick’s Commissioner of Official Languages, X, confirmed" is
// X: a place of two words may own the role before the name, as
// "Ontario’s" does, and "the commissioner" later is X too.
func TestRolesTwoWordPlaceOwnsTheRoleBeforeTheName(t *testing.T) {
	run(t, []attrCase{{name: "New Brunswick’s Commissioner …, X,",
		paras: []string{"Languages", "New Brunswick’s Commissioner of Official Languages, Shirley Landry-Savoie, confirmed Thursday that her office had received 14 complaints.",
			"In a statement, the commissioner said the act does not provide for exceptions."},
		want: []stmt{reportedBy(2, "her office had received 14 complaints", "Shirley Landry-Savoie"),
			reportedBy(3, "the act does not provide", "Shirley Landry-Savoie")}}})
}

// A role phrase that opens the sentence, then the name with its title's
// abbreviation: "A spokesperson for the RCMP in Nova Scotia, Cpl. Annette
// LeBlanc, said" is hers, not an unnamed spokesperson's.
func TestRolePhraseThenTitledName(t *testing.T) {
	run(t, []attrCase{
		{name: "A spokesperson for X in Y, Cpl. Z, said",
			paras: []string{"Standoff", "A spokesperson for the RCMP in Nova Scotia, Cpl. Annette LeBlanc, said in an email that officers were “monitoring the situation.”"},
			want:  []stmt{quoteBy(2, "monitoring the situation.", "Annette LeBlanc")}},
		{name: "The government representative in the Senate, Sen. X, said",
			paras: []string{"Expenses", "Sen. Luc Marchand filed the complaint.", "The government representative in the Senate, Sen. Naveen Raghunathan, said the report raised “serious questions.”"},
			want:  []stmt{quoteBy(3, "serious questions.", "Naveen Raghunathan")}},
	})
}

// A party word after "the" and its modifiers is a description, not a name
// ("the two-term Democrat", "the presumptive Republican presidential
// nominee"): it points back to the one person it fits.
func TestRolesPartyDescriptions(t *testing.T) {
	run(t, []attrCase{
		{name: "the two-term Democrat told",
			paras: []string{"Senate race", "Sen. Janet Kowalczyk has a line she uses at nearly every stop.",
				"The two-term Democrat told the crowd that the milk price mattered more than the ticket."},
			want:        []stmt{reportedBy(3, "the milk price mattered more than the ticket", "Janet Kowalczyk")},
			notSpeakers: []string{"Democrat"}},
		{name: "“…,” the presumptive Republican presidential nominee said",
			paras: []string{"Bombings", "Donald Trump spoke in Ohio on Monday.",
				"“We have to really increase the bombings,” the presumptive Republican presidential nominee said."},
			want: []stmt{quoteBy(3, "We have to really increase the bombings,", "Donald Trump")}},
	})
}

// A description of someone's office with a place in capitals ("The
// 51-year-old former Saskatchewan MP") is a role that points back to the
// person who holds it, not a person called "Saskatchewan MP"; and "the MP"
// right after "One MP, asked …" is that unnamed MP, not an MP named before.
func TestPlaceAndTitleDescribeSomeone(t *testing.T) {
	run(t, []attrCase{
		{name: "the former Saskatchewan MP",
			paras: []string{"Convention notes",
				"Conservative Leader Graham Whitcombe spoke on Saturday.",
				"“Canadians are not asking us for a miracle,” Whitcombe said.",
				"The 51-year-old former Saskatchewan MP, who won the leadership last spring, repeated his promise to scrap the GST on new homes."},
			want:        []stmt{quoteBy(3, "Canadians are not asking us for a miracle,", "Graham Whitcombe"), reportedBy(4, "repeated his promise", "Graham Whitcombe")},
			notSpeakers: []string{"Saskatchewan MP"}},
		{name: "one MP, then the MP",
			paras: []string{"Caucus notes",
				"Quebec MP Geneviève Thibodeau-Lacasse played down talk of a revolt. “There’s frustration, sure,” she said.",
				"One MP, asked whether the Prime Minister would lead the party into the next election, paused for several seconds. “Ask me in September,” the MP said."},
			want: []stmt{quoteBy(2, "There’s frustration, sure,", "Geneviève Thibodeau-Lacasse"), quoteBy(3, "Ask me in September,", "!Geneviève Thibodeau-Lacasse")}},
	})
}

// A participle after a clause of condition belongs to the main clause:
// "He would not say … if it formed government, telling reporters that …"
// is his, not the government's.
func TestParticipleAfterConditionIsMainSubjects(t *testing.T) {
	run(t, []attrCase{{
		name: "if it formed government, telling",
		paras: []string{"Immigration plans",
			"The Government of Canada released its immigration plan on Monday.",
			"Conservative critic Brad Olynyk said the numbers were a verdict on the government.",
			"He would not say what level his party would set if it formed government, telling reporters that a Conservative government would tie immigration to housing starts."},
		want: []stmt{reportedBy(3, "the numbers were a verdict", "Brad Olynyk"), reportedBy(4, "tie immigration to housing starts", "Brad Olynyk")}}})
}

// A role's phrase with "of" closes a sentence after its comma ("…, the
// chief medical officer of health said Monday."): the sentence is that
// officer's, however long the phrase; the phrase names a person only if
// the person's role holds its words ("the chief of staff" is not Police
// Chief Ann Burke); and a lede's "head of the city's homicide unit" is the
// inspector who speaks later, not the accused the next paragraph names.
func TestRolesOfPhraseClosingASentence(t *testing.T) {
	run(t, []attrCase{{name: "chief medical officer of health",
		paras: []string{"Measles",
			"New Brunswick has confirmed 11 more cases of measles since Friday, bringing the total to 47, the chief medical officer of health said Monday."},
		want:        []stmt{reportedBy(2, "New Brunswick has confirmed 11 more cases", "the chief medical officer of health")},
		notSpeakers: []string{"New Brunswick"}}})
	run(t, []attrCase{{name: "chief of staff",
		paras: []string{"Deal", "Police Chief Ann Burke spoke on Monday.", "The deal is off, the chief of staff said."},
		want:  []stmt{reportedBy(3, "The deal is off", "the chief of staff")}}})
	run(t, []attrCase{{name: "chief of police",
		paras: []string{"Deal", "Police Chief Ann Burke spoke on Monday.", "The deal is off, the chief of police said."},
		want:  []stmt{reportedBy(3, "The deal is off", "Ann Burke")}}})
	run(t, []attrCase{{name: "the head of the homicide unit, named after the accused",
		paras: []string{"Arrest in 1998 killing",
			"A man has been charged with murder in the 1998 death of a Calgary mother whose body was found along Nose Creek, the head of the city’s homicide unit said Tuesday.",
			"Kevin Arthur Doyle, 51, of Airdrie was arrested without incident at his home Friday, police said.",
			"“For 26 years, this family has waited for a phone call,” Insp. Gordon Tsang, who heads the homicide unit, told reporters."},
		want:        []stmt{reportedBy(2, "A man has been charged with murder", "Gordon Tsang"), quoteBy(4, "For 26 years, this family has waited for a phone call,", "Gordon Tsang")},
		notSpeakers: []string{"Nose Creek", "Kevin Arthur Doyle"}}})
}

// "the Beloeil—Chambly MP said" is the MP just named, a riding of two
// places joined by a dash as much as "the Foyle MLA" is.
func TestRolesRidingOfTwoPlacesBeforeTheTitle(t *testing.T) {
	run(t, []attrCase{{name: "the Beloeil—Chambly MP",
		paras: []string{"Committee",
			"Bloc Québécois MP Sylvie Côté-Ranger asked why French-language documentation was never completed.",
			"“Three point four million dollars, and not one finished user guide in French. How is that possible?” the Beloeil—Chambly MP said."},
		want:        []stmt{quoteBy(3, "Three point four million dollars, and not one finished user guide in French. How is that possible?", "Sylvie Côté-Ranger")},
		notSpeakers: []string{"Chambly"}}})
}

// An office no one in the article is named as holding is shown by its
// name, without the sentence's "The": "Parliamentary Budget Officer",
// "Chief Electoral Officer", and the second mention is the same office.
func TestRolesOfficeShownWithoutItsArticle(t *testing.T) {
	run(t, []attrCase{{name: "The Parliamentary Budget Officer",
		paras: []string{"Pharmacare",
			"The Parliamentary Budget Officer estimated in a report last month that the expansion would cost $3.2-billion.",
			"The Chief Electoral Officer said the vote was fair.",
			"The Parliamentary Budget Officer said the cost would rise."},
		want: []stmt{reportedBy(2, "the expansion would cost", "Parliamentary Budget Officer"), reportedBy(3, "the vote was fair", "Chief Electoral Officer"),
			reportedBy(4, "the cost would rise", "Parliamentary Budget Officer")},
		speakers: []string{"Parliamentary Budget Officer", "Chief Electoral Officer"}}})
}

// A spokesperson after an opening place ("In Ohio, a spokesman for the
// governor said") speaks, not the place; and one for a minister described
// with words the person named before does not hold ("the federal
// emergency preparedness minister", after Manitoba's minister of natural
// resources) is someone unnamed, not that person.
func TestRolesSpokespersonAfterAPlaceAndForAnotherMinister(t *testing.T) {
	run(t, []attrCase{{name: "In North Carolina, a spokesperson for the State Board of Elections",
		paras: []string{"Voting",
			"In North Carolina, a spokesperson for the State Board of Elections said in an email that the board had received complaints."},
		want:        []stmt{reportedBy(2, "the board had received complaints", "State Board of Elections")},
		notSpeakers: []string{"North Carolina"}}})
	run(t, []attrCase{{name: "a spokesperson for the federal emergency preparedness minister",
		paras: []string{"Smoke",
			"Naomi Flett-Okimaw, Manitoba's minister of natural resources, told reporters on Thursday that the comments showed a misunderstanding.",
			"In Ottawa, a spokesperson for the federal emergency preparedness minister said Canada and the United States have shared resources since 1982."},
		want: []stmt{reportedBy(2, "the comments showed a misunderstanding", "Naomi Flett-Okimaw"),
			reportedBy(3, "Canada and the United States have shared resources", "a spokesperson for the federal emergency preparedness minister")}}})
}

// "running mate" is a role: "Halvorsen’s running mate, Rep. Trent
// Bakewell (R-TX), warmed up the crowd …, accusing Quintanilla of “…”" is
// Bakewell's, and "Grant Halvorsen's running mate pledged that …" is the
// running mate's, someone unnamed, not no one's.
func TestRolesRunningMate(t *testing.T) {
	run(t, []attrCase{{name: "running mate, Rep. X (R-TX),",
		paras: []string{"Rally",
			"Dale Halvorsen held a rally in Saginaw.",
			"Halvorsen’s running mate, Rep. Trent Bakewell (R-TX), warmed up the crowd before the former governor took the stage, accusing Quintanilla of “waging war on the Michigan autoworker.”",
			"Grant Halvorsen's running mate pledged that the ticket would accept the result."},
		want: []stmt{quoteBy(3, "waging war on the Michigan autoworker.", "Trent Bakewell"), reportedBy(4, "the ticket would accept the result", "Grant Halvorsen's running mate")}}})
}

// "A senior government official" speaks for no one named: someone
// unnamed, whom "the official" later means, not the government or a
// named official of another title; "a police spokesman" still speaks for
// the police.
func TestRolesUnnamedOfficialIsNotTheBody(t *testing.T) {
	run(t, []attrCase{{name: "a senior administration official, then the official",
		paras: []string{"Sanctions", "In a statement, the administration said the actions followed warnings.",
			"Priya Venkataraman, the deputy national security adviser, told reporters that the officials were spies.",
			"A senior administration official, who briefed reporters on condition of anonymity, said the decision had been debated for months. “We were not going to leave this,” the official said.",
			"The official said the compounds were closed."},
		want: []stmt{reportedBy(4, "the decision had been debated", "A senior administration official"),
			quoteBy(4, "We were not going to leave this,", "A senior administration official"),
			reportedBy(5, "the compounds were closed", "A senior administration official")}}})
}

// "A company spokesperson" and "a ministry spokesperson" are someone
// unnamed: the phrase does not say which company or ministry, so it is
// not the one last named; "a police spokesman" still speaks for the police.
func TestRolesSpokespersonOfAGenericBody(t *testing.T) {
	run(t, []attrCase{{name: "company, ministry, police",
		paras: []string{"Layoffs", "Lumenarc Software said it would restructure. The company employs 1,350 people.",
			"A company spokesperson confirmed that about 340 jobs would be cut.",
			"The Ministry of Forests said it would review. The ministry said more.",
			"In an email, a ministry spokesperson said any proposal would be assessed.",
			"A police spokesman said no one was hurt."},
		want: []stmt{reportedBy(3, "about 340 jobs would be cut", "A company spokesperson"),
			reportedBy(5, "any proposal would be assessed", "a ministry spokesperson"),
			reportedBy(6, "no one was hurt", "~police")}}})
}

// An unnamed source after ", and" or ", but" is the subject of its own
// clause, past the aside that says why it is unnamed; a role phrase with
// a participle ("working on several Senate races") keeps its head.
func TestRolesUnnamedSourceInAJoinedClause(t *testing.T) {
	run(t, []attrCase{{name: "…, and a senior official, who …, said",
		paras: []string{"Talks",
			"The talks resumed, and a senior official, who spoke on condition of anonymity, said the talks had stalled again.",
			"Turnout has been strong, but one Republican strategist, who requested anonymity, said the nominee was losing ground.",
			"A Republican strategist working on several Western Senate races, who requested anonymity to discuss internal data, said Mr. Lindqvist was outperforming the nominee."},
		want: []stmt{reportedBy(2, "the talks had stalled again", "a senior official"),
			reportedBy(3, "the nominee was losing ground", "one Republican strategist"),
			reportedBy(4, "Mr. Lindqvist was outperforming", "A Republican strategist")},
		notSpeakers: []string{"Western", "Senate races"}}})
}

// "Mr." before a name inside a role phrase is a title, so the name the
// phrase is given speaks: "A spokesman for Mr. Brannigan, Curtis
// Halloran, said the leader’s position “has not changed.”"
func TestRolesSpokesmanForAMisterNamedAfter(t *testing.T) {
	run(t, []attrCase{{name: "a spokesman for Mr. X, Y, said",
		paras: []string{"Court",
			"A spokesman for Mr. Brannigan, Curtis Halloran, said the leader’s position “has not changed and will not change.”"},
		want: []stmt{reportedBy(2, "the leader’s position", "Curtis Halloran"),
			quoteBy(2, "has not changed and will not change.", "Curtis Halloran")}}})
}

// A role that names a chamber ("the Senate majority leader") is not
// someone named last with another office ("president of the United
// Industrial Workers"): someone unnamed, if no one holding it was named.
func TestRolesChamberOfficeIsNotAnotherOfficeHolder(t *testing.T) {
	run(t, []attrCase{{name: "a spokesman for the Senate majority leader",
		paras: []string{"Trade",
			"Dolores Whitacre, president of the United Industrial Workers, wrote that lawmakers would pay.",
			"A spokesman for the Senate majority leader said only that the agreement would not come to the floor."},
		want: []stmt{reportedBy(3, "the agreement would not come to the floor", "*")}}})
	a := article(t, "Trade",
		"Dolores Whitacre, president of the United Industrial Workers, wrote that lawmakers would pay.",
		"A spokesman for the Senate majority leader said only that the agreement would not come to the floor.")
	for _, st := range a.Statements {
		if st.Paragraph == 3 && st.Speaker == "Dolores Whitacre" {
			t.Errorf("¶3 %q given to the union’s president", st.Text)
		}
	}
}

// A lower-case qualifier before a title ("state Sen. Ted Lunde") stays
// inside the name the role phrase is given: "Halvorsen's running mate,
// state Sen. Ted Lunde, told …" is Lunde.
func TestRolesNameAfterAQualifiedTitle(t *testing.T) {
	run(t, []attrCase{{name: "…'s running mate, state Sen. X, told",
		paras: []string{"Debate",
			"Halvorsen's running mate, state Sen. Ted Lunde, told The Western Journal after the debate that the race was “within the margin.”"},
		want: []stmt{reportedBy(2, "the race was", "Ted Lunde"), quoteBy(2, "within the margin.", "Ted Lunde")}}})
}

// A comma between two adjectives of one role's phrase is no clause's edge:
// "the bespectacled, 71-year-old diplomat" is the diplomat named before,
// in a quotation's frame and as the subject of a report; "a letter, he
// said" and "the day, she said" keep their commas.
func TestRolesCoordinateAdjectives(t *testing.T) {
	a := article(t,
		"Secretary General Ola Brekke will step down at the end of the year after a decade in office.",
		"“It was hard,” the bespectacled, 71-year-old diplomat said.",
		"The bespectacled, 71-year-old diplomat said the fund would double by 2030.",
		"Kari Lie, his deputy, wrote the plan in a letter, she said.",
	)
	checkStmt(t, a, quoteBy(2, "It was hard,", "Ola Brekke"))
	checkStmt(t, a, reportedBy(3, "the fund would double by 2030", "Ola Brekke"))
	checkStmt(t, a, reportedBy(4, "wrote the plan in a letter", "Kari Lie"))
}

// A spokesperson of a body named with several words ("an Alberta Health
// Services spokesperson") speaks for that body, not for another body whose
// name shares its first word; "the spokesperson" next speaks for it too.
func TestRolesSpokespersonOfAManyWordedBody(t *testing.T) {
	a := article(t,
		"The Alberta Registered Nurses' Union said its members voted 91 per cent in favour of a strike.",
		"Talks between the union and Alberta Health Services broke down in December.",
		"In an email to Global News, an Alberta Health Services spokesperson said contingency plans were being developed.",
		"The spokesperson said scheduled surgeries would likely be the first services affected.",
	)
	checkStmt(t, a, reportedBy(3, "contingency plans were being developed", "Alberta Health Services"))
	checkStmt(t, a, reportedBy(4, "scheduled surgeries would likely be the first services affected", "Alberta Health Services"))
}

// "the national police force" after the RCMP is the RCMP: a force named
// within a few paragraphs, not a new body called by its description.
func TestRolesPoliceForceIsTheForceNamed(t *testing.T) {
	run(t, []attrCase{{name: "…, the national police force confirmed Monday",
		paras: []string{"RCMP confirms criminal investigation into Cape Breton MP",
			"Michael Fraser-Doucette · The Chronicle Herald · March 3, 2026",
			"The RCMP has opened a criminal investigation into Liberal MP Declan Rafferty over a $4.2-million federal contract, the national police force confirmed Monday."},
		want: []stmt{reportedBy(3, "The RCMP has opened a criminal investigation", "RCMP")}}})
}

// "the deputy minister" is the one whose role is that, "deputy minister of
// Immigration", not her "associate deputy minister" named since; "the
// Trump campaign" stays the campaign, whatever its manager's role.
func TestRolesPlainRoleOverAQualifiedOne(t *testing.T) {
	run(t, []attrCase{{name: "the deputy minister after her associate deputy minister",
		paras: []string{"Committee",
			"Nathalie Brisebois, deputy minister of Immigration, told the committee the platform would cost $1.4 billion.",
			"Her associate deputy minister, Rohan Vasudevan, told MPs that much of the increase came from a decision in 2022.",
			"Asked whether fees would be refunded, the deputy minister said that option was under review."},
		want: []stmt{reportedBy(2, "the platform would cost $1.4 billion", "Nathalie Brisebois"),
			reportedBy(3, "much of the increase came from a decision", "Rohan Vasudevan"),
			reportedBy(4, "that option was under review", "Nathalie Brisebois")}}})
}

// "the Wyoming Republican" after "Harlan Pettibone (R-Wyo.)" is Pettibone:
// a party's member named with that state, as "the Florida senator" is.
func TestRolesPlacedPartyMember(t *testing.T) {
	run(t, []attrCase{{name: "“…,” the Wyoming Republican told reporters",
		paras: []string{"Court",
			"Senate Majority Leader Harlan Pettibone (R-Wyo.) said Monday that the Senate would not hold hearings.",
			"\"Nothing about that has changed,\" the Wyoming Republican told reporters.",
			"Sen. Ann Marsh (D-Wis.) said she disagreed."},
		want: []stmt{reportedBy(2, "the Senate would not hold hearings", "Harlan Pettibone"),
			quoteBy(3, "Nothing about that has changed,", "Harlan Pettibone"),
			reportedBy(4, "she disagreed", "Ann Marsh")}}})
}

// The placed party member's description is among the speaker's aliases,
// as other resolved descriptions are: the side panel and the JSON show
// "the Wyoming Republican" as a name Pettibone went by.
func TestRolesPlacedPartyMemberAlias(t *testing.T) {
	a := article(t,
		"Senate Majority Leader Harlan Pettibone (R-Wyo.) said Monday that the Senate would not hold hearings.",
		"\"Nothing about that has changed,\" the Wyoming Republican told reporters.",
	)
	for _, sp := range a.Speakers {
		if sp.Name == "Harlan Pettibone" {
			if !slices.Contains(sp.Aliases, "the Wyoming Republican") {
				t.Errorf("Harlan Pettibone's aliases %q lack \"the Wyoming Republican\"", sp.Aliases)
			}
			return
		}
	}
	t.Errorf("no speaker Harlan Pettibone in %+v", a.Speakers)
}

// "“…,” the bespectacled, 71-year-old diplomat said in an interview." gives
// the quotation to the diplomat named before, reports nothing more, and
// keeps the description among his aliases.
func TestRolesCoordinateAdjectivesAfterAQuotation(t *testing.T) {
	run(t, []attrCase{{name: "“…,” the bespectacled, 71-year-old diplomat said in an interview",
		paras: []string{"U.N.",
			"Secretary General Ola Brekke will step down at the end of the year after a decade in office.",
			"\"From Day One, I made climate change the top priority,\" the bespectacled, 71-year-old diplomat said in a wide-ranging interview with The Washington Post."},
		want:        []stmt{quoteBy(3, "From Day One, I made climate change the top priority,", "Ola Brekke")},
		notReported: []stmt{reportedBy(3, "", "")}}})
	a := article(t,
		"Secretary General Ola Brekke will step down at the end of the year.",
		"\"It was hard,\" the bespectacled, 71-year-old diplomat said in an interview.",
	)
	if sp := a.Speakers[0]; sp.Name != "Ola Brekke" || !slices.Contains(sp.Aliases, "the bespectacled, 71-year-old diplomat") {
		t.Errorf("first speaker %q with aliases %q, want Ola Brekke with \"the bespectacled, 71-year-old diplomat\"", sp.Name, sp.Aliases)
	}
}

// A title in capitals after a place's possessive ("Trevor Vandermeer,
// Alberta’s Minister of Children and Family Services, said") is his role,
// so "The minister also said" next is his, not the federal minister's.
func TestRolesCapitalisedTitleAfterPossessive(t *testing.T) {
	run(t, []attrCase{{name: "X, Alberta’s Minister of …, said; The minister also said",
		paras: []string{"Childcare",
			"Families Minister Marguerite Ashdown called the agreement a good deal.",
			"Trevor Vandermeer, Alberta’s Minister of Children and Family Services, said the province had hired 40 additional staff.",
			"The minister also said grants would be doubled."},
		want: []stmt{reportedBy(3, "the province had hired 40 additional staff", "Trevor Vandermeer"),
			reportedBy(4, "grants would be doubled", "Trevor Vandermeer")}}})
}

// "A spokesperson for Health Canada said …" then "The spokesperson added"
// is the same body's spokesperson, not a spokesperson named before.
func TestRolesSpokespersonForBodyAgain(t *testing.T) {
	run(t, []attrCase{{name: "a spokesperson for X said; The spokesperson added",
		paras: []string{"Dental",
			"Arjun Mehta, a spokesperson for the Canadian Dental Association, said the forms were confusing.",
			"Federal officials dispute that. A spokesperson for Health Canada said in an email that 94 per cent of claims are paid quickly.",
			"The spokesperson added that dentists no longer need to register."},
		want: []stmt{reportedBy(2, "the forms were confusing", "Arjun Mehta"),
			reportedBy(3, "94 per cent of claims", "Health Canada"),
			reportedBy(4, "dentists no longer need to register", "Health Canada")}},
		{name: "a spokesperson for a department whose name holds commas and “the”",
			paras: []string{"Mine",
				"Port Hedland Mayor Kylie Dunstan said local businesses were ready.",
				"A spokesperson for the Department of Climate Change, Energy, the Environment and Water said the department had received 2,340 submissions.",
				"Asked whether the minister had met the elders, the spokesperson said the minister had read their submission."},
			want: []stmt{reportedBy(3, "the department had received 2,340 submissions", "Department of Climate Change, Energy, the Environment and Water"),
				reportedBy(4, "the minister had read their submission", "Department of Climate Change, Energy, the Environment and Water")}}})
}

// "a spokesperson for X, which …, said" speaks for X, as "a spokesperson
// for X said" does; "a spokesperson for Quebec’s prosecution service" is
// not Quebec's.
func TestRolesSpokespersonForBodyBeforeAnAside(t *testing.T) {
	run(t, []attrCase{{name: "a spokesperson for X, which …, said",
		paras: []string{"Lumber",
			"In Washington, a spokesperson for the U.S. Lumber Fairness Coalition, which represents American sawmill owners, said in a statement that the ruling “confirms what American mills have known for decades.”",
			"“Canadian lumber is subsidized, full stop,” the statement said."},
		want: []stmt{reportedBy(2, "the ruling", "U.S. Lumber Fairness Coalition"),
			quoteBy(2, "confirms what American mills have known for decades.", "U.S. Lumber Fairness Coalition"),
			quoteBy(3, "Canadian lumber is subsidized, full stop,", "U.S. Lumber Fairness Coalition")}}})
}

// The same holds past a description of the body ("a spokeswoman for rival
// chain Provisions Plus Inc., which …, said") and for a second cue joined
// to the first ("A spokesperson for X confirmed …, but said …").
func TestRolesSpokespersonForBodyDescribedOrJoined(t *testing.T) {
	run(t, []attrCase{
		{name: "for rival chain X, which …, said",
			paras: []string{"Grocers",
				"A spokeswoman for rival chain Provisions Plus Inc., which is scheduled to appear before the committee next week, said the company “looks forward to answering questions”."},
			want: []stmt{reportedBy(2, "the company", "Provisions Plus Inc."),
				quoteBy(2, "looks forward to answering questions", "Provisions Plus Inc.")}},
		{name: "confirmed …, but said",
			paras: []string{"Election",
				"A spokesperson for Indigenous Services Canada confirmed the department “does not have a role” in custom code elections, but said it was “monitoring the situation.”"},
			want: []stmt{quoteBy(2, "does not have a role", "Indigenous Services Canada"),
				quoteBy(2, "monitoring the situation.", "Indigenous Services Canada")},
			notSpeakers: []string{"A spokesperson"}},
	})
}

// "The consortium" is the consortium named, even when its appositive runs
// on with who leads it ("X, a consortium led by Y and the engineering firm
// Z,"), and a consortium named with no such word is still the one "the
// consortium" means: not a firm in it, nor a new body called "consortium".
func TestRolesTheConsortium(t *testing.T) {
	run(t, []attrCase{
		{name: "a consortium led by …",
			paras: []string{"Line",
				"Capital Crossrail Constructors, a consortium led by Toronto-based Vellacourt Infrastructure and the Montreal engineering firm Groupe Dufresne-Aubin, disputed the city's account on Wednesday.",
				"In a statement, the consortium said the signalling problems were largely resolved."},
			want: []stmt{reportedBy(3, "the signalling problems", "Capital Crossrail Constructors")}},
		{name: "the consortium after its bare name",
			paras: []string{"Inquiry",
				"Rideau Valley Transit Partners has maintained throughout the inquiry that the city, not the consortium, set the launch date. In its opening submission in June, the consortium said it had “repeatedly warned” the city."},
			want:        []stmt{quoteBy(2, "repeatedly warned", "Rideau Valley Transit Partners")},
			notSpeakers: []string{"consortium"}},
	})
}

// "The university" is the body whose name's head is "University", not a
// union with the word in its name seen since ("the University and
// College Union").
func TestRolesTheUniversityIsTheOneHeadedSo(t *testing.T) {
	run(t, []attrCase{{name: "the university after the UCU",
		paras: []string{"Strike",
			"Staff at Aire Valley University walked out on Monday. The University and College Union said the strike would last a week.",
			"The university said it faced a deficit of £24m."},
		want: []stmt{reportedBy(2, "the strike would last a week", "University and College Union"),
			reportedBy(3, "it faced a deficit", "Aire Valley University")}}})
}

// "The organization" points back to the body last named, a club or an
// association too ("The Sierra Club published a report. The organization
// said"); "the agency" still never means a bank.
func TestRolesTheOrganization(t *testing.T) {
	run(t, []attrCase{{name: "the organization after a club",
		paras: []string{"Suit",
			"The Sierra Club published a report. The organization said it would sue."},
		want: []stmt{reportedBy(2, "it would sue", "Sierra Club")}}})
}

// "Metrolinx launched a small business support program in 2021 …. The
// agency said …": a one-word name the tables do not know, opening the
// sentence before, is the agency, not the transit commission named before.
func TestRolesAgencyAfterABareName(t *testing.T) {
	a := probeArticle(t, "b112-01-crosstown-delay.txt")
	checkStmt(t, a, reportedBy(26, "about 140 Scarborough businesses have taken part", "Metrolinx"))
}

// A descriptor of four words between a role and the name is the name's:
// "The hearing officer, retired provincial court judge Evelyn Thorarinson,
// reminded both sides that …".
func TestRolesLongDescriptorBeforeTheName(t *testing.T) {
	run(t, []attrCase{{name: "the role, a four-word descriptor, then the name",
		paras: []string{"Hearing", "Chief Stéphane Marchildon denied the allegations.",
			"The hearing officer, retired provincial court judge Evelyn Thorarinson, reminded both sides that the proceeding is not a criminal trial."},
		want: []stmt{reportedBy(3, "the proceeding is not a criminal trial", "Evelyn Thorarinson")}}})
}

// A lede's "the judge", before any judge is named, is no one else: not the
// accused the lede is about. Once Justice X is named, "the judge" is she.
func TestRolesLedeJudgeBeforeTheJusticeIsNamed(t *testing.T) {
	run(t, []attrCase{{name: "until the judge said …; Justice X said; the judge said",
		paras: []string{"Acquitted",
			"Lyle Spence kept his eyes on the floor until the judge said the word he had been waiting nearly three decades to hear.",
			"“I am entering an acquittal,” Court of King’s Bench Justice Colleen Ritchot-Abara said Friday morning.",
			"“It is not the role of this court to issue apologies,” the judge said."},
		want: []stmt{quoteBy(3, "I am entering an acquittal,", "Colleen Ritchot-Abara"),
			quoteBy(4, "It is not the role of this court to issue apologies,", "Colleen Ritchot-Abara")},
		moreQuotes: true}})
}

// "The department" is the federal department last named though its name
// lacks the word ("Innovation, Science and Economic Development Canada"),
// not an office named since.
func TestRolesTheDepartmentIsAFederalDepartment(t *testing.T) {
	run(t, []attrCase{{name: "ISED, then the privacy commissioner's office, then the department",
		paras: []string{"AI",
			"Innovation, Science and Economic Development Canada opened a consultation. The Office of the Privacy Commissioner of Canada welcomed it.",
			"The department said it would also hold round tables."},
		want: []stmt{reportedBy(3, "it would also hold round tables", "Innovation, Science and Economic Development Canada")}}})
}

// "The parliamentary budget officer" is an officer of Parliament, not the
// minister named last, as "the Senate majority leader" is not the union's
// president.
func TestRolesParliamentaryOfficerIsNoMinister(t *testing.T) {
	run(t, []attrCase{{name: "the parliamentary budget officer after a minister",
		paras: []string{"Pharmacare", "Health Minister Marcus Thibodeau-Clarke tabled the bill.",
			"The parliamentary budget officer estimated last fall that a full program would cost about $11.2 billion."},
		want:        []stmt{reportedBy(3, "a full program would cost", "~parliamentary budget officer")},
		notSpeakers: []string{"Marcus Thibodeau-Clarke"}}})
}

// A minister's list of portfolios with commas before the name is the
// role: "Alberta’s Minister of Arts, Culture and Status of Women, Tanya
// Rudnicki, called …" is Rudnicki, no one called Culture; "Quebec's
// minister of immigration, francization and integration, Jean Roy, has
// said" is Roy.
func TestRolesPortfolioListBeforeTheName(t *testing.T) {
	run(t, []attrCase{{name: "Minister of A, B and C, Name,",
		paras: []string{"Museum", "The museum returned 42 objects.",
			"Alberta’s Minister of Arts, Culture and Status of Women, Tanya Rudnicki, called the deal “a model for how museums can work together.”",
			"Quebec's minister of immigration, francization and integration, Jean Roy, has said the cap would stay."},
		want: []stmt{quoteBy(3, "a model for how museums can work together.", "Tanya Rudnicki"),
			reportedBy(4, "the cap would stay", "Jean Roy")},
		notSpeakers: []string{"Culture"}}})
}
