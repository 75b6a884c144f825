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
	// Breaks are the offsets in Text of lines of the source that began
	// after a line ending a sentence, where a page put one paragraph per
	// line and blank lines only now and then; a sentence starts there.
	Breaks []int
}

// Document is an article before analysis: what articles/ loads.
type Document struct {
	Title      string // from a Markdown heading or a page's title; may be empty
	Source     string // path, URL or "-"; shown in the status bar
	Byline     string
	Date       string
	Paragraphs []Paragraph
}

// Size is the bytes of text the document's paragraphs hold.
func (d Document) Size() int {
	n := 0
	for _, p := range d.Paragraphs {
		n += len(p.Text)
	}
	return n
}

// Statement is one quotation or reported statement.
// Paragraph is 1-based, as in the corpus format, and 0 for the document's
// title (a headline says who said what too); Start and End are byte
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
	// Confidence is High where the speaker came from syntax the engine
	// trusts, Low where it came from carry-over, a distant antecedent or a
	// close call between candidates; "" for no one's words.
	Confidence Confidence `json:"confidence,omitempty"`
	// ConfidenceScore is the probability, by a model learned from annotated
	// news, that the speaker is right (to three places); Confidence is High
	// from a threshold on it. 0 for no one's words.
	ConfidenceScore float64 `json:"confidence_score,omitempty"`
	// Why says how the speaker was chosen; nil for no one's words.
	Why *Why `json:"why,omitempty"`
}

// Confidence is how far a statement's speaker can be trusted.
type Confidence string

const (
	High Confidence = "high"
	Low  Confidence = "low"
)

// Why is the engine's account of how it chose a statement's speaker, the
// same for the command line, the JSON and the reader.
type Why struct {
	Rule     string   `json:"rule"`              // the rule that chose, such as "cue-after" or "carry-over"
	Evidence string   `json:"evidence"`          // what it saw, in words
	Mention  string   `json:"mention,omitempty"` // the words it attached to: "he", "the spokesman", "Peskov"
	Chain    []Link   `json:"chain,omitempty"`   // from that mention back to the name: he ¶7 → Dmitry Peskov ¶5
	Rivals   []string `json:"rivals,omitempty"`  // other speakers that came close
	Doubts   []string `json:"doubts,omitempty"`  // what lowered the confidence most, in words
}

// Link is one step of a coreference chain: the words and their paragraph.
type Link struct {
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
}

// Speaker is one person or body, whatever names the article uses for them.
type Speaker struct {
	Name       string      `json:"name"`
	Aliases    []string    `json:"aliases"`
	Role       string      `json:"role,omitempty"`
	Quotes     int         `json:"quotes"`
	Statements int         `json:"statements"`
	Words      int         `json:"words"` // words inside this speaker's quotations, and in their verbatim answers and transcript lines
	Share      float64     `json:"share"` // Words over all speakers' Words
	Kind       SpeakerKind `json:"kind,omitempty"`
	// Gender is known for people only, from the article's own words first
	// (pronouns, Ms./Mr., "spokeswoman"), then from a table of given names;
	// NonBinary only when the article says so of the person ("who uses
	// they/them pronouns", "who is non-binary"). GenderEvidence says which.
	Gender         Gender `json:"gender,omitempty"`
	GenderEvidence string `json:"gender_evidence,omitempty"`
}

// SpeakerKind tells people from bodies, groups and outlets.
type SpeakerKind string

const (
	SpeakerPerson SpeakerKind = "person"
	SpeakerBody   SpeakerKind = "body"   // an organisation, named or not: the ministry, Acme Corp.
	SpeakerGroup  SpeakerKind = "group"  // people spoken of together: Democrats, officials, police
	SpeakerOutlet SpeakerKind = "outlet" // a news organisation speaking for itself
	// SpeakerUnnamed is a source the article describes but does not name:
	// "a diplomat who asked not to be named", "one former aide".
	SpeakerUnnamed SpeakerKind = "unnamed"
	// SpeakerDocument is a poll, report or document the text makes speak:
	// "the survey asks", "a new poll found".
	SpeakerDocument SpeakerKind = "document"
)

// Gender of a person speaker.
type Gender string

const (
	Female        Gender = "female"
	Male          Gender = "male"
	NonBinary     Gender = "non-binary" // the article says they use they/them pronouns or are non-binary
	UnknownGender Gender = "unknown"
)

// Article is a Document with its statements and speakers.
// Speakers are ordered by quotations, most first; Statements by position.
type Article struct {
	Document
	Statements []Statement
	Speakers   []Speaker
}

// ParagraphText returns the text of 1-based paragraph n, the title for 0.
func (a *Article) ParagraphText(n int) string {
	if n == 0 {
		return a.Title
	}
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
