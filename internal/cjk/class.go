package cjk

import "unicode"

// IdeographicSpace is U+3000, the space a full em wide that Chinese text
// types on purpose (to indent, to separate a name's parts). It is neither a
// letter nor a mark.
const IdeographicSpace = '\u3000'

// IsLetter reports whether r is a letter of Chinese or Japanese writing: a
// Han ideograph (the radicals and 〇 々 〻 included), 〆, kana or bopomofo.
// Such text takes full-width punctuation, puts no spaces between its words
// and sets each letter in an em box of its own.
//
// Hangul is not one (see IsHangul): Korean puts spaces between its words.
func IsLetter(r rune) bool {
	if r < 0x2E80 {
		return false // the bopomofo modifier letters ˪ ˫ (U+02EA, U+02EB) too
	}
	return r == '〆' || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo)
}

// IsHangul reports whether r is a Korean letter or jamo. Hangul sits in an
// em box as Chinese characters do, but Korean text puts spaces between its
// words and uses Western punctuation.
func IsHangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }

// IsFullWidthMark reports whether r is a punctuation mark or symbol that
// only East Asian text uses and that fonts set in an em box: the CJK symbols
// and punctuation block (、。「」《》〔〕… U+3001–U+303F), the katakana middle
// dot ・, the vertical and compatibility forms (U+FE10–U+FE1F,
// U+FE30–U+FE4F) and the full-width forms (，！（）：；？ U+FF01–U+FF60 and
// ￠￡￥ U+FFE0–U+FFE6). The ideographic space is not a mark, nor are the
// letters of the CJK symbols block (〆 and the ideographs 〇 々 〻 〡…).
func IsFullWidthMark(r rune) bool {
	switch {
	case r >= 0x3001 && r <= 0x303F: // CJK symbols and punctuation
		return !IsLetter(r)
	case r == 0x30FB, // katakana middle dot
		r >= 0xFE10 && r <= 0xFE1F, // vertical forms
		r >= 0xFE30 && r <= 0xFE4F, // CJK compatibility forms
		r >= 0xFF01 && r <= 0xFF60, // full-width forms
		r >= 0xFFE0 && r <= 0xFFE6: // full-width signs
		return true
	}
	return false
}

// IsMark reports whether r is punctuation or a symbol that only East Asian
// text uses, whatever its width: a full-width mark (IsFullWidthMark), a
// half-width form (｡｢｣､･ and the sound marks ｰﾞﾟ of U+FF61–U+FF9F, whose
// kana are letters; U+FFE8–U+FFEE), a stroke or an ideographic description
// character (U+31C0–U+31EF, U+2FF0–U+2FFF), or an enclosed or squared sign
// (㈱ ㊣ ㎡ of U+3200–U+33FF, whose kana are letters).
func IsMark(r rune) bool {
	switch {
	case r >= 0xFF61 && r <= 0xFF9F, // half-width CJK punctuation and katakana
		r >= 0x3200 && r <= 0x33FF: // enclosed CJK letters, CJK compatibility
		return !IsLetter(r) // ｱ, ㋐, ㌀ are kana
	case IsFullWidthMark(r),
		r >= 0xFFE8 && r <= 0xFFEE, // half-width signs
		r >= 0x2FF0 && r <= 0x2FFF, // ideographic description characters
		r >= 0x31C0 && r <= 0x31EF: // CJK strokes
		return true
	}
	return false
}

// IsSharedMark reports whether r is punctuation that Chinese and Western
// text both use: the curly quotes “ ” ‘ ’, the em dash —, the ellipsis …
// and the middle dots · and ‧ (U+2027, which Taiwan writes between the
// parts of a foreign name). CJK fonts give each a full em; whether one
// stands in Chinese text is told by what is around it.
func IsSharedMark(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '—', '…', '·', '‧':
		return true
	}
	return false
}

// IsCJK reports whether r is East Asian text: a letter (IsLetter) or an
// East Asian mark (IsMark). Hangul, the marks Western text shares
// (IsSharedMark) and the ideographic space are not.
func IsCJK(r rune) bool { return IsLetter(r) || IsMark(r) }
