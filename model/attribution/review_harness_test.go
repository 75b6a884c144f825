package attribution_test

// The harness the review cases share: an article from paragraphs, a
// statement found by its text, and its speaker matched the way a reader
// names people (canonical name or alias, any case).

import (
	"fmt"
	"strings"
	"testing"

	"whosaid/model"
)

// reviewWant is one statement a reader should see: a quote by its exact
// text, or a reported statement by a snippet of its sentence. speaker is a
// name or alias; "" means no one's words; "*" any speaker; "A|B" either;
// "!A|B" anyone, or no one, except A and B.
type reviewWant struct {
	para    int
	kind    model.Kind
	text    string
	speaker string
}

func rvQ(para int, text, speaker string) reviewWant {
	return reviewWant{para, model.KindQuote, text, speaker}
}

func rvR(para int, snippet, speaker string) reviewWant {
	return reviewWant{para, model.KindReported, snippet, speaker}
}

type reviewCase struct {
	name  string
	paras []string
	want  []reviewWant
	// speakers, when above zero, is how many entries the side panel lists.
	speakers int
	// notSpeakers must not be listed, by name or alias.
	notSpeakers []string
}

func reviewArticle(paras ...string) *model.Article {
	doc := model.Document{Source: "review"}
	for _, p := range paras {
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
	}
	return analyzed(doc)
}

// speakerIs reports whether got, a statement's canonical speaker, is the
// one want names.
func speakerIs(a *model.Article, got, want string) bool {
	if rest, ok := strings.CutPrefix(want, "!"); ok {
		for _, n := range strings.Split(rest, "|") {
			if speakerIs(a, got, n) {
				return false
			}
		}
		return true
	}
	if strings.Contains(want, "|") {
		for _, n := range strings.Split(want, "|") {
			if speakerIs(a, got, n) {
				return true
			}
		}
		return false
	}
	if want == "*" {
		return got != ""
	}
	if want == "" || got == "" {
		return want == got
	}
	if strings.EqualFold(got, want) {
		return true
	}
	i := a.SpeakerByName(want)
	return i >= 0 && a.Speakers[i].Name == got
}

// findWant prefers a statement by the wanted speaker, so that a reported
// sentence split in two is not called wrong when one half is right.
func findWant(a *model.Article, w reviewWant) (model.Statement, bool) {
	var first model.Statement
	found := false
	for _, s := range a.Statements {
		if s.Paragraph != w.para || s.Kind != w.kind {
			continue
		}
		if w.kind == model.KindQuote && s.Text == w.text || w.kind == model.KindReported && strings.Contains(s.Text, w.text) {
			if speakerIs(a, s.Speaker, w.speaker) {
				return s, true
			}
			if !found {
				first, found = s, true
			}
		}
	}
	return first, found
}

func dumpArticle(a *model.Article) string {
	var b strings.Builder
	for _, s := range a.Statements {
		fmt.Fprintf(&b, "\n  p%d %s %q -> %q", s.Paragraph, s.Kind, s.Text, s.Speaker)
	}
	for _, sp := range a.Speakers {
		fmt.Fprintf(&b, "\n  speaker %q aliases %q", sp.Name, sp.Aliases)
	}
	return b.String()
}

func runReview(t *testing.T, cases []reviewCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := reviewArticle(c.paras...)
			bad := false
			for _, w := range c.want {
				s, ok := findWant(a, w)
				switch {
				case !ok:
					t.Errorf("p%d: no %s holding %q", w.para, w.kind, w.text)
					bad = true
				case !speakerIs(a, s.Speaker, w.speaker):
					t.Errorf("p%d: %q by %q, want %q", w.para, w.text, s.Speaker, w.speaker)
					bad = true
				}
			}
			if c.speakers > 0 && len(a.Speakers) != c.speakers {
				t.Errorf("%d speakers listed, want %d", len(a.Speakers), c.speakers)
				bad = true
			}
			for _, n := range c.notSpeakers {
				if i := a.SpeakerByName(n); i >= 0 {
					t.Errorf("%q listed as a speaker (%q)", n, a.Speakers[i].Name)
					bad = true
				}
			}
			if bad {
				t.Logf("got:%s", dumpArticle(a))
			}
		})
	}
}
