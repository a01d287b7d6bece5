package layout

// faceTable numbers the faces a layout prints with, so that each character
// on its way to the page (pglyph) holds a small number instead of the
// face's name. One table serves a whole layout; it is not safe for
// concurrent use, as a layout runs on one goroutine.
type faceTable struct {
	names []string
	ids   map[string]faceID
	gids  map[gidKey]uint16 // glyph IDs asked of the fonts (GlyphIDs)
}

type gidKey struct {
	face faceID
	r    rune
}

// gid returns the glyph face prints r with, asking ids once.
func (t *faceTable) gid(face faceID, r rune, ids GlyphIDs) uint16 {
	k := gidKey{face, r}
	g, ok := t.gids[k]
	if !ok {
		g, _ = ids.GlyphID(t.names[face], r)
		if t.gids == nil {
			t.gids = map[gidKey]uint16{}
		}
		t.gids[k] = g
	}
	return g
}

// faceID is a face's number in a faceTable.
type faceID uint16

func newFaceTable() *faceTable {
	return &faceTable{ids: map[string]faceID{}}
}

// id returns the number of the face called name, numbering it if new.
func (t *faceTable) id(name string) faceID {
	if n := len(t.names); n > 0 && t.names[n-1] == name {
		return faceID(n - 1) // runs of one face are the rule
	}
	id, ok := t.ids[name]
	if !ok {
		id = faceID(len(t.names))
		t.names = append(t.names, name)
		t.ids[name] = id
	}
	return id
}

// name returns the name of face id.
func (t *faceTable) name(id faceID) string { return t.names[id] }
