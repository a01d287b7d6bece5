package layout

import (
	"math"
	"testing"
	"unicode/utf8"
)

// A line of every kind of gap, as buildItems makes them at a 1000-unit em.
func justifyLine() []item {
	box := item{kind: boxItem}
	return []item{
		box,
		{kind: glueItem, width: 500, shrink: 500, adjust: adjustMark}, // after 」 inside the line
		box,
		{kind: glueItem, width: 250, stretch: 83, shrink: 125, adjust: adjustLatin},
		box,
		{kind: glueItem, stretch: 250, adjust: adjustHan},
		box,
		{kind: glueItem, width: 500, shrink: 500, adjust: adjustMark}, // after 。 at the line end
	}
}

// The gaps give and grow in the order of the typography note: the line-end
// mark first, then other marks, then Han–Latin gaps; and Han–Latin gaps
// grow to ⅓ em before ideographs are spaced out.
func TestJustifyOrder(t *testing.T) {
	items := justifyLine()
	natural := Unit(4*1000 + 500 + 250 + 500) // four boxes of 1000 (the box widths below) and the gaps
	for i := range items {
		if items[i].kind == boxItem {
			items[i].width = 1000
		}
	}
	cases := []struct {
		name    string
		excess  Unit // measure minus natural width
		shrink  [shrinkStages]float64
		stretch [stretchStages]float64
	}{
		{"fits", 0, [3]float64{}, [2]float64{}},
		{"line-end mark only", -300, [3]float64{0.6, 0, 0}, [2]float64{}},
		{"then the other marks", -700, [3]float64{1, 0.4, 0}, [2]float64{}},
		{"then Han–Latin", -1100, [3]float64{1, 1, 0.8}, [2]float64{}},
		{"overfull stays overfull", -2000, [3]float64{1, 1, 1}, [2]float64{}},
		{"Han–Latin grows first", 50, [3]float64{}, [2]float64{50.0 / 83, 0}},
		{"then ideographs", 200, [3]float64{}, [2]float64{1, 117.0 / 250}},
		{"ideographs take the rest", 600, [3]float64{}, [2]float64{1, 517.0 / 250}},
	}
	for _, c := range cases {
		j, w := justify(items, natural+c.excess, true)
		if w != natural {
			t.Fatalf("natural width %v, want %v", w, natural)
		}
		for s := range c.shrink {
			if math.Abs(j.shrink[s]-c.shrink[s]) > 1e-9 {
				t.Errorf("%s: shrink stage %d = %.3f, want %.3f", c.name, s, j.shrink[s], c.shrink[s])
			}
		}
		for s := range c.stretch {
			if math.Abs(j.stretch[s]-c.stretch[s]) > 1e-9 {
				t.Errorf("%s: stretch stage %d = %.3f, want %.3f", c.name, s, j.stretch[s], c.stretch[s])
			}
		}
		// Whatever the plan, the line ends on the measure when it can.
		set := float64(w)
		for i, it := range items {
			if it.kind == glueItem {
				set += j.delta(items, i)
			}
		}
		if c.excess > -1750 && math.Abs(set-float64(natural+c.excess)) > 1e-6 {
			t.Errorf("%s: set width %.1f, want %v", c.name, set, natural+c.excess)
		}
	}
	// A last line keeps its natural spacing: it never stretches.
	if j, _ := justify(items, natural+300, false); j.active() {
		t.Errorf("a line that must not stretch was planned %+v", j)
	}
}

// On real layouts of a mixed Han–Latin text at every width, a line whose
// ideographs are spaced out has its Han–Latin gaps at ⅓ em, and a line
// whose Han–Latin gaps are squeezed has every mark's blank half gone.
func TestJustifyOrderOnLayout(t *testing.T) {
	const em = 12000
	stretched, squeezed := 0, 0
	dense := "第1季GDP增長5.3%，CPI上漲2.1%；PMI為50.8，出口增8.5%，進口降2.3%。A股漲3.2%，B股跌1.1%，H股持平；ETF淨流入120億元，REITs新增5檔。"
	mixed := "據統計，2018年A股上市公司共3584家，其中IPO新增105家，募資1378億元；ETF規模達5000億元。"
	for ems := 10; ems <= 44; ems++ {
		o := narrow(ems)
		o.Compression = CompressOn
		d := Layout(doc("", sample, mixed, sample, mixed, dense), fakeFonts{}, o)
		for _, l := range bodyLines(d) {
			if l.Last || !l.Justified {
				continue
			}
			var gs []Glyph
			for _, r := range l.Runs {
				gs = append(gs, r.Glyphs...)
			}
			var hanHan, hanLatin []Unit
			for i := 0; i+1 < len(gs); i++ {
				a, _ := utf8.DecodeRuneInString(gs[i].Text)
				b, _ := utf8.DecodeRuneInString(gs[i+1].Text)
				gap := gs[i+1].X - gs[i].X - gs[i].Advance
				ca, cb := classify(a), classify(b)
				switch {
				case ca == classHan && cb == classHan:
					hanHan = append(hanHan, gap)
				case ca == classHan && cb == classLatin, ca == classLatin && cb == classHan:
					hanLatin = append(hanLatin, gap)
				}
			}
			spaced := false
			for _, g := range hanHan {
				spaced = spaced || g > 2
			}
			if spaced && len(hanLatin) > 0 {
				stretched++
				for _, g := range hanLatin {
					if g < em/3-2 {
						t.Errorf("%d ems: ideographs spaced out while a Han–Latin gap is %v < ⅓ em: %s", ems, g, l.Text())
					}
				}
			}
			squeezedLatin := false
			for _, g := range hanLatin {
				squeezedLatin = squeezedLatin || g < em/4-2
			}
			if !squeezedLatin {
				continue
			}
			squeezed++
			for i := 0; i+1 < len(gs); i++ {
				a, _ := utf8.DecodeRuneInString(gs[i].Text)
				if markOf(pglyph{r: a, class: classify(a), adv: gs[i].Advance}, em) != markClose {
					continue
				}
				if b, _ := utf8.DecodeRuneInString(gs[i+1].Text); classify(b) != classHan {
					continue
				}
				if gap := gs[i+1].X - gs[i].X; gap > em/2+2 {
					t.Errorf("%d ems: Han–Latin gaps squeezed while %s keeps %v of blank: %s", ems, gs[i].Text, gap-em/2, l.Text())
				}
			}
		}
	}
	t.Logf("%d stretched and %d squeezed lines with Han–Latin gaps", stretched, squeezed)
	if stretched == 0 || squeezed == 0 {
		t.Fatalf("the text made %d stretched and %d squeezed mixed lines; the test needs both", stretched, squeezed)
	}
}
