package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"unicode/utf16"
)

// appendInfo adds an incremental update to a finished PDF that replaces its
// document information with one holding every field of info. gopdf cannot
// write /Keywords; an update section is the standard way to amend a PDF
// without rewriting it.
func appendInfo(pdf []byte, info Info) ([]byte, error) {
	tail := pdf[max(0, len(pdf)-2048):]
	root := regexp.MustCompile(`/Root\s+(\d+)\s+(\d+)\s+R`).FindSubmatch(tail)
	size := regexp.MustCompile(`/Size\s+(\d+)`).FindSubmatch(tail)
	start := regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`).FindSubmatch(tail)
	if root == nil || size == nil || start == nil {
		return nil, fmt.Errorf("adding document information: trailer not found in the PDF")
	}
	n, _ := strconv.Atoi(string(size[1]))

	var b bytes.Buffer
	b.Write(pdf)
	if pdf[len(pdf)-1] != '\n' {
		b.WriteByte('\n')
	}
	off := b.Len()
	fmt.Fprintf(&b, "%d 0 obj\n<<", n)
	for _, kv := range [][2]string{{"Title", info.Title}, {"Author", info.Author}, {"Subject", info.Subject},
		{"Keywords", info.Keywords}, {"Creator", info.Creator}, {"Producer", "Paiban (gopdf)"}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, " /%s %s", kv[0], textString(kv[1]))
		}
	}
	if !info.Created.IsZero() {
		fmt.Fprintf(&b, " /CreationDate (D:%s)", info.Created.Format("20060102150405Z0700"))
	}
	b.WriteString(" >>\nendobj\n")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root %s %s R /Info %d 0 R /Prev %s >>\nstartxref\n%d\n%%%%EOF\n",
		n, off, n+1, root[1], root[2], n, start[1], xref)
	return b.Bytes(), nil
}

// textString encodes s as a PDF text string: UTF-16BE with a byte order
// mark, in hexadecimal.
func textString(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteByte('>')
	return b.String()
}
