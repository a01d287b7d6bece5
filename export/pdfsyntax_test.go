package export

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// checkPDFSyntax is an in-process check of a PDF's structure, the part of
// qpdf --check that a writer can get wrong, cheap enough to run on every
// input the fuzzer tries (qpdf costs a process start per file; see
// FuzzExport). It follows the chain of cross-reference sections from the
// last startxref, and checks that every object they list is at its offset
// with its number, that its body is well-formed PDF syntax (strings closed,
// escapes and hex digits valid, dictionaries and arrays balanced), that each
// stream's /Length ends exactly at endstream and a Flate stream inflates,
// that the trailer's /Root is the catalogue and /Size covers every object,
// and that every page's content stream tokenises.
func checkPDFSyntax(data []byte) (pdfStats, error) {
	var st pdfStats
	if !bytes.HasPrefix(data, []byte("%PDF-1.")) {
		return st, errors.New("no %PDF-1.x header")
	}
	c := &pdfChecker{data: data, offsets: map[int]int{}, objects: map[int]pdfObject{}, names: map[string]bool{},
		sections: map[int]bool{}}
	if err := c.readXref(); err != nil {
		return st, err
	}
	// Each object ends before whatever the file has next.
	var starts []int
	for _, off := range c.offsets {
		starts = append(starts, off)
	}
	for off := range c.sections {
		starts = append(starts, off)
	}
	sort.Ints(starts)
	c.ends = map[int]int{}
	for i, off := range starts {
		if i+1 < len(starts) {
			c.ends[off] = starts[i+1]
		} else {
			c.ends[off] = len(data)
		}
	}
	nums := make([]int, 0, len(c.offsets))
	for n := range c.offsets {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	for _, n := range nums {
		if _, err := c.object(n); err != nil {
			return st, fmt.Errorf("object %d: %w", n, err)
		}
	}
	if len(nums) > 0 && nums[len(nums)-1] >= c.size {
		return st, fmt.Errorf("trailer /Size %d does not cover object %d", c.size, nums[len(nums)-1])
	}
	root, err := c.object(c.root.num)
	if err != nil || typeOf(root.value) != "Catalog" {
		return st, fmt.Errorf("trailer /Root %d 0 R is not the catalogue", c.root.num)
	}
	for _, n := range nums {
		o := c.objects[n]
		if typeOf(o.value) != "Page" {
			continue
		}
		st.pages++
		if err := c.checkContents(o.value.(pdfDict)["Contents"]); err != nil {
			return st, fmt.Errorf("page object %d: %w", n, err)
		}
	}
	keys := make([]string, 0, len(c.names))
	for k := range c.names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	st.shape = fmt.Sprint(keys)
	return st, nil
}

// pdfStats is what checkPDFSyntax learns of a well-formed PDF.
type pdfStats struct {
	pages int
	// shape is the names used as dictionary keys and object types, sorted:
	// a rough signature of the kinds of structure the file has.
	shape string
}

type (
	pdfName    string
	pdfKeyword string
	pdfDict    map[string]any
	pdfArray   []any
	pdfRef     struct{ num, gen int }
	// pdfObject is an indirect object: its value and, for a stream, its
	// data as stored.
	pdfObject struct {
		value  any
		stream []byte
	}
)

type pdfChecker struct {
	data    []byte
	offsets map[int]int // object number → byte offset, from the newest section
	objects map[int]pdfObject
	root    pdfRef
	size    int
	names   map[string]bool // dictionary keys and /Type values seen
	// sections holds the offsets of the xref sections; ends maps the
	// offset of each object and section to the offset of the next.
	sections map[int]bool
	ends     map[int]int
}

// readXref reads the cross-reference sections and trailers, newest first.
func (c *pdfChecker) readXref() error {
	tail := c.data[max(0, len(c.data)-64):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 || !bytes.HasSuffix(bytes.TrimRight(tail, "\r\n"), []byte("%%EOF")) {
		return errors.New("no startxref and %%EOF at the end")
	}
	l := &pdfLexer{data: tail, pos: i + len("startxref")}
	at, err := l.integer()
	if err != nil {
		return fmt.Errorf("startxref: %w", err)
	}
	seen := c.sections
	for newest := true; ; newest = false {
		if at < 0 || at >= len(c.data) || seen[at] || !bytes.HasPrefix(c.data[at:], []byte("xref")) {
			return fmt.Errorf("no xref section at offset %d", at)
		}
		seen[at] = true
		l := &pdfLexer{data: c.data, pos: at + len("xref")}
		for {
			if tok, _ := l.peekKeyword(); tok == "trailer" {
				break
			}
			first, err1 := l.integer()
			count, err2 := l.integer()
			if err := errors.Join(err1, err2); err != nil || first < 0 || count < 0 {
				return fmt.Errorf("xref section at %d: bad subsection header", at)
			}
			l.skipSpace()
			for k := 0; k < count; k++ {
				if l.pos+20 > len(c.data) {
					return fmt.Errorf("xref section at %d: truncated", at)
				}
				e := c.data[l.pos : l.pos+20]
				off, err1 := strconv.Atoi(string(e[:10]))
				_, err2 := strconv.Atoi(string(e[11:16]))
				if err := errors.Join(err1, err2); err != nil || e[10] != ' ' || e[16] != ' ' ||
					(e[17] != 'n' && e[17] != 'f') || !isSpace(e[18]) || !isSpace(e[19]) {
					return fmt.Errorf("xref section at %d: bad entry %q", at, e)
				}
				if _, ok := c.offsets[first+k]; !ok && e[17] == 'n' {
					c.offsets[first+k] = off
				}
				l.pos += 20
			}
		}
		l.keyword() // trailer
		v, err := l.value()
		trailer, ok := v.(pdfDict)
		if err != nil || !ok {
			return fmt.Errorf("trailer after the xref at %d is not a dictionary (%v)", at, err)
		}
		if newest {
			root, ok1 := trailer["Root"].(pdfRef)
			size, ok2 := trailer["Size"].(int)
			if !ok1 || !ok2 {
				return errors.New("the trailer lacks /Root or /Size")
			}
			c.root, c.size = root, size
		}
		prev, ok := trailer["Prev"]
		if !ok {
			return nil
		}
		if at, ok = prev.(int); !ok {
			return fmt.Errorf("trailer /Prev %v is not an offset", prev)
		}
	}
}

// object reads indirect object n at its listed offset, once.
func (c *pdfChecker) object(n int) (pdfObject, error) {
	if o, ok := c.objects[n]; ok {
		return o, nil
	}
	off, ok := c.offsets[n]
	if !ok {
		return pdfObject{}, errors.New("not in the cross-reference table")
	}
	if off < 0 || off >= len(c.data) {
		return pdfObject{}, fmt.Errorf("offset %d is outside the file", off)
	}
	c.objects[n] = pdfObject{} // a /Length that refers to its own stream stops here
	l := &pdfLexer{data: c.data[:c.ends[off]], pos: off, names: c.names}
	num, err1 := l.integer()
	_, err2 := l.integer()
	if err := errors.Join(err1, err2); err != nil || num != n || l.keyword() != "obj" {
		return pdfObject{}, fmt.Errorf("offset %d does not start \"%d 0 obj\"", off, n)
	}
	v, err := l.value()
	if err != nil {
		return pdfObject{}, err
	}
	o := pdfObject{value: v}
	if kw, _ := l.peekKeyword(); kw == "stream" {
		if o.stream, err = c.stream(l, v); err != nil {
			return pdfObject{}, err
		}
	}
	if kw := l.keyword(); kw != "endobj" {
		return pdfObject{}, fmt.Errorf("%q where endobj belongs", kw)
	}
	c.objects[n] = o
	return o, nil
}

// stream checks the data of a stream whose dictionary is v, the lexer being
// at the keyword stream.
func (c *pdfChecker) stream(l *pdfLexer, v any) ([]byte, error) {
	dict, ok := v.(pdfDict)
	if !ok {
		return nil, errors.New("stream without a dictionary")
	}
	l.keyword()
	if bytes.HasPrefix(l.data[l.pos:], []byte("\r\n")) {
		l.pos += 2
	} else if l.pos < len(l.data) && l.data[l.pos] == '\n' {
		l.pos++
	} else {
		return nil, errors.New("no end of line after stream")
	}
	length, err := c.integer(dict["Length"])
	if err != nil || length < 0 || l.pos+length > len(l.data) {
		return nil, fmt.Errorf("stream /Length %v: %v", dict["Length"], err)
	}
	data := l.data[l.pos : l.pos+length]
	l.pos += length
	if kw := l.keyword(); kw != "endstream" {
		return nil, fmt.Errorf("stream /Length %d does not end at endstream (found %q)", length, kw)
	}
	if _, err := inflate(dict, data); err != nil {
		return nil, err
	}
	return data, nil
}

// integer resolves v, an integer or a reference to one.
func (c *pdfChecker) integer(v any) (int, error) {
	if r, ok := v.(pdfRef); ok {
		o, err := c.object(r.num)
		if err != nil {
			return 0, err
		}
		v = o.value
	}
	if n, ok := v.(int); ok {
		return n, nil
	}
	return 0, fmt.Errorf("%v is not an integer", v)
}

// checkContents tokenises a page's content streams.
func (c *pdfChecker) checkContents(contents any) error {
	refs, ok := contents.(pdfArray)
	if !ok {
		refs = pdfArray{contents}
	}
	for _, r := range refs {
		ref, ok := r.(pdfRef)
		if !ok {
			return fmt.Errorf("/Contents %v is not a reference", r)
		}
		o, err := c.object(ref.num)
		if err != nil {
			return fmt.Errorf("contents %d: %w", ref.num, err)
		}
		data, err := inflate(o.value.(pdfDict), o.stream)
		if err != nil {
			return err
		}
		l := &pdfLexer{data: data, content: true}
		for l.skipSpace(); l.pos < len(l.data); l.skipSpace() {
			if _, err := l.value(); err != nil {
				return fmt.Errorf("contents %d: %w", ref.num, err)
			}
		}
	}
	return nil
}

// inflate decodes data when dict says it is Flate compressed.
func inflate(dict pdfDict, data []byte) ([]byte, error) {
	switch f := dict["Filter"]; f {
	case nil:
		return data, nil
	case pdfName("FlateDecode"):
		r, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("Flate stream: %w", err)
		}
		out, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("Flate stream: %w", err)
		}
		return out, nil
	default:
		return nil, fmt.Errorf("unexpected stream /Filter %v", f)
	}
}

// realNumber is PDF's syntax of a real number (no exponent).
var realNumber = regexp.MustCompile(`^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$`)

func typeOf(v any) pdfName {
	d, _ := v.(pdfDict)
	t, _ := d["Type"].(pdfName)
	return t
}

// pdfLexer reads PDF tokens and values from data.
type pdfLexer struct {
	data  []byte
	pos   int
	names map[string]bool // when set, collects dictionary keys and types
	// content allows operators, as in a content stream; elsewhere the only
	// keywords a value may be are true, false and null.
	content bool
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0
}

func isDelimiter(b byte) bool {
	return bytes.IndexByte([]byte("()<>[]{}/%"), b) >= 0
}

func (l *pdfLexer) skipSpace() {
	for l.pos < len(l.data) {
		switch b := l.data[l.pos]; {
		case isSpace(b):
			l.pos++
		case b == '%':
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// regular reads a run of regular characters.
func (l *pdfLexer) regular() string {
	start := l.pos
	for l.pos < len(l.data) && !isSpace(l.data[l.pos]) && !isDelimiter(l.data[l.pos]) {
		l.pos++
	}
	return string(l.data[start:l.pos])
}

func (l *pdfLexer) keyword() string {
	l.skipSpace()
	return l.regular()
}

func (l *pdfLexer) peekKeyword() (string, int) {
	at := l.pos
	kw := l.keyword()
	end := l.pos
	l.pos = at
	return kw, end
}

func (l *pdfLexer) integer() (int, error) {
	return strconv.Atoi(l.keyword())
}

// value reads one value: a number, reference, name, string, array,
// dictionary or keyword (true, false, null, or a content stream operator).
func (l *pdfLexer) value() (any, error) {
	l.skipSpace()
	if l.pos >= len(l.data) {
		return nil, errors.New("unexpected end of data")
	}
	start := l.pos
	switch b := l.data[l.pos]; {
	case b == '(':
		return nil, l.literal()
	case b == '<' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '<':
		return l.dict()
	case b == '<':
		return nil, l.hex()
	case b == '[':
		l.pos++
		var arr pdfArray
		for {
			l.skipSpace()
			if l.pos < len(l.data) && l.data[l.pos] == ']' {
				l.pos++
				return arr, nil
			}
			v, err := l.value()
			if err != nil {
				return nil, fmt.Errorf("in the array at %d: %w", start, err)
			}
			arr = append(arr, v)
		}
	case b == '/':
		l.pos++
		name := l.regular()
		for i := 0; i < len(name); i++ {
			if name[i] == '#' {
				if i+2 >= len(name) {
					return nil, fmt.Errorf("bad #-escape in name /%s at %d", name, start)
				}
				if _, err := strconv.ParseUint(name[i+1:i+3], 16, 8); err != nil {
					return nil, fmt.Errorf("bad #-escape in name /%s at %d", name, start)
				}
			}
		}
		return pdfName(name), nil
	case isDelimiter(b):
		return nil, fmt.Errorf("unexpected %q at %d", b, start)
	}
	word := l.regular()
	n, err := strconv.Atoi(word)
	if err != nil {
		if realNumber.MatchString(word) {
			return word, nil
		}
		if !l.content && word != "true" && word != "false" && word != "null" {
			return nil, fmt.Errorf("unknown token %q at %d", word, start)
		}
		return pdfKeyword(word), nil
	}
	// "N G R" is a reference.
	at := l.pos
	gen, err1 := l.integer()
	kw := l.keyword()
	if err1 == nil && kw == "R" {
		return pdfRef{n, gen}, nil
	}
	l.pos = at
	return n, nil
}

func (l *pdfLexer) dict() (pdfDict, error) {
	start := l.pos
	l.pos += 2
	d := pdfDict{}
	for {
		l.skipSpace()
		if bytes.HasPrefix(l.data[l.pos:], []byte(">>")) {
			l.pos += 2
			if l.names != nil {
				if t, ok := d["Type"].(pdfName); ok {
					l.names["Type:"+string(t)] = true
				}
			}
			return d, nil
		}
		k, err := l.value()
		if err != nil {
			return nil, fmt.Errorf("in the dictionary at %d: %w", start, err)
		}
		key, ok := k.(pdfName)
		if !ok {
			return nil, fmt.Errorf("in the dictionary at %d: key %v is not a name", start, k)
		}
		v, err := l.value()
		if err != nil {
			return nil, fmt.Errorf("in the dictionary at %d, /%s: %w", start, key, err)
		}
		d[string(key)] = v
		if l.names != nil {
			l.names[string(key)] = true
		}
	}
}

// literal reads a (string) with balanced parentheses and valid escapes.
func (l *pdfLexer) literal() error {
	start, depth := l.pos, 0
	for ; l.pos < len(l.data); l.pos++ {
		switch l.data[l.pos] {
		case '\\':
			l.pos++ // any escaped character is allowed; unknown ones are ignored
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				l.pos++
				return nil
			}
		}
	}
	return fmt.Errorf("string at %d is not closed", start)
}

// hex reads a <hex string>.
func (l *pdfLexer) hex() error {
	start := l.pos
	for l.pos++; l.pos < len(l.data); l.pos++ {
		switch b := l.data[l.pos]; {
		case b == '>':
			l.pos++
			return nil
		case isSpace(b) || '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F':
		default:
			return fmt.Errorf("hex string at %d holds %q", start, b)
		}
	}
	return fmt.Errorf("hex string at %d is not closed", start)
}

// checkPDFSyntax passes the PDFs the writer makes and finds the faults a
// writer can make (each also fails qpdf --check).
func TestCheckPDFSyntax(t *testing.T) {
	out, doc := exportFeatures(t)
	good, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	st, err := checkPDFSyntax(good)
	if err != nil {
		t.Fatalf("a good PDF: %v", err)
	}
	if st.pages != len(doc.Pages) || !strings.Contains(st.shape, "Type:Page") {
		t.Errorf("pages %d (want %d), shape %s", st.pages, len(doc.Pages), st.shape)
	}
	length := regexp.MustCompile(`/Length (\d+)`).FindSubmatchIndex(good)
	for _, tc := range []struct {
		name string
		edit func([]byte) []byte
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)*2/3] }},
		{"a byte inserted, offsets off", func(b []byte) []byte {
			i := bytes.Index(b, []byte("2 0 obj"))
			return slices.Concat(b[:i], []byte(" "), b[i:])
		}},
		{"stream /Length one short", func(b []byte) []byte {
			n, _ := strconv.Atoi(string(b[length[2]:length[3]]))
			return slices.Concat(b[:length[2]], []byte(strconv.Itoa(n-1)), b[length[3]:])
		}},
		{"unclosed string", func(b []byte) []byte {
			return bytes.Replace(b, []byte("/Ordering (Identity)"), []byte("/Ordering (Identity "), 1)
		}},
		{"bad hex string", func(b []byte) []byte { return bytes.Replace(b, []byte("<FEFF"), []byte("<FEFX"), 1) }},
		{"unknown token", func(b []byte) []byte { return bytes.Replace(b, []byte("/Type /Catalog"), []byte("/Type Catalog"), 1) }},
		{"unbalanced dictionary", func(b []byte) []byte {
			return bytes.Replace(b, []byte("/Type /Catalog"), []byte("/Type /Catalog <<"), 1)
		}},
	} {
		bad := tc.edit(bytes.Clone(good))
		if bytes.Equal(bad, good) {
			t.Errorf("%s: the edit changed nothing", tc.name)
			continue
		}
		if _, err := checkPDFSyntax(bad); err == nil {
			t.Errorf("%s: not found", tc.name)
		}
	}
}
