package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Installed is a TrueType face found among the system's fonts, for a user
// to pick by name.
type Installed struct {
	// Spec is the face for ParseSpec and LoadFile: "PATH", or "PATH:INDEX"
	// for a face of a collection.
	Spec string
	// Name is the face's full name, in Chinese where the font gives one
	// (標楷體 rather than DFKai-SB), else in English.
	Name string
	// Names are all the face's full and family names, in every language
	// the font gives, Name first (the file's name when it gives none): for
	// searching.
	Names []string
	// Chinese is set for a face that covers Chinese: its OS/2 table names
	// the GB 2312 or Big5 code page, or the CJK ideographs.
	Chinese bool
	// Embeddable is false for a face whose licence bits forbid embedding a
	// subset; LoadFile refuses it.
	Embeddable bool
}

// ListInstalled finds the TrueType faces (.ttf, and every TrueType face of
// a .ttc) in dirs and the folders below them, Chinese faces first, each
// group sorted by name. Faces with CFF outlines are left out: PDF export
// cannot embed them. Only the fonts' headers are read, not their glyphs.
func ListInstalled(dirs []string) []Installed {
	var out []Installed
	eachFile(dirs, func(path string) {
		switch strings.ToLower(filepath.Ext(path)) {
		case ".ttf", ".ttc", ".otf":
			faces, _ := describeFile(path) // what cannot be read is not listed
			out = append(out, faces...)
		}
	})
	slices.SortStableFunc(out, func(a, b Installed) int {
		if a.Chinese != b.Chinese {
			if a.Chinese {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}

// Describe reads the header of the face a spec ("PATH" or "PATH:INDEX")
// names. A path that is not a regular file, or a file larger than
// MaxFontFile, is refused as LoadFile refuses it.
func Describe(spec string) (Installed, error) {
	path, index, err := ParseSpec(spec)
	if err != nil {
		return Installed{}, err
	}
	faces, err := describeFile(path)
	if err != nil {
		return Installed{}, err
	}
	for _, f := range faces {
		if p, i, _ := ParseSpec(f.Spec); p == path && i == index {
			return f, nil
		}
	}
	return Installed{}, fmt.Errorf("font %s: no TrueType face %d", path, index)
}

// describeFile describes the TrueType faces of one font file. The error
// is openFont's: a file that opens but is not a font gives no faces.
func describeFile(path string) ([]Installed, error) {
	f, size, err := openFont(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var head [12]byte
	if _, err := f.ReadAt(head[:], 0); err != nil {
		return nil, nil
	}
	offsets := []int64{0}
	if string(head[:4]) == "ttcf" {
		n := binary.BigEndian.Uint32(head[8:])
		if n == 0 || n > 256 {
			return nil, nil
		}
		buf := make([]byte, 4*n)
		if _, err := f.ReadAt(buf, 12); err != nil {
			return nil, nil
		}
		offsets = offsets[:0]
		for i := range n {
			offsets = append(offsets, int64(binary.BigEndian.Uint32(buf[4*i:])))
		}
	}
	var out []Installed
	for i, off := range offsets {
		in, err := describeFace(io.NewSectionReader(f, 0, size), off)
		if err != nil {
			continue
		}
		in.Spec = path
		if len(offsets) > 1 || string(head[:4]) == "ttcf" {
			in.Spec += ":" + strconv.Itoa(i)
		}
		if in.Name == "" {
			in.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			in.Names = []string{in.Name}
		}
		out = append(out, in)
	}
	return out, nil
}

var errNotTrueTypeFace = errors.New("not a TrueType face")

// describeFace reads the name and OS/2 tables of the face whose table
// directory is at off in r. Every length read is checked against r's size
// before anything is allocated.
func describeFace(r *io.SectionReader, off int64) (Installed, error) {
	var dir [12]byte
	if _, err := r.ReadAt(dir[:], off); err != nil {
		return Installed{}, err
	}
	if v := binary.BigEndian.Uint32(dir[:]); v != 0x00010000 && string(dir[:4]) != "true" {
		return Installed{}, errNotTrueTypeFace // CFF ("OTTO") or not a font
	}
	n := int(binary.BigEndian.Uint16(dir[4:]))
	if off+12+16*int64(n) > r.Size() {
		return Installed{}, errors.New("truncated table directory")
	}
	recs := make([]byte, 16*n)
	if _, err := r.ReadAt(recs, off+12); err != nil {
		return Installed{}, err
	}
	// record is the directory entry of a table, nil if there is none.
	record := func(tag string) []byte {
		for i := range n {
			if rec := recs[16*i : 16*i+16]; string(rec[:4]) == tag {
				return rec
			}
		}
		return nil
	}
	table := func(tag string, limit int) []byte {
		rec := record(tag)
		if rec == nil {
			return nil
		}
		at, ln := int64(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if ln > limit || at+int64(ln) > r.Size() {
			return nil
		}
		buf := make([]byte, ln)
		if _, err := r.ReadAt(buf, at); err != nil {
			return nil
		}
		return buf
	}
	if record("glyf") == nil {
		return Installed{}, errNotTrueTypeFace
	}
	in := Installed{Embeddable: true}
	if os2 := table("OS/2", 1<<12); len(os2) >= 86 {
		fsType := binary.BigEndian.Uint16(os2[8:])
		in.Embeddable = embeddableType(fsType) == nil
		unicode2 := binary.BigEndian.Uint32(os2[46:]) // ulUnicodeRange2: bit 59 (CJK ideographs) is its bit 27
		codePages := binary.BigEndian.Uint32(os2[78:])
		// The code pages say it best; the Unicode range only where a font
		// names no code page (some Latin fonts claim the ideographs range).
		in.Chinese = codePages&(1<<18|1<<20) != 0 || codePages == 0 && unicode2&(1<<27) != 0
	}
	in.Names = faceNames(table("name", 1<<20))
	if len(in.Names) > 0 {
		in.Name = in.Names[0]
	}
	return in, nil
}

// faceNames lists the full names (name ID 4) and family names (ID 1) of a
// name table, best first: Traditional Chinese, then Simplified, Hong Kong,
// English, others; within a language the full name first.
func faceNames(name []byte) []string {
	if len(name) < 6 {
		return nil
	}
	count := int(binary.BigEndian.Uint16(name[2:]))
	strs := int(binary.BigEndian.Uint16(name[4:]))
	langRank := map[uint16]int{0x0404: 0, 0x0804: 1, 0x0C04: 2, 0x1404: 3, 0x1004: 4, 0x0409: 5}
	type ranked struct {
		s    string
		rank int
	}
	var found []ranked
	for i := range count {
		rec := name[6+12*i:]
		if len(rec) < 12 {
			break
		}
		platform, lang, id := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[4:]), binary.BigEndian.Uint16(rec[6:])
		ln, at := int(binary.BigEndian.Uint16(rec[8:])), strs+int(binary.BigEndian.Uint16(rec[10:]))
		if platform != 3 || (id != 4 && id != 1) || at+ln > len(name) {
			continue
		}
		lr, ok := langRank[lang]
		if !ok {
			lr = 6
		}
		u := make([]uint16, ln/2)
		for j := range u {
			u[j] = binary.BigEndian.Uint16(name[at+2*j:])
		}
		if s := strings.TrimSpace(string(utf16.Decode(u))); s != "" {
			found = append(found, ranked{s, 2*lr + int(4-id)/3})
		}
	}
	slices.SortStableFunc(found, func(a, b ranked) int { return a.rank - b.rank })
	var out []string
	for _, f := range found {
		if !slices.Contains(out, f.s) {
			out = append(out, f.s)
		}
	}
	return out
}

// String describes the face for a list: its name, and why it cannot be used.
func (in Installed) String() string {
	if !in.Embeddable {
		return fmt.Sprintf("%s (its licence forbids embedding)", in.Name)
	}
	return in.Name
}
