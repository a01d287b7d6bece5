package textarea

import "github.com/paiban/paiban/layout"

// wrap returns the columns at which the rows of source line l begin when
// it is wrapped to width: as many characters as fit, the row ending at the
// last place the layout's rules let a line break (layout.Breaks: 禁則,
// Latin words and numbers, addresses kept whole). Spaces may hang past the
// width at a row's end. A unit longer than the width is cut where the
// width runs out. rows[0] is 0; an empty line is one row. The line's
// break opportunities are found on its first wrap and kept for the next
// width.
func wrap(l *line, width float32, m *metrics) []int {
	rows := []int{0}
	if width <= 0 {
		return rows
	}
	rs := l.runes
	x, start := float32(0), 0
	for i, r := range rs {
		w := m.width(r)
		if x+w > width && i > start && r != ' ' && r != '\t' {
			if l.breaks == nil {
				l.breaks = layout.Breaks(rs)
			}
			breaks := l.breaks
			at := i
			for j := i; j > start; j-- {
				if breaks[j] {
					at = j
					break
				}
			}
			rows = append(rows, at)
			start = at
			x = m.span(rs[at:i])
		}
		x += w
	}
	return rows
}
