// Package ascii holds the word-at-a-time tests the text scanners share:
// they read eight bytes at once and pass a word of plain ASCII whole, where
// a byte-by-byte loop with a table lookup costs several instructions a byte.
// Each test may answer false for a word that would pass byte by byte (the
// caller then looks at its bytes one at a time), never true for one that
// would not.
package ascii

import "math/bits"

const (
	ones  uint64 = 0x0101010101010101
	highs uint64 = 0x8080808080808080
	lows  uint64 = 0x7f7f7f7f7f7f7f7f
)

// Load reads the eight bytes of s at i as a little-endian word; i+8 must
// not pass len(s). The compiler makes it one load.
func Load(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// LoadBytes is Load for a byte slice.
func LoadBytes(b []byte, i int) uint64 {
	b = b[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// below reports a byte under n (n at most 0x80) in x.
func below(x uint64, n byte) bool {
	return (x-ones*uint64(n))&^x&highs != 0
}

// has reports a byte equal to c in x.
func has(x uint64, c byte) bool {
	y := x ^ ones*uint64(c)
	return (y-ones)&^y&highs != 0
}

// Printable reports that all eight bytes of x are printable ASCII
// (0x20–0x7E).
func Printable(x uint64) bool {
	// a byte of 0x7F or more has its high bit set once one is added (a
	// carry out of a byte comes only from 0xFF, which is caught itself)
	return !below(x, 0x20) && (x|(x+ones))&highs == 0
}

// NoControl reports that x holds no C0 control byte and no DEL: only
// printable ASCII and bytes from 0x80 up.
func NoControl(x uint64) bool {
	return !below(x, 0x20) && !has(x, 0x7f)
}

// PlainJSON reports that all eight bytes of x go into a JSON string as
// they are: printable ASCII but the quote and the backslash.
func PlainJSON(x uint64) bool {
	q, b := x^ones*'"', x^ones*'\\'
	// below(x, 0x20), has(x, '"'), has(x, '\\') and Printable's high bits
	// in one expression, so the compiler inlines it
	return ((x-ones*0x20)&^x|(q-ones)&^q|(b-ones)&^b|x|(x+ones))&highs == 0
}

// Words reports that x is printable ASCII in which every space has a
// byte other than a space after it, inside x: words with single spaces
// between them, as they run on in prose.
func Words(x uint64) bool {
	if !Printable(x) {
		return false
	}
	sp := spaces(x)
	return sp&(sp>>8) == 0 && sp>>56 == 0
}

// NoQuote reports that x is ASCII without a quotation mark's byte: no ",
// ' or `.
func NoQuote(x uint64) bool {
	d, a, g := x^ones*'"', x^ones*'\'', x^ones*'`'
	return ((d-ones)&^d|(a-ones)&^a|(g-ones)&^g|x)&highs == 0
}

// LowerWords reports that all eight bytes of x are lower-case ASCII
// letters, digits or spaces: running prose that holds no capital.
func LowerWords(x uint64) bool {
	// for a byte under 0x80, adding 0x80-n sets its high bit just when it
	// is n or more, with no carry out of the byte; a byte from 0x80 up
	// fails by the last term whatever its neighbours' sums
	y := x ^ ones*' ' // a space is 0: adding 0x7F leaves its high bit clear
	lower := (x + ones*(0x80-'a')) &^ (x + ones*(0x80-'z'-1))
	digit := (x + ones*(0x80-'0')) &^ (x + ones*(0x80-'9'-1))
	return (lower|digit|^(y+lows))&^x&highs == highs
}

// AlnumRun returns how many ASCII letters and digits x opens with (its
// first bytes in the string), 0 to 8: the rest of a word, eight bytes at a
// time.
func AlnumRun(x uint64) int {
	// as in LowerWords, a byte under 0x80 gets its high bit from the sums
	// just when it is in the range, with no carry out of it; a byte from
	// 0x80 up is no letter by the last term, and any carry out of it only
	// reaches the bytes after it, which the run never gets to
	y := x | ones*0x20 // a capital's small letter; no other byte lands in a-z
	letter := (y + ones*(0x80-'a')) &^ (y + ones*(0x80-'z'-1))
	digit := (x + ones*(0x80-'0')) &^ (x + ones*(0x80-'9'-1))
	alnum := (letter | digit) &^ x & highs
	return bits.TrailingZeros64(^alnum&highs) / 8 // 64 / 8 when all are
}

// Blanks has the high bit of each byte of x that is a space, a tab or a
// newline set, exactly.
func Blanks(x uint64) uint64 {
	return zeros(x^ones*' ') | zeros(x^ones*'\t') | zeros(x^ones*'\n')
}

// zeros has the high bit of each zero byte of x set, exactly: adding 0x7F
// to a byte's low seven bits carries into its high bit unless all are 0,
// and carries out of none.
func zeros(y uint64) uint64 {
	return ^((y&lows + lows) | y) & highs
}

// spaces has the high bit of each byte of x that is a space set, exactly.
func spaces(x uint64) uint64 {
	y := x ^ ones*0x20         // a space becomes 0; x is printable, so no byte has its high bit
	return ^(y + lows) & highs // and adding 0x7F to each byte carries out of none
}
