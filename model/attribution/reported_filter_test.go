package attribution

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"whosaid/internal/testsupport"
	"whosaid/model"
)

// mayReport lets reportedIn skip most tokens; it must never skip one on
// which the full reading finds a cue, or reported statements would go
// missing. Every token of the articles at hand is read both ways.
func TestMayReportHidesNoCue(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.txt")
	for _, dir := range []string{"dev", "real-train"} {
		more, _ := filepath.Glob(testsupport.Corpus(dir, "*.txt"))
		files = append(files, more...)
	}
	if len(files) == 0 {
		t.Fatal("no articles found in testdata")
	}
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc model.Document
		for _, p := range strings.Split(string(b), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p})
			}
		}
		an := newAnalyzer(doc)
		for i, p := range an.paras {
			an.tokenizePara(p, &an.tokBuf)
			pc := an.newPctx(p)
			pc.indexSentences()
			for s := 0; s < len(pc.toks); {
				end := pc.sentEnd(s)
				for v := s; v < end; v++ {
					if pc.mayReport(v) {
						continue
					}
					checked++
					if h := pc.reportingCueAt(v, s, end); h != (cueHit{}) {
						t.Errorf("%s ¶%d: %q is skipped but reads as a cue (%q)", filepath.Base(f), p.num, pc.toks[v].low, h.cue)
					}
				}
				s = end
			}
			an.safeParagraph(i)
		}
		an.giveScratch()
	}
	t.Logf("%d tokens of %d articles skipped, none a cue", checked, len(files))
}
