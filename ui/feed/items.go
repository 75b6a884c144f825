package feed

import (
	"fmt"
	"strings"

	"whosaid/articles"
	"whosaid/model"
)

// item is one feed entry in the list, marked once it has been opened.
type item struct {
	articles.FeedItem
	opened   bool
	quotes   int
	speakers []string // the top speakers, most quotations first
}

// maxTopSpeakers is how many speakers an opened item's mark names.
const maxTopSpeakers = 3

func (it item) Title() string {
	if it.opened {
		return "✓ " + it.FeedItem.Title
	}
	return it.FeedItem.Title
}

// Description is the line under the title: date, source, and for an opened
// item its quotations and top speakers.
func (it item) Description() string {
	parts := []string{}
	if d := it.Date(); d != "" {
		parts = append(parts, d)
	}
	if it.Source != "" {
		parts = append(parts, it.Source)
	}
	if it.opened {
		parts = append(parts, it.mark())
	}
	return strings.Join(parts, " · ")
}

func (it item) mark() string {
	s := fmt.Sprintf("%d quotation", it.quotes)
	if it.quotes != 1 {
		s += "s"
	}
	if len(it.speakers) > 0 {
		s += ": " + strings.Join(it.speakers, ", ")
	}
	return s
}

func (it item) FilterValue() string { return it.FeedItem.Title + " " + it.Source }

// markOpened records what the analysis found in the item's article.
func markOpened(it item, art *model.Article) item {
	it.opened = true
	it.quotes = 0
	for _, s := range art.Statements {
		if s.Kind == model.KindQuote {
			it.quotes++
		}
	}
	it.speakers = it.speakers[:0]
	for _, sp := range art.Speakers {
		if sp.Quotes == 0 || len(it.speakers) == maxTopSpeakers {
			break
		}
		it.speakers = append(it.speakers, sp.Name)
	}
	return it
}
