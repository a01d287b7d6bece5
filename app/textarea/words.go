package textarea

import (
	"unicode"

	"github.com/paiban/paiban/internal/cjk"
)

// Word movement (Ctrl+Left and Ctrl+Right) and double-click selection go
// by runs of one class of character: a run of Chinese characters, a Latin
// word or number, a run of punctuation, a run of spaces. A dictionary
// segmenter would split Han runs into words, but the one the Go module
// proxy serves (github.com/go-ego/gse) takes 4–5 s and 200 MB to load its
// dictionary (measured 2026-11-26; see docs/performance.md).

// wordClass is a character's class for word movement.
type wordClass uint8

const (
	classSpace wordClass = iota
	classHan
	classWord // letters and digits of alphabetic scripts, and _
	classPunct
)

func classOf(r rune) wordClass {
	switch {
	case r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0':
		return classSpace
	case cjk.IsLetter(r) || cjk.IsHangul(r):
		return classHan
	case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r):
		return classWord
	}
	return classPunct
}

// wordRight is the column after the run at col and the spaces that follow
// it, in a line of runes; col itself when col is at the line's end.
func wordRight(rs []rune, col int) int {
	if col >= len(rs) {
		return len(rs)
	}
	c := classOf(rs[col])
	for col < len(rs) && classOf(rs[col]) == c {
		col++
	}
	for c != classSpace && col < len(rs) && classOf(rs[col]) == classSpace {
		col++
	}
	return col
}

// wordLeft is the column where the run before col begins, spaces before
// col skipped; 0 when col is 0.
func wordLeft(rs []rune, col int) int {
	for col > 0 && classOf(rs[col-1]) == classSpace {
		col--
	}
	if col == 0 {
		return 0
	}
	c := classOf(rs[col-1])
	for col > 0 && classOf(rs[col-1]) == c {
		col--
	}
	return col
}

// wordAt is the run holding the character at col (or the one before col
// at the line's end): the columns a double click selects.
func wordAt(rs []rune, col int) (int, int) {
	if len(rs) == 0 {
		return 0, 0
	}
	col = min(col, len(rs)-1)
	c := classOf(rs[col])
	a, b := col, col+1
	for a > 0 && classOf(rs[a-1]) == c {
		a--
	}
	for b < len(rs) && classOf(rs[b]) == c {
		b++
	}
	return a, b
}
