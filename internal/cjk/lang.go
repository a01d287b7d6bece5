package cjk

import (
	"fmt"
	"strings"
)

// Lang is a written-Chinese variety as a BCP 47 tag: zh-Hant or zh-Hans. The
// zero value is no variety.
type Lang string

// The two varieties Paiban typesets.
const (
	Hant Lang = "zh-Hant" // Traditional (Taiwan, Hong Kong, Macau)
	Hans Lang = "zh-Hans" // Simplified (Mainland, Singapore)
)

// Other returns the other variety: Hans for Hant and Hant for Hans (and for
// anything else).
func (l Lang) Other() Lang {
	if l == Hant {
		return Hans
	}
	return Hant
}

// ParseLang reads a language tag as written in front matter, settings or a
// locale: zh-Hant and zh-Hans, the regional tags zh-TW, zh-HK, zh-MO
// (Traditional) and zh-CN, zh-SG (Simplified), and longer tags beginning
// zh-Hant- or zh-Hans-. Case does not matter and "_" may stand for "-".
// Anything else, "zh" alone included, is an error.
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
