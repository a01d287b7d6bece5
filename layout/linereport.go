package layout

import "github.com/paiban/paiban/message"

// lineReport gathers a paragraph's line problems: the first line with
// each problem is reported, saying how many more lines of the paragraph
// have it, so that a paragraph that cannot be set well (a 100 000-letter
// word) gives one warning, not one a line.
type lineReport struct {
	s     shaper
	first [lineProblems]int // index in *s.problems, or -1
	more  [lineProblems]int
}

// The kinds of line problem a lineReport counts.
const (
	lineTooWide = iota // wider than the column
	lineBroken         // broken where the rules forbid
	lineProblems
)

func (s shaper) newLineReport() *lineReport {
	return &lineReport{s: s, first: [lineProblems]int{-1, -1}}
}

func (r *lineReport) add(kind, src int, text string, t message.Text, args ...any) {
	if r.first[kind] >= 0 {
		r.more[kind]++
		return
	}
	r.first[kind] = len(*r.s.problems)
	r.s.problem(Overfull, src, text, t, args...)
}

// flush notes on each problem reported how many more lines have it.
func (r *lineReport) flush() {
	for k, n := range r.more {
		if n > 0 {
			p := &(*r.s.problems)[r.first[k]]
			p.Note = message.New(noteMoreLines, p.Note, n)
			p.Message = p.Note.Error()
		}
	}
}
