package fonts

import "testing"

// A role's face prints the characters it has; the rest, and text of other
// roles, fall back to the chain.
func TestChainRoles(t *testing.T) {
	lib := NewLibrary()
	small, err := lib.Subset(SansBoldTC, []rune("引文"))
	if err != nil {
		t.Fatal(err)
	}
	lib.Add("QuoteFace", small)
	c := NewChain(lib, Traditional).WithRole("quote", "QuoteFace").WithFaces("", "")
	cases := []struct {
		r    rune
		bold bool
		role string
		want string
	}{
		{'引', false, "quote", "QuoteFace"},
		{'引', true, "quote", "QuoteFace"},
		{'國', false, "quote", SerifTC}, // not in the role's face
		{'國', true, "quote", SansBoldTC},
		{'引', false, "h3", SerifTC}, // a role with no face of its own
		{'引', false, "", SerifTC},
	}
	for _, k := range cases {
		face, adv, ok := c.RoleGlyph(k.r, k.bold, k.role)
		if !ok || face != k.want || adv <= 0 {
			t.Errorf("%c bold=%v role %q: %s %d %v, want %s", k.r, k.bold, k.role, face, adv, ok, k.want)
		}
	}
	// WithRole leaves the chain it came from alone; an empty face adds nothing.
	plain := NewChain(lib, Traditional)
	_ = plain.WithRole("quote", "QuoteFace")
	if face, _, _ := plain.RoleGlyph('引', false, "quote"); face != SerifTC {
		t.Errorf("the original chain took the role's face: %s", face)
	}
	if face, _, _ := plain.WithRole("quote", "").RoleGlyph('引', false, "quote"); face != SerifTC {
		t.Errorf("an empty role face was used: %s", face)
	}
}
