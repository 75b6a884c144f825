package attribution_test

// Frames: where the cue and its speaker stand around a quotation (after
// it, before it, between its halves, around a partial quotation), and the
// phrases that name a source without a cue verb (according to, in the
// words of, quoted X as saying).

import (
	"testing"
	"whosaid/model"
)

// Cue and speaker after the quotation, the most common frame in news: a
// failure leaves the quotation with no speaker, or with a word of the
// appositive as its speaker.
func TestFramesCueAfterQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "said X, a nurse",
			paras: []string{"“We will reopen the ward in May,” said Marta Quell, a nurse at the Pellham clinic."},
			want:  []stmt{quoteBy(1, "We will reopen the ward in May,", "Marta Quell")}},
		{name: "X said",
			paras: []string{"“The roof leaks every winter,” Teodor Vance said."},
			want:  []stmt{quoteBy(1, "The roof leaks every winter,", "Teodor Vance")}},
		{name: "X, a caretaker, said",
			paras: []string{"“The roof leaks every winter,” Teodor Vance, a caretaker, said."},
			want:  []stmt{quoteBy(1, "The roof leaks every winter,", "Teodor Vance")}},
		{name: "said X, who leads",
			paras: []string{"“This vote is a disgrace,” said Rafael Imre, who leads the opposition bloc in the assembly."},
			want:  []stmt{quoteBy(1, "This vote is a disgrace,", "Rafael Imre")}},
		{name: "question mark before the cue",
			paras: []string{"“Who pays for the repairs?” asked Dorit Aalto, a tenant."},
			want:  []stmt{quoteBy(1, "Who pays for the repairs?", "Dorit Aalto")}},
		{name: "title and name",
			paras: []string{"“The bridge stays closed,” said Dr. Kasimir Pohl."},
			want:  []stmt{quoteBy(1, "The bridge stays closed,", "Kasimir Pohl")}},
		{name: "dash and a title, no cue verb",
			paras: []string{"“We will rebuild every school.” — Commissioner Adela Rusu"},
			want:  []stmt{quoteBy(1, "We will rebuild every school.", "Adela Rusu")}},
		{name: "dash, a title and where it was said",
			paras: []string{"“Nobody warned us” — Commissioner Liv Moen, speaking in Bergsund."},
			want:  []stmt{quoteBy(1, "Nobody warned us", "Liv Moen")}},
		{name: "a bare 'X said.' after a quotation that ends its sentence",
			paras: []string{"The council met.", "“I hope you find the emails.” Trump said."},
			want:  []stmt{quoteBy(2, "I hope you find the emails.", "Trump")}},
		{name: "a dash line signing the quotation above",
			paras: []string{"The council met.", "“I will plead guilty, no problem.”", "— Marcel Lazar."},
			want:  []stmt{quoteBy(2, "I will plead guilty, no problem.", "Marcel Lazar")}},
		{name: "the signing line is no statement of its own",
			paras:       []string{"The council met.", "“I will plead guilty.”", "— Marcel Lazar."},
			want:        []stmt{quoteBy(2, "I will plead guilty.", "Marcel Lazar")},
			notReported: []stmt{{para: 1}, {para: 2}, {para: 3}}},
		{name: "a hyphen run into the name, with the place after it",
			paras: []string{"The council met.", "“The whole idea needs to stop.”", "-Marta Lind, Bergsund."},
			want:  []stmt{quoteBy(2, "The whole idea needs to stop.", "Marta Lind")}},
		{name: "a title before the signing name",
			paras: []string{"Mayor Marta Lind spoke first.", "“Great speech. She is ready.”", "-Mayor Lind, writing after the speech."},
			want:  []stmt{quoteBy(2, "Great speech. She is ready.", "Marta Lind")}},
		{name: "a negative number is no signature",
			paras: []string{"The council met.", "“It was cold.”", "-5 degrees, Bergsund."},
			want:  []stmt{quoteBy(2, "It was cold.", "!5 degrees")}},
	})
}

// Cue and speaker before the quotation, with a colon, a comma or the
// paragraph's end between them: a failure leaves the quotation unattributed.
func TestFramesCueBeforeQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "said colon",
			paras: []string{"Gustav Lemke said: “The harbour must stay public.”"},
			want:  []stmt{quoteBy(1, "The harbour must stay public.", "Gustav Lemke")}},
		{name: "said comma",
			paras: []string{"Gustav Lemke said, “The harbour must stay public.”"},
			want:  []stmt{quoteBy(1, "The harbour must stay public.", "Gustav Lemke")}},
		{name: "told reporters",
			paras: []string{"Gustav Lemke told reporters, “Nobody called me before the vote.”"},
			want:  []stmt{quoteBy(1, "Nobody called me before the vote.", "Gustav Lemke")}},
		{name: "in an interview",
			paras: []string{"In an interview, Priya Naidoo said, “I never wanted the job.”"},
			want:  []stmt{quoteBy(1, "I never wanted the job.", "Priya Naidoo")}},
		{name: "appositive before the cue",
			paras: []string{"Oren Falk, a paramedic, said: “The ambulance took forty minutes to arrive.”"},
			want:  []stmt{quoteBy(1, "The ambulance took forty minutes to arrive.", "Oren Falk")}},
		{name: "appositive before ', said,'",
			paras: []string{"The council met.", "But in a call with reporters, Col. Steven Warren, a military spokesman in Baghdad, said, “A raid is a combat operation.”"},
			want:  []stmt{quoteBy(2, "A raid is a combat operation.", "Steven Warren")}},
		{name: "the verb opening the sentence, before the name",
			paras: []string{"The council met.", "Said Comey, “The thought is very painful to us.”"},
			want:  []stmt{quoteBy(2, "The thought is very painful to us.", "Comey")}},
		{name: "a statement issued 'saying' it",
			paras: []string{"The council met.", "On Saturday, Trump issued a statement saying that Scalia was “a remarkable person.”"},
			want:  []stmt{quoteBy(2, "a remarkable person.", "Trump")}},
		{name: "the subject of the verb before 'and said'",
			paras: []string{"Robby Mook spoke at a luncheon.", "When the manager was asked about a press conference, he laughed and said, “We will see.”"},
			want:  []stmt{quoteBy(2, "We will see.", "Robby Mook")}},
		{name: "'was prompted to say'",
			paras: []string{"The race went on.", "The debate was so subdued that Mr. Trump was prompted to say, “I cannot believe how civil it has been.”"},
			want:  []stmt{quoteBy(2, "I cannot believe how civil it has been.", "Trump")}},
		{name: "', X said, adding,' before the quotation",
			paras: []string{"The mosque stayed open.", "Mateen left as soon as prayers were finished, Nefzi said, adding, “He was not very religious.”"},
			want:  []stmt{quoteBy(2, "He was not very religious.", "Nefzi")}},
		{name: "an opening adverb is no speaker",
			paras: []string{"The plan was costly.", "Likewise, a paper from the Brookings Institution had this to say about the plan: “Families gain little.”"},
			want:  []stmt{quoteBy(2, "Families gain little.", "")}},
		{name: "as X put it",
			paras: []string{"The race went on.", "As The Post’s Dana Milbank puts it, “Senate Republicans are unmoved.”"},
			want:  []stmt{quoteBy(2, "Senate Republicans are unmoved.", "Dana Milbank")}},
		{name: "as X, with an aside holding a title in quotation marks, put it",
			paras: []string{"The race went on.", "As Lena Holt, professor of law at Tolland and author of ''The Unwritten Charter,'' put it, ''Senators should remember that a compromise is better.''",
				"As Holt spoke, Dana Milbank said, “The race is over.”"},
			want: []stmt{quoteBy(2, "The Unwritten Charter,", ""), quoteBy(2, "Senators should remember that a compromise is better.", "Lena Holt"),
				quoteBy(3, "The race is over.", "Dana Milbank")}},
		{name: "a split quotation around an unnamed source",
			paras: []string{"The race went on.", "“She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win.”"},
			want: []stmt{quoteBy(2, "She is too far behind,", "an Iowa Democrat"),
				quoteBy(2, "and Iowa was not a decisive win.", "an Iowa Democrat")}},
		{name: "an opening phrase with a comma of its own",
			paras: []string{"The race went on.", "In a wide-ranging, in-prison interview last year, Lazar said he welcomed extradition and added, “I will plead guilty.”"},
			want:  []stmt{quoteBy(2, "I will plead guilty.", "Lazar")}},
		{name: "told the outlet, colon",
			paras: []string{"Anton Weiss told the Harbour Gazette: “We will appeal.”"},
			want:  []stmt{quoteBy(1, "We will appeal.", "Anton Weiss")}},
		{name: "colon intro without a verb",
			paras: []string{
				"Jesper Aune, a farmer, spoke first at the meeting.",
				"And from Wilma Roth: “We were never consulted about the pylons.”",
			},
			want: []stmt{quoteBy(2, "We were never consulted about the pylons.", "Wilma Roth")}},
		{name: "colon ends the paragraph before",
			paras: []string{
				"Kaja Ström, the head teacher, wrote to parents on Sunday:",
				"“The school will stay closed until the heating is repaired.”",
			},
			want: []stmt{quoteBy(2, "The school will stay closed until the heating is repaired.", "Kaja Ström")}},
		{name: "dashes or brackets between the subject and the cue",
			paras: []string{
				"Piet Claes — who has led the union since 2019 — said the offer was “an insult.”",
				"Ida Moen (pictured) said the offer was “a start.”",
			},
			want: []stmt{
				quoteBy(1, "an insult.", "Piet Claes"),
				quoteBy(2, "a start.", "Ida Moen"),
			}},
	})
}

// A quotation split by its cue, or two quotations by two speakers in one
// paragraph: each half goes to the speaker between or before it.
func TestFramesSplitQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "X said between halves",
			paras: []string{"“The plan is sound,” Lidia Moro said, “but the money is simply not there.”"},
			want: []stmt{
				quoteBy(1, "The plan is sound,", "Lidia Moro"),
				quoteBy(1, "but the money is simply not there.", "Lidia Moro"),
			}},
		{name: "pronoun between halves",
			paras: []string{
				"Lidia Moro runs the food bank.",
				"“Demand has tripled,” she said, “and donations have halved.”",
			},
			want: []stmt{
				quoteBy(2, "Demand has tripled,", "Lidia Moro"),
				quoteBy(2, "and donations have halved.", "Lidia Moro"),
			}},
		{name: "said X between halves",
			paras: []string{"“We tried,” said Benedikt Sauer, the club’s captain. “We just ran out of legs.”"},
			want: []stmt{
				quoteBy(1, "We tried,", "Benedikt Sauer"),
				quoteBy(1, "We just ran out of legs.", "Benedikt Sauer"),
			}},
		{name: "two speakers in one paragraph",
			paras: []string{"“Yes,” said Agnes Borg. “No,” said Emil Frey."},
			want: []stmt{
				quoteBy(1, "Yes,", "Agnes Borg"),
				quoteBy(1, "No,", "Emil Frey"),
			}},
		{name: "reported clause, then a partial quotation, then the cue",
			paras: []string{
				"The interior minister, Faridah Lim, rejected the criticism. Evacuations had begun “as soon as the forecast became reliable,” she told reporters.",
			},
			want: []stmt{
				quoteBy(1, "as soon as the forecast became reliable,", "Faridah Lim"),
				reportedBy(1, "Evacuations had begun", "Faridah Lim"),
			}},
	})
}

// A few quoted words inside a reported clause are the subject's, not a
// name's inside the clause: a failure gives them to the person spoken of.
func TestFramesPartialQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "names in the reported clause",
			paras:       []string{"Lukas Brandt said Vera Holm and Ivo Petrak made “serious mistakes” during the audit."},
			want:        []stmt{quoteBy(1, "serious mistakes", "Lukas Brandt")},
			notSpeakers: []string{"Vera Holm", "Ivo Petrak"}},
		{name: "called the plan",
			paras: []string{"Nadia Orlov called the plan “reckless.”"},
			want:  []stmt{quoteBy(1, "reckless.", "Nadia Orlov")}},
		{name: "a partial quotation with an owner's noun after it",
			paras: []string{"Liberal MPP Ravi Fernhill said the report “vindicates every single question” his party asked."},
			want:  []stmt{quoteBy(1, "vindicates every single question", "Ravi Fernhill"), reportedBy(1, "the report", "Ravi Fernhill")}},
		{name: "said she was",
			paras: []string{"Nadia Orlov said she was “cautiously hopeful” about the talks."},
			want:  []stmt{quoteBy(1, "cautiously hopeful", "Nadia Orlov")}},
		{name: "accused another of",
			paras: []string{"Greta Wahl accused Tomas Ek of “playing games with people’s homes.”"},
			want:  []stmt{quoteBy(1, "playing games with people’s homes.", "Greta Wahl")}},
		{name: "accused the council of",
			paras: []string{"Nora Salo accused the council of “dragging its feet” on repairs."},
			want:  []stmt{quoteBy(1, "dragging its feet", "Nora Salo")}},
		{name: "told the outlet that",
			paras:       []string{"Jens Holt told the Gazette on Monday that “nothing has been decided.”"},
			want:        []stmt{quoteBy(1, "nothing has been decided.", "Jens Holt")},
			notSpeakers: []string{"Gazette"}},
		{name: "the review, by X, called and questioned whether",
			paras: []string{`The review, by Julian Ashworth-Pryce in the Sunday edition, called the book "sentimental" and questioned whether the judges had "read past the first chapter."`},
			want: []stmt{
				quoteBy(1, "sentimental", "Julian Ashworth-Pryce"),
				quoteBy(1, "read past the first chapter.", "Julian Ashworth-Pryce"),
			}},
	})
}

// "According to X" and "in the words of X" name the source without a cue
// verb, before or after the quotation; "according to calculations by X"
// names X.
func TestFramesAccordingTo(t *testing.T) {
	run(t, []attrCase{
		{name: "according to, then the quotation",
			paras: []string{"According to Selma Ruud, “turnout was the lowest in decades.”"},
			want:  []stmt{quoteBy(1, "turnout was the lowest in decades.", "Selma Ruud")}},
		{name: "according to after the quotation",
			paras: []string{"“Turnout was the lowest in decades,” according to Selma Ruud, an election official."},
			want:  []stmt{quoteBy(1, "Turnout was the lowest in decades,", "Selma Ruud")}},
		{name: "in the words of, after and before",
			paras: []string{
				"\"It changes everything,\" in the words of Commissioner Anna Lind.",
				"In the words of Tomas Berg, the ruling \"changes the rules of the road.\"",
			},
			want: []stmt{
				quoteBy(1, "It changes everything,", "Anna Lind"),
				quoteBy(2, "changes the rules of the road.", "Tomas Berg"),
			}},
		{name: "according to a document by its author",
			paras: []string{"Wages", "A living wage in Tolland is about $12 an hour, according to calculations by Selma Ruud of Harbour University."},
			want:  []stmt{reportedBy(2, "A living wage in Tolland is about $12 an hour", "Selma Ruud")}},
		{name: "an analysis of something by its author; an analysis alone is a document",
			paras: []string{"Donors",
				"Forty-three percent of contributions came from women, according to an analysis of election commission data by Harbourpac, a crowdfunding website.",
				"Most donors are men, according to an analysis.",
				"All told, super PACs spent more than $2.5 million on phone banking, according to the Ledger’s count.",
				"All told, the group spent more than $2.5 million on phone banking.",
				"All told, up to 5 million people could be affected."},
			want: []stmt{
				reportedBy(2, "Forty-three percent of contributions came from women", "Harbourpac"),
				reportedBy(3, "Most donors are men", "an analysis"),
			},
			notReported: []stmt{{para: 5, text: "All told"}, {para: 6, text: "All told"}},
			speakers:    []string{"Harbourpac", "an analysis", "the Ledger’s count"},
			kinds:       map[string]model.SpeakerKind{"an analysis": model.SpeakerDocument}},
	})
}

// "The outlet quoted X as saying", active or passive: the words are X's,
// and the outlet is no speaker.
func TestFramesQuotedAsSaying(t *testing.T) {
	run(t, []attrCase{
		{name: "the outlet quoted X as saying, partial",
			paras:       []string{"The Harbour Gazette quoted Anton Weiss as saying the talks had “run their course.”"},
			want:        []stmt{quoteBy(1, "run their course.", "Anton Weiss")},
			notSpeakers: []string{"Harbour Gazette"}},
		{name: "the outlet quoted X as saying, after the quotation",
			paras:       []string{"“Nothing has been decided,” the Harbour Gazette quoted Jens Holt as saying."},
			want:        []stmt{quoteBy(1, "Nothing has been decided,", "Jens Holt")},
			notSpeakers: []string{"Harbour Gazette"}},
		{name: "the outlet quoted X as saying, colon",
			paras:       []string{"The Harbour Gazette quoted Jens Holt as saying: “Nothing has been decided.”"},
			want:        []stmt{quoteBy(1, "Nothing has been decided.", "Jens Holt")},
			notSpeakers: []string{"Harbour Gazette"}},
		{name: "the outlet quoted him as saying",
			paras: []string{
				"Yevgen Marchuk, the spokesman, said the talks were useful.",
				"The state news agency ZarInform later quoted him as saying there had been “no breakthrough.”",
			},
			want: []stmt{
				quoteBy(2, "no breakthrough.", "Yevgen Marchuk"),
				reportedBy(2, "there had been", "Yevgen Marchuk"),
			}},
		{name: "X was quoted as saying",
			paras: []string{
				"Kaja Tamm was quoted by the Tessel Herald as saying the talks were “on track.”",
				"Jonas Berg was quoted as saying that he would appeal.",
			},
			want: []stmt{
				quoteBy(1, "on track.", "Kaja Tamm"),
				reportedBy(1, "as saying the talks were", "Kaja Tamm"),
				reportedBy(2, "he would appeal", "Jonas Berg"),
			}},
	})
}

// A cue after a quotation whose subject nothing resolves names the source
// by its own words: someone's colleague, a man, an opinion.
func TestFrameAfterUnresolvedSubject(t *testing.T) {
	run(t, []attrCase{{
		name: "a role, an unnamed person and a document after the quotation",
		paras: []string{"Geologist mourned", "Maren Vik died on Sunday. “She was kind,” her colleague wrote on Facebook.",
			"“It was sad,” the man said. “The case goes back,” the unsigned opinion said."},
		want: []stmt{
			quoteBy(2, "She was kind,", "her colleague"),
			quoteBy(3, "It was sad,", "the man"),
			quoteBy(3, "The case goes back,", "the unsigned opinion"),
		},
		kinds: map[string]model.SpeakerKind{"the man": model.SpeakerUnnamed, "the unsigned opinion": model.SpeakerDocument},
	}})
}

// “….” He says, “…”: a cue followed by a comma and a quotation opens that
// quotation; it is not a bare attribution of the one before.
func TestFramesCueOpeningTheNextQuote(t *testing.T) {
	a := article(t,
		"Ola Brenna ran for mayor of Vik.",
		"Speaking at the town hall, Petra Holm went after Brenna, calling him “a total stiff.” She says, “Here is a man nobody would hire.”",
	)
	checkStmt(t, a, quoteBy(2, "Here is a man nobody would hire.", "Petra Holm"))
	if s := mustFind(t, a, quoteBy(2, "a total stiff.", "")); s.Speaker == "Ola Brenna" {
		t.Errorf("the partial quotation went to the man it describes\n%s", dump(a))
	}
}

// A sentence that announces a quotation with a colon gives it to its
// subject, whatever the verb; "by saying" keeps the sentence's subject.
func TestFrameSubjectAnnouncesWithColon(t *testing.T) {
	run(t, []attrCase{{
		name: "any verb before a colon, and a cue after by or before",
		paras: []string{"Harbour plan", "Maren Vik and Tomas Berg spoke.",
			"Vik pondered: “What is left?”", "Berg answered the charge by saying “I am not with them.”",
			"The Tolland Harbour Board was conclusive in its findings: “The pier is safe.”"},
		want: []stmt{
			quoteBy(3, "What is left?", "Maren Vik"),
			quoteBy(4, "I am not with them.", "Tomas Berg"),
			quoteBy(5, "The pier is safe.", "Tolland Harbour Board"),
		},
	}})
}

// A quotation of some length inside a person's sentence, with no cue, is
// that person's words; a short phrase or a title stays no one's.
func TestFrameSentenceSubjectHoldsTheQuotation(t *testing.T) {
	run(t, []attrCase{{
		name: "no cue, a person's sentence",
		paras: []string{"Harbour plan", "Maren Vik spoke on Monday.",
			"She wanted “a pier that lasts a hundred years” and nothing less. The board liked the “new pier” plan."},
		want: []stmt{
			quoteBy(3, "a pier that lasts a hundred years", "Maren Vik"),
			quoteBy(3, "new pier", ""),
		},
	}})
}

// A coordinated cue after a framed quotation keeps the frame's speaker;
// "the statement said" with no one's statement before is a document.
func TestFrameCoordinatedCueAfterFrame(t *testing.T) {
	run(t, []attrCase{{
		name: "and then predicted:",
		paras: []string{"Harbour plan", "Maren Vik spoke on Monday.",
			"“We think the pier will hold,” she said at a news conference, and then predicted: “We will open in May.”",
			"“There were no calls,” the statement said."},
		want: []stmt{
			quoteBy(3, "We think the pier will hold,", "Maren Vik"),
			quoteBy(3, "We will open in May.", "Maren Vik"),
			quoteBy(4, "There were no calls,", "*"),
		},
	}})
}

// A crowd chants, a suit says, an email goes on to say: each speaks by
// its own words when no one else is named.
func TestFrameCrowdSuitEmail(t *testing.T) {
	run(t, []attrCase{{
		name: "chanted, the suit says, went on to say",
		paras: []string{"Harbour rally", "Maren Vik spoke.", "The crowd chanted back at her, “Build the pier!”",
			"“He was fired for nothing,” the suit says.", "The email went on to say, “We are closing the office.”"},
		want: []stmt{
			quoteBy(3, "Build the pier!", "Crowd"),
			quoteBy(4, "He was fired for nothing,", "the suit"),
			quoteBy(5, "We are closing the office.", "the email"),
		},
	}})
}

// "X's office said" after a quotation speaks for X; "X's campaign" is a body.
func TestFrameOfficeSpeaksForItsOwner(t *testing.T) {
	run(t, []attrCase{{
		name:  "Vik's office said",
		paras: []string{"Harbour plan", "Maren Vik spoke.", "“It was accepted,” Vik’s office said in a statement. “We are ready,” Vik’s campaign said."},
		want: []stmt{
			quoteBy(3, "It was accepted,", "Maren Vik"),
			quoteBy(3, "We are ready,", "~Vik’s campaign"),
		},
	}})
}

// A body or a document whose sentence holds a quotation with no cue speaks
// it too: "The Harbour Times characterized the plan as “…”".
func TestFrameSentenceSubjectBodyOrDocument(t *testing.T) {
	run(t, []attrCase{{
		name:  "an outlet's sentence",
		paras: []string{"Harbour plan", "The Harbour Times characterized the plan as “a journey from denial to grudging acceptance.”"},
		want:  []stmt{quoteBy(2, "a journey from denial to grudging acceptance.", "~Harbour Times")},
	}})
}

// A quotation's cue whose subject names no one speaks by the subject's own
// words, as reported speech does: "Yet another said, “…”".
func TestFrameSubjectByItsOwnWords(t *testing.T) {
	run(t, []attrCase{{
		name:  "another, some",
		paras: []string{"Harbour vote", "“It will pass,” said one harbour Republican. Yet another said, “It will fail.” Some chanted, “Build the pier!”"},
		want: []stmt{
			quoteBy(2, "It will pass,", "*"),
			quoteBy(2, "It will fail.", "another harbour Republican"),
			quoteBy(2, "Build the pier!", "Some"),
		},
	}})
}

// A partial quotation under a cue whose subject names no one goes to that
// subject, as the reported statement around it does.
func TestFrameGoverningCueLiteralSubject(t *testing.T) {
	run(t, []attrCase{{
		name:  "Others said the plan was “…”",
		paras: []string{"Harbour plan", "Others said the plan was “a disaster for the town.”"},
		want: []stmt{
			reportedBy(2, "the plan was", "Others"),
			quoteBy(2, "a disaster for the town.", "Others"),
		},
	}})
}

// After a quotation, a cue's subject that names no one the article knows
// is the speaker in its own words: a person by an agent noun, else a
// thing that says. "The Gazette's Ed O'Keefe" is O'Keefe, "reacted" a cue
// beside a quotation, and "the newspaper" then the Gazette just named.
func TestFramesCueAfterUnknownPhrase(t *testing.T) {
	run(t, []attrCase{{
		name: "the narrator, the note, the slate card, a staffer in the room",
		paras: []string{"Harbour vote",
			"\"We need leaders to stand up to the board,\" the narrator says.",
			"''Mark, you are a total loser!'' the note says.",
			"“Senator Vik appreciates your support,” said the printed Vik slate card.",
			"\"Will he be the next harbour master?\" a Liberal staffer in the room wondered.",
			"\"It is a big deal,\" The Harbour Gazette's Ed O'Keefe explained. “The board must go,” reacted Tomas Berg.",
			"“We lost,” the newspaper said."},
		want: []stmt{
			quoteBy(2, "We need leaders to stand up to the board,", "the narrator"),
			quoteBy(3, "Mark, you are a total loser!", "the note"),
			quoteBy(4, "Senator Vik appreciates your support,", "the printed Vik slate card"),
			quoteBy(5, "Will he be the next harbour master?", "a Liberal staffer"),
			quoteBy(6, "It is a big deal,", "Ed O'Keefe"),
			quoteBy(6, "The board must go,", "Tomas Berg"),
			quoteBy(7, "We lost,", "Harbour Gazette"),
		},
		kinds: map[string]model.SpeakerKind{"the narrator": model.SpeakerUnnamed, "the note": model.SpeakerDocument,
			"the printed Vik slate card": model.SpeakerDocument, "a Liberal staffer": model.SpeakerUnnamed,
			"Harbour Gazette": model.SpeakerOutlet},
	}})
}

// A document dated by a participle ("the order released Friday said",
// "The ruling issued on Monday said", "“…,” the email read") speaks; after “…!” a capitalised
// determiner opens a new sentence, whose document does not take the
// quotation.
func TestFramesDocumentWithParticiple(t *testing.T) {
	run(t, []attrCase{{
		name: "the order released Friday said; “…!” A campaign TV ad released Thursday accuses",
		paras: []string{"Harbour Academy",
			"Judge Moe seemed unconvinced. “The assertion is speculative,” the order released Friday said.",
			"The ruling issued on Monday said the records must be released.",
			"Its salvo began with a web ad in which children bash a dollhouse, yelling “eminent domain!” A campaign TV ad released Thursday accuses Ruiz of buying influence."},
		want: []stmt{
			quoteBy(2, "The assertion is speculative,", "the order released Friday|the order"),
			reportedBy(3, "the records must be released", "~the ruling"),
			quoteBy(4, "eminent domain!", "!A campaign TV ad|a campaign TV ad"),
			reportedBy(4, "buying influence", "~a campaign TV ad"),
		},
	}, {
		name: "“…,” the email read.",
		paras: []string{"Race",
			"The Holm campaign sent a fundraising email Wednesday saying Holm and Ruiz are in a two-man race. “Friend, let me be blunt. I can beat Ana Lind,” the email read."},
		want: []stmt{
			reportedBy(2, "in a two-man race", "*"),
			quoteBy(2, "Friend, let me be blunt. I can beat Ana Lind,", "the email"),
		},
	}})
}

// A cue in an adverbial clause inside what an earlier cue reports does not
// frame the quotation after it ("Vik said that once the board goes on
// recess, “…”" is Vik's), but a cue whose object the quotation is does
// ("Vik said that Berg called the plan “a disaster”" is Berg's words), but
// not a country's in a person's words ("X said Canada welcomed … but would
// “…”" is X's); a sentence adverb is no speaker.
func TestFramesInsideReportedClause(t *testing.T) {
	run(t, []attrCase{{
		name: "once …, a nested cue, Likewise",
		paras: []string{"Harbour vote", "Tomas Berg spoke first.",
			"By contrast, Sen. Maren Vik said that once the board goes on recess, “I intend to do as much as I can.”",
			"Vik said that Berg called the plan “a disaster.”",
			"Likewise, a paper from the left-leaning Tolland Institution had this to say about his free-ferry proposal: \"Families would receive more.\""},
		want: []stmt{
			quoteBy(3, "I intend to do as much as I can.", "Maren Vik"),
			quoteBy(4, "a disaster.", "Tomas Berg"),
			quoteBy(5, "Families would receive more.", "Tolland Institution"),
		},
		notSpeakers: []string{"Likewise", "board"},
		kinds:       map[string]model.SpeakerKind{"Tolland Institution": model.SpeakerBody},
	}, {
		name: "a verb that frames only beside a quotation, after a modal, is the plan said",
		paras: []string{"Strike goes on", "The Harbour Workers Federation said it would appeal.",
			"Asked how long the strike could last, Mila Brisebois said it would continue “as long as it takes.”",
			"Olga Dunn said talks would begin “in the coming weeks.”"},
		want: []stmt{
			quoteBy(3, "as long as it takes.", "Mila Brisebois"),
			quoteBy(4, "in the coming weeks.", "Olga Dunn"),
		},
	}, {
		name: "a country as the subject of a cue inside what a person said",
		paras: []string{"Summit", "Foreign Affairs Minister Hélène Dufresne-Akande said Canada welcomed the prisoner exchange but would “judge Moscow by its actions.”",
			"Russian Ambassador Gennady Zolotaryov said Moscow had proposed amendments, and that those amendments were rejected “without serious discussion.”"},
		want: []stmt{
			quoteBy(2, "judge Moscow by its actions.", "Hélène Dufresne-Akande"),
			quoteBy(3, "without serious discussion.", "Gennady Zolotaryov"),
		},
	}})
}

// "…, X told reporters travelling on Air Force One." closes the sentence
// as "…, X said." does: the partial quotation before it is X's.
func TestFramesToldAudienceClosesTheSentence(t *testing.T) {
	run(t, []attrCase{{name: "told reporters travelling on",
		paras: []string{"Summit", "Press secretary Marisol Ortega-Brandt spoke.",
			"Ukraine was “front and centre” throughout the talks, Ortega-Brandt told reporters travelling on Air Force One."},
		want: []stmt{reportedBy(3, "Ukraine was", "Marisol Ortega-Brandt"), quoteBy(3, "front and centre", "Marisol Ortega-Brandt")}}})
}

// A cue that closes the sentence after a comma owns the partial quotation
// inside it; a quotation's own comma ends the clause before a participle;
// a capitalised modifier before a role noun ("the Republican candidate")
// leaves the phrase a role, not a name.
func TestFramesTrailingCueAndRoleModifier(t *testing.T) {
	run(t, []attrCase{
		{name: "partial quotation, then “, X said.”",
			paras: []string{"Orla Brennick chaired the panel for a decade.",
				"Brennick “felt a duty to finish the report” before she left, Tomas Aldana said."},
			want: []stmt{quoteBy(2, "felt a duty to finish the report", "Tomas Aldana"),
				reportedBy(2, "before she left", "Tomas Aldana")}},
		{name: "quotation's comma before “, explaining”",
			paras: []string{"Tomas Aldana said the vote reminds him of the book titled “The Long Winter,” explaining, “because it never seemed to end.”"},
			want: []stmt{quoteBy(1, "The Long Winter,", ""),
				reportedBy(1, "reminds him of the book", "Tomas Aldana"),
				quoteBy(1, "because it never seemed to end.", "Tomas Aldana")}},
		{name: "the Republican candidate said",
			paras: []string{"Senator Harlan Moss campaigned in Ames on Friday.",
				"“We will win this state,” the Republican candidate said."},
			want: []stmt{quoteBy(2, "We will win this state,", "Harlan Moss")}},
		{name: "the Republican presidential candidate said in an interview",
			paras: []string{"Senator Harlan Moss campaigned in Ames on Friday.",
				"“We will win this state,” the Republican presidential candidate said in an interview."},
			want: []stmt{quoteBy(2, "We will win this state,", "Harlan Moss")}},
	})
}

// Frames whose verb or word order the cue lists do not cover: a verb
// after a comma before its speaker, a press role before a name (while
// "the moderator" alone stays unnamed), and an unlisted past-tense verb
// beside a name after a quotation its comma leaves open; an adverb before
// the cue, "in X's words", joint speakers with a post-modifier.
func TestFramesInvertedAndUnlistedVerbs(t *testing.T) {
	run(t, []attrCase{
		{name: "In other words, explained X: “…”",
			paras: []string{"In other words, explained CBS moderator Ilse Varga: “What does that have to do with the donations?”"},
			want:  []stmt{quoteBy(1, "What does that have to do with the donations?", "Ilse Varga")}},
		{name: "…, explained X, “…”",
			paras: []string{"Because of how the party set the calendar, explained Tomas Aldana, “it will be over by March.”"},
			want:  []stmt{quoteBy(1, "it will be over by March.", "Tomas Aldana")}},
		{name: "the moderator stays unnamed",
			paras: []string{"Harlan Moss spoke first.", "“Is that fair?” asked the moderator."},
			want:  []stmt{quoteBy(2, "Is that fair?", "the moderator")}},
		{name: "“…,” exhorted X",
			paras: []string{"“It is about time we had a woman running this county,” exhorted Ilse Varga."},
			want:  []stmt{quoteBy(1, "It is about time we had a woman running this county,", "Ilse Varga")}},
		{name: "“…,” the editorial board recently wrote",
			paras: []string{"“Pandering to Ruiz belies his reputation,” the editorial board recently wrote."},
			want:  []stmt{quoteBy(1, "Pandering to Ruiz belies his reputation,", "the editorial board")}},
		{name: "in X's words, “…”",
			paras: []string{"The summit was held in Tolland because, in Forbes’ words, “they are the most entrepreneurial places on the planet.”"},
			want:  []stmt{quoteBy(1, "they are the most entrepreneurial places on the planet.", "Forbes")}},
		{name: "“…,” experts X and Y of the Institute wrote",
			paras: []string{"Forbes praised Tolland.", "“Tritium would enable new designs,” nuclear experts David Albright and Serena Kelleher-Vergantini of the Institute for Science wrote in a report."},
			want:  []stmt{quoteBy(2, "Tritium would enable new designs,", "David Albright")}},
		{name: "…: “…,” exhorted X's introducer, actress Y",
			paras: []string{"Ana Ruiz spoke in Tolland. Then came the most obvious change of all: “It is about time,” exhorted Ruiz's introducer, actress Ilse Varga."},
			want:  []stmt{quoteBy(1, "It is about time,", "Ilse Varga")}, moreQuotes: true},
		{name: "a quotation inside the sentence is no frame for a verb after it",
			paras: []string{"Despite the “historic deal,” Johnson resigned."},
			want:  []stmt{quoteBy(1, "historic deal,", "")}},
		{name: "“…,” X started.",
			paras: []string{"Harlan Moss sat down with the host, Ilse Varga.",
				"“The Times says you met its editors in January,” Varga started. “We did,” Moss said."},
			want: []stmt{quoteBy(2, "The Times says you met its editors in January,", "Ilse Varga"),
				quoteBy(2, "We did,", "Harlan Moss")}},
	})
}

// A name after "to" (or "to the Dutch newspaper") before a colon is whom
// the words were for, not who said them; a participle after a comma takes
// the sentence's subject over a name in the clause between, unless a cue
// before it names the speaker.
func TestFramesColonAfterObjectAndParticipleSubject(t *testing.T) {
	run(t, []attrCase{
		{name: "delivered a message to X: “…”",
			paras: []string{"Harlan Moss and Ilse Varga met on Monday.",
				"Senate leader Ilse Varga delivered a blunt message to Moss: “It is time to stop attacking people.”"},
			want: []stmt{quoteBy(2, "It is time to stop attacking people.", "Ilse Varga")}},
		{name: "broke down … to the Dutch newspaper X: “…”",
			paras: []string{"Tacos",
				"Former candidate Ilse Varga broke down what was wrong with the image to the Dutch newspaper Harbour Dagblad: “What he did was so insensitive.”"},
			want:        []stmt{quoteBy(2, "What he did was so insensitive.", "Ilse Varga")},
			notSpeakers: []string{"Harbour Dagblad"}},
		{name: "And from X: “…”",
			paras: []string{"Harlan Moss and Ilse Varga met on Monday.", "And from Moss: “We will win.”"},
			want:  []stmt{quoteBy(2, "We will win.", "Harlan Moss")}},
		{name: "X offered a retort on Y's habits, tweeting at him, “…”",
			paras: []string{"Harlan Moss and Tomas Aldana met on Monday.",
				"Aldana offered a Moss-style retort on the mogul's preferred mode of communication, tweeting at him, “you are a loser and a liar.”"},
			want: []stmt{quoteBy(2, "you are a loser and a liar.", "Tomas Aldana")}},
		{name: "…, X said, adding, “…”",
			paras: []string{"Harlan Moss and Tomas Aldana met on Monday.",
				"Moss will meet the mayor next week, Aldana said, adding, “They need a good talk.”"},
			want: []stmt{quoteBy(2, "They need a good talk.", "Tomas Aldana")}},
	})
}

// Words before a name that say what the person is, not an office the
// article points back to ("undecided Republican voter Ana Holt"), and an
// indefinite source with a name inside it ("one Moss campaign source").
func TestFramesVoxPopAndIndefiniteSourceAfterQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "said undecided Republican voter X of Y",
			paras: []string{"Harlan Moss spoke on Monday.",
				"“I don't know exactly where he stands on that,” said undecided Republican voter Ana Holt of Derry, N.H., before the barbecue."},
			want: []stmt{quoteBy(2, "I don't know exactly where he stands on that,", "Ana Holt")}},
		{name: "one Moss campaign source said",
			paras: []string{"Harlan Moss spoke on Monday.", "“It's the nominee's party,” one Moss campaign source said."},
			want:  []stmt{quoteBy(2, "It's the nominee's party,", "one Moss campaign source")}},
		{name: "said the woman X called a liar",
			paras: []string{"Harlan Moss spoke on Monday.", "“I never lied,” said the woman Moss called a liar."},
			want:  []stmt{quoteBy(2, "I never lied,", "the woman")}},
		{name: "a Democratic staffer in the room wondered",
			paras: []string{"Harlan Moss spoke on Monday.", "“Will he be the next attorney general?” a Democratic staffer in the room wondered."},
			want:  []stmt{quoteBy(2, "Will he be the next attorney general?", "*")}},
	})
}

// After a quotation, "his nephew X added" and "former … speechwriter X
// wrote" are X's words: role and relation words stand before the name.
func TestFrameRoleWordsBeforeTheNameAfterAQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "his nephew X added",
			paras: []string{"Port", "“We had called him just before he boarded,” his nephew Michery Soheil added."},
			want:  []stmt{quoteBy(2, "We had called him just before he boarded,", "Michery Soheil")}},
		{name: "former … speechwriter X wrote",
			paras: []string{"Port", "“These are the darkest days for us,” former George W. Bush speechwriter Noam Neusner wrote in a column."},
			want:  []stmt{quoteBy(2, "These are the darkest days for us,", "Noam Neusner")}},
		{name: "Senate Minority Whip Dick Durbin",
			paras: []string{"Port", "“I don’t know what it’s going to take,” said Senate Minority Whip Dick Durbin in an interview."},
			want:  []stmt{quoteBy(2, "I don’t know what it’s going to take,", "Dick Durbin")}},
	})
}

// A quotation opened by "X tweeted," or "X responded:" that ends its own
// sentence is X's, even when the next sentence holds a cue ("This sort of
// opining, the network claimed, …").
func TestFrameCueBeforeOwnsAFinishedQuotation(t *testing.T) {
	run(t, []attrCase{
		{name: "X tweeted, “….” … the network claimed …",
			paras: []string{"Port", "Reporter Elise Labott was suspended.", "On November 19, Labott tweeted, “The bill passed. The harbour mourns.” This sort of opining, CNN claimed, breaks its code."},
			want:  []stmt{quoteBy(3, "The bill passed. The harbour mourns.", "Elise Labott")}},
		{name: "X responded: “…?” Her critics cited it",
			paras: []string{"Port", "Senator Ana Ruiz spoke.", "Ruiz, exasperated, famously responded: “What difference does it make?” Her critics cited it as evidence."},
			want:  []stmt{quoteBy(3, "What difference does it make?", "Ana Ruiz")}},
		{name: "X emailed her, telling her, “…!” She replied to him that …",
			paras: []string{"Port", "Senator Ana Ruiz was ill.", "Tomas Berg emailed her, telling her, “you are an all-star player!” She replied to him that it was an “honor to serve.”"},
			want: []stmt{quoteBy(3, "you are an all-star player!", "Tomas Berg"),
				reportedBy(3, "it was an “honor to serve.”", "Ana Ruiz"), quoteBy(3, "honor to serve.", "Ana Ruiz")}},
	})
}

// An inverted cue after a quotation takes the name after a determiner and
// role words, or after a possessive role and an appositive descriptor.
func TestFrameInvertedCueBeforeARoleAndName(t *testing.T) {
	run(t, []attrCase{
		{name: "added his campaign manager X",
			paras: []string{"Port", "“We're going to start chipping away at the lead,” added his campaign manager Jeff Weaver, speaking to reporters."},
			want:  []stmt{quoteBy(2, "We're going to start chipping away at the lead,", "Jeff Weaver")}},
		{name: "said X's introducer, actress Y.",
			paras: []string{"Port", "“It's about time,” said Ruiz's introducer, actress Jamie Lee Curtis."},
			want:  []stmt{quoteBy(2, "It's about time,", "Jamie Lee Curtis")}},
	})
}

// After a quotation, an appositive with commas of its own runs to the
// comma before the cue, and "the X Party's Y" is Y.
func TestFrameLongAppositiveAndOwnerBeforeName(t *testing.T) {
	run(t, []attrCase{
		{name: "X, assistant secretary for a, b, and c, said",
			paras: []string{"Port", "“The plans are steps in the right direction,” Anne Richards, assistant secretary for population, refugees, and migration, said on the call."},
			want:  []stmt{quoteBy(2, "The plans are steps in the right direction,", "Anne Richards")}},
		{name: "the Zionist Union Party's Nachman Shai told",
			paras: []string{"Port", "“There are interests and there are values,” the Harbour Union Party’s Nachman Shai told reporters."},
			want:  []stmt{quoteBy(2, "There are interests and there are values,", "Nachman Shai")}},
	})
}

// A party adjective before the role words opens the subject ("Republican
// presidential candidate X took to Twitter, writing:"), and a body's name
// may stand before the role words ("Italy's Northern League leader X").
func TestFrameRoleWordsAfterAdjectiveOrBody(t *testing.T) {
	run(t, []attrCase{
		{name: "Republican presidential candidate X took to Twitter, writing:",
			paras: []string{"Attack", "Republican presidential candidate Tomas Aldana quickly took to Twitter, writing: “Another horrific attack.”"},
			want:  []stmt{quoteBy(2, "Another horrific attack.", "Tomas Aldana")}},
		{name: "Italy's Northern League leader X wrote",
			paras: []string{"Attack", "“Go, go!,” Italy's Northern League leader Matteo Salvini wrote on Facebook."},
			want:  []stmt{quoteBy(2, "Go, go!,", "Matteo Salvini")}},
	})
}

// "X told Congress when asked about it: “…”": the cue the "when asked"
// clause hangs from frames the quotation, not "asked".
func TestFrameCueBeforeWhenAsked(t *testing.T) {
	run(t, []attrCase{
		{name: "who told Congress when asked last month about the inquiry:",
			paras:      []string{"Port", "The decision would involve Attorney General Ana Ruiz, who told Congress when asked last month about the inquiry: “That matter is being handled by career agents.”"},
			want:       []stmt{quoteBy(2, "That matter is being handled by career agents.", "Ana Ruiz")},
			moreQuotes: true},
	})
}

// "Pollsters agree - Carl Bialik: “…”": the name between a dash and the
// colon introduces the quotation, not the cue before the dash.
func TestFrameNameAfterDashBeforeColon(t *testing.T) {
	run(t, []attrCase{
		{name: "Pollsters agree - Carl Bialik:",
			paras: []string{"Polls", "One.", "Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.”"},
			want:  []stmt{quoteBy(3, "Keep on contacting voters as late as possible.", "Carl Bialik")}},
	})
}

// "“…,” a spokesman for committee Democrats said": the phrase after "for"
// qualifies the speaker, who is someone unnamed.
func TestFrameUnnamedSpeakerForABody(t *testing.T) {
	run(t, []attrCase{
		{name: "a spokesman for committee Democrats said",
			paras: []string{"Panel", "Democratic aides noted that the inquiry was costly.", "“The simple truth is that the facts haven't changed,” a spokesman for committee Democrats said."},
			want:  []stmt{quoteBy(3, "The simple truth is that the facts haven't changed,", "a spokesman")}},
	})
}

// "“…,” reads a Wednesday editorial in X" and "“…,” read the statement":
// the document after "reads" holds the words.
func TestFrameReadsADocument(t *testing.T) {
	run(t, []attrCase{
		{name: "reads a Wednesday editorial in X",
			paras: []string{"Grassley", "Judge Ana Ruiz spoke.", "“There are invertebrates with more spine,” reads a Wednesday editorial in The Harbour Register."},
			want:  []stmt{quoteBy(3, "There are invertebrates with more spine,", "a Wednesday editorial in The Harbour Register")}},
		{name: "read the statement",
			paras: []string{"Speech", "Judge Ana Ruiz spoke.", "“The team took notes,” read the statement."},
			want:  []stmt{quoteBy(3, "The team took notes,", "the statement")}},
	})
}

// "over her remark that “…”": the quotation is the remark's owner's; but
// "X's comments “are …”" is what someone says about the comments.
func TestFrameSpeechNounGovernsAQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "her remark that “…”",
			paras: []string{"Port", "One.", "Former minister Ana Ruiz fanned controversy earlier this year over her remark that “there’s a special place in hell for quitters.”"},
			want:  []stmt{quoteBy(3, "there’s a special place in hell for quitters.", "Ana Ruiz")}},
		{name: "a time between the noun and 'that'",
			paras: []string{"Port", "Senator Ana Ruiz spoke first.", "Later the chairman, Bram Olsen, took the floor.",
				"The vote followed Ruiz’s remark on Tuesday that “the harbour deal is dead.”"},
			want: []stmt{quoteBy(4, "the harbour deal is dead.", "Ana Ruiz")}},
		{name: "'As the debate went on,' is no one speaking",
			paras: []string{"Port", "Senator Ana Ruiz spoke first.",
				"As the debate went on, Ruiz stood by her remark that “the harbour deal is dead,” while others laughed."},
			want: []stmt{quoteBy(3, "the harbour deal is dead,", "Ana Ruiz")}},
		{name: "X's comments “are …” is not X's",
			paras:       []string{"Port", "One.", "The town released a statement saying Aldana's comments “are based on his opinion, not facts.”"},
			notSpeakers: []string{"Aldana"}, moreQuotes: true},
	})
}

// A quotation with its object after it ("would “seriously consider” it,
// noting that …") is part of its sentence's statement, not words a cue
// after it frames.
func TestFrameQuotationWithItsObjectAfterIt(t *testing.T) {
	run(t, []attrCase{{name: "“seriously consider” it, noting that …",
		paras: []string{"Drugs", "Chief coroner Harjit Dhaliwal-Moore spoke on Monday.",
			"Asked about the family's request, Dhaliwal-Moore said she would “seriously consider” it, noting that a 2023 panel had already looked at prescribing."},
		want: []stmt{quoteBy(3, "seriously consider", "Harjit Dhaliwal-Moore"), reportedBy(3, "she would", "Harjit Dhaliwal-Moore")}}})
}

// A participle after a relative clause with its own named subject is that
// subject's: "She pointed to a case in which Justice X awarded a laid-off
// developer 14 months’ pay, writing that “…”" is the justice's writing.
func TestFrameParticipleAfterARelativeClausesSubject(t *testing.T) {
	run(t, []attrCase{{name: "in which Justice X awarded …, writing that “…”",
		paras: []string{"Layoffs", "Toronto employment lawyer Ana Ruiz said 16 weeks may fall short.",
			"She pointed to a 2023 case in which Superior Court Justice Miriam Okeke-Lavoie awarded a laid-off software developer with 11 years of service 14 months’ pay, writing that “the market is not bottomless.”",
			"Police complaint commissioner Tom Reyes ordered the public hearing last year, writing in his decision that the discipline authority had erred."},
		want: []stmt{reportedBy(2, "16 weeks may fall short", "Ana Ruiz"), reportedBy(3, "She pointed to a 2023 case", "Ana Ruiz"),
			reportedBy(3, "the market is not bottomless", "Miriam Okeke-Lavoie"), quoteBy(3, "the market is not bottomless.", "Miriam Okeke-Lavoie"),
			reportedBy(4, "the discipline authority had erred", "Tom Reyes")}}})
}

// "with X tweeting that … and asking, “…”": the second participle shares
// the first one's subject.
func TestFrameCoordinatedParticiples(t *testing.T) {
	run(t, []attrCase{
		{name: "with X tweeting that … and asking,",
			paras: []string{"Emails", "Republicans were quick to chime in, with Tomas Aldana tweeting that it was a disaster for Ruiz and asking, “How can someone like that lead?”"},
			want:  []stmt{quoteBy(2, "How can someone like that lead?", "Tomas Aldana")}},
	})
}

// "Gov. John Kasich (R-OH), said, “…”": a party tag and a comma between
// the name and the cue.
func TestFramePartyTagCommaBeforeCue(t *testing.T) {
	run(t, []attrCase{
		{name: "Gov. X (R-OH), said,",
			paras: []string{"Primary", "One.", "Tuesday in Berea, OH, after winning Ohio, Gov. Tomas Aldana (R-OH), said, “I’m getting ready to rent a covered wagon.”"},
			want:  []stmt{quoteBy(3, "I’m getting ready to rent a covered wagon.", "Tomas Aldana")}},
	})
}

// A cue whose object is a person ("thanked", "accused") takes the name
// after a quotation as its object: "“Scandal,” thanked Obama" is no frame
// of Obama's words.
func TestFrameObjectCueIsNoInvertedSubject(t *testing.T) {
	run(t, []attrCase{
		{name: "X, star of “Scandal,” thanked Obama for “…”",
			paras:       []string{"Guns", "Kerry Lane, star of television's “Scandal,” thanked Obama for “taking these steps to make us safer.”"},
			want:        []stmt{quoteBy(2, "Scandal,", "!Obama"), quoteBy(2, "taking these steps to make us safer.", "!Obama")},
			notSpeakers: []string{"Obama"}},
	})
}

// "“…?” Hannity pressed." frames a quotation like "asked"; and a quotation
// between a possessive name and a speech noun ("Obama's “if you like your
// plan, you can keep it” promise") is that person's.
func TestFramesPressedAndOwnerAroundAQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "“…?” X pressed.",
			paras: []string{"Interview", "Tomas Berg spoke to Lars Holm.", "“Would it be negotiable?” Holm pressed.", "“I would say this,” Berg answered."},
			want:  []stmt{quoteBy(3, "Would it be negotiable?", "Lars Holm"), quoteBy(4, "I would say this,", "Tomas Berg")}},
		{name: "X's “…” promise",
			paras: []string{"Tax", "Tomas Berg spoke.", "It is the persistent pull of Berg's “if you like your plan, you can keep it” promise."},
			want:  []stmt{quoteBy(3, "if you like your plan, you can keep it", "Tomas Berg")}},
	})
}

// “…,” a source, who …, told X: the relative clause between commas stands
// between the inverted subject and its cue.
func TestFrameIndefiniteSourceWithARelativeClauseAfterAQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "“…,” an intelligence source, who was not authorized to speak, told Fox News",
			paras: []string{"Port", "“The agents are under a lot of pressure,” an intelligence source, who was not authorized to speak on the record, told the Gazette."},
			want:  []stmt{quoteBy(2, "The agents are under a lot of pressure,", "an intelligence source")}},
	})
}

// "…, even X said Y will have to choose, saying, “…”": a participle after a
// clause with a cue of its own has that cue's subject when the sentence's
// opening names someone else.
func TestFrameParticipleAfterAnotherCuesClause(t *testing.T) {
	run(t, []attrCase{
		{name: "Alongside NHU calls for action, even X said …, saying, “…”",
			paras: []string{"Port", "Ana Ruiz and Tomas Berg lead the harbour board.",
				"Alongside NHU calls for action, even Berg said Ruiz will have to choose whose side she’s on, saying, “At some point, she’s going to have to come out.”"},
			want: []stmt{reportedBy(3, "Ruiz will have to choose whose side she’s on", "Tomas Berg"),
				quoteBy(3, "At some point, she’s going to have to come out.", "Tomas Berg")},
			moreQuotes: true},
	})
}

// “…,” said master of ceremonies X: a lower-case role with "of" before the
// name after an inverted cue.
func TestFrameRoleWithOfBeforeTheNameAfterACue(t *testing.T) {
	run(t, []attrCase{
		{name: "“…,” said master of ceremonies X, a …",
			paras: []string{"Port", "Tomas Berg spoke first.", "\"Thanks, Tolland, for welcoming these refugees,\" said master of ceremonies Asab Al-Tabchi, a Syrian engineer."},
			want:  []stmt{quoteBy(3, "Thanks, Tolland, for welcoming these refugees,", "Asab Al-Tabchi")}},
	})
}

// "…, X, who is running … and who worked the crowd, praising “…”": the
// participle after a relative clause has the relative's antecedent.
func TestFrameParticipleAfterARelativeClause(t *testing.T) {
	run(t, []attrCase{
		{name: "the senator rallied for X, who … and who worked the crowd, praising “…”",
			paras: []string{"Port", "Ana Ruiz spoke.", "The senator was rallying for an academic named Tomas Berg, who is running for the council and who worked the crowd, praising \"her genuineness and integrity\" as he promised to defend the pier."},
			want:  []stmt{quoteBy(3, "her genuineness and integrity", "Tomas Berg")}},
	})
}

// "The retired neurosurgeon addressed …, remarking …": a role noun that
// heads the sentence's subject ends its noun phrase, and the participle's
// subject is whoever the role points back to.
func TestFrameParticipleAfterARoleSubject(t *testing.T) {
	run(t, []attrCase{
		{name: "The retired neurosurgeon addressed …, remarking …",
			paras: []string{"Port", "Tomas Berg is running for mayor.", "The retired neurosurgeon addressed his concerns in another interview with \"The Harbour Hour,\" remarking from Tolland he did not feel “this is a very difficult investigation.\""},
			want:  []stmt{quoteBy(3, "this is a very difficult investigation.", "Tomas Berg")}, moreQuotes: true},
	})
}

// Two writers after a quotation ("“…,” X and Y wrote") make a joint
// statement under the first named, as they do before a cue; and a sentence
// that opens with a participle ("Adding, “…”") goes on in the last
// sentence's subject. A failure gives the words to no one, or to the
// outlet named before.
func TestFrameJointWritersAndOpeningParticiple(t *testing.T) {
	a := article(t, "Sanders",
		"Politico described a candidate aggrieved. “Sanders is filled with resentment,” Edward Dovere and Gabriel Benedetti wrote.",
		"Later in the show, Maher stated of the scandal that the report “was not good.” Adding, “It is never that bad.”")
	checkStmt(t, a, quoteBy(2, "Sanders is filled with resentment,", "Edward Dovere"))
	checkStmt(t, a, quoteBy(3, "It is never that bad.", "Maher"))
	st := mustFind(t, a, quoteBy(2, "Sanders is filled with resentment,", ""))
	if st.Why == nil || len(st.Why.Rivals) != 1 || st.Why.Rivals[0] != "Gabriel Benedetti" {
		t.Errorf("joint statement: why %+v, want Gabriel Benedetti as the other writer", st.Why)
	}
}

// A headline "Name on Topic: ‘Quotation’" gives the quotation to the name
// before "on"; a bare title there ("CNN President On Trump: ‘…’") is the
// one the lede names with it ("CNN President Jeff Zucker"), never a
// speaker called by the title.
func TestFramesHeadlineNameOnTopicColon(t *testing.T) {
	run(t, []attrCase{{
		name: "name on topic",
		paras: []string{"Lind on Berg Releasing His Speech Transcripts: ‘I Think He Will.’",
			"Sen. Anna Lind told host Tomas Cuomo she believed that Berg would release the transcripts."},
		want: []stmt{quoteBy(1, "I Think He Will.", "Anna Lind")},
	}, {
		name: "a title on topic",
		paras: []string{"Harbour Radio President On Berg: ‘We Do Not Pay Candidates.’",
			"Harbour Radio President Jeff Lind isn’t kowtowing to Tomas Berg."},
		want: []stmt{quoteBy(1, "We Do Not Pay Candidates.", "Jeff Lind")},
	}})
}

// A slogan chanted or shouted is words said, title case or not ("chanting
// “Dump Trump.”"), and a counted crowd opening the sentence chants it.
func TestFramesChantedSlogan(t *testing.T) {
	run(t, []attrCase{{
		name: "chanted slogans",
		paras: []string{"Rally",
			"Protesters chanted “Dump Berg.”",
			"About 200 protesters gathered outside the arena, holding signs and chanting “Dump Berg.”",
			"Hundreds of pro-Lind demonstrators marched through the city on Monday, chanting “Lind or Bust,” as the convention opened."},
		want: []stmt{
			quoteBy(2, "Dump Berg.", "Protesters"),
			quoteBy(3, "Dump Berg.", "Protesters"),
			quoteBy(4, "Lind or Bust,", "Pro-Lind demonstrators"),
		},
	}})
}

// "It's “…”" and "It was “…”" have no subject whose words the quotation
// is; "It “amounts to …”" after a report is the report's.
func TestFramesItIsNoSpeaker(t *testing.T) {
	run(t, []attrCase{{
		name: "it's and it",
		paras: []string{"Journalism",
			"Carla Ruud hosts a radio show. The Secret Service took an interest in it.",
			"“It's ambush journalism,” she says. It's “this new in-your-face journalism.”",
			"“Utilities will get paid,” noted a report by the nonprofit Harbourwatch. It “amounts to a golden handshake for utilities.”"},
		want: []stmt{
			quoteBy(3, "It's ambush journalism,", "Carla Ruud"),
			quoteBy(3, "this new in-your-face journalism.", "!Secret Service"),
			quoteBy(4, "Utilities will get paid,", "*"),
			quoteBy(4, "amounts to a golden handshake for utilities.", "!Secret Service"),
		},
	}})
}

// A quotation that closes its sentence after a frame of its own is the
// frame's, though the next sentence's cue stands right after it when that
// cue frames the next quotation: an exchange of emails.
func TestFramesCueAfterThatFramesTheNextQuotation(t *testing.T) {
	run(t, []attrCase{{
		name: "A responds to B with, “…?” B then writes back, “…”",
		paras: []string{"Emails",
			"Ana Ruiz responds to Ben Holm with, “Why now? That was on my way to Lima?” Holm then writes back, “You look cute.”",
			"“Why now?” Holm asked."},
		want: []stmt{
			quoteBy(2, "Why now? That was on my way to Lima?", "Ana Ruiz"),
			quoteBy(2, "You look cute.", "Ben Holm"),
			quoteBy(3, "Why now?", "Ben Holm"),
		},
	}})
}

// An inverted cue's subject may carry a phrase of "of" to the clause's
// end: "wrote the authors of the report" is the authors', "concluded a
// 2013 article in the journal" the article's.
func TestFramesInvertedSubjectWithAPhraseAfter(t *testing.T) {
	run(t, []attrCase{{
		name: "said the authors of …, concluded an article in …",
		paras: []string{"Hiring", "Rick Holm spoke.",
			"“We have to engage them,” wrote the authors of the “Growth Project,” giving an example.",
			"“Interviews are useless,” concluded a 2013 article in the journal Judgment."},
		want: []stmt{
			quoteBy(3, "We have to engage them,", "Authors"),
			quoteBy(3, "Growth Project,", ""),
			quoteBy(4, "Interviews are useless,", "a 2013 article"),
		},
	}})
}

// "As Breitbart's Joel Holm reported after the agents left the scene:" ends
// its paragraph with a colon far from its cue: the quotation below is his.
func TestFramesColonAfterALongAsClause(t *testing.T) {
	run(t, []attrCase{{
		name: "As X reported after …: / “…”",
		paras: []string{"Scene", "Marco Berg spoke on Monday.",
			"As Breitbart’s Joel Holm reported after the agents appear to have abandoned the crime scene in Tolland:",
			"\"For example, the government has done almost nothing with the evidence.\""},
		want: []stmt{quoteBy(4, "For example, the government has done almost nothing with the evidence.", "Joel Holm")},
	}})
}

// "STRICTLY STAR'S HEARTBREAK: 'I thought I'd lost everything'": one word a
// possessive owns before the colon is a kicker, not a speaker; "by Post's
// Kathianne Boniello:" still names one.
func TestFramesPossessedKickerBeforeColon(t *testing.T) {
	run(t, []attrCase{{
		name: "STAR'S HEARTBREAK: '…' / by Post's Kathianne Boniello: “…”",
		paras: []string{"STRICTLY STAR'S HEARTBREAK: 'I thought I'd lost everything'",
			"Strictly star Jody Berg has told of her heartbreak after a fire destroyed her home.",
			"\"Met accused of whitewashing,\" by Post's Kathianne Holm: \"A Manhattan man is suing the Met.\""},
		want: []stmt{
			quoteBy(3, "A Manhattan man is suing the Met.", "Kathianne Holm"),
		},
		notSpeakers: []string{"HEARTBREAK"},
		moreQuotes:  true,
	}})
}

// "“…,” a phrase the union later called …" names the quoted words: they
// are the earlier speaker's, not the union's nor no one's.
func TestFramesAPhraseNamedAfterTheQuotation(t *testing.T) {
	run(t, []attrCase{{name: "a phrase described as",
		paras: []string{"Strike", `Labour Minister Daniel Haugen told reporters that the government was "not contemplating" legislation "at this time," a phrase the union's president later described as "a threat wrapped in a reassurance."`},
		want: []stmt{quoteBy(2, "not contemplating", "Daniel Haugen"), quoteBy(2, "at this time,", "Daniel Haugen"),
			quoteBy(2, "a threat wrapped in a reassurance.", "the union's president"),
			reportedBy(2, "a phrase the union's president later described as", "the union's president")}}})
}

// A cue that reports only with "as" ("labelled it as", "cast him as") is
// a noun without it: "several product labels … failed to give French the
// “markedly predominant” place" is the report's quotation.
func TestFramesAsCueWithoutAsIsANoun(t *testing.T) {
	run(t, []attrCase{{name: "product labels",
		paras: []string{"Bakery", "The inspection report says the menu board, several product labels and posts failed to give French the “markedly predominant” place."},
		want:  []stmt{quoteBy(2, "markedly predominant", "The inspection report")}}})
}

// "… as Tait read a statement on behalf of the house groups." ending a
// paragraph announces the quotation that opens the next: hers, not the
// last speaker's.
func TestFramesReadAStatementAnnouncesTheNextQuotation(t *testing.T) {
	run(t, []attrCase{{name: "read a statement, then the statement",
		paras: []string{"Ruling", "Court documents say the province failed to consult.",
			"Outside the courthouse, supporters sang as Wilma Tait, who holds the name Sa’madaax, read a statement on behalf of the house groups.",
			"“For six years we have told the province the same thing.",
			"“Today a judge agreed with us.”"},
		want: []stmt{reportedBy(2, "the province failed to consult", "Court documents"),
			quoteBy(4, "For six years we have told the province the same thing.", "Wilma Tait"),
			quoteBy(5, "Today a judge agreed with us.", "Wilma Tait")}}})
}

// "Severance will be paid according to the collective agreement, the
// company said": the agreement says how it is paid; the company said it.
// "According to state law, …" with no speaker after stays the law's.
func TestFramesAccordingToARulebook(t *testing.T) {
	run(t, []attrCase{
		{name: "according to the agreement, the company said",
			paras: []string{"Mill closure", "Somass Cedar Products will close its mill.",
				"Severance will be paid according to the collective agreement, the company said in a statement."},
			want: []stmt{reportedBy(3, "Severance will be paid", "Somass Cedar Products")}},
		{name: "according to state law",
			paras: []string{"Polls", "According to state law, no one may solicit a vote within 150 feet of a polling place."},
			want:  []stmt{reportedBy(2, "no one may solicit a vote", "state law")}},
	})
}

// Two roles joined by "and" before a name after a quotation ("“…,”
// president and CEO Warren Halvorsen told analysts") are that person's,
// with any verb, not a carried-over speaker's.
func TestFramesJoinedRolesBeforeANameAfterAQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "president and CEO X told",
			paras: []string{"Profit", "“This is a mess,” Dhillon said.",
				"“We had a tough quarter,” president and CEO Warren Halvorsen told analysts.",
				"“The outage is behind us,” chair and chief executive Ruth Amos told reporters."},
			want: []stmt{quoteBy(2, "This is a mess,", "Dhillon"), quoteBy(3, "We had a tough quarter,", "Warren Halvorsen"), quoteBy(4, "The outage is behind us,", "Ruth Amos")}},
	})
}

// A councillor's ward before her title after a quotation ("said Ward 8
// Coun. Mireille Gauthier") is hers, not a speaker called "Ward".
func TestFramesWardBeforeACouncillorAfterAQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "said Ward 8 Coun. X",
			paras: []string{"Arena", `"We have been told for three years this was about downtown," said Ward 8 Coun. Mireille Gauthier, who moved an amendment.`},
			want:  []stmt{quoteBy(2, "We have been told for three years this was about downtown,", "Mireille Gauthier")}},
	})
}

// A French body's name before its officer's title after a quotation
// ("“…,” Fraternité des policiers et policières de Montréal president
// Yannick Desrosiers said") is the officer's, not a carried-over speaker's.
func TestFramesFrenchBodyThenItsPresidentAfterAQuote(t *testing.T) {
	run(t, []attrCase{
		{name: "Fraternité … president X said",
			paras: []string{"Shooting", "The police said the man was armed.",
				"“Our members are asked every night to go into situations that, frankly, should be handled by health professionals,” Fraternité des policiers et policières de Montréal president Yannick Desrosiers said in French."},
			want: []stmt{reportedBy(2, "the man was armed", "police"),
				quoteBy(3, "Our members are asked every night to go into situations that, frankly, should be handled by health professionals,", "Yannick Desrosiers")}},
	})
}

// "Said X, <a short aside>: “…”" is X's as "Said X: “…”" is.
func TestFramesInvertedSaidWithAnAside(t *testing.T) {
	run(t, []attrCase{{name: "said MacLellan, after the hearing",
		paras: []string{"Sentencing", "Crown attorney Shauna MacLellan asked for six years.",
			`Said MacLellan, after the hearing: "No sentence is going to make these families whole."`},
		want: []stmt{quoteBy(3, "No sentence is going to make these families whole.", "Shauna MacLellan")}}})
}

// "X said Quebecers would judge the government on its promises, “not on
// who sits where.”" is one statement of X's with a quotation inside it: a
// clause of its own after the cue keeps "said" from framing the quotation
// as if the words before it were a preamble.
func TestFramesQuotationInsideTheClauseAfterTheCue(t *testing.T) {
	run(t, []attrCase{{name: "said Y would …, “…”",
		paras: []string{"Shuffle", "Yves Thibault said Quebecers would judge the government on its promises, “not on who sits where.”"},
		want:  []stmt{reportedBy(2, "Quebecers would judge the government", "Yves Thibault"), quoteBy(2, "not on who sits where.", "Yves Thibault")}}})
}

// "“…,” the report reads" after "In a report made public Tuesday,
// coroner X found …" is the coroner's, as "the report says" already was;
// an email no one is known to have written stays the email's.
func TestFramesTheReportReadsIsItsAuthors(t *testing.T) {
	run(t, []attrCase{{name: "the report reads",
		paras: []string{"Coroner", "In a report made public Tuesday, coroner Geneviève Lachance-Ruel found that the patient died of septic shock.",
			"“The nurses that night did what they could with what they had,” the report reads."},
		want: []stmt{reportedBy(2, "the patient died of septic shock", "Geneviève Lachance-Ruel"),
			quoteBy(3, "The nurses that night did what they could with what they had,", "Geneviève Lachance-Ruel")}},
		{name: "the email read",
			paras: []string{"Email", "Staff were told on Friday.", "“Your position has been eliminated,” the email read."},
			want:  []stmt{quoteBy(3, "Your position has been eliminated,", "the email")}}})
}

// "a warning he has made since the trade war began: that monetary policy
// “cannot undo” the damage" is his: "began" before a colon ends its own
// clause and governs no quotation, though "“…,” she began" frames one.
func TestFramesBeganGovernsNothing(t *testing.T) {
	run(t, []attrCase{{name: "since the war began:",
		paras: []string{"Rates", "Governor Étienne Larivière spoke on Wednesday.",
			"Mr. Larivière repeated a warning he has made several times since the trade war began: that monetary policy “cannot undo” the damage from tariffs."},
		want: []stmt{reportedBy(3, "monetary policy", "Étienne Larivière"), quoteBy(3, "cannot undo", "Étienne Larivière")}}})
}

// A word or two quoted inside a clause, its object after it ("said that
// it “deplores” the strike and urged …"), is framed by no cue after it:
// the quotation and the whole statement are the speaker's.
func TestFramesShortQuotationInsideTheClause(t *testing.T) {
	run(t, []attrCase{{name: "it “deplores” the strike and urged",
		paras: []string{"Strike", "The union said in a statement that it “deplores” the strike and urged both sides to return."},
		want:  []stmt{reportedBy(2, "it “deplores” the strike and urged both sides", "union"), quoteBy(2, "deplores", "union")}}})
}

// "“…,” a position he repeated" names the quoted words, no speaker after
// them: the quotation inside "X said that …" stays X's.
func TestFramesNounNamingTheWordsAfterAQuotation(t *testing.T) {
	run(t, []attrCase{
		{name: "said that … “…,” a position he repeated",
			paras: []string{"Flood", "Minister Colton Reimer said in June that the centre “did its job with the data it had,” a position he repeated in a post Tuesday evening."},
			want:  []stmt{quoteBy(2, "did its job with the data it had,", "Colton Reimer")}},
	})
}

// A quotation inside "X's claim that …" is X's, over the sentence's
// subject that no cue makes a speaker ("USA TODAY rated as misleading
// Ostrander’s claim that Brandvold “…”").
func TestFramesQuotationInsideAClaim(t *testing.T) {
	run(t, []attrCase{
		{name: "Y rated as misleading X's claim that “…”",
			paras: []string{"Fact check", "Margaret Ostrander spoke Monday.",
				"Last month USA TODAY rated as misleading Ostrander’s claim that Brandvold “wants to cut Social Security by a third.”"},
			want: []stmt{quoteBy(3, "wants to cut Social Security by a third.", "Margaret Ostrander")}},
	})
}

// "Someone" is a speaker of its own, before or after the quotation, and a
// quotation between someone's cue and another speaker's cue that opens a
// quotation of its own is the first one's, an aside between or not.
func TestSomeoneShoutsBeforeAnotherSpeaks(t *testing.T) {
	run(t, []attrCase{
		{name: "someone after the quotation",
			paras: []string{"Rally notes",
				"Bernie Sanders spoke on Monday in Iowa.",
				"“Cruz!” someone in the audience shouted."},
			want: []stmt{quoteBy(3, "Cruz!", "someone")}},
		{name: "someone before the quotation",
			paras: []string{"Rally notes",
				"Bernie Sanders spoke on Monday in Iowa.",
				"Someone in the audience shouted, “Cruz!”"},
			want: []stmt{quoteBy(3, "Cruz!", "someone")}},
		{name: "a shout, then the speaker's own quotation after an aside",
			paras: []string{"Rally notes",
				"Glenn Beck spoke on Monday in Iowa.",
				"When someone in the audience shouted, “Cruz,” Beck joked, again using a Southern accent, “Amen, brother!”"},
			want: []stmt{quoteBy(3, "Cruz,", "someone"), quoteBy(3, "Amen, brother!", "Glenn Beck")}},
		{name: "a split quotation stays one speaker's",
			paras: []string{"Rally notes",
				"Glenn Beck spoke on Monday in Iowa.",
				"“We will win,” Beck said, “and we will govern.”"},
			want: []stmt{quoteBy(3, "We will win,", "Glenn Beck"), quoteBy(3, "and we will govern.", "Glenn Beck")}},
	})
}

// ", while X said that “…”" is a clause of its own, not part of what the
// cue before reports, so its quotation is X's.
func TestWhileClauseHasItsOwnCue(t *testing.T) {
	run(t, []attrCase{{
		name: "while Cruz said",
		paras: []string{"Debate notes",
			"Ted Cruz and Marco Rubio debated on Thursday.",
			"Rubio suggested that someone who does not answer questions cannot be president, while Cruz said that the “stakes in this election are too high” for Trump to be the nominee."},
		want: []stmt{quoteBy(3, "stakes in this election are too high", "Ted Cruz")}}})
}

// A question put in the passive before a quotation ("was asked by host
// Bill Maher, “…”") is the asker's, a relative clause after the asker or
// not; the one asked answers after it.
func TestPassiveAskerBeforeQuotation(t *testing.T) {
	run(t, []attrCase{
		{name: "asked by, then the question",
			paras: []string{"Late-night notes",
				"Bernie Sanders spoke on Friday's broadcast.",
				"Sanders was asked by host Bill Maher, “Now, you famously said you were tired of the emails. Are you still?”",
				"“I am,” Sanders said."},
			want: []stmt{quoteBy(3, "Now, you famously said you were tired of the emails. Are you still?", "Bill Maher"), quoteBy(4, "I am,", "Bernie Sanders")}},
		{name: "asked by, a long relative clause, then the question",
			paras: []string{"Late-night notes",
				"Bernie Sanders spoke on Friday's broadcast.",
				"Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story about the emails, “Now, you famously said you were tired of the emails.”"},
			want: []stmt{quoteBy(3, "Now, you famously said you were tired of the emails.", "Bill Maher")}},
	})
}

// A quotation in title case right after "interjected," or "quipped," is
// words said, like a chant after "shouted,", not the title of a work.
func TestTitleCaseWordsAfterSpeechVerb(t *testing.T) {
	run(t, []attrCase{{
		name: "interjected, then title-case words",
		paras: []string{"Debate",
			"Megyn Kelly pressed Donald Trump on Thursday.",
			"Trump interjected, “Only Rosie O’Donnell.”",
			"Kelly quipped, “Not Tonight, Mister.”"},
		want: []stmt{quoteBy(3, "Only Rosie O’Donnell.", "Donald Trump"), quoteBy(4, "Not Tonight, Mister.", "Megyn Kelly")}}})
}

// A quotation after a modal verb inside what someone reports ("X said the
// government would appeal the ruling “without delay”") is X's words: the
// government's appeal is a deed to come, no speech of its own.
func TestFramesModalDeedInsideReportedSpeech(t *testing.T) {
	run(t, []attrCase{{name: "would appeal “without delay”",
		paras: []string{"Ruling",
			"The minister responsible for the French language, Mathieu Lévesque-Caron, said the government would appeal the ruling “without delay.”",
			"Katie MacFarlane-Doiron said the network would respond to the report's recommendations “in the coming weeks.”"},
		want: []stmt{reportedBy(2, "the government would appeal", "Mathieu Lévesque-Caron"), quoteBy(2, "without delay.", "Mathieu Lévesque-Caron"),
			reportedBy(3, "the network would respond", "Katie MacFarlane-Doiron"), quoteBy(3, "in the coming weeks.", "Katie MacFarlane-Doiron")}}})
}

// The same holds further from the cue, after "told reporters before the
// announcement that", for a deed in progress ("that Washington was
// pressing Moscow “…”", "Halvorsen was referring to “…”") and for words
// that say when, how or why ("had proposed a cap “in his first budget …”",
// "had ordered doses “as a precaution”"),
// and after a question named by its "who" ("the question of who tells
// Inuit stories was “…”"); a cue of speech
// inside the report ("said Trump called it “…”") still gives the words to
// its own subject.
func TestFramesDeedInsideToldThatIsTheReporters(t *testing.T) {
	run(t, []attrCase{{name: "would respond, was pressing, was referring to",
		paras: []string{"Sanctions",
			"Dmitri Sorokin, the Kremlin spokesman, told reporters before the announcement that Moscow would respond “adequately” to any new sanctions.",
			"Deborah Vanterpool told a Senate Foreign Relations subcommittee that Washington was pressing Moscow “every single day, at every level” for a pause.",
			"Dale Whitcomb said Halvorsen was referring to “the obvious bias in the national media.”",
			"Hillary Clinton said Trump called Mexican immigrants “rapists.”",
			"Press secretary Devin Alcott told reporters at a briefing Tuesday that Marchetti had proposed a cap “in his first budget, before anyone was circulating petitions.”",
			"AHS spokesperson Danielle Tourangeau wrote in an email that the agency has posted both positions and is “in active discussions with several candidates.”",
			"Campaign manager Colleen Brandt told Breitbart News that the candidate was simply refusing to \"hand the media a blank check.\""},
		want: []stmt{quoteBy(2, "adequately", "Dmitri Sorokin"), quoteBy(3, "every single day, at every level", "Deborah Vanterpool"),
			quoteBy(4, "the obvious bias in the national media.", "Dale Whitcomb"), quoteBy(5, "rapists.", "Trump"),
			quoteBy(6, "in his first budget, before anyone was circulating petitions.", "Devin Alcott"),
			quoteBy(7, "in active discussions with several candidates.", "Danielle Tourangeau"),
			quoteBy(8, "hand the media a blank check.", "Colleen Brandt")}},
		{name: "a quotation opening with “as”: when or why, in the reporter's words",
			paras: []string{"Measles", "Jean-François Ouellet is a spokesperson for Quebec’s Health Ministry.",
				"He said the ministry had ordered an additional 40,000 doses “as a precaution.”"},
			want: []stmt{quoteBy(3, "as a precaution.", "Jean-François Ouellet")}},
		{name: "a question of who tells",
			paras: []string{"Film", "Lucy Arnatsiaq directed the film.",
				"Arnatsiaq, reached by phone in Inukjuak, said she was “proud and tired” and that the question of who tells Inuit stories was “a good fight to have.”"},
			want: []stmt{quoteBy(3, "proud and tired", "Lucy Arnatsiaq"), quoteBy(3, "a good fight to have.", "Lucy Arnatsiaq")}}})
}

// "X said the family wants Chinedu remembered “for how he lived”" is X's
// words: a wish about Chinedu, who says nothing.
func TestFramesWishAboutSomeoneIsNoFrame(t *testing.T) {
	run(t, []attrCase{{name: "wants Chinedu remembered",
		paras: []string{"Verdict",
			"Chinedu Okafor, 27, died in hospital on Dec. 3, 2022.",
			"The victim’s uncle, Ifeanyi Okafor, who drove from Ottawa for the verdict, said the family wants Chinedu remembered “for how he lived, not how he died.”"},
		want: []stmt{reportedBy(3, "the family wants Chinedu remembered", "Ifeanyi Okafor"), quoteBy(3, "for how he lived, not how he died.", "Ifeanyi Okafor")}}})
}

// A speaker after a quotation may carry both a place and an appositive:
// "“…,” Senator Denise Abernathy-Cole of New York, the Democratic leader,
// said in a statement." is hers, the quotation and the sentence alike.
func TestFramesCueAfterAPlaceAndAnAppositive(t *testing.T) {
	run(t, []attrCase{{name: "of New York, the Democratic leader, said",
		paras: []string{"Pick",
			"Some Democrats have privately questioned whether he has the relationships needed.",
			"“Rafael doesn’t need a map of Washington,” Senator Denise Abernathy-Cole of New York, the Democratic leader, said in a statement."},
		want: []stmt{reportedBy(2, "he has the relationships needed", "*"), quoteBy(3, "Rafael doesn’t need a map of Washington,", "Denise Abernathy-Cole")}}})
}

// "X said … that he and Halvorsen had agreed to meet “early in the new
// year”": the quotation is X's, "he" in his own that-clause being X.
func TestFramesSpeakerAndAnotherInHisThatClause(t *testing.T) {
	run(t, []attrCase{{name: "that he and Halvorsen had agreed",
		paras: []string{"Call",
			"President-elect Catherine Halvorsen has held calls with foreign leaders.",
			"Canadian Prime Minister Alastair Moncrieff said after his call on Monday that he and Halvorsen had agreed to meet “early in the new year.”"},
		want: []stmt{reportedBy(3, "he and Halvorsen had agreed", "Alastair Moncrieff"), quoteBy(3, "early in the new year.", "Alastair Moncrieff")}}})
}

// A word quoted inside a clause, then the clause's own verb ("he had
// “never once” asked the minister for help") is no quotation that "asked
// the minister" frames: the sentence and the words are the speaker's.
func TestFramesQuotedWordsBeforeTheClausesVerb(t *testing.T) {
	run(t, []attrCase{{name: "had “never once” asked the minister",
		paras: []string{"Grant",
			"Reached by phone at his office in Kapuskasing, Mr. Colin Ashdown said he had “never once” asked the minister for help.",
			"“I bid on that job like everybody else,” he said."},
		want: []stmt{reportedBy(2, "he had “never once” asked the minister", "Colin Ashdown"), quoteBy(2, "never once", "Colin Ashdown"),
			quoteBy(3, "I bid on that job like everybody else,", "Colin Ashdown")},
		notSpeakers: []string{"minister"}}})
}

// "“…,” the head of the union told a crowd" is the union's head, someone
// the words describe (named later, if anyone is), not the union; "“…,”
// the father of three said" is still the one just quoted.
func TestFramesRoleOfABodyAfterTheQuotation(t *testing.T) {
	run(t, []attrCase{{name: "the head of the union told",
		paras: []string{"Strike",
			"Teaching assistants walked off the job Monday after their union and the university failed to reach a deal.",
			"“We didn’t want to be here,” the head of the union told a crowd of picketers."},
		want:        []stmt{quoteBy(3, "We didn’t want to be here,", "the head of the union")},
		notSpeakers: []string{"Union"}}})
	run(t, []attrCase{{name: "the father of three said",
		paras: []string{"Layoffs",
			"Outside the plant, Mark Tremblay, a 54-year-old die setter, said he is unsure what comes next.",
			"“I’m too young to retire,” the father of three said."},
		want: []stmt{quoteBy(3, "I’m too young to retire,", "Mark Tremblay")}}})
}

// A quotation right after "that" inside a sentence, with a cue right after
// it, is the clause's subject: "He added that “nothing we have seen”
// suggested any irregularities" is his, quotation and report, and "any
// irregularities" is no one who spoke.
func TestFramesQuotationAsTheClausesSubject(t *testing.T) {
	run(t, []attrCase{{name: "added that “…” suggested",
		paras: []string{"Count goes on",
			"Secretary of State Gregory Almquist told reporters that roughly 140,000 ballots remained to be counted.",
			"He added that \"nothing we have seen in this election\" suggested any irregularities in the count."},
		want: []stmt{reportedBy(2, "roughly 140,000 ballots remained to be counted", "Gregory Almquist"),
			quoteBy(3, "nothing we have seen in this election", "Gregory Almquist"),
			reportedBy(3, "suggested any irregularities in the count", "Gregory Almquist")},
		notSpeakers: []string{"Any irregularities"}}})
}

// "the two had agreed to “…”" inside what a ministry said is the ministry's
// report of a deal: "agreed to" frames no quotation, as it reports no
// words of its own.
func TestFramesAgreedToFramesNoQuotation(t *testing.T) {
	run(t, []attrCase{{name: "said … that the two had agreed to “…”",
		paras: []string{"Transition",
			"Mexico's Foreign Ministry said in a statement Monday that President Lucía Benavides had spoken with Halvorsen by phone and that the two had agreed to \"maintain an open and respectful dialogue\" on trade."},
		want: []stmt{reportedBy(2, "President Lucía Benavides had spoken with Halvorsen", "Mexico's Foreign Ministry"),
			quoteBy(2, "maintain an open and respectful dialogue", "Mexico's Foreign Ministry")},
		notSpeakers: []string{"The two"}}})
}

// Four lower-case words of a role between a quotation and a name ("“…,”
// regional district board chair Keith Ostrander told a news conference")
// still name the speaker: the quotation is his, and the sentence reports
// nothing more.
func TestFramesLongLowerCaseRoleBeforeTheName(t *testing.T) {
	run(t, []attrCase{{name: "“…,” regional district board chair X told",
		paras: []string{"Wildfire",
			"\"If you are under an evacuation order, you need to leave now,\" regional district board chair Keith Ostrander told a news conference."},
		want:        []stmt{quoteBy(2, "If you are under an evacuation order, you need to leave now,", "Keith Ostrander")},
		notReported: []stmt{reportedBy(2, "", "")}}})
}

// A document right after a cue ("said the statement confirmed what …",
// "said the decision confirms that “…”") is inside what was said: the
// quotation is the speaker's, not the document's nor its author's; and
// "lawmakers briefed on classified material" are briefed, no frame.
func TestFramesDocumentInsideWhatWasSaid(t *testing.T) {
	run(t, []attrCase{{name: "said the statement confirmed what lawmakers briefed on … had known “…”",
		paras: []string{"Hacking",
			"The Russian Foreign Ministry issued a statement calling the accusation nonsense.",
			"Sen. Ingrid Tollefsen, D-Minn., said the statement confirmed what lawmakers briefed on classified material had known \"for months.\"",
			"Dale Hnatiuk's lawyer, Priya Raghunathan, said the decision confirms that \"a parent is entitled to decide who takes over the farm.\""},
		want: []stmt{quoteBy(3, "for months.", "Ingrid Tollefsen"),
			quoteBy(4, "a parent is entitled to decide who takes over the farm.", "Priya Raghunathan")}}})
}

// "said they confirmed “…”" where "they" can only be figures or a body
// named paragraphs back: the quotation is in the speaker's words.
func TestFramesThingPronounInsideWhatWasSaid(t *testing.T) {
	run(t, []attrCase{{name: "Lacasse … said they confirmed “…”",
		paras: []string{"French",
			"Statistics Canada released new census figures on Wednesday.",
			"The share of Quebecers who speak mostly French at home fell again.",
			"Quebec's commissioner of the French language, Benoît Lacasse, took a darker view.",
			"In a written statement, Lacasse called the figures \"deeply worrying\" and said they confirmed \"a trend that successive governments have underestimated for 20 years.\""},
		want: []stmt{quoteBy(5, "deeply worrying", "Benoît Lacasse"),
			quoteBy(5, "a trend that successive governments have underestimated for 20 years.", "Benoît Lacasse")}}})
}

// A participle right after a quotation ("wrote that the speeches were
// “…,” adding: “…”") adds to the words of the one whose quotation it
// follows.
func TestFramesParticipleAfterAQuotation(t *testing.T) {
	run(t, []attrCase{{name: "“…,” adding: “…”",
		paras: []string{"Emails",
			"In a September 2015 message, campaign manager Robyn Maitland wrote that the speeches were “a bigger problem than the donations,” adding: “We need him home and quiet.”"},
		want: []stmt{quoteBy(2, "a bigger problem than the donations,", "Robyn Maitland"),
			quoteBy(2, "We need him home and quiet.", "Robyn Maitland")}}})
}

// A document's author named right after its kind is that body: "according
// to data from the ad-tracking firm Spotline Media" is Spotline Media's,
// not "the firm"; "a notice posted by the band council" stays the council's.
func TestAuthorNamedAfterItsKind(t *testing.T) {
	run(t, []attrCase{
		{name: "firm and name", paras: []string{"Ads", "Prices rose, according to data from the ad-tracking firm Spotline Media."},
			want: []stmt{reportedBy(2, "Prices rose", "Spotline Media")}},
		{name: "no name", paras: []string{"Water", "Prices rose, according to a notice posted by the band council."},
			want: []stmt{reportedBy(2, "Prices rose", "~band council")}},
	})
}

// A vox-pop paragraph prints the quotation and then signs it with a dash:
// "“Rain.” — Ernie Schellenberg, 74, retired grain farmer". The name is the
// speaker, not the one the paragraph before set up.
func TestQuoteSignedAfterADash(t *testing.T) {
	run(t, []attrCase{
		{name: "quotations signed in their paragraphs",
			paras: []string{"Voices from the mart", "Farmers at the auction mart had plenty to say.",
				"“Rain. Just give me rain, and I’ll deal with the rest.” — Ernie Schellenberg, 74, retired grain farmer, Swift Current",
				"“My kids are both in Calgary. I don’t blame them.” — Bev Hnatiuk, 61, mixed farm near Shaunavon",
				"“The tariffs are politics.” — Rajvir Dhillon, 45, who hauls cattle out of the mart"},
			want: []stmt{quoteBy(3, "Rain. Just give me rain, and I’ll deal with the rest.", "Ernie Schellenberg"),
				quoteBy(4, "My kids are both in Calgary. I don’t blame them.", "Bev Hnatiuk"),
				quoteBy(5, "The tariffs are politics.", "Rajvir Dhillon")}},
	})
}

// A live blog signs each entry with its writer's name on a line of its
// own. The quotations of a paragraph above whose cue named their speaker
// stay that speaker's; a line of bare quotation above is the signer's.
func TestQuoteAboveALiveBlogSignature(t *testing.T) {
	run(t, []attrCase{
		{name: "“…,” X said. “…” then — Writer",
			paras: []string{"Derailment: live updates",
				"“Please don’t fill your bathtubs,” authority manager Glenn Stoltzfus said in a brief phone interview. “We’re okay. We’re going to stay okay.”",
				"— Priya Ramaswamy"},
			want: []stmt{quoteBy(2, "Please don’t fill your bathtubs,", "Glenn Stoltzfus"),
				quoteBy(2, "We’re okay. We’re going to stay okay.", "Glenn Stoltzfus")}},
		{name: "a bare quotation then — Name",
			paras: []string{"Sayings",
				"“I have never seen the river this low.”",
				"— Bernie Lund, at the debate."},
			want: []stmt{quoteBy(2, "I have never seen the river this low.", "Bernie Lund")}},
	})
}

// A tweet's signature on a paragraph of its own gives the paragraph above,
// where no one was found to speak, to its author: the tweet's words. A
// paragraph above with its own speaker keeps it.
func TestTweetSignedBelow(t *testing.T) {
	run(t, []attrCase{
		{name: "signature alone",
			paras: []string{"Hearing", "Conservatives were quick to defend the nominee on social media.",
				"Watching Dems try to paint @SenJeffBrandt as a racist is disgusting. Ask the black prosecutors he hired and promoted. #ConfirmBrandt",
				"— Travis Kemble (@TravisKemble) January 10, 2017", "Democrats disagreed."},
			want: []stmt{quoteBy(3, "Watching Dems try to paint @SenJeffBrandt as a racist is disgusting. Ask the black prosecutors he hired and promoted. #ConfirmBrandt", "Travis Kemble")}},
		{name: "speaker above",
			paras: []string{"Hearing", "Senator Ana Bellamy said the nominee had misled the committee.",
				"— Travis Kemble (@TravisKemble) January 10, 2017"},
			want: []stmt{reportedBy(2, "the nominee had misled", "Ana Bellamy")}},
	})
}

// A word quoted after "was" and before "that" is a feeling and its reason,
// inside the clause: "said the company was “encouraged” that the panel had
// not recommended rejection" is his, and no frame for "that … had".
func TestQuotedFeelingBeforeThat(t *testing.T) {
	run(t, []attrCase{{name: "encouraged that",
		paras: []string{"Mine", "Chief executive Martin Falkenberg said in an interview that the company was “encouraged” that the panel had not recommended rejection."},
		want:  []stmt{reportedBy(2, "the company was", "Martin Falkenberg"), quoteBy(2, "encouraged", "Martin Falkenberg")}}})
}

// A noun phrase summing up a quotation after its comma ("…”, a charge their
// lawyers rejected") is a comment on the words: the quotation stays with
// the cue before it, not with no one.
func TestSummaryAfterQuotationKeepsItsCue(t *testing.T) {
	run(t, []attrCase{{name: "a charge rejected",
		paras: []string{"Court", "Ronan Pellow argued for the government.",
			"Mr Pellow also accused the claimants of trying to “frustrate the will of the British people”, a charge their lawyers rejected."},
		want: []stmt{reportedBy(2, "argued for the government", "Ronan Pellow"), reportedBy(3, "the claimants of trying", "Ronan Pellow"), quoteBy(3, "frustrate the will of the British people", "Ronan Pellow")}}})
}

// A document's author before a restrictive "that" speaks its finding, as
// before ", which": "a report last month from Auditor General Karen
// Mwangi-Fraser that found the department had “no reliable estimate”".
func TestAuthorBeforeThatFinds(t *testing.T) {
	run(t, []attrCase{{name: "report from, that found",
		paras: []string{"Hearing", "The hearing follows a report last month from Auditor General Karen Mwangi-Fraser that found the department had “no reliable estimate” of the project’s final cost."},
		want:  []stmt{reportedBy(2, "the department had", "Karen Mwangi-Fraser"), quoteBy(2, "no reliable estimate", "Karen Mwangi-Fraser")}}})
}

// "“…,” he can be heard telling the call handler" gives the quotation to
// "he", past the modal and the perceiving verb, as "he told" does; the
// quotation is no reported statement of its own.
func TestHeardTellingAfterQuotation(t *testing.T) {
	run(t, []attrCase{{name: "can be heard telling",
		paras: []string{"Trial", "Catrin Howells KC opened the case.", "Dylan Parry dialled 999 at 23:41. A recording of the call was played to the court.",
			"“There’s blood everywhere, please hurry,” he can be heard telling the call handler."},
		want: []stmt{quoteBy(4, "There’s blood everywhere, please hurry,", "Dylan Parry")}, moreQuotes: true,
		notReported: []stmt{{para: 4, text: "There’s blood everywhere"}}}})
}
