package export

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

// Bad input gets a clear message, and what can be printed is printed.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	png1 := func(w, h int) []byte {
		var b bytes.Buffer
		png.Encode(&b, image.NewGray(image.Rect(0, 0, w, h)))
		return b.Bytes()
	}
	write("wide.png", png1(20_000, 1))
	write("corrupt.png", []byte("\x89PNG\r\n\x1a\nnot really"))
	head := "---\ntitle: 測試\n---\n\n"
	nested := strings.Repeat("> ", 150) + strings.Repeat("- ", 60) + "深層巢狀的段落文字，" + strings.Repeat("測試", 40) + "\n"
	cases := []struct {
		name string
		src  []byte
		want string // "" when the export must succeed
		// breaks is set where the text leaves no break 禁則 allows: the
		// lines are broken anyway, and each such break is reported.
		breaks bool
	}{
		{"invalid UTF-8", []byte(head + "第一段\n\n第二\xff段\n"), ":7:3: byte 0xff is not UTF-8", false},
		{"5 MB article", []byte(head + strings.Repeat("稅務局黨建引領改革。", 180_000)), "the largest accepted is 2 MB", false},
		{"one 200 000-character paragraph", []byte(head + strings.Repeat("稅務局黨建引領改革，", 20_000)), "", false},
		{"a line of 10 000 dashes", []byte(head + "開始" + strings.Repeat("—", 10_000) + "結束\n"), "", true},
		{"deeply nested lists and quotes", []byte(head + nested), "", false},
		{"missing image", []byte(head + "![圖](nope.png)\n"), `image "nope.png" cannot be used`, false},
		{"corrupt image", []byte(head + "![圖](corrupt.png)\n"), "not a PNG or JPEG image", false},
		{"20 000-pixel image", []byte(head + "![圖](wide.png)\n"), "the largest accepted is 10000 pixels a side", false},
		{"front matter of the wrong type", []byte("---\ntitle: [甲, 乙]\n---\n\n正文\n"), ":2:8: title must be text, not a list", false},
	}
	lib := fonts.NewLibrary()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := write("article.md", c.src)
			out := filepath.Join(dir, "out.pdf")
			os.Remove(out)
			job, err := Open(src, lib)
			var doc *layout.Document
			if err == nil {
				doc, err = job.WritePDF(out, Settings{})
			}
			if c.want != "" {
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Fatalf("err = %v, want %q", err, c.want)
				}
				if _, serr := os.Stat(out); serr == nil {
					t.Fatal("a failed export left a PDF")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range doc.Problems {
				if !c.breaks || p.Kind != layout.Overfull || !strings.Contains(p.Message, "禁則") {
					t.Errorf("problem: %+v", p)
				}
			}
			if c.breaks && len(doc.Problems) == 0 {
				t.Error("breaks against the rules were not reported")
			}
			for _, p := range doc.Pages {
				for _, l := range p.Lines {
					if l.X0 < 0 || l.X1 > doc.Paper.Width {
						t.Fatalf("page %d: line %q off the page (%v–%v)", p.Number, l.Text(), l.X0, l.X1)
					}
				}
			}
		})
	}
}

// A malformed profile and a truncated font are refused with their place
// and reason.
func TestBadProfileAndFont(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("organisation: 臺北市政府\naddress: [unclosed\n"), 0o644)
	if _, err := profile.Load(bad); err == nil || !strings.Contains(err.Error(), "bad.yaml:2:1: ") {
		t.Fatalf("malformed profile: %v", err)
	}
	lib := fonts.NewLibrary()
	data, _ := lib.Subset(fonts.SerifTC, []rune("測試"))
	cut := filepath.Join(dir, "cut.ttf")
	os.WriteFile(cut, data[:len(data)/3], 0o644)
	if _, err := AddFont(lib, cut); err == nil || !strings.Contains(err.Error(), "cut.ttf") {
		t.Fatalf("truncated font: %v", err)
	}
}
