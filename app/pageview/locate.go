package pageview

import (
	"math"

	"github.com/paiban/paiban/layout"
)

// The vertical extent of a line around its baseline, in ems of its largest
// run: Chinese faces put the ideographic em box about 0.88 em above the
// baseline and 0.12 em below; the band is a little taller, so that marks
// and clicks cover the ink.
const (
	lineAscent  = 0.95
	lineDescent = 0.25
)

// glyphRef names one glyph of a document.
type glyphRef struct {
	page, line, run, glyph int
}

// lineOf finds the glyph whose Src is src or, when none is, the glyph of
// the greatest Src before it (glyphs with Src < 0, such as the footer's,
// are not in the article). ok is false when no glyph has a Src ≤ src.
func lineOf(doc *layout.Document, src int) (ref glyphRef, ok bool) {
	if doc == nil || src < 0 {
		return glyphRef{}, false
	}
	best := int32(-1)
	for p := range doc.Pages {
		for l := range doc.Pages[p].Lines {
			line := &doc.Pages[p].Lines[l]
			for r := range line.Runs {
				for g, gl := range line.Runs[r].Glyphs {
					if gl.Src >= 0 && int(gl.Src) <= src && gl.Src > best {
						best, ref = gl.Src, glyphRef{p, l, r, g}
						if int(best) == src {
							return ref, true
						}
					}
				}
			}
		}
	}
	return ref, best >= 0
}

// lineBand returns the top and bottom of line's band, in points from the
// page's top.
func lineBand(line *layout.Line) (top, bottom float32) {
	var size layout.Unit
	for _, r := range line.Runs {
		size = max(size, r.Size)
	}
	y, em := float32(line.Y.Points()), float32(size.Points())
	return y - lineAscent*em, y + lineDescent*em
}

// lineSpan returns the left and right of line's band, in points: the
// measure it was set in, or its glyphs where they stick out.
func lineSpan(line *layout.Line) (left, right float32) {
	l, r := min(line.X0, line.Left), max(line.X1, line.Right)
	if line.Right <= line.Left { // no measure recorded
		l, r = line.X0, line.X1
	}
	return float32(l.Points()), float32(r.Points())
}

// inArticle reports whether line has a glyph from the article's source.
func inArticle(line *layout.Line) bool {
	for _, r := range line.Runs {
		for _, g := range r.Glyphs {
			if g.Src >= 0 {
				return true
			}
		}
	}
	return false
}

// glyphAt returns the Src of the glyph of page under the point (x, y), in
// points from the page's top-left corner: on the line whose band holds y
// (or the nearest line within one em of it), the glyph whose advance holds
// x, or the nearest one. Only glyphs with a Src ≥ 0 count; ok is false
// when none is near.
func glyphAt(page *layout.Page, x, y float32) (src int, ok bool) {
	bestLine, bestDY, bestDX := -1, float32(math.Inf(1)), float32(math.Inf(1))
	for i := range page.Lines {
		line := &page.Lines[i]
		if !inArticle(line) {
			continue
		}
		top, bottom := lineBand(line)
		left, right := lineSpan(line)
		dy, dx := outside(y, top, bottom), outside(x, left, right)
		if dy <= bottom-top && (dy < bestDY || dy == bestDY && dx < bestDX) {
			bestLine, bestDY, bestDX = i, dy, dx
		}
	}
	if bestLine < 0 {
		return 0, false
	}
	dist := float32(math.Inf(1))
	for _, r := range page.Lines[bestLine].Runs {
		for _, g := range r.Glyphs {
			if g.Src < 0 {
				continue
			}
			x0 := float32(g.X.Points())
			if d := outside(x, x0, x0+float32(g.Advance.Points())); d < dist {
				src, dist = int(g.Src), d
			}
		}
	}
	return src, true
}

// outside is how far v lies outside [lo, hi]; 0 inside.
func outside(v, lo, hi float32) float32 {
	switch {
	case v < lo:
		return lo - v
	case v > hi:
		return v - hi
	}
	return 0
}
