package fonts

import (
	"encoding/binary"
	"fmt"
	"testing"
)

// Hostile fonts: each is refused, or read within allocBound of its size,
// whatever counts and lengths it claims. Before the bounds each of these
// made the parser allocate from tens of megabytes to gigabytes.

// withTables returns font with the given tables replaced or added.
func withTables(t *testing.T, font []byte, tables map[string][]byte) []byte {
	t.Helper()
	all, err := readTables(font)
	if err != nil {
		t.Fatal(err)
	}
	for tag, data := range tables {
		all[tag] = data
	}
	return writeFont(all)
}

// wholeFileTags returns face with n more tables, each naming the whole
// file: a copy of every table would be n times the file.
func wholeFileTags(t *testing.T, face []byte, n int) []byte {
	t.Helper()
	extra := map[string][]byte{}
	for i := range n {
		extra[fmt.Sprintf("z%03d", i)] = nil
	}
	out := withTables(t, face, extra)
	for i := range int(binary.BigEndian.Uint16(out[4:])) {
		if rec := out[12+16*i:]; rec[0] == 'z' {
			binary.BigEndian.PutUint32(rec[8:], 0)
			binary.BigEndian.PutUint32(rec[12:], uint32(len(out)))
		}
	}
	return out
}

func TestHostileTableDirectory(t *testing.T) {
	face := smallFace(t, SerifTC)
	many := wholeFileTags(t, face, 4000)
	checkAlloc(t, "WithoutOutlines", len(many), func() {
		if _, err := WithoutOutlines(many); err == nil {
			t.Error("WithoutOutlines: overlapping tables accepted")
		}
	})
	ttc := collection(many)
	checkAlloc(t, "Extract", len(ttc), func() {
		if _, err := Extract(ttc, 0); err == nil {
			t.Error("Extract: overlapping tables accepted")
		}
	})

	// A table that claims 4 GB.
	huge := append([]byte(nil), face...)
	for i := range int(binary.BigEndian.Uint16(huge[4:])) {
		if rec := huge[12+16*i:]; string(rec[:4]) == "hhea" {
			binary.BigEndian.PutUint32(rec[12:], 0xFFFFFF00)
		}
	}
	checkAlloc(t, "Parse", len(huge), func() {
		if _, err := Parse("huge", huge); err == nil {
			t.Error("Parse: a 4 GB table accepted")
		}
	})
}

// format4 writes a format 4 subtable of segments {start, end, idRangeOffset},
// a final 0xFFFF segment added, and a glyph ID array of n entries.
func format4(segs [][3]uint16, n int) []byte {
	be := binary.BigEndian
	segs = append(segs, [3]uint16{0xFFFF, 0xFFFF, 0})
	k := len(segs)
	sub := make([]byte, 16+8*k+2*n)
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[6:], uint16(2*k))
	for i, s := range segs {
		be.PutUint16(sub[14+2*i:], s[1])
		be.PutUint16(sub[16+2*k+2*i:], s[0])
		if s[0] == 0xFFFF {
			be.PutUint16(sub[16+4*k+2*i:], 1)
		}
		be.PutUint16(sub[16+6*k+2*i:], s[2])
	}
	return sub
}

// cmapOf writes a cmap table whose records, one for each encoding of
// platform 3, all point at sub.
func cmapOf(sub []byte, encodings ...uint16) []byte {
	be := binary.BigEndian
	head := 4 + 8*len(encodings)
	out := make([]byte, head, head+len(sub))
	be.PutUint16(out[2:], uint16(len(encodings)))
	for i, e := range encodings {
		be.PutUint16(out[4+8*i:], 3)
		be.PutUint16(out[6+8*i:], e)
		be.PutUint32(out[8+8*i:], uint32(head))
	}
	return append(out, sub...)
}

// Character maps that go-text reads (not the Unicode ones read in place)
// cannot make it allocate much or panic.
func TestHostileCmap(t *testing.T) {
	face := smallFace(t, SerifTC)
	// 16 segments, each of 65 535 characters, all mapped through the
	// same glyph ID array, under 16 encodings: go-text would copy the
	// array 256 times.
	var segs [][3]uint16
	for i := range 16 {
		segs = append(segs, [3]uint16{0, 0xFFFE, uint16(2 * (17 - i))})
	}
	var encodings []uint16
	for e := range 16 {
		encodings = append(encodings, uint16(100+e))
	}
	shared := withTables(t, face, map[string][]byte{"cmap": cmapOf(format4(segs, 0xFFFF), encodings...)})
	checkAlloc(t, "Parse", len(shared), func() { Parse("shared", shared) })

	// A segment whose glyph IDs would start before the array: go-text
	// indexes it below 0.
	before := withTables(t, face, map[string][]byte{"cmap": cmapOf(format4([][3]uint16{{0x20, 0x21, 2}}, 2), 0)})
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("Parse panicked: %v", r)
			}
		}()
		Parse("before", before)
	}()
}

// Glyphs that overlap in the glyf table (loca going back and forth) are
// refused by Subset, not copied once each.
func TestHostileLoca(t *testing.T) {
	be := binary.BigEndian
	const glyphs, size = 2001, 64 << 10
	glyf := make([]byte, size)
	copy(glyf, simpleGlyph(0, 0, 1, 100, 0, 1, 100, 100, 1, 0, 100, 1))
	loca := make([]byte, 4*(glyphs+1))
	for g := 1; g <= glyphs; g += 2 {
		be.PutUint32(loca[4*g:], size) // even glyphs span the whole table
	}
	maxp := make([]byte, 6)
	be.PutUint16(maxp[4:], glyphs)
	var runes []rune
	var gids []int
	for g := 2; g < glyphs; g += 2 {
		runes, gids = append(runes, 0x4E00+rune(g)), append(gids, g)
	}
	face := testFont(t)
	hhea := append([]byte(nil), mustTables(t, face.Data())["hhea"]...)
	be.PutUint16(hhea[34:], glyphs)
	data := withTables(t, face.Data(), map[string][]byte{"glyf": glyf, "loca": loca, "maxp": maxp,
		"hhea": hhea, "hmtx": make([]byte, 4*glyphs), "cmap": buildCmap(runes, gids),
		"OS/2": make([]byte, 96), "post": make([]byte, 32)})
	f, err := Parse("loca", data)
	if err != nil {
		t.Fatal(err)
	}
	checkAlloc(t, "Subset", len(data), func() {
		if _, err := f.Subset(runes); err == nil {
			t.Error("Subset: overlapping glyphs accepted")
		}
	})
	if o, ok := f.Outline(runes[0]); !ok || len(o.Segments) == 0 {
		t.Errorf("the glyph itself is sound: %v %v", o, ok)
	}
}

func mustTables(t *testing.T, font []byte) map[string][]byte {
	t.Helper()
	tables, err := readTables(font)
	if err != nil {
		t.Fatal(err)
	}
	return tables
}

// outlineBound is the most one Outline call may allocate, whatever the
// glyph: its work is bounded by maxOutlinePoints and maxComponents, not
// by the font's size.
const outlineBound = 8 << 20

// Glyphs at the limits of Outline: the most points a glyph may have, in a
// few hundred bytes, and thousands of components each of thousands of
// empty contours. Each costs a few megabytes at most.
func TestHostileOutline(t *testing.T) {
	be := binary.BigEndian
	// 65 535 points: one contour, flags repeated 255 times, no coordinates.
	many := make([]byte, 10, 10+4+512)
	be.PutUint16(many, 1)
	many = be.AppendUint16(many, 0xFFFE) // the contour's last point
	many = be.AppendUint16(many, 0)      // no instructions
	for i := range 256 {
		many = append(many, flagOnCurve|flagXSame|flagYSame|flagRepeat, byte(255-i/255)) // 255 × 256 + 255
	}
	// 32 767 contours, all but the first empty, of one point.
	empty := make([]byte, 10, 10+2*0x7FFF+3)
	be.PutUint16(empty, 0x7FFF)
	empty = append(empty, make([]byte, 2*0x7FFF+2)...) // every contour ends at point 0; no instructions
	empty = append(empty, flagOnCurve|flagXSame|flagYSame)
	f := testFont(t, many, empty, compositeGlyph(fanOut(2, maxComponents)...))
	for _, r := range "ABC" {
		if n := allocated(func() { f.Outline(r) }); n > outlineBound {
			t.Errorf("%c: Outline allocated %d bytes, more than %d", r, n, outlineBound)
		}
	}
	if o, ok := f.Outline('A'); !ok || len(o.Segments) != 0xFFFF+2 {
		t.Errorf("A, 65 535 points: %d segments, %v", len(o.Segments), ok)
	}
}
