package app

import (
	"bytes"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/paiban/paiban/article"
)

// This file keeps the preview with the writing: the page holding the
// body's cursor is shown and the cursor's line marked (on screen only),
// and a click on a character in the preview puts the cursor on it. The
// laid-out glyphs carry their byte offsets in the article's Markdown
// (layout.Glyph.Src); the body's offsets are turned into those and back.

// sourceOffset returns the offset in src, the Markdown d writes, of byte
// offset at of d's body: the inverse of locate for the body.
func sourceOffset(src []byte, d *Document, at int) int {
	bs := article.BodyStart(src)
	rest := src[bs:]
	lead := len(rest) - len(bytes.TrimLeft(rest, "\n"))
	shift := len(d.Body) - len(strings.TrimLeft(d.Body, "\n"))
	return bs + lead + max(0, at-shift)
}

// previewCurrent reports whether the preview shows the text as it is.
func (e *Editor) previewCurrent() bool { return e.shown.job != nil && e.shown.version == e.version }

// cursorMoved follows the body's cursor: the preview turns to its line,
// and an input method's candidate window goes beside it.
func (e *Editor) cursorMoved() {
	e.followCursor()
	at, height := e.form.body.CursorPosition()
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(e.form.body)
	placeIME(e.win, abs.Add(at).AddXY(0, height))
}

// followCursor turns the preview to the cursor's line and marks it, when
// the preview shows the text as it is (a layout of older text would put
// the mark on the wrong line: it is moved when the new layout comes).
func (e *Editor) followCursor() {
	if !e.previewCurrent() {
		return
	}
	d := Document{Body: e.form.body.Text()}
	src := e.shown.job.Article.Source
	at := sourceOffset(src, &d, e.form.body.Cursor())
	e.view.pages.MarkLine(at)
	e.view.pages.ShowOffset(at)
}

// showSource turns the preview to the line holding byte offset at of
// the Markdown shown, without moving the mark: a Find or proofreading
// result.
func (e *Editor) showSource(at int) { e.view.pages.ShowOffset(at) }

// tappedPreview puts the body's cursor on the character clicked in the
// preview, and the keyboard in the body.
func (e *Editor) tappedPreview(src int) {
	if !e.previewCurrent() {
		return // typed since: the offsets no longer hold
	}
	d := e.form.document()
	shown := e.shown.job.Article.Source
	p, ok := locate(shown, &d, article.Span{Start: src, End: src})
	if !ok {
		return
	}
	e.reveal(p)
	e.view.pages.MarkLine(src)
}
