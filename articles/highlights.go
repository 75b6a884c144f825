package articles

import (
	"database/sql"
	"errors"
	"fmt"

	"whosaid/model"
	"whosaid/model/notes"
)

// Highlights returns the live highlights of doc in article order. Those made
// on another version of the same source are re-attached to this text (and
// saved so); one whose words are gone comes back Orphaned, never dropped.
func (s *Store) Highlights(doc model.Document) ([]notes.Highlight, error) {
	if s.db == nil {
		return nil, nil
	}
	source, hash := ArticleKey(doc)
	rows, err := s.db.Query(`
SELECT h.id, a.hash, h.exact, h.prefix, h.suffix, h.pos_start, h.pos_end,
       h.speaker, h.paragraph, h.kind, h.note, h.created, h.updated
FROM highlights h JOIN articles a ON a.id = h.article_id
WHERE a.source = ? AND h.deleted IS NULL
ORDER BY h.id`, source)
	if err != nil {
		return nil, s.fail("reading highlights", err)
	}
	var hs []notes.Highlight
	var moved []int
	for rows.Next() {
		h, oldHash, err := scanHighlight(rows)
		if err != nil {
			rows.Close()
			return nil, s.fail("reading highlights", err)
		}
		if place(&h, doc.Paragraphs) && oldHash != hash {
			moved = append(moved, len(hs))
		}
		hs = append(hs, h)
	}
	if err := rows.Close(); err != nil {
		return nil, s.fail("reading highlights", err)
	}
	if len(moved) > 0 && s.why == nil {
		// Best effort: if this fails the same re-attachment is made next time.
		_ = s.saveMoved(doc, hs, moved)
	}
	notes.SortHighlights(hs)
	return hs, nil
}

func scanHighlight(rows *sql.Rows) (notes.Highlight, string, error) {
	var h notes.Highlight
	var hash, kind, created, updated string
	err := rows.Scan(&h.ID, &hash, &h.Anchor.Exact, &h.Anchor.Prefix, &h.Anchor.Suffix,
		&h.Anchor.Start, &h.Anchor.End, &h.Speaker, &h.Paragraph, &kind, &h.Note, &created, &updated)
	h.Kind = model.Kind(kind)
	h.Created, h.Updated = parseStamp(created), parseStamp(updated)
	return h, hash, err
}

// place finds h in the article's paragraphs, updating its position and
// anchor, or marks it orphaned. It reports whether h is attached.
func place(h *notes.Highlight, paras []model.Paragraph) bool {
	at := notes.Reattach(h.Anchor, paras)
	if at.Orphaned {
		h.Orphaned = true
		return false
	}
	h.Paragraph, h.Start, h.End = at.Paragraph, at.Start, at.End
	h.Anchor = notes.NewAnchor(paras, at.Paragraph, at.Start, at.End)
	return true
}

// saveMoved moves re-attached highlights to this version of the article.
func (s *Store) saveMoved(doc model.Document, hs []notes.Highlight, moved []int) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	articleID, err := s.ensureArticle(tx, doc)
	if err != nil {
		return err
	}
	for _, i := range moved {
		h := hs[i]
		_, err := tx.Exec(`
UPDATE highlights SET article_id = ?, exact = ?, prefix = ?, suffix = ?, pos_start = ?, pos_end = ?, paragraph = ?
WHERE id = ?`, articleID, h.Anchor.Exact, h.Anchor.Prefix, h.Anchor.Suffix, h.Anchor.Start, h.Anchor.End, h.Paragraph, h.ID)
		if err != nil {
			return err
		}
	}
	return tx.Commit()
}

// ensureArticle returns the id of doc's row, adding it when first seen.
func (s *Store) ensureArticle(tx *sql.Tx, doc model.Document) (int64, error) {
	source, hash := ArticleKey(doc)
	_, err := tx.Exec(`INSERT INTO articles (source, hash, title, first_seen) VALUES (?, ?, ?, ?)
ON CONFLICT (source, hash) DO NOTHING`, source, hash, doc.Title, stamp(s.now()))
	if err != nil {
		return 0, err
	}
	var id int64
	err = tx.QueryRow(`SELECT id FROM articles WHERE source = ? AND hash = ?`, source, hash).Scan(&id)
	return id, err
}

// Add stores a new highlight of doc and returns it with its id and dates.
// When h has no anchor yet it is anchored at h.Paragraph, h.Start..h.End.
func (s *Store) Add(doc model.Document, h notes.Highlight) (notes.Highlight, error) {
	if err := s.writable(); err != nil {
		return h, err
	}
	if h.Anchor.Exact == "" {
		h.Anchor = notes.NewAnchor(doc.Paragraphs, h.Paragraph, h.Start, h.End)
	}
	if h.Anchor.Exact == "" {
		return h, fmt.Errorf("nothing to highlight at ¶%d bytes %d..%d", h.Paragraph, h.Start, h.End)
	}
	tx, err := s.db.Begin()
	if err != nil {
		return h, s.fail("saving a highlight", err)
	}
	defer tx.Rollback()
	articleID, err := s.ensureArticle(tx, doc)
	if err != nil {
		return h, s.fail("saving a highlight", err)
	}
	now := s.now().UTC()
	res, err := tx.Exec(`
INSERT INTO highlights (article_id, exact, prefix, suffix, pos_start, pos_end, speaker, paragraph, kind, note, created, updated)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, articleID, h.Anchor.Exact, h.Anchor.Prefix, h.Anchor.Suffix,
		h.Anchor.Start, h.Anchor.End, h.Speaker, h.Paragraph, string(h.Kind), h.Note, stamp(now), stamp(now))
	if err != nil {
		return h, s.fail("saving a highlight", err)
	}
	if h.ID, err = res.LastInsertId(); err != nil {
		return h, s.fail("saving a highlight", err)
	}
	if err := tx.Commit(); err != nil {
		return h, s.fail("saving a highlight", err)
	}
	h.Created, h.Updated, h.Orphaned = now, now, false
	return h, nil
}

// SetNote replaces the note of highlight id.
func (s *Store) SetNote(id int64, note string) error {
	return s.change(id, "saving the note", `UPDATE highlights SET note = ?, updated = ? WHERE id = ? AND deleted IS NULL`,
		note, stamp(s.now()), id)
}

// Delete removes highlight id; Undelete brings it back as it was.
func (s *Store) Delete(id int64) error {
	return s.change(id, "deleting the highlight", `UPDATE highlights SET deleted = ? WHERE id = ? AND deleted IS NULL`,
		stamp(s.now()), id)
}

// Undelete restores a deleted highlight with its note and dates.
func (s *Store) Undelete(id int64) error {
	return s.change(id, "restoring the highlight", `UPDATE highlights SET deleted = NULL WHERE id = ? AND deleted IS NOT NULL`, id)
}

// ErrNoHighlight is returned when a change names a highlight that is not
// there (or, for Undelete, not deleted).
var ErrNoHighlight = errors.New("no such highlight")

// change runs one statement on one highlight as its own transaction.
func (s *Store) change(id int64, what, query string, args ...any) error {
	if err := s.writable(); err != nil {
		return err
	}
	res, err := s.db.Exec(query, args...)
	if err != nil {
		return s.fail(what, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("%s: %w (id %d)", what, ErrNoHighlight, id)
	}
	return nil
}

func (s *Store) fail(what string, err error) error {
	return fmt.Errorf("notes file %s: %s: %s", s.path, what, oneLine(err.Error()))
}
