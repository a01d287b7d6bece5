package layout

import "github.com/paiban/paiban/internal/cjk"

// Half-width punctuation in Chinese text. Real articles are full of ASCII
// , : ; ! ? typed between Chinese characters (the seed article has a
// hundred). Printed as they are, they look cramped and wrong; with
// Options.KeepHalfWidth unset, such a mark is printed with the glyph of its
// full-width form, in an em box of its own. The source text is untouched,
// and so is the text a reader copies out of the PDF: the character stays
// ASCII, only its glyph changes: the glyph's ID (Glyph.ID) is that of the
// full-width form, and both renderers draw that glyph.

// normalisePunctuation switches half-width marks that stand between two
// Chinese characters (ideographs or full-width marks) to full-width glyphs.
func (s shaper) normalisePunctuation(gs []pglyph, size Unit) {
	chinese := func(i int) bool {
		if i < 0 || i >= len(gs) {
			return false
		}
		c := gs[i].class
		return c == classHan || c == classFull
	}
	for i := range gs {
		fw, ok := cjk.FullWidthForm(gs[i].r)
		if !ok || gs[i].missing || !chinese(i-1) || !chinese(i+1) {
			continue
		}
		face, adv, ok := s.lookup(fw, gs[i].run.bold, gs[i].run.role)
		if !ok {
			continue
		}
		gs[i].face = s.faces.id(face)
		gs[i].gid = s.glyphID(gs[i].face, fw)
		gs[i].adv = size.scale(adv)
		gs[i].class = classFull
	}
}
