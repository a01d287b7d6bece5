package pdf

import (
	"bytes"
	"compress/zlib"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/signintech/gopdf"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testenv"
)

func TestCompactWidths(t *testing.T) {
	cases := []struct {
		widths map[int]int
		want   string
	}{
		{map[int]int{1: 1000, 2: 1000, 7: 1000}, "/DW 1000\n/W [ ]"},
		{map[int]int{1: 1000, 2: 500, 3: 500, 4: 1000, 5: 500, 9: 1000, 10: 1000}, "/DW 1000\n/W [ 2 3 500 5 5 500 ]"},
		{map[int]int{1: 1000, 2: 500, 3: 500, 4: 1000, 5: 500}, "/DW 500\n/W [ 1 1 1000 4 4 1000 ]"},
		{map[int]int{3: 250, 4: 250, 5: 600}, "/DW 250\n/W [ 5 5 600 ]"},
	}
	for _, c := range cases {
		if got := compactWidths(c.widths); got != c.want {
			t.Errorf("%v: got %q, want %q", c.widths, got, c.want)
		}
	}
}

// A file gopdf wrote, tidied: every stream compressed, the CID font's
// widths the same as gopdf gave them, the information complete, and qpdf
// finds nothing wrong.
func TestTidy(t *testing.T) {
	text := "國家稅務總局 Paiban 2026，「測試」。"
	data, err := fonts.NewLibrary().Subset(fonts.SerifTC, []rune(text))
	if err != nil {
		t.Fatal(err)
	}
	var pdf gopdf.GoPdf
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	pdf.SetInfo(gopdf.PdfInfo{Title: "標題"})
	if err := pdf.AddTTFFontData("ABCDEF+Serif", data); err != nil {
		t.Fatal(err)
	}
	pdf.AddPage()
	if err := pdf.SetFont("ABCDEF+Serif", "", 12); err != nil {
		t.Fatal(err)
	}
	pdf.SetXY(72, 72)
	if err := pdf.Text(text); err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	if _, err := pdf.WriteTo(&raw); err != nil {
		t.Fatal(err)
	}
	program, err := fonts.ForPDF(data)
	if err != nil {
		t.Fatal(err)
	}
	var packed bytes.Buffer
	z := zlib.NewWriter(&packed)
	z.Write(program)
	z.Close()
	programs := map[string]fontProgram{"ABCDEF+Serif": {family: "ABCDEF+Serif", raw: program, packed: packed.Bytes()}}
	if _, err := tidy(raw.Bytes(), Info{}, nil, z); err == nil {
		t.Error("a font without its program was let through")
	}
	out, err := tidy(raw.Bytes(), Info{Title: "標題", Keywords: "稅務, 測試", Author: "某局"}, programs, z)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) >= raw.Len() {
		t.Errorf("tidied file %d bytes, gopdf's %d", len(out), raw.Len())
	}
	for _, m := range regexp.MustCompile(`<<([^<>]*)>>\s*stream`).FindAllSubmatch(out, -1) {
		if !bytes.Contains(m[1], []byte("/FlateDecode")) {
			t.Errorf("stream left uncompressed: << %s >>", m[1])
		}
	}
	if !bytes.Contains(out, []byte("/DW 1000")) {
		t.Error("no default width")
	}
	if bytes.Count(out, []byte("%%EOF")) != 1 {
		t.Error("more than one revision")
	}

	// The widths as PDF readers see them are unchanged: pdftotext's boxes of
	// each character fall in the same places.
	for _, tool := range []string{"qpdf", "pdftotext"} {
		testenv.Tool(t, tool)
	}
	dir := t.TempDir()
	before, after := filepath.Join(dir, "before.pdf"), filepath.Join(dir, "after.pdf")
	os.WriteFile(before, raw.Bytes(), 0o644)
	os.WriteFile(after, out, 0o644)
	if msg, err := exec.Command("qpdf", "--check", after).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, msg)
	}
	boxes := func(path string) string {
		b, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		s := string(b)
		return s[strings.Index(s, "<page"):]
	}
	if a, b := boxes(before), boxes(after); a != b {
		t.Errorf("character boxes changed:\n%s\n---\n%s", a, b)
	}
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
