package notes

import (
	"testing"

	"whosaid/model"
)

// A headline's statements are left out of the highlights made for an
// export: highlights anchor in the text below the title.
func TestStatementHighlightsLeaveTheHeadlineOut(t *testing.T) {
	a := &model.Article{Document: model.Document{Title: "Deal ‘dead’, says Holm", Paragraphs: []model.Paragraph{{Text: "“Yes,” said Ana."}}},
		Statements: []model.Statement{
			{Paragraph: 0, Start: 8, End: 12, Text: "dead", Speaker: "Holm"},
			{Paragraph: 1, Start: 3, End: 7, Text: "Yes,", Speaker: "Ana"}}}
	hs := StatementHighlights(a)
	if len(hs) != 1 || hs[0].Text() != "Yes," || hs[0].Paragraph != 1 {
		t.Errorf("highlights %+v; want only ¶1's “Yes,”", hs)
	}
}
