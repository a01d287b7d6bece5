package proof

import (
	"testing"

	"github.com/paiban/paiban/article"
)

func TestHTMLDebris(t *testing.T) {
	runRuleCases(t, article.Hant, []Rule{HTMLDebris}, []ruleCase{
		{"ampersands", "加班&&加點", []string{"html-debris:&&→"}},
		{"three", "加班&&&加點", []string{"html-debris:&&&→"}},
		{"entity decoded by a safe character", "他說&ldquo;好&rdquo;", []string{"html-debris:&ldquo;→“", "html-debris:&rdquo;→”"}},
		{"numeric entity", "&#x4E2D;文", []string{"html-debris:&#x4E2D;→中"}},
		{"no-break space: no fix", "文字&nbsp;文字", []string{"html-debris:&nbsp;"}},
		{"ampersand: no fix", "研發&amp;製造", []string{"html-debris:&amp;"}},
		{"entity without semicolon", "文字&nbsp文字", []string{"html-debris:&nbsp"}},
		{"tags", "<span>重要</span>通知", []string{"html-debris:<span>→", "html-debris:</span>→"}},
		{"line break tag", "第一行<br>第二行", []string{"html-debris:<br>→"}},
		{"comment", "正文<!-- 備註 -->結束", []string{"html-debris:<!-- 備註 -->→"}},
		{"one ampersand", "研發&製造，R&D部門", nil},
		{"in code", "輸入 `a && b` 或 `&nbsp;`", nil},
		{"escaped", `星號\*不是強調`, nil},
		{"autolink", "見 <https://example.com> 網站", nil},
	})
}
