package layout

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Units that must never be split across lines, beyond what the character
// classes already keep together (a Latin word or a number with its sign and
// unit is one unit because no break is allowed between word characters and
// half-width symbols; see breakRule). These patterns cover units that mix
// in Han characters or spaces.
var togetherPatterns = []struct {
	re *regexp.Regexp
	// hint is a cheap test that a text may match at all.
	hint func(string) bool
}{
	// Web addresses and e-mail addresses.
	{regexp.MustCompile(`(?:https?://|www\.)[^\s\p{Han}，。、；：！？「」『』（）《》“”]+`),
		func(s string) bool { return strings.Contains(s, "://") || strings.Contains(s, "www.") }},
	{regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`),
		func(s string) bool { return strings.Contains(s, "@") }},
	// Registration numbers: 滬ICP備19025643號-1, 京ICP证030173号.
	{regexp.MustCompile(`\p{Han}?[A-Z]{2,}\p{Han}{1,2}\d+\p{Han}?(?:-\d+)?`), hasUpperPair},
	// Public-security filing numbers: 滬公網安備 31010402005587號.
	{regexp.MustCompile(`\p{Han}?公[網网]安[備备]\s?\d+[號号]?`),
		func(s string) bool { return strings.Contains(s, "安備") || strings.Contains(s, "安备") }},
	// Telephone numbers with the area code in brackets: (02) 2720-8889.
	{regexp.MustCompile(`[(（]\d{2,4}[)）]\s?\d{3,4}[-‐]?\d{3,4}`),
		func(s string) bool { return strings.ContainsAny(s, "(（") }},
}

func hasUpperPair(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i+1] >= 'A' && s[i+1] <= 'Z' {
			return true
		}
	}
	return false
}

// togetherRanges marks, for each rune index, whether the gap after it lies
// inside a unit that must not be split.
func togetherRanges(text string, runeCount int) []bool {
	inside := make([]bool, runeCount)
	// Map byte offsets to rune indexes lazily: most paragraphs match nothing.
	var starts []int
	index := func(b int) int {
		if starts == nil {
			starts = make([]int, 0, runeCount+1)
			for i := range text {
				starts = append(starts, i)
			}
			starts = append(starts, len(text))
		}
		lo, hi := 0, len(starts)-1
		for lo < hi {
			m := (lo + hi) / 2
			if starts[m] < b {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo
	}
	for _, p := range togetherPatterns {
		if !p.hint(text) {
			continue
		}
		for _, m := range p.re.FindAllStringIndex(text, -1) {
			if utf8.RuneCountInString(text[m[0]:m[1]]) < 2 {
				continue
			}
			a, b := index(m[0]), index(m[1])
			for i := a; i < b-1; i++ {
				inside[i] = true
			}
		}
	}
	return inside
}
