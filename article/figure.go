package article

import (
	"github.com/yuin/goldmark/ast"

	"github.com/paiban/paiban/message"
)

// image turns a Markdown image into a Figure that splits the paragraph
// around it. Its Alt is the image's description as plain text, its Caption
// the image's title ![alt](path "title") or else the Alt. Where a figure
// cannot stand (in a heading), the image is kept as its description, with a
// warning.
func (r *reader) image(n *ast.Image, c inlineCtx, out []piece) []piece {
	start := max(n.Pos(), 0)
	end := r.inlineEnd(n)
	path := decodeString(n.Destination)
	alt := plainPieces(r.inlines(n, inlineCtx{noFigure: &inImageDesc}, nil))
	if c.noFigure != nil {
		r.warn(start, end, message.New(wImageAsText, path, *c.noFigure))
		if alt == "" {
			return out
		}
		return append(out, r.textPiece(alt, start, end, c))
	}
	caption := decodeString(n.Title)
	if caption == "" {
		caption = alt
	}
	fig := &Figure{Path: path, Alt: alt, Caption: caption, Span: r.span(start, end)}
	return append(out, piece{kind: pieceSplit, fig: fig})
}
