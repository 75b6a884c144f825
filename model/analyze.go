package model

// Analyze finds the statements of doc and their speakers.
func Analyze(doc Document) *Article {
	a := &Article{Document: doc}
	return a
}
