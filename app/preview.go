package app

import (
	"context"
	"fmt"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/app/pageview"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/raster"
)

// zoomChoices are the preview's zoom levels in its selector: fit width,
// then factors (Ctrl+wheel and Ctrl+plus/minus go between them).
var zoomChoices = []pageview.Zoom{pageview.FitWidth, pageview.FitPage, 0.75, 1, 1.5, 2}

// previewPane is the right side of the window: the 字號 selector above
// every page in one scroll (package pageview), and the go-to-page box and
// zoom below.
type previewPane struct {
	lang    string
	pages   *pageview.View
	size    *widget.RadioGroup
	zoom    *widget.Select
	onSize  func(name string)
	content fyne.CanvasObject
}

// newPreviewPane makes the pane; do runs work on the UI goroutine
// (Editor.do).
func newPreviewPane(l string, do func(func())) *previewPane {
	p := &previewPane{lang: l, pages: pageview.NewPosting(do)}
	p.size = widget.NewRadioGroup([]string{"大", "中", "小"}, func(s string) {
		if p.onSize != nil && s != "" {
			p.onSize(s)
		}
	})
	p.size.Horizontal = true
	p.size.Required = true
	var names []string
	for _, z := range zoomChoices {
		names = append(names, zoomName(l, z))
	}
	p.zoom = widget.NewSelect(names, func(string) {
		if i := p.zoom.SelectedIndex(); i >= 0 {
			p.pages.SetZoom(zoomChoices[i])
		}
	})
	p.zoom.SetSelectedIndex(0)
	top := container.NewHBox(widget.NewLabel(tr(l, "size")), p.size)
	bottom := container.NewHBox(widget.NewLabel(tr(l, "pagebox")), pageview.NewPageBox(p.pages), layoutSpacer(), p.zoom)
	p.content = container.NewBorder(top, bottom, nil, nil, p.pages)
	return p
}

// zoomName words a zoom level for the selector.
func zoomName(l string, z pageview.Zoom) string {
	switch z {
	case pageview.FitWidth:
		return tr(l, "fit")
	case pageview.FitPage:
		return tr(l, "fitpage")
	}
	return fmt.Sprintf("%d %%", int(float64(z)*100+0.5))
}

func layoutSpacer() fyne.CanvasObject { return widget.NewLabel(" ") }

// pageRenderer draws the pages of doc, laid out by job, as the preview
// shows them (the view calls it off the UI goroutine, one page at a time).
func (w *worker) pageRenderer(job *export.Job, doc *layout.Document) pageview.RenderFunc {
	return func(ctx context.Context, page int, dpi float64) (image.Image, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return raster.Render(&doc.Pages[page], doc.Paper, dpi, raster.Options{Faces: w.lib, Images: job.Figures(&w.figures)})
	}
}
