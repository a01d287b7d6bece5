package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/proof"
)

// cjkTheme is Fyne's default theme with the embedded Noto Sans faces for
// text: Fyne's own fallback picks system fonts with the wrong regional
// glyph shapes, and a .ttc collection crashes it, so the editor brings its
// own single-face fonts. Light and dark variants follow the system.
//
// Text is set in the faces of one writing system: Simplified when the
// interface is 简体 or the article open is zh-Hans, Traditional otherwise.
// The Traditional regular face lacks a quarter of the common Simplified
// characters (编, 标, 们 …), which Fyne would draw from whatever system font
// has them, so that a 简体 menu or body mixed two designs; each regular
// face is cut to its own character set (Big5 or GB 2312, see
// fonts/README.md). Bold text is a subset of the bold face of the same
// writing system.
type cjkTheme struct {
	regular, bold fyne.Resource
	simplified    bool
}

// newTheme returns the theme for interface language ui, in Simplified
// faces when simplified.
func newTheme(lib *fonts.Library, ui string, simplified bool) *cjkTheme {
	simplified = simplified || ui == langHans
	t := &cjkTheme{simplified: simplified}
	regular, bold := fonts.SansTC, fonts.SansBoldTC
	if simplified {
		regular, bold = fonts.SansSC, fonts.SansBoldSC
	}
	if data, err := lib.Data(regular); err == nil {
		t.regular = fyne.NewStaticResource(regular+".ttf", data)
	}
	if data, err := lib.Subset(bold, interfaceRunes()); err == nil {
		t.bold = fyne.NewStaticResource(bold+".ttf", data)
	}
	return t
}

// interfaceRunes are the characters of the interface's words, in all three
// languages, and printable ASCII: what bold text shows (labels, headings,
// dialog titles). Fyne parses a font's every glyph into memory, once for
// each text style: the whole bold face would cost 30–45 MB for the few
// hundred characters bold text uses, so the theme's bold is a subset of
// them. A character outside it — one of a file name in a dialog's title —
// is drawn by Fyne from a system font of the language, where there is one.
func interfaceRunes() []rune {
	set := map[rune]bool{}
	for r := rune(0x20); r < 0x7f; r++ {
		set[r] = true
	}
	for _, s := range interfaceWords() {
		for _, w := range s {
			for _, r := range w {
				set[r] = true
			}
		}
	}
	out := make([]rune, 0, len(set))
	for r := range set {
		out = append(out, r)
	}
	return out
}

// interfaceWords are the words the interface shows, in English, 繁體 and
// 简体: its labels and the proofreading rules' names.
func interfaceWords() [][3]string {
	out := make([][3]string, 0, len(strs)+len(proof.Rules()))
	for _, s := range strs {
		out = append(out, s)
	}
	for _, r := range proof.Rules() {
		out = append(out, [3]string{r.Title(proof.English), r.Title(proof.TraditionalChinese), r.Title(proof.SimplifiedChinese)})
	}
	return out
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
