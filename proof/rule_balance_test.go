package proof

import (
	"testing"

	"github.com/paiban/paiban/article"
)

func TestBalance(t *testing.T) {
	runRuleCases(t, article.Hant, []Rule{Unbalanced}, []ruleCase{
		{"never closed", "他說：“你好。", []string{"unbalanced:“"}},
		{"never opened", "你好。”他說", []string{"unbalanced:”"}},
		{"book title", "《人民日報報道", []string{"unbalanced:《"}},
		{"parenthesis", "記者（實習", []string{"unbalanced:（"}},
		{"inner quote left open", "「他說『好。」", []string{"unbalanced:『"}},
		{"mismatched brackets", "【注〕", []string{"unbalanced:【", "unbalanced:〕"}},
		{"in a heading", "## 《標題", []string{"unbalanced:《"}},
		{"balanced", "“他說‘好’。”《書》（注）【一】「『二』」", nil},
		{"quotation over paragraphs", "“第一段。\n\n“第二段。\n\n“第三段。”", nil},
		{"next paragraph does not continue", "“第一段。\n\n第二段。", []string{"unbalanced:“"}},
		{"apostrophe", "it’s 中文 students’ 作業", nil},
	})
}
