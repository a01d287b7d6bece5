package fonts

import (
	"bytes"
	"testing"

	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
)

// The in-place cmap lookups agree with go-text's parser on every
// character of every embedded face, and on characters none of them has
// (a character go-text maps to glyph 0, as the last segment of a format 4
// table does U+FFFF, counts as unmapped). The interface's faces, cut to
// Big5 and GB 2312 here, have format 4 tables and fewer characters.
func TestRuneMapMatchesGoText(t *testing.T) {
	lib := NewLibrary()
	for _, name := range []string{SerifTC, SerifSC, SansBoldTC, SansBoldSC, SansTC, SansSC} {
		f, err := lib.Face(name)
		if err != nil {
			t.Fatal(err)
		}
		ld, err := opentype.NewLoader(bytes.NewReader(f.data))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := ld.RawTable(opentype.MustNewTag("cmap"))
		cm, _, err := tables.ParseCmap(raw)
		if err != nil {
			t.Fatal(err)
		}
		want, _, err := font.ProcessCmap(cm, 0)
		if err != nil {
			t.Fatal(err)
		}
		cut := name == SansTC || name == SansSC
		if _, ok := f.cmap.(cmap12); !ok && !cut {
			t.Errorf("%s: not searched in place (%T)", name, f.cmap)
		}
		n := 0
		for r := rune(0); r <= 0x3FFFF; r++ {
			g1, ok1 := want.Lookup(r)
			ok1 = ok1 && g1 != 0
			g2, ok2 := f.cmap.Lookup(r)
			if ok1 != ok2 || ok1 && g1 != g2 {
				t.Fatalf("%s: U+%04X gives %d %v, go-text %d %v", name, r, g2, ok2, g1, ok1)
			}
			if ok1 {
				n++
			}
		}
		if least := 20000; n < least && !cut || n < least/3 {
			t.Errorf("%s: only %d characters mapped", name, n)
		}
	}
}

// A format 4 subtable, written here by hand, is read as the specification
// has it: by delta, and through the glyph ID array.
func TestCmap4(t *testing.T) {
	be := func(v ...uint16) []byte {
		var b []byte
		for _, x := range v {
			b = append(b, byte(x>>8), byte(x))
		}
		return b
	}
	// Three segments: 'A'..'C' by delta (+10 → 75..77), '0'..'1' through
	// the array (glyphs 5 and 0, i.e. none), and the final 0xFFFF.
	sub := be(4, 0, 0, 6, 0, 0, 0)             // format, length, language, segCountX2, search fields
	sub = append(sub, be('1', 'C', 0xFFFF)...) // endCode
	sub = append(sub, be(0)...)                // reservedPad
	sub = append(sub, be('0', 'A', 0xFFFF)...) // startCode
	sub = append(sub, be(0, 10, 1)...)         // idDelta
	sub = append(sub, be(6, 0, 0)...)          // idRangeOffset: segment 0 → 6 bytes on, the array
	sub = append(sub, be(5, 0)...)             // glyphIdArray
	m, ok := newCmap4(sub)
	if !ok {
		t.Fatal("not read")
	}
	for r, want := range map[rune]int{'A': 75, 'C': 77, '0': 5, '1': -1, 'D': -1, '/': -1, 0x1F600: -1} {
		g, ok := m.Lookup(r)
		if want < 0 && ok || want >= 0 && (!ok || int(g) != want) {
			t.Errorf("%q: %d %v, want %d", r, g, ok, want)
		}
	}
}
