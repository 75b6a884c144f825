package ui

import (
	"errors"
	"fmt"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/notes"
)

// noteSet is the reader's side of the notes file: the article's highlights as
// the store returned them, where they lie on screen, and the deletions of
// this session that can be undone. Every change goes to the store first and
// is applied here only once it is committed there.
type noteSet struct {
	store *articles.Store // nil: no notes file, highlights are off
	art   *model.Article
	d     *doc
	hs    []notes.Highlight
	undo  []notes.Highlight // deleted this session, the last one last

	spans  map[int][][2]int // screen paragraph → highlighted byte ranges
	marked []bool           // by statement index of doc
}

var errNoNotes = errors.New("highlights are off: no notes file")

// newNotes loads the article's highlights; the message says what went wrong
// (the store's own reason for being read-only first), "" when nothing did.
func newNotes(store *articles.Store, openErr error, art *model.Article, d *doc) (*noteSet, string) {
	n := &noteSet{store: store, art: art, d: d}
	msg := ""
	if openErr != nil {
		msg = oneLineClean(openErr.Error())
	}
	if store != nil {
		hs, err := store.Highlights(art.Document)
		if err != nil && msg == "" {
			msg = oneLineClean(err.Error())
		}
		n.hs = hs
	}
	n.index()
	return n, msg
}

// reload reads the highlights again, so that those another reader made on
// the same notes file show in the list and the export; on failure the ones
// held stay and the message says why.
func (n *noteSet) reload() string {
	if n.store == nil {
		return ""
	}
	hs, err := n.store.Highlights(n.art.Document)
	if err != nil {
		return errLine(err)
	}
	n.hs = hs
	n.index()
	return ""
}

// readOnly reports whether marks and notes cannot be changed.
func (n *noteSet) readOnly() bool {
	if n.store == nil {
		return true
	}
	ro, _ := n.store.ReadOnly()
	return ro
}

// index finds where each highlight lies on screen and which statements are
// marked, so drawing a frame costs a map lookup.
func (n *noteSet) index() {
	n.spans = map[int][][2]int{}
	n.marked = make([]bool, len(n.d.stmts))
	for _, h := range n.hs {
		if h.Orphaned {
			continue
		}
		p := n.d.screenPara(h.Paragraph)
		if p < 0 || p >= len(n.d.paras) || (n.d.titled && p == 0) {
			continue
		}
		start, end := max(h.Start, 0), min(h.End, len(n.d.paras[p]))
		if start >= end {
			continue
		}
		n.spans[p] = append(n.spans[p], [2]int{start, end})
		for _, i := range n.d.byPara[p] {
			s := n.art.Statements[n.d.stmts[i].orig]
			if s.Start == h.Start && s.End == h.End {
				n.marked[i] = true
			}
		}
	}
}

// covers reports whether a highlight overlaps bytes [start, end) of screen
// paragraph p.
func (n *noteSet) covers(p, start, end int) bool {
	for _, sp := range n.spans[p] {
		if sp[0] < end && sp[1] > start {
			return true
		}
	}
	return false
}

// find returns the index of the highlight at exactly t's place, or -1.
func (n *noteSet) find(t notes.Highlight) int {
	return notes.FindHighlight(n.hs, t.Paragraph, t.Start, t.End)
}

// statementTarget is the highlight statement i would make; false for a
// statement of the headline, which highlights cannot hold.
func (n *noteSet) statementTarget(i int) (notes.Highlight, bool) {
	st := n.art.Statements[n.d.stmts[i].orig]
	if st.Paragraph < 1 {
		return notes.Highlight{}, false
	}
	return notes.HighlightOf(n.art, st), true
}

// paragraphTarget is the highlight of all of screen paragraph p; ok is false
// for the title, which is not part of the article's text.
func (n *noteSet) paragraphTarget(p int) (notes.Highlight, bool) {
	if n.d.titled && p == 0 {
		p = 1
	}
	if p < 0 || p >= len(n.d.paras) {
		return notes.Highlight{}, false
	}
	num := n.d.articlePara(p)
	return notes.Highlight{Paragraph: num, Start: 0, End: len(n.art.ParagraphText(num))}, true
}

func (n *noteSet) writable() error {
	if n.store == nil {
		return errNoNotes
	}
	if ro, why := n.store.ReadOnly(); ro {
		return fmt.Errorf("%w: %v", articles.ErrReadOnly, why)
	}
	return nil
}

// mark stores t as a highlight and returns its index. A highlight of the
// same words deleted in this session comes back as it was, note included.
func (n *noteSet) mark(t notes.Highlight) (int, error) {
	if err := n.writable(); err != nil {
		return -1, err
	}
	for k := len(n.undo) - 1; k >= 0; k-- {
		u := n.undo[k]
		if u.Paragraph == t.Paragraph && u.Start == t.Start && u.End == t.End && !u.Orphaned {
			n.undo = append(n.undo[:k], n.undo[k+1:]...)
			if err := n.store.Undelete(u.ID); err == nil {
				return n.insert(u), nil
			}
		}
	}
	h, err := n.store.Add(n.art.Document, t)
	if err != nil {
		return -1, err
	}
	return n.insert(h), nil
}

// insert puts h among the highlights in article order and returns its index.
func (n *noteSet) insert(h notes.Highlight) int {
	n.hs = append(n.hs, h)
	notes.SortHighlights(n.hs)
	n.index()
	for i := range n.hs {
		if n.hs[i].ID == h.ID {
			return i
		}
	}
	return -1
}

// remove deletes highlight i; undoLast brings it back.
func (n *noteSet) remove(i int) error {
	if err := n.writable(); err != nil {
		return err
	}
	h := n.hs[i]
	if err := n.store.Delete(h.ID); err != nil {
		return err
	}
	n.hs = append(n.hs[:i], n.hs[i+1:]...)
	n.undo = append(n.undo, h)
	n.index()
	return nil
}

// undoLast restores the last highlight deleted in this session and returns
// its index.
func (n *noteSet) undoLast() (int, error) {
	if err := n.writable(); err != nil {
		return -1, err
	}
	if len(n.undo) == 0 {
		return -1, errors.New("nothing to undo")
	}
	h := n.undo[len(n.undo)-1]
	if err := n.store.Undelete(h.ID); err != nil {
		return -1, err
	}
	n.undo = n.undo[:len(n.undo)-1]
	return n.insert(h), nil
}

// setNote replaces the note of highlight i.
func (n *noteSet) setNote(i int, note string) error {
	if err := n.writable(); err != nil {
		return err
	}
	if err := n.store.SetNote(n.hs[i].ID, note); err != nil {
		return err
	}
	n.hs[i].Note = note
	return nil
}

// where names a highlight for messages: "¶9 · Vladimir Putin".
func where(h notes.Highlight) string {
	s := fmt.Sprintf("¶%d", h.Paragraph)
	if h.Speaker != "" {
		s += " · " + oneLineClean(h.Speaker)
	}
	return s
}

// target is what m and a act on: the current statement, or with none the
// paragraph at the top of the pane.
func (m *reader) target() (notes.Highlight, bool) {
	if m.cur >= 0 {
		return m.c.notes.statementTarget(m.cur)
	}
	if len(m.order) == 0 {
		return notes.Highlight{}, false
	}
	p, _ := m.topPara()
	return m.c.notes.paragraphTarget(p)
}

// toggleMark marks the target, or unmarks it when it is marked; an unmarked
// highlight keeps its note for undo (m again, or u in the highlights view).
func (m *reader) toggleMark() {
	n := m.c.notes
	t, ok := m.target()
	if !ok {
		m.msg = nothingTo("mark", m.cur)
		return
	}
	if i := n.find(t); i >= 0 {
		h := n.hs[i]
		if err := n.remove(i); err != nil {
			m.msg = errLine(err)
			return
		}
		m.msg = "unmarked " + where(h) + " · m again brings it back"
		return
	}
	i, err := n.mark(t)
	if err != nil {
		m.msg = errLine(err)
		return
	}
	m.msg = "marked " + where(n.hs[i]) + " · a adds a note"
}

// markedCurrent reports whether the current statement is highlighted.
func (m *reader) markedCurrent() bool {
	return m.cur >= 0 && m.cur < len(m.c.notes.marked) && m.c.notes.marked[m.cur]
}

func errLine(err error) string { return oneLineClean(err.Error()) }

// nothingTo is the message when there is nothing to act on: with a
// statement chosen, it is the headline's, which notes cannot hold.
func nothingTo(act string, cur int) string {
	if cur >= 0 {
		return "the headline cannot be marked or annotated: highlights hold the article's text"
	}
	return "nothing to " + act
}
