package layout

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

// Only http, https, mailto and tel links become link areas; the text of
// every other link is printed all the same.
func TestOnlySafeLinksAreLinks(t *testing.T) {
	src := "---\ntitle: 連結\n---\n\n" +
		"[官網](https://www.gov.cn/a)、[舊站](http://x.org)、[信箱](mailto:a@x.org)、[電話](tel:+86-21-12366)、" +
		"[腳本](javascript:alert(1))、[VB](vbscript:msgbox)、[資料](data:text/html,x)、[檔案](file:///etc/passwd)、" +
		"[未知](x-foo:bar)、[相對](page.html)、<javascript:alert(2)>、[長](https://x.org/" + strings.Repeat("a", 2100) + ")。\n"
	d := Layout(parse(t, src), fakeFonts{}, Options{})
	var got []string
	for _, p := range d.Pages {
		for _, k := range p.Links {
			got = append(got, k.URL)
		}
	}
	want := "https://www.gov.cn/a http://x.org mailto:a@x.org tel:+86-21-12366"
	if strings.Join(got, " ") != want {
		t.Errorf("links %q, want %q", got, want)
	}
	text := ""
	for _, l := range bodyLines(d) {
		text += l.Text()
	}
	for _, w := range []string{"腳本", "VB", "資料", "檔案", "未知", "相對", "javascript:alert(2)", "長"} {
		if !strings.Contains(text, w) {
			t.Errorf("the text %q of a refused link is not printed", w)
		}
	}
}

// An article not read by article.Parse gets the same rule: the layout
// draws no link the rule refuses.
func TestLayoutChecksLinksItself(t *testing.T) {
	a := &article.Article{Source: []byte("按此 按此"), Blocks: []article.Block{&article.Paragraph{Inlines: []article.Inline{
		{Text: "按此", Link: "javascript:alert(1)", Span: article.Span{Start: 0, End: 6}, Exact: true},
		{Text: " ", Span: article.Span{Start: 6, End: 7}, Exact: true},
		{Text: "按此", Link: "https://x.org/頁", Span: article.Span{Start: 7, End: 13}, Exact: true},
	}}}}
	d := Layout(a, fakeFonts{}, Options{})
	if ls := d.Pages[0].Links; len(ls) != 1 || ls[0].URL != "https://x.org/%E9%A0%81" {
		t.Fatalf("links %+v", ls)
	}
}
