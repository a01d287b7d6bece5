package layout

import (
	"fmt"
	"strings"
)

// distributionCompany is how many entries of text at least go with the
// distribution block to its page.
const distributionCompany = 3

// distribution sets the distribution block (報尾) as the last entry, to be
// placed at the foot of the last page's type area, between two rules: a
// line for each of 報, 送 and 發 that has recipients — the label, then the
// recipients separated by "，" and closed by "。", wrapped under the label —
// and （共印 N 份） at the right. As GB/T 9704 sets its 版記, the lines keep
// a character's space from either edge of the type area, and the rules
// span it. The block keeps the last three lines before it company: it
// never stands alone on a page.
func (f *flow) distribution(d Distribution) {
	size := f.opt.Preset.Body
	in := f.em() // the space at either side
	w := f.g.width
	lead := size * 3 / 2 // not the grid's pitch: the block is no body text
	var lines []Line
	y := size / 2
	lists := []struct {
		hant, hans string
		names      []string
	}{{"報：", "报：", d.Report}, {"送：", "送：", d.Send}, {"發：", "发：", d.Distribute}}
	for _, li := range lists {
		var names []string
		for _, n := range li.names {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			continue
		}
		label := f.label(li.hant, li.hans)
		lr := []textRun{{text: label, src: -1}}
		ll := f.s.setParagraph(lr, parStyle{kind: KindDistribution, size: size, measure: 1 << 28, align: alignLeft})
		if len(ll) == 0 {
			continue
		}
		hang := ll[0].X1 - ll[0].X0
		runs := []textRun{{text: strings.Join(names, "，") + "。", src: -1}}
		set := f.s.setParagraph(runs, parStyle{kind: KindDistribution, size: size, measure: w - 2*in - hang, align: alignJustify})
		for j, l := range set {
			l.Y = y + baseline(lead, size)
			shift(&l, in+hang)
			if j == 0 {
				lab := ll[0]
				shift(&lab, in-lab.X0)
				lab.Y = l.Y
				lab.Left, lab.Right, lab.Last = 0, w, true
				lines = append(lines, lab)
			}
			lines = append(lines, l)
			y += lead
		}
	}
	if d.Copies > 0 {
		runs := []textRun{{text: fmt.Sprintf("（共印%d份）", d.Copies), src: -1}}
		for _, l := range f.s.setParagraph(runs, parStyle{kind: KindDistribution, size: size, measure: 1 << 28, align: alignLeft})[:1] {
			shift(&l, w-in-l.X1)
			l.Y = y + baseline(lead, size)
			l.Left, l.Right, l.Last = 0, w, true
			lines = append(lines, l)
			y += lead
		}
	}
	if len(lines) == 0 {
		return
	}
	y += size / 2
	slots := int((y + f.g.pitch - 1) / f.g.pitch)
	// The block's foot sits on the type area's: it is moved down to the
	// bottom of its slots.
	dy := Unit(slots)*f.g.pitch - y
	for i := range lines {
		lines[i].Y += dy
	}
	rule := func(y Unit) Rule { return Rule{X1: 0, Y1: y, X2: w, Y2: y, Width: Pt(0.75)} }
	// The last three lines of text go with the block: a page of the block
	// and a line or two reads as a leftover.
	for i, kept := len(f.entries)-1, 0; i >= 0 && kept < distributionCompany; i-- {
		f.entries[i].keepNext = true
		if len(f.entries[i].lines) > 0 {
			kept++
		}
	}
	f.entries = append(f.entries, entry{slots: slots, lines: lines, rules: []Rule{rule(dy), rule(dy + y)}, bottom: true})
}

// editorsNote sets the editor's note (編者按) as a paragraph in the quote
// face, its label bold.
func (f *flow) editorsNote(note string) {
	note = strings.TrimSpace(note)
	if note == "" {
		return
	}
	outer := f.role
	f.role = RoleQuote
	runs := []textRun{{text: f.label("編者按：", "编者按："), bold: true, src: -1}, {text: note, src: -1}}
	f.paragraph(runs, 0, 0, 2*f.em(), alignJustify)
	f.role = outer
	f.entries = append(f.entries, entry{slots: 1, space: true})
}

// dashedPageNumber prints the page number as "— N —", centred 7 mm below
// the type area.
func (f *flow) dashedPageNumber(p *Page) {
	size := f.opt.Preset.Footer
	runs := []textRun{{text: fmt.Sprintf("— %d —", p.Number), src: -1}}
	lines := f.s.setParagraph(runs, parStyle{kind: KindPageNo, size: size, measure: f.g.width, align: alignCenter})
	if len(lines) == 0 {
		return
	}
	y := f.g.top + Unit(f.g.slots)*f.g.pitch + Mm(7) + size.scale(emAscent)
	f.addLine(p, lines[0], f.g.left, y)
}
