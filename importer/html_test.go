package importer

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/message"
)

// siteText is text of the sites around the test pages' articles — their
// navigation, banners, tools and footers — none of which may reach the
// article.
var siteText = []string{"首頁", "首页", "當前位置", "字號", "字号", "列印本頁", "關閉視窗", "打印", "分享", "相關新聞", "相关稿件", "相关新闻",
	"主辦單位", "主办单位", "ICP", "阅读原文", "扫一扫", "在看", "版權", "版权", "网站地图", "隐私政策", "微信", "纠错", "搜索", "English", "加入收藏", "浏览次数", "关闭窗口", "备案号"}

// The saved web pages made by testdata/html/make.py, laid out as a tax
// bureau's site (Big5, tables), www.gov.cn (GB2312), a WeChat article, an
// old county site (GBK undeclared, <br> paragraphs) and a company's site
// (HTML5): the article's text, headings, title and dateline, its
// warnings, and nothing of the site.
func TestWebPages(t *testing.T) {
	paths, _ := filepath.Glob("testdata/html/*.expect.json")
	if len(paths) < 5 {
		t.Fatalf("%d test pages", len(paths))
	}
	for _, p := range paths {
		name := strings.TrimSuffix(p, ".expect.json")
		t.Run(filepath.Base(name), func(t *testing.T) {
			e := readExpectation(t, p)
			res, a := checkArticle(t, name+".html", e)
			text := a.Text()
			for _, s := range siteText {
				if strings.Contains(text, s) {
					t.Errorf("the site's %q is in the article", s)
				}
			}
			if len(res.Warnings) != len(e.Warnings) {
				t.Errorf("warnings %v, want one about each of %q", res.Warnings, e.Warnings)
			}
			for _, w := range e.Warnings {
				if !warned(res.Warnings, w) {
					t.Errorf("no warning about %s: %v", w, res.Warnings)
				}
			}
		})
	}
}

// Details of pages: a line break of the source inside Chinese text is no
// space, <br><br> separates paragraphs, relative links resolve against
// the page's address, javascript: links are text, a page without
// paragraphs is refused.
func TestWebPageDetails(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><base href="https://www.example.gov.cn/news/"><title>標題_網站</title></head><body>
<h1>標題</h1><div class="content"><p>第一行的文字
接著第一行，English
words stay apart.</p><p>第二段<br><br>　　第三段有<a href="../about.html">相對連結</a>和<a href="javascript:void(0)">腳本</a>。</p></div></body></html>`
	d, err := readHTML([]byte(page), t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.shape()
	var got []string
	for _, b := range d.blocks {
		got = append(got, text(b.runs))
	}
	want := []string{"第一行的文字接著第一行，English words stay apart.", "第二段", "第三段有相對連結和腳本。"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
	md := string(d.markdown("images"))
	if !strings.Contains(md, "[相對連結](https://www.example.gov.cn/about.html)") || strings.Contains(md, "javascript") {
		t.Errorf("links:\n%s", md)
	}
	if _, err := readHTML([]byte("<html><body><ul><li><a href=/>首頁</a></ul></body></html>"), t.TempDir(), Options{}); !message.Is(err, noArticle) {
		t.Errorf("a page of links: %v", err)
	}
}
