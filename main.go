// Command whosaid is a terminal reader for annotated news: it shows who said
// what in an article. main parses the command line and picks a mode.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/ui/feed"
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
		Use:           "whosaid [SOURCE]",
		Short:         "Read the news with an eye on who said what",
		Long:          "whosaid opens an article in the terminal with every quotation and reported statement\nattributed to its speaker. SOURCE is a file, - for standard input, or nothing for the\nbuilt-in sample article.",
		Args:          cobra.MaximumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE:          runReader,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(quotesCmd())
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

func runReader(cmd *cobra.Command, args []string) error {
	src := ""
	if len(args) == 1 {
		src = args[0]
	}
	doc, err := articles.Load(src)
	if err != nil {
		return err
	}
	art := model.Analyze(doc)
	return printStatements(cmd.OutOrStdout(), art, "")
}

func quotesCmd() *cobra.Command {
	var asJSON bool
	var speaker string
	c := &cobra.Command{
		Use:   "quotes [--json] [--speaker NAME] [SOURCE...]",
		Short: "List the quotations and reported statements of articles",
		Long:  "quotes prints every statement of each SOURCE (a file, - for standard input, nothing for\nthe built-in article): its paragraph, speaker, kind and text. With --json it prints the\ncorpus format; several sources give JSON Lines, one document per source, in order.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{""}
			}
			out := cmd.OutOrStdout()
			for _, src := range args {
				doc, err := articles.Load(src)
				if err != nil {
					return err
				}
				art := model.Analyze(doc)
				if asJSON {
					if err := writeJSON(out, art, speaker); err != nil {
						return err
					}
					continue
				}
				if err := printStatements(out, art, speaker); err != nil {
					return err
				}
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON as in the corpus format (JSON Lines for several sources)")
	c.Flags().StringVar(&speaker, "speaker", "", "only statements of the speaker with this name or alias (case-insensitive)")
	return c
}

func writeJSON(w io.Writer, art *model.Article, speaker string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(model.JSONOf(art, speaker))
}

func printStatements(w io.Writer, art *model.Article, speaker string) error {
	for _, s := range model.Filter(art, speaker) {
		who := s.Speaker
		if who == "" {
			who = "-"
		}
		if _, err := fmt.Fprintf(w, "¶%d\t%s\t%s\t%s\n", s.Paragraph, who, s.Kind, s.Text); err != nil {
			return err
		}
	}
	return nil
}

func feedCmd() *cobra.Command {
	var refresh bool
	c := &cobra.Command{
		Use:   "feed [--refresh] URL|FILE",
		Short: "List a feed's items and open them in the reader",
		Long: "feed lists the items of an RSS, Atom or JSON feed (a URL, a file, or - for standard\n" +
			"input): enter opens an item in the reader, esc comes back to the list. When output is\n" +
			"not a terminal it prints the items, one a line: date, source, title and link.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := articles.FetchOptions{Refresh: refresh}
			out := cmd.OutOrStdout()
			if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) {
				return feed.Run(args[0], feed.Options{Fetch: opts})
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
	c.Flags().BoolVar(&refresh, "refresh", false, "fetch pages anew instead of from the cache")
	return c
}
