package cjk

import "testing"

// Each class holds what its comment says, and nothing of the others.
func TestClasses(t *testing.T) {
	classes := []struct {
		name    string
		is      func(rune) bool
		members string
	}{
		{"IsLetter", IsLetter, "中文國们〇々〆〻あアｱㄅㄆ⺀⼀𠀀"},
		{"IsHangul", IsHangul, "한국ᄀㄱ"},
		{"IsFullWidthMark", IsFullWidthMark, "、。「」『』《》〈〉【】〔〕〖〗〜・︐︑︰︱，！（）：；？［］｛｝～｟｠￠￡￥"},
		{"IsSharedMark", IsSharedMark, "“”‘’—…·‧"},
	}
	none := "aZ09 ,.;:!?()[]'\"-\t\n\u00a0éßДא" + string(IdeographicSpace)
	for _, c := range classes {
		for _, r := range c.members {
			if !c.is(r) {
				t.Errorf("%s(%q) = false", c.name, r)
			}
		}
		for _, r := range none {
			if c.is(r) {
				t.Errorf("%s(%q) = true", c.name, r)
			}
		}
		for _, other := range classes {
			if other.name == c.name {
				continue
			}
			for _, r := range other.members {
				if c.is(r) {
					t.Errorf("%s(%q) = true, but it is %s", c.name, r, other.name)
				}
			}
		}
	}
	// The bopomofo modifier letters are Latin-side tone letters.
	for _, r := range "\u02ea\u02eb" {
		if IsLetter(r) {
			t.Errorf("IsLetter(%q) = true", r)
		}
	}
}

// IsMark is every East Asian mark, the full-width ones and the rest; no
// letter is a mark (the hangul tone marks 〮 〯 and the parenthesised
// hangul ㈀ are marks).
func TestIsMark(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if IsFullWidthMark(r) && !IsMark(r) {
			t.Fatalf("IsFullWidthMark(%q) but not IsMark", r)
		}
		if IsMark(r) && (IsLetter(r) || IsSharedMark(r) || r < 0x2E80 || r == IdeographicSpace) {
			t.Fatalf("IsMark(%q) = true", r)
		}
	}
	for _, r := range "｡｢｣､･ｰﾞﾟ￨￮㈱㊣㎡㇀⿰" {
		if !IsMark(r) || IsFullWidthMark(r) {
			t.Errorf("%q: IsMark %v, IsFullWidthMark %v; want true, false", r, IsMark(r), IsFullWidthMark(r))
		}
	}
}
