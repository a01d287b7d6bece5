package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/internal/filename"
)

// This file holds the window's file actions: open, save, save as, export,
// and noticing that the article's file changed on disk. What they read and
// write, and when they must ask, is the session's (session.go,
// exportrun.go); here are the dialogs. Every write goes through atomicfile,
// and every path the editor keeps is absolute and clean, so that it names
// the same file whatever folder Paiban is started from.

// chosen runs write with the file a save dialog's answer names (see
// withExt). The writer the dialog opened is closed unwritten, which leaves
// every file as it was (see atomicFiles). When the final name is not the
// one the dialog asked about and a file of that name exists, it asks
// before replacing it.
func (e *Editor) chosen(w fyne.URIWriteCloser, ext string, also []string, write func(path string)) {
	w.Close()
	path, ask := target(w.URI().Path(), ext, also)
	if !ask {
		write(path)
		return
	}
	e.confirm(fmt.Sprintf(tr(e.ui, "exists"), filepath.Base(path)), tr(e.ui, "existsbody"), tr(e.ui, "overwrite"), func() { write(path) })
}

// confirm asks a yes-or-no question in the UI language and runs yes on
// the first answer.
func (e *Editor) confirm(title, body, yesLabel string, yes func()) {
	msg := widget.NewLabel(body)
	msg.Wrapping = wrapping(e.ui)
	var d *dialog.CustomDialog
	d = dialog.NewCustomWithoutButtons(title, msg, e.win)
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(tr(e.ui, "cancel"), d.Hide),
		&widget.Button{Text: yesLabel, Importance: widget.HighImportance, OnTapped: func() { d.Hide(); yes() }},
	})
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

func (e *Editor) newDocument() {
	e.tellBulletins(nil)
	e.startNew()
	e.form.set(Document{})
	e.updateTitle()
	e.relayout(true)
}

// Open reads an article file into the editor. A file the export would
// refuse — larger than article.MaxFile, not a regular file, or not
// UTF-8 — is refused with a message in a dialog, and the article open
// stays as it was.
func (e *Editor) Open(path string) error {
	path = absPath(path)
	d, src, err := readArticle(path)
	if err != nil {
		e.refuse(err)
		return err
	}
	e.load(path, d, src)
	return nil
}

// refuse tells why a file was not opened.
func (e *Editor) refuse(err error) {
	e.showError(e.failure("openfailed", err))
}

// load makes d, read from path as src, the editor's article.
func (e *Editor) load(path string, d Document, src []byte) {
	e.tellBulletins(nil)
	e.open(path, d, src)
	e.loaded(d)
}

// loaded shows d, the article just read: in the form, in the title and in
// Recent Files, and laid out at once.
func (e *Editor) loaded(d Document) {
	e.form.set(d)
	e.win.SetMainMenu(e.menu())
	e.updateTitle()
	e.relayout(true)
}

// openAsking opens an article file, first offering to save unsaved
// changes; a file that cannot be opened is refused before that question,
// so that nothing is lost.
func (e *Editor) openAsking(path string) {
	path = absPath(path)
	d, src, err := readArticle(path)
	if err != nil {
		e.refuse(err)
		return
	}
	e.confirmDiscard(func() { e.load(path, d, src) })
}

func (e *Editor) openDialog() { e.pickFile([]string{".md", ".markdown", ".txt"}, e.openAsking) }

// pickFile asks for a file to open with Fyne's open dialog, listing the
// files whose names end in one of exts (as written, in lower case, or in
// upper case), starting in the article's folder, and hands its path to
// open. Nothing is read here: the dialog's reader is closed at once, and
// open reads the file its own way (bounded, regular files only).
func (e *Editor) pickFile(exts []string, open func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		open(r.URI().Path())
	}, e.win)
	var all []string
	for _, x := range exts {
		all = append(all, x)
		if u := strings.ToUpper(x); u != x {
			all = append(all, u)
		}
	}
	d.SetFilter(storage.NewExtensionFileFilter(all))
	e.startIn(d)
	d.Show()
}

// SaveTo writes the article to path atomically and makes it the editor's
// file. Saving under a new name leaves the old file's recovery copy behind
// with the old name: the article now lives under the new one.
func (e *Editor) SaveTo(path string) error {
	if err := e.saveTo(path, e.form.document()); err != nil {
		return err
	}
	e.win.SetMainMenu(e.menu()) // Recent Files
	e.updateTitle()
	return nil
}

// save writes the article to its file, or asks for one. When the file
// changed on disk since it was opened or saved here — another program or
// another window saved it — it asks first rather than losing those
// changes without a word.
func (e *Editor) save(then func()) {
	step := e.saveNext()
	if step == saveName {
		e.saveAs(then)
		return
	}
	write := func() {
		if err := e.SaveTo(e.path); err != nil {
			e.showError(e.failure("savefailed", err))
			return
		}
		if then != nil {
			then()
		}
	}
	if step == saveNow {
		write()
		return
	}
	name := filepath.Base(e.path)
	msg := widget.NewLabel(fmt.Sprintf(tr(e.ui, "changedsave"), name))
	msg.Wrapping = wrapping(e.ui)
	var d *dialog.CustomDialog
	d = dialog.NewCustomWithoutButtons(fmt.Sprintf(tr(e.ui, "changed"), name), msg, e.win)
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(tr(e.ui, "cancel"), d.Hide),
		widget.NewButton(tr(e.ui, "saveas"), func() { d.Hide(); e.saveAs(then) }),
		widget.NewButton(tr(e.ui, "overwrite"), func() { d.Hide(); write() }),
	})
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

func (e *Editor) saveAs(then func()) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		e.chosen(w, ".md", []string{".markdown", ".txt"}, func(path string) {
			if err := e.SaveTo(path); err != nil {
				e.showError(e.failure("savefailed", err))
				return
			}
			if then != nil {
				then()
			}
		})
	}, e.win)
	d.SetFileName(e.suggestName(".md"))
	e.startIn(d)
	d.Show()
}

// suggestName is the file name a save dialog offers: the article's title,
// made a name every system accepts (see filename.Suggest), with ext.
func (e *Editor) suggestName(ext string) string {
	dir := ""
	if e.path != "" {
		dir = filepath.Dir(e.path)
	}
	return filename.Suggest(dir, e.form.title.Text, ext, tr(e.ui, "untitled"))
}

// startIn opens a file dialog in the article's own folder.
func (e *Editor) startIn(d *dialog.FileDialog) {
	if e.path == "" {
		return
	}
	if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(e.path))); err == nil {
		d.SetLocation(dir)
	}
}

// Export writes the PDF in the background and calls done on the UI
// goroutine. The article is read from the editor, not from disk. An out
// that is one of the export's inputs (the article's file, an image, a
// font) is refused; a failed export leaves the file at out as it was.
func (e *Editor) Export(out string, done func(error)) { e.export(out, false, done) }

// export is Export, printing characters no font has as 〓 when
// allowMissing is set.
func (e *Editor) export(out string, allowMissing bool, done func(error)) {
	r := e.exportRun(e.form.document().Markdown(), out, allowMissing)
	go func() {
		err := r.run()
		e.do(func() { done(err) })
	}()
}

func (e *Editor) exportDialog() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		e.chosen(w, ".pdf", nil, e.exportTo)
	}, e.win)
	d.SetFileName(e.suggestName(".pdf"))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	e.startIn(d)
	d.Show()
}

// exportTo exports the PDF to out with a progress dialog, and reports how
// it went. When characters no font has are all that stops it, it offers
// to print them as 〓.
func (e *Editor) exportTo(out string) { e.exportAllowing(out, false) }

func (e *Editor) exportAllowing(out string, allowMissing bool) {
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(tr(e.ui, "exporting"), bar, e.win)
	wait.Show()
	e.export(out, allowMissing, func(err error) {
		wait.Hide()
		if offer, ok := offerMissing(err, allowMissing, e.ui); ok {
			// Characters no font has are all that stops it: offer to
			// print them as 〓.
			e.confirm(tr(e.ui, "missingtitle"), offer.text(e.ui), tr(e.ui, "printgeta"), func() { e.exportAllowing(out, true) })
			return
		}
		if err != nil {
			e.showError(e.failure("exportfailed", err))
			return
		}
		e.status.SetText(fmt.Sprintf(tr(e.ui, "exported"), out))
	})
}

// checkDisk offers to reload the article when its file changed on disk
// since it was opened or saved here, once for each change. It runs when
// the window comes to the front.
func (e *Editor) checkDisk() {
	question, ok := e.diskChange()
	if !ok {
		return
	}
	name := e.name()
	e.confirm(fmt.Sprintf(tr(e.ui, "changed"), name), fmt.Sprintf(tr(e.ui, question), name), tr(e.ui, "reload"), func() {
		d, err := e.reload()
		if err != nil {
			e.refuse(err)
			return
		}
		e.loaded(d)
	})
}
