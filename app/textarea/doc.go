// Package textarea is the body editor's text area: one Fyne widget that
// edits the whole Markdown body, however long, as a word processor does —
// click to place the cursor, drag to select across paragraphs, Shift and
// the arrow keys, Cut, Copy, Paste, Undo and Redo.
//
// The text is held as source lines of runes (buffer.go), each wrapped to
// the widget's width at the layout's own line-break opportunities
// (layout.Breaks) and cached until that line is edited or the width, the
// text size or the theme's font changes (wrap.go). Only the rows in view
// are laid out and painted (render.go), so a keystroke costs the same in
// a 2 000-character article as in a 200 000-character one.
//
// Offsets in the API are byte offsets into Text, as the layout's glyphs
// carry them. The pure parts — the buffer, the history, the pasted-text
// conversion and the word runs — know nothing of Fyne.
//
// It imports no application package (fyne.io/fyne/v2/app): its tests run on
// Fyne's test driver. All of it runs on the Fyne UI goroutine.
package textarea
