// Command whosaid is a terminal reader for annotated news: it shows who said
// what in an article. main parses the command line and picks a mode.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"whosaid/articles"
	"whosaid/internal/gcbudget"
	"whosaid/model"
	"whosaid/model/attribution"
	"whosaid/model/collection"
	"whosaid/model/export"
	"whosaid/ui"
	"whosaid/ui/feed"
	"whosaid/ui/library"
	"whosaid/ui/spin"
)

// usageError marks command-line mistakes, which exit 2.
type usageError struct{ error }

func main() {
	root := rootCmd()
	root.SetArgs(os.Args[1:])
	err := root.Execute()
	if err == nil {
		return
	}
	var done errReported
	if errors.As(err, &done) {
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "whosaid: "+oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) {
		os.Exit(2)
	}
	os.Exit(1)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "whosaid [SOURCE | DIR | SOURCE...]",
		Short: "Read the news with an eye on who said what",
		Long: "whosaid opens an article in the terminal with every quotation and reported statement\n" +
			"attributed to its speaker. SOURCE is a text, Markdown or HTML file, an http(s) URL, - for\n" +
			"standard input, or nothing for the built-in sample article. When output is not a\n" +
			"terminal, the annotated article is printed as text instead.\n\n" +
			"A directory, or several sources, open as a library: the list of its articles, the list of\n" +
			"its speakers across them (s switches), each speaker's statements across articles, and a\n" +
			"chart of who is heard (c). Articles are analysed in the background on all cores and kept\n" +
			"with the notes, so the library opens at once the next time. When output is not a\n" +
			"terminal, a library prints its articles one a line.",
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE:          runReader,
	}
	root.Flags().Bool("mouse", false, "scroll with the mouse wheel (the terminal's own text selection then needs shift)")
	root.Flags().Bool("refresh", false, "fetch a URL anew instead of from the cache")
	// Flags every command shares work before or after the command's name.
	pf := root.PersistentFlags()
	pf.String("notes", "", "notes file for highlights and cached pages (default $WHOSAID_NOTES, else $XDG_DATA_HOME/whosaid/notes.db)")
	pf.String("color", "auto", "colour: auto (on a terminal, unless NO_COLOR is set; CLICOLOR_FORCE forces it), always or never")
	pf.String("style", "auto", "colours for a dark or light background: auto, dark, light or notty (none); default $GLAMOUR_STYLE")
	pf.Int("width", 0, "widest text column in the reader (default 80); wraps printed text and tables at this width")
	root.Version = version()
	root.SetVersionTemplate("whosaid {{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(quotesCmd(), speakersCmd(), exportCmd())
	root.AddCommand(feedCmd())
	wrapArgs(root)
	return root
}

// wrapArgs makes argument-count errors usage errors on every command.
func wrapArgs(c *cobra.Command) {
	if c.Args != nil {
		check := c.Args
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return usageError{err}
			}
			return nil
		}
	}
	c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	for _, sub := range c.Commands() {
		wrapArgs(sub)
	}
}

// looks are the flags every command shares, read and checked.
type looks struct {
	notes string
	color ui.ColorMode
	style ui.Style
	width int
}

func lookFlags(cmd *cobra.Command) (looks, error) {
	fl := cmd.Flags()
	var l looks
	var err error
	l.notes, _ = fl.GetString("notes")
	l.width, _ = fl.GetInt("width")
	if l.width < 0 {
		return l, usageError{fmt.Errorf("--width %d: want a number of columns, or 0 for the default", l.width)}
	}
	c, _ := fl.GetString("color")
	if l.color, err = ui.ParseColor(c); err != nil {
		return l, usageError{err}
	}
	l.style = ui.StyleFromEnv(os.Getenv)
	if fl.Changed("style") {
		st, _ := fl.GetString("style")
		if l.style, err = ui.ParseStyle(st); err != nil {
			return l, usageError{err}
		}
	}
	return l, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// defaultSource is what a command reads without a SOURCE: standard input
// when it is piped or redirected (as glow, less and bat do), else the
// built-in article. A terminal or /dev/null (a character device) is not
// read.
func defaultSource() string {
	if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice == 0 {
		return "-"
	}
	return ""
}

func runReader(cmd *cobra.Command, args []string) error {
	l, err := lookFlags(cmd)
	if err != nil {
		return err
	}
	if isLibrary(args) {
		return runLibrary(cmd, args, l)
	}
	src := defaultSource()
	if len(args) == 1 {
		src = args[0]
	}
	refresh, _ := cmd.Flags().GetBool("refresh")
	opts := articles.FetchOptions{Refresh: refresh}
	interactive := isTerminal(cmd.OutOrStdout())
	var store *articles.Store
	var notesErr error
	if interactive {
		// notes and the page cache share one file; piped output touches neither
		store, notesErr = openNotes(l.notes)
		if store != nil {
			defer store.Close()
			opts.Cache = store
		}
	}
	doc, err := spin.Load(src, opts)
	if err != nil {
		return err
	}
	art, fault := attribution.Analyze(doc)
	if interactive {
		mouse, _ := cmd.Flags().GetBool("mouse")
		opts := ui.Options{Mouse: mouse, Notes: store, NotesErr: notesErr, Style: l.style, Color: l.color, Width: l.width}
		if fault != nil {
			opts.Notice = fault.Error()
		}
		return ui.Run(art, opts)
	}
	popts := ui.PrintOptions{Color: ui.PrintColor(l.color, l.style, false, os.Getenv), Style: l.style, Width: l.width}
	if err := ui.Print(cmd.OutOrStdout(), art, popts); err != nil {
		return err
	}
	return fault // printed as far as the analysis went, then said
}

// isLibrary tells a library (a directory, several sources) from one
// article.
func isLibrary(args []string) bool {
	if len(args) != 1 {
		return len(args) > 1
	}
	info, err := os.Stat(args[0])
	return err == nil && info.IsDir()
}

// runLibrary opens a library in the reader, or prints its articles when
// output is not a terminal. Analyses and pages are kept with the notes when
// the notes file can be opened.
func runLibrary(cmd *cobra.Command, args []string, l looks) error {
	sources, skipped, err := articles.LibrarySources(args)
	if err != nil {
		return err
	}
	refresh, _ := cmd.Flags().GetBool("refresh")
	store, notesErr := openNotes(l.notes)
	if store != nil {
		defer store.Close()
	}
	opts := articles.LibraryOptions{Cache: store, Refresh: refresh, Fetch: articles.FetchOptions{Cache: store, Refresh: refresh}}
	name := fmt.Sprintf("%d sources", len(args))
	if len(args) == 1 {
		name = filepath.Base(filepath.Clean(args[0]))
	}
	return showLibrary(cmd, sources, nil, skipped, library.Options{Name: name, Analysis: opts, Notes: store, NotesErr: notesErr,
		Look: ui.Options{Style: l.style, Color: l.color, Width: l.width}})
}

// showLibrary runs the library view on a terminal, else prints the
// library's articles, with the errors of those that failed on stderr.
func showLibrary(cmd *cobra.Command, sources, titles []string, skipped []error, opts library.Options) error {
	opts.Skipped, opts.Titles = skipped, titles
	if isTerminal(cmd.OutOrStdout()) {
		return library.Run(sources, opts)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	failed, err := library.Print(ctx, cmd.OutOrStdout(), sources, opts.Analysis)
	if err != nil {
		return err
	}
	for _, err := range append(skipped, failed...) {
		fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: %s\n", oneLine(err.Error()))
	}
	if n := len(skipped) + len(failed); n > 0 {
		return errReported{fmt.Sprintf("%d of %d sources failed", n, len(sources)+len(skipped))}
	}
	return ctx.Err()
}

// openNotes opens the notes file for the reader, which opens whatever the
// file holds: the error says why notes are read-only (or off, with a nil
// store, when no path can be found).
func openNotes(flag string) (*articles.Store, error) {
	path, err := articles.NotesPath(flag)
	if err != nil {
		return nil, err
	}
	return articles.OpenForReader(path)
}

func quotesCmd() *cobra.Command {
	var asJSON, explain bool
	var speaker string
	c := &cobra.Command{
		Use:   "quotes [--json] [--explain] [--speaker NAME] [SOURCE...]",
		Short: "List the quotations and reported statements of articles",
		Long: "quotes prints every statement of each SOURCE (a file, - for standard input; without one,\n" +
			"piped standard input or else the built-in article): its paragraph, speaker, kind and text,\n" +
			"aligned to the terminal. With --explain it says how each speaker was chosen: the rule, the\n" +
			"cue, the words it attached to and the chain back to the name, and how far to trust it.\n" +
			"With --json it prints the corpus format (which always carries the explanation, as why);\n" +
			"several sources give JSON Lines, one document per source in input order, analysed in\n" +
			"parallel.",
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := lookFlags(cmd)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{defaultSource()}
			}
			out := cmd.OutOrStdout()
			width := l.width
			if width == 0 {
				width = terminalWidth(os.Stdout)
			}
			bold := ui.Bold(ui.PrintColor(l.color, l.style, isTerminal(out), os.Getenv))
			return analyseAll(args, cmd.ErrOrStderr(), func(art *model.Article) error {
				if speaker != "" && art.SpeakerByName(speaker) < 0 {
					return sourceError{export.NoSpeakerError(art, speaker)}
				}
				if asJSON {
					return writeJSON(out, art, speaker)
				}
				if len(args) > 1 {
					fmt.Fprintf(out, "== %s\n", art.Source)
				}
				text := export.Table(export.Filter(art, speaker), width)
				if explain {
					text = export.Explain(export.Filter(art, speaker), art.Speakers, width, bold)
				}
				_, err := io.WriteString(out, text)
				return err
			})
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON as in the corpus format (JSON Lines for several sources)")
	c.Flags().BoolVar(&explain, "explain", false, "say how each statement's speaker was chosen, and how far to trust it")
	c.Flags().StringVar(&speaker, "speaker", "", "only statements of the speaker with this name or alias (case-insensitive)")
	return c
}

// sourceError is a failure of one source that emit reports: it is printed
// like a source that could not be loaded, and the others still run.
type sourceError struct{ error }

// analyseAll loads and analyses sources on all cores and hands the results
// to emit in input order. A source that cannot be loaded or analysed is
// reported on stderr in one line and skipped; the others are still emitted,
// and the run ends with an error when any failed. An error from emit (the
// output is gone) stops it.
func analyseAll(sources []string, stderr io.Writer, emit func(*model.Article) error) error {
	budget := gcbudget.Start()
	defer budget.Stop()
	type result struct {
		art *model.Article
		err error
	}
	results := make([]chan result, len(sources))
	next := make(chan int, len(sources))
	for i := range results {
		results[i] = make(chan result, 1)
		next <- i
	}
	close(next)
	// one worker a core, each taking the next source: a worker's stack grows
	// once to what an analysis needs, where a new goroutine for each source
	// grew its own by copying, 3% of a run over many short articles
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for i := range next {
				doc, err := articles.Load(sources[i])
				if err != nil {
					results[i] <- result{err: err}
					continue
				}
				budget.Add(int64(doc.Size()))
				art, err := attribution.Analyze(doc)
				results[i] <- result{art: art, err: err}
			}
		}()
	}
	failed := 0
	for _, ch := range results {
		r := <-ch
		if r.err != nil {
			failed++
			fmt.Fprintf(stderr, "whosaid: %v\n", r.err)
			continue
		}
		if err := emit(r.art); err != nil {
			var se sourceError
			if !errors.As(err, &se) {
				return err
			}
			failed++
			fmt.Fprintf(stderr, "whosaid: %v\n", oneLine(se.Error()))
		}
	}
	if failed > 0 {
		return errReported{fmt.Sprintf("%d of %d sources failed", failed, len(sources))}
	}
	return nil
}

// errReported ends a run whose errors were already printed, one per line:
// main exits 1 without printing it again.
type errReported struct{ msg string }

func (e errReported) Error() string { return e.msg }

// terminalWidth is the width of f when it is a terminal, else $COLUMNS or 100.
func terminalWidth(f *os.File) int {
	if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
		return w
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 20 {
		return n
	}
	return 100
}

func writeJSON(w io.Writer, art *model.Article, speaker string) error {
	return export.WriteJSON(w, art, speaker)
}

func speakersCmd() *cobra.Command {
	var asJSON, asCSV, refresh bool
	var by string
	c := &cobra.Command{
		Use:   "speakers [--json|--csv] [--by source] [--refresh] [--notes PATH] SOURCE...|DIR",
		Short: "List who is quoted across articles, with totals by gender and kind",
		Long: "speakers prints one row per speaker across the articles of the SOURCEs (files, URLs, or\n" +
			"directories, whose .txt, .md and .html files are taken): statements, quotations, words,\n" +
			"articles and share of statements, with kind (person, body, group, outlet) and, for people,\n" +
			"gender with its evidence. A person's name forms are one row (Donald J. Trump is Donald\n" +
			"Trump). Totals follow: people quoted by gender (each once, once per article, by statements,\n" +
			"by words) and speakers by kind. --by source gives one row per article and speaker instead.\n" +
			"Analyses are kept with the notes, so a second run is quick.",
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := lookFlags(cmd)
			if err != nil {
				return err
			}
			if asJSON && asCSV {
				return usageError{errors.New("--json and --csv: choose one")}
			}
			if by != "" && by != "source" {
				return usageError{fmt.Errorf("--by %s: only --by source is known", by)}
			}
			if len(args) == 0 {
				args = []string{defaultSource()}
			}
			sources, skipped, err := articles.LibrarySources(args)
			if err != nil {
				return err
			}
			opts := articles.LibraryOptions{Refresh: refresh, Fetch: articles.FetchOptions{Refresh: refresh}}
			if path, err := articles.NotesPath(l.notes); err == nil {
				store, _ := articles.OpenForReader(path) // a store that cannot be written only costs speed
				defer store.Close()
				opts.Cache, opts.Fetch.Cache = store, store
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			arts, failed := articles.AnalyseAll(ctx, sources, opts)
			for _, err := range append(skipped, failed...) {
				fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: %s\n", oneLine(err.Error()))
			}
			c := collection.Merge(arts)
			out := cmd.OutOrStdout()
			switch {
			case asJSON:
				err = export.WriteSpeakersJSON(out, arts, c, by != "")
			case asCSV:
				err = export.WriteSpeakersCSV(out, arts, c, by != "")
			default:
				width := l.width
				if width == 0 {
					width = terminalWidth(os.Stdout)
				}
				_, err = io.WriteString(out, export.SpeakersTable(arts, c, by != "", width))
			}
			if err != nil {
				return err
			}
			if n := len(skipped) + len(failed); n > 0 {
				return errReported{fmt.Sprintf("%d of %d sources failed", n, len(sources)+len(skipped))}
			}
			return ctx.Err()
		},
	}
	fl := c.Flags()
	fl.BoolVar(&asJSON, "json", false, "print one JSON document: speakers and totals")
	fl.BoolVar(&asCSV, "csv", false, "print CSV rows for a spreadsheet (no totals)")
	fl.StringVar(&by, "by", "", "source: one row per article and speaker")
	fl.BoolVar(&refresh, "refresh", false, "analyse (and fetch) anew instead of using kept analyses and pages")
	return c
}

func exportCmd() *cobra.Command {
	var req articles.ExportRequest
	var format, output string
	c := &cobra.Command{
		Use:   "export [--format md|csv|json] [--all] [--speaker NAME] [--by-speaker] [-o FILE] [--notes PATH] [SOURCE]",
		Short: "Export an article's highlights and notes, or every statement",
		Long: "export writes the highlights and notes stored for SOURCE (a file, - for standard input;\n" +
			"without one, piped standard input or else the built-in article) as Markdown (default),\n" +
			"Readwise CSV or W3C Web Annotation JSON. With --all it writes every statement instead,\n" +
			"marked or not. With nothing to export it says so on standard error and writes nothing.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := lookFlags(cmd)
			if err != nil {
				return err
			}
			f, err := export.ParseFormat(format)
			if err != nil {
				return usageError{err}
			}
			if req.BySpeaker && f != export.FormatMarkdown {
				return usageError{fmt.Errorf("--by-speaker groups Markdown only, not %s", f)}
			}
			req.Source = defaultSource()
			if len(args) == 1 {
				req.Source = args[0]
			}
			if req.NotesPath, err = articles.NotesPath(l.notes); err != nil {
				return err
			}
			req.Format, req.Date = f, time.Now()
			res, err := articles.Export(req)
			if err != nil {
				return err
			}
			if res.Highlights == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "whosaid: nothing to export: no highlights (m marks one in the reader; --all exports every statement)")
				return nil
			}
			if res.Orphans > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: %d highlight(s) no longer found in the article are exported as they were\n", res.Orphans)
			}
			if output != "" {
				return articles.WriteExport(output, res.Data)
			}
			_, err = cmd.OutOrStdout().Write(res.Data)
			return err
		},
	}
	fl := c.Flags()
	fl.StringVar(&format, "format", "md", "md, csv (Readwise columns) or json (W3C Web Annotation)")
	fl.BoolVar(&req.All, "all", false, "export every statement of the article, not only the highlights")
	fl.StringVar(&req.Speaker, "speaker", "", "only the words of the speaker with this name or alias (case-insensitive)")
	fl.BoolVar(&req.BySpeaker, "by-speaker", false, "group Markdown under a heading per speaker")
	fl.StringVarP(&output, "output", "o", "", "write to FILE instead of standard output")
	return c
}

func feedCmd() *cobra.Command {
	var refresh, all bool
	c := &cobra.Command{
		Use:   "feed [--all] [--refresh] URL|FILE",
		Short: "List a feed's items and open them in the reader",
		Long: "feed lists the items of an RSS, Atom or JSON feed (a URL, a file, or - for standard\n" +
			"input): enter opens an item in the reader, esc comes back to the list. When output is\n" +
			"not a terminal it prints the items, one a line: date, source, title and link.\n\n" +
			"With --all every item's page is fetched and the feed opens as a library: its articles,\n" +
			"its speakers across them and a chart of who is heard (see whosaid --help).",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := lookFlags(cmd)
			if err != nil {
				return err
			}
			if all {
				return runFeedLibrary(cmd, args[0], refresh, l)
			}
			opts := articles.FetchOptions{Refresh: refresh}
			out := cmd.OutOrStdout()
			if isTerminal(out) {
				path, err := articles.NotesPath(l.notes)
				if err != nil {
					return err
				}
				// Opened pages are cached with the notes; a store that cannot
				// be written only means pages are fetched each time.
				store, notesErr := articles.OpenForReader(path)
				defer store.Close()
				opts.Cache = store
				look := ui.Options{Style: l.style, Color: l.color, Width: l.width}
				return feed.Run(args[0], feed.Options{Fetch: opts, Notes: store, NotesErr: notesErr, Look: look})
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			items, err := articles.LoadFeed(ctx, args[0], opts)
			if err != nil {
				return err
			}
			return feed.Print(out, items)
		},
	}
	c.Flags().BoolVar(&all, "all", false, "fetch every item and open the feed as a library of articles")
	c.Flags().BoolVar(&refresh, "refresh", false, "fetch pages anew instead of from the cache")
	return c
}

// buildVersion is set by a release build (-ldflags "-X main.buildVersion=v1.0.0").
var buildVersion string

// version is the release, or the module version go install recorded, or
// "devel", with the commit when the build knows it and the Go version.
func version() string {
	v := buildVersion
	info, ok := debug.ReadBuildInfo()
	if v == "" && ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	if v == "" {
		v = "devel"
	}
	extra := []string{runtime.Version()}
	if ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				extra = append([]string{"commit " + s.Value[:12]}, extra...)
			}
		}
	}
	return v + " (" + strings.Join(extra, ", ") + ")"
}

// feedWorkers is how many of a feed's pages are fetched at once: the work
// is mostly waiting on the network.
const feedWorkers = 6

// runFeedLibrary opens a feed's items as a library.
func runFeedLibrary(cmd *cobra.Command, source string, refresh bool, l looks) error {
	store, notesErr := openNotes(l.notes)
	if store != nil {
		defer store.Close()
	}
	fetch := articles.FetchOptions{Cache: store, Refresh: refresh}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	f, err := articles.LoadFeed(ctx, source, fetch)
	stop()
	if err != nil {
		return err
	}
	var sources, titles []string
	for _, it := range f.Items {
		if articles.IsURL(it.Link) { // a feed must not make whosaid open local files
			sources, titles = append(sources, it.Link), append(titles, it.Title)
		}
	}
	if len(sources) == 0 {
		return fmt.Errorf("feed %s has no items with a web address to open", source)
	}
	name := f.Title
	if name == "" {
		name = source
	}
	opts := articles.LibraryOptions{Cache: store, Refresh: refresh, Workers: feedWorkers, Fetch: fetch}
	return showLibrary(cmd, sources, titles, nil, library.Options{Name: name, Analysis: opts, Notes: store, NotesErr: notesErr,
		Look: ui.Options{Style: l.style, Color: l.color, Width: l.width}})
}
