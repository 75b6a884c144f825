// Command calibrate learns the weights of the engine's confidence model
// from hand-annotated real news and writes them to
// model/attribution/confidence_weights.json. Run it from the repository
// root after the rules change:
//
//	go run ./articles/calibrate ../shared/corpus/real-train
//
// It analyses every article, labels each statement the scorer checks
// (../shared/corpus/score_real.py) right or wrong the way the scorer does,
// and learns from the articles of every month but the held-out ones
// (2016-08 and 2016-09): a logistic regression whose regularisation is
// chosen by leaving each training month out in turn, and the probability
// from which a speaker counts as high confidence, read off those
// out-of-month probabilities so that the high group keeps a margin over
// both bars (70% of the statements, 95% accurate) on news it has not seen
// (see learn.go). With -cv it tests that whole procedure by
// cross-validation over the training months and writes nothing. The
// held-out months are printed at the end for information; nothing is
// chosen by them.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/attribution"
)

const command = "go run ./articles/calibrate ../shared/corpus/real-train"

// heldOut matches the date in the names of the held-out months' articles;
// monthOf finds any article's month.
var (
	heldOut = regexp.MustCompile(`_2016-0[89]-\d\d_`)
	monthOf = regexp.MustCompile(`\d{4}-\d\d`)
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("calibrate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", filepath.Join("model", "attribution", "confidence_weights.json"), "where to write the weights")
	cover := fl.Float64("cover", 0.70, "the share of scored statements the high group must cover")
	acc := fl.Float64("accuracy", 0.95, "the speaker accuracy the high group must reach")
	misses := fl.Int("misses", 0, "list the `N` training statements of wrong speakers the model trusts most, by their out-of-month probabilities")
	cv := fl.Bool("cv", false, "cross-validate the training procedure over the training months; write nothing")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s [-o FILE] [-cover SHARE] [-accuracy SHARE] [-misses N] [-cv] DIR\n\n",
			command[:strings.LastIndexByte(command, ' ')])
		fmt.Fprintln(stderr, "Learns the confidence model's weights from DIR's articles (NAME.txt) and their")
		fmt.Fprintln(stderr, "hand annotations (NAME.attr.json), holding out 2016-08 and 2016-09.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return 2
	}
	o := options{out: *out, goal: goal{*cover, *acc}, misses: *misses, cv: *cv}
	if err := calibrate(fl.Arg(0), o, stdout); err != nil {
		fmt.Fprintln(stderr, "calibrate:", err)
		return 1
	}
	return 0
}

// article is one analysed article with its scored statements.
type article struct {
	name   string
	month  string // YYYY-MM from the name
	held   bool
	art    *model.Article
	scored []scored
	values map[int][]float32 // features by statement index
	shared map[int]bool      // statements the engine keeps low whatever the model says
}

// publisher is the outlet that opens the article's name:
// "nyt_2016-02-01_…".
func (a article) publisher() string {
	p, _, _ := strings.Cut(a.name, "_")
	return p
}

// options are the command's flags.
type options struct {
	out    string
	goal   goal
	misses int
	cv     bool
}

func calibrate(dir string, o options, w io.Writer) error {
	if _, err := os.Stat(filepath.Dir(o.out)); err != nil && !o.cv {
		return fmt.Errorf("cannot write %s (run from the repository root, or give -o): %w", o.out, err)
	}
	arts, err := loadAll(dir)
	if err != nil {
		return err
	}
	train, held, monthNames := judgeAll(arts)
	if len(examplesOf(train)) == 0 {
		return fmt.Errorf("%s: no scored statements in the training months", dir)
	}
	names := attribution.FeatureNames()
	fmt.Fprintf(w, "%d articles (%d held out), %d scored statements to learn from\n", len(arts), countHeld(arts), len(train))
	if o.cv {
		monthOf := func(j judged) string { return monthNames[j.month] }
		publisherOf := func(j judged) string { return arts[j.article].publisher() }
		crossValidate(train, monthOf, publisherOf, len(names), o.goal, w)
		return nil
	}
	fmt.Fprintf(w, "as the engine stands:  training months %s\n", stands(arts, false))
	l := learn(train, len(names), o.goal)
	for k := range l.weights {
		l.weights[k] = math.Round(l.weights[k]*1e4) / 1e4
	}
	threshold := math.Round(l.threshold*1e6) / 1e6
	oof := measure(l.oof, threshold)
	fmt.Fprintf(w, "learned (λ %g by cross-validation, high from p ≥ %.4f)\n", l.lambda, threshold)
	fmt.Fprintf(w, "  out of month: %s\n", describe(oof))
	lo, hi := monthRange(l.oof, threshold)
	fmt.Fprintf(w, "  by month, high covers %.3f to %.3f\n", lo, hi)
	score(train, l.weights)
	f := measure(train, threshold)
	fmt.Fprintf(w, "  in sample:    %s\n", describe(f))
	if err := writeWeights(o.out, names, l, threshold, oof, f, len(examplesOf(train))); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s\n", o.out)
	listMisses(arts, l.oof, o.misses, w)
	fmt.Fprintf(w, "held-out months, for information: as the engine stands %s\n", stands(arts, true))
	score(held, l.weights)
	fmt.Fprintf(w, "                                  learned            %s\n", describe(measure(held, threshold)))
	return nil
}

// judgeAll sorts the scored statements of arts into the training months'
// and the held-out months', with each training month's name by its index.
func judgeAll(arts []article) (train, held []judged, monthNames []string) {
	months := map[string]int{}
	for k, a := range arts {
		m, ok := months[a.month]
		if !ok {
			m = len(monthNames)
			months[a.month] = m
			monthNames = append(monthNames, a.month)
		}
		for _, s := range a.scored {
			j := judged{ok: s.ok, article: k, month: m, x: a.values[s.stmt], stmt: s.stmt, gold: s.gold}
			j.speaker = j.x != nil
			if a.shared[s.stmt] {
				j.x, j.speaker = nil, false // never high: the model does not judge it
			}
			if j.speaker {
				j.ex = newExample(j.x, s.ok, m)
			}
			if a.held {
				held = append(held, j)
			} else {
				train = append(train, j)
			}
		}
	}
	return train, held, monthNames
}

// monthRange is the least and the most a month's high group covers.
func monthRange(js []judged, threshold float64) (lo, hi float64) {
	by := map[int][]judged{}
	for _, j := range js {
		by[j.month] = append(by[j.month], j)
	}
	lo = 1
	for _, m := range by {
		c := measure(m, threshold).coverage()
		lo, hi = min(lo, c), max(hi, c)
	}
	return lo, hi
}

func countHeld(arts []article) int {
	n := 0
	for _, a := range arts {
		if a.held {
			n++
		}
	}
	return n
}

// score gives each statement with a speaker the model's probability.
func score(js []judged, weights []float64) {
	for i := range js {
		if js[i].speaker {
			js[i].p = js[i].ex.score(weights)
		}
	}
}

// stands gives the figures of the confidence the engine gave as it was
// built, for the held-out or the training months.
func stands(arts []article, held bool) string {
	return describe(engineFigures(arts, func(a article) bool { return a.held == held }))
}

// engineFigures counts the scored statements of the articles keep picks,
// high where the engine said high.
func engineFigures(arts []article, keep func(article) bool) figures {
	var f figures
	for _, a := range arts {
		if !keep(a) {
			continue
		}
		for _, s := range a.scored {
			f.count(s.ok, a.art.Statements[s.stmt].Confidence == model.High)
		}
	}
	return f
}

func describe(f figures) string {
	return fmt.Sprintf("high %.3f of %d scored, accuracy %.3f (low %.3f; all %.3f)",
		f.coverage(), f.scored, f.highAcc(), f.lowAcc(), f.acc())
}

// writeWeights writes the model with the figures of its training run: out
// of month (f), and in sample (in), which the engine must reproduce on the
// training months until its rules change enough to need a retraining.
func writeWeights(path string, names []string, l learned, threshold float64, f, in figures, n int) error {
	file := attribution.WeightsFile{
		Comment: "Weights of the confidence model (model/attribution/confidence.go), learned from " +
			"hand-annotated real news by the command below; do not edit by hand.",
		Command:   command,
		Threshold: threshold,
		Weights:   map[string]float64{},
		// out of month, what the model did on months it was not fit on; in
		// sample, what the engine must keep doing on the training months
		Trained: map[string]float64{"examples": float64(n), "lambda": l.lambda,
			"high_coverage": round3(f.coverage()), "high_accuracy": round3(f.highAcc()), "low_accuracy": round3(f.lowAcc()),
			"in_sample_high_coverage": round3(in.coverage()), "in_sample_high_accuracy": round3(in.highAcc())},
	}
	for k, name := range names {
		file.Weights[name] = l.weights[k]
	}
	b, err := json.MarshalIndent(file, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

func round3(x float64) float64 { return math.Round(x*1e3) / 1e3 }

// loadAll analyses and labels every annotated article of dir, on all
// cores, in name order.
func loadAll(dir string) ([]article, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.attr.json"))
	if err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("%s: no annotated articles (NAME.txt with NAME.attr.json)", dir)
	}
	sort.Strings(golds)
	arts := make([]article, len(golds))
	errs := make([]error, len(golds))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				arts[k], errs[k] = loadOne(golds[k])
			}
		}()
	}
	for k := range golds {
		next <- k
	}
	close(next)
	wg.Wait()
	return arts, errors.Join(errs...)
}

func loadOne(goldPath string) (article, error) {
	base := strings.TrimSuffix(goldPath, ".attr.json")
	raw, err := os.ReadFile(base + ".txt")
	if err != nil {
		return article{}, err
	}
	doc, err := articles.Load(base + ".txt")
	if err != nil {
		return article{}, err
	}
	art, ev, err := attribution.AnalyzeEvidence(doc)
	if err != nil {
		return article{}, err
	}
	name := filepath.Base(base)
	a := article{name: name, month: monthOf.FindString(name), held: heldOut.MatchString(name), art: art,
		values: map[int][]float32{}, shared: map[int]bool{}}
	for _, e := range ev {
		a.values[e.Statement] = e.Values
		a.shared[e.Statement] = e.Shared
	}
	a.scored, err = label(string(raw), goldPath, art)
	return a, err
}

// listMisses prints the n wrong speakers of the training months with the
// highest out-of-month probability (the model's judgement of a month it
// was not fit on, as of new news): where the features fall short.
func listMisses(arts []article, oof []judged, n int, w io.Writer) {
	var wrong []judged
	for _, j := range oof {
		if j.speaker && !j.ok {
			wrong = append(wrong, j)
		}
	}
	sort.SliceStable(wrong, func(a, b int) bool { return wrong[a].p > wrong[b].p })
	names := attribution.FeatureNames()
	for _, j := range wrong[:min(n, len(wrong))] {
		a := arts[j.article]
		st := a.art.Statements[j.stmt]
		var on []string
		for k, v := range j.x {
			if v != 0 && k > 0 {
				on = append(on, names[k])
			}
		}
		text := st.Text
		if len(text) > 70 {
			cut := 70
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut-- // not inside a character
			}
			text = text[:cut] + "…"
		}
		fmt.Fprintf(w, "%.3f %s ¶%d %s %q: %q, gold %q\n    %s\n", j.p, a.name, st.Paragraph, st.Kind, st.Speaker, text, j.gold, strings.Join(on, " "))
	}
}
