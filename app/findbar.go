package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/app/find"
)

// findBar is Find and Replace over the body (Edit ▸ Find, Ctrl+F; Edit ▸
// Replace, Ctrl+H): a bar above the body, so that the text stays in view
// and editable while searching. Enter and F3 find the next match, Shift+F3
// the previous one; Replace replaces the match selected and moves on;
// Replace All is one step of the undo history. The search can take
// full-width and half-width forms alike (, finds ，) and 繁體 and 简体
// alike (发展 finds 發展); package find matches.
//
// ┌ [發展          ] [↑] [↓]  3 / 17   ☐ Aa  ☑ ，=,  ☐ 繁=简          [×] ┐
// │ [进步          ] [Replace] [Replace All]                           │
type findBar struct {
	lang                     string
	query                    *keyEntry
	with                     *keyEntry
	status                   *widget.Label
	matchCase, width, script *widget.Check
	replaceRow               fyne.CanvasObject
	content                  *fyne.Container

	// text, selection, reveal and replace are the body's side: its text,
	// the selected bytes, selecting a span and bringing it into view, and
	// replacing the body as one undo step.
	text      func() string
	selection func() (start, end int)
	reveal    func(start, end int)
	replace   func(body string)
	onClose   func()
}

func newFindBar(l string) *findBar {
	b := &findBar{lang: l}
	b.query = newKeyEntry(b.key)
	b.query.SetPlaceHolder(tr(l, "find"))
	b.query.OnSubmitted = func(string) { b.next(true) }
	b.query.OnChanged = func(string) { b.count() }
	b.with = newKeyEntry(b.key)
	b.with.SetPlaceHolder(tr(l, "replacewith"))
	b.with.OnSubmitted = func(string) { b.replaceOne() }
	b.status = widget.NewLabel("")
	check := func(key string, on bool) *widget.Check {
		c := widget.NewCheck(tr(l, key), func(bool) { b.count() })
		c.Checked = on
		return c
	}
	b.matchCase = check("matchcase", false)
	b.width = check("matchwidth", true)
	b.script = check("matchscript", false)
	prev := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { b.next(false) })
	next := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { b.next(true) })
	closer := widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		if b.onClose != nil {
			b.onClose()
		}
	})
	closer.Importance = widget.LowImportance
	options := container.NewHBox(prev, next, b.status, b.matchCase, b.width, b.script)
	b.replaceRow = container.NewBorder(nil, nil, nil, container.NewHBox(
		widget.NewButton(tr(l, "replace"), b.replaceOne),
		widget.NewButton(tr(l, "replaceall"), b.replaceAll)), b.with)
	b.content = container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(options, closer), b.query),
		b.replaceRow)
	return b
}

// key takes F3 (next) and Shift+F3 (previous) typed in the bar's fields:
// Fyne gives a key without Ctrl to the focused widget only.
func (b *findBar) key(name fyne.KeyName, shift bool) bool {
	if name != fyne.KeyF3 {
		return false
	}
	b.next(!shift)
	return true
}

// keyEntry is an Entry that offers the keys it is typed to onKey first,
// with whether Shift is held.
type keyEntry struct {
	widget.Entry
	shift bool
	onKey func(name fyne.KeyName, shift bool) bool
}

func newKeyEntry(onKey func(fyne.KeyName, bool) bool) *keyEntry {
	e := &keyEntry{onKey: onKey}
	e.ExtendBaseWidget(e)
	return e
}

// KeyDown notes Shift, and hands the rest to the Entry.
func (e *keyEntry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// KeyUp notes Shift let go, and hands the rest to the Entry.
func (e *keyEntry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// TypedKey offers the key to onKey before the Entry.
func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(k.Name, e.shift) {
		return
	}
	e.Entry.TypedKey(k)
}

// options are the differences the search overlooks, as ticked.
func (b *findBar) options() find.Options {
	return find.Options{MatchCase: b.matchCase.Checked, Width: b.width.Checked, Script: b.script.Checked}
}

// show shows the bar, with the replacement row for Replace, and focuses
// its field, holding the selection when there is a short one.
func (b *findBar) show(c fyne.Canvas, replacing bool, selected string) {
	if selected != "" && len([]rune(selected)) <= 100 {
		b.query.SetText(selected)
	}
	if replacing {
		b.replaceRow.Show()
	} else {
		b.replaceRow.Hide()
	}
	b.content.Show()
	// Fyne routes a Refresh to the canvas an object was last painted on;
	// the bar, hidden since the window opened, has none, and the window
	// would not repaint (nor lay the bar out) until something else moved.
	c.Refresh(b.content)
	c.Focus(b.query)
	b.count()
}

// count shows how many matches the body holds, and which one is selected.
func (b *findBar) count() {
	if b.text == nil {
		return
	}
	q := b.query.Text
	if q == "" {
		b.status.SetText("")
		return
	}
	all := find.All(b.text(), q, b.options())
	if len(all) == 0 {
		b.status.SetText(tr(b.lang, "nomatch"))
		return
	}
	start, end := b.selection()
	for i, m := range all {
		if m.Start == start && m.End == end {
			b.status.SetText(fmt.Sprintf("%d / %d", i+1, len(all)))
			return
		}
	}
	b.status.SetText(fmt.Sprintf("%d", len(all)))
}

// next selects the next match after the selection, or the previous one
// before it, going round at the body's end.
func (b *findBar) next(forward bool) bool {
	q := b.query.Text
	if q == "" {
		return false
	}
	start, end := b.selection()
	var m find.Span
	var ok bool
	if forward {
		m, ok = find.Next(b.text(), q, end, b.options())
	} else {
		m, ok = find.Previous(b.text(), q, start, b.options())
	}
	if ok {
		b.reveal(m.Start, m.End)
	}
	b.count()
	return ok
}

// replaceOne replaces the selected match, if the selection is one, and
// selects the next.
func (b *findBar) replaceOne() {
	text, q := b.text(), b.query.Text
	start, end := b.selection()
	for _, m := range find.All(text, q, b.options()) {
		if m.Start == start && m.End == end {
			b.replace(text[:start] + b.with.Text + text[end:])
			b.reveal(start+len(b.with.Text), start+len(b.with.Text))
			break
		}
	}
	b.next(true)
}

// replaceAll replaces every match as one step of the undo history.
func (b *findBar) replaceAll() {
	out, n := find.ReplaceAll(b.text(), b.query.Text, b.with.Text, b.options())
	if n > 0 {
		b.replace(out)
	}
	b.status.SetText(trn(b.lang, "replaced", n))
}
