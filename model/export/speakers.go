package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"

	"whosaid/model"
	"whosaid/model/collection"
)

// SpeakerRow is one line of `whosaid speakers`: a speaker across the
// library, or (by source) a speaker in one article. Gender is a person's
// only; Share is of the attributed statements (of the library, or of the
// article by source).
type SpeakerRow struct {
	Source         string            `json:"source,omitempty"`
	Title          string            `json:"title,omitempty"`
	Name           string            `json:"name"`
	Forms          []string          `json:"forms,omitempty"` // the names merged, library rows only
	Kind           model.SpeakerKind `json:"kind"`
	Gender         model.Gender      `json:"gender,omitempty"`
	GenderEvidence string            `json:"gender_evidence,omitempty"`
	Statements     int               `json:"statements"`
	Quotes         int               `json:"quotes"`
	Words          int               `json:"words"`
	Articles       int               `json:"articles,omitempty"`
	Share          float64           `json:"share"`
}

// SpeakerRows lists the collection's entities, most statements first, or
// with bySource one row per article and speaker in the articles' order (a
// person the article names twice over is one row).
func SpeakerRows(arts []*model.Article, c *collection.Collection, bySource bool) []SpeakerRow {
	if !bySource {
		rows := make([]SpeakerRow, len(c.Entities))
		for i, e := range c.Entities {
			rows[i] = entityRow(e)
			rows[i].Statements, rows[i].Quotes, rows[i].Words = e.Statements, e.Quotes, e.Words
			rows[i].Forms, rows[i].Articles, rows[i].Share = e.Forms, e.Articles, e.Share
		}
		return rows
	}
	var rows []SpeakerRow
	for a, art := range arts {
		if art != nil {
			rows = append(rows, articleRows(art, c, a)...)
		}
	}
	return rows
}

func entityRow(e collection.Entity) SpeakerRow {
	return SpeakerRow{Name: e.Name, Kind: e.Kind, Gender: e.Gender, GenderEvidence: e.GenderEvidence}
}

// articleRows are the rows of article a: its speakers' statements counted
// under their entity.
func articleRows(art *model.Article, c *collection.Collection, a int) []SpeakerRow {
	at := map[int]int{} // entity → row
	var rows []SpeakerRow
	for s := range art.Speakers {
		e := c.Of[a][s]
		if _, ok := at[e]; !ok {
			at[e] = len(rows)
			r := entityRow(c.Entities[e])
			r.Source, r.Title = art.Source, art.Title
			rows = append(rows, r)
		}
		rows[at[e]].Words += art.Speakers[s].Words
	}
	attributed := 0
	for _, st := range art.Statements {
		if st.SpeakerIndex < 0 || st.SpeakerIndex >= len(art.Speakers) {
			continue
		}
		attributed++
		r := &rows[at[c.Of[a][st.SpeakerIndex]]]
		r.Statements++
		if st.Kind == model.KindQuote {
			r.Quotes++
		}
	}
	for i := range rows {
		if attributed > 0 {
			rows[i].Share = float64(rows[i].Statements) / float64(attributed)
		}
	}
	return rows
}

// SpeakersJSON is the document `whosaid speakers --json` prints.
type SpeakersJSON struct {
	Articles int          `json:"articles"`
	Speakers []SpeakerRow `json:"speakers"`
	Totals   TotalsJSON   `json:"totals"`
}

// TotalsJSON is the totals of `speakers --json`: every count by gender with
// its share, and the speakers of each kind.
type TotalsJSON struct {
	Statements   int                            `json:"statements"`
	Attributed   int                            `json:"attributed"`
	Unattributed int                            `json:"unattributed"`
	Quotes       int                            `json:"quotes"`
	Words        int                            `json:"words"`
	Kinds        map[model.SpeakerKind]KindJSON `json:"kinds"`
	People       map[model.Gender]CountJSON     `json:"people"`               // distinct people
	Sources      map[model.Gender]CountJSON     `json:"sources"`              // people once per article
	ByStatements map[model.Gender]CountJSON     `json:"statements_by_gender"` // what people said
	ByWords      map[model.Gender]CountJSON     `json:"words_by_gender"`
}

// KindJSON counts the speakers of one kind.
type KindJSON struct {
	Speakers   int `json:"speakers"`
	Sources    int `json:"sources"`
	Statements int `json:"statements"`
}

// CountJSON is a count and its share of the total.
type CountJSON struct {
	Count int     `json:"count"`
	Share float64 `json:"share"`
}

func totalsJSON(t collection.Totals) TotalsJSON {
	out := TotalsJSON{Statements: t.Statements, Attributed: t.Attributed, Unattributed: t.Unattributed,
		Quotes: t.Quotes, Words: t.Words, Kinds: map[model.SpeakerKind]KindJSON{}}
	for _, k := range collection.Kinds {
		kt := t.Kinds[k]
		out.Kinds[k] = KindJSON{Speakers: kt.Speakers, Sources: kt.Sources, Statements: kt.Statements}
	}
	by := func(g collection.GenderCounts) map[model.Gender]CountJSON {
		m := map[model.Gender]CountJSON{}
		for _, x := range collection.Genders {
			m[x] = CountJSON{Count: g.Of(x), Share: round4(g.Share(x))}
		}
		return m
	}
	out.People, out.Sources, out.ByStatements, out.ByWords = by(t.People), by(t.Sources), by(t.ByStatements), by(t.ByWords)
	return out
}

func round4(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 4, 64), 64)
	return v
}

// WriteSpeakersJSON writes the speakers and totals as one JSON document.
func WriteSpeakersJSON(w io.Writer, arts []*model.Article, c *collection.Collection, bySource bool) error {
	rows := SpeakerRows(arts, c, bySource)
	if rows == nil {
		rows = []SpeakerRow{}
	}
	for i := range rows {
		rows[i].Share = round4(rows[i].Share)
	}
	doc := SpeakersJSON{Articles: c.Totals.Articles, Speakers: rows, Totals: totalsJSON(c.Totals)}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// WriteSpeakersCSV writes the rows for a spreadsheet, one header line first;
// totals are left to the JSON and the table.
func WriteSpeakersCSV(w io.Writer, arts []*model.Article, c *collection.Collection, bySource bool) error {
	cw := csv.NewWriter(w)
	head := []string{"name", "kind", "gender", "gender_evidence", "statements", "quotes", "words", "articles", "share"}
	if bySource {
		head = []string{"source", "title", "name", "kind", "gender", "gender_evidence", "statements", "quotes", "words", "share"}
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range SpeakerRows(arts, c, bySource) {
		rec := []string{r.Name, string(r.Kind), string(r.Gender), r.GenderEvidence,
			strconv.Itoa(r.Statements), strconv.Itoa(r.Quotes), strconv.Itoa(r.Words)}
		if bySource {
			rec = append([]string{r.Source, r.Title}, rec...)
		} else {
			rec = append(rec, strconv.Itoa(r.Articles))
		}
		rec = append(rec, strconv.FormatFloat(r.Share, 'f', 4, 64))
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// SpeakersTable formats the rows as aligned columns that fit width, the
// gender's evidence cut to what is left, then the totals.
func SpeakersTable(arts []*model.Article, c *collection.Collection, bySource bool, width int) string {
	rows := SpeakerRows(arts, c, bySource)
	var b strings.Builder
	if len(rows) == 0 {
		b.WriteString("no one is quoted\n")
	} else {
		speakerColumns(&b, rows, bySource, width)
	}
	b.WriteString("\n")
	b.WriteString(TotalsText(c.Totals))
	return b.String()
}

func speakerColumns(b *strings.Builder, rows []SpeakerRow, bySource bool, width int) {
	cols := []string{"name", "kind", "gender", "statements", "quotes", "words", "articles", "share"}
	if bySource {
		cols = append([]string{"source"}, cols...)
		cols = append(cols[:7], cols[8:]...) // no articles column: it is one
	}
	cells := [][]string{cols}
	for _, r := range rows {
		row := []string{r.Name, string(r.Kind), genderText(r.Gender), strconv.Itoa(r.Statements),
			strconv.Itoa(r.Quotes), strconv.Itoa(r.Words)}
		if bySource {
			row = append([]string{sourceName(r)}, row...)
		} else {
			row = append(row, strconv.Itoa(r.Articles))
		}
		cells = append(cells, append(row, fmt.Sprintf("%.1f%%", r.Share*100)))
	}
	ws := make([]int, len(cols))
	for _, row := range cells {
		for i, c := range row {
			ws[i] = max(ws[i], runewidth.StringWidth(c))
		}
	}
	nameCol := 0
	if bySource {
		ws[0] = min(ws[0], max(16, width/5))
		nameCol = 1
	}
	ws[nameCol] = min(ws[nameCol], max(16, width/4))
	used := 0
	for _, w := range ws {
		used += w + 2
	}
	evW := width - used
	for k, row := range cells {
		for i, c := range row {
			c = runewidth.Truncate(c, ws[i], "…")
			if numeric(cols[i]) {
				b.WriteString(strings.Repeat(" ", ws[i]-runewidth.StringWidth(c)) + c + "  ")
			} else {
				b.WriteString(pad(c, ws[i]) + "  ")
			}
		}
		ev := "gender evidence"
		if k > 0 {
			ev = rows[k-1].GenderEvidence
		}
		if evW >= 12 {
			b.WriteString(runewidth.Truncate(ev, evW, "…"))
		}
		b.WriteString("\n")
	}
}

func numeric(col string) bool {
	switch col {
	case "statements", "quotes", "words", "articles", "share":
		return true
	}
	return false
}

func sourceName(r SpeakerRow) string {
	if r.Title != "" {
		return r.Title
	}
	return r.Source
}

func genderText(g model.Gender) string {
	if g == "" {
		return "—"
	}
	return string(g)
}

// TotalsText is the totals block of the table: statements, people quoted by
// gender three ways, and speakers by kind.
func TotalsText(t collection.Totals) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s: %s attributed, %s no one's\n", Plural(t.Articles, "article"), Plural(t.Statements, "statement"),
		Count(t.Attributed), Count(t.Unattributed))
	line := func(label string, g collection.GenderCounts) {
		fmt.Fprintf(&b, "%-22s", label)
		for i, x := range collection.Genders {
			if i > 0 {
				b.WriteString(" · ")
			}
			fmt.Fprintf(&b, "%s %s (%.1f%%)", genderWord(x), Count(g.Of(x)), g.Share(x)*100)
		}
		b.WriteString("\n")
	}
	line("people quoted", t.People)
	line("  once per article", t.Sources)
	line("  by statements", t.ByStatements)
	line("  by words quoted", t.ByWords)
	fmt.Fprintf(&b, "%-22s", "speakers by kind")
	for i, k := range collection.Kinds {
		if i > 0 {
			b.WriteString(" · ")
		}
		kt := t.Kinds[k]
		fmt.Fprintf(&b, "%s %s (%s)", Count(kt.Speakers), kindWord(k, kt.Speakers), Plural(kt.Statements, "statement"))
	}
	b.WriteString("\n")
	return b.String()
}

func genderWord(g model.Gender) string {
	switch g {
	case model.Female:
		return "women"
	case model.Male:
		return "men"
	case model.NonBinary:
		return "non-binary"
	}
	return "unknown"
}

func kindWord(k model.SpeakerKind, n int) string {
	switch k {
	case model.SpeakerPerson:
		if n == 1 {
			return "person"
		}
		return "people"
	case model.SpeakerBody:
		if n == 1 {
			return "body"
		}
		return "bodies"
	case model.SpeakerUnnamed:
		return "unnamed"
	}
	if n == 1 {
		return string(k)
	}
	return string(k) + "s"
}

// Plural writes a count and its noun: "1 article", "11,569 statements".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return Count(n) + " " + word + "s"
}

// Count writes a count with thousands separated: 11,569.
func Count(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
