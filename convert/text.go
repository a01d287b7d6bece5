package convert

import "fmt"

// Text converts a piece of text, such as the editor's selection. Characters
// outside the dictionaries, Markdown and Latin letters included, come out
// as they went in, and so do line ends. The first conversion of a kind
// reads its dictionaries; Text is safe for concurrent use.
func Text(c Config, s string) (string, error) {
	steps, err := chainOf(c)
	if err != nil {
		return "", fmt.Errorf("converting: %w", err)
	}
	for _, g := range steps {
		s = g.apply(s)
	}
	return s, nil
}
