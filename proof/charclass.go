package proof

import "github.com/paiban/paiban/internal/cjk"

// Which characters are Chinese text is internal/cjk's to say: cjk.IsLetter
// (ideographs, kana, bopomofo — not Hangul, since Korean spaces its words),
// cjk.IsCJK (those and East Asian punctuation) and cjk.IsSharedMark (the
// curly quotes, dashes, ellipsis and middle dots Western text uses too,
// whose place is told by what they enclose).

// isASCIIAlnum reports whether r is an ASCII letter or digit.
func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// isBlank reports whether r is the kind of space that has no place between
// Chinese characters: an ASCII space or tab, or a no-break space. The
// ideographic space U+3000 is left alone; it is typed on purpose.
func isBlank(r rune) bool { return r == ' ' || r == '\t' || r == '\u00A0' }

// chineseAt reports whether the text reached from rs[i] going in direction
// dir (+1 or -1) is Chinese: the first character that is not an ambiguous
// mark (nor, when blanks is set, a blank) decides. Marks are looked
// through so that the comma in “黨員突擊隊”,&& counts as following Chinese
// text.
func chineseAt(rs []rune, i, dir int, blanks bool) bool {
	for n := 0; i >= 0 && i < len(rs) && n < 8; i, n = i+dir, n+1 {
		r := rs[i]
		if blanks && isBlank(r) || cjk.IsSharedMark(r) {
			continue
		}
		return cjk.IsCJK(r)
	}
	return false
}
