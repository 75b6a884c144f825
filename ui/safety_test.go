package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"whosaid/model"
)

// hostileArticle hides terminal control sequences in text, names and source.
func hostileArticle() *model.Article {
	text := "Before \x1b]52;c;SGVsbG8=\x07 clipboard, \x1b[2J\x1b[H clear and home, \x1b[10;10H move, " +
		"\u009b31m C1 CSI, \x1bP dcs \x1b\\ and \x07 bell\x7f, tab\tand\r\nnewline, bad \xff byte. " +
		"He said “\x1b[31mred words\x1b[0m” loudly."
	a := &model.Article{Document: model.Document{Source: "evil\x1b[2J.txt", Title: "\x1b]0;title\x07Title"}}
	a.Paragraphs = []model.Paragraph{{Text: text}, {Text: "Plain \x1b[1mparagraph\x1b[0m two."}}
	a.Speakers = []model.Speaker{{Name: "Eve \x1b[5mBlink", Role: "\x1b]8;;http://x\x07role", Quotes: 1, Share: 1}}
	q := "\x1b[31mred words\x1b[0m"
	start := strings.Index(text, q)
	a.Statements = []model.Statement{{Paragraph: 1, Kind: model.KindQuote, Text: q, Speaker: "Eve", Start: start, End: start + len(q)}}
	return a
}

// rawControls lists the control sequences from the article found in out.
func rawControls(out string) []string {
	var found []string
	for _, seq := range []string{"\x1b]52", "\x1b[2J", "\x1b[H", "\x1b[10;10H", "\u009b", "\x1bP", "\x07", "\x1b[31m", "\x1b[5m", "\x1b]8", "\x1b]0", "\x7f", "\r", "\t", "\xff"} {
		if strings.Contains(out, seq) {
			found = append(found, seq)
		}
	}
	return found
}

func TestEscapeSequencesInTheArticleNeverReachTheTerminal(t *testing.T) {
	for _, color := range []bool{false, true} {
		setProfile(t, color)
		for _, size := range [][2]int{{120, 40}, {60, 20}} {
			for _, keys := range [][]string{{"]"}, {"tab"}, {"/", "r", "e", "d"}} {
				view := drive(t, hostileArticle(), size[0], size[1], keys...).View()
				if got := rawControls(view); len(got) > 0 {
					t.Errorf("colour %v, %v, keys %v: raw %q reached the screen", color, size, keys, got)
				}
				if !color && strings.ContainsRune(view, '\x1b') {
					t.Errorf("without colour the screen holds an escape character")
				}
				checkFrame(t, view, size[0], size[1])
			}
		}
	}
}

func TestPrintNeverWritesTheArticlesEscapes(t *testing.T) {
	for _, color := range []bool{false, true} {
		var b bytes.Buffer
		if err := Print(&b, hostileArticle(), PrintOptions{Color: color}); err != nil {
			t.Fatal(err)
		}
		if got := rawControls(b.String()); len(got) > 0 {
			t.Errorf("colour %v: Print wrote raw %q", color, got)
		}
		if !color && strings.ContainsRune(b.String(), '\x1b') {
			t.Errorf("Print without colour wrote an escape character: %q", b.String())
		}
	}
}

func TestCleanKeepsByteOffsets(t *testing.T) {
	for _, s := range []string{"plain", "a\x1bb", "\u009b x", "bad\xff\xfe", "“quoted”", "é\u0301 👩‍👩‍👧"} {
		c := clean(s)
		if len(c) != len(s) {
			t.Errorf("clean(%q) changed the length: %q", s, c)
		}
		if c != ansi.Strip(c) || strings.ContainsAny(c, "\x1b\x07\x7f") {
			t.Errorf("clean(%q) = %q still has controls", s, c)
		}
	}
	if clean("“quoted” 👩‍👩‍👧") != "“quoted” 👩‍👩‍👧" {
		t.Error("clean changed clean text")
	}
}

// textArticle makes a one-speaker article of paragraphs, quoting quote
// (when not empty) where it first appears.
func textArticle(quote string, paras ...string) *model.Article {
	a := &model.Article{Document: model.Document{Source: "wide-文字.txt"}}
	a.Speakers = []model.Speaker{{Name: "首相 岸田 🎉", Role: "首相", Quotes: 1, Share: 1}}
	for i, p := range paras {
		a.Paragraphs = append(a.Paragraphs, model.Paragraph{Text: p})
		if j := strings.Index(p, quote); quote != "" && j >= 0 && len(a.Statements) == 0 {
			a.Statements = append(a.Statements, model.Statement{Paragraph: i + 1, Kind: model.KindQuote, Text: quote, Start: j, End: j + len(quote)})
		}
	}
	return a
}

var longURL = "https://example.com/" + strings.Repeat("very-long-path-segment/", 15) + "end"

// Each kind of awkward text must keep every screen line exactly as wide as
// the terminal, at any width, in every view.
var awkwardTexts = map[string]*model.Article{
	"CJK": textArticle("経済の回復は着実に進んでいる",
		"東京で記者会見が開かれ、首相は「経済の回復は着実に進んでいる」と述べた。日本語の文は空白なしで続くので、折り返しは文字単位で行われなければならない。",
		"한국어 문장도 넓은 글자입니다. “안녕하세요” 라고 말했다."),
	"emoji": textArticle("we love it 🎉🎉🎉",
		"Emoji 👩‍👩‍👧 family, 🇫🇷 flag, ❤️ heart and 👍🏽 thumbs keep their width: “we love it 🎉🎉🎉” said the fan.",
		strings.Repeat("🎉", 200)),
	"combining": textArticle("e\u0301le\u0301gant",
		"Combining: Cafe\u0301 re\u0301sume\u0301 nai\u0308ve — “e\u0301le\u0301gant” they said; Zalgo z\u0301\u0302\u0303\u0304a\u0305\u0306.",
		strings.Repeat("a\u0301", 300)),
	"long URL": textArticle(longURL, "Read more at "+longURL+" today.", longURL),
}

func TestAwkwardTextKeepsTheLayout(t *testing.T) {
	asciiProfile(t)
	for name, art := range awkwardTexts {
		t.Run(name, func(t *testing.T) {
			for _, w := range []int{60, 61, 73, 99, 100, 120, 157} {
				for _, keys := range [][]string{nil, {"]"}, {"tab"}, {"G"}, {"/", "e"}} {
					checkFrame(t, drive(t, art, w, 20, keys...).View(), w, 20)
				}
			}
			screen := ansi.Strip(drive(t, art, 120, 40).View())
			first := string([]rune(art.Paragraphs[0].Text)[:6])
			if !strings.Contains(screen, first) {
				t.Errorf("%q was lost from the screen:\n%s", first, screen)
			}
		})
	}
}

func FuzzWrap(f *testing.F) {
	for _, s := range []string{"", " ", "a b c", "東京で記者会見が開かれ", "👩‍👩‍👧 👍🏽 x", "e\u0301e\u0301e\u0301", strings.Repeat("x", 100), "a  b   c    d", " lead", "trail  "} {
		f.Add(s, 7)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		s = clean(s)
		width = width%100 + 2
		if width < 2 {
			width += 100
		}
		rows := wrap(s, width)
		at := 0
		for _, r := range rows {
			if r.start < at || r.end < r.start || r.end > len(s) {
				t.Fatalf("rows %v do not walk %q in order", rows, s)
			}
			if strings.TrimLeft(s[at:r.start], " ") != "" {
				t.Fatalf("text %q was dropped between rows", s[at:r.start])
			}
			if w := ansi.StringWidth(s[r.start:r.end]); w != r.width || w > width {
				t.Fatalf("row %q is %d cells (said %d), width %d", s[r.start:r.end], w, r.width, width)
			}
			at = r.end
		}
		if strings.TrimSpace(s[at:]) != "" {
			t.Fatalf("the end %q was dropped", s[at:])
		}
	})
}
