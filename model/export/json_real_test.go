package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"whosaid/articles"
	"whosaid/internal/testsupport"
	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
	"whosaid/model/export"
)

// WriteJSON is written by hand for speed; it must not drift from what
// encoding/json prints for the same document (but for the null speaker of
// no one's words), on the built-in article and, with ../shared, on every
// real-train article.
func TestWriteJSONIsEncodingJSON(t *testing.T) {
	doc, err := articles.Load("")
	if err != nil {
		t.Fatal(err)
	}
	arts := append([]*model.Article{attributiontest.Analyze(t, doc)}, realNews(t, 1)...)
	for _, a := range arts {
		for _, speaker := range []string{"", speakerOf(a)} {
			var got bytes.Buffer
			if err := export.WriteJSON(&got, a, speaker); err != nil {
				t.Fatal(err)
			}
			want := encodingJSON(t, a, speaker)
			if !bytes.Equal(got.Bytes(), want) {
				i := firstDifference(got.Bytes(), want)
				t.Fatalf("%s (speaker %q): WriteJSON and encoding/json part at byte %d:\n got …%.120s\nwant …%.120s",
					a.Source, speaker, i, got.Bytes()[i:], want[i:])
			}
		}
	}
}

// encodingJSON is the document as encoding/json prints it, with the one
// difference WriteJSON makes on purpose: a null speaker for no one's words.
func encodingJSON(t *testing.T, a *model.Article, speaker string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(export.JSONOf(a, speaker)); err != nil {
		t.Fatal(err)
	}
	return bytes.ReplaceAll(b.Bytes(), []byte(`"speaker":""`), []byte(`"speaker":null`))
}

func speakerOf(a *model.Article) string {
	if len(a.Speakers) == 0 {
		return ""
	}
	return a.Speakers[len(a.Speakers)-1].Name
}

func firstDifference(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// BenchmarkWriteJSONRealNews writes `quotes --json` for real-train's 840
// articles, analysed beforehand: the JSON alone, without the analysis.
func BenchmarkWriteJSONRealNews(b *testing.B) {
	testsupport.NeedArticles(b, "real-train")
	arts := realNews(b, 1)
	size := 0
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			size += len(p.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	defer testsupport.CPUPerOp(b)()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if err := export.WriteJSON(io.Discard, a, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// realNews analyses every step-th real-train article, or none without
// ../shared.
func realNews(tb testing.TB, step int) []*model.Article {
	var out []*model.Article
	for i, text := range testsupport.RealArticles(tb, step) {
		src := fmt.Sprintf("real-train article %d", i*step+1)
		out = append(out, attributiontest.Analyze(tb, model.Document{Source: src, Paragraphs: articles.Split(text)}))
	}
	return out
}
