package fonts

import (
	"encoding/binary"
	"errors"

	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype/tables"
)

// maxFallbackRecords is the most cmap encoding records fallbackCmap hands
// to go-text: more than the dozen platform and encoding pairs go-text
// chooses among.
const maxFallbackRecords = 16

// fallbackCmap reads a cmap table whose Unicode subtables the in-place
// lookups do not cover — a symbol font's, a Macintosh one's, formats 0, 6,
// 10 and 13 — with go-text's parser.
//
// go-text decodes every subtable a record points to, and copies out the
// glyph array of each format 4 segment, so a hostile table (thousands of
// records all pointing at one large subtable, or segments sharing one
// glyph array) could make it allocate thousands of times the table's
// size. It is handed a table of at most maxFallbackRecords records instead:
// the first record of each platform and encoding (the one go-text would
// choose), leaving out the formats it does not map characters with and
// format 4 subtables whose segments claim more glyph IDs than they hold.
func fallbackCmap(cmap []byte) (runeMap, error) {
	be := binary.BigEndian
	if len(cmap) < 4 {
		return nil, errors.New("truncated cmap table")
	}
	type record struct {
		platform, encoding uint16
		off                uint32
	}
	var keep []record
	seen := map[[2]uint16]bool{}
	n := int(be.Uint16(cmap[2:]))
	for i := 0; i < n && len(keep) < maxFallbackRecords; i++ {
		at := 4 + 8*i
		if at+8 > len(cmap) {
			break
		}
		r := record{be.Uint16(cmap[at:]), be.Uint16(cmap[at+2:]), be.Uint32(cmap[at+4:])}
		if int64(r.off)+4 > int64(len(cmap)) || seen[[2]uint16{r.platform, r.encoding}] {
			continue
		}
		switch sub := cmap[r.off:]; be.Uint16(sub) {
		case 0, 6, 10, 12, 13:
		case 4:
			if !format4Safe(sub) {
				continue
			}
		default:
			continue
		}
		seen[[2]uint16{r.platform, r.encoding}] = true
		keep = append(keep, r)
	}
	if len(keep) == 0 {
		return nil, errors.New("no character map go-text or Paiban reads")
	}
	// The new table: its records, then the old table whole, which the
	// records' offsets now point into.
	shift := 4 + 8*len(keep)
	out := make([]byte, shift, shift+len(cmap))
	be.PutUint16(out[2:], uint16(len(keep)))
	for i, r := range keep {
		be.PutUint16(out[4+8*i:], r.platform)
		be.PutUint16(out[6+8*i:], r.encoding)
		be.PutUint32(out[8+8*i:], r.off+uint32(shift))
	}
	out = append(out, cmap...)
	cm, _, err := tables.ParseCmap(out)
	if err != nil {
		return nil, err
	}
	m, _, err := font.ProcessCmap(cm, 0)
	return m, err
}

// format4Safe reports whether go-text can read a format 4 subtable
// safely: the segments that map through its glyph ID array claim no more
// glyph IDs than the subtable has room for (what go-text allocates for
// them is then no more than the subtable's size), and none starts before
// the array (go-text would index it below 0 and panic).
func format4Safe(sub []byte) bool {
	be := binary.BigEndian
	if len(sub) < 14 {
		return false
	}
	segs := int(be.Uint16(sub[6:])) / 2
	if 16+8*segs > len(sub) {
		return false
	}
	ends, starts, ranges := sub[14:], sub[16+2*segs:], sub[16+6*segs:]
	claimed := 0
	for i := range segs {
		start, end := be.Uint16(starts[2*i:]), be.Uint16(ends[2*i:])
		ro := int(be.Uint16(ranges[2*i:]))
		if start == 0xFFFF || ro == 0 {
			continue // mapped by delta
		}
		if ro/2+i-segs < 0 {
			return false // go-text's index of the segment's first glyph ID
		}
		claimed += int(end - start + 1) // uint16 arithmetic, as go-text counts
	}
	return 2*claimed <= len(sub)
}
