package library

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/collection"
)

// nonBinaryLibrary writes two articles: a person who uses they/them
// pronouns with a woman and a man, then the same person alone.
func nonBinaryLibrary(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Sam Oduya, who uses they/them pronouns, said the injunction would help the company.\n\n“We will appeal,” said Ms. Kim Tran.\n\n“It is over,” said Mr. Tom Hale.\n",
		"b.txt": "“Nothing changes,” said Sam Oduya.\n",
	}
	return libraryOf(t, dir, files)
}

// Without colour, the articles list, the speakers list, the chart and the
// piped listing each name non-binary people as such.
func TestNonBinaryIsNamedInTheListsChartAndPrint(t *testing.T) {
	sources := nonBinaryLibrary(t)
	tm := start(t, sources, Options{}, 120, 30)
	waitFor(t, tm, "all analysed", "women 1 of 3 quoted, non-binary 1")
	tm.Type("s")
	waitFor(t, tm, "Sam Oduya", "50.0% · non-binary: uses they/them pronouns (¶1)")
	tm.Type("q")
	final(t, tm)

	m := run(t, sources, Options{})
	st := newStyles()
	view := ansi.Strip(chart(&st, m.coll, m.colours, 80, 30))
	bars := 0 // once per article, then by statements: 2 of 4 both ways
	for _, l := range strings.Split(view, "\n") {
		if strings.HasPrefix(l, "non-binary ") && strings.Contains(l, "█") && strings.HasSuffix(strings.TrimSpace(l), "50.0%      2") {
			bars++
		}
	}
	if bars != 2 {
		t.Errorf("chart lacks two non-binary bars at 50%%, 2:\n%s", view)
	}
	var out bytes.Buffer
	if _, err := Print(context.Background(), &out, sources, articles.LibraryOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\twomen 1 of 3, non-binary 1\n") {
		t.Errorf("the piped listing lacks the non-binary count:\n%s", out.String())
	}
}

// On a colour terminal each gender's bar has a colour of its own.
func TestGenderBarsHaveTheirOwnColours(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	st := newStyles()
	seen := map[string]model.Gender{}
	for _, g := range collection.Genders {
		bar := barLine(&st, "x", 0.5, 0.5, 1, st.gender(g), 40)
		if other, ok := seen[bar]; ok {
			t.Errorf("%s and %s bars look the same: %q", g, other, bar)
		}
		seen[bar] = g
	}
}
