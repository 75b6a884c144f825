package model

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugTokens(t *testing.T) {
	s := os.Getenv("DEBUGTEXT")
	if s == "" {
		t.Skip()
	}
	an := newAnalyzer(Document{Paragraphs: []Paragraph{{Text: s}}})
	p := an.paras[0]
	p.toks = tokenize(p.text, p.spans, nil, an.intern)
	pc := &pctx{an: an, p: p, toks: p.toks}
	pc.indexSentences()
	for i, x := range p.toks {
		fmt.Printf("%d %q name=%v run=%d cue=%v ss=%v\n", i, s[x.start:x.end], pc.isNameWord(i), pc.runEnd(i), isCue(p.toks, i), x.sentStart)
	}
}
