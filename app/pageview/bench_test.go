package pageview

import (
	"testing"

	"fyne.io/fyne/v2"
)

// BenchmarkScroll25Pages scrolls through the long article (about 25 A4
// pages at the width of a 600-unit view) 40 units a frame, as a wheel
// turned steadily does, from top to bottom and over again. A frame is the
// scroll and every page drawn because of it (with raster, as the editor
// draws), so ns/op is what a frame costs and renders/frame how many
// pictures it asks for: about 1 / (page height / 40) when only pages
// coming into view are drawn.
func BenchmarkScroll25Pages(b *testing.B) {
	l := longDoc(b)
	x := newHarness(b, 600, 800)
	x.show(l)
	x.settle()
	x.rendered()
	end := x.v.geo.height() - x.v.Size().Height
	b.ResetTimer()
	for range b.N {
		if x.v.Offset().Y >= end {
			x.v.ScrollTo(fyne.Position{})
		}
		x.v.surface.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -40}})
		x.settle()
	}
	b.StopTimer()
	b.ReportMetric(float64(len(x.rendered()))/float64(b.N), "renders/frame")
	b.ReportMetric(float64(len(x.v.pics)), "pictures")
}

// BenchmarkFollowTheCursor is what a keystroke costs the view once the
// new layout is in: SetDocument with the 25-page article, the cursor's
// line marked and shown (a search of every glyph), renders not included.
func BenchmarkFollowTheCursor(b *testing.B) {
	l := longDoc(b)
	x := newHarness(b, 600, 800)
	x.show(l)
	x.settle()
	_, g := glyphOn(b, l.doc, len(l.doc.Pages)/2)
	src := int(g.Src)
	b.ResetTimer()
	for range b.N {
		x.v.SetDocument(l.doc, nil)
		x.v.MarkLine(src)
		x.v.ShowOffset(src)
	}
}
