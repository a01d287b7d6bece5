package fonts

import "testing"

// Emptying a subset's outlines keeps its glyph IDs and advances.
func TestWithoutOutlines(t *testing.T) {
	lib := NewLibrary()
	runes := []rune("國家稅務總局 Paiban，")
	sub, err := lib.Subset(SerifTC, runes)
	if err != nil {
		t.Fatal(err)
	}
	empty, err := WithoutOutlines(sub)
	if err != nil {
		t.Fatal(err)
	}
	if len(empty) >= len(sub)/2 {
		t.Errorf("%d bytes left of %d", len(empty), len(sub))
	}
	full, err := Parse("full", sub)
	if err != nil {
		t.Fatal(err)
	}
	stub, err := Parse("stub", empty)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range runes {
		g1, ok1 := full.Glyph(r)
		g2, ok2 := stub.Glyph(r)
		a1, _ := full.Advance(r)
		a2, _ := stub.Advance(r)
		if !ok1 || !ok2 || g1 != g2 || a1 != a2 {
			t.Errorf("%c: glyph %d/%d advance %d/%d", r, g1, g2, a1, a2)
		}
	}
	if o, _ := stub.Outline('國'); len(o.Segments) != 0 {
		t.Errorf("outline left: %d segments", len(o.Segments))
	}
	if o, ok := full.Outline('國'); !ok || len(o.Segments) == 0 {
		t.Error("the subset itself has no outline")
	}
	if _, err := WithoutOutlines([]byte("junk")); err == nil {
		t.Error("junk accepted")
	}
}

// ForPDF keeps the tables a PDF reader uses and drops the rest.
func TestForPDF(t *testing.T) {
	sub, err := NewLibrary().Subset(SerifTC, []rune("國家"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := ForPDF(sub)
	if err != nil {
		t.Fatal(err)
	}
	tables, err := readTables(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range []string{"head", "hhea", "hmtx", "loca", "glyf", "maxp"} {
		if tables[tag] == nil {
			t.Errorf("%s dropped", tag)
		}
	}
	for _, tag := range []string{"cmap", "name", "post", "OS/2"} {
		if tables[tag] != nil {
			t.Errorf("%s kept", tag)
		}
	}
	if _, err := ForPDF([]byte("junk")); err == nil {
		t.Error("junk accepted")
	}
}

// Every font file the package writes sums to 0xB1B0AFBA, as OpenType asks.
func TestSealedFonts(t *testing.T) {
	sub, err := NewLibrary().Subset(SerifTC, []rune("國家"))
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := ForPDF(sub)
	empty, _ := WithoutOutlines(sub)
	for name, f := range map[string][]byte{"subset": sub, "for PDF": pdf, "without outlines": empty} {
		if s := checksum(f); s != 0xB1B0AFBA {
			t.Errorf("%s sums to %#x", name, s)
		}
	}
}
