package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/paiban/paiban/fonts"
)

// cjkTheme is Fyne's default theme with the embedded Noto Sans faces for
// text: Fyne's own fallback picks system fonts with the wrong regional
// glyph shapes, and a .ttc collection crashes it, so the editor brings its
// own single-face fonts. Light and dark variants follow the system.
//
// Bold text is set in the bold face of the interface's writing: the
// embedded Traditional bold lacks Simplified characters, and a 简体 label
// set in it would mix bold and regular characters (主办单位 with 办单 in
// the regular face Fyne falls back to).
type cjkTheme struct {
	regular, bold fyne.Resource
}

func newTheme(lib *fonts.Library, ui string) fyne.Theme {
	t := &cjkTheme{}
	if data, err := lib.Data(fonts.SansTC); err == nil {
		t.regular = fyne.NewStaticResource("NotoSansTC-Regular.ttf", data)
	}
	bold := fonts.SansBoldTC
	if ui == langHans {
		bold = fonts.SansBoldSC
	}
	if data, err := lib.Data(bold); err == nil {
		t.bold = fyne.NewStaticResource(bold+".ttf", data)
	}
	return t
}

func (t *cjkTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, v)
}

func (t *cjkTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	if s.Bold && t.bold != nil {
		return t.bold
	}
	if t.regular != nil {
		return t.regular
	}
	return theme.DefaultTheme().Font(s)
}

func (t *cjkTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *cjkTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
