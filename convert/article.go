package convert

import (
	"fmt"

	"github.com/paiban/paiban/article"
)

// Article converts the words of a whole article file — front matter and
// body, but not link and image addresses, code or raw HTML (see prose) —
// and sets its lang field to the writing it now has, adding the field (or
// a front matter holding it) when there is none. The result must still
// read as an article; an article that does not read is refused with the
// reader's error.
func Article(c Config, src []byte) ([]byte, error) {
	a, err := article.Parse(src)
	if err != nil {
		return nil, fmt.Errorf("reading the article to convert: %w", err)
	}
	s, err := convertProse(c, a)
	if err != nil {
		return nil, err
	}
	out := article.SetLang(s, c.Lang())
	if _, err := article.Parse(out); err != nil {
		return nil, fmt.Errorf("the converted article does not read (a bug): %w", err)
	}
	return out, nil
}
