package article

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// codeBlock turns a fenced or indented code block into a Paragraph in Code
// style: one Inline per line, verbatim, with a Break between lines (a blank
// line gives two Breaks in a row, with no empty Inline between). Blanks at
// the end of lines and blank lines at the end of the block are dropped, as
// they print as nothing; an empty block gives no block at all. A tab that
// goldmark split while removing the indentation comes back as the spaces it
// stood for, so that line is not exact.
func (r *reader) codeBlock(n ast.Node, start, end int) []Block {
	b := r.body
	lines := n.Lines()
	last := lines.Len()
	for last > 0 {
		seg := lines.At(last - 1)
		if strings.TrimSpace(string(b[seg.Start:seg.Stop])) != "" {
			break
		}
		last--
	}
	c := inlineCtx{style: Code}
	var ps []piece
	prevEnd, prevStop := 0, 0 // the previous line's text end and line end
	for i := range last {
		seg := lines.At(i)
		lineStart, stop := seg.Start, seg.Stop
		text := trimEnd(b, lineStart, stop) // trailing blanks print as nothing
		nl := stop
		if i > 0 {
			ps = append(ps, piece{kind: pieceBreak, in: Inline{Break: true, Style: Code, Span: r.span(prevEnd, prevStop)}})
		}
		prevEnd, prevStop = text, nl
		s := string(b[lineStart:text])
		if seg.Padding > 0 {
			s = strings.Repeat(" ", seg.Padding) + s
			if lineStart > 0 {
				lineStart-- // the tab the padding stands for
			}
		}
		if strings.TrimSpace(s) != "" {
			ps = append(ps, r.textPiece(s, lineStart, text, c))
		}
	}
	ins := make([]Inline, 0, len(ps))
	for _, p := range ps {
		p.in.Exact = r.isExact(p.in)
		ins = append(ins, p.in)
	}
	if len(ins) == 0 {
		return nil
	}
	span := r.span(start, end)
	span.Start = min(span.Start, ins[0].Span.Start) // a split tab before the first line
	return []Block{&Paragraph{Inlines: ins, Span: span}}
}
