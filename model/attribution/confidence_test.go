package attribution

import (
	"slices"
	"strings"
	"testing"

	"whosaid/model"
)

// The weights file and the features the engine computes must name the same
// things: a feature the file lacks weighs nothing, and a weight for a
// feature gone is lost. Rerun the trainer (see README.md) when this fails.
func TestConfidenceWeightsMatchTheFeatures(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range FeatureNames() {
		if n == "" || seen[n] {
			t.Fatalf("feature names %q: each must be named once", FeatureNames())
		}
		seen[n] = true
	}
	missing, unknown := WeightsMismatch()
	if len(missing) > 0 || len(unknown) > 0 {
		t.Errorf("confidence_weights.json is stale: no weight for %s; weights for features no longer computed: %s\n"+
			"retrain: go run ./articles/calibrate ../shared/corpus/real-train",
			strings.Join(missing, ", "), strings.Join(unknown, ", "))
	}
	if m := confModel(); m.threshold <= 0 || m.threshold >= 1 {
		t.Errorf("threshold %v: a probability strictly between 0 and 1 is needed", m.threshold)
	}
}

// Each attributed statement carries the model's probability; a low one
// says in words what lowered it, a high one is left alone.
func TestConfidenceScoreAndDoubts(t *testing.T) {
	a, err := Analyze(model.Document{Paragraphs: []model.Paragraph{
		{Text: "Kremlin spokesman Dmitry Peskov spoke to reporters on Friday."},
		{Text: "“We are ready,” said Harald Bø."},
		{Text: "The talks ran late into the night, and several delegations left early."},
		{Text: "“Ships are waiting.”"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	var named, carried *model.Statement
	for i, s := range a.Statements {
		switch s.Text {
		case "We are ready,":
			named = &a.Statements[i]
		case "Ships are waiting.":
			carried = &a.Statements[i]
		}
	}
	if named == nil || carried == nil || carried.Speaker != "Harald Bø" {
		t.Fatalf("statements %+v", a.Statements)
	}
	if named.Confidence != model.High || named.ConfidenceScore <= carried.ConfidenceScore || len(named.Why.Doubts) != 0 {
		t.Errorf("“…,” said Harald Bø: %s %.3f doubts %q; want high, above the carried quotation's %.3f, no doubts",
			named.Confidence, named.ConfidenceScore, named.Why.Doubts, carried.ConfidenceScore)
	}
	if carried.Confidence != model.Low || carried.ConfidenceScore <= 0 || carried.ConfidenceScore >= 1 || len(carried.Why.Doubts) == 0 {
		t.Errorf("bare quotation carried over: %s %.3f doubts %q; want low, a probability, and what lowered it",
			carried.Confidence, carried.ConfidenceScore, carried.Why.Doubts)
	}
}

// The cue verb's form counts: "Vasquez said …" and "Vasquez says …" are
// the same sentence to every other feature, and so are "Officials said"
// and "Officials say", "…, saying" and "…, said" (cue:s, cue:plain,
// cue:ing).
func TestConfidenceReadsTheCueForm(t *testing.T) {
	logOdds := func(text, want string) (float64, []string) {
		t.Helper()
		a, ev, err := AnalyzeEvidence(model.Document{Paragraphs: []model.Paragraph{
			{Text: "The harbour board met on Tuesday to discuss the new ferry timetable."},
			{Text: text},
		}})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ev {
			if st := a.Statements[e.Statement]; strings.Contains(st.Text, want) {
				var on []string
				z := 0.0 // the model's log-odds, unrounded
				for k, v := range e.Values {
					z += confModel().w[k] * float64(v)
					if v != 0 && strings.HasPrefix(FeatureNames()[k], "cue:") {
						on = append(on, FeatureNames()[k])
					}
				}
				return z, on
			}
		}
		t.Fatalf("%q: no attributed statement holding %q in %+v", text, want, a.Statements)
		return 0, nil
	}
	for _, c := range []struct{ past, present, feature, words string }{
		{"Harbour master Ines Vasquez said the ferries would run late.", "Harbour master Ines Vasquez says the ferries would run late.", "cue:s", "ferries would run late"},
		{"Harbour officials said the ferries would run late.", "Harbour officials say the ferries would run late.", "cue:plain", "ferries would run late"},
		{"Ines Vasquez stood at the quay and said the ferries would run late.", "Ines Vasquez stood at the quay, saying the ferries would run late.", "cue:ing", "ferries would run late"},
	} {
		p1, on1 := logOdds(c.past, c.words)
		p2, on2 := logOdds(c.present, c.words)
		if slices.Contains(on1, c.feature) || !slices.Contains(on2, c.feature) {
			t.Errorf("%s: cue features %q then %q; want %s only in the second", c.feature, on1, on2, c.feature)
		}
		if p1 == p2 {
			t.Errorf("%q and %q: both log-odds %.4f; the cue's form should move the confidence", c.past, c.present, p1)
		}
	}
}

// Each feature tells a reader its own doubt: no feature speaks with
// another's words. The crossed features once wrote theirs over the last
// fixed features', and “…,” he said, according to a news agency doubted
// “three or more names in the paragraph”.
func TestEachDoubtIsTheFeaturesOwn(t *testing.T) {
	m := confModel()
	for f, want := range doubtText {
		if m.doubt[f] != want {
			t.Errorf("%s doubts %q, want %q", FeatureNames()[f], m.doubt[f], want)
		}
	}
	a, err := Analyze(model.Document{Paragraphs: []model.Paragraph{
		{Text: "Kremlin spokesman Dmitry Peskov spoke to reporters on Friday."},
		{Text: "“No decision was made,” he said, according to the Interfax news agency."},
	}})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, st := range a.Statements {
		if st.Why == nil || st.Confidence == model.High {
			continue
		}
		checked++
		for _, d := range st.Why.Doubts {
			if strings.Contains(d, "three or more names") || strings.Contains(d, "paragraphs back") {
				t.Errorf("%q doubts %q: the paragraph names no one and the name is one paragraph back", st.Text, st.Why.Doubts)
			}
		}
		if !slices.Contains(st.Why.Doubts, doubtText[fAccordingAfter]) {
			t.Errorf("%q doubts %q; want %q among them", st.Text, st.Why.Doubts, doubtText[fAccordingAfter])
		}
	}
	if checked == 0 {
		t.Errorf("no low statement in %+v: the quotation given through “he”, with “according to” after it, should be low", a.Statements)
	}
}
