// Package articles is where articles come from and where what belongs to them
// lives: sources (embedded sample, file, stdin), paragraph splitting and the
// store. It does the I/O; analysis lives in model.
package articles

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"

	"whosaid/model"
)

//go:embed alaska-summit.txt
var defaultArticle string

// DefaultName is how the embedded article is named in the status bar.
const DefaultName = "alaska-summit.txt (built in)"

// Load reads a source: "" for the embedded default, "-" for standard input,
// an http or https URL or a saved HTML page (see LoadContext), otherwise a
// file path.
func Load(source string) (model.Document, error) {
	if isWebSource(source) {
		return LoadContext(context.Background(), source, FetchOptions{})
	}
	switch source {
	case "":
		return model.Document{Source: DefaultName, Paragraphs: Split(defaultArticle)}, nil
	case "-":
		b, err := io.ReadAll(os.Stdin)
		if err != nil {
			return model.Document{}, fmt.Errorf("reading standard input: %w", err)
		}
		return model.Document{Source: "-", Paragraphs: Split(string(b))}, nil
	}
	b, err := os.ReadFile(source)
	if err != nil {
		return model.Document{}, err
	}
	return model.Document{Source: source, Paragraphs: Split(string(b))}, nil
}

// Split cuts text into paragraphs: blank-line separated blocks when the text
// has blank lines, else one paragraph per non-empty line.
func Split(text string) []model.Paragraph {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	lines := strings.Split(text, "\n")
	blank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank = true
			break
		}
	}
	var out []model.Paragraph
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, model.Paragraph{Text: strings.Join(cur, " ")})
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			continue
		}
		cur = append(cur, t)
		if !blank {
			flush()
		}
	}
	flush()
	return out
}
