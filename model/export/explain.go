package export

import (
	"strconv"
	"strings"

	"whosaid/model"
)

// Explain writes, for each statement, how its speaker was chosen: the
// rule and what it saw, the cue, the words it attached to and, for a
// pronoun or a role noun, the chain back to the name, the speakers that
// came close, how far to trust it, and the speaker's kind and, for a
// person, gender with its evidence (speakers are the article's, which the
// statements index). Lines fit width; head styles each statement's first
// line (bold on a terminal, nothing in a pipe).
//
//	¶8  reported  Trump  · low confidence
//	    The president said he’s “always had a fantastic relationship” with Putin.
//	    rule     reported: a cue with a subject and something said (“said”)
//	    cue      said
//	    mention  The president ¶8 → Trump ¶7
//	    speaker  person, male: pronoun “he” (¶8)
func Explain(stmts []model.Statement, speakers []model.Speaker, width int, head func(string) string) string {
	if head == nil {
		head = func(s string) string { return s }
	}
	var b strings.Builder
	for i, s := range stmts {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(head(headLine(s)) + "\n")
		for _, l := range wrapWords(s.Text, max(width-4, 20)) {
			b.WriteString("    " + l + "\n")
		}
		for _, f := range WhyFields(s) {
			writeField(&b, f[0], f[1], width)
		}
		if s.SpeakerIndex >= 0 && s.SpeakerIndex < len(speakers) {
			writeField(&b, "speaker", SpeakerKind(speakers[s.SpeakerIndex]), width)
		}
	}
	return b.String()
}

// SpeakerKind says what a speaker is and, for a person, their gender and
// why: "person, female: pronoun “she” (¶3)", "body".
func SpeakerKind(sp model.Speaker) string {
	if sp.Kind != model.SpeakerPerson {
		return string(sp.Kind)
	}
	s := "person, " + string(sp.Gender)
	if sp.Gender == "" {
		s += string(model.UnknownGender)
	}
	if sp.GenderEvidence != "" {
		s += ": " + sp.GenderEvidence
	}
	return s
}

func headLine(s model.Statement) string {
	who := s.Speaker
	if who == "" {
		who = NoOne
	}
	line := "¶" + strconv.Itoa(s.Paragraph) + "  " + string(s.Kind) + "  " + who
	if s.Confidence != "" {
		line += "  · " + ConfidenceText(s)
	}
	return line
}

// WhyFields is a statement's explanation as labelled lines, in the order a
// reader asks: which rule, which cue, which words, which others came close.
// The reader's explanation overlay shows the same lines.
func WhyFields(s model.Statement) [][2]string {
	w := s.Why
	if w == nil {
		if s.Speaker == "" {
			return [][2]string{{"why", "no speaker: the words are no one's (a title, a term held at arm's length) or no one near them said them"}}
		}
		return [][2]string{{"why", "the analysis gave no explanation"}}
	}
	var out [][2]string
	rule := w.Rule
	if w.Evidence != "" {
		rule += ": " + w.Evidence
	}
	out = append(out, [2]string{"rule", rule})
	if s.Cue != "" {
		out = append(out, [2]string{"cue", s.Cue})
	}
	if m := Chain(w); m != "" {
		out = append(out, [2]string{"mention", m})
	}
	if s.Via != "" {
		out = append(out, [2]string{"via", s.Via})
	}
	if len(w.Rivals) > 0 {
		out = append(out, [2]string{"rivals", strings.Join(w.Rivals, ", ")})
	}
	if len(w.Doubts) > 0 {
		out = append(out, [2]string{"doubts", strings.Join(w.Doubts, "; ")})
	}
	return out
}

// ConfidenceText is "low confidence (0.62)": the group and, when the
// engine gave one, the probability that the speaker is right.
func ConfidenceText(s model.Statement) string {
	t := string(s.Confidence) + " confidence"
	if s.ConfidenceScore > 0 {
		t += " (" + strconv.FormatFloat(s.ConfidenceScore, 'f', 2, 64) + ")"
	}
	return t
}

// Chain is the words the speaker was found by and, for a pronoun or a role
// noun, the way back to the name: "he ¶7 → Dmitry Peskov ¶5".
func Chain(w *model.Why) string {
	if len(w.Chain) == 0 {
		return w.Mention
	}
	parts := make([]string, 0, len(w.Chain)+1)
	if w.Mention != "" && !strings.EqualFold(w.Chain[0].Text, w.Mention) {
		parts = append(parts, w.Mention)
	}
	for _, l := range w.Chain {
		parts = append(parts, l.Text+" ¶"+strconv.Itoa(l.Paragraph))
	}
	return strings.Join(parts, " → ")
}

const fieldW = len("mention") + 2

func writeField(b *strings.Builder, label, value string, width int) {
	indent := strings.Repeat(" ", 4+fieldW)
	for i, l := range wrapWords(value, max(width-len(indent), 20)) {
		if i == 0 {
			b.WriteString("    " + pad(label, fieldW) + l + "\n")
			continue
		}
		b.WriteString(indent + l + "\n")
	}
}
