package textarea

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// surface is the whole text's area inside the scroll container: as tall
// as the text, but holding canvas objects only for the rows in view. It
// takes the mouse (mouse.go); the keyboard goes to the TextArea.
type surface struct {
	widget.BaseWidget
	t *TextArea
}

// CreateRenderer implements fyne.Widget.
func (s *surface) CreateRenderer() fyne.WidgetRenderer {
	return &surfaceRenderer{
		s:      s,
		texts:  make(map[textKey]*canvas.Text),
		next:   make(map[textKey]*canvas.Text),
		cursor: canvas.NewRectangle(color.Transparent),
	}
}

// textKey names the text object of one run of a row (a row is one run
// unless it holds spaces or tabs): its line and its first column. A row that only
// moved keeps its object, and so its rendered texture.
type textKey struct {
	l   *line
	col int
}

// surfaceRenderer paints the rows in view: the selection under the text,
// one canvas.Text per run, and the cursor.
type surfaceRenderer struct {
	s           *surface
	texts, next map[textKey]*canvas.Text // this paint's and the one before's
	spare       []*canvas.Text
	sels        []*canvas.Rectangle
	cursor      *canvas.Rectangle
	objects     []fyne.CanvasObject
	shown       []fyne.CanvasObject // the text objects of this paint
}

func (r *surfaceRenderer) Destroy() {}

func (r *surfaceRenderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize is the whole text's height: the scroll container's range.
func (r *surfaceRenderer) MinSize() fyne.Size {
	return fyne.NewSize(0, r.s.t.contentHeight())
}

// Layout wraps the text to the new width, if it changed, and paints.
func (r *surfaceRenderer) Layout(size fyne.Size) {
	t := r.s.t
	t.setWidth(size.Width)
	if h := t.contentHeight(); h != t.height {
		t.height = h
		t.scroll.Refresh() // lays the surface out again at its new height
	}
	r.paint()
}

// Refresh paints the rows in view.
func (r *surfaceRenderer) Refresh() { r.paint() }

// paint puts the objects of the rows in view in place.
func (r *surfaceRenderer) paint() {
	t := r.s.t
	t.syncRows()
	m := t.metrics()
	th := t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	selColor := th.Color(theme.ColorNameSelection, v)
	pad, rowH := t.pad(), t.rowHeight()

	top, view := t.scroll.Offset.Y, t.scroll.Size().Height
	if view <= 0 {
		view = r.s.Size().Height
	}
	total := t.totalRows()
	g0 := max(int((top-pad)/rowH), 0)
	g1 := min(int((top+view-pad)/rowH)+1, total)

	selA, selB := order(t.anchor, t.cursor)
	hasSel := selA != selB
	r.objects = r.objects[:0]
	r.shown = r.shown[:0]
	clear(r.next)
	nsel := 0
	if g0 < g1 {
		i, rr := t.locate(g0)
		for g := g0; g < g1; g++ {
			l := t.buf.lines[i]
			a, b := t.rowSpan(i, rr)
			y := pad + float32(g)*rowH
			last := rr == len(l.rows)-1
			if hasSel {
				if lo, hi, nl, ok := selectedInRow(i, a, b, last, selA, selB); ok {
					x0 := pad + m.span(l.runes[a:lo])
					x1 := x0 + m.span(l.runes[lo:hi])
					if nl {
						x1 += m.width(' ')
					}
					rect := r.selRect(nsel, selColor)
					nsel++
					rect.Move(fyne.NewPos(x0, y))
					rect.Resize(fyne.NewSize(x1-x0, rowH))
					r.objects = append(r.objects, rect)
				}
			}
			r.paintRow(l, a, b, pad, y+(rowH-m.height)/2, fg, m)
			if rr++; rr == len(l.rows) {
				i, rr = i+1, 0
			}
		}
	}
	for _, txt := range r.texts {
		r.spare = append(r.spare, txt)
	}
	r.texts, r.next = r.next, r.texts
	r.objects = append(r.objects, r.shown...)

	if g := t.cursorRow(); t.focused && !t.caretOff && g >= g0 && g < g1 {
		primary := th.Color(theme.ColorNamePrimary, v)
		if r.cursor.FillColor != primary {
			r.cursor.FillColor = primary
			r.cursor.Refresh()
		}
		r.cursor.Move(fyne.NewPos(t.cursorX(g)-1, t.rowY(g)))
		r.cursor.Resize(fyne.NewSize(2, rowH))
		r.objects = append(r.objects, r.cursor)
	}
	canvas.Refresh(r.cursor) // the canvas is dirty: paint the frame
}

// paintRow places the text objects of columns [a, b) of line l at x, y:
// one object per word, a word ending after its spaces, and tabs drawn as
// blanks. Each word starts at the x the widget's own measurement gives,
// so that the kerning Fyne's shaper applies inside a line of Latin text
// cannot carry the glyphs away from the cursor and the selection.
func (r *surfaceRenderer) paintRow(l *line, a, b int, x, y float32, fg color.Color, m *metrics) {
	for seg := a; seg < b; {
		end := seg
		for end < b && l.runes[end] != '\t' && (end == seg || l.runes[end-1] != ' ' || l.runes[end] == ' ') {
			end++
		}
		if end > seg {
			txt := r.text(textKey{l, seg})
			s := string(l.runes[seg:end])
			if txt.Text != s || txt.Color != fg || txt.TextSize != m.size {
				txt.Text, txt.Color, txt.TextSize = s, fg, m.size
				txt.Refresh()
			}
			w := m.span(l.runes[seg:end])
			txt.Move(fyne.NewPos(x, y))
			txt.Resize(fyne.NewSize(w, m.height))
			r.shown = append(r.shown, txt)
			x += w
		}
		if end < b && l.runes[end] == '\t' {
			x += m.width('\t')
			end++
		}
		seg = end
	}
}

// text is the text object for key: last paint's, a spare one or a new one.
func (r *surfaceRenderer) text(key textKey) *canvas.Text {
	txt, ok := r.texts[key]
	if ok {
		delete(r.texts, key)
	} else if n := len(r.spare); n > 0 {
		txt = r.spare[n-1]
		r.spare = r.spare[:n-1]
	} else {
		txt = canvas.NewText("", color.Black)
	}
	r.next[key] = txt
	return txt
}

// selRect is the n-th selection rectangle of this paint.
func (r *surfaceRenderer) selRect(n int, c color.Color) *canvas.Rectangle {
	if n == len(r.sels) {
		r.sels = append(r.sels, canvas.NewRectangle(c))
	}
	rect := r.sels[n]
	if rect.FillColor != c {
		rect.FillColor = c
		rect.Refresh()
	}
	return rect
}

// selectedInRow is the part [lo, hi) of row [a, b) of line i that lies in
// the selection [selA, selB), and whether the line's end (its '\n') is
// selected too, which shows as a space's width past the row's end.
func selectedInRow(i, a, b int, last bool, selA, selB pos) (lo, hi int, nl, ok bool) {
	if i < selA.line || i > selB.line {
		return 0, 0, false, false
	}
	lo, hi = a, b
	if i == selA.line {
		lo = max(lo, selA.col)
	}
	if i == selB.line {
		hi = min(hi, selB.col)
	}
	nl = last && i < selB.line && (i > selA.line || selA.col <= b)
	if hi < lo {
		hi = lo
	}
	return lo, hi, nl, hi > lo || nl
}
