package cli

import (
	"flag"
	"fmt"
	"image/png"
	"io"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/layout/raster"
	"github.com/paiban/paiban/message"
)

// maxRenderDPI bounds render's resolution: an A4 page at 600 dpi is a
// picture of 4 961 × 7 016 pixels, 140 MB in memory.
const maxRenderDPI = 600

// runRender draws one page of the article as the editor's preview draws
// it — the same laid-out page the PDF prints — into a PNG file: for
// thumbnails, scripts, and the test that holds the preview to the print.
func runRender(args []string, lang message.Lang, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	var c common
	c.register(fs)
	out := fs.String("o", "", "the PNG to write")
	page := fs.Int("page", 1, "the page to draw, from 1")
	dpi := fs.Float64("dpi", 96, "the resolution in dots per inch")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(files) != 1:
		return misuse(oneArticle, "render")
	case *out == "":
		return misuse(needsOut, "render", outPNG)
	case !(*dpi >= 10 && *dpi <= maxRenderDPI):
		return misuse(dpiRange, *dpi, maxRenderDPI)
	}
	s, job, err := c.open(files[0])
	if err != nil {
		return err
	}
	if err := atomicfile.Same(*out, job.Inputs(s)...); err != nil {
		return err
	}
	doc := job.Layout(s)
	if *page < 1 || *page > len(doc.Pages) {
		return misuse(noSuchPage, *page, len(doc.Pages))
	}
	var cache export.ImageCache
	img, err := raster.Render(&doc.Pages[*page-1], doc.Paper, *dpi, raster.Options{Faces: c.lib, Images: job.Figures(&cache)})
	if img == nil {
		return message.New(drawing, *page, err)
	}
	if err != nil {
		fmt.Fprintln(stderr, "paiban:", message.New(warning, err).In(lang))
	}
	if err := atomicfile.Write(*out, 0o644, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
		return err
	}
	b := img.Bounds()
	fmt.Fprintln(stdout, message.New(rendered, *out, *page, len(doc.Pages), b.Dx(), b.Dy(), *dpi).In(lang))
	return nil
}
