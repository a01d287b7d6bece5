package raster_test

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testenv"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/pdf"
	"github.com/paiban/paiban/layout/raster"
)

const testdata = "../../export/testdata"

// figures reads the figures of export's test articles, as the editor does.
var figures = export.Figures{Dir: testdata}

// layoutArticle lays out an article of export/testdata at 中.
func layoutArticle(tb testing.TB, name string, paper layout.Paper) (*layout.Document, *fonts.Library) {
	tb.Helper()
	lib := fonts.NewLibrary()
	job, err := export.Open(filepath.Join(testdata, name), lib)
	if err != nil {
		tb.Fatal(err)
	}
	doc := job.Layout(export.Settings{Preset: layout.Medium, Paper: paper})
	if len(doc.Pages) == 0 {
		tb.Fatal("no pages")
	}
	return doc, lib
}

func gray(c color.Color) uint8 {
	r, g, b, _ := c.RGBA()
	return uint8((299*r + 587*g + 114*b) / 1000 >> 8)
}

// darkness is the share of dark pixels in r.
func darkness(img image.Image, r image.Rectangle) (dark, total int) {
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			total++
			if gray(img.At(x, y)) < 128 {
				dark++
			}
		}
	}
	return dark, total
}

func savePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Every body line of the seed article's first page is inked across its em
// box, from X0 to X1, and the space between lines is white.
func TestSeedPageLines(t *testing.T) {
	doc, lib := layoutArticle(t, "seed-tax-article.md", layout.A4)
	const dpi = 60
	img, err := raster.Render(&doc.Pages[0], doc.Paper, dpi, raster.Options{Faces: lib, Images: figures})
	if err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("RASTER_PNG"); out != "" {
		savePNG(t, out, img)
	}
	wantW := int(math.Ceil(doc.Paper.Width.Points() * dpi / 72))
	if img.Bounds().Dx() != wantW {
		t.Errorf("width %d px, want %d", img.Bounds().Dx(), wantW)
	}
	px := func(u layout.Unit) float64 { return u.Points() * dpi / 72 }

	type box struct {
		l    *layout.Line
		idx  int // in the page's lines
		em   float64
		top  float64 // em box, pixels
		bot  float64
		x0   float64
		x1   float64
		rect image.Rectangle // the em box, rounded inwards
	}
	var body []box
	for i := range doc.Pages[0].Lines {
		l := &doc.Pages[0].Lines[i]
		if l.Kind != layout.KindBody || len(l.Runs) == 0 {
			continue
		}
		em := px(l.Runs[0].Size)
		b := box{l: l, idx: i, em: em, top: px(l.Y) - 0.88*em, bot: px(l.Y) + 0.12*em, x0: px(l.X0), x1: px(l.X1)}
		b.rect = image.Rect(int(math.Ceil(b.x0)), int(math.Ceil(b.top)), int(math.Floor(b.x1)), int(math.Floor(b.bot)))
		body = append(body, b)
	}
	if len(body) < 20 {
		t.Fatalf("%d body lines on page 1", len(body))
	}
	for _, b := range body {
		dark, total := darkness(img, b.rect)
		if total == 0 || float64(dark)/float64(total) < 0.05 {
			t.Errorf("line %q: %d of %d pixels of its em box dark", b.l.Text(), dark, total)
			continue
		}
		// No ink outside the line's extent, and ink on every ideograph.
		first, last := -1, -1
		for x := b.rect.Min.X - 2; x < b.rect.Max.X+2; x++ {
			if d, _ := darkness(img, image.Rect(x, b.rect.Min.Y, x+1, b.rect.Max.Y)); d > 0 {
				if first < 0 {
					first = x
				}
				last = x
			}
		}
		if float64(first) < b.x0-1 || float64(last) > b.x1+1 {
			t.Errorf("line %q: ink from x=%d to %d, line from %.1f to %.1f", b.l.Text(), first, last, b.x0, b.x1)
		}
		for _, r := range b.l.Runs {
			for _, g := range r.Glyphs {
				if !unicode.Is(unicode.Han, []rune(g.Text)[0]) {
					continue
				}
				gr := image.Rect(int(px(g.X)), b.rect.Min.Y, int(math.Ceil(px(g.X+g.Advance))), b.rect.Max.Y)
				if d, total := darkness(img, gr); d == 0 {
					t.Errorf("line %q: %q at x=%v: %d of %d pixels dark", b.l.Text(), g.Text, gr.Min.X, d, total)
				}
			}
		}
	}
	for i := 1; i < len(body); i++ {
		a, b := body[i-1], body[i]
		if b.idx != a.idx+1 || b.top <= a.bot {
			continue // not consecutive lines
		}
		gap := image.Rect(int(math.Ceil(max(a.x0, b.x0))), int(math.Ceil(a.bot))+1,
			int(math.Floor(min(a.x1, b.x1))), int(math.Floor(b.top)))
		dark, total := darkness(img, gap)
		if total > 0 && float64(dark)/float64(total) > 0.005 {
			t.Errorf("between %q and %q: %d of %d pixels dark", a.l.Text(), b.l.Text(), dark, total)
		}
	}
}

// readPGM reads a binary greyscale portable graymap (P5) of depth 255.
func readPGM(path string) (*image.Gray, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := bufio.NewReader(bytes.NewReader(data))
	var fields []int
	var magic string
	for len(fields) < 3 {
		var tok string
		if _, err := fmt.Fscan(r, &tok); err != nil {
			return nil, fmt.Errorf("PGM header: %w", err)
		}
		if strings.HasPrefix(tok, "#") {
			r.ReadString('\n')
			continue
		}
		if magic == "" {
			magic = tok
			continue
		}
		n, err := strconv.Atoi(tok)
		if err != nil {
			return nil, fmt.Errorf("PGM header: %w", err)
		}
		fields = append(fields, n)
	}
	if magic != "P5" || fields[2] != 255 {
		return nil, fmt.Errorf("not an 8-bit P5 graymap: %s depth %d", magic, fields[2])
	}
	r.ReadByte() // the single whitespace before the raster
	img := image.NewGray(image.Rect(0, 0, fields[0], fields[1]))
	if _, err := io.ReadFull(r, img.Pix); err != nil {
		return nil, fmt.Errorf("PGM raster: %w", err)
	}
	return img, nil
}

// inkMask marks the dark pixels of img within bounds.
func inkMask(img image.Image, bounds image.Rectangle) [][]bool {
	m := make([][]bool, bounds.Dy())
	for y := range m {
		m[y] = make([]bool, bounds.Dx())
		for x := range m[y] {
			m[y][x] = gray(img.At(bounds.Min.X+x, bounds.Min.Y+y)) < 128
		}
	}
	return m
}

// dilate grows a mask by one pixel in every direction (3 × 3).
func dilate(m [][]bool) [][]bool {
	out := make([][]bool, len(m))
	for y := range m {
		out[y] = make([]bool, len(m[y]))
		for x := range m[y] {
			for dy := -1; dy <= 1 && !out[y][x]; dy++ {
				for dx := -1; dx <= 1; dx++ {
					yy, xx := y+dy, x+dx
					if yy >= 0 && yy < len(m) && xx >= 0 && xx < len(m[yy]) && m[yy][xx] {
						out[y][x] = true
						break
					}
				}
			}
		}
	}
	return out
}

// covered is the share of a's ink that lies on b's.
func covered(a, b [][]bool) (float64, int) {
	in, n := 0, 0
	for y := range a {
		for x := range a[y] {
			if a[y][x] {
				n++
				if b[y][x] {
					in++
				}
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(in) / float64(n), n
}

// The preview coincides with poppler's rendering of the PDF of the same
// layout, on every page of every test article (one with a figure) at two
// resolutions: every dark pixel of either lies within a pixel of the
// other's ink.
func TestMatchesPoppler(t *testing.T) {
	testenv.Tool(t, "pdftoppm")
	dir := t.TempDir()
	for _, name := range []string{"seed-tax-article.md", "taipei-sample.md", "kinsoku-stress.md", "features-hans.md"} {
		doc, lib := layoutArticle(t, name, layout.A4)
		var buf bytes.Buffer
		if err := pdf.Write(&buf, doc, lib, figures, pdf.Info{}); err != nil {
			t.Fatal(err)
		}
		pdfPath := filepath.Join(dir, name+".pdf")
		if err := os.WriteFile(pdfPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		for page := range doc.Pages {
			for _, dpi := range []int{60, 96} {
				t.Run(fmt.Sprintf("%s/p%d/%ddpi", name, page+1, dpi), func(t *testing.T) {
					matchPoppler(t, doc, lib, pdfPath, page, dpi)
				})
			}
		}
	}
}

// matchPoppler compares page (from 0) of doc drawn by raster with
// poppler's drawing of the same page of the PDF at pdfPath.
func matchPoppler(t *testing.T, doc *layout.Document, lib *fonts.Library, pdfPath string, page, dpi int) {
	out := filepath.Join(t.TempDir(), "poppler")
	n := strconv.Itoa(page + 1)
	cmd := exec.Command("pdftoppm", "-r", strconv.Itoa(dpi), "-f", n, "-l", n, "-gray", "-singlefile", pdfPath, out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, msg)
	}
	want, err := readPGM(out + ".pgm")
	if err != nil {
		t.Fatal(err)
	}
	got, err := raster.Render(&doc.Pages[page], doc.Paper, float64(dpi), raster.Options{Faces: lib, Images: figures})
	if err != nil {
		t.Fatal(err)
	}
	if got.Bounds() != want.Bounds() {
		t.Errorf("size %v, poppler's %v", got.Bounds().Size(), want.Bounds().Size())
	}
	bounds := got.Bounds().Intersect(want.Bounds())
	mg, mw := inkMask(got, bounds), inkMask(want, bounds)
	dg, dw := dilate(mg), dilate(mw)
	gotIn, nGot := covered(mg, dw)
	wantIn, nWant := covered(mw, dg)
	t.Logf("dark pixels: ours %d, poppler %d; ours on poppler's (dilated) %.2f%%, poppler's on ours %.2f%%",
		nGot, nWant, 100*gotIn, 100*wantIn)
	if nGot == 0 || nWant == 0 || gotIn < 0.95 || wantIn < 0.95 ||
		float64(nGot)/float64(nWant) < 0.8 || float64(nWant)/float64(nGot) < 0.8 {
		failed := filepath.Join("testdata", "failed")
		base := strings.ReplaceAll(t.Name(), "/", "-")
		savePNG(t, filepath.Join(failed, base+"-raster.png"), got)
		savePNG(t, filepath.Join(failed, base+"-poppler.png"), want)
		t.Errorf("the preview and poppler disagree (images in %s)", failed)
	}
}

// A run in a face that cannot be found is skipped and reported; the rest of
// the page is drawn.
func TestMissingFace(t *testing.T) {
	lib := fonts.NewLibrary()
	glyphs := func(s string, x layout.Unit) []layout.Glyph {
		var gs []layout.Glyph
		for _, r := range s {
			gs = append(gs, layout.Glyph{Text: string(r), X: x, Advance: 12 * layout.Point, Src: -1})
			x += 12 * layout.Point
		}
		return gs
	}
	y := 100 * layout.Point
	page := &layout.Page{Number: 1, Lines: []layout.Line{{
		Kind: layout.KindBody, Y: y, X0: 72 * layout.Point, X1: 168 * layout.Point,
		Runs: []layout.Run{
			{Face: "NoSuchFace", Size: 12 * layout.Point, Glyphs: glyphs("甲乙丙丁", 72*layout.Point)},
			{Face: fonts.SerifTC, Size: 12 * layout.Point, Glyphs: glyphs("國稅改革", 120*layout.Point)},
			{Face: "NoSuchFace", Size: 12 * layout.Point, Glyphs: glyphs("戊", 168*layout.Point)},
		},
	}}}
	img, err := raster.Render(page, layout.A5, 72, raster.Options{Faces: lib})
	if err == nil || !strings.Contains(err.Error(), "NoSuchFace") {
		t.Fatalf("error %v, want one naming NoSuchFace", err)
	}
	if n := strings.Count(err.Error(), "font NoSuchFace:"); n != 1 {
		t.Errorf("NoSuchFace reported %d times: %v", n, err)
	}
	if img == nil {
		t.Fatal("no image")
	}
	top, bot := 100-11, 100+2
	if d, _ := darkness(img, image.Rect(120, top, 168, bot)); d < 50 {
		t.Errorf("the run in the embedded face: %d dark pixels", d)
	}
	if d, _ := darkness(img, image.Rect(60, top, 119, bot)); d != 0 {
		t.Errorf("the run in the missing face: %d dark pixels", d)
	}
}

// A figure is drawn into its rectangle, and rules are drawn.
func TestFigureAndRules(t *testing.T) {
	lib := fonts.NewLibrary()
	page := &layout.Page{Number: 1,
		Images: []layout.Image{{Path: "hall.png", X: 72 * layout.Point, Y: 72 * layout.Point, W: 144 * layout.Point, H: 72 * layout.Point}},
		Rules: []layout.Rule{
			{X1: 72 * layout.Point, Y1: 200 * layout.Point, X2: 300 * layout.Point, Y2: 200 * layout.Point, Width: layout.Pt(0.5)},
			{X1: 72 * layout.Point, Y1: 300 * layout.Point, X2: 200 * layout.Point, Y2: 400 * layout.Point, Width: layout.Pt(2)},
		},
	}
	img, err := raster.Render(page, layout.A5, 72, raster.Options{Faces: lib, Images: figures})
	if err != nil {
		t.Fatal(err)
	}
	inside := 0
	for y := 73; y < 143; y++ {
		for x := 73; x < 215; x++ {
			if c := img.RGBAAt(x, y); c != (color.RGBA{255, 255, 255, 255}) {
				inside++
			}
		}
	}
	if inside < 70*142/2 {
		t.Errorf("the figure: only %d non-white pixels in its rectangle", inside)
	}
	if c := img.RGBAAt(70, 100); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("left of the figure: %v", c)
	}
	if d, total := darkness(img, image.Rect(80, 199, 290, 201)); d < total/2 {
		t.Errorf("the hairline rule: %d of %d pixels dark", d, total)
	}
	if d, _ := darkness(img, image.Rect(130, 340, 140, 350)); d == 0 {
		t.Error("the slanted rule is not drawn")
	}

	// Without Images the figure is reported, the rules still drawn.
	img, err = raster.Render(page, layout.A5, 72, raster.Options{Faces: lib})
	if err == nil {
		t.Error("no error for a figure with no Images")
	}
	if d, total := darkness(img, image.Rect(80, 199, 290, 201)); d < total/2 {
		t.Errorf("the hairline rule, without images: %d of %d pixels dark", d, total)
	}
}

// Draw scales the page to the image and honours its origin and the
// background; several goroutines may draw at once.
func TestDrawConcurrent(t *testing.T) {
	// On Letter paper, 612 pt wide, an image 612 pixels wide is at 72 dpi
	// exactly.
	doc, lib := layoutArticle(t, "features-hans.md", layout.Letter)
	opt := raster.Options{Faces: lib, Images: figures}
	ref, err := raster.Render(&doc.Pages[0], doc.Paper, 72, opt)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	imgs := make([]*image.RGBA, 4)
	errs := make([]error, len(imgs))
	for i := range imgs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := ref.Bounds().Add(image.Pt(10*i, -5*i))
			imgs[i] = image.NewRGBA(b)
			errs[i] = raster.Draw(imgs[i], &doc.Pages[0], doc.Paper, opt)
		}()
	}
	wg.Wait()
	for i, img := range imgs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if img.Bounds().Size() != ref.Bounds().Size() || !bytes.Equal(img.Pix, ref.Pix) {
			t.Errorf("image %d (at %v) differs from Render's", i, img.Bounds().Min)
		}
	}

	bg := color.RGBA{250, 245, 230, 255}
	opt.Background = bg
	img, _ := raster.Render(&doc.Pages[0], doc.Paper, 72, opt)
	if c := img.RGBAAt(1, 1); c != bg {
		t.Errorf("background %v, want %v", c, bg)
	}
}

// BenchmarkRenderSeedPage draws page 1 of the seed article at 96 dpi with
// a warm glyph cache, as the editor redraws after a pause in typing.
func BenchmarkRenderSeedPage(b *testing.B) {
	doc, lib := layoutArticle(b, "seed-tax-article.md", layout.A4)
	opt := raster.Options{Faces: lib, Images: figures}
	if _, err := raster.Render(&doc.Pages[0], doc.Paper, 96, opt); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := raster.Render(&doc.Pages[0], doc.Paper, 96, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderSeedPageInto draws into an existing image, as a preview
// that keeps its buffer does.
func BenchmarkRenderSeedPageInto(b *testing.B) {
	doc, lib := layoutArticle(b, "seed-tax-article.md", layout.A4)
	opt := raster.Options{Faces: lib, Images: figures}
	img, err := raster.Render(&doc.Pages[0], doc.Paper, 96, opt)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := raster.Draw(img, &doc.Pages[0], doc.Paper, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderSeedPageCold draws page 1 of the seed article with no
// glyph in the cache: each round at a slightly different resolution, so
// that every glyph is rendered afresh, as on the editor's first view or
// after a zoom.
func BenchmarkRenderSeedPageCold(b *testing.B) {
	doc, lib := layoutArticle(b, "seed-tax-article.md", layout.A4)
	opt := raster.Options{Faces: lib, Images: figures}
	i := 0
	for b.Loop() {
		dpi := 96 + 0.2*float64(i%200) // a 64th of a pixel per em apart, or more
		i++
		if _, err := raster.Render(&doc.Pages[0], doc.Paper, dpi, opt); err != nil {
			b.Fatal(err)
		}
	}
}
