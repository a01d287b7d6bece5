package fonts

import (
	"slices"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// InterfaceCharacters are the characters the editor's regular faces are
// cut to (SansTC, SansSC; see README.md and ./uiface), in order: those of
// Big5 (13 053 hanzi), or of GB 2312 (6 763) when simplified, and in both
// Latin, punctuation, symbols, kana and the full-width forms. Rarer
// characters are drawn by Fyne from a system font.
func InterfaceCharacters(simplified bool) []rune {
	set := map[rune]bool{}
	for _, span := range [][2]rune{
		{0x20, 0x24f},    // Latin, Latin-1 and Latin Extended
		{0x2000, 0x206f}, // general punctuation
		{0x2100, 0x22ff}, // letter-like symbols, number forms, arrows, mathematics
		{0x2460, 0x26ff}, // enclosed numbers, box drawing, shapes, symbols
		{0x3000, 0x30ff}, // CJK punctuation and kana
		{0x3200, 0x33ff}, // enclosed and compatibility CJK
		{0xfe30, 0xfe4f}, // CJK compatibility forms
		{0xff00, 0xffef}, // full-width and half-width forms
	} {
		for r := span[0]; r <= span[1]; r++ {
			set[r] = true
		}
	}
	enc, lead, trail := encoding.Encoding(traditionalchinese.Big5), [2]byte{0xa1, 0xf9}, [][2]byte{{0x40, 0x7e}, {0xa1, 0xfe}}
	if simplified {
		// GB 2312 is the EUC-CN part of GBK: both bytes 0xA1–0xFE.
		enc, lead, trail = simplifiedchinese.GBK, [2]byte{0xa1, 0xf7}, [][2]byte{{0xa1, 0xfe}}
	}
	dec := enc.NewDecoder()
	for b1 := int(lead[0]); b1 <= int(lead[1]); b1++ {
		for _, t := range trail {
			for b2 := int(t[0]); b2 <= int(t[1]); b2++ {
				s, err := dec.Bytes([]byte{byte(b1), byte(b2)})
				if r := []rune(string(s)); err == nil && len(r) == 1 && r[0] != 0xfffd {
					set[r[0]] = true
				}
			}
		}
	}
	out := make([]rune, 0, len(set))
	for r := range set {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}
