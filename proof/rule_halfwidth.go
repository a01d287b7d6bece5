package proof

import "github.com/paiban/paiban/internal/cjk"

var msgHalfWidth = text{
	"half-width %q in Chinese text; use %q",
	"中文裡的半形「%c」應改為全形「%c」",
	"中文里的半角“%c”应改为全角“%c”",
}

// checkHalfWidth finds , : ; ! ? typed in Chinese text. A mark counts as
// Chinese when the text before it is (looking through blanks and curly
// quotes) or the text right after it is (looking through curly quotes), so
// 改革:基層, “突擊隊”,&&, APP,每項 and 好!⏎ count but 1,000, 10:30 and
// Hello, world! 然後 do not. The fix puts the full-width mark in its
// place and drops the blanks around it.
func checkHalfWidth(c *checker) {
	for _, r := range c.runs {
		rs := r.rs
		for i, ch := range rs {
			fw, ok := cjk.FullWidthForm(ch)
			if !ok {
				continue
			}
			if !chineseAt(rs, i-1, -1, true) && !chineseAt(rs, i+1, +1, false) {
				continue
			}
			// 10:30 and 1,000 stay, even right after Chinese text.
			if i > 0 && i+1 < len(rs) && isDigit(rs[i-1]) && isDigit(rs[i+1]) {
				continue
			}
			j, k := i, i+1
			for j > 0 && isBlank(rs[j-1]) {
				j--
			}
			for k < len(rs) && isBlank(rs[k]) {
				k++
			}
			c.report(r, j, k, HalfWidth, msgHalfWidth, []any{ch, fw}, string(fw), true)
		}
	}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
