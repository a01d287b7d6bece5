package proof

import (
	"sort"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
)

// objectMark stands in a run for text the rules must not read, such as a
// code span: it is no letter, no space and no punctuation.
const objectMark = '\uFFFC'

// run is a stretch of text the rules read as a whole — a paragraph, a
// heading, a table cell, a caption, the title — with the way back from
// every byte of it to the source.
type run struct {
	buf  []byte // the text while the run is being built
	text string
	rs   []rune // text decoded
	at   []int  // at[i] is the byte offset of rs[i] in text; at[len(rs)] is len(text)
	segs []segment
	bold bool // printed in the bold chain: a title or a heading
}

// segment is the part of a run one inline (or front matter value) gave.
type segment struct {
	start, end int // bytes of run.text
	span       article.Span
	// exact says text[start:end] is a verbatim copy of the source at span.
	exact bool
	bold  bool
	// code is a code span's text: the run holds objectMark in its place
	// (so the segment is never exact) and codeExact says whether code is
	// a verbatim copy of the source at span.
	code      string
	isCode    bool
	codeExact bool
}

// add appends text that came from span.
func (r *run) add(s string, span article.Span, exact, bold bool) {
	start := len(r.buf)
	r.buf = append(r.buf, s...)
	r.segs = append(r.segs, segment{start: start, end: len(r.buf), span: span, exact: exact, bold: bold})
}

// addCode appends a code span: its text is kept aside for the font check
// and the rules see one objectMark.
func (r *run) addCode(code string, span article.Span, exact, bold bool) {
	start := len(r.buf)
	r.buf = utf8.AppendRune(r.buf, objectMark)
	r.segs = append(r.segs, segment{start: start, end: len(r.buf), span: span, bold: bold, code: code, isCode: true, codeExact: exact})
}

// finish decodes the text once the run is complete.
func (r *run) finish() {
	r.text, r.buf = string(r.buf), nil
	n := utf8.RuneCountInString(r.text)
	r.rs, r.at = make([]rune, 0, n), make([]int, 0, n+1)
	for i, c := range r.text {
		r.rs = append(r.rs, c)
		r.at = append(r.at, i)
	}
	r.at = append(r.at, len(r.text))
}

// seg returns the index of the segment holding byte i of the text (the
// last segment for i == len(text)), or -1 when the run is empty.
func (r *run) seg(i int) int {
	k := sort.Search(len(r.segs), func(k int) bool { return r.segs[k].end > i })
	if k == len(r.segs) {
		k--
	}
	return k
}

// source maps the start of a stretch at byte i of the text to the source:
// exactly inside verbatim text, to the start of the inline otherwise.
func (r *run) source(i int) int {
	k := r.seg(i)
	if k < 0 {
		return 0
	}
	s := r.segs[k]
	if s.exact && i >= s.start {
		return s.span.Start + i - s.start
	}
	return s.span.Start
}

// sourceEnd maps the end of a stretch at byte j of the text to the source.
func (r *run) sourceEnd(j int) int {
	k := sort.Search(len(r.segs), func(k int) bool { return r.segs[k].end >= j })
	if k == len(r.segs) {
		k--
	}
	if k < 0 {
		return 0
	}
	s := r.segs[k]
	if s.exact && j >= s.start {
		return s.span.Start + j - s.start
	}
	return s.span.End
}

// verbatim reports whether bytes [i, j) of the text are a verbatim copy of
// one stretch of the source, so that a fix can replace them there.
func (r *run) verbatim(i, j int) bool {
	if i >= j {
		// An insertion point: inside or at the edge of verbatim text.
		k := r.seg(i)
		return k >= 0 && r.segs[k].exact
	}
	for k := r.seg(i); k < len(r.segs) && r.segs[k].start < j; k++ {
		if !r.segs[k].exact {
			return false
		}
	}
	return r.sourceEnd(j)-r.source(i) == j-i
}

// inlineRun makes the run of a paragraph's, a heading's or a cell's
// inlines. A hard break becomes "\n"; a code span an objectMark.
func inlineRun(src []byte, ins []article.Inline, bold bool) *run {
	r := &run{bold: bold}
	for _, in := range ins {
		exact := in.Exact && in.Span.Start >= 0 && in.Span.End <= len(src) &&
			in.Span.End-in.Span.Start == len(in.Text)
		b := bold || in.Style&article.Bold != 0
		switch {
		case in.Break:
			r.add("\n", in.Span, false, b)
		case in.Style&article.Code != 0:
			r.addCode(in.Text, in.Span, exact, b)
		case in.Text != "":
			r.add(in.Text, in.Span, exact, b)
		}
	}
	r.finish()
	return r
}

// textRun makes the run of a single piece of text found verbatim in the
// source at start, or, when start < 0, of text known only to come from
// span.
func textRun(s string, start int, span article.Span, bold bool) *run {
	r := &run{bold: bold}
	if start >= 0 {
		r.add(s, article.Span{Start: start, End: start + len(s)}, true, bold)
	} else {
		r.add(s, span, false, bold)
	}
	r.finish()
	return r
}
