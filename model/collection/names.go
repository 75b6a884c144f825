package collection

import (
	"strings"
	"unicode"

	"whosaid/model"
)

// personName is a person's name as the merge compares it: lower case,
// without accents or full stops. "Donald J. Trump" is given "donald",
// middle "j", surname "trump"; "Bill de Blasio" has the surname "de
// blasio"; "Obama" alone has no given name.
type personName struct {
	given   string
	middle  string // initials of the middle names: "j" for "J." and "John" alike
	surname string
	suffix  string // jr, sr, ii…: a different person from the one without
	whole   string // given, surname and suffix: what names of one person share
}

// full reports whether the name has a given name as well as a surname.
func (n personName) full() bool { return n.given != "" }

// base is what names of one person share whatever their middle names.
func (n personName) base() string { return n.whole }

// tail is what a surname-only mention must share with a full name.
func (n personName) tail() string { return n.surname + " " + n.suffix }

// Words that are part of a surname when they come before its last word.
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "du": true, "dos": true, "das": true, "le": true, "la": true,
	"ter": true, "ten": true, "bin": true, "ibn": true, "al": true, "el": true, "st": true,
}

var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// parsePerson splits a person's name into its parts.
func parsePerson(name string) personName {
	words := nameWords(name)
	var n personName
	if k := len(words); k > 1 && suffixes[words[k-1]] {
		n.suffix, words = words[k-1], words[:k-1]
	}
	if len(words) == 0 {
		return n
	}
	start := len(words) - 1
	for start > 0 && particles[words[start-1]] {
		start--
	}
	n.surname = strings.TrimPrefix(strings.TrimPrefix(strings.Join(words[start:], " "), "al-"), "el-")
	if start == 0 {
		return n
	}
	n.given = words[0]
	n.whole = n.given + " " + n.surname + " " + n.suffix
	var mid strings.Builder
	for _, w := range words[1:start] {
		mid.WriteString(initials(w))
	}
	n.middle = mid.String()
	return n
}

// initials is a middle name as its initial, or a run of initials ("hw" for
// "H.W.") as they are.
func initials(w string) string {
	if len(w) <= 2 {
		return w
	}
	r := []rune(w)
	return string(r[0])
}

// nameWords lowers a name, folds accents, drops full stops and a final
// possessive, and splits it into words; "H.W." stays one word, "hw".
func nameWords(name string) []string {
	s := strings.ToLower(model.FoldAccents(name))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	fields := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	out := fields[:0]
	for _, f := range fields {
		f = strings.ReplaceAll(f, ".", "")
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// orgKey is how the names of bodies, groups and outlets are compared: "the
// State Department" and "State Department" are one.
func orgKey(name string) string {
	words := nameWords(name)
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// roleWords are the words of a role that can tell two people apart:
// "President" and "U.S. President" share "president"; "the", "of" and
// "former" tell nothing.
func roleWords(role string) []string {
	var out []string
	for _, w := range nameWords(role) {
		if !roleStop[w] {
			out = append(out, w)
		}
	}
	return out
}

var roleStop = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "for": true, "and": true, "in": true,
	"on": true, "at": true, "to": true, "former": true, "then": true, "us": true, "u": true,
	"s": true, "new": true, "who": true, "is": true, "was": true,
}
