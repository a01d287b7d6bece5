package app

import (
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/message"
)

// This file is the editor's side of crash recovery (see recoveryStore):
// copying unsaved changes, offering the copies left by editors that
// stopped without saving, and dropping a copy when its changes are
// discarded.

// autosave copies an article with unsaved changes to its recovery file,
// before it returns (the window is leaving the foreground, perhaps for
// good).
func (e *Editor) autosave() {
	if c, ok := e.unsaved(); ok {
		if err := e.rescue.save(c); err != nil {
			e.status.SetText(message.In(err, message.Lang(e.ui)))
		}
	}
}

// unsaved is the copy autosave keeps, if the article has unsaved changes.
func (e *Editor) unsaved() (recovered, bool) {
	return e.copy(func() []byte { return e.form.document().Markdown() })
}

// autosaveEvery autosaves every period until the window closes; the copy
// is taken on the UI goroutine and written on another.
func (e *Editor) autosaveEvery(period time.Duration) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			e.do(func() {
				if c, ok := e.unsaved(); ok {
					e.rescue.saveLater(c, func(err error) {
						e.do(func() { e.status.SetText(message.In(err, message.Lang(e.ui))) })
					})
				}
			})
		case <-e.stop:
			return
		}
	}
}

// close closes the window once its changes are saved or discarded.
func (e *Editor) close() {
	select {
	case <-e.stop:
	default:
		close(e.stop)
	}
	e.rescue.clear() // nothing unsaved is left to keep
	e.win.Close()
}

// sweep removes the temporary files that writes killed half way left in
// the folders of the recent files and of recovery (see atomicfile.Sweep).
// It runs once, off the UI goroutine, when the editor starts.
func (e *Editor) sweep() {
	e.do(func() {
		dirs := []string{e.store.dir}
		for _, p := range e.recent() {
			dirs = append(dirs, filepath.Dir(p))
		}
		go func() {
			for _, d := range dirs {
				atomicfile.Sweep(d)
			}
		}()
	})
}

// offerRecovery lists the copies of unsaved articles that editors which
// stopped without saving them left behind, each with its name and time,
// and lets the user restore one into this window or discard it. It
// returns the dialog, or nil when there is nothing to offer.
func (e *Editor) offerRecovery() *dialog.CustomDialog {
	found, err := e.store.leftovers(e.legacy)
	if err != nil {
		e.showError(err)
	}
	if len(found) == 0 {
		return nil
	}
	var d *dialog.CustomDialog
	rows := container.NewVBox(widget.NewLabel(tr(e.ui, "recoverlist")))
	taken := map[*rescue]bool{}
	for _, lo := range found {
		lo := lo
		name := lo.Path
		if name == "" {
			name = tr(e.ui, "untitled")
		}
		label := widget.NewLabel(fmt.Sprintf(tr(e.ui, "copyfrom"), filepath.Base(name), lo.Saved.Local().Format("2006-01-02 15:04:05")))
		var row *fyne.Container
		restore := widget.NewButton(tr(e.ui, "restore"), func() {
			taken[lo.r] = true
			d.Hide()
			e.confirmDiscard(func() { e.restore(lo) })
		})
		drop := widget.NewButton(tr(e.ui, "discard"), func() {
			taken[lo.r] = true
			lo.r.clear()
			row.Hide()
		})
		row = container.NewBorder(nil, nil, nil, container.NewHBox(drop, restore), label)
		rows.Add(row)
	}
	d = dialog.NewCustom(tr(e.ui, "recover"), tr(e.ui, "later"), rows, e.win)
	d.SetOnClosed(func() {
		// The copies neither restored nor discarded stay for next time;
		// another editor may take them from now on.
		for _, lo := range found {
			if !taken[lo.r] {
				lo.r.release()
			}
		}
	})
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
	return d
}

// restore makes a left-over copy this window's article, unsaved, and its
// recovery copy this window's own.
func (e *Editor) restore(lo leftover) {
	doc, err := e.adoptCopy(lo)
	if err != nil {
		e.showError(err)
		return
	}
	e.form.set(doc)
	e.updateTitle()
	e.relayout(true)
}

// showRecovered is File ▸ Unsaved Copies…: the same offer as at the start,
// for copies left by editors that stopped since, or put off then.
func (e *Editor) showRecovered() {
	if e.offerRecovery() == nil {
		dialog.NewCustom(tr(e.ui, "recovered"), tr(e.ui, "ok"), widget.NewLabel(tr(e.ui, "norecovered")), e.win).Show()
	}
}
