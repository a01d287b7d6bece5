package pageview

import (
	"context"
	"image"
	"image/color"
	"math"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/paiban/paiban/layout"
)

// glyphOn returns a glyph of the article in the middle of page's text, and
// its line.
func glyphOn(t testing.TB, doc *layout.Document, page int) (*layout.Line, layout.Glyph) {
	t.Helper()
	var lines []*layout.Line
	for i := range doc.Pages[page].Lines {
		l := &doc.Pages[page].Lines[i]
		if l.Kind == layout.KindBody && len(l.Runs) > 0 && len(l.Runs[0].Glyphs) > 6 && l.Runs[0].Glyphs[5].Src >= 0 {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		t.Fatalf("no body line on page %d", page)
	}
	l := lines[len(lines)/2]
	return l, l.Runs[0].Glyphs[5]
}

// centre is the middle of g's ink box, in layout units on its page.
func centre(l *layout.Line, g layout.Glyph) (x, y layout.Unit) {
	return g.X + g.Advance/2, l.Y - l.Runs[0].Size*2/5
}

// tapAt taps the view's point p, as a click there does.
func (x *harness) tapAt(p fyne.Position) {
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(x.v).Add(p)
	test.TapCanvas(x.w.Canvas(), abs)
}

func near(a, b float32) bool { return math.Abs(float64(a-b)) < 0.01 }

func TestTapGivesTheGlyphsSource(t *testing.T) {
	l := seedDoc(t)
	x := newHarness(t, 600, 800)
	x.show(l)
	x.settle()
	var got []int
	x.v.OnTapSource = func(src int) { got = append(got, src) }

	line, g := glyphOn(t, l.doc, 0)
	cx, cy := centre(line, g)
	x.tapAt(x.v.PointOf(0, cx, cy))
	if len(got) != 1 || got[0] != int(g.Src) {
		t.Fatalf("tap on %q (Src %d) on page 1 reported %v", g.Text, g.Src, got)
	}
	if x.w.Canvas().Focused() != x.v {
		t.Error("a tap does not give the view the focus")
	}

	// A page scrolled to, so that the view's and the page's coordinates
	// differ by the scroll offset.
	x.v.GoToPage(1)
	x.settle()
	got = nil
	line, g = glyphOn(t, l.doc, 1)
	cx, cy = centre(line, g)
	x.tapAt(x.v.PointOf(1, cx, cy))
	if len(got) != 1 || got[0] != int(g.Src) {
		t.Fatalf("tap on %q (Src %d) on page 2 reported %v", g.Text, g.Src, got)
	}
	if page, ok := x.v.PageAt(x.v.PointOf(1, cx, cy)); page != 1 || !ok {
		t.Errorf("PageAt a glyph of page 2 is %d %v", page, ok)
	}

	// Right of the line's end: its last glyph.
	last := line.Runs[len(line.Runs)-1].Glyphs[len(line.Runs[len(line.Runs)-1].Glyphs)-1]
	got = nil
	x.tapAt(x.v.PointOf(1, line.Right+3*layout.Point, cy))
	if len(got) != 1 || got[0] != int(last.Src) {
		t.Errorf("tap past the line's end reported %v, want its last glyph %q (Src %d)", got, last.Text, last.Src)
	}

	// The gap between pages and the footer are not the article.
	got = nil
	top, _ := x.v.PageRect(1)
	x.tapAt(top.AddXY(100, -gap/2))
	for _, fl := range l.doc.Pages[1].Lines {
		if fl.Kind == layout.KindFooter && len(fl.Runs) > 0 {
			fg := fl.Runs[0].Glyphs[0]
			x.tapAt(x.v.PointOf(1, fg.X+fg.Advance/2, fl.Y-fl.Runs[0].Size/3))
		}
	}
	if len(got) != 0 {
		t.Errorf("taps off the article reported %v", got)
	}
	if page, ok := x.v.PageAt(top.AddXY(100, -gap/2)); ok {
		t.Errorf("PageAt the gap above page 2 is page %d", page+1)
	}
}

func TestShowOffsetTurnsToThePage(t *testing.T) {
	l := seedDoc(t)
	x := newHarness(t, 600, 800)
	x.show(l)
	x.settle()
	if first, last := x.v.VisiblePages(); first != 0 || last >= 2 {
		t.Fatalf("a new view shows pages %d–%d", first+1, last+1)
	}
	line, g := glyphOn(t, l.doc, 2)
	x.v.ShowOffset(int(g.Src))
	if first, last := x.v.VisiblePages(); first > 2 || last < 2 {
		t.Fatalf("ShowOffset of a glyph on page 3 shows pages %d–%d", first+1, last+1)
	}
	top, bottom := lineBand(line)
	a := x.v.PointOf(2, g.X, layout.Pt(float64(top)))
	b := x.v.PointOf(2, g.X, layout.Pt(float64(bottom)))
	h := x.v.Size().Height
	if a.Y < 0 || b.Y > h {
		t.Errorf("the line is at %g–%g of a view %g high", a.Y, b.Y, h)
	}
	// In view already: nothing moves, for a later glyph of the same line
	// or a byte inside the glyph (a CJK character is three).
	off := x.v.Offset()
	x.v.ShowOffset(int(g.Src) + 1)
	x.v.ShowOffset(int(line.Runs[0].Glyphs[1].Src))
	if x.v.Offset() != off {
		t.Errorf("ShowOffset of a line in view scrolled from %v to %v", off, x.v.Offset())
	}
}

func TestKeysScroll(t *testing.T) {
	l := longDoc(t)
	x := newHarness(t, 600, 800)
	x.show(l)
	x.settle()
	c := x.w.Canvas()
	c.Focus(x.v)
	key := func(k fyne.KeyName) {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: k})
		x.settle()
	}
	h := x.v.Size().Height
	step := x.v.screenStep()
	if step < 0.9*h || step > h {
		t.Fatalf("a screen is %g in a view %g high", step, h)
	}
	key(fyne.KeyPageDown)
	if y := x.v.Offset().Y; !near(y, step) {
		t.Errorf("PgDn scrolled to %g, want one screen, %g", y, step)
	}
	key(fyne.KeyPageDown)
	key(fyne.KeyPageUp)
	if y := x.v.Offset().Y; !near(y, step) {
		t.Errorf("PgDn PgDn PgUp scrolled to %g, want %g", y, step)
	}
	key(fyne.KeyEnd)
	if p, n := x.v.CurrentPage(), x.v.Pages(); p != n-1 || !near(x.v.Offset().Y, x.v.geo.height()-h) {
		t.Errorf("End shows page %d of %d at %g", p+1, n, x.v.Offset().Y)
	}
	key(fyne.KeyHome)
	if p := x.v.CurrentPage(); p != 0 || x.v.Offset().Y != 0 {
		t.Errorf("Home shows page %d at %g", p+1, x.v.Offset().Y)
	}
}

// anchorsEqual reports whether a and b are the same place, to a hundredth
// of a point.
func anchorsEqual(a, b anchor) bool {
	return a.page == b.page && math.Abs(float64(a.x-b.x)) < 0.01 && math.Abs(float64(a.y-b.y)) < 0.01
}

func TestCtrlPlusZoomsAboutTheCentre(t *testing.T) {
	l := longDoc(t)
	x := newHarness(t, 600, 800)
	x.show(l)
	x.v.GoToPage(5)
	x.settle()
	c := x.w.Canvas()
	c.Focus(x.v)
	short := func(k fyne.KeyName, m fyne.KeyModifier) {
		c.Focused().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m})
		x.settle()
	}
	mid := fyne.NewPos(x.v.Size().Width/2, x.v.Size().Height/2)
	fit := x.v.Scale()
	before := x.v.anchorAt(mid)
	short(fyne.KeyEqual, fyne.KeyModifierControl|fyne.KeyModifierShift) // Ctrl and + on a US keyboard
	if x.v.Scale() <= fit || x.v.Zoom() != stepUp(fit) {
		t.Fatalf("Ctrl+plus zoomed from %g to %g (zoom %g)", fit, x.v.Scale(), x.v.Zoom())
	}
	if after := x.v.anchorAt(mid); !anchorsEqual(before, after) {
		t.Errorf("the view's centre moved from %+v to %+v", before, after)
	}
	if p := x.v.pics[x.v.CurrentPage()]; !x.v.fresh(p) || p.img.Bounds().Dx() != int(math.Ceil(float64(x.v.geo.pageW))) {
		t.Errorf("the page in view is not drawn at the new zoom (%d px for %g units)", p.img.Bounds().Dx(), x.v.geo.pageW)
	}
	for _, sl := range x.v.surface.r.slots {
		if sl.pic.ScaleMode != canvas.ImageScalePixels || sl.pic.Size() != fyne.NewSize(float32(sl.shown.Bounds().Dx()), float32(sl.shown.Bounds().Dy())) {
			t.Errorf("page %d's picture of %v is shown %v (mode %v), not pixel for pixel", sl.page, sl.shown.Bounds(), sl.pic.Size(), sl.pic.ScaleMode)
		}
	}
	short(fyne.KeyPlus, fyne.KeyModifierControl)
	short(fyne.KeyMinus, fyne.KeyModifierControl)
	if x.v.Zoom() != stepUp(fit) {
		t.Errorf("Ctrl+plus Ctrl+minus is at %g, want %g", x.v.Zoom(), stepUp(fit))
	}
	short(fyne.Key0, fyne.KeyModifierControl)
	if x.v.Zoom() != FitWidth || !near(x.v.Scale(), fit) {
		t.Errorf("Ctrl+0 is at %g (scale %g), want the width (%g)", x.v.Zoom(), x.v.Scale(), fit)
	}
	for range 20 {
		short(fyne.KeyPlus, fyne.KeyModifierControl)
	}
	if x.v.Zoom() != MaxZoom {
		t.Errorf("zoomed in to %g, beyond %g", x.v.Zoom(), MaxZoom)
	}
}

func TestCtrlWheelZoomsAboutThePointer(t *testing.T) {
	l := longDoc(t)
	x := newHarness(t, 600, 800)
	x.show(l)
	x.v.GoToPage(3)
	x.settle()
	var mods fyne.KeyModifier
	x.v.modifiers = func() fyne.KeyModifier { return mods }
	wheel := func(p fyne.Position, dy float32) {
		x.v.surface.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: p.Add(x.v.Offset())}, Scrolled: fyne.Delta{DY: dy}})
		x.settle()
	}
	p := fyne.NewPos(200, 300)
	y := x.v.Offset().Y
	wheel(p, -40)
	if got := x.v.Offset().Y; !near(got, y+40) {
		t.Fatalf("the wheel scrolled from %g to %g, want %g", y, got, y+40)
	}
	mods = fyne.KeyModifierControl
	s := x.v.Scale()
	before := x.v.anchorAt(p)
	wheel(p, 25)
	if x.v.Scale() <= s {
		t.Fatalf("Ctrl+wheel up zoomed from %g to %g", s, x.v.Scale())
	}
	if after := x.v.anchorAt(p); !anchorsEqual(before, after) {
		t.Errorf("the point under the pointer moved from %+v to %+v", before, after)
	}
	wheel(p, -25)
	wheel(p, -25)
	if x.v.Scale() >= s {
		t.Errorf("Ctrl+wheel down twice is at %g, not below %g", x.v.Scale(), s)
	}
}

func TestOnlyPagesInViewAreDrawn(t *testing.T) {
	l := longDoc(t)
	if len(l.doc.Pages) < 20 {
		t.Fatalf("the long article has %d pages", len(l.doc.Pages))
	}
	x := newHarness(t, 600, 800)
	check := func(what string) {
		t.Helper()
		x.settle()
		first, last := x.v.VisiblePages()
		got := x.rendered()
		allowed := func(p int) bool { return p >= first-1 && p <= last+1 }
		if len(got) == 0 || len(got) > last-first+2 || !slices.ContainsFunc(got, allowed) || slices.IndexFunc(got, func(p int) bool { return !allowed(p) }) >= 0 {
			t.Errorf("%s, with pages %d–%d in view of %d, drew %v", what, first, last, len(l.doc.Pages), got)
		}
		for p := first; p <= last; p++ {
			if !x.v.fresh(x.v.pics[p]) {
				t.Errorf("%s: page %d in view is not drawn", what, p)
			}
		}
	}
	x.show(l)
	check("a new view")
	x.v.GoToPage(12)
	check("page 13")
	x.v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	check("PgUp")
	x.v.GoToPage(12)
	if got := x.rendered(); len(got) != 0 {
		t.Errorf("going back to pages drawn drew %v again", got)
	}
	x.oneAtATime()
}

func TestPicturesKeptAreBounded(t *testing.T) {
	l := longDoc(t)
	x := newHarness(t, 600, 800)
	x.show(l)
	for range 3 * len(l.doc.Pages) {
		x.v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
		x.settle()
		if n := len(x.v.pics); n > maxPictures {
			t.Fatalf("%d pictures kept at page %d", n, x.v.CurrentPage())
		}
	}
	if x.v.CurrentPage() != len(l.doc.Pages)-1 {
		t.Errorf("PgDn did not get to the end but to page %d", x.v.CurrentPage())
	}
}

func TestSetDocumentKeepsTheScrollPosition(t *testing.T) {
	l := longDoc(t)
	x := newHarness(t, 600, 800)
	x.show(l)
	x.v.GoToPage(10)
	x.v.ScrollTo(x.v.Offset().AddXY(0, 123))
	x.settle()
	off := x.v.Offset()
	shown := x.v.pics[x.v.CurrentPage()]

	// An edit on the first page: the text below reflows.
	src := append([]byte(nil), l.src...)
	i := len(src) / 20
	for src[i]&0xc0 == 0x80 {
		i++
	}
	edited := must(t, func() (*laidOut, error) { return layOut(append(src[:i:i], append([]byte("字"), src[i:]...)...)) })
	x.show(edited)
	if got := x.v.Offset(); got != off {
		t.Errorf("a new layout moved the view from %v to %v", off, got)
	}
	if p := x.v.pics[x.v.CurrentPage()]; p == nil || p.img != shown.img {
		t.Error("the page in view went blank before its new picture came")
	}
	x.settle()
	if p := x.v.pics[x.v.CurrentPage()]; !x.v.fresh(p) {
		t.Error("the page in view was not drawn again")
	}
	if got := x.v.Offset(); got != off {
		t.Errorf("drawing moved the view from %v to %v", off, got)
	}
}

// gated is a RenderFunc that waits to be let go, and draws a page in one
// colour.
type gated struct {
	release chan struct{}
	colour  color.Gray
	ctxs    chan context.Context
}

func (g *gated) render(ctx context.Context, _ int, dpi float64) (image.Image, error) {
	g.ctxs <- ctx
	<-g.release
	if err := ctx.Err(); err != nil {
		return nil, err // as a RenderFunc that heeds its context does
	}
	img := image.NewGray(image.Rect(0, 0, 4, 4))
	for i := range img.Pix {
		img.Pix[i] = g.colour.Y
	}
	return img, nil
}

func TestANewerDocumentWins(t *testing.T) {
	l := seedDoc(t)
	x := newHarness(t, 600, 800)
	release := make(chan struct{})
	old := &gated{release, color.Gray{1}, make(chan context.Context, 8)}
	x.v.SetDocument(l.doc, x.counted(old.render))
	ctx := <-old.ctxs // the first page is being drawn
	newer := &gated{release, color.Gray{2}, make(chan context.Context, 8)}
	x.v.SetDocument(l.doc, x.counted(newer.render))
	if ctx.Err() == nil {
		t.Error("the stale render was not cancelled")
	}
	close(release)
	x.settle()
	for page, p := range x.v.pics {
		if c := p.img.At(0, 0).(color.Gray); c != newer.colour || p.gen != x.v.gen {
			t.Errorf("page %d shows a picture of %v, gen %d of %d", page, c, p.gen, x.v.gen)
		}
	}
	if len(x.v.pics) == 0 {
		t.Error("nothing was drawn")
	}
	x.oneAtATime()
}

func TestMarkLine(t *testing.T) {
	l := seedDoc(t)
	x := newHarness(t, 600, 800)
	x.show(l)
	x.settle()
	line, g := glyphOn(t, l.doc, 0)
	x.v.MarkLine(int(g.Src))
	m := x.v.surface.r.mark
	if !m.Visible() {
		t.Fatal("the mark is hidden")
	}
	cx, cy := centre(line, g)
	p := x.v.PointOf(0, cx, cy).Add(x.v.Offset()) // content coordinates, as the mark's
	if p.X < m.Position().X || p.Y < m.Position().Y || p.X > m.Position().X+m.Size().Width || p.Y > m.Position().Y+m.Size().Height {
		t.Errorf("the mark at %v %v misses the glyph at %v", m.Position(), m.Size(), p)
	}
	if h := m.Size().Height; h > 1.5*float32(line.Runs[0].Size.Points())*x.v.Scale() {
		t.Errorf("the mark is %g high for a line of %v", h, line.Runs[0].Size)
	}
	x.v.ClearMark()
	if m.Visible() {
		t.Error("ClearMark left the mark")
	}
}

func TestPageChangesAndTheBox(t *testing.T) {
	l := seedDoc(t)
	x := newHarness(t, 600, 800)
	var got [][2]int
	x.v.OnPageChanged = func(page, pages int) { got = append(got, [2]int{page, pages}) }
	box := NewPageBox(x.v)
	x.show(l)
	x.v.GoToPage(2)
	x.settle()
	want := [][2]int{{0, 3}, {2, 3}}
	if !slices.Equal(got, want) {
		t.Errorf("OnPageChanged had %v, want %v", got, want)
	}
	if box.entry.Text != "3" || box.total.Text != "/ 3" {
		t.Errorf("the box shows %q %q", box.entry.Text, box.total.Text)
	}
	box.entry.SetText("１")
	box.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if p := x.v.CurrentPage(); p != 0 || box.entry.Text != "1" {
		t.Errorf("１ and Enter went to page %d, the box says %q", p+1, box.entry.Text)
	}
	box.entry.SetText("9")
	box.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if p := x.v.CurrentPage(); p != 0 || box.entry.Text != "1" {
		t.Errorf("9 of 3 pages went to page %d, the box says %q", p+1, box.entry.Text)
	}
}

func TestResizeAtFitWidthKeepsThePlace(t *testing.T) {
	l := longDoc(t)
	x := newHarness(t, 600, 800)
	x.show(l)
	x.v.GoToPage(7)
	x.settle()
	before := x.v.anchorAt(fyne.Position{})
	x.w.Resize(fyne.NewSize(400, 800))
	x.settle()
	if x.v.geo.pageW > 400 {
		t.Errorf("the page is %g wide in a view 400 wide", x.v.geo.pageW)
	}
	// The gap is a fixed width: only the height is kept.
	if after := x.v.anchorAt(fyne.Position{}); after.page != before.page || !near(after.y, before.y) || x.v.Offset().X != 0 {
		t.Errorf("the place at the top moved from %+v to %+v (offset %v)", before, after, x.v.Offset())
	}
}

func TestAnEmptyView(t *testing.T) {
	l := seedDoc(t)
	x := newHarness(t, 600, 800)
	var got [][2]int
	x.v.OnPageChanged = func(page, pages int) { got = append(got, [2]int{page, pages}) }
	x.v.OnTapSource = func(src int) { t.Errorf("an empty view reported a tap at %d", src) }
	// Nothing to do before a document comes.
	x.v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	x.v.ShowOffset(100)
	x.v.MarkLine(100)
	x.v.GoToPage(3)
	x.tapAt(fyne.NewPos(300, 300))
	x.show(l)
	x.v.GoToPage(2)
	x.settle()
	x.v.SetDocument(nil, nil)
	x.settle()
	x.v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	x.v.ZoomIn()
	x.v.ShowOffset(100)
	x.tapAt(fyne.NewPos(300, 300))
	if x.v.Pages() != 0 || len(x.v.pics) != 0 || x.v.Offset() != (fyne.Position{}) {
		t.Errorf("a nil document leaves %d pages, %d pictures, offset %v", x.v.Pages(), len(x.v.pics), x.v.Offset())
	}
	want := [][2]int{{0, 3}, {2, 3}, {0, 0}}
	if !slices.Equal(got, want) {
		t.Errorf("OnPageChanged had %v, want %v", got, want)
	}
}

func TestARenderScrolledAwayIsCancelled(t *testing.T) {
	l := longDoc(t)
	x := newHarness(t, 600, 800)
	release := make(chan struct{})
	g := &gated{release, color.Gray{1}, make(chan context.Context, 64)}
	x.v.SetDocument(l.doc, x.counted(g.render))
	ctx := <-g.ctxs // page 1 is being drawn
	x.v.GoToPage(15)
	if ctx.Err() == nil {
		t.Error("the render of a page scrolled away was not cancelled")
	}
	if got := x.rendered(); !slices.Equal(got, []int{0}) {
		t.Errorf("renders started before the first was done: %v", got)
	}
	close(release)
	x.settle()
	first, last := x.v.VisiblePages()
	for p := first; p <= last; p++ {
		if !x.v.fresh(x.v.pics[p]) {
			t.Errorf("page %d in view is not drawn", p+1)
		}
	}
	x.v.GoToPage(0)
	x.settle()
	if p := x.v.pics[0]; !x.v.fresh(p) || p.img == nil {
		t.Error("page 1, whose render was cancelled, is not drawn when it comes back into view")
	}
	x.oneAtATime()
}

func TestPicturesAreDrawnForTheScreensPixels(t *testing.T) {
	l := seedDoc(t)
	x := newHarness(t, 600, 800)
	x.v.scaleOf = func() float32 { return 2 } // a HiDPI screen
	x.show(l)
	x.settle()
	want := 72 * float64(x.v.Scale()) * 2
	if d := x.v.dpi(); math.Abs(d-want) > 1e-9 {
		t.Errorf("pages are drawn at %g dpi, want %g", d, want)
	}
	for _, sl := range x.v.surface.r.slots {
		if w := sl.shown.Bounds().Dx(); w != int(math.Ceil(float64(2*x.v.geo.pageW))) {
			t.Errorf("page %d's picture is %d pixels wide for %g units at 2×", sl.page+1, w, x.v.geo.pageW)
		}
		if sl.pic.Size().Width != float32(sl.shown.Bounds().Dx())/2 {
			t.Errorf("page %d's picture is shown %g wide", sl.page+1, sl.pic.Size().Width)
		}
	}
}

// TestThePageFrameIsThin checks what is painted around and under a drawn
// page: a software renderer shades every rectangle's whole area in each
// frame, so once the picture is on screen the shadow, the outline and the
// paper together cover under 2% of the page (three page-sized rectangles
// cost a keystroke's echo 10 ms in the real window). Before the picture
// arrives the white paper shows.
func TestThePageFrameIsThin(t *testing.T) {
	x := newHarness(t, 432, 700)
	l := seedDoc(t)
	x.show(l)
	r := x.v.surface.r
	if len(r.slots) == 0 {
		t.Fatal("no page in view")
	}
	if sl := r.slots[0]; sl.paper.Hidden || !sl.pic.Hidden {
		t.Errorf("before its picture: paper hidden %v, picture hidden %v", sl.paper.Hidden, sl.pic.Hidden)
	}
	x.settle()
	for _, sl := range r.slots {
		if sl.pic.Hidden {
			continue
		}
		page := sl.pic.Size()
		var area float32
		for _, o := range sl.objects() {
			if rect, ok := o.(*canvas.Rectangle); ok && rect.Visible() {
				area += rect.Size().Width * rect.Size().Height
			}
		}
		if limit := 0.02 * page.Width * page.Height; area > limit {
			t.Errorf("page %d: %.0f px² of rectangles painted with its picture, over %.0f", sl.page+1, area, limit)
		}
	}
}

// Whole page shows all of the page in view, top to bottom, and follows a
// resize; the zoom steps go on from the scale it fitted.
func TestWholePage(t *testing.T) {
	l := seedDoc(t)
	x := newHarness(t, 600, 700)
	x.show(l)
	x.settle()
	x.v.GoToPage(1)
	x.v.SetZoom(FitPage)
	x.settle()
	check := func(when string) {
		t.Helper()
		pos, size := x.v.PageRect(1)
		view := x.v.Size()
		if pos.Y < 0 || pos.Y+size.Height > view.Height || pos.X < 0 || pos.X+size.Width > view.Width {
			t.Errorf("%s: page 2 at %v, %v in a view of %v", when, pos, size, view)
		}
		if x.v.CurrentPage() != 1 {
			t.Errorf("%s: page %d in view, want 2", when, x.v.CurrentPage()+1)
		}
	}
	check("whole page")
	x.w.Resize(fyne.NewSize(500, 500))
	x.settle()
	check("after a resize")
	before := x.v.Scale()
	x.v.ZoomIn()
	if x.v.Scale() <= before || x.v.Zoom() == FitPage {
		t.Errorf("Ctrl+plus from whole page: scale %g → %g", before, x.v.Scale())
	}
}
