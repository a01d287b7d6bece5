package fonts

import (
	"encoding/binary"
	"math/rand"
	"testing"
)

// headBBox reads the font-wide glyph bounding box from the head table.
func headBBox(t *testing.T, f *Face) (xMin, yMin, xMax, yMax float32) {
	t.Helper()
	tabs, err := readTables(f.Data())
	if err != nil {
		t.Fatal(err)
	}
	head := tabs["head"]
	if len(head) < 54 {
		t.Fatal("short head table")
	}
	v := func(at int) float32 {
		return float32(int16(binary.BigEndian.Uint16(head[at:]))) / float32(f.UnitsPerEm())
	}
	return v(36), v(38), v(40), v(42)
}

// checkContours checks that every contour starts with a MoveTo, ends back
// at its start and is closed, and returns the number of contours.
func checkContours(t *testing.T, name string, o Outline) int {
	t.Helper()
	contours := 0
	var start, pen [2]float32
	open := false
	for i, s := range o.Segments {
		switch s.Op {
		case MoveTo:
			if open {
				t.Fatalf("%s: segment %d: MoveTo inside an open contour", name, i)
			}
			start, pen, open = s.Args[0], s.Args[0], true
		case LineTo:
			pen = s.Args[0]
		case QuadTo:
			pen = s.Args[1]
		case Close:
			if !open {
				t.Fatalf("%s: segment %d: Close without a contour", name, i)
			}
			if pen != start {
				t.Errorf("%s: contour %d ends at %v, not at its start %v", name, contours, pen, start)
			}
			open = false
			contours++
		default:
			t.Fatalf("%s: segment %d: unknown op %d", name, i, s.Op)
		}
		if s.Op != Close && s.Op != MoveTo && !open {
			t.Fatalf("%s: segment %d: drawing outside a contour", name, i)
		}
	}
	if open {
		t.Errorf("%s: last contour not closed", name)
	}
	return contours
}

func TestOutlineSerifTC(t *testing.T) {
	f, err := NewLibrary().Face(SerifTC)
	if err != nil {
		t.Fatal(err)
	}
	xMin, yMin, xMax, yMax := headBBox(t, f)
	const eps = 1e-4
	for _, r := range "永國稅，A g。“" {
		if r == ' ' {
			continue
		}
		o, ok := f.Outline(r)
		if !ok {
			t.Errorf("%q: no outline", r)
			continue
		}
		if len(o.Segments) == 0 {
			t.Errorf("%q: empty outline", r)
			continue
		}
		if n := checkContours(t, string(r), o); n == 0 {
			t.Errorf("%q: no contours", r)
		}
		for i, s := range o.Segments {
			n := 0
			switch s.Op {
			case MoveTo, LineTo:
				n = 1
			case QuadTo:
				n = 2
			}
			for _, p := range s.Args[:n] {
				if p[0] < xMin-eps || p[0] > xMax+eps || p[1] < yMin-eps || p[1] > yMax+eps {
					t.Errorf("%q: segment %d: point %v outside the font's bbox [%g %g %g %g]",
						r, i, p, xMin, yMin, xMax, yMax)
				}
			}
		}
		adv, _ := f.Advance(r)
		if d := o.Advance*1000 - float32(adv); d < -1 || d > 1 {
			t.Errorf("%q: outline advance %g em, Advance says %d/1000", r, o.Advance, adv)
		}
	}

	// An ideograph lies in the em box, mostly above the baseline.
	o, _ := f.Outline('國')
	var lo, hi [2]float32 = [2]float32{9, 9}, [2]float32{-9, -9}
	for _, p := range points(o) {
		lo[0], lo[1] = min(lo[0], p[0]), min(lo[1], p[1])
		hi[0], hi[1] = max(hi[0], p[0]), max(hi[1], p[1])
	}
	if lo[0] < 0 || hi[0] > 1 || lo[1] < -0.12-eps || hi[1] > 0.88+eps || hi[1]-lo[1] < 0.7 {
		t.Errorf("國 spans x %g..%g, y %g..%g: not in the em box", lo[0], hi[0], lo[1], hi[1])
	}

	// The ideographic space is a blank glyph; a character the font lacks
	// has no outline.
	if o, ok := f.Outline('\u3000'); !ok || len(o.Segments) != 0 || o.Advance != 1 {
		t.Errorf("U+3000: outline %v, ok %v; want empty, 1 em wide", o, ok)
	}
	if _, ok := f.Outline('\U0001F600'); ok {
		t.Error("U+1F600 (not in the font): ok true")
	}
}

// testFont builds a small TrueType font from glyph data: glyph i+1 is
// glyphs[i] and is mapped from rune 'A'+i; glyph 0 is empty.
func testFont(t testing.TB, glyphs ...[]byte) *Face {
	t.Helper()
	be := binary.BigEndian
	n := len(glyphs) + 1
	var glyf []byte
	loca := make([]byte, 4*(n+1))
	for i, g := range append([][]byte{nil}, glyphs...) {
		be.PutUint32(loca[4*i:], uint32(len(glyf)))
		glyf = append(glyf, g...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	be.PutUint32(loca[4*n:], uint32(len(glyf)))
	head := make([]byte, 54)
	be.PutUint32(head[0:], 0x00010000)
	be.PutUint32(head[12:], 0x5F0F3CF5)
	be.PutUint16(head[18:], 1000)
	be.PutUint16(head[50:], 1)
	maxp := make([]byte, 6)
	be.PutUint32(maxp[0:], 0x00005000)
	be.PutUint16(maxp[4:], uint16(n))
	hhea := make([]byte, 36)
	be.PutUint32(hhea[0:], 0x00010000)
	be.PutUint16(hhea[4:], 880)
	be.PutUint16(hhea[6:], uint16(0x10000-120))
	be.PutUint16(hhea[34:], uint16(n))
	hmtx := make([]byte, 4*n)
	var runes []rune
	var gids []int
	for i := 1; i < n; i++ {
		be.PutUint16(hmtx[4*i:], 1000)
		runes = append(runes, 'A'+rune(i-1))
		gids = append(gids, i)
	}
	data := writeFont(map[string][]byte{"head": head, "maxp": maxp, "hhea": hhea, "hmtx": hmtx,
		"loca": loca, "glyf": glyf, "cmap": buildCmap(runes, gids)})
	f, err := Parse("test", data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// simpleGlyph encodes one contour of points given as x, y, on triples
// (on is 0 or 1), with word-sized coordinates.
func simpleGlyph(pts ...int) []byte {
	be := binary.BigEndian
	n := len(pts) / 3
	g := make([]byte, 10, 64)
	be.PutUint16(g[0:], 1)
	g = be.AppendUint16(g, uint16(n-1)) // end point of the contour
	g = be.AppendUint16(g, 0)           // no instructions
	for i := 0; i < n; i++ {
		g = append(g, byte(pts[3*i+2])) // flags: on-curve or not, long x and y
	}
	x, y := 0, 0
	for i := 0; i < n; i++ {
		g = be.AppendUint16(g, uint16(int16(pts[3*i]-x)))
		x = pts[3*i]
	}
	for i := 0; i < n; i++ {
		g = be.AppendUint16(g, uint16(int16(pts[3*i+1]-y)))
		y = pts[3*i+1]
	}
	return g
}

// component encodes one component of a composite glyph with word x/y
// offsets and an optional 2×2 transform in F2Dot14.
func component(gid, dx, dy int, more bool, m ...float64) []byte {
	be := binary.BigEndian
	flags := uint16(compArgWords | compArgsXY)
	if more {
		flags |= compMore
	}
	if len(m) == 4 {
		flags |= compTwoByTwo
	}
	c := be.AppendUint16(nil, flags)
	c = be.AppendUint16(c, uint16(gid))
	c = be.AppendUint16(c, uint16(int16(dx)))
	c = be.AppendUint16(c, uint16(int16(dy)))
	for _, v := range m {
		c = be.AppendUint16(c, uint16(int16(v*16384)))
	}
	return c
}

func compositeGlyph(components ...[]byte) []byte {
	g := make([]byte, 10)
	binary.BigEndian.PutUint16(g, 0xFFFF) // numberOfContours −1
	for _, c := range components {
		g = append(g, c...)
	}
	return g
}

func points(o Outline) [][2]float32 {
	var ps [][2]float32
	for _, s := range o.Segments {
		switch s.Op {
		case MoveTo, LineTo:
			ps = append(ps, s.Args[0])
		case QuadTo:
			ps = append(ps, s.Args[0], s.Args[1])
		}
	}
	return ps
}

func TestOutlineSimpleAndComposite(t *testing.T) {
	square := simpleGlyph(0, 0, 1, 100, 0, 1, 100, 100, 1, 0, 100, 1)
	// All off-curve: a "circle" of four control points, every on-curve
	// point implied.
	round := simpleGlyph(0, 50, 0, 50, 100, 0, 100, 50, 0, 50, 0, 0)
	f := testFont(t,
		square, // A
		round,  // B
		compositeGlyph(component(1, 200, 300, true), component(1, 0, 0, false, 0, 1, -1, 0)), // C
		compositeGlyph(component(4, 0, 0, false)),                                            // D: itself
		compositeGlyph(component(99, 0, 0, false)),                                           // E: no such glyph
		compositeGlyph(fanOut(7, 100)...),                                                    // F: 100 × G
		compositeGlyph(fanOut(8, 100)...),                                                    // G: 100 × H …
		compositeGlyph(fanOut(9, 100)...),
		compositeGlyph(fanOut(10, 100)...),
		compositeGlyph(fanOut(11, 100)...),
		compositeGlyph(fanOut(12, 100)...),
		nil, // L: blank
	)

	o, ok := f.Outline('A')
	if !ok || checkContours(t, "A", o) != 1 {
		t.Fatalf("A: %v %v", o, ok)
	}
	want := [][2]float32{{0, 0}, {0.1, 0}, {0.1, 0.1}, {0, 0.1}, {0, 0}}
	if got := points(o); !equalPoints(got, want) {
		t.Errorf("A: points %v, want %v", got, want)
	}

	o, ok = f.Outline('B')
	if !ok || checkContours(t, "B", o) != 1 {
		t.Fatalf("B: %v %v", o, ok)
	}
	for _, s := range o.Segments[1 : len(o.Segments)-1] {
		if s.Op != QuadTo {
			t.Errorf("B: %v, want only curves", o.Segments)
			break
		}
	}
	// Starts at the midpoint of the last and first points, and passes
	// through the midpoints of neighbouring control points.
	want = [][2]float32{{0.025, 0.025}, {0, 0.05}, {0.025, 0.075}, {0.05, 0.1}, {0.075, 0.075},
		{0.1, 0.05}, {0.075, 0.025}, {0.05, 0}, {0.025, 0.025}}
	if got := points(o); !equalPoints(got, want) {
		t.Errorf("B: points %v, want %v", got, want)
	}

	// C: the square moved by (200, 300), and the square turned by 90°
	// (x' = −y, y' = x).
	o, ok = f.Outline('C')
	if !ok || checkContours(t, "C", o) != 2 {
		t.Fatalf("C: %v %v", o, ok)
	}
	want = [][2]float32{{0.2, 0.3}, {0.3, 0.3}, {0.3, 0.4}, {0.2, 0.4}, {0.2, 0.3},
		{0, 0}, {0, 0.1}, {-0.1, 0.1}, {-0.1, 0}, {0, 0}}
	if got := points(o); !equalPoints(got, want) {
		t.Errorf("C: points %v, want %v", got, want)
	}

	if _, ok := f.Outline('D'); ok {
		t.Error("D (a composite of itself): ok true")
	}
	if _, ok := f.Outline('E'); ok {
		t.Error("E (a component past the last glyph): ok true")
	}
	// F is 10¹⁰ blank glyphs: refused, quickly.
	if _, ok := f.Outline('F'); ok {
		t.Error("F (10¹⁰ components): ok true")
	}
	if o, ok := f.Outline('K'); !ok || len(o.Segments) != 0 {
		t.Errorf("K (100 blank components): %v, %v", o, ok)
	}
}

// fanOut makes n components all of glyph gid.
func fanOut(gid, n int) [][]byte {
	cs := make([][]byte, n)
	for i := range cs {
		cs[i] = component(gid, 0, 0, i < n-1)
	}
	return cs
}

func equalPoints(a, b [][2]float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		for k := range 2 {
			if d := a[i][k] - b[i][k]; d < -1e-5 || d > 1e-5 {
				return false
			}
		}
	}
	return true
}

// Corrupt glyph data gives false or some outline, never a panic: the
// parser is called here without Outline's recover.
func TestOutlineCorrupt(t *testing.T) {
	f, err := NewLibrary().Face(SerifTC)
	if err != nil {
		t.Fatal(err)
	}
	gt, err := f.glyphTables()
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewSource(1))
	for _, r := range "永國稅A。" {
		g, _ := f.Glyph(r)
		orig, err := gt.data(int(g))
		if err != nil {
			t.Fatal(err)
		}
		for trial := 0; trial < 2000; trial++ {
			data := append([]byte(nil), orig...)
			switch trial % 3 {
			case 0:
				data = data[:rnd.Intn(len(data)+1)]
			default:
				for k := 0; k < 1+rnd.Intn(4); k++ {
					data[rnd.Intn(len(data))] = byte(rnd.Intn(256))
				}
			}
			loca := make([]byte, 8)
			binary.BigEndian.PutUint32(loca[4:], uint32(len(data)))
			p := glyphParser{glyphTables: glyphTables{glyf: data, loca: loca, longLoca: true, numGlyphs: 1}}
			if cs, err := p.glyph(0, 0); err == nil {
				segments(cs, 1.0/1000)
			}
		}
	}
}

// Outline parses one glyph, quickly.
func BenchmarkOutline(b *testing.B) {
	f, err := NewLibrary().Face(SerifTC)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, ok := f.Outline('國'); !ok {
			b.Fatal("no outline")
		}
	}
}
