package app

import (
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// Undo history limits.
const (
	// typingPause ends a step of typing: what is typed after a longer
	// pause is undone separately.
	typingPause = time.Second
	// maxSteps is how many steps Undo can go back, as long as their
	// snapshots take no more than maxBytes (a 2 MB article keeps fewer).
	maxSteps = 100
	maxBytes = 64 << 20
)

// history is the editor's Undo and Redo over the whole article: each step
// is a snapshot of the Document. Typing in one field without a pause makes
// one step; an editor operation (a proofreading fix, a 繁简 conversion) is
// always a step of its own, however many blocks and fields it changes.
// Snapshots share their unchanged strings, so a step costs little more
// than the body's text.
//
// The zero value is an empty history of an empty document. history is
// plain data: one goroutine (the UI's) uses it.
type history struct {
	undo, redo []Document
	cur        Document  // the document as last reported
	last       time.Time // when typing was last recorded
	field      string    // the field typed in last
	sealed     bool      // the next change starts a new step
}

// reset forgets the steps: d is a newly opened document.
func (h *history) reset(d Document) { *h = history{cur: d, sealed: true} }

// typed records a change the user made by typing at time now.
func (h *history) typed(d Document, now time.Time) {
	if d == h.cur {
		return
	}
	f := changedField(h.cur, d)
	if h.sealed || now.Sub(h.last) > typingPause || f != h.field {
		h.push(h.cur)
	}
	h.redo = nil
	h.cur, h.last, h.field, h.sealed = d, now, f, false
}

// apply records an editor operation that turned the current document
// into d, as one step.
func (h *history) apply(d Document) {
	h.push(h.cur)
	h.redo = nil
	h.cur, h.sealed = d, true
}

func (h *history) push(d Document) {
	h.undo = append(h.undo, d)
	size := 0
	for _, u := range h.undo {
		size += len(u.Body)
	}
	for len(h.undo) > 1 && (len(h.undo) > maxSteps || size > maxBytes) {
		size -= len(h.undo[0].Body)
		h.undo = append(h.undo[:0], h.undo[1:]...)
	}
}

// back steps back and returns the document to show, if there is a step.
func (h *history) back() (Document, bool) { return h.step(&h.undo, &h.redo) }

// forward redoes the step last undone, if there is one.
func (h *history) forward() (Document, bool) { return h.step(&h.redo, &h.undo) }

// step moves the current document onto to and takes the top of from.
func (h *history) step(from, to *[]Document) (Document, bool) {
	if len(*from) == 0 {
		return Document{}, false
	}
	*to = append(*to, h.cur)
	h.cur = (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	h.sealed = true
	return h.cur, true
}

// changedField names the first field in which a and b differ, by its
// front matter key ("" for the body).
func changedField(a, b Document) string {
	for _, k := range fieldKeys {
		if *a.field(k) != *b.field(k) {
			return k
		}
	}
	return ""
}

// change replaces the document by d as one step of the undo history — a
// proofreading fix, a conversion — and selects what changed.
func (e *Editor) change(d Document) {
	old := e.form.document()
	e.hist.typed(old, time.Now()) // in step with the form, should it not be
	e.hist.apply(d)
	e.replace(old, d)
}

// undo goes back a step (Edit ▸ Undo, Ctrl+Z).
func (e *Editor) undo() { e.travel(&fyne.ShortcutUndo{}, e.hist.back) }

// redo goes forward a step (Edit ▸ Redo, Ctrl+Y).
func (e *Editor) redo() { e.travel(&fyne.ShortcutRedo{}, e.hist.forward) }

// travel shows the document a step of the history leads to; in a dialog,
// the shortcut goes to the dialog's field instead.
func (e *Editor) travel(s fyne.Shortcut, step func() (Document, bool)) {
	if e.inDialog(s) {
		return
	}
	old := e.hist.cur
	e.flash = "" // "N fixes made" no longer holds
	if d, ok := step(); ok {
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
	k := changedField(old, d)
	a, b := *old.field(k), *d.field(k)
	if a == b {
		return
	}
	pre, suf := commonEnds([]byte(a), []byte(b))
	start, end := pre, len(b)-suf
	for start > 0 && start < len(b) && !utf8.RuneStart(b[start]) {
		start--
	}
	for end < len(b) && !utf8.RuneStart(b[end]) {
		end++
	}
	e.reveal(place{field: k, start: start, end: end})
}

// reveal selects a place in the form and brings it into view.
func (e *Editor) reveal(p place) {
	if p.field == "" {
		e.form.body.reveal(p.start, p.end)
		return
	}
	en := e.form.entry(p.field)
	if en == nil {
		return
	}
	e.win.Canvas().Focus(en)
	from, to := runeRange(en.Text, p.start, p.end)
	selectRunes(en, from, to)
}

// commonEnds returns how long a prefix and, after it, a suffix a and b
// share.
func commonEnds[T comparable](a, b []T) (pre, suf int) {
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	return pre, suf
}
