package fonts

import (
	"github.com/go-text/typesetting/font"

	"github.com/paiban/paiban/internal/cjk"
)

// FullWidthVariant ends the name of a face variant that prints the ASCII
// marks , : ; ! ? with the glyphs of their full-width forms ，：；！？ — the
// layout's way of printing half-width punctuation typed in Chinese text
// without changing the text a reader copies out of the PDF (the name and
// the marks: package cjk).
const FullWidthVariant = cjk.FullWidthVariant

// fullWidthVariant returns f under name with the ASCII marks mapped to the
// glyphs of their full-width forms.
func (f *Face) fullWidthVariant(name string) *Face {
	v := *f
	v.name = name
	v.cmap = remappedCmap{f.cmap}
	return &v
}

// remappedCmap looks the ASCII marks up as their full-width forms.
type remappedCmap struct{ runeMap }

func (c remappedCmap) Lookup(r rune) (font.GID, bool) {
	if fw, ok := cjk.FullWidthForm(r); ok {
		r = fw
	}
	return c.runeMap.Lookup(r)
}
