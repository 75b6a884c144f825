package articles

import (
	"reflect"
	"strings"
	"testing"

	"whosaid/internal/testsupport"
	"whosaid/model"
)

// mdPara renders a paragraph for comparison: headings get a "# " prefix.
func mdParas(ps []model.Paragraph) []string {
	out := []string{}
	for _, p := range ps {
		if p.Kind == model.Heading {
			out = append(out, "# "+p.Text)
		} else {
			out = append(out, p.Text)
		}
	}
	return out
}

func TestSplitMarkdown(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string
		want  []string
	}{
		{"empty", "", "", []string{}},
		{"title from the first H1", "Intro line.\n\n## Section\n\n# The Title\n\nBody.", "The Title",
			[]string{"Intro line.", "# Section", "Body."}},
		{"title from the first heading when there is no H1", "## Sub\n\nText\n\n### Minor", "Sub",
			[]string{"Text", "# Minor"}},
		{"setext heading", "Big News\n========\n\nIt happened.", "Big News", []string{"It happened."}},
		{"soft wraps joined", "# T\n\nA line\nwrapped here.\n\nNext.", "T", []string{"A line wrapped here.", "Next."}},
		{"emphasis and strong removed", "She said it was *very* **very** _bad_ ~~good~~.", "",
			[]string{"She said it was very very bad good."}},
		{"links keep their text", "Read [the report](http://x.example/r \"t\") and <https://auto.example>.", "",
			[]string{"Read the report and https://auto.example."}},
		{"reference links", "See [the memo][m].\n\n[m]: http://memo.example", "", []string{"See the memo."}},
		{"images dropped", "Before ![a photo](p.jpg) after.", "", []string{"Before after."}},
		{"code spans keep their text", "Run `go test` now.", "", []string{"Run go test now."}},
		{"inline HTML tags dropped", "A <b>bold</b> and <span class=\"x\">styled</span> word.<br>Next", "",
			[]string{"A bold and styled word. Next"}},
		{"escapes and entities resolved", `Price \*not\* 5 &amp; 6 &copy; &#8220;q&#8221;`, "",
			[]string{"Price *not* 5 & 6 © “q”"}},
		{"quotation marks untouched", "“Yes,” she said. \"No,\" he said. 'Maybe.'", "",
			[]string{"“Yes,” she said. \"No,\" he said. 'Maybe.'"}},
		{"list items are paragraphs", "- first *point*\n- second\n  wrapped\n\n1. third\n   - nested", "",
			[]string{"first point", "second wrapped", "third", "nested"}},
		{"loose list items", "- one\n\n  more of one\n\n- two", "", []string{"one", "more of one", "two"}},
		{"blockquote paragraphs", "> “We will win,” he said.\n>\n> Second.", "",
			[]string{"“We will win,” he said.", "Second."}},
		{"fenced code and thematic breaks dropped", "A\n\n```\ncode()\n```\n\n---\n\nB", "", []string{"A", "B"}},
		{"indented block kept as text", "A\n\n    indented prose\n    goes on\n\nB", "", []string{"A", "indented prose goes on", "B"}},
		{"HTML comment dropped, HTML block text kept", "<!-- note -->\n\n<div class=\"cap\">\nPhoto: AP\n</div>", "",
			[]string{"Photo: AP"}},
		{"table rows", "| Name | Votes |\n|---|---|\n| Lind | 12 |", "", []string{"Name | Votes", "Lind | 12"}},
		{"front matter title", "---\ntitle: \"From YAML\"\nauthor: x\n---\n# Heading One\n\nBody.", "From YAML",
			[]string{"# Heading One", "Body."}},
		{"front matter title equal to H1 keeps one title", "---\ntitle: Same\n---\n\n# Same\n\nBody.", "Same",
			[]string{"Body."}},
		{"TOML front matter", "+++\ntitle = 'Hugo post'\n+++\n\nBody.", "Hugo post", []string{"Body."}},
		{"titles key is not title", "---\ntitles: x\n---\nBody.", "", []string{"Body."}},
		{"front matter without title", "---\ndate: 2025-08-15\n---\nBody.", "", []string{"Body."}},
		{"unclosed front matter is text", "---\nnot front matter", "", []string{"not front matter"}},
		{"controls stripped, entity ESC too", "\x1b[31mRed\x1b[0m &#27;[2Jtext", "", []string{"Red text"}},
		{"CRLF", "# T\r\n\r\nA\r\nB\r\n", "T", []string{"A B"}},
		{"non-breaking spaces folded", "A\u00a0\u00a0B", "", []string{"A B"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, ps := SplitMarkdown(tt.in)
			if title != tt.title {
				t.Errorf("title = %q, want %q", title, tt.title)
			}
			if got := mdParas(ps); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"", "# T\n\nx", "---\ntitle: t\n---\n", "[a](b) ![c](d) `e` <f>g</f>", "&#27;&#0;&#x9b;&#x202e;",
		"> - * + 1. x", "| a |\n|---|\n| b |", "<!--", "\\\\*x\\*", "***\n___", "    code\n\n```\nf\n```",
		"\x1b]0;t\x07# h\r\n", "\u00a0#\u00a0x", "- \n-\n- a",
		strings.Repeat("[a](", 3000), // too complex: read as plain text
	} {
		f.Add(s)
	}
	for _, s := range testsupport.RealArticles(f, 10) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		title, ps := SplitMarkdown(in)
		checkSafe(t, "title", title)
		if strings.ContainsAny(title, "\n\t") || strings.TrimSpace(title) != title {
			t.Fatalf("title is not one trimmed line: %q", title)
		}
		for i, p := range ps {
			checkSafe(t, "paragraph", p.Text)
			if p.Text == "" || strings.TrimSpace(p.Text) != p.Text || strings.ContainsAny(p.Text, "\n\t") {
				t.Fatalf("paragraph %d is empty, untrimmed or broken: %q", i+1, p.Text)
			}
		}
	})
}

// TestMarkdownTooComplex: inputs on which goldmark takes seconds or minutes
// (quadratic or worse) are read as plain text, so loading never hangs; real
// articles, however marked up, still get Markdown treatment.
func TestMarkdownTooComplex(t *testing.T) {
	nested := func() string {
		var b strings.Builder
		for i := range 200 {
			b.WriteString(strings.Repeat("  ", i) + "- x\n")
		}
		return b.String()
	}
	slow := map[string]string{
		"link openers":          strings.Repeat("[a](", 20000),
		"empty links":           strings.Repeat("[](", 20000),
		"brackets and stars":    strings.Repeat("[*_a", 20000),
		"backslash backticks":   strings.Repeat("\\``", 20000),
		"deep blockquote":       strings.Repeat("> ", 200) + "a",
		"deep list on a line":   strings.Repeat("* ", 200) + "a",
		"deep indented list":    nested(),
		"wide table":            strings.Repeat("|a", 20000) + "\n" + strings.Repeat("|-", 20000),
		"dense markup blocks":   strings.Repeat(strings.Repeat("[*_a", 100)+"\n\n", 1000),
		"over the Markdown cap": strings.Repeat("word ", mdMaxSize/5+1),
	}
	for name, in := range slow {
		if !mdTooComplex(in) {
			t.Errorf("%s: would go to the Markdown parser, which may take minutes", name)
		}
	}
	fine := map[string]string{
		"the built-in article": defaultArticle,
		"link-heavy paragraph": strings.Repeat("See [the report](https://example.com/r) and *more* (AP). ", 40),
		"nested list 6 deep":   "- a\n  - b\n    - c\n      - d\n        - e\n          - f\n",
		"long article":         strings.Repeat("A paragraph with a [link](u) and *emphasis*.\n\n", 100000),
		"thematic break":       strings.Repeat("-", 40),
	}
	for name, in := range fine {
		if mdTooComplex(in) {
			t.Errorf("%s: read as plain text, want Markdown", name)
		}
	}
	_, ps := SplitMarkdown("# T\n\n" + strings.Repeat("[a](", 20000))
	if len(ps) != 2 || ps[0].Text != "# T" {
		t.Errorf("too-complex Markdown should read as plain text, got %d paragraphs", len(ps))
	}
}

func BenchmarkSplitMarkdown(b *testing.B) {
	text := strings.Repeat("## A heading\n\n"+strings.ReplaceAll(defaultArticle, "\n", " *and* [a link](http://x.example).\n\n"),
		(10<<20)/(len(defaultArticle)*2)+1)
	if mdTooComplex(text) {
		b.Fatal("the benchmark text would be read as plain text")
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		SplitMarkdown(text)
	}
}

// TestLoadMarkdownArticle: a Markdown news page as a user would save it.
func TestLoadMarkdownArticle(t *testing.T) {
	doc, err := Load("testdata/summit.md")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Summit ends without deal" {
		t.Errorf("title %q", doc.Title)
	}
	want := []string{
		"By Jane Doe, Reuters · Updated 3:42 p.m.",
		"ANCHORAGE, Alaska — The two leaders met for nearly three hours.",
		"“We had an extremely productive meeting,” Trump said.",
		"“There’s no deal until there’s a deal,” he added.",
		"# What comes next",
		"Kremlin spokesperson Dmitry Peskov said the talks were “constructive”.",
		"Putin said nothing had been agreed.",
	}
	if got := mdParas(doc.Paragraphs); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}
