// Command icon draws Paiban's application icon: a printed page with a
// folded corner, a title and four lines of text (the first indented two
// characters, the last one short), and a printer's registration mark in red
// over its lower corner.
//
// The drawing is laid out on a 16 × 16 grid so that at 16 px every straight
// edge falls on a pixel boundary and the small icon stays sharp; the larger
// sizes are the same drawing scaled. One description gives both the SVG and
// the PNGs, so they cannot drift apart:
//
//	go run ./packaging/icon -o assets
//
// writes assets/icon.svg, assets/icon.png (512 px, the one FyneApp.toml
// names), assets/icon-N.png for the sizes of the hicolor icon theme and
// assets/icon.ico, every size Windows asks for (16 to 256 px) in one file,
// for the installer, its uninstaller and their shortcuts.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/vector"
)

// grid is the size of the drawing in units.
const grid = 16

// Colours.
var (
	ink   = color.NRGBA{0x26, 0x33, 0x42, 0xff} // outline and title
	paper = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	fold  = color.NRGBA{0xc3, 0xcd, 0xd8, 0xff}
	text  = color.NRGBA{0x6f, 0x7e, 0x8d, 0xff}
	red   = color.NRGBA{0xc6, 0x28, 0x28, 0xff} // the registration mark
)

// An op is one path command in grid units: M and L take one point, C three.
type op struct {
	kind byte
	p    []float64
}

// A shape is a closed path filled with one colour (non-zero winding, so a
// sub-path drawn the other way round cuts a hole).
type shape struct {
	fill color.NRGBA
	ops  []op
}

func poly(pts ...float64) []op {
	ops := []op{{'M', pts[:2]}}
	for i := 2; i < len(pts); i += 2 {
		ops = append(ops, op{'L', pts[i : i+2]})
	}
	return append(ops, op{'Z', nil})
}

func rect(x0, y0, x1, y1 float64) []op { return poly(x0, y0, x1, y0, x1, y1, x0, y1) }

// circle is a circle of four cubic arcs, clockwise on screen unless ccw.
func circle(cx, cy, r float64, ccw bool) []op {
	k := r * 4 * (math.Sqrt2 - 1) / 3
	s := 1.0
	if ccw {
		s = -1
	}
	// Start at the top and go through right, bottom, left (or the reverse).
	pts := [][2]float64{{0, -1}, {s, 0}, {0, 1}, {-s, 0}}
	ops := []op{{'M', []float64{cx, cy - r}}}
	for i := range pts {
		a, b := pts[i], pts[(i+1)%4]
		// control points: from a along the tangent towards b, and back from b.
		c1 := []float64{cx + a[0]*r + b[0]*k, cy + a[1]*r + b[1]*k}
		c2 := []float64{cx + b[0]*r + a[0]*k, cy + b[1]*r + a[1]*k}
		ops = append(ops, op{'C', append(append(c1, c2...), cx+b[0]*r, cy+b[1]*r)})
	}
	return append(ops, op{'Z', nil})
}

func join(parts ...[]op) []op {
	var ops []op
	for _, p := range parts {
		ops = append(ops, p...)
	}
	return ops
}

// drawing is the icon, back to front.
func drawing() []shape {
	// The mark: centred on a pixel's middle so that its cross is one crisp
	// pixel wide at 16 px.
	const mx, my = 11.5, 11.5
	// Inset of the page's folded edge (the line x − y = 9) by one unit.
	d := 9 - math.Sqrt2
	return []shape{
		// The page: a 1-unit outline around white paper, corner folded.
		{ink, poly(2, 1, 10, 1, 13, 4, 13, 15, 2, 15)},
		{paper, poly(3, 2, 2+d, 2, 12, 12-d, 12, 14, 3, 14)},
		{ink, poly(9, 1, 10, 1, 10, 4, 13, 4, 13, 5, 9, 5)},
		{fold, poly(10, 1+math.Sqrt2, 10, 4, 13-math.Sqrt2, 4)},
		// A title and the text: the first line indented two characters,
		// the last one short.
		{ink, rect(4, 3, 8, 4)},
		{text, rect(6, 6, 11, 7)},
		{text, rect(4, 8, 11, 9)},
		{text, rect(4, 10, 11, 11)},
		{text, rect(4, 12, 8, 13)},
		// The registration mark on a white disc that parts it from the text.
		{paper, circle(mx, my, 4.4, false)},
		{red, join(circle(mx, my, 3.5, false), circle(mx, my, 2.3, true))},
		{red, rect(mx-0.5, my-4.5, mx+0.5, my+4.5)},
		{red, rect(mx-4.5, my-0.5, mx+4.5, my+0.5)},
	}
}

// svg writes the drawing as an SVG document.
func svg(shapes []shape) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\" height=\"512\" viewBox=\"0 0 %d %d\">\n", grid, grid)
	b.WriteString("<title>Paiban</title>\n")
	for _, s := range shapes {
		var d []string
		for _, o := range s.ops {
			if o.kind == 'Z' {
				d = append(d, "Z")
				continue
			}
			nums := make([]string, len(o.p))
			for i, v := range o.p {
				nums[i] = strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", v), "0"), ".")
			}
			d = append(d, string(o.kind)+strings.Join(nums, " "))
		}
		fmt.Fprintf(&b, "<path fill=\"#%02x%02x%02x\" d=\"%s\"/>\n", s.fill.R, s.fill.G, s.fill.B, strings.Join(d, " "))
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// raster draws the shapes at size × size pixels.
func raster(shapes []shape, size int) *image.NRGBA {
	dst := image.NewRGBA(image.Rect(0, 0, size, size))
	k := float32(size) / grid
	for _, s := range shapes {
		z := vector.NewRasterizer(size, size)
		z.DrawOp = draw.Over
		for _, o := range s.ops {
			p := make([]float32, len(o.p))
			for i, v := range o.p {
				p[i] = float32(v) * k
			}
			switch o.kind {
			case 'M':
				z.MoveTo(p[0], p[1])
			case 'L':
				z.LineTo(p[0], p[1])
			case 'C':
				z.CubeTo(p[0], p[1], p[2], p[3], p[4], p[5])
			case 'Z':
				z.ClosePath()
			}
		}
		z.Draw(dst, dst.Bounds(), image.NewUniform(s.fill), image.Point{})
	}
	out := image.NewNRGBA(dst.Bounds())
	draw.Draw(out, out.Bounds(), dst, image.Point{}, draw.Src)
	return out
}

func writePNG(path string, img image.Image) error {
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func main() {
	out := flag.String("o", "assets", "the folder to write the icon files into")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	shapes := drawing()
	if err := os.WriteFile(filepath.Join(*out, "icon.svg"), svg(shapes), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := writePNG(filepath.Join(*out, "icon.png"), raster(shapes, 512)); err != nil {
		log.Fatal(err)
	}
	for _, n := range []int{16, 24, 32, 48, 64, 128, 256} {
		if err := writePNG(filepath.Join(*out, fmt.Sprintf("icon-%d.png", n)), raster(shapes, n)); err != nil {
			log.Fatal(err)
		}
	}
	pngs := map[int][]byte{}
	for _, n := range icoSizes {
		var b bytes.Buffer
		if err := png.Encode(&b, raster(shapes, n)); err != nil {
			log.Fatal(err)
		}
		pngs[n] = b.Bytes()
	}
	data, err := ico(pngs, icoSizes)
	if err == nil {
		err = os.WriteFile(filepath.Join(*out, "icon.ico"), data, 0o644)
	}
	if err != nil {
		log.Fatal(err)
	}
}
