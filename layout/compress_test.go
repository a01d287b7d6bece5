package layout

import (
	"strings"
	"testing"
)

// glyphsOf lists the body glyphs of a layout with their lines.
func glyphsOf(d *Document) (gs []Glyph, line []int) {
	for i, l := range bodyLines(d) {
		for _, r := range l.Runs {
			for _, g := range r.Glyphs {
				gs = append(gs, g)
				line = append(line, i)
			}
		}
	}
	return gs, line
}

// Two marks side by side take 1½ em; an opening mark at a paragraph's or a
// line's start loses its blank half; Traditional text is not compressed.
func TestCompression(t *testing.T) {
	em := Medium.Body
	d := Layout(doc("", "「市府」，今日宣布。"), fakeFonts{}, Options{Simplified: true})
	gs, _ := glyphsOf(d)
	left := bodyLines(d)[0].Left
	if want := left + 2*em - em/2; gs[0].X != want {
		t.Errorf("opening mark after the indent drawn at %v, want %v (½ em in)", gs[0].X, want)
	}
	// 」 then ，: the pair spans 1½ em, so ， starts ½ em after 」.
	if d := gs[4].X - gs[3].X; d != em/2 {
		t.Errorf("」， pair: ， %v after 」, want ½ em", d)
	}
	trad := Layout(doc("", "「市府」，今日宣布。"), fakeFonts{}, Options{})
	tg, _ := glyphsOf(trad)
	if d := tg[4].X - tg[3].X; d != em {
		t.Errorf("Traditional 」， pair: %v apart, want a full em", d)
	}

	// In a long paragraph every line that starts with an opening mark has it
	// drawn ½ em left of the line's start, and every line but the last
	// still ends on the measure.
	p := strings.Repeat("市政府今日宣布“智慧城市”计划，首批服务上线。", 30)
	for ems := 12; ems <= 40; ems += 3 {
		d := Layout(doc("", p), fakeFonts{}, Options{Simplified: true, Margins: narrow(ems).Margins})
		for i, l := range bodyLines(d) {
			g := l.Runs[0].Glyphs[0]
			if openMarks[[]rune(g.Text)[0]] && g.X != l.X0-em/2 {
				t.Fatalf("%d ems, line %d: opening mark at %v, line starts at %v", ems, i, g.X, l.X0)
			}
			if !l.Last {
				if d := l.X1 - l.Right; d > Pt(0.5) || d < -Pt(0.5) {
					t.Fatalf("%d ems, line %d ends %v from the measure: %s", ems, i, d, l.Text())
				}
			}
		}
	}
}
