package bulletin

import (
	"strconv"
	"strings"
)

// History is the last issue number used for each bulletin name and year
// (and, apart, for its supplements, which are numbered on their own): the
// editor keeps one in its preferences and suggests the next number from it.
// The zero value is an empty history; Record fills it.
type History map[string]int

// historyKey names a run of issues: the name, the year and whether they
// are supplements.
func historyKey(name string, year int, supplement bool) string {
	k := strings.TrimSpace(name) + "\x00" + strconv.Itoa(year)
	if supplement {
		k += "\x00增刊"
	}
	return k
}

// Next is the issue number to suggest for a bulletin of name, in year: one
// more than the last recorded, or 1 when none is.
func (h History) Next(name string, year int, supplement bool) int {
	return h[historyKey(name, year, supplement)] + 1
}

// Record notes that b was issued (exported) with its number, in the year
// of its date; a number lower than one recorded before changes nothing.
func (h History) Record(b *Bulletin) {
	if b.Issue <= 0 || b.Date.IsZero() || strings.TrimSpace(b.Name) == "" {
		return
	}
	k := historyKey(b.Name, b.Date.Year(), b.Supplement)
	h[k] = max(h[k], b.Issue)
}
