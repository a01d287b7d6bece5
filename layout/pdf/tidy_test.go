package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signintech/gopdf"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testenv"
)

const tidyText = "國家稅務總局 Paiban 2026，「測試」。"

// gopdfFile is a file as the gopdf of go.mod writes it for Write: text in
// a subset of Noto Serif TC given to gopdf without its outlines, the
// contents left uncompressed, on pages pages of lines of up to 40
// characters of text, one after another, each page with an outline entry
// and a link; and the subset's program, as tidy puts it in.
func gopdfFile(t testing.TB, text string, pages int) ([]byte, map[string]fontProgram) {
	t.Helper()
	data, err := fonts.NewLibrary().Subset(fonts.SerifTC, []rune(text))
	if err != nil {
		t.Fatal(err)
	}
	metrics, err := fonts.WithoutOutlines(data)
	if err != nil {
		t.Fatal(err)
	}
	program, err := fonts.ForPDF(data)
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	var pdf gopdf.GoPdf
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	pdf.SetNoCompression()
	pdf.SetInfo(gopdf.PdfInfo{Title: "標題"})
	if err := pdf.AddTTFFontData("ABCDEF+Serif", metrics); err != nil {
		t.Fatal(err)
	}
	for i := range pages {
		pdf.AddPage()
		pdf.AddOutline(fmt.Sprintf("第 %d 頁", i+1))
		if err := pdf.SetFont("ABCDEF+Serif", "", 12); err != nil {
			t.Fatal(err)
		}
		for y := 72.0; y < 760; y += 16 {
			pdf.SetXY(72, y)
			n := min(len(runes), 40)
			if err := pdf.Text(string(runes[:n])); err != nil {
				t.Fatal(err)
			}
			runes = append(runes[n:], runes[:n]...)
		}
		pdf.AddExternalLink("https://example.org/endstream)endobj", 72, 60, 100, 12)
	}
	var raw bytes.Buffer
	if _, err := pdf.WriteTo(&raw); err != nil {
		t.Fatal(err)
	}
	return raw.Bytes(), map[string]fontProgram{"ABCDEF+Serif": packProgram("ABCDEF+Serif", program)}
}

func packProgram(family string, program []byte) fontProgram {
	var packed bytes.Buffer
	z := zlib.NewWriter(&packed)
	z.Write(program)
	z.Close()
	return fontProgram{family: family, raw: program, packed: packed.Bytes()}
}

// checkTidied reads a tidied file back with the package's own parser: a
// single revision whose table is sound, every stream Flate-compressed and
// readable, each CID font with a default width, the information an
// object of its own.
func checkTidied(t *testing.T, out []byte) {
	t.Helper()
	if bytes.Count(out, []byte("%%EOF")) != 1 {
		t.Error("more than one revision")
	}
	x, err := readXref(out)
	if err != nil {
		t.Fatal(err)
	}
	objs, err := readObjects(out, x)
	if err != nil {
		t.Fatal(err)
	}
	if info, ok := x.trailer.get("Info"); !ok || info.kind != kindRef {
		t.Error("no /Info object")
	}
	fonts := 0
	for i := range objs {
		o := &objs[i]
		if o.stream {
			if f, ok := o.value.get("Filter"); !ok || !f.isName("FlateDecode") {
				t.Errorf("object %d: stream left uncompressed: %s", o.num, out[o.value.start:o.value.end])
				continue
			}
			r, err := zlib.NewReader(bytes.NewReader(out[o.dataStart:o.dataEnd]))
			if err == nil {
				_, err = io.Copy(io.Discard, r)
			}
			if err != nil {
				t.Errorf("object %d: %v", o.num, err)
			}
		}
		if st, ok := o.value.get("Subtype"); ok && st.isName("CIDFontType2") {
			fonts++
			if _, ok := o.value.get("DW"); !ok {
				t.Errorf("object %d: a CID font without /DW", o.num)
			}
		}
	}
	if fonts == 0 {
		t.Error("no CID font")
	}
}

// A file gopdf wrote, tidied: every stream compressed, the CID font's
// widths the same as gopdf gave them, the information complete, and qpdf
// finds nothing wrong.
func TestTidy(t *testing.T) {
	raw, programs := gopdfFile(t, tidyText, 1)
	z := zlib.NewWriter(io.Discard)
	if _, err := tidy(raw, Info{}, nil, z); err == nil {
		t.Error("a font without its program was let through")
	}
	out, err := tidy(raw, Info{Title: "標題", Keywords: "稅務, 測試", Author: "某局"}, programs, z)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) >= len(raw)+len(programs["ABCDEF+Serif"].packed) {
		t.Errorf("tidied file %d bytes, gopdf's %d", len(out), len(raw))
	}
	checkTidied(t, out)
	if !bytes.Contains(out, []byte("/DW 1000")) {
		t.Error("no default width of 1000")
	}

	// The widths as PDF readers see them are unchanged: pdftotext's boxes of
	// each character fall in the same places.
	dir := t.TempDir()
	before, after := filepath.Join(dir, "before.pdf"), filepath.Join(dir, "after.pdf")
	os.WriteFile(before, raw, 0o644)
	os.WriteFile(after, out, 0o644)
	qpdfCheck(t, after)
	if a, b := textBoxes(t, before), textBoxes(t, after); a != b {
		t.Errorf("character boxes changed:\n%s\n---\n%s", a, b)
	}
	testenv.Tool(t, "pdfinfo")
	info, err := exec.Command("pdfinfo", after).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Title:           標題", "Keywords:        稅務, 測試", "Author:          某局"} {
		if !strings.Contains(string(info), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

// qpdfCheck fails t unless qpdf finds nothing wrong with the file at path.
func qpdfCheck(t *testing.T, path string) {
	t.Helper()
	testenv.Tool(t, "qpdf")
	msg, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil || !bytes.Contains(msg, []byte("No syntax or stream encoding errors found")) || bytes.Contains(msg, []byte("WARNING")) {
		t.Fatalf("qpdf --check %s: %v\n%s", filepath.Base(path), err, msg)
	}
}

// textBoxes is pdftotext's text of the file at path with each word's box.
func textBoxes(t *testing.T, path string) string {
	t.Helper()
	testenv.Tool(t, "pdftotext")
	b, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	s := string(b)
	return s[strings.Index(s, "<page"):]
}

// The seed's share of tidy's work: three pages of text in one face of
// some 700 characters.
func BenchmarkTidy(b *testing.B) {
	var text []rune
	for r := rune(0x6c00); len(text) < 700; r++ {
		text = append(text, r)
	}
	raw, programs := gopdfFile(b, string(text), 3)
	z, _ := zlib.NewWriterLevel(nil, zlib.DefaultCompression)
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for range b.N {
		if _, err := tidy(raw, Info{Title: "t"}, programs, z); err != nil {
			b.Fatal(err)
		}
	}
}
