package article

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/util"
)

// goldmark leaves text in its AST as written: backslash escapes and HTML
// character references (&amp; &#x4E2D;) are only decoded by its HTML
// renderer. The reader decodes them here, keeping each decoded escape or
// reference apart from the verbatim text around it so that the verbatim
// stretches stay exact.

// decodeRefs walks raw Markdown text and calls emit for each stretch
// [i, j) of it: with repl == "" and verbatim true for text to keep as is,
// or with the decoded replacement of an escape, a reference or a NUL.
// Backslash escapes are decoded only when escapes is true (not in HTML).
func decodeRefs(b []byte, escapes bool, emit func(i, j int, repl string, verbatim bool)) {
	run := 0
	for i := 0; i < len(b); {
		j, repl := decodeOne(b, i, escapes)
		if j == 0 {
			i++
			continue
		}
		if run < i {
			emit(run, i, "", true)
		}
		emit(i, j, repl, false)
		i, run = j, j
	}
	if run < len(b) {
		emit(run, len(b), "", true)
	}
}

// decodeOne decodes the escape, reference or NUL at b[i], returning the
// offset after it and its replacement, or j == 0 if there is none.
func decodeOne(b []byte, i int, escapes bool) (j int, repl string) {
	switch b[i] {
	case 0:
		return i + 1, "\uFFFD"
	case '\\':
		if escapes && i+1 < len(b) && b[i+1] < utf8.RuneSelf && util.IsPunct(b[i+1]) {
			return i + 2, string(b[i+1])
		}
	case '&':
		return decodeReference(b, i)
	}
	return 0, ""
}

// decodeReference decodes a CommonMark entity or numeric character
// reference at b[i] == '&'.
func decodeReference(b []byte, i int) (int, string) {
	k := i + 1
	if k < len(b) && b[k] == '#' {
		k++
		base, maxDigits := 10, 7
		if k < len(b) && (b[k] == 'x' || b[k] == 'X') {
			k++
			base, maxDigits = 16, 6
		}
		d := k
		for d < len(b) && d-k < maxDigits && isDigit(b[d], base) {
			d++
		}
		if d == k || d >= len(b) || b[d] != ';' {
			return 0, ""
		}
		v, _ := strconv.ParseUint(string(b[k:d]), base, 32)
		r := rune(v)
		if v == 0 || !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		return d + 1, string(r)
	}
	d := k
	for d < len(b) && d-k < 32 && util.IsAlphaNumeric(b[d]) {
		d++
	}
	if d == k || d >= len(b) || b[d] != ';' {
		return 0, ""
	}
	if e, ok := util.LookUpHTML5EntityByName(string(b[k:d])); ok {
		return d + 1, string(e.Characters)
	}
	return 0, ""
}

func isDigit(c byte, base int) bool {
	if base == 16 {
		return util.IsHexDecimal(c)
	}
	return c >= '0' && c <= '9'
}

// decodeString decodes escapes and references in a whole string, e.g. a
// link destination or title.
func decodeString(b []byte) string {
	var sb strings.Builder
	decodeRefs(b, true, func(i, j int, repl string, verbatim bool) {
		if verbatim {
			sb.Write(b[i:j])
		} else {
			sb.WriteString(repl)
		}
	})
	return sb.String()
}

// textPieces decodes r.body[start:end] into text pieces of one style.
func (r *reader) textPieces(start, end int, c inlineCtx, escapes bool, out []piece) []piece {
	b := r.body[start:end]
	decodeRefs(b, escapes, func(i, j int, repl string, verbatim bool) {
		text := repl
		if verbatim {
			text = string(b[i:j])
		}
		out = append(out, r.textPiece(text, start+i, start+j, c))
	})
	return out
}
