package export

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// goRGBA decodes data with image/png and converts it to premultiplied
// RGBA as reduce does a whole image: the rows pngFile must give.
func goRGBA(data []byte) (*image.RGBA, error) {
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	out := image.NewRGBA(image.Rect(0, 0, img.Bounds().Dx(), img.Bounds().Dy()))
	draw.Draw(out, out.Rect, img, img.Bounds().Min, draw.Src)
	return out, nil
}

// ourRGBA decodes data a row at a time with pngFile.
func ourRGBA(data []byte) (*image.RGBA, error) {
	p, err := readPNG(bufio.NewReader(bytes.NewReader(data)))
	if err != nil {
		return nil, err
	}
	if err := p.start(); err != nil {
		return nil, err
	}
	defer p.close()
	out := image.NewRGBA(image.Rect(0, 0, p.w, p.h))
	for y := range p.h {
		if err := p.next(out.Pix[y*out.Stride:]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// samplePNGs are PNGs of every colour type and bit depth, with and
// without transparency, and every filter: PngSuite's basic images from
// Go's sources (where present), and images encoded here with image/png,
// which chooses a filter for each row.
func samplePNGs(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	suite, _ := filepath.Glob(filepath.Join(runtime.GOROOT(), "src", "image", "png", "testdata", "pngsuite", "*.png"))
	for _, p := range suite {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = data
	}
	r := rand.New(rand.NewPCG(3, 4))
	const w, h = 37, 23 // odd sizes: partial bytes at the end of low-depth rows
	imgs := map[string]draw.Image{
		"gray":    image.NewGray(image.Rect(0, 0, w, h)),
		"gray16":  image.NewGray16(image.Rect(0, 0, w, h)),
		"rgb":     image.NewRGBA(image.Rect(0, 0, w, h)),
		"nrgba":   image.NewNRGBA(image.Rect(0, 0, w, h)),
		"rgb16":   image.NewRGBA64(image.Rect(0, 0, w, h)),
		"nrgba64": image.NewNRGBA64(image.Rect(0, 0, w, h)),
		"pal4": image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{
			color.NRGBA{255, 0, 0, 255}, color.NRGBA{0, 255, 0, 128}, color.NRGBA{0, 0, 255, 0}, color.NRGBA{9, 9, 9, 255}}),
	}
	for name, img := range imgs {
		for y := range h {
			for x := range w {
				// Gradients with noise, so that every filter wins somewhere.
				v := uint16(x*1700+y*900) + uint16(r.IntN(2000))
				a := uint16(0xffff)
				if name == "nrgba" || name == "nrgba64" {
					a = uint16(r.IntN(0x10000))
				}
				img.Set(x, y, color.NRGBA64{v, 0xffff - v, uint16(y * 2800), a})
			}
		}
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			t.Fatal(err)
		}
		out[name+".png"] = b.Bytes()
	}
	// Every filter on every kind of row, with the bytes a pixel takes
	// from 1 (grey, palettes) to 8 (16-bit RGBA).
	noise := func(y int, b []byte) {
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
	}
	for _, s := range []pngSpec{
		{w: 37, h: 25, depth: 1, ctype: 0}, {w: 37, h: 25, depth: 4, ctype: 0}, {w: 37, h: 25, depth: 8, ctype: 0},
		{w: 37, h: 25, depth: 16, ctype: 0}, {w: 37, h: 25, depth: 8, ctype: 2}, {w: 37, h: 25, depth: 16, ctype: 2},
		{w: 37, h: 25, depth: 2, ctype: 3, palette: bytes.Repeat([]byte{10, 200, 30}, 4)},
		{w: 37, h: 25, depth: 8, ctype: 4}, {w: 37, h: 25, depth: 16, ctype: 4},
		{w: 37, h: 25, depth: 8, ctype: 6}, {w: 37, h: 25, depth: 16, ctype: 6},
	} {
		s.row, s.filter = noise, everyFilter
		var b bytes.Buffer
		if err := writePNG(&b, s); err != nil {
			t.Fatal(err)
		}
		out[fmt.Sprintf("filtered-%d-%d.png", s.ctype, s.depth)] = b.Bytes()
	}
	return out
}

// pngFile decodes every kind of PNG to the colours image/png and
// image/draw make of it.
func TestPNGRowsMatchImagePNG(t *testing.T) {
	for name, data := range samplePNGs(t) {
		want, err := goRGBA(data)
		if err != nil {
			t.Errorf("%s: image/png: %v", name, err)
			continue
		}
		p, err := readPNG(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if p.interlaced {
			continue // decoded whole, by image/png
		}
		got, err := ourRGBA(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !bytes.Equal(got.Pix, want.Pix) {
			for i := range got.Pix {
				if got.Pix[i] != want.Pix[i] {
					t.Errorf("%s: pixel (%d, %d) is %v, image/png's %v", name, i/4%got.Stride, i/got.Stride,
						got.Pix[i&^3:i&^3+4], want.Pix[i&^3:i&^3+4])
					break
				}
			}
		}
	}
}

// Reading stops at the rows: what follows the image data is never read,
// and a file cut off within the image data is an error, not a hang or a
// short image.
func TestPNGRowsBounds(t *testing.T) {
	data := samplePNGs(t)["rgb.png"]
	padded := append(bytes.Clone(data), make([]byte, 1<<20)...)
	r := &countingReader{r: bytes.NewReader(padded)}
	p, err := readPNG(bufio.NewReaderSize(r, 4096))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.start(); err != nil {
		t.Fatal(err)
	}
	row := make([]byte, 4*p.w)
	for range p.h {
		if err := p.next(row); err != nil {
			t.Fatal(err)
		}
	}
	if r.n > len(data)+4096 {
		t.Errorf("read %d bytes of a %d-byte PNG followed by 1 MB of padding", r.n, len(data))
	}
	for _, cut := range []int{8, 20, 40, len(data) / 2} {
		if _, err := ourRGBA(data[:cut]); err == nil {
			t.Errorf("a PNG cut at byte %d of %d decodes", cut, len(data))
		}
	}
}

type countingReader struct {
	r *bytes.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// interlacedPNG is writeInterlaced's PNG, checked with image/png.
func interlacedPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := writeInterlaced(&b, w, h); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatalf("the interlaced PNG: %v", err)
	}
	if c := color.RGBAModel.Convert(img.At(w-1, h-1)).(color.RGBA); c != (color.RGBA{byte(w - 1), byte(h - 1), byte(w + h - 2), 255}) {
		t.Fatalf("the interlaced PNG's last pixel is %v", c)
	}
	return b.Bytes()
}

// FuzzPNGRows: no input makes pngFile panic, and whatever image/png
// decodes (not interlaced), pngFile decodes to the same colours.
func FuzzPNGRows(f *testing.F) {
	for _, data := range samplePNGs(f) {
		if len(data) < 20_000 {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Sizes are checked before rows are decoded, as reduce's callers do.
		if cfg, err := png.DecodeConfig(bytes.NewReader(data)); err == nil && cfg.Width*cfg.Height > 1<<20 {
			return
		}
		p, err := readPNG(bufio.NewReader(bytes.NewReader(data)))
		if err == nil && (p.w*p.h > 1<<20 || p.interlaced) {
			return
		}
		var got *image.RGBA
		if err == nil {
			got, err = ourRGBA(data)
		}
		want, werr := goRGBA(data)
		if werr != nil {
			return
		}
		if err != nil {
			t.Fatalf("image/png decodes it, pngFile does not: %v", err)
		}
		if !bytes.Equal(got.Pix, want.Pix) {
			t.Fatal("pngFile's colours differ from image/png's")
		}
	})
}
