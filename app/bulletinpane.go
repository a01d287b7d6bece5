package app

import (
	"context"
	"errors"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/bulletin"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/cjk"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/raster"
	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/printing"
)

// bulletinPane is a bulletin's window content: the masthead fields, the
// article list (add, remove, reorder), the distribution lists on the left;
// the preview of the whole bulletin on the right, laid out again after
// every change and whenever an article's file changes; Save, Export PDF
// and Print. The state is a bulletinState; the pane only shows it and
// hands it the user's edits. Its methods must be called on the UI
// goroutine.
type bulletinPane struct {
	ui       string
	win      fyne.Window
	state    *bulletinState
	settings export.Settings
	// do runs a function on the UI goroutine (fyne.Do; a queue in tests).
	do func(func())
	// spooler is where Print sends the bulletin: the system's.
	spooler printing.Spooler
	// onHistory is called with the history after an export records an
	// issue number in it, to keep it in the preferences.
	onHistory func(bulletin.History)
	// shown, when set, is called after each preview is shown (tests wait
	// on it instead of sleeping).
	shown func(*layout.Document, error)

	name, issue, total, editor, date, class, serial, note *widget.Entry
	report, send, distribute, copies                      *widget.Entry
	supplement, mono, footer, newPage                     *widget.Check
	lang                                                  *widget.Select
	list                                                  *widget.List
	selected                                              int
	view                                                  *previewPane
	status                                                *widget.Label
	content                                               fyne.CanvasObject

	mu     sync.Mutex
	cancel context.CancelFunc
	gen    uint64
	doc    *layout.Document // the newest layout shown
	timer  *time.Timer
	// loading is set while the fields are filled from the state, whose
	// change handlers then leave it alone.
	loading bool
}

// newBulletinPane builds the pane over state, exporting with settings.
func newBulletinPane(ui string, win fyne.Window, state *bulletinState, settings export.Settings, do func(func())) *bulletinPane {
	p := &bulletinPane{ui: ui, win: win, state: state, settings: settings, do: do, selected: -1, spooler: printing.System()}
	p.build()
	p.load()
	return p
}

func (p *bulletinPane) build() {
	l := p.ui
	text := func(fn func(b *bulletin.Bulletin, s string)) *widget.Entry {
		e := widget.NewEntry()
		e.OnChanged = func(s string) {
			if p.loading {
				return
			}
			p.state.edit(func(b *bulletin.Bulletin) { fn(b, strings.TrimSpace(s)) })
			p.changed()
		}
		return e
	}
	lines := func(fn func(b *bulletin.Bulletin, v []string)) *widget.Entry {
		e := widget.NewMultiLineEntry()
		e.SetMinRowsVisible(2)
		e.OnChanged = func(s string) {
			if p.loading {
				return
			}
			p.state.edit(func(b *bulletin.Bulletin) { fn(b, splitLines(s)) })
			p.changed()
		}
		return e
	}
	number := func(set func(n int)) *widget.Entry {
		e := widget.NewEntry()
		e.Validator = func(s string) error {
			if _, err := parseCount(s); err != nil {
				return errors.New(btr(l, "bbadnumber"))
			}
			return nil
		}
		e.OnChanged = func(s string) {
			if p.loading {
				return
			}
			if n, err := parseCount(s); err == nil {
				set(n)
				p.changed()
			}
		}
		return e
	}
	check := func(key string, fn func(b *bulletin.Bulletin, v bool)) *widget.Check {
		return widget.NewCheck(btr(l, key), func(v bool) {
			if p.loading {
				return
			}
			p.state.edit(func(b *bulletin.Bulletin) { fn(b, v) })
			p.changed()
		})
	}
	p.name = text(func(b *bulletin.Bulletin, s string) { b.Name = s })
	p.issue = number(func(n int) { p.state.setIssue(n) })
	p.total = number(func(n int) { p.state.edit(func(b *bulletin.Bulletin) { b.Total = n }) })
	p.editor = text(func(b *bulletin.Bulletin, s string) { b.Editor = s })
	p.date = widget.NewEntry()
	p.date.Validator = func(s string) error {
		if _, err := time.Parse("2006-01-02", strings.TrimSpace(s)); err != nil && strings.TrimSpace(s) != "" {
			return errors.New(btr(l, "bbaddate"))
		}
		return nil
	}
	p.date.OnChanged = func(s string) {
		if p.loading {
			return
		}
		s = strings.TrimSpace(s)
		d, err := time.Parse("2006-01-02", s)
		if err != nil && s != "" {
			return
		}
		p.state.edit(func(b *bulletin.Bulletin) { b.Date = d })
		p.showIssue()
		p.changed()
	}
	p.class = text(func(b *bulletin.Bulletin, s string) { b.Classification = s })
	p.serial = text(func(b *bulletin.Bulletin, s string) { b.Serial = s })
	p.note = lines(func(b *bulletin.Bulletin, v []string) { b.Note = strings.Join(v, "") })
	p.note.Wrapping = fyne.TextWrapWord
	p.report = lines(func(b *bulletin.Bulletin, v []string) { b.Report = v })
	p.send = lines(func(b *bulletin.Bulletin, v []string) { b.Send = v })
	p.distribute = lines(func(b *bulletin.Bulletin, v []string) { b.Distribute = v })
	p.copies = number(func(n int) { p.state.edit(func(b *bulletin.Bulletin) { b.Copies = n }) })
	p.supplement = check("bsupplement", func(b *bulletin.Bulletin, v bool) { b.Supplement = v })
	p.mono = check("bmono", func(b *bulletin.Bulletin, v bool) { b.Mono = v })
	p.footer = check("bfooter", func(b *bulletin.Bulletin, v bool) { b.Footer = v })
	p.lang = widget.NewSelect([]string{btr(l, "bautolang"), tr(l, "writingHant"), tr(l, "writingHans")}, func(s string) {
		if p.loading {
			return
		}
		var lang cjk.Lang
		switch {
		case strings.HasSuffix(s, "zh-Hant"):
			lang = cjk.Hant
		case strings.HasSuffix(s, "zh-Hans"):
			lang = cjk.Hans
		}
		p.state.edit(func(b *bulletin.Bulletin) { b.Lang = lang })
		p.changed()
	})
	// The name's changes suggest the issue number too.
	name := p.name.OnChanged
	p.name.OnChanged = func(s string) { name(s); p.showIssue() }
	supp := p.supplement.OnChanged
	p.supplement.OnChanged = func(v bool) { supp(v); p.showIssue() }

	p.list = widget.NewList(func() int { return len(p.state.b.Articles) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.itemText(i)) })
	p.list.OnSelected = func(i widget.ListItemID) {
		p.selected = i
		p.loading = true
		p.newPage.SetChecked(i < len(p.state.b.Articles) && p.state.b.Articles[i].NewPage)
		p.loading = false
	}
	p.newPage = widget.NewCheck(btr(l, "bnewpage"), func(v bool) {
		if p.loading || p.selected < 0 || p.selected >= len(p.state.b.Articles) {
			return
		}
		p.state.edit(func(b *bulletin.Bulletin) { b.Articles[p.selected].NewPage = v })
		p.changed()
	})
	add := widget.NewButton(btr(l, "badd"), p.addDialog)
	remove := widget.NewButton(btr(l, "bremove"), func() { p.removeSelected() })
	up := widget.NewButton(btr(l, "bup"), func() { p.moveSelected(-1) })
	down := widget.NewButton(btr(l, "bdown"), func() { p.moveSelected(1) })

	form := widget.NewForm(
		widget.NewFormItem(btr(l, "bname"), p.name),
		widget.NewFormItem(btr(l, "bissue"), container.NewGridWithColumns(3, p.issue, p.total, p.supplement)),
		widget.NewFormItem(btr(l, "beditor"), p.editor),
		widget.NewFormItem(btr(l, "bdate"), container.NewGridWithColumns(2, p.date, p.lang)),
		widget.NewFormItem(btr(l, "bclass"), container.NewGridWithColumns(2, p.class, p.serial)),
		widget.NewFormItem(btr(l, "bnote"), p.note),
	)
	dist := widget.NewForm(
		widget.NewFormItem(btr(l, "breport"), p.report),
		widget.NewFormItem(btr(l, "bsend"), p.send),
		widget.NewFormItem(btr(l, "bdistribute"), p.distribute),
		widget.NewFormItem(btr(l, "bcopies"), p.copies),
	)
	articles := container.NewBorder(widget.NewLabel(btr(l, "barticles")),
		container.NewHBox(add, remove, up, down, p.newPage), nil, nil, p.list)
	save := widget.NewButton(btr(l, "bsave"), p.saveDialog)
	exp := &widget.Button{Text: btr(l, "bexport"), Importance: widget.HighImportance, OnTapped: p.exportDialog}
	prt := widget.NewButton(btr(l, "bprint"), p.print)
	left := container.NewBorder(form, container.NewVBox(dist, container.NewHBox(p.mono, p.footer),
		container.NewHBox(save, exp, prt)), nil, nil, articles)

	p.view = newPreviewPane(l, p.do)
	p.view.size.SetSelected(p.settings.Preset.Name)
	p.view.onSize = func(name string) {
		if pr, err := layout.ParsePreset(name); err == nil && pr.Name != p.settings.Preset.Name {
			p.settings.Preset = pr
			p.relayout(0)
		}
	}
	p.status = widget.NewLabel("")
	split := container.NewHSplit(container.NewVScroll(left), p.view.content)
	split.Offset = 0.45
	p.content = container.NewBorder(nil, p.status, nil, nil, split)
}

// load fills the fields from the state.
func (p *bulletinPane) load() {
	b := p.state.b
	p.loading = true
	defer func() { p.loading = false }()
	p.name.SetText(b.Name)
	p.showIssue()
	p.total.SetText(countText(b.Total))
	p.supplement.SetChecked(b.Supplement)
	p.editor.SetText(b.Editor)
	if !b.Date.IsZero() {
		p.date.SetText(b.Date.Format("2006-01-02"))
	}
	switch b.Lang {
	case cjk.Hant:
		p.lang.SetSelectedIndex(1)
	case cjk.Hans:
		p.lang.SetSelectedIndex(2)
	default:
		p.lang.SetSelectedIndex(0)
	}
	p.class.SetText(b.Classification)
	p.serial.SetText(b.Serial)
	p.note.SetText(b.Note)
	p.report.SetText(strings.Join(b.Report, "\n"))
	p.send.SetText(strings.Join(b.Send, "\n"))
	p.distribute.SetText(strings.Join(b.Distribute, "\n"))
	p.copies.SetText(countText(b.Copies))
	p.mono.SetChecked(b.Mono)
	p.footer.SetChecked(b.Footer)
	p.list.Refresh()
}

// showIssue shows the issue number the state holds (suggested, or chosen).
func (p *bulletinPane) showIssue() {
	was := p.loading
	p.loading = true
	p.issue.SetText(countText(p.state.b.Issue))
	p.loading = was
}

// itemText is what the article list shows for entry i: its title and
// file, or why it cannot be read.
func (p *bulletinPane) itemText(i int) string {
	s := p.state
	if i >= len(s.b.Articles) {
		return ""
	}
	e := s.b.Articles[i]
	if s.errs[i] != nil {
		return "⚠ " + message.In(s.errs[i], message.Lang(p.ui))
	}
	title := strings.TrimSpace(s.articles[i].Meta.Title)
	if title == "" {
		title = btr(p.ui, "bnotitle")
	}
	mark := ""
	if e.NewPage {
		mark = " ⤓"
	}
	return fmt.Sprintf("%d. %s%s (%s)", i+1, title, mark, filepath.Base(e.File))
}

// changed marks the window's title and asks for a new preview after the
// debounce delay.
func (p *bulletinPane) changed() {
	p.updateTitle()
	p.relayout(debounce)
}

func (p *bulletinPane) updateTitle() {
	if p.win == nil {
		return
	}
	name := p.state.b.Name
	if name == "" {
		name = btr(p.ui, "buntitled")
	}
	if p.state.b.Path != "" {
		name += " — " + filepath.Base(p.state.b.Path)
	}
	if p.state.dirty {
		name = "*" + name
	}
	p.win.SetTitle(name + " — " + tr(p.ui, "app"))
}

// add adds the article file at path and lays the bulletin out again.
func (p *bulletinPane) add(path string) {
	p.state.add(path)
	p.list.Refresh()
	p.changed()
}

func (p *bulletinPane) removeSelected() {
	if p.selected < 0 {
		return
	}
	p.state.remove(p.selected)
	p.list.UnselectAll()
	p.selected = -1
	p.list.Refresh()
	p.changed()
}

func (p *bulletinPane) moveSelected(d int) {
	if p.selected < 0 || !p.state.move(p.selected, d) {
		return
	}
	p.selected += d
	p.list.Select(p.selected)
	p.list.Refresh()
	p.changed()
}

// refresh reads again the articles changed on disk, and lays the bulletin
// out again if any did.
func (p *bulletinPane) refresh() {
	if p.state.refresh() {
		p.list.Refresh()
		p.relayout(0)
	}
}

// relayout lays the bulletin out after delay, on another goroutine,
// cancelling a layout under way; the newest is shown.
func (p *bulletinPane) relayout(delay time.Duration) {
	job, err := p.state.snapshot()
	st := p.settings
	p.mu.Lock()
	p.gen++
	gen := p.gen
	if p.cancel != nil {
		p.cancel()
	}
	if p.timer != nil {
		p.timer.Stop()
	}
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	p.mu.Unlock()
	run := func() {
		var doc *layout.Document
		if err == nil {
			doc, err = job.Layout(ctx, st)
		}
		if ctx.Err() != nil {
			return
		}
		p.do(func() {
			p.mu.Lock()
			current := gen == p.gen
			p.mu.Unlock()
			if current {
				p.show(doc, err)
			}
		})
	}
	if delay <= 0 {
		go run()
		return
	}
	p.mu.Lock()
	p.timer = time.AfterFunc(delay, run)
	p.mu.Unlock()
}

// show shows a finished layout, or why there is none.
func (p *bulletinPane) show(doc *layout.Document, err error) {
	if err != nil {
		p.status.SetText(message.In(err, message.Lang(p.ui)))
	} else {
		p.doc = doc
		p.status.SetText(fmt.Sprintf(btr(p.ui, "bpages"), len(doc.Pages), len(p.state.b.Articles)))
		lib := p.state.lib
		p.view.pages.SetDocument(doc, func(ctx context.Context, page int, dpi float64) (image.Image, error) {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			return drawBulletinPage(doc, page, dpi, lib)
		})
	}
	if p.shown != nil {
		p.shown(doc, err)
	}
}

// showError shows err in a dialog in the UI language.
func (p *bulletinPane) showError(err error) {
	if p.win == nil {
		return
	}
	msg := widget.NewLabel(message.In(err, message.Lang(p.ui)))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(btr(p.ui, "berror"), btr(p.ui, "bok"), msg, p.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

func (p *bulletinPane) addDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		p.add(r.URI().Path())
	}, p.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".md", ".markdown", ".txt"}))
	d.Show()
}

func (p *bulletinPane) saveDialog() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		w.Close()
		if err := p.saveTo(withExt(w.URI().Path(), ".yaml", ".yml")); err != nil {
			p.showError(err)
		}
	}, p.win)
	d.SetFileName(strings.TrimSpace(p.state.b.Name) + ".yaml")
	d.Show()
}

// saveTo saves the bulletin file at path.
func (p *bulletinPane) saveTo(path string) error {
	if err := p.state.save(path); err != nil {
		return err
	}
	p.updateTitle()
	return nil
}

func (p *bulletinPane) exportDialog() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		w.Close()
		p.exportTo(withExt(w.URI().Path(), ".pdf"), func(err error) {
			if err != nil {
				p.showError(err)
			}
		})
	}, p.win)
	d.SetFileName(fmt.Sprintf("%s第%d期.pdf", strings.TrimSpace(p.state.b.Name), p.state.b.Issue))
	d.Show()
}

// exportTo writes the bulletin's PDF to out on another goroutine and calls
// done with the outcome on the UI goroutine; a successful export records
// the issue number.
func (p *bulletinPane) exportTo(out string, done func(error)) {
	job, err := p.state.snapshot()
	if err != nil {
		done(err)
		return
	}
	st := p.settings
	go func() {
		_, err := job.WritePDF(out, st)
		p.do(func() {
			if err == nil {
				p.state.history.Record(p.state.b)
				if p.onHistory != nil {
					p.onHistory(p.state.history)
				}
				p.status.SetText(fmt.Sprintf(btr(p.ui, "bexported"), out))
			}
			done(err)
		})
	}()
}

// drawBulletinPage draws page (from 0) of a bulletin's layout, pictures
// and all, for the preview and for a printer that takes pictures of pages
// (Windows): the articles' picture paths are already absolute
// (export.ResolveFigures), so Figures needs no folder.
func drawBulletinPage(doc *layout.Document, page int, dpi float64, lib *fonts.Library) (image.Image, error) {
	return raster.Render(&doc.Pages[page], doc.Paper, dpi, raster.Options{Faces: lib, Images: export.Figures{}})
}

// print exports the bulletin to a temporary PDF and prints it on the
// system's default printer, through the spooler the editor's File ▸ Print
// uses (package printing: CUPS, or the Windows spooler).
func (p *bulletinPane) print() {
	dir, err := os.MkdirTemp("", "paiban-print-")
	if err != nil {
		p.showError(err)
		return
	}
	out := filepath.Join(dir, "bulletin.pdf")
	job, err := p.state.snapshot()
	if err != nil {
		os.RemoveAll(dir)
		p.showError(err)
		return
	}
	st, lib, ui := p.settings, p.state.lib, p.ui
	go func() {
		defer os.RemoveAll(dir)
		var sent printing.Job
		doc, err := job.WritePDF(out, st)
		if err == nil {
			var data []byte
			if data, err = os.ReadFile(out); err == nil {
				pd := &printing.Document{PDF: data, Pages: len(doc.Pages), Paper: doc.Paper,
					Draw: func(n int, dpi float64) (image.Image, error) {
						return drawBulletinPage(doc, n-1, dpi, lib)
					}}
				sent, err = printing.Print(context.Background(), p.spooler, pd, printing.Options{})
			}
		}
		p.do(func() {
			if err != nil {
				p.showError(err)
				return
			}
			p.status.SetText(sent.In(message.Lang(ui)))
		})
	}()
}

// splitLines is the non-empty lines of s, trimmed.
func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// parseCount reads a count typed in a field: "" is 0.
func parseCount(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 1_000_000 {
		return 0, fmt.Errorf("%q is not a count", s)
	}
	return n, nil
}

func countText(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}
