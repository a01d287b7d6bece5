package layout

import (
	"strconv"
	"strings"
)

// contentsMin is the fewest articles a bulletin lists in a contents list.
const contentsMin = 3

// tocItem is one article's line in the contents list, waiting for its page
// number: the entry it is in and the baseline of its last line.
type tocItem struct {
	entry int
	y     Unit
}

// contentsNumberWidth is the room kept at the right of each contents line
// for its page number, in ems: three digits and more fit.
const contentsNumberWidth = 2

// contents sets the contents list (目錄) of a bulletin of three or more
// articles: a heading, then for each article its title, a dotted leader and
// — once fillContents knows it — the page its title prints on, right-aligned.
// A title too long for a line wraps under a 2 em indent. The list takes the
// same room whatever its numbers.
func (f *flow) contents(b *Bulletin) []tocItem {
	if len(b.Articles) < contentsMin {
		return nil
	}
	p := f.opt.Preset
	size := p.Body
	w := f.g.width
	slots := 1
	if p.Heading*5/4 > f.g.pitch {
		slots = 2
	}
	runs := []textRun{{text: f.label("目　錄", "目　录"), bold: true, src: -1}}
	for _, l := range f.s.setParagraph(runs, parStyle{kind: KindContents, size: p.Heading, measure: w, align: alignCenter}) {
		l.Y = baseline(Unit(slots)*f.g.pitch, p.Heading)
		f.entries = append(f.entries, entry{slots: slots, lines: []Line{l}, keepNext: true})
	}
	numW := contentsNumberWidth * size
	avail := w - numW // the title and its leader
	indent := 2 * size
	dot, _ := f.leader(1, size)
	dotW := dot.X1 - dot.X0
	items := make([]tocItem, len(b.Articles))
	for i, ba := range b.Articles {
		title := ""
		if ba.Article != nil {
			title = strings.TrimSpace(ba.Article.Meta.Title)
		}
		if title == "" {
			title = f.label("（無標題）", "（无标题）")
		}
		runs := []textRun{{text: title, src: -1}}
		set := f.s.setParagraph(runs, parStyle{kind: KindContents, size: size, measure: avail - indent - size, align: alignLeft})
		e := entry{slots: max(1, len(set))}
		for j, l := range set {
			if j > 0 {
				shift(&l, indent)
			}
			l.Y = Unit(j)*f.g.pitch + baseline(f.g.pitch, size)
			l.Left, l.Right, l.Justified, l.Last = 0, w, false, true
			e.lines = append(e.lines, l)
		}
		y := baseline(f.g.pitch, size) + Unit(e.slots-1)*f.g.pitch
		end := Unit(0)
		if n := len(e.lines); n > 0 {
			end = e.lines[n-1].X1
		}
		// The leader's dots end half an em before the number's room and
		// line up from one entry to the next.
		if dotW > 0 {
			right := avail - size/2
			if n := int((right - end - size/2) / dotW); n > 0 {
				if l, ok := f.leader(n, size); ok {
					shift(&l, right-(l.X1-l.X0)-l.X0)
					l.Y = y
					e.lines = append(e.lines, l)
				}
			}
		}
		items[i] = tocItem{entry: len(f.entries), y: y}
		f.entries = append(f.entries, e)
	}
	f.entries = append(f.entries, entry{slots: 1, space: true})
	return items
}

// leader sets n leader dots (…) on one line at size.
func (f *flow) leader(n int, size Unit) (Line, bool) {
	runs := []textRun{{text: strings.Repeat("…", n), src: -1}}
	ls := f.s.setParagraph(runs, parStyle{kind: KindContents, size: size, measure: 1 << 28, align: alignLeft})
	if len(ls) == 0 {
		return Line{}, false
	}
	l := ls[0]
	l.Left, l.Right, l.Justified, l.Last = 0, f.g.width, false, true
	return l, true
}

// fillContents writes each article's page number, right-aligned, into its
// contents line.
func (f *flow) fillContents(items []tocItem, pages []int) {
	size := f.opt.Preset.Body
	for i, it := range items {
		runs := []textRun{{text: strconv.Itoa(pages[i]), src: -1}}
		ls := f.s.setParagraph(runs, parStyle{kind: KindContents, size: size, measure: 1 << 28, align: alignLeft})
		if len(ls) == 0 {
			continue
		}
		l := ls[0]
		shift(&l, f.g.width-l.X1)
		l.Y = it.y
		l.Left, l.Right, l.Justified, l.Last = 0, f.g.width, false, true
		e := &f.entries[it.entry]
		e.lines = append(e.lines, l)
	}
}
