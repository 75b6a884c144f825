package ui

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"

	"whosaid/articles"
	"whosaid/internal/testsupport"
	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
)

// BenchmarkFirstFrame is the start of `whosaid` on the default article:
// load, analyse, build the reader, size it and draw the first screen.
func BenchmarkFirstFrame(b *testing.B) {
	setProfile(b, true)
	defer testsupport.CPUPerOp(b)()
	for i := 0; i < b.N; i++ {
		doc, err := articles.Load("")
		if err != nil {
			b.Fatal(err)
		}
		var m tea.Model = New(attributiontest.Analyze(b, doc), true)
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// BenchmarkGlamourDefault is what glow would spend on the same article:
// glamour rendering its text as Markdown at the same width.
func BenchmarkGlamourDefault(b *testing.B) {
	doc, err := articles.Load("")
	if err != nil {
		b.Fatal(err)
	}
	benchGlamour(b, markdownOf(doc.Paragraphs))
}

// BenchmarkFirstFrame5MB builds the reader on an analysed 5 MB article and
// draws the first screen: only the rows on screen are wrapped.
func BenchmarkFirstFrame5MB(b *testing.B) {
	setProfile(b, true)
	art := bigArticle(b, 5<<20)
	b.ResetTimer()
	defer testsupport.CPUPerOp(b)()
	for i := 0; i < b.N; i++ {
		var m tea.Model = New(art, true)
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// BenchmarkKey5MB is one key's Update and View on a 5 MB article, cycling
// through scrolling, statement and page keys.
func BenchmarkKey5MB(b *testing.B) {
	setProfile(b, true)
	art := bigArticle(b, 5<<20)
	var m tea.Model = New(art, true)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m = press(m, "1")
	_ = m.View()
	keys := []string{"j", "]", "d", "]", " ", "[", "k", "u", "n", "2", "]", "b", "G", "[", "g", "1"}
	b.ResetTimer()
	defer testsupport.CPUPerOp(b)()
	for i := 0; i < b.N; i++ {
		m = press(m, keys[i%len(keys)])
		_ = m.View()
	}
}

// BenchmarkKey5MBFilter is the same with the filter on and a search done.
func BenchmarkKey5MBFilter(b *testing.B) {
	setProfile(b, true)
	art := bigArticle(b, 5<<20)
	var m tea.Model = New(art, true)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, k := range []string{"1", "F", "/", "t", "h", "e", "enter"} {
		m = press(m, k)
	}
	keys := []string{"j", "]", "d", "n", " ", "[", "N", "k", "u", "b", "G", "g"}
	b.ResetTimer()
	defer testsupport.CPUPerOp(b)()
	for i := 0; i < b.N; i++ {
		m = press(m, keys[i%len(keys)])
		_ = m.View()
	}
}

// BenchmarkSearchKey5MB is one key typed into the search line on a 5 MB
// article: every key searches the whole text again.
func BenchmarkSearchKey5MB(b *testing.B) {
	setProfile(b, true)
	art := bigArticle(b, 5<<20)
	var m tea.Model = New(art, true)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	keys := []string{"/", "M", "o", "s", "c", "o", "w", "enter", "n"}
	b.ResetTimer()
	defer testsupport.CPUPerOp(b)()
	for i := 0; i < b.N; i++ {
		m = press(m, keys[i%len(keys)])
		_ = m.View()
	}
}

// BenchmarkGlamour5MB renders the same 5 MB text with glamour, as glow would.
func BenchmarkGlamour5MB(b *testing.B) {
	art := bigArticle(b, 5<<20)
	benchGlamour(b, markdownOf(art.Paragraphs))
}

func benchGlamour(b *testing.B, md string) {
	b.ResetTimer()
	defer testsupport.CPUPerOp(b)()
	for i := 0; i < b.N; i++ {
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(120-gutterW-mapW-37))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Render(md); err != nil {
			b.Fatal(err)
		}
	}
}

func markdownOf(ps []model.Paragraph) string {
	var sb strings.Builder
	for _, p := range ps {
		sb.WriteString(p.Text)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

var bigCache = map[int]*model.Article{}

// bigArticle repeats the dev corpus (or the built-in article when the corpus
// is not there) until it holds size bytes, each piece analysed once.
func bigArticle(b *testing.B, size int) *model.Article {
	if a, ok := bigCache[size]; ok {
		return a
	}
	var pieces []*model.Article
	files, _ := filepath.Glob(testsupport.Corpus("dev", "*.txt"))
	for _, f := range files {
		doc, err := articles.Load(f)
		if err != nil {
			b.Fatal(err)
		}
		pieces = append(pieces, attributiontest.Analyze(b, doc))
	}
	if len(pieces) == 0 {
		b.Logf("%s not found: repeating the built-in article", testsupport.Corpus("dev"))
		doc, _ := articles.Load("")
		pieces = append(pieces, attributiontest.Analyze(b, doc))
	}
	big := &model.Article{Document: model.Document{Source: "big.txt"}}
	index := map[string]int{}
	bytes := 0
	for bytes < size {
		for _, p := range pieces {
			bytes += appendArticle(big, p, index)
		}
	}
	sort.SliceStable(big.Speakers, func(i, j int) bool { return big.Speakers[i].Quotes > big.Speakers[j].Quotes })
	bigCache[size] = big
	return big
}

// appendArticle adds p's paragraphs and statements to big, merging speakers
// by name; it returns the bytes added.
func appendArticle(big, p *model.Article, index map[string]int) int {
	shift := len(big.Paragraphs)
	n := 0
	for _, para := range p.Paragraphs {
		big.Paragraphs = append(big.Paragraphs, para)
		n += len(para.Text) + 2
	}
	for _, s := range p.Statements {
		s.Paragraph += shift
		if s.SpeakerIndex >= 0 {
			name := p.Speakers[s.SpeakerIndex].Name
			i, ok := index[name]
			if !ok {
				i = len(big.Speakers)
				index[name] = i
				big.Speakers = append(big.Speakers, model.Speaker{Name: name, Role: p.Speakers[s.SpeakerIndex].Role})
			}
			s.SpeakerIndex = i
			big.Speakers[i].Statements++
			if s.Kind == model.KindQuote {
				big.Speakers[i].Quotes++
			}
		}
		big.Statements = append(big.Statements, s)
	}
	return n
}
