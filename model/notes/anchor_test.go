package notes

import (
	"strings"
	"testing"
	"unicode/utf8"

	"whosaid/model"
)

func paras(texts ...string) []model.Paragraph {
	out := make([]model.Paragraph, len(texts))
	for i, t := range texts {
		out[i] = model.Paragraph{Text: t}
	}
	return out
}

var summit = paras(
	"The two world leaders ended their historic press conference without taking questions.",
	"The meeting lasted more than two and a half hours.",
	"“Some are not that significant,” Trump said. “One is probably the most significant, but we have a very good chance of getting there. We didn’t get there, but we have a very good chance of getting there.”",
	"Putin said the talks were “constructive” and called for a lasting peace.",
)

// anchorOf anchors the n-th (0-based) occurrence of text in paragraph p.
func anchorOf(t *testing.T, ps []model.Paragraph, p int, text string, nth int) Anchor {
	t.Helper()
	body := ps[p-1].Text
	at := -1
	for k, from := 0, 0; k <= nth; k++ {
		i := strings.Index(body[from:], text)
		if i < 0 {
			t.Fatalf("%q not %d times in ¶%d", text, nth+1, p)
		}
		at = from + i
		from = at + 1
	}
	return NewAnchor(ps, p, at, at+len(text))
}

func spanText(ps []model.Paragraph, at Attachment) string {
	return ps[at.Paragraph-1].Text[at.Start:at.End]
}

func TestWholeTextAndAnchorPositions(t *testing.T) {
	a := anchorOf(t, summit, 2, "two and a half hours", 0)
	whole := WholeText(summit)
	if got := whole[a.Start:a.End]; got != "two and a half hours" {
		t.Fatalf("anchor position points at %q", got)
	}
	if !strings.HasSuffix(a.Prefix, "lasted more than ") || utf8.RuneCountInString(a.Prefix) != AnchorContext {
		t.Errorf("prefix %q: want the %d characters before the text", a.Prefix, AnchorContext)
	}
	if !strings.HasPrefix(a.Suffix, ".\n\n“Some") || utf8.RuneCountInString(a.Suffix) != AnchorContext {
		t.Errorf("suffix %q: want the %d characters after the text, across paragraphs", a.Suffix, AnchorContext)
	}
	first := NewAnchor(summit, 1, 0, 7)
	if first.Prefix != "" || first.Exact != "The two" {
		t.Errorf("anchor at the article's start: %+v", first)
	}
}

func TestReattachUnchanged(t *testing.T) {
	a := anchorOf(t, summit, 4, "constructive", 0)
	at := Reattach(a, summit)
	if at.Orphaned || at.Fuzzy || at.Paragraph != 4 || spanText(summit, at) != "constructive" {
		t.Fatalf("unchanged article: got %+v", at)
	}
}

func TestReattachAfterInsertionBefore(t *testing.T) {
	a := anchorOf(t, summit, 4, "called for a lasting peace", 0)
	changed := append(paras("A new opening paragraph was added by the editors.", "And another one."), summit...)
	at := Reattach(a, changed)
	if at.Orphaned || at.Paragraph != 6 || spanText(changed, at) != "called for a lasting peace" {
		t.Fatalf("after two paragraphs inserted before: got %+v, want ¶6", at)
	}
	whole := WholeText(changed)
	if whole[at.TextStart:at.TextEnd] != "called for a lasting peace" {
		t.Errorf("whole-text offsets %d..%d do not hold the text", at.TextStart, at.TextEnd)
	}
}

func TestReattachAfterDeletionBefore(t *testing.T) {
	a := anchorOf(t, summit, 4, "constructive", 0)
	changed := []model.Paragraph{summit[0], summit[3]}
	at := Reattach(a, changed)
	if at.Orphaned || at.Paragraph != 2 || spanText(changed, at) != "constructive" {
		t.Fatalf("after paragraphs deleted before: got %+v, want ¶2", at)
	}
}

func TestReattachWordsDeletedInside(t *testing.T) {
	a := anchorOf(t, summit, 1, "ended their historic press conference without taking questions", 0)
	changed := paras("The two world leaders ended their press conference without taking questions.")
	at := Reattach(a, changed)
	if at.Orphaned || !at.Fuzzy {
		t.Fatalf("a word deleted inside the highlight: got %+v, want a fuzzy match", at)
	}
	if got := spanText(changed, at); got != "ended their press conference without taking questions" {
		t.Errorf("fuzzy match covers %q", got)
	}
}

func TestReattachWordChangedInside(t *testing.T) {
	a := anchorOf(t, summit, 3, "One is probably the most significant", 0)
	changed := paras(summit[0].Text, summit[1].Text,
		"“Some are not that significant,” Trump said. “One is certainly the most significant, but we have a chance.”")
	at := Reattach(a, changed)
	if at.Orphaned || !at.Fuzzy || at.Paragraph != 3 {
		t.Fatalf("a word changed inside the highlight: got %+v", at)
	}
	if got := spanText(changed, at); got != "One is certainly the most significant" {
		t.Errorf("fuzzy match covers %q", got)
	}
}

func TestReattachRepeatedTextKeepsTheSameOccurrence(t *testing.T) {
	phrase := "we have a very good chance of getting there"
	for nth := 0; nth < 2; nth++ {
		a := anchorOf(t, summit, 3, phrase, nth)
		changed := append(paras("Inserted first."), summit...)
		at := Reattach(a, changed)
		want := anchorOf(t, changed, 4, phrase, nth)
		if at.Orphaned || at.TextStart != want.Start || at.TextEnd != want.End {
			t.Errorf("occurrence %d of a repeated phrase re-attached at %d..%d, want %d..%d",
				nth+1, at.TextStart, at.TextEnd, want.Start, want.End)
		}
	}
}

func TestReattachRepeatedTextSameContextPicksNearest(t *testing.T) {
	ps := paras("yes", "yes", "yes", "yes")
	a := NewAnchor(ps, 3, 0, 3)
	a.Prefix, a.Suffix = "", "" // no context to tell them apart
	at := Reattach(a, ps)
	if at.Paragraph != 3 {
		t.Fatalf("identical occurrences: got ¶%d, want the nearest (¶3)", at.Paragraph)
	}
}

func TestReattachTextGoneIsOrphaned(t *testing.T) {
	a := anchorOf(t, summit, 4, "called for a lasting peace", 0)
	changed := paras(summit[0].Text, summit[1].Text, "Putin said the talks were “constructive”.")
	if at := Reattach(a, changed); !at.Orphaned {
		t.Fatalf("text removed from the article: got %+v (%q), want orphaned", at, spanText(changed, at))
	}
	if at := Reattach(a, nil); !at.Orphaned {
		t.Errorf("empty article: got %+v, want orphaned", at)
	}
	if at := Reattach(Anchor{}, summit); !at.Orphaned {
		t.Errorf("empty anchor: got %+v, want orphaned", at)
	}
}

func TestReattachMultibyteText(t *testing.T) {
	ps := paras("Песков сказал: «Это было конструктивно».", "Другое.")
	a := anchorOf(t, ps, 1, "Это было конструктивно", 0)
	changed := paras("Новый абзац.", "Песков сказал: «Это было очень конструктивно».")
	at := Reattach(a, changed)
	if at.Orphaned || at.Paragraph != 2 || !utf8.ValidString(spanText(changed, at)) {
		t.Fatalf("Cyrillic text with a word inserted: got %+v", at)
	}
	if got := spanText(changed, at); !strings.Contains(got, "Это было") || !strings.HasSuffix(got, "конструктивно") {
		t.Errorf("fuzzy match covers %q", got)
	}
}

func FuzzReattach(f *testing.F) {
	f.Add("one two\n\nthree four five\n\nsix", 4, 9, "inserted\n\n", 0)
	f.Add("“Quote,” he said.\n\nAnother “quote” here.", 0, 10, "x", 5)
	f.Add("aaaa\n\naaaa", 1, 3, "a", 2)
	f.Add("Это было\n\nконструктивно", 2, 7, "очень ", 3)
	f.Fuzz(func(t *testing.T, text string, start, end int, insert string, at int) {
		if len(text) > 4000 || len(insert) > 1000 {
			return
		}
		old := paras(strings.Split(text, ParagraphSep)...)
		a := NewAnchor(old, 1+abs(start)%len(old), start, end)
		at = abs(at) % (len(text) + 1)
		changed := paras(strings.Split(text[:at]+insert+text[at:], ParagraphSep)...)
		got := Reattach(a, changed)
		if got.Orphaned {
			return
		}
		if got.Paragraph < 1 || got.Paragraph > len(changed) {
			t.Fatalf("paragraph %d out of 1..%d", got.Paragraph, len(changed))
		}
		p := changed[got.Paragraph-1].Text
		if got.Start < 0 || got.Start > got.End || got.End > len(p) {
			t.Fatalf("span %d..%d out of paragraph of %d bytes", got.Start, got.End, len(p))
		}
		whole := WholeText(changed)
		if got.TextStart < 0 || got.TextEnd > len(whole) || whole[got.TextStart:got.TextEnd] != p[got.Start:got.End] {
			t.Fatalf("whole-text span %d..%d disagrees with the paragraph span", got.TextStart, got.TextEnd)
		}
		if !got.Fuzzy && p[got.Start:got.End] != a.Exact {
			t.Fatalf("exact match %q differs from anchor %q", p[got.Start:got.End], a.Exact)
		}
	})
}

func BenchmarkReattachFuzzy(b *testing.B) {
	var ps []model.Paragraph
	for i := 0; i < 60; i++ {
		ps = append(ps, summit...)
	}
	a := NewAnchor(summit, 3, 45, 180)
	a.Exact = strings.Replace(a.Exact, "probably", "surely", 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Reattach(a, ps)
	}
}
