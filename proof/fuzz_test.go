package proof

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
)

// FuzzCheck checks whatever the reader accepts: Check must not panic, its
// findings must lie inside the source in order, and applying the fixes
// must give text that still reads.
func FuzzCheck(f *testing.F) {
	seed, err := os.ReadFile("testdata/seed-tax-article.md")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	for _, s := range []string{
		"", "---\ntitle: 甲,乙\n---\n", "“ 你好 ”,&&到到 &amp; <b>x</b>",
		"- 清單:項目\n  - 巢狀;項目\n\n| 甲,乙 |\n| --- |\n| 丁!戊 |\n",
		"![圖](a.png \"圖說,文字\")", "`,` **,** [,](x) \\, &#44;", "\uFEFF中 文\r\n文 ，\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return
		}
		a, err := article.Parse([]byte(src))
		if err != nil {
			return
		}
		fs := Check(a, Options{})
		last := 0
		for _, x := range fs {
			if x.Span.Start < last || x.Span.Start > x.Span.End || x.Span.End > len(src) {
				t.Fatalf("finding out of place or order: %+v in %q", x, src)
			}
			last = x.Span.Start
		}
		fixed, _ := ApplyFixes(a.Source, fs)
		if !utf8.Valid(fixed) {
			t.Fatalf("fixes broke UTF-8: %q → %q", src, fixed)
		}
	})
}
