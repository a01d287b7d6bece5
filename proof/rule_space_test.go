package proof

import (
	"testing"

	"github.com/paiban/paiban/article"
)

func TestSpaces(t *testing.T) {
	runRuleCases(t, article.Hant, []Rule{CJKSpace, QuoteSpace}, []ruleCase{
		{"before a closing quote", "青年突擊隊隊員 ”稱號", []string{"quote-space: →"}},
		{"after an opening quote", "“ 你好”", []string{"quote-space: →"}},
		{"corner brackets", "「 你好 」", []string{"quote-space: →", "quote-space: →"}},
		{"between characters", "中文 中文", []string{"cjk-space: →"}},
		{"several blanks", "中文 \t 中文", []string{"cjk-space: \t →"}},
		{"no-break space", "中文\u00a0中文", []string{"cjk-space:\u00a0→"}},
		{"before punctuation", "中文 ，中文", []string{"cjk-space: →"}},
		{"before a quotation", "他說 “你好”", []string{"cjk-space: →"}},
		{"between Chinese and Latin", "使用 iPhone 手機，共 2018 年", nil},
		{"ideographic space", "標題　副標", nil},
		{"English quotes", "He said “hello world” then", nil},
		{"English apostrophe", "the ’90s 年代", nil},
		{"space only an English one", "“Hello ”", nil},
	})
	// Only the rule asked for reports.
	runRuleCases(t, article.Hant, []Rule{QuoteSpace}, []ruleCase{
		{"quote rule alone", "中文 中文隊員 ”", []string{"quote-space: →"}},
	})
}
