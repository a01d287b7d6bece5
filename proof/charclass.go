package proof

import "unicode"

// isCJKLetter reports whether r is a Chinese character or another letter
// of East Asian writing (kana, bopomofo, hangul): text that takes
// full-width punctuation and no spaces between words.
func isCJKLetter(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo, unicode.Hangul)
}

// isCJKPunct reports whether r is full-width punctuation that belongs only
// to East Asian text: the CJK symbols block (、。「」《》…), full-width
// forms (，！（）：；？) and the vertical and compatibility forms. The curly
// quotes, dashes and ellipsis that Western text shares are ambiguous
// instead.
func isCJKPunct(r rune) bool {
	switch {
	case r >= 0x3001 && r <= 0x303F, // CJK symbols and punctuation, without U+3000
		r >= 0xFF01 && r <= 0xFF65, // full-width forms
		r >= 0xFE10 && r <= 0xFE1F, // vertical forms
		r >= 0xFE30 && r <= 0xFE4F: // compatibility forms
		return true
	}
	return r == 0x30FB // katakana middle dot
}

// isAmbiguousMark reports whether r is punctuation that both Chinese and
// Western text use: curly quotes, the em dash, the ellipsis and the middle
// dot. Whether it stands in Chinese text is told by what it encloses.
func isAmbiguousMark(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '—', '…', '·':
		return true
	}
	return false
}

// isCJK reports whether r is East Asian text: a letter or a full-width mark.
func isCJK(r rune) bool { return isCJKLetter(r) || isCJKPunct(r) }

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
		if blanks && isBlank(r) || isAmbiguousMark(r) {
			continue
		}
		return isCJK(r)
	}
	return false
}
