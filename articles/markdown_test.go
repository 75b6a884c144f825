package articles

import (
	"reflect"
	"strings"
	"testing"

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
	} {
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
