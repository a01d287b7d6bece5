package fonts

import (
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

// The full-width variant of a face prints ASCII , : ; ! ? with the glyphs
// of ，：；！？, and its subset maps the ASCII characters to those glyphs.
func TestFullWidthVariant(t *testing.T) {
	lib := NewLibrary()
	base, err := lib.Face(SerifTC)
	if err != nil {
		t.Fatal(err)
	}
	v, err := lib.Face(SerifTC + FullWidthVariant)
	if err != nil {
		t.Fatal(err)
	}
	for _, ascii := range ",:;!?" {
		full, _ := cjk.FullWidthForm(ascii)
		gv, _ := v.Glyph(ascii)
		gf, _ := base.Glyph(full)
		ga, _ := base.Glyph(ascii)
		if gv != gf || gv == ga {
			t.Errorf("%q: variant glyph %d, full-width %d, ASCII %d", ascii, gv, gf, ga)
		}
	}
	data, err := lib.Subset(SerifTC+FullWidthVariant, []rune(",:國"))
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := Parse("sub", data)
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
