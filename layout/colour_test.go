package layout

import "testing"

func TestColourRGB(t *testing.T) {
	for _, c := range []struct {
		in      Colour
		r, g, b uint8
	}{
		{Colour{0, 100, 100, 0}, 255, 0, 0},
		{Colour{100, 0, 100, 0}, 0, 255, 0},
		{Colour{0, 0, 0, 100}, 0, 0, 0},
		{Colour{0, 50, 0, 50}, 127, 63, 127},
		{Colour{0, 200, 0, 0}, 255, 0, 255}, // past 100 % is 100 %
	} {
		if r, g, b := c.in.RGB(); r != c.r || g != c.g || b != c.b {
			t.Errorf("%v: %d %d %d, want %d %d %d", c.in, r, g, b, c.r, c.g, c.b)
		}
	}
	if !(Colour{}).IsZero() || Red.IsZero() {
		t.Error("IsZero")
	}
}
