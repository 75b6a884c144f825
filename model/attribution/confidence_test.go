package attribution

import (
	"strings"
	"testing"
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
			"retrain: go run ./model/attribution/calibrate ../shared/corpus/real-train",
			strings.Join(missing, ", "), strings.Join(unknown, ", "))
	}
	if m := confModel(); m.threshold <= 0 || m.threshold >= 1 {
		t.Errorf("threshold %v: a probability strictly between 0 and 1 is needed", m.threshold)
	}
}
