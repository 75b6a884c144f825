package feed

import (
	"fmt"
	"io"

	"whosaid/articles"
)

// Print writes a feed's items for a pipe, one a line: date, source, title
// and link separated by tabs ("-" for a missing date).
func Print(w io.Writer, f articles.Feed) error {
	for _, it := range f.Items {
		date := it.Date()
		if date == "" {
			date = "-"
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", date, it.Source, it.Title, it.Link); err != nil {
			return err
		}
	}
	return nil
}
