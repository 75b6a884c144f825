package articles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/net/html/charset"

	"whosaid/model"
)

// LoadContext reads a source like Load, and also http and https URLs and
// saved HTML pages, whose article is extracted. ctx cancels a fetch.
func LoadContext(ctx context.Context, source string, opts FetchOptions) (model.Document, error) {
	switch {
	case IsURL(source):
		return loadURL(ctx, source, opts)
	case isHTMLPath(source):
		return loadHTMLFile(source, opts)
	}
	return Load(source)
}

// isWebSource tells Load which sources LoadContext handles.
func isWebSource(source string) bool {
	return IsURL(source) || isHTMLPath(source)
}

func isHTMLPath(source string) bool {
	ext := strings.ToLower(filepath.Ext(source))
	return ext == ".html" || ext == ".htm" || ext == ".xhtml"
}

// loadURL reads an article from the cache, unless asked to refresh, else
// fetches and extracts it and keeps it in the cache.
func loadURL(ctx context.Context, source string, opts FetchOptions) (model.Document, error) {
	if _, err := checkURL(source); err != nil {
		return model.Document{}, err
	}
	if opts.Cache != nil && !opts.Refresh {
		if doc, ok, err := opts.Cache.CachedPage(source); err == nil && ok {
			return doc, nil
		}
	}
	page, err := Fetch(ctx, source, opts, Pages)
	if err != nil {
		return model.Document{}, err
	}
	opts.report(Progress{Stage: StageExtracting})
	doc, err := pageDocument(page, source)
	if err != nil {
		return model.Document{}, err
	}
	if opts.Cache != nil {
		// A cache that cannot be written (read-only notes) costs only the
		// offline copy, not the article.
		_ = opts.Cache.CachePage(source, doc)
	}
	return doc, nil
}

// pageDocument turns a fetched page into a Document named by its URL: HTML
// through extraction, text (or Markdown, by the URL's extension) as a file
// would be read.
func pageDocument(page Page, source string) (model.Document, error) {
	if isHTMLType(page.ContentType) {
		return ExtractHTML(page.Body, page.Charset, source)
	}
	r, err := charset.NewReader(bytes.NewReader(page.Body), "text/plain; charset="+page.Charset)
	if err != nil {
		r = bytes.NewReader(page.Body)
	}
	return loadReader(source, r, 0, MaxSize)
}

// loadHTMLFile extracts the article of a saved page, as for a URL.
func loadHTMLFile(path string, opts FetchOptions) (model.Document, error) {
	b, err := readFileCapped(path, opts.withDefaults().MaxBytes)
	if err != nil {
		return model.Document{}, err
	}
	return ExtractHTML(b, "", path)
}

// readFileCapped reads a page or feed file of at most limit bytes, with the
// same one-line errors as articles read from files.
func readFileCapped(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, quietError{"no such file: " + path, err}
	case err != nil:
		return nil, fmt.Errorf("cannot open %s: %w", path, plainErr(err))
	case info.IsDir():
		return nil, fmt.Errorf("%s is a directory, not a file", path)
	case info.Mode().IsRegular() && info.Size() > limit:
		return nil, tooBig(path, info.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", path, plainErr(err))
	}
	defer f.Close()
	return readAllCapped(f, limit, path)
}
