package attribution_test

import (
	"strings"
	"testing"

	"whosaid/model"
	"whosaid/model/attribution"
)

// A fault in the rules costs only the paragraph it struck: the article is
// still analysed around it, and the error names the source and paragraph.
func TestFaultStaysInItsParagraph(t *testing.T) {
	defer attribution.SetFaultHook(func(p int) {
		if p == 2 {
			var none []int
			_ = none[p] // the kind of fault a rule could have
		}
	})()
	doc := model.Document{Source: "summit.txt", Paragraphs: []model.Paragraph{
		{Text: "“We are ready,” said Harald Bø."},
		{Text: "“This one is lost,” said Ana Ruiz."},
		{Text: "“Ships are waiting,” Bø said."},
	}}
	a, err := attribution.Analyze(doc)
	if err == nil {
		t.Fatal("no error for a paragraph the rules failed on")
	}
	if msg := err.Error(); !strings.Contains(msg, "summit.txt") || !strings.Contains(msg, "¶2") || strings.Contains(msg, "\n") {
		t.Errorf("error %q: want one line naming summit.txt and ¶2", msg)
	}
	var got []string
	for _, s := range a.Statements {
		got = append(got, s.Speaker+"@"+string(rune('0'+s.Paragraph)))
	}
	if strings.Join(got, " ") != "Harald Bø@1 Harald Bø@3" {
		t.Errorf("statements %v; want ¶1 and ¶3 still attributed, ¶2 left out", got)
	}
	if len(a.Paragraphs) != 3 {
		t.Errorf("%d paragraphs; the article must keep all its text", len(a.Paragraphs))
	}
}

// The same holds on the pipelined path that long articles take.
func TestFaultStaysInItsParagraphWhenPipelined(t *testing.T) {
	defer attribution.SetFaultHook(func(p int) {
		if p == 7 {
			panic("a fault")
		}
	})()
	var doc model.Document
	para := strings.Repeat("The council met again on Tuesday to discuss the harbour. ", 40)
	for len(doc.Paragraphs) < 600 {
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: "“We are ready,” said Harald Bø. " + para})
	}
	a, err := attribution.Analyze(doc)
	if err == nil || !strings.Contains(err.Error(), "¶7") {
		t.Fatalf("error %v; want one naming ¶7", err)
	}
	if len(a.Statements) != 599 {
		t.Errorf("%d statements; want one in each paragraph but ¶7", len(a.Statements))
	}
}
