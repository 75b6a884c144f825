package attribution

import "whosaid/model"

// analyzedDoc analyses doc; a fault in the rules fails the test that met it.
func analyzedDoc(doc model.Document) *model.Article {
	a, err := Analyze(doc)
	if err != nil {
		panic(err)
	}
	return a
}
