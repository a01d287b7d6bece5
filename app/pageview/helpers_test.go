package pageview

import (
	"bytes"
	"context"
	"errors"
	"image"
	"os"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/raster"
)

const seedPath = "../../export/testdata/seed-tax-article.md"

var settings = export.Settings{Preset: layout.Medium, Paper: layout.A4}

// laidOut is an article laid out, with what draws its pages as the editor
// does (app/worker.go).
type laidOut struct {
	src  []byte
	job  *export.Job
	doc  *layout.Document
	lib  *fonts.Library
	figs *export.ImageCache
}

// render draws a page with raster, as the editor's worker does.
func (l *laidOut) render(_ context.Context, page int, dpi float64) (image.Image, error) {
	return raster.Render(&l.doc.Pages[page], l.doc.Paper, dpi, raster.Options{Faces: l.lib, Images: l.job.Figures(l.figs)})
}

var lib = sync.OnceValue(fonts.NewLibrary)

// seed is the seed article laid out as export.Open reads it.
var seed = sync.OnceValues(func() (*laidOut, error) {
	job, err := export.Open(seedPath, lib())
	if err != nil {
		return nil, err
	}
	src, err := os.ReadFile(seedPath)
	if err != nil {
		return nil, err
	}
	return &laidOut{src: src, job: job, doc: job.Layout(settings), lib: lib(), figs: &export.ImageCache{}}, nil
})

// layOut lays out an article's source.
func layOut(src []byte) (*laidOut, error) {
	a, err := article.Parse(src)
	if err != nil {
		return nil, err
	}
	job := &export.Job{Article: a, Dir: "../../export/testdata", Fonts: lib()}
	return &laidOut{src: src, job: job, doc: job.Layout(settings), lib: lib(), figs: &export.ImageCache{}}, nil
}

// longSource is the seed article with its body repeated n times.
func longSource(n int) ([]byte, error) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		return nil, err
	}
	// The body starts after the front matter's closing line.
	i := bytes.Index(src[3:], []byte("\n---\n"))
	if i < 0 {
		return nil, errors.New("no front matter in the seed")
	}
	head, body := src[:i+3+5], src[i+3+5:]
	out := append([]byte(nil), head...)
	for range n {
		out = append(out, body...)
		out = append(out, '\n', '\n')
	}
	return out, nil
}

// long is the seed's body nine times over: about 25 pages.
var long = sync.OnceValues(func() (*laidOut, error) {
	src, err := longSource(9)
	if err != nil {
		return nil, err
	}
	return layOut(src)
})

// seedDoc returns the seed laid out, failing the test when it cannot be.
func seedDoc(t testing.TB) *laidOut { return must(t, seed) }

// longDoc returns the long article laid out.
func longDoc(t testing.TB) *laidOut { return must(t, long) }

func must(t testing.TB, f func() (*laidOut, error)) *laidOut {
	t.Helper()
	l, err := f()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// harness is a View in a test window, its renders counted and their
// results handed back to the test's goroutine by settle.
type harness struct {
	t      testing.TB
	v      *View
	w      fyne.Window
	posted chan func()

	mu      sync.Mutex
	pages   []int // the pages asked of the RenderFunc, in order
	running int   // renders under way
	most    int   // the most ever under way at once
}

// newHarness shows a View w × h in a test window.
func newHarness(t testing.TB, w, h float32) *harness {
	test.NewTempApp(t)
	x := &harness{t: t, v: New(), posted: make(chan func(), 16)}
	x.v.post = func(f func()) { x.posted <- f }
	x.w = test.NewWindow(x.v)
	x.w.SetPadded(false)
	x.w.Resize(fyne.NewSize(w, h))
	t.Cleanup(func() {
		x.settle()
		x.w.Close()
	})
	return x
}

// counted wraps render, noting each call.
func (x *harness) counted(render RenderFunc) RenderFunc {
	return func(ctx context.Context, page int, dpi float64) (image.Image, error) {
		x.mu.Lock()
		x.pages = append(x.pages, page)
		x.running++
		x.most = max(x.most, x.running)
		x.mu.Unlock()
		defer func() {
			x.mu.Lock()
			x.running--
			x.mu.Unlock()
		}()
		return render(ctx, page, dpi)
	}
}

// show gives the view l's document.
func (x *harness) show(l *laidOut) {
	x.v.SetDocument(l.doc, x.counted(l.render))
}

// settle runs the results of renders on the test's goroutine, as fyne.Do
// would on Fyne's, until no render is under way.
func (x *harness) settle() {
	for x.v.running != nil {
		(<-x.posted)()
	}
}

// rendered returns the pages asked for so far and forgets them.
func (x *harness) rendered() []int {
	x.mu.Lock()
	defer x.mu.Unlock()
	p := x.pages
	x.pages = nil
	return p
}

// oneAtATime fails the test if renders ever overlapped.
func (x *harness) oneAtATime() {
	x.t.Helper()
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.most > 1 {
		x.t.Errorf("%d renders ran at once", x.most)
	}
}
