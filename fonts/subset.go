package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
)

// Subset returns a small TrueType font holding only the glyphs that print
// runes (and .notdef), renumbered from 1 in rune order, with the tables a
// PDF needs: cmap, glyf, loca, hmtx, hhea, head, maxp, OS/2, name and post.
//
// The PDF library subsets what it is given, but keeps the original's full
// metrics table and glyph numbering: for a CJK font of 30 000 glyphs that
// alone adds 20–30 KB to every PDF per face, and parsing the whole font
// costs about 17 ms. A subset made here is a few kilobytes per hundred
// glyphs and parses in well under a millisecond. Runes the face lacks are
// left out.
func (f *Face) Subset(runes []rune) ([]byte, error) {
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

	// Old glyph IDs, .notdef first, then one per rune in rune order, then
	// the components of composite glyphs.
	rs := slices.Clone(runes)
	slices.Sort(rs)
	rs = slices.Compact(rs)
	old := []int{0}
	newID := map[int]int{0: 0}
	var mapped []rune
	var mappedGID []int
	for _, r := range rs {
		g, ok := f.Glyph(r)
		if !ok || int(g) >= numGlyphs {
			continue
		}
		if _, seen := newID[int(g)]; !seen {
			newID[int(g)] = len(old)
			old = append(old, int(g))
		}
		mapped = append(mapped, r)
		mappedGID = append(mappedGID, newID[int(g)])
	}
	for i := 0; i < len(old); i++ {
		data, err := glyphRange(old[i])
		if err != nil {
			return nil, fmt.Errorf("subsetting %s: glyph %d: %w", f.name, old[i], err)
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

	var newGlyf []byte
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

// sealFont writes tables as a font file whose head table's
// checkSumAdjustment is right: the whole font sums to 0xB1B0AFBA.
func sealFont(tables map[string][]byte) []byte {
	if head := tables["head"]; len(head) >= 12 {
		head = slices.Clone(head)
		binary.BigEndian.PutUint32(head[8:], 0) // as the head table's own checksum counts it
		tables["head"] = head
	}
	out := writeFont(tables)
	if at := tableOffset(out, "head"); at >= 0 && at+12 <= len(out) {
		binary.BigEndian.PutUint32(out[at+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

var errBadGlyph = errors.New("glyph data out of range")

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
		if s.end > 0xFFFF {
			wide = true
			s.end = 0xFFFF
		}
		if s.end == 0xFFFF {
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

// putSearch writes the binary-search hints OpenType puts before n records of
// size bytes: searchRange, entrySelector and rangeShift.
func putSearch(b []byte, n, size int) {
	sr := 1
	for sr*2 <= n {
		sr *= 2
	}
	binary.BigEndian.PutUint16(b[0:], uint16(size*sr))
	binary.BigEndian.PutUint16(b[2:], uint16(bitsLen(sr)))
	binary.BigEndian.PutUint16(b[4:], uint16(size*n-size*sr))
}

func bitsLen(n int) int {
	b := 0
	for n > 1 {
		n >>= 1
		b++
	}
	return b
}

// readTables returns the tables of a single-face font by tag, sharing data.
func readTables(data []byte) (map[string][]byte, error) {
	if len(data) < 12 {
		return nil, errors.New("not a font file")
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if 12+16*n > len(data) {
		return nil, errors.New("truncated table directory")
	}
	t := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		off, ln := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if off < 0 || ln < 0 || off+ln > len(data) {
			return nil, fmt.Errorf("table %q out of range", rec[:4])
		}
		t[string(rec[:4])] = data[off : off+ln]
	}
	return t, nil
}

// writeFont lays tables out as a font file, tags sorted, each 4-aligned.
func writeFont(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for tag := range tables {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	size := 12 + 16*n
	for _, tag := range tags {
		size += (len(tables[tag]) + 3) &^ 3
	}
	out := make([]byte, 12+16*n, size)
	be := binary.BigEndian
	be.PutUint32(out[0:], 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	putSearch(out[6:], n, 16)
	for i, tag := range tags {
		data := tables[tag]
		rec := out[12+16*i:]
		copy(rec[0:4], tag)
		be.PutUint32(rec[4:], checksum(data))
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(data)))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func tableOffset(font []byte, tag string) int {
	n := int(binary.BigEndian.Uint16(font[4:]))
	for i := 0; i < n; i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) == tag {
			return int(binary.BigEndian.Uint32(rec[8:]))
		}
	}
	return -1
}

// checksum is the OpenType table checksum: the sum of big-endian uint32s,
// the data padded with zeros.
func checksum(data []byte) uint32 {
	var sum uint32
	for i := 0; i < len(data); i += 4 {
		var w [4]byte
		copy(w[:], data[i:min(i+4, len(data))])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
