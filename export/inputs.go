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
	article.Walk(j.Article.Blocks, func(b article.Block) {
		if f, ok := b.(*article.Figure); ok {
			in = append(in, im.resolve(f.Path))
		}
	})
	return in
}

// checkOutput refuses an output that is one of the export's inputs, by any
// of its names (see atomicfile.Same).
func (j *Job) checkOutput(out string, s Settings) error {
	return atomicfile.Same(out, j.Inputs(s)...)
}
