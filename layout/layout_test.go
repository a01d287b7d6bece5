package layout

import (
	"strconv"
	"strings"
	"testing"
)

const sample = "臺北市政府今（15）日宣布，「智慧城市2030」計畫首波15項數位服務正式上線，涵蓋交通、醫療、教育及社會福利等四大領域。市長表示：「我們希望讓每一位市民，都能在3分鐘內完成過去需要親自到場辦理的業務。」本計畫總經費約新臺幣12.5億元，預計分3年執行，並由資訊局負責統籌規劃與跨局處協調；可用率達99.95%，YouBike及App同步上線。"

// Every line of a paragraph but the last ends on the measure (±0.5 pt);
// the first line is indented 2 em.
func TestJustificationAndIndent(t *testing.T) {
	for ems := 10; ems <= 44; ems++ {
		o := narrow(ems)
		d := Layout(doc("", sample, sample), fakeFonts{}, o)
		lines := bodyLines(d)
		if len(lines) < 4 {
			t.Fatalf("%d ems: only %d lines", ems, len(lines))
		}
		for i, l := range lines {
			if !l.Last {
				if d := l.X1 - l.Right; d > Pt(0.5) || d < -Pt(0.5) {
					t.Fatalf("%d ems: line %d ends %v from the measure: %s", ems, i, d, l.Text())
				}
			}
			first := i == 0 || lines[i-1].Last
			want := l.Left
			if first {
				want += 2 * o.Preset.Body
			}
			if l.X0 != want {
				t.Fatalf("%d ems: line %d starts at %v, want %v (first=%v)", ems, i, l.X0, want, first)
			}
		}
	}
}

// The measure is a whole number of ems, so lines of ideographs need no
// stretching at all.
func TestPureHanLinesAreSolid(t *testing.T) {
	d := Layout(doc("", strings.Repeat("國家稅務總局上海市稅務局", 40)), fakeFonts{}, Options{})
	for _, l := range bodyLines(d) {
		if l.Justified {
			t.Fatalf("line stretched although it is all ideographs: %s", l.Text())
		}
	}
}

// Baselines sit on one grid: the distance between any two body baselines on
// a page is a whole number of pitches.
func TestBaselineGrid(t *testing.T) {
	paras := []string{sample, "## 黨組織吹響改革集結號", sample, sample, "## 一切改革任務到支部", sample, sample, sample, sample}
	d := Layout(doc("標題", paras...), fakeFonts{}, Options{})
	pitch := Medium.Pitch
	for _, p := range d.Pages {
		var first Unit = -1
		for _, l := range p.Lines {
			if l.Kind != KindBody {
				continue
			}
			if first < 0 {
				first = l.Y
			}
			if (l.Y-first)%pitch != 0 {
				t.Fatalf("page %d: baseline %v off the grid started at %v", p.Number, l.Y, first)
			}
		}
	}
}

// Page breaking: pages are full to the grid, no page starts with a
// paragraph's last line alone, and no page ends with a heading.
func TestPageBreaking(t *testing.T) {
	var paras []string
	for i := 0; i < 30; i++ {
		paras = append(paras, sample[:3*(20+i*7%60)])
		if i%4 == 3 {
			paras = append(paras, "## 小標題第"+string(rune('一'+i))+"節")
		}
	}
	for _, preset := range []Preset{Large, Medium, Small} {
		d := Layout(doc("標題", paras...), fakeFonts{}, Options{Preset: preset})
		if len(d.Pages) < 2 {
			t.Fatalf("%s: want several pages, got %d", preset.Name, len(d.Pages))
		}
		for _, p := range d.Pages {
			var body []Line
			for _, l := range p.Lines {
				if l.Kind == KindBody || l.Kind == KindHeading {
					body = append(body, l)
				}
			}
			if len(body) == 0 {
				t.Fatalf("%s: page %d has no text", preset.Name, p.Number)
			}
			if p.Number > 1 && body[0].Kind == KindBody && body[0].Last && body[0].X0 == body[0].Left {
				t.Fatalf("%s: page %d starts with a lone last line %q", preset.Name, p.Number, body[0].Text())
			}
			if p.Number < len(d.Pages) && body[len(body)-1].Kind == KindHeading {
				t.Fatalf("%s: page %d ends with a heading", preset.Name, p.Number)
			}
			bottom := d.Paper.Height - DefaultMargins.Bottom
			for _, l := range body {
				if l.Y > bottom {
					t.Fatalf("%s: page %d: line below the type area", preset.Name, p.Number)
				}
			}
		}
	}
}

// The footer is on every page, below the type area, each field whole on one
// line, with "第 N 頁／共 M 頁".
func TestFooterOnEveryPage(t *testing.T) {
	o := Options{Footer: Footer{Banner: "上海城市精神: 海納百川", Fields: []FooterField{
		{"主辦單位", "國家稅務總局上海市稅務局"}, {"地址", "上海市肇嘉浜路800號"}, {"電話", "021-12366"},
		{"網站標識碼", "bm29090019"}, {"", "滬ICP備19025643號-1"}, {"", "滬公網安備 31010402005587號"}}}}
	d := Layout(doc("標題", strings.Split(strings.Repeat(sample+"\n", 12), "\n")...), fakeFonts{}, o)
	if len(d.Pages) < 2 {
		t.Fatalf("want several pages, got %d", len(d.Pages))
	}
	for _, p := range d.Pages {
		var footer strings.Builder
		var pageNo string
		lowestBody := Unit(0)
		for _, l := range p.Lines {
			switch l.Kind {
			case KindFooter:
				footer.WriteString(l.Text() + "\n")
				for _, r := range l.Runs {
					for _, g := range r.Glyphs {
						if g.X < l.Left || g.X+g.Advance > l.Right || g.X < l.X0 || g.X+g.Advance > l.X1 {
							t.Fatalf("page %d: footer glyph %q at %v outside [%v, %v]", p.Number, g.Text, g.X, l.Left, l.Right)
						}
					}
				}
				if l.Y <= lowestBody {
					t.Fatalf("page %d: footer above the body", p.Number)
				}
			case KindPageNo:
				pageNo = l.Text()
			case KindBody:
				lowestBody = max(lowestBody, l.Y)
			}
		}
		for _, f := range o.Footer.Fields {
			line := f.Value
			if f.Label != "" {
				line = f.Label + "：" + f.Value
			}
			if !strings.Contains(footer.String(), strings.ReplaceAll(line, " ", "")) {
				t.Fatalf("page %d: footer lacks %q whole on a line:\n%s", p.Number, line, footer.String())
			}
		}
		want := "第" + strconv.Itoa(p.Number) + "頁／共" + strconv.Itoa(len(d.Pages)) + "頁"
		if pageNo != want {
			t.Fatalf("page %d: page number %q, want %q", p.Number, pageNo, want)
		}
	}
}

// A character no face has is a problem with its source offset, printed as
// 〓, never silently dropped.
func TestMissingGlyph(t *testing.T) {
	d := Layout(doc("", "甲乙丙丁"), fakeFonts{missing: "丙"}, Options{})
	if len(d.Problems) != 1 || d.Problems[0].Kind != MissingGlyph || d.Problems[0].Src != 6 || d.Problems[0].Text != "丙" {
		t.Fatalf("problems = %+v", d.Problems)
	}
	if got := bodyLines(d)[0].Text(); got != "甲乙〓丁" {
		t.Fatalf("printed %q", got)
	}
}

// A column narrower than one glyph still terminates, with every glyph set.
func TestColumnNarrowerThanAGlyph(t *testing.T) {
	o := Options{Margins: Margins{Top: Mm(20), Bottom: Mm(20), Left: Mm(104), Right: Mm(104)}}
	d := Layout(doc("", "國家稅務總局——上海市YouBike"), fakeFonts{}, o)
	n := 0
	for _, l := range bodyLines(d) {
		n += len([]rune(l.Text()))
	}
	if n != len([]rune("國家稅務總局——上海市YouBike")) {
		t.Fatalf("set %d glyphs", n)
	}
}

// A two-line title is centred and balanced, not a full line and a scrap.
func TestTitleBalancedAndCentred(t *testing.T) {
	title := "臺北市推動「智慧城市2030」計畫　首波15項服務正式上線"
	d := Layout(doc(title, sample), fakeFonts{}, Options{Preset: Large})
	var lines []Line
	for _, l := range d.Pages[0].Lines {
		if l.Kind == KindTitle {
			lines = append(lines, l)
		}
	}
	if len(lines) != 2 {
		t.Fatalf("title in %d lines", len(lines))
	}
	w0, w1 := lines[0].X1-lines[0].X0, lines[1].X1-lines[1].X0
	if d := w0 - w1; d > 2*Large.Title || d < -2*Large.Title {
		t.Errorf("unbalanced title: %v and %v wide", w0, w1)
	}
	for _, l := range lines {
		if c := (l.X0 + l.X1) - (l.Left + l.Right); c > Pt(1) || c < -Pt(1) {
			t.Errorf("title line %q off centre by %v", l.Text(), c/2)
		}
	}
}
