package attribution_test

// The harness every attribution test shares: an article built from
// paragraphs, a statement found by its text, and its speaker checked by the
// name the reader sees in the side panel.

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"whosaid/articles"
	"whosaid/internal/testsupport"
	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
)

// analyze analyses doc; a fault in the rules fails the test that met it.
var analyze = attributiontest.Analyze

// article analyses one paragraph per string, as a reader's article would
// arrive from its source.
func article(tb testing.TB, paras ...string) *model.Article {
	tb.Helper()
	doc := model.Document{Source: "test"}
	for _, p := range paras {
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
	}
	return analyze(tb, doc)
}

// probeArticle analyses one of testdata/probes' articles by its name, its
// first line read as a headline, as the probe test reads them.
func probeArticle(tb testing.TB, name string) *model.Article {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "probes", name))
	if err != nil {
		tb.Fatal(err)
	}
	title, paras := articles.SplitTitled(string(b))
	return analyze(tb, model.Document{Source: name, Title: title, Paragraphs: paras})
}

// articleText analyses text split into paragraphs the way a file is.
func articleText(tb testing.TB, text string) *model.Article {
	tb.Helper()
	return analyze(tb, model.Document{Paragraphs: articles.Split(text)})
}

// stmt is one statement a reader should see: a quotation by its exact text
// between the marks, or reported speech by a snippet of its text.
//
// speaker is the canonical name the side panel shows; "" means no one's
// words; "*" anyone's; "~name" any of the speaker's names or aliases,
// ignoring case and a leading "the" (bodies are named many ways); "A|B"
// either; "!A|B" anyone, or no one, except whoever is called A or B.
type stmt struct {
	para    int
	kind    model.Kind
	text    string
	speaker string
}

func quoteBy(para int, text, speaker string) stmt {
	return stmt{para, model.KindQuote, text, speaker}
}

func reportedBy(para int, snippet, speaker string) stmt {
	return stmt{para, model.KindReported, snippet, speaker}
}

// attrCase is one small article and what a reader should see in it.
type attrCase struct {
	name  string
	paras []string
	// want holds every quotation of the article, in order, and any of its
	// reported statements, each with its speaker.
	want []stmt
	// moreQuotes says the article holds quotations want leaves out.
	moreQuotes bool
	// speakers, when not nil, is the side panel: exactly these canonical
	// names, in any order.
	speakers []string
	// named must be in the side panel under exactly these names.
	named []string
	// notSpeakers must not be in the side panel by any name or alias.
	notSpeakers []string
	// notReported are snippets no reported statement in their paragraph
	// may hold (the words are not speech); an empty one stands for any.
	notReported []stmt
	// noAliases are words no speaker may be found by: they would match
	// other things.
	noAliases []string
	// notInRoles are words no speaker's role may hold.
	notInRoles []string
	// kinds are what the side panel's speakers of these names are: a
	// person, a group, a body, an unnamed source.
	kinds map[string]model.SpeakerKind
}

// run checks each case in a subtest of its own.
func run(t *testing.T, cases []attrCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			check(t, article(t, c.paras...), c)
		})
	}
}

// check asserts all c says of a, and shows what a holds when it fails.
func check(t *testing.T, a *model.Article, c attrCase) {
	t.Helper()
	checkOffsets(t, a)
	for _, w := range c.want {
		checkStmt(t, a, w)
	}
	if !c.moreQuotes {
		checkAllQuotes(t, a, c.want)
	}
	if c.speakers != nil {
		checkSpeakerSet(t, a, c.speakers)
	}
	checkPanel(t, a, c)
	for _, w := range c.notReported {
		if s, ok := find(a, reportedBy(w.para, w.text, "")); ok {
			t.Errorf("¶%d: %q is no speech, yet shown as reported by %q (cue %q)", w.para, w.text, s.Speaker, s.Cue)
		}
	}
	if t.Failed() {
		t.Logf("got:%s", dump(a))
	}
}

// find returns the first statement of w's kind in w's paragraph that is
// w's quotation or holds w's snippet.
func find(a *model.Article, w stmt) (model.Statement, bool) {
	for _, s := range a.Statements {
		if s.Paragraph != w.para || s.Kind != w.kind {
			continue
		}
		if w.kind == model.KindQuote && s.Text == w.text || w.kind == model.KindReported && strings.Contains(s.Text, w.text) {
			return s, true
		}
	}
	return model.Statement{}, false
}

// mustFind is find for a test that cannot go on without the statement.
func mustFind(t *testing.T, a *model.Article, w stmt) model.Statement {
	t.Helper()
	s, ok := find(a, w)
	if !ok {
		t.Fatalf("¶%d: no %s holding %q; got:%s", w.para, w.kind, w.text, dump(a))
	}
	return s
}

// checkStmt asserts the article holds w, by w's speaker.
func checkStmt(t *testing.T, a *model.Article, w stmt) {
	t.Helper()
	s, ok := find(a, w)
	switch {
	case !ok:
		t.Errorf("¶%d: no %s holding %q", w.para, w.kind, w.text)
	case !speakerIs(a, s, w.speaker):
		t.Errorf("¶%d %s %q: speaker %q, want %q", w.para, w.kind, w.text, s.Speaker, w.speaker)
	}
}

// checkAllQuotes asserts the article's quotations are the wanted ones, in
// order: nothing a reader would see highlighted is missing or extra.
func checkAllQuotes(t *testing.T, a *model.Article, want []stmt) {
	t.Helper()
	var got, wanted []string
	for _, s := range quotesOf(a) {
		got = append(got, fmt.Sprintf("¶%d %q", s.Paragraph, s.Text))
	}
	for _, w := range want {
		if w.kind == model.KindQuote {
			wanted = append(wanted, fmt.Sprintf("¶%d %q", w.para, w.text))
		}
	}
	if strings.Join(got, ", ") != strings.Join(wanted, ", ") {
		t.Errorf("quotations\n got  %s\n want %s", strings.Join(got, ", "), strings.Join(wanted, ", "))
	}
}

func quotesOf(a *model.Article) []model.Statement {
	var out []model.Statement
	for _, s := range a.Statements {
		if s.Kind == model.KindQuote {
			out = append(out, s)
		}
	}
	return out
}

// speakerIs reports whether s is by the speaker want names (see stmt).
func speakerIs(a *model.Article, s model.Statement, want string) bool {
	if rest, ok := strings.CutPrefix(want, "!"); ok {
		for _, n := range strings.Split(rest, "|") {
			if speakerIs(a, s, "~"+n) {
				return false
			}
		}
		return true
	}
	if strings.Contains(want, "|") {
		for _, n := range strings.Split(want, "|") {
			if speakerIs(a, s, n) {
				return true
			}
		}
		return false
	}
	if want == "*" {
		return s.Speaker != ""
	}
	name, loose := strings.CutPrefix(want, "~")
	if !loose || s.Speaker == "" {
		return s.Speaker == name
	}
	if s.SpeakerIndex < 0 || s.SpeakerIndex >= len(a.Speakers) {
		return false
	}
	sp := a.Speakers[s.SpeakerIndex]
	for _, n := range append([]string{sp.Name}, sp.Aliases...) {
		if strings.EqualFold(trimThe(n), trimThe(name)) {
			return true
		}
	}
	return false
}

func trimThe(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return s[4:]
	}
	return s
}

// checkSpeakerSet asserts the side panel lists exactly names.
func checkSpeakerSet(t *testing.T, a *model.Article, names []string) {
	t.Helper()
	got := map[string]bool{}
	for _, sp := range a.Speakers {
		got[sp.Name] = true
	}
	same := len(got) == len(names) && len(a.Speakers) == len(names)
	for _, n := range names {
		same = same && got[n]
	}
	if !same {
		t.Errorf("side panel %q, want %q", speakerNames(a), names)
	}
}

// checkPanel asserts what c says the side panel must and must not show.
func checkPanel(t *testing.T, a *model.Article, c attrCase) {
	t.Helper()
	for _, n := range c.named {
		if !slices.Contains(speakerNames(a), n) {
			t.Errorf("side panel %q does not name %q", speakerNames(a), n)
		}
	}
	for _, n := range c.notSpeakers {
		if sp, name, ok := speakerContaining(a, n); ok {
			t.Errorf("%q listed as a speaker: %q is named %q", n, sp, name)
		}
	}
	for n, k := range c.kinds {
		i := slices.Index(speakerNames(a), n)
		switch {
		case i < 0:
			t.Errorf("no speaker %q to be a %s; side panel %q", n, k, speakerNames(a))
		case a.Speakers[i].Kind != k:
			t.Errorf("%q is a %s, want a %s", n, a.Speakers[i].Kind, k)
		}
	}
	for _, sp := range a.Speakers {
		for _, w := range c.noAliases {
			if slices.Contains(sp.Aliases, w) {
				t.Errorf("%q has the alias %q, a common word that matches other things", sp.Name, w)
			}
		}
		for _, w := range c.notInRoles {
			if strings.Contains(" "+sp.Role+" ", " "+w+" ") {
				t.Errorf("%q has the role %q: it holds %q", sp.Name, sp.Role, w)
			}
		}
	}
}

// speakerContaining finds a speaker one of whose names holds the words of
// n, ignoring case: "Place Navy officials" holds "Navy officials", but
// "Linda" does not hold "Lind".
func speakerContaining(a *model.Article, n string) (speaker, name string, ok bool) {
	words := " " + strings.ToLower(strings.Join(strings.Fields(n), " ")) + " "
	for _, sp := range a.Speakers {
		for _, name := range append([]string{sp.Name}, sp.Aliases...) {
			if strings.HasPrefix(name, "the ") {
				continue // a description the speaker is known by ("the regulator"), which is no name
			}
			if strings.Contains(" "+strings.ToLower(strings.Join(strings.Fields(name), " "))+" ", words) {
				return sp.Name, name, true
			}
		}
	}
	return "", "", false
}

func speakerNames(a *model.Article) []string {
	var out []string
	for _, sp := range a.Speakers {
		out = append(out, sp.Name)
	}
	return out
}

// checkOffsets asserts what every consumer of statements relies on: each
// statement's text is its paragraph's bytes between Start and End, and its
// speaker is the one its index points to.
func checkOffsets(t testing.TB, a *model.Article) {
	t.Helper()
	for _, s := range a.Statements {
		if (s.Paragraph < 1 && !(s.Paragraph == 0 && a.Title != "")) || s.Paragraph > len(a.Paragraphs) {
			t.Errorf("statement %q in paragraph %d of %d", s.Text, s.Paragraph, len(a.Paragraphs))
			continue
		}
		p := a.ParagraphText(s.Paragraph)
		if s.Start < 0 || s.Start > s.End || s.End > len(p) {
			t.Errorf("statement %q: offsets %d..%d outside paragraph %d (%d bytes)", s.Text, s.Start, s.End, s.Paragraph, len(p))
			continue
		}
		if p[s.Start:s.End] != s.Text {
			t.Errorf("statement text %q differs from paragraph %d bytes [%d:%d] %q", s.Text, s.Paragraph, s.Start, s.End, p[s.Start:s.End])
		}
		if s.Speaker != "" && (s.SpeakerIndex < 0 || s.SpeakerIndex >= len(a.Speakers) || a.Speakers[s.SpeakerIndex].Name != s.Speaker) {
			t.Errorf("statement %q: speaker %q does not match speaker index %d", s.Text, s.Speaker, s.SpeakerIndex)
		}
	}
}

// dump shows an article's statements and speakers for a failure message.
func dump(a *model.Article) string {
	var b strings.Builder
	for _, s := range a.Statements {
		fmt.Fprintf(&b, "\n  ¶%d %s %q by %q", s.Paragraph, s.Kind, s.Text, s.Speaker)
	}
	for _, sp := range a.Speakers {
		fmt.Fprintf(&b, "\n  speaker %q aliases %q role %q", sp.Name, sp.Aliases, sp.Role)
	}
	return b.String()
}

// A forbidden name fails a case when any speaker's name or alias holds its
// words, not only when one is exactly that name.
func TestSpeakerContainingMatchesWholeWords(t *testing.T) {
	a := &model.Article{Speakers: []model.Speaker{
		{Name: "Place Navy officials"}, {Name: "Linda Berg", Aliases: []string{"Berg"}},
	}}
	for n, want := range map[string]bool{
		"Place Navy officials": true, "navy Officials": true, "Navy": true, "berg": true,
		"Lind": false, "Navy officials said": false, "Place officials": false,
	} {
		if _, _, got := speakerContaining(a, n); got != want {
			t.Errorf("a speaker holding %q: %v, want %v", n, got, want)
		}
	}
}

// ownAndRealArticles loads the project's own test articles
// (testdata/heldout*) and, when ../shared is there, every nth real-train
// article: the set the whole-article tests run over.
func ownAndRealArticles(t *testing.T, nth int) []model.Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "heldout*", "*.txt"))
	if len(files) < 2 {
		t.Fatal("no articles found in testdata")
	}
	var docs []model.Document
	for _, f := range files {
		doc, err := articles.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	for _, text := range testsupport.RealArticles(t, nth) {
		docs = append(docs, model.Document{Source: "a real-train article", Paragraphs: articles.Split(text)})
	}
	return docs
}
