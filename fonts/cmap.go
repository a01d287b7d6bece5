package fonts

import (
	"encoding/binary"
	"sort"

	"github.com/go-text/typesetting/font"
)

// runeMap maps characters to glyph IDs.
type runeMap interface {
	Lookup(r rune) (font.GID, bool)
}

// newRuneMap reads a cmap table. The usual Unicode subtables — format 12
// for the whole of Unicode, format 4 for the Basic Multilingual Plane — are
// searched in place, in the font's bytes: a CJK font's cmap holds tens of
// thousands of entries, and building a lookup structure for them costs a
// short-lived process more (in time and page faults) than the few hundred
// lookups it makes. Other formats go through go-text's parser
// (fallbackCmap).
func newRuneMap(cmap []byte) (runeMap, error) {
	if len(cmap) >= 4 {
		n := int(binary.BigEndian.Uint16(cmap[2:]))
		best, bestRank := []byte(nil), 99
		for i := range n {
			rec := 4 + 8*i
			if rec+8 > len(cmap) {
				break
			}
			platform, encoding := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
			off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
			if off+4 > len(cmap) {
				continue
			}
			sub := cmap[off:]
			format := binary.BigEndian.Uint16(sub)
			rank := 99
			switch {
			case format == 12 && (platform == 3 && encoding == 10 || platform == 0 && (encoding == 4 || encoding == 6)):
				rank = 0
			case format == 4 && (platform == 3 && encoding == 1 || platform == 0 && encoding <= 3):
				rank = 1
			}
			if rank < bestRank {
				best, bestRank = sub, rank
			}
		}
		switch bestRank {
		case 0:
			if m, ok := newCmap12(best); ok {
				return m, nil
			}
		case 1:
			if m, ok := newCmap4(best); ok {
				return m, nil
			}
		}
	}
	return fallbackCmap(cmap)
}

// cmap12 is a format 12 subtable: groups of consecutive characters mapped
// to consecutive glyphs, sorted by character.
type cmap12 struct {
	groups []byte // 12 bytes each: first char, last char, first glyph
	n      int
}

func newCmap12(sub []byte) (cmap12, bool) {
	if len(sub) < 16 {
		return cmap12{}, false
	}
	n := int(binary.BigEndian.Uint32(sub[12:]))
	if n < 0 || 16+12*n > len(sub) {
		return cmap12{}, false
	}
	return cmap12{groups: sub[16 : 16+12*n], n: n}, true
}

func (c cmap12) Lookup(r rune) (font.GID, bool) {
	u := uint32(r)
	i := sort.Search(c.n, func(i int) bool { return binary.BigEndian.Uint32(c.groups[12*i+4:]) >= u })
	if i == c.n {
		return 0, false
	}
	g := c.groups[12*i:]
	first := binary.BigEndian.Uint32(g)
	if u < first {
		return 0, false
	}
	return font.GID(binary.BigEndian.Uint32(g[8:]) + u - first), true
}

// cmap4 is a format 4 subtable: segments of the Basic Multilingual Plane,
// each mapped by a delta or through the glyph ID array.
type cmap4 struct {
	sub  []byte
	segs int
}

func newCmap4(sub []byte) (cmap4, bool) {
	if len(sub) < 14 {
		return cmap4{}, false
	}
	segs := int(binary.BigEndian.Uint16(sub[6:])) / 2
	if 16+8*segs > len(sub) {
		return cmap4{}, false
	}
	return cmap4{sub: sub, segs: segs}, true
}

func (c cmap4) Lookup(r rune) (font.GID, bool) {
	if r < 0 || r > 0xFFFF {
		return 0, false
	}
	u := uint16(r)
	ends := c.sub[14:]
	starts := c.sub[16+2*c.segs:]
	deltas := starts[2*c.segs:]
	ranges := deltas[2*c.segs:]
	i := sort.Search(c.segs, func(i int) bool { return binary.BigEndian.Uint16(ends[2*i:]) >= u })
	if i == c.segs {
		return 0, false
	}
	start := binary.BigEndian.Uint16(starts[2*i:])
	if u < start {
		return 0, false
	}
	delta := binary.BigEndian.Uint16(deltas[2*i:])
	ro := int(binary.BigEndian.Uint16(ranges[2*i:]))
	if ro == 0 {
		g := u + delta
		return font.GID(g), g != 0
	}
	// idRangeOffset counts bytes from its own place in the table.
	at := 16 + 6*c.segs + 2*i + ro + 2*int(u-start)
	if at+2 > len(c.sub) {
		return 0, false
	}
	g := binary.BigEndian.Uint16(c.sub[at:])
	if g == 0 {
		return 0, false
	}
	g += delta
	return font.GID(g), g != 0
}
