package layout

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

// footerOptions are the defaults with the official footer fields, so that
// pages have a footer region to stay out of.
func footerOptions() Options {
	return Options{Footer: Footer{Fields: []FooterField{
		{"主辦單位", "國家稅務總局上海市稅務局"}, {"地址", "上海市肇嘉浜路800號"}, {"電話", "021-12366"}}}}
}

// assertInside checks that everything the article put on the pages — text
// lines, rules, images, link areas — lies inside the page and inside the
// type area, and so clear of the footer region: only the banner, footer
// and page number live in the margins.
func assertInside(t *testing.T, d *Document, o Options) {
	t.Helper()
	o = o.withDefaults()
	var problems []Problem
	g := o.geometry(shaper{fonts: fakeFonts{}, problems: &problems, faces: newFaceTable()})
	left, right := g.left, g.left+g.width
	top, bottom := g.top, g.top+Unit(g.slots)*g.pitch
	if g.footerTop > 0 && bottom > g.footerTop {
		t.Fatalf("type area bottom %v below the footer rule %v", bottom, g.footerTop)
	}
	box := func(p int, what string, x0, y0, x1, y1 Unit) {
		t.Helper()
		if x0 < 0 || y0 < 0 || x1 > d.Paper.Width || y1 > d.Paper.Height {
			t.Fatalf("page %d: %s at (%v,%v)–(%v,%v) leaves the page", p, what, x0, y0, x1, y1)
		}
		if x0 < left || x1 > right || y0 < top || y1 > bottom {
			t.Fatalf("page %d: %s at (%v,%v)–(%v,%v) leaves the type area (%v,%v)–(%v,%v)", p, what, x0, y0, x1, y1, left, top, right, bottom)
		}
	}
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			switch l.Kind {
			case KindHeader, KindFooter, KindPageNo:
				continue
			}
			for _, r := range l.Runs {
				for _, gl := range r.Glyphs {
					box(p.Number, l.Kind.quote(gl.Text), gl.X, l.Y-r.Size.scale(emAscent), gl.X+gl.Advance, l.Y+r.Size-r.Size.scale(emAscent))
				}
			}
		}
		for _, r := range p.Rules {
			if r.Y1 == r.Y2 && (r.Y1 == g.footerTop || r.Y1 == g.bannerBaseline+o.Preset.Footer/2) && r.X1 == left && r.X2 == right {
				continue // the footer's or banner's rule
			}
			box(p.Number, "rule", min(r.X1, r.X2), min(r.Y1, r.Y2), max(r.X1, r.X2), max(r.Y1, r.Y2))
		}
		for _, im := range p.Images {
			box(p.Number, "image", im.X, im.Y, im.X+im.W, im.Y+im.H)
		}
		for _, k := range p.Links {
			box(p.Number, "link "+k.URL, k.X, k.Y, k.X+k.W, k.Y+k.H)
		}
	}
}

func (k LineKind) quote(s string) string { return string(k) + " glyph " + s }

// parse reads a Markdown article for a test.
func parse(t testing.TB, src string) *article.Article {
	t.Helper()
	a, err := article.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// problemsLike returns the problems whose message contains s.
func problemsLike(d *Document, s string) []Problem {
	var out []Problem
	for _, p := range d.Problems {
		if strings.Contains(p.Message, s) {
			out = append(out, p)
		}
	}
	return out
}
