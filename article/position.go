package article

import "unicode/utf8"

// utf8BOM is the byte order mark some editors write at the start of a file.
const utf8BOM = "\xEF\xBB\xBF"

// Position returns the 1-based line and 1-based column of the byte offset in
// src. Columns count characters (runes), not bytes, so they match what an
// editor shows; a byte order mark at the start of the file is not counted.
// Lines end at "\n" (a "\r" before it is part of the line). The offset is
// clamped to [0, len(src)].
func Position(src []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(src))
	line, start := 1, 0
	for i := 0; i < offset; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	if start == 0 && len(src) >= len(utf8BOM) && string(src[:len(utf8BOM)]) == utf8BOM {
		start = min(offset, len(utf8BOM))
	}
	return line, utf8.RuneCount(src[start:offset]) + 1
}

// Position returns the 1-based line and column (in characters) of a byte
// offset into a.Source; see the package-level Position.
func (a *Article) Position(offset int) (line, col int) {
	return Position(a.Source, offset)
}
