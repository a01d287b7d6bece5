package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// This file selects text in the front matter's one-line fields (Fyne's
// Entry), which have no call for it: a proofreading note on the title
// selects its text there.

// unselect clears the Entry's selection, keeping the cursor.
func unselect(e *widget.Entry) {
	if e.SelectedText() != "" {
		row, col := e.CursorRow, e.CursorColumn
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome}) // without Shift: ends the selection
		e.CursorRow, e.CursorColumn = row, col
	}
}

// selectRunes selects runes [from, to) of the Entry's text, the cursor at
// to. Entry has no call for it; the cursor is placed by row and column
// (rows being wrapped lines, found through CursorTextOffset) and the
// selection made as Shift and an arrow key make it.
func selectRunes(e *widget.Entry, from, to int) {
	unselect(e)
	e.CursorRow, e.CursorColumn = rowCol(e, from)
	if to > from {
		shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
		e.KeyDown(shift) // anchors the selection at the cursor
		e.CursorRow, e.CursorColumn = rowCol(e, to-1)
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		e.KeyUp(shift)
	}
	e.Refresh()
}

// rowCol is the cursor row and column of rune offset pos in the Entry.
func rowCol(e *widget.Entry, pos int) (int, int) {
	row := 0
	for r := 1; ; r++ {
		e.CursorRow, e.CursorColumn = r, 0
		begin := e.CursorTextOffset() // 0 past the last row
		if begin == 0 || begin > pos {
			break
		}
		row = r
	}
	e.CursorRow, e.CursorColumn = row, 0
	return row, pos - e.CursorTextOffset()
}

// byteOffset is the byte offset of rune n of text.
func byteOffset(text string, n int) int {
	for i := range text {
		if n == 0 {
			return i
		}
		n--
	}
	return len(text)
}
