package textarea

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// cursorShown reports whether the surface paints the cursor.
func cursorShown(ta *TextArea) bool {
	for _, o := range test.WidgetRenderer(ta.surf).Objects() {
		if o == fyne.CanvasObject(test.WidgetRenderer(ta.surf).(*surfaceRenderer).cursor) {
			return true
		}
	}
	return false
}

// The cursor blinks while the text area is focused and idle: shown for a
// period after each keystroke or move, hidden for the next, shown for the
// one after; a keystroke shows it at once and starts over; without the
// focus, or with Blink(0), it is never hidden by blinking.
func TestCursorBlinks(t *testing.T) {
	ta, w := newTestArea(t, "第一段文字。", fyne.NewSize(400, 200))
	clock := time.Unix(1000, 0)
	ta.now = func() time.Time { return clock }
	posts := make(chan func(), 100)
	ta.SetPost(func(f func()) { posts <- f })
	ta.Blink(500 * time.Millisecond)
	ta.wake() // the focus came with the fake clock at 1000 s
	at := func(d time.Duration) {
		clock = time.Unix(1000, 0).Add(d)
		ta.blinkTick()
	}
	for _, c := range []struct {
		d     time.Duration
		shown bool
	}{{100 * time.Millisecond, true}, {499 * time.Millisecond, true}, {600 * time.Millisecond, false}, {1100 * time.Millisecond, true}, {1600 * time.Millisecond, false}} {
		at(c.d)
		if got := cursorShown(ta); got != c.shown {
			t.Errorf("%v after the last move: cursor shown %v, want %v", c.d, got, c.shown)
		}
	}
	// Hidden now: a keystroke shows it at once and restarts the period.
	ta.TypedRune('甲')
	if !cursorShown(ta) {
		t.Error("the cursor stays hidden after a keystroke")
	}
	at(1600*time.Millisecond + 300*time.Millisecond)
	if !cursorShown(ta) {
		t.Error("the cursor was hidden within a period of the keystroke")
	}
	// The ticker asks for ticks on the UI goroutine through post.
	select {
	case f := <-posts:
		f()
	case <-time.After(2 * time.Second):
		t.Error("no blink tick was posted in 2 s")
	}
	// Unfocused: no cursor and no ticks; refocused, shown.
	w.Canvas().Unfocus()
	if cursorShown(ta) || ta.blinkStop != nil {
		t.Errorf("unfocused: cursor shown %v, ticker running %v", cursorShown(ta), ta.blinkStop != nil)
	}
	at(2600 * time.Millisecond)
	w.Canvas().Focus(ta)
	if !cursorShown(ta) {
		t.Error("the cursor is hidden on getting the focus back")
	}
	ta.Blink(0)
	at(3200 * time.Millisecond)
	if !cursorShown(ta) || ta.blinkStop != nil {
		t.Error("Blink(0) left the cursor blinking")
	}
}
