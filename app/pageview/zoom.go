package pageview

import "math"

// Zoom is the preview's magnification: FitWidth, or a factor from MinZoom
// to MaxZoom, where 1 (100 %) draws a point of the page as one of Fyne's
// device-independent units.
type Zoom float32

// Zooms the View knows.
const (
	// FitWidth scales the pages to the width of the view (the default).
	FitWidth Zoom = 0
	// FitPage scales them so that a whole page fits in the view, as a
	// word processor's "one page" does: to check a page's layout, its
	// footer and its page number at a glance.
	FitPage Zoom = -1
	// MinZoom is the smallest factor, 50 %.
	MinZoom Zoom = 0.5
	// MaxZoom is the largest factor, 300 %.
	MaxZoom Zoom = 3
)

// zoomSteps are the factors Ctrl+plus and Ctrl+minus step through.
var zoomSteps = []Zoom{0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3}

// clamp returns z within [MinZoom, MaxZoom]; FitWidth and FitPage stay
// themselves.
func (z Zoom) clamp() Zoom {
	switch {
	case z == FitWidth || math.IsNaN(float64(z)):
		return FitWidth
	case z == FitPage:
		return FitPage
	}
	return max(MinZoom, min(z, MaxZoom))
}

// fits reports whether z follows the view's size.
func (z Zoom) fits() bool { return z == FitWidth || z == FitPage }

// stepUp returns the first step above scale s (the factor in use, which for
// FitWidth and FitPage is whatever fits), or MaxZoom.
func stepUp(s float32) Zoom {
	for _, z := range zoomSteps {
		if float32(z) > s*1.001 {
			return z
		}
	}
	return MaxZoom
}

// stepDown returns the last step below scale s, or MinZoom.
func stepDown(s float32) Zoom {
	for i := len(zoomSteps) - 1; i >= 0; i-- {
		if float32(zoomSteps[i]) < s*0.999 {
			return zoomSteps[i]
		}
	}
	return MinZoom
}

// wheelFactor is how much one notch of the wheel magnifies: 10 % up, or
// down for a negative dy. A notch is a ScrollEvent's DY of 25, as Fyne's
// desktop driver reports it on Linux and Windows (10 on macOS, where a
// touchpad sends many small deltas: they zoom in proportion).
func wheelFactor(dy float32) float32 {
	return float32(math.Pow(1.1, float64(dy)/25))
}
