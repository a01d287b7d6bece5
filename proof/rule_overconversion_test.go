package proof

import (
	"testing"

	"github.com/paiban/paiban/article"
)

func TestOverConversion(t *testing.T) {
	runRuleCases(t, article.Hant, []Rule{OverConversion}, []ruleCase{
		{"表現", "以積分形式錶現出來", []string{"over-conversion:錶現→表現"}},
		{"幹部", "黨員乾部", []string{"over-conversion:乾部→幹部"}},
		{"於", "貫穿于改革", []string{"over-conversion:貫穿于→貫穿於"}},
		{"餘", "40余場會議", []string{"over-conversion:余場→餘場"}},
		{"two", "麵對全麵", []string{"over-conversion:麵對→面對", "over-conversion:全麵→全面"}},
		{"right words", "表現、幹部、貫穿於、面對", nil},
		{"watch, then 現在", "他的手錶現在停了", nil},
		{"biscuit, then 部分", "餅乾部分受潮", nil},
		{"noodles", "吃麵條", nil},
	})
	runRuleCases(t, article.Hans, []Rule{OverConversion}, []ruleCase{
		{"Simplified list", "干隆年间", []string{"over-conversion:干隆→乾隆"}},
		{"Traditional list not used", "錶現", nil},
	})
}
