package article

import "github.com/paiban/paiban/internal/cjk"

// ParseLang reads a language tag as written in front matter or settings:
// zh-Hant and zh-Hans, the regional tags zh-TW, zh-HK, zh-MO (Traditional)
// and zh-CN, zh-SG (Simplified), and longer tags beginning zh-Hant- or
// zh-Hans-. Case does not matter and "_" may stand for "-". It is
// cjk.ParseLang, the one reader of language tags.
func ParseLang(tag string) (Lang, error) { return cjk.ParseLang(tag) }
