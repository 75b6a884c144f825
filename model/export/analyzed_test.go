package export

import (
	"whosaid/model"
	"whosaid/model/attribution"
)

// analyzed analyses doc; a fault in the rules fails the test that met it.
func analyzed(doc model.Document) *model.Article {
	a, err := attribution.Analyze(doc)
	if err != nil {
		panic(err)
	}
	return a
}
