package fonts

import (
	"encoding/binary"
	"fmt"
	"slices"
)

// WithoutOutlines returns a TrueType font like font but with every glyph
// empty: the same glyph IDs, metrics and character map, no outlines. The
// PDF writer hands such a copy to a library that needs a font's metrics
// but would otherwise spend its time compressing outlines that the writer
// embeds itself.
func WithoutOutlines(font []byte) ([]byte, error) {
	t, err := readTables(font)
	if err != nil {
		return nil, fmt.Errorf("emptying outlines: %w", err)
	}
	head, maxp := t["head"], t["maxp"]
	if len(head) < 54 || len(maxp) < 6 || t["glyf"] == nil || t["loca"] == nil {
		return nil, fmt.Errorf("emptying outlines: not a TrueType font")
	}
	n := int(binary.BigEndian.Uint16(maxp[4:]))
	newHead := slices.Clone(head)
	binary.BigEndian.PutUint16(newHead[50:], 1) // long offsets, all of them 0
	t["head"] = newHead
	t["loca"] = make([]byte, 4*(n+1))
	t["glyf"] = []byte{}
	return sealFont(t), nil
}

// pdfTables are the tables a PDF reader uses of an embedded TrueType font
// whose glyphs the text names by glyph ID (PDF 32000-1:2008, 9.9): the
// character map, names and the like are left out.
var pdfTables = []string{"head", "hhea", "hmtx", "loca", "glyf", "maxp", "cvt ", "fpgm", "prep"}

// ForPDF returns font with only the tables a PDF embeds of it.
func ForPDF(font []byte) ([]byte, error) {
	t, err := readTables(font)
	if err != nil {
		return nil, fmt.Errorf("preparing a font for PDF: %w", err)
	}
	keep := map[string][]byte{}
	for _, tag := range pdfTables {
		if t[tag] != nil {
			keep[tag] = t[tag]
		}
	}
	if keep["glyf"] == nil || keep["head"] == nil {
		return nil, fmt.Errorf("preparing a font for PDF: not a TrueType font")
	}
	return sealFont(keep), nil
}
