package attribution

import (
	"reflect"
	"strings"
	"testing"

	"whosaid/internal/testsupport"
)

// Skipping runs of lower-case words eight bytes at a time must learn the
// capitals the byte-by-byte scan learns: on real news, and on text built
// round the run's edges (initialisms, decimals, many spaces after a full
// stop, a run ending inside a word).
func TestLowerSkipLearnsTheSameCapitals(t *testing.T) {
	texts := []string{
		"the talks in the u.s. Capital went on and on until Ruiz said so",
		"prices rose by 3.5 percent and then Merkel spoke about 12.75 more",
		"It ended.          Ruiz spoke at length afterwards about the Senate",
		"It ended?          aaaaaaaaaaaaaaaa Ruiz spoke",
		"one two three four five six seven eight nine ten eleven twelve Thirteen",
		"aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb-cccc Ddd eeeeeeee'ffffff Ggg",
		"mr. smith and the u.s.a. team met the u.k. Team in paris Today",
		"naïve words cafés and résumés abound here before Zoë arrives at Noon",
		"                                Leading spaces then Words",
		"xx aaaab.c. Smith went home", // the run ends in "aaaab.c", no initialism
		"aaaaaaab.c. Smith went home",
	}
	texts = append(texts, testsupport.RealArticles(t, 3)...)
	defer func() { noLowerSkip = false }()
	for _, text := range texts {
		spans := scanQuotes(text)
		noLowerSkip = false
		fast := map[string]bool{}
		learnCaps(text, spans, fast, interner{})
		noLowerSkip = true
		slow := map[string]bool{}
		learnCaps(text, spans, slow, interner{})
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("%.60q: skipping learns %v; the byte scan learns %v", strings.TrimSpace(text), fast, slow)
		}
	}
}
