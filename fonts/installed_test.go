package fonts

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// setOS2 rewrites a face's OS/2 table in place: its fsType, and whether
// it claims Chinese (the CJK ideographs range and the GB 2312 and Big5 code
// pages). A "latin" face keeps the ideographs range, as some math fonts
// do, but names only the Latin 1 code page.
func setOS2(t *testing.T, face []byte, fsType uint16, chinese bool) []byte {
	return setOS2Bits(t, face, fsType, chinese, false)
}

func setOS2Bits(t *testing.T, face []byte, fsType uint16, chinese, latin bool) []byte {
	t.Helper()
	face = append([]byte(nil), face...)
	n := int(binary.BigEndian.Uint16(face[4:]))
	for i := range n {
		rec := face[12+16*i:]
		if string(rec[:4]) != "OS/2" {
			continue
		}
		os2 := face[binary.BigEndian.Uint32(rec[8:]):]
		binary.BigEndian.PutUint16(os2[8:], fsType)
		u2, cp := binary.BigEndian.Uint32(os2[46:]), binary.BigEndian.Uint32(os2[78:])
		if chinese {
			u2, cp = u2|1<<27, cp|1<<18|1<<20
		} else {
			u2, cp = u2&^(1<<27), cp&^(1<<18|1<<20)
		}
		if latin {
			u2, cp = u2|1<<27, 1
		}
		binary.BigEndian.PutUint32(os2[46:], u2)
		binary.BigEndian.PutUint32(os2[78:], cp)
		return face // the table checksum is stale; nothing here reads it
	}
	t.Fatal("no OS/2 table")
	return nil
}

// ListInstalled finds TrueType faces below the folders, each face of a
// collection on its own, with its Chinese name, Chinese faces first; CFF
// fonts and files that are not fonts are left out.
func TestListInstalled(t *testing.T) {
	dir := t.TempDir()
	serif, sans := smallFace(t, SerifTC), smallFace(t, SansBoldTC)
	put := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	put("office.ttc", collection(serif, sans))
	put("sub/latin.ttf", setOS2(t, serif, 0, false))
	put("math.ttf", setOS2Bits(t, sans, 0, false, true))
	put("locked.TTF", setOS2(t, sans, fsRestricted, true))
	put("cff.otf", append([]byte("OTTO"), make([]byte, 60)...))
	put("broken.ttf", []byte("not a font"))
	put("notes.txt", serif)

	got := ListInstalled([]string{dir, filepath.Join(dir, "missing")})
	var lines []string
	for _, in := range got {
		lines = append(lines, strings.TrimPrefix(in.Spec, dir+string(filepath.Separator))+" "+in.String())
	}
	want := []string{
		"locked.TTF Noto Sans TC Bold (its licence forbids embedding)",
		"office.ttc:1 Noto Sans TC Bold",
		"office.ttc:0 Noto Serif TC Regular",
		"math.ttf Noto Sans TC Bold",
		"sub/latin.ttf Noto Serif TC Regular",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if len(got) == 5 && (!got[1].Chinese || got[3].Chinese || got[4].Chinese || got[0].Embeddable || !got[1].Embeddable) {
		t.Errorf("flags wrong: %+v", got)
	}
	// Each spec loads.
	for _, in := range got[1:] {
		path, index, _ := ParseSpec(in.Spec)
		if _, _, err := LoadFile(path, index); err != nil {
			t.Errorf("%s: %v", in.Spec, err)
		}
	}
}

// faceNames prefers a Traditional Chinese full name, then Simplified, then
// English; a full name before a family name.
func TestFaceName(t *testing.T) {
	type rec struct {
		lang, id uint16
		s        string
	}
	table := func(recs ...rec) []byte {
		var strs []byte
		head := make([]byte, 6+12*len(recs))
		binary.BigEndian.PutUint16(head[2:], uint16(len(recs)))
		binary.BigEndian.PutUint16(head[4:], uint16(len(head)))
		for i, r := range recs {
			e := head[6+12*i:]
			binary.BigEndian.PutUint16(e, 3)
			binary.BigEndian.PutUint16(e[2:], 1)
			binary.BigEndian.PutUint16(e[4:], r.lang)
			binary.BigEndian.PutUint16(e[6:], r.id)
			var u []byte
			for _, c := range utf16.Encode([]rune(r.s)) {
				u = binary.BigEndian.AppendUint16(u, c)
			}
			binary.BigEndian.PutUint16(e[8:], uint16(len(u)))
			binary.BigEndian.PutUint16(e[10:], uint16(len(strs)))
			strs = append(strs, u...)
		}
		return append(head, strs...)
	}
	cases := []struct {
		recs []rec
		want string
	}{
		{[]rec{{0x0409, 4, "DFKai-SB"}, {0x0404, 4, "標楷體"}, {0x0804, 4, "标楷体"}}, "標楷體"},
		{[]rec{{0x0409, 4, "KaiTi"}, {0x0804, 1, "楷体"}}, "楷体"},
		{[]rec{{0x0409, 1, "Family"}, {0x0409, 4, "Family Regular"}}, "Family Regular"},
		{[]rec{{0x0411, 4, "日本語"}}, "日本語"},
		{nil, ""},
	}
	for _, c := range cases {
		got := ""
		if names := faceNames(table(c.recs...)); len(names) > 0 {
			got = names[0]
		}
		if got != c.want {
			t.Errorf("%v: got %q, want %q", c.recs, got, c.want)
		}
	}
	if n := faceNames(table(rec{0x0409, 4, "DFKai-SB"}, rec{0x0404, 4, "標楷體"}, rec{0x0409, 1, "DFKai-SB"})); !slices.Equal(n, []string{"標楷體", "DFKai-SB"}) {
		t.Errorf("all names: %q", n)
	}
	if faceNames([]byte{0, 0, 0, 9, 0, 6}) != nil {
		t.Error("a name table cut short gave a name")
	}
}

// Describe names the face a spec points at, and refuses what is not a
// TrueType face.
func TestDescribe(t *testing.T) {
	serif, sans := smallFace(t, SerifTC), smallFace(t, SansBoldTC)
	ttc := write(t, "office.ttc", collection(serif, sans))
	ttf := write(t, "serif.ttf", serif)
	for spec, want := range map[string]string{ttc + ":1": "Noto Sans TC Bold", ttc: "Noto Serif TC Regular", ttf: "Noto Serif TC Regular"} {
		if f, err := Describe(spec); err != nil || f.Name != want {
			t.Errorf("%s: %q %v, want %q", spec, f.Name, err, want)
		}
	}
	for _, spec := range []string{ttc + ":2", ttf + ":1", write(t, "junk.ttf", []byte("junk")), "/no/such/font.ttf"} {
		if _, err := Describe(spec); err == nil {
			t.Errorf("%s: no error", spec)
		}
	}
}
