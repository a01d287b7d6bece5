package proof

import (
	"fmt"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/message"
)

// Rule identifies one check; it is what the command line prints before the
// message, and what Options.Rules selects.
type Rule string

// The rules, in the order Rules lists them.
const (
	HalfWidth      Rule = "halfwidth-punct" // , : ; ! ? in Chinese text
	HTMLDebris     Rule = "html-debris"     // &nbsp; <br> && left over from a web page
	Doubled        Rule = "doubled-char"    // 的的, 到到: a character typed twice
	CJKSpace       Rule = "cjk-space"       // a space between Chinese characters
	QuoteSpace     Rule = "quote-space"     // a space inside quotation marks or brackets
	Unbalanced     Rule = "unbalanced"      // an opening mark never closed, or the reverse
	MixedQuotes    Rule = "mixed-quotes"    // 「」 and “” in one article
	WrongScript    Rule = "wrong-script"    // a Simplified character in zh-Hant, or the reverse
	OverConversion Rule = "over-conversion" // 錶現 for 表現: a careless 簡→繁 tool's mistake
	MissingGlyph   Rule = "missing-glyph"   // a character no embedded font has
)

// Rules returns every rule, in a fixed order.
func Rules() []Rule {
	return []Rule{HalfWidth, HTMLDebris, Doubled, CJKSpace, QuoteSpace, Unbalanced,
		MixedQuotes, WrongScript, OverConversion, MissingGlyph}
}

// Locale is the language of the messages: the user interface's language,
// not the article's (see package message).
type Locale = message.Lang

// The message languages.
const (
	English            = message.En
	TraditionalChinese = message.Hant
	SimplifiedChinese  = message.Hans
)

// Options tune Check. The zero value checks everything and speaks English.
type Options struct {
	// Locale is the language of the messages; "" means English.
	Locale Locale
	// Rules, when not empty, limits the check to these rules.
	Rules []Rule
	// Fonts is the chain that must print every character; nil means the
	// embedded faces for the article's writing, shared by all checks.
	Fonts *fonts.Chain
}

// Finding is one thing the proofreader would mark.
type Finding struct {
	Rule    Rule
	Message string // in Options.Locale
	// Span is the stretch of Article.Source the finding is about. When the
	// text it was found in was not a verbatim copy of the source (an HTML
	// entity, an escape), it is the start of that text's source instead.
	Span article.Span
	// Line and Col are Span.Start as article.Position gives them: 1-based,
	// the column counted in characters.
	Line, Col int
	// HasFix says the finding can be corrected without asking, by putting
	// Fix (possibly "") in place of Span.
	Fix    string
	HasFix bool
}

// String gives the finding as the command line prints it after the file
// name: "line:col: rule: message".
func (f Finding) String() string {
	return fmt.Sprintf("%d:%d: %s: %s", f.Line, f.Col, f.Rule, f.Message)
}
