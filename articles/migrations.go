package articles

import (
	"database/sql"
	"fmt"
)

// migration brings the notes database from version-1 to version. To change
// the schema (a table of cached pages, say), append one with the next
// version: never edit a migration that has shipped.
type migration struct {
	version int
	name    string
	sql     string
}

var migrations = []migration{
	{1, "articles and highlights", `
CREATE TABLE articles (
	id         INTEGER PRIMARY KEY,
	source     TEXT NOT NULL,
	hash       TEXT NOT NULL,
	title      TEXT NOT NULL DEFAULT '',
	first_seen TEXT NOT NULL,
	UNIQUE (source, hash)
);
CREATE TABLE highlights (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id),
	exact      TEXT NOT NULL,
	prefix     TEXT NOT NULL DEFAULT '',
	suffix     TEXT NOT NULL DEFAULT '',
	pos_start  INTEGER NOT NULL,
	pos_end    INTEGER NOT NULL,
	speaker    TEXT NOT NULL DEFAULT '',
	paragraph  INTEGER NOT NULL,
	kind       TEXT NOT NULL DEFAULT '',
	note       TEXT NOT NULL DEFAULT '',
	created    TEXT NOT NULL,
	updated    TEXT NOT NULL
);`},
	// Deleting only marks a highlight, so that undo brings back the same
	// one (id, note, dates) even from another process.
	{2, "soft delete and lookup by article", `
ALTER TABLE highlights ADD COLUMN deleted TEXT;
CREATE INDEX highlights_by_article ON highlights (article_id, deleted);`},
	// Articles fetched from URLs, extracted, so they open again offline;
	// keyed by the URL as asked for. paragraphs is JSON (see pagecache.go).
	{3, "cached pages", `
CREATE TABLE pages (
	url        TEXT PRIMARY KEY,
	title      TEXT NOT NULL DEFAULT '',
	byline     TEXT NOT NULL DEFAULT '',
	date       TEXT NOT NULL DEFAULT '',
	paragraphs TEXT NOT NULL,
	fetched    TEXT NOT NULL
);`},
	// Analyses kept so a library opens again without analysing: keyed by
	// the text's hash and the engine's version, so a changed text or engine
	// analyses anew. data is in analysiscodec.go's form.
	{4, "cached analyses", `
CREATE TABLE analyses (
	hash     TEXT NOT NULL,
	engine   TEXT NOT NULL,
	data     BLOB NOT NULL,
	analysed TEXT NOT NULL,
	PRIMARY KEY (hash, engine)
) WITHOUT ROWID;`},
}

// schemaVersion is the version this build of whosaid writes.
func schemaVersion() int { return migrations[len(migrations)-1].version }

func userVersion(q interface {
	QueryRow(string, ...any) *sql.Row
}) (int, error) {
	var v int
	err := q.QueryRow("PRAGMA user_version").Scan(&v)
	return v, err
}

// migrate applies the migrations the database lacks, each in its own
// transaction; a second process migrating at the same time waits, then finds
// nothing left to do.
func migrate(db *sql.DB, path string) error {
	for _, m := range migrations {
		if err := applyMigration(db, m); err != nil {
			return fmt.Errorf("notes file %s: migrating to schema %d (%s): %w", path, m.version, m.name, err)
		}
	}
	return nil
}

func applyMigration(db *sql.DB, m migration) error {
	tx, err := db.Begin() // BEGIN IMMEDIATE: see the DSN
	if err != nil {
		return err
	}
	defer tx.Rollback()
	v, err := userVersion(tx)
	if err != nil {
		return err
	}
	if v >= m.version {
		return nil
	}
	if _, err := tx.Exec(m.sql); err != nil {
		return err
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}
