package articles

import (
	"reflect"
	"testing"

	"whosaid/model"
	"whosaid/model/attribution/attributiontest"
)

// fill sets every field of v (a pointer to a struct) to a value that is
// not the zero value, failing on a field of a kind it does not know: a new
// field of Statement, Speaker or Why must be taught to the codec and here.
func fill(t *testing.T, v reflect.Value, seed int) {
	t.Helper()
	v = v.Elem()
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), v.Type().Field(i).Name
		seed++
		switch f.Kind() {
		case reflect.String:
			f.SetString(name + "-" + string(rune('a'+seed%26)))
		case reflect.Int:
			f.SetInt(int64(seed))
		case reflect.Float64:
			f.SetFloat(float64(seed) / 7)
		case reflect.Slice:
			s := reflect.MakeSlice(f.Type(), 2, 2)
			for k := 0; k < 2; k++ {
				el := s.Index(k)
				if el.Kind() == reflect.String {
					el.SetString(name + string(rune('0'+k)))
				} else {
					fill(t, el.Addr(), seed+k)
				}
			}
			f.Set(s)
		case reflect.Pointer:
			p := reflect.New(f.Type().Elem())
			fill(t, p, seed)
			f.Set(p)
		case reflect.Struct:
			fill(t, f.Addr(), seed)
		default:
			t.Fatalf("field %s of kind %s: teach analysiscodec.go and this test", name, f.Kind())
		}
	}
}

func TestCodecKeepsEveryField(t *testing.T) {
	var st model.Statement
	var sp model.Speaker
	fill(t, reflect.ValueOf(&st), 1)
	fill(t, reflect.ValueOf(&sp), 50)
	st.SpeakerIndex = 0
	doc := model.Document{Paragraphs: []model.Paragraph{{Text: "x"}}}
	a := &model.Article{Document: doc, Statements: []model.Statement{st}, Speakers: []model.Speaker{sp}}
	got, err := decodeAnalysis(doc, encodeAnalysis(a))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Statements, a.Statements) || !reflect.DeepEqual(got.Speakers, a.Speakers) {
		t.Errorf("a field was lost on the way through the cache:\n got %+v %+v\nwant %+v %+v",
			got.Statements[0], got.Speakers[0], st, sp)
	}
}

func TestCodecSharesTheParagraphsText(t *testing.T) {
	doc := model.Document{Paragraphs: []model.Paragraph{{Text: "“Yes,” said Ana."}}}
	a := &model.Article{Document: doc, Statements: []model.Statement{{Paragraph: 1, Start: 3, End: 7, Text: "Yes,", SpeakerIndex: -1}}}
	data := encodeAnalysis(a)
	got, err := decodeAnalysis(doc, data)
	if err != nil || got.Statements[0].Text != "Yes," {
		t.Fatalf("%v %+v", err, got)
	}
	if len(data) > 40 {
		t.Errorf("the statement's text was kept (%d bytes) though the paragraph holds it", len(data))
	}
}

func TestCodecRefusesDamage(t *testing.T) {
	doc := model.Document{Paragraphs: []model.Paragraph{{Text: "“Yes,” said Ana Ruiz."}}}
	a := attributiontest.Analyze(t, doc)
	data := encodeAnalysis(a)
	for cut := 0; cut < len(data); cut++ {
		if _, err := decodeAnalysis(doc, data[:cut]); err == nil {
			t.Fatalf("a cut at %d of %d bytes decoded", cut, len(data))
		}
	}
	bad := append([]byte{}, data...)
	bad[0] = 99
	if _, err := decodeAnalysis(doc, bad); err == nil {
		t.Error("another codec version decoded")
	}
}

func FuzzDecodeAnalysis(f *testing.F) {
	doc := model.Document{Paragraphs: []model.Paragraph{{Text: "“Yes,” said Ana Ruiz. She said no."}}}
	f.Add(encodeAnalysis(attributiontest.Analyze(f, doc)))
	f.Add([]byte{1, 200, 200, 200, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		decodeCached(doc, data) // must not panic or allocate without bound
	})
}

// A headline's statement (paragraph 0) is kept as the body's are, its text
// taken from the title; the cache keys a titled text apart from the same
// body under another title, since the engine reads the headline.
func TestCodecKeepsTheHeadlinesStatement(t *testing.T) {
	doc := model.Document{Title: "Deal ‘dead’, says Holm", Paragraphs: []model.Paragraph{{Text: "“Yes,” said Ana."}}}
	a := &model.Article{Document: doc, Statements: []model.Statement{
		{Paragraph: 0, Start: 8, End: 12, Text: "dead", SpeakerIndex: -1},
		{Paragraph: 1, Start: 3, End: 7, Text: "Yes,", SpeakerIndex: -1}}}
	got, ok := decodeCached(doc, encodeAnalysis(a))
	if !ok || got.Statements[0].Text != "dead" || got.Statements[0].Paragraph != 0 || got.Statements[1].Text != "Yes," {
		t.Fatalf("ok %v, %+v", ok, got)
	}
	other := doc
	other.Title = "Another headline"
	if AnalysisHash(doc) == AnalysisHash(other) || AnalysisHash(doc) == TextHash(doc) {
		t.Error("a titled text's analysis must be cached under a hash of its title too")
	}
	if untitled := (model.Document{Paragraphs: doc.Paragraphs}); AnalysisHash(untitled) != TextHash(untitled) {
		t.Error("an untitled text's analysis keeps the hash it had")
	}
	broken := model.Document{Paragraphs: []model.Paragraph{{Text: "“Yes,” said Ana.", Breaks: []int{8}}}}
	if untitled := (model.Document{Paragraphs: doc.Paragraphs}); AnalysisHash(broken) == AnalysisHash(untitled) {
		t.Error("the same text with a line break that starts a sentence is analysed apart, so it needs its own hash")
	}
}
