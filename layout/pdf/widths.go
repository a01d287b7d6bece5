package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
)

// cidWidths reads a CID font's /W array (9.7.4.3), parsed from src, in
// both of its forms: "c [w1 w2 …]", widths of consecutive CIDs from c, and
// "c1 c2 w", one width for the CIDs c1 to c2. Widths are truncated to
// whole units. It reports false for anything else, which is then left as
// it is.
func cidWidths(src []byte, w *value) (map[int]int, bool) {
	widths := map[int]int{}
	var first, last value // the CIDs read of the entry under way
	held := 0             // how many of them
	err := elements(src, w, func(v value) error {
		switch {
		case held == 0 && v.kind == kindInt:
			first, held = v, 1
		case held == 1 && v.kind == kindArray:
			cid := first.num
			held = 0
			return elements(src, &v, func(v value) error {
				f, ok := v.number()
				if !ok {
					return errNotWidths
				}
				widths[cid] = int(f)
				cid++
				return nil
			})
		case held == 1 && v.kind == kindInt && v.num >= first.num && v.num-first.num <= 1<<16:
			last, held = v, 2
		case held == 2:
			f, ok := v.number()
			if !ok {
				return errNotWidths
			}
			for c := first.num; c <= last.num; c++ {
				widths[c] = int(f)
			}
			held = 0
		default:
			return errNotWidths
		}
		return nil
	})
	if err != nil || held != 0 {
		return nil, false
	}
	return widths, true
}

var errNotWidths = errors.New("not a /W array")

// compactWidths writes a CID font's widths as /DW, the most common width,
// and a /W array of ranges "first last width" for the other glyphs.
func compactWidths(widths map[int]int) string {
	count := map[int]int{}
	cids := make([]int, 0, len(widths))
	for cid, w := range widths {
		count[w]++
		cids = append(cids, cid)
	}
	slices.Sort(cids)
	dw, most := 1000, 0
	for w, n := range count {
		if n > most || n == most && w < dw {
			dw, most = w, n
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "/DW %d\n/W [", dw)
	for i := 0; i < len(cids); {
		w := widths[cids[i]]
		j := i + 1
		for j < len(cids) && cids[j] == cids[j-1]+1 && widths[cids[j]] == w {
			j++
		}
		if w != dw {
			fmt.Fprintf(&b, " %d %d %d", cids[i], cids[j-1], w)
		}
		i = j
	}
	b.WriteString(" ]")
	return b.String()
}
