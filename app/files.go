package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/message"
)

// This file holds what the editor does with files: open, save, save as,
// export, and noticing that the article's file changed on disk. Every
// write goes through atomicfile, and every path the editor keeps is
// absolute and clean, so that it names the same file whatever folder
// Paiban is started from.

// absPath makes path absolute and clean; a path that cannot be made
// absolute is kept as it is (the write or read then fails with the reason).
func absPath(path string) string {
	if a, err := filepath.Abs(path); err == nil {
		return a
	}
	return path
}

// withExt is the file name a save dialog's answer stands for: typed with
// ext (".md", ".pdf", ".yaml"), or with an extension among also, it is
// kept; otherwise ext is added, as Word adds .docx to "notes".
func withExt(path, ext string, also ...string) string {
	got := strings.ToLower(filepath.Ext(path))
	if got == ext {
		return path
	}
	for _, a := range also {
		if got == a {
			return path
		}
	}
	return path + ext
}

// chosen runs write with the file a save dialog's answer names (see
// withExt). The writer the dialog opened is closed unwritten, which leaves
// every file as it was (see atomicFiles). When the final name is not the
// one the dialog asked about and a file of that name exists, it asks
// before replacing it.
func (e *Editor) chosen(w fyne.URIWriteCloser, ext string, also []string, write func(path string)) {
	w.Close()
	typed := w.URI().Path()
	path := withExt(typed, ext, also...)
	if _, err := os.Stat(path); path == typed || err != nil {
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
	e.untitled()
	e.form.set(Document{})
	e.hist.reset(Document{})
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
	e.form.set(d)
	e.hist.reset(d)
	e.opened(path, src)
	e.remember(path)
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

func (e *Editor) openDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		e.openAsking(r.URI().Path())
	}, e.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".md", ".markdown", ".txt"}))
	d.Show()
}

// SaveTo writes the article to path atomically and makes it the editor's
// file. Saving under a new name leaves the old file's recovery copy behind
// with the old name: the article now lives under the new one.
func (e *Editor) SaveTo(path string) error {
	path = absPath(path)
	if err := e.write(path, e.form.document().Markdown()); err != nil {
		return err
	}
	e.remember(path)
	e.updateTitle()
	return nil
}

// save writes the article to its file, or asks for one. When the file
// changed on disk since it was opened or saved here — another program or
// another window saved it — it asks first rather than losing those
// changes without a word.
func (e *Editor) save(then func()) {
	if e.path == "" {
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
	if !e.changedOnDisk() {
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
	d.SetFileName(strings.TrimSpace(e.form.title.Text) + ".md")
	e.startIn(d)
	d.Show()
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

// remember puts path first in the recent files, which hold absolute paths
// only (earlier versions kept them as typed).
func (e *Editor) remember(path string) {
	pr := e.app.Preferences()
	list := []string{path}
	for _, p := range e.recent() {
		if p != path && len(list) < 8 {
			list = append(list, p)
		}
	}
	pr.SetStringList(prefRecent, list)
	e.win.SetMainMenu(e.menu())
}

// recent returns the recent files: absolute paths, newest first.
func (e *Editor) recent() []string {
	var out []string
	for _, p := range e.app.Preferences().StringList(prefRecent) {
		if filepath.IsAbs(p) {
			out = append(out, p)
		}
	}
	return out
}

// Export writes the PDF in the background and calls done on the UI
// goroutine. The article is read from the editor, not from disk. An out
// that is one of the export's inputs (the article's file, an image, a
// font) is refused; a failed export leaves the file at out as it was.
func (e *Editor) Export(out string, done func(error)) { e.export(out, false, done) }

// export is Export, printing characters no font has as 〓 when
// allowMissing is set.
func (e *Editor) export(out string, allowMissing bool, done func(error)) {
	src := e.form.document().Markdown()
	settings := e.settings
	settings.AllowMissing = allowMissing
	dir, name := ".", tr(e.ui, "untitled")
	if e.path != "" {
		dir, name = filepath.Dir(e.path), e.path
	}
	go func() {
		a, err := article.Parse(src)
		if err == nil {
			job := &export.Job{Article: a, Path: filepath.Base(name), Dir: dir, Fonts: e.lib}
			_, err = job.WritePDF(out, settings)
		}
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
	name := strings.TrimSpace(e.form.title.Text)
	if name == "" {
		name = "article"
	}
	d.SetFileName(name + ".pdf")
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
		var m *export.MissingError
		if errors.As(err, &m) && !allowMissing && onlyMissing(err) {
			e.offerMissing(m, func() { e.exportAllowing(out, true) })
			return
		}
		if err != nil {
			e.showError(e.failure("exportfailed", err))
			return
		}
		e.status.SetText(fmt.Sprintf(tr(e.ui, "exported"), out))
	})
}

// onlyMissing reports whether err is a *export.MissingError and nothing
// else (no picture that cannot be used beside it).
func onlyMissing(err error) bool {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs := j.Unwrap()
		if len(errs) != 1 {
			return false
		}
		err = errs[0]
	}
	_, ok := err.(*export.MissingError)
	return ok
}

// offerMissing tells which characters none of the fonts has, where, and
// offers to print them as 〓; print runs the export that way.
func (e *Editor) offerMissing(m *export.MissingError, print func()) {
	const most = 12
	var places []string
	for i, p := range m.Items {
		if i == most {
			places = append(places, fmt.Sprintf(tr(e.ui, "more"), len(m.Items)-most))
			break
		}
		places = append(places, fmt.Sprintf(message.At.In(message.Lang(e.ui)), m.Where[i], export.Missing(p.Text, message.Lang(e.ui))))
	}
	body := fmt.Sprintf(tr(e.ui, "missingbody"), len(m.Items)) + "\n\n" + strings.Join(places, "\n")
	e.confirm(tr(e.ui, "missingtitle"), body, tr(e.ui, "printgeta"), print)
}

// checkDisk offers to reload the article when its file changed on disk
// since it was opened or saved here, once for each change. It runs when
// the window comes to the front.
func (e *Editor) checkDisk() {
	if !e.newChangeOnDisk() {
		return // unchanged, gone (saving will write it again), or already told
	}
	name := filepath.Base(e.path)
	body := "changedreload"
	if e.dirty {
		body = "changedlose"
	}
	e.confirm(fmt.Sprintf(tr(e.ui, "changed"), name), fmt.Sprintf(tr(e.ui, body), name), tr(e.ui, "reload"), func() {
		d, src, err := readArticle(e.path)
		if err != nil {
			e.refuse(err)
			return
		}
		e.rescue.clear()
		e.load(e.path, d, src)
	})
}
