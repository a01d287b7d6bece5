package layout

// Justification fills a line to the measure by giving or growing its gaps
// in a fixed order, the one the typography note sets, rather than all at
// once in proportion:
//
//	shrink:  a closing mark's blank half at the end of the line, down to
//	         a ½ em mark; then the blank halves of the other marks; then
//	         the Han–Latin gaps and typed spaces (¼ em down to ⅛ em).
//	stretch: the Han–Latin gaps and typed spaces (¼ em up to ⅓ em); then
//	         the even inter-character spacing, which takes whatever is
//	         left (never inside ——/……, whose gaps cannot grow).
//
// The breaker (breaker.go) only needs how far a line can give or grow in
// total; the order matters when the chosen line is set (setLine).

// adjustKind says what kind of gap a glue item is.
type adjustKind uint8

const (
	adjustNone  adjustKind = iota // neither gives nor grows by kind (paired marks, breaks)
	adjustMark                    // the blank half of a compressed punctuation mark
	adjustLatin                   // the gap between Han and Latin or digits, or a typed space
	adjustHan                     // the gap between two ideographs or full-width marks
)

// The stages of shrinking and of stretching, in the order they are used.
const (
	shrinkLineEnd = iota // the blank half of the mark that ends the line
	shrinkMarks          // the blank halves of the other marks
	shrinkLatin          // Han–Latin gaps and spaces
	shrinkStages
)

const (
	stretchLatin = iota // Han–Latin gaps and spaces
	stretchHan          // inter-character spacing
	stretchStages
)

// justification is how far each stage of a line's gaps gives or grows:
// for each, the fraction (0 to 1; a stretch of the last stage used may
// pass 1) of its glue's shrink or stretch that is used.
type justification struct {
	shrink  [shrinkStages]float64
	stretch [stretchStages]float64
}

// active reports whether any gap gives or grows.
func (j justification) active() bool {
	return j != justification{}
}

// shrinkStage is the stage at which glue i of a line gives.
func shrinkStage(items []item, i int) int {
	switch {
	case items[i].adjust == adjustMark && i == len(items)-1:
		return shrinkLineEnd
	case items[i].adjust == adjustMark:
		return shrinkMarks
	}
	return shrinkLatin
}

// stretchStage is the stage at which glue grows.
func stretchStage(it item) int {
	if it.adjust == adjustLatin {
		return stretchLatin
	}
	return stretchHan
}

// justify plans how the gaps of a line's items fill measure. It returns
// the plan and the line's natural width. A line may always shrink (a
// line wider than the measure is never right); it stretches only when
// stretch is true. Where the gaps cannot give enough, the line stays
// overfull; where nothing can grow, it stays short.
func justify(items []item, measure Unit, stretch bool) (justification, Unit) {
	var w Unit
	var give [shrinkStages]Unit
	var grow [stretchStages]Unit
	for i, it := range items {
		if it.kind == penaltyItem || it.fil {
			continue
		}
		w += it.width
		if it.kind != glueItem {
			continue
		}
		give[shrinkStage(items, i)] += it.shrink
		grow[stretchStage(it)] += it.stretch
	}
	var j justification
	switch {
	case w > measure:
		fill(float64(w-measure), give[:], j.shrink[:])
	case w < measure && stretch:
		// What the stages cannot take, the last one used takes beyond its
		// stretch: a line with too little to stretch stays justified.
		if left, last := fill(float64(measure-w), grow[:], j.stretch[:]); left > 0 && last >= 0 {
			j.stretch[last] += left / float64(grow[last])
		}
	}
	return j, w
}

// fill spreads need over stages in order, each up to its room, writing
// the fraction of each stage's room used into ratio. It returns what no
// stage had room for, and the last stage it used (-1 for none).
func fill(need float64, room []Unit, ratio []float64) (left float64, last int) {
	last = -1
	for s, r := range room {
		if need <= 0 {
			break
		}
		if r == 0 {
			continue
		}
		take := min(need, float64(r))
		ratio[s] = take / float64(r)
		need -= take
		last = s
	}
	return need, last
}

// delta is how far glue i of the line moves from its natural width under
// the plan j.
func (j justification) delta(items []item, i int) float64 {
	it := items[i]
	return j.stretch[stretchStage(it)]*float64(it.stretch) - j.shrink[shrinkStage(items, i)]*float64(it.shrink)
}
