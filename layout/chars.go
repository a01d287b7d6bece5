package layout

import "unicode"

// charClass is how the layout treats a character.
type charClass uint8

const (
	classHan    charClass = iota // ideographs, kana, hangul: each its own box
	classFull                    // full-width punctuation and symbols
	classLatin                   // letters and digits of alphabetic scripts
	classSymbol                  // half-width punctuation and symbols
	classSpace                   // white space
)

func classify(r rune) charClass {
	switch {
	case r == ' ' || r == '\t' || r == '\u00a0':
		return classSpace
	case isHan(r):
		return classHan
	case isFullWidth(r):
		return classFull
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return classLatin
	}
	return classSymbol
}

// isHan reports ideographs and the other scripts set one per em box.
func isHan(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		r == '〇' || r == '々' || r == '〆'
}

// isFullWidth reports CJK punctuation and full-width forms: the marks that
// sit in an em box of their own.
func isFullWidth(r rune) bool {
	switch {
	case r >= 0x3000 && r <= 0x303f: // CJK symbols and punctuation
		return true // the ideographic space too: it is an em box
	case r >= 0xff01 && r <= 0xff60: // full-width forms
		return true
	case r >= 0xffe0 && r <= 0xffe6:
		return true
	case r == '“' || r == '”' || r == '‘' || r == '’':
		return true // CJK fonts give curly quotes a full em
	case r == '—' || r == '…' || r == '·' || r == '‧' || r == '・':
		return true
	case r >= 0xfe30 && r <= 0xfe4f: // CJK compatibility forms
		return true
	}
	return false
}
