package layout

import (
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
