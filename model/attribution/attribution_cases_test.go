package attribution

// Cases from a review of the engine against invented articles.
// They use the helpers in marks_test.go and attribution_test.go.

import "testing"

func TestCasesOneWordParagraph(t *testing.T) {
	for _, w := range []string{"Advertisement", "Share", "Photo"} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("Analyze(%q) panicked: %v", w, r)
				}
			}()
			a := analyzeParas("“We are ready,” said Harald Bø.", w, "“Ships are waiting.”")
			checkQuotes(t, a, []wantStmt{
				wq(1, "We are ready,", "Harald Bø"),
				wq(3, "Ships are waiting.", "Harald Bø"),
			})
		}()
	}
}

func TestCasesMarks(t *testing.T) {
	runMarksCases(t, []marksCase{
		{"height inside a quote", `"He is 6'2" and quick," said coach Rolf Engel.`,
			[]string{`He is 6'2" and quick,`}},
		{"pipe inside a curly quote", "“We used a 12\" pipe,” said Lotte Brun.",
			[]string{`We used a 12" pipe,`}},
		{"French guillemets with spaces", "« Nous restons ici », a dit Marc Dufour.",
			[]string{" Nous restons ici "}},
	})
}

func TestCasesAttribution(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "particles: van den",
			paras: []string{"“We will not move,” said Joris van den Berg, a farmer.", "“Never,” van den Berg added."},
			want: []wantStmt{
				wq(1, "We will not move,", "Joris van den Berg"),
				wq(2, "Never,", "Joris van den Berg"),
			},
			speakers: []string{"Joris van den Berg"}},
		{name: "particles: bin",
			paras: []string{"“We will not move,” said Idris bin Salem, a farmer.", "“Never,” bin Salem added."},
			want: []wantStmt{
				wq(1, "We will not move,", "Idris bin Salem"),
				wq(2, "Never,", "Idris bin Salem"),
			},
			speakers: []string{"Idris bin Salem"}},
		{name: "particles: de la",
			paras: []string{"“We will not move,” said Ana de la Cruz."},
			want:  []wantStmt{wq(1, "We will not move,", "Ana de la Cruz")}},
		{name: "particles: al- before the cue",
			paras: []string{"Karim al-Sayed said: “We will not move.”"},
			want:  []wantStmt{wq(1, "We will not move.", "Karim al-Sayed")}},
		{name: "he is not a Ms.",
			paras: []string{"Ms. Kiri Tane spoke after Mr. Ari Vuori.", "“I signed nothing,” he said."},
			want:  []wantStmt{wq(2, "I signed nothing,", "Ari Vuori")}},
		{name: "husband sharing a surname",
			paras: []string{"“I was there,” said Ida Moen.", "Her husband, Lars Moen, disagreed.", "“She was at home,” he said."},
			want: []wantStmt{
				wq(1, "I was there,", "Ida Moen"),
				wq(3, "She was at home,", "Lars Moen"),
			},
			speakers: []string{"Ida Moen", "Lars Moen"}},
		{name: "said her husband, name",
			paras: []string{"“I was there,” said Ida Moen.", "“She was at home,” said her husband, Lars Moen."},
			want: []wantStmt{
				wq(1, "I was there,", "Ida Moen"),
				wq(2, "She was at home,", "Lars Moen"),
			}},
		{name: "pronoun for the object of the sentence before",
			paras: []string{
				"Mayor Elena Brisk met Thomas Greer, the union leader, on Tuesday.",
				"“We found common ground,” she said.",
				"“It is a start, nothing more,” he said.",
			},
			want: []wantStmt{
				wq(2, "We found common ground,", "Elena Brisk"),
				wq(3, "It is a start, nothing more,", "Thomas Greer"),
			}},
		{name: "said lowercase role then name",
			paras: []string{"“He has made his choice,” said opposition leader Maja Strand."},
			want:  []wantStmt{wq(1, "He has made his choice,", "Maja Strand")}},
		{name: "asked the role, name",
			paras: []string{"“Where were you at midnight?” asked the prosecutor, Carl Dahlgren."},
			want:  []wantStmt{wq(1, "Where were you at midnight?", "Carl Dahlgren")}},
		{name: "police said",
			paras: []string{"“Two men were arrested near the station,” police said."},
			want:  []wantStmt{wq(1, "Two men were arrested near the station,", "~police")}},
		{name: "according to after the quote",
			paras: []string{"“Turnout was the lowest in decades,” according to Selma Ruud, an election official."},
			want:  []wantStmt{wq(1, "Turnout was the lowest in decades,", "Selma Ruud")}},
		{name: "outlet quoted X as saying, after the quote",
			paras:       []string{"“Nothing has been decided,” the Harbour Gazette quoted Jens Holt as saying."},
			want:        []wantStmt{wq(1, "Nothing has been decided,", "Jens Holt")},
			notSpeakers: []string{"Harbour Gazette"}},
		{name: "outlet quoted X as saying, colon",
			paras:       []string{"The Harbour Gazette quoted Jens Holt as saying: “Nothing has been decided.”"},
			want:        []wantStmt{wq(1, "Nothing has been decided.", "Jens Holt")},
			notSpeakers: []string{"Harbour Gazette"}},
		{name: "quotation over paragraphs, cue at the end",
			paras: []string{
				"“We have asked for a crossing for ten years.",
				"“Every winter a child is nearly hit,” said Ilse Marten.",
			},
			want: []wantStmt{
				wq(1, "We have asked for a crossing for ten years.", "Ilse Marten"),
				wq(2, "Every winter a child is nearly hit,", "Ilse Marten"),
			}},
		{name: "colon ends the paragraph before",
			paras: []string{
				"Kaja Ström, the head teacher, wrote to parents on Sunday:",
				"“The school will stay closed until the heating is repaired.”",
			},
			want: []wantStmt{wq(2, "The school will stay closed until the heating is repaired.", "Kaja Ström")}},
		{name: "company with Inc. said in a statement",
			paras: []string{"“No customer data was lost,” Orvane Systems Inc. said in a statement."},
			want:  []wantStmt{wq(1, "No customer data was lost,", "~Orvane Systems Inc.")}},
		{name: "reported clause before adding:",
			paras: []string{"Ines Dorn said the council would vote on Tuesday, adding: “We will rebuild.”"},
			want: []wantStmt{
				wr(1, "the council would vote", "Ines Dorn"),
				wq(1, "We will rebuild.", "Ines Dorn"),
			}},
		{name: "the coach: the current holder, not the former",
			paras: []string{
				"Arno Veldt, the former coach, watched from the stands as the new coach, Sami Laine, paced the touchline.",
				"“We were too slow,” the coach said afterwards.",
			},
			want: []wantStmt{wq(2, "We were too slow,", "Sami Laine")}},
	})
}
