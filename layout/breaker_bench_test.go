package layout

import (
	"os"
	"strings"
	"testing"
)

// seedParagraphs returns the seed article's paragraphs as breaker input,
// set with the fake fixed-width font at 中 in a 39 em column.
func seedParagraphs(b *testing.B) [][]item {
	src, err := os.ReadFile("../export/testdata/seed-tax-article.md")
	if err != nil {
		b.Fatal(err)
	}
	body := strings.SplitN(string(src), "\n---\n", 2)[1]
	var out [][]item
	var problems []Problem
	s := shaper{fonts: fakeFonts{}, problems: &problems, faces: newFaceTable()}
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p == "" || strings.HasPrefix(p, "#") {
			continue
		}
		gs := s.glyphs([]textRun{{text: p, src: -1}}, Medium.Body)
		out = append(out, buildItems(gs, Medium.Body, 2*Medium.Body, false))
	}
	return out
}

// Total fit must cost at most twice first-fit (issue 4); compare
// BenchmarkBreakTotalFit with BenchmarkBreakGreedy.
func benchBreak(b *testing.B, breaker func([]item, Unit) []int) {
	paras := seedParagraphs(b)
	b.ResetTimer()
	for range b.N {
		for _, p := range paras {
			breaker(p, 39*Medium.Body)
		}
	}
}

func BenchmarkBreakTotalFit(b *testing.B) {
	benchBreak(b, func(items []item, m Unit) []int { return breakLines(items, m, nil) })
}
func BenchmarkBreakGreedy(b *testing.B) { benchBreak(b, firstFit) }

// The whole layout of the seed article with total fit and with first fit.
func benchLayout(b *testing.B, first bool) {
	src, err := os.ReadFile("../export/testdata/seed-tax-article.md")
	if err != nil {
		b.Fatal(err)
	}
	body := strings.SplitN(string(src), "\n---\n", 2)[1]
	a := doc("黨建引領改革:基層戰鬥堡壘強起來", strings.Split(strings.TrimSpace(body), "\n\n")...)
	o := Options{firstFit: first}
	b.ResetTimer()
	for range b.N {
		Layout(a, fakeFonts{}, o)
	}
}

func BenchmarkLayoutTotalFit(b *testing.B) { benchLayout(b, false) }
func BenchmarkLayoutFirstFit(b *testing.B) { benchLayout(b, true) }
