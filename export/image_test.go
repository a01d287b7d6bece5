package export

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// imageLib is one font library for the tests of this file: loading the
// embedded faces once saves each test its time.
var imageLib = fonts.NewLibrary()

// hangGuard is how long an export may take in these tests before it is
// taken to be blocked (on a FIFO, say): far beyond what any takes, so that
// it fails a hang and never a slow machine.
const hangGuard = 2 * time.Minute

// exportFigure writes an article of one figure naming file into dir and
// exports it, failing the test if the export has not returned within
// hangGuard; unblock, if given, is called then to release it.
func exportFigure(t *testing.T, dir, file string, unblock func()) (md, out string, doc *layout.Document, err error) {
	t.Helper()
	md = filepath.Join(dir, "article.md")
	if err := os.WriteFile(md, []byte(figureArticle(file)), 0o644); err != nil {
		t.Fatal(err)
	}
	out = filepath.Join(dir, "out.pdf")
	type result struct {
		doc *layout.Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		job, err := Open(md, imageLib)
		if err != nil {
			done <- result{nil, err}
			return
		}
		doc, err := job.WritePDF(out, Settings{Preset: layout.Medium, Paper: layout.A4})
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		return md, out, r.doc, r.err
	case <-time.After(hangGuard):
		if unblock != nil {
			unblock()
		}
		t.Fatalf("the export of a figure %s did not return in %v: blocked", file, hangGuard)
	}
	return
}

// Hostile figures are refused before they are read, as a layout problem
// at the figure's place (file:line:col) saying what is wrong and the
// limit, and no PDF is written. None blocks: a FIFO is refused, not
// waited on.
func TestHostileImagesRefused(t *testing.T) {
	cases := []struct {
		name, file string
		make       func(path string) error
		unblock    func(path string) // releases an export blocked on the file
		want       string
	}{
		{"1 × 1 PNG padded to 2 GB", "padded.png", func(p string) error { return writePadded(p, 2<<30) }, nil,
			"the image file is 2 GB; the largest accepted is 50 MB"},
		{"FIFO", "fifo.png", mkfifo, openWriteEnd,
			"a named pipe, not a file"},
		{"folder", "folder.png", func(p string) error { return os.Mkdir(p, 0o755) }, nil,
			"a folder, not a file"},
		{"/dev/zero", "/dev/zero", nil, nil, "a device, not a file"},
		{"16-bit RGBA, 10 000 × 10 000", "rgba16.png", func(p string) error {
			return os.WriteFile(p, pngHeaderOnly(10_000, 10_000, 16, 6), 0o644)
		}, nil, "the image is 10000 × 10000 pixels: 763 MB decoded; the largest accepted is 400 MB"},
		{"progressive JPEG, 10 000 × 10 000", "progressive.jpg", func(p string) error {
			return os.WriteFile(p, jpegHeader(10_000, 10_000, 3, true), 0o644)
		}, nil, "decoding this progressive JPEG of 10000 × 10000 pixels would take 1431 MB of memory; the largest accepted is 256 MB"},
		{"CMYK JPEG, 10 000 × 10 000", "cmyk.jpg", func(p string) error {
			return os.WriteFile(p, jpegHeader(10_000, 10_000, 4, false), 0o644)
		}, nil, "decoding this CMYK JPEG of 10000 × 10000 pixels would take 763 MB of memory"},
		{"GIF", "anim.gif", func(p string) error { return os.WriteFile(p, []byte("GIF89a\x01\x00\x01\x00"), 0o644) }, nil,
			"not a PNG or JPEG image: it is a GIF image"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := c.file
			if c.make != nil {
				path = filepath.Join(dir, c.file)
				if err := c.make(path); err != nil {
					t.Skipf("cannot make the file: %v", err)
				}
			}
			var unblock func()
			if c.unblock != nil {
				unblock = func() { c.unblock(path) }
			}
			md, out, _, err := exportFigure(t, dir, c.file, unblock)
			if err == nil {
				t.Fatal("exported")
			}
			want := fmt.Sprintf("%s:8:1: image %q cannot be used: ", md, c.file)
			if msg := err.Error(); !strings.Contains(msg, want) || !strings.Contains(msg, c.want) {
				t.Errorf("error\n%v\nwant it to say\n%s…%s", err, want, c.want)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a PDF was written (%v)", err)
			}
		})
	}
}

// openWriteEnd opens a FIFO for writing and closes it, which lets a
// reader blocked opening it go on.
func openWriteEnd(path string) {
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		f.Close()
	}
}

// embeddedImages lists the width and height of every image XObject of a
// PDF (gopdf writes their dictionaries uncompressed).
func embeddedImages(t *testing.T, pdf []byte) [][2]int {
	t.Helper()
	re := regexp.MustCompile(`/Subtype /Image\s*/Width (\d+)\s*/Height (\d+)`)
	var out [][2]int
	for _, m := range re.FindAllSubmatch(pdf, -1) {
		w, _ := strconv.Atoi(string(m[1]))
		h, _ := strconv.Atoi(string(m[2]))
		out = append(out, [2]int{w, h})
	}
	return out
}

// atMost300dpi checks that every image embedded in the PDF at out has at
// most the pixels its printed size needs at 300 dpi, and returns them.
func atMost300dpi(t *testing.T, out string, doc *layout.Document) [][2]int {
	t.Helper()
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var placed *layout.Image
	for i := range doc.Pages {
		for j := range doc.Pages[i].Images {
			placed = &doc.Pages[i].Images[j]
		}
	}
	if placed == nil {
		t.Fatal("no figure placed")
	}
	maxW := int(math.Ceil(placed.W.Points() * 300 / 72))
	maxH := int(math.Ceil(placed.H.Points() * 300 / 72))
	imgs := embeddedImages(t, data)
	if len(imgs) == 0 {
		t.Fatal("no image in the PDF")
	}
	for _, wh := range imgs {
		if wh[0] > maxW || wh[1] > maxH {
			t.Errorf("an image of %d × %d pixels is embedded, printed %.0f × %.0f pt: more than 300 dpi (%d × %d)",
				wh[0], wh[1], placed.W.Points(), placed.H.Points(), maxW, maxH)
		}
	}
	return imgs
}

// A 10 000 × 10 000 RGBA PNG of 400 KB, 400 MB of pixels (it took 1.9 GB
// to export), is reduced while it is decoded, a row at a time: it is
// embedded at 300 dpi of its printed size, and the whole export allocates
// less than 300 MB. Under the race detector, which makes every pixel
// slow, the image is 10 000 × 1 500.
func TestHugePNGReduced(t *testing.T) {
	h := 10_000
	if raceEnabled {
		h = 1_500
	}
	dir := t.TempDir()
	if err := writePNGFile(filepath.Join(dir, "huge.png"), uniformRGBA(10_000, h, 8)); err != nil {
		t.Fatal(err)
	}
	// Warm the fonts, so that the count below is the image's.
	if _, _, _, err := exportFigure(t, t.TempDir(), "none.png", nil); err == nil {
		t.Fatal("a missing figure exported")
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, out, doc, err := exportFigure(t, dir, "huge.png", nil)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	imgs := atMost300dpi(t, out, doc)
	if imgs[0][0] < 1000 {
		t.Errorf("embedded %v: reduced further than 300 dpi", imgs[0])
	}
	const most = 300 << 20
	if n := after.TotalAlloc - before.TotalAlloc; n > most {
		t.Errorf("the export allocated %d MB; at most %d MB expected", n>>20, most>>20)
	}
}

// A 10 000 × 10 000 one-bit PNG of black and white stripes is embedded as
// grey at 300 dpi, and its stripes survive as shades.
func TestHugePalettedPNGReduced(t *testing.T) {
	if raceEnabled {
		t.Skip("10⁸ pixels are too slow under the race detector (TestHugePNGReduced covers the path)")
	}
	exportReduced(t, t.TempDir(), "stripes.png", func(p string) error { return writePNGFile(p, stripes(10_000, 10_000)) },
		"/ColorSpace /DeviceGray")
}

// exportReduced makes a figure file in dir with make, exports an article
// of it, and checks that it is embedded at 300 dpi at most, and that the
// PDF says want (of how it is embedded).
func exportReduced(t *testing.T, dir, file string, make func(path string) error, want string) {
	t.Helper()
	if err := make(filepath.Join(dir, file)); err != nil {
		t.Fatal(err)
	}
	_, out, doc, err := exportFigure(t, dir, file, nil)
	if err != nil {
		t.Fatal(err)
	}
	atMost300dpi(t, out, doc)
	if data, _ := os.ReadFile(out); !bytes.Contains(data, []byte(want)) {
		t.Errorf("%s is not embedded with %s", file, want)
	}
}

// A JPEG larger than the print needs is embedded as a JPEG at 300 dpi; one
// that is not is embedded byte for byte as it is.
func TestJPEGReducedOrKept(t *testing.T) {
	dir := t.TempDir()
	exportReduced(t, dir, "big.jpg", func(p string) error { return writeJPEG(p, 2_600, 2_000) }, "/Filter /DCTDecode")

	small := filepath.Join(dir, "small.jpg")
	if err := writeJPEG(small, 400, 300); err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile(small)
	_, out, _, err := exportFigure(t, dir, "small.jpg", nil)
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(out); !bytes.Contains(data, orig) {
		t.Error("the small JPEG is not embedded as it is")
	}
}

// A 16-bit PNG, which gopdf cannot embed (the export failed), and an
// interlaced one, are decoded and embedded as 8-bit PNGs at their size.
func TestPNGReencoded(t *testing.T) {
	dir := t.TempDir()
	img := image.NewNRGBA64(image.Rect(0, 0, 300, 200))
	for y := range 200 {
		for x := range 300 {
			img.SetNRGBA64(x, y, color.NRGBA64{uint16(x * 200), uint16(y * 300), 0x8000, 0xffff})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "deep.png"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "interlaced.png"), interlacedPNG(t, 300, 200), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"deep.png", "interlaced.png"} {
		_, out, _, err := exportFigure(t, dir, name, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		data, _ := os.ReadFile(out)
		if imgs := embeddedImages(t, data); len(imgs) == 0 || imgs[0] != [2]int{300, 200} {
			t.Errorf("%s: embedded %v, want 300 × 200", name, imgs)
		}
	}
}

// The hostile articles of testdata/hostile that are about images: each is
// refused with its place and the reason, or exported, without blocking.
func TestHostileTestdataImages(t *testing.T) {
	mds, _ := filepath.Glob("testdata/hostile/image-*.md")
	if len(mds) == 0 {
		t.Fatal("no testdata/hostile/image-*.md")
	}
	accepted := map[string]bool{"image-stripes-10k.md": true}
	for _, md := range mds {
		t.Run(filepath.Base(md), func(t *testing.T) {
			if raceEnabled && accepted[filepath.Base(md)] {
				t.Skip("10⁸ pixels are too slow under the race detector")
			}
			out := filepath.Join(t.TempDir(), "out.pdf")
			done := make(chan error, 1)
			go func() {
				job, err := Open(md, imageLib)
				if err == nil {
					_, err = job.WritePDF(out, Settings{})
				}
				done <- err
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(hangGuard):
				t.Fatalf("blocked for %v", hangGuard)
			}
			switch {
			case accepted[filepath.Base(md)] && err != nil:
				t.Errorf("refused: %v", err)
			case !accepted[filepath.Base(md)] && err == nil:
				t.Error("exported")
			case err != nil && !strings.Contains(err.Error(), md+":8:1: image "):
				t.Errorf("the refusal does not give the figure's place: %v", err)
			}
		})
	}
}
