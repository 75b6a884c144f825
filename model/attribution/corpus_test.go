package attribution_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"whosaid/articles"
	"whosaid/internal/testsupport"
	"whosaid/model"
)

// The dev corpus lives beside the project in ../shared; these tests score
// the analysis on it the way ../shared/corpus/score.py does.

type gold struct {
	Speakers map[string][]string
	Quotes   []struct {
		Paragraph int
		Text      string
		Speaker   *string
	}
	Reported []struct {
		Paragraph int
		Snippet   string
		Speaker   string
	}
}

var spaceRun = regexp.MustCompile(`\s+`)

func normText(s string) string {
	s = norm.NFC.String(s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	s = strings.TrimSpace(spaceRun.ReplaceAllString(s, " "))
	s = strings.Trim(s, ",.;:!?\u2026\u2014\u2013- ")
	return strings.ToLower(s)
}

func speakerOK(want *string, got string, aliases map[string][]string) bool {
	if want == nil {
		return got == ""
	}
	if got == "" {
		return false
	}
	if normText(*want) == normText(got) {
		return true
	}
	for _, a := range aliases[*want] {
		if normText(a) == normText(got) {
			return true
		}
	}
	return false
}

type score struct{ gold, pred, hits, correct, rep, repHits, split int }

func (s *score) add(o score) {
	s.gold += o.gold
	s.pred += o.pred
	s.hits += o.hits
	s.correct += o.correct
	s.rep += o.rep
	s.repHits += o.repHits
	s.split += o.split
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func scoreArticle(t *testing.T, g gold, a *model.Article) score {
	var quotes []model.Statement
	for _, s := range a.Statements {
		if s.Kind == model.KindQuote {
			quotes = append(quotes, s)
		}
	}
	sc := score{gold: len(g.Quotes), pred: len(quotes), rep: len(g.Reported)}
	used := map[int]bool{}
	for _, q := range g.Quotes {
		found, best := -1, 4
		for i, p := range quotes {
			if off := abs(p.Paragraph - q.Paragraph); !used[i] && off < best && normText(p.Text) == normText(q.Text) {
				found, best = i, off
			}
		}
		if found < 0 {
			t.Logf("missed quote ¶%d %q", q.Paragraph, q.Text)
			continue
		}
		used[found] = true
		sc.hits++
		if speakerOK(q.Speaker, quotes[found].Speaker, g.Speakers) {
			sc.correct++
		} else {
			t.Logf("wrong speaker ¶%d %.40q: got %q", q.Paragraph, q.Text, quotes[found].Speaker)
		}
	}
	for _, r := range g.Reported {
		ok := false
		for _, s := range a.Statements {
			if abs(s.Paragraph-r.Paragraph) <= 3 && strings.Contains(normText(s.Text), normText(r.Snippet)) {
				sp := r.Speaker
				if speakerOK(&sp, s.Speaker, g.Speakers) {
					ok = true
					break
				}
			}
		}
		if ok {
			sc.repHits++
		} else {
			t.Logf("reported miss ¶%d %q", r.Paragraph, r.Snippet)
		}
	}
	for name := range g.Speakers {
		n := 0
		for _, sp := range a.Speakers {
			s := name
			if speakerOK(&s, sp.Name, g.Speakers) {
				n++
			}
		}
		if n > 1 {
			sc.split += n - 1
		}
	}
	return sc
}

// scoreDir scores every article of dir that has its gold beside it.
func scoreDir(t *testing.T, dir string) score {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	var total score
	scored := 0
	for _, f := range files {
		txt := strings.TrimSuffix(f, ".json") + ".txt"
		if _, err := os.Stat(txt); err != nil {
			continue
		}
		scored++
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g gold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		doc, err := articles.Load(txt)
		if err != nil {
			t.Fatal(err)
		}
		total.add(scoreArticle(t, g, analyze(t, doc)))
	}
	if scored == 0 {
		t.Fatalf("%s: no article with its gold to score", dir)
	}
	return total
}

func figures(s score) (f1, acc, rep float64) {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 1
		}
		return float64(a) / float64(b)
	}
	p, r := ratio(s.hits, s.pred), ratio(s.hits, s.gold)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return f1, ratio(s.correct, s.gold), ratio(s.repHits, s.rep)
}

func TestDevCorpusScore(t *testing.T) {
	s := scoreDir(t, testsupport.NeedCorpus(t, "dev"))
	f1, acc, rep := figures(s)
	t.Logf("dev: quote-span F1 %.3f, attribution accuracy %.3f, reported recall %.3f, split %d", f1, acc, rep, s.split)
	if f1 < 0.98 || acc < 0.95 || rep < 0.85 || s.split != 0 {
		t.Errorf("dev corpus below the bar: F1 %.3f (≥0.98), accuracy %.3f (≥0.95), reported %.3f (≥0.85), split %d (0)", f1, acc, rep, s.split)
	}
}

func TestPeerCorpusScore(t *testing.T) {
	s := scoreDir(t, testsupport.NeedCorpus(t, "peer"))
	f1, acc, _ := figures(s)
	if f1 < 0.95 || acc < 0.90 {
		t.Errorf("peer cases below the bar: F1 %.3f (≥0.95), accuracy %.3f (≥0.90)", f1, acc)
	}
	m := scoreDir(t, testsupport.NeedCorpus(t, "peer", "marks"))
	if f1, _, _ := figures(m); f1 < 0.90 {
		t.Errorf("other languages' marks below the bar: F1 %.3f (≥0.90)", f1)
	}
}

// The embedded default article needs no corpus: its speakers are checked
// in every fresh clone.
func TestDefaultArticleSpeakers(t *testing.T) {
	doc, err := articles.Load("")
	if err != nil {
		t.Fatal(err)
	}
	a := analyze(t, doc)
	want := map[string]int{"Trump": 6, "Putin": 5, "Dmitry Peskov": 3}
	if len(a.Speakers) != len(want) {
		t.Errorf("speakers: got %d, want exactly Trump, Putin, Dmitry Peskov: %+v", len(a.Speakers), a.Speakers)
	}
	for _, sp := range a.Speakers {
		if n, ok := want[sp.Name]; !ok || n != sp.Quotes {
			t.Errorf("speaker %q with %d quotations; want %v", sp.Name, sp.Quotes, want)
		}
	}
	if i := a.SpeakerByName("peskov"); i < 0 || a.Speakers[i].Role != "Kremlin spokesperson" {
		t.Errorf("Peskov's role: got %+v", a.Speakers)
	}
	checkOffsets(t, a)
	quotes, reported := 0, 0
	for _, s := range a.Statements {
		if s.Kind == model.KindQuote {
			quotes++
		} else {
			reported++
		}
	}
	if quotes != 14 || reported < 6 {
		t.Errorf("default article: %d quotations (want 14), %d reported (want ≥6)", quotes, reported)
	}
	for _, c := range []struct {
		para    int
		text    string
		speaker string
	}{
		{15, "Next time in Moscow.", "Putin"},
		{16, "I could see it possibly happening.", "Trump"},
		{12, "comprehensive statements", "Dmitry Peskov"},
		{8, "hottest", "Trump"},
		{10, "has a clear idea", "Putin"},
	} {
		found := false
		for _, s := range a.Statements {
			if s.Paragraph == c.para && s.Kind == model.KindQuote && strings.HasPrefix(s.Text, c.text) {
				found = true
				if s.Speaker != c.speaker {
					t.Errorf("¶%d %q: speaker %q, want %q", c.para, c.text, s.Speaker, c.speaker)
				}
			}
		}
		if !found {
			t.Errorf("¶%d %q not found", c.para, c.text)
		}
	}
}

// testdata/heldout* hold articles written for this project (not the dev
// corpus) with hand-made gold; they ship with the code, so this runs
// in every clone.
func TestOwnArticlesScore(t *testing.T) {
	s := scoreDir(t, filepath.Join("testdata", "heldout"))
	s.add(scoreDir(t, filepath.Join("testdata", "heldout3")))
	s.add(scoreDir(t, filepath.Join("testdata", "heldout4")))
	s.add(scoreDir(t, filepath.Join("testdata", "heldout5")))
	s.add(scoreDir(t, filepath.Join("testdata", "heldout6")))
	f1, acc, rep := figures(s)
	t.Logf("own articles: F1 %.3f, accuracy %.3f, reported %.3f, split %d", f1, acc, rep, s.split)
	if f1 < 0.98 || acc < 0.90 || rep < 0.90 || s.split != 0 {
		t.Errorf("own articles below the bar: F1 %.3f (≥0.98), accuracy %.3f (≥0.90), reported %.3f (≥0.90), split %d", f1, acc, rep, s.split)
	}
}
