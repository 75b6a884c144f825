package attribution_test

// Quotation marks around a title or a name hold no one's words: they are
// not listed as quotations at all. Scare quotes, which are someone's words
// even when no one is named, stay listed with no speaker invented.

import "testing"

// A failure here lists a book or a show as a quotation, or puts a speaker
// in the side panel who said nothing: the author of a memoir, the singer
// of an album.
func TestUnattributedQuotes(t *testing.T) {
	run(t, []attrCase{
		{name: "book title",
			paras:    []string{"Ivo Petrak’s memoir, “A Winter Without Bread,” sold forty thousand copies."},
			want:     nil,
			speakers: []string{}},
		{name: "album title",
			paras:    []string{`Her new album, "Salt and Iron," tops the charts this week.`},
			want:     nil,
			speakers: []string{}},
		{name: "a show's one-word name",
			paras:    []string{"Trump appeared on Fox News Channel’s “Hannity,” on Monday. “We will win,” Trump said."},
			want:     []stmt{quoteBy(1, "We will win,", "Trump")},
			speakers: []string{"Trump"}},
		{name: "known as",
			paras:    []string{"The mountain pass, known as “the Needle,” closes every November."},
			want:     nil,
			speakers: []string{}},
		{name: "scare quotes without a cue",
			paras: []string{
				"The town’s “efficiency review” cost a million, and the so-called “Harbour Fund” cost more.",
			},
			want:     []stmt{quoteBy(1, "efficiency review", "")},
			speakers: []string{}},
		{name: "a sign's words in title case stay words",
			paras: []string{"Outside, a woman held a sign that read “Hispanics 4 Trump” as the crowd chanted “Feel the Bern.”"},
			want:  []stmt{quoteBy(1, "Hispanics 4 Trump", ""), quoteBy(1, "Feel the Bern.", "")}},
	})
}
