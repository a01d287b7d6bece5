package layout

// breakOpportunity reports whether a line may end between the runes before
// and after, under the layout's own rules (kinsoku.go and items.go's gap):
// never before a mark that may not begin a line (。，、」…), never after one
// that may not end a line (「（…), never inside a Latin word or a number
// (letters, digits and half-width symbols side by side), and never between
// the two halves of —— or ……. A space stays at the end of the line it
// ends, so a line may break after a space but not before one. Breaks
// applies it for an editor that wraps Markdown source the way the print
// breaks it; the breaker itself works on items (items.go).
func breakOpportunity(before, after rune) bool {
	switch {
	case classify(after) == classSpace || after == '\n':
		return false
	case noStart[after]:
		return false
	case classify(before) == classSpace || before == '\n':
		return true
	case noEnd[before]:
		return false
	case before == after && (before == '—' || before == '…' || before == '⸺'):
		return false
	}
	wordish := func(r rune) bool { c := classify(r); return c == classLatin || c == classSymbol }
	return !(wordish(before) && wordish(after))
}

// Breaks returns, for each rune of text (one source line, no '\n'),
// whether a wrapped line may begin at it: breakOpportunity between it and
// the rune before, except inside the units the layout keeps whole (web and
// e-mail addresses, registration and telephone numbers; together.go).
// breaks[0] is false: a line always begins at the first rune.
func Breaks(text []rune) []bool {
	breaks := make([]bool, len(text))
	for i := 1; i < len(text); i++ {
		breaks[i] = breakOpportunity(text[i-1], text[i])
	}
	if len(text) > 1 {
		inside := togetherRanges(string(text), len(text))
		for i := 0; i+1 < len(text); i++ {
			if inside[i] {
				breaks[i+1] = false
			}
		}
	}
	return breaks
}
