package proof

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

func TestScript(t *testing.T) {
	runRuleCases(t, article.Hant, []Rule{WrongScript}, []ruleCase{
		{"one counterpart: fixed", "我们的", []string{"wrong-script:们→們"}},
		{"several: not fixed", "出发", []string{"wrong-script:发"}},
		{"shared characters", "于右任在台北里長後面", nil},
		{"Traditional", "我們出發了", nil},
	})
	runRuleCases(t, article.Hans, []Rule{WrongScript}, []ruleCase{
		{"Traditional in Simplified", "我們的", []string{"wrong-script:們→们"}},
		{"shared characters", "乾坤于是", nil},
		{"Simplified", "我们出发了", nil},
	})
	// An article that is mostly of the other writing gets one finding.
	a := parse(t, article.Hant, strings.Repeat("我们发现这个问题。", 3))
	fs := Check(a, Options{Rules: []Rule{WrongScript}})
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "mostly Simplified") {
		t.Errorf("a Simplified text marked zh-Hant: %v", fs)
	}
}
