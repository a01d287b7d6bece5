package app

import (
	"time"

	"fyne.io/fyne/v2"
)

// This file is the Edit menu's side of the window: Undo and Redo over the
// whole article (the history is the session's, history.go), the editor's
// operations made one step of it, and Find and Replace (findbar.go).

// change replaces the document by d as one step of the undo history — a
// proofreading fix, a conversion — and selects what changed.
func (e *Editor) change(d Document) {
	old := e.form.document()
	e.apply(old, d, time.Now())
	e.replace(old, d)
}

// undo goes back a step (Edit ▸ Undo, Ctrl+Z).
func (e *Editor) undo() { e.travel(&fyne.ShortcutUndo{}, e.session.undo) }

// redo goes forward a step (Edit ▸ Redo, Ctrl+Y).
func (e *Editor) redo() { e.travel(&fyne.ShortcutRedo{}, e.session.redo) }

// travel shows the document a step of the history leads to; in a dialog,
// the shortcut goes to the dialog's field instead.
func (e *Editor) travel(s fyne.Shortcut, step func() (old, d Document, ok bool)) {
	if e.inDialog(s) {
		return
	}
	e.flash = "" // "N fixes made" no longer holds
	if old, d, ok := step(); ok {
		e.replace(old, d)
	}
}

// inDialog hands Ctrl+Z or Ctrl+Y typed while a dialog is open to the
// dialog's focused field: the menu's shortcut reaches the editor first,
// but the article behind the dialog is not what the user is editing.
func (e *Editor) inDialog(s fyne.Shortcut) bool {
	c := e.win.Canvas()
	if c.Overlays().Top() == nil {
		return false
	}
	if f, ok := c.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
	}
	return true
}

// replace shows d in place of old: the article is changed, laid out again
// at once, and the first stretch that differs is selected.
func (e *Editor) replace(old, d Document) {
	e.form.set(d)
	e.markDirty()
	e.relayout(true)
	if p, ok := changedPlace(old, d); ok {
		e.reveal(p)
	}
}

// reveal selects a place in the form and brings it into view, and turns
// the preview to it.
func (e *Editor) reveal(p place) {
	if p.field == "" {
		e.win.Canvas().Focus(e.form.body)
		e.form.body.Select(p.start, p.end)
		e.form.body.ScrollToCursor()
		e.followCursor()
		return
	}
	e.view.pages.GoToPage(0) // the front matter prints on the first page
	en := e.form.entry(p.field)
	if en == nil {
		return
	}
	e.win.Canvas().Focus(en)
	from, to := runeRange(en.Text, p.start, p.end)
	selectRunes(en, from, to)
}

// showFind shows the find bar above the body, with the replacement row
// for Replace, holding the body's selection if any.
func (e *Editor) showFind(replacing bool) {
	e.find.show(e.win.Canvas(), replacing, e.form.body.SelectedText())
}

// newFind makes the find bar over the body.
func (e *Editor) newFind() *findBar {
	b := newFindBar(e.ui)
	b.text = e.form.body.Text
	b.selection = e.form.body.Selection
	b.reveal = func(start, end int) { e.reveal(place{start: start, end: end}) }
	b.replace = func(body string) {
		d := e.form.document()
		d.Body = body
		e.change(d)
	}
	b.onClose = func() {
		b.content.Hide()
		e.win.Canvas().Focus(e.form.body)
	}
	b.content.Hide()
	return b
}
