package convert

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

func TestArticle(t *testing.T) {
	// The comment is converted too: the whole file is.
	src := "---\ntitle: 党建引领改革\nkeywords: [税务, 改革]\nlang: zh-Hans # 简体\n---\n\n## 党组织\n\n机构改革，服务先行。\n"
	out, err := Article(S2TW, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "---\ntitle: 黨建引領改革\nkeywords: [稅務, 改革]\nlang: zh-Hant # 簡體\n---\n\n## 黨組織\n\n機構改革，服務先行。\n"
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	a, err := article.Parse(out)
	if err != nil || a.Meta.Lang != article.Hant || a.Meta.Title != "黨建引領改革" || a.Meta.Keywords[0] != "稅務" {
		t.Errorf("converted article reads as %+v, %v", a, err)
	}
	if _, err := Article(T2S, []byte("---\ndate: someday\n---\n正文")); err == nil || !strings.Contains(err.Error(), "date") {
		t.Errorf("a broken front matter: %v", err)
	}
}

// Only words are converted: a picture's address, a link's address, code
// and raw HTML stay byte for byte, so that they still point where they
// pointed; the picture's description and caption and the link's text are
// converted.
func TestArticleKeepsAddressesAndCode(t *testing.T) {
	src := "---\ntitle: 发展\n---\n\n" +
		"![发展图](图片/发展.png \"发展说明\")\n\n" +
		"详见[发展报告](https://例子.中国/发展/报告.html)与<https://例子.中国/发展>，命令 `发展 --help`。\n\n" +
		"<span class=\"发展\">发展</span>\n\n" +
		"| 项目 | 发展 |\n|---|---|\n| 甲 | [发展](发展.html) |\n"
	out, err := Article(S2T, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, kept := range []string{"(图片/发展.png", "(https://例子.中国/发展/报告.html)", "<https://例子.中国/发展>", "`发展 --help`", `<span class="发展">`, "(发展.html)"} {
		if !strings.Contains(got, kept) {
			t.Errorf("%q was changed:\n%s", kept, got)
		}
	}
	for _, conv := range []string{"title: 發展", "![發展圖]", "\"發展說明\")", "詳見[發展報告]", "| 項目 | 發展 |", "[發展](发展.html)"} {
		if !strings.Contains(got, conv) {
			t.Errorf("%q is missing:\n%s", conv, got)
		}
	}
}
