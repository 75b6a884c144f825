package attribution_test

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"whosaid/articles"
	"whosaid/internal/testsupport"
	"whosaid/model"
	"whosaid/model/attribution"
)

func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"“Some are not that significant,” Trump said. “One is.”",
		"Peskov said Putin made “comprehensive statements”.",
		"'We didn't want to be here,' said Dr Aoife O'Rourke. 'But ’90s rock 'n' roll.'",
		"He is 6'2\" and has a 12\" pipe. “Unclosed",
		"“Open\n\n“Continued.”",
		"„really good“ «bien» ‚klein‘ 「はい」",
		"“”‘’\"\"''",
		"The ministry said in a statement that it “regrets” nothing, according to the Gazette.",
		"Eldon “Buck” Pryor said: “No.”\n“Yes,” he said, “maybe.”",
		"\u00a0\u00a0—“",
		"a\x00b \xff",
		"Jets\n\nWinnipeg Jets' Mathieu Lavallée celebrates. THE CANADIAN PRESS/Jonah Kravitz", // once a fault
	}
	for _, s := range seeds {
		f.Add(s)
	}
	for _, s := range testsupport.RealArticles(f, 1) {
		f.Add(s) // every real article we hold: none may fault
	}
	probes, _ := filepath.Glob(filepath.Join("testdata", "probes", "*.txt"))
	for _, p := range probes {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b)) // and every article in other countries' conventions, which found one
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		title, paras := articles.SplitTitled(text) // a first line may be a headline, read as ¶0
		a := analyze(t, model.Document{Title: title, Paragraphs: paras})
		checkOffsets(t, a)
		for _, s := range a.Statements {
			if s.Kind == model.KindQuote && s.Text == "" {
				t.Fatalf("empty quotation in %q", text)
			}
		}
	})
}

// An unclosed mark in a huge paragraph ends at that paragraph: the next one
// is analysed as usual and nothing is swallowed.
func TestUnclosedQuoteInHugeParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 50 MB paragraph")
	}
	huge := "He said “" + strings.Repeat("word and more words ", 50<<20/20)
	text := huge + "\n\nPutin said: “Next time in Moscow,” and left."
	a := articleText(t, text)
	checkOffsets(t, a)
	last := a.Statements[len(a.Statements)-1]
	if last.Paragraph != 2 || last.Text != "Next time in Moscow," || last.Speaker != "Putin" {
		t.Fatalf("the paragraph after the huge one was not analysed on its own: %+v", last)
	}
	for _, s := range a.Statements {
		if s.Kind == model.KindQuote && s.Paragraph == 1 {
			t.Fatalf("an unpaired mark became a quotation of %d bytes", len(s.Text))
		}
	}
}

func TestEmptyTextGivesEmptyResult(t *testing.T) {
	for _, text := range []string{"", "   \n\n\t\n"} {
		a := articleText(t, text)
		if len(a.Statements) != 0 || len(a.Speakers) != 0 {
			t.Errorf("%q: want no statements, got %+v", text, a.Statements)
		}
	}
}

// benchText is the dev corpus (or, without ../shared, the embedded article)
// repeated to at least size bytes.
func benchText(_ *testing.B, size int) string {
	var parts []string
	files, _ := filepath.Glob(testsupport.Corpus("dev", "*.txt"))
	for _, f := range files {
		// each article keeps its own paragraphs: one-per-line files become
		// blank-line blocks so joining articles does not merge their lines
		if doc, err := articles.Load(f); err == nil {
			var sb strings.Builder
			for _, p := range doc.Paragraphs {
				sb.WriteString(p.Text + "\n\n")
			}
			parts = append(parts, sb.String())
		}
	}
	if len(parts) == 0 {
		doc, _ := articles.Load("")
		var sb strings.Builder
		for _, p := range doc.Paragraphs {
			sb.WriteString(p.Text + "\n\n")
		}
		parts = append(parts, sb.String())
	}
	var sb strings.Builder
	for sb.Len() < size {
		for _, p := range parts {
			sb.WriteString(strings.TrimSpace(p))
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func benchAnalyze(b *testing.B, size int) {
	text := benchText(b, size)
	paras := articles.Split(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	done := testsupport.CPUMBps(b, len(text))
	for i := 0; i < b.N; i++ {
		analyze(b, model.Document{Paragraphs: paras})
	}
	done()
}

// Cost is linear: 1×, 10× and 100× the size give the same MB/s.
func BenchmarkAnalyze100KB(b *testing.B) { benchAnalyze(b, 100<<10) }
func BenchmarkAnalyze1MB(b *testing.B)   { benchAnalyze(b, 1<<20) }
func BenchmarkAnalyze10MB(b *testing.B)  { benchAnalyze(b, 10<<20) }

var benchCorpus = flag.String("benchcorpus", "", "write the benchmark text (the dev corpus repeated to 10 MB) to this file")

// TestWriteBenchCorpus writes the file the README's process measurement
// reads: go test ./model/attribution -run WriteBenchCorpus -benchcorpus=/tmp/dev10mb.txt
func TestWriteBenchCorpus(t *testing.T) {
	if *benchCorpus == "" {
		t.Skip("no -benchcorpus file asked for")
	}
	text := benchText(nil, 10<<20)
	if err := os.WriteFile(*benchCorpus, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d bytes to %s", len(text), *benchCorpus)
}

// Long articles are tokenized a batch ahead on a second core; the result
// must be the one-core result, statement for statement.
func TestPipelinedAnalysisMatchesSequential(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 2 MB article")
	}
	doc := model.Document{Paragraphs: articles.Split(benchText(nil, 2<<20))}
	prev := runtime.GOMAXPROCS(1)
	one := analyze(t, doc)
	runtime.GOMAXPROCS(max(2, prev))
	two := analyze(t, doc)
	runtime.GOMAXPROCS(prev)
	if len(one.Statements) != len(two.Statements) || len(one.Speakers) != len(two.Speakers) {
		t.Fatalf("one core: %d statements, %d speakers; two: %d, %d",
			len(one.Statements), len(one.Speakers), len(two.Statements), len(two.Speakers))
	}
	for i := range one.Statements {
		if !reflect.DeepEqual(one.Statements[i], two.Statements[i]) {
			t.Fatalf("statement %d differs:\n%+v\n%+v", i, one.Statements[i], two.Statements[i])
		}
	}
}

// Every rule looks at a bounded window, so one enormous sentence with tens
// of thousands of quotations or cues is analysed like any text; a rule that
// scanned its whole sentence would make this test take minutes.
func TestEnormousSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("builds megabyte sentences")
	}
	quotes := "He said " + strings.Repeat("word “a” word ", 70000)
	a := articleText(t, quotes)
	if n := len(a.Statements); n < 70000 {
		t.Errorf("one sentence of 70,000 quotations: %d statements", n)
	}
	cues := "He said " + strings.Repeat("said word, ", 100000)
	checkOffsets(t, articleText(t, cues))
	names := strings.Repeat("Ana Ruiz, a nurse, said he told her that Ben Ode said she was “x” and ", 15000)
	checkOffsets(t, articleText(t, names))
}

func BenchmarkAnalyzeEnormousSentence(b *testing.B) {
	text := "He said " + strings.Repeat("word “a” word, Ana Ruiz said she ", 30000)
	paras := articles.Split(text)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		analyze(b, model.Document{Paragraphs: paras})
	}
}

// TestTrailingCueLooksBackAWindow: whether "…, the agency said." reports
// what stands before it is decided by the words within the window before
// the cue, as every rule decides; counting back to the sentence's start made
// a sentence of many such clauses quadratic (see the benchmark below).
func TestTrailingCueLooksBackAWindow(t *testing.T) {
	const n = 70
	pad := strings.Repeat("; ", n)
	far := articleText(t, "The harbour will close early this winter "+pad+", the agency said.")
	near := articleText(t, pad+", the agency said.")
	if len(far.Statements) != len(near.Statements) {
		t.Errorf("six words %d tokens before the cue changed what it reports: %d statements, %d without them;%s",
			n, len(far.Statements), len(near.Statements), dump(far))
	}
}

// BenchmarkAnalyzeEnormousTrailingCues is one sentence of 30,000 clauses
// that each end in a cue with nothing said after it ("…, Ana Ruiz said ; ;
// …"): each cue looks back a bounded way, not to the sentence's start.
func BenchmarkAnalyzeEnormousTrailingCues(b *testing.B) {
	clause := "the harbour will close early this winter, Ana Ruiz said " + strings.Repeat("; ", 60)
	text := "He said " + strings.Repeat(clause, 30000)
	paras := articles.Split(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		analyze(b, model.Document{Paragraphs: paras})
	}
}

// BenchmarkAnalyzeRealNews analyses each of real-train's 840 articles as
// `whosaid quotes` does, one at a time (skipped without ../shared).
func BenchmarkAnalyzeRealNews(b *testing.B) {
	files := testsupport.NeedArticles(b, "real-train")
	var docs []model.Document
	size := 0
	for _, f := range files {
		doc, err := articles.Load(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
		for _, p := range doc.Paragraphs {
			size += len(p.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	done := testsupport.CPUMBps(b, size)
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			analyze(b, d)
		}
	}
	done()
}

// The articles of a run reuse storage (buffers, maps): an article's
// analysis must not depend on the articles analysed before it.
func TestAnalysisIndependentOfOrder(t *testing.T) {
	docs := ownAndRealArticles(t, 5)
	first := make([]*model.Article, len(docs))
	for i, d := range docs {
		first[i] = analyze(t, d)
	}
	for i := len(docs) - 1; i >= 0; i-- {
		again := analyze(t, docs[i])
		if !reflect.DeepEqual(again.Statements, first[i].Statements) || !reflect.DeepEqual(again.Speakers, first[i].Speakers) {
			t.Errorf("%s: analysed after other articles, it reads differently", docs[i].Source)
		}
	}
}

// A batch analyses its articles side by side: each must read as it does
// alone. Articles with accented names are among them, since the name
// tables fold accents (a shared folder once garbled names and dropped
// articles from batches). Run with -race to see any sharing.
func TestAnalysisSideBySide(t *testing.T) {
	docs := ownAndRealArticles(t, 20)
	probes, _ := filepath.Glob(filepath.Join("testdata", "probes", "*.txt"))
	for _, f := range probes {
		doc, err := articles.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	alone := make([]*model.Article, len(docs))
	for i, d := range docs {
		alone[i] = analyze(t, d)
	}
	together := make([]*model.Article, len(docs))
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += 4 {
				a, err := attribution.Analyze(docs[i])
				if err != nil {
					return
				}
				together[i] = a
			}
		}()
	}
	wg.Wait()
	for i := range docs {
		if together[i] == nil || !reflect.DeepEqual(together[i].Statements, alone[i].Statements) || !reflect.DeepEqual(together[i].Speakers, alone[i].Speakers) {
			t.Errorf("%s: analysed beside other articles, it reads differently", docs[i].Source)
		}
	}
}
