package fonts

import (
	"fmt"
	"sync"
)

// Library hands out parsed faces by name, parsing each on first use. The
// zero value is not usable; make one with NewLibrary.
//
// A Library is safe for concurrent use.
type Library struct {
	mu    sync.Mutex
	faces map[string]*faceSlot
}

type faceSlot struct {
	once sync.Once
	data []byte
	face *Face
	err  error
}

// NewLibrary returns a library of the embedded faces.
func NewLibrary() *Library {
	l := &Library{faces: map[string]*faceSlot{}}
	for _, n := range []string{SerifTC, SerifSC, SansBoldTC, SansBoldSC, SansTC, SansSC} {
		l.faces[n] = &faceSlot{data: embeddedData(n)}
	}
	return l
}

// Add registers a face under name from a font file's bytes, replacing any
// face of that name. It is parsed on first use.
func (l *Library) Add(name string, data []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.faces[name] = &faceSlot{data: data}
}

// Has reports whether the library holds a face of that name.
func (l *Library) Has(name string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.faces[name] != nil
}

// Face returns the named face, parsing it if this is its first use.
func (l *Library) Face(name string) (*Face, error) {
	l.mu.Lock()
	s := l.faces[name]
	l.mu.Unlock()
	if s == nil {
		return nil, fmt.Errorf("font %q is not in the library", name)
	}
	s.once.Do(func() { s.face, s.err = Parse(name, s.data) })
	return s.face, s.err
}

// GlyphID returns the glyph ID that the named face prints r with; ok is
// false when the face is not in the library or lacks r.
func (l *Library) GlyphID(name string, r rune) (uint16, bool) {
	f, err := l.Face(name)
	if err != nil {
		return 0, false
	}
	return f.Glyph(r)
}

// Subset returns the named face cut down to the glyphs of runes, for
// embedding in a PDF (see Face.Subset).
func (l *Library) Subset(name string, runes []rune) ([]byte, error) {
	f, err := l.Face(name)
	if err != nil {
		return nil, err
	}
	return f.Subset(runes)
}

// SubsetGlyphs returns the named face cut down to the glyphs of chars,
// each character mapped to its glyph, for embedding in a PDF (see
// Face.SubsetGlyphs).
func (l *Library) SubsetGlyphs(name string, chars []CharGlyph) ([]byte, error) {
	f, err := l.Face(name)
	if err != nil {
		return nil, err
	}
	return f.SubsetGlyphs(chars)
}

// Data returns the named face's file bytes, for a user interface that
// loads the font itself.
func (l *Library) Data(name string) ([]byte, error) {
	f, err := l.Face(name)
	if err != nil {
		return nil, err
	}
	return f.Data(), nil
}
