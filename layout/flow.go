package layout

import (
	"context"
	"fmt"
	"strings"

	"github.com/paiban/paiban/article"
)

// entry is one unit of the vertical list the pager cuts into pages: a body
// line, a heading line, a figure, a space. Its contents are positioned
// relative to its top-left corner, which sits on a grid line of the column.
type entry struct {
	slots  int // grid lines it occupies
	lines  []Line
	rules  []Rule
	images []Image
	// keepNext forbids a page break after this entry.
	keepNext bool
	// space is vertical space, dropped at the top of a page.
	space   bool
	outline *OutlineEntry
	// head is placed above this entry when the entry begins a page: a
	// table's header row above a row of the table.
	head *entry
	// newPage starts a page with this entry (a bulletin's article that
	// asks for one).
	newPage bool
	// bottom places the entry at the foot of its page's type area, below
	// a gap, instead of after the entry before it (a bulletin's
	// distribution block; it is the last entry).
	bottom bool
}

// clone returns a copy of e whose lines share no glyphs with e's: placing
// an entry on a page moves its glyphs, so an entry placed more than once
// (a table's repeated header) is placed as a clone.
func (e entry) clone() entry {
	lines := make([]Line, len(e.lines))
	for i, l := range e.lines {
		lines[i] = l.clone()
	}
	e.lines = lines
	return e
}

// flow turns the article's blocks into entries.
type flow struct {
	ctx     context.Context // a layout no longer wanted stops between blocks
	a       *article.Article
	s       shaper
	opt     Options
	g       geometry
	entries []entry
	// keepFirst asks that the next paragraph's first line stay with what
	// came before it (a heading).
	keepFirst bool
	// role is the role (role.go) of the text being set: RoleQuote inside
	// a block quote.
	role string
}

func newFlow(ctx context.Context, a *article.Article, fonts Fonts, opt Options, problems *[]Problem) *flow {
	f := &flow{ctx: ctx, a: a, s: shaper{fonts: fonts, problems: problems, faces: newFaceTable(), cache: opt.Cache, firstFit: opt.firstFit, halfWidth: opt.KeepHalfWidth,
		compress: opt.Compression == CompressOn || opt.Compression == CompressAuto && opt.Simplified}, opt: opt}
	if opt.Cache != nil {
		opt.Cache.begin(f.setting())
	}
	f.g = opt.geometry(f.s)
	return f
}

// setting names what a cached paragraph's lines depend on beyond its own
// text and style (cacheKey): the fonts, by the identity of their faces
// when they can tell it (fonts.Chain), and the half-width handling.
func (f *flow) setting() string {
	id := fmt.Sprintf("%T", f.s.fonts)
	if i, ok := f.s.fonts.(interface{ Identity() string }); ok {
		id = i.Identity()
	}
	return fmt.Sprintf("%s|halfwidth=%v|compress=%v", id, f.s.halfWidth, f.s.compress)
}

// em is the body's character pitch: its size, plus the grid's tracking.
func (f *flow) em() Unit { return f.opt.Preset.Body + f.g.track }

// label picks the Traditional or Simplified form of a printed label.
func (f *flow) label(hant, hans string) string {
	if f.opt.Simplified {
		return hans
	}
	return hant
}

// blocks lays out blocks in a column indented left and right from the type
// area's edges.
func (f *flow) blocks(bs []article.Block, left, right Unit) {
	for _, b := range bs {
		if f.ctx.Err() != nil {
			return // cancelled: the result is thrown away
		}
		switch b := b.(type) {
		case *article.Paragraph:
			indent := 2 * f.em()
			al := alignJustify
			if isCode(b.Inlines) {
				indent, al = 0, alignLeft
			}
			f.paragraph(runsOf(b.Inlines, false), left, right, indent, al)
		case *article.Heading:
			f.heading(b)
		case *article.Quote:
			first := len(f.entries)
			l, r := f.indent(left, right, 2*f.em(), 2*f.em())
			outer := f.role
			f.role = RoleQuote
			f.blocks(b.Blocks, l, r)
			f.role = outer
			x := l - f.em()
			for i := first; i < len(f.entries); i++ {
				h := Unit(f.entries[i].slots) * f.g.pitch
				f.entries[i].rules = append(f.entries[i].rules, Rule{X1: x, Y1: 0, X2: x, Y2: h, Width: Pt(1)})
			}
		case *article.List:
			f.list(b, left, right)
		case *article.Figure:
			f.figure(b, left, right)
		case *article.Rule:
			w := f.g.width - left - right
			y := f.g.pitch / 2
			f.entries = append(f.entries, entry{slots: 1, rules: []Rule{{X1: left + w/3, Y1: y, X2: left + 2*w/3, Y2: y, Width: Pt(0.75)}}})
		case *article.Table:
			f.table(b, left, right)
		}
	}
}

func isCode(ins []article.Inline) bool {
	for _, in := range ins {
		if !in.Break && in.Style&article.Code == 0 {
			return false
		}
	}
	return len(ins) > 0
}

// runsOf converts inlines to text runs.
func runsOf(ins []article.Inline, bold bool) []textRun {
	runs := make([]textRun, 0, len(ins))
	for _, in := range ins {
		if in.Break {
			if len(runs) == 0 {
				continue
			}
			runs[len(runs)-1].hardBreak = true
			continue
		}
		runs = append(runs, textRun{text: in.Text, bold: bold || in.Style&article.Bold != 0,
			link: linkOf(in.Link), src: in.Span.Start, exact: in.Exact})
	}
	return runs
}

// paragraph sets body text and appends a line entry per line.
func (f *flow) paragraph(runs []textRun, left, right, indent Unit, al align) []Line {
	p := f.opt.Preset
	for i := range runs {
		runs[i].role = f.role
	}
	lines := f.s.setParagraph(runs, parStyle{kind: KindBody, size: p.Body, indent: indent,
		measure: f.g.width - left - right, align: al, track: f.g.track})
	for i, l := range lines {
		l.Y = baseline(f.g.pitch, p.Body)
		shift(&l, left)
		e := entry{slots: 1, lines: []Line{l}}
		// No page may begin with a paragraph's last line alone, and a
		// heading keeps the first line after it.
		e.keepNext = i == len(lines)-2 || (i == 0 && f.keepFirst && len(lines) > 1)
		f.entries = append(f.entries, e)
	}
	if len(lines) > 0 {
		f.keepFirst = false
	}
	return lines
}

// shift moves a line right by dx.
func shift(l *Line, dx Unit) {
	l.X0 += dx
	l.X1 += dx
	l.Left += dx
	l.Right += dx
	for i := range l.Runs {
		for j := range l.Runs[i].Glyphs {
			l.Runs[i].Glyphs[j].X += dx
		}
	}
	for i := range l.links {
		l.links[i].X += dx
	}
}

// heading sets a section heading with a grid line of space above it,
// keeping it with the paragraph that follows.
func (f *flow) heading(h *article.Heading) {
	p := f.opt.Preset
	size := p.Heading
	if h.Level > 2 {
		size = p.Sub
	}
	slots := 1
	if size*5/4 > f.g.pitch {
		slots = 2
	}
	if len(f.entries) > 0 && !f.entries[len(f.entries)-1].space && !p.Official {
		f.entries = append(f.entries, entry{slots: 1, space: true})
	}
	st := parStyle{kind: KindHeading, size: size, measure: f.g.width, align: alignLeft}
	if p.Official {
		// Official documents set headings on the body grid, indented 2 characters.
		st.indent, st.track = 2*f.em(), f.g.track
	}
	runs := runsOf(h.Inlines, true)
	for i := range runs {
		runs[i].role = HeadingRole(h.Level)
	}
	lines := f.s.setParagraph(runs, st)
	if len(lines) > maxTitleLines {
		src := h.Span.Start
		if len(h.Inlines) > 0 {
			src = h.Inlines[0].Span.Start
		}
		f.tooManyLines(noteHeading, src, plain(h.Inlines), len(lines))
	}
	for i, l := range lines {
		l.Y = baseline(Unit(slots)*f.g.pitch, size)
		e := entry{slots: slots, lines: []Line{l}, keepNext: true}
		if i == 0 {
			e.outline = &OutlineEntry{Level: max(1, h.Level-1), Text: OutlineText(plain(h.Inlines))}
		}
		f.entries = append(f.entries, e)
	}
	f.keepFirst = true
}

func plain(ins []article.Inline) string {
	var b strings.Builder
	for _, in := range ins {
		b.WriteString(in.Text)
	}
	return strings.TrimSpace(b.String())
}

// indent narrows the column by dl and dr, unless that would leave fewer
// than 10 ems: deeper quotes and lists then stop moving in.
func (f *flow) indent(left, right, dl, dr Unit) (Unit, Unit) {
	if f.g.width-left-right-dl-dr < 10*f.em() {
		return left, right
	}
	return left + dl, right + dr
}

// list sets list items with their markers hanging in a 2 em indent.
func (f *flow) list(l *article.List, left, right Unit) {
	left, right = f.indent(left, right, 2*f.em(), 0)
	left -= 2 * f.em() // the marker hangs in the indent just made
	for i, it := range l.Items {
		marker := "•"
		if l.Ordered {
			marker = fmt.Sprintf("%d.", l.Start+i)
		}
		first := len(f.entries)
		for _, b := range it.Blocks {
			switch b := b.(type) {
			case *article.Paragraph:
				f.paragraph(runsOf(b.Inlines, false), left+2*f.em(), right, 0, alignJustify)
			default:
				f.blocks([]article.Block{b}, left+2*f.em(), right)
			}
		}
		if first == len(f.entries) {
			f.entries = append(f.entries, entry{slots: 1})
		}
		e := &f.entries[first]
		runs := []textRun{{text: marker, src: it.Span.Start}}
		ml := f.s.setParagraph(runs, parStyle{kind: KindBody, size: f.opt.Preset.Body, measure: 2 * f.em(), align: alignLeft})
		for _, m := range ml[:min(1, len(ml))] {
			m.Y = baseline(f.g.pitch, f.opt.Preset.Body)
			m.Last, m.Justified = true, false
			shift(&m, left+f.em()-(m.X1-m.X0)/2)
			e.lines = append([]Line{m}, e.lines...)
		}
	}
}

// figure places an image scaled to fit the column and the page, with its
// caption below; a figure is never split across pages.
func (f *flow) figure(fig *article.Figure, left, right Unit) {
	p := f.opt.Preset
	measure := f.g.width - left - right
	e := entry{}
	top := f.g.pitch / 2 // half a line of space above, and the rest of a line below
	var w, h Unit
	pw, ph, err := 0, 0, fmt.Errorf("no image source")
	if f.opt.Images != nil {
		pw, ph, err = f.opt.Images.ImageSize(fig.Path)
	}
	if err == nil && pw > 0 && ph > 0 {
		w = Pt(float64(pw) * 0.75) // 96 pixels to the inch
		if w > measure {
			w = measure
		}
		h = Unit(int64(w) * int64(ph) / int64(pw))
		maxH := Unit(f.g.slots-3) * f.g.pitch
		if h > maxH {
			w = Unit(int64(w) * int64(maxH) / int64(h))
			h = maxH
		}
		e.images = append(e.images, Image{Path: fig.Path, X: left + (measure-w)/2, Y: top, W: w, H: h})
	} else {
		*f.s.problems = append(*f.s.problems, note(MissingImage, fig.Span.Start, fig.Path, noteImage, fig.Path, err))
		w, h = measure/2, 3*f.g.pitch
		x, y0, y1 := left+(measure-w)/2, top, top+h
		e.rules = append(e.rules,
			Rule{X1: x, Y1: y0, X2: x + w, Y2: y0, Width: Pt(0.5)}, Rule{X1: x + w, Y1: y0, X2: x + w, Y2: y1, Width: Pt(0.5)},
			Rule{X1: x + w, Y1: y1, X2: x, Y2: y1, Width: Pt(0.5)}, Rule{X1: x, Y1: y1, X2: x, Y2: y0, Width: Pt(0.5)})
	}
	y := top + h
	if fig.Caption != "" {
		y += p.Meta / 2
		runs := []textRun{{text: fig.Caption, src: -1}}
		for _, l := range f.s.setParagraph(runs, parStyle{kind: KindCaption, size: p.Meta, measure: measure, align: alignCenter}) {
			lead := p.Meta * 3 / 2
			l.Y = y + baseline(lead, p.Meta)
			shift(&l, left)
			e.lines = append(e.lines, l)
			y += lead
		}
	}
	e.slots = int((y + top + f.g.pitch - 1) / f.g.pitch)
	f.entries = append(f.entries, e)
}
