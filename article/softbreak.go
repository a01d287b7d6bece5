package article

import (
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/internal/cjk"
)

// resolveSoftBreaks turns each soft line break (a line end inside a
// paragraph) into a space, or drops it:
//   - between CJK text, since Chinese puts no spaces between words and a
//     line end in the middle of a sentence must not become one (see
//     joinsWithoutSpace; between two marks, as in 說,⏎“, the nearest
//     letters decide);
//   - next to white space, which already separates the words;
//   - at the edges of the content or next to a hard break or a split.
//
// The space keeps the style and link of the line it ends and spans the line
// end it stands for.
func resolveSoftBreaks(ps []piece) []piece {
	after := textAfter(ps)
	var before neighbour // the text before the current piece
	out := make([]piece, 0, len(ps))
	for i, p := range ps {
		if p.kind != pieceSoft {
			out = append(out, p)
			before = before.then(p)
			continue
		}
		prev, next := before, after[i]
		if !prev.ok || !next.ok || unicode.IsSpace(prev.r) || unicode.IsSpace(next.r) {
			continue
		}
		if isMark(prev.r) && isMark(next.r) {
			// Punctuation on both sides, as in 說,⏎“…: decide by the
			// nearest letters.
			if isCJK(prev.letter) || isCJK(next.letter) {
				continue
			}
		} else if joinsWithoutSpace(prev.r, next.r) {
			continue
		}
		p.kind = pieceText
		p.in.Text = " "
		out = append(out, p)
		before = before.then(p)
	}
	return out
}

// neighbour is what a soft break sees on one side: the nearest character r
// and the nearest character that is not punctuation or a symbol (letter),
// within the same line of text (not across hard breaks or splits).
type neighbour struct {
	r, letter rune
	ok        bool
}

// then returns what lies before the piece after p, given n before p.
func (n neighbour) then(p piece) neighbour {
	switch p.kind {
	case pieceBreak, pieceSplit:
		return neighbour{}
	case pieceText:
		if p.in.Text == "" {
			break
		}
		n.r, _ = utf8.DecodeLastRuneInString(p.in.Text)
		n.ok = true
		for s := p.in.Text; s != ""; {
			r, size := utf8.DecodeLastRuneInString(s)
			if !isMark(r) {
				n.letter = r
				break
			}
			s = s[:len(s)-size]
		}
	}
	return n
}

// textAfter returns, for each piece, what lies after it.
func textAfter(ps []piece) []neighbour {
	after := make([]neighbour, len(ps))
	var n neighbour
	for i := len(ps) - 1; i >= 0; i-- {
		after[i] = n
		switch p := ps[i]; p.kind {
		case pieceBreak, pieceSplit:
			n = neighbour{}
		case pieceText:
			if p.in.Text == "" {
				break
			}
			n.r, _ = utf8.DecodeRuneInString(p.in.Text)
			n.ok = true
			for _, r := range p.in.Text {
				if !isMark(r) {
					n.letter = r
					break
				}
			}
		}
	}
	return after
}

// joinsWithoutSpace reports whether a line end between the characters a and
// b vanishes instead of becoming a space. It does when both are CJK, and
// also when one is CJK and the other punctuation or a symbol: Chinese text
// puts no space next to its punctuation, whether full-width (，。「」) or
// the half-width and ambiguous marks real articles contain (, : “ ” %).
// Between CJK and a Latin letter or digit the space stays.
func joinsWithoutSpace(a, b rune) bool {
	ca, cb := isCJK(a), isCJK(b)
	return (ca || cb) && (ca || isMark(a)) && (cb || isMark(b))
}

// isMark reports whether r is punctuation or a symbol.
func isMark(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// isCJK reports whether r is written without spaces around it in Chinese or
// Japanese text: East Asian letters and marks (cjk.IsCJK: Han ideographs,
// kana, bopomofo, CJK punctuation and symbols, full- and half-width forms)
// and the ideographic space. Hangul is not included: Korean separates words
// with spaces.
func isCJK(r rune) bool { return cjk.IsCJK(r) || r == cjk.IdeographicSpace }
