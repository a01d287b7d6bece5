package fonts

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Region picks the regional glyph shapes of the faces in a chain.
type Region uint8

// The regions; the zero value is Traditional.
const (
	Traditional Region = iota // TC faces first: Taiwan, Hong Kong, Macau
	Simplified                // SC faces first: Mainland, Singapore
)

// Chain finds, for each character, the first face in a fixed order that
// has it: the regional face first, then the other region's, so that a
// Simplified character in a Traditional article is still printed.
//
// Regular text and bold text (titles, headings, strong emphasis) have
// chains of their own. A Chain is safe for concurrent use.
type Chain struct {
	lib     *Library
	regular []string
	bold    []string
	// roles maps a role of text (see layout.RoleGlyph) to the face tried
	// first for it.
	roles map[string]string

	mu        sync.Mutex
	cache     map[chainKey]chainHit
	roleCache map[roleKey]chainHit
}

type chainKey struct {
	r    rune
	bold bool
}

// roleKey keys the cache of RoleGlyph, apart from Glyph's so that the
// common lookup hashes no string.
type roleKey struct {
	r    rune
	role string
}

type chainHit struct {
	face    string
	advance int32
	ok      bool
}

// NewChain returns the embedded faces' fallback chain for a region.
func NewChain(lib *Library, region Region) *Chain {
	c := &Chain{lib: lib, cache: map[chainKey]chainHit{}}
	if region == Simplified {
		c.regular = []string{SerifSC, SerifTC, SansBoldSC}
		c.bold = []string{SansBoldSC, SansBoldTC, SerifSC, SerifTC}
	} else {
		c.regular = []string{SerifTC, SerifSC, SansBoldTC}
		c.bold = []string{SansBoldTC, SansBoldSC, SerifTC, SerifSC}
	}
	return c
}

// WithFaces returns a chain that tries regular and bold (names of faces in
// the library, such as the user's own fonts; "" for none) before this
// chain's faces.
func (c *Chain) WithFaces(regular, bold string) *Chain {
	n := &Chain{lib: c.lib, cache: map[chainKey]chainHit{}, roles: c.roles}
	if regular != "" {
		n.regular = append(n.regular, regular)
	}
	if bold != "" {
		n.bold = append(n.bold, bold)
	}
	n.regular = append(n.regular, c.regular...)
	n.bold = append(n.bold, c.bold...)
	return n
}

// WithRole returns a chain that prints text of role (such as "quote" or a
// heading level's role) in face when face has the character, and as this
// chain would otherwise. An empty face leaves the role as it is.
func (c *Chain) WithRole(role, face string) *Chain {
	n := &Chain{lib: c.lib, cache: map[chainKey]chainHit{}, regular: c.regular, bold: c.bold,
		roles: make(map[string]string, len(c.roles)+1)}
	for k, v := range c.roles {
		n.roles[k] = v
	}
	if face != "" {
		n.roles[role] = face
	}
	return n
}

// Identity names everything about the chain that decides how a line is
// set: its faces in order, regular and bold, and the face of each role.
// Face names name content (the embedded faces are fixed, and LoadFile
// names a user's face by a digest of it), so equal identities set every
// line alike; layout.Cache keys on it.
func (c *Chain) Identity() string {
	var b strings.Builder
	b.WriteString(strings.Join(c.regular, ","))
	b.WriteByte('|')
	b.WriteString(strings.Join(c.bold, ","))
	roles := make([]string, 0, len(c.roles))
	for r := range c.roles {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, r := range roles {
		b.WriteString("|" + r + "=" + c.roles[r])
	}
	return b.String()
}

// RoleGlyph is Glyph for text of a role: the role's face when it has r,
// else the face Glyph gives.
func (c *Chain) RoleGlyph(r rune, bold bool, role string) (face string, advance int32, ok bool) {
	name := c.roles[role]
	if name == "" {
		return c.Glyph(r, bold)
	}
	k := roleKey{r, role}
	c.mu.Lock()
	h, seen := c.roleCache[k]
	c.mu.Unlock()
	if !seen {
		if f, err := c.lib.Face(name); err == nil {
			if adv, has := f.Advance(r); has {
				h = chainHit{name, adv, true}
			}
		}
		c.mu.Lock()
		if c.roleCache == nil {
			c.roleCache = map[roleKey]chainHit{}
		}
		c.roleCache[k] = h
		c.mu.Unlock()
	}
	if h.ok {
		return h.face, h.advance, true
	}
	return c.Glyph(r, bold)
}

// Glyph returns the face that prints r, regular or bold, and r's advance in
// thousandths of an em; ok is false when no face in the chain has r.
// A face that fails to parse is skipped (embedded faces always parse).
func (c *Chain) Glyph(r rune, bold bool) (face string, advance int32, ok bool) {
	k := chainKey{r, bold}
	c.mu.Lock()
	h, seen := c.cache[k]
	c.mu.Unlock()
	if seen {
		return h.face, h.advance, h.ok
	}
	names := c.regular
	if bold {
		names = c.bold
	}
	for _, n := range names {
		f, err := c.lib.Face(n)
		if err != nil {
			continue
		}
		if adv, has := f.Advance(r); has {
			h = chainHit{n, adv, true}
			break
		}
	}
	c.mu.Lock()
	c.cache[k] = h
	c.mu.Unlock()
	return h.face, h.advance, h.ok
}

// GlyphID returns the glyph ID that face prints r with, for the layout to
// hand to the renderers (layout.Glyph.ID).
func (c *Chain) GlyphID(face string, r rune) (uint16, bool) {
	return c.lib.GlyphID(face, r)
}

// Metrics returns the typographic ascent and descent, in thousandths of an
// em, of the first face of the regular or bold chain.
func (c *Chain) Metrics(bold bool) (ascent, descent int32, err error) {
	names := c.regular
	if bold {
		names = c.bold
	}
	f, err := c.lib.Face(names[0])
	if err != nil {
		return 0, 0, fmt.Errorf("metrics: %w", err)
	}
	return f.Ascent(), f.Descent(), nil
}
