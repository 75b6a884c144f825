// Package attributiontest analyses articles for the tests of the packages
// that keep, export or show what the engine finds.
package attributiontest

import (
	"testing"

	"whosaid/model"
	"whosaid/model/attribution"
)

// Analyze analyses doc; a fault in the rules fails the test that met it.
func Analyze(tb testing.TB, doc model.Document) *model.Article {
	tb.Helper()
	a, err := attribution.Analyze(doc)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
