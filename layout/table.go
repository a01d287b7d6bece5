package layout

import "github.com/paiban/paiban/article"

// table sets a GitHub table on the grid: columns as wide as their content
// asks, shared out over the column's measure; each row a grid-aligned entry
// as tall as its tallest cell, so that a table breaks across pages only
// between rows; the header in bold, kept with the first row; rules above,
// below the header and below the last row.
func (f *flow) table(t *article.Table, left, right Unit) {
	p := f.opt.Preset
	size := p.Body
	measure := f.g.width - left - right
	pad := size / 2
	rows := append([][]article.Cell{t.Header}, t.Rows...)
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}

	// Natural widths: each column's widest cell on one line.
	natural := make([]Unit, cols)
	for ri, r := range rows {
		for c, cell := range r {
			st := parStyle{kind: KindBody, size: size, measure: 1 << 28, align: alignLeft}
			for _, l := range f.s.setParagraph(runsOf(cell.Inlines, ri == 0), st) {
				natural[c] = max(natural[c], l.X1-l.X0+2*pad)
			}
		}
	}
	widths := shareWidths(natural, measure, 2*size+2*pad)

	x := make([]Unit, cols+1)
	x[0] = left
	for c, w := range widths {
		x[c+1] = x[c] + w
	}
	rule := func(y Unit, w Unit) Rule { return Rule{X1: left, Y1: y, X2: x[cols], Y2: y, Width: w} }
	for ri, r := range rows {
		e := entry{keepNext: ri == 0}
		var cellLines [][]Line
		most := 1
		for c, cell := range r {
			al := alignLeft
			if c < len(t.Align) && t.Align[c] == article.AlignCenter {
				al = alignCenter
			}
			st := parStyle{kind: KindBody, size: size, measure: widths[c] - 2*pad, align: al}
			ls := f.s.setParagraph(runsOf(cell.Inlines, ri == 0), st)
			if c < len(t.Align) && t.Align[c] == article.AlignRight {
				for i := range ls {
					shift(&ls[i], st.measure-(ls[i].X1-ls[i].X0)-ls[i].X0)
				}
			}
			cellLines = append(cellLines, ls)
			most = max(most, len(ls))
		}
		for c, ls := range cellLines {
			for i, l := range ls {
				l.Y = Unit(i)*f.g.pitch + baseline(f.g.pitch, size)
				l.Last = true // a cell's lines are set ragged, never justified
				shift(&l, x[c]+pad)
				e.lines = append(e.lines, l)
			}
		}
		e.slots = most
		h := Unit(most) * f.g.pitch
		if ri == 0 {
			e.rules = append(e.rules, rule(0, Pt(1)), rule(h, Pt(0.5)))
		}
		if ri == len(rows)-1 {
			e.rules = append(e.rules, rule(h, Pt(1)))
		}
		f.entries = append(f.entries, e)
	}
	f.entries = append(f.entries, entry{slots: 1, space: true})
}

// shareWidths fits columns of the natural widths into measure: a table
// that fits is spread to the full measure in proportion; one that does not
// is narrowed in proportion, no column below least.
func shareWidths(natural []Unit, measure, least Unit) []Unit {
	var sum Unit
	for _, w := range natural {
		sum += w
	}
	out := make([]Unit, len(natural))
	if sum == 0 {
		for i := range out {
			out[i] = measure / Unit(len(out))
		}
		return out
	}
	var used Unit
	for i, w := range natural {
		out[i] = max(least, Unit(int64(measure)*int64(w)/int64(sum)))
		used += out[i]
	}
	// Columns held at least may overshoot: take it back from the widest.
	for used > measure {
		wi := 0
		for i := range out {
			if out[i] > out[wi] {
				wi = i
			}
		}
		d := min(used-measure, out[wi]-least)
		if d <= 0 {
			break
		}
		out[wi] -= d
		used -= d
	}
	return out
}
