package ui

import "testing"

func TestDump(t *testing.T) {
	asciiProfile(t)
	m := drive(t, sampleArticle(), 120, 20, "]")
	t.Log("\n" + m.View())
	m = drive(t, sampleArticle(), 60, 20, "2", "]")
	t.Log("\n" + m.View())
	m = drive(t, sampleArticle(), 60, 20, "tab")
	t.Log("\n" + m.View())
}
