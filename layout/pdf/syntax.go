package pdf

import (
	"bytes"
	"fmt"
	"strconv"
)

// This file reads the object syntax of PDF (ISO 32000-1, 7.2 and 7.3), as
// much of it as tidy needs to take gopdf's output apart without relying on
// how gopdf lays its bytes out: white space and comments anywhere between
// tokens, dictionary keys in any order and with any keys besides the ones
// tidy reads, strings holding delimiters, and streams read by their
// /Length (direct or an indirect reference), never by searching for
// "endstream".
//
// Every parsed value keeps where it lies in the source, so that tidy can
// copy what it does not change byte for byte. String values are delimited
// but not decoded: tidy never reads one.

// kind is the type of a PDF value.
type kind uint8

const (
	kindNull kind = iota
	kindBool
	kindInt
	kindReal
	kindString // literal (…) or hexadecimal <…>
	kindName
	kindArray
	kindDict
	kindRef // an indirect reference, "num gen R"
)

// value is one direct PDF value as parsed. Its zero value is null.
type value struct {
	kind       kind
	start, end int // the value is src[start:end]

	num     int     // kindInt: the number; kindRef: the object number; kindBool: 1 for true
	gen     int     // kindRef: the generation
	real    float64 // kindReal
	name    string  // kindName: the name without its slash, #xx decoded
	entries []entry // kindDict: the entries, in the order written
	// An array's elements are not kept: most arrays are never looked
	// into, and a font's /W holds thousands. elements reads them.
}

// entry is one key and value of a dictionary.
type entry struct {
	key      string // the key without its slash, #xx decoded
	keyStart int    // where "/key" begins in the source
	value    value
}

// find returns the first entry of a dictionary with key, and nil when
// there is none (or v is no dictionary).
func (v *value) find(key string) *entry {
	for i := range v.entries {
		if v.entries[i].key == key {
			return &v.entries[i]
		}
	}
	return nil
}

// get returns the value of key in a dictionary, as find does.
func (v *value) get(key string) (*value, bool) {
	if e := v.find(key); e != nil {
		return &e.value, true
	}
	return nil, false
}

// isName reports whether v is the name n.
func (v *value) isName(n string) bool { return v.kind == kindName && v.name == n }

// number returns an integer or real value as a float.
func (v *value) number() (float64, bool) {
	switch v.kind {
	case kindInt:
		return float64(v.num), true
	case kindReal:
		return v.real, true
	}
	return 0, false
}

// indirect is an indirect object: "num gen obj", a value, for a stream
// its data, and "endobj".
type indirect struct {
	num, gen   int
	start, end int // from the object number to the end of "endobj"
	value      value
	// stream tells whether the object is a stream; its data is then
	// src[dataStart:dataEnd], as long as its /Length says.
	stream             bool
	dataStart, dataEnd int
}

// parser reads PDF objects from src, starting at pos. Its zero value
// reads nothing; one parser serves one goroutine at a time, and the values
// it returns are plain data that refer to src by offsets.
type parser struct {
	src []byte
	pos int
	// length resolves a stream's /Length given as an indirect reference;
	// nil refuses one.
	length func(ref *value) (int, error)
}

// maxDepth bounds how deeply arrays and dictionaries may nest: deeper
// input is refused rather than allowed to exhaust the stack.
const maxDepth = 64

// Byte classes of PDF (7.2.2): white space, delimiters and regular
// characters.
const (
	regular byte = iota
	space
	delimiter
)

// classes gives each byte its class; it is never changed.
var classes = func() (c [256]byte) {
	for _, b := range []byte{0, '\t', '\n', '\f', '\r', ' '} {
		c[b] = space
	}
	for _, b := range []byte("()<>[]{}/%") {
		c[b] = delimiter
	}
	return c
}()

// errorf is an error that says where the parser is.
func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("at byte %d: %s", p.pos, fmt.Sprintf(format, args...))
}

// skipSpace moves past white space and comments.
func (p *parser) skipSpace() {
	for p.pos < len(p.src) {
		switch classes[p.src[p.pos]] {
		case space:
			p.pos++
		case delimiter:
			if p.src[p.pos] != '%' {
				return
			}
			for p.pos < len(p.src) && p.src[p.pos] != '\n' && p.src[p.pos] != '\r' {
				p.pos++
			}
		default:
			return
		}
	}
}

// token reads the next run of regular characters — a number or a keyword
// such as obj, R or true — after any white space; it is empty when the
// next character is a delimiter or the input has ended.
func (p *parser) token() []byte {
	p.skipSpace()
	s := p.pos
	for p.pos < len(p.src) && classes[p.src[p.pos]] == regular {
		p.pos++
	}
	return p.src[s:p.pos]
}

// keyword reads a token and reports whether it is kw.
func (p *parser) keyword(kw string) bool { return string(p.token()) == kw }

// value reads one direct value: null, a boolean, a number, a string, a
// name, an array, a dictionary or an indirect reference.
func (p *parser) value(depth int) (value, error) {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return value{}, p.errorf("unexpected end of the file")
	}
	start := p.pos
	switch p.src[p.pos] {
	case '/':
		name, err := p.name()
		return value{kind: kindName, start: start, end: p.pos, name: name}, err
	case '(':
		err := p.literalString()
		return value{kind: kindString, start: start, end: p.pos}, err
	case '<':
		if p.pos+1 < len(p.src) && p.src[p.pos+1] == '<' {
			return p.dict(depth)
		}
		err := p.hexString()
		return value{kind: kindString, start: start, end: p.pos}, err
	case '[':
		return p.array(depth)
	case ')', '>', ']', '{', '}':
		return value{}, p.errorf("unexpected %q", p.src[p.pos])
	}
	tok := p.token()
	if n, ok := parseInt(tok); ok {
		// "num gen R" is a reference; otherwise the number stands alone.
		after := p.pos
		if g, ok := parseInt(p.token()); ok && n >= 0 && g >= 0 && p.keyword("R") {
			return value{kind: kindRef, start: start, end: p.pos, num: n, gen: g}, nil
		}
		p.pos = after
		return value{kind: kindInt, start: start, end: p.pos, num: n}, nil
	}
	if f, ok := parseReal(tok); ok {
		return value{kind: kindReal, start: start, end: p.pos, real: f}, nil
	}
	switch string(tok) {
	case "null":
		return value{kind: kindNull, start: start, end: p.pos}, nil
	case "true":
		return value{kind: kindBool, start: start, end: p.pos, num: 1}, nil
	case "false":
		return value{kind: kindBool, start: start, end: p.pos}, nil
	}
	p.pos = start
	return value{}, p.errorf("unexpected %q where a value belongs", tok)
}

// name moves past a name, its slash included, and returns it without the
// slash, #xx escapes decoded.
func (p *parser) name() (string, error) {
	p.pos++ // the slash
	s := p.pos
	escaped := false
	for p.pos < len(p.src) && classes[p.src[p.pos]] == regular {
		escaped = escaped || p.src[p.pos] == '#'
		p.pos++
	}
	raw := p.src[s:p.pos]
	if !escaped {
		return string(raw), nil
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		if raw[i] != '#' {
			out = append(out, raw[i])
			continue
		}
		var hi, lo byte
		ok := i+2 < len(raw)
		if ok {
			var ok2 bool
			hi, ok = unhex(raw[i+1])
			lo, ok2 = unhex(raw[i+2])
			ok = ok && ok2
		}
		if !ok {
			return "", p.errorf("name /%s: # not followed by two hexadecimal digits", raw)
		}
		out = append(out, hi<<4|lo)
		i += 2
	}
	return string(out), nil
}

// literalString moves past a literal string: balanced parentheses, with
// backslash escapes.
func (p *parser) literalString() error {
	start := p.pos
	depth := 0
	for ; p.pos < len(p.src); p.pos++ {
		switch p.src[p.pos] {
		case '\\':
			p.pos++ // the escaped character, whatever it is
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				p.pos++
				return nil
			}
		}
	}
	p.pos = start
	return p.errorf("unterminated string")
}

// hexString moves past a hexadecimal string.
func (p *parser) hexString() error {
	start := p.pos
	for p.pos++; p.pos < len(p.src); p.pos++ {
		c := p.src[p.pos]
		if c == '>' {
			p.pos++
			return nil
		}
		if _, ok := unhex(c); !ok && classes[c] != space {
			return p.errorf("%q in a hexadecimal string", c)
		}
	}
	p.pos = start
	return p.errorf("unterminated hexadecimal string")
}

// array moves past an array, reading its elements without keeping them.
func (p *parser) array(depth int) (value, error) {
	if depth >= maxDepth {
		return value{}, p.errorf("arrays and dictionaries nested more than %d deep", maxDepth)
	}
	v := value{kind: kindArray, start: p.pos}
	p.pos++
	for {
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == ']' {
			p.pos++
			v.end = p.pos
			return v, nil
		}
		if _, err := p.value(depth + 1); err != nil {
			return value{}, err
		}
	}
}

// elements calls f with each element of the array a, parsed from src,
// the source a was parsed from; it stops at f's first error.
func elements(src []byte, a *value, f func(item value) error) error {
	if a.kind != kindArray {
		return fmt.Errorf("no array")
	}
	p := parser{src: src[:a.end], pos: a.start + 1}
	for {
		p.skipSpace()
		if p.pos >= len(p.src)-1 {
			return nil
		}
		item, err := p.value(1)
		if err != nil {
			return err
		}
		if err := f(item); err != nil {
			return err
		}
	}
}

// dict reads a dictionary, keeping its entries.
func (p *parser) dict(depth int) (value, error) {
	if depth >= maxDepth {
		return value{}, p.errorf("arrays and dictionaries nested more than %d deep", maxDepth)
	}
	v := value{kind: kindDict, start: p.pos}
	p.pos += 2
	for {
		p.skipSpace()
		if bytes.HasPrefix(p.src[p.pos:], []byte(">>")) {
			p.pos += 2
			v.end = p.pos
			return v, nil
		}
		if p.pos >= len(p.src) || p.src[p.pos] != '/' {
			if p.pos >= len(p.src) {
				return value{}, p.errorf("unterminated dictionary")
			}
			return value{}, p.errorf("a dictionary key expected, found %q", p.src[p.pos])
		}
		keyStart := p.pos
		key, err := p.name()
		if err != nil {
			return value{}, err
		}
		val, err := p.value(depth + 1)
		if err != nil {
			return value{}, fmt.Errorf("/%s: %w", key, err)
		}
		v.entries = append(v.entries, entry{key: key, keyStart: keyStart, value: val})
	}
}

// indirect reads the indirect object that begins at offset at. Its errors
// say where, not which object: the caller knows.
func (p *parser) indirect(at int) (indirect, error) {
	p.pos = at
	num, ok1 := parseInt(p.token())
	gen, ok2 := parseInt(p.token())
	if !ok1 || !ok2 || num < 0 || gen < 0 || !p.keyword("obj") {
		p.pos = at
		return indirect{}, p.errorf("no object begins here")
	}
	o := indirect{num: num, gen: gen, start: at}
	v, err := p.value(0)
	if err != nil {
		return indirect{}, err
	}
	o.value = v
	kwAt := p.pos
	switch kw := p.token(); string(kw) {
	case "endobj":
	case "stream":
		if err := p.streamData(&o); err != nil {
			return indirect{}, err
		}
		if kwAt = p.pos; !p.keyword("endobj") {
			p.pos = kwAt
			return indirect{}, p.errorf("no endobj after endstream")
		}
	default:
		p.pos = kwAt
		return indirect{}, p.errorf("%q where endobj or stream belongs", kw)
	}
	o.end = p.pos
	return o, nil
}

// streamData reads a stream's data, after its keyword "stream": an end of
// line, as many bytes as /Length says, then "endstream".
func (p *parser) streamData(o *indirect) error {
	if o.value.kind != kindDict {
		return p.errorf("stream without a dictionary")
	}
	switch {
	case bytes.HasPrefix(p.src[p.pos:], []byte("\r\n")):
		p.pos += 2
	case bytes.HasPrefix(p.src[p.pos:], []byte("\n")):
		p.pos++
	default:
		return p.errorf("no end of line after the stream keyword")
	}
	lv, ok := o.value.get("Length")
	if !ok {
		return p.errorf("stream without /Length")
	}
	var n int
	switch {
	case lv.kind == kindInt:
		n = lv.num
	case lv.kind == kindRef && p.length != nil:
		var err error
		if n, err = p.length(lv); err != nil {
			return fmt.Errorf("/Length %d %d R: %w", lv.num, lv.gen, err)
		}
	default:
		return p.errorf("/Length is no integer")
	}
	if n < 0 || n > len(p.src)-p.pos {
		return p.errorf("/Length %d runs past the end of the file", n)
	}
	o.stream, o.dataStart, o.dataEnd = true, p.pos, p.pos+n
	p.pos += n
	at := p.pos
	if !p.keyword("endstream") {
		p.pos = at
		return p.errorf("no endstream where /Length %d ends the data", n)
	}
	return nil
}

// parseInt reads an integer: an optional sign and up to 18 digits.
func parseInt(b []byte) (int, bool) {
	neg := false
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		neg = b[0] == '-'
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// parseReal reads a real number as PDF writes one: an optional sign,
// digits and one period, no exponent.
func parseReal(b []byte) (float64, bool) {
	digits, points := 0, 0
	for i, c := range b {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			points++
		case (c == '+' || c == '-') && i == 0:
		default:
			return 0, false
		}
	}
	if digits == 0 || points > 1 {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(b), 64)
	return f, err == nil
}

// unhex is the value of a hexadecimal digit.
func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
