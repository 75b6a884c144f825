package articles

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"whosaid/model"
)

// cachedParagraph is how a paragraph is kept in the pages table.
type cachedParagraph struct {
	Text    string `json:"text"`
	Heading bool   `json:"heading,omitempty"`
}

// CachedPage returns the article last fetched from url, if the store holds
// it. A store that cannot be read holds nothing.
func (s *Store) CachedPage(url string) (model.Document, bool, error) {
	if s == nil || s.db == nil {
		return model.Document{}, false, nil
	}
	doc := model.Document{Source: url}
	var paras string
	err := s.db.QueryRow(`SELECT title, byline, date, paragraphs FROM pages WHERE url = ?`, url).
		Scan(&doc.Title, &doc.Byline, &doc.Date, &paras)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Document{}, false, nil
	}
	if err != nil {
		return model.Document{}, false, fmt.Errorf("notes file %s: reading the cached %s: %w", s.path, url, err)
	}
	var ps []cachedParagraph
	if err := json.Unmarshal([]byte(paras), &ps); err != nil {
		return model.Document{}, false, fmt.Errorf("notes file %s: the cached %s is damaged: %w", s.path, url, err)
	}
	for _, p := range ps {
		kind := model.Body
		if p.Heading {
			kind = model.Heading
		}
		doc.Paragraphs = append(doc.Paragraphs, model.Paragraph{Text: p.Text, Kind: kind})
	}
	return doc, len(doc.Paragraphs) > 0, nil
}

// CachePage keeps the article fetched from url, replacing an older copy.
func (s *Store) CachePage(url string, doc model.Document) error {
	if s == nil {
		return nil
	}
	if err := s.writable(); err != nil {
		return err
	}
	ps := make([]cachedParagraph, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		ps[i] = cachedParagraph{Text: p.Text, Heading: p.Kind == model.Heading}
	}
	paras, err := json.Marshal(ps)
	if err != nil {
		return err
	}
	_, err = s.db.Exec(`INSERT INTO pages (url, title, byline, date, paragraphs, fetched) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (url) DO UPDATE SET title = excluded.title, byline = excluded.byline, date = excluded.date,
	paragraphs = excluded.paragraphs, fetched = excluded.fetched`,
		url, doc.Title, doc.Byline, doc.Date, string(paras), stamp(s.now()))
	if err != nil {
		return fmt.Errorf("notes file %s: caching %s: %w", s.path, url, err)
	}
	return nil
}
