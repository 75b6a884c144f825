package main

// The training procedure, and its test by cross-validation. Everything it
// chooses (the regularisation, the threshold) it chooses from months it
// leaves out in turn, never from the statements a model was fit on: a
// threshold read off a model's own training data sits too low, and the
// high group it draws is less accurate on news the model has not seen.

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"sort"
	"sync"
)

// lambdas are the regularisation strengths cross-validation chooses from.
var lambdas = []float64{0.3, 1, 3, 10}

// goal is the bar the high group must clear on news the model has not
// seen: a share of the scored statements, and an accuracy.
type goal struct {
	cover, accuracy float64
}

// learned is a trained model and how it was chosen.
type learned struct {
	weights   []float64
	lambda    float64
	threshold float64
	oof       []judged // the statements with their out-of-month probabilities
}

// learn trains on the statements of js: the regularisation is the one
// whose out-of-month probabilities rank statements best, the weights are
// fit on every month, and the threshold is read off the out-of-month
// probabilities (see chooseThreshold).
func learn(js []judged, nf int, g goal) learned {
	best := learned{lambda: -1}
	bestRank := -1.0
	for _, lambda := range lambdas {
		oof := outOfMonth(js, nf, lambda)
		if r := ranking(oof); r > bestRank {
			best, bestRank = learned{lambda: lambda, oof: oof}, r
		}
	}
	best.weights = fit(examplesOf(js), nf, best.lambda)
	best.threshold = chooseThreshold(best.oof, g)
	return best
}

// outOfMonth gives each statement of js the probability of a model fit on
// the other months of js.
func outOfMonth(js []judged, nf int, lambda float64) []judged {
	oof := slices.Clone(js)
	for _, m := range monthsOf(js) {
		w := fit(examplesOf(without(js, m)), nf, lambda)
		for i := range oof {
			if oof[i].month == m && oof[i].speaker {
				oof[i].p = oof[i].ex.score(w)
			}
		}
	}
	return oof
}

// ranking is how well the probabilities of js sort right speakers before
// wrong ones where the threshold may fall: the high group's accuracy when
// it covers 60%, 62%, … 80% of the statements, averaged.
func ranking(js []judged) float64 {
	sum, n := 0.0, 0
	for c := 60; c <= 80; c += 2 {
		sum += accuracyAt(js, float64(c)/100)
		n++
	}
	return sum / float64(n)
}

// byProbability is the statements of js with a speaker, most probable
// first.
func byProbability(js []judged) []judged {
	var ps []judged
	for _, j := range js {
		if j.speaker {
			ps = append(ps, j)
		}
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].p > ps[b].p })
	return ps
}

// accuracyAt is the high group's accuracy when it holds the share cover of
// js, the most probable first.
func accuracyAt(js []judged, cover float64) float64 {
	ps := byProbability(js)
	n := min(len(ps), int(cover*float64(len(js))))
	right := 0
	for _, j := range ps[:n] {
		if j.ok {
			right++
		}
	}
	return ratio(right, n)
}

// coverAt is the largest share of js the high group can hold, the most
// probable first, while at least acc of it is right.
func coverAt(js []judged, acc float64) float64 {
	best, right := 0, 0
	for k, j := range byProbability(js) {
		if j.ok {
			right++
		}
		if float64(right) >= acc*float64(k+1) {
			best = k + 1
		}
	}
	return ratio(best, len(js))
}

// chooseThreshold returns the probability from which a speaker is high:
// where the high group covers the share midway between the coverage g
// asks and the largest share whose accuracy still reaches g's, so that
// both bars keep a margin on news the model has not seen. js holds
// out-of-month probabilities. The threshold stands midway between two
// neighbouring probabilities, so rounding cannot move a statement across.
func chooseThreshold(js []judged, g goal) float64 {
	return thresholdFor(js, (g.cover+coverAt(js, g.accuracy))/2)
}

// thresholdFor is the probability from which the share cover of js is
// high.
func thresholdFor(js []judged, cover float64) float64 {
	ps := byProbability(js)
	n := int(cover * float64(len(js)))
	switch {
	case n <= 0 || len(ps) == 0:
		return 1
	case n >= len(ps):
		return ps[len(ps)-1].p / 2
	}
	for n < len(ps) && ps[n].p == ps[n-1].p {
		n++ // a tie goes high together
	}
	if n == len(ps) {
		return ps[n-1].p / 2
	}
	return (ps[n-1].p + ps[n].p) / 2
}

func monthsOf(js []judged) []int {
	var ms []int
	for _, j := range js {
		if !slices.Contains(ms, j.month) {
			ms = append(ms, j.month)
		}
	}
	slices.Sort(ms)
	return ms
}

func without(js []judged, month int) []judged {
	var out []judged
	for _, j := range js {
		if j.month != month {
			out = append(out, j)
		}
	}
	return out
}

func examplesOf(js []judged) []example {
	var xs []example
	for _, j := range js {
		if j.speaker {
			xs = append(xs, j.ex)
		}
	}
	return xs
}

// fold is one test of the procedure: learn on some statements, measure
// on the others.
type fold struct {
	name  string
	alone string // "month" or "publisher" when one of them is left out, "" otherwise
	test  func(j judged) bool
	train func(j judged) bool
}

// folds are each month left out in turn, the last two months left out
// together, learned from the months before them (the held-out news is
// later news), and each publisher left out in turn (news from an outlet
// the model has not seen). monthOf and publisherOf name a statement's
// month and publisher.
func folds(js []judged, monthOf, publisherOf func(judged) string) []fold {
	var months, pubs []string
	for _, j := range js {
		if m := monthOf(j); !slices.Contains(months, m) {
			months = append(months, m)
		}
		if p := publisherOf(j); !slices.Contains(pubs, p) {
			pubs = append(pubs, p)
		}
	}
	slices.Sort(months)
	slices.Sort(pubs)
	var fs []fold
	for _, n := range months {
		fs = append(fs, fold{name: n, alone: "month", test: func(j judged) bool { return monthOf(j) == n },
			train: func(j judged) bool { return monthOf(j) != n }})
	}
	if len(months) >= 4 {
		last := months[len(months)-2]
		fs = append(fs, fold{name: "from " + last, test: func(j judged) bool { return monthOf(j) >= last },
			train: func(j judged) bool { return monthOf(j) < last }})
	}
	if len(pubs) >= 3 {
		for _, n := range pubs {
			fs = append(fs, fold{name: n, alone: "publisher", test: func(j judged) bool { return publisherOf(j) == n },
				train: func(j judged) bool { return publisherOf(j) != n }})
		}
	}
	return fs
}

// crossValidate runs the whole procedure on each fold and prints what its
// high group covers and how accurate it is on the statements it did not
// see; then, for the months and the publishers left out alone, the mean,
// the worst and the pooled figures.
func crossValidate(js []judged, monthOf, publisherOf func(judged) string, nf int, g goal, w io.Writer) {
	fmt.Fprintf(w, "cross-validation of the whole procedure (each fold chooses λ and threshold from its own training months):\n")
	type summary struct {
		sumCover, sumAcc, worst float64
		pooled                  figures
		n                       int
	}
	sums := map[string]*summary{"month": {worst: 1}, "publisher": {worst: 1}}
	fs := folds(js, monthOf, publisherOf)
	results := testFolds(js, fs, nf, g)
	for k, f := range fs {
		r := results[k]
		fig := measure(r.test, r.threshold)
		fmt.Fprintf(w, "  %-12s λ %-4g from p ≥ %.3f: %s; at 70%% coverage %.3f\n", f.name, r.lambda, r.threshold, describe(fig), accuracyAt(r.test, 0.70))
		if s := sums[f.alone]; s != nil {
			s.sumCover += fig.coverage()
			s.sumAcc += fig.highAcc()
			s.worst = min(s.worst, fig.highAcc())
			s.pooled.add(fig)
			s.n++
		}
	}
	for _, kind := range []string{"month", "publisher"} {
		if s := sums[kind]; s.n > 0 {
			fmt.Fprintf(w, "  %ss left out alone: mean high %.3f at accuracy %.3f (worst %s %.3f); pooled %s\n",
				kind, s.sumCover/float64(s.n), s.sumAcc/float64(s.n), kind, s.worst, describe(s.pooled))
		}
	}
}

// foldResult is a fold's test statements with the probabilities of the
// model learned without them, and how that model was chosen.
type foldResult struct {
	test      []judged
	lambda    float64
	threshold float64
}

// testFolds runs the whole procedure on each fold, the folds on all cores
// at once: each learns from its own copy of the statements.
func testFolds(js []judged, fs []fold, nf int, g goal) []foldResult {
	results := make([]foldResult, len(fs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				var train, test []judged
				for _, j := range js {
					switch {
					case fs[k].test(j):
						test = append(test, j)
					case fs[k].train(j):
						train = append(train, j)
					}
				}
				l := learn(train, nf, g)
				for i := range test {
					if test[i].speaker {
						test[i].p = test[i].ex.score(l.weights)
					}
				}
				results[k] = foldResult{test: test, lambda: l.lambda, threshold: l.threshold}
			}
		}()
	}
	for k := range fs {
		next <- k
	}
	close(next)
	wg.Wait()
	return results
}
