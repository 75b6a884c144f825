package export

import (
	"strings"
	"testing"

	"whosaid/model"

	"github.com/mattn/go-runewidth"
)

func TestTableFitsWidthAndKeepsAllText(t *testing.T) {
	stmts := []model.Statement{
		{Paragraph: 7, Kind: model.KindQuote, Speaker: "Trump", Text: "One is probably the most significant, but we have a very good chance of getting there."},
		{Paragraph: 12, Kind: model.KindReported, Speaker: "Dmitry Peskov", Text: "Kremlin spokesperson Dmitry Peskov said a decision was made not to take questions https://example.com/a/very/long/url/that/cannot/fit/in/one/line/at/all"},
		{Paragraph: 14, Kind: model.KindQuote, Text: "Fair Work, Fair Pay"},
	}
	for _, width := range []int{60, 80, 120} {
		out := Table(stmts, width)
		for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			if w := runewidth.StringWidth(line); w > width {
				t.Errorf("width %d: line of %d cells: %q", width, w, line)
			}
		}
		flat := strings.Join(strings.Fields(out), "")
		for _, s := range stmts {
			if !strings.Contains(flat, strings.Join(strings.Fields(s.Text), "")) {
				t.Errorf("width %d: text lost: %q", width, s.Text)
			}
		}
		if !strings.Contains(out, "¶12") || !strings.Contains(out, "Dmitry Peskov") || !strings.Contains(out, NoOne) {
			t.Errorf("width %d: paragraph, speaker or the no-speaker mark missing:\n%s", width, out)
		}
	}
}
