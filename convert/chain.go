package convert

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// chains gives each conversion's chain as OpenCC's configuration files
// (config/s2t.json and the others) do: steps applied one after the other,
// each a group of dictionaries.
var chains = map[Config][][]string{
	S2T:  {{"STPhrases", "STCharacters"}},
	S2TW: {{"STPhrases", "STCharacters"}, {"TWVariants"}},
	S2HK: {{"STPhrases", "STCharacters"}, {"HKVariants"}},
	T2S:  {{"TSPhrases", "TSCharacters"}},
}

// group is one step of a chain. At each position of the text the
// dictionaries are tried in turn, and the first that has a key there
// replaces its longest key with the key's first candidate: a phrase wins
// over the characters it is made of.
type group []*dictionary

// chain is a conversion's steps, loaded on first use.
type chain struct {
	once  sync.Once
	steps []group
	err   error
}

// loadedChains are the conversions' chains, filled in as they are used.
var loadedChains = func() map[Config]*chain {
	m := map[Config]*chain{}
	for c := range chains {
		m[c] = &chain{}
	}
	return m
}()

// chainOf returns a conversion's chain, loading its dictionaries the first
// time; it is safe for concurrent use.
func chainOf(c Config) ([]group, error) {
	ch, ok := loadedChains[c]
	if !ok {
		return nil, fmt.Errorf("unknown conversion %q", c)
	}
	ch.once.Do(func() {
		for _, names := range chains[c] {
			var g group
			for _, name := range names {
				d, err := loadDictionary(name)
				if err != nil {
					ch.err = fmt.Errorf("loading the %s dictionaries: %w", c, err)
					return
				}
				g = append(g, d)
			}
			ch.steps = append(ch.steps, g)
		}
	})
	return ch.steps, ch.err
}

// apply converts s by the group, from left to right. Text that no key
// matches is copied, except that bytes that are not UTF-8 come out as
// U+FFFD.
func (g group) apply(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for at := 0; at < len(s); {
		r, size := utf8.DecodeRuneInString(s[at:])
		n, to := 0, ""
		for _, d := range g {
			if n, to = d.match(s[at:], r); n > 0 {
				break
			}
		}
		switch {
		case n > 0:
			b.WriteString(to)
			at += n
		case r == utf8.RuneError && size == 1:
			b.WriteRune(r)
			at++
		default:
			b.WriteString(s[at : at+size])
			at += size
		}
	}
	return b.String()
}
