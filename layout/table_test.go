package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

func cell(s string) article.Cell {
	return article.Cell{Inlines: []article.Inline{{Text: s, Span: article.Span{Start: -1}}}}
}

// A table: header in bold, every cell's glyphs inside its column, rows on
// the grid, rules above, under the header and at the foot.
func TestTable(t *testing.T) {
	long := strings.Repeat("四位一體創先爭優大舞臺", 4)
	tab := &article.Table{
		Header: []article.Cell{cell("項目"), cell("說明"), cell("數量")},
		Rows: [][]article.Cell{
			{cell("黨員示範崗"), cell(long), cell("104")},
			{cell("黨員先鋒崗"), cell("窗口服務"), cell("142")},
		},
		Align: []article.Align{article.AlignLeft, article.AlignNone, article.AlignRight},
	}
	a := &article.Article{Blocks: []article.Block{tab}}
	d := Layout(a, fakeFonts{}, Options{})
	p := d.Pages[0]
	var body []Line
	for _, l := range p.Lines {
		if l.Kind == KindBody {
			body = append(body, l)
		}
	}
	if body[0].Runs[0].Face != "fake-bold" || body[0].Text() != "項目" {
		t.Fatalf("first line %q in %s, want the bold header", body[0].Text(), body[0].Runs[0].Face)
	}
	// Column edges from the header's cells; every glyph sits inside its column.
	var edges []Unit
	for _, l := range body[:3] {
		edges = append(edges, l.X0)
	}
	colOf := func(x Unit) int {
		c := 0
		for i, e := range edges {
			if x >= e-Medium.Body {
				c = i
			}
		}
		return c
	}
	var texts []string
	for _, l := range body {
		c := colOf(l.X0)
		for _, r := range l.Runs {
			for _, g := range r.Glyphs {
				if colOf(g.X) != c || (c+1 < len(edges) && g.X+g.Advance > edges[c+1]) {
					t.Fatalf("glyph %q of column %d strays out of it", g.Text, c)
				}
			}
		}
		texts = append(texts, l.Text())
	}
	joined := strings.Join(texts, "")
	if strings.Count(joined, "四位一體") != 4 || !strings.Contains(joined, "142") {
		t.Fatalf("table text lost: %q", joined)
	}
	// The long cell wraps over several lines, all inside its column.
	if len(body) < 10 {
		t.Fatalf("the long cell did not wrap: %q", texts)
	}
	n := 0
	for _, r := range p.Rules {
		if r.Y1 < d.Paper.Height-DefaultMargins.Bottom { // not the footer's
			n++
		}
	}
	if n != 3 {
		t.Fatalf("%d rules in the table, want 3", n)
	}
	// The right-aligned column ends at the same x in every row.
	var ends []Unit
	for _, l := range body {
		if strings.ContainsAny(l.Text(), "0123456789") {
			ends = append(ends, l.X1)
		}
	}
	for _, e := range ends {
		if e != ends[0] {
			t.Fatalf("right-aligned numbers end at %v", ends)
		}
	}
}

// colName names column c (from 1) in two characters, which never wrap.
func colName(c int) string {
	c--
	return string([]rune("甲乙丙丁戊己庚辛壬癸")[c%10]) + string([]rune("子丑寅卯辰巳午未申酉戌亥")[c/10])
}

// wideTable is a table of cols columns (at most 120) and rows rows, in
// Markdown, its header cells named by colName.
func wideTable(cols, rows int) string {
	var b strings.Builder
	b.WriteString("---\ntitle: 表格\n---\n\n前言。\n\n|")
	for c := 1; c <= cols; c++ {
		fmt.Fprintf(&b, " %s |", colName(c))
	}
	b.WriteString("\n|" + strings.Repeat("---|", cols) + "\n")
	for r := 1; r <= rows; r++ {
		b.WriteString("|")
		for c := 1; c <= cols; c++ {
			fmt.Fprintf(&b, " 資料%d-%d |", r, c)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n後記。\n")
	return b.String()
}

// tableSizes returns the sizes the body lines of d are set at.
func tableSizes(d *Document) map[Unit]int {
	out := map[Unit]int{}
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			if l.Kind == KindBody && l.Text() != "前言。" && l.Text() != "後記。" {
				out[l.Runs[0].Size]++
			}
		}
	}
	return out
}

// A table never leaves the type area: 14 columns (30 pt into the margin
// before) and 17 are set smaller, 40 (columns 15–39 off the page before)
// is printed in three parts, each with the first column, and reported.
func TestWideTables(t *testing.T) {
	for _, tt := range []struct {
		cols  int
		size  Unit // the table's text size at 中
		parts int
	}{{13, Pt(12), 1}, {14, Pt(11), 1}, {16, Pt(9.5), 1}, {18, Pt(8.5), 1}, {19, Pt(12), 2}, {40, Pt(11), 3}, {60, Pt(9.5), 4}} {
		o := footerOptions()
		src := wideTable(tt.cols, 2)
		d := Layout(parse(t, src), fakeFonts{}, o)
		assertInside(t, d, o)
		sizes := tableSizes(d)
		if len(sizes) != 1 || sizes[tt.size] == 0 {
			t.Errorf("%d columns: set at %v, want %v", tt.cols, sizes, tt.size)
		}
		var text strings.Builder
		for _, p := range d.Pages {
			for _, l := range p.Lines {
				text.WriteString(l.Text() + "\n")
			}
		}
		if n := strings.Count(text.String(), "\n"+colName(1)+"\n"); n != tt.parts {
			t.Errorf("%d columns: the first column's header printed %d times, want %d", tt.cols, n, tt.parts)
		}
		for c := 2; c <= tt.cols; c++ {
			if n := strings.Count(text.String(), "\n"+colName(c)+"\n"); n != 1 {
				t.Fatalf("%d columns: column %d's header printed %d times", tt.cols, c, n)
			}
		}
		ps := problemsLike(d, "do not fit across the page")
		if tt.parts == 1 && len(ps) > 0 || tt.parts > 1 && (len(ps) != 1 || ps[0].Src != strings.Index(src, "| "+colName(1)) ||
			!strings.Contains(ps[0].Message, fmt.Sprintf("in %d parts", tt.parts))) {
			t.Errorf("%d columns: problems %+v", tt.cols, ps)
		}
	}
}

// Every paper and size, and in the narrow column of a quote in a list: the
// table stays inside.
func TestWideTableEverywhere(t *testing.T) {
	table := wideTable(25, 2)
	table = table[strings.Index(table, "|"):strings.Index(table, "\n後記")]
	nested := "---\ntitle: 表\n---\n\n- 項目\n\n  > " + strings.ReplaceAll(table, "\n", "\n  > ") + "\n"
	for _, paper := range Papers {
		for _, preset := range []Preset{Large, Medium, Small, GBT9704} {
			o := Options{Paper: paper, Preset: preset}
			for _, src := range []string{wideTable(25, 2), nested} {
				d := Layout(parse(t, src), fakeFonts{}, o)
				assertInside(t, d, o)
			}
		}
	}
}

// A table of many rows breaks across pages between rows, its header
// repeated at the head of every page it runs on to; a row taller than a
// page is cut between its lines.
func TestLongTable(t *testing.T) {
	o := footerOptions()
	d := Layout(parse(t, wideTable(4, 300)), fakeFonts{}, o)
	assertInside(t, d, o)
	if len(d.Pages) < 5 {
		t.Fatalf("%d pages", len(d.Pages))
	}
	for _, p := range d.Pages[1 : len(d.Pages)-1] {
		var first []string
		for _, l := range p.Lines {
			if l.Kind == KindBody && len(first) < 4 {
				first = append(first, l.Text())
			}
		}
		if strings.Join(first, " ") != "甲子 乙子 丙子 丁子" || p.Lines[0].Runs[0].Face != "fake-bold" {
			t.Fatalf("page %d begins %q, want the table's header", p.Number, first)
		}
	}
	rows := 0
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			if strings.HasPrefix(l.Text(), "資料") && strings.HasSuffix(l.Text(), "-1") {
				rows++
			}
		}
	}
	if rows != 300 {
		t.Fatalf("%d rows printed, want 300", rows)
	}

	long := strings.Repeat("四位一體創先爭優大舞臺", 300)
	src := "| 項目 | 說明 |\n|---|---|\n| 甲 | " + long + " |\n| 乙 | 短 |\n"
	d = Layout(parse(t, src), fakeFonts{}, o)
	assertInside(t, d, o)
	var text strings.Builder
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			if l.Kind == KindBody && strings.ContainsAny(l.Text(), "四位一體創先爭優大舞臺") {
				text.WriteString(l.Text())
			}
		}
	}
	if text.String() != long || len(d.Pages) < 3 {
		t.Fatalf("the tall row printed %d of %d characters on %d pages", len(text.String())/3, len(long)/3, len(d.Pages))
	}
}

// Long Latin words and addresses in narrow cells break as a last resort,
// reported, and stay in their cells.
func TestTableCellsBreakLongWords(t *testing.T) {
	var b strings.Builder
	b.WriteString("|" + strings.Repeat(" 欄 |", 16) + "\n|" + strings.Repeat("---|", 16) + "\n|")
	for c := 0; c < 16; c++ {
		b.WriteString(" https://www.example.gov.cn/a/very/long/path/" + strings.Repeat("x", c) + " |")
	}
	o := footerOptions()
	d := Layout(parse(t, b.String()+"\n"), fakeFonts{}, o)
	assertInside(t, d, o)
	if len(problemsLike(d, "line broken at a word")) == 0 {
		t.Error("the addresses broken across lines were not reported")
	}
}

// The table's size steps and parts.
func TestFitTable(t *testing.T) {
	natural := func(n int, w Unit) []Unit {
		out := make([]Unit, n)
		for i := range out {
			out[i] = w
		}
		return out
	}
	measure := 39 * Medium.Body // A4's
	for _, tt := range []struct {
		cols    int
		size    Unit
		columns []int
	}{{1, Pt(12), []int{1}}, {13, Pt(12), []int{13}}, {14, Pt(11), []int{14}}, {17, Pt(9), []int{17}},
		{18, Pt(8.5), []int{18}}, {19, Pt(12), []int{10, 10}}, {40, Pt(11), []int{14, 14, 14}}} {
		fit := fitTable(natural(tt.cols, 5*Medium.Body), natural(tt.cols, Medium.Body), measure, Medium.Body)
		var got []int
		for _, p := range fit.parts {
			got = append(got, len(p.cols))
			var sum Unit
			for _, w := range p.widths {
				sum += w
			}
			if sum > measure || p.cols[0] != 0 {
				t.Errorf("%d columns: part %v is %v wide", tt.cols, p.cols, sum)
			}
		}
		if fit.size != tt.size || fmt.Sprint(got) != fmt.Sprint(tt.columns) {
			t.Errorf("%d columns: %v in parts of %v, want %v in %v", tt.cols, fit.size, got, tt.size, tt.columns)
		}
	}
	fit := fitTable(natural(19, 5*Medium.Body), natural(19, Medium.Body), 6*Medium.Body, Medium.Body)
	for _, p := range fit.parts {
		var sum Unit
		for _, w := range p.widths {
			sum += w
		}
		if sum > 6*Medium.Body {
			t.Errorf("a part of a table in a 6 em column is %v wide", sum)
		}
	}
	if tableFloor(Small.Body) != Pt(7.35) || tableFloor(Pt(9)) != Pt(7) {
		t.Errorf("floors %v %v", tableFloor(Small.Body), tableFloor(Pt(9)))
	}
}
