package attribution_test

// Quotations that are no one's words: titles of works, names of things,
// scare quotes. The reader sees them marked, with no speaker invented for
// them.

import "testing"

// A failure here puts a speaker in the side panel who said nothing: the
// author of a memoir, the singer of an album.
func TestUnattributedQuotes(t *testing.T) {
	run(t, []attrCase{
		{name: "book title",
			paras: []string{"Ivo Petrak’s memoir, “A Winter Without Bread,” sold forty thousand copies."},
			want:  []stmt{quoteBy(1, "A Winter Without Bread,", "")}},
		{name: "album title",
			paras:    []string{`Her new album, "Salt and Iron," tops the charts this week.`},
			want:     []stmt{quoteBy(1, "Salt and Iron,", "")},
			speakers: []string{}},
		{name: "a show's one-word name",
			paras:    []string{"Trump appeared on Fox News Channel’s “Hannity,” on Monday. “We will win,” Trump said."},
			want:     []stmt{quoteBy(1, "Hannity,", ""), quoteBy(1, "We will win,", "Trump")},
			speakers: []string{"Trump"}},
		{name: "a show after on or an outlet's possessive, with a cue right after it",
			paras: []string{
				"Sunday on the Harbour News channel’s “Morning Futures,” Rep. Ana Ruiz said the plan was dead.",
				"During an appearance on “This Morning,” Ben Holm said he would vote.",
			},
			want: []stmt{quoteBy(1, "Morning Futures,", ""), reportedBy(1, "the plan was dead", "Ana Ruiz"),
				quoteBy(2, "This Morning,", ""), reportedBy(2, "he would vote", "Ben Holm")}},
		{name: "a sign's words: read one, was another",
			paras: []string{
				"“We will win,” Ana Ruiz said. Planes wrote messages in the sky.",
				"“America is great!” read one. “Anybody but Holm,” was another.",
			},
			want: []stmt{quoteBy(1, "We will win,", "Ana Ruiz"), quoteBy(2, "America is great!", ""), quoteBy(2, "Anybody but Holm,", "")}},
		{name: "known as",
			paras:    []string{"The mountain pass, known as “the Needle,” closes every November."},
			want:     []stmt{quoteBy(1, "the Needle,", "")},
			speakers: []string{}},
		{name: "scare quotes without a cue",
			paras: []string{
				"The so-called “efficiency review” cost the town a million.",
			},
			want:     []stmt{quoteBy(1, "efficiency review", "")},
			speakers: []string{}},
		{name: "a term that opens a sentence explaining it, after someone's quotation",
			paras: []string{
				"“Send it nonsecure,” Ana Ruiz wrote. “Non-paper” is a diplomatic term for a draft.",
				"Ben Holm said the aim was to destroy the group.",
				"“Containment” has been the policy since the war.",
				"“Family values people” are “not out to bash gays,” Holm said.",
			},
			want: []stmt{
				quoteBy(1, "Send it nonsecure,", "Ana Ruiz"),
				quoteBy(1, "Non-paper", ""),
				quoteBy(3, "Containment", ""),
				quoteBy(4, "Family values people", "Ben Holm"),
				quoteBy(4, "not out to bash gays,", "Ben Holm"),
			}},
	})
}

// A quotation right after a passive charge ("has been accused of “living
// in a parallel universe”") is the accuser's words, not those of the one
// accused: with no accuser named, no one's.
func TestUnattributedAfterAPassiveCharge(t *testing.T) {
	run(t, []attrCase{{name: "has been accused of “…”",
		paras: []string{"Housing",
			"The Taoiseach, Ciarán Ó Murchú, has been accused of “living in a parallel universe” on housing after telling the Dáil the plan was “working”."},
		want: []stmt{quoteBy(2, "living in a parallel universe", ""), quoteBy(2, "working", "Ciarán Ó Murchú")}, moreQuotes: true}})
}
