package proof

import (
	"testing"

	"github.com/paiban/paiban/article"
)

func TestHalfWidth(t *testing.T) {
	runRuleCases(t, article.Hant, []Rule{HalfWidth}, []ruleCase{
		{"comma between Chinese", "最近,上海", []string{"halfwidth-punct:,→，"}},
		{"colon", "改革:基層", []string{"halfwidth-punct::→："}},
		{"semicolon", "有思路;落實", []string{"halfwidth-punct:;→；"}},
		{"after a closing quote", "“黨員突擊隊”,&&加班", []string{"halfwidth-punct:,→，"}},
		{"before an opening quote", "他說:“好。”", []string{"halfwidth-punct::→："}},
		{"at the end", "真好!", []string{"halfwidth-punct:!→！"}},
		{"two marks", "犧牲?!我", []string{"halfwidth-punct:?→？", "halfwidth-punct:!→！"}},
		{"blanks around go too", "中文 , 中文", []string{"halfwidth-punct: , →，"}},
		{"Latin before Chinese", "APP,每項", []string{"halfwidth-punct:,→，"}},
		{"colon before a time", "時間:10:30開始", []string{"halfwidth-punct::→："}},
		{"colon before a URL", "網址:https://example.com/?q=1", []string{"halfwidth-punct::→："}},
		{"across emphasis", "**改革**,基層", []string{"halfwidth-punct:,→，"}},
		{"number", "共1,000人", nil},
		{"time", "上午10:30", nil},
		{"ratio", "比分3:2領先", nil},
		{"English", "他說 Hello, world! 然後", nil},
		{"code span", "執行 `a,b:c` 指令", nil},
		{"full-width already", "最近，上海：好！", nil},
	})
}
