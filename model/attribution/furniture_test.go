package attribution_test

// Furniture: what a page puts around the article (headlines, bylines,
// datelines, captions, "Read more" lines, time stamps, bullets, one-word
// labels) says nothing, names no speaker, and does not break the run of
// quotations around it.

import (
	"strings"
	"testing"

	"whosaid/model"
)

// Bylines and datelines are no speakers, and a cue after a dateline still
// finds its subject.
func TestFurnitureBylinesAndDatelines(t *testing.T) {
	run(t, []attrCase{
		{name: "a byline's role is no speaker",
			paras: []string{
				"Minister faces calls to resign",
				"By Ola Brenna, Political Correspondent",
				"The minister’s wife described the plan as “a disgrace.”",
			},
			want:        []stmt{quoteBy(3, "a disgrace.", "!Political Correspondent|Ola Brenna")},
			notSpeakers: []string{"Political Correspondent", "Correspondent", "Ola Brenna"}},
		{name: "dateline, caption and read-more lines",
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
			want: []stmt{
				quoteBy(5, "We will not return until the contracts are signed,", "Frida Holt"),
				quoteBy(8, "The owners know our number,", "Frida Holt"),
			},
			speakers: []string{"Frida Holt"}},
		{name: "dateline before cue-then-quote",
			paras: []string{"MORVANGEN, Eskland (Wire) — Harbour master Olle Brink said: “The channel is clear.”"},
			want:  []stmt{quoteBy(1, "The channel is clear.", "Olle Brink")}},
		{name: "dateline before a quotation",
			paras:    []string{"KESTRAVIK, Norland (Wire) — “We are ready,” said Harald Bø."},
			want:     []stmt{quoteBy(1, "We are ready,", "Harald Bø")},
			speakers: []string{"Harald Bø"}},
		{name: "dateline before reported speech",
			paras:    []string{"KESTRAVIK, Norland (Wire) — Harald Bø said the port would reopen."},
			want:     []stmt{reportedBy(1, "the port would reopen", "Harald Bø")},
			speakers: []string{"Harald Bø"}},
		{name: "dateline with an ASCII hyphen",
			paras: []string{
				"AARVIK, Oct. 2 (Wire) - Marta Sorensen, a nurse, said on Thursday the ward was full.",
			},
			want:        []stmt{reportedBy(1, "the ward was full", "Marta Sorensen")},
			notSpeakers: []string{"AARVIK"}},
	})
}

// Lines between quotations (labels, captions, read-more lines, time
// stamps, bullets) neither speak nor stop a speaker's run of quotations.
func TestFurnitureBetweenQuotes(t *testing.T) {
	var cases []attrCase
	for _, w := range []string{"Advertisement", "Share", "Photo"} {
		cases = append(cases, attrCase{name: "a one-word " + w + " paragraph",
			paras: []string{"“We are ready,” said Harald Bø.", w, "“Ships are waiting.”"},
			want: []stmt{
				quoteBy(1, "We are ready,", "Harald Bø"),
				quoteBy(3, "Ships are waiting.", "Harald Bø"),
			}})
	}
	run(t, append(cases, []attrCase{
		{name: "a read-more line with a quoted headline",
			paras: []string{
				"Dockers walk out",
				"“We will not return until the contracts are signed,” said Frida Holt.",
				"Read more: ‘We are not leaving’: dockers dig in",
				"“The owners know our number,” she said.",
			},
			want: []stmt{
				quoteBy(2, "We will not return until the contracts are signed,", "Frida Holt"),
				quoteBy(3, "We are not leaving", ""),
				quoteBy(4, "The owners know our number,", "Frida Holt"),
			},
			speakers: []string{"Frida Holt"}},
		{name: "a caption line between follow-on quotations",
			paras: []string{
				"“We will not return until the contracts are signed,” said Frida Holt.",
				"Photo: Erik Sand/Wire",
				"“The owners know our number.”",
			},
			want: []stmt{
				quoteBy(1, "We will not return until the contracts are signed,", "Frida Holt"),
				quoteBy(3, "The owners know our number.", "Frida Holt"),
			},
			speakers: []string{"Frida Holt"}},
		{name: "live-blog time stamps",
			paras: []string{
				"10:42 a.m.",
				"“The polls are open,” said Oskar Brandt, the returning officer.",
				"10:55 a.m.",
				"“Queues are long,” he said.",
			},
			want: []stmt{
				quoteBy(2, "The polls are open,", "Oskar Brandt"),
				quoteBy(4, "Queues are long,", "Oskar Brandt"),
			},
			speakers: []string{"Oskar Brandt"}},
		{name: "bullets",
			paras: []string{"• Dock workers walked out on Friday.", "• “We want fair pay,” said Frida Holt."},
			want:  []stmt{quoteBy(2, "We want fair pay,", "Frida Holt")}},
	}...))
}

// A headline's capitalised words are no person, its verb no cue of its
// own; a quotation in it is the body's speaker's.
func TestFurnitureHeadlines(t *testing.T) {
	run(t, []attrCase{
		{name: "Novelist hits back",
			paras: []string{
				"Novelist hits back at critic over review",
				`The novelist Mara Quill said the review was unfair. "It was cruel," she said.`,
			},
			want:        []stmt{quoteBy(2, "It was cruel,", "Mara Quill")},
			notSpeakers: []string{"Novelist"},
			notReported: []stmt{{para: 1, text: "hits back"}}},
		{name: "Police arrest: the body's name comes from the article",
			paras: []string{
				"Police arrest 12 at port protest",
				`The Harlow Bay Police said officers had used "reasonable force."`,
			},
			want:  []stmt{quoteBy(2, "reasonable force.", "Harlow Bay Police")},
			named: []string{"Harlow Bay Police"}},
		{name: "a headline quoting the start of a body quotation",
			paras: []string{
				"'People were screaming': jet makes emergency landing",
				"Fourteen people were hurt on Sunday.",
				`"One second I was reading," said Maricel Dela Cruz, a nurse. "People were screaming. There was coffee everywhere."`,
			},
			want: []stmt{
				quoteBy(1, "People were screaming", "Maricel Dela Cruz"),
				quoteBy(3, "One second I was reading,", "Maricel Dela Cruz"),
				quoteBy(3, "People were screaming. There was coffee everywhere.", "Maricel Dela Cruz"),
			}},
		{name: "a headline's kicker before a colon names no one",
			paras: []string{
				"BOOM: Lind Just Fired A 5-Word Missile At Harbourne",
				"Ivar Lind spoke at the club on Monday.",
			},
			notSpeakers: []string{"BOOM"}},
		{name: "a heading's label that ends in Update names no one",
			paras: []string{
				"Delegate Update: The latest count in the Harbourne race.",
				"Ivar Lind spoke at the club on Monday.",
			},
			notSpeakers: []string{"Delegate Update"}},
		{name: "a body's label before a colon is still its statement",
			paras: []string{
				"Harbourne Watch: Council Hid Key Email For Years.",
				"The council withheld a key email in 2014.",
			},
			want: []stmt{reportedBy(1, "Council Hid Key Email For Years.", "Harbourne Watch")}},
		{name: "a headline verb: hails",
			paras: []string{
				"Lind hails ‘a famous night’ as Harbourne win",
				"Harbourne coach Ivar Lind called it “a famous night” for the club.",
			},
			want: []stmt{
				quoteBy(1, "a famous night", "Ivar Lind"),
				quoteBy(2, "a famous night", "Ivar Lind"),
			}},
	})
}

// A title-case headline is no person and no pronoun's antecedent: the
// side panel must not list its words as a name.
func TestFurnitureTitleCaseHeadline(t *testing.T) {
	for _, c := range []struct {
		paras []string
		quote string // in the last paragraph, by no one named
		words []string
	}{
		{[]string{
			"Senate Democrats Stall Western Water Bill",
			"Lawmakers left the capital on Friday without a vote.",
			`He called the delay "a disgrace."`,
		}, "a disgrace.", []string{"Water Bill", "Democrats Stall"}},
		{[]string{"Mayor Plans New Bridge Tolls Despite Protests", `He called the tolls "a fair price."`},
			"a fair price.", []string{"Bridge Tolls"}},
	} {
		a := article(t, c.paras...)
		checkStmt(t, a, quoteBy(len(c.paras), c.quote, ""))
		for _, sp := range a.Speakers {
			for _, w := range c.words {
				if strings.Contains(sp.Name, w) {
					t.Errorf("headline words became the speaker %q", sp.Name)
				}
			}
		}
	}
}

// Web furniture that ends in a colon once crashed the analysis ("Related:"
// alone in a paragraph): such lines say nothing and announce no one.
func TestFurnitureLabelsEndingInAColon(t *testing.T) {
	for _, label := range []string{"Related:", "Photo:", "Read more about:", "RELATED:", "Image:", "Watch:", "\"Related:\"", "“Read more:”"} {
		t.Run(label, func(t *testing.T) {
			a := article(t, "“We are ready,” said Harald Bø, the harbour master.", label, "“Ships are waiting.”", label)
			check(t, a, attrCase{want: []stmt{
				quoteBy(1, "We are ready,", "Harald Bø"),
				quoteBy(3, "Ships are waiting.", "Harald Bø"),
			}})
			if len(a.Statements) != 2 {
				t.Errorf("%d statements, want the two quotations: the labels are no one's words", len(a.Statements))
			}
		})
	}
}

// A web page's one-word buttons ("Call", "Tweet", "Share", "Email") alone
// in a paragraph once crashed the analysis ("Call" read as the cue "call"
// with an object past the paragraph's end): they say nothing.
func TestFurnitureOneWordButtons(t *testing.T) {
	for _, button := range []string{"Call", "Tweet", "Share", "Email", "Print", "Comment", "Reply", "Call.", "Post"} {
		t.Run(button, func(t *testing.T) {
			a := article(t, "“We are ready,” said Harald Bø, the harbour master.", button, "The port reopened on Monday, Bø said.")
			check(t, a, attrCase{want: []stmt{
				quoteBy(1, "We are ready,", "Harald Bø"),
				reportedBy(3, "The port reopened on Monday", "Harald Bø"),
			}})
			if len(a.Statements) != 2 {
				t.Errorf("%d statements, want two: a button is no one's words", len(a.Statements))
			}
		})
	}
}

// A video player's caption ("2:03 Trudeau says more help is coming") and
// a site's "Story continues below advertisement" are furniture; a live
// blog's "10:45 a.m." entry is news.
func TestFurnitureVideoCaptions(t *testing.T) {
	run(t, []attrCase{{name: "running time and title, live-blog time",
		paras: []string{"Aid", "Prime Minister Jana Holt pledged more aid on Monday.",
			"2:03 Holt says more help is coming for farmers", "Story continues below advertisement",
			"10:45 a.m. Holt said the plan would pass."},
		want:        []stmt{reportedBy(5, "the plan would pass", "Jana Holt")},
		notReported: []stmt{{para: 3, text: "more help is coming"}, {para: 4, text: ""}}}})
}

// A broadcaster's caption lines ("Image caption: … (Image copyright: PA)")
// are furniture: no one in them is the prime minister the lede speaks of.
func TestFurnitureImageCaptionLines(t *testing.T) {
	run(t, []attrCase{{name: "Image caption, Image copyright",
		paras: []string{"Article 50: Royde vows to press on as High Court hears Brexit challenge",
			"Image caption: Deborah Kittering-Wase arrived at the Royal Courts of Justice on Thursday (Image copyright: PA)",
			"The prime minister has insisted she will trigger Article 50 by the end of March.",
			"Catherine Royde told MPs on Wednesday that the timetable would not change."},
		want:        []stmt{reportedBy(3, "she will trigger Article 50", "Catherine Royde")},
		notSpeakers: []string{"Image", "Deborah Kittering-Wase"}}})
}

// A caption that opens with its photo credit in capitals ("MIKAELA
// MACKENZIE / FREE PRESS Manitoba Hydro president and CEO …") is a caption:
// the credit names no one and no body, and the lede's "Manitoba Hydro's top
// executive" is the one the caption and the next paragraph name.
func TestFurnitureCaptionOpeningWithItsCredit(t *testing.T) {
	doc := model.Document{Source: "test", Title: "Hydro rates"}
	for _, p := range []string{
		"MIKAELA MACKENZIE / FREE PRESS Manitoba Hydro president and CEO Renée Dufault-Harper speaks during the hearing in Winnipeg on Monday.",
		"Manitoba Hydro's top executive told a packed hearing room Monday that the corporation needs a rate increase.",
		`"We are not asking for this lightly," Renée Dufault-Harper, Hydro's president and CEO, said.`,
		"In a statement, Manitoba Hydro said executive salaries had been frozen."} {
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
	}
	a := analyze(t, doc)
	checkStmt(t, a, reportedBy(2, "the corporation needs a rate increase", "Renée Dufault-Harper"))
	checkStmt(t, a, reportedBy(4, "executive salaries had been frozen", "Manitoba Hydro"))
	for _, n := range speakerNames(a) {
		if strings.Contains(n, "FREE PRESS") || strings.Contains(n, "MACKENZIE") {
			t.Errorf("speaker %q holds the photo credit", n)
		}
	}
}

// A caption's closing credit without brackets ("… on Thursday. Global
// News/Devon Achterberg") names no one the story is about, "Hundreds of
// thousands of riders" opens no name, and "Yonge St." is a street: none of
// them is "the head of the union" who speaks next.
func TestFurnitureSlashCreditAndOtherNonNames(t *testing.T) {
	run(t, []attrCase{
		{name: "credit, Hundreds, St.",
			paras: []string{"GO strike",
				"TORONTO — Hundreds of thousands of GO Transit riders could be left scrambling after the union voted to strike.",
				"A GO Transit bus waits at the Oshawa GO station on Yonge St. on Thursday. Global News/Devon Achterberg",
				"The head of the union said members had been left with no choice.",
				"“Nobody wants to see a strike,” Kwame Osei-Bonsu, president of Amalgamated Transit Union Local 1587, told Global News."},
			want: []stmt{reportedBy(4, "members had been left with no choice", "Kwame Osei-Bonsu"),
				quoteBy(5, "Nobody wants to see a strike,", "Kwame Osei-Bonsu")}},
	})
	a := article(t, "GO strike", "A bus waits on Yonge St. on Thursday. Global News/Devon Achterberg", "Hundreds of riders were stranded.")
	for _, n := range speakerNames(a) {
		if n == "Devon Achterberg" || n == "Hundreds" || n == "Yonge St." {
			t.Errorf("speaker %q is no one the story is about", n)
		}
	}
}

// A caption's credit ("Stephen Marsh via Getty Images", "(Ana Ruiz/CBC)")
// names who took the picture: no subject a later "the former governor" or
// "he" can point back to.
func TestFurnitureCreditIsNoSubject(t *testing.T) {
	run(t, []attrCase{
		{name: "X via Getty Images",
			paras: []string{"Leaders flee",
				"Republican nominee Walt Brennaman at a campaign event in Iowa, earlier this week. Stephen Marsh via Getty Images",
				"The former governor tells donors that veterans are “milking it.”"},
			want:        []stmt{quoteBy(3, "milking it.", "Walt Brennaman")},
			notSpeakers: []string{"Stephen Marsh"}},
	})
}

// A caption's credit after a label and a colon ("… in 2013. Image:
// Supplied") names no one, so the deck's "Mayor says …" is the mayor the
// story names, not "Supplied".
func TestFurnitureCreditAfterALabel(t *testing.T) {
	a := probeArticle(t, "b155-03-christchurch-pool-dispute.txt")
	for _, sp := range a.Speakers {
		if sp.Name == "Supplied" {
			t.Errorf("the photo credit \"Supplied\" is a speaker; %s", dump(a))
		}
	}
	checkStmt(t, a, quoteBy(1, "will not be left holding the bill", "Philippa Drummond-Hart"))
}

// A live blog's 24-hour time before a sentence ("14:20 Now it's the turn
// of X, who accuses …") is news, not a video's running time and title; and
// its "Good afternoon and welcome to our live coverage" names no one
// called Good.
func TestFurnitureLiveBlogClockAndGreeting(t *testing.T) {
	run(t, []attrCase{{name: "14:20 entry, Good afternoon",
		paras: []string{"Assembly recalled: live",
			"14:20 Now it is the turn of Liam Doherty-Nwosu, who accuses both parties of hiding.",
			"'Nobody is asking me about the NSMC,' he says.",
			"Good afternoon and welcome to our live coverage of the recalled sitting."},
		want:        []stmt{quoteBy(3, "Nobody is asking me about the NSMC,", "Liam Doherty-Nwosu")},
		notSpeakers: []string{"Good"}}})
}
