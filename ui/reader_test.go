package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"whosaid/model"
)

// longArticle repeats the sample n times, so it is longer than a screen.
func longArticle(n int) *model.Article {
	one := sampleArticle()
	a := &model.Article{Document: model.Document{Source: "long.txt"}, Speakers: one.Speakers}
	for i := 0; i < n; i++ {
		shift := len(a.Paragraphs)
		a.Paragraphs = append(a.Paragraphs, one.Paragraphs...)
		for _, s := range one.Statements {
			s.Paragraph += shift
			a.Statements = append(a.Statements, s)
		}
	}
	return a
}

// checkFrame fails unless the screen is exactly w×h cells.
func checkFrame(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Fatalf("screen has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Fatalf("line %d is %d cells wide, want %d: %q", i+1, got, w, ansi.Strip(l))
		}
	}
}

func topPara(m Model) int {
	p, _ := m.reader.topPara()
	return p + 1
}

func statusLine(m Model) string {
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	return lines[len(lines)-2]
}

func TestResizeKeepsTheReaderOnTheSameParagraph(t *testing.T) {
	asciiProfile(t)
	m := drive(t, longArticle(6), 120, 40, "d", "d", "d", "j")
	want := topPara(m)
	if want < 5 {
		t.Fatalf("scrolling did not move far enough: top is ¶%d", want)
	}
	for _, size := range [][2]int{{60, 20}, {140, 45}, {100, 30}, {120, 40}} {
		tm, _ := tea.Model(m).Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		m = tm.(Model)
		if got := topPara(m); got != want {
			t.Errorf("after resize to %dx%d the top is ¶%d, want ¶%d", size[0], size[1], got, want)
		}
		checkFrame(t, m.View(), size[0], size[1])
	}
}

func TestWalkingTheChosenSpeakersStatements(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "]")
	if s := statusLine(m); !strings.Contains(s, "¶2 1/9 Donald Trump") {
		t.Errorf("] from the top should make Trump's first statement current; status: %q", s)
	}
	var seen []string
	tm := tea.Model(drive(t, sampleArticle(), 120, 40, "2"))
	for i := 0; i < 4; i++ {
		tm = press(tm, "]")
		seen = append(seen, between(statusLine(tm.(Model)), "· ", " Vladimir Putin"))
	}
	if got := strings.Join(seen, ","); got != "¶3 1/4,¶3 2/4,¶3 3/4,¶6 4/4" {
		t.Errorf("] over Putin's statements visited %s", got)
	}
	tm = press(tm, "]")
	if s := statusLine(tm.(Model)); !strings.Contains(s, "no more statements of Vladimir Putin") {
		t.Errorf("] past the last statement should say so; status: %q", s)
	}
	tm = press(tm, "[")
	if s := statusLine(tm.(Model)); !strings.Contains(s, "¶3 3/4") {
		t.Errorf("[ should go back one statement; status: %q", s)
	}
}

func between(s, a, b string) string {
	i := strings.Index(s, a)
	j := strings.Index(s, b)
	if i < 0 || j < i {
		return "?"
	}
	return s[i+len(a) : j]
}

func TestFilterLeavesOnlyTheChosenSpeakersParagraphs(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "2", "F")
	screen := ansi.Strip(m.View())
	for _, gone := range []string{"Kremlin spokesperson Dmitry", "Trump responded", "The two world leaders"} {
		if strings.Contains(screen, gone) {
			t.Errorf("filter on Putin still shows %q", gone)
		}
	}
	for _, kept := range []string{"Putin thanked Trump", "Next time in Moscow", "filter: Vladimir Putin", "paragraphs hidden"} {
		if !strings.Contains(screen, kept) {
			t.Errorf("filter on Putin lost %q", kept)
		}
	}
	checkFrame(t, m.View(), 120, 40)
	tm := press(m, "esc")
	if s := ansi.Strip(tm.View()); !strings.Contains(s, "Trump responded") || strings.Contains(s, "filter:") {
		t.Error("esc should turn the filter off first")
	}
	if tm.(Model).reader.chosen != 1 {
		t.Error("the first esc should keep Putin chosen")
	}
	tm = press(tm, "esc")
	if tm.(Model).reader.chosen != -1 {
		t.Error("the second esc should clear the choice")
	}
}

func TestFilterNeedsASpeaker(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "F")
	if s := statusLine(m); !strings.Contains(s, "choose a speaker first") {
		t.Errorf("F with no one chosen should say what to do; status: %q", s)
	}
}

func TestSearchCountsAndWalksMatches(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "/", "t", "r", "U", "m", "p")
	if s := statusLine(m); !strings.Contains(s, "match 1/4") {
		t.Errorf("typing /trUmp should find 4 matches, case-insensitively; status line: %q", s)
	}
	tm := press(press(m, "enter"), "n")
	if s := statusLine(tm.(Model)); !strings.Contains(s, "match 2/4") {
		t.Errorf("n should go to the second match; status: %q", s)
	}
	tm = press(press(tm, "N"), "N")
	if s := statusLine(tm.(Model)); !strings.Contains(s, "match 4/4") || !strings.Contains(s, "wrapped") {
		t.Errorf("N twice from the second match should wrap to the last; status: %q", s)
	}
	tm = press(tm, "esc")
	if s := statusLine(tm.(Model)); strings.Contains(s, "match") {
		t.Errorf("esc should clear the search; status: %q", s)
	}
}

func TestSearchHighlightsOnlyWithColour(t *testing.T) {
	setProfile(t, true)
	m := drive(t, sampleArticle(), 120, 40, "/", "M", "o", "s", "c", "o", "w", "enter")
	if !strings.Contains(m.View(), m.c.st.matchCur.Render("Moscow")) {
		t.Error("the current match is not highlighted")
	}
}

func TestPanelIsAToggleBelow100Columns(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 60, 20)
	if s := ansi.Strip(m.View()); strings.Contains(s, "Speakers") || !strings.Contains(s, "world leaders") {
		t.Error("at 60 columns the article should fill the screen")
	}
	tm := press(m, "tab")
	s := ansi.Strip(tm.View())
	if !strings.Contains(s, "Speakers") || !strings.Contains(s, "Vladimir Putin") || strings.Contains(s, "world leaders") {
		t.Errorf("tab at 60 columns should show the panel:\n%s", s)
	}
	checkFrame(t, tm.View(), 60, 20)
	tm = press(press(tm, "j"), "enter")
	if tm.(Model).reader.chosen != 1 {
		t.Error("j and enter in the panel should choose the second speaker")
	}
	tm = press(tm, "tab")
	if s := ansi.Strip(tm.View()); strings.Contains(s, "Speakers") {
		t.Error("tab again should bring the article back")
	}
	wide := drive(t, sampleArticle(), 120, 40)
	if s := ansi.Strip(wide.View()); !strings.Contains(s, "Speakers") || !strings.Contains(s, "world leaders") {
		t.Error("at 120 columns article and panel should be side by side")
	}
}

func TestPanelShowsSpeakersWithCounts(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "3")
	s := ansi.Strip(m.View())
	for _, want := range []string{"1   Donald Trump", "U.S. president", "55%", "3 ● Dmitry Peskov", "Dmitry Peskov: 2 statements", "¶4   ~Kremlin", "¶4   very positive"} {
		if !strings.Contains(s, want) {
			t.Errorf("panel lacks %q:\n%s", want, s)
		}
	}
}

func TestEveryStatementNamesItsSpeakerWithoutColour(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 60, 40)
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	want := map[string]string{
		"“Some are not":        "Trump",
		"Putin thanked Trump":  "~Putin",
		"“turn the page":       "Putin",
		"Kremlin spokesperson": "~Peskov",
		"Trump responded":      "Trump",
	}
	for text, tag := range want {
		found := false
		for _, l := range lines {
			if strings.Contains(l, text) {
				found = true
				if !strings.HasPrefix(strings.TrimSpace(l), tag+" ") {
					t.Errorf("row with %q is tagged %q, want %q", text, strings.Fields(l)[0], tag)
				}
			}
		}
		if !found {
			t.Errorf("%q not on screen", text)
		}
	}
}

func TestScrollKeysStayInBounds(t *testing.T) {
	asciiProfile(t)
	m := drive(t, longArticle(5), 80, 24, "G")
	s := ansi.Strip(m.View())
	if !strings.Contains(s, "Trump responded") || !strings.Contains(s, "100%") {
		t.Errorf("G should show the end:\n%s", s)
	}
	tm := press(press(m, "j"), " ")
	if tm.(Model).reader.top != m.reader.top {
		t.Error("scrolling past the end should stay at the end")
	}
	tm = press(tm, "g")
	if topPara(tm.(Model)) != 1 {
		t.Error("g should go to the top")
	}
	for _, k := range []string{"k", "b", "u"} {
		tm = press(tm, k)
	}
	if topPara(tm.(Model)) != 1 {
		t.Error("scrolling up from the top should stay at the top")
	}
	checkFrame(t, tm.View(), 80, 24)
}

func TestTinyAndEmptyScreensDoNotBreak(t *testing.T) {
	asciiProfile(t)
	empty := &model.Article{Document: model.Document{Source: "empty.txt"}}
	for _, art := range []*model.Article{sampleArticle(), empty} {
		for _, size := range [][2]int{{60, 20}, {20, 5}, {1, 1}} {
			m := drive(t, art, size[0], size[1], "]", "j", "G", "2", "F", "/", "x", "enter", "n")
			_ = m.View()
			m = drive(t, art, size[0], size[1], "tab")
			_ = m.View()
		}
		checkFrame(t, drive(t, art, 60, 20, "]", "G").View(), 60, 20)
	}
}

func TestHelpShowsTheKeys(t *testing.T) {
	asciiProfile(t)
	var tm tea.Model = drive(t, sampleArticle(), 100, 30)
	tm, cmd := tm.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("?")})
	if cmd == nil {
		t.Fatal("? should ask for the help to be rendered")
	}
	tm, _ = tm.Update(cmd())
	s := ansi.Strip(tm.View())
	for _, want := range []string{"next statement", "line down", "half page down"} {
		if !strings.Contains(s, want) {
			t.Errorf("full help lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "| key |") {
		t.Error("the help's Markdown table was not rendered")
	}
	tm = press(tm, "?")
	if strings.Contains(ansi.Strip(tm.View()), "half page down") {
		t.Error("? should close the help")
	}
	tm, cmd = tm.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("?")})
	if cmd != nil {
		t.Error("the help at the same width should come from the cache")
	}
}

func TestManySpeakersAndLongNamesKeepTheLayout(t *testing.T) {
	asciiProfile(t)
	a := longArticle(2)
	for i := 0; i < 12; i++ {
		a.Speakers = append(a.Speakers, model.Speaker{Name: fmt.Sprintf("Speaker Number %d With A Very Long Name Indeed", i), Role: strings.Repeat("role ", 20), Share: 1.5})
	}
	for _, w := range []int{60, 100, 160} {
		checkFrame(t, drive(t, a, w, 20, "tab", "j", "j", "j").View(), w, 20)
		checkFrame(t, drive(t, a, w, 20, "9", "]").View(), w, 20)
	}
}

func TestKeysArrivingTogetherActOneByOne(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "/trump", "enter", "n")
	if s := statusLine(m); !strings.Contains(s, "match 2/4") {
		t.Errorf("/trump sent in one read should search; status: %q", s)
	}
}

// The search counts the whole article's matches; going to one the filter
// hides turns the filter off and says so.
func TestSearchCountsTheArticleUnderTheFilter(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "2", "F", "/", "t", "r", "u", "m", "p", "enter")
	if s := statusLine(m); !strings.Contains(s, "/4") {
		t.Errorf("with the filter on, the article's 4 matches still count; status: %q", s)
	}
	for i := 0; i < 4 && m.reader.filter; i++ {
		m = press(m, "n").(Model)
	}
	if m.reader.filter || !strings.Contains(statusLine(m), "filter off") {
		t.Errorf("a match outside the filter should turn it off and say so; status: %q", statusLine(m))
	}
	tm := press(m, "esc")
	if s := statusLine(tm.(Model)); strings.Contains(s, "match") {
		t.Errorf("esc clears the search first; status: %q", s)
	}
}

func TestMouseWheelScrolls(t *testing.T) {
	asciiProfile(t)
	var m tea.Model = drive(t, longArticle(4), 80, 24)
	m, _ = m.Update(tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if r := m.(Model).reader; r.top == (pos{}) || r.top != r.move(pos{}, 3) {
		t.Errorf("the wheel should scroll three rows, top is %+v", r.top)
	}
	m, _ = m.Update(tea.MouseMsg{Button: tea.MouseButtonWheelUp, Action: tea.MouseActionPress})
	if r := m.(Model).reader; r.top != (pos{}) {
		t.Errorf("the wheel up should scroll back, top is %+v", r.top)
	}
}

func TestPanelSaysWhenSpeakersDoNotFit(t *testing.T) {
	asciiProfile(t)
	a := sampleArticle()
	for i := 0; i < 12; i++ {
		a.Speakers = append(a.Speakers, model.Speaker{Name: fmt.Sprintf("Extra Speaker %d", i+4)})
	}
	m := drive(t, a, 60, 20, "tab")
	if s := ansi.Strip(m.View()); !strings.Contains(s, "Speakers 1–4 of 15") {
		t.Errorf("the panel should say which speakers it shows:\n%s", s)
	}
	for i := 0; i < 10; i++ {
		m = press(m, "j").(Model)
	}
	if s := ansi.Strip(m.View()); !strings.Contains(s, "Speakers 8–11 of 15") || !strings.Contains(s, "› ") {
		t.Errorf("moving down the panel should scroll the speakers:\n%s", s)
	}
}

func TestCurrentMatchIsMarkedWithoutColour(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 60, 20, "/", "m", "o", "s", "c", "o", "w", "enter")
	found := false
	for _, l := range strings.Split(ansi.Strip(m.View()), "\n") {
		if strings.HasPrefix(l, "/") {
			found = strings.Contains(l, "Moscow")
		}
	}
	if !found {
		t.Errorf("the row of the current match should be marked with /:\n%s", ansi.Strip(m.View()))
	}
}

// A fault in the analysis still opens the article, with the notice the
// program passes shown once in the status line.
func TestNoticeShowsInTheStatusLine(t *testing.T) {
	asciiProfile(t)
	var m tea.Model = NewWith(sampleArticle(), true, Options{Notice: "x.txt: analysis failed at ¶4: boom\nsecond line"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	st := statusLine(m.(Model))
	if !strings.Contains(st, "analysis failed at ¶4") || strings.Contains(st, "second line\n") {
		t.Errorf("status line %q: want the notice on it", st)
	}
	if !strings.Contains(ansi.Strip(m.View()), "Trump") {
		t.Error("the article is not shown beside the notice")
	}
}

// Cosmetic (issue 10): on a wide terminal the text column stops at a
// readable measure, 80 unless --width says otherwise.
func TestTextColumnIsCappedAtAReadableWidth(t *testing.T) {
	asciiProfile(t)
	longest := func(m Model) int {
		w := 0
		for _, l := range strings.Split(ansi.Strip(m.reader.viewArticle()), "\n") {
			if i := strings.LastIndexAny(l, "abcdefghijklmnopqrstuvwxyz.”,"); i >= 0 {
				w = max(w, ansi.StringWidth(l[:i+1])-gutterW)
			}
		}
		return w
	}
	m := drive(t, longArticle(3), 200, 40)
	checkFrame(t, m.View(), 200, 40)
	if w := longest(m); w > 80 || w < 70 {
		t.Errorf("at 200 columns the text runs %d columns wide, want at most 80", w)
	}
	m = Model(newModel(longArticle(3), true, Options{Width: 60}))
	tm, _ := tea.Model(m).Update(tea.WindowSizeMsg{Width: 200, Height: 40})
	m = tm.(Model)
	checkFrame(t, m.View(), 200, 40)
	if w := longest(m); w > 60 || w < 50 {
		t.Errorf("with --width 60 the text runs %d columns wide", w)
	}
}

// Issue 10, item 3: the current statement follows the view for every key:
// once the view has left it, m marks what is on screen and ] goes on from
// there, instead of acting on a statement no longer shown.
func TestCurrentStatementFollowsTheView(t *testing.T) {
	asciiProfile(t)
	path := notesPath(t)
	store, _ := openNotes(t, path)
	art := longArticle(4)
	keys := []string{}
	for i := 0; i < 20; i++ {
		keys = append(keys, "]")
	}
	m := withNotes(t, art, store, nil, keys...)
	if p := m.d().stmts[m.reader.cur].para + 1; p < 15 {
		t.Fatalf("20 × ] should walk far down, got ¶%d", p)
	}
	for _, move := range [][]string{{"g"}, {"/", "t", "w", "o", " ", "w", "o", "r", "l", "d", "enter", "N", "N", "N"}} {
		m2 := tea.Model(m)
		for _, k := range move {
			m2 = press(m2, k)
		}
		top := topPara(m2.(Model))
		if s := statusLine(m2.(Model)); strings.Contains(s, "/9 Donald") || strings.Contains(s, "/9 Vladimir") {
			t.Errorf("%v: the status line still shows a statement off screen: %q", move, s)
		}
		m2 = press(m2, "m")
		if msg := m2.(Model).reader.msg; !strings.HasPrefix(msg, fmt.Sprintf("marked ¶%d ·", top)) {
			t.Errorf("%v: m with the view at ¶%d said %q", move, top, msg)
		}
		press(m2, "m") // unmark again
	}
}

// Issue 10, item 8: with F on, the paragraphs hidden before the first kept
// one and after the last are counted as those between are.
func TestFilterSaysWhatIsHiddenAtBothEnds(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "3", "F")
	lines := strings.Split(ansi.Strip(m.reader.viewArticle()), "\n")
	if !strings.Contains(lines[0], "⋯ 3 paragraphs hidden") {
		t.Errorf("the first row should count the 3 paragraphs before Peskov's:\n%s", strings.Join(lines[:6], "\n"))
	}
	after := 0
	for _, l := range lines[1:] {
		if strings.Contains(l, "⋯ 3 paragraphs hidden") {
			after++
		}
	}
	if after != 1 {
		t.Errorf("a row after Peskov's paragraph should count the 3 after it:\n%s", strings.Join(lines[:8], "\n"))
	}
	checkFrame(t, m.View(), 120, 40)
	m = drive(t, longArticle(8), 80, 24, "3", "F", "G")
	lines = strings.Split(ansi.Strip(m.reader.viewArticle()), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "⋯ 3 paragraphs hidden") {
		t.Errorf("at the bottom the last row should count the paragraphs hidden after: %q", last)
	}
	m = drive(t, longArticle(8), 80, 24, "3", "F", "G", "g")
	if first := ansi.Strip(m.reader.viewArticle()); !strings.HasPrefix(strings.TrimSpace(first), "⋯ 3 paragraphs hidden") {
		t.Errorf("back at the top the first row should count the hidden paragraphs:\n%.300s", first)
	}
}

// Issue 10, item 9: the status bar names the article by its title or base
// name, and at 80 columns keeps the place and the speaker in view.
func TestStatusKeepsPlaceAndSpeakerAt80Columns(t *testing.T) {
	asciiProfile(t)
	art := sampleArticle()
	art.Source = "/home/reader/news/archive/2025/august/world/europe/putin-tells-trump-the-war-can-end-on-russian-terms.txt"
	m := drive(t, art, 80, 24, "2", "]")
	s := statusLine(m)
	if !strings.Contains(s, "¶3 1/4 Vladimir Putin") {
		t.Errorf("at 80 columns the status should show the place and the speaker: %q", s)
	}
	if strings.Contains(s, "/home/") || !strings.Contains(s, "putin-tells") {
		t.Errorf("the status should name the file, not its path: %q", s)
	}
	art.Title = "Putin tells Trump the war can end"
	m = drive(t, art, 120, 40, "]")
	if s := statusLine(m); !strings.HasPrefix(strings.TrimSpace(s), "Putin tells Trump the war can end · ¶") {
		t.Errorf("an article with a title is named by it: %q", s)
	}
}

// Issue 10, item 10: the panel says what its numbers are, counts what the
// list below it counts, and its shares add up to 100%.
func TestPanelNumbersAreLabelledAndAddUp(t *testing.T) {
	asciiProfile(t)
	art := sampleArticle()
	art.Speakers[0].Share, art.Speakers[1].Share, art.Speakers[2].Share = 0.555, 0.325, 0.12
	m := drive(t, art, 120, 40, "2")
	panel := ansi.Strip(m.reader.viewPanel(36, 38))
	if !strings.Contains(strings.Split(panel, "\n")[0], "statements") {
		t.Errorf("the panel's heading should say what the numbers count:\n%s", panel)
	}
	if !regexp.MustCompile(`2 ● Vladimir Putin\s+4 `).MatchString(panel) || !strings.Contains(panel, "Vladimir Putin: 4 statements") {
		t.Errorf("the panel should count Putin's 4 statements as the list does:\n%s", panel)
	}
	sum := 0
	for _, p := range regexp.MustCompile(`(\d+)%`).FindAllStringSubmatch(panel, -1) {
		n, _ := strconv.Atoi(p[1])
		sum += n
	}
	if sum != 100 {
		t.Errorf("the shares add up to %d%%:\n%s", sum, panel)
	}
	help := helpMarkdown(m.c.keys)
	if !strings.Contains(help, "share of all quoted words") || !strings.Contains(help, "statements") {
		t.Error("the help should say what the panel's numbers are")
	}
}

// Issue 10, item 11: when the article fits on the screen, each mark of the
// map sits beside the row its statement starts on; ? says what • and ·
// mean.
func TestMapMarksSitBesideTheirRows(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 40, "3", "F")
	lines := strings.Split(ansi.Strip(m.reader.viewArticle()), "\n")
	for y, l := range lines {
		mark := []rune(l)[len([]rune(l))-1]
		starts := strings.Contains(l, "~Peskov")
		if (mark == '3') != starts {
			t.Errorf("row %d: map mark %q, but Peskov's statement starts on it: %v\n%s", y, mark, starts, strings.Join(lines[:8], "\n"))
		}
	}
	help := helpMarkdown(m.c.keys)
	if !strings.Contains(help, "`•` for speakers 10 and up") || !strings.Contains(help, "`·` for no one's words") {
		t.Error("the help should say what • and · mean on the map")
	}
}

// Cosmetic (issue 10): an empty article says so; n with no search says
// there is none, as less does.
func TestEmptyArticleAndNoSearchAreSaid(t *testing.T) {
	asciiProfile(t)
	m := drive(t, &model.Article{Document: model.Document{Source: "empty.txt"}}, 80, 24)
	if !strings.Contains(ansi.Strip(m.View()), "The article is empty") {
		t.Errorf("an empty article shows a blank page:\n%s", ansi.Strip(m.View()))
	}
	checkFrame(t, m.View(), 80, 24)
	m = drive(t, sampleArticle(), 80, 24, "n")
	if s := statusLine(m); !strings.Contains(s, "no search yet") {
		t.Errorf("n with no search should say so: %q", s)
	}
}

// Issue 10, item 13: the footer names 1…9 as choosing a speaker, and after
// tab it lists the panel's keys, not the reader's.
func TestFooterFollowsTheFocus(t *testing.T) {
	asciiProfile(t)
	foot := func(m Model) string {
		lines := strings.Split(ansi.Strip(m.View()), "\n")
		return lines[len(lines)-1]
	}
	m := drive(t, sampleArticle(), 120, 40)
	if f := foot(m); !strings.Contains(f, "1…9 choose speaker") || strings.Contains(f, "speaker N") {
		t.Errorf("footer: %q", f)
	}
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		m = drive(t, sampleArticle(), size[0], size[1], "tab")
		f := foot(m)
		if !strings.Contains(f, "j/k speaker") || !strings.Contains(f, "enter choose") || strings.Contains(f, "m mark") {
			t.Errorf("%dx%d: after tab the footer should list the panel's keys: %q", size[0], size[1], f)
		}
	}
}

// Issue 9: w shows how the current statement's speaker was chosen, beside
// it; w, esc or q close it; with no current statement it says what to do.
func TestWhyOverlayExplainsTheCurrentStatement(t *testing.T) {
	asciiProfile(t)
	art := sampleArticle()
	for i := range art.Statements {
		if art.Statements[i].Text == "Next time in Moscow." {
			art.Statements[i].Confidence = model.Low
			art.Statements[i].Cue = "said"
			art.Statements[i].Why = &model.Why{Rule: "cue-before", Evidence: "a cue introducing the quotation (“said”)",
				Mention: "he", Chain: []model.Link{{Text: "he", Paragraph: 6}, {Text: "Putin", Paragraph: 3}}, Rivals: []string{"Donald Trump"}}
		}
	}
	m := drive(t, art, 80, 24, "2", "]", "]", "]", "]")
	if m.d().snippet(m.reader.cur) != "Next time in Moscow." {
		t.Fatalf("setup: the current statement is %q", m.d().snippet(m.reader.cur))
	}
	if !strings.Contains(ansi.Strip(m.reader.viewArticle()), "Putin   ?│") {
		t.Errorf("a low-confidence statement should carry ? beside its tag:\n%s", ansi.Strip(m.reader.viewArticle()))
	}
	for _, close := range []string{"w", "esc", "q"} {
		tm := press(m, "w")
		s := ansi.Strip(tm.View())
		for _, want := range []string{"Why Vladimir Putin", "¶6 quotation · low confidence", "rule     cue-before: a cue introducing", "mention  he ¶6 → Putin ¶3", "rivals   Donald Trump", "“Next time in"} {
			if !strings.Contains(s, want) {
				t.Errorf("the overlay lacks %q:\n%s", want, s)
			}
		}
		checkFrame(t, tm.View(), 80, 24)
		tm = press(tm, close)
		if tm.(Model).state != stateReader || strings.Contains(ansi.Strip(tm.View()), "Why Vladimir Putin") {
			t.Errorf("%s should close the overlay", close)
		}
	}
	m = drive(t, art, 80, 24, "w")
	if s := statusLine(m); !strings.Contains(s, "w explains the current statement") {
		t.Errorf("w with no current statement: %q", s)
	}
	help := helpMarkdown(m.c.keys)
	if !strings.Contains(help, "low confidence") || !strings.Contains(help, "`?` after the name") {
		t.Error("the help should explain the ? of low confidence")
	}
}

// Issue 10, item 12: words that are no one's are "no one" in the gutter,
// the status bar and the panel's list, as in print and the quotes table.
func TestNoOneHasOneNameOnScreen(t *testing.T) {
	asciiProfile(t)
	text := "Critics called the plan a “managed decline” in the paper."
	a := &model.Article{Document: model.Document{Source: "x.txt", Paragraphs: []model.Paragraph{{Text: text}}}}
	start := strings.Index(text, "managed")
	a.Statements = []model.Statement{{Paragraph: 1, Kind: model.KindQuote, Text: "managed decline", Start: start, End: start + len("managed decline"), SpeakerIndex: -1}}
	m := drive(t, a, 120, 40, "]")
	screen := ansi.Strip(m.View())
	if !strings.Contains(screen, "▸no one   │") || !strings.Contains(statusLine(m), "¶1 1/1 no one") || !strings.Contains(screen, "no one managed decline") {
		t.Errorf("no one's words should be “no one” in gutter, status and list:\n%s", screen)
	}
	if strings.Contains(screen, " ?  ") || strings.Contains(screen, "—") {
		t.Errorf("another name for no one is on screen:\n%s", screen)
	}
}

// Cosmetic (issue 10): a tag as wide as its column still has a gap before
// the rule (`~Clinton ┆`, not `~Clinton┆`).
func TestGapBetweenTagAndRule(t *testing.T) {
	asciiProfile(t)
	text := "Clinton said the plan would work."
	a := &model.Article{Document: model.Document{Source: "x.txt", Paragraphs: []model.Paragraph{{Text: text}}}}
	a.Speakers = []model.Speaker{{Name: "Bill Clinton"}}
	a.Statements = []model.Statement{{Paragraph: 1, Kind: model.KindReported, Text: text, Speaker: "Bill Clinton", End: len(text)}}
	m := drive(t, a, 80, 24)
	if s := ansi.Strip(m.View()); !strings.Contains(s, "~Clinton ┆ Clinton said") {
		t.Errorf("no gap between tag and rule:\n%s", strings.SplitN(s, "\n", 2)[0])
	}
}

// A chosen speaker's list says the descriptions the article calls them by,
// so a reader knows "the Kremlin spokesman" is Peskov; forms of the name
// itself are not repeated there.
func TestPanelSaysWhatTheChosenSpeakerIsCalled(t *testing.T) {
	asciiProfile(t)
	art := sampleArticle()
	for i := range art.Speakers {
		if art.Speakers[i].Name == "Dmitry Peskov" {
			art.Speakers[i].Aliases = []string{"Peskov", "the Kremlin spokesman"}
		}
	}
	s := ansi.Strip(drive(t, art, 120, 40, "3").View())
	if !strings.Contains(s, "also “the Kremlin spokesman”") {
		t.Errorf("the chosen speaker's list does not say what the article calls him:\n%s", s)
	}
	if strings.Contains(s, "“Peskov”") {
		t.Errorf("the surname is listed as a description:\n%s", s)
	}
	if s := ansi.Strip(drive(t, art, 120, 40, "1").View()); strings.Contains(s, "also “") {
		t.Errorf("a speaker with no description gets an also line:\n%s", s)
	}
}
