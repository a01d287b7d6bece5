package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// CharGlyph pairs a character with the glyph that prints it: the glyph the
// layout chose (layout.Glyph.ID), which is not always the face's own glyph
// for the character — a half-width comma in Chinese text prints with the
// glyph of ，. A subset's character map is made of such pairs, so that a
// PDF draws the chosen glyph and a reader copying the text still gets the
// character.
type CharGlyph struct {
	Char  rune
	Glyph uint16
}

// Subset returns a small TrueType font holding only the glyphs that print
// runes (and .notdef), with the face's own character map (see SubsetGlyphs).
// Runes the face lacks are left out.
func (f *Face) Subset(runes []rune) ([]byte, error) {
	pairs := make([]CharGlyph, 0, len(runes))
	for _, r := range runes {
		if g, ok := f.Glyph(r); ok {
			pairs = append(pairs, CharGlyph{r, g})
		}
	}
	return f.SubsetGlyphs(pairs)
}

// SubsetGlyphs returns a small TrueType font holding only the glyphs of
// chars (and .notdef), renumbered from 1 in character order, with a
// character map from each pair's character to its glyph, and the tables a
// PDF needs: cmap, glyf, loca, hmtx, hhea, head, maxp, OS/2, name and post.
// Two pairs for one character keep the first (in character order);
// glyphs the face does not have are left out.
//
// The PDF library subsets what it is given, but keeps the original's full
// metrics table and glyph numbering: for a CJK font of 30 000 glyphs that
// alone adds 20–30 KB to every PDF per face, and parsing the whole font
// costs about 17 ms. A subset made here is a few kilobytes per hundred
// glyphs and parses in well under a millisecond.
func (f *Face) SubsetGlyphs(chars []CharGlyph) ([]byte, error) {
	if !f.glyf {
		return nil, fmt.Errorf("subsetting %s: %w", f.name, ErrNotTrueType)
	}
	t, err := readTables(f.data)
	if err != nil {
		return nil, fmt.Errorf("subsetting %s: %w", f.name, err)
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "OS/2", "post"} {
		if t[tag] == nil {
			return nil, fmt.Errorf("subsetting %s: no %s table", f.name, tag)
		}
	}
	head, hhea, hmtx, loca, glyf := t["head"], t["hhea"], t["hmtx"], t["loca"], t["glyf"]
	if len(head) < 54 || len(hhea) < 36 || len(t["maxp"]) < 6 || len(t["post"]) < 32 {
		return nil, fmt.Errorf("subsetting %s: truncated table", f.name)
	}
	longLoca := binary.BigEndian.Uint16(head[50:]) == 1
	numGlyphs := int(binary.BigEndian.Uint16(t["maxp"][4:]))
	numH := int(binary.BigEndian.Uint16(hhea[34:]))
	if numH == 0 {
		return nil, fmt.Errorf("subsetting %s: no horizontal metrics", f.name)
	}
	glyphRange := func(g int) ([]byte, error) {
		var a, b int
		if longLoca {
			if 4*g+8 > len(loca) {
				return nil, errBadGlyph
			}
			a, b = int(binary.BigEndian.Uint32(loca[4*g:])), int(binary.BigEndian.Uint32(loca[4*g+4:]))
		} else {
			if 2*g+4 > len(loca) {
				return nil, errBadGlyph
			}
			a, b = 2*int(binary.BigEndian.Uint16(loca[2*g:])), 2*int(binary.BigEndian.Uint16(loca[2*g+2:]))
		}
		if a > b || b > len(glyf) {
			return nil, errBadGlyph
		}
		return glyf[a:b], nil
	}

	// Old glyph IDs, .notdef first, then one per character in character
	// order, then the components of composite glyphs.
	cs := slices.Clone(chars)
	slices.SortStableFunc(cs, func(a, b CharGlyph) int { return int(a.Char - b.Char) })
	cs = slices.CompactFunc(cs, func(a, b CharGlyph) bool { return a.Char == b.Char })
	old := []int{0}
	newID := map[int]int{0: 0}
	var mapped []rune
	var mappedGID []int
	for _, c := range cs {
		g := int(c.Glyph)
		if g == 0 || g >= numGlyphs {
			continue
		}
		if _, seen := newID[g]; !seen {
			newID[g] = len(old)
			old = append(old, g)
		}
		mapped = append(mapped, c.Char)
		mappedGID = append(mappedGID, newID[g])
	}
	// The glyphs' data together fits in the glyf table unless loca makes
	// glyphs overlap, which no valid font does: a hostile one could
	// otherwise make the subset thousands of times the font's size.
	glyfBytes := 0
	for i := 0; i < len(old); i++ {
		data, err := glyphRange(old[i])
		if err != nil {
			return nil, fmt.Errorf("subsetting %s: glyph %d: %w", f.name, old[i], err)
		}
		if glyfBytes += len(data); glyfBytes > len(glyf) {
			return nil, fmt.Errorf("subsetting %s: glyph %d: %w", f.name, old[i], errOverlappingGlyphs)
		}
		err = eachComponent(data, func(_ int, g int) {
			if _, seen := newID[g]; !seen && g < numGlyphs {
				newID[g] = len(old)
				old = append(old, g)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("subsetting %s: glyph %d: %w", f.name, old[i], err)
		}
	}

	newGlyf := make([]byte, 0, glyfBytes+3*len(old))
	newLoca := make([]byte, 4*(len(old)+1))
	newHmtx := make([]byte, 4*len(old))
	for i, g := range old {
		binary.BigEndian.PutUint32(newLoca[4*i:], uint32(len(newGlyf)))
		data, _ := glyphRange(g)
		start := len(newGlyf)
		newGlyf = append(newGlyf, data...)
		// Renumber the components of a composite glyph in the copy.
		eachComponent(newGlyf[start:], func(at int, c int) {
			binary.BigEndian.PutUint16(newGlyf[start+at:], uint16(newID[c]))
		})
		for len(newGlyf)%4 != 0 {
			newGlyf = append(newGlyf, 0)
		}
		m := min(g, numH-1)
		if 4*m+4 > len(hmtx) {
			return nil, fmt.Errorf("subsetting %s: truncated hmtx", f.name)
		}
		copy(newHmtx[4*i:], hmtx[4*m:4*m+2])
		if g < numH {
			copy(newHmtx[4*i+2:], hmtx[4*g+2:4*g+4])
		} else if at := 4*numH + 2*(g-numH); at+2 <= len(hmtx) {
			copy(newHmtx[4*i+2:], hmtx[at:at+2])
		}
	}
	binary.BigEndian.PutUint32(newLoca[4*len(old):], uint32(len(newGlyf)))

	newHead := slices.Clone(head)
	binary.BigEndian.PutUint16(newHead[50:], 1)
	newHhea := slices.Clone(hhea)
	binary.BigEndian.PutUint16(newHhea[34:], uint16(len(old)))
	newMaxp := slices.Clone(t["maxp"])
	binary.BigEndian.PutUint16(newMaxp[4:], uint16(len(old)))
	newPost := slices.Clone(t["post"][:32])
	binary.BigEndian.PutUint32(newPost[0:], 0x00030000) // no glyph names

	tables := map[string][]byte{
		"cmap": buildCmap(mapped, mappedGID), "glyf": newGlyf, "head": newHead, "hhea": newHhea,
		"hmtx": newHmtx, "loca": newLoca, "maxp": newMaxp, "OS/2": t["OS/2"], "post": newPost,
	}
	if t["name"] != nil {
		tables["name"] = t["name"]
	}
	return sealFont(tables), nil
}

var (
	errBadGlyph          = errors.New("glyph data out of range")
	errOverlappingGlyphs = errors.New("glyphs overlap in the glyf table")
)

// eachComponent calls fn with the offset of each component glyph ID in a
// composite glyph, and the ID. Simple glyphs have none.
func eachComponent(data []byte, fn func(at, gid int)) error {
	if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return nil
	}
	const (
		argWords  = 0x0001
		scale     = 0x0008
		more      = 0x0020
		xyScale   = 0x0040
		twoByTwo  = 0x0080
		component = 4 // flags and glyph index
	)
	at := 10
	for {
		if at+component > len(data) {
			return errBadGlyph
		}
		flags := binary.BigEndian.Uint16(data[at:])
		fn(at+2, int(binary.BigEndian.Uint16(data[at+2:])))
		at += component
		if flags&argWords != 0 {
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&scale != 0:
			at += 2
		case flags&xyScale != 0:
			at += 4
		case flags&twoByTwo != 0:
			at += 8
		}
		if flags&more == 0 {
			return nil
		}
	}
}

// buildCmap writes a cmap with a (3,1) format 4 subtable for the Basic
// Multilingual Plane and, when needed, a (3,10) format 12 one for all.
// runes are sorted; gids[i] is the glyph of runes[i].
func buildCmap(runes []rune, gids []int) []byte {
	type seg struct {
		start, end rune
		gid        int
	}
	var segs []seg
	for i, r := range runes {
		if n := len(segs); n > 0 && segs[n-1].end+1 == r && segs[n-1].gid+int(r-segs[n-1].start) == gids[i] {
			segs[n-1].end = r
			continue
		}
		segs = append(segs, seg{r, r, gids[i]})
	}
	var bmp []seg
	wide := false
	for _, s := range segs {
		if s.start > 0xFFFF {
			wide = true
			continue
		}
		if s.end >= 0xFFFF {
			// Format 4 ends with a segment of its own at U+FFFF:
			// U+FFFF and what follows it are in format 12 only.
			wide = true
			if s.start == 0xFFFF {
				continue
			}
			s.end = 0xFFFE
		}
		bmp = append(bmp, s)
	}
	bmp = append(bmp, seg{0xFFFF, 0xFFFF, 0})

	n := len(bmp)
	f4 := make([]byte, 16+8*n)
	be := binary.BigEndian
	be.PutUint16(f4[0:], 4)
	be.PutUint16(f4[2:], uint16(len(f4)))
	be.PutUint16(f4[6:], uint16(2*n))
	putSearch(f4[8:], n, 2)
	for i, s := range bmp {
		be.PutUint16(f4[14+2*i:], uint16(s.end))
		be.PutUint16(f4[16+2*n+2*i:], uint16(s.start))
		delta := uint16(s.gid - int(s.start))
		if s.start == 0xFFFF {
			delta = 1
		}
		be.PutUint16(f4[16+4*n+2*i:], delta)
		// idRangeOffset stays 0: every segment maps by delta.
	}

	var f12 []byte
	if wide {
		f12 = make([]byte, 16+12*len(segs))
		be.PutUint16(f12[0:], 12)
		be.PutUint32(f12[4:], uint32(len(f12)))
		be.PutUint32(f12[12:], uint32(len(segs)))
		for i, s := range segs {
			be.PutUint32(f12[16+12*i:], uint32(s.start))
			be.PutUint32(f12[20+12*i:], uint32(s.end))
			be.PutUint32(f12[24+12*i:], uint32(s.gid))
		}
	}
	records := 1
	if wide {
		records = 2
	}
	out := make([]byte, 4+8*records)
	be.PutUint16(out[2:], uint16(records))
	be.PutUint16(out[4:], 3)
	be.PutUint16(out[6:], 1)
	be.PutUint32(out[8:], uint32(len(out)))
	if wide {
		be.PutUint16(out[12:], 3)
		be.PutUint16(out[14:], 10)
		be.PutUint32(out[16:], uint32(len(out)+len(f4)))
	}
	out = append(out, f4...)
	return append(out, f12...)
}
