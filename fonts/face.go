package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/go-text/typesetting/font/opentype/tables"
)

// Face is one parsed single-face font file. It reads the file's bytes in
// place and never copies them; Data returns them for embedding.
//
// A Face is immutable after Parse and safe for concurrent use.
type Face struct {
	name    string
	data    []byte
	upem    int
	cmap    runeMap
	hmtx    []byte // the hmtx table's long metrics, read in place
	metrics int    // how many: glyphs past the last use its advance
	ascent  int    // typographic ascender, font units
	descent int    // typographic descender, font units, positive downwards
	glyf    bool   // TrueType outlines (as opposed to CFF)
}

// Errors that Parse wraps.
var (
	// ErrCollection is returned for a font collection (.ttc); pick one face first.
	ErrCollection = errors.New("font collection (.ttc): one face must be extracted first")
	// ErrNotTrueType is returned for a CFF-outline font (.otf), which the
	// PDF writer cannot embed.
	ErrNotTrueType = errors.New("font has PostScript (CFF) outlines, not TrueType (glyf)")
)

// Parse reads the tables layout needs from a single-face TrueType or
// OpenType file. name identifies the face in laid-out documents.
//
// Parse reads data in place: what it allocates is proportional to the
// number of tables and, for the rare character maps that are not searched
// in place (cmap.go), to the size of the cmap table, never to a count or
// length the file claims beyond its own size.
func Parse(name string, data []byte) (*Face, error) {
	f, err := parse(name, data)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	return f, nil
}

// parse is Parse with errors that do not name the font, for the caller to
// name it as it knows it (a name, or the file's path).
func parse(name string, data []byte) (*Face, error) {
	if len(data) >= 4 && string(data[:4]) == "ttcf" {
		return nil, ErrCollection
	}
	if len(data) < 4 || !isSfnt(string(data[:4])) {
		return nil, errNotSfnt
	}
	t, err := readTables(data)
	if err != nil {
		return nil, err
	}
	f := &Face{name: name, data: data}
	if f.glyf = t["glyf"] != nil; !f.glyf && t["CFF "] == nil {
		return nil, errors.New("no glyph outlines (neither glyf nor CFF table)")
	}
	table := func(tag string) ([]byte, error) {
		if t[tag] == nil {
			return nil, fmt.Errorf("no %s table", tag)
		}
		return t[tag], nil
	}

	raw, err := table("head")
	if err != nil {
		return nil, err
	}
	head, _, err := tables.ParseHead(raw)
	if err != nil {
		return nil, fmt.Errorf("head table: %w", err)
	}
	f.upem = int(head.UnitsPerEm)
	if f.upem < 16 || f.upem > 16384 {
		return nil, fmt.Errorf("implausible units per em %d", f.upem)
	}

	if raw, err = table("cmap"); err != nil {
		return nil, err
	}
	if f.cmap, err = newRuneMap(raw); err != nil {
		return nil, fmt.Errorf("cmap table: %w", err)
	}

	if raw, err = table("hhea"); err != nil {
		return nil, err
	}
	hhea, _, err := tables.ParseHhea(raw)
	if err != nil {
		return nil, fmt.Errorf("hhea table: %w", err)
	}
	f.ascent, f.descent = int(hhea.Ascender), -int(hhea.Descender)
	if raw, err = table("hmtx"); err != nil {
		return nil, err
	}
	n := int(hhea.NumOfLongMetrics)
	if n == 0 || len(raw) < 4*n {
		return nil, fmt.Errorf("hmtx table holds %d bytes for %d metrics", len(raw), n)
	}
	f.hmtx, f.metrics = raw[:4*n], n

	// The OS/2 typographic ascender and descender describe the ideographic
	// em box of CJK fonts better than hhea; prefer them when present.
	if raw := t["OS/2"]; raw != nil {
		if os2, _, err := tables.ParseOs2(raw); err == nil && os2.STypoAscender > 0 {
			f.ascent, f.descent = int(os2.STypoAscender), -int(os2.STypoDescender)
		}
	}
	return f, nil
}

// isSfnt reports whether a file's first four bytes begin a font Parse
// reads: TrueType outlines (0x00010000, or "true" in old Apple fonts) or CFF
// outlines ("OTTO"). WOFF web fonts and the like are not.
func isSfnt(version string) bool {
	switch version {
	case "\x00\x01\x00\x00", "true", "OTTO":
		return true
	}
	return false
}

// ErrNotFont is returned for a file that is not a TrueType or OpenType
// font at all.
var ErrNotFont = errors.New("not a TrueType or OpenType font file")

var errNotSfnt = ErrNotFont

// Name is the face's name as given to Parse.
func (f *Face) Name() string { return f.name }

// Data is the font file, for embedding.
func (f *Face) Data() []byte { return f.data }

// UnitsPerEm is the font's design grid size.
func (f *Face) UnitsPerEm() int { return f.upem }

// IsTrueType reports whether the outlines are TrueType (glyf) ones, the only
// kind the PDF writer can embed.
func (f *Face) IsTrueType() bool { return f.glyf }

// Glyph returns the glyph ID the font maps r to, and whether it has one.
func (f *Face) Glyph(r rune) (uint16, bool) {
	g, ok := f.cmap.Lookup(r)
	if !ok || g == 0 {
		return 0, false
	}
	return uint16(g), true
}

// Has reports whether the font has a glyph for r.
func (f *Face) Has(r rune) bool {
	_, ok := f.Glyph(r)
	return ok
}

// Advance returns the advance width of r in thousandths of an em, and
// whether the font has r at all.
func (f *Face) Advance(r rune) (int32, bool) {
	g, ok := f.Glyph(r)
	if !ok {
		return 0, false
	}
	return int32((f.advanceUnits(g)*1000 + f.upem/2) / f.upem), true
}

// advanceUnits is glyph g's advance width in font units.
func (f *Face) advanceUnits(g uint16) int {
	i := min(int(g), f.metrics-1)
	return int(binary.BigEndian.Uint16(f.hmtx[4*i:]))
}

// Ascent and Descent are the typographic ascender and descender in
// thousandths of an em, both positive.
func (f *Face) Ascent() int32 { return int32(f.ascent * 1000 / f.upem) }

// Descent: see Ascent.
func (f *Face) Descent() int32 { return int32(f.descent * 1000 / f.upem) }
