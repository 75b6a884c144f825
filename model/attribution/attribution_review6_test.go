package attribution_test

// Cases from a sixth review on five more invented articles (model/testdata/heldout6):
// possessive roles, group bodies, coordinated cues, court names, "in the words of".

import (
	"strings"
	"testing"

	"whosaid/model"
)

// h6Analyze treats each non-empty line as one paragraph.
func h6Analyze(text string) *model.Article {
	var paras []string
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) != "" {
			paras = append(paras, line)
		}
	}
	return reviewArticle(paras...)
}

// h6Speaker returns the speaker of the first statement of the given kind in
// paragraph para whose text holds part; ok is false when there is none.
func h6Speaker(a *model.Article, para int, kind model.Kind, part string) (string, bool) {
	for _, s := range a.Statements {
		if s.Paragraph == para && s.Kind == kind && strings.Contains(s.Text, part) {
			return s.Speaker, true
		}
	}
	return "", false
}

func h6Want(t *testing.T, a *model.Article, para int, kind model.Kind, part, want string) {
	t.Helper()
	got, ok := h6Speaker(a, para, kind, part)
	if !ok {
		t.Fatalf("no %s statement holding %q in paragraph %d", kind, part, para)
	}
	if !strings.EqualFold(got, want) {
		t.Errorf("%s %q: speaker %q, want %q", kind, part, got, want)
	}
}

func TestReview6PossessiveMultiWordRole(t *testing.T) {
	a := h6Analyze("Norway's foreign minister, Espen Dahl, said the talks had failed.\n" +
		"Acme's chief executive, Dana Morrow, wrote that the company \"will keep fighting.\"")
	h6Want(t, a, 1, model.KindReported, "the talks had failed", "Espen Dahl")
	h6Want(t, a, 2, model.KindQuote, "will keep fighting", "Dana Morrow")
}

func TestReview6GroupNounBodies(t *testing.T) {
	a := h6Analyze("The band said it would cancel the remaining dates of its tour.\n" +
		"The orchestra said its season would go ahead.\n" +
		"His family said he had died peacefully.")
	for i, part := range []string{"cancel the remaining dates", "its season would go ahead", "died peacefully"} {
		if got, ok := h6Speaker(a, i+1, model.KindReported, part); !ok || got == "" {
			t.Errorf("paragraph %d: reported %q got speaker %q (found %v), want the body", i+1, part, got, ok)
		}
	}
}

func TestReview6StatementSaidInheritsIssuer(t *testing.T) {
	a := h6Analyze("His family said in a statement that he had died peacefully.\n" +
		"\"He was a kind man,\" the statement said.")
	fam, ok := h6Speaker(a, 1, model.KindReported, "died peacefully")
	if !ok || fam == "" {
		t.Fatalf("the family's statement not attributed (speaker %q, found %v)", fam, ok)
	}
	h6Want(t, a, 2, model.KindQuote, "He was a kind man", fam)
}

func TestReview6GroupSubjectCoordinatedCue(t *testing.T) {
	a := h6Analyze("Police opened two lanes and said that every arrival must be registered.\n" +
		"Officials opened two lanes but insisted that every arrival must be screened.")
	h6Want(t, a, 1, model.KindReported, "every arrival must be registered", "Police")
	h6Want(t, a, 2, model.KindReported, "every arrival must be screened", "Officials")
}

func TestReview6NameWithCourtPhrase(t *testing.T) {
	a := h6Analyze("Judge Maria Olsen of the High Court for the Northern District wrote that the law was \"plainly unconstitutional.\"")
	h6Want(t, a, 1, model.KindQuote, "plainly unconstitutional", "Maria Olsen")
}

func TestReview6InTheWordsOf(t *testing.T) {
	a := h6Analyze("\"It changes everything,\" in the words of Commissioner Anna Lind.\n" +
		"In the words of Tomas Berg, the ruling \"changes the rules of the road.\"")
	h6Want(t, a, 1, model.KindQuote, "It changes everything", "Anna Lind")
	h6Want(t, a, 2, model.KindQuote, "changes the rules of the road", "Tomas Berg")
}

func TestReview6PlaceAfterInvertedCoupleIsNoSpeaker(t *testing.T) {
	a := h6Analyze("Among those in the queue were Yusuf and Leyla Haddadin, who left Kessemir on foot eleven days ago.\n" +
		"\"We walked at night,\" Yusuf Haddadin said.\n" +
		"His wife said they had sold their car to pay a driver.")
	h6Want(t, a, 3, model.KindReported, "sold their car", "Leyla Haddadin")
	if a.SpeakerByName("Kessemir") >= 0 {
		t.Errorf("the town Kessemir is listed as a speaker")
	}
}

func TestReview6BodyNameKeepsCapitals(t *testing.T) {
	a := h6Analyze("The United Nations refugee agency said more than 18,000 people had crossed.")
	got, ok := h6Speaker(a, 1, model.KindReported, "18,000 people")
	if !ok || got != "United Nations refugee agency" {
		t.Errorf("speaker shown as %q (found %v), want %q", got, ok, "United Nations refugee agency")
	}
}
