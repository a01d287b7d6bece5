package article

import "bytes"

// SetLang returns src with the front matter's lang field set to lang: the
// value of an existing field is replaced (a comment after it stays), a
// front matter without one gets one before its closing line, and a file
// without front matter gets a front matter of that one field.
func SetLang(src []byte, lang Lang) []byte {
	bom := 0
	if bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
		bom = 3
	}
	first, _ := nextLine(src, bom)
	eol := "\n"
	if bytes.HasSuffix(first, []byte("\r\n")) {
		eol = "\r\n"
	}
	yaml, closing, found := FrontMatterAt(src)
	if !found {
		head := "---" + eol + "lang: " + string(lang) + eol + "---" + eol + eol
		return bytes.Join([][]byte{src[:bom], []byte(head), src[bom:]}, nil)
	}
	for at := yaml; at < closing; {
		l, after := nextLine(src, at)
		if v, ok := langValue(l); ok {
			return bytes.Join([][]byte{src[:at+v.Start], []byte(" " + string(lang)), src[at+v.End:]}, nil)
		}
		at = after
	}
	return bytes.Join([][]byte{src[:closing], []byte("lang: " + string(lang) + eol), src[closing:]}, nil)
}

// langValue finds, in a front matter line, the value of a lang field: the
// bytes after "lang:" up to a comment or the line end, relative to the line.
func langValue(l []byte) (Span, bool) {
	colon := bytes.IndexByte(l, ':')
	if colon < 0 || l[0] == ' ' || l[0] == '\t' || !bytes.EqualFold(bytes.TrimSpace(l[:colon]), []byte("lang")) {
		return Span{}, false
	}
	end := len(bytes.TrimRight(l, "\r\n"))
	if c := bytes.Index(l[colon:end], []byte(" #")); c >= 0 {
		end = colon + c
		for end > colon+1 && (l[end-1] == ' ' || l[end-1] == '\t') {
			end--
		}
	}
	return Span{Start: colon + 1, End: end}, true
}
