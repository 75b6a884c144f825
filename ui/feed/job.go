package feed

import (
	"context"

	"whosaid/articles"
	"whosaid/model"
	"whosaid/ui/spin"
)

// opened is the result of opening an item: its article, analysed.
type opened struct {
	index int // the item's index among all the list's items
	art   *model.Article
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
		return opened{index: index, art: model.Analyze(doc)}, nil
	}
}
