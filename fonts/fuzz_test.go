package fonts

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
)

// The fuzz targets feed Parse, LoadFile (with Extract and Describe) and
// Subset arbitrary bytes. Each asserts that nothing panics and that the
// memory a call allocates is bounded by its input (allocBound), and
// FuzzSubset that a subset draws every glyph it keeps exactly as the face
// does. The seeds are small real faces, cut from the embedded ones with
// Subset, and hand-made fonts with composite glyphs and a symbol cmap.

// allocBound is the most a parse of an n-byte font may allocate: 64 bytes
// per byte of input and 2 MiB. The reads themselves allocate little (the
// tables are read in place); the multiple leaves room for go-text's parse
// of the character maps the in-place lookups do not cover (up to 16
// subtables decoded, see fallbackCmap), the constant for tables whose size
// the glyph count sets (at most 65 535 glyphs) and the test's own
// bookkeeping. A read driven by a count in the file rather than by its
// size — a table length of 4 GB in a 100-byte file — is far outside it.
// One glyph outline is bounded by outlineBound instead.
func allocBound(n int) uint64 { return 64*uint64(n) + 2<<20 }

// probeRunes are characters the seeds have, and some they lack.
var probeRunes = []rune("永國稅，A g。“中文BC0,:?\u3000\U00020000\uF041\uFFFF")

// fuzzSeeds are the seed fonts: subsets of the embedded faces (one with a
// format 12 cmap among them), fonts with composite glyphs, and a
// symbol font whose cmap go-text reads.
func fuzzSeeds(f *testing.F) [][]byte {
	f.Helper()
	lib := NewLibrary()
	var seeds [][]byte
	for _, s := range []struct{ name, text string }{
		{SerifTC, "永國稅，A g。“"},
		{SansBoldSC, "中文ABC123,:?"},
		{SerifSC, "𠀀丁"},
	} {
		data, err := lib.Subset(s.name, []rune(s.text))
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	square := simpleGlyph(0, 0, 1, 100, 0, 1, 100, 100, 1, 0, 100, 1)
	round := simpleGlyph(0, 50, 0, 50, 100, 0, 100, 50, 0, 50, 0, 0)
	composite := testFont(f, square, round,
		compositeGlyph(component(1, 200, 300, true), component(2, 0, 0, false, 0, 1, -1, 0)),
		compositeGlyph(component(3, 10, 10, true), component(1, 0, 0, false)),
	)
	seeds = append(seeds, composite.Data(), symbolCmap(f, composite.Data()))
	return seeds
}

// symbolCmap returns font with its cmap's (3,1) record relabelled (3,0),
// a symbol font's, which the in-place lookups leave to go-text.
func symbolCmap(f *testing.F, font []byte) []byte {
	font = append([]byte(nil), font...)
	t, err := readTables(font)
	if err != nil {
		f.Fatal(err)
	}
	cmap := t["cmap"] // shares font's bytes
	for i := range int(binary.BigEndian.Uint16(cmap[2:])) {
		if rec := cmap[4+8*i:]; binary.BigEndian.Uint16(rec) == 3 && binary.BigEndian.Uint16(rec[2:]) == 1 {
			binary.BigEndian.PutUint16(rec[2:], 0)
		}
	}
	return font
}

// checkAlloc fails the test if fn allocates more than allocBound(n).
func checkAlloc(t testing.TB, what string, n int, fn func()) {
	t.Helper()
	if got := allocated(fn); got > allocBound(n) {
		t.Errorf("%s of %d bytes allocated %d bytes, more than %d", what, n, got, allocBound(n))
	}
}

// Parse, and the reads of the PDF writer, never panic and allocate within
// allocBound; each read layout and the preview make (advance, outline)
// within outlineBound.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var face *Face
		checkAlloc(t, "Parse", len(data), func() {
			var err error
			if face, err = Parse("fuzz", data); err != nil {
				return
			}
			WithoutOutlines(data)
			ForPDF(data)
		})
		if face == nil {
			return
		}
		face.Ascent()
		face.Descent()
		for _, r := range probeRunes {
			if n := allocated(func() { face.Advance(r); face.Outline(r) }); n > outlineBound {
				t.Errorf("%U: Outline allocated %d bytes, more than %d", r, n, outlineBound)
			}
		}
	})
}

// LoadFile (with Extract for a collection) and Describe never panic and
// allocate within allocBound; a face LoadFile accepts parses, has TrueType
// outlines and may be embedded.
func FuzzLoad(f *testing.F) {
	seeds := fuzzSeeds(f)
	for _, s := range seeds {
		f.Add(s, uint8(0))
	}
	f.Add(collection(seeds[0], seeds[1]), uint8(1))
	f.Add(collection(seeds[3], seeds[4]), uint8(0))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, index uint8) {
		path := filepath.Join(dir, "fuzz.ttc")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		i := int(index % 4)
		var (
			name string
			face []byte
			err  error
		)
		checkAlloc(t, "LoadFile", len(data), func() { name, face, err = LoadFile(path, i) })
		checkAlloc(t, "Describe", len(data), func() { Describe(path + ":" + strconv.Itoa(i)) })
		if err != nil {
			return
		}
		p, err := Parse(name, face)
		if err != nil || !p.IsTrueType() || embeddable(face) != nil {
			t.Fatalf("LoadFile gave a face that does not parse (%v), is not TrueType or may not be embedded", err)
		}
	})
}

// Subset never panics and allocates within allocBound (of the font and
// the text); a subset parses, maps exactly the characters asked for that
// the face has, and draws each as the face does: every glyph kept,
// composite glyphs' components followed, has the face's outline and
// advance.
func FuzzSubset(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, string(probeRunes))
	}
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		face, err := Parse("fuzz", data)
		if err != nil || !face.IsTrueType() {
			return
		}
		runes := []rune(text)
		var sub []byte
		checkAlloc(t, "Subset", len(data)+16*len(runes), func() { sub, err = face.Subset(runes) })
		if err != nil {
			return
		}
		s, err := Parse("subset", sub)
		if err != nil {
			t.Fatalf("the subset does not parse: %v", err)
		}
		gt, err := face.glyphTables()
		if err != nil {
			t.Fatalf("a face Subset cut has no glyph tables: %v", err)
		}
		for _, r := range runes {
			g, has := face.Glyph(r)
			has = has && int(g) < gt.numGlyphs
			if s.Has(r) != has {
				t.Fatalf("%U: subset has it %v, face %v", r, s.Has(r), has)
			}
			if !has {
				continue
			}
			if got, _ := s.Advance(r); got != must(face.Advance(r)) {
				t.Fatalf("%U: subset advance %d, face %d", r, got, must(face.Advance(r)))
			}
			want, ok := face.Outline(r)
			if !ok {
				continue // a corrupt glyph: nothing to compare
			}
			if got, ok := s.Outline(r); !ok || !reflect.DeepEqual(got, want) {
				t.Fatalf("%U: subset outline %v (%v), face %v", r, got, ok, want)
			}
		}
	})
}

// must drops the ok of a lookup known to succeed.
func must(v int32, _ bool) int32 { return v }
