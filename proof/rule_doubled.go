package proof

import "github.com/paiban/paiban/internal/cjk"

var msgDoubled = text{
	"%q is doubled; probably a typo",
	"「%s」重複，可能是筆誤",
	"“%s”重复，可能是笔误",
}

// checkDoubled finds a character of data/doubled.txt written twice (的的,
// 到到), unless the pair is part of one of the phrases listed for it
// (現在在意, 不了了之) or of AABB reduplication (實實在在). Other
// reduplication — 常常, 天天, 看看 — is ordinary Chinese and never looked
// at. The fix drops one of the two; three in a row are one finding.
func checkDoubled(c *checker) {
	excuses := data().doubled
	for _, r := range c.runs {
		rs := r.rs
		for i := 0; i+1 < len(rs); i++ {
			ch := rs[i]
			ex, ok := excuses[ch]
			if !ok || rs[i+1] != ch || aabb(rs, i) || excused(rs, i, ex) {
				continue
			}
			j := i + 2
			for j < len(rs) && rs[j] == ch {
				j++
			}
			c.report(r, i, j, Doubled, msgDoubled, []any{string(rs[i:j])}, string(ch), true)
			i = j - 1
		}
	}
}

// aabb reports whether the pair at rs[i], rs[i+1] is half of AABB
// reduplication: another doubled Chinese character right before or after.
func aabb(rs []rune, i int) bool {
	if i >= 2 && rs[i-2] == rs[i-1] && rs[i-1] != rs[i] && cjk.IsLetter(rs[i-1]) {
		return true
	}
	return i+3 < len(rs) && rs[i+2] == rs[i+3] && rs[i+2] != rs[i] && cjk.IsLetter(rs[i+2])
}

// excused reports whether the pair at rs[i] lies inside one of the phrases.
func excused(rs []rune, i int, phrases [][]rune) bool {
	for _, p := range phrases {
		k := pairIndex(p)
		if k < 0 || i-k < 0 {
			continue
		}
		if hasPrefix(rs[i-k:], p) {
			return true
		}
	}
	return false
}

// pairIndex returns where the first doubled character of p is.
func pairIndex(p []rune) int {
	for k := 0; k+1 < len(p); k++ {
		if p[k] == p[k+1] {
			return k
		}
	}
	return -1
}
