package layout

import (
	"unicode/utf8"
)

// Fonts is what layout needs of the typefaces: for each character, the face
// that prints it and its advance. The fonts package's Chain implements it;
// tests use a fake with fixed widths.
type Fonts interface {
	// Glyph returns the face that prints r, regular or bold, and r's advance
	// in thousandths of an em; ok is false when no face has r.
	Glyph(r rune, bold bool) (face string, advance int32, ok bool)
}

// GlyphIDs is what Fonts may also tell: the glyph ID that face prints r
// with. fonts.Chain does; with fonts that do not, Glyph.ID stays 0 and a
// renderer maps the text itself.
type GlyphIDs interface {
	GlyphID(face string, r rune) (uint16, bool)
}

// missingMark stands in for a character no face has (〓, the geta mark
// that Chinese and Japanese typesetters use for a missing sort).
const missingMark = '〓'

// textRun is a stretch of text in one style, as handed to setParagraph.
type textRun struct {
	text string
	bold bool
	role string // see role.go; "" for body text
	link string
	// src is the byte offset of text in the article source, or -1; when
	// exact is false every character maps to src.
	src   int
	exact bool
	// hardBreak ends the line after this run's text.
	hardBreak bool
	// from is where text starts in the paragraph's runs as given to
	// setParagraph: a long paragraph is set in pieces (setLong).
	from runPos
}

// pglyph is a character on its way to the page. A paragraph holds one for
// each of its characters, so it is kept small: what a whole run shares
// (bold, role, link) is read from the run.
type pglyph struct {
	r     rune
	class charClass
	// missing marks a character printed as missingMark.
	missing bool
	face    faceID // in shaper.faces
	gid     uint16 // the glyph in face (see Glyph.ID)
	adv     Unit
	// ink moves the drawn glyph from its box: -½ em for a compressed
	// opening mark, whose box is only its inked right half.
	ink Unit
	src int32
	at  int32    // byte offset of the character in run.text
	run *textRun // nil for a hard break
}

// link is the address the glyph's run links to, or "".
func (g *pglyph) link() string {
	if g.run == nil {
		return ""
	}
	return g.run.link
}

// shaper turns text runs into glyphs and items; it collects problems.
type shaper struct {
	fonts     Fonts
	halfWidth bool // see Options.KeepHalfWidth
	compress  bool // see Options.Compression
	problems  *[]Problem
	faces     *faceTable
	cache     *Cache // may be nil
	firstFit  bool   // see Options.firstFit
}

// glyphs flattens runs into positioned-to-be characters at size. White
// space is collapsed to single spaces and trimmed at the paragraph's ends
// and around hard breaks; a hard break becomes a '\n' glyph.
func (s shaper) glyphs(runs []textRun, size Unit) []pglyph {
	n := 0
	for _, run := range runs {
		n += utf8.RuneCountInString(run.text) + 1
	}
	out := make([]pglyph, 0, n)
	for ri := range runs {
		run := &runs[ri]
		for i, r := range run.text {
			src := run.src
			if src >= 0 && run.exact {
				src += i
			}
			if r == '\n' || r == '\r' || r == '\t' {
				r = ' '
			}
			if r == ' ' {
				if len(out) == 0 || out[len(out)-1].r == ' ' || out[len(out)-1].r == '\n' {
					continue
				}
			}
			g := s.glyph(r, run, size, src)
			g.at = int32(i)
			out = append(out, g)
		}
		if run.hardBreak {
			if n := len(out); n > 0 && out[n-1].r == ' ' {
				out = out[:n-1]
			}
			out = append(out, pglyph{r: '\n', src: int32(run.src), class: classSpace})
		}
	}
	for len(out) > 0 && (out[len(out)-1].r == ' ' || out[len(out)-1].r == '\n') {
		out = out[:len(out)-1]
	}
	if !s.halfWidth {
		s.normalisePunctuation(out, size)
	}
	return out
}

func (s shaper) glyph(r rune, run *textRun, size Unit, src int) pglyph {
	g := pglyph{r: r, class: classify(r), src: int32(src), run: run}
	bold := run.bold
	face, adv, ok := s.lookup(r, bold, run.role)
	if !ok && r == ' ' {
		face, adv, ok = s.lookup('\u00a0', bold, run.role)
		if !ok {
			face, adv, ok = "", 250, true
		}
	}
	shown := r // the character whose glyph prints r
	if !ok {
		*s.problems = append(*s.problems, note(MissingGlyph, src, string(r), noteMissingGlyph, r, r))
		g.missing, shown = true, missingMark
		if face, adv, ok = s.fonts.Glyph(missingMark, bold); !ok {
			face, adv = "", 1000
		}
	}
	g.face, g.adv = s.faces.id(face), size.scale(adv)
	g.gid = s.glyphID(g.face, shown)
	return g
}

// glyphID is the glyph that face prints r with, when the fonts tell.
func (s shaper) glyphID(face faceID, r rune) uint16 {
	ids, ok := s.fonts.(GlyphIDs)
	if !ok || s.faces.name(face) == "" {
		return 0
	}
	return s.faces.gid(face, r, ids)
}

// items builds the breaker's input for glyphs set at size em, with a first
// line indent. Every glyph is a box; every gap between two glyphs is a glue
// item whose width, stretch and break level the Chinese rules decide.
func buildItems(gs []pglyph, em, indent Unit, compress bool) []item {
	items := make([]item, 0, 2*len(gs)+4)
	if indent > 0 {
		items = append(items, item{kind: boxItem, width: indent, glyph: -1})
	}
	text := make([]rune, len(gs))
	for i, g := range gs {
		text[i] = g.r
	}
	together := togetherRanges(string(text), len(text))
	short := shortTail(gs)
	paired := pairs(gs)

	for i := 0; i < len(gs); i++ {
		g := gs[i]
		switch g.r {
		case ' ':
			continue // spaces are glue, made with the gap they sit in
		case '\n':
			items = append(items,
				item{kind: glueItem, fil: true, level: noBreak},
				item{kind: penaltyItem, penalty: forcedBreak})
			continue
		}
		// The next printed glyph, across at most one space.
		j := i + 1
		space := Unit(0)
		if j < len(gs) && gs[j].r == ' ' {
			space = gs[j].adv
			j++
		}
		mark := markNone
		if compress {
			mark = markOf(g, em)
		}
		switch mark {
		case markOpen:
			// The blank left half, unless the line or paragraph starts here or
			// another opening mark comes just before.
			half := g.adv / 2
			prevOpen := i > 0 && gs[i-1].r != ' ' && markOf(gs[i-1], em) == markOpen
			if i > 0 && gs[i-1].r != '\n' && !prevOpen {
				items = append(items, item{kind: glueItem, level: noBreak, width: half, shrink: half, adjust: adjustMark})
			}
			gs[i].ink = -half
			items = append(items, item{kind: boxItem, width: g.adv - half, glyph: int32(i)})
		case markClose:
			half := g.adv / 2
			items = append(items, item{kind: boxItem, width: g.adv - half, glyph: int32(i)})
			// The blank right half, unless another mark follows at once.
			if j >= len(gs) || space > 0 || markOf(gs[j], em) == markNone {
				items = append(items, item{kind: glueItem, level: noBreak, width: half, shrink: half, adjust: adjustMark})
			}
		default:
			items = append(items, item{kind: boxItem, width: g.adv, glyph: int32(i)})
		}
		if j >= len(gs) || gs[j].r == '\n' {
			continue
		}
		items = append(items, gap(g, gs[j], space, em, together[j-1] || (space == 0 && together[i]), short[j], space == 0 && paired[i]))
	}
	items = append(items,
		item{kind: glueItem, fil: true, level: noBreak},
		item{kind: penaltyItem, penalty: forcedBreak})
	return items
}

// gap decides the glue between glyphs a and b: its spacing (spacing.go)
// and whether a line may end there (禁則 and the units kept together).
func gap(a, b pglyph, space, em Unit, inUnit, shortTail, paired bool) item {
	it := spacing(a, b, space, em, paired)
	it.kind = glueItem
	switch {
	case paired:
		it.level = noBreak
	case noEnd[a.r] || noStart[b.r] || shortTail:
		it.level = breakForbidden
	case inUnit:
		it.level = breakTogether
	case space == 0 && isWordish(a) && isWordish(b):
		it.level = breakTogether // inside a Latin word or a number
	default:
		it.level = breakFree
	}
	return it
}

// pairs marks the glyphs that are the first half of a —— or ……: the two
// halves are one 2 em mark, never parted. A longer run pairs from its
// start, so ———— is two marks that a line may end between.
func pairs(gs []pglyph) []bool {
	out := make([]bool, len(gs))
	for i := 0; i+1 < len(gs); i++ {
		if r := gs[i].r; (r == '—' || r == '…' || r == '⸺') && gs[i+1].r == r {
			out[i] = true
			i++ // the second half pairs with nothing after it
		}
	}
	return out
}

func isWordish(g pglyph) bool {
	return g.class == classLatin || g.class == classSymbol
}

// shortTail marks the glyphs before which a break would leave a last line
// of fewer than two characters (孤字不成行): punctuation does not count.
// Each stretch ended by a hard break counts on its own.
func shortTail(gs []pglyph) []bool {
	out := make([]bool, len(gs)+1)
	letters := 0
	for i := len(gs) - 1; i >= 0; i-- {
		if gs[i].r == '\n' {
			letters = 0
			continue
		}
		if !isPunct(gs[i].r) && gs[i].r != ' ' {
			letters++
		}
		out[i] = letters < 2
	}
	return out
}
