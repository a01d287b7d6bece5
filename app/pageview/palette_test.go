package pageview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// over is c drawn over the opaque colour under.
func over(c, under color.Color) float64 {
	r, g, b, a := c.RGBA()
	ur, ug, ub, _ := under.RGBA()
	k := float64(a) / 0xffff
	mix := func(top, bottom uint32) float64 { return float64(top) + (1-k)*float64(bottom) }
	return (0.2126*mix(r, ur) + 0.7152*mix(g, ug) + 0.0722*mix(b, ub)) / 0xffff
}

func TestThePageEdgeShowsInEveryTheme(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		name string
		dark bool
	}{{"light", false}, {"dark", true}} {
		th := theme.LightTheme()
		if c.dark {
			th = theme.DarkTheme()
		}
		p := palette(th)
		bg, edge, white := luminance(p.background), luminance(p.edge), 1.0
		if white-edge < 0.3 {
			t.Errorf("%s: the edge (%.2f) hardly differs from the paper", c.name, edge)
		}
		if d := bg - edge; d < 0.1 {
			t.Errorf("%s: the edge (%.2f) hardly differs from the background (%.2f)", c.name, edge, bg)
		}
		if white-bg < 0.15 {
			t.Errorf("%s: the background (%.2f) hardly differs from the paper", c.name, bg)
		}
		if (bg < 0.5) != c.dark {
			t.Errorf("%s: the background is %.2f", c.name, bg)
		}
		// The mark leaves black text readable and shows on white.
		if m := over(p.mark, color.White); m > 0.95 || m < 0.5 {
			t.Errorf("%s: the mark makes white %.2f", c.name, m)
		}
	}
}
