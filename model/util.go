package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func equalFold(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// FoldAccents removes accents: "José" reads as "Jose", "Mélanie" as
// "Melanie". Names are compared, and looked up in the name tables, so.
func FoldAccents(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 { // no shared transformer: batches fold names side by side
			return norm.NFC.String(strings.Map(dropMark, norm.NFD.String(s)))
		}
	}
	return s
}

func dropMark(r rune) rune {
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return r
}
