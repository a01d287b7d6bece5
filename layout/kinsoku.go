package layout

// 禁則 (line-breaking prohibitions), clreq's basic level, as listed in the
// project's typography note: marks that may not begin a line and marks
// that may not end one. —— and …… are in noStart, so a line never begins
// with them, and their halves are never parted (see together.go).

// noStart: a line may not begin with these.
var noStart = runeSet("、，。．；：？！,.;:?!」』”’）〕］｝】〗〉》〞︰…‥—–～·‧・%％°℃‰)]}")

// noEnd: a line may not end with these.
var noEnd = runeSet("「『“‘（〔［｛【〖〈《〝([{¥$£€＄￥")

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool, len(s))
	for _, r := range s {
		m[r] = true
	}
	return m
}

// isPunct reports the marks that do not count as characters when deciding
// whether a last line is too short.
func isPunct(r rune) bool {
	return noStart[r] || noEnd[r] || classify(r) == classSymbol
}
