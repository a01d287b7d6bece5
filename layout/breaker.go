package layout

import "math"

// The line breaker: total fit over a list of boxes, glue and penalties, in
// the manner of Knuth and Plass. It knows nothing of characters or fonts;
// items.go builds its input and the Chinese rules decide which glue may be
// broken at.

type itemKind uint8

const (
	boxItem itemKind = iota
	glueItem
	penaltyItem
)

// Break levels of a glue item: how strongly a break there is forbidden.
const (
	breakFree      uint8 = iota // an ordinary break opportunity
	breakTogether               // inside a unit that must stay whole (a word, an ID, a number)
	breakForbidden              // against 禁則, or leaving a too-short last line
	noBreak                     // never, not even in an emergency (inside ——)
)

// forcedBreak is the penalty of a break that must be taken (paragraph end,
// hard line break).
const forcedBreak = -10000

type item struct {
	kind  itemKind
	level uint8 // glue only
	fil   bool  // glue only: infinitely stretchable (ends a paragraph)
	// adjust says which kind of gap the glue is, which decides when it
	// gives or grows as a line is justified (justify.go).
	adjust adjustKind // glue only
	// width is the natural width; stretch and shrink how far glue may grow
	// or give.
	width, stretch, shrink Unit
	penalty                int32 // penalty only
	glyph                  int32 // box only: index of its glyph, or -1
}

const (
	linePenalty    = 10
	adjDemerits    = 3000
	badnessCap     = 10000
	firstTolerance = 2.0 // the largest stretch ratio the first pass accepts
)

// Extra demerits for breaking where the rules forbid it, used only when a
// paragraph cannot be set otherwise (a unit wider than the column).
var levelDemerits = [...]float64{breakFree: 0, breakTogether: 1e12, breakForbidden: 1e14}

type breakNode struct {
	pos                    int // item index of the break; -1 for the paragraph start
	fitness                int8
	width, stretch, shrink Unit
	fil                    int
	demerits               float64
	prev                   int // index in the node arena, -1 for none
}

// breakLines chooses where lines end. It returns the item index of each
// line's break, in order; the last is the paragraph's final penalty. It
// always succeeds: a paragraph that cannot be set within the rules is set
// breaking them as little as possible (the caller reports where).
//
// A middle pass, at free glue only but accepting lines of any looseness,
// comes before the final one: it finds what the final pass would (a break
// the rules forbid costs more than any loose line), without trying a
// break between every two letters of a Latin text, which made the final
// pass on a long English paragraph many times slower.
//
// ar is working memory to reuse, or nil.
func breakLines(items []item, measure Unit, ar *breakArena) []int {
	for _, pass := range []breakMode{passStrict, passLoose} {
		if b, ok := breakPass(items, measure, pass, ar); ok {
			return b
		}
	}
	b, _ := breakPass(items, measure, passFinal, ar)
	return b
}

// breakArena is the breaker's working memory: every feasible break of a
// pass, and the active ones. A long paragraph, set a window at a time,
// keeps one for all its passes, instead of growing a new one for each.
type breakArena struct {
	nodes  []breakNode
	active []int
}

// breakMode is what a pass of the breaker accepts.
type breakMode uint8

const (
	passStrict breakMode = iota // free glue only, lines up to firstTolerance
	passLoose                   // free glue only, lines of any looseness
	passFinal                   // anywhere but noBreak, any line, overfull if need be
)

// breakAfter reports whether glue i follows something a line may end
// with: a box, or the blank half of a compressed mark (compress.go).
func breakAfter(items []item, i int) bool {
	if i == 0 {
		return false
	}
	p := &items[i-1]
	return p.kind == boxItem || p.kind == glueItem && p.level == noBreak && !p.fil && p.shrink > 0
}

func badness(r float64) float64 {
	if r > 10 {
		return badnessCap
	}
	b := 100 * math.Abs(r*r*r)
	if b > badnessCap {
		b = badnessCap
	}
	return b
}

func fitnessOf(r float64) int8 {
	switch {
	case r < -0.5:
		return 0
	case r <= 0.5:
		return 1
	case r <= 1:
		return 2
	}
	return 3
}

// breakPass runs one pass. The first pass breaks only at free glue and
// accepts lines up to firstTolerance; the final pass may break anywhere
// (at a price) and accepts any line, even an overfull one when nothing
// else fits.
func breakPass(items []item, measure Unit, mode breakMode, ar *breakArena) ([]int, bool) {
	final, loose := mode == passFinal, mode != passStrict
	if ar == nil {
		ar = &breakArena{}
	}
	arena := append(ar.nodes[:0], breakNode{pos: -1, fitness: 1, prev: -1})
	active := append(ar.active[:0], 0)
	defer func() { ar.nodes, ar.active = arena[:0], active[:0] }()
	var sumW, sumSt, sumSh Unit
	sumFil := 0
	L := float64(measure)

	type candidate struct {
		demerits float64
		from     int
		ok       bool
	}

	try := func(i int, pen int32, extra float64) {
		var best [4]candidate
		forced := pen <= forcedBreak
		kept := active[:0]
		lastRemoved := -1
		for _, a := range active {
			n := &arena[a]
			width := float64(sumW - n.width)
			var r float64
			switch {
			case width < L:
				if sumFil-n.fil > 0 {
					r = 0
				} else if st := float64(sumSt - n.stretch); st > 0 {
					r = (L - width) / st
				} else {
					r = math.Inf(1)
				}
			case width > L:
				if sh := float64(sumSh - n.shrink); sh > 0 {
					r = (L - width) / sh
				} else {
					r = math.Inf(-1)
				}
			}
			if r < -1 || forced {
				lastRemoved = a
			} else {
				kept = append(kept, a)
			}
			if r < -1 || (!loose && r > firstTolerance) {
				continue
			}
			b := badness(r)
			d := (linePenalty + b) * (linePenalty + b)
			switch {
			case pen > 0:
				d += float64(pen) * float64(pen)
			case pen > forcedBreak:
				d -= float64(pen) * float64(pen)
			}
			fc := fitnessOf(r)
			if fc-n.fitness > 1 || n.fitness-fc > 1 {
				d += adjDemerits
			}
			d += extra + n.demerits
			if !best[fc].ok || d < best[fc].demerits {
				best[fc] = candidate{d, a, true}
			}
		}
		active = kept
		found := false
		for _, c := range best {
			found = found || c.ok
		}
		if !found && final && len(active) == 0 && lastRemoved >= 0 {
			// Nothing fits: accept an overfull line rather than fail.
			best[1] = candidate{arena[lastRemoved].demerits + badnessCap*badnessCap, lastRemoved, true}
		}
		// Totals after the break: discardable items that follow it are dropped.
		tw, ts, th, tf := sumW, sumSt, sumSh, sumFil
		for j := i; j < len(items); j++ {
			it := &items[j]
			if it.kind == boxItem || (j > i && it.kind == penaltyItem && it.penalty <= forcedBreak) {
				break
			}
			if it.kind == glueItem {
				tw, ts, th = tw+it.width, ts+it.stretch, th+it.shrink
				if it.fil {
					tf++
				}
			}
		}
		for fc, c := range best {
			if !c.ok {
				continue
			}
			arena = append(arena, breakNode{pos: i, fitness: int8(fc), width: tw, stretch: ts, shrink: th, fil: tf, demerits: c.demerits, prev: c.from})
			active = append(active, len(arena)-1)
		}
	}

	for i := range items {
		it := &items[i]
		switch it.kind {
		case boxItem:
			sumW += it.width
		case glueItem:
			if breakAfter(items, i) && it.level != noBreak && (final || it.level == breakFree) {
				try(i, 0, levelDemerits[it.level])
			}
			sumW, sumSt, sumSh = sumW+it.width, sumSt+it.stretch, sumSh+it.shrink
			if it.fil {
				sumFil++
			}
		case penaltyItem:
			if it.penalty < -forcedBreak {
				try(i, it.penalty, 0)
			}
		}
		if len(active) == 0 {
			return nil, false
		}
	}
	// The paragraph ends with a forced break, so every active node sits there.
	best := active[0]
	for _, a := range active[1:] {
		if arena[a].demerits < arena[best].demerits {
			best = a
		}
	}
	var breaks []int
	for n := best; n > 0; n = arena[n].prev {
		breaks = append(breaks, arena[n].pos)
	}
	for i, j := 0, len(breaks)-1; i < j; i, j = i+1, j-1 {
		breaks[i], breaks[j] = breaks[j], breaks[i]
	}
	return breaks, true
}

// firstFit is greedy line breaking: each line takes as much as fits. It is
// the yardstick total fit is measured against (Options.firstFit), not used
// for output.
func firstFit(items []item, measure Unit) []int {
	var breaks []int
	var w Unit
	last := -1
	for i := 0; i < len(items); i++ {
		it := items[i]
		switch {
		case it.kind == boxItem:
			w += it.width
			if w > measure && last >= 0 {
				breaks = append(breaks, last)
				i, w, last = last, 0, -1
			}
		case it.kind == glueItem && it.level == breakFree && !it.fil && breakAfter(items, i):
			last = i
			w += it.width
		case it.kind == glueItem:
			w += it.width
		case it.kind == penaltyItem && it.penalty <= forcedBreak:
			breaks = append(breaks, i)
			w, last = 0, -1
		}
	}
	return breaks
}
