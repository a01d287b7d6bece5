package app

import (
	"context"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// longDocument returns the seed article's body repeated to n characters.
func longDocument(b *testing.B, n int) Document {
	src, err := os.ReadFile("../export/testdata/seed-tax-article.md")
	if err != nil {
		b.Fatal(err)
	}
	d, err := ParseDocument(src)
	if err != nil {
		b.Fatal(err)
	}
	body := d.Body
	for len([]rune(d.Body)) < n {
		d.Body += "\n\n" + body
	}
	d.Body = string([]rune(d.Body)[:n])
	return d
}

// benchPreview measures a keystroke's way to the screen once the debounce
// has passed: parse, lay out (unchanged paragraphs from the cache) and draw
// the page being looked at (the middle one), at 96 dpi.
func benchPreview(b *testing.B, n int) {
	d := longDocument(b, n)
	var got preview
	w := newWorker(fonts.NewLibrary(), 0, func(p preview) { got = p })
	s := export.Settings{Preset: layout.Medium, Paper: layout.A4}
	mid := len(d.Body) / 2
	w.layout(w.gen, request{src: d.Markdown(), settings: s, dir: "."})
	b.ResetTimer()
	for i := range b.N {
		e := d
		e.Body = d.Body[:mid] + string(rune('一'+i%20000)) + d.Body[mid:]
		w.layout(w.gen, request{src: e.Markdown(), settings: s, dir: "."})
		page := len(got.doc.Pages) / 2
		if _, err := w.pageRenderer(got.job, got.doc)(context.Background(), page, 96); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkKeystrokeToPreview3k(b *testing.B)  { benchPreview(b, 3_000) }
func BenchmarkKeystrokeToPreview20k(b *testing.B) { benchPreview(b, 20_000) }
func BenchmarkKeystrokeToPreview50k(b *testing.B) { benchPreview(b, 50_000) }

// benchTyping measures what one keystroke in the middle of an article of
// n characters costs the editor on its UI goroutine: the body takes the
// character and re-wraps its line, the window paints (Fyne's test driver
// draws the canvas in software), and the editor notes the change and asks
// for a layout (which runs on the worker, after the debounce).
func benchTyping(b *testing.B, n int) {
	b.Setenv("TMPDIR", b.TempDir())
	a := test.NewTempApp(b)
	d := longDocument(b, n)
	var e *Editor
	fyne.DoAndWait(func() {
		e = newEditor(a, func(func()) {}, nil)
		e.form.body.SetText(d.Body)
		e.win.Canvas().Focus(e.form.body)
		e.form.body.SetCursor(len(d.Body) / 2)
	})
	c := e.win.Canvas().(test.WindowlessCanvas)
	b.ResetTimer()
	for range b.N {
		fyne.DoAndWait(func() {
			e.form.body.TypedRune('字')
			_ = c
		})
	}
	b.StopTimer()
	if !strings.Contains(e.form.body.Text(), "字") {
		b.Fatal("nothing typed")
	}
}

func BenchmarkTyping3k(b *testing.B)  { benchTyping(b, 3_000) }
func BenchmarkTyping20k(b *testing.B) { benchTyping(b, 20_000) }
func BenchmarkTyping50k(b *testing.B) { benchTyping(b, 50_000) }
func BenchmarkTyping200k(b *testing.B) {
	benchTyping(b, 200_000)
}
