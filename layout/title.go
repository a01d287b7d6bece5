package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/message"
)

// maxTitleLines is the most lines a title, subtitle or heading takes
// before the layout reports it: a longer one is still printed in full,
// wrapped onto as many lines as it needs and across pages if need be.
const maxTitleLines = 3

// maxOutlineChars is the most characters of a title or heading kept in its
// bookmark (the outline); a longer one is cut there and ends in "…".
const maxOutlineChars = 100

// titleBlock sets the title, subtitle and the date and source line, centred,
// with a rule below them.
//
// The block is one entry, which the pager keeps whole, unless it is taller
// than a page (a title of thousands of characters): then it is cut between
// its lines into entries no taller than a page, so that it runs on over as
// many pages as it needs and never into the footer.
func (f *flow) titleBlock() {
	m := f.a.Meta
	p := f.opt.Preset
	var lines []Line   // Y relative to the block's top
	var tops []Unit    // where each line's box starts
	var bottoms []Unit // and ends
	y := Unit(0)
	add := func(text string, span article.Span, what *message.Text, kind LineKind, size Unit, bold bool, lead Unit) {
		if strings.TrimSpace(text) == "" {
			return
		}
		run := textRun{text: text, bold: bold, src: -1}
		if span != (article.Span{}) {
			run.src, run.exact = span.Start, sourceHolds(f.a.Source, span.Start, text)
		}
		if kind == KindTitle {
			run.role = RoleTitle
		}
		set := f.s.setParagraph([]textRun{run}, parStyle{kind: kind, size: size, measure: f.g.width, align: alignCenter})
		if what != nil && len(set) > maxTitleLines {
			f.tooManyLines(*what, run.src, text, len(set))
		}
		h := size * lead / 100
		for _, l := range set {
			l.Y = y + baseline(h, size)
			lines = append(lines, l)
			tops = append(tops, y)
			y += h
			bottoms = append(bottoms, y)
		}
	}
	lead := Unit(140)
	if p.Official {
		lead = 100 * 2 * f.g.pitch / p.Title // the title takes two grid lines a line
	}
	add(m.Title, m.TitleSpan, &noteTitle, KindTitle, p.Title, true, lead)
	add(m.Subtitle, m.SubtitleSpan, &noteSubtitle, KindSubtitle, p.Heading, false, 150)
	var meta []string
	if !m.Date.IsZero() {
		layout := "2006-01-02"
		if m.DateHasTime {
			layout = "2006-01-02 15:04"
		}
		meta = append(meta, m.Date.Format(layout))
	}
	if m.Source != "" {
		meta = append(meta, f.label("來源：", "来源：")+m.Source)
	}
	if m.Author != "" {
		meta = append(meta, f.label("作者：", "作者：")+m.Author)
	}
	if y > 0 || len(meta) > 0 {
		y += p.Meta / 2
	}
	add(strings.Join(meta, "　"), article.Span{}, nil, KindMeta, p.Meta, false, 200)
	if y == 0 {
		return
	}
	var outline *OutlineEntry
	if m.Title != "" {
		outline = &OutlineEntry{Level: 0, Text: OutlineText(m.Title)}
	}
	rule := func(y Unit) Rule { return Rule{X1: 0, Y1: y, X2: f.g.width, Y2: y, Width: Pt(0.5)} }
	slots := int((y+f.g.pitch-1)/f.g.pitch) + 1
	if slots <= f.g.slots {
		f.entries = append(f.entries, entry{lines: lines, rules: []Rule{rule(y)}, outline: outline, slots: slots})
		return
	}

	// Taller than a page: an entry ends before the first line that would
	// take it past a page, and the next starts on a grid line with it.
	page := Unit(f.g.slots) * f.g.pitch
	e := entry{outline: outline}
	top := Unit(0)
	for i, l := range lines {
		if bottoms[i]-top > page && len(e.lines) > 0 {
			e.slots = int((tops[i] - top + f.g.pitch - 1) / f.g.pitch)
			f.entries = append(f.entries, e)
			e, top = entry{}, tops[i]
		}
		l.Y -= top
		e.lines = append(e.lines, l)
	}
	e.rules = []Rule{rule(min(y-top, page))}
	e.slots = min(int((y-top+f.g.pitch-1)/f.g.pitch)+1, f.g.slots)
	f.entries = append(f.entries, e)
}

// sourceHolds reports whether text is in src at byte offset at, as it is
// for a title written without quotes or escapes: then each character's
// offset is known.
func sourceHolds(src []byte, at int, text string) bool {
	return at >= 0 && len(src)-at >= len(text) && string(src[at:at+len(text)]) == text
}

// tooManyLines reports a title, subtitle or heading (what) that took n
// lines, more than maxTitleLines.
func (f *flow) tooManyLines(what message.Text, src int, text string, n int) {
	f.s.problem(Overfull, src, OutlineText(text), noteTooManyLines, what, n, maxTitleLines, what)
}

// OutlineText is a title or heading as its bookmark and the PDF's
// document information show it: at most maxOutlineChars characters.
func OutlineText(s string) string {
	if utf8.RuneCountInString(s) <= maxOutlineChars {
		return s
	}
	n := 0
	for i := range s {
		if n == maxOutlineChars {
			return strings.TrimSpace(s[:i]) + "…"
		}
		n++
	}
	return s
}
