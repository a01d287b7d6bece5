package fynelang

import (
	"testing"

	"fyne.io/fyne/v2/lang"
)

// Fyne's words follow the interface language on English and Chinese
// systems alike, Traditional included, which Fyne has no words for.
func TestFyneSpeaksTheInterfacesLanguage(t *testing.T) {
	want := map[string][4]string{ // Save, OK, the parent folder, Friday
		"zh-Hant": {"儲存", "確定", "上一層", "星期五"},
		"zh-Hans": {"保存", "确定", "上一级", "星期五"},
		"en":      {"Save", "OK", "Parent", "Friday"},
	}
	for _, system := range []string{"zh_TW.UTF-8", "zh_CN.UTF-8", "en_US.UTF-8"} {
		t.Setenv("LANGUAGE", "")
		t.Setenv("LC_ALL", system)
		t.Setenv("LC_MESSAGES", system)
		t.Setenv("LANG", system)
		for _, ui := range []string{"zh-Hant", "en", "zh-Hans"} {
			if err := Use(ui); err != nil {
				t.Fatal(err)
			}
			got := [4]string{lang.L("Save"), lang.L("OK"), lang.X("file.parent", "Parent"), lang.L("friday")}
			if got != want[ui] {
				t.Errorf("system %s, interface %s: %q, want %q", system, ui, got, want[ui])
			}
		}
	}
}
