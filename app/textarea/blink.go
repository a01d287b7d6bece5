package textarea

import (
	"time"

	"github.com/paiban/paiban/internal/ticker"
)

// SetPost gives the text area the way to run a function on the Fyne UI
// goroutine (fyne.Do), for what it does on a timer: the cursor's blinking
// and the scrolling of a drag held past the view's edge. Without one, the
// default, neither runs: tests drive them by hand.
func (t *TextArea) SetPost(post func(func())) {
	t.post = post
	if t.focused {
		t.startBlink()
	}
}

// Blink makes the cursor blink while the text area has the keyboard, as a
// word processor's does: shown for period, hidden for period, and after
// each keystroke, click or move shown again at once for a whole period, so
// that it never vanishes under the typing. A period of 0, the default,
// keeps the cursor steady. It needs SetPost.
//
// A blink repaints the window: two frames a second while the text area
// sits focused and idle, none while it is typed into or has no focus.
func (t *TextArea) Blink(period time.Duration) {
	t.blink = period
	if t.focused {
		t.startBlink()
	}
}

// startBlink starts the ticker that asks for blinkTick, if blinking is on.
func (t *TextArea) startBlink() {
	t.stopBlink()
	if t.blink <= 0 || t.post == nil {
		return
	}
	// Five looks a period keep each blink within a fifth of its time.
	t.blinkStop = ticker.Every(t.blink/5, t.post, t.blinkTick)
}

// stopBlink ends the ticker, if one runs, and shows the cursor.
func (t *TextArea) stopBlink() {
	if t.blinkStop != nil {
		close(t.blinkStop)
		t.blinkStop = nil
	}
	t.caretOff = false
}

// blinkTick shows or hides the cursor for the time since the last
// keystroke, click or move (wake): shown during the first period, then
// hidden in every other one. It repaints only on a change.
func (t *TextArea) blinkTick() {
	if !t.focused || t.blink <= 0 {
		return
	}
	off := (t.now().Sub(t.wokeAt)/t.blink)%2 == 1
	if off != t.caretOff {
		t.caretOff = off
		t.surf.Refresh()
	}
}

// wake shows the cursor and starts its blinking over: the cursor moved or
// the text changed.
func (t *TextArea) wake() {
	t.wokeAt = t.now()
	t.caretOff = false
}
