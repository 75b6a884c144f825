package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"whosaid/model"
)

// WriteJSON must say exactly what encoding/json would, with a null speaker
// for no one's words.
func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	a := analyzed(model.Document{Source: "t\"x\n.txt", Paragraphs: []model.Paragraph{
		{Text: "“Tabs\tand \\ back\u2028slashes \x01,” said Ana Ruiz, a nurse. The town’s “efficiency review” failed."},
		{Text: "Ana Ruiz said the plan was “bold” and <b>safe</b> & sound."},
	}})
	a.Speakers[0].Kind, a.Speakers[0].Gender, a.Speakers[0].GenderEvidence = model.SpeakerPerson, model.Female, "“a nurse” \\ she"
	a.Statements[0].Confidence = model.High
	a.Statements[0].Why = &model.Why{Rule: "cue-after", Evidence: "“…,” said Ana Ruiz", Mention: "Ana\tRuiz",
		Chain: []model.Link{{Text: "she", Paragraph: 2}, {Text: "Ana Ruiz", Paragraph: 1}}, Rivals: []string{"X \"Y\""}}
	var got bytes.Buffer
	if err := WriteJSON(&got, a, ""); err != nil {
		t.Fatal(err)
	}
	var fromStream, fromStruct map[string]any
	if err := json.Unmarshal(got.Bytes(), &fromStream); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, got.String())
	}
	want, _ := json.Marshal(JSONOf(a, ""))
	json.Unmarshal(want, &fromStruct)
	for _, s := range fromStruct["statements"].([]any) {
		if m := s.(map[string]any); m["speaker"] == "" {
			m["speaker"] = nil
		}
	}
	g, _ := json.Marshal(fromStream)
	w, _ := json.Marshal(fromStruct)
	if string(g) != string(w) {
		t.Errorf("streamed JSON differs:\n got %s\nwant %s", g, w)
	}
	if !strings.Contains(got.String(), `"speaker":null`) || strings.Count(got.String(), "\n") != 1 {
		t.Errorf("want one line with a null speaker for the scare quote: %s", got.String())
	}
}
