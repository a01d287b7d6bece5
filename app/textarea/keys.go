package textarea

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The keyboard. Fyne hands plain keys (with Shift held or not) to
// TypedKey, typed and committed input-method text to TypedRune, and keys
// with Ctrl (Cmd on macOS) to TypedShortcut.

// AcceptsTab implements fyne.Tabbable: Tab types a tab.
func (t *TextArea) AcceptsTab() bool { return true }

// KeyDown implements desktop.Keyable: it notes the Shift key.
func (t *TextArea) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		t.shiftDown = true
	}
}

// KeyUp implements desktop.Keyable.
func (t *TextArea) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		t.shiftDown = false
	}
}

// shift reports whether Shift is held.
func (t *TextArea) shift() bool {
	if t.shiftDown {
		return true
	}
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

// TypedRune implements fyne.Focusable: it types r over the selection.
func (t *TextArea) TypedRune(r rune) { t.typeText(string(r)) }

// TypedKey implements fyne.Focusable.
func (t *TextArea) TypedKey(k *fyne.KeyEvent) {
	extend := t.shift()
	switch k.Name {
	case fyne.KeyLeft:
		t.moveChar(-1, extend)
	case fyne.KeyRight:
		t.moveChar(1, extend)
	case fyne.KeyUp:
		t.moveRows(-1, extend)
	case fyne.KeyDown:
		t.moveRows(1, extend)
	case fyne.KeyPageUp:
		t.movePage(-1, extend)
	case fyne.KeyPageDown:
		t.movePage(1, extend)
	case fyne.KeyHome:
		t.moveRowEdge(false, extend)
	case fyne.KeyEnd:
		t.moveRowEdge(true, extend)
	case fyne.KeyReturn, fyne.KeyEnter:
		t.typeText("\n")
	case fyne.KeyTab:
		t.typeText("\t")
	case fyne.KeyBackspace:
		t.deleteBack(false)
	case fyne.KeyDelete:
		t.deleteForward(false)
	default:
		if t.OnKey != nil {
			t.OnKey(k.Name, extend)
		}
	}
}

// TypedShortcut implements fyne.Shortcutable: the clipboard, Select All,
// Undo and Redo, and with Ctrl: ←/→ by word, Home/End of the text,
// Backspace/Delete a word, Shift+V to paste verbatim, Shift+Z to redo.
func (t *TextArea) TypedShortcut(s fyne.Shortcut) {
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		t.copy(clipboard(sc.Clipboard))
	case *fyne.ShortcutCut:
		t.copy(clipboard(sc.Clipboard))
		t.deleteSelection()
	case *fyne.ShortcutPaste:
		t.pasteFrom(clipboard(sc.Clipboard))
	case *fyne.ShortcutSelectAll:
		t.SelectAll()
	case *fyne.ShortcutUndo:
		t.Undo()
	case *fyne.ShortcutRedo:
		t.Redo()
	case *desktop.CustomShortcut:
		t.customShortcut(sc)
	}
}

func (t *TextArea) customShortcut(sc *desktop.CustomShortcut) {
	if sc.Modifier&^fyne.KeyModifierShift != fyne.KeyModifierShortcutDefault {
		return
	}
	extend := sc.Modifier&fyne.KeyModifierShift != 0
	switch sc.KeyName {
	case fyne.KeyLeft:
		t.moveWord(-1, extend)
	case fyne.KeyRight:
		t.moveWord(1, extend)
	case fyne.KeyHome:
		t.moveCursor(pos{}, extend, false)
	case fyne.KeyEnd:
		t.moveCursor(t.buf.end(), extend, false)
	case fyne.KeyBackspace:
		t.deleteBack(true)
	case fyne.KeyDelete:
		t.deleteForward(true)
	case fyne.KeyV:
		if extend {
			t.PasteVerbatim()
		}
	case fyne.KeyZ:
		if extend {
			t.Redo()
		}
	}
}

// clipboard is c, or the app's when a shortcut came without one.
func clipboard(c fyne.Clipboard) fyne.Clipboard {
	if c != nil {
		return c
	}
	return fyne.CurrentApp().Clipboard()
}

// moveCursor moves the cursor to p, the anchor with it unless extend.
func (t *TextArea) moveCursor(p pos, extend, eol bool) {
	anchor := p
	if extend {
		anchor = t.anchor
	}
	t.hist.close()
	t.moveTo(anchor, p, eol)
	t.ScrollToCursor()
}

// moveChar moves one character left (d < 0) or right; without Shift a
// selection collapses to its edge instead.
func (t *TextArea) moveChar(d int, extend bool) {
	t.goalX = -1
	if a, e := order(t.anchor, t.cursor); a != e && !extend {
		if d < 0 {
			t.moveCursor(a, false, false)
		} else {
			t.moveCursor(e, false, false)
		}
		return
	}
	p := t.cursor
	switch {
	case d < 0 && p.col > 0:
		p.col--
	case d < 0 && p.line > 0:
		p = pos{p.line - 1, len(t.buf.lines[p.line-1].runes)}
	case d > 0 && p.col < len(t.buf.lines[p.line].runes):
		p.col++
	case d > 0 && p.line < len(t.buf.lines)-1:
		p = pos{p.line + 1, 0}
	}
	t.moveCursor(p, extend, false)
}

// moveWord moves by a run of characters (words.go), across line ends.
func (t *TextArea) moveWord(d int, extend bool) {
	t.goalX = -1
	p := t.cursor
	rs := t.buf.lines[p.line].runes
	switch {
	case d < 0 && p.col == 0 && p.line > 0:
		p = pos{p.line - 1, len(t.buf.lines[p.line-1].runes)}
	case d < 0:
		p.col = wordLeft(rs, p.col)
	case p.col == len(rs) && p.line < len(t.buf.lines)-1:
		p = pos{p.line + 1, 0}
	default:
		p.col = wordRight(rs, p.col)
	}
	t.moveCursor(p, extend, false)
}

// moveRows moves n rows up (n < 0) or down, keeping the cursor's x; past
// the first or last row it goes to the text's start or end.
func (t *TextArea) moveRows(n int, extend bool) {
	g := t.cursorRow()
	x := t.goalX
	if x < 0 {
		x = t.cursorX(g)
	}
	target := g + n
	switch {
	case target < 0:
		t.moveCursor(pos{}, extend, false)
	case target >= t.totalRows():
		t.moveCursor(t.buf.end(), extend, false)
	default:
		i, r := t.locate(target)
		p, eol := t.placeInRow(i, r, x)
		t.moveCursor(p, extend, eol)
	}
	t.goalX = x
}

// movePage moves a view's height less one row, and scrolls as far.
func (t *TextArea) movePage(d int, extend bool) {
	rowH := t.rowHeight()
	n := max(int(t.scroll.Size().Height/rowH)-1, 1)
	t.ScrollTo(t.scroll.Offset.Y + float32(d*n)*rowH)
	t.moveRows(d*n, extend)
}

// moveRowEdge moves to the start or the end of the cursor's row.
func (t *TextArea) moveRowEdge(end, extend bool) {
	t.goalX = -1
	i, r := t.locate(t.cursorRow())
	a, b := t.rowSpan(i, r)
	if !end {
		t.moveCursor(pos{i, a}, extend, false)
		return
	}
	t.moveCursor(pos{i, b}, extend, r < len(t.buf.lines[i].rows)-1)
}

// deleteBack deletes the selection, or the character (or the run, for
// word) before the cursor, joining lines at a line's start.
func (t *TextArea) deleteBack(word bool) {
	if t.deleteSelection() {
		return
	}
	p := t.cursor
	a := p
	switch {
	case p.col > 0 && word:
		a.col = wordLeft(t.buf.lines[p.line].runes, p.col)
	case p.col > 0:
		a.col--
	case p.line > 0:
		a = pos{p.line - 1, len(t.buf.lines[p.line-1].runes)}
	default:
		return
	}
	t.change(a, p, "", kindDelete)
}

// deleteForward deletes the selection, or the character (or the run, for
// word) after the cursor, joining lines at a line's end.
func (t *TextArea) deleteForward(word bool) {
	if t.deleteSelection() {
		return
	}
	p := t.cursor
	e := p
	rs := t.buf.lines[p.line].runes
	switch {
	case p.col < len(rs) && word:
		e.col = wordRight(rs, p.col)
	case p.col < len(rs):
		e.col++
	case p.line < len(t.buf.lines)-1:
		e = pos{p.line + 1, 0}
	default:
		return
	}
	t.change(p, e, "", kindDelete)
}
