package layout

import "github.com/paiban/paiban/article"

// linkOf is the address a link annotation gets for an inline's link: the
// article's rule (article.CheckLink) applied once more, so that a Document
// never holds a link the rule refuses, whoever made the article.
// article.Parse has already refused such links, with a warning, so they
// are dropped here without another.
func linkOf(dest string) string {
	if dest == "" {
		return ""
	}
	uri, err := article.CheckLink(dest)
	if err != nil {
		return ""
	}
	return uri
}
