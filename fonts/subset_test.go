package fonts

import (
	"fmt"
	"testing"

	"github.com/paiban/paiban/internal/cjk"
)

// A subset maps every requested character the face has to a glyph with the
// same advance, holds nothing else, and is far smaller than the face.
func TestSubset(t *testing.T) {
	lib := NewLibrary()
	for _, name := range []string{SerifTC, SansBoldSC} {
		f, err := lib.Face(name)
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune("黨建引領改革:基層戰鬥堡壘強起來，「」APP 2018年91.8%𠀀")
		data, err := f.Subset(runes)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) > 40_000 {
			t.Errorf("%s: subset of %d characters is %d bytes", name, len(runes), len(data))
		}
		sub, err := Parse("sub", data)
		if err != nil {
			t.Fatalf("%s: subset does not parse: %v", name, err)
		}
		for _, r := range runes {
			want, has := f.Advance(r)
			got, ok := sub.Advance(r)
			if ok != has || got != want {
				t.Errorf("%s: %q: subset advance %d,%v; face %d,%v", name, r, got, ok, want, has)
			}
		}
		if sub.Has('國') {
			t.Errorf("%s: subset holds a character not asked for", name)
		}
	}
}

// A subset made of character–glyph pairs maps each character to the glyph
// it was paired with: ASCII , : paired with the glyphs of ，： print full
// width, with the outline of the full-width form, while 國 keeps its own.
func TestSubsetGlyphs(t *testing.T) {
	base, err := NewLibrary().Face(SerifTC)
	if err != nil {
		t.Fatal(err)
	}
	var pairs []CharGlyph
	for _, ascii := range ",:" {
		full, _ := cjk.FullWidthForm(ascii)
		gf, _ := base.Glyph(full)
		ga, _ := base.Glyph(ascii)
		if gf == ga {
			t.Fatalf("%q and its full-width form share glyph %d", ascii, gf)
		}
		pairs = append(pairs, CharGlyph{ascii, gf})
	}
	g, _ := base.Glyph('國')
	pairs = append(pairs, CharGlyph{'國', g})
	data, err := base.SubsetGlyphs(pairs)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := Parse("sub", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range pairs {
		ours, ok := sub.Glyph(c.Char)
		if !ok {
			t.Fatalf("%q is not in the subset's cmap", c.Char)
		}
		want, _ := base.GlyphOutline(c.Glyph)
		got, _ := sub.GlyphOutline(ours)
		if len(want.Segments) == 0 || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q prints an outline of %d segments, want that of glyph %d (%d segments)", c.Char, len(got.Segments), c.Glyph, len(want.Segments))
		}
	}
	if a, _ := sub.Advance(','); a != 1000 {
		t.Errorf("subset advance of , is %d, want a full em", a)
	}
}

// U+FFFF, which format 4 cannot map, is kept in format 12; a subset ending
// there is valid.
func TestBuildCmapFFFF(t *testing.T) {
	for _, runes := range [][]rune{{0xFFFF}, {0xFFFE, 0xFFFF}, {'A', 0xFFFF, 0x10000}} {
		gids := make([]int, len(runes))
		for i := range gids {
			gids[i] = i + 1
		}
		m, err := newRuneMap(buildCmap(runes, gids))
		if err != nil {
			t.Fatalf("%U: %v", runes, err)
		}
		for i, r := range runes {
			if g, ok := m.Lookup(r); !ok || int(g) != gids[i] {
				t.Errorf("%U: %U maps to %d %v, want %d", runes, r, g, ok, gids[i])
			}
		}
	}
}
