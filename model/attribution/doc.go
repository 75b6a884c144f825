// Package attribution is whosaid's engine: it finds every quotation and
// reported statement of an article and works out who said each. Analyze is
// its one entry point; it returns a model.Article and never does I/O.
//
// The files read as the pipeline, in order:
//
//	analyze.go    the pass over paragraphs, fault containment, pipelining
//	marks.go      quotation marks: pairs, apostrophes, units, runs over paragraphs
//	tokens.go     words, punctuation and quotations; sentence ends
//	wordinfo.go   what each word is (lexicon.go, names.go, givennames.go hold the tables)
//	cues.go       speech verbs and where they may stand
//	mentions.go   names in the text, with titles and roles
//	entities.go   one entity per person or body, gender with its evidence
//	roles.go      role nouns and bodies pointing back; unnamed sources
//	subjects.go   the subject of a cue, forward and backward noun phrases
//	coref.go      pronouns
//	frames.go     the cue around a quotation: after, before, governing
//	statements.go the choice for each quotation; carry-over and dialogue
//	reported.go   reported speech and its clauses
//	groups.go     people spoken of together as speakers ("White House officials")
//	finish.go     speakers, kinds, pull quotes: the article as returned
//	why.go        the explanation of each statement
//	confidence.go how far to trust its speaker: a learned model, weights in
//	              confidence_weights.json, trained by articles/calibrate
//	version.go    the engine's version, keying cached analyses
package attribution
