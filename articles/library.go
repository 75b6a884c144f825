package articles

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"whosaid/model"
	"whosaid/model/attribution"
)

// ArticleExts are the extensions of the files a directory's library holds;
// anything else there (.json, images) is not an article.
var ArticleExts = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}

// LibraryMaxSize is the largest file a library analyses: news articles are
// far smaller, and one huge file must not hold up the rest. Open such a file
// on its own.
const LibraryMaxSize = 16 << 20

// notArticles are the names (without extension) of files that describe a
// folder rather than report news: README.md beside a corpus is not news.
var notArticles = map[string]bool{"readme": true, "license": true, "licence": true, "changelog": true,
	"contributing": true, "copying": true, "authors": true, "notice": true}

// IsArticleFile reports whether a directory's file is an article by its
// extension, leaving out a folder's README, LICENSE and the like.
func IsArticleFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if notArticles[strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))] {
		return false
	}
	for _, e := range ArticleExts {
		if ext == e {
			return true
		}
	}
	return false
}

// LibrarySources expands a command line's sources: a directory becomes its
// article files (and its subdirectories', hidden ones left out), in name
// order; anything else stays as given. A subdirectory that cannot be read
// is skipped with its one-line error. It fails when the sources hold no
// article at all, saying so.
func LibrarySources(args []string) (sources []string, skipped []error, err error) {
	var empty []string
	for _, a := range args {
		info, statErr := os.Stat(a)
		if statErr != nil || !info.IsDir() {
			sources = append(sources, a)
			continue
		}
		files, sk := articleFiles(a)
		skipped = append(skipped, sk...)
		if len(files) == 0 {
			empty = append(empty, a)
		}
		sources = append(sources, files...)
	}
	if len(sources) == 0 && len(empty) > 0 {
		return nil, skipped, fmt.Errorf("%s holds no articles (files named %s)",
			strings.Join(empty, ", "), strings.Join(ArticleExts, ", "))
	}
	return sources, skipped, nil
}

func articleFiles(dir string) (files []string, skipped []error) {
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			skipped = append(skipped, fmt.Errorf("cannot read %s: %w", path, plainErr(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		hidden := path != dir && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return fs.SkipDir
		case !d.IsDir() && !hidden && IsArticleFile(d.Name()):
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		skipped = append(skipped, err)
	}
	sort.Strings(files)
	return files, skipped
}

// LibraryOptions set up the analysis of a library.
type LibraryOptions struct {
	// Cache keeps analyses under the text's hash and Engine; nil analyses
	// everything. Refresh analyses anew and replaces what is kept.
	Cache   *Store
	Engine  string // "" for attribution.Version()
	Refresh bool
	Workers int          // 0 for all cores
	Fetch   FetchOptions // for sources that are URLs (the page cache is Fetch.Cache)
}

// Analysed is one source of a library, loaded and analysed.
type Analysed struct {
	Index   int // in the sources given
	Source  string
	Article *model.Article // nil when the source could not be loaded
	// Err is why it could not be loaded (Article nil), or the fault that
	// left part of it unannotated (Article set).
	Err    error
	Cached bool // the analysis came from the store
	Bytes  int  // size of the text
}

// cacheBatch is how many analyses are written to the store in one
// transaction; chunk is how many sources a worker takes at a time, looking
// their analyses up in one query.
const (
	cacheBatch = 128
	chunk      = 16
)

// AnalyseLibrary loads and analyses sources on all cores, each from the
// store's cache when it holds the text's analysis by this engine. Results
// arrive on the channel as they are done, in any order; it is closed when
// all are, and what was analysed is in the store by then. Canceling ctx
// stops it early (what is done is still kept).
func AnalyseLibrary(ctx context.Context, sources []string, opts LibraryOptions) <-chan Analysed {
	if opts.Engine == "" {
		opts.Engine = attribution.Version()
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make(chan Analysed, workers*chunk)
	todo := make(chan []int)
	fresh := make(chan Analysis, cacheBatch)
	var wg sync.WaitGroup
	for range min(workers, max(len(sources), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for idx := range todo {
				analyseChunk(ctx, idx, sources, opts, out, fresh)
			}
		}()
	}
	stored := make(chan struct{})
	go keepAnalyses(opts, fresh, stored)
	go func() {
		defer close(out)
		for _, idx := range chunks(sources) {
			select {
			case todo <- idx:
			case <-ctx.Done():
			}
		}
		close(todo)
		wg.Wait()
		close(fresh)
		<-stored
	}()
	return out
}

// chunks groups the sources' indices for the workers: files by chunk, a
// URL alone, so that a slow server holds up nothing else.
func chunks(sources []string) [][]int {
	var out [][]int
	var files []int
	for i, src := range sources {
		if IsURL(src) {
			out = append(out, []int{i})
			continue
		}
		if files = append(files, i); len(files) == chunk {
			out, files = append(out, files), nil
		}
	}
	if len(files) > 0 {
		out = append(out, files)
	}
	return out
}

// analyseChunk loads some sources, looks their analyses up in the cache
// together, and sends each result: the kept analysis, or a new one, which
// is also handed over to be kept.
func analyseChunk(ctx context.Context, idx []int, sources []string, opts LibraryOptions, out chan<- Analysed, fresh chan<- Analysis) {
	send := func(r Analysed) {
		select {
		case out <- r:
		case <-ctx.Done():
		}
	}
	docs := make([]model.Document, len(idx))
	hashes := make([]string, len(idx))
	var wanted []string
	for k, i := range idx {
		doc, err := loadForLibrary(ctx, sources[i], opts.Fetch)
		if err != nil {
			send(Analysed{Index: i, Source: sources[i], Err: err})
			idx[k] = -1
			continue
		}
		docs[k] = doc
		if opts.Cache != nil {
			hashes[k] = AnalysisHash(doc)
			wanted = append(wanted, hashes[k])
		}
	}
	var kept map[string][]byte
	if opts.Cache != nil && !opts.Refresh {
		kept = opts.Cache.cachedData(opts.Engine, wanted)
	}
	for k, i := range idx {
		if i < 0 || ctx.Err() != nil {
			continue
		}
		r := Analysed{Index: i, Source: sources[i]}
		for _, p := range docs[k].Paragraphs {
			r.Bytes += len(p.Text)
		}
		if data, ok := kept[hashes[k]]; ok {
			if r.Article, r.Cached = decodeCached(docs[k], data); r.Cached {
				send(r)
				continue
			}
		}
		r.Article, r.Err = attribution.Analyze(docs[k])
		if opts.Cache != nil && r.Err == nil {
			fresh <- Analysis{Hash: hashes[k], Article: r.Article}
		}
		send(r)
		// Between articles, let a waiting goroutine (the reader's keys) run
		// rather than wait for this one's time slice to end.
		runtime.Gosched()
	}
}

// loadForLibrary loads a source as LoadContext does, refusing a file over
// LibraryMaxSize before reading it.
func loadForLibrary(ctx context.Context, src string, fetch FetchOptions) (model.Document, error) {
	if !IsURL(src) && src != "-" {
		info, err := os.Stat(src)
		if err == nil && info.Mode().IsRegular() && info.Size() > LibraryMaxSize {
			return model.Document{}, fmt.Errorf("%s is too large for a library: %s, over the %s limit (open it on its own)",
				src, sizeText(info.Size()), sizeText(LibraryMaxSize))
		}
	}
	return LoadContext(ctx, src, fetch)
}

// keepAnalyses writes new analyses to the store in batches until fresh is
// closed. A store that cannot be written costs only the speed of the next
// opening.
func keepAnalyses(opts LibraryOptions, fresh <-chan Analysis, done chan<- struct{}) {
	defer close(done)
	var batch []Analysis
	failed := false
	flush := func() {
		if len(batch) > 0 && !failed && opts.Cache != nil {
			err := opts.Cache.CacheAnalyses(opts.Engine, batch)
			failed = err != nil && errors.Is(err, ErrReadOnly)
		}
		batch = batch[:0]
	}
	for a := range fresh {
		batch = append(batch, a)
		if len(batch) == cacheBatch {
			flush()
		}
	}
	flush()
}

// AnalyseAll analyses a library to the end: the articles in the sources'
// order (nil for those that could not be loaded) and the errors met, one
// per failed source in that order (an analysis fault too: its article is
// still given, unannotated where the fault struck).
func AnalyseAll(ctx context.Context, sources []string, opts LibraryOptions) ([]*model.Article, []error) {
	arts := make([]*model.Article, len(sources))
	errs := make([]error, len(sources))
	for r := range AnalyseLibrary(ctx, sources, opts) {
		arts[r.Index], errs[r.Index] = r.Article, r.Err
	}
	var failed []error
	for _, err := range errs {
		if err != nil {
			failed = append(failed, err)
		}
	}
	return arts, failed
}
