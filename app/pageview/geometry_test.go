package pageview

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/paiban/paiban/layout"
)

// A paper 100 × 200 pt makes the numbers easy.
var paper = layout.Paper{Name: "test", Width: 100 * layout.Point, Height: 200 * layout.Point}

func TestGeometryFitsTheWidth(t *testing.T) {
	g := newGeometry(paper, 3, FitWidth, fyne.NewSize(232, 600)) // 232 = 2 gaps + 200
	if g.scale != 2 || g.pageW != 200 || g.pageH != 400 || g.width != 232 {
		t.Errorf("fit width: %+v", g)
	}
	if h := g.height(); h != gap+3*(400+gap) {
		t.Errorf("height %g", h)
	}
	g = newGeometry(paper, 3, 3, fyne.NewSize(232, 600)) // 300 wide: wider than the view
	if g.width != 300+2*gap || g.left() != gap {
		t.Errorf("zoomed past the view: %+v, left %g", g, g.left())
	}
	g = newGeometry(paper, 3, 0.5, fyne.NewSize(232, 600))
	if g.left() != (232-50)/2 {
		t.Errorf("a narrow page is not centred: left %g", g.left())
	}
	if g := newGeometry(paper, 3, 9, fyne.NewSize(232, 600)); g.scale != float32(MaxZoom) {
		t.Errorf("zoom 9 gave scale %g", g.scale)
	}
}

func TestGeometryVisibleAndCurrent(t *testing.T) {
	g := newGeometry(paper, 3, 1, fyne.NewSize(132, 600)) // pages 100 × 200 at y 16, 232, 448
	for _, c := range []struct {
		y0, y1      float32
		first, last int
		current     int
	}{
		{0, 100, 0, 0, 0},
		{0, 16, 0, -1, 0},    // the top gap only
		{216, 232, 1, 0, 0},  // the gap between 0 and 1: none, the one above
		{200, 300, 0, 1, 1},  // 16 of page 0, 68 of page 1
		{100, 500, 0, 2, 1},  // all of page 1
		{500, 2000, 2, 2, 2}, // past the end
		{216, 432 + 16, 1, 1, 1},
	} {
		first, last := g.visible(c.y0, c.y1)
		if first != c.first || last != c.last {
			t.Errorf("visible(%g, %g) = %d, %d; want %d, %d", c.y0, c.y1, first, last, c.first, c.last)
		}
		if cur := g.current(c.y0, c.y1); cur != c.current {
			t.Errorf("current(%g, %g) = %d, want %d", c.y0, c.y1, cur, c.current)
		}
	}
}

func TestGeometryRoundTrip(t *testing.T) {
	g := newGeometry(paper, 5, 1.5, fyne.NewSize(400, 600))
	for _, c := range []struct {
		page int
		x, y float32
	}{{0, 0, 0}, {2, 50, 100}, {4, 99, 199}, {3, -5, 1}} {
		p := g.fromPage(c.page, c.x, c.y)
		page, x, y := g.toPage(p)
		if page != c.page || !near(x, c.x) || !near(y, c.y) {
			t.Errorf("page %d (%g, %g) → %v → page %d (%g, %g)", c.page, c.x, c.y, p, page, x, y)
		}
	}
	if page, _, _ := g.toPage(fyne.NewPos(0, 1e6)); page != 4 {
		t.Errorf("far below the end is page %d", page)
	}
}

func TestZoomSteps(t *testing.T) {
	for _, c := range []struct {
		s        float32
		up, down Zoom
	}{
		{1, 1.1, 0.9},
		{0.95, 1, 0.9},
		{0.3, 0.5, 0.5},
		{3, 3, 2.5},
		{5, 3, 3},
	} {
		if up := stepUp(c.s); up != c.up {
			t.Errorf("stepUp(%g) = %g, want %g", c.s, up, c.up)
		}
		if down := stepDown(c.s); down != c.down {
			t.Errorf("stepDown(%g) = %g, want %g", c.s, down, c.down)
		}
	}
	if f := wheelFactor(10) * wheelFactor(-10); !near(f, 1) {
		t.Errorf("a notch up and down zooms by %g", f)
	}
}

// FitPage fits a whole page in the view: by the height in a tall view,
// by the width in a wide one, and the pages stay centred.
func TestGeometryFitsThePage(t *testing.T) {
	g := newGeometry(paper, 3, FitPage, fyne.NewSize(400, 232)) // 232 = 2 gaps + 200
	if g.scale != 1 || g.pageW != 100 || g.pageH != 200 || g.left() != (400-100)/2 {
		t.Errorf("wide view: %+v, left %g", g, g.left())
	}
	g = newGeometry(paper, 3, FitPage, fyne.NewSize(132, 1000)) // 132 = 2 gaps + 100
	if g.scale != 1 || g.pageH != 200 {
		t.Errorf("tall view: %+v", g)
	}
}
