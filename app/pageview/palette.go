package pageview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// colours are what the view paints around and over the pages. The paper
// itself is always white, as printed; what surrounds it follows the theme,
// so that the page's edge shows in both.
type colours struct {
	background color.Color // the grey between pages
	edge       color.Color // the page's 1-unit outline
	shadow     color.Color // the soft shadow below and right of a page
	mark       color.Color // the translucent bar on the cursor's line
}

// palette returns the view's colours under th: a mid grey with a darker
// outline and shadow in a light theme, a dark grey with a black outline in
// a dark one (whether a theme is dark is read from its background, so that
// custom themes are told right too).
func palette(th fyne.Theme) colours {
	variant := theme.VariantLight
	if app := fyne.CurrentApp(); app != nil {
		variant = app.Settings().ThemeVariant()
	}
	dark := luminance(th.Color(theme.ColorNameBackground, variant)) < 0.5
	c := colours{
		background: color.Gray{0xc4},
		edge:       color.Gray{0x80},
		shadow:     color.NRGBA{0, 0, 0, 0x40},
	}
	if dark {
		c.background = color.Gray{0x3a}
		c.edge = color.Gray{0x10}
		c.shadow = color.NRGBA{0, 0, 0, 0x70}
	}
	r, g, b, _ := th.Color(theme.ColorNamePrimary, variant).RGBA()
	c.mark = color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0x48}
	return c
}

// luminance is c's relative brightness, 0 to 1.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff
}
