package layout

// Colour is a process colour that a line or rule prints in instead of its
// grey Ink: cyan, magenta, yellow and black, each in per cent (0–100), as
// a print shop separates it. The zero Colour is no colour: the line or rule
// prints in its Ink. The PDF writer writes a Colour as CMYK, so that a
// print shop can print it as an ink of its own; the preview shows it in
// the RGB that RGB gives.
type Colour struct{ C, M, Y, K uint8 }

// Red is the red of a bulletin's masthead (套紅): CMYK (0, 100, 100, 0).
var Red = Colour{C: 0, M: 100, Y: 100, K: 0}

// IsZero reports whether c is no colour.
func (c Colour) IsZero() bool { return c == Colour{} }

// RGB is c on screen: each channel 255 × (1 − ink) × (1 − black), the
// plain conversion without a colour profile, which shows Red as pure red.
func (c Colour) RGB() (r, g, b uint8) {
	ch := func(v uint8) uint8 {
		return uint8(255 * (100 - int(min(v, 100))) * (100 - int(min(c.K, 100))) / 10000)
	}
	return ch(c.C), ch(c.M), ch(c.Y)
}
