package proof

import (
	"testing"

	"github.com/paiban/paiban/article"
)

func TestMissingGlyph(t *testing.T) {
	runRuleCases(t, article.Hant, []Rule{MissingGlyph}, []ruleCase{
		{"private use", "第一段\uE000落", []string{"missing-glyph:\uE000"}},
		{"in a heading", "## 標\uE001題", []string{"missing-glyph:\uE001"}},
		{"in code", "`a\uE002b`", []string{"missing-glyph:\uE002"}},
		{"ordinary text", "繁體、简体、English 123，“引號”。", nil},
		{"not printed", "中\u200B文\uFE0F", nil},
	})
	runRuleCases(t, article.Hans, []Rule{MissingGlyph}, []ruleCase{
		{"Simplified chain", "简体\uE003", []string{"missing-glyph:\uE003"}},
	})
}
