package export

import (
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/fonts"
)

// The PDF and the preview draw the same glyph for every character: the
// preview draws the glyph the layout chose (Glyph.ID), and the PDF the
// glyph its embedded subset maps the text to; for every glyph of the test
// articles — full-width variants of half-width marks and 〓 included —
// the two outlines are the same.
func TestPDFDrawsTheLayoutsGlyphs(t *testing.T) {
	lib := fonts.NewLibrary()
	for _, name := range []string{"seed-tax-article.md", "taipei-sample.md", "kinsoku-stress.md", "features-hans.md"} {
		job, err := Open(filepath.Join("testdata", name), lib)
		if err != nil {
			t.Fatal(err)
		}
		doc := job.Layout(Settings{AllowMissing: true})
		used := map[string]map[rune]bool{}
		for _, p := range doc.Pages {
			for _, l := range p.Lines {
				for _, r := range l.Runs {
					if used[r.Face] == nil {
						used[r.Face] = map[rune]bool{}
					}
					for _, g := range r.Glyphs {
						c, _ := utf8.DecodeRuneInString(g.Text)
						used[r.Face][c] = true
					}
				}
			}
		}
		subsets := map[string]*fonts.Face{}
		for face, set := range used {
			var runes []rune
			for c := range set {
				runes = append(runes, c)
			}
			data, err := lib.Subset(face, runes)
			if err != nil {
				t.Fatalf("%s: subset of %s: %v", name, face, err)
			}
			if subsets[face], err = fonts.Parse(face, data); err != nil {
				t.Fatal(err)
			}
		}
		n := 0
		for _, p := range doc.Pages {
			for _, l := range p.Lines {
				for _, r := range l.Runs {
					orig, err := lib.Face(r.Face)
					if err != nil {
						t.Fatal(err)
					}
					for _, g := range r.Glyphs {
						if g.ID == 0 {
							t.Fatalf("%s: %q in %s has no glyph ID", name, g.Text, r.Face)
						}
						c, _ := utf8.DecodeRuneInString(g.Text)
						chosen, ok1 := orig.GlyphOutline(g.ID)
						printed, ok2 := subsets[r.Face].Outline(c)
						if !ok1 || !ok2 || !reflect.DeepEqual(chosen, printed) {
							t.Errorf("%s: %q in %s: the layout's glyph %d and the PDF's differ (%v %v)", name, g.Text, r.Face, g.ID, ok1, ok2)
						}
						n++
					}
				}
			}
		}
		t.Logf("%s: %d glyphs alike", name, n)
	}
}
