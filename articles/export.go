package articles

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"whosaid/model"
	"whosaid/model/attribution"
	"whosaid/model/export"
	"whosaid/model/notes"
)

// ExportRequest is what `whosaid export` asks for.
type ExportRequest struct {
	Source    string // as for Load
	Format    export.Format
	All       bool   // every statement, not the stored highlights
	Speaker   string // keep one speaker's words (any alias); "" keeps all
	BySpeaker bool
	NotesPath string    // notes file; unused with All
	Date      time.Time // date of export
}

// ExportResult is the rendered export and what it holds.
type ExportResult struct {
	Data       []byte
	Highlights int
	Orphans    int
}

// Export loads and analyses the article, takes its stored highlights (or
// every statement), keeps the speaker's, and renders them.
func Export(req ExportRequest) (ExportResult, error) {
	doc, err := Load(req.Source)
	if err != nil {
		return ExportResult{}, err
	}
	art, err := attribution.Analyze(doc)
	if err != nil {
		return ExportResult{}, err // an export must not miss statements silently
	}
	hs := export.WithoutNested(notes.StatementHighlights(art))
	if !req.All {
		if hs, err = storedHighlights(req.NotesPath, doc); err != nil {
			return ExportResult{}, err
		}
	}
	if req.Speaker != "" && art.SpeakerByName(req.Speaker) < 0 && len(notes.FilterHighlights(art, hs, req.Speaker)) == 0 {
		return ExportResult{}, export.NoSpeakerError(art, req.Speaker)
	}
	hs = notes.FilterHighlights(art, hs, req.Speaker)
	opt := export.ExportOptions{Date: req.Date, BySpeaker: req.BySpeaker, Target: SourceIRI(doc.Source)}
	data, err := export.Export(req.Format, art, hs, opt)
	res := ExportResult{Data: data, Highlights: len(hs)}
	for _, h := range hs {
		if h.Orphaned {
			res.Orphans++
		}
	}
	return res, err
}

// SourceIRI names a source as an IRI for Web Annotation targets: a URL as it
// is, a file as a file:// URL, the built-in article and standard input by a
// whosaid URN.
func SourceIRI(source string) string {
	switch {
	case strings.Contains(source, "://"):
		return source
	case source == DefaultName:
		return "urn:whosaid:builtin:alaska-summit"
	case source == "-" || source == "":
		return "urn:whosaid:stdin"
	}
	abs, err := filepath.Abs(source)
	if err != nil {
		abs = source
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// ExportFileName is where the reader writes an export when asked: a name
// made from the article's title (or source) and the format, such as
// "alaska-summit-notes.md".
func ExportFileName(doc model.Document, f export.Format) string {
	name := doc.Title
	switch {
	case name != "":
	case doc.Source == DefaultName:
		name = "alaska-summit"
	case doc.Source == "-" || doc.Source == "":
		name = "article"
	default:
		name = strings.TrimSuffix(filepath.Base(doc.Source), filepath.Ext(doc.Source))
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		slug = "article"
	}
	return slug + "-notes." + string(f)
}

// storedHighlights reads doc's highlights without creating a notes file that
// is not there yet.
func storedHighlights(path string, doc model.Document) ([]notes.Highlight, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	s, err := OpenForReader(path)
	defer s.Close()
	if s.db == nil {
		return nil, err
	}
	return s.Highlights(doc)
}

// WriteExport writes data to path whole or not at all: a failed write never
// leaves half a file where an earlier export was.
func WriteExport(path string, data []byte) error {
	return writeWhole(path, data, os.Rename)
}

// WriteExportNew is WriteExport that never replaces a file: when path
// exists it writes nothing and returns an error that is fs.ErrExist. The
// check and the write are one step (a hard link), so a file made meanwhile
// is not lost either.
func WriteExportNew(path string, data []byte) error {
	return writeWhole(path, data, os.Link)
}

func writeWhole(path string, data []byte, place func(tmp, path string) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".whosaid-export-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := place(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s exists: %w", path, fs.ErrExist)
		}
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
