package layout

import (
	"fmt"

	"github.com/paiban/paiban/article"
)

// table sets a GitHub table on the grid: columns as wide as their content
// asks, shared out over the column's measure; each row a grid-aligned entry
// as tall as its tallest cell, so that a table breaks across pages only
// between rows (or between the lines of a row taller than a page); the
// header in bold, kept with the first row and repeated at the head of each
// page the table runs on to; rules above, below the header and below the
// last row.
//
// A table never leaves the column (tablefit.go): one too wide at body size
// is set smaller, down to tableFloor, its cells' text wrapping (at any
// character in Chinese, inside a long Latin word or address only as a last
// resort); one too wide even then is printed in parts, one below the other,
// each with the first column again, and reported.
func (f *flow) table(t *article.Table, left, right Unit) {
	body := f.opt.Preset.Body
	measure := f.g.width - left - right
	rows := append([][]article.Cell{t.Header}, t.Rows...)
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}

	// Each column's widest cell on one line, and its widest unit that
	// should not break, at body size.
	natural, unit := make([]Unit, cols), make([]Unit, cols)
	for ri, r := range rows {
		for c, cell := range r {
			runs := runsOf(cell.Inlines, ri == 0)
			st := parStyle{kind: KindBody, size: body, measure: 1 << 28, align: alignLeft}
			for _, l := range f.s.setParagraph(runs, st) {
				natural[c] = max(natural[c], l.X1-l.X0)
			}
			unit[c] = max(unit[c], f.s.unitWidth(runs, body))
		}
	}
	fit := fitTable(natural, unit, measure, body)
	if len(fit.parts) > 1 {
		floor := tableFloor(body)
		f.s.problem(Overfull, t.Span.Start, fmt.Sprintf("%d columns", cols), noteTableParts,
			cols, floor.Points(), len(fit.parts), fit.widest())
	}
	for i, part := range fit.parts {
		if i > 0 {
			f.entries = append(f.entries, entry{slots: 1, space: true})
		}
		f.tablePart(t, rows, part, fit.size, left)
	}
	f.entries = append(f.entries, entry{slots: 1, space: true})
}

// tablePart sets the columns of one part of a table at size, as entries:
// the header row, then each body row; a row taller than a page is an entry
// a line, so that it runs from page to page like a paragraph.
func (f *flow) tablePart(t *article.Table, rows [][]article.Cell, part tablePart, size, left Unit) {
	pad := size / 2
	cols := len(part.cols)
	x := make([]Unit, cols+1)
	x[0] = left
	for i, w := range part.widths {
		x[i+1] = x[i] + w
	}
	rule := func(y Unit, w Unit) Rule { return Rule{X1: left, Y1: y, X2: x[cols], Y2: y, Width: w} }

	// A header of at most a quarter of a page is repeated on each page
	// the table runs on to; rows are cut to fit below it.
	var head *entry
	rowMax := f.g.slots
	for ri, r := range rows {
		lines, most := f.tableRow(t, r, ri == 0, part, x, size, pad)
		step := most // a row is one entry, kept whole on a page,
		if most > rowMax {
			step = 1 // unless it is taller than a page: then a line each
		}
		for top := 0; top < most; top += step {
			n := min(step, most-top)
			e := entry{slots: n, keepNext: ri == 0, head: head}
			for _, l := range lines {
				if i := int(l.Y / f.g.pitch); i >= top && i < top+n {
					l.Y -= Unit(top) * f.g.pitch
					e.lines = append(e.lines, l)
				}
			}
			h := Unit(n) * f.g.pitch
			if ri == 0 && top == 0 {
				e.rules = append(e.rules, rule(0, Pt(1)))
			}
			if ri == 0 && top+n == most {
				e.rules = append(e.rules, rule(h, Pt(0.5)))
			}
			if ri == len(rows)-1 && top+n == most {
				e.rules = append(e.rules, rule(h, Pt(1)))
			}
			f.entries = append(f.entries, e)
		}
		if ri == 0 && most <= f.g.slots/4 {
			h := f.entries[len(f.entries)-1].clone() // placing an entry moves its glyphs
			h.keepNext = false
			head = &h
			rowMax = max(1, f.g.slots-most)
		}
	}
}

// tableRow sets the cells of one row that are in part, each in its column
// between x[i] and x[i+1]: lines with their Y relative to the row's top,
// one grid line each, and the number of grid lines the row takes.
func (f *flow) tableRow(t *article.Table, r []article.Cell, header bool, part tablePart, x []Unit, size, pad Unit) ([]Line, int) {
	var out []Line
	most := 1
	for i, c := range part.cols {
		if c >= len(r) {
			continue
		}
		al := alignLeft
		if c < len(t.Align) && t.Align[c] == article.AlignCenter {
			al = alignCenter
		}
		st := parStyle{kind: KindBody, size: size, measure: part.widths[i] - 2*pad, align: al}
		ls := f.s.setParagraph(runsOf(r[c].Inlines, header), st)
		most = max(most, len(ls))
		for j, l := range ls {
			if c < len(t.Align) && t.Align[c] == article.AlignRight {
				shift(&l, st.measure-(l.X1-l.X0)-l.X0)
			}
			l.Y = Unit(j)*f.g.pitch + baseline(f.g.pitch, size)
			l.Last = true // a cell's lines are set ragged, never justified
			shift(&l, x[i]+pad)
			out = append(out, l)
		}
	}
	return out, most
}
