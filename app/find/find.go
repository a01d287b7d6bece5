// Package find looks for text in an article the way its editor's Find and
// Replace do: optionally alike in full and half width (a query's , finds
// ，), in 繁體 and 简体 (发展 finds 發展), and in upper and lower case.
// Matches are byte spans of the text searched, so that the editor can
// select them and the preview can turn to them.
//
// It holds no state and imports no UI package.
package find

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/internal/cjk"
)

// Options says which differences a search overlooks.
type Options struct {
	// MatchCase tells upper and lower case apart (Latin, Greek, …).
	MatchCase bool
	// Width finds the full-width and half-width forms of a character
	// alike: ，and , or Ａ and A.
	Width bool
	// Script finds a character's 繁體 and 简体 forms alike, by the
	// characters of only one writing (cjk.Only): 發 and 发.
	Script bool
}

// Span is a match: the bytes text[Start:End].
type Span struct{ Start, End int }

// folded is a text as a search compares it: one rune for each of the
// text's, and the byte offset each starts at.
type folded struct {
	runes []rune
	at    []int // at[i] is where runes[i] starts; at[len(runes)] = len(text)
}

// fold maps r to the form a search compares.
func (o Options) fold(r rune) rune {
	if o.Width {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII forms
			r -= 0xFEE0
		case r == cjk.IdeographicSpace:
			r = ' '
		}
	}
	if o.Script && cjk.Only(r) == cjk.Hant {
		if c, _ := utf8.DecodeRuneInString(cjk.Counterparts(r)); c != utf8.RuneError {
			r = c
		}
	}
	if !o.MatchCase {
		r = unicode.ToLower(r)
	}
	return r
}

func (o Options) foldText(s string) folded {
	f := folded{runes: make([]rune, 0, len(s)/2), at: make([]int, 0, len(s)/2+1)}
	for i, r := range s {
		f.runes = append(f.runes, o.fold(r))
		f.at = append(f.at, i)
	}
	f.at = append(f.at, len(s))
	return f
}

// matchAt reports whether q matches t's runes from i.
func matchAt(t, q []rune, i int) bool {
	if i+len(q) > len(t) {
		return false
	}
	for k, r := range q {
		if t[i+k] != r {
			return false
		}
	}
	return true
}

// All returns every match of query in text, in order and not overlapping.
// An empty query matches nothing.
func All(text, query string, o Options) []Span {
	if query == "" {
		return nil
	}
	if o.MatchCase && !o.Width && !o.Script {
		var out []Span
		for from := 0; ; {
			i := strings.Index(text[from:], query)
			if i < 0 {
				return out
			}
			out = append(out, Span{from + i, from + i + len(query)})
			from += i + len(query)
		}
	}
	t, q := o.foldText(text), o.foldText(query).runes
	var out []Span
	for i := 0; i+len(q) <= len(t.runes); {
		if matchAt(t.runes, q, i) {
			out = append(out, Span{t.at[i], t.at[i+len(q)]})
			i += len(q)
			continue
		}
		i++
	}
	return out
}

// Next returns the first match that starts at or after from, going round
// to the text's start when there is none after it; ok is false when the
// text has no match at all.
func Next(text, query string, from int, o Options) (s Span, ok bool) {
	all := All(text, query, o)
	if len(all) == 0 {
		return Span{}, false
	}
	for _, m := range all {
		if m.Start >= from {
			return m, true
		}
	}
	return all[0], true
}

// Previous returns the last match that ends at or before before, going
// round to the text's end when there is none before it; ok is false when
// the text has no match at all.
func Previous(text, query string, before int, o Options) (s Span, ok bool) {
	all := All(text, query, o)
	if len(all) == 0 {
		return Span{}, false
	}
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].End <= before {
			return all[i], true
		}
	}
	return all[len(all)-1], true
}

// ReplaceAll returns text with every match of query replaced by with, and
// the number of matches replaced.
func ReplaceAll(text, query, with string, o Options) (string, int) {
	all := All(text, query, o)
	if len(all) == 0 {
		return text, 0
	}
	var b strings.Builder
	b.Grow(max(0, len(text)+len(all)*(len(with)-len(query))))
	last := 0
	for _, m := range all {
		b.WriteString(text[last:m.Start])
		b.WriteString(with)
		last = m.End
	}
	b.WriteString(text[last:])
	return b.String(), len(all)
}
