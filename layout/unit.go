package layout

import (
	"fmt"
	"strconv"
)

// Unit is a length in thousandths of a point (1/72 000 inch). Chinese font
// sizes such as 10.5 pt are exact in it.
type Unit int32

// Lengths.
const (
	Point Unit = 1000
	Inch  Unit = 72 * Point
)

// Pt returns p points as a Unit, rounded.
func Pt(p float64) Unit {
	if p < 0 {
		return Unit(p*1000 - 0.5)
	}
	return Unit(p*1000 + 0.5)
}

// Mm returns m millimetres as a Unit, rounded.
func Mm(m float64) Unit { return Pt(m * 72 / 25.4) }

// Points returns u in points.
func (u Unit) Points() float64 { return float64(u) / 1000 }

// String formats u in points, e.g. "12.5pt".
func (u Unit) String() string { return fmt.Sprintf("%gpt", u.Points()) }

// scale returns u × thousandths / 1000, rounded: the width of an advance
// given in thousandths of an em at font size u.
func (u Unit) scale(thousandths int32) Unit {
	v := int64(u) * int64(thousandths)
	if v < 0 {
		return Unit((v - 500) / 1000)
	}
	return Unit((v + 500) / 1000)
}

// MarshalJSON writes u in points, so that JSON output reads naturally.
func (u Unit) MarshalJSON() ([]byte, error) {
	return strconv.AppendFloat(nil, u.Points(), 'f', -1, 64), nil
}
