// Package fynelang makes Fyne's own words — the buttons of its dialogs,
// its file dialog — follow the editor's interface language (English,
// 繁體, 简体) rather than the system's.
//
// Fyne 2.8.1 picks its words from the system's locales, by language only:
// every Chinese system gets its one Chinese set, which is Simplified, so
// under zh-TW or zh-HK its file dialog spoke 保存 文件 and 父目录 in a 繁體
// editor (and drew 录 from a system font), and an editor set to English on
// a Chinese system, or to Chinese on an English one, had dialogs in the
// other language. Use puts the interface language's words in place of
// both sets Fyne can pick for the editor's users: English (also its
// fallback) and Chinese. On a system of another language Fyne keeps that
// language's words.
package fynelang

import (
	"embed"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

//go:embed en.json zh-Hant.json zh-Hans.json
var files embed.FS

// Use gives Fyne's dialogs the words of interface language ui: "en",
// "zh-Hant" or "zh-Hans". Call it before the first window, and again when
// the interface language changes (dialogs opened after it use the new
// words).
func Use(ui string) error {
	switch ui {
	case "en", "zh-Hant", "zh-Hans":
	default:
		ui = "en"
	}
	data, err := files.ReadFile(ui + ".json")
	if err != nil {
		return fmt.Errorf("Fyne's words in %s: %w", ui, err)
	}
	// The tags Fyne's own sets carry: its Chinese set is zh_Hans.
	for _, l := range []fyne.Locale{"en", "zh-Hans"} {
		if err := lang.AddTranslationsForLocale(data, l); err != nil {
			return fmt.Errorf("Fyne's words in %s: %w", ui, err)
		}
	}
	return nil
}
