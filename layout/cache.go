package layout

import (
	"strconv"
	"strings"
	"sync"
)

// Cache keeps set paragraphs from one layout to the next, so that after an
// edit only the paragraphs that changed are broken into lines again; the
// pages are then cut anew, which is cheap. A paragraph is found again by
// its text, styles and settings, wherever it has moved in the source.
//
// Give the same Cache to successive layouts of one article (the editor
// does); the zero value is ready to use. It holds only the paragraphs of the
// latest layout. A Cache is safe for concurrent use, but layouts sharing one
// gain nothing from running at the same time.
type Cache struct {
	mu      sync.Mutex
	entries map[string]*cached
	gen     uint64
	// setting names the fonts and the settings of the layout that filled
	// the cache; a layout with others empties it first.
	setting string
}

type cached struct {
	lines    []Line    // glyph Src relative to the paragraph's first source byte
	problems []Problem // likewise
	gen      uint64
}

// begin starts a layout; every entry is dropped when setting — the
// identity of the fonts and of the settings that apply to every paragraph
// (see flow.setting) — is not the previous layout's.
func (c *Cache) begin(setting string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if setting != c.setting {
		clear(c.entries)
	}
	c.setting = setting
	c.gen++
}

// end finishes a layout that ran to its end: the entries it did not use
// are dropped. A cancelled layout does not end, so that what the layouts
// before it set stays for the next.
func (c *Cache) end() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, e := range c.entries {
		if e.gen != c.gen {
			delete(c.entries, k)
		}
	}
}

// key identifies a paragraph's content and settings, with source offsets
// made relative to base.
func cacheKey(runs []textRun, st parStyle, base int) string {
	var b strings.Builder
	b.WriteString(string(st.kind))
	for _, v := range []Unit{st.size, st.indent, st.measure, st.track} {
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(int(v)))
	}
	b.WriteByte(byte('0' + st.align))
	if st.compress {
		b.WriteByte('c')
	}
	for _, r := range runs {
		b.WriteByte(0)
		if r.bold {
			b.WriteByte('b')
		}
		b.WriteString(r.role)
		b.WriteByte(1)
		if r.exact {
			b.WriteByte('e')
		}
		if r.hardBreak {
			b.WriteByte('h')
		}
		src := r.src
		if src >= 0 {
			src -= base
		}
		b.WriteString(strconv.Itoa(src))
		b.WriteByte(1)
		b.WriteString(r.link)
		b.WriteByte(1)
		b.WriteString(r.text)
	}
	return b.String()
}

// lookup returns copies of a cached paragraph's lines and problems with
// their source offsets moved to base.
func (c *Cache) lookup(key string, base int) ([]Line, []Problem, bool) {
	c.mu.Lock()
	e := c.entries[key]
	if e != nil {
		e.gen = c.gen
	}
	c.mu.Unlock()
	if e == nil {
		return nil, nil, false
	}
	return moveSrc(e.lines, base), moveProblems(e.problems, base), true
}

func (c *Cache) store(key string, lines []Line, problems []Problem, base int) {
	e := &cached{lines: moveSrc(lines, -base), problems: moveProblems(problems, -base)}
	c.mu.Lock()
	if c.entries == nil {
		c.entries = map[string]*cached{}
	}
	e.gen = c.gen
	c.entries[key] = e
	c.mu.Unlock()
}

// moveSrc returns deep copies of lines with every known Src moved by d.
func moveSrc(lines []Line, d int) []Line {
	out := make([]Line, len(lines))
	for i, l := range lines {
		l = l.clone()
		for j := range l.Runs {
			for k := range l.Runs[j].Glyphs {
				if g := &l.Runs[j].Glyphs[k]; g.Src >= 0 {
					g.Src += int32(d)
				}
			}
		}
		out[i] = l
	}
	return out
}

func moveProblems(ps []Problem, d int) []Problem {
	out := make([]Problem, len(ps))
	for i, p := range ps {
		if p.Src >= 0 {
			p.Src += d
		}
		out[i] = p
	}
	return out
}
