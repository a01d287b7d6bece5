package textarea

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The mouse: a press places the cursor at once (Fyne reports a tap only
// after waiting to see whether it is a double one), a drag extends the
// selection from there, a double click selects the run of characters
// under the pointer, a third click soon after selects the paragraph (the
// source line), Shift and a click extend the selection.

// MouseDown implements desktop.Mouseable.
func (s *surface) MouseDown(ev *desktop.MouseEvent) {
	t := s.t
	t.requestFocus()
	t.pressed = true
	if ev.Button == desktop.MouseButtonSecondary {
		p, _ := t.hit(ev.Position)
		if a, e := order(t.anchor, t.cursor); a == e || p.before(a) || e.before(p) {
			t.placeAt(ev.Position, false)
		}
		return
	}
	if t.now().Sub(t.doubleAt) < fyne.CurrentApp().Driver().DoubleTapDelay() {
		p, _ := t.hit(ev.Position)
		t.hist.close()
		t.setSelection(pos{p.line, 0}, pos{p.line, len(t.buf.lines[p.line].runes)})
		return
	}
	t.placeAt(ev.Position, t.shift() || ev.Modifier&fyne.KeyModifierShift != 0)
}

// MouseUp implements desktop.Mouseable.
func (s *surface) MouseUp(*desktop.MouseEvent) {}

// Tapped implements fyne.Tappable. A tap that no mouse press came before
// (a touch screen, Fyne's test driver) places the cursor.
func (s *surface) Tapped(ev *fyne.PointEvent) {
	t := s.t
	if t.pressed {
		t.pressed = false
		return
	}
	t.requestFocus()
	t.placeAt(ev.Position, t.shift())
}

// TappedSecondary implements fyne.SecondaryTappable: a menu of the
// clipboard's commands and Undo/Redo, worded by Fyne's own translations
// as its Entry's menu is.
func (s *surface) TappedSecondary(ev *fyne.PointEvent) {
	t := s.t
	t.pressed = false
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	if c == nil {
		return
	}
	clip := fyne.CurrentApp().Clipboard()
	item := func(label string, sc fyne.Shortcut) *fyne.MenuItem {
		return fyne.NewMenuItem(label, func() { t.TypedShortcut(sc) })
	}
	menu := fyne.NewMenu("",
		item(lang.L("Cut"), &fyne.ShortcutCut{Clipboard: clip}),
		item(lang.L("Copy"), &fyne.ShortcutCopy{Clipboard: clip}),
		item(lang.L("Paste"), &fyne.ShortcutPaste{Clipboard: clip}),
		item(lang.L("Select all"), &fyne.ShortcutSelectAll{}),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Undo"), &fyne.ShortcutUndo{}),
		item(lang.L("Redo"), &fyne.ShortcutRedo{}))
	widget.ShowPopUpMenuAtPosition(menu, c, ev.AbsolutePosition)
}

// DoubleTapped implements fyne.DoubleTappable.
func (s *surface) DoubleTapped(ev *fyne.PointEvent) {
	t := s.t
	t.pressed = false
	t.doubleAt = t.now()
	p, _ := t.hit(ev.Position)
	a, b := wordAt(t.buf.lines[p.line].runes, p.col)
	t.hist.close()
	t.setSelection(pos{p.line, a}, pos{p.line, b})
}

// Dragged implements fyne.Draggable: the selection runs from where the
// button went down to the pointer, and the view follows a pointer that
// leaves it.
func (s *surface) Dragged(ev *fyne.DragEvent) {
	t := s.t
	t.placeAt(ev.Position, true)
	top, view := t.scroll.Offset.Y, t.scroll.Size().Height
	t.dragX, t.dragOut = ev.Position.X, 0
	switch {
	case ev.Position.Y < top:
		t.dragOut = ev.Position.Y - top
		t.ScrollTo(ev.Position.Y)
	case ev.Position.Y > top+view:
		t.dragOut = ev.Position.Y - (top + view)
		t.ScrollTo(ev.Position.Y - view)
	}
	if t.dragOut != 0 {
		t.startDragScroll()
	} else {
		t.stopDragScroll()
	}
}

// DragEnd implements fyne.Draggable.
func (s *surface) DragEnd() { s.t.stopDragScroll() }

// Cursor implements desktop.Cursorable: the text cursor (I-beam).
func (s *surface) Cursor() desktop.Cursor { return desktop.TextCursor }

// placeAt moves the cursor to the place nearest point p of the surface,
// extending the selection or not.
func (t *TextArea) placeAt(p fyne.Position, extend bool) {
	at, eol := t.hit(p)
	t.hist.close()
	anchor := at
	if extend {
		anchor = t.anchor
	}
	t.goalX = -1
	t.moveTo(anchor, at, eol)
}
