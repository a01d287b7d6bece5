package pageview

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// surface is the scrolled content of a View: as large as all its pages,
// but holding canvas objects for the pages in view only.
type surface struct {
	widget.BaseWidget
	v *View
	r *surfaceRenderer
}

func newSurface(v *View) *surface {
	s := &surface{v: v}
	s.ExtendBaseWidget(s)
	return s
}

// MinSize is the size of all pages with their gaps.
func (s *surface) MinSize() fyne.Size {
	return fyne.NewSize(s.v.geo.minWidth(), s.v.geo.height())
}

// update places the page objects for the scroll position.
func (s *surface) update() {
	if s.r != nil {
		s.r.place()
	}
}

// Tapped reports the glyph under the pointer (OnTapSource) and gives the
// view the focus.
func (s *surface) Tapped(e *fyne.PointEvent) {
	v := s.v
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(v); c != nil {
			c.Focus(v)
		}
	}
	if src, ok := v.SourceAt(e.Position.Subtract(v.scroll.Offset)); ok && v.OnTapSource != nil {
		v.OnTapSource(src)
	}
}

// Scrolled scrolls the view, or zooms it about the pointer with Ctrl held.
func (s *surface) Scrolled(e *fyne.ScrollEvent) {
	v := s.v
	if v.modifiers()&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 {
		if e.Scrolled.DY != 0 {
			v.zoomAbout(Zoom(v.geo.scale*wheelFactor(e.Scrolled.DY)), e.Position.Subtract(v.scroll.Offset))
		}
		return
	}
	if e.Scrolled.DY != 0 {
		v.dir = 1
		if e.Scrolled.DY > 0 {
			v.dir = -1
		}
	}
	v.scroll.Scrolled(e)
}

// Cursor is the text cursor: a click places the editor's cursor.
func (s *surface) Cursor() desktop.Cursor { return desktop.TextCursor }

// CreateRenderer is for Fyne.
func (s *surface) CreateRenderer() fyne.WidgetRenderer {
	s.r = &surfaceRenderer{s: s, mark: canvas.NewRectangle(color.Transparent)}
	s.r.Refresh()
	return s.r
}

// slot is the canvas objects of one page in view. The shadow and the
// outline are thin strips along the page's sides, and the blank paper is
// shown only until the page's picture covers it: under Mesa's software
// renderer every rectangle costs its whole area in every frame, and three
// page-sized rectangles under each picture (with the shadow's rounded
// corners) made a keystroke's echo 32 ms instead of 22 on the seed.
type slot struct {
	page   int
	shadow [2]*canvas.Rectangle // right, bottom
	edge   [4]*canvas.Rectangle // top, bottom, left, right
	paper  *canvas.Rectangle
	pic    *canvas.Image
	shown  image.Image // what pic shows, to refresh it only on a change
}

func newSlot() *slot {
	s := &slot{
		paper: canvas.NewRectangle(color.White),
		pic:   &canvas.Image{FillMode: canvas.ImageFillStretch, ScaleMode: canvas.ImageScaleSmooth},
	}
	for i := range s.shadow {
		s.shadow[i] = canvas.NewRectangle(color.Transparent)
	}
	for i := range s.edge {
		s.edge[i] = canvas.NewRectangle(color.Transparent)
	}
	s.pic.Hide()
	return s
}

// objects are the slot's canvas objects, from the bottom up.
func (s *slot) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{s.shadow[0], s.shadow[1], s.edge[0], s.edge[1], s.edge[2], s.edge[3], s.paper, s.pic}
}

// frame places the shadow, the outline and the paper around a page at pos
// of size.
func (s *slot) frame(pos fyne.Position, size fyne.Size) {
	const (
		shadowX, shadowY = 2, 3 // how far the shadow falls right and down
		line             = 1    // the outline's width
	)
	w, h := size.Width, size.Height
	place := func(r *canvas.Rectangle, x, y, w, h float32) {
		r.Move(pos.AddXY(x, y))
		r.Resize(fyne.NewSize(w, h))
	}
	place(s.shadow[0], w, shadowY, shadowX, h)
	place(s.shadow[1], shadowX, h, w, shadowY)
	place(s.edge[0], -line, -line, w+2*line, line)
	place(s.edge[1], -line, h, w+2*line, line)
	place(s.edge[2], -line, 0, line, h)
	place(s.edge[3], w, 0, line, h)
	place(s.paper, 0, 0, w, h)
}

// surfaceRenderer draws the pages in view: each a shadow, an outline, the
// white paper until its picture is drawn, and the picture; and the line
// mark.
type surfaceRenderer struct {
	s       *surface
	slots   []*slot
	mark    *canvas.Rectangle
	colours colours
	objects []fyne.CanvasObject
	// markRef is the line marked, resolved for document gen and source
	// offset src (a search of every glyph, done once per change).
	markRef          glyphRef
	markOK           bool
	markGen, markSrc uint64
}

func (r *surfaceRenderer) Layout(fyne.Size) { r.place() }

func (r *surfaceRenderer) MinSize() fyne.Size { return r.s.MinSize() }

func (r *surfaceRenderer) Refresh() {
	r.colours = palette(r.s.v.Theme())
	for _, sl := range r.slots {
		r.paint(sl)
	}
	r.mark.FillColor = r.colours.mark
	r.mark.Refresh()
	r.place()
}

func (r *surfaceRenderer) paint(sl *slot) {
	for _, o := range sl.shadow {
		o.FillColor = r.colours.shadow
		o.Refresh()
	}
	for _, o := range sl.edge {
		o.FillColor = r.colours.edge
		o.Refresh()
	}
}

func (r *surfaceRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *surfaceRenderer) Destroy() {}

// place puts a slot on each page in view and the mark on its line.
func (r *surfaceRenderer) place() {
	v := r.s.v
	first, last := v.VisiblePages()
	n := max(0, last-first+1)
	rebuild := n != len(r.slots)
	for len(r.slots) < n {
		sl := newSlot()
		r.paint(sl)
		r.slots = append(r.slots, sl)
	}
	for _, sl := range r.slots[n:] {
		// Off the canvas now: let go of the picture, which may be evicted.
		sl.pic.Image, sl.shown = nil, nil
	}
	r.slots = r.slots[:n]
	g := v.geo
	for i, sl := range r.slots {
		sl.page = first + i
		pos := g.fromPage(sl.page, 0, 0)
		size := fyne.NewSize(g.pageW, g.pageH)
		sl.frame(pos, size)
		sl.pic.Move(pos)
		var img image.Image
		p := v.pics[sl.page]
		if p != nil {
			img = p.img
		}
		mode := sl.pic.ScaleMode
		cs := v.scaleOf()
		if img != nil && (v.fresh(p) || sameSize(img, size, cs)) {
			// Drawn for this zoom and screen — or of the document
			// before, at this zoom, until it is drawn anew: a pixel of
			// the picture on a pixel of the screen, neither blurred nor
			// stretched, and no new texture while one types.
			sl.pic.Resize(fyne.NewSize(float32(img.Bounds().Dx())/cs, float32(img.Bounds().Dy())/cs))
			sl.pic.ScaleMode = canvas.ImageScalePixels
		} else {
			// Of another zoom, until it is drawn anew: stretched by the
			// graphics card (scaling it on the processor costs tens of
			// milliseconds a page).
			sl.pic.Resize(size)
			sl.pic.ScaleMode = canvas.ImageScaleFastest
		}
		if img != sl.shown || mode != sl.pic.ScaleMode {
			sl.shown = img
			sl.pic.Image = img
			sl.pic.Hidden = img == nil
			r.refreshPicture(sl.pic)
		}
		// The picture is opaque: the paper shows only where it is not.
		sl.paper.Hidden = img != nil && covers(sl.pic.Size(), size)
	}
	r.placeMark()
	if rebuild || r.objects == nil {
		r.objects = r.objects[:0]
		for _, sl := range r.slots {
			r.objects = append(r.objects, sl.objects()...)
		}
		r.objects = append(r.objects, r.mark)
		canvas.Refresh(r.s)
	}
}

// refreshPicture has pic painted anew. Fyne routes an object's Refresh to
// the canvas it was last painted on: a picture that has never been shown
// (hidden until its page is drawn) has none, and its Refresh alone would
// leave the page blank until something else repaints the window. The
// surface's canvas is asked directly.
func (r *surfaceRenderer) refreshPicture(pic *canvas.Image) {
	pic.Refresh()
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(r.s); c != nil {
			c.Refresh(pic)
		}
	}
}

// placeMark puts the mark's bar on the marked line, or hides it.
func (r *surfaceRenderer) placeMark() {
	v := r.s.v
	if v.markSrc < 0 || v.doc == nil {
		r.mark.Hide()
		return
	}
	if r.markGen != v.gen || r.markSrc != uint64(v.markSrc) {
		r.markRef, r.markOK = lineOf(v.doc, v.markSrc)
		r.markGen, r.markSrc = v.gen, uint64(v.markSrc)
	}
	if !r.markOK {
		r.mark.Hide()
		return
	}
	line := &v.doc.Pages[r.markRef.page].Lines[r.markRef.line]
	top, bottom := lineBand(line)
	left, right := lineSpan(line)
	a := v.geo.fromPage(r.markRef.page, left, top)
	b := v.geo.fromPage(r.markRef.page, right, bottom)
	pad := 2 * v.geo.scale // two points either side
	r.mark.Move(a.AddXY(-pad, 0))
	r.mark.Resize(fyne.NewSize(b.X-a.X+2*pad, b.Y-a.Y))
	r.mark.Show()
}

// sameSize reports whether img, a page's picture, has the pixels of a page
// of size at canvas scale cs, to a pixel: it was drawn at this zoom.
func sameSize(img image.Image, size fyne.Size, cs float32) bool {
	w, h := float32(img.Bounds().Dx()), float32(img.Bounds().Dy())
	return abs32(w-size.Width*cs) <= 1.5 && abs32(h-size.Height*cs) <= 1.5
}

// covers reports whether a picture of size pic covers a page of size
// page, to within a pixel.
func covers(pic, page fyne.Size) bool {
	return pic.Width >= page.Width-1 && pic.Height >= page.Height-1
}

func abs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
