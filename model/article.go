// Package model holds the annotated article and the pure analysis that
// produces it: quotation scanning, cues, speakers, coreference, anchoring and
// export formats. Nothing here does I/O.
package model

// Kind tells a direct quotation from reported (indirect) speech.
type Kind string

const (
	KindQuote    Kind = "quote"
	KindReported Kind = "reported"
)

// ParagraphKind separates body text from headings (Markdown sources).
type ParagraphKind int

const (
	Body ParagraphKind = iota
	Heading
)

// Paragraph is one block of the article's text as the reader sees it.
type Paragraph struct {
	Text string
	Kind ParagraphKind
}

// Document is an article before analysis: what articles/ loads.
type Document struct {
	Title      string // from a Markdown heading or a page's title; may be empty
	Source     string // path, URL or "-"; shown in the status bar
	Byline     string
	Date       string
	Paragraphs []Paragraph
}

// Statement is one quotation or reported statement.
// Paragraph is 1-based, as in the corpus format; Start and End are byte
// offsets of Text inside that paragraph's text.
type Statement struct {
	Paragraph int    `json:"paragraph"`
	Kind      Kind   `json:"kind"`
	Text      string `json:"text"`
	Speaker   string `json:"speaker"` // canonical name, "" when no one's words
	Cue       string `json:"cue,omitempty"`
	Via       string `json:"via,omitempty"` // outlet that reported the words
	Start     int    `json:"start"`
	End       int    `json:"end"`
	// SpeakerIndex indexes Article.Speakers, -1 when Speaker is "".
	SpeakerIndex int `json:"-"`
}

// Speaker is one person or body, whatever names the article uses for them.
type Speaker struct {
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Role       string   `json:"role,omitempty"`
	Quotes     int      `json:"quotes"`
	Statements int      `json:"statements"`
	Words      int      `json:"words"` // words inside this speaker's quotations
	Share      float64  `json:"share"` // Words over all attributed quoted words
}

// Article is a Document with its statements and speakers.
// Speakers are ordered by quotations, most first; Statements by position.
type Article struct {
	Document
	Statements []Statement
	Speakers   []Speaker
}

// ParagraphText returns the text of 1-based paragraph n.
func (a *Article) ParagraphText(n int) string {
	if n < 1 || n > len(a.Paragraphs) {
		return ""
	}
	return a.Paragraphs[n-1].Text
}

// SpeakerByName finds a speaker by canonical name or alias, case-insensitively.
// It returns -1 when none matches.
func (a *Article) SpeakerByName(name string) int {
	for i, s := range a.Speakers {
		if equalFold(s.Name, name) {
			return i
		}
		for _, al := range s.Aliases {
			if equalFold(al, name) {
				return i
			}
		}
	}
	return -1
}
