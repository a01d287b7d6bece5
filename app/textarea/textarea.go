package textarea

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TextArea edits one text — the article's Markdown body — as a single
// continuous document: wrapped rows, a cursor and a selection that run
// across paragraphs, the clipboard, and Undo and Redo. It scrolls itself
// (a vertical scroll bar and the mouse wheel) and paints only the rows in
// view.
//
// Every offset it takes or gives is a byte offset into Text. Make one with
// New; use it on the Fyne UI goroutine only.
type TextArea struct {
	widget.BaseWidget

	// OnChanged is called after each change of the text by the user or by
	// Replace (once for a Batch); not by SetText.
	OnChanged func()
	// OnKey, when set, is offered the keys the text area does not use
	// (F3 for Find Next), with whether Shift is held.
	OnKey func(name fyne.KeyName, shift bool)
	// OnCursorMoved is called with the cursor's byte offset when it moves.
	OnCursorMoved func(offset int)

	buf  *buffer
	hist history

	cursor, anchor pos     // the selection runs from anchor to cursor
	eol            bool    // the cursor, at a row boundary, shows at the end of the row before
	goalX          float32 // the x that Up and Down keep; <0 for none
	shiftDown      bool
	focused        bool
	textSize       float32 // 0: the theme's
	reported       int     // the cursor offset last given to OnCursorMoved

	batch *batch

	m         *metrics
	wrapWidth float32
	rowBase   []int   // rowBase[i]: the rows before line i; rowBase[len(lines)] all of them
	rowsValid int     // rowBase[:rowsValid+1] is good
	height    float32 // the content height the scroll container last saw

	scroll   *container.Scroll
	surf     *surface
	pressed  bool             // a mouse button went down since the last tap
	doubleAt time.Time        // when the last double click came
	now      func() time.Time // the clock, for telling a triple click and blinking

	// blink is the cursor's blinking period, 0 for none (Blink); post hands
	// its ticks to the UI goroutine, blinkStop ends them, caretOff hides
	// the cursor between blinks, wokeAt is the last keystroke, click or move.
	blink     time.Duration
	post      func(func())
	blinkStop chan struct{}
	caretOff  bool
	wokeAt    time.Time
	// dragOut is how far a drag's pointer is past the view's bottom
	// (positive) or top (negative) edge, 0 inside; dragX its x; dragStop
	// ends the timer that scrolls while it is held there.
	dragOut, dragX float32
	dragStop       chan struct{}
}

// batch collects the edits of a Batch.
type batch struct {
	edits   []edit
	before  [2]int
	changed bool
}

// New returns an empty text area.
func New() *TextArea {
	t := &TextArea{buf: newBuffer(""), goalX: -1, now: time.Now}
	t.surf = &surface{t: t}
	t.surf.ExtendBaseWidget(t.surf)
	t.scroll = container.NewVScroll(t.surf)
	t.scroll.OnScrolled = func(fyne.Position) { t.surf.Refresh() }
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer implements fyne.Widget.
func (t *TextArea) CreateRenderer() fyne.WidgetRenderer {
	return &areaRenderer{t: t}
}

// areaRenderer lays out the scroll container that holds the surface.
type areaRenderer struct{ t *TextArea }

func (r *areaRenderer) Layout(size fyne.Size)        { r.t.scroll.Resize(size) }
func (r *areaRenderer) MinSize() fyne.Size           { return r.t.scroll.MinSize() }
func (r *areaRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t.scroll} }
func (r *areaRenderer) Destroy()                     {}
func (r *areaRenderer) Refresh() {
	r.t.updateMetrics()
	r.t.scroll.Refresh()
}

// Text returns the whole text. It is built once after each change.
func (t *TextArea) Text() string { return t.buf.String() }

// Len is the length of the text in bytes, without building it.
func (t *TextArea) Len() int { return t.buf.bytes }

// SetText replaces the text, puts the cursor at its start, forgets the
// undo history and counts the new text as the saved one. OnChanged is not
// called.
func (t *TextArea) SetText(s string) {
	t.buf.set(s)
	t.hist.reset()
	t.cursor, t.anchor, t.eol, t.goalX = pos{}, pos{}, false, -1
	t.rowsValid = 0
	t.rowBase = nil
	t.refreshView()
	t.ScrollTo(0)
	t.cursorMoved()
}

// Cursor is the cursor's byte offset.
func (t *TextArea) Cursor() int { return t.buf.offset(t.cursor) }

// SetCursor puts the cursor at byte offset off (an offset inside a
// character's bytes goes to its start), with nothing selected.
func (t *TextArea) SetCursor(off int) {
	t.hist.close()
	p := t.buf.at(off)
	t.setSelection(p, p)
}

// Selection is the selected text's start and end byte offsets, equal when
// nothing is selected.
func (t *TextArea) Selection() (start, end int) {
	a, e := order(t.anchor, t.cursor)
	return t.buf.offset(a), t.buf.offset(e)
}

// Select selects bytes [start, end), the cursor at end.
func (t *TextArea) Select(start, end int) {
	t.hist.close()
	t.setSelection(t.buf.at(start), t.buf.at(end))
}

// SelectedText is the selected text, "" for none.
func (t *TextArea) SelectedText() string {
	a, e := order(t.anchor, t.cursor)
	return t.buf.slice(a, e)
}

// Saved reports whether the text is the one last marked saved (by
// MarkSaved or SetText), however it got back there: undoing every change
// since the text was opened reports true.
func (t *TextArea) Saved() bool { return t.hist.isSaved() }

// MarkSaved records the text as it is now as the saved one.
func (t *TextArea) MarkSaved() { t.hist.markSaved() }

// CanUndo reports whether Undo has anything to do.
func (t *TextArea) CanUndo() bool { return len(t.hist.undo) > 0 }

// CanRedo reports whether Redo has anything to do.
func (t *TextArea) CanRedo() bool { return len(t.hist.redo) > 0 }

// SetTextSize sets the text size in Fyne units; 0 follows the theme's.
func (t *TextArea) SetTextSize(size float32) {
	t.textSize = size
	t.Refresh()
}

// TextSize is the text size in use.
func (t *TextArea) TextSize() float32 {
	if t.textSize > 0 {
		return t.textSize
	}
	return t.Theme().Size(theme.SizeNameText)
}

// ScrollTo scrolls so that y, in the text's own coordinates (0 at its
// top), is at the top of the view, as far as the text reaches.
func (t *TextArea) ScrollTo(y float32) {
	maxY := max(t.surf.MinSize().Height-t.scroll.Size().Height, 0)
	t.scroll.ScrollToOffset(fyne.NewPos(0, min(max(y, 0), maxY)))
	t.surf.Refresh()
}

// ScrollOffset is the y of the text's own coordinates at the top of the
// view.
func (t *TextArea) ScrollOffset() float32 { return t.scroll.Offset.Y }

// ScrollToCursor brings the cursor's row into view: by as little as
// needed when it is just outside (typing, arrow keys), or with the row a
// third of the way down when it is further away (a Find result, a click
// in the preview).
func (t *TextArea) ScrollToCursor() {
	y := t.rowY(t.cursorRow())
	h := t.rowHeight()
	view := t.scroll.Size().Height
	off := t.scroll.Offset.Y
	switch {
	case y >= off && y+h <= off+view:
		return
	case y+h < off-view || y > off+2*view:
		t.ScrollTo(y - view/3)
	case y < off:
		t.ScrollTo(y - t.pad())
	default:
		t.ScrollTo(y + h + t.pad() - view)
	}
}

// CursorPosition is the top left of the cursor in the text area's
// coordinates, and its height. A platform's input method wants the
// canvas's: add fyne.Driver.AbsolutePositionForObject(t).
func (t *TextArea) CursorPosition() (fyne.Position, float32) {
	g := t.cursorRow()
	x := t.cursorX(g)
	return fyne.NewPos(x, t.rowY(g)-t.scroll.Offset.Y), t.rowHeight()
}

// FocusGained implements fyne.Focusable.
func (t *TextArea) FocusGained() {
	t.focused = true
	t.wake()
	t.startBlink()
	t.surf.Refresh()
}

// FocusLost implements fyne.Focusable.
func (t *TextArea) FocusLost() {
	t.focused = false
	t.stopBlink()
	t.shiftDown = false
	t.hist.close()
	t.surf.Refresh()
}

// requestFocus gives the text area the keyboard.
func (t *TextArea) requestFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil && c.Focused() != fyne.Focusable(t) {
		c.Focus(t)
	}
}

// setSelection moves the anchor and the cursor, repaints and reports the
// cursor's move.
func (t *TextArea) setSelection(anchor, cursor pos) { t.moveTo(anchor, cursor, false) }

// moveTo is setSelection with the cursor shown at the end of the row
// before when eol is set and it stands at a row boundary.
func (t *TextArea) moveTo(anchor, cursor pos, eol bool) {
	t.anchor, t.cursor = t.buf.clamp(anchor), t.buf.clamp(cursor)
	t.eol = eol
	t.wake()
	t.surf.Refresh()
	t.cursorMoved()
}

// cursorMoved calls OnCursorMoved if the cursor's offset changed.
func (t *TextArea) cursorMoved() {
	off := t.Cursor()
	if off == t.reported {
		return
	}
	t.reported = off
	if t.OnCursorMoved != nil {
		t.OnCursorMoved(off)
	}
}

// selOffsets is the selection as anchor and cursor byte offsets.
func (t *TextArea) selOffsets() [2]int {
	return [2]int{t.buf.offset(t.anchor), t.buf.offset(t.cursor)}
}
