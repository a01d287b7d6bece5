package pageview

import (
	"context"
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/layout"
)

// RenderFunc draws page (an index into the document's Pages) at dpi dots
// per inch. The View calls it on a goroutine of its own, one call at a
// time; ctx is cancelled when the picture is no longer wanted (its page
// scrolled far away, or a newer document or zoom came), and whatever the
// call then returns is dropped. A picture returned with an error is shown;
// without a picture the page keeps what it showed (blank, or the previous
// document's picture) and is not asked for again for this document.
type RenderFunc func(ctx context.Context, page int, dpi float64) (image.Image, error)

// View shows all pages of a document, one below the other, in a vertical
// scroll. Create it with New; give it documents with SetDocument.
//
// The pages are drawn lazily: only those in view and the next one in the
// direction of scrolling are asked of the RenderFunc, each once per
// document and zoom, and at most eight pictures are kept (those farthest
// from the view are dropped first). A page waiting for its first picture
// is white, with its edge.
//
// Keys, when the view has the focus (a click on it gives it): PgUp/PgDn
// scroll one screen, Home/End go to the first or last page, ↑/↓ scroll a
// little, Ctrl+plus, Ctrl+minus and Ctrl+0 zoom in, out and to the width.
// Ctrl+wheel zooms about the pointer.
//
// Page numbers in the API are indices into the document's Pages, from 0:
// show page+1 to people.
//
// Like every Fyne widget, a View is used on Fyne's goroutine only: call its
// methods there (fyne.Do from others). Its callbacks are called there too.
type View struct {
	widget.BaseWidget

	// OnTapSource is called when a character of a page is clicked, with
	// the glyph's source offset (its Src: a byte offset in the article).
	OnTapSource func(src int)
	// OnPageChanged is called when the page mostly in view, or the number
	// of pages, changes; page is an index from 0, and pages 0 when there
	// is no document.
	OnPageChanged func(page, pages int)

	doc    *layout.Document
	render RenderFunc
	gen    uint64 // counts documents: pictures and renders are of one
	zoom   Zoom
	geo    geometry

	scroll  *container.Scroll
	surface *surface

	pics    map[int]*picture
	running *renderJob
	dir     int // the last scroll's direction: 1 down, -1 up

	markSrc int // the marked source offset, or -1

	reported  [2]int // the page and pages last told OnPageChanged
	listeners []func(page, pages int)
	focused   bool

	// Hooks that tests replace: how results come back to Fyne's goroutine,
	// which modifier keys are held, the canvas' scale.
	post      func(func())
	modifiers func() fyne.KeyModifier
	scaleOf   func() float32

	// maxPictures is the most pictures kept.
	maxPictures int
}

// maxPictures is how many page pictures a View keeps by default: a
// screenful and a little; one A4 page at 200 % on a 2× screen is 35 MB.
const maxPictures = 8

// New returns an empty View at FitWidth, handing finished pictures back
// to Fyne's goroutine with fyne.Do.
func New() *View { return NewPosting(fyne.Do) }

// NewPosting returns an empty View that hands finished pictures back to
// its goroutine with post: fyne.Do, or in a host's tests the queue they
// run its UI work from (Fyne's test driver runs fyne.Do at once, on the
// rendering goroutine).
func NewPosting(post func(func())) *View {
	v := &View{
		markSrc:     -1,
		reported:    [2]int{-1, -1},
		dir:         1,
		pics:        map[int]*picture{},
		post:        post,
		modifiers:   driverModifiers,
		maxPictures: maxPictures,
	}
	v.scaleOf = v.canvasScale
	v.surface = newSurface(v)
	v.scroll = container.NewScroll(v.surface)
	v.scroll.OnScrolled = func(p fyne.Position) { v.changed() }
	v.ExtendBaseWidget(v)
	return v
}

// SetDocument shows doc, whose pages render draws. The scroll position is
// kept (the same place of the same page stays in view), as editing needs;
// call GoToPage(0) for a new article. Pictures of the previous document
// stay on screen until their page is drawn anew, so that editing does not
// flash white. A nil doc empties the view.
func (v *View) SetDocument(doc *layout.Document, render RenderFunc) {
	a := v.anchorAt(fyne.Position{})
	v.doc, v.render = doc, render
	v.gen++
	if v.running != nil {
		v.running.cancel()
	}
	for i := range v.pics {
		if doc == nil || i >= len(doc.Pages) {
			delete(v.pics, i)
		}
	}
	v.relayout(a, fyne.Position{})
}

// Document returns the document shown, or nil.
func (v *View) Document() *layout.Document { return v.doc }

// Pages returns the number of pages.
func (v *View) Pages() int { return v.geo.pages }

// CurrentPage returns the page mostly in view (0 without a document).
func (v *View) CurrentPage() int {
	return v.geo.current(v.scroll.Offset.Y, v.scroll.Offset.Y+v.viewSize().Height)
}

// GoToPage scrolls page (from 0; clamped) to the top of the view.
func (v *View) GoToPage(page int) {
	if v.geo.pages == 0 {
		return
	}
	page = max(0, min(page, v.geo.pages-1))
	v.dir = 1
	v.scrollTo(fyne.NewPos(v.scroll.Offset.X, v.geo.top(page)-gap/2))
}

// Offset returns the scroll position: the content's point at the view's
// top-left corner, in Fyne units.
func (v *View) Offset() fyne.Position { return v.scroll.Offset }

// ScrollTo scrolls to p (see Offset), clamped to the content.
func (v *View) ScrollTo(p fyne.Position) { v.scrollTo(p) }

// VisiblePages returns the first and last page in view; last < first when
// none is.
func (v *View) VisiblePages() (first, last int) {
	y := v.scroll.Offset.Y
	return v.geo.visible(y, y+v.viewSize().Height)
}

// PageRect returns where page is in the view: its top-left corner
// relative to the view's (off the view when scrolled away) and its size.
func (v *View) PageRect(page int) (fyne.Position, fyne.Size) {
	p := v.geo.fromPage(page, 0, 0).Subtract(v.scroll.Offset)
	return p, fyne.NewSize(v.geo.pageW, v.geo.pageH)
}

// PointOf returns where the point (x, y) of page — in layout units from
// the page's top-left corner, as the document's glyphs are placed — is
// in the view.
func (v *View) PointOf(page int, x, y layout.Unit) fyne.Position {
	return v.geo.fromPage(page, float32(x.Points()), float32(y.Points())).Subtract(v.scroll.Offset)
}

// PageAt returns the page under the view's point p; ok is false off the
// pages (in the grey between and beside them).
func (v *View) PageAt(p fyne.Position) (page int, ok bool) {
	if v.geo.pages == 0 {
		return 0, false
	}
	page, x, y := v.geo.toPage(p.Add(v.scroll.Offset))
	return page, x >= 0 && y >= 0 && x*v.geo.scale < v.geo.pageW && y*v.geo.scale < v.geo.pageH
}

// SourceAt returns the source offset of the glyph under the view's point
// p, as a click there reports it; ok is false off the text.
func (v *View) SourceAt(p fyne.Position) (src int, ok bool) {
	page, on := v.PageAt(p)
	if !on || v.doc == nil {
		return 0, false
	}
	_, x, y := v.geo.toPage(p.Add(v.scroll.Offset))
	return glyphAt(&v.doc.Pages[page], x, y)
}

// ShowOffset scrolls the line holding the glyph of source offset src (or
// the nearest glyph before it) into view, unless it is in view already.
func (v *View) ShowOffset(src int) {
	ref, ok := lineOf(v.doc, src)
	if !ok {
		return
	}
	line := &v.doc.Pages[ref.page].Lines[ref.line]
	top, bottom := lineBand(line)
	g := line.Runs[ref.run].Glyphs[ref.glyph]
	x0 := float32(g.X.Points())
	x1 := x0 + float32(g.Advance.Points())
	a := v.geo.fromPage(ref.page, x0, top)
	b := v.geo.fromPage(ref.page, x1, bottom)
	off, size := v.scroll.Offset, v.viewSize()
	to := off
	if a.Y < off.Y || b.Y > off.Y+size.Height {
		if a.Y < off.Y-size.Height || b.Y > off.Y+2*size.Height {
			to.Y = a.Y - size.Height/3 // a jump: the line a third down
		} else if a.Y < off.Y {
			to.Y = a.Y - gap // a step: just into view, with a margin
		} else {
			to.Y = b.Y + gap - size.Height
		}
	}
	if a.X < off.X || b.X > off.X+size.Width {
		to.X = (a.X+b.X)/2 - size.Width/2
	}
	if to != off {
		v.scrollTo(to)
	}
}

// MarkLine marks the line holding the glyph of source offset src (or the
// nearest glyph before it) with a translucent bar, on screen only: the
// line of the editor's cursor. The mark follows src into later documents.
func (v *View) MarkLine(src int) {
	v.markSrc = max(-1, src)
	v.surface.Refresh()
}

// ClearMark removes the line mark.
func (v *View) ClearMark() { v.MarkLine(-1) }

// Zoom returns the zoom in use.
func (v *View) Zoom() Zoom { return v.zoom }

// Scale returns the Fyne units a point of the page takes at the zoom in
// use (for FitWidth and FitPage, what fits).
func (v *View) Scale() float32 { return v.geo.scale }

// SetZoom zooms to z (clamped to MinZoom–MaxZoom, or FitWidth or FitPage),
// keeping the view's centre in place; FitPage shows the whole of the page
// in view.
func (v *View) SetZoom(z Zoom) {
	s := v.viewSize()
	v.zoomAbout(z, fyne.NewPos(s.Width/2, s.Height/2))
}

// ZoomIn zooms to the next step up of 50, 67, 75, 90, 100, 110, 125, 150,
// 175, 200, 250 and 300 %.
func (v *View) ZoomIn() { v.SetZoom(stepUp(v.geo.scale)) }

// ZoomOut zooms to the next step down of those of ZoomIn.
func (v *View) ZoomOut() { v.SetZoom(stepDown(v.geo.scale)) }

// zoomAbout zooms to z keeping the view's point p where it is.
func (v *View) zoomAbout(z Zoom, p fyne.Position) {
	z = z.clamp()
	if z == v.zoom && !z.fits() {
		return
	}
	a := v.anchorAt(p)
	if z == FitPage && v.geo.pages > 0 {
		// The page in view, whole: its top a gap below the view's.
		a, p = anchor{page: v.CurrentPage(), usable: true}, fyne.NewPos(0, gap)
	}
	v.zoom = z
	v.relayout(a, p)
}

// dpi is the resolution pages are drawn at: a pixel of the picture a pixel
// of the screen.
func (v *View) dpi() float64 {
	return 72 * float64(v.geo.scale) * float64(v.scaleOf())
}

// canvasScale is the scale of the canvas the view is on, or 1.
func (v *View) canvasScale() float32 {
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(v); c != nil && c.Scale() > 0 {
			return c.Scale()
		}
	}
	return 1
}

// driverModifiers returns the modifier keys held, where the driver tells.
func driverModifiers() fyne.KeyModifier {
	if app := fyne.CurrentApp(); app != nil {
		if d, ok := app.Driver().(desktop.Driver); ok {
			return d.CurrentKeyModifiers()
		}
	}
	return 0
}

// viewSize is the size of the scrolled area.
func (v *View) viewSize() fyne.Size { return v.scroll.Size() }

// anchor is a place in a document: a page and a point on it, in points.
type anchor struct {
	page   int
	x, y   float32
	usable bool
}

// anchorAt returns the place of the document at the view's point p.
func (v *View) anchorAt(p fyne.Position) anchor {
	if v.geo.pages == 0 {
		return anchor{}
	}
	page, x, y := v.geo.toPage(p.Add(v.scroll.Offset))
	return anchor{page, x, y, true}
}

// relayout places the pages anew (for a new document, zoom or width) and
// scrolls so that a is at the view's point p again.
func (v *View) relayout(a anchor, p fyne.Position) {
	pages := 0
	var paper layout.Paper
	if v.doc != nil {
		pages, paper = len(v.doc.Pages), v.doc.Paper
	}
	v.geo = newGeometry(paper, pages, v.zoom, v.viewSize())
	v.scroll.Refresh() // the content takes its new size
	to := v.scroll.Offset
	if a.usable && pages > 0 {
		page := min(a.page, pages-1)
		to = v.geo.fromPage(page, a.x, a.y).Subtract(p)
	}
	v.scrollTo(to)
	v.surface.Refresh()
	v.changed()
}

// scrollTo scrolls to p, clamped to the content.
func (v *View) scrollTo(p fyne.Position) {
	size := v.viewSize()
	p.X = max(0, min(p.X, v.geo.width-size.Width))
	p.Y = max(0, min(p.Y, v.geo.height()-size.Height))
	if p == v.scroll.Offset {
		v.changed()
		return
	}
	if p.Y != v.scroll.Offset.Y {
		v.dir = 1
		if p.Y < v.scroll.Offset.Y {
			v.dir = -1
		}
	}
	v.scroll.Offset = p
	v.scroll.Refresh()
	v.changed()
}

// changed brings the pages drawn, the renders and the page reported up to
// date with the scroll position.
func (v *View) changed() {
	v.surface.update()
	v.schedule()
	page, pages := v.CurrentPage(), v.geo.pages
	if pages == 0 {
		page = 0
	}
	if v.reported == [2]int{page, pages} {
		return
	}
	v.reported = [2]int{page, pages}
	for _, f := range v.listeners {
		f(page, pages)
	}
	if v.OnPageChanged != nil {
		v.OnPageChanged(page, pages)
	}
}

// resized follows a new size of the view: at FitWidth and FitPage the
// pages scale with it, keeping the place at the view's top in place.
func (v *View) resized() {
	a := v.anchorAt(fyne.Position{})
	v.relayout(a, fyne.Position{})
}

// FocusGained is called when the view gets the keyboard's focus.
func (v *View) FocusGained() {
	v.focused = true
	v.Refresh()
}

// FocusLost is called when the view loses the keyboard's focus.
func (v *View) FocusLost() {
	v.focused = false
	v.Refresh()
}

// TypedRune takes no characters: the view is not for typing.
func (v *View) TypedRune(rune) {}

// CreateRenderer is for Fyne: a neutral grey background, the scroll, and a
// focus frame.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	r := &viewRenderer{v: v, bg: canvas.NewRectangle(color.Gray{0x9a}), frame: canvas.NewRectangle(color.Transparent)}
	r.frame.StrokeWidth = 2
	r.Refresh()
	return r
}

// viewRenderer draws a View.
type viewRenderer struct {
	v     *View
	bg    *canvas.Rectangle
	frame *canvas.Rectangle
	size  fyne.Size
}

func (r *viewRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.frame.Resize(size)
	r.v.scroll.Resize(size)
	if size != r.size {
		r.size = size
		r.v.resized()
	}
}

func (r *viewRenderer) MinSize() fyne.Size { return r.v.scroll.MinSize() }

func (r *viewRenderer) Refresh() {
	p := palette(r.v.Theme())
	r.bg.FillColor = p.background
	r.bg.Refresh()
	r.frame.StrokeColor = color.Transparent
	if r.v.focused {
		r.frame.StrokeColor = r.v.Theme().Color(theme.ColorNameFocus, fyne.CurrentApp().Settings().ThemeVariant())
	}
	r.frame.Refresh()
	r.v.surface.Refresh()
}

func (r *viewRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.v.scroll, r.frame}
}

func (r *viewRenderer) Destroy() {}
