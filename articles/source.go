// Package articles is where articles come from and where what belongs to them
// lives: sources (embedded sample, file, stdin), paragraph splitting and the
// store. It does the I/O; analysis lives in model.
package articles

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unsafe"

	"whosaid/model"
)

//go:embed alaska-summit.txt
var defaultArticle string

// DefaultName is how the embedded article is named in the status bar.
const DefaultName = "alaska-summit.txt (built in)"

// MaxSize is the largest article Load accepts, in bytes.
const MaxSize = 512 << 20

// stdinName is how standard input is named in error messages.
const stdinName = "standard input"

// Load reads a source: "" for the embedded default, "-" for standard input,
// an http or https URL or a saved HTML page (see LoadContext), otherwise a
// file path. Files named .md or .markdown are read as Markdown.
func Load(source string) (model.Document, error) {
	if isWebSource(source) {
		return LoadContext(context.Background(), source, FetchOptions{})
	}
	switch source {
	case "":
		return model.Document{Source: DefaultName, Paragraphs: Split(defaultArticle)}, nil
	case "-":
		return LoadReader("-", os.Stdin)
	}
	return loadFile(source)
}

// LoadReader reads an article from r. name is the Document's Source and is
// used in error messages ("-" stands for standard input); its extension
// decides between Markdown and plain text. At most MaxSize bytes are read.
func LoadReader(name string, r io.Reader) (model.Document, error) {
	return loadReader(name, r, 0, MaxSize)
}

func loadFile(path string) (model.Document, error) {
	f, err := openFile(path)
	if err != nil {
		return model.Document{}, openError(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	switch {
	case err != nil:
		return model.Document{}, fmt.Errorf("cannot open %s: %w", path, plainErr(err))
	case info.IsDir():
		return model.Document{}, fmt.Errorf("%s is a directory, not an article file", path)
	case info.Mode().IsRegular() && info.Size() > MaxSize:
		return model.Document{}, tooBig(path, info.Size(), MaxSize)
	}
	return loadReader(path, f, info.Size(), MaxSize)
}

// openError says why path could not be opened, as a look at the path
// itself says it: no such file, a directory (one that cannot be read too),
// or the reason the system gave.
func openError(path string, err error) error {
	info, serr := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) || errors.Is(serr, fs.ErrNotExist):
		return quietError{"no such file: " + path, err}
	case serr == nil && info.IsDir():
		return fmt.Errorf("%s is a directory, not an article file", path)
	}
	return fmt.Errorf("cannot open %s: %w", path, plainErr(err))
}

// loadReader reads at most limit bytes from r (size is a hint, 0 when
// unknown), checks that they are UTF-8 text and parses them.
func loadReader(name string, r io.Reader, size int64, limit int64) (model.Document, error) {
	data, err := readText(displayName(name), r, size, limit)
	if err != nil {
		return model.Document{}, err
	}
	// data is never written again: share its bytes instead of copying them.
	text := unsafe.String(unsafe.SliceData(data), len(data))
	text = strings.TrimPrefix(text, "\uFEFF")
	doc := model.Document{Source: name}
	if isMarkdown(name) {
		doc.Title, doc.Paragraphs = SplitMarkdown(text)
	} else {
		doc.Title, doc.Paragraphs = SplitTitled(text)
	}
	return doc, nil
}

func isMarkdown(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

func displayName(name string) string {
	if name == "-" {
		return stdinName
	}
	return name
}

// plainErr drops the path and operation an *fs.PathError repeats, keeping
// the reason ("permission denied") for a one-line message.
func plainErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// quietError is an error whose message says it all but which still unwraps
// to its cause, so callers can test errors.Is(err, fs.ErrNotExist).
type quietError struct {
	msg   string
	cause error
}

func (e quietError) Error() string { return e.msg }
func (e quietError) Unwrap() error { return e.cause }
