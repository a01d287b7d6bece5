// Package raster draws laid-out pages into images for the screen preview:
// the editor shows the very layout.Document the PDF writer prints, glyph
// for glyph at the same positions, so that what is seen on screen is what
// comes out on paper.
//
// Like the PDF writer it decides nothing about where anything goes, and it
// reads no article: it draws a layout.Page with the faces the layout named
// (their TrueType outlines, filled with golang.org/x/image/vector), the
// rules and the figures. It must not import gopdf, the pdf writer or any
// UI package.
//
// Rendered glyphs are kept in a process-wide cache (by face, character,
// pixel size and a quarter-pixel horizontal offset; emptied when it passes
// 64 MB), so that redrawing a page after an edit costs little more than
// copying glyph masks: about 4 ms for a full A4 page at 96 dpi. Figures
// come decoded and scaled from Images, which reads and bounds the files
// (and may keep them, as export.Figures does). The cache is guarded by a
// mutex: Draw and Render may be called from several goroutines at once,
// each on its own image (never two on the same one).
package raster

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"golang.org/x/image/vector"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// Faces finds a face the layout named. *fonts.Library implements it.
type Faces interface {
	Face(name string) (*fonts.Face, error)
}

// Images gives the figures named in the article, decoded. export.Figures
// implements it, reading the files within the limits every read of an
// image keeps to.
type Images interface {
	// Picture returns the image at path scaled to w × h pixels. Draw
	// neither changes nor keeps it.
	Picture(path string, w, h int) (image.Image, error)
}

// Options are what Draw needs besides the page.
type Options struct {
	// Faces provides the faces the page's runs name. Nil draws no text
	// (and reports it).
	Faces Faces
	// Images provides the page's figures. Nil draws none (and reports it).
	Images Images
	// Background is the paper colour; nil is white.
	Background color.Color
}

// inkOf is the colour of a line or rule: its Colour when it has one, else
// its grey.
func inkOf(g layout.Grey, c layout.Colour) *image.Uniform {
	if !c.IsZero() {
		r, g, b := c.RGB()
		return image.NewUniform(color.RGBA{r, g, b, 255})
	}
	return image.NewUniform(color.RGBA{uint8(g), uint8(g), uint8(g), 255})
}

// Render draws page on a new image of the paper's size at dpi dots per
// inch (the width and height rounded up to whole pixels, as pdftoppm
// does). The image is returned even when the error lists something that
// could not be drawn (see Draw); it is nil only for a resolution outside
// (0, 2400] or a paper of no size.
func Render(page *layout.Page, paper layout.Paper, dpi float64, opt Options) (*image.RGBA, error) {
	if !(dpi > 0) || dpi > 2400 {
		return nil, fmt.Errorf("raster: implausible resolution %g dpi", dpi)
	}
	scale := dpi / 72 / float64(layout.Point) // pixels per Unit
	w := int(math.Ceil(float64(paper.Width) * scale))
	h := int(math.Ceil(float64(paper.Height) * scale))
	if w <= 0 || h <= 0 {
		return nil, fmt.Errorf("raster: empty paper %v × %v", paper.Width, paper.Height)
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	return dst, drawPage(dst, page, scale, opt)
}

// Draw draws page onto dst, which stands for the whole sheet of paper: the
// scale is dst's width over the paper's width, the same in both directions
// (a dst taller than the paper's proportion leaves a margin at the bottom;
// a shorter one cuts the page off).
//
// Everything that can be drawn is drawn. A run whose face cannot be found,
// a glyph the face has no outline for, or a figure that cannot be read or
// decoded is skipped, and the returned error lists each such problem
// once. Text in the empty face name (as the PDF writer treats it) is
// skipped silently.
func Draw(dst *image.RGBA, page *layout.Page, paper layout.Paper, opt Options) error {
	if paper.Width <= 0 {
		return fmt.Errorf("raster: paper of width %v", paper.Width)
	}
	return drawPage(dst, page, float64(dst.Bounds().Dx())/float64(paper.Width), opt)
}

// problems collects what could not be drawn, each once.
type problems struct {
	seen map[string]bool
	errs []error
}

func (p *problems) add(key string, err error) {
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	if !p.seen[key] {
		p.seen[key] = true
		p.errs = append(p.errs, err)
	}
}

// drawPage draws page onto dst at scale pixels per Unit.
func drawPage(dst *image.RGBA, page *layout.Page, scale float64, opt Options) error {
	b := dst.Bounds()
	var bg color.Color = color.White
	if opt.Background != nil {
		bg = opt.Background
	}
	draw.Draw(dst, b, image.NewUniform(bg), image.Point{}, draw.Src)
	if page == nil {
		return nil
	}
	var probs problems
	origin := b.Min

	for _, im := range page.Images {
		drawImage(dst, origin, im, scale, opt.Images, &probs)
	}
	for _, r := range page.Rules {
		drawRule(dst, origin, r, scale)
	}

	faces := map[string]*fonts.Face{}
	for i := range page.Lines {
		l := &page.Lines[i]
		ink := inkOf(l.Ink, l.Colour)
		baseline := float64(origin.Y) + float64(l.Y)*scale
		for _, r := range l.Runs {
			if r.Face == "" || len(r.Glyphs) == 0 {
				continue
			}
			face, seen := faces[r.Face]
			if !seen {
				var err error
				switch {
				case opt.Faces == nil:
					err = errors.New("no faces given")
				default:
					face, err = opt.Faces.Face(r.Face)
					if err == nil && face == nil {
						err = errors.New("not found")
					}
				}
				if err != nil {
					face = nil
					probs.add("face "+r.Face, fmt.Errorf("raster: font %s: %w", r.Face, err))
				}
				faces[r.Face] = face
			}
			if face == nil {
				continue
			}
			drawRun(dst, origin, baseline, face, r, scale, ink, &probs)
		}
	}
	return errors.Join(probs.errs...)
}

// drawRun draws a run's glyphs on a baseline. A glyph standing for several
// characters draws them one after the other at their natural advances,
// as a PDF viewer shows such text.
func drawRun(dst *image.RGBA, origin image.Point, baseline float64, face *fonts.Face, r layout.Run, scale float64, ink *image.Uniform, probs *problems) {
	em := float64(r.Size) * scale // pixels per em
	size := int32(math.Round(em * 64))
	if size <= 0 || size > 64*4096 {
		return
	}
	iy := int(math.Floor(baseline))
	for _, g := range r.Glyphs {
		x := float64(origin.X) + float64(g.X)*scale
		if g.ID != 0 {
			// The glyph the layout chose: the one the PDF prints.
			drawGlyph(dst, face, g.ID, x, iy, size, ink, probs, g.Text)
			continue
		}
		// Fonts that do not tell glyph IDs (tests' fakes): map the text.
		for _, c := range g.Text {
			id, _ := face.Glyph(c)
			drawGlyph(dst, face, id, x, iy, size, ink, probs, string(c))
			if adv, ok := face.Advance(c); ok {
				x += float64(adv) / 1000 * em
			}
		}
	}
}

// drawGlyph draws glyph id of face with its origin at x on row iy; text
// is what it stands for, for the report when the face has no outline.
func drawGlyph(dst *image.RGBA, face *fonts.Face, id uint16, x float64, iy int, size int32, ink *image.Uniform, probs *problems, text string) {
	ix, subx := quantise(x)
	m, ok := glyphs.mask(face, id, size, subx)
	if !ok {
		probs.add(fmt.Sprintf("glyph %s %q", face.Name(), text),
			fmt.Errorf("raster: font %s has no outline for %q", face.Name(), text))
	}
	if m.img != nil {
		pt := image.Pt(ix+m.dx, iy+m.dy)
		draw.DrawMask(dst, m.img.Rect.Add(pt), ink, image.Point{}, m.img, m.img.Rect.Min, draw.Over)
	}
}

// drawRule draws a rule at least a pixel wide. Horizontal and vertical
// rules, the only kinds layout makes, are snapped to whole pixels so that
// they stay crisp; others are filled as anti-aliased quadrilaterals.
func drawRule(dst *image.RGBA, origin image.Point, r layout.Rule, scale float64) {
	x1, y1 := float64(origin.X)+float64(r.X1)*scale, float64(origin.Y)+float64(r.Y1)*scale
	x2, y2 := float64(origin.X)+float64(r.X2)*scale, float64(origin.Y)+float64(r.Y2)*scale
	w := float64(r.Width) * scale
	ink := inkOf(r.Ink, r.Colour)
	// The rows (or columns) a band of width w centred on c fills: its
	// edges rounded to the nearest pixel boundary, at least one pixel
	// apart, as poppler's stroke adjustment does.
	snap := func(c, w float64) (int, int) {
		a, b := int(math.Round(c-w/2)), int(math.Round(c+w/2))
		return a, max(b, a+1)
	}
	switch {
	case r.Y1 == r.Y2:
		a, b := snap(y1, w)
		rect := image.Rect(int(math.Round(min(x1, x2))), a, int(math.Round(max(x1, x2))), b)
		draw.Draw(dst, rect, ink, image.Point{}, draw.Over)
	case r.X1 == r.X2:
		a, b := snap(x1, w)
		rect := image.Rect(a, int(math.Round(min(y1, y2))), b, int(math.Round(max(y1, y2))))
		draw.Draw(dst, rect, ink, image.Point{}, draw.Over)
	default:
		w = max(w, 1)
		dx, dy := x2-x1, y2-y1
		n := math.Hypot(dx, dy)
		nx, ny := -dy/n*w/2, dx/n*w/2 // half the width, across the rule
		bx0 := int(math.Floor(min(x1, x2) - w))
		by0 := int(math.Floor(min(y1, y2) - w))
		bx1 := int(math.Ceil(max(x1, x2) + w))
		by1 := int(math.Ceil(max(y1, y2) + w))
		if bx1-bx0 > 1<<15 || by1-by0 > 1<<15 {
			return
		}
		var z vector.Rasterizer
		z.Reset(bx1-bx0, by1-by0)
		p := func(x, y float64) (float32, float32) { return float32(x - float64(bx0)), float32(y - float64(by0)) }
		z.MoveTo(p(x1+nx, y1+ny))
		z.LineTo(p(x2+nx, y2+ny))
		z.LineTo(p(x2-nx, y2-ny))
		z.LineTo(p(x1-nx, y1-ny))
		z.ClosePath()
		mask := image.NewAlpha(image.Rect(0, 0, bx1-bx0, by1-by0))
		z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
		draw.DrawMask(dst, mask.Rect.Add(image.Pt(bx0, by0)), ink, image.Point{}, mask, image.Point{}, draw.Over)
	}
}

// drawImage draws a figure scaled into its rectangle.
func drawImage(dst *image.RGBA, origin image.Point, im layout.Image, scale float64, images Images, probs *problems) {
	x0 := origin.X + int(math.Round(float64(im.X)*scale))
	y0 := origin.Y + int(math.Round(float64(im.Y)*scale))
	x1 := origin.X + int(math.Round(float64(im.X+im.W)*scale))
	y1 := origin.Y + int(math.Round(float64(im.Y+im.H)*scale))
	rect := image.Rect(x0, y0, x1, y1)
	if rect.Empty() || !rect.Overlaps(dst.Bounds()) {
		return
	}
	if images == nil {
		probs.add("images", errors.New("raster: no images given"))
		return
	}
	if rect.Dx() > 1<<14 || rect.Dy() > 1<<14 {
		probs.add("image "+im.Path, fmt.Errorf("raster: image %s: drawn %d × %d pixels: too large", im.Path, rect.Dx(), rect.Dy()))
		return
	}
	pic, err := images.Picture(im.Path, rect.Dx(), rect.Dy())
	if err == nil && pic.Bounds().Size() != rect.Size() {
		err = fmt.Errorf("the picture is %v, not %v", pic.Bounds().Size(), rect.Size())
	}
	if err != nil {
		probs.add("image "+im.Path, fmt.Errorf("raster: image %s: %w", im.Path, err))
		return
	}
	draw.Draw(dst, rect, pic, pic.Bounds().Min, draw.Over)
}

// subpixels is how many horizontal positions within a pixel a glyph is
// rendered at.
//
// Glyph positions are rounded as poppler's Splash rasteriser rounds them
// (pdftoppm, and the PDF viewers built on poppler): down to a quarter of a
// pixel across, and the baseline down to a whole pixel. Rounding to the
// nearest instead would be as accurate on its own but moves thin strokes
// by a pixel against what those viewers show of the same PDF: at 60 dpi
// 3.4 % of the preview's dark pixels then fall off poppler's, 1.4 % when
// rounding as it does.
const subpixels = 4

// quantise splits a pixel coordinate into a whole pixel and a number of
// subpixels, both rounded down.
func quantise(v float64) (int, uint8) {
	i := math.Floor(v)
	sub := int(math.Floor((v - i) * subpixels))
	if sub == subpixels {
		i, sub = i+1, 0
	}
	return int(i), uint8(sub)
}

// glyphKey identifies a rendered glyph.
type glyphKey struct {
	face *fonts.Face
	id   uint16
	size int32 // pixels per em, in 64ths
	sub  uint8 // offset right, in subpixels
}

// glyphMask is a rendered glyph: its coverage, placed with its top-left
// corner at (dx, dy) from the pen position on the baseline. img is nil for
// a blank glyph.
type glyphMask struct {
	img    *image.Alpha
	dx, dy int
	ok     bool // the face has an outline for the character
}

// glyphCache holds rendered glyphs across calls and goroutines. It is
// emptied whenever it grows past maxBytes, which at screen sizes holds
// every glyph of several pages at several zoom levels.
type glyphCache struct {
	mu    sync.Mutex
	m     map[glyphKey]glyphMask
	bytes int
}

const maxGlyphCacheBytes = 64 << 20

var glyphs = glyphCache{m: map[glyphKey]glyphMask{}}

// rasterizers are reused across glyphs: a Rasterizer keeps its buffers.
var rasterizers = sync.Pool{New: func() any { return new(vector.Rasterizer) }}

// mask returns glyph id of face rendered at size/64 pixels per em, its
// origin sub/subpixels pixel right of a pixel corner. ok is false when the
// face has no outline for it.
func (c *glyphCache) mask(face *fonts.Face, id uint16, size int32, sub uint8) (glyphMask, bool) {
	k := glyphKey{face, id, size, sub}
	c.mu.Lock()
	m, hit := c.m[k]
	c.mu.Unlock()
	if hit {
		return m, m.ok
	}
	// Render outside the lock: another goroutine rendering the same glyph
	// meanwhile costs a little work, never a wrong result.
	m = render(face, id, float32(size)/64, float32(sub)/subpixels)
	n := 64
	if m.img != nil {
		n += len(m.img.Pix)
	}
	c.mu.Lock()
	if c.bytes+n > maxGlyphCacheBytes {
		clear(c.m)
		c.bytes = 0
	}
	c.m[k] = m
	c.bytes += n
	c.mu.Unlock()
	return m, m.ok
}

// render fills glyph id's outline at em pixels per em, its origin sub
// pixels right of a pixel corner, on the corner's row boundary.
func render(face *fonts.Face, id uint16, em, sub float32) glyphMask {
	o, ok := face.GlyphOutline(id)
	if !ok {
		return glyphMask{}
	}
	if len(o.Segments) == 0 {
		return glyphMask{ok: true}
	}
	// Pixel coordinates relative to the pen on the baseline, y down.
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, s := range o.Segments {
		n := 0
		switch s.Op {
		case fonts.MoveTo, fonts.LineTo:
			n = 1
		case fonts.QuadTo:
			n = 2
		}
		for _, p := range s.Args[:n] {
			x, y := sub+p[0]*em, -p[1]*em
			minX, maxX = min(minX, x), max(maxX, x)
			minY, maxY = min(minY, y), max(maxY, y)
		}
	}
	x0, y0 := int(math.Floor(float64(minX))), int(math.Floor(float64(minY)))
	x1, y1 := int(math.Ceil(float64(maxX))), int(math.Ceil(float64(maxY)))
	if x1 <= x0 || y1 <= y0 || x1-x0 > 1<<13 || y1-y0 > 1<<13 {
		return glyphMask{ok: true}
	}
	w, h := x1-x0, y1-y0
	z := rasterizers.Get().(*vector.Rasterizer)
	defer rasterizers.Put(z)
	z.Reset(w, h)
	ox, oy := sub-float32(x0), -float32(y0)
	for _, s := range o.Segments {
		a, b := s.Args[0], s.Args[1]
		switch s.Op {
		case fonts.MoveTo:
			z.MoveTo(ox+a[0]*em, oy-a[1]*em)
		case fonts.LineTo:
			z.LineTo(ox+a[0]*em, oy-a[1]*em)
		case fonts.QuadTo:
			z.QuadTo(ox+a[0]*em, oy-a[1]*em, ox+b[0]*em, oy-b[1]*em)
		case fonts.Close:
			z.ClosePath()
		}
	}
	img := image.NewAlpha(image.Rect(0, 0, w, h))
	z.Draw(img, img.Rect, image.Opaque, image.Point{})
	return glyphMask{img: img, dx: x0, dy: y0, ok: true}
}
