package pageview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// lineStep is how far ↑ and ↓ scroll, in Fyne units.
const lineStep float32 = 40

// screenStep is how far PgUp and PgDn scroll: the view's height less a
// little, so that the line cut at the bottom edge is whole at the top.
func (v *View) screenStep() float32 {
	h := v.viewSize().Height
	return h - min(2*gap, h/10)
}

// TypedKey scrolls: PgUp/PgDn a screen, ↑/↓ a little, Home/End to the
// first or last page.
func (v *View) TypedKey(e *fyne.KeyEvent) {
	off := v.scroll.Offset
	switch e.Name {
	case fyne.KeyPageDown, fyne.KeySpace:
		v.scrollTo(off.AddXY(0, v.screenStep()))
	case fyne.KeyPageUp:
		v.scrollTo(off.AddXY(0, -v.screenStep()))
	case fyne.KeyDown:
		v.scrollTo(off.AddXY(0, lineStep))
	case fyne.KeyUp:
		v.scrollTo(off.AddXY(0, -lineStep))
	case fyne.KeyRight:
		v.scrollTo(off.AddXY(lineStep, 0))
	case fyne.KeyLeft:
		v.scrollTo(off.AddXY(-lineStep, 0))
	case fyne.KeyHome:
		v.scrollTo(fyne.NewPos(off.X, 0))
	case fyne.KeyEnd:
		v.scrollTo(fyne.NewPos(off.X, v.geo.height()))
	}
}

// TypedShortcut zooms: Ctrl (⌘ on macOS) with plus or =, minus, and 0 (to
// the width); Ctrl+Home and Ctrl+End go to the first or last page.
func (v *View) TypedShortcut(s fyne.Shortcut) {
	c, ok := s.(*desktop.CustomShortcut)
	if !ok || c.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) == 0 ||
		c.Modifier&^(fyne.KeyModifierControl|fyne.KeyModifierSuper|fyne.KeyModifierShift) != 0 {
		return
	}
	switch c.KeyName {
	case fyne.KeyPlus, fyne.KeyEqual:
		v.ZoomIn()
	case fyne.KeyMinus:
		v.ZoomOut()
	case fyne.Key0:
		v.SetZoom(FitWidth)
	case fyne.KeyHome, fyne.KeyEnd:
		v.TypedKey(&fyne.KeyEvent{Name: c.KeyName})
	}
}
