package proof

import (
	"strings"

	"github.com/paiban/paiban/internal/cjk"
)

var (
	msgCJKSpace = text{
		"space between Chinese characters",
		"中文字之間有空格",
		"汉字之间有空格",
	}
	msgSpaceBefore = text{
		"space before closing %q",
		"右引號或括號「%c」前有空格",
		"后引号或括号“%c”前有空格",
	}
	msgSpaceAfter = text{
		"space after opening %q",
		"左引號或括號「%c」後有空格",
		"前引号或括号“%c”后有空格",
	}
)

// Opening and closing quotation marks and brackets of Chinese text.
const (
	openers = "“‘「『《〈（【〔"
	closers = "”’」』》〉）】〕"
)

// checkSpaces finds blanks (spaces, tabs, no-break spaces) that Chinese
// typesetting does not want: between two Chinese characters or marks
// (CJKSpace), and just inside a quotation mark or bracket (QuoteSpace:
// 隊員 ”). Spaces between Chinese and Latin letters or digits are a matter
// of house style and are left alone, and so is the ideographic space. The
// fix deletes the blanks.
func checkSpaces(c *checker) {
	for _, r := range c.runs {
		rs := r.rs
		for i := 0; i < len(rs); i++ {
			if !isBlank(rs[i]) {
				continue
			}
			j := i + 1
			for j < len(rs) && isBlank(rs[j]) {
				j++
			}
			if i > 0 && j < len(rs) {
				checkSpace(c, r, i, j)
			}
			i = j - 1
		}
	}
}

// checkSpace judges the blanks rs[i:j], which have text on both sides.
func checkSpace(c *checker, r *run, i, j int) {
	rs := r.rs
	before, after := rs[i-1], rs[j]
	// A curly quote is taken for Chinese only when Chinese text is on the
	// other side of the blanks, so “ Hello” is left to English typing.
	if strings.ContainsRune(closers, after) && (cjk.IsCJK(before) || !cjk.IsSharedMark(after)) {
		c.report(r, i, j, QuoteSpace, msgSpaceBefore, []any{after}, "", true)
		return
	}
	if strings.ContainsRune(openers, before) && (cjk.IsCJK(after) || !cjk.IsSharedMark(before)) {
		c.report(r, i, j, QuoteSpace, msgSpaceAfter, []any{before}, "", true)
		return
	}
	if chineseAt(rs, i-1, -1, false) && chineseAt(rs, j, +1, false) {
		c.report(r, i, j, CJKSpace, msgCJKSpace, nil, "", true)
	}
}
