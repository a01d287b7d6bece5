// Command demo opens a window holding only a text area with a body file,
// the cursor in the middle, for measuring the widget in a real window
// (docs/performance.md, "Body editor widget"): keystroke echo with
// ../shared/tools/keylat, clicks and drags with xdotool. It prints the
// cursor and the selection as they move. It is not part of Paiban.
//
//	go run ./app/textarea/demo BODY.md
package main

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/paiban/paiban/app/textarea"
	"github.com/paiban/paiban/fonts"
)

// cjkTheme is the app's theme with the editor's Noto Sans TC text font.
type cjkTheme struct {
	fyne.Theme
	font fyne.Resource
}

func (t cjkTheme) Font(fyne.TextStyle) fyne.Resource { return t.font }

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: demo BODY.md")
		os.Exit(2)
	}
	body, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		os.Exit(1)
	}
	a := app.New()
	if data, err := fonts.NewLibrary().Data(fonts.SansTC); err == nil {
		a.Settings().SetTheme(cjkTheme{Theme: a.Settings().Theme(), font: fyne.NewStaticResource(fonts.SansTC+".ttf", data)})
	}
	w := a.NewWindow("textarea demo")
	ta := textarea.New()
	ta.SetText(string(body))
	ta.OnChanged = func() { _ = ta.Text() } // as the editor will read it
	ta.OnCursorMoved = func(off int) {
		s, e := ta.Selection()
		fmt.Println("cursor", off, "selection", s, e, "len", ta.Len())
	}
	w.SetContent(ta)
	w.Resize(fyne.NewSize(700, 800))
	w.Canvas().Focus(ta)
	ta.SetCursor(len(body) / 2)
	ta.ScrollToCursor()
	w.ShowAndRun()
}
