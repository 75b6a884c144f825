package attribution

import (
	"testing"
	"unicode"
)

// isWordRune answers for General Punctuation without Unicode's tables:
// no rune there may be a letter, digit or mark.
func TestGeneralPunctuationHoldsNoWordRune(t *testing.T) {
	for r := rune(0x2000); r <= 0x206F; r++ {
		if !generalPunctuation(r) {
			t.Fatalf("U+%04X is not in the block", r)
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("U+%04X is a word rune, but isWordRune would skip it", r)
		}
	}
}
