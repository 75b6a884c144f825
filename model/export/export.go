package export

import (
	"bytes"
	"crypto/sha1"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"whosaid/model"
	"whosaid/model/notes"
)

// Format is an export format.
type Format string

const (
	FormatMarkdown Format = "md"
	FormatCSV      Format = "csv"
	FormatJSON     Format = "json"
)

// ParseFormat reads a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case FormatMarkdown, FormatCSV, FormatJSON:
		return f, nil
	case "markdown":
		return FormatMarkdown, nil
	}
	return "", fmt.Errorf("unknown export format %q (want md, csv or json)", s)
}

// ExportOptions are what an export needs besides the article: the date of
// export (passed in so the output is reproducible) and Markdown grouping.
type ExportOptions struct {
	Date      time.Time
	BySpeaker bool
	// Target is the IRI Web Annotations point at (a file:// or http URL);
	// the article's Source when empty.
	Target string
}

// Export renders highlights of a in format f.
func Export(f Format, a *model.Article, hs []notes.Highlight, opt ExportOptions) ([]byte, error) {
	hs = append([]notes.Highlight(nil), hs...)
	notes.SortHighlights(hs)
	switch f {
	case FormatMarkdown:
		return Markdown(a, hs, opt), nil
	case FormatCSV:
		return CSV(a, hs, opt)
	case FormatJSON:
		return WebAnnotations(a, hs, opt)
	}
	return nil, fmt.Errorf("unknown export format %q", f)
}

// title is what an export calls the article: its title, else its source.
func title(a *model.Article) string {
	if a.Title != "" {
		return a.Title
	}
	return a.Source
}

// created is when a highlight was made; statements exported with --all were
// never marked, so they take the date of export.
func created(h notes.Highlight, opt ExportOptions) time.Time {
	if h.Created.IsZero() {
		return opt.Date.UTC()
	}
	return h.Created.UTC()
}

// Markdown renders highlights as notes that paste into Obsidian or Readwise:
// YAML front matter, then per highlight a blockquote, an attribution line and
// the note.
func Markdown(a *model.Article, hs []notes.Highlight, opt ExportOptions) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", yamlString(title(a)))
	if a.Byline != "" {
		fmt.Fprintf(&b, "author: %s\n", yamlString(a.Byline))
	}
	fmt.Fprintf(&b, "source: %s\n", yamlString(a.Source))
	fmt.Fprintf(&b, "exported: %s\n", opt.Date.UTC().Format(time.DateOnly))
	b.WriteString("---\n\n")
	fmt.Fprintf(&b, "# %s\n", title(a))
	if !opt.BySpeaker {
		for _, h := range hs {
			writeHighlight(&b, h, attributionLine(a, h))
		}
		return b.Bytes()
	}
	for _, g := range groupBySpeaker(a, hs) {
		// The heading names the speaker, so the line under each highlight
		// only says where it is.
		fmt.Fprintf(&b, "\n## %s\n", withRole(a, g.name))
		for _, h := range g.highlights {
			writeHighlight(&b, h, "— "+place(h))
		}
	}
	return b.Bytes()
}

func writeHighlight(b *bytes.Buffer, h notes.Highlight, attribution string) {
	b.WriteString("\n")
	for _, line := range strings.Split(h.Text(), "\n") {
		b.WriteString(strings.TrimRight("> "+line, " ") + "\n")
	}
	fmt.Fprintf(b, "\n%s\n", attribution)
	if note := strings.TrimSpace(h.Note); note != "" {
		fmt.Fprintf(b, "\n%s\n", hardBreaks(note))
	}
}

// hardBreaks keeps a note's line breaks: Markdown joins the lines of a
// paragraph unless each ends in two spaces, which every dialect reads
// (blank lines still separate paragraphs).
func hardBreaks(note string) string {
	lines := strings.Split(note, "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " \t\r")
		if i+1 < len(lines) && lines[i] != "" && strings.TrimSpace(lines[i+1]) != "" {
			lines[i] += "  "
		}
	}
	return strings.Join(lines, "\n")
}

// NoOne is how whosaid names the speaker of words that are no one's (a
// title, a term held at arm's length), wherever it shows one in text.
const NoOne = "no one"

// attributionLine is the line under a quoted highlight: "— Speaker, role (¶N)".
func attributionLine(a *model.Article, h notes.Highlight) string {
	who := h.Speaker
	switch {
	case who == "" && h.Kind == "":
		return "— " + place(h) // a whole paragraph: the article's own words
	case who == "":
		who = NoOne
	}
	return fmt.Sprintf("— %s (%s)", withRole(a, who), place(h))
}

// place is where a highlight is: "¶N", and whether it is still there.
func place(h notes.Highlight) string {
	where := fmt.Sprintf("¶%d", h.Paragraph)
	if h.Orphaned {
		where += ", no longer found in the article"
	}
	return where
}

// withRole adds the role the article gives a speaker: "Dmitry Peskov,
// Kremlin spokesperson".
func withRole(a *model.Article, who string) string {
	if i := a.SpeakerByName(who); who != "" && i >= 0 && a.Speakers[i].Role != "" {
		return who + ", " + a.Speakers[i].Role
	}
	return who
}

type speakerGroup struct {
	name       string
	highlights []notes.Highlight
}

// paragraphsGroup keys the highlights of whole paragraphs, which are the
// article's own words rather than anyone's statement.
const paragraphsGroup = "\x00paragraphs"

// groupBySpeaker groups highlights in the article's speaker order, then
// speakers the article no longer names, then no one's words, then whole
// paragraphs.
func groupBySpeaker(a *model.Article, hs []notes.Highlight) []speakerGroup {
	var order []string
	for _, s := range a.Speakers {
		order = append(order, s.Name)
	}
	for _, h := range hs {
		if h.Speaker != "" && a.SpeakerByName(h.Speaker) < 0 && !contains(order, h.Speaker) {
			order = append(order, h.Speaker)
		}
	}
	order = append(order, "", paragraphsGroup)
	var out []speakerGroup
	for _, name := range order {
		g := speakerGroup{name: name}
		switch name {
		case "":
			g.name = "No one"
		case paragraphsGroup:
			g.name = "Paragraphs"
		}
		for _, h := range hs {
			key := speakerKey(a, h.Speaker)
			if h.Kind == "" && key == "" {
				key = paragraphsGroup
			}
			if key == name {
				g.highlights = append(g.highlights, h)
			}
		}
		if len(g.highlights) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// speakerKey is the canonical name of a highlight's speaker.
func speakerKey(a *model.Article, name string) string {
	if i := a.SpeakerByName(name); name != "" && i >= 0 {
		return a.Speakers[i].Name
	}
	return name
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// yamlString quotes s for YAML; a JSON string is a valid YAML scalar.
func yamlString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// CSVHeader is Readwise's import columns, plus the speaker.
var CSVHeader = []string{"Highlight", "Title", "Author", "URL", "Note", "Location", "Date", "Speaker"}

// CSV renders highlights in Readwise's CSV import format.
func CSV(a *model.Article, hs []notes.Highlight, opt ExportOptions) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.Write(CSVHeader); err != nil {
		return nil, err
	}
	url := ""
	if isURL(a.Source) {
		url = a.Source
	}
	for _, h := range hs {
		row := []string{
			h.Text(), title(a), a.Byline, url, h.Note,
			strconv.Itoa(h.Paragraph), created(h, opt).Format(time.DateTime), h.Speaker,
		}
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Annotation is a W3C Web Annotation (JSON-LD).
type Annotation struct {
	Context    string     `json:"@context"`
	ID         string     `json:"id"`
	Type       string     `json:"type"`
	Motivation string     `json:"motivation"`
	Created    string     `json:"created"`
	Modified   string     `json:"modified,omitempty"`
	Body       []AnnoBody `json:"body,omitempty"`
	Target     AnnoTarget `json:"target"`
}

// AnnoBody is a TextualBody: the note (commenting) or the speaker (tagging).
type AnnoBody struct {
	Type    string `json:"type"`
	Value   string `json:"value"`
	Purpose string `json:"purpose"`
	Format  string `json:"format,omitempty"`
}

// AnnoTarget is the annotated source and the selectors of the words in it.
type AnnoTarget struct {
	Source   string         `json:"source"`
	Selector []AnnoSelector `json:"selector"`
}

// AnnoSelector is a TextQuoteSelector (exact, prefix, suffix) or a
// TextPositionSelector (start, end in characters of the whole text).
type AnnoSelector struct {
	Type   string  `json:"type"`
	Exact  *string `json:"exact,omitempty"`
	Prefix *string `json:"prefix,omitempty"`
	Suffix *string `json:"suffix,omitempty"`
	Start  *int    `json:"start,omitempty"`
	End    *int    `json:"end,omitempty"`
}

// AnnotationContext is the Web Annotation JSON-LD context.
const AnnotationContext = "http://www.w3.org/ns/anno.jsonld"

// WebAnnotations renders highlights as a JSON array of W3C Web Annotations.
func WebAnnotations(a *model.Article, hs []notes.Highlight, opt ExportOptions) ([]byte, error) {
	whole := notes.WholeText(a.Paragraphs)
	out := make([]Annotation, 0, len(hs))
	for _, h := range hs {
		out = append(out, annotation(a, whole, h, opt))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func annotation(a *model.Article, whole string, h notes.Highlight, opt ExportOptions) Annotation {
	an := Annotation{
		Context: AnnotationContext, ID: annotationID(target(a, opt), h), Type: "Annotation",
		Motivation: "highlighting", Created: created(h, opt).Format(time.RFC3339),
		Target: AnnoTarget{Source: target(a, opt), Selector: selectors(whole, h)},
	}
	if !h.Updated.IsZero() && !h.Updated.Equal(h.Created) {
		an.Modified = h.Updated.UTC().Format(time.RFC3339)
	}
	if note := strings.TrimSpace(h.Note); note != "" {
		an.Motivation = "commenting"
		an.Body = append(an.Body, AnnoBody{Type: "TextualBody", Value: note, Purpose: "commenting", Format: "text/plain"})
	}
	if h.Speaker != "" {
		an.Body = append(an.Body, AnnoBody{Type: "TextualBody", Value: h.Speaker, Purpose: "tagging"})
	}
	return an
}

func target(a *model.Article, opt ExportOptions) string {
	if opt.Target != "" {
		return opt.Target
	}
	return a.Source
}

// selectors locates the words: by quote always, by position only while the
// highlight is attached (an orphan's old position means nothing now).
func selectors(whole string, h notes.Highlight) []AnnoSelector {
	exact, prefix, suffix := h.Anchor.Exact, h.Anchor.Prefix, h.Anchor.Suffix
	out := []AnnoSelector{{Type: "TextQuoteSelector", Exact: &exact, Prefix: &prefix, Suffix: &suffix}}
	s, e := h.Anchor.Start, h.Anchor.End
	if h.Orphaned || s < 0 || s > e || e > len(whole) {
		return out
	}
	// Web Annotation positions count characters, not bytes.
	start := utf8.RuneCountInString(whole[:s])
	end := start + utf8.RuneCountInString(whole[s:e])
	return append(out, AnnoSelector{Type: "TextPositionSelector", Start: &start, End: &end})
}

// annotationID is a stable name-based UUID URN (version 5 layout) for a
// highlight of a source, so re-exports of the same highlight keep their id.
func annotationID(source string, h notes.Highlight) string {
	sum := sha1.Sum([]byte(fmt.Sprintf("%s\x00%d\x00%d\x00%s", source, h.Anchor.Start, h.Anchor.End, h.Anchor.Exact)))
	sum[6] = sum[6]&0x0f | 0x50
	sum[8] = sum[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
}

// WithoutNested drops the statement highlights that lie inside another of
// the same speaker in the same paragraph: when every statement is exported,
// a quotation inside a reported statement (“just a very few” in "Trump said
// there are “just a very few” issues") is already there, in its sentence.
func WithoutNested(hs []notes.Highlight) []notes.Highlight {
	byPara := map[int][]int{}
	for i, h := range hs {
		byPara[h.Paragraph] = append(byPara[h.Paragraph], i)
	}
	out := make([]notes.Highlight, 0, len(hs))
	for i, h := range hs {
		if !insideAnother(hs, byPara[h.Paragraph], i) {
			out = append(out, h)
		}
	}
	return out
}

func insideAnother(hs []notes.Highlight, same []int, i int) bool {
	h := hs[i]
	for _, j := range same {
		o := hs[j]
		if j != i && !o.Orphaned && !h.Orphaned && o.Speaker == h.Speaker &&
			o.Start <= h.Start && h.End <= o.End && o.End-o.Start > h.End-h.Start {
			return true
		}
	}
	return false
}
