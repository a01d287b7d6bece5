package cjk

// FullWidthForm is the full-width form of an ASCII mark typed half-width
// in Chinese text (,:;!? → ，：；！？), which the layout prints in its place
// (the text stays as typed) and the proofreader suggests; ok is false for
// any other character.
func FullWidthForm(r rune) (fw rune, ok bool) {
	switch r {
	case ',':
		return '，', true
	case ':':
		return '：', true
	case ';':
		return '；', true
	case '!':
		return '！', true
	case '?':
		return '？', true
	}
	return r, false
}
