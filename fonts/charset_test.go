package fonts

import "testing"

// The editor's regular faces hold every Chinese character of their cut
// (the source faces have them all), so that a common character of either
// writing never falls back to a system font's design.
func TestInterfaceFacesHoldTheirCharacters(t *testing.T) {
	lib := NewLibrary()
	for _, c := range []struct {
		name       string
		simplified bool
		hanzi      int
	}{{SansTC, false, 13053}, {SansSC, true, 6763}} {
		f, err := lib.Face(c.name)
		if err != nil {
			t.Fatal(err)
		}
		hanzi, missing := 0, []rune{}
		for _, r := range InterfaceCharacters(c.simplified) {
			if r < 0x4e00 || r > 0x9fff { // the unified ideographs

				continue
			}
			hanzi++
			if !f.Has(r) {
				missing = append(missing, r)
			}
		}
		if hanzi < c.hanzi {
			t.Errorf("%s: the cut has %d Chinese characters, want at least %d", c.name, hanzi, c.hanzi)
		}
		if len(missing) > 0 {
			t.Errorf("%s lacks %d of its %d Chinese characters: %q", c.name, len(missing), hanzi, string(missing[:min(40, len(missing))]))
		}
	}
}
