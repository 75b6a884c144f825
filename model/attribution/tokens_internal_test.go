package attribution

import (
	"math/rand/v2"
	"reflect"
	"strconv"
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
		learnCaps(text, spans, nil, fast, interner{})
		noLowerSkip = true
		slow := map[string]bool{}
		learnCaps(text, spans, nil, slow, interner{})
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("%.60q: skipping learns %v; the byte scan learns %v", strings.TrimSpace(text), fast, slow)
		}
	}
}

// The word cache hands back what readWord makes of a word, the first time
// and after, as it grows, once it is full and in the next article.
func TestWordCacheReadsAsReadWord(t *testing.T) {
	forms := []string{"said", "Said", "Trump’s", "he's", "they'll", "U.S.", "Ángel", "SAYS", "Smiths"}
	words := append([]string(nil), forms...)
	for k := 0; len(words) < maxCachedWords+500; k++ {
		for _, f := range forms {
			words = append(words, f+strconv.Itoa(k))
		}
	}
	c := newWordCache(0)
	for round := 0; round < 2; round++ {
		for _, w := range words {
			if got, want := *c.read(w), readWord(w); got != want {
				t.Fatalf("round %d, %q: cache read %+v, readWord %+v", round, w, got, want)
			}
		}
		if c.len() != maxCachedWords {
			t.Fatalf("cache holds %d words, want it full at %d", c.len(), maxCachedWords)
		}
		c.nextArticle()
	}
}

// The cache keeps words from one article to the next, but whether the
// article capitalises a word mid-sentence (midCap) is each article's own.
// No rule asks it of a lower-case word without a hyphen or an elided
// particle, and for those it stays false.
func TestWordCacheMidCapIsPerArticle(t *testing.T) {
	c := newWordCache(0)
	articles := []map[string]bool{{"house": true}, {}, {"house": true, "senate": true}, nil}
	for n, caps := range articles {
		c.nextArticle()
		c.midCaps = caps
		for _, w := range []string{"House", "house", "Senate", "said"} {
			r := c.read(w)
			if want := caps[r.low] && w[0] >= 'A' && w[0] <= 'Z'; r.midCap != want {
				t.Errorf("article %d, %q: midCap %v, want %v", n, w, r.midCap, want)
			}
		}
	}
	if c.len() != 4 {
		t.Errorf("cache holds %d words over the articles, want the 4 distinct ones", c.len())
	}
}

// A word token's hyphen flag must be set whenever its word holds a hyphen:
// namePrefixed looks for a name's prefix only in those.
func TestHyphenFlagMarksEveryHyphen(t *testing.T) {
	texts := append([]string{"al-Sayed and bin-Laden met el-Amin, a well-known ex-minister - and Ruiz--",
		"a ‐ b‐c d-‘e’ f-’s g-1 -h i-"}, testsupport.RealArticles(t, 3)...)
	for _, text := range texts {
		for _, tok := range tokenize(text, scanQuotes(text), nil, nil, newWordCache(0)) {
			if tok.kind == tWord && strings.Contains(tok.low, "-") && !tok.hyphen {
				t.Errorf("%q: a hyphen in the word, no hyphen flag", text[tok.start:tok.end])
			}
		}
	}
}

// wordCount reads eight bytes at a time: it must count the words a byte
// loop counts, whatever the blanks and multi-byte runes.
func TestWordCountMatchesByteLoop(t *testing.T) {
	byBytes := func(s string) int {
		n, in := 0, false
		for i := 0; i < len(s); i++ {
			blank := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
			if !blank && !in {
				n++
			}
			in = !blank
		}
		return n
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte{' ', ' ', '\n', '\t', 'a', 'b', 0xe2, 0x80, 0x99, '.', 0xa0, 0x20 ^ 0x80}
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		if got, want := wordCount(string(b)), byBytes(string(b)); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", b, got, want)
		}
	}
}

// learnCap keeps a short ASCII word's lower-case form through the
// interner it was given, or without one: the capitals learnt are the same.
func TestLearnCapSameWithAndWithoutInterner(t *testing.T) {
	words := []string{"Senate", "SENATE", "Senate", "McGill", "Québec", "Ottawa", "OTTAWA",
		strings.Repeat("Long", 13), "B.C.", "Hydro-Québec", "Hydro-Quebec"}
	with, without := map[string]bool{}, map[string]bool{}
	in := interner{}
	for _, w := range words {
		learnCap(w, with, in)
		learnCap(w, without, nil)
	}
	if !reflect.DeepEqual(with, without) {
		t.Errorf("with an interner %v, without %v", with, without)
	}
	for _, w := range words {
		if !with[lowerWord(w)] {
			t.Errorf("%q: its lower-case form was not learnt", w)
		}
	}
}
