package article

import (
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// table converts a GitHub table: the header row's cells, then each body
// row's, each cell's text as inlines (an image in a cell keeps its alt text).
func (r *reader) table(n *extast.Table, start, end int) *Table {
	t := &Table{Span: r.span(start, end)}
	for _, a := range n.Alignments {
		t.Align = append(t.Align, [...]Align{extast.AlignLeft: AlignLeft, extast.AlignCenter: AlignCenter,
			extast.AlignRight: AlignRight, extast.AlignNone: AlignNone}[a])
	}
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []Cell
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, r.cell(c))
		}
		if _, header := row.(*extast.TableHeader); header {
			t.Header = cells
		} else {
			t.Rows = append(t.Rows, cells)
		}
	}
	return t
}

func (r *reader) cell(c ast.Node) Cell {
	ins := r.finishInlines(r.inlines(c, inlineCtx{noFigure: &inTable}, nil))
	cell := Cell{Inlines: ins}
	if len(ins) > 0 {
		cell.Span = Span{ins[0].Span.Start, ins[len(ins)-1].Span.End}
	}
	return cell
}
