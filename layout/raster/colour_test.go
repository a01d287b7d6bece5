package raster_test

import (
	"image/color"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/raster"
)

// A line or rule with a Colour is drawn in it: the masthead's CMYK red
// (0, 100, 100, 0) shows pure red; without one, in its grey.
func TestColourIsDrawn(t *testing.T) {
	lib := fonts.NewLibrary()
	red := layout.Colour{C: 0, M: 100, Y: 100, K: 0}
	page := &layout.Page{Number: 1, Rules: []layout.Rule{
		{X1: 72 * layout.Point, Y1: 100 * layout.Point, X2: 300 * layout.Point, Y2: 100 * layout.Point, Width: layout.Pt(4), Ink: layout.InkText, Colour: red},
		{X1: 72 * layout.Point, Y1: 200 * layout.Point, X2: 300 * layout.Point, Y2: 200 * layout.Point, Width: layout.Pt(4), Ink: layout.InkRule},
	}}
	img, err := raster.Render(page, layout.A5, 72, raster.Options{Faces: lib})
	if err != nil {
		t.Fatal(err)
	}
	if c := img.RGBAAt(150, 100); c != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("the red rule drawn in %v", c)
	}
	if c := img.RGBAAt(150, 200); c != (color.RGBA{96, 96, 96, 255}) {
		t.Errorf("the grey rule drawn in %v", c)
	}
}
