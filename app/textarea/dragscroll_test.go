package textarea

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// A drag held still below the view goes on scrolling and selecting at
// each tick, faster the farther the pointer is; back inside the view, or
// at the drag's end, it stops. Above the view it scrolls up.
func TestDragHeldPastTheEdgeScrolls(t *testing.T) {
	body := strings.Repeat("第一段文字第一段文字。\n\n", 200)
	ta, _ := newTestArea(t, body, fyne.NewSize(400, 200))
	ta.SetPost(func(func()) {}) // the ticks are run by hand below
	press(ta, at(0, "第一", 0))
	view := ta.scroll.Size().Height
	drag(ta, fyne.NewPos(50, view+rowHeight())) // a row below the bottom edge
	if ta.dragStop == nil {
		t.Fatal("no timer for a drag past the edge")
	}
	before, selEnd := ta.ScrollOffset(), ta.Cursor()
	ta.dragScrollTick()
	ta.dragScrollTick()
	near := ta.ScrollOffset() - before
	if near <= 0 || ta.Cursor() <= selEnd {
		t.Fatalf("two ticks held still: scrolled %.0f, selection end %d → %d", near, selEnd, ta.Cursor())
	}
	if s, _ := ta.Selection(); s != len("第一") {
		t.Errorf("the selection's start moved to %d", s)
	}
	// Farther below: bigger steps.
	top := ta.ScrollOffset()
	drag(ta, fyne.NewPos(50, top+view+10*rowHeight()))
	top = ta.ScrollOffset()
	ta.dragScrollTick()
	if far := ta.ScrollOffset() - top; far <= near/2 {
		t.Errorf("ten rows out a tick scrolled %.0f, a row out %.0f", far, near/2)
	}
	// Back inside: no timer, and a tick does nothing.
	top = ta.ScrollOffset()
	drag(ta, fyne.NewPos(50, top+view/2))
	top = ta.ScrollOffset()
	ta.dragScrollTick()
	if ta.dragStop != nil || ta.ScrollOffset() != top {
		t.Errorf("inside the view: timer %v, scrolled %.0f", ta.dragStop != nil, ta.ScrollOffset()-top)
	}
	// Above the top: scrolls up; the drag's end stops it.
	drag(ta, fyne.NewPos(50, top-2*rowHeight()))
	top = ta.ScrollOffset()
	ta.dragScrollTick()
	if ta.ScrollOffset() >= top {
		t.Errorf("above the view a tick scrolled from %.0f to %.0f", top, ta.ScrollOffset())
	}
	release(ta, fyne.NewPos(50, 0))
	if ta.dragStop != nil {
		t.Error("the timer runs on after the drag ended")
	}
}
