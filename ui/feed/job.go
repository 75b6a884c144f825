package feed

import (
	"context"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/model/attribution"
	"whosaid/ui/spin"
)

// opened is the result of opening an item: its article, analysed.
type opened struct {
	index int // the item's index among all the list's items
	art   *model.Article
	// notice says what went wrong in the analysis, "" when nothing did: the
	// article still opens, unannotated where the fault struck.
	notice string
}

func loadFeed(source string, opts articles.FetchOptions) spin.Work {
	return func(ctx context.Context, progress func(articles.Progress)) (any, error) {
		opts.Progress = progress
		return articles.LoadFeed(ctx, source, opts)
	}
}

// openArticle fetches, extracts and analyses an item's page, all off the
// update path.
func openArticle(link string, index int, opts articles.FetchOptions) spin.Work {
	return func(ctx context.Context, progress func(articles.Progress)) (any, error) {
		opts.Progress = progress
		doc, err := articles.LoadContext(ctx, link, opts)
		if err != nil {
			return nil, err
		}
		art, err := attribution.Analyze(doc)
		o := opened{index: index, art: art}
		if err != nil {
			o.notice = err.Error()
		}
		return o, nil
	}
}
