package convert

import (
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxKey is the longest key, in runes, that a conversion matches; longer
// dictionary entries are left out. The library Paiban used before looked
// ten runes ahead, and the conversions keep its output.
const maxKey = 10

// dictionary is one OpenCC dictionary: each key with the first of its
// candidates, and, for each rune that starts a key, the lengths of the keys
// it starts, so that a lookup tries only lengths that exist.
type dictionary struct {
	name string
	to   map[string]string
	// lengths has bit n-1 set for a rune when a key of n runes starts with it.
	lengths lengthTable
}

// lengthTable maps runes to key lengths, in pages of 256 runes allocated
// for the runes that start keys: faster than a map, and small.
type lengthTable struct {
	pages []*[256]uint16
}

// get returns the bits of r.
func (t *lengthTable) get(r rune) uint16 {
	if p := int(r >> 8); p < len(t.pages) && t.pages[p] != nil {
		return t.pages[p][r&0xff]
	}
	return 0
}

// add sets bits for r.
func (t *lengthTable) add(r rune, bits uint16) {
	p := int(r >> 8)
	if p >= len(t.pages) {
		t.pages = append(t.pages, make([]*[256]uint16, p+1-len(t.pages))...)
	}
	if t.pages[p] == nil {
		t.pages[p] = new([256]uint16)
	}
	t.pages[p][r&0xff] |= bits
}

// parseDictionary reads a dictionary in OpenCC's text format: one entry a
// line, the key, a tab, then the candidates separated by spaces, the
// preferred one first (or, on a line with more tabs, separated by tabs).
// Lines without a tab are skipped; a key listed twice keeps its last entry.
// Keys and candidates are substrings of data, which is not copied.
func parseDictionary(name, data string) (*dictionary, error) {
	n := strings.Count(data, "\n") + 1
	d := &dictionary{name: name, to: make(map[string]string, n)}
	for number := 1; data != ""; number++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		key, rest, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok {
			continue
		}
		candidate, ok := firstCandidate(rest)
		if !ok {
			continue
		}
		if !utf8.ValidString(key) || !utf8.ValidString(candidate) {
			return nil, fmt.Errorf("dictionary %s, line %d: not UTF-8", name, number)
		}
		runes := utf8.RuneCountInString(key)
		if runes > maxKey {
			continue
		}
		first, _ := utf8.DecodeRuneInString(key)
		d.to[key] = candidate
		d.lengths.add(first, 1<<(runes-1))
	}
	if len(d.to) == 0 {
		return nil, fmt.Errorf("dictionary %s has no entries", name)
	}
	return d, nil
}

// firstCandidate returns the first of an entry's candidates: the text
// before a second tab when there is one, else the first space-separated
// word.
func firstCandidate(rest string) (string, bool) {
	if c, _, ok := strings.Cut(rest, "\t"); ok {
		return c, true
	}
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if end := strings.IndexFunc(rest, unicode.IsSpace); end >= 0 {
		rest = rest[:end]
	}
	return rest, rest != ""
}

// match finds the longest key that s starts with, given r, the first rune
// of s. It returns the key's length in bytes, and its candidate; a length
// of 0 means that no key matches.
func (d *dictionary) match(s string, r rune) (int, string) {
	lengths := d.lengths.get(r)
	if lengths == 0 {
		return 0, ""
	}
	// ends[k] is where the (k+1)th rune of s ends, as far as the longest key.
	var ends [maxKey]int
	runes, at := 0, 0
	for longest := bits.Len16(lengths); runes < longest && at < len(s); runes++ {
		_, size := utf8.DecodeRuneInString(s[at:])
		at += size
		ends[runes] = at
	}
	for n := runes; n > 0; n-- {
		if lengths&(1<<(n-1)) == 0 {
			continue
		}
		if to, ok := d.to[s[:ends[n-1]]]; ok {
			return ends[n-1], to
		}
	}
	return 0, ""
}
