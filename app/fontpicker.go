package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/fonts"
)

// fontPicker chooses a font for a Settings entry: an installed face by its
// name (Chinese faces first, a search over the names), a font file, or the
// embedded font.
type fontPicker struct {
	search *widget.Entry
	all    *widget.Check
	list   *widget.List
	note   *widget.Label
	// file and embedded are the buttons that choose a font file and the
	// embedded font.
	file, embedded *widget.Button
	shown          []fonts.Installed
	faces          []fonts.Installed // every installed face
	found          bool              // faces is filled
	lang           string
	dialog         *dialog.CustomDialog
}

// installedFonts lists the installed faces, off the UI goroutine the first
// time (a system with many fonts takes a moment), and hands them to done
// on the UI goroutine.
func (e *Editor) installedFonts(done func([]fonts.Installed)) {
	if e.fontList != nil {
		done(e.fontList)
		return
	}
	dirs := e.fontDirs
	go func() {
		list := fonts.ListInstalled(dirs)
		e.do(func() {
			e.fontList = list
			done(list)
		})
	}()
}

// pickFont shows the font picker; the choice goes into entry as the spec
// the font options take ("PATH" or "PATH:INDEX"), or "" for the embedded font.
func (e *Editor) pickFont(entry *widget.Entry) *fontPicker {
	l := e.ui
	p := &fontPicker{lang: l}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder(tr(l, "searchfonts"))
	p.all = widget.NewCheck(tr(l, "allfonts"), func(bool) { p.filter() })
	p.note = widget.NewLabel(tr(l, "findingfonts"))
	p.note.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(func() int { return len(p.shown) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.label(p.shown[i])) })
	p.list.OnSelected = func(i widget.ListItemID) {
		f := p.shown[i]
		if !f.Embeddable {
			p.list.UnselectAll()
			return
		}
		entry.SetText(f.Spec)
		p.dialog.Hide()
	}
	p.search.OnChanged = func(string) { p.filter() }

	p.file = widget.NewButton(tr(l, "fontfile"), func() {
		fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			r.Close()
			entry.SetText(r.URI().Path())
			p.dialog.Hide()
		}, e.win)
		fd.SetFilter(storage.NewExtensionFileFilter([]string{".ttf", ".ttc", ".TTF", ".TTC"}))
		fd.Show()
	})
	p.embedded = widget.NewButton(tr(l, "useembedded"), func() {
		entry.SetText("")
		p.dialog.Hide()
	})
	top := container.NewVBox(p.search, p.all, p.note)
	body := container.NewBorder(top, nil, nil, nil, p.list)
	p.dialog = dialog.NewCustomWithoutButtons(tr(l, "pickfont"), body, e.win)
	p.dialog.SetButtons([]fyne.CanvasObject{p.file, p.embedded, widget.NewButton(tr(l, "cancel"), p.dialog.Hide)})
	p.dialog.Resize(fyne.NewSize(560, 480))
	p.dialog.Show()
	e.win.Canvas().Focus(p.search)
	e.installedFonts(func(list []fonts.Installed) {
		p.faces, p.found = list, true
		p.filter()
	})
	return p
}

// filter shows the faces whose names hold the search text: those that
// cover Chinese, or all of them when asked.
func (p *fontPicker) filter() {
	if !p.found {
		return // still looking
	}
	q := strings.ToLower(strings.TrimSpace(p.search.Text))
	p.shown = p.shown[:0]
	for _, f := range p.faces {
		if (f.Chinese || p.all.Checked) && matches(f, q) {
			p.shown = append(p.shown, f)
		}
	}
	if len(p.faces) == 0 || len(p.shown) == 0 && q == "" {
		p.note.SetText(tr(p.lang, "nofonts"))
		p.note.Show()
	} else {
		p.note.Hide()
	}
	p.list.Refresh()
}

// matches reports whether any of a face's names holds q (lower case).
func matches(f fonts.Installed, q string) bool {
	for _, n := range f.Names {
		if strings.Contains(strings.ToLower(n), q) {
			return true
		}
	}
	return false
}

// label is how the list shows a face: its name, and why it cannot be used.
func (p *fontPicker) label(f fonts.Installed) string {
	if !f.Embeddable {
		return f.Name + tr(p.lang, "noembed")
	}
	return f.Name
}
