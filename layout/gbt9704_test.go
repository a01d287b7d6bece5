package layout

import (
	"strconv"
	"strings"
	"testing"
)

func officialOptions() Options {
	return Options{Paper: A4, Margins: GBT9704Margins, Preset: GBT9704}
}

// A full page of body text on the GB/T 9704 grid holds exactly 22 lines of
// exactly 28 characters, filling the 156 × 225 mm type area.
func TestGBT9704Grid(t *testing.T) {
	body := strings.Repeat("國家稅務總局上海市稅務局黨建引領改革基層戰鬥堡壘強起來", 60)
	d := Layout(doc("", body), fakeFonts{}, officialOptions())
	if len(d.Pages) < 2 {
		t.Fatalf("%d pages", len(d.Pages))
	}
	var lines []Line
	for _, l := range d.Pages[1].Lines {
		if l.Kind == KindBody {
			lines = append(lines, l)
		}
	}
	if len(lines) != 22 {
		t.Fatalf("page 2 has %d lines, want 22", len(lines))
	}
	for i, l := range lines {
		if n := len([]rune(l.Text())); n != 28 {
			t.Fatalf("line %d has %d characters, want 28", i, n)
		}
		if d := l.X1 - (GBT9704Margins.Left + Mm(156)); d > Pt(0.5) || d < -Pt(0.5) {
			t.Fatalf("line %d ends %v from the type area's right edge", i, d)
		}
	}
	first, last := lines[0], lines[21]
	if top := first.Y - Pt(16).scale(emAscent); top < GBT9704Margins.Top || top > GBT9704Margins.Top+Mm(7) {
		t.Errorf("first line's top at %v", top)
	}
	if bottom := last.Y; bottom > Mm(297-35) || bottom < Mm(297-35)-Mm(12) {
		t.Errorf("last baseline at %.1f mm", bottom.Points()*25.4/72)
	}
}

// The page number is "— N —", 7 mm below the type area, odd pages right and
// even pages left, one character in.
func TestGBT9704PageNumber(t *testing.T) {
	body := strings.Repeat("國家稅務總局上海市稅務局黨建引領改革基層戰鬥堡壘強起來", 60)
	d := Layout(doc("標題", body), fakeFonts{}, officialOptions())
	typeBottom := Mm(297 - 35)
	for _, p := range d.Pages {
		var no *Line
		for i := range p.Lines {
			if p.Lines[i].Kind == KindPageNo {
				no = &p.Lines[i]
			}
			if p.Lines[i].Kind == KindFooter || p.Lines[i].Kind == KindHeader {
				t.Fatalf("page %d: web footer or banner on an official page", p.Number)
			}
		}
		if no == nil || strings.ReplaceAll(no.Text(), " ", "") != "—"+strconv.Itoa(p.Number)+"—" {
			t.Fatalf("page %d: page number %v", p.Number, no)
		}
		if top := no.Y - Pt(14).scale(emAscent); top-typeBottom < Mm(6.5) || top-typeBottom > Mm(7.5) {
			t.Errorf("page %d: page number %.1f mm below the type area", p.Number, (top-typeBottom).Points()*25.4/72)
		}
		left, right := GBT9704Margins.Left, GBT9704Margins.Left+Mm(156)
		if p.Number%2 == 1 && (right-no.X1-Pt(14)).Points() > 0.5 {
			t.Errorf("odd page %d: number not one character in from the right", p.Number)
		}
		if p.Number%2 == 0 && (no.X0-left-Pt(14)).Points() > 0.5 {
			t.Errorf("even page %d: number not one character in from the left", p.Number)
		}
	}
}

// A GB/T 9704 page whose margins leave no room for the grid falls back to
// the ordinary measure instead of squeezing characters into each other.
func TestGBT9704TooNarrow(t *testing.T) {
	o := officialOptions()
	o.Margins.Left, o.Margins.Right = Mm(90), Mm(90)
	d := Layout(doc("", strings.Repeat("國家稅務總局", 40)), fakeFonts{}, o)
	for _, l := range bodyLines(d) {
		for _, r := range l.Runs {
			for _, g := range r.Glyphs {
				if g.Advance < Pt(16) {
					t.Fatalf("glyph %q squeezed to %v", g.Text, g.Advance)
				}
			}
		}
	}
}
