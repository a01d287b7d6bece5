package proof

import (
	"testing"

	"github.com/paiban/paiban/article"
)

func TestDoubled(t *testing.T) {
	runRuleCases(t, article.Hant, []Rule{Doubled}, []ruleCase{
		{"到到", "傳導到到園區", []string{"doubled-char:到到→到"}},
		{"的的", "我的的書", []string{"doubled-char:的的→的"}},
		{"了了", "他走了了。", []string{"doubled-char:了了→了"}},
		{"在在", "我們在在這裡", []string{"doubled-char:在在→在"}},
		{"是是", "這是是我的", []string{"doubled-char:是是→是"}},
		{"simplified", "我们们的", []string{"doubled-char:们们→们"}},
		{"three in a row", "我的的的書", []string{"doubled-char:的的的→的"}},
		{"two places", "的的和了了", []string{"doubled-char:的的→的", "doubled-char:了了→了"}},
		{"ordinary reduplication", "常常天天看看謝謝漸漸紛紛層層牢牢短短", nil},
		{"word then word", "現在在家，為了了解，受不了了，就是是否，目的的手段，一把把刀", nil},
		{"idioms", "不了了之，不甚了了，在在皆是", nil},
		{"AABB", "實實在在，是是非非，的的確確", nil},
		{"across a code span", "的`x`的", nil},
	})
}
