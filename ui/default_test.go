package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
)

// defaultArticle is what `whosaid` opens with no argument.
func defaultArticle(t *testing.T) *model.Article {
	t.Helper()
	doc, err := articles.Load("")
	if err != nil {
		t.Fatal(err)
	}
	a := attributiontest.Analyze(t, doc)
	if len(a.Statements) == 0 {
		t.Skip("the attribution engine finds no statements yet")
	}
	return a
}

func TestDefaultArticlePanelAndWalk(t *testing.T) {
	asciiProfile(t)
	art := defaultArticle(t)
	m := drive(t, art, 120, 40)
	screen := ansi.Strip(m.View())
	// the panel counts statements, as the walk and the list below it do
	count := map[string]int{}
	for _, s := range art.Statements {
		count[s.Speaker]++
	}
	for i, name := range []string{"Trump", "Putin", "Dmitry Peskov"} {
		want := fmt.Sprintf(`%d\s+%s\s+m %d `, i+1, name, count[name])
		if !regexp.MustCompile(want).MatchString(screen) {
			t.Errorf("panel line %d should match %q:\n%s", i+1, want, screen)
		}
	}
	tm := press(m, "]")
	if s := statusLine(tm.(Model)); !strings.HasSuffix(strings.Fields(between(s, "· ¶", "%"))[2], "Trump") {
		t.Errorf("the first statement should be Trump's; status: %q", s)
	}
	tm = press(tm, "2")
	var paras []string
	for i := 0; i < 12; i++ {
		tm = press(tm, "]")
		r := tm.(Model).reader
		if r.cur < 0 || r.d.stmts[r.cur].speaker != 1 {
			t.Fatalf("] after 2 made a statement current that is not Putin's")
		}
		p := "¶" + strconv.Itoa(r.d.stmts[r.cur].para+1)
		if len(paras) == 0 || paras[len(paras)-1] != p {
			paras = append(paras, p)
		}
	}
	if got := strings.Join(paras, " "); got != "¶9 ¶10 ¶11 ¶15" {
		t.Errorf("] over Putin's statements visited %s, want ¶9 ¶10 ¶11 ¶15", got)
	}
	tm = press(tm, "F")
	shown := regexp.MustCompile(`(?m)^ ?[▸ ]?(~?Putin|¶\d+)`).FindAllString(ansi.Strip(tm.View()), -1)
	if len(shown) == 0 || tm.(Model).reader.order == nil || len(tm.(Model).reader.order) != 4 {
		t.Errorf("F should leave Putin's 4 paragraphs, shows %v", tm.(Model).reader.order)
	}
}

func TestDefaultArticleSearchMoscow(t *testing.T) {
	asciiProfile(t)
	m := drive(t, defaultArticle(t), 120, 40, "/", "M", "o", "s", "c", "o", "w", "enter", "n")
	if s := statusLine(m); !regexp.MustCompile(`match [123]/3`).MatchString(s) {
		t.Errorf("/Moscow then n should show match N/3; status: %q", s)
	}
}

func TestDefaultArticleGolden120x40(t *testing.T) {
	asciiProfile(t)
	m := runProgram(t, defaultArticle(t), 120, 40, "Putin", "2", "]", "]")
	golden.RequireEqual(t, []byte(m.View()))
}

func TestDefaultArticleGolden60x20(t *testing.T) {
	asciiProfile(t)
	m := runProgram(t, defaultArticle(t), 60, 20, "Speakers", "]", "tab")
	golden.RequireEqual(t, []byte(m.View()))
}

func TestDefaultArticleResizeKeepsParagraph(t *testing.T) {
	asciiProfile(t)
	m := drive(t, defaultArticle(t), 60, 20, "d", "d", "d")
	want := topPara(m)
	var tm tea.Model = m
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: 140, Height: 45})
	if got := topPara(tm.(Model)); got != want {
		t.Errorf("resize from 60x20 to 140x45 moved the top from ¶%d to ¶%d", want, got)
	}
	checkFrame(t, tm.View(), 140, 45)
}
