package importer

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The rules that tell a web page's article from the site around it,
// measured on the pages in testdata/html (see docs/import.md).

// dropped are the elements that are never part of the article.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Input: true, atom.Textarea: true, atom.Svg: true,
	atom.Canvas: true, atom.Object: true, atom.Embed: true, atom.Template: true, atom.Link: true,
	atom.Meta: true, atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Head: true, atom.Map: true,
	atom.Audio: true, atom.Video: true,
}

// siteWords are the words of class and id names that mark the site's
// parts: navigation, banners, footers, sharing and printing tools.
var siteWords = regexp.MustCompile(`(?i)(?:^|[-_\s])(nav|navbar|navigation|menu|menubar|breadcrumbs?|crumbs?|position|location|weizhi|dqwz|footer|foot|bottom|copyright|banner|logo|sidebar|side|share|bdshare|sharebox|print|dayin|fontsize|font-size|zihao|toolbar|tools|search|login|topbar|top-bar|pagination|pager|related|xgxw|relevant|recommend|comments?|ads?|advert|qrcode|ewm|social|subscribe|header-nav|skip)(?:$|[-_\s\d])`)

// contentWords are the words of class and id names that mark an
// article's body.
var contentWords = regexp.MustCompile(`(?i)(content|article|artical|text|detail|zoom|main|body|news|trs_editor|editor|post|entry|story|wenzhang|zhengwen|pages_content|ucap)`)

// junk is the text of a line that belongs to the site, not the article:
// the 字號 switch, 列印本頁, 關閉視窗, sharing, back to top.
var junk = regexp.MustCompile(`^(?:[【\[（(]?\s*(?:字號|字号|字體|字体)\s*[：:]?\s*(?:[大中小默認认超]+\s*)*[】\]）)]?|[【\[]?\s*(?:列印本頁|列印|打印本页|打印|我要打印|關閉視窗|關閉窗口|关闭窗口|关闭|關閉|返回頂部|返回顶部|回到頂部|回到顶部|分享到|分享|收藏|加入收藏|上一篇|下一篇|返回|頂部|顶部|\|)\s*[】\]]?|[\s|｜丨/【】\[\]]+)+$`)

// isJunk reports whether a line's text is the site's and not the
// article's.
func isJunk(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && junk.MatchString(s)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// siteElement reports whether n is the site's by its class or id.
func siteElement(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, key := range []string{"class", "id", "role"} {
		v := attr(n, key)
		if v == "" {
			continue
		}
		if contentWords.MatchString(v) && !strings.Contains(strings.ToLower(v), "nav") {
			continue
		}
		if siteWords.MatchString(v) || v == "navigation" || v == "banner" || v == "contentinfo" {
			return true
		}
	}
	return hidden(n)
}

// hidden reports whether an element is hidden by its style.
func hidden(n *html.Node) bool {
	s := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") || n.DataAtom == atom.Input
}
