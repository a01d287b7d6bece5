package layout

import (
	"fmt"
	"strings"
)

// mastheadRule is the red rule under a bulletin's masthead, kept apart from
// the entries so that its ink is its own (doc.ink greys every other rule):
// y is from the top of the type area, where the masthead is placed.
type mastheadRule struct {
	set       bool
	x1, x2, y Unit
	width     Unit
}

// rule puts the masthead's rule on page 1: red, or black in a mono
// bulletin.
func (m mastheadRule) rule(doc *Document, mono bool) {
	if !m.set || len(doc.Pages) == 0 {
		return
	}
	r := Rule{X1: m.x1, Y1: m.y, X2: m.x2, Y2: m.y, Width: m.width, Ink: InkText}
	if !mono {
		r.Colour = Red
	}
	doc.Pages[0].Rules = append(doc.Pages[0].Rules, r)
}

// mastheadNameCap is the largest a masthead's name is set, in multiples of
// the title's size: 45 pt at 中.
const mastheadNameCap = 5 / 2.0

// masthead sets the bulletin's masthead (報頭) as the first entry: the
// classification and serial number, the name in large red characters
// sized to fit the type area, 第 N 期 centred under it, the editor at the
// left and the date at the right, over a red rule.
func (f *flow) masthead(b *Bulletin) mastheadRule {
	m := b.Masthead
	p := f.opt.Preset
	w := f.g.width
	var lines []Line
	y := Unit(0)
	// single sets text on one line at size and returns it with its Y at
	// the baseline of a box of height lead from y.
	single := func(text string, size Unit, bold bool, role string) (Line, bool) {
		runs := []textRun{{text: text, bold: bold, role: role, src: -1}}
		ls := f.s.setParagraph(runs, parStyle{kind: KindMasthead, size: size, measure: 1 << 28, align: alignLeft})
		if len(ls) == 0 {
			return Line{}, false
		}
		l := ls[0]
		shift(&l, -l.X0)
		l.Left, l.Right, l.Last, l.Justified = 0, w, true, false
		return l, true
	}
	place := func(l Line, x, lead, size Unit) {
		shift(&l, x)
		l.Y = y + baseline(lead, size)
		lines = append(lines, l)
	}

	if m.Classification != "" || m.Serial != "" {
		lead := p.Body * 3 / 2
		if l, ok := single(m.Classification, p.Body, true, ""); ok {
			place(l, 0, lead, p.Body)
		}
		if m.Serial != "" {
			if l, ok := single(f.label("編號：", "编号：")+m.Serial, p.Body, false, ""); ok {
				place(l, w-(l.X1-l.X0), lead, p.Body)
			}
		}
		y += lead + p.Body/2
	}

	if name := strings.TrimSpace(m.Name); name != "" {
		size := Unit(float64(p.Title) * mastheadNameCap)
		if l, ok := single(name, size, true, RoleTitle); ok {
			// Fit 90 % of the measure: smaller when the name is long, and
			// spaced a quarter em when it is short.
			if nat := l.X1 - l.X0; nat > w*9/10 {
				size = Unit(int64(size) * int64(w*9/10) / int64(nat))
				l, _ = single(name, size, true, RoleTitle)
			} else {
				spread(&l, min(size/4, (w*9/10-nat)/Unit(max(1, glyphCount(l)-1))))
			}
			lead := size * 5 / 4
			place(l, (w-(l.X1-l.X0))/2, lead, size)
			if !b.Mono {
				lines[len(lines)-1].Colour = Red
			}
			y += lead + p.Body/3
		}
	}

	if issue := f.issueText(m); issue != "" {
		lead := p.Heading * 8 / 5
		if l, ok := single(issue, p.Heading, false, ""); ok {
			place(l, (w-(l.X1-l.X0))/2, lead, p.Heading)
		}
		y += lead + p.Body/3
	}

	if m.Editor != "" || !m.Date.IsZero() {
		lead := p.Body * 3 / 2
		if l, ok := single(m.Editor, p.Body, false, ""); ok {
			place(l, 0, lead, p.Body)
		}
		if !m.Date.IsZero() {
			date := fmt.Sprintf("%d年%d月%d日", m.Date.Year(), int(m.Date.Month()), m.Date.Day())
			if l, ok := single(date, p.Body, false, ""); ok {
				place(l, w-(l.X1-l.X0), lead, p.Body)
			}
		}
		y += lead
	}
	if len(lines) == 0 {
		return mastheadRule{}
	}
	y += Pt(4)
	r := mastheadRule{set: true, x1: f.g.left, x2: f.g.left + w, y: f.g.top + y, width: Pt(2)}
	y += Pt(2) + f.g.pitch/2
	f.entries = append(f.entries, entry{lines: lines, slots: int((y + f.g.pitch - 1) / f.g.pitch)})
	return r
}

// issueText is 第 N 期 as the masthead prints it: 增刊第 N 期 for a
// supplement, with （總第 M 期） when the total count is given.
func (f *flow) issueText(m Masthead) string {
	if m.Issue <= 0 && m.Total <= 0 {
		return ""
	}
	s := ""
	if m.Issue > 0 {
		s = fmt.Sprintf("第%d期", m.Issue)
		if m.Supplement {
			s = "增刊" + s
		}
	}
	if m.Total > 0 {
		s += fmt.Sprintf(f.label("（總第%d期）", "（总第%d期）"), m.Total)
	}
	return s
}

// glyphCount is the number of glyphs on l.
func glyphCount(l Line) int {
	n := 0
	for _, r := range l.Runs {
		n += len(r.Glyphs)
	}
	return n
}

// spread moves each glyph of l after the first by d more than the one
// before it: letter-spacing, which the renderers draw as the gaps between
// glyphs (their advances stay the font's).
func spread(l *Line, d Unit) {
	if d <= 0 {
		return
	}
	i := 0
	for r := range l.Runs {
		for g := range l.Runs[r].Glyphs {
			l.Runs[r].Glyphs[g].X += Unit(i) * d
			i++
		}
	}
	if i > 1 {
		l.X1 += Unit(i-1) * d
	}
}
