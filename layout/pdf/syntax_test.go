package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// describe writes a parsed value back in a canonical form that shows what
// the parser made of it: kinds, numbers, decoded names, nesting.
func describe(src string, v *value) string {
	switch v.kind {
	case kindNull:
		return "null"
	case kindBool:
		return fmt.Sprint(v.num == 1)
	case kindInt:
		return fmt.Sprint(v.num)
	case kindReal:
		return fmt.Sprintf("%gr", v.real)
	case kindString:
		return "str" + src[v.start:v.end]
	case kindName:
		return "/" + v.name
	case kindRef:
		return fmt.Sprintf("%d.%dR", v.num, v.gen)
	case kindArray:
		var parts []string
		if err := elements([]byte(src), v, func(item value) error {
			parts = append(parts, describe(src, &item))
			return nil
		}); err != nil {
			return "[" + err.Error() + "]"
		}
		return "[" + strings.Join(parts, " ") + "]"
	case kindDict:
		var parts []string
		for i := range v.entries {
			parts = append(parts, "/"+v.entries[i].key+"="+describe(src, &v.entries[i].value))
		}
		return "{" + strings.Join(parts, " ") + "}"
	}
	return "?"
}

// Values in every form PDF allows, with the white space, comments and
// layouts gopdf does not write.
func TestParseValue(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"null", "null"},
		{"true", "true"},
		{"false", "false"},
		{"42", "42"},
		{"-17", "-17"},
		{"+3", "3"},
		{"595.28", "595.28r"},
		{"-.5", "-0.5r"},
		{"4.", "4r"},
		{"/Name", "/Name"},
		{"/A#20B#2f", "/A B/"},
		{"/", "/"},
		{"(a (nested) string\\) with ) tail", "str(a (nested) string\\) with )"},
		{"(>> endobj ] )", "str(>> endobj ] )"},
		{"<FEFF 5E02\n6C11>", "str<FEFF 5E02\n6C11>"},
		{"12 0 R", "12.0R"},
		{"12 0 Rx", "12"},
		{"[12 0 R 13 0 R]", "[12.0R 13.0R]"},
		{"[0 0 595.28 841.89]", "[0 0 595.28r 841.89r]"},
		{"[1 2 R]", "[1.2R]"},
		{"[1 2]", "[1 2]"},
		{"[13[1000]19[500 250]]", "[13 [1000] 19 [500 250]]"},
		{"<</Length 5>>", "{/Length=5}"},
		{"<< /Type/Font/Subtype /CIDFontType2 >>", "{/Type=/Font /Subtype=/CIDFontType2}"},
		{"<<\r\n\t/A 1 % a comment >> ]\r\n/B<</C[/D(e)]>>\n>>", "{/A=1 /B={/C=[/D str(e)]}}"},
		{"<</Length 7 0 R/Filter/FlateDecode>>", "{/Length=7.0R /Filter=/FlateDecode}"},
		{"% leading comment\n  [ ]", "[]"},
	} {
		p := parser{src: []byte(c.in)}
		v, err := p.value(0)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if got := describe(c.in, &v); got != c.want {
			t.Errorf("%q: got %s, want %s", c.in, got, c.want)
		}
		// The value's span holds the value, and only it.
		span := c.in[v.start:v.end]
		q := parser{src: []byte(span)}
		w, err := q.value(0)
		if err != nil || describe(span, &w) != c.want || w.end != len(span) {
			t.Errorf("%q: the value's span %q reads as %s", c.in, span, describe(span, &w))
		}
	}
}

// Where a value or dictionary is malformed, the parser says so and where.
func TestParseValueErrors(t *testing.T) {
	for _, in := range []string{
		"", "   ", "]", ">>", "{", "endobj", "R", "1.2.3", "--1",
		"(unterminated", "(a (b)", "<FEFG>", "<FEFF", "[1 2", "<</A 1", "<</A>>", "<<1 2>>", "<</A 1 >",
		"/A#2", "/A#zz",
		strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1),
		strings.Repeat("<</A ", maxDepth+1) + "1" + strings.Repeat(">>", maxDepth+1),
	} {
		p := parser{src: []byte(in)}
		if v, err := p.value(0); err == nil {
			t.Errorf("%q: no error, got %s", in, describe(in, &v))
		} else if !strings.Contains(err.Error(), "at byte ") {
			t.Errorf("%q: error %q does not say where", in, err)
		}
	}
	// Nesting up to the limit is fine.
	in := strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth)
	p := parser{src: []byte(in)}
	if _, err := p.value(0); err != nil {
		t.Errorf("%d nested arrays: %v", maxDepth, err)
	}
}

// Indirect objects and streams, written as gopdf does not: keys in other
// orders, extra keys, other white space, /Length by reference, data that
// holds "endstream".
func TestParseIndirect(t *testing.T) {
	lengths := map[int]int{9: 5}
	length := func(ref *value) (int, error) {
		if n, ok := lengths[ref.num]; ok {
			return n, nil
		}
		return 0, fmt.Errorf("no object %d", ref.num)
	}
	for _, c := range []struct {
		name, in string
		want     string // the value, described
		data     string // the stream's data; "" for no stream
	}{
		{"gopdf", "5 0 obj\n<<\n/Length 5\n>>\nstream\nhello\nendstream\nendobj\n", "{/Length=5}", "hello"},
		{"no space at all", "5 0 obj<</Length 5>>stream\nhelloendstream endobj", "{/Length=5}", "hello"},
		{"CRLF", "5 0 obj\r\n<</Length 5>>\r\nstream\r\nhello\r\nendstream\r\nendobj\r\n", "{/Length=5}", "hello"},
		{"keys in another order, extra keys", "5 0 obj\n<< /Type /XObject /Filter /FlateDecode /DecodeParms << /Columns 4 >> /Length 5 /Subtype /Image >>\nstream\nhello\nendstream\nendobj",
			"{/Type=/XObject /Filter=/FlateDecode /DecodeParms={/Columns=4} /Length=5 /Subtype=/Image}", "hello"},
		{"comments and tabs", "5\t0 obj % the contents\n<<\t/Length\t5 % five\n>> % done\nstream\nhello\n% not a comment here\nendstream % but here\nendobj",
			"{/Length=5}", "hello"},
		{"length by reference", "5 0 obj <</Length 9 0 R>> stream\nhello\nendstream\nendobj", "{/Length=9.0R}", "hello"},
		{"data holding endstream", "5 0 obj <</Length 31>> stream\n(x) Tj endstream\nendobj\n1 0 obj\nendstream\nendobj",
			"{/Length=31}", "(x) Tj endstream\nendobj\n1 0 obj"},
		{"empty data", "5 0 obj <</Length 0>> stream\nendstream endobj", "{/Length=0}", ""},
		{"not a stream", "5 0 obj\n<< /Type /Page /Contents 6 0 R /Annots [ 7 0 R ] >>\nendobj", "{/Type=/Page /Contents=6.0R /Annots=[7.0R]}", ""},
		{"a bare number", "9 0 obj 5 endobj", "5", ""},
		{"generation", "5 3 obj (endobj) endobj", "str(endobj)", ""},
	} {
		src := []byte("junk " + c.in + " trailing")
		p := parser{src: src, length: length}
		o, err := p.indirect(len("junk "))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := describe(string(src), &o.value); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
		if o.stream != (c.data != "" || strings.Contains(c.in, "stream")) {
			t.Errorf("%s: stream %v", c.name, o.stream)
		}
		if o.stream && string(src[o.dataStart:o.dataEnd]) != c.data {
			t.Errorf("%s: data %q, want %q", c.name, src[o.dataStart:o.dataEnd], c.data)
		}
		if body := string(src[o.start:o.end]); body != strings.TrimRight(c.in, "\r\n") {
			t.Errorf("%s: object spans %q", c.name, body)
		}
	}
}

func TestParseIndirectErrors(t *testing.T) {
	length := func(*value) (int, error) { return 0, fmt.Errorf("no such object") }
	for _, c := range []struct{ in, want string }{
		{"5 0 R", "no object begins here"},
		{"5 obj 1 endobj", "no object begins here"},
		{"-5 0 obj 1 endobj", "no object begins here"},
		{"5 0 obj 1", "where endobj or stream belongs"},
		{"5 0 obj 1 2 endobj", "where endobj or stream belongs"},
		{"5 0 obj [1 stream\nx\nendstream endobj", "where a value belongs"},
		{"5 0 obj [1] stream\nx\nendstream endobj", "stream without a dictionary"},
		{"5 0 obj <<>> stream\nx\nendstream endobj", "stream without /Length"},
		{"5 0 obj <</Length 1>> stream x\nendstream endobj", "no end of line after the stream keyword"},
		{"5 0 obj <</Length 1>> stream\rx\nendstream endobj", "no end of line after the stream keyword"},
		{"5 0 obj <</Length (1)>> stream\nx\nendstream endobj", "/Length is no integer"},
		{"5 0 obj <</Length 7 0 R>> stream\nx\nendstream endobj", "/Length 7 0 R: no such object"},
		{"5 0 obj <</Length 99>> stream\nx\nendstream endobj", "runs past the end of the file"},
		{"5 0 obj <</Length -1>> stream\nx\nendstream endobj", "runs past the end of the file"},
		// Lengths that miss: the data is never searched for "endstream".
		{"5 0 obj <</Length 3>> stream\nx\nendstream endobj", "no endstream where /Length 3 ends the data"},
		{"5 0 obj <</Length 2>> stream\nxyz endstream\nendstream endobj", "no endstream where /Length 2 ends the data"},
		{"5 0 obj <</Length 1>> stream\nx\nendstream 6 0 obj", "no endobj after endstream"},
	} {
		p := parser{src: []byte(c.in), length: length}
		if _, err := p.indirect(0); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.in, err, c.want)
		}
	}
}

// The parser never panics, and what it accepts lies within its input.
func FuzzParseIndirect(f *testing.F) {
	for _, s := range []string{
		"5 0 obj\n<<\n/Length 5\n>>\nstream\nhello\nendstream\nendobj\n",
		"5 0 obj <</Length 9 0 R /A [1 2 R (x\\)) <4142>] /B#20 true>> stream\r\nhello\nendstream\nendobj",
		"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj",
		"8 0 obj\n<< /Subtype /CIDFontType2 /W [13[1000]19 20 500] >>\nendobj",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		p := parser{src: src, length: func(*value) (int, error) { return 3, nil }}
		o, err := p.indirect(0)
		if err != nil {
			return
		}
		if o.start != 0 || o.end > len(src) || o.end < o.start {
			t.Fatalf("object spans %d:%d of %d bytes", o.start, o.end, len(src))
		}
		if o.stream && (o.dataStart > o.dataEnd || o.dataEnd > o.end) {
			t.Fatalf("data spans %d:%d of an object ending at %d", o.dataStart, o.dataEnd, o.end)
		}
		var check func(v *value)
		check = func(v *value) {
			if v.start < 0 || v.end > len(src) || v.start >= v.end {
				t.Fatalf("value spans %d:%d of %d bytes", v.start, v.end, len(src))
			}
			elements(src, v, func(item value) error {
				check(&item)
				return nil
			})
			for i := range v.entries {
				if v.entries[i].keyStart < v.start || src[v.entries[i].keyStart] != '/' {
					t.Fatalf("key at %d", v.entries[i].keyStart)
				}
				check(&v.entries[i].value)
			}
		}
		check(&o.value)
	})
}
