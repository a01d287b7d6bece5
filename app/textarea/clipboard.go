package textarea

import "fyne.io/fyne/v2"

// The commands of an Edit menu. Fyne gives a main menu's shortcuts
// (Ctrl+C, Ctrl+V…) to the menu before the focused widget, so the editor's
// menu items call these; without such a menu the same keys reach
// TypedShortcut.

// Cut puts the selection on the app's clipboard and deletes it, as one
// undo step.
func (t *TextArea) Cut() {
	t.copy(fyne.CurrentApp().Clipboard())
	t.deleteSelection()
}

// Copy puts the selection on the app's clipboard.
func (t *TextArea) Copy() { t.copy(fyne.CurrentApp().Clipboard()) }

// Paste puts the app's clipboard text in place of the selection, as one
// undo step, keeping its paragraphs: plain text of a line a paragraph
// becomes Markdown paragraphs (see pastedText and apart).
func (t *TextArea) Paste() { t.pasteFrom(fyne.CurrentApp().Clipboard()) }

// pasteFrom is Paste from clipboard c.
func (t *TextArea) pasteFrom(c fyne.Clipboard) { t.paste(t.apart(pastedText(c.Content()))) }

// PasteVerbatim is Paste with the clipboard's text as it is (Ctrl+Shift+V).
func (t *TextArea) PasteVerbatim() { t.paste(verbatimText(fyne.CurrentApp().Clipboard().Content())) }

// SelectAll selects the whole text.
func (t *TextArea) SelectAll() {
	t.hist.close()
	t.setSelection(pos{}, t.buf.end())
}

// copy puts the selection on clipboard c, if there is one.
func (t *TextArea) copy(c fyne.Clipboard) {
	if s := t.SelectedText(); s != "" {
		c.SetContent(s)
	}
}
