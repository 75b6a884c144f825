package ascii

import (
	"math/rand/v2"
	"testing"
)

// Each word test must agree with the byte-by-byte rule it stands for on
// every word: random ones, and ones built from the bytes at the edges of
// each rule.
func TestWordTestsMatchByteRules(t *testing.T) {
	edges := []byte{0, 0x09, 0x0a, 0x1f, 0x20, 0x21, '"', '\\', 0x7e, 0x7f, 0x80, 0xc2, 0xe2, 0xff, 'a', 'Z', '.',
		'/', '0', '9', ':', '@', 'A', '[', '`', 'z', '{', 0xa0, 0xe1, '\'', '&', '(', '_', 'a' ^ 0x80}
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(b [8]byte) {
		s := string(b[:])
		x := Load(s, 0)
		if x != LoadBytes(b[:], 0) {
			t.Fatalf("% x: Load and LoadBytes differ", b)
		}
		printable, noControl, plain, words, lowerWords, noQuote := true, true, true, true, true, true
		run := 0
		for run < 8 && (b[run] >= 'a' && b[run] <= 'z' || b[run] >= 'A' && b[run] <= 'Z' || b[run] >= '0' && b[run] <= '9') {
			run++
		}
		var blanks uint64
		for i, c := range b {
			if c == ' ' || c == '\t' || c == '\n' {
				blanks |= 0x80 << (8 * i)
			}
		}
		if Blanks(x) != blanks {
			t.Fatalf("% x: Blanks %x, want %x", b, Blanks(x), blanks)
		}
		if AlnumRun(x) != run {
			t.Fatalf("% x: AlnumRun %d, want %d", b, AlnumRun(x), run)
		}
		for i, c := range b {
			printable = printable && c >= 0x20 && c < 0x7f
			noControl = noControl && c >= 0x20 && c != 0x7f
			plain = plain && c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
			words = words && c >= 0x20 && c < 0x7f && (c != ' ' || i < 7 && b[i+1] != ' ')
			lowerWords = lowerWords && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ')
			noQuote = noQuote && c < 0x80 && c != '"' && c != '\'' && c != '`'
		}
		if NoQuote(x) != noQuote {
			t.Fatalf("% x: NoQuote %v, want %v", b, NoQuote(x), noQuote)
		}
		if LowerWords(x) != lowerWords {
			t.Fatalf("% x: LowerWords %v, want %v", b, LowerWords(x), lowerWords)
		}
		if Printable(x) != printable || NoControl(x) != noControl || PlainJSON(x) != plain || Words(x) != words {
			t.Fatalf("% x: Printable %v (want %v), NoControl %v (%v), PlainJSON %v (%v), Words %v (%v)", b,
				Printable(x), printable, NoControl(x), noControl, PlainJSON(x), plain, Words(x), words)
		}
	}
	for n := 0; n < 200000; n++ {
		var b [8]byte
		for i := range b {
			if rng.IntN(2) == 0 {
				b[i] = edges[rng.IntN(len(edges))]
			} else {
				b[i] = byte(rng.IntN(256))
			}
		}
		check(b)
	}
	for _, c := range edges {
		for k := 0; k < 8; k++ {
			b := [8]byte{'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'}
			b[k] = c
			check(b)
			b = [8]byte{' ', 'b', ' ', 'd', ' ', 'f', ' ', 'h'}
			b[k] = c
			check(b)
		}
	}
}
