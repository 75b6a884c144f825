package attribution_test

// Cases from a fifth review on six more invented articles (model/testdata/heldout5):
// party tags, police officers, job words, headlines, answers, expressive verbs.

import (
	"strings"
	"testing"

	"whosaid/model"
)

// h5Find returns the first statement of kind whose text contains part.
func h5Find(t *testing.T, a *model.Article, kind model.Kind, part string) model.Statement {
	t.Helper()
	for _, s := range a.Statements {
		if s.Kind == kind && strings.Contains(s.Text, part) {
			return s
		}
	}
	t.Fatalf("no %s statement holding %q; got %s", kind, part, dumpArticle(a))
	return model.Statement{}
}

func h5Expect(t *testing.T, a *model.Article, kind model.Kind, part, want string) {
	t.Helper()
	s := h5Find(t, a, kind, part)
	if !speakerIs(a, s.Speaker, want) {
		t.Errorf("%s %q: speaker %q, want %q", kind, part, s.Speaker, want)
	}
}

// 1. A party-and-state tag in brackets followed by an apposition or a who-clause hides the subject.
func TestReview5PartyTagThenApposition(t *testing.T) {
	a := reviewArticle(`Rep. Dan Hale (D-Ariz.), who chairs the panel, said the bill was "dead."`)
	h5Expect(t, a, model.KindQuote, "dead", "Dan Hale")
	h5Expect(t, a, model.KindReported, "the bill was", "Dan Hale")

	b := reviewArticle(`Sen. Ana Ruiz (R-Texas), the committee's chairwoman, told reporters: "We are done."`)
	h5Expect(t, b, model.KindQuote, "We are done", "Ana Ruiz")

	c := reviewArticle(`Rep. Dan Hale (D-Ariz.), a former teacher, said the House would not act.`)
	h5Expect(t, c, model.KindReported, "the House would not act", "Dan Hale")
}

// 2. "X said she ..." must not make X female: "she" is usually someone else.
func TestReview5SaidSheDoesNotSetGender(t *testing.T) {
	a := reviewArticle(`Nigel Fairbrother said she was mistaken. "It was dark," he said.`)
	h5Expect(t, a, model.KindQuote, "It was dark", "Nigel Fairbrother")

	b := reviewArticle(`Under cross-examination, Askew's barrister, Nigel Fairbrother, suggested she could not be sure. "It was dark, wasn't it?" he asked.`)
	h5Expect(t, b, model.KindQuote, "It was dark", "Nigel Fairbrother")
}

// 3. "NAME of ORG Police said": the person speaks, not the force.
func TestReview5PersonOfPoliceForce(t *testing.T) {
	a := reviewArticle(`Imran Qureshi of Thames Valley Police said the case was "awful".`)
	h5Expect(t, a, model.KindQuote, "awful", "Imran Qureshi")

	b := reviewArticle(`Detective Sergeant Imran Qureshi of Devon and Cornwall Police said outside court that the case had "shaken a quiet community".`)
	h5Expect(t, b, model.KindQuote, "shaken a quiet community", "Imran Qureshi")
}

// 4. "The ORG role, NAME, said": the appositive name speaks, not the organisation before the role.
func TestReview5OrgRoleThenAppositiveName(t *testing.T) {
	a := reviewArticle(`The United Nations envoy, Ingrid Haaland, said the attack was "unconscionable."`)
	h5Expect(t, a, model.KindQuote, "unconscionable", "Ingrid Haaland")

	b := reviewArticle(`The Red Cross spokeswoman, Ingrid Haaland, said the road was "impassable."`)
	h5Expect(t, b, model.KindQuote, "impassable", "Ingrid Haaland")

	c := reviewArticle(`The United Nations humanitarian coordinator for Tessaly, Ingrid Haaland, condemned the attack, calling it "unconscionable."`)
	h5Expect(t, c, model.KindQuote, "unconscionable", "Ingrid Haaland")
}

// 5. A capitalised occupation opening a sentence is a role, not part of the name.
func TestReview5OccupationBeforeName(t *testing.T) {
	for _, job := range []string{"Glaciologist", "Astrobiologist", "Beekeeper"} {
		a := reviewArticle(job + ` Mira Tanner said the ice was "thinning fast". Tanner added that it was "grim".`)
		s := h5Find(t, a, model.KindQuote, "thinning fast")
		if s.Speaker != "Mira Tanner" {
			t.Errorf("%s: speaker %q, want the name %q", job, s.Speaker, "Mira Tanner")
		}
	}
}

// 6. A title-case headline is no person and no pronoun's antecedent.
func TestReview5HeadlineIsNoPerson(t *testing.T) {
	a := reviewArticle(
		"Senate Democrats Stall Western Water Bill",
		"Lawmakers left the capital on Friday without a vote.",
		`He called the delay "a disgrace."`,
	)
	for _, sp := range a.Speakers {
		if strings.Contains(sp.Name, "Water Bill") || strings.Contains(sp.Name, "Democrats Stall") {
			t.Errorf("headline words became the speaker %q", sp.Name)
		}
	}
	b := reviewArticle("Mayor Plans New Bridge Tolls Despite Protests", `He called the tolls "a fair price."`)
	for _, sp := range b.Speakers {
		if strings.Contains(sp.Name, "Bridge Tolls") {
			t.Errorf("headline words became the speaker %q", sp.Name)
		}
	}
}

// 7. "a.m." / "p.m." can end a sentence; the next sentence's speaker keeps its own statement.
func TestReview5SentenceEndsAtAM(t *testing.T) {
	a := reviewArticle(`Police said the road reopened at 6 a.m. Ana Ruiz said she was relieved.`)
	h5Expect(t, a, model.KindReported, "she was relieved", "Ana Ruiz")
}

// 8. "..., X said, adding that ..." after a quotation is reported speech by X.
func TestReview5AddingThatAfterQuote(t *testing.T) {
	a := reviewArticle(`"We will not back down," Ana Ruiz said, adding that the strike would go ahead.`)
	h5Expect(t, a, model.KindReported, "the strike would go ahead", "Ana Ruiz")
}

// 9. In a Q&A, a quoted answer after a "Q:" line belongs to the person interviewed.
func TestReview5QAnswerAfterQuestionLine(t *testing.T) {
	a := reviewArticle(
		"Coach Ana Ruiz faced the press on Friday.",
		"Q: Are you worried about your job?",
		`"No. I have a contract and the players behind me."`,
	)
	h5Expect(t, a, model.KindQuote, "I have a contract", "Ana Ruiz")
	b := reviewArticle(
		"Coach Ana Ruiz faced the press on Friday.",
		"Q: Are you worried about your job?",
		`A: "No. I have a contract."`,
	)
	h5Expect(t, b, model.KindQuote, "I have a contract", "Ana Ruiz")
}

// 10. Expressive speech verbs of tabloid style next to the quotation are cues.
func TestReview5ExpressiveSpeechVerbs(t *testing.T) {
	for _, verb := range []string{"fumed", "raged", "slammed", "sobbed", "gushed", "hissed"} {
		a := reviewArticle(`"It is a disgrace," ` + verb + ` Ruth Kaye.`)
		h5Expect(t, a, model.KindQuote, "It is a disgrace", "Ruth Kaye")
		b := reviewArticle(`'It's a disgrace,' ` + verb + ` local MP Ruth Kaye.`)
		h5Expect(t, b, model.KindQuote, "disgrace", "Ruth Kaye")
	}
}

// 11. A modified role noun ("the deputy minister") points to the person given that role
// ("his deputy, X"), not to the holder of the bare head noun ("Health Minister Y").
func TestReview5ModifiedRoleNoun(t *testing.T) {
	a := reviewArticle(
		"Health Minister Oskar Lind visited the hospital with his deputy, Karl Moen.",
		`"We are not out of the woods," the deputy minister said.`,
	)
	h5Expect(t, a, model.KindQuote, "out of the woods", "Karl Moen")
	b := reviewArticle(
		"Coach Ana Ruiz and her assistant, Petra Sand, watched from the stands.",
		`"We were poor," the assistant coach said.`,
	)
	h5Expect(t, b, model.KindQuote, "We were poor", "Petra Sand")
}
