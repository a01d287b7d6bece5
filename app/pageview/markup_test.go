package pageview

import (
	"context"
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestMarkup checks what the view puts on the canvas, against
// testdata/pages.xml: in a view 432 × 700 at the width, the first page of
// a two-page document whole and the top of the second — each a shadow, an
// outline, the paper and its picture — and the mark on the second line.
func TestMarkup(t *testing.T) {
	x := newHarness(t, 432, 700)
	grey := func(_ context.Context, page int, dpi float64) (image.Image, error) {
		img := image.NewGray(image.Rect(0, 0, int(200*dpi/72), int(300*dpi/72)))
		for i := range img.Pix {
			img.Pix[i] = 0xf0
		}
		img.Set(0, 0, color.Gray{uint8(page)})
		return img, nil
	}
	x.v.SetDocument(testDoc(), grey)
	x.settle()
	x.v.MarkLine(12)
	test.AssertRendersToMarkup(t, "pages.xml", x.w.Canvas())
}
