package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/userfile"
)

// FigureFolder is the folder beside an article that inserted pictures are
// copied into.
const FigureFolder = "images"

// CopyFigure copies the picture file src into the FigureFolder beside an
// article in dir, so that the article and its pictures travel together,
// and returns the path the article names it by ("images/photo.png",
// always with forward slashes). The picture must be one the export can
// print: a PNG or JPEG within the limits MaxImageFile, MaxImageSide and
// MaxImageDecoded. A file of that name already in the folder is reused
// when it holds the same bytes and kept when it does not: the copy then
// gets a name of its own ("photo-2.png"). The copy is written atomically.
func CopyFigure(dir, src string) (string, error) {
	f, in, err := Figures{}.open(src)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", fmt.Errorf("reading %s: %w", src, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxImageFile+1))
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", src, err)
	}
	if in.size != int64(len(data)) {
		return "", fmt.Errorf("reading %s: the file changed while it was read", src)
	}
	folder := filepath.Join(dir, FigureFolder)
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return "", fmt.Errorf("making the folder for pictures: %w", err)
	}
	base, ext := figureName(filepath.Base(src), in.format)
	for i := 1; i < 1000; i++ {
		name := base + ext
		if i > 1 {
			name = base + "-" + strconv.Itoa(i) + ext
		}
		dst := filepath.Join(folder, name)
		switch holds, err := Holds(dst, data); {
		case err == nil && holds:
			return path.Join(FigureFolder, name), nil
		case err == nil:
			continue
		case !errors.Is(err, os.ErrNotExist):
			continue // a folder or an unreadable file of that name: leave it be
		}
		if err := atomicfile.WriteFile(dst, data, 0o644); err != nil {
			return "", err
		}
		return path.Join(FigureFolder, name), nil
	}
	return "", fmt.Errorf("%s: no free name for %s", folder, base+ext)
}

// Holds reports whether the file at path holds exactly data. It opens
// only a regular file, without blocking (userfile.Open), and reads no more
// than len(data) bytes of it: a larger file is not read at all. The error
// is os.ErrNotExist's when there is no file.
func Holds(path string, data []byte) (bool, error) {
	f, size, err := userfile.Open(path, "image file", int64(len(data)))
	var tooLarge *userfile.TooLargeError
	switch {
	case errors.As(err, &tooLarge):
		return false, nil
	case err != nil:
		return false, err
	}
	defer f.Close()
	if size != int64(len(data)) {
		return false, nil
	}
	old, err := io.ReadAll(io.LimitReader(f, size))
	if err != nil {
		return false, err
	}
	return bytes.Equal(old, data), nil
}

// figureName makes a file name for a copied picture that Markdown and
// every system take as it is: the original's name with white space,
// brackets and the characters Windows forbids replaced by "-", and the
// extension of its format.
func figureName(name, format string) (base, ext string) {
	base = strings.TrimSuffix(name, filepath.Ext(name))
	base = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune(`\/:*?"<>|()[]#%`, r) {
			return '-'
		}
		return r
	}, base)
	base = strings.Trim(base, "-. ")
	if base == "" {
		base = "picture"
	}
	ext = ".png"
	if format == "JPEG" {
		ext = ".jpg"
	}
	return base, ext
}
