package articles

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"whosaid/model"
	"whosaid/model/notes"
)

// staleAfter is how long an analysis by another engine version is kept,
// for another whosaid sharing the notes file.
const staleAfter = 30 * 24 * time.Hour

// TextHash is the hash an article's analysis is cached under: its whole
// text, as ArticleKey hashes it.
func TextHash(doc model.Document) string {
	sum := sha256.Sum256([]byte(notes.WholeText(doc.Paragraphs)))
	return hex.EncodeToString(sum[:])
}

// AnalysisHash is the hash an analysis is cached under: TextHash, and the
// title too when there is one, since the engine reads the headline, and
// the line breaks that start sentences (Paragraph.Breaks), which it reads
// too.
func AnalysisHash(doc model.Document) string {
	breaks := breaksKey(doc.Paragraphs)
	if doc.Title == "" && breaks == "" {
		return TextHash(doc)
	}
	sum := sha256.Sum256([]byte(doc.Title + "\x00" + notes.WholeText(doc.Paragraphs) + breaks))
	return hex.EncodeToString(sum[:])
}

// breaksKey writes the paragraphs' breaks as text, "" when there are none.
func breaksKey(ps []model.Paragraph) string {
	var b []byte
	for k, p := range ps {
		for _, at := range p.Breaks {
			b = fmt.Appendf(b, "\x00%d:%d", k, at)
		}
	}
	return string(b)
}

// CachedAnalysis returns doc as analysed by engine when the store holds that
// analysis of a text with this hash. A store that cannot be read, or an
// entry that cannot be decoded (written by another build), holds nothing.
func (s *Store) CachedAnalysis(doc model.Document, hash, engine string) (*model.Article, bool) {
	data := s.cachedData(engine, []string{hash})
	if data[hash] == nil {
		return nil, false
	}
	return decodeCached(doc, data[hash])
}

// decodeCached reads a kept analysis of doc, refusing one that does not fit
// its text.
func decodeCached(doc model.Document, data []byte) (*model.Article, bool) {
	a, err := decodeAnalysis(doc, data)
	if err != nil || !fits(doc, a.Statements, len(a.Speakers)) {
		return nil, false
	}
	return a, true
}

// cachedData fetches the kept analyses of several texts in one query, by
// hash; those it does not hold are missing from the map.
func (s *Store) cachedData(engine string, hashes []string) map[string][]byte {
	out := map[string][]byte{}
	if s == nil || s.db == nil || len(hashes) == 0 {
		return out
	}
	args := []any{engine}
	for _, h := range hashes {
		args = append(args, h)
	}
	q := `SELECT hash, data FROM analyses WHERE engine = ? AND hash IN (?` + strings.Repeat(",?", len(hashes)-1) + `)`
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return out
	}
	defer rows.Close()
	for rows.Next() {
		var h string
		var data []byte
		if rows.Scan(&h, &data) == nil {
			out[h] = data
		}
	}
	return out
}

// fits checks that cached statements lie inside the text and point at
// speakers that exist, so a damaged entry is analysed anew.
func fits(doc model.Document, stmts []model.Statement, speakers int) bool {
	for _, st := range stmts {
		if _, ok := spanText(doc, st); !ok || st.SpeakerIndex >= speakers || st.SpeakerIndex < -1 {
			return false
		}
	}
	return true
}

// Analysis is one article's analysis to keep, under its text's hash.
type Analysis struct {
	Hash    string
	Article *model.Article
}

// CacheAnalyses keeps analyses made by engine, all in one transaction, and
// drops those other engine versions wrote over a month ago.
func (s *Store) CacheAnalyses(engine string, as []Analysis) error {
	if s == nil || len(as) == 0 {
		return nil
	}
	if err := s.writable(); err != nil {
		return err
	}
	if s.db == nil {
		return errors.New("notes file not open")
	}
	now := s.now()
	tx, err := s.db.Begin()
	if err != nil {
		return fmt.Errorf("notes file %s: caching analyses: %w", s.path, err)
	}
	defer tx.Rollback()
	ins, err := tx.Prepare(`INSERT OR REPLACE INTO analyses (hash, engine, data, analysed) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("notes file %s: caching analyses: %w", s.path, err)
	}
	defer ins.Close()
	for _, a := range as {
		if _, err := ins.Exec(a.Hash, engine, encodeAnalysis(a.Article), stamp(now)); err != nil {
			return fmt.Errorf("notes file %s: caching analyses: %w", s.path, err)
		}
	}
	if _, err := tx.Exec(`DELETE FROM analyses WHERE engine <> ? AND analysed < ?`, engine, stamp(now.Add(-staleAfter))); err != nil {
		return fmt.Errorf("notes file %s: dropping old analyses: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("notes file %s: caching analyses: %w", s.path, err)
	}
	return nil
}
