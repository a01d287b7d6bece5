package fonts

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// collection packs single-face fonts into a .ttc, each face with its own
// copy of its tables.
func collection(faces ...[]byte) []byte {
	head := 12 + 4*len(faces)
	out := make([]byte, head)
	copy(out, "ttcf")
	binary.BigEndian.PutUint32(out[4:], 0x00010000)
	binary.BigEndian.PutUint32(out[8:], uint32(len(faces)))
	for i, f := range faces {
		at := len(out)
		binary.BigEndian.PutUint32(out[12+4*i:], uint32(at))
		n := int(binary.BigEndian.Uint16(f[4:]))
		face := append([]byte(nil), f...)
		for k := 0; k < n; k++ { // table offsets become offsets in the collection
			rec := face[12+16*k:]
			binary.BigEndian.PutUint32(rec[8:], binary.BigEndian.Uint32(rec[8:])+uint32(at))
		}
		out = append(out, face...)
	}
	return out
}

func smallFace(t testing.TB, name string) []byte {
	t.Helper()
	f, err := NewLibrary().Face(name)
	if err != nil {
		t.Fatal(err)
	}
	data, err := f.Subset([]rune("方正小標宋仿宋體"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func write(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// One face of a collection is extracted and embeddable; asking for a face
// it does not have is an error.
func TestLoadFileCollection(t *testing.T) {
	serif, sans := smallFace(t, SerifTC), smallFace(t, SansBoldTC)
	path := write(t, "office.ttc", collection(serif, sans))
	name, data, err := LoadFile(path, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(name, "office-1-") || len(name) != len("office-1-")+8 {
		t.Errorf("name %q, want office-1- and a digest", name)
	}
	// Another face under the same file name is another face.
	other, _, err := LoadFile(write(t, "office.ttc", collection(sans, serif)), 1)
	if err != nil || other == name {
		t.Errorf("a different face of the same file name is named %q too (%v)", other, err)
	}
	f, err := Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Parse("sans", sans)
	for _, r := range "方正小標宋" {
		a, _ := f.Advance(r)
		b, _ := want.Advance(r)
		if a != b || !f.Has(r) {
			t.Fatalf("%q: extracted face differs from face 1", r)
		}
	}
	if _, _, err := LoadFile(path, 2); err == nil {
		t.Fatal("face 2 of a two-face collection loaded")
	}
	if _, _, err := LoadFile(write(t, "x.ttf", serif), 0); err != nil {
		t.Fatal(err)
	}
}

// A CFF font and a font whose licence forbids embedding are refused with
// a message that says why.
func TestLoadFileRefusals(t *testing.T) {
	otf := make([]byte, 64)
	copy(otf, "OTTO")
	if _, _, err := LoadFile(write(t, "kai.otf", otf), 0); !errors.Is(err, ErrNotTrueType) {
		t.Fatalf("CFF font: %v", err)
	}
	for _, fs := range []uint16{0x0002, 0x0100, 0x0200} {
		data := smallFace(t, SerifTC)
		tables, _ := readTables(data)
		os2 := tables["OS/2"]
		binary.BigEndian.PutUint16(os2[8:], fs) // tables share data's bytes
		_, _, err := LoadFile(write(t, "locked.ttf", data), 0)
		if !errors.Is(err, ErrNoEmbedding) {
			t.Fatalf("fsType %#x: %v", fs, err)
		}
	}
	data := smallFace(t, SerifTC)
	tables, _ := readTables(data)
	binary.BigEndian.PutUint16(tables["OS/2"][8:], 0x0006) // restricted, but preview & print allowed
	if _, _, err := LoadFile(write(t, "print.ttf", data), 0); err != nil {
		t.Fatalf("preview & print font refused: %v", err)
	}
}

func TestParseSpec(t *testing.T) {
	for spec, want := range map[string][2]any{
		"simsun.ttc:1": {"simsun.ttc", 1}, "msjh.ttf": {"msjh.ttf", 0}, `C:\Fonts\kaiu.ttf`: {`C:\Fonts\kaiu.ttf`, 0},
	} {
		p, i, err := ParseSpec(spec)
		if err != nil || p != want[0] || i != want[1] {
			t.Errorf("%s: %q %d %v", spec, p, i, err)
		}
	}
}
