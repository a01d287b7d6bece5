package layout

import "github.com/paiban/paiban/internal/cjk"

// Punctuation compression (標點擠壓). A full-width mark draws its ink in
// one half of its em box; the other half is blank:
//
//	opening  「『“‘（〔［｛【〖〈《   blank left half
//	closing  」』”’）〕］｝】〗〉》   blank right half
//	zh-Hans  ，。、：；！？           blank right half (corner style)
//
// With compression on, each such mark becomes a box of its ink half and a
// glue of its blank half that may shrink to nothing (items.go):
//
//   - two marks side by side take at most 1½ em: a closing mark followed by
//     another mark, and an opening mark after another opening one, lose
//     their blank half;
//   - an opening mark that starts a line, or the paragraph after its
//     indent, loses its blank half (the glue is dropped at a line start);
//   - a closing mark's blank half is the first thing a line squeezes when
//     it is too long, so a line may end with a mark ½ em wide.
//
// Traditional text uses centred marks (，。 in the middle of the box), which
// cannot be squeezed without cutting the ink: compression is off for it by
// default, and then applies to no mark at all, so that spacing stays even.

type markKind uint8

const (
	markNone markKind = iota
	markOpen
	markClose
)

var openMarks = runeSet("「『“‘（〔［｛【〖〈《")
var closeMarks = runeSet("」』”’）〕］｝】〗〉》，。、：；！？")

// markOf classifies a printed glyph at em size; only marks that fill an
// em box (not half-width forms) are compressible.
func markOf(g pglyph, em Unit) markKind {
	if g.adv < em*9/10 || g.missing {
		return markNone
	}
	r := g.r
	if fw, ok := cjk.FullWidthForm(r); ok && g.class == classFull {
		r = fw // an ASCII mark printed full-width
	}
	switch {
	case openMarks[r]:
		return markOpen
	case closeMarks[r]:
		return markClose
	}
	return markNone
}

// Compression says whether punctuation is compressed.
type Compression uint8

// The compression settings; the zero value follows the article's variety.
const (
	CompressAuto Compression = iota // on for zh-Hans, off for zh-Hant
	CompressOn
	CompressOff
)
