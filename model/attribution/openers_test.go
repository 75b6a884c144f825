package attribution_test

import "testing"

// The rules share two tables of words that open a clause (subordinators,
// sentence openers); these cases pin the places where a rule must not read
// one of those words as an opener.
func TestOpenerExceptions(t *testing.T) {
	run(t, []attrCase{{
		// "if" opens a condition that is part of what Lind says, not a
		// clause Lind speaks in: the next "he" is still Lind.
		name: "a condition before the speaker",
		paras: []string{
			"Dan Okafor began his run for the council in church halls.",
			"With him at some of those meetings was Mark Lind, a retired teacher from Dalby. Forty or so people came to each one, he said.",
			"Okafor won over the small crowds with fiery speeches and promises to clean up the council if elected, Lind said.",
			"“He was sharp and warm and quick,” he said.",
		},
		want: []stmt{quoteBy(4, "He was sharp and warm and quick,", "Mark Lind")},
	}, {
		// "and" inside a title set off by commas is no aside to step over.
		name: "and inside a title between commas",
		paras: []string{
			"The plans “are a step the right way,” Anne Richards, assistant secretary for population, refugees, and migration, said on a call.",
		},
		moreQuotes:  true,
		notSpeakers: []string{"Refugees", "Migration"},
	}, {
		// "now" stands inside the clause: it does not end the subject.
		name: "a time word between subject and cue",
		paras: []string{
			"The talks may fail, and the shoal is now the place Navy officials say the fleet might make a stand.",
		},
		moreQuotes:  true,
		notSpeakers: []string{"Place Navy officials"},
	}, {
		// a phrase of time with a demonstrative opens the sentence; the
		// subject after its comma says what the participle says
		name: "this year, then the subject",
		paras: []string{
			"Putin hails football chief",
			"President Vladimir Putin held his annual news conference on Thursday.",
			"This year, he came to the defense of Sepp Blatter, saying Mr. Blatter should be given the prize.",
			"That night, he rose to speak for the miners, saying the mine must stay open.",
		},
		want: []stmt{reportedBy(3, "Mr. Blatter should be given the prize", "Vladimir Putin"),
			reportedBy(4, "the mine must stay open", "Vladimir Putin")},
	}})
}

// A line's first word is capitalised because the line opens a sentence
// (a live blog's entry under its time), not because it is a name: it is no
// one, and the "and said" after it is the subject's.
func TestLineOpeningWordIsNoName(t *testing.T) {
	text := "Live: health debate\n\n20:09\nResponding to the debate, Ms Kelly told the Dáil she would not “apologise for the progress that has been made”, and said waiting lists had fallen nationally.\n\n“They are not,” the minister said."
	check(t, articleText(t, text), attrCase{
		want: []stmt{quoteBy(2, "apologise for the progress that has been made", "Kelly"),
			reportedBy(2, "waiting lists had fallen", "Kelly"),
			quoteBy(3, "They are not,", "Kelly")},
		notSpeakers: []string{"Responding"},
	})
}

// "Pressed by X on …, he said": X asked, and "he" is the one answering;
// "Reached by the Courier, …, said": the paper reached the speaker.
func TestOpenerByQuestioner(t *testing.T) {
	run(t, []attrCase{{
		name: "pressed by, reached by",
		paras: []string{
			"Bypass row",
			"Transport Minister Gareth Crewe defended the plan.",
			"Pressed by Rawiri Teone on the cost, he said the Government would “keep working on options”.",
			"Reached by the Courier, the mayor's lawyer, Atty. Ramon Velasco, said his client would appeal.",
		},
		want: []stmt{quoteBy(3, "keep working on options", "Gareth Crewe"),
			reportedBy(4, "his client would appeal", "Ramon Velasco")},
		moreQuotes: true,
	}})
}
