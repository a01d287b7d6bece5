package importer

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/paiban/paiban/message"
)

// readText reads a plain text file: one paragraph per non-empty line, the
// first line the title when it looks like one.
func readText(data []byte) (*document, error) {
	s, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	d := &document{}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	first := true
	for i, line := range strings.Split(s, "\n") {
		t := strings.TrimFunc(line, blank)
		if t == "" {
			continue
		}
		b := block{kind: paraBlock, place: i + 1, runs: []run{{text: t}}}
		if first && looksLikeTitle(line, s) {
			b.titleStyle = true
		}
		first = false
		d.blocks = append(d.blocks, b)
	}
	return d, nil
}

// looksLikeTitle reports whether the first line of a text is its title: a
// short line, not indented like the paragraphs, without the full stop
// that ends a sentence, and not a numbered heading.
func looksLikeTitle(line, all string) bool {
	t := strings.TrimFunc(line, blank)
	n := utf8.RuneCountInString(t)
	if n == 0 || n > 60 || strings.ContainsAny(t[len(t)-1:], ".") || strings.HasSuffix(t, "。") || strings.HasSuffix(t, "；") || strings.HasSuffix(t, "，") {
		return false
	}
	if numberedLevel(t) > 0 {
		return false
	}
	_, dateline := readDateline(t)
	return !dateline && strings.Count(all, "\n") > 0
}

// decodeText decodes a text file to UTF-8: by its byte order mark (UTF-8,
// UTF-16), as UTF-8 when it is valid, else as GB18030 or Big5, whichever
// reads it better.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", message.New(badEncoding, "UTF-16", err)
		}
		return string(out), nil
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if big5Likely(data) {
		if s, ok := decodeStrict(traditionalchinese.Big5, data); ok {
			return s, nil
		}
	}
	if s, ok := decodeStrict(simplifiedchinese.GB18030, data); ok {
		return s, nil
	}
	if s, ok := decodeStrict(traditionalchinese.Big5, data); ok {
		return s, nil
	}
	return "", message.New(unknownEncoding)
}

// decodeStrict decodes data, ok false when a byte sequence is not of the
// encoding.
func decodeStrict(e encoding.Encoding, data []byte) (string, bool) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", false
	}
	return string(out), true
}

// big5Likely tells Big5 from GB18030 by the second bytes of the two-byte
// characters: Big5 puts many, its full-width punctuation among them
// (，A1 41 。A1 43), in 0x40–0x7E, where GB2312 — the characters of nearly
// every GBK or GB18030 text — puts none.
func big5Likely(data []byte) bool {
	pairs, low := 0, 0
	for i := 0; i+1 < len(data); i++ {
		c := data[i]
		if c < 0x81 {
			continue
		}
		if c >= 0xA1 && c <= 0xF9 {
			pairs++
			if t := data[i+1]; t >= 0x40 && t <= 0x7E {
				low++
			}
		}
		i++
	}
	return pairs > 0 && low*10 >= pairs
}

var (
	badEncoding     = message.Text{"the text is not valid %s: %s", "文字不是有效的 %s：%s", "文本不是有效的 %s：%s"}
	unknownEncoding = message.Text{
		"the text is in an encoding Paiban does not know (it reads UTF-8, UTF-16 with a byte order mark, GB18030 and Big5)",
		"無法辨認文字的編碼（可讀 UTF-8、帶位元組順序標記的 UTF-16、GB18030 與 Big5）",
		"无法识别文本的编码（可读 UTF-8、带字节顺序标记的 UTF-16、GB18030 和 Big5）",
	}
)
