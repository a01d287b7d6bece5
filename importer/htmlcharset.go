package importer

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// decodeHTML decodes a web page to UTF-8: by its byte order mark or the
// charset its <meta> declares (GB2312 and GBK read as GB18030, their
// superset; Big5 as Big5), else as UTF-8 when it is valid, else as
// GB18030 or Big5, as a text file is.
func decodeHTML(data []byte) (string, error) {
	enc, name, certain := charset.DetermineEncoding(data, "")
	if certain {
		switch strings.ToLower(name) {
		case "utf-8":
			return strings.ToValidUTF8(strings.TrimPrefix(string(data), "\uFEFF"), "\uFFFD"), nil
		case "gbk", "gb2312", "gb18030":
			enc = simplifiedchinese.GB18030
		case "big5":
			enc = traditionalchinese.Big5
		}
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			return string(out), nil
		}
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	return decodeText(data)
}
