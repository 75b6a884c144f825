package library

import (
	"context"
	"fmt"
	"io"
	"strings"

	"whosaid/articles"
	"whosaid/model/collection"
)

// Print analyses the library and writes its articles for a pipe, one a
// line as the list shows them: source, title, statements, most quoted
// speakers, and women (and any non-binary people) among the people quoted. It returns the errors of the
// sources that failed, for the caller to report.
func Print(ctx context.Context, w io.Writer, sources []string, opts articles.LibraryOptions) ([]error, error) {
	arts, failed := articles.AnalyseAll(ctx, sources, opts)
	c := collection.Merge(arts)
	for a, art := range arts {
		if art == nil {
			continue
		}
		g := c.ArticleGenders(a)
		_, err := fmt.Fprintf(w, "%s\t%s\t%d\t%s\twomen %d of %d%s\n", oneLine(sources[a]), oneLine(art.Title),
			len(art.Statements), strings.Join(topSpeakers(art, c, a, 3), ", "), g.Female, g.Total(), nonBinaryOf(g))
		if err != nil {
			return failed, err
		}
	}
	return failed, nil
}
