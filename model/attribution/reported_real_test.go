package attribution_test

import (
	"strings"
	"testing"

	"whosaid/model"
)

// Reported (indirect) speech in the shapes real news uses, each shown with
// invented minimal sentences. A reported statement is the sentence or
// clause holding the cue; its speaker is the cue's subject: someone the
// article names, a group ("White House officials"), or no one when the
// subject is no speaker ("a court filing").

type rrWant struct {
	part    string // a piece of the statement's text
	speaker string // "" : a statement with no speaker
	kind    model.SpeakerKind
	none    bool // no reported statement holds part
}

type rrCase struct {
	name  string
	text  string // paragraphs separated by blank lines; the first is the headline
	wants []rrWant
}

func rrRun(t *testing.T, cases []rrCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyzeText(c.text)
			for _, w := range c.wants {
				s := rrFind(a, w.part)
				switch {
				case w.none && s != nil:
					t.Errorf("%q is no reported speech, but is reported by %q (cue %q)", w.part, s.Speaker, s.Cue)
				case w.none:
				case s == nil:
					t.Errorf("no reported statement holds %q; statements: %s", w.part, rrList(a))
				case s.Speaker != w.speaker:
					t.Errorf("%q: speaker %q, want %q", w.part, s.Speaker, w.speaker)
				case w.kind != "" && a.Speakers[s.SpeakerIndex].Kind != w.kind:
					t.Errorf("%q: %q is a %s, want a %s", w.part, s.Speaker, a.Speakers[s.SpeakerIndex].Kind, w.kind)
				}
			}
		})
	}
}

func rrFind(a *model.Article, part string) *model.Statement {
	for i, s := range a.Statements {
		if s.Kind == model.KindReported && strings.Contains(s.Text, part) {
			return &a.Statements[i]
		}
	}
	return nil
}

func rrList(a *model.Article) string {
	var b strings.Builder
	for _, s := range a.Statements {
		b.WriteString("\n  " + string(s.Kind) + " [" + s.Speaker + "] " + s.Text)
	}
	return b.String()
}

func TestReportedGroupSpeakers(t *testing.T) {
	rrRun(t, []rrCase{
		{name: "a plural of people speaks as a group",
			text: "Budget talks stall\n\nWhite House officials said the deal was close. Harbour analysts noted that the index fell. " +
				"Several delegate candidates said they would back the governor.",
			wants: []rrWant{
				{part: "the deal was close", speaker: "White House officials", kind: model.SpeakerGroup},
				{part: "the index fell", speaker: "Harbour analysts", kind: model.SpeakerGroup},
				{part: "they would back", speaker: "Delegate candidates", kind: model.SpeakerGroup},
			}},
		{name: "a group with a modifier after its noun",
			text: "Budget talks stall\n\nAides to the mayor said the budget would pass. Sources close to the talks say a deal is near.",
			wants: []rrWant{
				{part: "the budget would pass", speaker: "Aides", kind: model.SpeakerGroup},
				{part: "a deal is near", speaker: "Sources", kind: model.SpeakerGroup},
			}},
		{name: "two nouns joined in one subject",
			text:  "Trial date set\n\nAttorneys and legal experts said a conviction is unlikely.",
			wants: []rrWant{{part: "a conviction is unlikely", speaker: "Legal experts", kind: model.SpeakerGroup}}},
		{name: "a count of people out of many",
			text: "Poll shows split\n\nAbout half of the voters said they were angry. Nine in 10 said the economy favours the wealthy. " +
				"Some say the race is over. Others, however, say it has just begun.",
			wants: []rrWant{
				{part: "they were angry", speaker: "Voters", kind: model.SpeakerGroup},
				{part: "the economy favours", speaker: ""},
				{part: "the race is over", speaker: ""},
				{part: "it has just begun", speaker: ""},
			}},
		{name: "according to a group or a document",
			text: "Base to stay\n\nThe base will stay open for years, according to military officials. " +
				"The plant closed in 2009, according to court documents.",
			wants: []rrWant{
				{part: "The base will stay open", speaker: "Military officials", kind: model.SpeakerGroup},
				{part: "The plant closed", speaker: ""},
			}},
	})
}

func TestReportedSubjectIsNoSpeaker(t *testing.T) {
	rrRun(t, []rrCase{
		{name: "a document or an unnamed source says: reported, with no one's name",
			text: "Charges dropped\n\nA court document filed Thursday says that the manager will not be prosecuted. " +
				"A source said the campaign balked at the price.",
			wants: []rrWant{
				{part: "will not be prosecuted", speaker: ""},
				{part: "balked at the price", speaker: ""},
			}},
		{name: "things with a people-like plural are no group",
			text: "Fees fall\n\nAt the bank, fees from advising clients declined to $281 million. " +
				"Looming retirements were said to swell costs.",
			wants: []rrWant{
				{part: "fees from advising", none: true},
				{part: "Looming retirements", none: true},
			}},
		{name: "a subject that denies anyone spoke",
			text: "Summit ends\n\nNeither leader announced that a second meeting would be held. No official said when talks resume.",
			wants: []rrWant{
				{part: "a second meeting", none: true},
				{part: "talks resume", none: true},
			}},
		{name: "a figure of speech in a headline is no speech",
			text:  "Novelist hits back at critic over review\n\nThe novelist Mara Quill said the review was unfair.",
			wants: []rrWant{{part: "hits back", none: true}}},
	})
}

func TestReportedSubjectShapes(t *testing.T) {
	rrRun(t, []rrCase{
		{name: "a time between subject and cue",
			text: "Quarantine plan\n\nGov. Chris Dale on Tuesday said he would quarantine travellers. Ana Ruiz now says the plan is wrong.",
			wants: []rrWant{
				{part: "he would quarantine", speaker: "Chris Dale"},
				{part: "the plan is wrong", speaker: "Ana Ruiz"},
			}},
		{name: "a surname that ends like an adverb",
			text:  "Loans plan\n\nRep. David Jolly backed the bill. Jolly said he has worked with both parties.",
			wants: []rrWant{{part: "he has worked", speaker: "David Jolly"}}},
		{name: "a dateline's state abbreviation ends no sentence",
			text:  "Survivors met\n\nORLANDO, Fla. (Wire) - President Ada Moreno met survivors on Thursday and said the country must act.",
			wants: []rrWant{{part: "the country must act", speaker: "Ada Moreno"}}},
		{name: "he's is he is",
			text:  "Measures panned\n\nGov. Tom Reyes wrote an op-ed. He’s comparing the measures to an order and says the process is flouted.",
			wants: []rrWant{{part: "the process is flouted", speaker: "Tom Reyes"}}},
		{name: "a trailing cue owns the whole sentence",
			text:  "Turnout\n\nRepublicans boast of strong turnout, but turnout predicts nothing, political scientists say.",
			wants: []rrWant{{part: "Republicans boast of strong turnout", speaker: "Political scientists"}}},
	})
}

func TestReportedLabelLines(t *testing.T) {
	rrRun(t, []rrCase{
		{name: "a headline's label and a transcript's lines are their speakers'",
			text: "Okafor: No outside influence on the port inquiry\n\nHarbour Minister Grace Okafor spoke on Sunday to Tom Reyes.\n\n" +
				"REYES: Let me ask you about the inquiry.\n\nOKAFOR: Well, I think the whole city needs to work together.\n\n" +
				"Q: Did the board take care of you?",
			wants: []rrWant{
				{part: "No outside influence", speaker: "Grace Okafor"},
				{part: "Let me ask you", speaker: "Tom Reyes"},
				{part: "the whole city needs", speaker: "Grace Okafor"},
				{part: "Did the board", speaker: ""},
			}},
		{name: "a label that names no speaker",
			text: "Fair opens\n\nVenue: the town hall on Main Street.\n\nMayor Ana Ruiz: 1,501.\n\nRelated: the fair last year",
			wants: []rrWant{
				{part: "the town hall", none: true},
				{part: "1,501", none: true},
				{part: "the fair last year", none: true},
			}},
	})
}

func TestReportedUnnamedSubject(t *testing.T) {
	rrRun(t, []rrCase{
		{name: "an indefinite person with words after the noun is an unnamed source",
			text: "Talks stall\n\nA source close to the talks said the deal was off. One Harbour delegate said he would abstain.",
			wants: []rrWant{
				{part: "the deal was off", speaker: "A source", kind: model.SpeakerUnnamed},
				{part: "he would abstain", speaker: "One Harbour delegate", kind: model.SpeakerUnnamed},
			}},
	})
}
