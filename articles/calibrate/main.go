// Command calibrate learns the weights of the engine's confidence model
// from hand-annotated real news and writes them to
// model/attribution/confidence_weights.json. Run it from the repository
// root after the rules change:
//
//	go run ./articles/calibrate ../shared/corpus/real-train
//
// It analyses every article, labels each statement the scorer checks
// (../shared/corpus/score_real.py) right or wrong the way the scorer does,
// fits a logistic regression on the articles of every month but the
// held-out ones (2016-08 and 2016-09), and picks the probability from which
// a speaker counts as high confidence: the most accurate high group that
// still covers 72% of the scored statements of the training months, and
// 70% of each month's, so that a month read alone (as the held-out ones
// are) keeps its coverage. The held-out months are printed at the end for
// information; nothing is chosen by them.
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
	cover := fl.Float64("cover", 0.72, "the least share of scored statements the high group must cover")
	monthCover := fl.Float64("month-cover", 0.70, "the least share it must cover in each training month")
	misses := fl.Int("misses", 0, "list the `N` training statements of wrong speakers the model trusts most")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s [-o FILE] [-cover SHARE] [-month-cover SHARE] [-misses N] DIR\n\n",
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
	if err := calibrate(fl.Arg(0), *out, goal{*cover, *monthCover}, *misses, stdout); err != nil {
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

func calibrate(dir, out string, g goal, misses int, w io.Writer) error {
	if _, err := os.Stat(filepath.Dir(out)); err != nil {
		return fmt.Errorf("cannot write %s (run from the repository root, or give -o): %w", out, err)
	}
	arts, err := loadAll(dir)
	if err != nil {
		return err
	}
	var train, held []judged
	var xs []example
	months := map[string]int{}
	for k, a := range arts {
		m, ok := months[a.month]
		if !ok {
			m = len(months)
			months[a.month] = m
		}
		for _, s := range a.scored {
			j := judged{ok: s.ok, article: k, month: m, features: -1, x: a.values[s.stmt], stmt: s.stmt, gold: s.gold}
			j.speaker = j.x != nil
			if a.shared[s.stmt] {
				j.x, j.speaker = nil, false // never high: the model does not judge it
			}
			if a.held {
				held = append(held, j)
				continue
			}
			if j.speaker {
				j.features = len(xs)
				xs = append(xs, newExample(j.x, s.ok, m))
			}
			train = append(train, j)
		}
	}
	if len(xs) == 0 {
		return fmt.Errorf("%s: no scored statements in the training months", dir)
	}
	names := attribution.FeatureNames()
	fmt.Fprintf(w, "%d articles (%d held out), %d scored statements to learn from\n", len(arts), countHeld(arts), len(train))
	fmt.Fprintf(w, "as the engine stands:  training months %s\n", stands(arts, false))
	lambda := pickLambda(train, xs, len(names), g, w)
	weights := fit(xs, len(names), lambda)
	for k := range weights {
		weights[k] = math.Round(weights[k]*1e4) / 1e4
	}
	score(train, weights)
	threshold := math.Round(chooseThreshold(train, g)*1e6) / 1e6
	f := measure(train, threshold)
	fmt.Fprintf(w, "learned (λ %g, high from p ≥ %.4f): training months %s\n", lambda, threshold, describe(f))
	lo, hi := monthRange(train, threshold)
	fmt.Fprintf(w, "  by month, high covers %.3f to %.3f\n", lo, hi)
	if err := writeWeights(out, names, weights, threshold, lambda, f, len(xs)); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s\n", out)
	fmt.Fprintf(w, "held-out months, for information: as the engine stands %s\n", stands(arts, true))
	score(held, weights)
	listMisses(arts, train, misses, w)
	fmt.Fprintf(w, "                                  learned            %s\n", describe(measure(held, threshold)))
	return nil
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
			js[i].p = newExample(js[i].x, false, 0).score(weights)
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

// pickLambda chooses the regularisation by cross-validation over the
// training months, each left out in turn as the held-out months are: the
// one whose out-of-month high group is most accurate at the coverage asked.
func pickLambda(train []judged, xs []example, nf int, g goal, w io.Writer) float64 {
	months := 0
	for _, j := range train {
		months = max(months, j.month+1)
	}
	best, bestAcc := 0.0, -1.0
	for _, lambda := range []float64{0.3, 1, 3, 10} {
		oof := append([]judged(nil), train...)
		for month := range months {
			var in []example
			for _, x := range xs {
				if x.month != month {
					in = append(in, x)
				}
			}
			if len(in) == len(xs) {
				continue // a held-out month: nothing of it is trained on
			}
			wts := fit(in, nf, lambda)
			for i, j := range oof {
				if j.speaker && j.month == month {
					oof[i].p = xs[j.features].score(wts)
				}
			}
		}
		f := measure(oof, chooseThreshold(oof, g))
		fmt.Fprintf(w, "  cross-validated by month, λ %-4g %s\n", lambda, describe(f))
		if f.highAcc() > bestAcc {
			best, bestAcc = lambda, f.highAcc()
		}
	}
	return best
}

func writeWeights(path string, names []string, weights []float64, threshold, lambda float64, f figures, n int) error {
	file := attribution.WeightsFile{
		Comment: "Weights of the confidence model (model/attribution/confidence.go), learned from " +
			"hand-annotated real news by the command below; do not edit by hand.",
		Command:   command,
		Threshold: threshold,
		Weights:   map[string]float64{},
		Trained: map[string]float64{"examples": float64(n), "lambda": lambda,
			"high_coverage": round3(f.coverage()), "high_accuracy": round3(f.highAcc()), "low_accuracy": round3(f.lowAcc())},
	}
	for k, name := range names {
		file.Weights[name] = weights[k]
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
// highest probability: where the features fall short.
func listMisses(arts []article, train []judged, n int, w io.Writer) {
	var wrong []judged
	for _, j := range train {
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
			text = text[:70] + "…"
		}
		fmt.Fprintf(w, "%.3f %s ¶%d %s %q: %q, gold %q\n    %s\n", j.p, a.name, st.Paragraph, st.Kind, st.Speaker, text, j.gold, strings.Join(on, " "))
	}
}
