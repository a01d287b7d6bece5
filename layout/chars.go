package layout

import (
	"unicode"

	"github.com/paiban/paiban/internal/cjk"
)

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

// isHan reports the letters set one per em box: Chinese and Japanese
// letters (ideographs, kana, bopomofo) and Hangul.
func isHan(r rune) bool { return cjk.IsLetter(r) || cjk.IsHangul(r) }

// isFullWidth reports the marks that sit in an em box of their own: East
// Asian punctuation and full-width forms, the ideographic space, and the
// marks Western text shares (“ ” — … ·), to which CJK fonts give a full em.
func isFullWidth(r rune) bool {
	return r == cjk.IdeographicSpace || cjk.IsFullWidthMark(r) || cjk.IsSharedMark(r)
}
