package proof

import (
	"strings"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/internal/cjk"
)

var (
	msgSimplifiedChar = text{
		"Simplified character %q in a zh-Hant article (Traditional: %s)",
		"繁體文章中出現簡體字「%c」（繁體作「%s」）",
		"繁体文章中出现简体字“%c”（繁体作“%s”）",
	}
	msgTraditionalChar = text{
		"Traditional character %q in a zh-Hans article (Simplified: %s)",
		"簡體文章中出現繁體字「%c」（簡體作「%s」）",
		"简体文章中出现繁体字“%c”（简体作“%s”）",
	}
	msgWrongWriting = text{
		"the text is mostly %s but lang is %s (%d characters of the other writing); set lang or convert the article",
		"正文大多是%s，但 lang 設為 %s（共 %d 個異體字）；請改 lang 或轉換全文",
		"正文大多是%s，但 lang 设为 %s（共 %d 个异体字）；请改 lang 或转换全文",
	}
)

// writingNames names the two writings in the message languages.
var writingNames = map[article.Lang]text{
	article.Hant: {"Traditional", "繁體", "繁体"},
	article.Hans: {"Simplified", "簡體", "简体"},
}

// checkScript finds characters that exist only in the other writing: 们 in
// a zh-Hant article, 們 in a zh-Hans one (the table is internal/cjk's, from
// OpenCC's dictionaries; characters both writings use, such as 于 台 里 后,
// are not in it). When a character has one counterpart the fix writes it.
// When most such characters belong to the other writing — as cjk.Tally
// counts them, so exactly when article.DetectLang would call the text the
// other writing — the lang field is what is wrong: one finding says so
// instead of hundreds.
func checkScript(c *checker) {
	lang := c.a.Meta.Lang
	if lang != article.Hant && lang != article.Hans {
		return
	}
	type hit struct {
		r *run
		i int
	}
	var wrong []hit
	var tally cjk.Tally
	for _, r := range c.runs {
		for i, ch := range r.rs {
			if only := tally.Add(ch); only != "" && only != lang {
				wrong = append(wrong, hit{r, i})
			}
		}
	}
	if len(wrong) == 0 {
		return
	}
	other := lang.Other()
	if tally.Prevails(other) && len(wrong) >= 10 {
		h := wrong[0]
		c.report(h.r, h.i, h.i+1, WrongScript, msgWrongWriting,
			[]any{writingNames[other].in(c.opt.Locale), lang, len(wrong)}, "", false)
		return
	}
	m := msgSimplifiedChar
	if lang == article.Hans {
		m = msgTraditionalChar
	}
	for _, h := range wrong {
		ch := h.r.rs[h.i]
		alts := []rune(cjk.Counterparts(ch))
		fix, ok := "", len(alts) == 1
		if ok {
			fix = string(alts)
		}
		c.report(h.r, h.i, h.i+1, WrongScript, m, []any{ch, strings.Join(strings.Split(string(alts), ""), "/")}, fix, ok)
	}
}
