package proof

import (
	"bytes"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
)

// bigArticle is the seed article's front matter and its body repeated
// until the file holds at least n characters.
func bigArticle(tb testing.TB, n int) *article.Article {
	tb.Helper()
	src, err := os.ReadFile("testdata/seed-tax-article.md")
	if err != nil {
		tb.Fatal(err)
	}
	i := bytes.Index(src[3:], []byte("\n---\n")) + 3 + len("\n---\n")
	head, body := src[:i], src[i:]
	big := bytes.Clone(head)
	for utf8.RuneCount(big) < n {
		big = append(big, body...)
		big = append(big, '\n')
	}
	a, err := article.Parse(big)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// BenchmarkCheck200k checks a 200,000-character article with every rule;
// the budget is 200 ms. The fonts are loaded before the clock starts, as
// the editor loads them once.
func BenchmarkCheck200k(b *testing.B) {
	a := bigArticle(b, 200_000)
	Check(a, Options{})
	b.ResetTimer()
	for b.Loop() {
		Check(a, Options{})
	}
}
