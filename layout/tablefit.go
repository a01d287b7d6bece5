package layout

// How a table is fitted across its column (table.go): at body size when it
// fits; else at the largest size, in steps of tableStep, down to tableFloor
// at which it fits; else in parts that each fit, every part repeating the
// first column (the one that names the rows), at the largest size at which
// all parts fit.
//
// A table "fits" when shareWidths can give every column room for its
// widest unit that must stay whole (a Latin word, a number), at least 2
// and at most 8 em of text, plus ½ em of padding on each side, within the
// measure: the cells' text then wraps to its column (longer units break,
// as a last resort, with a warning). So at 中 (12 pt body, a 468 pt measure) on
// A4 a table of up to 13 columns keeps 12 pt, one of 14 is set at 11 pt,
// of 16 at 9.5 pt, of 18 at 8.5 pt; one of 19 is printed in two parts of
// 10 columns at 12 pt, and one of 40 in three parts of 14 columns at 11 pt.

// tableStep is the step in which a table's text is made smaller.
var tableStep = Pt(0.5)

// tableFloor is the smallest size a table's text is set at to fit: 70% of
// the body size (8.4 pt at 中), and never below 7 pt.
func tableFloor(body Unit) Unit { return max(Pt(7), body*7/10) }

// tablePart is a set of a table's columns printed together, with their
// widths (padding included).
type tablePart struct {
	cols   []int
	widths []Unit
}

// tableFit is how a table is printed: at size, in one part or more.
type tableFit struct {
	size  Unit
	parts []tablePart
}

// widest is the most columns a part of the table has.
func (t tableFit) widest() int {
	n := 0
	for _, p := range t.parts {
		n = max(n, len(p.cols))
	}
	return n
}

// fitTable fits into measure a table whose columns' widest cells, on one
// line at body size, are natural (0 for a column with nothing in it), and
// whose widest units that must stay whole are unit.
func fitTable(natural, unit []Unit, measure, body Unit) tableFit {
	floor := tableFloor(body)
	all := make([]int, len(natural))
	for i := range all {
		all[i] = i
	}
	try := func(groups [][]int) (tableFit, bool) {
		for s := body; ; s -= tableStep {
			s = max(s, floor)
			fit := tableFit{size: s}
			for _, cols := range groups {
				w, ok := fitColumns(natural, unit, cols, measure, body, s)
				if !ok {
					break
				}
				fit.parts = append(fit.parts, tablePart{cols: cols, widths: w})
			}
			if len(fit.parts) == len(groups) {
				return fit, true
			}
			if s == floor {
				return tableFit{}, false
			}
		}
	}
	if fit, ok := try([][]int{all}); ok {
		return fit
	}

	// In parts: the first column in all of them, the others shared out
	// evenly over as few parts as fit at the floor.
	var groups [][]int
	for n := 2; n < len(natural); n++ {
		groups = groups[:0]
		rest := len(natural) - 1
		for i, c := 0, 1; i < n; i++ {
			each := (rest + n - i - 1) / (n - i)
			groups = append(groups, append([]int{0}, all[c:c+each]...))
			c, rest = c+each, rest-each
		}
		if fit, ok := try(groups); ok {
			return fit
		}
	}
	// A column too narrow for even two columns at the floor: equal shares,
	// which may be narrower than a character, but never leave the column.
	fit := tableFit{size: floor}
	for _, cols := range groups {
		w := make([]Unit, len(cols))
		for i := range w {
			w[i] = measure / Unit(len(cols))
		}
		fit.parts = append(fit.parts, tablePart{cols: cols, widths: w})
	}
	return fit
}

// unitWidth is the width at size of the widest stretch of the runs that
// no break the rules allow parts: a Latin word, a number with its sign, an
// address. Only the first unitChars characters are looked at.
func (s shaper) unitWidth(runs []textRun, size Unit) Unit {
	cut, _, _ := cutRuns(runs, runPos{}, unitChars)
	gs := s.glyphs(cut, size)
	var widest, w Unit
	for _, it := range buildItems(gs, size, 0, s.compress) {
		switch {
		case it.kind == boxItem:
			w += it.width
		case it.kind == glueItem && it.level != breakFree || it.kind == penaltyItem && it.penalty > forcedBreak:
			w += it.width
		default:
			w = 0
		}
		widest = max(widest, w)
	}
	return widest
}

// unitChars is how much of a cell unitWidth looks at.
const unitChars = 4096

// fitColumns shares measure out over the columns cols at size s; ok is
// false when they do not fit.
func fitColumns(natural, unit []Unit, cols []int, measure, body, s Unit) ([]Unit, bool) {
	pad := s / 2
	at := func(w Unit) Unit { return Unit(int64(w) * int64(s) / int64(body)) }
	nat := make([]Unit, len(cols))
	least := make([]Unit, len(cols))
	for i, c := range cols {
		if natural[c] > 0 {
			nat[i] = at(natural[c]) + 2*pad
		}
		least[i] = min(max(at(unit[c]), 2*s), 8*s) + 2*pad
	}
	w := shareWidths(nat, measure, least)
	var sum Unit
	for _, x := range w {
		sum += x
	}
	return w, sum <= measure
}

// shareWidths fits columns of the natural widths into measure: a table
// that fits is spread to the full measure in proportion; one that does not
// is narrowed in proportion, no column below its least. The widths may add
// up to more than measure when least does not leave room for them all.
func shareWidths(natural []Unit, measure Unit, least []Unit) []Unit {
	var sum Unit
	for _, w := range natural {
		sum += w
	}
	out := make([]Unit, len(natural))
	if sum == 0 {
		for i := range out {
			out[i] = measure / Unit(len(out))
		}
		return out
	}
	var used Unit
	for i, w := range natural {
		out[i] = max(least[i], Unit(int64(measure)*int64(w)/int64(sum)))
		used += out[i]
	}
	// Columns held at least may overshoot: take it back from the one
	// with the most to give.
	for used > measure {
		wi := 0
		for i := range out {
			if out[i]-least[i] > out[wi]-least[wi] {
				wi = i
			}
		}
		d := min(used-measure, out[wi]-least[wi])
		if d <= 0 {
			break
		}
		out[wi] -= d
		used -= d
	}
	return out
}
