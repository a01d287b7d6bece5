package fonts

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// Errors that LoadFile wraps.
var (
	// ErrNoEmbedding is returned for a font whose licence bits (OS/2
	// fsType) forbid embedding it in a document, or embedding a subset.
	ErrNoEmbedding = errors.New("the font's licence does not allow embedding it in a PDF")
)

// OS/2 fsType bits (OpenType specification).
const (
	fsRestricted = 0x0002 // restricted licence embedding: none at all
	fsNoSubset   = 0x0100 // embedding only of the whole font
	fsBitmapOnly = 0x0200 // only bitmaps may be embedded
)

// ParseSpec splits a font argument "PATH" or "PATH:INDEX" (INDEX picks the
// face of a .ttc collection, from 0).
func ParseSpec(spec string) (path string, index int, err error) {
	if i := strings.LastIndexByte(spec, ':'); i > 0 && i < len(spec)-1 {
		if n, err := strconv.Atoi(spec[i+1:]); err == nil {
			if n < 0 {
				return "", 0, fmt.Errorf("font %s: face index must be 0 or more", spec)
			}
			return spec[:i], n, nil
		}
	}
	return spec, 0, nil
}

// LoadFile reads a font the user chose — a .ttf, or one face of a .ttc
// collection — and checks that it can be embedded: TrueType outlines, and
// licence bits that allow embedding a subset. It returns the face's bytes
// as a single-face font file and its name for the library: the file's
// base name, the face index for a collection, and a digest of the face's
// bytes (office-1-3fa2c09b), so that equal names mean equal faces.
//
// Only a regular file (symbolic links followed) of at most MaxFontFile
// bytes is read: anything else is refused with a *userfile.NotRegularError
// or a *userfile.TooLargeError before a byte is read.
func LoadFile(path string, index int) (name string, data []byte, err error) {
	raw, err := readFontFile(path)
	if err != nil {
		return "", nil, err
	}
	data, err = Extract(raw, index)
	if err != nil {
		return "", nil, fmt.Errorf("font %s: %w", path, err)
	}
	name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if index > 0 || string(raw[:4]) == "ttcf" {
		name += "-" + strconv.Itoa(index)
	}
	// The name ends with a digest of the face, so that it names the
	// content: two different files called kai.ttf are two faces, and a
	// layout cached for one face is never reused for another.
	sum := sha256.Sum256(data)
	name += "-" + hex.EncodeToString(sum[:4])
	f, err := parse(name, data)
	if err != nil {
		return "", nil, fmt.Errorf("font %s: %w", path, err)
	}
	if !f.IsTrueType() {
		return "", nil, fmt.Errorf("font %s: %w; PDF export needs TrueType outlines (a .ttf, or a .ttc of TrueType faces)", path, ErrNotTrueType)
	}
	if err := embeddable(data); err != nil {
		return "", nil, fmt.Errorf("font %s: %w", path, err)
	}
	return name, data, nil
}

// embeddable checks the OS/2 fsType licence bits.
func embeddable(data []byte) error {
	t, err := readTables(data)
	if err != nil {
		return err
	}
	os2 := t["OS/2"]
	if len(os2) < 10 {
		return nil // no OS/2 table: no restriction stated
	}
	return embeddableType(binary.BigEndian.Uint16(os2[8:]))
}

// embeddableType checks OS/2 fsType licence bits.
func embeddableType(fs uint16) error {
	switch {
	case fs&fsRestricted != 0 && fs&0x000C == 0:
		return fmt.Errorf("%w (fsType %#04x: restricted licence)", ErrNoEmbedding, fs)
	case fs&fsNoSubset != 0:
		return fmt.Errorf("%w as a subset (fsType %#04x: whole font only)", ErrNoEmbedding, fs)
	case fs&fsBitmapOnly != 0:
		return fmt.Errorf("%w as outlines (fsType %#04x: bitmaps only)", ErrNoEmbedding, fs)
	}
	return nil
}

// Extract returns face index of a font file as a single-face font: a
// .ttf or .otf as it is (index must be 0), or one face of a .ttc collection
// with its tables copied out.
func Extract(data []byte, index int) ([]byte, error) {
	if len(data) < 12 {
		return nil, ErrNotFont
	}
	switch string(data[:4]) {
	case "OTTO":
		return nil, ErrNotTrueType
	case "ttcf":
	default:
		if index != 0 {
			return nil, fmt.Errorf("face %d asked of a file with one face", index)
		}
		return data, nil
	}
	n := int64(binary.BigEndian.Uint32(data[8:]))
	if index < 0 || int64(index) >= n || 12+4*n > int64(len(data)) {
		return nil, fmt.Errorf("the collection has %d faces; face %d asked", n, index)
	}
	off := int(binary.BigEndian.Uint32(data[12+4*index:]))
	if off > len(data)-12 {
		return nil, errors.New("collection face out of range")
	}
	if string(data[off:off+4]) == "OTTO" {
		return nil, ErrNotTrueType
	}
	tables, err := tableDirectory(data, off)
	if err != nil {
		return nil, err
	}
	return writeFont(tables), nil
}
