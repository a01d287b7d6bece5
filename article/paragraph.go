package article

import (
	"strings"
	"unicode"
)

// paragraphs turns the flattened content of one Markdown paragraph into
// blocks. Usually that is one *Paragraph; an image in it becomes a *Figure
// that splits it into the text before, the figure and the text after (and
// a block-level tag in an HTML block splits likewise). Parts with no text
// are dropped, so an image standing alone gives just the Figure.
// [start, end) is the paragraph's extent in the body.
func (r *reader) paragraphs(ps []piece, start, end int) []Block {
	var blocks []Block
	var run []piece
	split := false
	flush := func(last bool) {
		ins := r.finishInlines(run)
		run = nil
		if len(ins) == 0 {
			return
		}
		span := Span{ins[0].Span.Start, ins[len(ins)-1].Span.End}
		if !split {
			span.Start = r.abs(start)
		}
		if last {
			span.End = max(span.End, r.abs(end))
		}
		blocks = append(blocks, &Paragraph{Inlines: ins, Span: span})
	}
	for _, p := range ps {
		if p.kind != pieceSplit {
			run = append(run, p)
			continue
		}
		flush(false)
		split = true
		if p.fig != nil {
			blocks = append(blocks, p.fig)
		}
	}
	flush(true)
	return blocks
}

// finishInlines makes the final inlines of one paragraph or heading from
// its pieces: soft breaks resolved, white space and breaks trimmed at both
// edges (a full-width indent "　　" included: the layout indents
// paragraphs itself), empty text dropped, Exact set, and adjacent exact
// text of the same style and link merged.
func (r *reader) finishInlines(ps []piece) []Inline {
	ps = resolveSoftBreaks(ps)
	ins := make([]Inline, 0, len(ps))
	for _, p := range ps {
		if p.kind == pieceSplit || (p.kind == pieceText && p.in.Text == "") {
			continue
		}
		ins = append(ins, p.in)
	}
	ins = r.trimInlines(ins)
	out := ins[:0]
	for _, in := range ins {
		in.Exact = r.isExact(in)
		if n := len(out); n > 0 && canMerge(out[n-1], in) {
			out[n-1].Text += in.Text
			out[n-1].Span.End = in.Span.End
			continue
		}
		out = append(out, in)
	}
	return out
}

// isExact reports whether in's text is a verbatim copy of its span of the
// source, the definition of Inline.Exact.
func (r *reader) isExact(in Inline) bool {
	s := in.Span
	return !in.Break && in.Text != "" && s.Start >= 0 && s.Start <= s.End && s.End <= len(r.src) &&
		string(r.src[s.Start:s.End]) == in.Text
}

// canMerge reports whether b can be appended to a keeping the result
// exact: both exact, adjacent in the source, same style and link.
func canMerge(a, b Inline) bool {
	return a.Exact && b.Exact && a.Span.End == b.Span.Start && a.Style == b.Style && a.Link == b.Link
}

// trimInlines drops breaks and white space at both ends of ins. Trimming an
// exact inline moves its span with it, so it stays exact.
func (r *reader) trimInlines(ins []Inline) []Inline {
	for len(ins) > 0 {
		in := &ins[0]
		if in.Break {
			ins = ins[1:]
			continue
		}
		t := strings.TrimLeftFunc(in.Text, unicode.IsSpace)
		if r.isExact(*in) {
			in.Span.Start += len(in.Text) - len(t)
		}
		in.Text = t
		if t != "" {
			break
		}
		ins = ins[1:]
	}
	for len(ins) > 0 {
		in := &ins[len(ins)-1]
		if in.Break {
			ins = ins[:len(ins)-1]
			continue
		}
		t := strings.TrimRightFunc(in.Text, unicode.IsSpace)
		if r.isExact(*in) {
			in.Span.End -= len(in.Text) - len(t)
		}
		in.Text = t
		if t != "" {
			break
		}
		ins = ins[:len(ins)-1]
	}
	return ins
}

// plainPieces is the text of pieces with soft breaks resolved and hard
// breaks as spaces, e.g. for an image's description.
func plainPieces(ps []piece) string {
	var sb strings.Builder
	for _, p := range resolveSoftBreaks(ps) {
		switch p.kind {
		case pieceText:
			sb.WriteString(p.in.Text)
		case pieceBreak:
			sb.WriteByte(' ')
		}
	}
	return strings.TrimSpace(sb.String())
}
