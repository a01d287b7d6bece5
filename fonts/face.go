package fonts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/go-text/typesetting/font/opentype"
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
func Parse(name string, data []byte) (*Face, error) {
	if len(data) >= 4 && string(data[:4]) == "ttcf" {
		return nil, fmt.Errorf("font %s: %w", name, ErrCollection)
	}
	ld, err := opentype.NewLoader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	f := &Face{name: name, data: data}
	if f.glyf = ld.HasTable(opentype.MustNewTag("glyf")); !f.glyf && !ld.HasTable(opentype.MustNewTag("CFF ")) {
		return nil, fmt.Errorf("font %s: no glyph outlines (neither glyf nor CFF table)", name)
	}

	raw, err := ld.RawTable(opentype.MustNewTag("head"))
	if err != nil {
		return nil, fmt.Errorf("font %s: head table: %w", name, err)
	}
	head, _, err := tables.ParseHead(raw)
	if err != nil {
		return nil, fmt.Errorf("font %s: head table: %w", name, err)
	}
	f.upem = int(head.UnitsPerEm)
	if f.upem < 16 || f.upem > 16384 {
		return nil, fmt.Errorf("font %s: implausible units per em %d", name, f.upem)
	}

	if raw, err = ld.RawTable(opentype.MustNewTag("cmap")); err != nil {
		return nil, fmt.Errorf("font %s: cmap table: %w", name, err)
	}
	if f.cmap, err = newRuneMap(raw); err != nil {
		return nil, fmt.Errorf("font %s: cmap table: %w", name, err)
	}

	if raw, err = ld.RawTable(opentype.MustNewTag("hhea")); err != nil {
		return nil, fmt.Errorf("font %s: hhea table: %w", name, err)
	}
	hhea, _, err := tables.ParseHhea(raw)
	if err != nil {
		return nil, fmt.Errorf("font %s: hhea table: %w", name, err)
	}
	f.ascent, f.descent = int(hhea.Ascender), -int(hhea.Descender)
	if raw, err = ld.RawTable(opentype.MustNewTag("hmtx")); err != nil {
		return nil, fmt.Errorf("font %s: hmtx table: %w", name, err)
	}
	n := int(hhea.NumOfLongMetrics)
	if n == 0 || len(raw) < 4*n {
		return nil, fmt.Errorf("font %s: hmtx table holds %d bytes for %d metrics", name, len(raw), n)
	}
	f.hmtx, f.metrics = raw[:4*n], n

	// The OS/2 typographic ascender and descender describe the ideographic
	// em box of CJK fonts better than hhea; prefer them when present.
	if raw, err = ld.RawTable(opentype.MustNewTag("OS/2")); err == nil {
		if os2, _, err := tables.ParseOs2(raw); err == nil && os2.STypoAscender > 0 {
			f.ascent, f.descent = int(os2.STypoAscender), -int(os2.STypoDescender)
		}
	}
	return f, nil
}

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
