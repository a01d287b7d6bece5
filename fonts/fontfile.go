package fonts

import (
	"os"

	"github.com/paiban/paiban/internal/userfile"
)

// MaxFontFile is the largest font file Paiban reads: 64 MB. The largest
// CJK fonts are about 30 MB; a larger file is refused before it is read,
// so that a wrong path or a hostile file cannot fill the memory.
const MaxFontFile = 64 << 20

// openFont opens a font file for reading, refusing what is not a regular
// file (*userfile.NotRegularError: a device, pipe or folder, refused
// without waiting on it) or is larger than MaxFontFile
// (*userfile.TooLargeError). It returns the file's size.
func openFont(path string) (*os.File, int64, error) {
	return userfile.Open(path, "font", MaxFontFile)
}

// readFontFile reads a whole font file, as openFont allows it; no more
// than MaxFontFile+1 bytes are ever read.
func readFontFile(path string) ([]byte, error) {
	return userfile.Read(path, "font", MaxFontFile)
}
