package layout

import (
	"testing"

	"github.com/paiban/paiban/internal/cjk"
)

// idFonts is fakeFonts that tells glyph IDs: a character's glyph is its
// code point.
type idFonts struct{ fakeFonts }

func (idFonts) GlyphID(_ string, r rune) (uint16, bool) { return uint16(r), true }

// Half-width , : ; ! ? between Chinese characters get full-width glyphs in
// an em box; the text stays as typed; elsewhere they are left alone.
func TestHalfWidthPunctuation(t *testing.T) {
	const p = "最近,上海稅務局:黨建引領!改革?成功;但1,200與a,b不變,"
	d := Layout(doc("", p), idFonts{}, Options{})
	var got []Glyph
	var faces []string
	for _, l := range bodyLines(d) {
		for _, r := range l.Runs {
			for _, g := range r.Glyphs {
				got = append(got, g)
				faces = append(faces, r.Face)
			}
		}
	}
	text := ""
	for _, g := range got {
		text += g.Text
	}
	if text != p {
		t.Fatalf("printed text %q, want the source %q", text, p)
	}
	wantFull := map[int]bool{2: true, 8: true, 13: true, 16: true, 19: true}
	for i, g := range got {
		fw, _ := cjk.FullWidthForm([]rune(g.Text)[0])
		full := g.ID == uint16(fw) && fw != []rune(g.Text)[0]
		if faces[i] != "fake" {
			t.Errorf("%q at %d: face %q, want the run's own", g.Text, i, faces[i])
		}
		if want := uint16([]rune(g.Text)[0]); !full && g.ID != want {
			t.Errorf("%q at %d: glyph %d, want its own %d", g.Text, i, g.ID, want)
		}
		if full != wantFull[i] {
			t.Errorf("%q at %d: full-width %v, want %v", g.Text, i, full, wantFull[i])
		}
		if full && g.Advance != Medium.Body {
			t.Errorf("%q at %d: advance %v, want an em", g.Text, i, g.Advance)
		}
	}
	d = Layout(doc("", p), idFonts{}, Options{KeepHalfWidth: true})
	for _, l := range bodyLines(d) {
		for _, r := range l.Runs {
			for _, g := range r.Glyphs {
				if want := uint16([]rune(g.Text)[0]); g.ID != want {
					t.Fatalf("KeepHalfWidth printed %q with glyph %d, want its own %d", g.Text, g.ID, want)
				}
			}
		}
	}
}
