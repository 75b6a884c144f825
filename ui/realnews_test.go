package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"whosaid/articles"
	"whosaid/internal/testsupport"
	"whosaid/model/attribution"
)

// Every real article we hold opens in the reader, analysed without a fault,
// and survives a walk through its statements and speakers.
func TestReaderOpensEveryRealArticle(t *testing.T) {
	files := testsupport.NeedArticles(t, "real-train")
	asciiProfile(t)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := articles.LoadReader(f, strings.NewReader(string(data)))
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		art, err := attribution.Analyze(doc)
		if err != nil {
			t.Errorf("%v", err)
		}
		m := drive(t, art, 100, 30, "]", "]", "2", "F", "G", "[", "tab", "j", "enter", "esc", "esc")
		view := ansi.Strip(m.View())
		checkFrame(t, view, 100, 30)
		if len(art.Paragraphs) > 0 && strings.TrimSpace(view) == "" {
			t.Errorf("%s: the reader shows nothing", filepath.Base(f))
		}
	}
}
