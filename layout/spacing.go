package layout

// Spacing between two printed glyphs, before justification:
//
//   - Han or full-width punctuation next to anything: no space, but the gap
//     may stretch by up to ¼ em to justify the line (never inside ——/……).
//   - Han next to a Latin letter or a digit: a ¼ em gap, which may shrink
//     to ⅛ em or stretch to ⅓ em.
//   - A typed space: its own width, stretching by half and shrinking by a
//     third, as in Latin text.
//   - Inside a Latin word or a number: nothing, ever.
func spacing(a, b pglyph, space, em Unit, paired bool) item {
	cjk := a.class == classHan || a.class == classFull || b.class == classHan || b.class == classFull
	switch {
	case space > 0:
		it := item{width: space, stretch: space / 2, shrink: space / 3, adjust: adjustLatin}
		if cjk {
			it.stretch = em / 4
		}
		return it
	case paired:
		return item{}
	case a.class == classHan && b.class == classLatin, a.class == classLatin && b.class == classHan:
		return item{width: em / 4, stretch: em / 12, shrink: em / 8, adjust: adjustLatin}
	case cjk:
		return item{stretch: em / 4, adjust: adjustHan}
	}
	return item{}
}
