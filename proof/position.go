package proof

import (
	"unicode/utf8"

	"github.com/paiban/paiban/article"
)

// locate fills in Line and Col of each finding; fs must be sorted by
// Span.Start. article.Position scans the source from its start, which
// costs too much for thousands of findings in a long article, so the
// source is walked once: the first finding of each line is placed by
// Position on that line alone (on the whole file for the first line, for
// its byte order mark), and the others of the line by counting the
// characters from the one before.
func locate(src []byte, fs []Finding) {
	line, lineStart := 1, 0 // the line reached and where it starts
	scanned := 0            // bytes before this are counted into line
	prevOff, prevCol := -1, 0
	for k := range fs {
		off := min(max(fs[k].Span.Start, 0), len(src))
		for ; scanned < off; scanned++ {
			if src[scanned] == '\n' {
				line++
				lineStart = scanned + 1
			}
		}
		col := 0
		switch {
		case prevOff >= lineStart && prevOff <= off:
			col = prevCol + utf8.RuneCount(src[prevOff:off])
		case lineStart == 0:
			_, col = article.Position(src, off)
		default:
			_, col = article.Position(src[lineStart:], off-lineStart)
		}
		fs[k].Line, fs[k].Col = line, col
		prevOff, prevCol = off, col
	}
}
