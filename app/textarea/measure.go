package textarea

import (
	"fyne.io/fyne/v2"
)

// metrics measures the text area's characters with Fyne's text measurement,
// one character at a time, and caches each width: a Chinese article uses a
// few thousand distinct characters, so after the first screen almost every
// width is a table lookup. A row's width is the sum of its characters'
// (Fyne's shaper kerns no CJK and little Latin text; see the tests).
//
// The zero value is not usable; see newMetrics.
type metrics struct {
	size  float32
	style fyne.TextStyle
	font  fyne.Resource // the theme's font the widths were measured in

	ascii  [128]float32
	widths map[rune]float32
	height float32 // of one line of text
}

func newMetrics(size float32, style fyne.TextStyle, font fyne.Resource) *metrics {
	m := &metrics{size: size, style: style, font: font, widths: make(map[rune]float32)}
	for i := range m.ascii {
		m.ascii[i] = -1
	}
	m.height = fyne.MeasureText("中Ag", size, style).Height // 中: in both writings' faces
	return m
}

// tabSpaces is how many spaces' width a tab takes (tabs are drawn as a
// fixed blank, not to tab stops).
const tabSpaces = 4

// width is the advance of r.
func (m *metrics) width(r rune) float32 {
	if r >= 0 && r < 128 {
		if w := m.ascii[r]; w >= 0 {
			return w
		}
		w := m.measure(r)
		m.ascii[r] = w
		return w
	}
	if w, ok := m.widths[r]; ok {
		return w
	}
	w := m.measure(r)
	m.widths[r] = w
	return w
}

func (m *metrics) measure(r rune) float32 {
	if r == '\t' {
		return tabSpaces * m.width(' ')
	}
	return fyne.MeasureText(string(r), m.size, m.style).Width
}

// span is the width of rs.
func (m *metrics) span(rs []rune) float32 {
	x := float32(0)
	for _, r := range rs {
		x += m.width(r)
	}
	return x
}

// column is the column of rs nearest to x (measured from rs's start): a
// point over a character's left half is before it, over its right half
// after it.
func (m *metrics) column(rs []rune, x float32) int {
	at := float32(0)
	for i, r := range rs {
		w := m.width(r)
		if x < at+w/2 {
			return i
		}
		at += w
	}
	return len(rs)
}
