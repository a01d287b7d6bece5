package textarea

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func TestUpDownKeepColumn(t *testing.T) {
	text := "一二三四五六\n短\n七八九十甲乙"
	ta, _ := newTestArea(t, text, fyne.NewSize(600, 400))
	ta.SetCursor(len("一二三四"))
	key(ta, fyne.KeyDown) // the short line: its end
	if got, want := ta.Cursor(), len("一二三四五六\n短"); got != want {
		t.Errorf("Down onto a short line: %d, want %d", got, want)
	}
	key(ta, fyne.KeyDown) // back to the fourth column
	if got, want := ta.Cursor(), len("一二三四五六\n短\n七八九十"); got != want {
		t.Errorf("Down again: %d, want %d", got, want)
	}
	shiftKey(ta, fyne.KeyUp)
	shiftKey(ta, fyne.KeyUp)
	if got, want := ta.SelectedText(), "五六\n短\n七八九十"; got != want {
		t.Errorf("Shift+Up twice selected %q, want %q", got, want)
	}
	key(ta, fyne.KeyUp) // past the first row: the start
	if ta.Cursor() != 0 {
		t.Errorf("Up from the first row: %d, want 0", ta.Cursor())
	}
	if s, e := ta.Selection(); s != e {
		t.Error("a move without Shift kept the selection")
	}
}

func TestShiftArrowsHomeEnd(t *testing.T) {
	text := "甲乙丙\n丁戊"
	ta, _ := newTestArea(t, text, fyne.NewSize(600, 400))
	ta.SetCursor(len("甲"))
	shiftKey(ta, fyne.KeyRight)
	shiftKey(ta, fyne.KeyRight)
	shiftKey(ta, fyne.KeyRight) // across the line end
	if got := ta.SelectedText(); got != "乙丙\n" {
		t.Errorf("Shift+Right ×3 selected %q", got)
	}
	key(ta, fyne.KeyLeft) // collapses to the start
	if s, e := ta.Selection(); s != len("甲") || e != s {
		t.Errorf("Left with a selection: %d–%d, want the start", s, e)
	}
	shiftKey(ta, fyne.KeyEnd)
	if got := ta.SelectedText(); got != "乙丙" {
		t.Errorf("Shift+End selected %q", got)
	}
	key(ta, fyne.KeyDelete)
	if got := ta.Text(); got != "甲\n丁戊" {
		t.Errorf("Delete of the selection: %q", got)
	}
	key(ta, fyne.KeyDelete) // joins the lines
	key(ta, fyne.KeyHome)
	if got := ta.Text(); got != "甲丁戊" || ta.Cursor() != 0 {
		t.Errorf("Delete at the line end, then Home: %q, cursor %d", got, ta.Cursor())
	}
	ctrl(ta, fyne.KeyEnd, true)
	if got := ta.SelectedText(); got != "甲丁戊" {
		t.Errorf("Ctrl+Shift+End selected %q", got)
	}
}

func TestHomeEndOfWrappedRow(t *testing.T) {
	para := strings.Repeat("臺北市推動智慧城市計畫", 10)
	ta, _ := newTestArea(t, para, fyne.NewSize(300, 400))
	rows := ta.buf.lines[0].rows
	if len(rows) < 3 {
		t.Fatalf("%d rows", len(rows))
	}
	ta.SetCursor(len(string([]rune(para)[:rows[1]+2]))) // in row 1
	key(ta, fyne.KeyEnd)
	if got, want := ta.Cursor(), len(string([]rune(para)[:rows[2]])); got != want {
		t.Errorf("End: %d, want %d", got, want)
	}
	if pos, _ := ta.CursorPosition(); pos.Y > padding()+1.5*rowHeight() {
		t.Errorf("End of row 1 shows the cursor at y %.0f, in a later row", pos.Y)
	}
	key(ta, fyne.KeyHome)
	if got, want := ta.Cursor(), len(string([]rune(para)[:rows[1]])); got != want {
		t.Errorf("Home: %d, want %d", got, want)
	}
}

func TestDoubleClickSelectsRun(t *testing.T) {
	ta, _ := newTestArea(t, "我們用Golang寫程式", fyne.NewSize(600, 400))
	ta.surf.DoubleTapped(&fyne.PointEvent{Position: at(0, "我們用Go", 1)})
	if got := ta.SelectedText(); got != "Golang" {
		t.Errorf("double click on Golang selected %q", got)
	}
	ta.surf.DoubleTapped(&fyne.PointEvent{Position: at(0, "我", 1)})
	if got := ta.SelectedText(); got != "我們用" {
		t.Errorf("double click on 們 selected %q", got)
	}
}

func TestTripleClickSelectsParagraph(t *testing.T) {
	ta, _ := newTestArea(t, "第一段。\n\n我們用Golang寫程式。\n第三行", fyne.NewSize(600, 400))
	clock := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	ta.now = func() time.Time { return clock }
	ta.surf.DoubleTapped(&fyne.PointEvent{Position: at(2, "我", 1)})
	clock = clock.Add(100 * time.Millisecond)
	press(ta, at(2, "我", 1))
	if got := ta.SelectedText(); got != "我們用Golang寫程式。" {
		t.Errorf("a third click selected %q", got)
	}
	clock = clock.Add(time.Second) // long after: a plain click
	press(ta, at(2, "我", 1))
	if s, e := ta.Selection(); s != e {
		t.Errorf("a click a second later selected %q", ta.SelectedText())
	}
}

func TestPaintsOnlyRowsInView(t *testing.T) {
	body := strings.Repeat("臺北市推動「智慧城市」計畫，首波服務正式上線。\n\n", 5000) // 120 000 characters
	ta, w := newTestArea(t, body, fyne.NewSize(400, 300))
	texts := func() int {
		n := 0
		for _, o := range test.WidgetRenderer(ta.surf).Objects() {
			if _, ok := o.(*canvas.Text); ok {
				n++
			}
		}
		return n
	}
	maxRows := int(300/rowHeight()) + 2
	if n := texts(); n == 0 || n > maxRows {
		t.Errorf("%d text objects for a view of at most %d rows", n, maxRows)
	}
	// The whole text is scrollable: the surface is as tall as all its rows.
	if h := ta.surf.Size().Height; h < 10000*rowHeight() {
		t.Errorf("surface %.0f tall for 10 000 rows", h)
	}
	// Scroll to the middle and click: the cursor lands in the middle.
	ta.ScrollTo(5000 * rowHeight())
	press(ta, fyne.NewPos(at(0, "臺北", 1).X, 5000*rowHeight()+padding()+rowHeight()/2))
	want := 2500*len("臺北市推動「智慧城市」計畫，首波服務正式上線。\n\n") + len("臺北")
	if got := ta.Cursor(); got != want {
		t.Errorf("click after scrolling: %d, want %d", got, want)
	}
	if n := texts(); n == 0 || n > maxRows {
		t.Errorf("after scrolling: %d text objects", n)
	}
	// Ctrl+End scrolls to the end.
	ctrl(ta, fyne.KeyEnd, false)
	if off := ta.ScrollOffset(); off < ta.surf.Size().Height-300-rowHeight() {
		t.Errorf("Ctrl+End left the view at %.0f of %.0f", off, ta.surf.Size().Height)
	}
	// The mouse wheel scrolls.
	before := ta.ScrollOffset()
	test.Scroll(w.Canvas(), fyne.NewPos(100, 100), 0, 200)
	if ta.ScrollOffset() >= before {
		t.Errorf("wheel up: offset %.0f, was %.0f", ta.ScrollOffset(), before)
	}
}

func TestPageDown(t *testing.T) {
	body := strings.Repeat("一行\n", 100)
	ta, _ := newTestArea(t, body, fyne.NewSize(400, 300))
	key(ta, fyne.KeyPageDown)
	rowsPerPage := int(300/rowHeight()) - 1
	if got, want := ta.Cursor(), rowsPerPage*len("一行\n"); got != want {
		t.Errorf("PageDown: %d, want %d (%d rows)", got, want, rowsPerPage)
	}
	if ta.ScrollOffset() <= 0 {
		t.Error("PageDown did not scroll")
	}
	shiftKey(ta, fyne.KeyPageUp)
	if s, e := ta.Selection(); s != 0 || e != rowsPerPage*len("一行\n") {
		t.Errorf("Shift+PageUp: selection %d–%d", s, e)
	}
}

func TestRightClick(t *testing.T) {
	ta, w := newTestArea(t, "甲乙丙", fyne.NewSize(400, 300))
	ta.Select(len("甲"), len("甲乙"))
	right := func(p fyne.Position) {
		ta.surf.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}, Button: desktop.MouseButtonSecondary})
		test.TapSecondaryAt(ta.surf, p)
	}
	right(at(0, "甲", 2))
	if ta.SelectedText() != "乙" {
		t.Errorf("a right click in the selection changed it to %q", ta.SelectedText())
	}
	if w.Canvas().Overlays().Top() == nil {
		t.Error("no menu after a right click")
	}
	w.Canvas().Overlays().Top().Hide()
	right(at(0, "甲乙丙", 10))
	if s, e := ta.Selection(); s != e || s != len("甲乙丙") {
		t.Errorf("a right click past the text: selection %d–%d, want the cursor at the end", s, e)
	}
}

func TestCursorPositionAndMoves(t *testing.T) {
	body := strings.Repeat("一行\n", 200)
	ta, _ := newTestArea(t, body, fyne.NewSize(400, 300))
	var moved []int
	ta.OnCursorMoved = func(off int) { moved = append(moved, off) }
	ta.SetCursor(100 * len("一行\n"))
	ta.ScrollToCursor()
	if len(moved) != 1 || moved[0] != 100*len("一行\n") {
		t.Errorf("OnCursorMoved got %v", moved)
	}
	at, _ := ta.CursorPosition()
	if at.Y < 99 || at.Y > 101 {
		t.Errorf("a far cursor scrolled to y %.0f, want a third of the 300-high view", at.Y)
	}
	key(ta, fyne.KeyDown) // a near one scrolls by nothing
	if at2, _ := ta.CursorPosition(); at2.Y-at.Y < rowHeight()-0.5 || at2.Y-at.Y > rowHeight()+0.5 {
		t.Errorf("Down moved the cursor from y %.0f to %.0f", at.Y, at2.Y)
	}
	key(ta, fyne.KeyUp)
	if want := padding(); at.X < want-1 || at.X > want+1 {
		t.Errorf("cursor at x %.0f, want %.0f (the line's start)", at.X, want)
	}
	key(ta, fyne.KeyRight)
	at2, _ := ta.CursorPosition()
	if d := at2.X - at.X; d < measure("一")-0.5 || d > measure("一")+0.5 {
		t.Errorf("Right moved the cursor %.1f, want one character's width %.1f", d, measure("一"))
	}
}
