package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// placeIME asks the system's input method to put its candidate window at
// pos, the body's cursor in window coordinates (Fyne's units), so that the
// characters being composed are picked beside the text they go into. Only
// Windows offers a way to the app (imeAt); elsewhere the candidate window
// stays where the input method puts it (the guides say so).
func placeIME(w fyne.Window, pos fyne.Position) {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return
	}
	scale := w.Canvas().Scale()
	x, y := int32(pos.X*scale), int32(pos.Y*scale)
	nw.RunNative(func(ctx any) { imeAt(ctx, x, y) })
}
