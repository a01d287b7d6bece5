package article

import (
	"fmt"
	"strings"
)

// ParseLang reads a language tag as written in front matter or settings:
// zh-Hant and zh-Hans, the regional tags zh-TW, zh-HK, zh-MO (Traditional)
// and zh-CN, zh-SG (Simplified), and longer tags beginning zh-Hant- or
// zh-Hans-. Case does not matter and "_" may stand for "-".
func ParseLang(tag string) (Lang, error) {
	t := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	switch {
	case t == "zh-hant" || strings.HasPrefix(t, "zh-hant-"),
		t == "zh-tw", t == "zh-hk", t == "zh-mo":
		return Hant, nil
	case t == "zh-hans" || strings.HasPrefix(t, "zh-hans-"),
		t == "zh-cn", t == "zh-sg":
		return Hans, nil
	}
	return "", fmt.Errorf("lang %q is not one the project typesets (want zh-Hant or zh-Hans; zh-TW, zh-HK, zh-MO, zh-CN and zh-SG are accepted too)", tag)
}
