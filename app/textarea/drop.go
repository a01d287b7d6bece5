package textarea

import "fyne.io/fyne/v2"

// OffsetAt returns the byte offset in Text of the place nearest to p, a
// position in the window's canvas (where a file was dropped), or -1 when
// p is not over the text area.
func (t *TextArea) OffsetAt(p fyne.Position) int {
	d := fyne.CurrentApp().Driver()
	at, size := d.AbsolutePositionForObject(t), t.Size()
	if p.X < at.X || p.Y < at.Y || p.X > at.X+size.Width || p.Y > at.Y+size.Height {
		return -1
	}
	where, _ := t.hit(p.Subtract(d.AbsolutePositionForObject(t.surf)))
	return t.buf.offset(where)
}
