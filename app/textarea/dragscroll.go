package textarea

import (
	"time"

	"fyne.io/fyne/v2"
	"github.com/paiban/paiban/internal/ticker"
)

// dragScrollEvery is how often a drag held past the view's edge scrolls.
const dragScrollEvery = 50 * time.Millisecond

// startDragScroll starts scrolling on a timer while a drag is held past
// the view's top or bottom edge, as a word processor does: the pointer
// need not move for the selection to go on growing. It needs SetPost.
func (t *TextArea) startDragScroll() {
	if t.dragStop != nil || t.post == nil {
		return
	}
	t.dragStop = ticker.Every(dragScrollEvery, t.post, t.dragScrollTick)
}

// stopDragScroll ends the timer, if it runs: the drag ended or came back
// into the view.
func (t *TextArea) stopDragScroll() {
	if t.dragStop != nil {
		close(t.dragStop)
		t.dragStop = nil
	}
	t.dragOut = 0
}

// dragScrollTick scrolls one step toward the pointer held dragOut past the
// edge — a row, and a row more for every two rows' height of distance, at
// most ten — and extends the selection to the row at that edge.
func (t *TextArea) dragScrollTick() {
	if t.dragOut == 0 {
		return
	}
	rowH := t.rowHeight()
	step := rowH * min(1+abs32(t.dragOut)/(2*rowH), 10)
	if t.dragOut < 0 {
		step = -step
	}
	t.ScrollTo(t.scroll.Offset.Y + step)
	top, view := t.scroll.Offset.Y, t.scroll.Size().Height
	y := top + view - 1
	if t.dragOut < 0 {
		y = top + 1
	}
	t.placeAt(fyne.NewPos(t.dragX, y), true)
}

func abs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
