package textarea_test

import (
	"fyne.io/fyne/v2"

	"github.com/paiban/paiban/app/textarea"
)

// How the editor wires the text area: the changed mark follows Saved, so
// undoing back to the opened text clears it; a proofreading note or a Find
// result selects its bytes and scrolls to them; an input method's
// candidate window goes under the cursor.
func Example() {
	var win fyne.Window // the editor's window
	body := textarea.New()
	body.SetText("第一段。\n\n第二段。") // the opened article: history cleared, saved
	body.OnChanged = func() {
		unsaved := !body.Saved()
		_ = unsaved // "*" in the title, and a new layout of body.Text()
	}
	body.OnCursorMoved = func(offset int) {
		_ = offset // the preview turns to the page holding this byte
	}

	// A proofreading fix, as one undo step, then the found text selected.
	body.Replace(0, len("第一"), "首")
	body.Select(len("首段。\n\n"), len("首段。\n\n第二段"))
	body.ScrollToCursor()

	// Where an input method's candidate window goes, in canvas coordinates.
	at, height := body.CursorPosition()
	at = at.Add(fyne.CurrentApp().Driver().AbsolutePositionForObject(body)).AddXY(0, height)
	_ = at

	// After File ▸ Save:
	body.MarkSaved()
	win.SetContent(body)
}
