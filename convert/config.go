package convert

import (
	"strings"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/message"
)

var unknownConversion = message.Text{
	"unknown conversion %q (want s2t, s2tw, s2hk or t2s)",
	"沒有 %q 這種轉換（可用 s2t、s2tw、s2hk 或 t2s）",
	"没有 %q 这种转换（可用 s2t、s2tw、s2hk 或 t2s）",
}

// Config is a conversion, named as OpenCC names its configurations.
type Config string

// The conversions Paiban offers.
const (
	S2T  Config = "s2t"  // 简体 → 繁體, OpenCC's standard forms
	S2TW Config = "s2tw" // 简体 → 繁體, Taiwan's standard forms
	S2HK Config = "s2hk" // 简体 → 繁體, Hong Kong's standard forms
	T2S  Config = "t2s"  // 繁體 → 简体
)

// Configs returns the conversions, in a fixed order.
func Configs() []Config { return []Config{S2T, S2TW, S2HK, T2S} }

// ParseConfig reads a conversion's name (case does not matter).
func ParseConfig(s string) (Config, error) {
	c := Config(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range Configs() {
		if c == k {
			return c, nil
		}
	}
	return "", message.New(unknownConversion, s)
}

// Lang is the writing the conversion produces: zh-Hant for s2t, s2tw and
// s2hk, zh-Hans for t2s.
func (c Config) Lang() article.Lang {
	if c == T2S {
		return article.Hans
	}
	return article.Hant
}
