package convert

import (
	"bytes"
	"fmt"

	"github.com/paiban/paiban/article"
)

// Article converts the words of a whole article file — front matter and
// body, but not link and image addresses, code or raw HTML (see prose) —
// and sets its lang field to the writing it now has, adding the field (or
// a front matter holding it) when there is none. The result must still
// read as an article; an article that does not read is refused with the
// reader's error.
func Article(c Config, src []byte) ([]byte, error) {
	a, err := article.Parse(src)
	if err != nil {
		return nil, fmt.Errorf("reading the article to convert: %w", err)
	}
	s, err := convertProse(c, a)
	if err != nil {
		return nil, err
	}
	out := SetLang(s, c.Lang())
	if _, err := article.Parse(out); err != nil {
		return nil, fmt.Errorf("the converted article does not read (a bug): %w", err)
	}
	return out, nil
}

// SetLang returns src with the front matter's lang field set to lang: the
// value of an existing field is replaced (a comment after it stays), a
// front matter without one gets one before its closing line, and a file
// without front matter gets a front matter of that one field.
func SetLang(src []byte, lang article.Lang) []byte {
	bom := 0
	if bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
		bom = 3
	}
	first, _ := line(src, bom)
	eol := "\n"
	if bytes.HasSuffix(first, []byte("\r\n")) {
		eol = "\r\n"
	}
	yaml, closing, found := article.FrontMatterAt(src)
	if !found {
		head := "---" + eol + "lang: " + string(lang) + eol + "---" + eol + eol
		return concat(src[:bom], []byte(head), src[bom:])
	}
	for at := yaml; at < closing; {
		l, after := line(src, at)
		if v, ok := langValue(l); ok {
			return concat(src[:at+v.Start], []byte(" "+string(lang)), src[at+v.End:])
		}
		at = after
	}
	return concat(src[:closing], []byte("lang: "+string(lang)+eol), src[closing:])
}

// langValue finds, in a front matter line, the value of a lang field: the
// bytes after "lang:" up to a comment or the line end, relative to the line.
func langValue(l []byte) (article.Span, bool) {
	colon := bytes.IndexByte(l, ':')
	if colon < 0 || l[0] == ' ' || l[0] == '\t' || !bytes.EqualFold(bytes.TrimSpace(l[:colon]), []byte("lang")) {
		return article.Span{}, false
	}
	end := len(bytes.TrimRight(l, "\r\n"))
	if c := bytes.Index(l[colon:end], []byte(" #")); c >= 0 {
		end = colon + c
		for end > colon+1 && (l[end-1] == ' ' || l[end-1] == '\t') {
			end--
		}
	}
	return article.Span{Start: colon + 1, End: end}, true
}

// line returns the line of b starting at i, with its line end, and where
// the next one starts.
func line(b []byte, i int) ([]byte, int) {
	if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
		return b[i : i+j+1], i + j + 1
	}
	return b[i:], len(b)
}

func concat(parts ...[]byte) []byte {
	return bytes.Join(parts, nil)
}
