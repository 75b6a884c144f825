package attribution_test

import (
	"strings"
	"testing"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/attribution"
)

func titled(title string, paras ...string) model.Document {
	doc := model.Document{Source: "news.txt", Title: title}
	for _, p := range paras {
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
	}
	return doc
}

// A headline says who said what too: its statements come as paragraph 0,
// and the body's paragraphs keep their numbers.
func TestHeadlineStatementsAreParagraphZero(t *testing.T) {
	a, err := attribution.Analyze(titled("Harbour deal ‘dead’, says Holm",
		"Opposition leader Jeremy Holm said on Tuesday that the harbour deal was dead.",
		"“We will not back this deal,” Mr Holm told the radio."))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.Statements {
		got = append(got, string(rune('0'+s.Paragraph))+" "+s.Text+" by "+s.Speaker)
	}
	want := []string{"0 dead by Jeremy Holm",
		"1 Opposition leader Jeremy Holm said on Tuesday that the harbour deal was dead. by Jeremy Holm",
		"2 We will not back this deal, by Jeremy Holm"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("statements:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s := a.Statements[0]; a.Title[s.Start:s.End] != s.Text {
		t.Errorf("the headline statement's span %d..%d is not its text in the title", s.Start, s.End)
	}
}

// A name in the headline holds the capitalised title the lede opens with,
// and a headline's subject with no statement is no one the body points
// back to; its speaker goes on in no bare quotation below it.
func TestHeadlineNamesAndTheLede(t *testing.T) {
	a, err := attribution.Analyze(titled("Ó Murchú: Coalition 'will not be bounced' into early election",
		"The Taoiseach has said the Government \"will not be bounced\" into an early general election.",
		"Speaking in Dublin on Monday, Pádraig Ó Murchú said the coalition had a clear plan.",
		"Later, the Taoiseach said he had every confidence in his ministers."))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.Statements {
		if s.Speaker != "Pádraig Ó Murchú" {
			t.Errorf("¶%d %q by %q, want Pádraig Ó Murchú", s.Paragraph, s.Text, s.Speaker)
		}
	}
	b, err := attribution.Analyze(titled("PMQs sketch: A Prime Minister drowning in his own statistics",
		"Prime Minister Richard Cawley told MPs waiting lists were falling.",
		"Later, the Prime Minister said help was \"on its way\"."))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range b.Statements {
		if s.Speaker != "Richard Cawley" {
			t.Errorf("¶%d %q by %q, want Richard Cawley", s.Paragraph, s.Text, s.Speaker)
		}
	}
}

// A fault in the headline names the headline.
func TestFaultInTheHeadline(t *testing.T) {
	defer attribution.SetFaultHook(func(p int) {
		if p == 1 { // the analysis reads the headline as its first paragraph
			var none []int
			_ = none[p]
		}
	})()
	a, err := attribution.Analyze(titled("Deal is dead, says Holm", "“We will not back it,” said Jeremy Holm."))
	if err == nil || !strings.Contains(err.Error(), "in the headline") {
		t.Fatalf("error %v; want one naming the headline", err)
	}
	if len(a.Statements) != 1 || a.Statements[0].Paragraph != 1 || a.Statements[0].Speaker != "Jeremy Holm" {
		t.Errorf("statements %+v; want the body's one, ¶1, Jeremy Holm's", a.Statements)
	}
}

// A headline's bare role ("…, premier says", "Premier vows …") is the
// holder the lede names, not someone called "premier".
func TestHeadlineBareRoleIsTheLedesHolder(t *testing.T) {
	for _, title := range []string{"Harbour to freeze fees for two years, premier says", "Premier vows cap on harbour fees"} {
		a, err := attribution.Analyze(titled(title,
			"Harbour Premier Doug Holm said Tuesday that fees would be frozen.",
			"Holm added that the ports would be compensated."))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Statements) == 0 || a.Statements[0].Paragraph != 0 || a.Statements[0].Speaker != "Doug Holm" {
			t.Errorf("%q: first statement %+v, want the headline's, by Doug Holm", title, a.Statements)
		}
	}
}

// A photo's caption between the headline and the lede ("… PHOTO BY
// DEVIN OKIMAW-LUND/Postmedia") leaves the lede the lede: its "A city
// councillor" is the councillor the body names next, though more
// councillors are named later.
func TestHeadlineCaptionBeforeTheLede(t *testing.T) {
	a, err := attribution.Analyze(titled("Council approves transit safety plan",
		"Passengers wait for a train at Churchill LRT Station. PHOTO BY DEVIN OKIMAW-LUND/Postmedia",
		"A city councillor who was once punched on a platform cast the deciding vote, saying constituents have told her they are afraid.",
		"Council voted 7-6 in favour.",
		"Coun. Priya Venkataraman said she had struggled with the decision.",
		"Mayor Desmond Fairbairn said the plan leans on enforcement.", "The report recommends more officers.",
		"Coun. Gareth Nwosu said the money should go to housing."))
	if err != nil {
		t.Fatal(err)
	}
	if s := a.Statements[0]; s.Paragraph != 2 || s.Speaker != "Priya Venkataraman" {
		t.Errorf("the lede's statement: ¶%d %q by %q, want ¶2 by Priya Venkataraman", s.Paragraph, s.Text, s.Speaker)
	}
}

// A photographer's credit in a caption ("Photo by Mireille Gendron
// /Saskatoon StarPhoenix") is no one the story is about; the lede's "the
// head of their union" is the union's president the body names, though
// her title runs long ("president of Local 4817 and an educational
// assistant for 22 years"), and so is "the union president" later.
func TestHeadlineCreditAndTheHeadOfTheUnion(t *testing.T) {
	a, err := attribution.Analyze(titled("Support staff strike at Saskatoon schools",
		"Members of CUPE Local 4817 picket on Monday. Photo by Mireille Gendron /Saskatoon StarPhoenix",
		"SASKATOON — More than 1,300 staff walked off the job Monday, and the head of their union says they are prepared to stay out.",
		"The strike is the first in the division's history.",
		"“Nobody wanted to be here,” said Darlene Kowalchuk, president of Local 4817 and an educational assistant for 22 years.",
		"His wife, Renée Pelletier, said she sees it differently.",
		"The union president disputed the board's account, saying the union had asked for mediation in August."))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.Statements {
		if (s.Paragraph == 2 || s.Paragraph == 6) && s.Speaker != "Darlene Kowalchuk" {
			t.Errorf("¶%d %q by %q, want Darlene Kowalchuk", s.Paragraph, s.Text, s.Speaker)
		}
	}
	for _, sp := range a.Speakers {
		if sp.Name == "Mireille Gendron" {
			t.Errorf("the photographer is in the panel: %+v", sp)
		}
	}
}

// A rural story's local government and its officers: "A family physician"
// in the lede is the Dr. the body names next, "the reeve" is the reeve
// named, "Chester Warden Brenda Zwicker" is Brenda Zwicker, and "The Town
// of Beaverhill" is one body.
func TestHeadlineRuralOfficesAndTheLedesDoctor(t *testing.T) {
	a, err := attribution.Analyze(titled("Overnight ER closures in Beaverhill",
		"The Beaverhill Health Centre will close its emergency department overnight. Photo by Gavin Tremblay /Postmedia",
		`BEAVERHILL, Alta. — A family physician who has practised in this town for two decades says residents are watching their hospital "disappear one shift at a time."`,
		"The ER will be closed from 7 p.m. to 8 a.m., AHS said.",
		`"We've done this dance before," said Dr. Sunita Grewal, one of four physicians at the clinic.`,
		"Reeve Walter Prokopchuk said the statistic offers little comfort.",
		"The reeve said his council wrote to the health minister in April.",
		"Chester Warden Brenda Zwicker said the municipality has asked for a new highway.",
		"The Town of Beaverhill said in a news release that a meeting will be held June 10."))
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{2: "Sunita Grewal", 6: "Walter Prokopchuk", 7: "Brenda Zwicker", 8: "Town of Beaverhill"}
	for _, s := range a.Statements {
		if w, ok := want[s.Paragraph]; ok && s.Speaker != w {
			t.Errorf("¶%d %q by %q, want %s", s.Paragraph, s.Text, s.Speaker, w)
		}
	}
}

// A headline's "…, says local doctor" is the doctor the body names, past
// a caption and a lede: "Overnight ER" is no one.
func TestHeadlineSaysLocalDoctor(t *testing.T) {
	a, err := attribution.Analyze(titled("Overnight ER closures in Beaverhill 'a slow bleed' for rural Alberta, says local doctor",
		"The Beaverhill Health Centre. Photo by Gavin Tremblay /Postmedia",
		"BEAVERHILL, Alta. — Residents are watching their hospital close, AHS confirmed Wednesday.",
		"The ER will be closed from 7 p.m. to 8 a.m., AHS said.",
		`"We've done this dance before," said Dr. Sunita Grewal, one of four physicians at the clinic.`))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.Statements {
		if s.Paragraph == 0 && s.Speaker != "Sunita Grewal" {
			t.Errorf("headline's %q by %q, want Sunita Grewal", s.Text, s.Speaker)
		}
	}
}

// A profile's lede "The man who has represented …" is the man the article
// names a paragraph or two later, and "he said" between is him; a line
// above the lede leaves it the lede: an editor's note, a caption's credit
// in capitals after a slash, "(Submitted by …)".
func TestHeadlineTheManWhoInTheLede(t *testing.T) {
	for _, above := range []string{
		"Editor’s note: This is the third in a series of profiles.",
		"Arsenault on the wharf on Wednesday. MARC-ANTOINE DUBÉ / TELEGRAPH-JOURNAL",
		"Arsenault on the wharf on Wednesday. (Submitted by Lise Arsenault)",
	} {
		a, err := attribution.Analyze(titled("After 22 years, the MP is going home", above,
			"RICHIBUCTO, N.B. — The man who has represented this stretch of the strait longer than anyone still keeps a pair of boots in his car.",
			"“You never know when somebody’s going to want to show you their traps,” he said on a grey morning.",
			"Gérald Arsenault, 71, announced in June that he will not run again."))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Statements) == 0 {
			t.Fatalf("after %q: no statements", above)
		}
		if s := a.Statements[0]; s.Paragraph != 3 || s.Speaker != "Gérald Arsenault" {
			t.Errorf("after %q, the quotation after the lede: ¶%d %q by %q, want ¶3 by Gérald Arsenault", above, s.Paragraph, s.Text, s.Speaker)
		}
	}
}

// A headline's short quotation ("‘The land remembers’: …") is the speaker
// who says it in the body, inside a longer quotation.
func TestHeadlineShortQuotationRepeatedInTheBody(t *testing.T) {
	a, err := attribution.Analyze(titled("‘The land remembers’: Three generations of a farm family face a third dry year",
		"GRAVELBOURG, Sask. — The slough behind Gilles Bélanger’s yard has been dry since July.",
		"“My father dug that slough with horses,” he said. “In 1961, it was dry. In 1988, dry. The land remembers. It comes back.”"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Statements) == 0 || a.Statements[0].Paragraph != 0 || a.Statements[0].Speaker != "Gilles Bélanger" {
		t.Errorf("the headline's quotation: %+v, want ¶0 by Gilles Bélanger", a.Statements)
	}
}

// Front matter before the lede (a byline, then a caption credited "THE
// CANADIAN PRESS/Name") leaves the lede a lede: its "The man who ran the
// plant … told an inquiry" is the man the next paragraph names, and the
// headline's "Former water manager says" is the manager the caption names.
func TestHeadlineDescribedSpeakerAfterBylineAndCaption(t *testing.T) {
	a := analyze(t, titled("Former water manager says warnings about treatment plant were ignored, inquiry hears",
		"By Alison Tremblay-Khoury, The Canadian Press",
		"Gordon McAllister, former operations manager at the plant, arrives to testify at the public inquiry in Peterborough, Ont., on Tuesday, Feb. 11, 2025. THE CANADIAN PRESS/Daniel Okafor",
		"PETERBOROUGH, Ont. — The man who ran the town's water treatment plant told a public inquiry Tuesday that he had raised concerns at least four times.",
		"Gordon McAllister, who was operations manager at the plant from 2016, spent most of the day in the witness box."))
	want := map[int]string{0: "warnings about treatment plant were ignored", 3: "he had raised concerns"}
	for _, st := range a.Statements {
		if w, ok := want[st.Paragraph]; ok && strings.Contains(st.Text, w) {
			if st.Speaker != "Gordon McAllister" {
				t.Errorf("¶%d %q: speaker %q, want Gordon McAllister", st.Paragraph, w, st.Speaker)
			}
			delete(want, st.Paragraph)
		}
	}
	for p, w := range want {
		t.Errorf("¶%d: no statement holding %q", p, w)
	}
}

// A caption names the person it shows, who is not the headline's
// "Witness" unless the caption calls them that: the witness is the one
// the body names as the Crown's witness.
func TestHeadlineRoleIsNotTheCaptionsSubject(t *testing.T) {
	a := analyze(t, titled("Witness says she saw ‘something shiny’ before fatal stabbing, murder trial hears",
		"Evan Sutherland, 27, died in hospital after he was stabbed outside a Broadway Avenue bar in August 2023. (Submitted by the Sutherland family)",
		"SASKATOON — A woman who was standing outside the bar the night Evan Sutherland was stabbed told a Saskatoon jury Wednesday she saw the accused pull “something shiny” from his jacket.",
		"Hodan Warsame, 24, was the Crown’s ninth witness in the second-degree murder trial of Brayden Kostiuk."))
	for _, st := range a.Statements {
		if st.Paragraph == 0 && st.Kind == model.KindReported {
			if st.Speaker != "Hodan Warsame" {
				t.Errorf("headline %q: speaker %q, want Hodan Warsame", st.Text, st.Speaker)
			}
			return
		}
	}
	t.Errorf("no reported statement in the headline: %+v", a.Statements)
}

// A caption credited at its end ("… on Monday. Photo: Tanya Kejick/APTN
// News") is front matter: the lede after it describes the chief the next
// paragraph names.
func TestHeadlineCaptionCreditedPhotoColon(t *testing.T) {
	a := analyze(t, titled("Niskiwin Lake chief vows to keep drill crews off traditional territory",
		"Chief Marlene Kakegamic speaks to community members outside the band office in Niskiwin Lake First Nation on Monday. Photo: Tanya Kejick/APTN News",
		"The chief of a remote Oji-Cree community in northwestern Ontario says her First Nation will block a mining company from bringing drill rigs onto its territory.",
		"Chief Marlene Kakegamic of Niskiwin Lake First Nation told APTN News that band members have set up a checkpoint on the winter road."))
	for _, st := range a.Statements {
		if st.Paragraph == 2 && strings.Contains(st.Text, "will block a mining company") {
			if st.Speaker != "Marlene Kakegamic" {
				t.Errorf("the lede: speaker %q, want Marlene Kakegamic", st.Speaker)
			}
			return
		}
	}
	t.Errorf("no statement for the lede: %+v", a.Statements)
}

// A web byline with its times ("Jennifer Lam · CBC News · Posted: …") is
// front matter like a caption: the lede after both describes the mayor
// the next paragraph names.
func TestHeadlineWebBylineIsFrontMatter(t *testing.T) {
	a := analyze(t, titled("Rural clinics can't wait another year, mayor says",
		"Jennifer Lam · CBC News · Posted: Mar 06, 2025 4:00 AM MT | Last Updated: March 6",
		"Three Hills Mayor Colleen McTavish stands outside the town's health centre on Tuesday. (Jennifer Lam/CBC)",
		"The mayor of a central Alberta town says her community's only emergency department will not survive another round of restructuring.",
		"Colleen McTavish, who has been mayor of Three Hills since 2017, met with the health minister in Edmonton on Wednesday."))
	for _, st := range a.Statements {
		if st.Paragraph == 3 && strings.Contains(st.Text, "will not survive") {
			if st.Speaker != "Colleen McTavish" {
				t.Errorf("the lede: speaker %q, want Colleen McTavish", st.Speaker)
			}
			return
		}
	}
	t.Errorf("no statement for the lede: %+v", a.Statements)
}

// A deck's bare "corporation says …" is the body the headline names, and
// so is "the corporation" in the body.
func TestHeadlineCorporationIsTheHeadlinesBody(t *testing.T) {
	a := analyze(t, titled("BC Ferries cancels dozens of Swartz Bay sailings as breakdown, crew shortage collide",
		"Union says members are 'running on fumes'; corporation says full schedule may not return until Easter",
		"By Andrea Lim-Gallagher",
		"BC Ferries cancelled 38 sailings on Tuesday — and the corporation said it could not find enough crew."))
	for _, want := range []string{"full schedule may not return", "could not find enough crew"} {
		found := false
		for _, st := range a.Statements {
			if strings.Contains(st.Text, want) {
				found = true
				if st.Speaker != "BC Ferries" {
					t.Errorf("%q: speaker %q, want BC Ferries", want, st.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("no statement holding %q: %+v", want, a.Statements)
		}
	}
}

// So is a publishing line of its own ("Published Feb 26, 2026 • Last
// updated 6 hours ago", "Published Wednesday, March 4, 2026 at 4:15 pm"),
// and a writer's name and outlet under the headline or a deck ("Ollie
// Whitfield-Nakoochee · Cabin Radio", "Author of the article: Daniel
// Sokolowski-Ahn"): the lede after them describes the
// minister, the judge or the company ("its owner announced") named next,
// and two people it describes are two.
func TestHeadlinePublishedLineIsFrontMatter(t *testing.T) {
	a := analyze(t, titled("Alberta to run largest deficit in five years",
		"Published Feb 26, 2026 • Last updated 6 hours ago • 5 minute read",
		"EDMONTON — Alberta's finance minister says the province has no choice but to run its largest deficit in five years.",
		"Travis Vanstone tabled the budget in the legislature Thursday afternoon."))
	b := analyze(t, titled("Widow wants answers after husband dies on drive past closed ER",
		"Nicole Gillis-Munro · Cape Breton Post | Saltwire",
		"Published Feb. 10, 2026 at 6:02 p.m. | Updated Feb. 11, 2026 at 9:15 a.m.",
		"DINGWALL, N.S. — A Cape Breton woman whose husband died says she wants the health authority to explain the closure.",
		"Marlene Fitzgerald, 67, says her husband began complaining of chest pain around 9 p.m.",
		"“I called 911,” she said."))
	c := analyze(t, titled("Judge quashes placer licence on Klondike wetland",
		"Ruling is the first to apply the territory's wetlands policy; miner says his family is the test case",
		"Jolene Akiwenzie-Tremblay, Yukon News",
		"Published Wednesday, March 4, 2026 at 4:15 pm",
		"An excavator sits idle at a placer claim on the Indian River. (Jolene Akiwenzie-Tremblay/Yukon News)",
		"A Yukon Supreme Court judge has set aside a water licence, ruling that the government did not properly consult the First Nation.",
		"In a decision released Tuesday, Justice Marguerite Oyelaran-Fisk found that the department had treated the concerns as a box to be ticked."))
	d := analyze(t, titled("University president defends calling off talk as minister demands answers",
		"Colby Ferreira, National Post",
		"CALGARY — The president of a Calgary university says she stands by the decision to call off a talk, even as Alberta’s advanced education minister warned the institution it may be running afoul of the province’s new rules.",
		"Geneviève Archambault, president of Chinook University, said the event was postponed.",
		"Advanced Education Minister Darnell Fehr said Tuesday he has written to the board."))
	e := analyze(t, titled("Snowbird diamond mine to close four years early, 640 jobs at stake",
		"Ollie Whitfield-Nakoochee · Cabin Radio",
		"Published: February 17, 2026 at 11:02 am · Updated: February 17, 2026 at 5:48 pm",
		"The Snowbird mine’s processing plant, photographed from the air in 2023. Photo: Nordic Ice Diamonds Corp.",
		"The Snowbird diamond mine will stop producing in the spring of 2027, its owner announced on Tuesday, blaming a collapse in diamond prices.",
		"Nordic Ice Diamonds Corp. said in a news release that roughly 640 people work at the mine."))
	f := analyze(t, titled("Winnipeg police chief pleads for witnesses after teen killed",
		"Devon Ramsaroop\nCTV News Winnipeg Multi-Media Journalist",
		"Updated Jan. 14, 2026 5:47 p.m. CST\nPublished Jan. 14, 2026 1:15 p.m. CST",
		"Winnipeg Police Chief Marcel Fontaine-Richards speaks at police headquarters on Jan. 14, 2026. (Taryn Oleksiuk/CTV News Winnipeg)",
		"Winnipeg's police chief says the killing of a 17-year-old boy was targeted.",
		"Chief Marcel Fontaine-Richards made the plea at a news conference on Wednesday."))
	g := analyze(t, titled("Bylaw officers closed complaints without a visit",
		"Nearly one in three noise complaints was marked resolved without an officer attending, the audit says",
		"Author of the article: Daniel Sokolowski-Ahn",
		"Published Feb 05, 2026  •  4 minute read",
		"Auditor General Priya Lachapelle-Singh presents her audit to the audit committee on Thursday. PHOTO BY TONY CALDWELL /Postmedia",
		"The bylaw department has been closing thousands of complaints without sending anyone to look, according to a new report from the city's auditor general.",
		"The audit reviewed a sample of 1,200 service requests."))
	for _, c := range []struct {
		a         *model.Article
		words, by string
	}{{g, "closing thousands of complaints", "Priya Lachapelle-Singh"}, {f, "was targeted", "Marcel Fontaine-Richards"}, {e, "will stop producing", "Nordic Ice Diamonds Corp."}, {a, "no choice", "Travis Vanstone"}, {b, "wants the health authority", "Marlene Fitzgerald"}, {c, "did not properly consult", "Marguerite Oyelaran-Fisk"},
		{d, "stands by the decision", "Geneviève Archambault"}, {d, "running afoul", "Darnell Fehr"}} {
		found := false
		for _, st := range c.a.Statements {
			if strings.Contains(st.Text, c.words) {
				found = true
				if st.Speaker != c.by {
					t.Errorf("the lede: speaker %q, want %s", st.Speaker, c.by)
				}
			}
		}
		if !found {
			t.Errorf("no statement for the lede %q: %+v", c.words, c.a.Statements)
		}
	}
}

// A deck under the headline, then a byline, reads as a headline: its
// "…, chief says" is the chief the body first names, though a councillor
// of her surname makes a later "Chief Beardy" two people's.
func TestHeadlineDeckIsReadAsAHeadline(t *testing.T) {
	title, paras := articles.SplitTitled(strings.Join([]string{"Mistikwan Lake First Nation declares state of emergency as water treatment plant fails",
		"Community of 1,900 in northern Manitoba has been without safe tap water for nearly three weeks, chief says",
		"By Shauna McKay | APTN News | Published: October 3, 2025 1:42 pm CDT",
		"Share",
		"Residents line up for bottled water outside the band office on Wednesday. Photo: Shauna McKay/APTN News",
		"Mistikwan Lake First Nation in northern Manitoba has declared a state of emergency after the community's aging water treatment plant broke down, leaving about 1,900 people without safe drinking water for a third straight week.",
		"Chief Rosalie Beardy said chief and council voted unanimously Thursday night to declare the emergency after the last of the plant's two filtration pumps failed.",
		"Coun. Wesley Beardy, who holds the band's infrastructure portfolio, said the plant was built in 1998.",
		`As Chief Beardy put it: "Every government that comes in promises us clean water."`}, "\n\n"))
	a := analyze(t, model.Document{Source: "news.txt", Title: title, Paragraphs: paras})
	for _, st := range a.Statements {
		if st.Paragraph == 1 {
			if st.Speaker != "Rosalie Beardy" {
				t.Errorf("the deck %q: speaker %q, want Rosalie Beardy", st.Text, st.Speaker)
			}
			return
		}
	}
	t.Errorf("no statement in the deck: %+v", a.Statements)
}

// A headline's bare role after an inverted cue ("‘…,’ says Amherst doctor
// as …", "says doctor") is the one the body names with that role, not
// the place before it.
func TestHeadlineRoleAfterInvertedCue(t *testing.T) {
	for _, head := range []string{"'Nobody should have to drive past a hospital,' says Amherst doctor as ER closures climb",
		"'Nobody should have to drive past a hospital,' says doctor as ER closures climb"} {
		a := analyze(t, titled(head, "The emergency department was closed for half its hours.",
			"Dr. Ifeoma Adebayo-Roy, a family physician in Amherst, says patients are driving an hour."))
		checkStmt(t, a, quoteBy(0, "Nobody should have to drive past a hospital,", "Ifeoma Adebayo-Roy"))
	}
}

// A deck's bare role before its cue, right after a quotation ("“…,”
// coroner writes of …", "‘…,’ mayor says as …"), is the one the body
// names with that role.
func TestHeadlineDeckRoleBeforeCue(t *testing.T) {
	a := analyze(t, titled("Coroner calls for spotters on snow-removal loaders",
		"“This death was preventable,” coroner writes of 74-year-old man struck by a loader",
		"MONTREAL — Coroner Sylvie Dufresne-Ouimet said Wednesday the city must act."))
	checkStmt(t, a, quoteBy(1, "This death was preventable,", "Sylvie Dufresne-Ouimet"))
}

// A deck written as a sentence, with a byline under it, is a deck: the
// lede comes after the byline, the dateline and the caption, so its "A
// Quebec coroner has concluded" is the coroner the next paragraph names.
func TestHeadlineSentenceDeckBeforeByline(t *testing.T) {
	a := analyze(t, titled("Woman's death after 14-hour ER wait was preventable",
		"Ginette Trudel, 67, died in the waiting room of Hôpital de Saint-Aurèle in October. Her sepsis was never re-assessed.",
		"Marc-Antoine Gravel CTV News Montreal Reporter",
		"Published Tuesday, June 3, 2025 12:41PM EDT",
		"The emergency department of Hôpital de Saint-Aurèle is seen in a file photo. (CTV News)",
		"A Quebec coroner has concluded that the death of a 67-year-old woman was preventable.",
		"In a report made public Tuesday, coroner Geneviève Lachance-Ruel found that Ginette Trudel died of septic shock."))
	checkStmt(t, a, reportedBy(5, "the death of a 67-year-old woman was preventable", "Geneviève Lachance-Ruel"))
}

// A title-case headline's verb between two surnames ("Brennaman Hammers
// Marchetti on Jobs") or after a comma (", Tells Nevada Crowd:") is no
// word of a name: the story's "Marchetti" is Elaine Marchetti, and the
// headline's quotation is the subject's.
func TestHeadlineVerbBetweenSurnames(t *testing.T) {
	run(t, []attrCase{
		{name: "X Hammers Y on Jobs",
			paras: []string{"Brennaman Hammers Marchetti on Jobs, Border in St. Louis Showdown: ‘You Had 22 Years’",
				"by Hank Delaney",
				"ST. LOUIS, Missouri — Former Missouri Gov. Walt Brennaman went on offense Sunday night, pressing Sen. Elaine Marchetti on trade.",
				"Marchetti, who has represented Pennsylvania since 1994, responded that she “voted for every bill.”"},
			want: []stmt{quoteBy(1, "You Had 22 Years", "Walt Brennaman"),
				quoteBy(4, "voted for every bill.", "Elaine Marchetti")},
			notSpeakers: []string{"Brennaman Hammers Marchetti", "Louis Showdown"}},
		{name: "X Takes Fight to Reno, Tells Nevada Crowd: ‘…’",
			paras: []string{"Whitcombe Takes Fight to Reno, Tells Nevada Crowd: ‘Don’t Wait — Vote Now’",
				"Sen. Carla Whitcombe urged a packed hangar crowd on Saturday to vote early."},
			want:        []stmt{quoteBy(1, "Don’t Wait — Vote Now", "Carla Whitcombe")},
			notSpeakers: []string{"Tells Nevada Crowd", "Whitcombe Takes Fight"}},
	})
}

// After a title in a title-case headline, a word in -s the story never
// uses again, before a name it does use, is the headline's verb:
// "Nevada’s Republican Governor Abandons Brandvold" names no one called
// Abandons Brandvold.
func TestHeadlineVerbAfterATitleTheStoryNeverRepeats(t *testing.T) {
	run(t, []attrCase{
		{name: "Governor Abandons Brandvold and Endorses Ostrander",
			paras: []string{"Nevada’s Republican Governor Abandons Brandvold and Endorses Ostrander",
				"Gov. Curtis Amberly of Nevada endorsed Margaret Ostrander on Friday.",
				"Mr. Brandvold answered on social media: “Nevada doesn’t need him.”",
				"Mr. Brandvold later said the governor had been weak."},
			want:        []stmt{quoteBy(3, "Nevada doesn’t need him.", "Brandvold"), reportedBy(4, "the governor had been weak", "Brandvold")},
			notSpeakers: []string{"Abandons Brandvold"}},
	})
}

// A Title Case headline's "Georgia Senate Race" is the state's race, no
// woman called Georgia: "The Republican candidate" of the lede is the
// headline's Holloway.
func TestHeadlineStateChamberIsNoPerson(t *testing.T) {
	a := probeArticle(t, "b117-04-recount-request.txt")
	checkStmt(t, a, reportedBy(1, "he would formally request a recount", "Brent Holloway"))
	for _, sp := range a.Speakers {
		if strings.Contains(sp.Name, "Georgia") {
			t.Errorf("speaker %q: a state's race read as a person", sp.Name)
		}
	}
}

// A byline block pasted as one paragraph ("COLLEEN MACISAAC-PAUL The
// Chronicle Herald Published …") and a caption whose credit is a name
// after a dash or a source and its platform ("… acquitted. - Colleen
// MacIsaac-Paul", "… in October. Xaadzem Land Defenders/Facebook") stand
// before the lede: its "A provincial court judge" is the judge named next.
func TestHeadlineBylineBlockAndCreditTailBeforeTheLede(t *testing.T) {
	for _, c := range []attrCase{
		{name: "byline block, dash credit",
			paras: []string{"Judge acquits harvesters",
				"COLLEEN MACISAAC-PAUL The Chronicle Herald Published Apr. 17, 2024 at 6:02 p.m. | Updated Apr. 17, 2024 at 8:15 p.m.",
				"Jacob Francis, centre, embraces supporters outside the Digby courthouse on Wednesday after he and three other harvesters were acquitted. - Colleen MacIsaac-Paul",
				"DIGBY, N.S. - A provincial court judge has acquitted four harvesters, ruling that the federal government failed to show a justified limit.",
				"Judge Fiona Doucette-Lamb said the Crown had not established why."},
			want:        []stmt{reportedBy(3, "the federal government failed to show", "Fiona Doucette-Lamb")},
			notSpeakers: []string{"MacIsaac"}},
		{name: "byline lines, platform credit",
			paras: []string{"B.C. judge grants injunction",
				"Nicole Fairbanks-Yoon HuffPost Canada 11/19/2020 05:32 PM EST",
				"A gate and a smokehouse stand at the blockade camp in October. Xaadzem Land Defenders/Facebook",
				"A B.C. Supreme Court judge has granted a logging company an injunction — while warning that the courts cannot resolve the deeper dispute.",
				"Justice Alasdair Penhallow-Kim granted the interim injunction Thursday."},
			want: []stmt{reportedBy(3, "the courts cannot resolve the deeper dispute", "Alasdair Penhallow-Kim")}},
	} {
		t.Run(c.name, func(t *testing.T) { check(t, titledArticle(t, c.paras[0], c.paras[1:]...), c) })
	}
}

// titledArticle analyses paragraphs under a title, as a page arrives: the
// title is paragraph 0.
func titledArticle(tb testing.TB, title string, paras ...string) *model.Article {
	tb.Helper()
	doc := model.Document{Source: "test", Title: title}
	for _, p := range paras {
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
	}
	return analyze(tb, doc)
}

// A time zone after a clock ("12/23/2016 05:18 pm ET") is no body: "the
// Israeli prime minister’s office" later is not "ET".
func TestHeadlineTimeZoneIsNoBody(t *testing.T) {
	c := attrCase{name: "pm ET, then an office",
		paras: []string{"U.N. vote", "By Jane Hill", "12/23/2016 05:18 pm ET | Updated Dec 24, 2016",
			"The Israeli prime minister’s office said in a statement that Israel would not be lectured."},
		want:        []stmt{reportedBy(3, "Israel would not be lectured", "The Israeli prime minister’s office")},
		notSpeakers: []string{"ET"}}
	check(t, titledArticle(t, c.paras[0], c.paras[1:]...), c)
	live := attrCase{name: "a live blog's p.m. ET above its entry's heading",
		paras: []string{"Campaign live", "4:52 p.m. ET\nWestlake says full costed platform coming Friday",
			"Conservative Leader Karen Westlake says her party will release its platform on Friday.",
			"“Every number will be there,” Westlake told reporters."},
		want: []stmt{reportedBy(1, "full costed platform coming Friday", "Karen Westlake"),
			reportedBy(2, "her party will release", "Karen Westlake"),
			quoteBy(3, "Every number will be there,", "Karen Westlake")}}
	check(t, titledArticle(t, live.paras[0], live.paras[1:]...), live)
}

// A headline labelled with a finding's noun ("Poll: …", "Report: …") is
// that document's statement, Title Case or not, as PolNeAR annotates it.
func TestHeadlinePollAndReportLabels(t *testing.T) {
	for _, c := range []struct{ title, label string }{
		{"Poll: Donald Trump Ties Hillary Clinton With Michael Bloomberg in a Three-Way Contest", "Poll"},
		{"Report: Walker to speak at Republican National Convention.", "Report"},
	} {
		a := titledArticle(t, c.title, "The race has tightened since January, a new survey shows.")
		found := false
		for _, st := range a.Statements {
			if st.Paragraph == 0 && st.Kind == model.KindReported {
				found = true
				if st.Speaker != c.label {
					t.Errorf("%q: speaker %q, want %q", c.title, st.Speaker, c.label)
				}
			}
		}
		if !found {
			t.Errorf("%q: no reported statement in the headline", c.title)
		}
	}
}
