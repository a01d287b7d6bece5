package importer

import (
	"path/filepath"
	"strings"
	"testing"
)

// siteText is text of the sites around the test pages' articles — their
// navigation, banners, tools and footers — none of which may reach the
// article.
var siteText = []string{"首頁", "首页", "當前位置", "字號", "字号", "列印本頁", "關閉視窗", "打印", "分享", "相關新聞", "相关稿件", "相关新闻",
	"主辦單位", "主办单位", "ICP", "版權", "版权", "网站地图", "隐私政策", "微信", "纠错", "搜索", "English", "加入收藏"}

// The saved web pages made by testdata/html/make.py, laid out as a tax
// bureau's site (Big5, tables), www.gov.cn (GB2312) and a company's site
// (HTML5): the article's text, headings, title and dateline, and nothing
// of the site.
func TestWebPages(t *testing.T) {
	paths, _ := filepath.Glob("testdata/html/*.expect.json")
	if len(paths) < 3 {
		t.Fatalf("%d test pages", len(paths))
	}
	for _, p := range paths {
		name := strings.TrimSuffix(p, ".expect.json")
		t.Run(filepath.Base(name), func(t *testing.T) {
			res, a := checkArticle(t, name+".html", readExpectation(t, p))
			text := a.Text()
			for _, s := range siteText {
				if strings.Contains(text, s) {
					t.Errorf("the site's %q is in the article", s)
				}
			}
			if len(res.Warnings) > 0 {
				t.Errorf("warnings: %v", res.Warnings)
			}
		})
	}
}
