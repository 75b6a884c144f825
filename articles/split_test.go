package articles

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"whosaid/internal/testsupport"
	"whosaid/model"
)

func texts(ps []model.Paragraph) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", []string{}},
		{"white space only", " \n\t\n\u00a0\r\n", []string{}},
		{"one paragraph per line", "First.\nSecond.\n\nThird.", []string{"First. Second.", "Third."}},
		{"lines without blank lines", "First.\nSecond.\nThird.", []string{"First.", "Second.", "Third."}},
		{"no newline at end", "One\nTwo", []string{"One", "Two"}},
		{"blank-line blocks join soft wraps", "A long\nwrapped line.\n\nNext\nblock.\n", []string{"A long wrapped line.", "Next block."}},
		{"several blank lines are one break", "A\n\n\n\nB", []string{"A", "B"}},
		{"white-space-only line is blank", "A\nB\n  \t \nC", []string{"A B", "C"}},
		{"blank lines only at the ends do not count", "\n\nA\nB\n\n", []string{"A", "B"}},
		{"CRLF lines", "A\r\nB\r\n", []string{"A", "B"}},
		{"CRLF blocks", "A\r\nwrap\r\n\r\nB\r\n", []string{"A wrap", "B"}},
		{"lone CR lines", "A\rB\r\rC", []string{"A B", "C"}},
		{"trimmed and folded", "  Two  spaces\tand\u00a0\u00a0nbsp\u202fhere.  ", []string{"Two spaces and nbsp here."}},
		{"soft wrap with trailing spaces", "end of line   \n   start of next\n\nB", []string{"end of line start of next", "B"}},
		{"controls stripped", "\x1b[31mRed\x1b[0m news\x07", []string{"Red news"}},
		{"a line of only escapes is blank", "A\n\x1b[0m\nB", []string{"A", "B"}},
		{"quotes untouched", "“It’s fine,” she said. 'OK' \"yes\"", []string{"“It’s fine,” she said. 'OK' \"yes\""}},
		{"other Unicode spaces fold", "a\u2009b\u3000c", []string{"a b c"}},
		{"zero-width space is not white space", "a\u200bb", []string{"a\u200bb"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Split(tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitDefaultArticle(t *testing.T) {
	ps := Split(defaultArticle)
	if len(ps) != 17 {
		t.Fatalf("the built-in article has %d paragraphs, want 17 (one per line)", len(ps))
	}
	if !strings.HasPrefix(ps[0].Text, "The two world leaders") || ps[0].Kind != model.Body {
		t.Errorf("first paragraph = %q (kind %v)", ps[0].Text, ps[0].Kind)
	}
}

// goldFile is the part of a corpus gold file that names paragraphs.
type goldFile struct {
	Quotes []struct {
		Paragraph int    `json:"paragraph"`
		Text      string `json:"text"`
	} `json:"quotes"`
	Reported []struct {
		Paragraph int    `json:"paragraph"`
		Snippet   string `json:"snippet"`
	} `json:"reported"`
}

// TestSplitMatchesGold: our paragraph numbers are the gold files' numbers, so
// every gold quotation and reported snippet lies in the paragraph it names.
func TestSplitMatchesGold(t *testing.T) {
	dirs := []string{testsupport.NeedCorpus(t, "dev"), testsupport.Corpus("peer"), testsupport.Corpus("peer", "marks")}
	checked := 0
	for _, dir := range dirs {
		golds, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, g := range golds {
			txt := strings.TrimSuffix(g, ".json") + ".txt"
			if _, err := os.Stat(txt); err != nil {
				continue
			}
			checkGold(t, g, txt)
			checked++
		}
	}
	if checked < 9 {
		t.Errorf("only %d gold files checked; the dev corpus alone has 9", checked)
	}
}

func checkGold(t *testing.T, goldPath, txtPath string) {
	t.Helper()
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold goldFile
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("%s: %v", goldPath, err)
	}
	doc, err := Load(txtPath)
	if err != nil {
		t.Fatalf("Load(%s): %v", txtPath, err)
	}
	name := filepath.Base(txtPath)
	inPara := func(n int, s, what string) {
		if n < 1 || n > len(doc.Paragraphs) {
			t.Errorf("%s: gold %s %q names paragraph %d, we have %d", name, what, s, n, len(doc.Paragraphs))
			return
		}
		want := strings.Join(strings.Fields(s), " ")
		if !strings.Contains(doc.Paragraphs[n-1].Text, want) {
			t.Errorf("%s: gold %s %q is not in our paragraph %d: %q", name, what, want, n, doc.Paragraphs[n-1].Text)
		}
	}
	for _, q := range gold.Quotes {
		inPara(q.Paragraph, q.Text, "quote")
	}
	for _, r := range gold.Reported {
		inPara(r.Paragraph, r.Snippet, "reported snippet")
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "\n", "a\nb", "a\n\nb", "a\r\nb\r\n\r\nc", "a\rb", " \u00a0 x \u202f", "\x1b[1mA\x1b[0m\n\n\x1b]0;t",
		"\xff\n\n\xfe", "\u2029\u2028", "\t\v\f", "\u0085", "x\u3000\u3000y", defaultArticle[:300],
	} {
		f.Add(s)
	}
	for _, s := range testsupport.RealArticles(f, 10) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		ps := Split(in)
		for i, p := range ps {
			what := "paragraph " + string(rune('0'+i%10))
			checkSafe(t, what, p.Text)
			switch {
			case p.Text == "":
				t.Fatalf("Split(%q) yields an empty paragraph %d", in, i+1)
			case strings.ContainsAny(p.Text, "\n\t"):
				t.Fatalf("paragraph %d holds a line break or tab: %q", i+1, p.Text)
			case strings.TrimSpace(p.Text) != p.Text || strings.Contains(p.Text, "  "):
				t.Fatalf("paragraph %d is not trimmed and folded: %q", i+1, p.Text)
			}
			last := 0
			for _, b := range p.Breaks { // each break opens a word after a space, in order
				if b <= last || b >= len(p.Text) || p.Text[b-1] != ' ' || p.Text[b] == ' ' {
					t.Fatalf("paragraph %d: break %d of %v is no word's start in %q", i+1, b, p.Breaks, p.Text)
				}
				last = b
			}
		}
		// Paragraphs written out as blank-line blocks read back the same.
		again := Split(strings.Join(texts(ps), "\n\n"))
		if !reflect.DeepEqual(texts(again), texts(ps)) {
			t.Fatalf("Split is not stable: %q -> %q -> %q", in, texts(ps), texts(again))
		}
	})
}

// BenchmarkSplit runs on 1 MB and 10 MB: equal MB/s shows the cost is linear.
func BenchmarkSplit(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		lines := bigText(size)
		blocks := strings.ReplaceAll(lines, "\n", "\n\n")
		for _, c := range []struct{ name, text string }{{"lines", lines}, {"blocks", blocks}} {
			b.Run(fmt.Sprintf("%s-%dMB", c.name, size>>20), func(b *testing.B) {
				b.SetBytes(int64(len(c.text)))
				for b.Loop() {
					Split(c.text)
				}
			})
		}
	}
}

// Issue 10, item 9: a plain-text article's headline is its title, not a
// statement; a first line that is a sentence, a byline or a wrapped
// paragraph is not.
func TestSplitTitledTakesTheHeadline(t *testing.T) {
	body := "\n\n“We are ready,” said Ana Ruiz.\n\nThe match starts at noon.\n"
	for _, c := range []struct {
		first, title string
	}{
		{"Coach says her team is ready for the final", "Coach says her team is ready for the final"},
		{"‘We are ready’: coach backs her side", "‘We are ready’: coach backs her side"},
		{"Is this the end of the season?", "Is this the end of the season?"},
		{"The coach said her team was ready.", ""},
		{"By Ana Ruiz", ""},
		{"RIVERTON — The council voted on Monday to approve a budget that closes two library branches, ending a meeting", ""},
		{"OTTAWA, Ont. - Ministers met", ""},
		{"EXCLUSIVE — Top GOP Strategist to Donors: Nomination Would Be 'Extinction-Level Event'", "EXCLUSIVE — Top GOP Strategist to Donors: Nomination Would Be 'Extinction-Level Event'"},
		{"Council approves $9.8M transit safety plan in 7-6 vote after emotional debate over LRT peace officers", "Council approves $9.8M transit safety plan in 7-6 vote after emotional debate over LRT peace officers"},
		{"Coach says her team – and the town – are ready", "Coach says her team – and the town – are ready"},
	} {
		title, ps := SplitTitled(c.first + body)
		if title != c.title {
			t.Errorf("%q: title %q, want %q", c.first, title, c.title)
		}
		if want := 2 + map[bool]int{true: 1}[c.title == ""]; len(ps) != want {
			t.Errorf("%q: %d paragraphs, want %d", c.first, len(ps), want)
		}
	}
	if title, _ := SplitTitled("A short line\nwrapped onto a second\n\nThen text."); title != "" {
		t.Errorf("a paragraph of two lines is not a headline, got title %q", title)
	}
	if title, _ := SplitTitled("Only a headline\n"); title != "" {
		t.Errorf("a text of one line is its paragraph, not a title: %q", title)
	}
}

// A page that puts each paragraph on a line of its own, with blank lines
// only here and there, keeps the format's paragraphs (one per block), but
// each line that ends a sentence and is too long to be hand-wrapped marks
// where the next line's sentence starts.
func TestSplitMarksLineBreaksThatEndSentences(t *testing.T) {
	long1 := `"There are many who argue that phones are just now exposing what has been happening for years," the moderator said. "How do you bridge the divide?"`
	long2 := "Trump acknowledged that a rift does exist between communities of color and the police, and he stood by his comments."
	wrapped := "A hand-wrapped paragraph keeps its lines\nas soft wraps. Even one ending a sentence.\nThe next line goes on."
	ps := Split("Headline\n\n" + long1 + "\n" + long2 + "\n\n" + wrapped)
	if len(ps) != 3 {
		t.Fatalf("got %d paragraphs %q, want 3 (one per block)", len(ps), texts(ps))
	}
	p := ps[1]
	if want := []int{len(long1) + 1}; !reflect.DeepEqual(p.Breaks, want) {
		t.Fatalf("breaks %v, want %v", p.Breaks, want)
	}
	if got := p.Text[p.Breaks[0]:]; !strings.HasPrefix(got, "Trump acknowledged") {
		t.Errorf("the break points at %q, not at the second line", got[:min(20, len(got))])
	}
	if ps[0].Breaks != nil || ps[2].Breaks != nil {
		t.Errorf("a headline or a hand-wrapped block has breaks: %v, %v", ps[0].Breaks, ps[2].Breaks)
	}
	if !strings.Contains(p.Text, `divide?" Trump`) {
		t.Errorf("the paragraph's text changed: %q", p.Text)
	}
}

// A short line with no stop at its end (a byline's name, a correspondent's
// title, a live blog's time over its entry's heading) ends where the next
// line opens a sentence; a headline's "…;" runs on into its deck.
func TestSplitMarksLineBreaksAfterShortLines(t *testing.T) {
	ps := Split("Headline\n\nMarie Lalonde\nQuebec Correspondent\nMontreal\nPublished June 4, 2025\n\n4:52 p.m. ET\nWestlake says platform coming Friday\n\nTrump claims nomination;\nHundreds vote for others.")
	if len(ps) != 4 {
		t.Fatalf("got %d paragraphs %q, want 4", len(ps), texts(ps))
	}
	var starts []string
	for _, b := range ps[1].Breaks {
		starts = append(starts, strings.Fields(ps[1].Text[b:])[0])
	}
	if want := []string{"Quebec", "Montreal", "Published"}; !reflect.DeepEqual(starts, want) {
		t.Errorf("byline breaks open %q, want %q", starts, want)
	}
	if b := ps[2].Breaks; len(b) != 1 || !strings.HasPrefix(ps[2].Text[b[0]:], "Westlake") {
		t.Errorf("live blog breaks %v in %q, want one at Westlake", b, ps[2].Text)
	}
	if ps[3].Breaks != nil {
		t.Errorf("a headline's semicolon line broke: %v", ps[3].Breaks)
	}
}

// A line too long for a hand-wrapped text opens a sentence, whatever the
// line before it ends with: a live blog's heading with no stop ("17:40 GMT
// - Residents describe panic in Goma") over its entry, whose first name
// must not run on from the heading's last word.
func TestSplitMarksLineBreaksBeforeLongLines(t *testing.T) {
	entry := "Espoir Kambale, a teacher in Goma, told Al Jazeera by phone that gunfire could be heard on the edge of the city."
	ps := Split("Headline\n\n17:40 GMT - Residents describe panic in Goma\n" + entry + "\n\nA hand-wrapped paragraph keeps each of its lines as a soft wrap\nwith no stop at the end of any of them, however many there are\nin the block, line after line.")
	if len(ps) != 3 {
		t.Fatalf("got %d paragraphs %q, want 3", len(ps), texts(ps))
	}
	if b := ps[1].Breaks; len(b) != 1 || !strings.HasPrefix(ps[1].Text[b[0]:], "Espoir") {
		t.Errorf("breaks %v in %q, want one at Espoir", b, ps[1].Text)
	}
	if ps[2].Breaks != nil {
		t.Errorf("a hand-wrapped block has breaks: %v", ps[2].Breaks)
	}
}
