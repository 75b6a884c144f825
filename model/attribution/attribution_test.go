package attribution

import (
	"strconv"
	"strings"
	"testing"

	"whosaid/model"
)

// wantStmt is one statement a reader should see. For a quotation, text is
// exactly what stands between its marks; for reported speech, a snippet
// of the statement's sentence outside any marks. speaker is the canonical
// name shown in the side panel; "" means no one's words. A speaker written
// "~name" is a body: it matches any of that speaker's names, ignoring case.
type wantStmt struct {
	para    int
	kind    model.Kind
	text    string
	speaker string
}

func wq(para int, text, speaker string) wantStmt {
	return wantStmt{para, model.KindQuote, text, speaker}
}

func wr(para int, snippet, speaker string) wantStmt {
	return wantStmt{para, model.KindReported, snippet, speaker}
}

type attrCase struct {
	name  string
	paras []string
	want  []wantStmt
	// speakers, when set, is every speaker's canonical name the article
	// must list, and no others.
	speakers []string
	// notSpeakers are names that must not appear as a speaker.
	notSpeakers []string
}

func runAttrCases(t *testing.T, cases []attrCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyzeParas(c.paras...)
			checkOffsets(t, a)
			checkQuotes(t, a, c.want)
			for _, w := range c.want {
				if w.kind == model.KindReported {
					checkReported(t, a, w)
				}
			}
			if c.speakers != nil {
				checkSpeakerSet(t, a, c.speakers)
			}
			for _, n := range c.notSpeakers {
				if i := a.SpeakerByName(n); i >= 0 {
					t.Errorf("%q listed as a speaker (%+v)", n, a.Speakers[i])
				}
			}
		})
	}
}

// checkQuotes asserts the article's quotations are exactly the wanted
// ones, in order, each with its speaker.
func checkQuotes(t *testing.T, a *model.Article, ws []wantStmt) {
	t.Helper()
	var quotes []wantStmt
	for _, w := range ws {
		if w.kind == model.KindQuote {
			quotes = append(quotes, w)
		}
	}
	got := quotesOf(a)
	if len(got) != len(quotes) {
		t.Errorf("got %d quotations, want %d:\n%s", len(got), len(quotes), dumpStatements(a))
		return
	}
	for i, w := range quotes {
		g := got[i]
		if g.Paragraph != w.para || g.Text != w.text {
			t.Errorf("quotation %d: got paragraph %d %q, want paragraph %d %q", i+1, g.Paragraph, g.Text, w.para, w.text)
			continue
		}
		if !speakerMatches(a, g, w.speaker) {
			t.Errorf("quotation %q (paragraph %d): speaker %q, want %q", g.Text, g.Paragraph, g.Speaker, w.speaker)
		}
	}
}

func checkReported(t *testing.T, a *model.Article, w wantStmt) {
	t.Helper()
	for _, s := range a.Statements {
		if s.Kind == model.KindReported && s.Paragraph == w.para && strings.Contains(s.Text, w.text) {
			if !speakerMatches(a, s, w.speaker) {
				t.Errorf("reported %q (paragraph %d): speaker %q, want %q", s.Text, s.Paragraph, s.Speaker, w.speaker)
			}
			return
		}
	}
	t.Errorf("no reported statement in paragraph %d holding %q:\n%s", w.para, w.text, dumpStatements(a))
}

func speakerMatches(a *model.Article, s model.Statement, name string) bool {
	body, ok := strings.CutPrefix(name, "~")
	if !ok {
		return s.Speaker == name
	}
	if s.SpeakerIndex < 0 || s.SpeakerIndex >= len(a.Speakers) {
		return false
	}
	sp := a.Speakers[s.SpeakerIndex]
	for _, n := range append([]string{sp.Name}, sp.Aliases...) {
		if strings.EqualFold(trimThe(n), trimThe(body)) {
			return true
		}
	}
	return false
}

func trimThe(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return s[4:]
	}
	return s
}

func checkSpeakerSet(t *testing.T, a *model.Article, names []string) {
	t.Helper()
	var got []string
	for _, s := range a.Speakers {
		got = append(got, s.Name)
	}
	if len(got) != len(names) {
		t.Errorf("speakers %q, want %q", got, names)
		return
	}
	for _, n := range names {
		found := false
		for _, g := range got {
			found = found || g == n
		}
		if !found {
			t.Errorf("speakers %q, want %q", got, names)
			return
		}
	}
}

func dumpStatements(a *model.Article) string {
	var b strings.Builder
	for _, s := range a.Statements {
		b.WriteString("  ")
		b.WriteString(strconv.Itoa(s.Paragraph))
		b.WriteString(" " + string(s.Kind) + " " + s.Speaker + ": " + s.Text + "\n")
	}
	return b.String()
}

func TestAttrQuoteThenCue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "said X, a nurse",
			paras: []string{"“We will reopen the ward in May,” said Marta Quell, a nurse at the Pellham clinic."},
			want:  []wantStmt{wq(1, "We will reopen the ward in May,", "Marta Quell")}},
		{name: "X said",
			paras: []string{"“The roof leaks every winter,” Teodor Vance said."},
			want:  []wantStmt{wq(1, "The roof leaks every winter,", "Teodor Vance")}},
		{name: "X, a caretaker, said",
			paras: []string{"“The roof leaks every winter,” Teodor Vance, a caretaker, said."},
			want:  []wantStmt{wq(1, "The roof leaks every winter,", "Teodor Vance")}},
		{name: "said X, who leads",
			paras: []string{"“This vote is a disgrace,” said Rafael Imre, who leads the opposition bloc in the assembly."},
			want:  []wantStmt{wq(1, "This vote is a disgrace,", "Rafael Imre")}},
		{name: "she said after a named paragraph",
			paras: []string{
				"Hanne Solberg has run the bakery on Mill Street for two decades.",
				"“Flour prices doubled this year,” she said.",
			},
			want: []wantStmt{wq(2, "Flour prices doubled this year,", "Hanne Solberg")}},
		{name: "question mark before the cue",
			paras: []string{"“Who pays for the repairs?” asked Dorit Aalto, a tenant."},
			want:  []wantStmt{wq(1, "Who pays for the repairs?", "Dorit Aalto")}},
		{name: "title and name",
			paras: []string{"“The bridge stays closed,” said Dr. Kasimir Pohl."},
			want:  []wantStmt{wq(1, "The bridge stays closed,", "Kasimir Pohl")}},
		{name: "added, with a pronoun",
			paras: []string{
				"Rosa Imbert opened the meeting at seven.",
				"“We have waited long enough,” she added.",
			},
			want: []wantStmt{wq(2, "We have waited long enough,", "Rosa Imbert")}},
		{name: "surname only after full name",
			paras: []string{
				"Kaspar Nyholm chairs the water board.",
				"“The pipes are older than I am,” said Nyholm.",
			},
			want:     []wantStmt{wq(2, "The pipes are older than I am,", "Kaspar Nyholm")},
			speakers: []string{"Kaspar Nyholm"}},
		{name: "straight marks",
			paras: []string{`"The ferry is late again," said Yrsa Dahl, a commuter.`},
			want:  []wantStmt{wq(1, "The ferry is late again,", "Yrsa Dahl")}},
		{name: "British single marks",
			paras: []string{"‘The ferry’s late again,’ said Yrsa Dahl, a commuter."},
			want:  []wantStmt{wq(1, "The ferry’s late again,", "Yrsa Dahl")}},
		{name: "dash attribution",
			paras: []string{"“We will rebuild every school.” — Commissioner Adela Rusu"},
			want:  []wantStmt{wq(1, "We will rebuild every school.", "Adela Rusu")}},
	})
}

func TestAttrCueThenQuote(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "said colon",
			paras: []string{"Gustav Lemke said: “The harbour must stay public.”"},
			want:  []wantStmt{wq(1, "The harbour must stay public.", "Gustav Lemke")}},
		{name: "said comma",
			paras: []string{"Gustav Lemke said, “The harbour must stay public.”"},
			want:  []wantStmt{wq(1, "The harbour must stay public.", "Gustav Lemke")}},
		{name: "told reporters",
			paras: []string{"Gustav Lemke told reporters, “Nobody called me before the vote.”"},
			want:  []wantStmt{wq(1, "Nobody called me before the vote.", "Gustav Lemke")}},
		{name: "in an interview",
			paras: []string{"In an interview, Priya Naidoo said, “I never wanted the job.”"},
			want:  []wantStmt{wq(1, "I never wanted the job.", "Priya Naidoo")}},
		{name: "appositive before the cue",
			paras: []string{"Oren Falk, a paramedic, said: “The ambulance took forty minutes to arrive.”"},
			want:  []wantStmt{wq(1, "The ambulance took forty minutes to arrive.", "Oren Falk")}},
		{name: "told the outlet, colon",
			paras: []string{"Anton Weiss told the Harbour Gazette: “We will appeal.”"},
			want:  []wantStmt{wq(1, "We will appeal.", "Anton Weiss")}},
		{name: "colon intro",
			paras: []string{
				"Jesper Aune, a farmer, spoke first at the meeting.",
				"And from Wilma Roth: “We were never consulted about the pylons.”",
			},
			want: []wantStmt{wq(2, "We were never consulted about the pylons.", "Wilma Roth")}},
	})
}

func TestAttrSplitQuote(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "X said between halves",
			paras: []string{"“The plan is sound,” Lidia Moro said, “but the money is simply not there.”"},
			want: []wantStmt{
				wq(1, "The plan is sound,", "Lidia Moro"),
				wq(1, "but the money is simply not there.", "Lidia Moro"),
			}},
		{name: "pronoun between halves",
			paras: []string{
				"Lidia Moro runs the food bank.",
				"“Demand has tripled,” she said, “and donations have halved.”",
			},
			want: []wantStmt{
				wq(2, "Demand has tripled,", "Lidia Moro"),
				wq(2, "and donations have halved.", "Lidia Moro"),
			}},
		{name: "said X between halves",
			paras: []string{"“We tried,” said Benedikt Sauer, the club’s captain. “We just ran out of legs.”"},
			want: []wantStmt{
				wq(1, "We tried,", "Benedikt Sauer"),
				wq(1, "We just ran out of legs.", "Benedikt Sauer"),
			}},
	})
}

func TestAttrFollowOn(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "bare paragraphs until another speaker",
			paras: []string{
				"“We lost three boats in the storm,” said Jonas Ekberg, a fisherman.",
				"“Nobody from the council has come to look at the damage.”",
				"“We are on our own out here.”",
				"“Help is on its way,” said Councillor Beata Lund.",
				"“Crews will arrive on Monday.”",
			},
			want: []wantStmt{
				wq(1, "We lost three boats in the storm,", "Jonas Ekberg"),
				wq(2, "Nobody from the council has come to look at the damage.", "Jonas Ekberg"),
				wq(3, "We are on our own out here.", "Jonas Ekberg"),
				wq(4, "Help is on its way,", "Beata Lund"),
				wq(5, "Crews will arrive on Monday.", "Beata Lund"),
			}},
		{name: "second sentence in the same paragraph",
			paras: []string{"“The bus never came,” said Signe Holm. “I walked four miles in the snow.”"},
			want: []wantStmt{
				wq(1, "The bus never came,", "Signe Holm"),
				wq(1, "I walked four miles in the snow.", "Signe Holm"),
			}},
		{name: "hearing alternates",
			paras: []string{
				"“Where were you at midnight?” asked Carl Dahlgren, the prosecutor.",
				"“At home, asleep,” replied Nils Varga.",
				"“Can anyone confirm that?”",
				"“My wife can.”",
			},
			want: []wantStmt{
				wq(1, "Where were you at midnight?", "Carl Dahlgren"),
				wq(2, "At home, asleep,", "Nils Varga"),
				wq(3, "Can anyone confirm that?", "Carl Dahlgren"),
				wq(4, "My wife can.", "Nils Varga"),
			}},
	})
}

func TestAttrPronouns(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a role in the lede, named in the next paragraph",
			paras: []string{
				"Striker cleared of assault",
				"Footballer Dario Benn was cleared on Thursday after a judge said the police inquiry had been “riddled with errors.”",
				"District Judge Helen Marsh said the footage contradicted the doorman. “I cannot be sure,” she said.",
			},
			want: []wantStmt{
				wq(2, "riddled with errors.", "Helen Marsh"),
				wr(2, "the police inquiry had been", "Helen Marsh"),
				wq(3, "I cannot be sure,", "Helen Marsh"),
			},
			notSpeakers: []string{"Dario Benn"}},
		{name: "a place's minister in the lede, named next",
			paras: []string{
				"Border talks stall",
				"NEW YORK (Wire) — Norland's foreign minister accused Estravia on Monday of “moving the goalposts” in border talks.",
				"Speaking to the assembly, Foreign Minister Elin Vasska said her country had accepted every proposal.",
			},
			want: []wantStmt{
				wq(2, "moving the goalposts", "Elin Vasska"),
				wr(3, "her country had accepted", "Elin Vasska"),
			},
			notSpeakers: []string{"Estravia", "Norland"}},
		{name: "ambassador to the UN and a hyphenated title",
			paras: []string{
				"Its ambassador to the UN, Teodor Braga, told reporters that Norland had “invented a crisis”.",
				"Vasska later met UN Secretary-General Amara Osei, who said he was “deeply concerned” by the deadlock.",
				"“Speeches do not move borders,” the ambassador said.",
			},
			want: []wantStmt{
				wq(1, "invented a crisis", "Teodor Braga"),
				wq(2, "deeply concerned", "Amara Osei"),
				wq(3, "Speeches do not move borders,", "Teodor Braga"),
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
			want:        []wantStmt{wq(2, "riddled with errors.", "")},
			notSpeakers: []string{"a judge", "Dario Benn"}},
		{name: "across a paragraph without quotes",
			paras: []string{
				"“The clinic is full every day,” said Dr. Amira Saleh.",
				"The clinic opened in 2015 and serves four villages.",
				"“We need two more doctors,” she said.",
			},
			want: []wantStmt{
				wq(1, "The clinic is full every day,", "Amira Saleh"),
				wq(3, "We need two more doctors,", "Amira Saleh"),
			}},
		{name: "across sentences",
			paras: []string{"Paula Renn arrived late. She apologised to the committee. “The train stopped twice,” she said."},
			want:  []wantStmt{wq(1, "The train stopped twice,", "Paula Renn")}},
		{name: "pronoun then cue before quote",
			paras: []string{
				"Henrik Lagos has farmed the valley for forty years.",
				"He said: “The river has never been this low.”",
			},
			want: []wantStmt{wq(2, "The river has never been this low.", "Henrik Lagos")}},
		{name: "spokeswoman gives gender",
			paras: []string{
				"Jordan Pike, a spokeswoman for the port, met Ezra Wolde, a docker.",
				"“The cranes are safe,” she said.",
			},
			want: []wantStmt{wq(2, "The cranes are safe,", "Jordan Pike")}},
	})
}

func TestAttrRoleNouns(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "the minister",
			paras: []string{
				"Trade Minister Viktor Amsel unveiled the tariff plan on Monday.",
				"“Our exporters need certainty,” the minister said.",
			},
			want: []wantStmt{wq(2, "Our exporters need certainty,", "Viktor Amsel")}},
		{name: "the 54-year-old",
			paras: []string{
				"Marek Tollan, 54, has coached the club since 2019.",
				"“This is my last season,” the 54-year-old said.",
			},
			want: []wantStmt{wq(2, "This is my last season,", "Marek Tollan")}},
		{name: "role and age together",
			paras: []string{
				"Finance Minister Oskar Lindqvist, 61, presented the budget.",
				"“It is a prudent plan,” the 61-year-old said.",
				"“Nobody will pay more tax,” the minister added.",
			},
			want: []wantStmt{
				wq(2, "It is a prudent plan,", "Oskar Lindqvist"),
				wq(3, "Nobody will pay more tax,", "Oskar Lindqvist"),
			},
			speakers: []string{"Oskar Lindqvist"}},
		{name: "the spokeswoman",
			paras: []string{
				"Defence ministry spokeswoman Ida Kern declined to give figures.",
				"“The review is ongoing,” the spokeswoman told reporters.",
			},
			want: []wantStmt{wq(2, "The review is ongoing,", "Ida Kern")}},
		{name: "the role's office",
			paras: []string{
				"Prime Minister Jonas Aukland agreed the corridor on Friday.",
				"The prime minister's office later said inspections would be joint.",
			},
			want:     []wantStmt{wr(2, "inspections would be joint", "Jonas Aukland")},
			speakers: []string{"Jonas Aukland"}},
		{name: "an office whose holder the article never named",
			paras: []string{
				"Liberal leader Bram Jansen called the walkout theatre.",
				"The king's office said he would meet party leaders on Friday.",
			},
			want: []wantStmt{wr(2, "he would meet party leaders", "~king's office")}},
	})
}

func TestAttrBodies(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "the ministry said in a statement",
			paras: []string{
				"The Ministry of Water announced new rationing rules on Sunday.",
				"“Reservoirs are at a record low,” the ministry said in a statement.",
			},
			want: []wantStmt{wq(2, "Reservoirs are at a record low,", "~Ministry of Water")}},
		{name: "the club is the club named before",
			paras: []string{
				"Dunmore Athletic sacked manager Callum Reid on Sunday after a 4-0 defeat.",
				"“Results have not been good enough,” the club said in a statement.",
			},
			want:     []wantStmt{wq(2, "Results have not been good enough,", "Dunmore Athletic")},
			speakers: []string{"Dunmore Athletic"}},
		{name: "the regulator is not the company it fined",
			paras: []string{
				"Brightwell fined over data breach",
				"The regulator said on Wednesday it had fined Brightwell Energy 14 million for failing to protect records.",
				"Brightwell Energy said it would appeal.",
			},
			want: []wantStmt{
				wr(2, "it had fined Brightwell Energy", "~regulator"),
				wr(3, "it would appeal", "Brightwell Energy"),
			},
			notSpeakers: []string{"Brightwell Energy 14"}},
		{name: "a union's number is its name",
			paras:    []string{"The union, Local 318, said its members would strike on Monday."},
			want:     []wantStmt{wr(1, "its members would strike", "Local 318")},
			speakers: []string{"Local 318"}},
	})
}

func TestAttrAccordingTo(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "according to then quote",
			paras: []string{"According to Selma Ruud, “turnout was the lowest in decades.”"},
			want:  []wantStmt{wq(1, "turnout was the lowest in decades.", "Selma Ruud")}},
	})
}

func TestAttrOutlets(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "quoted X as saying",
			paras:       []string{"The Harbour Gazette quoted Anton Weiss as saying the talks had “run their course.”"},
			want:        []wantStmt{wq(1, "run their course.", "Anton Weiss")},
			notSpeakers: []string{"Harbour Gazette"}},
		{name: "X told the outlet",
			paras:       []string{"“We will appeal the ruling,” Anton Weiss told the Harbour Gazette."},
			want:        []wantStmt{wq(1, "We will appeal the ruling,", "Anton Weiss")},
			notSpeakers: []string{"Harbour Gazette"}},
		{name: "X told state broadcaster",
			paras:       []string{"“The border stays open,” Lena Sarkis told state broadcaster NRT."},
			want:        []wantStmt{wq(1, "The border stays open,", "Lena Sarkis")},
			notSpeakers: []string{"NRT"}},
		{name: "the agency reported, no one else",
			paras: []string{"“The river crested overnight,” the Halvard News Agency reported."},
			want:  []wantStmt{wq(1, "The river crested overnight,", "~Halvard News Agency")}},
	})
}

func TestAttrPartialQuotes(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "names in the reported clause",
			paras:       []string{"Lukas Brandt said Vera Holm and Ivo Petrak made “serious mistakes” during the audit."},
			want:        []wantStmt{wq(1, "serious mistakes", "Lukas Brandt")},
			notSpeakers: []string{"Vera Holm", "Ivo Petrak"}},
		{name: "called the plan",
			paras: []string{"Nadia Orlov called the plan “reckless.”"},
			want:  []wantStmt{wq(1, "reckless.", "Nadia Orlov")}},
		{name: "said she was",
			paras: []string{"Nadia Orlov said she was “cautiously hopeful” about the talks."},
			want:  []wantStmt{wq(1, "cautiously hopeful", "Nadia Orlov")}},
		{name: "accused another of",
			paras: []string{"Greta Wahl accused Tomas Ek of “playing games with people’s homes.”"},
			want:  []wantStmt{wq(1, "playing games with people’s homes.", "Greta Wahl")}},
	})
}

func TestAttrReported(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "said that",
			paras: []string{"Colonel Ruben Akers said that the convoy had turned back before dawn."},
			want:  []wantStmt{wr(1, "the convoy had turned back", "Ruben Akers")}},
		{name: "said without that",
			paras: []string{"Ruben Akers said the convoy had turned back before dawn."},
			want:  []wantStmt{wr(1, "the convoy had turned back", "Ruben Akers")}},
		{name: "denied",
			paras: []string{"Ruben Akers denied any wrongdoing in the procurement."},
			want:  []wantStmt{wr(1, "any wrongdoing", "Ruben Akers")}},
		{name: "warned",
			paras: []string{"Helga Stam warned that the dam could fail within weeks."},
			want:  []wantStmt{wr(1, "the dam could fail", "Helga Stam")}},
		{name: "thanked",
			paras:       []string{"Helga Stam thanked Piet Vos for his help during the floods."},
			want:        []wantStmt{wr(1, "for his help", "Helga Stam")},
			notSpeakers: []string{"Piet Vos"}},
		{name: "told reporters that",
			paras: []string{"Ruben Akers told reporters that the convoy had turned back."},
			want:  []wantStmt{wr(1, "the convoy had turned back", "Ruben Akers")}},
		{name: "added that",
			paras: []string{"Ruben Akers added that no one had been hurt."},
			want:  []wantStmt{wr(1, "no one had been hurt", "Ruben Akers")}},
		{name: "pronoun subject",
			paras: []string{
				"Helga Stam toured the flooded streets on Friday.",
				"She said the army would stay until the water receded.",
			},
			want: []wantStmt{wr(2, "the army would stay", "Helga Stam")}},
		{name: "ministry said",
			paras: []string{
				"The Ministry of Water issued new rules on Sunday.",
				"The ministry said hosepipes would be banned from June.",
			},
			want: []wantStmt{wr(2, "hosepipes would be banned", "~Ministry of Water")}},
	})
}

// A manner verb with a demonstrative after a preposition reports nothing;
// one with a that-clause does.
func TestAttrWithSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "with X calling",
			paras: []string{
				"Green leader Sanne de Vries and Liberal leader Bram Jansen have clashed before.",
				"In 2023 the two traded insults, with Jansen calling her “a professional protester.”",
				"Aukland left early, with de Vries saying the talks had stalled.",
			},
			want: []wantStmt{
				wq(2, "a professional protester.", "Bram Jansen"),
				wr(3, "the talks had stalled", "Sanne de Vries"),
			}},
	})
}

func TestAttrMannerVerbThat(t *testing.T) {
	a := analyzeParas("Orla Quigley writes novels.", "Quigley laughs at that.", "Quigley wrote on Facebook that she was done.")
	for _, s := range a.Statements {
		if s.Paragraph == 2 {
			t.Errorf("paragraph 2 holds a statement: %+v", s)
		}
	}
	checkReported(t, a, wr(3, "she was done", "Orla Quigley"))
}

func TestAttrNoOnesWords(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "said an unnamed diplomat",
			paras: []string{
				"Downing Street said the delay was “regrettable but temporary.”",
				"“We will not sign something that doubles our fuel bills,” said a diplomat from one of the objecting states, who asked not to be named.",
			},
			want: []wantStmt{
				wq(1, "regrettable but temporary.", "Downing Street"),
				wq(2, "We will not sign something that doubles our fuel bills,", "a diplomat"), // unnamed, but a source
			}},
		{name: "book title",
			paras: []string{"Ivo Petrak’s memoir, “A Winter Without Bread,” sold forty thousand copies."},
			want:  []wantStmt{wq(1, "A Winter Without Bread,", "")}},
		{name: "nickname then quote",
			paras: []string{
				"Desmond “Dez” Carver scored twice in the final.",
				"“I just kept running,” Carver said.",
			},
			want: []wantStmt{
				wq(1, "Dez", ""),
				wq(2, "I just kept running,", "Desmond Carver"),
			},
			speakers: []string{"Desmond Carver"}},
		{name: "straight nickname",
			paras: []string{
				`Harriet "Hattie" Colm won the race.`,
				`"I never looked back," Colm said.`,
			},
			want: []wantStmt{
				wq(1, "Hattie", ""),
				wq(2, "I never looked back,", "Harriet Colm"),
			},
			speakers: []string{"Harriet Colm"}},
		{name: "album title",
			paras:    []string{`Her new album, "Salt and Iron," tops the charts this week.`},
			want:     []wantStmt{wq(1, "Salt and Iron,", "")},
			speakers: []string{}},
		{name: "known as",
			paras:    []string{"The mountain pass, known as “the Needle,” closes every November."},
			want:     []wantStmt{wq(1, "the Needle,", "")},
			speakers: []string{}},
		{name: "scare quotes without a cue",
			paras: []string{
				"The so-called “efficiency review” cost the town a million.",
			},
			want:     []wantStmt{wq(1, "efficiency review", "")},
			speakers: []string{}},
	})
}

func TestAttrOneSpeakerPerPerson(t *testing.T) {
	a := analyzeParas(
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

func TestAttrSharedSurname(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "siblings",
			paras: []string{
				"Anders Berg and his sister Liv Berg both ran for the council.",
				"“We disagree on almost everything,” Anders Berg said.",
				"“He is wrong about the port,” Liv Berg said.",
			},
			want: []wantStmt{
				wq(2, "We disagree on almost everything,", "Anders Berg"),
				wq(3, "He is wrong about the port,", "Liv Berg"),
			},
			speakers: []string{"Anders Berg", "Liv Berg"}},
	})
}

func TestAttrWebFurniture(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "dateline, caption, read more",
			paras: []string{
				"Dock strike spreads to second port",
				"By Maren Ystad",
				"Updated 3:42 p.m.",
				"MORVANGEN, Eskland (Wire) — Dock workers walked out on Friday.",
				"“We will not return until the contracts are signed,” said Frida Holt, the union’s chair.",
				"Read more: Port strike enters its second week",
				"Frida Holt addresses workers outside the Morvangen docks on Friday. (Photo: Erik Sand/Wire)",
				"“The owners know our number,” she said.",
			},
			want: []wantStmt{
				wq(5, "We will not return until the contracts are signed,", "Frida Holt"),
				wq(8, "The owners know our number,", "Frida Holt"),
			},
			speakers: []string{"Frida Holt"}},
		{name: "dateline before cue-then-quote",
			paras: []string{"MORVANGEN, Eskland (Wire) — Harbour master Olle Brink said: “The channel is clear.”"},
			want:  []wantStmt{wq(1, "The channel is clear.", "Olle Brink")}},
		{name: "pull quote repeats the body",
			paras: []string{
				"“We were promised a school, not a car park,” said Ewa Lind, a parent.",
				"“We were promised a school, not a car park”",
				"The council meets on Thursday.",
			},
			want: []wantStmt{
				wq(1, "We were promised a school, not a car park,", "Ewa Lind"),
				wq(2, "We were promised a school, not a car park", "Ewa Lind"),
			}},
	})
}

func TestAttrNameForms(t *testing.T) {
	// Each name is introduced in full, then used by surname: one speaker.
	for _, n := range []struct{ full, short string }{
		{"Karim Al-Sayed", "Al-Sayed"},
		{"Zoë Ångström", "Ångström"},
		{"J.R. Pellow", "Pellow"},
		{"Anna-Lena Koch-Weber", "Koch-Weber"},
		{"Dara O'Neill", "O'Neill"},
	} {
		runAttrCases(t, []attrCase{{
			name: n.full,
			paras: []string{
				"“We will not move,” said " + n.full + ", a farmer.",
				"“Never,” " + n.short + " added.",
			},
			want: []wantStmt{
				wq(1, "We will not move,", n.full),
				wq(2, "Never,", n.full),
			},
			speakers: []string{n.full},
		}})
	}
}

func TestAttrTitlesAndRoles(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "post-nominal letters",
			paras: []string{
				"Opening for the prosecution, Sarah Whitlock KC said Colby had known of the losses.",
				"“He chose to hide them,” Whitlock said.",
				"Colby's barrister, Daniel Okoro KC, said his client would give evidence.",
			},
			want: []wantStmt{
				wr(1, "Colby had known of the losses", "Sarah Whitlock"),
				wq(2, "He chose to hide them,", "Sarah Whitlock"),
				wr(3, "his client would give evidence", "Daniel Okoro"),
			},
			speakers: []string{"Sarah Whitlock", "Daniel Okoro"}},
		{name: "the Scot, twice",
			paras: []string{
				"Dunmore sacked manager Callum Reid on Sunday.",
				"“The dressing room is with me,” the Scot told reporters on Friday.",
				"“I have no regrets,” said the Scot.",
			},
			want: []wantStmt{
				wq(2, "The dressing room is with me,", "Callum Reid"),
				wq(3, "I have no regrets,", "Callum Reid"),
			},
			notSpeakers: []string{"Scot"}},
		{name: "mayor-elect",
			paras: []string{
				"Mayor-elect Jonah Pratt took the stage. “We won,” he said.",
				"“Now we deliver,” the mayor-elect said.",
			},
			want: []wantStmt{
				wq(1, "We won,", "Jonah Pratt"),
				wq(2, "Now we deliver,", "Jonah Pratt"),
			},
			speakers: []string{"Jonah Pratt"}},
		{name: "Lt. Col.",
			paras: []string{"“We will hold the line,” said Lt. Col. Ines Marr.", "“Nobody retreats,” Marr added."},
			want: []wantStmt{
				wq(1, "We will hold the line,", "Ines Marr"),
				wq(2, "Nobody retreats,", "Ines Marr"),
			},
			speakers: []string{"Ines Marr"}},
		{name: "Sen.",
			paras: []string{"“The bill is dead,” Sen. Rolf Tanner said."},
			want:  []wantStmt{wq(1, "The bill is dead,", "Rolf Tanner")}},
		{name: "the president",
			paras: []string{
				"President Halvar Ruud flew to Ostrava on Monday.",
				"“The alliance is strong,” the president said.",
			},
			want: []wantStmt{wq(2, "The alliance is strong,", "Halvar Ruud")}},
		{name: "role before name in apposition",
			paras: []string{"The mayor, Ines Dorn, said: “We will rebuild.”"},
			want:  []wantStmt{wq(1, "We will rebuild.", "Ines Dorn")}},
		{name: "someone's lawyer, named",
			paras:    []string{"Ivo Petrak’s lawyer, Hana Novak, said: “My client is innocent.”"},
			want:     []wantStmt{wq(1, "My client is innocent.", "Hana Novak")},
			speakers: []string{"Hana Novak"}},
		{name: "names inside the quotation are not speakers",
			paras:    []string{"“Tell Olaf Berndt I said no,” said Mona Ekdal."},
			want:     []wantStmt{wq(1, "Tell Olaf Berndt I said no,", "Mona Ekdal")},
			speakers: []string{"Mona Ekdal"}},
		{name: "two speakers in one paragraph",
			paras: []string{"“Yes,” said Agnes Borg. “No,” said Emil Frey."},
			want: []wantStmt{
				wq(1, "Yes,", "Agnes Borg"),
				wq(1, "No,", "Emil Frey"),
			}},
	})
}

func TestAttrCueVariants(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "adverb and later",
			paras: []string{"“The plant will close,” Nora Salo said firmly.", "“It is over,” Salo later said."},
			want: []wantStmt{
				wq(1, "The plant will close,", "Nora Salo"),
				wq(2, "It is over,", "Nora Salo"),
			}},
		{name: "said in a statement on a day, colon",
			paras: []string{"Nora Salo said in a statement on Tuesday: “The plant will close.”"},
			want:  []wantStmt{wq(1, "The plant will close.", "Nora Salo")}},
		{name: "wrote on social media",
			paras: []string{"Nora Salo wrote on social media: “The plant will close.”"},
			want:  []wantStmt{wq(1, "The plant will close.", "Nora Salo")}},
		{name: "told staff in an email seen by an outlet",
			paras:    []string{"“The plant will close,” Nora Salo, the company’s chief executive, told staff in an email seen by the Wire."},
			want:     []wantStmt{wq(1, "The plant will close,", "Nora Salo")},
			speakers: []string{"Nora Salo"}},
		{name: "adding colon",
			paras: []string{"Ines Dorn said the council would vote on Tuesday, adding: “We will rebuild.”"},
			want:  []wantStmt{wq(1, "We will rebuild.", "Ines Dorn")}},
		{name: "told the outlet that, partial",
			paras:       []string{"Jens Holt told the Gazette on Monday that “nothing has been decided.”"},
			want:        []wantStmt{wq(1, "nothing has been decided.", "Jens Holt")},
			notSpeakers: []string{"Gazette"}},
		{name: "accused the council of, partial",
			paras: []string{"Nora Salo accused the council of “dragging its feet” on repairs."},
			want:  []wantStmt{wq(1, "dragging its feet", "Nora Salo")}},
		{name: "bare quote after reported speech",
			paras: []string{"Nora Salo said the plant would close in June.", "“Nobody wanted this outcome.”"},
			want: []wantStmt{
				wr(1, "the plant would close", "Nora Salo"),
				wq(2, "Nobody wanted this outcome.", "Nora Salo"),
			}},
		{name: "neighbour agrees, new speaker by pronoun",
			paras: []string{
				"“We’ve been here since 1952,” said Erling Fosse, 80. “My father built this house.”",
				"Fosse’s neighbour, Tuva Lie, agreed. “They’ll have to carry us out,” she said.",
			},
			want: []wantStmt{
				wq(1, "We’ve been here since 1952,", "Erling Fosse"),
				wq(1, "My father built this house.", "Erling Fosse"),
				wq(2, "They’ll have to carry us out,", "Tuva Lie"),
			}},
		{name: "an unnamed source is a speaker of its own, not the last one named",
			paras:    []string{"“We are safe,” said Ana Ruiz.", "“It’s a disaster,” said one resident, who asked not to be named."},
			want:     []wantStmt{wq(1, "We are safe,", "Ana Ruiz"), wq(2, "It’s a disaster,", "one resident")},
			speakers: []string{"Ana Ruiz", "one resident"}},
	})
}

func TestAttrMoreFurniture(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "read more line with a quoted headline",
			paras: []string{
				"Dockers walk out",
				"“We will not return until the contracts are signed,” said Frida Holt.",
				"Read more: ‘We are not leaving’: dockers dig in",
				"“The owners know our number,” she said.",
			},
			want: []wantStmt{
				wq(2, "We will not return until the contracts are signed,", "Frida Holt"),
				wq(3, "We are not leaving", ""),
				wq(4, "The owners know our number,", "Frida Holt"),
			},
			speakers: []string{"Frida Holt"}},
		{name: "caption line between follow-on quotes",
			paras: []string{
				"“We will not return until the contracts are signed,” said Frida Holt.",
				"Photo: Erik Sand/Wire",
				"“The owners know our number.”",
			},
			want: []wantStmt{
				wq(1, "We will not return until the contracts are signed,", "Frida Holt"),
				wq(3, "The owners know our number.", "Frida Holt"),
			},
			speakers: []string{"Frida Holt"}},
		{name: "live-blog time stamps",
			paras: []string{
				"10:42 a.m.",
				"“The polls are open,” said Oskar Brandt, the returning officer.",
				"10:55 a.m.",
				"“Queues are long,” he said.",
			},
			want: []wantStmt{
				wq(2, "The polls are open,", "Oskar Brandt"),
				wq(4, "Queues are long,", "Oskar Brandt"),
			},
			speakers: []string{"Oskar Brandt"}},
		{name: "bullets",
			paras: []string{"• Dock workers walked out on Friday.", "• “We want fair pay,” said Frida Holt."},
			want:  []wantStmt{wq(2, "We want fair pay,", "Frida Holt")}},
		{name: "dateline before a quotation",
			paras:    []string{"KESTRAVIK, Norland (Wire) — “We are ready,” said Harald Bø."},
			want:     []wantStmt{wq(1, "We are ready,", "Harald Bø")},
			speakers: []string{"Harald Bø"}},
		{name: "dateline before reported speech",
			paras:    []string{"KESTRAVIK, Norland (Wire) — Harald Bø said the port would reopen."},
			want:     []wantStmt{wr(1, "the port would reopen", "Harald Bø")},
			speakers: []string{"Harald Bø"}},
		{name: "non-breaking and double spaces",
			paras: []string{"“We  are\u00a0ready,”\u00a0said\u00a0Harald  Bø."},
			want:  []wantStmt{wq(1, "We  are\u00a0ready,", "Harald Bø")}},
	})
}
