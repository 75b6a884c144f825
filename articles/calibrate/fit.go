package main

import "math"

// example is one scored statement: its active features and whether its
// speaker was right.
type example struct {
	idx   []int
	val   []float64
	ok    bool
	month int
}

func newExample(x []float32, ok bool, month int) example {
	e := example{ok: ok, month: month}
	for k, v := range x {
		if v != 0 {
			e.idx = append(e.idx, k)
			e.val = append(e.val, float64(v))
		}
	}
	return e
}

func (e example) score(w []float64) float64 {
	z := 0.0
	for k, i := range e.idx {
		z += w[i] * e.val[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// fit is L2-regularised logistic regression by Newton's method: exact and
// deterministic, and quick with a few dozen features.
func fit(xs []example, nf int, lambda float64) []float64 {
	w := make([]float64, nf)
	h := make([]float64, nf*nf)
	g := make([]float64, nf)
	for it := 0; it < 50; it++ {
		clear(h)
		clear(g)
		for _, e := range xs {
			p := e.score(w)
			y := 0.0
			if e.ok {
				y = 1
			}
			s := p * (1 - p)
			for a, i := range e.idx {
				g[i] += (p - y) * e.val[a]
				for b, j := range e.idx {
					h[i*nf+j] += s * e.val[a] * e.val[b]
				}
			}
		}
		for k := range nf {
			reg := lambda
			if k == 0 {
				reg = 1e-6 // the bias is not pulled towards 0
			}
			g[k] += reg * w[k]
			h[k*nf+k] += reg
		}
		step := solve(h, g, nf)
		big := 0.0
		for k := range w {
			w[k] -= step[k]
			big = max(big, math.Abs(step[k]))
		}
		if big < 1e-9 {
			break
		}
	}
	return w
}

// solve returns x with A x = b for a symmetric positive definite A, by
// Cholesky decomposition (A is overwritten).
func solve(a, b []float64, n int) []float64 {
	for j := range n {
		d := a[j*n+j]
		for k := range j {
			d -= a[j*n+k] * a[j*n+k]
		}
		d = math.Sqrt(max(d, 1e-12))
		a[j*n+j] = d
		for i := j + 1; i < n; i++ {
			s := a[i*n+j]
			for k := range j {
				s -= a[i*n+k] * a[j*n+k]
			}
			a[i*n+j] = s / d
		}
	}
	y := make([]float64, n)
	for i := range n {
		s := b[i]
		for k := range i {
			s -= a[i*n+k] * y[k]
		}
		y[i] = s / a[i*n+i]
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := y[i]
		for k := i + 1; k < n; k++ {
			s -= a[k*n+i] * x[k]
		}
		x[i] = s / a[i*n+i]
	}
	return x
}

// figures are the scorer's confidence figures for a set of statements.
type figures struct {
	scored, right   int // scored statements, and those with the right speaker
	high, highRight int
}

func (f figures) coverage() float64 { return ratio(f.high, f.scored) }
func (f figures) highAcc() float64  { return ratio(f.highRight, f.high) }
func (f figures) lowAcc() float64   { return ratio(f.right-f.highRight, f.scored-f.high) }
func (f figures) acc() float64      { return ratio(f.right, f.scored) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// judged is a scored statement with the model's probability; a statement
// with no speaker has none and is never high.
type judged struct {
	p       float64
	speaker bool
	ok      bool
	article int
	month   int       // index of the article's month
	x       []float32 // the features, nil with no speaker
	ex      example   // the same, as the fit reads them
	stmt    int
	gold    string
}

// count adds one scored statement.
func (f *figures) count(ok, high bool) {
	f.scored++
	if ok {
		f.right++
	}
	if high {
		f.high++
		if ok {
			f.highRight++
		}
	}
}

// add counts g's statements in f.
func (f *figures) add(g figures) {
	f.scored += g.scored
	f.right += g.right
	f.high += g.high
	f.highRight += g.highRight
}

// measure counts statements as high from threshold on.
func measure(js []judged, threshold float64) figures {
	var f figures
	for _, j := range js {
		f.count(j.ok, j.speaker && j.p >= threshold)
	}
	return f
}
