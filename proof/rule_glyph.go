package proof

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/fonts"
)

var msgMissingGlyph = text{
	"no embedded font has %q (U+%04X); it would print as 〓 or stop the export",
	"內嵌字型都沒有「%c」（U+%04X），匯出時會印成〓或中止",
	"内嵌字体都没有“%c”（U+%04X），导出时会印成〓或中止",
}

// defaultFonts holds the embedded faces' chains, made on first use and
// shared by every check: parsing a face's tables is the costly part.
var defaultFonts struct {
	once   sync.Once
	chains map[article.Lang]*fonts.Chain
}

// chainFor returns the chain the check uses for the article.
func chainFor(opt Options, lang article.Lang) *fonts.Chain {
	if opt.Fonts != nil {
		return opt.Fonts
	}
	defaultFonts.once.Do(func() {
		lib := fonts.NewLibrary()
		defaultFonts.chains = map[article.Lang]*fonts.Chain{
			article.Hant: fonts.NewChain(lib, fonts.Traditional),
			article.Hans: fonts.NewChain(lib, fonts.Simplified),
		}
	})
	if lang == article.Hans {
		return defaultFonts.chains[article.Hans]
	}
	return defaultFonts.chains[article.Hant]
}

// checkGlyphs finds characters that none of the fonts can print, code
// spans included, in the bold chain for titles, headings and bold text.
// Spaces, control and format characters and variation selectors are not
// printed and not checked.
func checkGlyphs(c *checker) {
	chain := chainFor(c.opt, c.a.Meta.Lang)
	type key struct {
		r    rune
		bold bool
	}
	known := map[key]bool{}
	has := func(r rune, bold bool) bool {
		k := key{r, bold}
		ok, seen := known[k]
		if !seen {
			_, _, ok = chain.Glyph(r, bold)
			known[k] = ok
		}
		return ok
	}
	for _, r := range c.runs {
		for _, s := range r.segs {
			txt, exact := r.text[s.start:s.end], s.exact
			if s.isCode {
				txt, exact = s.code, s.codeExact
			}
			for off, ch := range txt {
				if !printed(ch) || has(ch, s.bold) {
					continue
				}
				span := article.Span{Start: s.span.Start, End: s.span.End}
				if exact {
					span = article.Span{Start: s.span.Start + off, End: s.span.Start + off + utf8.RuneLen(ch)}
				}
				c.reportSpan(span, MissingGlyph, msgMissingGlyph, []any{ch, ch}, "", false)
			}
		}
	}
}

// printed reports whether ch is a character that needs a glyph.
func printed(ch rune) bool {
	switch {
	case ch == objectMark, ch == utf8.RuneError, unicode.IsSpace(ch), unicode.IsControl(ch),
		unicode.Is(unicode.Cf, ch), unicode.Is(unicode.Variation_Selector, ch):
		return false
	}
	return true
}
