package export

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/jpeg"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// This file makes the hostile images of issue 11 (items 10 and 11): files
// too large to commit, and special files git cannot hold. The tests of
// image_test.go make the ones they need; scripts/hostile.sh has
// TestWriteHostileImages write all of them, each with an article of its
// own, into a folder, for measuring `paiban export` on them.

// pngSpec is what writePNG writes: an image of w × h pixels of the given
// PNG bit depth and colour type (0 grey, 2 RGB, 3 palette, 4 grey and
// alpha, 6 RGBA), its rows made by row (filter byte excluded).
type pngSpec struct {
	w, h, depth, ctype int
	palette            []byte // PLTE, for ctype 3
	row                func(y int, b []byte)
	// filter, when set, gives the filter type of row y (0 none, 1 sub,
	// 2 up, 3 average, 4 Paeth); otherwise no row is filtered.
	filter func(y int) byte
}

// everyFilter filters the rows with each filter type in turn.
func everyFilter(y int) byte { return byte(y % 5) }

// upFilter filters each row but the first by the one above it: an image
// of identical rows compresses to almost nothing.
func upFilter(y int) byte { return byte(min(y, 1) * 2) }

// writePNG writes spec as a PNG file to w, streaming the rows through the
// compressor: a 10 000 × 10 000 RGBA image never exists in memory.
func writePNG(w io.Writer, spec pngSpec) error {
	bw := bufio.NewWriter(w)
	chunk := func(typ string, data []byte) {
		var n [4]byte
		binary.BigEndian.PutUint32(n[:], uint32(len(data)))
		bw.Write(n[:])
		bw.WriteString(typ)
		bw.Write(data)
		crc := crc32.NewIEEE()
		crc.Write([]byte(typ))
		crc.Write(data)
		binary.BigEndian.PutUint32(n[:], crc.Sum32())
		bw.Write(n[:])
	}
	bw.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(spec.w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(spec.h))
	ihdr[8], ihdr[9] = byte(spec.depth), byte(spec.ctype)
	chunk("IHDR", ihdr)
	if spec.palette != nil {
		chunk("PLTE", spec.palette)
	}
	channels := map[int]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[spec.ctype]
	rowBytes := (spec.w*channels*spec.depth + 7) / 8
	// The compressed rows go out in IDAT chunks of up to 64 KB.
	idat := &chunkWriter{emit: func(b []byte) { chunk("IDAT", b) }}
	level := zlib.BestSpeed
	if spec.filter != nil {
		level = zlib.BestCompression
	}
	z, _ := zlib.NewWriterLevel(idat, level)
	row, prev, out := make([]byte, 1+rowBytes), make([]byte, 1+rowBytes), make([]byte, 1+rowBytes)
	bpp := max(1, channels*spec.depth/8)
	for y := range spec.h {
		clear(row)
		spec.row(y, row[1:])
		copy(out, row)
		if spec.filter != nil {
			out[0] = spec.filter(y)
			filterRow(out[0], out[1:], row[1:], prev[1:], bpp)
		}
		if _, err := z.Write(out); err != nil {
			return err
		}
		row, prev = prev, row
	}
	if err := z.Close(); err != nil {
		return err
	}
	idat.flush()
	chunk("IEND", nil)
	return bw.Flush()
}

// filterRow writes into out row filtered with PNG filter type f, given
// the row above it and the bytes a pixel takes.
func filterRow(f byte, out, row, prev []byte, bpp int) {
	for i := range row {
		var a, b, c int
		if i >= bpp {
			a, c = int(row[i-bpp]), int(prev[i-bpp])
		}
		b = int(prev[i])
		var pred int
		switch f {
		case 1:
			pred = a
		case 2:
			pred = b
		case 3:
			pred = (a + b) / 2
		case 4:
			p := a + b - c
			pa, pb, pc := abs(p-a), abs(p-b), abs(p-c)
			switch {
			case pa <= pb && pa <= pc:
				pred = a
			case pb <= pc:
				pred = b
			default:
				pred = c
			}
		}
		out[i] = row[i] - byte(pred)
	}
}

// chunkWriter cuts what is written to it into pieces of up to 64 KB.
type chunkWriter struct {
	buf  []byte
	emit func([]byte)
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	c.buf = append(c.buf, p...)
	for len(c.buf) >= 1<<16 {
		c.emit(c.buf[:1<<16])
		c.buf = c.buf[1<<16:]
	}
	return len(p), nil
}

func (c *chunkWriter) flush() {
	if len(c.buf) > 0 {
		c.emit(c.buf)
	}
	c.buf = nil
}

// uniformRGBA is a w × h RGBA PNG all of one colour: 400 MB of pixels at
// 10 000 × 10 000 in a file of 400 KB.
func uniformRGBA(w, h, depth int) pngSpec {
	return pngSpec{w: w, h: h, depth: depth, ctype: 6, row: func(y int, b []byte) {
		for i := range b {
			b[i] = 0x80
		}
	}}
}

// stripes is a w × h one-bit image of black and white stripes ten pixels
// wide: 10 000 × 10 000 pixels in a file of some 12 KB.
func stripes(w, h int) pngSpec {
	return pngSpec{w: w, h: h, depth: 1, ctype: 3, palette: []byte{0, 0, 0, 255, 255, 255}, filter: upFilter, row: func(y int, b []byte) {
		for x := 0; x < w; x++ {
			if x/10%2 == 1 {
				b[x/8] |= 0x80 >> (x % 8)
			}
		}
	}}
}

// noiseRGB is a w × h RGB image of random pixels: it does not compress,
// so the file is as large as the pixels.
func noiseRGB(w, h int) pngSpec {
	r := rand.New(rand.NewPCG(1, 2))
	return pngSpec{w: w, h: h, depth: 8, ctype: 2, row: func(y int, b []byte) {
		for i := range b {
			b[i] = byte(r.Uint32())
		}
	}}
}

// writePNGFile writes spec to path.
func writePNGFile(path string, spec pngSpec) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := writePNG(f, spec); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeInterlaced writes a w × h RGB gradient as an interlaced (Adam7)
// PNG, which image/png cannot write: pixel (x, y) is (x, y, x+y) mod 256.
func writeInterlaced(w io.Writer, width, height int) error {
	bw := bufio.NewWriter(w)
	chunk := func(typ string, data []byte) {
		binary.Write(bw, binary.BigEndian, uint32(len(data)))
		bw.WriteString(typ)
		bw.Write(data)
		binary.Write(bw, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	}
	bw.WriteString("\x89PNG\r\n\x1a\n")
	hdr := make([]byte, 13)
	binary.BigEndian.PutUint32(hdr, uint32(width))
	binary.BigEndian.PutUint32(hdr[4:], uint32(height))
	hdr[8], hdr[9], hdr[12] = 8, 2, 1
	chunk("IHDR", hdr)
	idat := &chunkWriter{emit: func(b []byte) { chunk("IDAT", b) }}
	z, _ := zlib.NewWriterLevel(idat, zlib.BestSpeed)
	passes := [7][4]int{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}
	for _, p := range passes {
		for y := p[1]; y < height && p[0] < width; y += p[3] {
			row := []byte{0}
			for x := p[0]; x < width; x += p[2] {
				row = append(row, byte(x), byte(y), byte(x+y))
			}
			if _, err := z.Write(row); err != nil {
				return err
			}
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	idat.flush()
	chunk("IEND", nil)
	return bw.Flush()
}

// pngHeaderOnly is a PNG file whose header declares a w × h image of the
// bit depth and colour type given, with image data for one row: enough
// for every check made before decoding, in 70 bytes.
func pngHeaderOnly(w, h, depth, ctype int) []byte {
	var b bytes.Buffer
	writePNG(&b, pngSpec{w: w, h: 1, depth: depth, ctype: ctype, row: func(int, []byte) {}})
	data := b.Bytes()
	binary.BigEndian.PutUint32(data[20:], uint32(h))
	binary.BigEndian.PutUint32(data[29:], crc32.ChecksumIEEE(data[12:29]))
	return data
}

// writePadded writes a 1 × 1 PNG followed by zeros up to size bytes: a
// sparse file, so that 2 GB take no disk and no time.
func writePadded(path string, size int64) error {
	if err := writePNGFile(path, pngSpec{w: 1, h: 1, depth: 8, ctype: 2, row: func(int, []byte) {}}); err != nil {
		return err
	}
	return os.Truncate(path, size)
}

// jpegHeader is the start of a JFIF file that declares a w × h image of
// comps components, baseline (SOF0) or progressive (SOF2), with no
// picture after it: enough for every check made before decoding.
func jpegHeader(w, h, comps int, progressive bool) []byte {
	b := []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0}
	sof := byte(0xC0)
	if progressive {
		sof = 0xC2
	}
	b = append(b, 0xFF, sof)
	n := 8 + 3*comps
	b = append(b, byte(n>>8), byte(n), 8, byte(h>>8), byte(h), byte(w>>8), byte(w), byte(comps))
	for i := range comps {
		b = append(b, byte(i+1), 0x11, 0)
	}
	return append(b, 0xFF, 0xD9)
}

// writeJPEG writes a w × h JPEG of a smooth gradient at quality 90.
func writeJPEG(path string, w, h int) error {
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	for y := range h {
		for x := range w {
			img.Y[y*img.YStride+x] = uint8((x + y) * 255 / (w + h))
		}
	}
	for i := range img.Cb {
		img.Cb[i], img.Cr[i] = 100, 150
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := jpeg.Encode(bw, img, &jpeg.Options{Quality: 90}); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// figureArticle is an article of one paragraph and one figure at path.
func figureArticle(path string) string {
	return "---\ntitle: 圖片測試\nlang: zh-Hant\n---\n\n本文只有一張圖。\n\n![圖一](" + path + ")\n"
}

// hostileImage is one case of the hostile set: an article name and how to
// make the file its figure names (nil for a path that exists anyway).
type hostileImage struct {
	name, file string
	make       func(path string) error
}

// hostileImages are the cases TestWriteHostileImages writes. The last ones
// are accepted: the largest images a user may give.
var hostileImages = []hostileImage{
	{"image-padded", "padded.png", func(p string) error { return writePadded(p, 2<<30) }},
	{"image-10k-rgba", "10k-rgba.png", func(p string) error { return writePNGFile(p, uniformRGBA(10_000, 10_000, 8)) }},
	{"image-8k-rgba", "8k-rgba.png", func(p string) error { return writePNGFile(p, uniformRGBA(8_000, 8_000, 8)) }},
	{"image-10k-rgba16", "10k-rgba16.png", func(p string) error { return os.WriteFile(p, pngHeaderOnly(10_000, 10_000, 16, 6), 0o644) }},
	{"image-10k-stripes", "10k-stripes.png", func(p string) error { return writePNGFile(p, stripes(10_000, 10_000)) }},
	{"image-fifo", "fifo.png", mkfifo},
	{"image-directory", "folder.png", func(p string) error { return os.Mkdir(p, 0o755) }},
	{"image-dev-zero", "/dev/zero", nil},
	{"image-progressive-10k", "progressive-10k.jpg", func(p string) error {
		return os.WriteFile(p, jpegHeader(10_000, 10_000, 3, true), 0o644)
	}},
	{"image-cmyk-10k", "cmyk-10k.jpg", func(p string) error {
		return os.WriteFile(p, jpegHeader(10_000, 10_000, 4, false), 0o644)
	}},
	{"image-jpeg-10k", "10k.jpg", func(p string) error { return writeJPEG(p, 10_000, 10_000) }},
	{"image-noise-48mb", "noise-48mb.png", func(p string) error { return writePNGFile(p, noiseRGB(4_000, 4_000)) }},
	{"image-padded-49mb", "padded-49mb.png", func(p string) error { return writePadded(p, 49<<20) }},
	{"image-interlaced-5k", "interlaced-5k.png", func(p string) error {
		f, err := os.Create(p)
		if err != nil {
			return err
		}
		if err := writeInterlaced(f, 5_000, 5_000); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}},
}

// TestWriteHostileImages writes the hostile set into $PAIBAN_HOSTILE_DIR
// (scripts/hostile.sh); without it, it does nothing.
func TestWriteHostileImages(t *testing.T) {
	dir := os.Getenv("PAIBAN_HOSTILE_DIR")
	if dir == "" {
		t.Skip("PAIBAN_HOSTILE_DIR not set")
	}
	for _, c := range hostileImages {
		path := c.file
		if c.make != nil {
			path = filepath.Join(dir, c.file)
			os.Remove(path)
			if err := c.make(path); err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
		}
		md := filepath.Join(dir, c.name+".md")
		if err := os.WriteFile(md, []byte(figureArticle(c.file)), 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Println(md)
	}
}
