package app

import (
	"fmt"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Zoom levels of the preview.
const (
	zoomFit = iota
	zoom100
	zoom150
)

// previewPane is the right side of the window: the 字號 selector, the page
// picture and page navigation with zoom.
type previewPane struct {
	lang    string
	image   *canvas.Image
	scroll  *container.Scroll
	label   *widget.Label
	size    *widget.RadioGroup
	zoom    *widget.Select
	page    int
	pages   int
	onTurn  func(page int)
	onZoom  func(zoom int)
	onSize  func(name string)
	content fyne.CanvasObject
}

func newPreviewPane(l string) *previewPane {
	p := &previewPane{lang: l}
	p.image = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	p.image.FillMode = canvas.ImageFillContain
	p.image.ScaleMode = canvas.ImageScaleSmooth
	p.scroll = container.NewScroll(p.image)
	p.label = widget.NewLabel("")
	p.size = widget.NewRadioGroup([]string{"大", "中", "小"}, func(s string) {
		if p.onSize != nil && s != "" {
			p.onSize(s)
		}
	})
	p.size.Horizontal = true
	p.size.Required = true
	p.zoom = widget.NewSelect([]string{tr(l, "fit"), "100 %", "150 %"}, func(string) {
		p.applyZoom()
		if p.onZoom != nil {
			p.onZoom(p.zoom.SelectedIndex())
		}
	})
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.turn(p.page - 1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.turn(p.page + 1) })
	top := container.NewHBox(widget.NewLabel(tr(l, "size")), p.size)
	bottom := container.NewHBox(prev, p.label, next, layoutSpacer(), p.zoom)
	p.content = container.NewBorder(top, bottom, nil, nil, p.scroll)
	return p
}

func layoutSpacer() fyne.CanvasObject { return widget.NewLabel(" ") }

func (p *previewPane) turn(page int) {
	if page < 0 || page >= p.pages || page == p.page {
		return
	}
	if p.onTurn != nil {
		p.onTurn(page)
	}
}

// dpi is the resolution pages are drawn at for the zoom chosen.
func (p *previewPane) dpi() float64 {
	switch p.zoom.SelectedIndex() {
	case zoom150:
		return 144
	}
	return 96
}

func (p *previewPane) applyZoom() {
	if p.zoom.SelectedIndex() <= zoomFit {
		p.image.FillMode = canvas.ImageFillContain
	} else {
		p.image.FillMode = canvas.ImageFillOriginal
	}
	p.image.Refresh()
}

// show puts a drawn page on screen.
func (p *previewPane) show(img image.Image, page, pages int) {
	p.page, p.pages = page, pages
	if img != nil {
		p.image.Image = img
		p.image.Refresh()
	}
	p.label.SetText(fmt.Sprintf(tr(p.lang, "page"), page+1, pages))
}
