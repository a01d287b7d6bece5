package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// pdfFile assembles a file for the tests: a header, objects as written
// ("num gen obj … endobj", in the order given) and a classic
// cross-reference table pointing at them, then the trailer.
type pdfFile struct {
	objects []string
	// rowEnd ends each row of the table: " \n" unless set (a row is then
	// no longer 20 bytes, which the reader does not count on).
	rowEnd string
	// split writes the table in two subsections.
	split   bool
	trailer string // the trailer dictionary; /Size and /Root 1 0 R unless set
}

func (f pdfFile) bytes() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := map[int]int{}
	gens := map[int]int{}
	size := 1
	for _, o := range f.objects {
		var n, g int
		if _, err := fmt.Sscanf(o, "%d %d obj", &n, &g); err != nil {
			panic(fmt.Sprintf("test object %.20q: %v", o, err))
		}
		offsets[n], gens[n] = b.Len(), g
		size = max(size, n+1)
		b.WriteString(o)
		b.WriteString("\n")
	}
	rowEnd := f.rowEnd
	if rowEnd == "" {
		rowEnd = " \n"
	}
	row := func(n int) string {
		if off, ok := offsets[n]; ok {
			return fmt.Sprintf("%010d %05d n%s", off, gens[n], rowEnd)
		}
		return "0000000000 65535 f" + rowEnd
	}
	start := b.Len()
	b.WriteString("xref\n")
	if f.split {
		fmt.Fprintf(&b, "0 1\n%s%d %d\n", row(0), 1, size-1)
		for n := 1; n < size; n++ {
			b.WriteString(row(n))
		}
	} else {
		fmt.Fprintf(&b, "0 %d\n", size)
		for n := range size {
			b.WriteString(row(n))
		}
	}
	trailer := f.trailer
	if trailer == "" {
		trailer = fmt.Sprintf("<< /Size %d /Root 1 0 R >>", size)
	}
	fmt.Fprintf(&b, "trailer\n%s\nstartxref\n%d\n%%%%EOF\n", trailer, start)
	return b.Bytes()
}

var smallObjects = []string{
	"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj",
	"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj",
	"4 0 obj (skips 3) endobj",
}

// The table in any of the layouts the standard allows, and the trailer's
// keys in any order.
func TestReadXref(t *testing.T) {
	for _, f := range []pdfFile{
		{objects: smallObjects},
		{objects: smallObjects, rowEnd: "\r\n"},
		{objects: smallObjects, rowEnd: "\n", split: true},
		{objects: smallObjects, trailer: "<<\r\n/ID [<00> <01>] % a comment\n/Root 1 0 R\n/Size 5\n>>"},
		{objects: smallObjects, trailer: "<</Info<</Title(t)>>/Root 1 0 R/Size 5>>"},
	} {
		src := f.bytes()
		x, err := readXref(src)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if len(x.objects) != 5 || x.objects[3] != (xrefEntry{}) || x.objects[0] != (xrefEntry{}) {
			t.Errorf("%q: objects %v", src, x.objects)
		}
		for _, n := range []int{1, 2, 4} {
			at := x.objects[n].offset
			if !bytes.HasPrefix(src[at:], fmt.Appendf(nil, "%d 0 obj", n)) {
				t.Errorf("%q: object %d at %d", src, n, at)
			}
		}
		if !bytes.HasPrefix(src[x.at:], []byte("xref")) {
			t.Errorf("%q: table at %d", src, x.at)
		}
		if root, _ := x.trailer.get("Root"); root == nil || root.kind != kindRef || root.num != 1 {
			t.Errorf("%q: no root", src)
		}
	}
}

// What tidy cannot rewrite as it stands is refused, and said why.
func TestReadXrefRefuses(t *testing.T) {
	good := string(pdfFile{objects: smallObjects}.bytes())
	replace := func(old, new string) []byte {
		if !strings.Contains(good, old) {
			t.Fatalf("%q not in the file", old)
		}
		return []byte(strings.Replace(good, old, new, 1))
	}
	for _, c := range []struct {
		src  []byte
		want string
	}{
		{[]byte("%PDF-1.7\n1 0 obj 1 endobj\n"), "no startxref"},
		{replace("startxref\n", "startxref\n9"), "no offset within the file"},
		{replace("xref\n0 5", "xrex\n0 5"), "no cross-reference table there"},
		{replace("0000000000 65535 f \n0000000", "0000000000 65535 x \n0000000"), "entry 0 is not"},
		{replace("0 5\n", "0 9999999\n"), "no subsection header"},
		{replace("0000000015 00000 n", "0000099999 00000 n"), "object 1 at 99999, outside the objects"},
		{replace("trailer\n<<", "trailer\n[<<"), "trailer"},
		{replace("/Root 1 0 R", "/Root 1"), "no /Root reference"},
		{replace("/Root", "/Prev 9 /Root"), "/Prev: only a single"},
		{replace("/Root", "/Encrypt 3 0 R /Root"), "/Encrypt: only a single"},
		{replace("/Root", "/XRefStm 9 /Root"), "/XRefStm: only a single"},
		{[]byte("%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size 1 /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n"), "a cross-reference stream"},
	} {
		if _, err := readXref(c.src); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.src, err, c.want)
		}
	}
}
