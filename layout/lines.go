package layout

import (
	"fmt"
	"math"
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
	gs := s.glyphs(runs, st.size)
	if st.track != 0 {
		for i := range gs {
			if c := gs[i].class; c == classHan || c == classFull {
				gs[i].adv += st.track
			}
		}
	}
	if len(gs) == 0 {
		return nil
	}
	items := buildItems(gs, st.size+st.track, st.indent, st.compress)
	var breaks []int
	if s.firstFit {
		breaks = firstFit(items, st.measure)
	} else {
		breaks = breakLines(items, st.measure)
	}
	column := st.measure
	if st.align == alignCenter && len(breaks) > 1 {
		st.measure, breaks = balance(items, st.measure, len(breaks), st.size)
	}
	lines := make([]Line, 0, len(breaks))
	start := 0
	for _, b := range breaks {
		for start < b && items[start].kind != boxItem {
			start++
		}
		ends := items[b].kind == penaltyItem && items[b].penalty <= forcedBreak
		l := setLine(gs, items[start:b], st, ends)
		if l.X1-l.X0 > st.measure+Pt(0.5) && len(l.Runs) > 0 {
			s.problem(Overfull, l.Runs[0].Glyphs[0].Src, l.Text(),
				fmt.Sprintf("line is %.1f pt wider than the column: a unit of text is wider than the column", (l.X1-l.X0-st.measure).Points()))
		}
		if it := items[b]; it.kind == glueItem && it.level >= breakTogether && b > 0 && items[b-1].kind == boxItem {
			g := gs[items[b-1].glyph]
			what := "a word, number or ID that should stay whole"
			if it.level == breakForbidden {
				what = "a place 禁則 forbids"
			}
			s.problem(Overfull, g.src, l.Text(), "line broken at "+what+": the column is too narrow for the text")
		}
		if column != st.measure {
			shift(&l, (column-st.measure)/2)
			l.Left, l.Right = 0, column
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
	best := breakLines(items, measure)
	for m := measure - em; m > em; m -= em {
		b, ok := breakPass(items, m, false)
		if !ok || len(b) != lines {
			break
		}
		measure, best = m, b
	}
	return measure, best
}

func (s shaper) problem(kind ProblemKind, src int, text, msg string) {
	*s.problems = append(*s.problems, Problem{Kind: kind, Src: src, Text: text, Message: msg})
}

// setLine positions the glyphs of one line. ends is true for a line ended
// by the paragraph's end or a hard break: it keeps its natural spacing.
func setLine(gs []pglyph, items []item, st parStyle, ends bool) Line {
	plan, w := justify(items, st.measure, !ends && st.align == alignJustify)
	// A line with nothing to stretch (one long word or number) is
	// letter-spaced rather than left short.
	spaced := 0.0
	if !plan.active() && w < st.measure && !ends && st.align == alignJustify {
		boxes := 0
		for _, it := range items {
			if it.kind == boxItem && it.glyph >= 0 {
				boxes++
			}
		}
		if boxes > 1 {
			spaced = float64(st.measure-w) / float64(boxes-1)
		}
	}
	line := Line{Kind: st.kind, Right: st.measure, Last: ends, Justified: plan.active() || spaced != 0}
	x := 0.0
	started := false
	lastLinked := int32(-2)
	if st.align == alignCenter && w < st.measure {
		x = float64(st.measure-w) / 2
	}
	for i, it := range items {
		switch {
		case it.kind == boxItem && it.glyph >= 0:
			g := gs[it.glyph]
			text := string(g.r)
			if g.missing {
				text = string(missingMark)
			}
			if !started {
				line.X0, started = Unit(math.Round(x)), true
			}
			glyph := Glyph{Text: text, X: Unit(math.Round(x)) + g.ink, Advance: g.adv, Src: g.src}
			if g.link != "" {
				if n := len(line.links); n > 0 && line.links[n-1].URL == g.link && it.glyph-lastLinked <= 2 {
					line.links[n-1].W = glyph.X + glyph.Advance - line.links[n-1].X
				} else {
					line.links = append(line.links, Link{URL: g.link, X: glyph.X, W: glyph.Advance})
				}
				lastLinked = it.glyph
			}
			if n := len(line.Runs); n > 0 && line.Runs[n-1].Face == g.face {
				line.Runs[n-1].Glyphs = append(line.Runs[n-1].Glyphs, glyph)
			} else {
				line.Runs = append(line.Runs, Run{Face: g.face, Size: st.size, Glyphs: []Glyph{glyph}})
			}
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
