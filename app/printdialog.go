package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/printing"
)

// prefLastPrinter keeps the printer the last job went to, which the print
// dialog chooses first.
const prefLastPrinter = "lastprinter"

// The print dialog's words.
var (
	printTitle    = message.Text{"Print", "列印", "打印"}
	printPrinter  = message.Text{"Printer", "印表機", "打印机"}
	printCopies   = message.Text{"Copies", "份數", "份数"}
	printPages    = message.Text{"Pages", "頁碼", "页码"}
	printAllHint  = message.Text{"all %d pages, or e.g. 1-3,5", "全部 %d 頁，或如 1-3,5", "全部 %d 页，或如 1-3,5"}
	printDuplex   = message.Text{"Both sides (long edge)", "雙面列印（長邊翻頁）", "双面打印（长边翻页）"}
	printButton   = message.Text{"Print", "列印", "打印"}
	printCancel   = message.Text{"Cancel", "取消", "取消"}
	printFinding  = message.Text{"Looking for printers…", "正在尋找印表機…", "正在查找打印机…"}
	printPrinting = message.Text{"Printing…", "正在列印…", "正在打印…"}
	printFailed   = message.Text{"Printing failed", "列印失敗", "打印失败"}
)

// printDialog asks where and how to print: the printer (the last one used,
// else the system's default), its state, the copies, the pages and both
// sides. What stops a print — no printer, the printing system not running,
// a stopped printer, copies or pages that make no sense — is said in the
// dialog, in the interface language, and Print waits until it is put
// right.
type printDialog struct {
	lang     message.Lang
	pages    int // the article's pages as last laid out; 0 when not known
	last     string
	printers []printing.Printer
	listed   bool // the printers have been asked for

	printer *widget.Select
	state   *widget.Label // the chosen printer's state
	copies  *keyEntry
	range_  *keyEntry
	duplex  *widget.Check
	note    *widget.Label // what stops the print, if anything
	print   *widget.Button
	dialog  *dialog.CustomDialog

	// onPrint is called with the options when Print is pressed and they
	// are good; the dialog is hidden by then.
	onPrint func(printing.Options)
}

// newPrintDialog makes the dialog in language l for an article of pages
// pages (0 when not known), preferring printer last; setPrinters fills in
// the printers.
func newPrintDialog(l message.Lang, pages int, last string, win fyne.Window) *printDialog {
	pd := &printDialog{lang: l, pages: pages, last: last}
	pd.printer = widget.NewSelect(nil, func(string) { pd.check() })
	pd.state = widget.NewLabel("")
	// Enter prints and Escape cancels from either field, as a word
	// processor's Print dialog does; the copies field has the focus.
	keys := func(name fyne.KeyName, _ bool) bool {
		switch name {
		case fyne.KeyReturn, fyne.KeyEnter:
			pd.submit()
		case fyne.KeyEscape:
			pd.dialog.Hide()
		default:
			return false
		}
		return true
	}
	pd.copies = newKeyEntry(keys)
	pd.copies.SetText("1")
	pd.copies.OnChanged = func(string) { pd.check() }
	pd.range_ = newKeyEntry(keys)
	if pages > 0 {
		pd.range_.SetPlaceHolder(fmt.Sprintf(printAllHint.In(l), pages))
	}
	pd.range_.OnChanged = func(string) { pd.check() }
	pd.duplex = widget.NewCheck(printDuplex.In(l), nil)
	pd.note = widget.NewLabel(printFinding.In(l))
	pd.note.Wrapping = fyne.TextWrapWord
	pd.note.Importance = widget.WarningImportance
	pd.print = widget.NewButtonWithIcon(printButton.In(l), theme.DocumentPrintIcon(), pd.submit)
	pd.print.Importance = widget.HighImportance
	pd.print.Disable()
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(printPrinter.In(l)), container.NewVBox(pd.printer, pd.state),
		widget.NewLabel(printCopies.In(l)), pd.copies,
		widget.NewLabel(printPages.In(l)), pd.range_,
		layout.NewSpacer(), pd.duplex)
	pd.dialog = dialog.NewCustomWithoutButtons(printTitle.In(l), container.NewVBox(form, pd.note), win)
	pd.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton(printCancel.In(l), pd.dialog.Hide), pd.print})
	pd.dialog.Resize(fyne.NewSize(520, 0))
	return pd
}

// setPrinters shows the printers the system listed, or why it could not
// list them, and chooses the last printer used, else the default.
func (pd *printDialog) setPrinters(ps []printing.Printer, err error) {
	pd.listed, pd.printers = true, ps
	if err != nil {
		pd.printers = nil
		pd.note.SetText(message.In(err, pd.lang))
		pd.print.Disable()
		return
	}
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	pd.printer.SetOptions(names)
	if _, ok := printing.Find(ps, pd.last); ok {
		pd.printer.SetSelected(pd.last)
	} else if p, ok := printing.DefaultOf(ps); ok {
		pd.printer.SetSelected(p.Name)
	}
	pd.check()
}

// options reads the dialog's choices, or says what is wrong with them.
func (pd *printDialog) options() (printing.Options, error) {
	var o printing.Options
	if !pd.listed {
		return o, message.New(printFinding)
	}
	pd.state.SetText("")
	p, err := printing.Choose(pd.printers, pd.printer.Selected) // "": the default, if there is one
	if err != nil {
		return o, err
	}
	pd.state.SetText(p.Describe(pd.lang))
	if err := printing.Usable(p); err != nil {
		return o, err
	}
	o.Printer = p.Name
	text := strings.TrimSpace(strings.Map(halfWidthDigit, pd.copies.Text))
	n, err := strconv.Atoi(text)
	if err != nil || n < 1 || n > printing.MaxCopies {
		return o, message.New(badCopies, pd.copies.Text, printing.MaxCopies)
	}
	o.Copies = n
	if o.Pages, err = printing.ParsePages(pd.range_.Text); err != nil {
		return o, err
	}
	if pd.pages > 0 {
		if _, err := o.Pages.Resolve(pd.pages); err != nil {
			return o, err
		}
	}
	o.Duplex = pd.duplex.Checked
	return o, nil
}

var badCopies = message.Text{
	"copies %q: want a number from 1 to %d",
	"份數「%s」：請填 1 到 %d 的數字",
	"份数“%s”：请填 1 到 %d 的数字",
}

// halfWidthDigit turns the full-width digits a Chinese input method types
// into ASCII ones.
func halfWidthDigit(r rune) rune {
	if r >= '０' && r <= '９' {
		return '0' + (r - '０')
	}
	return r
}

// check shows what stops the print, if anything, and enables Print when
// nothing does.
func (pd *printDialog) check() {
	_, err := pd.options()
	if err != nil {
		pd.note.SetText(message.In(err, pd.lang))
		pd.note.Show()
		pd.print.Disable()
		return
	}
	pd.note.SetText("")
	pd.note.Hide()
	pd.print.Enable()
}

// submit is Print: the options once more, then the job.
func (pd *printDialog) submit() {
	o, err := pd.options()
	if err != nil {
		pd.check()
		return
	}
	pd.dialog.Hide()
	if pd.onPrint != nil {
		pd.onPrint(o)
	}
}

// printDialog is File ▸ Print…: the dialog on the system's printers.
func (e *Editor) printDialog() { e.showPrint(printing.System()) }

// showPrint shows the print dialog for the printers of sp, which are
// listed off the UI goroutine, and prints with what it is given.
func (e *Editor) showPrint(sp printing.Spooler) *printDialog {
	l := message.Lang(e.ui)
	pages := 0
	if e.shown.doc != nil {
		pages = len(e.shown.doc.Pages)
	}
	pd := newPrintDialog(l, pages, e.pr.String(prefLastPrinter), e.win)
	pd.onPrint = func(o printing.Options) {
		e.pr.SetString(prefLastPrinter, o.Printer)
		e.printShowing(sp, o, false)
	}
	pd.dialog.Show()
	e.win.Canvas().Focus(pd.copies)
	go func() {
		ps, err := sp.Printers(context.Background())
		e.do(func() { pd.setPrinters(ps, err) })
	}()
	return pd
}

// printShowing prints with a progress dialog and reports how it went, in
// the status bar or in an error dialog. When characters no font has are
// all that stops it, it offers to print them as 〓, as Export does.
func (e *Editor) printShowing(sp printing.Spooler, o printing.Options, allowMissing bool) {
	l := message.Lang(e.ui)
	wait := dialog.NewCustomWithoutButtons(printPrinting.In(l), widget.NewProgressBarInfinite(), e.win)
	wait.Show()
	e.print(sp, o, allowMissing, func(job printing.Job, err error) {
		wait.Hide()
		if offer, ok := offerMissing(err, allowMissing, e.ui); ok {
			e.confirm(tr(e.ui, "missingtitle"), offer.text(e.ui), tr(e.ui, "printgeta"), func() { e.printShowing(sp, o, true) })
			return
		}
		if err != nil {
			e.showError(&uiError{text: fmt.Sprintf(message.At.In(l), printFailed.In(l), message.In(err, l)), err: err})
			return
		}
		e.status.SetText(job.In(l))
	})
}

// Print prints the article as the editor holds it — the form's text, not
// the file on disk — with the editor's settings, on sp with options o, and
// calls done on the UI goroutine with the job the spooler took or the
// error. The layout, the PDF and the spooling run off the UI goroutine.
func (e *Editor) Print(sp printing.Spooler, o printing.Options, done func(printing.Job, error)) {
	e.print(sp, o, false, done)
}

// print is Print, printing characters no font has as 〓 when
// allowMissing is set.
func (e *Editor) print(sp printing.Spooler, o printing.Options, allowMissing bool, done func(printing.Job, error)) {
	src := e.form.document().Markdown()
	settings := e.settings
	settings.AllowMissing = allowMissing
	dir, name := e.dir(), e.path
	if name == "" {
		name = tr(e.ui, "untitled")
	}
	lib := e.lib
	go func() {
		job, err := printArticle(context.Background(), sp, src, settings, lib, dir, filepath.Base(name), o)
		e.do(func() { done(job, err) })
	}()
}

// printArticle parses, lays out, checks and prints the article src, as
// an export of it would be checked (printing.Prepare); dir is where its
// pictures are, name its file's name for messages. It is plain work, UI
// free, safe on any goroutine.
func printArticle(ctx context.Context, sp printing.Spooler, src []byte, s export.Settings, lib *fonts.Library, dir, name string, o printing.Options) (printing.Job, error) {
	a, err := article.Parse(src)
	if err != nil {
		return printing.Job{}, err
	}
	job := &export.Job{Article: a, Path: name, Dir: dir, Fonts: lib}
	d, err := printing.Prepare(job, job.Layout(s), s)
	if err != nil {
		return printing.Job{}, err
	}
	if o.Title == "" {
		o.Title = a.Meta.Title
	}
	return printing.Print(ctx, sp, d, o)
}
