package layout

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
)

// itemsOf builds the breaker's input for text at 中 with the fake font.
func itemsOf(text string) []item {
	var problems []Problem
	s := shaper{fonts: fakeFonts{}, problems: &problems, faces: newFaceTable()}
	return buildItems(s.glyphs([]textRun{{text: text, src: -1}}, Medium.Body), Medium.Body, 2*Medium.Body, false)
}

// The pass at free breaks of any looseness finds what the final pass
// finds, without trying a break between every two letters.
func TestLoosePassFindsTheFinalBreaks(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("paiban sets Chinese text 排版 ", 600),
		strings.Repeat("paiban typesetting ", 300),
		sample + strings.Repeat(sample, 30),
	} {
		items := itemsOf(text)
		for _, m := range []Unit{11 * Medium.Body, 31 * Medium.Body} {
			loose, ok := breakPass(items, m, passLoose, nil)
			final, _ := breakPass(items, m, passFinal, nil)
			if !ok || fmt.Sprint(loose) != fmt.Sprint(final) {
				t.Fatalf("%.20s… at %v: the loose pass (ok=%v) chose other breaks than the final one", text, m, ok)
			}
		}
	}
}

// A paragraph longer than a window is set a window at a time: every
// character once, in order, with its source offset; every line but the last
// justified to the measure; only the first indented; hard breaks and links
// kept across windows.
func TestLongParagraphInWindows(t *testing.T) {
	var b strings.Builder
	for b.Len() < 3*3*windowGlyphs {
		fmt.Fprintf(&b, "%s[官網%d](https://x.org/%d)**粗體**與 YouBike 2.0，", sample, b.Len(), b.Len())
		if b.Len()%7 == 0 {
			b.WriteString("  \n")
		}
	}
	src := "---\ntitle: 長段\n---\n\n" + b.String() + "\n"
	a := parse(t, src)
	o := footerOptions()
	d := Layout(a, fakeFonts{}, o)
	assertInside(t, d, o)
	var want strings.Builder
	for _, in := range a.Blocks[0].(*article.Paragraph).Inlines {
		want.WriteString(in.Text)
	}
	lines := bodyLines(d)
	var got strings.Builder
	last := -1
	links := 0
	for i, l := range lines {
		got.WriteString(l.Text())
		for _, r := range l.Runs {
			for _, g := range r.Glyphs {
				at := int(g.Src)
				if at <= last || src[at:at+len(g.Text)] != g.Text && g.Text != "，" {
					t.Fatalf("line %d: glyph %q at %d after %d", i, g.Text, at, last)
				}
				last = at
			}
		}
		if !l.Last && (l.X1-l.Right > Pt(0.5) || l.Right-l.X1 > Pt(0.5)) {
			t.Fatalf("line %d of %d not justified: %q", i, len(lines), l.Text())
		}
		if (i == 0) != (l.X0 > l.Left+Medium.Body) {
			t.Fatalf("line %d indented wrongly", i)
		}
	}
	for _, p := range d.Pages {
		links += len(p.Links)
	}
	flat := strings.NewReplacer(" ", "", "\n", "").Replace
	if flat(got.String()) != flat(want.String()) {
		t.Fatalf("the paragraph printed differs: %d characters, want %d", utf8.RuneCountInString(got.String()), utf8.RuneCountInString(want.String()))
	}
	if n := strings.Count(b.String(), "](https"); links < n {
		t.Fatalf("%d link areas for %d links", links, n)
	}
}

// A 1.9 MB title (the 620 MB case of issue 11) is laid out in bounded
// memory, and so is a 2 MB paragraph of one Latin word.
func TestHugeParagraphsMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out 2 MB twice")
	}
	for _, src := range []string{
		"---\ntitle: " + strings.Repeat("標題測試文字排版", 650_000/8) + "\n---\n\n正文。\n",
		"---\ntitle: 字\n---\n\n" + strings.Repeat("a", 1_900_000) + "\n",
	} {
		a := parse(t, src)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		d := Layout(a, fakeFonts{}, footerOptions())
		runtime.GC()
		runtime.ReadMemStats(&after)
		// The document itself is about 32 bytes a character.
		if total := after.TotalAlloc - before.TotalAlloc; total > 400<<20 {
			t.Errorf("%.20q…: the layout allocated %d MB", src[4:], total>>20)
		}
		if held := int64(after.HeapAlloc) - int64(before.HeapAlloc); held > 40*int64(len(src)) {
			t.Errorf("%.20q…: the document holds %d MB", src[4:], held>>20)
		}
		assertInside(t, d, footerOptions())
		if len(d.Problems) > 2 {
			t.Errorf("%d problems: a paragraph's alike problems are one", len(d.Problems))
		}
		runtime.KeepAlive(d)
	}
}
