package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func splitParas(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	if strings.Contains(text, "\n\n") {
		for _, b := range strings.Split(text, "\n\n") {
			b = strings.TrimSpace(strings.Join(strings.Fields(b), " "))
			if b != "" {
				out = append(out, b)
			}
		}
		return out
	}
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestScratchMarks(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip("scratch")
	}
	files, _ := filepath.Glob(os.Getenv("SCRATCH") + "/*.json")
	for _, f := range files {
		var g struct {
			Quotes []struct {
				Paragraph int
				Text      string
			}
		}
		b, _ := os.ReadFile(f)
		json.Unmarshal(b, &g)
		tb, _ := os.ReadFile(strings.TrimSuffix(f, ".json") + ".txt")
		paras := splitParas(string(tb))
		var got []string
		for i, p := range paras {
			for _, s := range scanQuotes(p) {
				got = append(got, itoa(i+1)+"|"+p[s.TextStart:s.TextEnd])
			}
		}
		var want []string
		for _, q := range g.Quotes {
			want = append(want, itoa(q.Paragraph)+"|"+q.Text)
		}
		gs := strings.Join(got, "\n")
		ws := strings.Join(want, "\n")
		if gs != ws {
			t.Errorf("%s:\nGOT\n%s\nWANT\n%s", f, gs, ws)
		}
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }
