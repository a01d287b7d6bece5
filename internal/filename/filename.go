// Package filename makes the file names the editor suggests in its Save As
// and Export PDF dialogs from an article's title: names that Windows,
// macOS and Linux all accept as they are.
//
// It depends only on the standard library and must not import any UI
// package.
package filename

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxBytes bounds a suggested name, extension included: 255 bytes of
// UTF-8 is the limit of ext4 and most Linux file systems, and it is never
// more than NTFS's 255 UTF-16 units (a character takes at least as many
// bytes in UTF-8 as units in UTF-16). A Chinese title keeps 80 characters.
const MaxBytes = 255

// MaxPath is the length, in UTF-16 units, that a whole path stays under
// when the folder leaves room for it: Windows' MAX_PATH of 260 less the
// terminating NUL. Programs that do not opt into long paths — many that
// a colleague may open the PDF with — fail on longer ones.
const MaxPath = 259

// minRunes is how much of the title a long folder may leave: a name is
// never cut shorter than this to keep a path within MaxPath.
const minRunes = 12

// fullWidth maps each character Windows forbids in a name to the
// full-width form that reads the same in a Chinese title: 黨建引領改革:基層
// becomes 黨建引領改革：基層. '/' is also the separator of every other
// system.
var fullWidth = map[rune]rune{
	'\\': '＼',
	'/':  '／',
	':':  '：',
	'*':  '＊',
	'?':  '？',
	'"':  '＂',
	'<':  '＜',
	'>':  '＞',
	'|':  '｜',
}

// reserved are Windows' device names: a file named CON, or CON.pdf, or
// con .txt, cannot be created in any folder. COM and LPT with a
// superscript digit are devices too.
var reserved = map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true}

func init() {
	for _, d := range "0123456789¹²³" {
		reserved["COM"+string(d)] = true
		reserved["LPT"+string(d)] = true
	}
}

// Suggest returns a file name for an article titled title, ending in ext
// (".pdf", ".md"), for a file in the folder dir ("" when not known).
//
// The characters Windows forbids in a name (\ / : * ? " < > |) become
// their full-width forms (：for :), control characters and runs of white
// space become one space, and leading and trailing spaces and dots go (a
// trailing dot or space is dropped by Windows; a leading dot hides a file
// elsewhere). A name Windows keeps for a device (CON, PRN, AUX, NUL, COM1
// to COM9, LPT1 to LPT9, whatever follows the first dot) gets an
// underscore: CON_.pdf. A long title is cut, at a character, so that the
// name fits in MaxBytes and, when dir leaves room, dir and the name in
// MaxPath. A title with nothing left is replaced by fallback, cleaned the
// same way.
func Suggest(dir, title, ext, fallback string) string {
	stem := clean(title)
	if stem == "" {
		stem = clean(fallback)
	}
	if stem == "" {
		stem = "_"
	}
	if isReserved(stem) {
		stem += "_"
	}
	limit := MaxBytes - len(ext)
	if dir != "" {
		// The folder, a separator and the extension come first.
		room := MaxPath - utf16Len(dir) - 1 - utf16Len(ext)
		stem = cutUTF16(stem, max(room, minRunes))
	}
	stem = cutBytes(stem, limit)
	return stem + ext
}

// clean replaces forbidden characters, folds white space and trims what
// may not begin or end a name.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if f, ok := fullWidth[r]; ok {
			r = f
		}
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return trim(b.String())
}

// trim removes the spaces and dots a name may not start or end with.
func trim(s string) string {
	return strings.Trim(s, " .")
}

// isReserved reports whether Windows takes a name stem for a device: the
// part before the first dot, without trailing spaces, is a device name.
func isReserved(stem string) bool {
	base, _, _ := strings.Cut(stem, ".")
	return reserved[strings.ToUpper(strings.TrimRight(base, " "))]
}

// cutBytes shortens s to at most n bytes of UTF-8, at a character.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for j, r := range s {
		if j+utf8.RuneLen(r) > n {
			break
		}
		i = j + utf8.RuneLen(r)
	}
	return trimCut(s[:i])
}

// cutUTF16 shortens s to at most n UTF-16 units, at a character; it keeps
// at least minRunes characters.
func cutUTF16(s string, n int) string {
	units, runes := 0, 0
	for i, r := range s {
		units += utf16.RuneLen(r)
		runes++
		if units > n && runes > minRunes {
			return trimCut(s[:i])
		}
	}
	return s
}

// trimCut trims a cut name's new end: the cut may leave a space or a dot
// there. A reserved name cannot appear by cutting, as every device name is
// shorter than minRunes.
func trimCut(s string) string {
	if t := trim(s); t != "" {
		return t
	}
	return "_"
}

// utf16Len is the length of s in UTF-16 units, the measure of Windows
// paths.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
