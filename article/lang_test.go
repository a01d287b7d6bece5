package article

import "testing"

func TestDetectLang(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Lang
	}{
		{"Traditional", "上海市稅務系統以黨建為引領，緊密結合改革任務", Hant},
		{"Simplified", "上海市税务系统以党建为引领，紧密结合改革任务", Hans},
		{"no Chinese", "Hello, world", Hant},
		{"empty", "", Hant},
		{"only shared characters is a tie", "中文大小人口", Hant},
		{"tie", "們们", Hant},
		{"Simplified wins by one", "這们们", Hans},
		{"Traditional with 于 and 余 (also Traditional)", "貫穿于改革，40余場會議", Hant},
		{"Taiwan text", "臺北市政府今日宣布，計畫首波數位服務正式上線", Hant},
		{"Mainland text", "国务院关于进一步优化营商环境的意见", Hans},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("%s: DetectLang(%q) = %s, want %s", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestLangDetectedWithoutFrontMatterLang(t *testing.T) {
	tests := []struct {
		src      string
		want     Lang
		detected bool
	}{
		{"---\ntitle: 黨建引領改革\n---\n正文。\n", Hant, true},
		{"---\ntitle: 党建引领改革\n---\n正文。\n", Hans, true},
		{"# 这是简体\n", Hans, true},
		{"---\ntitle: 为了\nlang: zh-Hant\n---\n这个\n", Hant, false},
		{"---\nlang: zh-Hans\n---\n這個\n", Hans, false},
		{"---\ntitle: 标题\n---\n這個國家的學生們說\n", Hant, true},
	}
	for _, tt := range tests {
		a := mustParse(t, tt.src)
		if a.Meta.Lang != tt.want || a.Meta.LangDetected != tt.detected {
			t.Errorf("%q: lang %s detected %v, want %s %v", tt.src, a.Meta.Lang, a.Meta.LangDetected, tt.want, tt.detected)
		}
	}
}
