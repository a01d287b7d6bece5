package article

import (
	"github.com/yuin/goldmark/ast"

	"github.com/paiban/paiban/message"
)

// pieceKind tells what a piece of flattened inline content is.
type pieceKind uint8

const (
	pieceText  pieceKind = iota // text, in piece.in
	pieceBreak                  // a hard line break
	pieceSoft                   // a soft line break, see resolveSoftBreaks
	pieceSplit                  // the paragraph ends here; piece.fig, if set, follows
)

// piece is one element of a block's inline content, flattened: goldmark's
// nested emphasis and links become the Style and Link of each piece.
// Offsets in piece.in.Span are already absolute.
type piece struct {
	kind pieceKind
	in   Inline
	fig  *Figure
}

// inlineCtx is what the enclosing inline nodes contribute to their text.
type inlineCtx struct {
	style Style
	link  string
	// noFigure, when set, says why an image cannot become a Figure here
	// (e.g. "in a heading"); the image is then kept as its text.
	noFigure *message.Text
}

func (r *reader) textPiece(text string, start, end int, c inlineCtx) piece {
	return piece{kind: pieceText, in: Inline{Text: text, Style: c.style, Link: c.link, Span: r.span(start, end)}}
}

// inlines flattens the inline children of n onto out.
func (r *reader) inlines(n ast.Node, c inlineCtx, out []piece) []piece {
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		out = r.inline(k, c, out)
	}
	return out
}

func (r *reader) inline(n ast.Node, c inlineCtx, out []piece) []piece {
	switch n := n.(type) {
	case *ast.Text:
		seg := n.Segment
		if n.IsRaw() {
			out = append(out, r.textPiece(string(r.body[seg.Start:seg.Stop]), seg.Start, seg.Stop, c))
		} else {
			out = r.textPieces(seg.Start, seg.Stop, c, true, out)
		}
		switch {
		case n.HardLineBreak():
			out = r.hardBreak(seg.Stop, c, out)
		case n.SoftLineBreak():
			out = r.softBreak(seg.Stop, c, out)
		}
	case *ast.String:
		start := max(n.Pos(), 0)
		out = append(out, r.textPiece(string(n.Value), start, min(start+len(n.Value), len(r.body)), c))
	case *ast.CodeSpan:
		out = r.codeSpan(n, c, out)
	case *ast.Emphasis:
		if n.Level >= 2 {
			c.style |= Bold
		} else {
			c.style |= Italic
		}
		out = r.inlines(n, c, out)
	case *ast.Link:
		c.link = r.linkTo(decodeString(n.Destination), n)
		out = r.inlines(n, c, out)
	case *ast.AutoLink:
		out = r.autoLink(n, c, out)
	case *ast.Image:
		out = r.image(n, c, out)
	case *ast.RawHTML:
		r.rawHTML(n)
	default:
		if n.HasChildren() {
			return r.inlines(n, c, out)
		}
		start := max(n.Pos(), 0)
		r.warn(start, r.inlineEnd(n), message.New(wDropped, n.Kind().String()))
	}
	return out
}

// linkTo returns the address a link n to dest has in the article: dest as
// CheckLink passes it, or "" with a warning over the link when the link is
// to be printed as its text only.
func (r *reader) linkTo(dest string, n ast.Node) string {
	uri, err := CheckLink(dest)
	if err != nil {
		start := max(n.Pos(), 0)
		r.warn(start, r.inlineEnd(n), err.(*LinkError))
	}
	return uri
}

// hardBreak appends a hard line break whose marker (two spaces or a
// backslash) starts at i.
func (r *reader) hardBreak(i int, c inlineCtx, out []piece) []piece {
	nl := lineEnd(r.body, i)
	end := nl
	if end > i && r.body[end-1] == '\r' {
		end--
	}
	if end == i {
		end = min(nl+1, len(r.body))
	}
	if end == i {
		return out
	}
	return append(out, piece{kind: pieceBreak, in: Inline{Break: true, Style: c.style, Link: c.link, Span: r.span(i, end)}})
}

// softBreak appends a soft line break: the line end at or after i.
func (r *reader) softBreak(i int, c inlineCtx, out []piece) []piece {
	end := min(lineEnd(r.body, i)+1, len(r.body))
	if end <= i {
		return out
	}
	return append(out, piece{kind: pieceSoft, in: Inline{Style: c.style, Link: c.link, Span: r.span(i, end)}})
}

// codeSpan appends the text of a code span in Code style. Its content is
// taken verbatim (no escapes in code); a line end inside it becomes a space,
// as CommonMark says.
func (r *reader) codeSpan(n *ast.CodeSpan, c inlineCtx, out []piece) []piece {
	c.style |= Code
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		t, ok := k.(*ast.Text)
		if !ok {
			out = r.inline(k, c, out)
			continue
		}
		start, stop := t.Segment.Start, t.Segment.Stop
		end := stop
		if end > start && r.body[end-1] == '\n' {
			end--
			if end > start && r.body[end-1] == '\r' {
				end--
			}
		}
		if end > start {
			out = append(out, r.textPiece(string(r.body[start:end]), start, end, c))
		}
		if end < stop {
			out = append(out, r.textPiece(" ", end, stop, c))
		}
	}
	return out
}

// autoLink appends an autolink (<https://…> or <name@host>) as its text,
// linked to its URL.
func (r *reader) autoLink(n *ast.AutoLink, c inlineCtx, out []piece) []piece {
	label := n.Label(r.body)
	dest := string(n.URL(r.body))
	if n.AutoLinkType == ast.AutoLinkEmail {
		dest = "mailto:" + dest
	}
	c.link = r.linkTo(dest, n)
	start := max(n.Pos(), 0)
	if start < len(r.body) && r.body[start] == '<' {
		start++
	}
	return append(out, r.textPiece(string(label), start, min(start+len(label), len(r.body)), c))
}
