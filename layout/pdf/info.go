package pdf

import (
	"bytes"
	"fmt"
	"unicode/utf16"
)

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
