package pageview

import (
	"fyne.io/fyne/v2"

	"github.com/paiban/paiban/layout"
)

// gap is the grey space around and between pages, in Fyne units.
const gap float32 = 16

// minScale keeps a fit-width scale of a view squeezed to nothing usable.
const minScale float32 = 0.05

// geometry places the pages of a document in the scrolled content, in
// Fyne's device-independent units, y growing downward:
//
//	┌───────── width = max(view width, page width + 2 gaps) ─────────┐
//	│                             gap                                │
//	│          ┌────────── page 0 (pageW × pageH) ─────────┐         │
//	│  left ─▶ │                                           │         │
//	│          └───────────────────────────────────────────┘         │
//	│                             gap                                │
//	│          ┌────────── page 1 ─────────────────────────┐         │
//	│                             …                                  │
//	└───────── height = gap + pages × (pageH + gap) ─────────────────┘
//
// A point of the page is scale units.
type geometry struct {
	scale        float32
	pageW, pageH float32
	width        float32
	pages        int
}

// newGeometry lays out pages of paper at zoom z in a view of size view.
func newGeometry(paper layout.Paper, pages int, z Zoom, view fyne.Size) geometry {
	viewW := view.Width
	wPt, hPt := float32(paper.Width.Points()), float32(paper.Height.Points())
	if wPt <= 0 || hPt <= 0 {
		return geometry{scale: 1, width: viewW}
	}
	s := float32(z.clamp())
	switch z.clamp() {
	case FitWidth:
		s = max(minScale, (viewW-2*gap)/wPt)
	case FitPage:
		s = max(minScale, min((viewW-2*gap)/wPt, (view.Height-2*gap)/hPt))
	}
	g := geometry{scale: s, pageW: wPt * s, pageH: hPt * s, pages: pages}
	if z.clamp() == FitWidth && s > minScale {
		g.pageW = viewW - 2*gap // exactly, not a rounding over the view
	}
	g.width = max(viewW, g.minWidth())
	return g
}

// minWidth is the width the content needs: a page and its gaps.
func (g geometry) minWidth() float32 { return g.pageW + 2*gap }

// height is the content's height.
func (g geometry) height() float32 {
	if g.pages == 0 {
		return 0
	}
	return gap + float32(g.pages)*(g.pageH+gap)
}

// top is the y of page i's top edge.
func (g geometry) top(i int) float32 { return gap + float32(i)*(g.pageH+gap) }

// left is the x of every page's left edge.
func (g geometry) left() float32 { return (g.width - g.pageW) / 2 }

// pageAt returns the page whose slot (the page and the gap below it)
// holds content height y, within [0, pages).
func (g geometry) pageAt(y float32) int {
	if g.pages == 0 {
		return 0
	}
	i := int((y - gap/2) / (g.pageH + gap))
	return max(0, min(i, g.pages-1))
}

// visible returns the pages that meet the band [y0, y1) of the content;
// last < first when none does.
func (g geometry) visible(y0, y1 float32) (first, last int) {
	if g.pages == 0 || y1 <= y0 {
		return 0, -1
	}
	first, last = g.pageAt(y0), g.pageAt(y1)
	if g.top(first)+g.pageH <= y0 {
		first++
	}
	if g.top(last) >= y1 {
		last--
	}
	return first, last
}

// shown returns how much of page i's height lies in [y0, y1).
func (g geometry) shown(i int, y0, y1 float32) float32 {
	t := g.top(i)
	return max(0, min(y1, t+g.pageH)-max(y0, t))
}

// current is the page that fills most of the band [y0, y1), the earlier of
// two that fill as much; the page nearest the band when none meets it.
func (g geometry) current(y0, y1 float32) int {
	first, last := g.visible(y0, y1)
	if last < first {
		return g.pageAt(y0)
	}
	best, most := first, float32(-1)
	for i := first; i <= last; i++ {
		if h := g.shown(i, y0, y1); h > most+0.5 {
			best, most = i, h
		}
	}
	return best
}

// toPage returns the page slot holding content position p and where p is
// on that page, in points from its top-left corner (outside the page, in
// its gap or margin, the numbers run past its edges).
func (g geometry) toPage(p fyne.Position) (page int, xPt, yPt float32) {
	page = g.pageAt(p.Y)
	return page, (p.X - g.left()) / g.scale, (p.Y - g.top(page)) / g.scale
}

// fromPage is the content position of the point (xPt, yPt) of page i.
func (g geometry) fromPage(i int, xPt, yPt float32) fyne.Position {
	return fyne.NewPos(g.left()+xPt*g.scale, g.top(i)+yPt*g.scale)
}
