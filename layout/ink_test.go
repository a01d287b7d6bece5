package layout

import "testing"

// Every line and rule carries its ink: text black; the header, footer,
// page number, meta line and captions grey; rules lighter grey.
func TestInk(t *testing.T) {
	o := Options{Footer: Footer{Banner: "標語", Fields: []FooterField{{Label: "主辦單位", Value: "資訊局"}}}}
	d := Layout(doc("標題", sample, sample), fakeFonts{}, o)
	kinds := map[LineKind]bool{}
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			kinds[l.Kind] = true
			want := InkText
			switch l.Kind {
			case KindHeader, KindFooter, KindPageNo, KindMeta, KindCaption:
				want = InkMuted
			}
			if l.Ink != want {
				t.Errorf("%s line %q: ink %d, want %d", l.Kind, l.Text(), l.Ink, want)
			}
		}
		for _, r := range p.Rules {
			if r.Ink != InkRule {
				t.Errorf("rule ink %d", r.Ink)
			}
		}
	}
	for _, k := range []LineKind{KindTitle, KindBody, KindFooter} {
		if !kinds[k] {
			t.Errorf("no %s line laid out", k)
		}
	}
}
