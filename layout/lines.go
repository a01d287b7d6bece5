package layout

import (
	"math"
	"unicode/utf8"

	"github.com/paiban/paiban/message"
)

type align uint8

const (
	alignJustify align = iota // both edges on the measure, last line flush left
	alignCenter               // every line centred at its natural width
	alignLeft                 // every line flush left at its natural width
)

// parStyle is how a paragraph is set.
type parStyle struct {
	kind    LineKind
	size    Unit
	indent  Unit // first line
	measure Unit
	align   align
	track   Unit // added to the advance of each ideograph and full-width mark
	// compress turns on punctuation compression (compress.go).
	compress bool
}

// setParagraph breaks runs into lines at st. The lines' x coordinates are
// relative to the column's left edge and their Y is 0: the pager places them.
// With a cache, a paragraph set before is taken from it.
func (s shaper) setParagraph(runs []textRun, st parStyle) []Line {
	st.compress = s.compress
	if s.cache == nil {
		return s.setUncached(runs, st)
	}
	base := -1
	for _, r := range runs {
		if r.src >= 0 {
			base = r.src
			break
		}
	}
	key := cacheKey(runs, st, base)
	if s.halfWidth {
		key += "\x02half-width"
	}
	if lines, problems, ok := s.cache.lookup(key, base); ok {
		*s.problems = append(*s.problems, problems...)
		return lines
	}
	before := len(*s.problems)
	lines := s.setUncached(runs, st)
	s.cache.store(key, lines, (*s.problems)[before:], base)
	return lines
}

func (s shaper) setUncached(runs []textRun, st parStyle) []Line {
	if !s.firstFit && runeCount(runs) > windowGlyphs {
		return s.setLong(runs, st)
	}
	gs := s.trackedGlyphs(runs, st)
	if len(gs) == 0 {
		return nil
	}
	items := buildItems(gs, st.size+st.track, st.indent, st.compress)
	var breaks []int
	if s.firstFit {
		breaks = firstFit(items, st.measure)
	} else {
		breaks = breakLines(items, st.measure, nil)
	}
	column := st.measure
	if st.align == alignCenter && len(breaks) > 1 {
		st.measure, breaks = balance(items, st.measure, len(breaks), st.size)
	}
	rep := s.newLineReport()
	lines := s.setLines(nil, gs, items, breaks, st, rep)
	rep.flush()
	if column != st.measure {
		for i := range lines {
			shift(&lines[i], (column-st.measure)/2)
			lines[i].Left, lines[i].Right = 0, column
		}
	}
	return lines
}

// trackedGlyphs returns the glyphs of runs at st, tracked.
func (s shaper) trackedGlyphs(runs []textRun, st parStyle) []pglyph {
	gs := s.glyphs(runs, st.size)
	if st.track != 0 {
		for i := range gs {
			if c := gs[i].class; c == classHan || c == classFull {
				gs[i].adv += st.track
			}
		}
	}
	return gs
}

// setLines appends to lines the lines of gs that end at breaks, reporting
// overfull lines and lines broken against the rules to rep.
func (s shaper) setLines(lines []Line, gs []pglyph, items []item, breaks []int, st parStyle, rep *lineReport) []Line {
	if lines == nil {
		lines = make([]Line, 0, len(breaks))
	}
	text := textOf(gs)
	start := 0
	for _, b := range breaks {
		for start < b && items[start].kind != boxItem {
			start++
		}
		ends := items[b].kind == penaltyItem && items[b].penalty <= forcedBreak
		l := setLine(gs, text, s.faces, items[start:b], st, ends)
		if l.X1-l.X0 > st.measure+Pt(0.5) && len(l.Runs) > 0 {
			rep.add(lineTooWide, int(l.Runs[0].Glyphs[0].Src), l.Text(), noteLineWide, (l.X1 - l.X0 - st.measure).Points())
		}
		if it := items[b]; it.kind == glueItem && it.level >= breakTogether && b > 0 && items[b-1].kind == boxItem {
			g := gs[items[b-1].glyph]
			what := noteBrokenWhole
			if it.level == breakForbidden {
				what = noteBrokenKinsoku
			}
			rep.add(lineBroken, int(g.src), l.Text(), what)
		}
		lines = append(lines, l)
		start = b + 1
	}
	return lines
}

// balance narrows a centred paragraph's measure, an em at a time, as long
// as it still takes the same number of lines: a two-line title then splits
// evenly instead of leaving two characters on its second line.
func balance(items []item, measure Unit, lines int, em Unit) (Unit, []int) {
	ar := &breakArena{}
	best := breakLines(items, measure, ar)
	for m := measure - em; m > em; m -= em {
		b, ok := breakPass(items, m, passStrict, ar)
		if !ok || len(b) != lines {
			break
		}
		measure, best = m, b
	}
	return measure, best
}

func (s shaper) problem(kind ProblemKind, src int, text string, t message.Text, args ...any) {
	*s.problems = append(*s.problems, note(kind, src, text, t, args...))
}

// glyphText is the printed text of a paragraph's glyphs, held in one
// string: each Glyph.Text is a slice of it, which saves an allocation per
// character.
type glyphText struct {
	s   string
	off []int32 // glyph i's text is s[off[i]:off[i+1]]
}

func textOf(gs []pglyph) glyphText {
	b := make([]byte, 0, 3*len(gs))
	off := make([]int32, len(gs)+1)
	for i, g := range gs {
		off[i] = int32(len(b))
		r := g.r
		if g.missing {
			r = missingMark
		}
		b = utf8.AppendRune(b, r)
	}
	off[len(gs)] = int32(len(b))
	return glyphText{s: string(b), off: off}
}

func (t glyphText) at(i int32) string { return t.s[t.off[i]:t.off[i+1]] }

// setLine positions the glyphs of one line. ends is true for a line ended
// by the paragraph's end or a hard break: it keeps its natural spacing.
func setLine(gs []pglyph, text glyphText, faces *faceTable, items []item, st parStyle, ends bool) Line {
	plan, w := justify(items, st.measure, !ends && st.align == alignJustify)
	// A line with nothing to stretch (one long word or number) is
	// letter-spaced rather than left short.
	boxes := 0
	for _, it := range items {
		if it.kind == boxItem && it.glyph >= 0 {
			boxes++
		}
	}
	spaced := 0.0
	if !plan.active() && w < st.measure && !ends && st.align == alignJustify {
		if boxes > 1 {
			spaced = float64(st.measure-w) / float64(boxes-1)
		}
	}
	line := Line{Kind: st.kind, Right: st.measure, Last: ends, Justified: plan.active() || spaced != 0}
	x := 0.0
	started := false
	placed := 0     // glyphs set so far
	var face faceID // of the last run
	lastLinked := int32(-2)
	if st.align == alignCenter && w < st.measure {
		x = float64(st.measure-w) / 2
	}
	for i, it := range items {
		switch {
		case it.kind == boxItem && it.glyph >= 0:
			g := gs[it.glyph]
			if !started {
				line.X0, started = Unit(math.Round(x)), true
			}
			glyph := Glyph{Text: text.at(it.glyph), X: Unit(math.Round(x)) + g.ink, Advance: g.adv, ID: g.gid, Src: g.src}
			if link := g.link(); link != "" {
				if n := len(line.links); n > 0 && line.links[n-1].URL == link && it.glyph-lastLinked <= 2 {
					line.links[n-1].W = glyph.X + glyph.Advance - line.links[n-1].X
				} else {
					line.links = append(line.links, Link{URL: link, X: glyph.X, W: glyph.Advance})
				}
				lastLinked = it.glyph
			}
			if n := len(line.Runs); n > 0 && g.face == face {
				line.Runs[n-1].Glyphs = append(line.Runs[n-1].Glyphs, glyph)
			} else {
				face = g.face
				line.Runs = append(line.Runs, Run{Face: faces.name(face), Size: st.size, Glyphs: append(make([]Glyph, 0, boxes-placed), glyph)})
			}
			placed++
			x += float64(it.width) + spaced
		case it.kind == boxItem: // the indent
			x += float64(it.width)
		case it.kind == glueItem && !it.fil:
			x += float64(it.width) + plan.delta(items, i)
		}
	}
	// X1 is where the line's last item ends as set: the end of its last
	// glyph, or of a closing mark's blank half as far as it was squeezed.
	if started {
		line.X1 = Unit(math.Round(x))
	}
	return line
}
