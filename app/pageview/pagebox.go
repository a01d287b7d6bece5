package pageview

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PageBox is the go-to-page box of a View: an entry with the number of the
// page in view (from 1, as people count) followed by "/ pages". Typing a
// number — in ASCII or full-width digits — and Enter turns the view to
// that page; anything else puts the current number back.
type PageBox struct {
	widget.BaseWidget
	view  *View
	entry *widget.Entry
	total *widget.Label
	page  int // the page shown, from 0
}

// NewPageBox returns the box for v; it follows v's page changes by itself
// (v's OnPageChanged stays the host's).
func NewPageBox(v *View) *PageBox {
	b := &PageBox{view: v, entry: widget.NewEntry(), total: widget.NewLabel("/ 0")}
	b.entry.OnSubmitted = b.submit
	v.listeners = append(v.listeners, b.update)
	b.ExtendBaseWidget(b)
	b.update(v.CurrentPage(), v.Pages())
	return b
}

// update shows page (from 0) of pages.
func (b *PageBox) update(page, pages int) {
	b.page = page
	b.entry.SetText(strconv.Itoa(page + 1))
	if pages == 0 {
		b.entry.SetText("")
	}
	b.total.SetText(fmt.Sprintf("/ %d", pages))
}

// submit turns the view to the page typed.
func (b *PageBox) submit(s string) {
	n, err := strconv.Atoi(halfWidthDigits(strings.TrimSpace(s)))
	if err != nil || n < 1 || n > b.view.Pages() {
		b.update(b.page, b.view.Pages())
		return
	}
	b.view.GoToPage(n - 1)
	b.update(b.view.CurrentPage(), b.view.Pages())
}

// halfWidthDigits turns full-width digits (０–９), as a Chinese input
// method types them, into ASCII ones.
func halfWidthDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// CreateRenderer is for Fyne: the entry, wide enough for four digits, and
// the label.
func (b *PageBox) CreateRenderer() fyne.WidgetRenderer {
	w := widget.NewLabel("0000").MinSize().Width + 2*b.Theme().Size(theme.SizeNameInnerPadding)
	box := container.NewHBox(container.NewGridWrap(fyne.NewSize(w, b.entry.MinSize().Height), b.entry), b.total)
	return widget.NewSimpleRenderer(box)
}
