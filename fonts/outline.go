package fonts

import (
	"encoding/binary"
	"math"
)

// SegmentOp is the kind of one step of a glyph outline.
type SegmentOp uint8

// The segment kinds. Args[0] of MoveTo and LineTo is the point moved or
// drawn to; QuadTo draws a quadratic Bézier curve through the control
// point Args[0] to the end point Args[1]; Close ends a contour and takes no
// arguments.
const (
	MoveTo SegmentOp = iota
	LineTo
	QuadTo
	Close
)

// Segment is one step of a glyph outline. Coordinates are in ems (1.0 is
// the font size) from the glyph's origin on the baseline, x to the right
// and y upwards, as in the font.
type Segment struct {
	Op   SegmentOp
	Args [2][2]float32
}

// Outline is the shape of one glyph: closed contours, each a MoveTo, lines
// and curves that end back at the starting point, then a Close. Filled
// with the non-zero winding rule it gives the glyph's ink. An empty
// Segments is a blank glyph such as a space.
type Outline struct {
	Segments []Segment
	// Advance is the glyph's advance width in ems.
	Advance float32
}

// Limits that keep a corrupt or hostile font from costing much.
const (
	maxComponentDepth = 8       // nesting of composite glyphs
	maxComponents     = 1 << 12 // components read for one glyph, at all depths
	maxOutlinePoints  = 1 << 16 // points and contours in one (composed) glyph
)

// Outline returns the TrueType outline of the glyph the font maps r to,
// read from the glyf and loca tables. It parses only that glyph (and, for
// a composite glyph, its components), never the whole table. ok is false
// when the font has no glyph for r, has no TrueType outlines, or the
// glyph's data is corrupt; it never panics on bad data.
//
// Hinting instructions are ignored: the outline is the unhinted design.
func (f *Face) Outline(r rune) (o Outline, ok bool) {
	g, ok := f.Glyph(r)
	if !ok {
		return Outline{}, false
	}
	return f.GlyphOutline(g)
}

// GlyphOutline is Outline for the glyph of ID g, as the layout chose it
// (layout.Glyph.ID).
func (f *Face) GlyphOutline(g uint16) (o Outline, ok bool) {
	if !f.glyf || g == 0 {
		return Outline{}, false
	}
	defer func() {
		// The parser checks every length it reads; this is a last guard
		// so that a bug on some corrupt font costs a glyph, not the
		// program.
		if recover() != nil {
			o, ok = Outline{}, false
		}
	}()
	gt, err := f.glyphTables()
	if err != nil {
		return Outline{}, false
	}
	var p glyphParser
	p.glyphTables = gt
	contours, err := p.glyph(int(g), 0)
	if err != nil {
		return Outline{}, false
	}
	o.Advance = float32(f.advanceUnits(g)) / float32(f.upem)
	o.Segments = segments(contours, 1/float32(f.upem))
	return o, true
}

// glyphTables are the tables an outline is read from.
type glyphTables struct {
	glyf, loca []byte
	longLoca   bool
	numGlyphs  int
}

type outlineError string

func (e outlineError) Error() string { return string(e) }

const errBadOutline = outlineError("corrupt glyph outline")

// glyphTables finds the glyf and loca tables. Reading the table directory
// costs about a microsecond, so it is done per call rather than kept.
func (f *Face) glyphTables() (glyphTables, error) {
	t, err := readTables(f.data)
	if err != nil {
		return glyphTables{}, err
	}
	head, maxp := t["head"], t["maxp"]
	if len(head) < 54 || len(maxp) < 6 || t["glyf"] == nil || t["loca"] == nil {
		return glyphTables{}, errBadOutline
	}
	return glyphTables{
		glyf:      t["glyf"],
		loca:      t["loca"],
		longLoca:  binary.BigEndian.Uint16(head[50:]) == 1,
		numGlyphs: int(binary.BigEndian.Uint16(maxp[4:])),
	}, nil
}

// data returns glyph g's bytes in the glyf table; empty for a blank glyph.
func (t *glyphTables) data(g int) ([]byte, error) {
	if g < 0 || g >= t.numGlyphs {
		return nil, errBadOutline
	}
	var a, b int
	if t.longLoca {
		if 4*g+8 > len(t.loca) {
			return nil, errBadOutline
		}
		a, b = int(binary.BigEndian.Uint32(t.loca[4*g:])), int(binary.BigEndian.Uint32(t.loca[4*g+4:]))
	} else {
		if 2*g+4 > len(t.loca) {
			return nil, errBadOutline
		}
		a, b = 2*int(binary.BigEndian.Uint16(t.loca[2*g:])), 2*int(binary.BigEndian.Uint16(t.loca[2*g+2:]))
	}
	if a < 0 || a > b || b > len(t.glyf) {
		return nil, errBadOutline
	}
	return t.glyf[a:b], nil
}

// point is an outline point in font units.
type point struct {
	x, y float32
	on   bool // on the curve, as opposed to a quadratic control point
}

// glyphParser reads glyphs, counting points and components across a
// composite glyph's components, so that no font can make it work long.
type glyphParser struct {
	glyphTables
	points, components int
}

// glyph returns glyph g's contours in font units.
func (p *glyphParser) glyph(g, depth int) ([][]point, error) {
	if depth > maxComponentDepth {
		return nil, errBadOutline
	}
	data, err := p.data(g)
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return nil, nil
	}
	if len(data) < 10 {
		return nil, errBadOutline
	}
	n := int(int16(binary.BigEndian.Uint16(data)))
	if n >= 0 {
		return p.simple(data, n)
	}
	return p.composite(data, depth)
}

// Flags of a simple glyph's points.
const (
	flagOnCurve = 0x01
	flagXShort  = 0x02
	flagYShort  = 0x04
	flagRepeat  = 0x08
	flagXSame   = 0x10 // or, with flagXShort, positive
	flagYSame   = 0x20
)

// simple reads a simple glyph of n contours.
func (p *glyphParser) simple(data []byte, n int) ([][]point, error) {
	be := binary.BigEndian
	at := 10
	if at+2*n+2 > len(data) {
		return nil, errBadOutline
	}
	// Contours count against the limit as points do: a glyph of
	// thousands of empty contours, used by thousands of components,
	// would otherwise cost gigabytes.
	if p.points += n; p.points > maxOutlinePoints {
		return nil, errBadOutline
	}
	ends := make([]int, n)
	last := -1
	for i := range ends {
		ends[i] = int(be.Uint16(data[at+2*i:]))
		if ends[i] < last {
			return nil, errBadOutline // end points never decrease
		}
		last = ends[i]
	}
	at += 2 * n
	count := last + 1
	if n == 0 || count == 0 {
		return nil, nil
	}
	if p.points += count; p.points > maxOutlinePoints {
		return nil, errBadOutline
	}
	at += 2 + int(be.Uint16(data[at:])) // instructions
	// A flag byte and its repeat count stand for at most 256 points:
	// more points than that leaves room for is corrupt, checked before
	// anything is allocated for them.
	if at > len(data) || count > 128*(len(data)-at) {
		return nil, errBadOutline
	}

	flags := make([]byte, count)
	for i := 0; i < count; {
		if at >= len(data) {
			return nil, errBadOutline
		}
		fl := data[at]
		at++
		flags[i] = fl
		i++
		if fl&flagRepeat != 0 {
			if at >= len(data) {
				return nil, errBadOutline
			}
			rep := int(data[at])
			at++
			if i+rep > count {
				return nil, errBadOutline
			}
			for ; rep > 0; rep-- {
				flags[i] = fl
				i++
			}
		}
	}

	pts := make([]point, count)
	readCoords := func(short, same byte, set func(i int, v float32)) error {
		v := 0
		for i, fl := range flags {
			switch {
			case fl&short != 0:
				if at >= len(data) {
					return errBadOutline
				}
				d := int(data[at])
				at++
				if fl&same == 0 {
					d = -d
				}
				v += d
			case fl&same == 0:
				if at+2 > len(data) {
					return errBadOutline
				}
				v += int(int16(be.Uint16(data[at:])))
				at += 2
			}
			set(i, float32(v))
		}
		return nil
	}
	if err := readCoords(flagXShort, flagXSame, func(i int, v float32) { pts[i].x = v }); err != nil {
		return nil, err
	}
	if err := readCoords(flagYShort, flagYSame, func(i int, v float32) { pts[i].y = v }); err != nil {
		return nil, err
	}
	for i, fl := range flags {
		pts[i].on = fl&flagOnCurve != 0
	}

	contours := make([][]point, 0, n)
	start := 0
	for _, e := range ends {
		contours = append(contours, pts[start:e+1])
		start = e + 1
	}
	return contours, nil
}

// Flags of a composite glyph's components.
const (
	compArgWords     = 0x0001
	compArgsXY       = 0x0002
	compRoundXY      = 0x0004
	compScale        = 0x0008
	compMore         = 0x0020
	compXYScale      = 0x0040
	compTwoByTwo     = 0x0080
	compScaledOffset = 0x0800
	compUnscaled     = 0x1000
)

// composite reads a composite glyph: its components' contours, each
// transformed and moved into place.
func (p *glyphParser) composite(data []byte, depth int) ([][]point, error) {
	be := binary.BigEndian
	var out [][]point
	at := 10
	for {
		if at+4 > len(data) {
			return nil, errBadOutline
		}
		if p.components++; p.components > maxComponents {
			return nil, errBadOutline
		}
		flags := be.Uint16(data[at:])
		gid := int(be.Uint16(data[at+2:]))
		at += 4
		var arg1, arg2 int
		if flags&compArgWords != 0 {
			if at+4 > len(data) {
				return nil, errBadOutline
			}
			if flags&compArgsXY != 0 {
				arg1, arg2 = int(int16(be.Uint16(data[at:]))), int(int16(be.Uint16(data[at+2:])))
			} else {
				arg1, arg2 = int(be.Uint16(data[at:])), int(be.Uint16(data[at+2:]))
			}
			at += 4
		} else {
			if at+2 > len(data) {
				return nil, errBadOutline
			}
			if flags&compArgsXY != 0 {
				arg1, arg2 = int(int8(data[at])), int(int8(data[at+1]))
			} else {
				arg1, arg2 = int(data[at]), int(data[at+1])
			}
			at += 2
		}
		// The transform [a c; b d]: x' = a·x + c·y, y' = b·x + d·y.
		a, b, c, d := float32(1), float32(0), float32(0), float32(1)
		f2dot14 := func(i int) float32 { return float32(int16(be.Uint16(data[at+2*i:]))) / 16384 }
		switch {
		case flags&compScale != 0:
			if at+2 > len(data) {
				return nil, errBadOutline
			}
			a = f2dot14(0)
			d = a
			at += 2
		case flags&compXYScale != 0:
			if at+4 > len(data) {
				return nil, errBadOutline
			}
			a, d = f2dot14(0), f2dot14(1)
			at += 4
		case flags&compTwoByTwo != 0:
			if at+8 > len(data) {
				return nil, errBadOutline
			}
			a, b, c, d = f2dot14(0), f2dot14(1), f2dot14(2), f2dot14(3)
			at += 8
		}
		transformed := flags&(compScale|compXYScale|compTwoByTwo) != 0

		comp, err := p.glyph(gid, depth+1)
		if err != nil {
			return nil, err
		}
		if transformed {
			for _, ct := range comp {
				for i, q := range ct {
					ct[i].x, ct[i].y = a*q.x+c*q.y, b*q.x+d*q.y
				}
			}
		}
		var dx, dy float32
		if flags&compArgsXY != 0 {
			dx, dy = float32(arg1), float32(arg2)
			if transformed && flags&compScaledOffset != 0 && flags&compUnscaled == 0 {
				dx, dy = a*dx+c*dy, b*dx+d*dy
			}
			if flags&compRoundXY != 0 {
				dx, dy = float32(math.Round(float64(dx))), float32(math.Round(float64(dy)))
			}
		} else {
			// Point matching: the component's point arg2 lands on point
			// arg1 of the glyph composed so far.
			pa, okA := nthPoint(out, arg1)
			pb, okB := nthPoint(comp, arg2)
			if !okA || !okB {
				return nil, errBadOutline
			}
			dx, dy = pa.x-pb.x, pa.y-pb.y
		}
		if dx != 0 || dy != 0 {
			for _, ct := range comp {
				for i := range ct {
					ct[i].x += dx
					ct[i].y += dy
				}
			}
		}
		out = append(out, comp...)
		if flags&compMore == 0 {
			return out, nil
		}
	}
}

// nthPoint returns the n-th point of contours counted across them all.
func nthPoint(contours [][]point, n int) (point, bool) {
	for _, ct := range contours {
		if n < len(ct) {
			return ct[n], true
		}
		n -= len(ct)
	}
	return point{}, false
}

// segments turns contours of on- and off-curve points into outline
// segments scaled by s. Between two off-curve points lies an implied
// on-curve point midway; each contour ends back at its start and is closed.
func segments(contours [][]point, s float32) []Segment {
	n := 0
	for _, ct := range contours {
		n += len(ct) + 2
	}
	if n == 0 {
		return nil
	}
	segs := make([]Segment, 0, n)
	mid := func(a, b point) point { return point{(a.x + b.x) / 2, (a.y + b.y) / 2, true} }
	xy := func(q point) [2]float32 { return [2]float32{q.x * s, q.y * s} }
	for _, ct := range contours {
		if len(ct) == 0 {
			continue
		}
		// Find an on-curve point to start from: the first point, else
		// the last, else the midpoint of the two.
		var start point
		first := 0
		switch {
		case ct[0].on:
			start, first = ct[0], 1
		case ct[len(ct)-1].on:
			start = ct[len(ct)-1]
			ct = ct[:len(ct)-1]
		default:
			start = mid(ct[len(ct)-1], ct[0])
		}
		segs = append(segs, Segment{Op: MoveTo, Args: [2][2]float32{xy(start)}})
		var ctrl point
		pending := false // ctrl holds an off-curve point not yet drawn
		emit := func(q point) {
			if !q.on {
				if pending {
					m := mid(ctrl, q)
					segs = append(segs, Segment{Op: QuadTo, Args: [2][2]float32{xy(ctrl), xy(m)}})
				}
				ctrl, pending = q, true
				return
			}
			if pending {
				segs = append(segs, Segment{Op: QuadTo, Args: [2][2]float32{xy(ctrl), xy(q)}})
				pending = false
			} else {
				segs = append(segs, Segment{Op: LineTo, Args: [2][2]float32{xy(q)}})
			}
		}
		for _, q := range ct[first:] {
			emit(q)
		}
		// Back to the start.
		emit(start)
		segs = append(segs, Segment{Op: Close})
	}
	return segs
}
