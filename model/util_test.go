package model

import (
	"sync"
	"testing"
)

// The engine analyses a batch's articles side by side and folds names in
// each, so the fold must give every caller its own answer.
func TestFoldAccentsSideBySide(t *testing.T) {
	cases := map[string]string{"José": "Jose", "Mélanie": "Melanie", "Hydro-Québec": "Hydro-Quebec",
		"Inácio": "Inacio", "Smith": "Smith", "Žižek": "Zizek", "François Legault": "Francois Legault"}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 2000; n++ {
				for in, want := range cases {
					if got := FoldAccents(in); got != want {
						select {
						case errs <- in + " folded to " + got + ", want " + want:
						default:
						}
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
