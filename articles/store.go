package articles

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/adrg/xdg"
	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver

	"whosaid/model"
)

// NotesEnv names the environment variable that overrides the notes file.
const NotesEnv = "WHOSAID_NOTES"

// ErrReadOnly is returned by writes to a store that could not be opened for
// writing.
var ErrReadOnly = errors.New("notes are read-only")

// Store keeps highlights and notes in a SQLite file. Every change is its own
// committed transaction, so a crash loses nothing already done, and several
// processes may share the file.
type Store struct {
	db   *sql.DB // nil when the file could not be read at all
	path string
	why  error // why writes are refused; nil when writable
	now  func() time.Time
}

// NotesPath picks the notes file: the --notes flag, else $WHOSAID_NOTES,
// else $XDG_DATA_HOME/whosaid/notes.db.
func NotesPath(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if env := os.Getenv(NotesEnv); env != "" {
		return env, nil
	}
	p, err := xdg.DataFile(filepath.Join("whosaid", "notes.db"))
	if err != nil {
		return "", fmt.Errorf("finding the notes file: %w", err)
	}
	return p, nil
}

var sqliteMagic = []byte("SQLite format 3\x00")

// Open opens (creating if needed) the notes file at path for reading and
// writing, migrating its schema. A file that is not a sound SQLite database
// is left untouched and reported in a one-line error naming it.
func Open(path string) (*Store, error) {
	existed, err := checkNotesFile(path)
	if err != nil {
		return nil, err
	}
	if existed {
		if err := checkSound(path); err != nil {
			return nil, err
		}
	} else if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("notes file %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", dsn(path, ""))
	if err != nil {
		return nil, fmt.Errorf("notes file %s: %w", path, err)
	}
	if err := prepare(db, path); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, path: path, now: time.Now}, nil
}

// OpenForReader opens the notes file for the reader, which must go on
// whatever the file holds: when it cannot be written it is opened read-only,
// and when it cannot be read at all the store is empty. The store is never
// nil; the error, if any, says why notes are read-only.
func OpenForReader(path string) (*Store, error) {
	s, err := Open(path)
	if err == nil {
		return s, nil
	}
	if ro, rerr := openReadOnly(path); rerr == nil {
		ro.why = err
		return ro, err
	}
	return &Store{path: path, why: err, now: time.Now}, err
}

// openReadOnly opens a sound database that cannot be written (permissions,
// a newer schema).
func openReadOnly(path string) (*Store, error) {
	if existed, err := checkNotesFile(path); err != nil || !existed {
		return nil, fmt.Errorf("notes file %s: nothing to read", path)
	}
	if err := checkSound(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path, "mode=ro"))
	if err != nil {
		return nil, err
	}
	if _, err := userVersion(db); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, path: path, now: time.Now}, nil
}

// dsn builds the driver's name for path: busy waits instead of failing when
// another process writes, foreign keys on, and BEGIN IMMEDIATE so that a
// transaction takes the write lock up front instead of failing midway.
func dsn(path, extra string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	q := "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_txlock=immediate"
	if extra != "" {
		q += "&" + extra
	}
	return "file:" + esc + "?" + q
}

// checkNotesFile reports whether path exists, refusing one that exists but is
// not a SQLite file. It only reads.
func checkNotesFile(path string) (bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("notes file %s: %w", path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return false, fmt.Errorf("notes file %s is a directory", path)
	}
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF) {
		return false, nil // an empty file becomes a new database
	}
	if !bytes.Equal(head[:n], sqliteMagic) {
		return false, fmt.Errorf("notes file %s is not a SQLite database (left unchanged)", path)
	}
	return true, nil
}

// checkSound runs SQLite's quick check on a read-only connection, so that a
// damaged file is never written to.
func checkSound(path string) error {
	db, err := sql.Open("sqlite", dsn(path, "mode=ro"))
	if err != nil {
		return fmt.Errorf("notes file %s: %w", path, err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow("PRAGMA quick_check(1)").Scan(&res); err != nil {
		return fmt.Errorf("notes file %s is damaged (left unchanged): %s", path, oneLine(err.Error()))
	}
	if res != "ok" {
		return fmt.Errorf("notes file %s is damaged (left unchanged): %s", path, oneLine(res))
	}
	v, err := userVersion(db)
	if err != nil {
		return fmt.Errorf("notes file %s: %w", path, err)
	}
	if v > schemaVersion() {
		return fmt.Errorf("notes file %s has schema %d, newer than this whosaid (%d)", path, v, schemaVersion())
	}
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// prepare turns on write-ahead logging and brings the schema up to date.
func prepare(db *sql.DB, path string) error {
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return fmt.Errorf("notes file %s: %w", path, err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("notes file %s: cannot use write-ahead logging (journal mode %s)", path, mode)
	}
	return migrate(db, path)
}

// Close closes the notes file.
func (s *Store) Close() error {
	if s.db == nil {
		return nil
	}
	return s.db.Close()
}

// Path is the notes file's path.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether changes are refused, and why.
func (s *Store) ReadOnly() (bool, error) { return s.why != nil, s.why }

func (s *Store) writable() error {
	if s.why != nil {
		return fmt.Errorf("%w: %v", ErrReadOnly, s.why)
	}
	return nil
}

// ArticleKey is how the store knows an article: its source (a file's
// absolute path, a URL; standard input by its text alone) and a hash of its
// whole text.
func ArticleKey(doc model.Document) (source, hash string) {
	hash = TextHash(doc)
	source = doc.Source
	switch {
	case source == "-" || source == "":
		source = "stdin:" + hash[:16]
	case strings.Contains(source, "://") || source == DefaultName:
	default:
		if abs, err := filepath.Abs(source); err == nil {
			source = abs
		}
	}
	return source, hash
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseStamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s) // written by stamp; zero if not
	return t
}
