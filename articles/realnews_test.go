package articles

import (
	"os"
	"path/filepath"
	"testing"
)

// realNewsDir holds real articles (PolNeAR's training split) beside the
// project; they seed the fuzz targets when present.
const realNewsDir = "../../shared/corpus/real-train"

// realArticles returns every step-th real article, or none, with a note,
// without ../shared.
func realArticles(tb testing.TB, step int) []string {
	files, _ := filepath.Glob(filepath.Join(realNewsDir, "*.txt"))
	if len(files) == 0 {
		tb.Logf("%s not found: fuzz seeds are the built-in ones only", realNewsDir)
	}
	var out []string
	for i := 0; i < len(files); i += step {
		b, err := os.ReadFile(files[i])
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}
