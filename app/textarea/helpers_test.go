package textarea

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/paiban/paiban/fonts"
)

// cjkTestTheme is Fyne's test theme with the embedded Noto Sans TC as its
// text font, as the editor's theme has it, so that Chinese text measures
// as it does in the app.
type cjkTestTheme struct {
	fyne.Theme
	font fyne.Resource
}

func (c cjkTestTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return c.Theme.Font(s)
	}
	return c.font
}

func (c cjkTestTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return c.Theme.Color(n, v)
}

var notoTC fyne.Resource

func newTestTheme(t testing.TB) fyne.Theme {
	if notoTC == nil {
		data, err := fonts.NewLibrary().Data(fonts.SansTC)
		if err != nil {
			t.Fatalf("the embedded font: %v", err)
		}
		notoTC = fyne.NewStaticResource(fonts.SansTC+".ttf", data)
	}
	return cjkTestTheme{Theme: test.Theme(), font: notoTC}
}

// newTestArea is a text area holding text in a window of the given size
// on Fyne's test driver, focused.
func newTestArea(t testing.TB, text string, size fyne.Size) (*TextArea, fyne.Window) {
	t.Helper()
	app := test.NewTempApp(t)
	app.Settings().SetTheme(newTestTheme(t))
	ta := New()
	w := test.NewTempWindow(t, ta)
	w.SetPadded(false)
	w.Resize(size)
	ta.SetText(text)
	w.Canvas().Focus(ta)
	return ta, w
}

// textSize and friends are the test's own view of the geometry: the
// theme's sizes and Fyne's measurement, not the widget's code.
func textSize() float32 { return theme.TextSize() }

func padding() float32 { return theme.InnerPadding() }

func rowHeight() float32 {
	return fyne.MeasureText("國Ag", textSize(), fyne.TextStyle{}).Height + theme.LineSpacing()
}

func measure(s string) float32 { return fyne.MeasureText(s, textSize(), fyne.TextStyle{}).Width }

// at is the surface point in the middle of row g, x past the text s (in
// that row) by dx.
func at(g int, s string, dx float32) fyne.Position {
	return fyne.NewPos(padding()+measure(s)+dx, padding()+(float32(g)+0.5)*rowHeight())
}

func press(ta *TextArea, p fyne.Position) {
	ta.surf.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}, Button: desktop.MouseButtonPrimary})
}

func drag(ta *TextArea, p fyne.Position) {
	ta.surf.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p}})
}

func release(ta *TextArea, p fyne.Position) {
	ta.surf.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}, Button: desktop.MouseButtonPrimary})
	ta.surf.DragEnd()
}

func key(ta *TextArea, name fyne.KeyName) { ta.TypedKey(&fyne.KeyEvent{Name: name}) }

func shiftKey(ta *TextArea, name fyne.KeyName) {
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	ta.KeyDown(shift)
	ta.TypedKey(&fyne.KeyEvent{Name: name})
	ta.KeyUp(shift)
}

func ctrl(ta *TextArea, name fyne.KeyName, shift bool) {
	mod := fyne.KeyModifierShortcutDefault
	if shift {
		mod |= fyne.KeyModifierShift
	}
	ta.TypedShortcut(&desktop.CustomShortcut{KeyName: name, Modifier: mod})
}
