package textarea

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The geometry of the text: its rows, numbered from 0 at the top across
// all lines ("global rows"), each rowHeight tall, pad below the text's
// top; a row's x positions are pad plus the widths of the characters
// before them in the row.
//
//	pad ┌──────────────────────────────┐
//	    │ row 0  (line 0, row 0)       │ rowBase[0] = 0
//	    │ row 1  (line 0, row 1)       │
//	    │ row 2  (line 1, row 0)       │ rowBase[1] = 2
//	    └──────────────────────────────┘

// pad is the blank between the text and the area's edges.
func (t *TextArea) pad() float32 { return t.Theme().Size(theme.SizeNameInnerPadding) }

// rowHeight is the height of one row.
func (t *TextArea) rowHeight() float32 {
	return t.metrics().height + t.Theme().Size(theme.SizeNameLineSpacing)
}

// metrics measures the text in the size and font in use.
func (t *TextArea) metrics() *metrics {
	if t.m == nil {
		t.updateMetrics()
	}
	return t.m
}

// updateMetrics measures afresh when the text size or the theme's font has
// changed since the widths were cached, and then wraps every line again.
func (t *TextArea) updateMetrics() {
	size := t.TextSize()
	font := t.Theme().Font(fyne.TextStyle{})
	if t.m != nil && t.m.size == size && t.m.font == font {
		return
	}
	t.m = newMetrics(size, fyne.TextStyle{}, font)
	t.invalidateWraps()
}

// setWidth sets the width the text is laid out in (the surface's), and
// wraps every line again if it changed.
func (t *TextArea) setWidth(w float32) {
	w -= 2*t.pad() + t.Theme().Size(theme.SizeNameScrollBar)
	if w == t.wrapWidth {
		return
	}
	t.wrapWidth = w
	t.invalidateWraps()
}

func (t *TextArea) invalidateWraps() {
	for _, l := range t.buf.lines {
		l.rows = nil
	}
	t.rowsValid = 0
}

// syncRows wraps the lines whose wraps are stale and makes rowBase good.
func (t *TextArea) syncRows() {
	t.rowsValid = min(t.rowsValid, t.buf.takeTouched())
	n := len(t.buf.lines)
	if t.rowsValid >= n && len(t.rowBase) == n+1 {
		return
	}
	if cap(t.rowBase) < n+1 {
		grown := make([]int, n+1, n+1+n/4)
		copy(grown, t.rowBase[:min(len(t.rowBase), t.rowsValid+1)])
		t.rowBase = grown
	}
	t.rowBase = t.rowBase[:n+1]
	t.rowBase[0] = 0
	m := t.metrics()
	for i := t.rowsValid; i < n; i++ {
		l := t.buf.lines[i]
		if l.rows == nil {
			l.rows = wrap(l, t.wrapWidth, m)
		}
		t.rowBase[i+1] = t.rowBase[i] + len(l.rows)
	}
	t.rowsValid = n
}

// totalRows is the number of rows of the whole text.
func (t *TextArea) totalRows() int {
	t.syncRows()
	return t.rowBase[len(t.buf.lines)]
}

// contentHeight is the height of the whole text with its padding.
func (t *TextArea) contentHeight() float32 {
	return 2*t.pad() + float32(t.totalRows())*t.rowHeight()
}

// locate is the line and its row of global row g.
func (t *TextArea) locate(g int) (line, row int) {
	t.syncRows()
	lo := lastAtOrBefore(t.rowBase, len(t.buf.lines), g)
	return lo, g - t.rowBase[lo]
}

// rowSpan is the columns [a, b) of row r of line i.
func (t *TextArea) rowSpan(i, r int) (a, b int) {
	l := t.buf.lines[i]
	a, b = l.rows[r], len(l.runes)
	if r+1 < len(l.rows) {
		b = l.rows[r+1]
	}
	return a, b
}

// rowOf is the global row that shows place p; a place at a row boundary
// shows at the end of the row before when eol is set.
func (t *TextArea) rowOf(p pos, eol bool) int {
	t.syncRows()
	rows := t.buf.lines[p.line].rows
	r := len(rows) - 1
	for r > 0 && rows[r] > p.col {
		r--
	}
	if eol && r > 0 && rows[r] == p.col {
		r--
	}
	return t.rowBase[p.line] + r
}

// cursorRow is the global row of the cursor.
func (t *TextArea) cursorRow() int { return t.rowOf(t.cursor, t.eol) }

// rowY is the top of global row g.
func (t *TextArea) rowY(g int) float32 { return t.pad() + float32(g)*t.rowHeight() }

// colX is the x of column col of line i, shown in its row r.
func (t *TextArea) colX(i, r, col int) float32 {
	a, _ := t.rowSpan(i, r)
	rs := t.buf.lines[i].runes
	return t.pad() + t.metrics().span(rs[a:max(a, col)])
}

// cursorX is the x of the cursor, shown in global row g.
func (t *TextArea) cursorX(g int) float32 {
	_, r := t.locate(g)
	return t.colX(t.cursor.line, r, t.cursor.col)
}

// hit is the place nearest to point p of the surface, and whether it is
// the end of a wrapped row (see eol).
func (t *TextArea) hit(p fyne.Position) (pos, bool) {
	g := int((p.Y - t.pad()) / t.rowHeight())
	if p.Y < t.pad() {
		g = 0
	}
	g = min(max(g, 0), t.totalRows()-1)
	i, r := t.locate(g)
	return t.placeInRow(i, r, p.X)
}

// placeInRow is the place in row r of line i nearest to x.
func (t *TextArea) placeInRow(i, r int, x float32) (pos, bool) {
	a, b := t.rowSpan(i, r)
	col := a + t.metrics().column(t.buf.lines[i].runes[a:b], x-t.pad())
	last := r == len(t.buf.lines[i].rows)-1
	return pos{i, col}, col == b && !last && b > a
}

// refreshView brings rows, the scroll container and the painted rows up to
// date after the text changed.
func (t *TextArea) refreshView() {
	t.syncRows()
	if h := t.contentHeight(); h != t.height {
		t.height = h
		t.scroll.Refresh() // lays the surface out at its new height, and paints it
		return
	}
	t.surf.Refresh()
}
