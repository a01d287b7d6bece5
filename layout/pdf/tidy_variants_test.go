package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testenv"
)

// reordered writes a file gopdf wrote as another writer might have: each
// object's dictionary with its keys in reverse order, one to a line, with
// CRLF, tabs and comments; each stream's /Length a reference to an object
// of its own, and a key besides whose string holds "endstream"; each
// uncompressed stream's data ending in a comment that holds "endstream"
// and "endobj"; the objects in reverse order; the table in two subsections
// with CRLF rows; the trailer's keys reversed, with an /ID.
func reordered(t testing.TB, raw []byte) []byte {
	t.Helper()
	x, err := readXref(raw)
	if err != nil {
		t.Fatal(err)
	}
	objs, err := readObjects(raw, x)
	if err != nil {
		t.Fatal(err)
	}
	dict := func(v *value, extra ...string) string {
		var b strings.Builder
		b.WriteString("<<\r\n")
		for i := len(v.entries) - 1; i >= 0; i-- {
			e := &v.entries[i]
			if e.key == "Length" && extra != nil {
				continue
			}
			fmt.Fprintf(&b, "\t%s %% key %d\r\n", raw[e.keyStart:e.value.end], i)
		}
		for _, e := range extra {
			fmt.Fprintf(&b, "\t%s\r\n", e)
		}
		b.WriteString(">>")
		return b.String()
	}
	f := pdfFile{rowEnd: "\r\n", split: true}
	next := len(x.objects)
	for i := len(objs) - 1; i >= 0; i-- {
		o := &objs[i]
		if !o.stream {
			body := string(raw[o.value.start:o.value.end])
			if o.value.kind == kindDict {
				body = dict(&o.value)
			}
			f.objects = append(f.objects, fmt.Sprintf("%d %d obj\r\n%s\r\nendobj", o.num, o.gen, body))
			continue
		}
		data := slices.Clip(raw[o.dataStart:o.dataEnd])
		if o.value.find("Filter") == nil {
			data = append(data, "\n% endstream\nendobj\n"...)
		}
		f.objects = append(f.objects,
			fmt.Sprintf("%d %d obj %s stream\r\n%s\r\nendstream\r\nendobj", o.num, o.gen,
				dict(&o.value, fmt.Sprintf("/Length %d 0 R", next), "/Paiban (endstream\\)endobj)"), data),
			fmt.Sprintf("%d 0 obj %d endobj", next, len(data)))
		next++
	}
	var trailer strings.Builder
	trailer.WriteString("<< /ID [<0123> <4567>]")
	for i := len(x.trailer.entries) - 1; i >= 0; i-- {
		if e := &x.trailer.entries[i]; e.key != "Size" {
			fmt.Fprintf(&trailer, "\n%s", raw[e.keyStart:e.value.end])
		}
	}
	fmt.Fprintf(&trailer, "\n/Size %d >>", next)
	f.trailer = trailer.String()
	return f.bytes()
}

// gopdf's output with its keys in other orders, other white space, other
// keys, lengths given by reference and data that holds "endstream" is
// tidied just as well: qpdf finds nothing wrong, the text and its places
// are gopdf's, and the pages look as those of gopdf's own output tidied.
func TestTidyReordered(t *testing.T) {
	raw, programs := gopdfFile(t, tidyText, 2)
	variant := reordered(t, raw)
	if bytes.Equal(variant, raw) || !bytes.Contains(variant, []byte("/FontName /ABCDEF+Serif % key 7\r\n\t/FontFile2")) {
		t.Fatalf("the variant does not have the font descriptor's keys reversed:\n%s", variant)
	}
	z := zlib.NewWriter(io.Discard)
	info := Info{Title: "標題", Keywords: "稅務"}
	want, err := tidy(raw, info, programs, z)
	if err != nil {
		t.Fatal(err)
	}
	got, err := tidy(variant, info, programs, z)
	if err != nil {
		t.Fatal(err)
	}
	checkTidied(t, got)
	if !bytes.Contains(got, []byte("/Paiban (endstream\\)endobj)")) {
		t.Error("a stream's other key was lost")
	}

	dir := t.TempDir()
	paths := map[string]string{}
	for name, b := range map[string][]byte{"raw": raw, "variant": variant, "want": want, "got": got} {
		paths[name] = filepath.Join(dir, name+".pdf")
		if err := os.WriteFile(paths[name], b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	qpdfCheck(t, paths["variant"]) // the variant is itself a sound file
	qpdfCheck(t, paths["got"])
	if a, b := textBoxes(t, paths["raw"]), textBoxes(t, paths["got"]); a != b {
		t.Errorf("text or its places changed:\n%s\n---\n%s", a, b)
	}
	// The glyphs' outlines are the real fonts' (gopdf's subsets have none):
	// the pages look as those of gopdf's own file, tidied.
	testenv.Tool(t, "pdftoppm")
	render := func(path string) []byte {
		b, err := exec.Command("pdftoppm", "-r", "24", "-gray", path).Output()
		if err != nil {
			t.Fatalf("pdftoppm: %v", err)
		}
		return b
	}
	blank := render(paths["raw"])
	if a, b := render(paths["want"]), render(paths["got"]); !bytes.Equal(a, b) || bytes.Equal(a, blank) {
		t.Errorf("the pages of the tidied variant differ from gopdf's tidied (or the text printed blank)")
	}
}

// A hand-written file with what gopdf does not write: every stream is
// compressed whatever its dictionary holds besides, or left alone if it
// is filtered already; the widths in both forms of /W are compacted; the
// program comes in by a descriptor whose /FontName comes first.
func TestTidyHandWritten(t *testing.T) {
	content := "BT /F1 12 Tf 10 10 Td <0001> Tj ET\n% endstream\nendobj\n1 0 obj\n"
	objects := []string{
		"1 0 obj << /Pages 2 0 R /Type /Catalog >> endobj",
		"2 0 obj << /Count 1 /Kids [3 0 R] /Type /Pages >> endobj",
		"3 0 obj\n<<\n/Contents 4 0 R /MediaBox [0 0 200 200] /Parent 2 0 R\n/Resources << /Font << /F1 7 0 R >> >> /Type /Page >>\nendobj",
		fmt.Sprintf("4 0 obj\n<< /Extra (endstream) /Length 5 0 R /DL %d >>\nstream\r\n%sendstream\nendobj", len(content), content),
		fmt.Sprintf("5 0 obj\n%d\nendobj", len(content)),
		"6 0 obj << /FontName /TEST+Font /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 9 0 R /Type /FontDescriptor >> endobj",
		"7 0 obj << /Type /Font /Subtype /Type0 /BaseFont /TEST+Font /Encoding /Identity-H /DescendantFonts [8 0 R] >> endobj",
		"8 0 obj << /W [1 3 500 4 [1000 1000] 6 [250]] /FontDescriptor 6 0 R /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /BaseFont /TEST+Font /Subtype /CIDFontType2 /Type /Font >> endobj",
		"9 0 obj <</Length1 3 /Length 3 /Filter /FlateDecode>> stream\nxyz\nendstream endobj",
		"10 0 obj << /Filter /ASCIIHexDecode /Length 7 >>\nstream\n414243>\nendstream\nendobj",
		"11 0 obj << /DecodeParms << /Predictor 12 >> /Length 3 >>\nstream\nabc\nendstream\nendobj",
	}
	in := pdfFile{objects: objects}.bytes()
	program := packProgram("TEST+Font", []byte("a font program"))
	z := zlib.NewWriter(io.Discard)
	out, err := tidy(in, Info{Keywords: "k"}, map[string]fontProgram{"TEST+Font": program}, z)
	if err != nil {
		t.Fatal(err)
	}
	x, err := readXref(out)
	if err != nil {
		t.Fatal(err)
	}
	objs, err := readObjects(out, x)
	if err != nil {
		t.Fatal(err)
	}
	byNum := map[int]*indirect{}
	for i := range objs {
		byNum[objs[i].num] = &objs[i]
	}
	data := func(n int) []byte { return out[byNum[n].dataStart:byNum[n].dataEnd] }
	src := func(n int) string { return string(out[byNum[n].start:byNum[n].end]) }

	// The contents: compressed, their other keys kept, the data intact.
	if got, want := describe(string(out), &byNum[4].value), fmt.Sprintf("{/Length=%d /Filter=/FlateDecode /Extra=str(endstream) /DL=%d}", len(data(4)), len(content)); got != want {
		t.Errorf("contents: %s, want %s", got, want)
	}
	r, err := zlib.NewReader(bytes.NewReader(data(4)))
	if err != nil {
		t.Fatal(err)
	}
	if b, err := io.ReadAll(r); err != nil || string(b) != content {
		t.Errorf("contents come back as %q, %v", b, err)
	}
	// The widths: 500 the most common, the rest in ranges.
	if want := "/DW 500\n/W [ 4 5 1000 6 6 250 ]"; !strings.Contains(src(8), want) || strings.Count(src(8), "/W") != 1 {
		t.Errorf("CID font: %s, want %s in it", src(8), want)
	}
	// The program: the one given, in place of the descriptor's.
	if !bytes.Equal(data(9), program.packed) || !strings.Contains(src(9), fmt.Sprintf("/Length1 %d", len(program.raw))) {
		t.Errorf("font program: %.80q", src(9))
	}
	// What is filtered already, or has parameters for a filter it lacks,
	// is as it was.
	for _, n := range []int{10, 11} {
		if !bytes.Contains(in, []byte(src(n))) {
			t.Errorf("object %d changed: %q", n, src(n))
		}
	}
	for _, n := range []int{1, 2, 3, 5, 6, 7} {
		if !bytes.Contains(in, []byte(src(n))) {
			t.Errorf("object %d changed: %q", n, src(n))
		}
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	os.WriteFile(path, out, 0o644)
	qpdfCheck(t, path)
}

// Damage tidy cannot read past is refused, and said where.
func TestTidyRefuses(t *testing.T) {
	base := []string{
		"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
		"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj",
	}
	descriptor := "3 0 obj << /Type /FontDescriptor /FontFile2 4 0 R /FontName /A+B >> endobj"
	program := "4 0 obj << /Length 1 >> stream\nx\nendstream endobj"
	programs := map[string]fontProgram{"A+B": packProgram("A+B", []byte("p"))}
	for _, c := range []struct {
		name     string
		in       []byte
		programs map[string]fontProgram
		want     string
	}{
		{"no objects", []byte("%PDF-1.7\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF"), nil, "no objects"},
		{"wrong object", []byte(strings.Replace(string(pdfFile{objects: base}.bytes()), "2 0 obj", "7 0 obj", 1)), nil, "puts object 2 0 at"},
		{"bad object", pdfFile{objects: append(base, "3 0 obj << /A >> endobj")}.bytes(), nil, "object 3: /A: at byte"},
		{"short length", pdfFile{objects: append(base, "3 0 obj << /Length 1 >> stream\nxy\nendstream endobj")}.bytes(), nil, "object 3: at byte"},
		{"length of no integer", pdfFile{objects: append(base, "3 0 obj << /Length 4 0 R >> stream\nx\nendstream endobj", "4 0 obj (1) endobj")}.bytes(), nil, "/Length 4 0 R: object 4 is no integer"},
		{"length of no object", pdfFile{objects: append(base, "3 0 obj << /Length 9 0 R >> stream\nx\nendstream endobj")}.bytes(), nil, "/Length 9 0 R: no such object"},
		{"no font name", pdfFile{objects: append(base, strings.Replace(descriptor, "/FontName /A+B", "", 1), program)}.bytes(), programs, "font descriptor 3: no /FontName"},
		{"unknown font", pdfFile{objects: append(base, strings.Replace(descriptor, "/A+B", "/A+C", 1), program)}.bytes(), programs, "no font program for A+C"},
		{"program not in the file", pdfFile{objects: append(base, descriptor)}.bytes(), programs, "/FontFile2, object 4, is no object of the file"},
		{"a font without a descriptor", pdfFile{objects: base}.bytes(), programs, "1 font programs for 0 fonts"},
	} {
		_, err := tidy(c.in, Info{}, c.programs, zlib.NewWriter(io.Discard))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "rewriting the PDF: ") {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

// tidy never panics, whatever it is given, and what it writes it can read.
func FuzzTidy(f *testing.F) {
	f.Add(pdfFile{objects: smallObjects}.bytes())
	f.Add(pdfFile{objects: append(slices.Clip(smallObjects),
		"5 0 obj << /Length 6 0 R /A [1 2 R] >> stream\r\nxy\nendstream endobj", "6 0 obj 2 endobj",
		"7 0 obj << /Subtype /CIDFontType2 /W [1 [500] 2 3 1000] >> endobj"), rowEnd: "\r\n", split: true}.bytes())
	z := zlib.NewWriter(io.Discard)
	f.Fuzz(func(t *testing.T, in []byte) {
		out, err := tidy(in, Info{}, nil, z)
		if err != nil {
			return
		}
		x, err := readXref(out)
		if err == nil {
			_, err = readObjects(out, x)
		}
		if err != nil {
			t.Fatalf("tidied output does not read back: %v\n%q", err, out)
		}
	})
}
