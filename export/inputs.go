package export

import (
	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/internal/atomicfile"
)

// Inputs are the files an export of the job reads: the article, its
// images and the files the settings came from (s.Inputs). An export never
// writes over any of them.
func (j *Job) Inputs(s Settings) []string {
	in := append([]string{j.Path}, s.Inputs...)
	im := images{j.Dir}
	var walk func([]article.Block)
	walk = func(blocks []article.Block) {
		for _, b := range blocks {
			switch b := b.(type) {
			case *article.Figure:
				in = append(in, im.resolve(b.Path))
			case *article.Quote:
				walk(b.Blocks)
			case *article.List:
				for _, it := range b.Items {
					walk(it.Blocks)
				}
			}
		}
	}
	walk(j.Article.Blocks)
	return in
}

// checkOutput refuses an output that is one of the export's inputs, by any
// of its names (see atomicfile.Same).
func (j *Job) checkOutput(out string, s Settings) error {
	return atomicfile.Same(out, j.Inputs(s)...)
}
