package model

// Output is the JSON document of `whosaid quotes --json` (corpus format).
type Output struct {
	Title      string      `json:"title,omitempty"`
	Source     string      `json:"source"`
	Speakers   []Speaker   `json:"speakers"`
	Statements []Statement `json:"statements"`
}

// JSONOf builds the JSON document of an article, restricted to one speaker
// (any alias, case-insensitive) when speaker is not empty.
func JSONOf(a *Article, speaker string) Output {
	out := Output{Title: a.Title, Source: a.Source, Speakers: a.Speakers, Statements: Filter(a, speaker)}
	if speaker != "" {
		out.Speakers = nil
		if i := a.SpeakerByName(speaker); i >= 0 {
			out.Speakers = []Speaker{a.Speakers[i]}
		}
	}
	if out.Speakers == nil {
		out.Speakers = []Speaker{}
	}
	if out.Statements == nil {
		out.Statements = []Statement{}
	}
	return out
}

// Filter returns the statements of one speaker (any alias), or all when
// speaker is empty.
func Filter(a *Article, speaker string) []Statement {
	if speaker == "" {
		return a.Statements
	}
	i := a.SpeakerByName(speaker)
	var out []Statement
	for _, s := range a.Statements {
		if i >= 0 && s.SpeakerIndex == i {
			out = append(out, s)
		}
	}
	return out
}
