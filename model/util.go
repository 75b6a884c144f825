package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func equalFold(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

var accents = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// FoldAccents removes accents: "José" reads as "Jose", "Mélanie" as
// "Melanie". Names are compared, and looked up in the name tables, so.
func FoldAccents(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			out, _, err := transform.String(accents, s)
			if err != nil {
				return s
			}
			return out
		}
	}
	return s
}
