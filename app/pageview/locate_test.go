package pageview

import (
	"testing"

	"github.com/paiban/paiban/layout"
)

// line makes a line of 10-pt glyphs 10 pt apart from x = 50, baseline y,
// with the sources given (-1 for none).
func line(y layout.Unit, srcs ...int32) layout.Line {
	l := layout.Line{Y: y, X0: 50 * layout.Point, Left: 50 * layout.Point, Right: 150 * layout.Point}
	r := layout.Run{Size: 10 * layout.Point}
	for i, s := range srcs {
		r.Glyphs = append(r.Glyphs, layout.Glyph{Text: "字", X: layout.Unit(50+10*i) * layout.Point, Advance: 10 * layout.Point, Src: s})
	}
	l.X1 = layout.Unit(50+10*len(srcs)) * layout.Point
	l.Runs = []layout.Run{r}
	return l
}

// testDoc is a document of two pages 200 × 300 pt with two lines of
// three glyphs each, and a footer on the first.
func testDoc() *layout.Document {
	return &layout.Document{Paper: layout.Paper{Name: "test", Width: 200 * layout.Point, Height: 300 * layout.Point}, Pages: []layout.Page{
		{Number: 1, Lines: []layout.Line{
			line(30*layout.Point, 0, 3, 6),
			line(45*layout.Point, 9, 12, 15),
			line(190*layout.Point, -1, -1, -1), // a footer
		}},
		{Number: 2, Lines: []layout.Line{
			line(30*layout.Point, 20, 23),
			line(45*layout.Point, 26, -1, 29),
		}},
	}}
}

func TestLineOf(t *testing.T) {
	doc := testDoc()
	for _, c := range []struct {
		src        int
		page, line int
		glyph      int
		ok         bool
	}{
		{0, 0, 0, 0, true},
		{4, 0, 0, 1, true},  // inside the glyph at 3
		{16, 0, 1, 2, true}, // after the page's last glyph, before the next page's first
		{20, 1, 0, 0, true},
		{28, 1, 1, 0, true}, // the glyph without a source is skipped
		{1000, 1, 1, 2, true},
		{-1, 0, 0, 0, false},
	} {
		ref, ok := lineOf(doc, c.src)
		if ok != c.ok || ok && (ref.page != c.page || ref.line != c.line || ref.glyph != c.glyph) {
			t.Errorf("lineOf(%d) = %+v %v, want page %d line %d glyph %d", c.src, ref, ok, c.page, c.line, c.glyph)
		}
	}
	if _, ok := lineOf(&layout.Document{Pages: []layout.Page{{Lines: []layout.Line{line(30, 5)}}}}, 4); ok {
		t.Error("a source before every glyph found a line")
	}
}

func TestGlyphAt(t *testing.T) {
	page := &testDoc().Pages[0]
	for _, c := range []struct {
		x, y float32
		src  int
		ok   bool
	}{
		{55, 26, 0, true},   // on the first glyph
		{65, 30, 3, true},   // on the second, at the baseline
		{200, 45, 15, true}, // past the line's end: its last glyph
		{10, 44, 9, true},   // before its start: its first
		{65, 33.5, 3, true}, // between the lines, nearer the first's band
		{65, 120, 0, false}, // far from any line
		{55, 188, 0, false}, // the footer
	} {
		src, ok := glyphAt(page, c.x, c.y)
		if ok != c.ok || ok && src != c.src {
			t.Errorf("glyphAt(%g, %g) = %d %v, want %d %v", c.x, c.y, src, ok, c.src, c.ok)
		}
	}
	if src, ok := glyphAt(&testDoc().Pages[1], 62, 45); !ok || src != 26 && src != 29 {
		t.Errorf("on a glyph without a source: %d %v, want a neighbour", src, ok)
	}
}
