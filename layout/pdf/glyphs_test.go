package pdf

import (
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// The PDF draws the glyph the layout chose, as the preview does: for every
// glyph of the test articles (half-width marks printed with full-width
// glyphs included), the embedded font the writer draws it with maps its
// character to a glyph with the outline of Glyph.ID in the face. And each
// embedded font maps characters and glyphs one to one, so that a reader
// copying the text gets back the characters.
func TestEmbeddedFontsDrawTheLayoutsGlyphs(t *testing.T) {
	lib := fonts.NewLibrary()
	for _, name := range []string{"seed-tax-article.md", "taipei-sample.md", "kinsoku-stress.md", "features-hans.md"} {
		a, err := article.ReadFile(filepath.Join("..", "..", "export", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		region, hans := fonts.Traditional, a.Meta.Lang == article.Hans
		if hans {
			region = fonts.Simplified
		}
		doc := layout.Layout(a, fonts.NewChain(lib, region), layout.Options{Simplified: hans})
		set := collectFonts(doc, lib)
		parsed := map[*pdfFont]*fonts.Face{}
		perFace := map[string]int{}
		for _, f := range set.order {
			perFace[f.face]++
			data, err := lib.SubsetGlyphs(f.face, f.chars())
			if err != nil {
				t.Fatal(err)
			}
			sub, err := fonts.Parse(f.face, data)
			if err != nil {
				t.Fatal(err)
			}
			glyphs := map[uint16]rune{}
			for c := range f.glyph {
				g, ok := sub.Glyph(c)
				if other, dup := glyphs[g]; !ok || dup {
					t.Fatalf("%s: %s: %q maps to glyph %d (%v), as %q does", name, f.face, c, g, ok, other)
				}
				glyphs[g] = c
			}
			parsed[f] = sub
		}
		n, fullWidth := 0, 0
		for _, p := range doc.Pages {
			for _, l := range p.Lines {
				for _, r := range l.Runs {
					orig, err := lib.Face(r.Face)
					if err != nil {
						t.Fatal(err)
					}
					for _, g := range r.Glyphs {
						c, size := utf8.DecodeRuneInString(g.Text)
						if g.ID == 0 || size != len(g.Text) {
							t.Fatalf("%s: %q in %s: glyph %d", name, g.Text, r.Face, g.ID)
						}
						f := set.font(r.Face, g)
						if f == nil {
							t.Fatalf("%s: %q in %s is in no embedded font", name, g.Text, r.Face)
						}
						own, _ := orig.Glyph(c)
						if own != g.ID {
							fullWidth++
						}
						chosen, ok1 := orig.GlyphOutline(g.ID)
						printed, ok2 := parsed[f].Outline(c)
						if !ok1 || !ok2 || !reflect.DeepEqual(chosen, printed) {
							t.Errorf("%s: %q in %s: the layout's glyph %d and the PDF's differ (%v %v)", name, g.Text, r.Face, g.ID, ok1, ok2)
						}
						n++
					}
				}
			}
		}
		if name == "seed-tax-article.md" && (fullWidth == 0 || len(set.order) <= len(perFace)) {
			t.Errorf("%s: %d glyphs printed with another character's glyph, in %d fonts for %d faces: the seed's half-width commas between Chinese text should be among them, in fonts of their own", name, fullWidth, len(set.order), len(perFace))
		}
		t.Logf("%s: %d glyphs alike, %d with a full-width form's glyph; %d fonts for %d faces", name, n, fullWidth, len(set.order), len(perFace))
	}
}
