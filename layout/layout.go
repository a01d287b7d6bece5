package layout

import (
	"context"

	"github.com/paiban/paiban/article"
)

// emAscent is where the baseline sits in the ideographic em box, in
// thousandths of an em: 880/120 in the Noto CJK faces, as in most CJK fonts.
const emAscent = 880

// Layout sets an article in pages. It is pure: fonts answers every question
// about glyphs and opt.Images every question about figures; whatever cannot
// be done as asked is listed in Document.Problems.
func Layout(a *article.Article, fonts Fonts, opt Options) *Document {
	doc, _ := LayoutContext(context.Background(), a, fonts, opt)
	return doc
}

// LayoutContext is Layout that stops early, between blocks, once ctx is
// done, and then returns ctx's error and no document: the editor cancels
// the layout of text that has changed since it began. A cancelled layout
// leaves opt.Cache as it found it, but for the paragraphs it set, which
// the next layout may use.
func LayoutContext(ctx context.Context, a *article.Article, fonts Fonts, opt Options) (*Document, error) {
	opt = opt.withDefaults()
	doc := &Document{Paper: opt.Paper}
	f := newFlow(ctx, a, fonts, opt, &doc.Problems)
	f.titleBlock()
	f.blocks(a.Blocks, 0, 0)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if opt.Cache != nil {
		opt.Cache.end()
	}
	f.paginate(doc)
	doc.ink()
	return doc, nil
}

// geometry is the page's type area and grid, derived from the options.
type geometry struct {
	left, top      Unit // type area
	width          Unit // the measure: a whole number of body ems, or the grid's width
	track          Unit // added to each ideograph's advance at body size (grid pages)
	slots          int  // grid lines per page
	pitch          Unit
	footerTop      Unit // the footer rule
	footerPitch    Unit
	footerRows     []Line // the official fields, set once, x relative to left
	bannerBaseline Unit
}

func (o Options) geometry(s shaper) geometry {
	p := o.Preset
	g := geometry{pitch: p.Pitch, footerPitch: p.Footer * 3 / 2}
	if g.pitch <= 0 {
		g.pitch = p.Body * 7 / 4 // a grid preset outside its grid
	}
	avail := o.Paper.Width - o.Margins.Left - o.Margins.Right
	g.top = o.Margins.Top
	// A grid needs room for its characters at (nearly) their size; in a
	// smaller type area the page falls back to the ordinary measure.
	if p.Grid.Chars > 0 && p.Grid.Lines > 0 && avail/Unit(p.Grid.Chars) >= p.Body*9/10 {
		// The grid fills the type area exactly.
		g.width, g.left = avail, o.Margins.Left
		g.track = avail/Unit(p.Grid.Chars) - p.Body
		g.pitch = (o.Paper.Height - o.Margins.Top - o.Margins.Bottom) / Unit(p.Grid.Lines)
		g.slots = p.Grid.Lines
		return g
	}
	ems := avail / p.Body
	if ems < 1 {
		ems = 1
	}
	g.width = ems * p.Body
	g.left = o.Margins.Left + (avail-g.width)/2

	g.footerRows = footerRows(s, o.Footer, p.Footer, g.width)
	rows := len(g.footerRows)
	if !o.Footer.NoPageNumber {
		rows++
	}
	bottom := o.Paper.Height - o.Margins.Bottom
	if rows > 0 {
		g.footerTop = o.Paper.Height - Mm(10) - Unit(rows)*g.footerPitch - Mm(2)
		if lim := g.footerTop - Mm(4); lim < bottom {
			bottom = lim
		}
	}
	g.slots = int((bottom - g.top) / g.pitch)
	if g.slots < 1 {
		g.slots = 1
	}
	g.bannerBaseline = g.top - Mm(9)
	return g
}

// baseline returns where a line of text at size sits in a box of height h.
func baseline(h, size Unit) Unit {
	return (h-size)/2 + size.scale(emAscent)
}
