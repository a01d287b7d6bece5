package proof

import (
	"slices"
)

// ApplyFixes returns a copy of src with the fixes of the findings made, and
// how many were made. The findings must come from checking src. Fixes are
// chosen from the end of the source backwards, as an editor would make
// them one by one without disturbing the offsets of those still to come; a
// fix that overlaps one already chosen is skipped (checking the result
// again finds what is left). src is not changed.
func ApplyFixes(src []byte, fs []Finding) ([]byte, int) {
	var fixes []Finding
	for _, f := range fs {
		if f.HasFix && f.Span.Start >= 0 && f.Span.Start <= f.Span.End && f.Span.End <= len(src) {
			fixes = append(fixes, f)
		}
	}
	slices.SortStableFunc(fixes, func(x, y Finding) int {
		if x.Span.Start != y.Span.Start {
			return y.Span.Start - x.Span.Start
		}
		return y.Span.End - x.Span.End
	})
	chosen := fixes[:0]
	limit := len(src) + 1
	for _, f := range fixes {
		if f.Span.End > limit || f.Span.End == limit && f.Span.Start == f.Span.End {
			continue
		}
		chosen = append(chosen, f)
		limit = f.Span.Start
	}
	// Splice them in one pass, front to back.
	out := make([]byte, 0, len(src)+len(src)/8)
	at := 0
	for k := len(chosen) - 1; k >= 0; k-- {
		f := chosen[k]
		out = append(out, src[at:f.Span.Start]...)
		out = append(out, f.Fix...)
		at = f.Span.End
	}
	out = append(out, src[at:]...)
	return out, len(chosen)
}
