package layout

import (
	"fmt"
)

// pageSpan is the entries one page holds: es[start:end], with head (see
// entry.head) placed first.
type pageSpan struct {
	start, end int
	head       *entry
}

// paginate cuts the entries into pages (cut) and places them.
func (f *flow) paginate(doc *Document) {
	f.placePages(doc, f.cut())
}

// cut cuts the entries into pages of g.slots grid lines. A page break is
// never taken after an entry marked keepNext unless the chain of kept
// entries is longer than a page, and always before one marked newPage;
// space at the top of a page is dropped. Every page holds at least one
// entry, so no page is empty, and an article with no entries still gets one
// page.
func (f *flow) cut() []pageSpan {
	es := f.entries
	var bounds []pageSpan
	for i := 0; i < len(es); {
		for i < len(es) && es[i].space && len(bounds) > 0 {
			i++
		}
		start, used := i, 0
		var head *entry
		if i < len(es) && i > 0 && es[i].head != nil {
			head = es[i].head
			used = head.slots
		}
		forced := false
		for i < len(es) && used+es[i].slots <= f.g.slots {
			if es[i].newPage && i > start {
				forced = true
				break
			}
			used += es[i].slots
			i++
		}
		if i < len(es) && !forced {
			j := i
			for j > start && es[j-1].keepNext {
				j--
			}
			if j > start {
				i = j
			}
		}
		if i == start && i < len(es) {
			i++ // an entry taller than a page: it overflows alone
		}
		if start < i {
			bounds = append(bounds, pageSpan{start, i, head})
		}
	}
	if len(bounds) == 0 {
		bounds = append(bounds, pageSpan{})
	}
	return bounds
}

// placePages places the entries on the pages bounds cut them into, with
// the furniture of each page.
func (f *flow) placePages(doc *Document, bounds []pageSpan) {
	es := f.entries
	for n, b := range bounds {
		page := Page{Number: n + 1}
		slot := 0
		if b.head != nil {
			f.place(&page, b.head.clone(), f.g.top) // placing moves the glyphs
			slot += b.head.slots
		}
		for _, e := range es[b.start:b.end] {
			if e.bottom {
				slot = max(slot, f.g.slots-e.slots)
			}
			top := f.g.top + Unit(slot)*f.g.pitch
			f.place(&page, e, top)
			if e.outline != nil {
				o := *e.outline
				o.Page, o.Y = page.Number, top
				doc.Outline = append(doc.Outline, o)
			}
			slot += e.slots
		}
		f.furniture(&page, len(bounds))
		doc.Pages = append(doc.Pages, page)
	}
}

// place puts an entry's contents on the page with its top at y.
func (f *flow) place(p *Page, e entry, y Unit) {
	x := f.g.left
	for _, l := range e.lines {
		f.addLine(p, l, x, y)
	}
	for _, r := range e.rules {
		p.Rules = append(p.Rules, Rule{X1: r.X1 + x, Y1: r.Y1 + y, X2: r.X2 + x, Y2: r.Y2 + y, Width: r.Width, Colour: r.Colour})
	}
	for _, im := range e.images {
		im.X += x
		im.Y += y
		p.Images = append(p.Images, im)
	}
}

// addLine puts a line whose Y is relative to y and x relative to x.
func (f *flow) addLine(p *Page, l Line, x, y Unit) {
	shift(&l, x)
	l.Y += y
	for _, k := range l.links {
		size := l.Runs[0].Size
		p.Links = append(p.Links, Link{URL: k.URL, X: k.X, Y: l.Y - size.scale(emAscent), W: k.W, H: size})
	}
	l.links = nil
	p.Lines = append(p.Lines, l)
}

// furniture adds the banner at the head of the page and the official
// footer and page number at its foot.
func (f *flow) furniture(p *Page, pages int) {
	ft := f.opt.Footer
	size := f.opt.Preset.Footer
	if f.opt.Preset.Official {
		f.officialPageNumber(p, size)
		return
	}
	if ft.Banner != "" {
		runs := []textRun{{text: ft.Banner, src: -1}}
		lines := f.s.setParagraph(runs, parStyle{kind: KindHeader, size: size, measure: f.g.width, align: alignCenter})
		if len(lines) > 0 {
			head := []Line{lines[0]}
			p.Lines = append(head, p.Lines...)
			shift(&p.Lines[0], f.g.left)
			p.Lines[0].Y = f.g.bannerBaseline
			ry := f.g.bannerBaseline + size/2
			p.Rules = append(p.Rules, Rule{X1: f.g.left, Y1: ry, X2: f.g.left + f.g.width, Y2: ry, Width: Pt(0.5)})
		}
	}
	if len(f.g.footerRows) == 0 && ft.NoPageNumber {
		return
	}
	y := f.g.footerTop
	p.Rules = append(p.Rules, Rule{X1: f.g.left, Y1: y, X2: f.g.left + f.g.width, Y2: y, Width: Pt(0.5)})
	y += Mm(2)
	for _, row := range f.g.footerRows {
		f.addLine(p, row.clone(), f.g.left, y+baseline(f.g.footerPitch, size))
		y += f.g.footerPitch
	}
	if !ft.NoPageNumber {
		text := fmt.Sprintf(f.label("第 %d 頁／共 %d 頁", "第 %d 页／共 %d 页"), p.Number, pages)
		runs := []textRun{{text: text, src: -1}}
		for _, l := range f.s.setParagraph(runs, parStyle{kind: KindPageNo, size: size, measure: f.g.width, align: alignCenter})[:1] {
			f.addLine(p, l, f.g.left, y+baseline(f.g.footerPitch, size))
		}
	}
}

// footerRows sets the official footer fields in rows no wider than width,
// centred, each field whole on one line: fields are packed greedily with an
// em between them. A field wider than a row gets a row of its own and is
// reported as overfull.
func footerRows(s shaper, ft Footer, size, width Unit) []Line {
	var fields []Line
	for _, fd := range ft.Fields {
		if fd.Value == "" {
			continue
		}
		text := fd.Value
		if fd.Label != "" {
			text = fd.Label + "：" + fd.Value
		}
		runs := []textRun{{text: text, src: -1}}
		// One line at any width: the field is measured, never broken.
		ls := s.setParagraph(runs, parStyle{kind: KindFooter, size: size, measure: 1 << 28, align: alignLeft})
		if len(ls) == 0 {
			continue
		}
		if ls[0].X1-ls[0].X0 > width {
			*s.problems = append(*s.problems, note(Overfull, -1, text, noteFooterWide))
		}
		fields = append(fields, ls[0])
	}
	var rows []Line
	gap := size
	for _, fl := range fields {
		w := fl.X1 - fl.X0
		if n := len(rows); n > 0 && rows[n-1].X1+gap+w <= width {
			shift(&fl, rows[n-1].X1+gap-fl.X0)
			rows[n-1].Runs = append(rows[n-1].Runs, fl.Runs...)
			rows[n-1].X1 = fl.X1
			continue
		}
		shift(&fl, -fl.X0)
		rows = append(rows, fl)
	}
	for i := range rows {
		r := &rows[i]
		if w := r.X1 - r.X0; w < width {
			shift(r, (width-w)/2)
		}
		r.Left, r.Right, r.Last = 0, width, true
	}
	return rows
}

// officialPageNumber prints "— N —" as GB/T 9704 places it: its em box 7 mm
// below the type area, one character in from the right edge on odd pages
// and from the left edge on even ones.
func (f *flow) officialPageNumber(p *Page, size Unit) {
	runs := []textRun{{text: fmt.Sprintf("— %d —", p.Number), src: -1}}
	lines := f.s.setParagraph(runs, parStyle{kind: KindPageNo, size: size, measure: f.g.width, align: alignLeft})
	if len(lines) == 0 {
		return
	}
	l := lines[0]
	x := size // one character in from the left
	if p.Number%2 == 1 {
		x = f.g.width - size - (l.X1 - l.X0)
	}
	shift(&l, x-l.X0)
	y := f.g.top + Unit(f.g.slots)*f.g.pitch + Mm(7) + size.scale(emAscent)
	f.addLine(p, l, f.g.left, y)
}
