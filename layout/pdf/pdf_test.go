package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// anyName serves the embedded Serif TC under whatever name it is asked for.
type anyName struct{ lib *fonts.Library }

func (a anyName) GlyphID(_ string, r rune) (uint16, bool) {
	return a.lib.GlyphID(fonts.SerifTC, r)
}

func (a anyName) SubsetGlyphs(_ string, chars []fonts.CharGlyph) ([]byte, error) {
	return a.lib.SubsetGlyphs(fonts.SerifTC, chars)
}

func TestNameChars(t *testing.T) {
	for in, want := range map[string]string{
		"NotoSerifTC-Regular":           "NotoSerifTC-Regular",
		"ukai-0-c11d421e":               "ukai-0-c11d421e",
		"kai (1)-3fa2c09b":              "kai--1--3fa2c09b",
		"a/b#c%d<e>[f]{g}h\x00i\u00e9j": "a-b-c-d-e--f--g-h-i-j",
		"楷體-3fa2c09b":                   "---3fa2c09b",
	} {
		if got := nameChars(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

// A user's font is named for its file, and a file's name may hold what a
// PDF name cannot (spaces, parentheses, #, Chinese): the document is
// written all the same, each face under a name of its own.
func TestWriteFaceNames(t *testing.T) {
	faces := []string{"kai (1)-3fa2c09b", "kai(1)#41-3fa2c09b", "楷體-3fa2c09b", "宋體-3fa2c09b", "NotoSerifTC-Regular"}
	doc := &layout.Document{Paper: layout.A5, Pages: []layout.Page{{Number: 1}}}
	for i, face := range faces {
		y := layout.Pt(72 + 20*float64(i))
		doc.Pages[0].Lines = append(doc.Pages[0].Lines, layout.Line{Y: y, Runs: []layout.Run{{
			Face: face, Size: layout.Pt(12),
			Glyphs: []layout.Glyph{{Text: "國", X: layout.Pt(72), Advance: layout.Pt(12)}, {Text: "家", X: layout.Pt(84), Advance: layout.Pt(12)}},
		}}})
	}
	var out bytes.Buffer
	if err := Write(&out, doc, anyName{fonts.NewLibrary()}, nil, Info{}); err != nil {
		t.Fatal(err)
	}
	x, err := readXref(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	objs, err := readObjects(out.Bytes(), x)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for i := range objs {
		if n, ok := objs[i].value.get("FontName"); ok {
			names[n.name] = true
		}
	}
	if len(names) != len(faces) {
		t.Errorf("%d faces embedded under %d names: %v", len(faces), len(names), names)
	}
	path := filepath.Join(t.TempDir(), "faces.pdf")
	os.WriteFile(path, out.Bytes(), 0o644)
	qpdfCheck(t, path)
}
