package article

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// goldmark gives every block its start (Pos) and its lines, and every inline
// its start, but no ends. The functions here find the ends in the source.
// All offsets are relative to the Markdown body (r.body) unless noted.

// lineEnd returns the offset of the "\n" ending the line that holds i, or
// len(b).
func lineEnd(b []byte, i int) int {
	if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(b)
}

// trimEnd moves end back over white space, not before start.
func trimEnd(b []byte, start, end int) int {
	for end > start && isBlank(b[end-1]) {
		end--
	}
	return end
}

func isBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

// trimmedLineEnd returns the end of the line holding i, before its line end
// and trailing blanks, but not before i.
func trimmedLineEnd(b []byte, i int) int {
	return trimEnd(b, i, lineEnd(b, i))
}

// blockSpan returns the extent of a goldmark block: from its start to the
// end of its last line (or of its last child), trailing blanks excluded.
// Results are remembered, as a container's span needs its children's.
func (r *reader) blockSpan(n ast.Node) (start, end int) {
	if s, ok := r.spans[n]; ok {
		return s.Start, s.End
	}
	start, end = r.computeBlockSpan(n)
	if r.spans == nil {
		r.spans = map[ast.Node]Span{}
	}
	r.spans[n] = Span{start, end}
	return start, end
}

func (r *reader) computeBlockSpan(n ast.Node) (start, end int) {
	b := r.body
	start = n.Pos()
	lines := &text.Segments{}
	if n.Type() == ast.TypeBlock { // Lines panics on inline nodes
		lines = n.Lines()
	}
	if start < 0 {
		switch {
		case lines.Len() > 0:
			start = lines.At(0).Start
		case n.FirstChild() != nil:
			start, _ = r.blockSpan(n.FirstChild())
		default:
			start = 0
		}
	}
	if lines.Len() > 0 {
		// goldmark's Pos can land inside the first line when a tab is
		// split by the indentation.
		start = min(start, lines.At(0).Start)
	}
	start = min(max(start, 0), len(b))
	// A container starts no later than its first child.
	limit, ends := len(b), []int(nil)
	if n.Type() == ast.TypeBlock {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Type() == ast.TypeBlock {
				s, e := r.blockSpan(c)
				limit = min(limit, s)
				ends = append(ends, e)
			}
		}
	}
	start = min(r.fixMarkerStart(n, start, limit), limit)
	end = start
	if lines.Len() > 0 {
		end = max(end, trimEnd(b, start, lines.At(lines.Len()-1).Stop))
	}
	switch n := n.(type) {
	case *ast.Heading:
		end = r.headingEnd(n, start, end)
	case *ast.ThematicBreak:
		end = trimmedLineEnd(b, start)
	case *ast.FencedCodeBlock:
		end = r.fenceEnd(n, start, end)
	case *ast.HTMLBlock:
		if n.HasClosure() {
			end = max(end, trimEnd(b, start, n.ClosureLine.Stop))
		}
	case *ast.Blockquote, *ast.List, *ast.ListItem:
		end = max(end, trimmedLineEnd(b, start))
	}
	for _, e := range ends {
		end = max(end, e)
	}
	return start, min(end, len(b))
}

// fixMarkerStart corrects the start of a block that begins with a marker
// (# for a heading, > for a quote, a list marker, a fence, a rule).
// goldmark places such a block after the indentation as it sees it, and
// when a container marker splits a tab (">\t# x") it counts the tab's
// remaining columns as bytes, landing up to 3 bytes too far. If the marker
// is not where Pos says, the block starts at the first non-blank byte after
// that tab. A container's marker also comes no later than limit, the start
// of its first child.
func (r *reader) fixMarkerStart(n ast.Node, p, limit int) int {
	b := r.body
	var valid func(int) bool
	switch n.(type) {
	case *ast.Heading:
		// A setext heading's Pos is its text, never an ATX marker, so it
		// fails both tries below and keeps p.
		valid = func(i int) bool { return isATX(b[i:]) }
	case *ast.ThematicBreak:
		valid = func(i int) bool { return isRule(b[i:trimmedLineEnd(b, i)]) }
	case *ast.FencedCodeBlock:
		valid = func(i int) bool {
			return bytes.HasPrefix(b[i:], []byte("```")) || bytes.HasPrefix(b[i:], []byte("~~~"))
		}
	case *ast.List, *ast.ListItem:
		valid = func(i int) bool { return isListMarker(b[i:]) }
	case *ast.Blockquote:
		valid = func(i int) bool { return b[i] == '>' }
	default:
		return p
	}
	if p < len(b) && p <= limit && valid(p) && (p == 0 || b[p-1] != b[p] || b[p] == '>') {
		return p
	}
	// p may have run past the end of the block's line.
	q := p
	if q > 0 && b[q-1] == '\n' {
		q--
	}
	ls := bytes.LastIndexByte(b[:q], '\n') + 1
	for t := q - 1; t >= ls && t >= p-8; t-- {
		if b[t] != '\t' {
			continue
		}
		f := t + 1
		for f < q && (b[f] == ' ' || b[f] == '\t') {
			f++
		}
		if f < len(b) && f <= limit && p-f <= 3 && valid(f) {
			return f
		}
	}
	return p
}

// isRule reports whether line is a thematic break: three or more of the
// same *, - or _, blanks between.
func isRule(line []byte) bool {
	n := 0
	for _, c := range line {
		switch {
		case c == line[0] && (c == '*' || c == '-' || c == '_'):
			n++
		case c != ' ' && c != '\t':
			return false
		}
	}
	return n >= 3
}

// isListMarker reports whether b starts with a list item marker: -, + or *,
// or up to nine digits and . or ), then a blank or the line end.
func isListMarker(b []byte) bool {
	i := 0
	for i < len(b) && i < 9 && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	switch {
	case i > 0 && i < len(b) && (b[i] == '.' || b[i] == ')'):
		i++
	case i == 0 && len(b) > 0 && (b[0] == '-' || b[0] == '+' || b[0] == '*'):
		i++
	default:
		return false
	}
	return i == len(b) || isMarkdownSpace(b[i])
}

// isMarkdownSpace reports whether c ends a block marker in CommonMark: a
// space, a tab or a line end (unlike isBlank, not \v or \f).
func isMarkdownSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// headingEnd is the end of an ATX heading's line (closing #s included) or
// of a setext heading's underline.
func (r *reader) headingEnd(n *ast.Heading, start, end int) int {
	b := r.body
	if isATX(b[start:]) { // goldmark's Pos of an ATX heading is its first '#'
		return trimmedLineEnd(b, start)
	}
	lines := n.Lines()
	if lines.Len() == 0 {
		return trimmedLineEnd(b, start)
	}
	last := lines.At(lines.Len() - 1)
	nl := lineEnd(b, max(last.Stop-1, start))
	if nl >= len(b) {
		return end
	}
	return max(end, trimmedLineEnd(b, nl+1))
}

// isATX reports whether b starts with the opening # run of an ATX heading.
func isATX(b []byte) bool {
	n := 0
	for n < len(b) && n < 7 && b[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(b) || isMarkdownSpace(b[n]))
}

// fenceEnd is the end of a fenced code block's closing fence, or of its last
// line when the fence was never closed.
func (r *reader) fenceEnd(n *ast.FencedCodeBlock, start, end int) int {
	b := r.body
	fence := b[start]
	if fence != '`' && fence != '~' {
		return end
	}
	open := 0
	for start+open < len(b) && b[start+open] == fence {
		open++
	}
	// The line after the content (or after the opening line, if empty).
	next := lineEnd(b, start) + 1
	if lines := n.Lines(); lines.Len() > 0 {
		last := lines.At(lines.Len() - 1)
		if last.Stop == 0 || b[last.Stop-1] != '\n' {
			return max(end, trimmedLineEnd(b, start))
		}
		next = last.Stop
	}
	if next >= len(b) {
		return max(end, trimmedLineEnd(b, start))
	}
	i := next
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '>') {
		i++
	}
	run := 0
	for i+run < len(b) && b[i+run] == fence {
		run++
	}
	lineStop := trimmedLineEnd(b, next)
	if run >= open && i+run == lineStop {
		return lineStop
	}
	return max(end, trimmedLineEnd(b, start))
}

// inlineEnd returns where a goldmark inline node ends in the source. It is
// needed for images (a Figure's span); links, emphasis and code spans are
// handled because images nest in them and they in images.
func (r *reader) inlineEnd(n ast.Node) int {
	b := r.body
	end := r.inlineEndUnchecked(n)
	// Whatever follows starts after this node ends.
	if next := n.NextSibling(); next != nil && next.Pos() >= 0 && next.Pos() < end && next.Pos() > n.Pos() {
		end = next.Pos()
	}
	return min(max(end, n.Pos(), 0), len(b))
}

func (r *reader) inlineEndUnchecked(n ast.Node) int {
	b := r.body
	switch n := n.(type) {
	case *ast.Text:
		return n.Segment.Stop
	case *ast.String:
		return n.Pos() + len(n.Value)
	case *ast.CodeSpan:
		return r.codeSpanEnd(n)
	case *ast.Emphasis:
		if last := n.LastChild(); last != nil {
			return r.inlineEnd(last) + n.Level
		}
		return n.Pos() + 2*n.Level
	case *ast.Link:
		return r.linkEnd(n.Pos()+1, n, n.Reference)
	case *ast.Image:
		return r.linkEnd(n.Pos()+2, n, n.Reference)
	case *ast.AutoLink:
		if j := bytes.IndexByte(b[n.Pos():], '>'); j >= 0 {
			return n.Pos() + j + 1
		}
	case *ast.RawHTML:
		if l := n.Segments.Len(); l > 0 {
			return n.Segments.At(l - 1).Stop
		}
	}
	if last := n.LastChild(); last != nil {
		return r.inlineEnd(last)
	}
	return n.Pos()
}

// codeSpanEnd finds the closing backtick run of a code span: a run as long
// as the opening one, after the content.
func (r *reader) codeSpanEnd(n *ast.CodeSpan) int {
	b := r.body
	open := 0
	for n.Pos()+open < len(b) && b[n.Pos()+open] == '`' {
		open++
	}
	i := n.Pos() + open
	if last, ok := n.LastChild().(*ast.Text); ok {
		i = max(i, last.Segment.Stop)
	}
	for i < len(b) {
		if b[i] != '`' {
			i++
			continue
		}
		run := 0
		for i+run < len(b) && b[i+run] == '`' {
			run++
		}
		if run == open {
			return i + run
		}
		i += run
	}
	return len(b)
}

// linkEnd finds the end of a link or image whose label starts at
// labelStart: past the "]" and the "(destination "title")" or "[ref]" that
// follows.
func (r *reader) linkEnd(labelStart int, n ast.Node, ref *ast.ReferenceLink) int {
	b := r.body
	i := labelStart
	if last := n.LastChild(); last != nil {
		i = max(i, r.inlineEnd(last))
	}
	i = skipLinkSpace(b, i)
	if i >= len(b) || b[i] != ']' {
		j := bytes.IndexByte(b[i:], ']')
		if j < 0 {
			return len(b)
		}
		i += j
	}
	i++ // past ']'
	switch {
	case ref == nil && i < len(b) && b[i] == '(':
		if end, ok := linkTail(b, i); ok {
			return end
		}
	case ref != nil && ref.Type == ast.ReferenceLinkFull:
		if j := bytes.IndexByte(b[i:], ']'); j >= 0 {
			return i + j + 1
		}
	case ref != nil && ref.Type == ast.ReferenceLinkCollapsed:
		if i+1 < len(b) && b[i] == '[' && b[i+1] == ']' {
			return i + 2
		}
	}
	return i
}

// linkTail reads an inline link's "(destination "title")" starting at the
// "(" at b[i] and returns the offset after the ")".
func linkTail(b []byte, i int) (int, bool) {
	i = skipLinkSpace(b, i+1)
	if i < len(b) && b[i] == ')' {
		return i + 1, true
	}
	// Destination.
	if i < len(b) && b[i] == '<' {
		for i++; i < len(b) && b[i] != '>'; i++ {
			if b[i] == '\\' {
				i++
			} else if b[i] == '\n' {
				return 0, false
			}
		}
		i++
	} else {
		depth := 0
	dest:
		for ; i < len(b); i++ {
			switch c := b[i]; {
			case c == '\\':
				i++
			case c == '(':
				depth++
			case c == ')':
				if depth == 0 {
					break dest
				}
				depth--
			case c <= ' ':
				break dest
			}
		}
	}
	i = skipLinkSpace(b, i)
	// Title.
	if i < len(b) && (b[i] == '"' || b[i] == '\'' || b[i] == '(') {
		closer := b[i]
		if closer == '(' {
			closer = ')'
		}
		for i++; i < len(b) && b[i] != closer; i++ {
			if b[i] == '\\' {
				i++
			}
		}
		i = skipLinkSpace(b, i+1)
	}
	if i < len(b) && b[i] == ')' {
		return i + 1, true
	}
	return 0, false
}

// skipLinkSpace skips blanks and line ends, and the block quote markers
// that begin a continuation line.
func skipLinkSpace(b []byte, i int) int {
	newLine := false
	for ; i < len(b); i++ {
		switch c := b[i]; {
		case c == '\n':
			newLine = true
		case isBlank(c), c == '>' && newLine:
		default:
			return i
		}
	}
	return i
}
