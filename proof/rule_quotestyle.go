package proof

var msgMixedQuotes = text{
	"%q mixes quotation styles: this article mostly uses %s",
	"「%c」與全文通用的 %s 引號混用",
	"“%c”与全文通用的 %s 引号混用",
}

// quoteStyle tells the two ways Chinese marks quotations: curly quotes
// “‘ ’” (the Mainland's usual style) and corner brackets 「『 』」 (Taiwan's
// and Hong Kong's).
func quoteStyle(r rune) (style int, opening bool) {
	switch r {
	case '“', '‘':
		return 1, true
	case '”', '’':
		return 1, false
	case '「', '『':
		return 2, true
	case '」', '』':
		return 2, false
	}
	return 0, false
}

var styleNames = [3]string{"", "“”", "「」"}

// checkQuoteStyle finds quotation marks of the style the article uses
// less, when it uses both. Each opening mark of that style is reported
// (or each closing one, when it has no opening ones). The more frequent
// style wins; on a tie, the first used. There is no fix: changing the
// style is a decision about the whole article.
func checkQuoteStyle(c *checker) {
	var count [3]int
	var openings [3]int
	first := 0
	for _, r := range c.runs {
		for i, ch := range r.rs {
			s, op := quoteStyle(ch)
			if s == 0 || apostrophe(r.rs, i) {
				continue
			}
			count[s]++
			if op {
				openings[s]++
			}
			if first == 0 {
				first = s
			}
		}
	}
	if count[1] == 0 || count[2] == 0 {
		return
	}
	major := first
	if count[1] != count[2] {
		major = 1
		if count[2] > count[1] {
			major = 2
		}
	}
	minor := 3 - major
	for _, r := range c.runs {
		for i, ch := range r.rs {
			s, op := quoteStyle(ch)
			if s != minor || apostrophe(r.rs, i) || op != (openings[minor] > 0) {
				continue
			}
			c.report(r, i, i+1, MixedQuotes, msgMixedQuotes, []any{ch, styleNames[major]}, "", false)
		}
	}
}
