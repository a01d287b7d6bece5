package fonts

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxFontFile is the largest font file Paiban reads: 64 MB. The largest
// CJK fonts are about 30 MB; a larger file is refused before it is read,
// so that a wrong path or a hostile file cannot fill the memory.
const MaxFontFile = 64 << 20

// ErrNotRegular is returned (wrapped with the path) for a font path that
// names a device, pipe, socket or folder — after following symbolic links
// — rather than a file. Such a path is refused without reading from it,
// and opening it never waits for a writer.
var ErrNotRegular = errors.New("not a regular file (a device, pipe or folder cannot be a font)")

// TooLargeError is returned for a font file larger than MaxFontFile.
type TooLargeError struct {
	Path string // the file, as given
	Size int64  // its size in bytes
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: the font is %.1f MB; the largest accepted is %d MB",
		e.Path, float64(e.Size)/(1<<20), MaxFontFile>>20)
}

// openFont opens a font file for reading, refusing what is not a regular
// file or is larger than MaxFontFile. The path is checked before it is
// opened, and the opened file again (the path may have changed between);
// on Unix it is opened non-blocking, so that a path that became a pipe in
// between does not wait for a writer either. It returns the file's size.
func openFont(path string) (*os.File, int64, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, 0, fmt.Errorf("font: %w", err)
	}
	if err := checkFontFile(path, st); err != nil {
		return nil, 0, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonBlocking, 0)
	if err != nil {
		return nil, 0, fmt.Errorf("font: %w", err)
	}
	if st, err = f.Stat(); err != nil {
		err = fmt.Errorf("font: %w", err)
	} else {
		err = checkFontFile(path, st)
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, st.Size(), nil
}

// checkFontFile refuses what is not a regular file or is too large.
func checkFontFile(path string, st fs.FileInfo) error {
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s: %w", path, ErrNotRegular)
	}
	if st.Size() > MaxFontFile {
		return &TooLargeError{Path: path, Size: st.Size()}
	}
	return nil
}

// readFontFile reads a whole font file (see openFont). A file that grows
// past MaxFontFile while it is read is refused too: no more than
// MaxFontFile+1 bytes are ever read.
func readFontFile(path string) ([]byte, error) {
	f, size, err := openFont(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead) // room to see the end without growing
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxFontFile+1)); err != nil {
		return nil, fmt.Errorf("font: %w", err)
	}
	if buf.Len() > MaxFontFile {
		size = int64(buf.Len())
		if st, err := f.Stat(); err == nil {
			size = max(size, st.Size())
		}
		return nil, &TooLargeError{Path: path, Size: size}
	}
	return buf.Bytes(), nil
}
