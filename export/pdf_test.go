package export

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testenv"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

func needTool(t *testing.T, name string) {
	t.Helper()
	testenv.Tool(t, name)
}

func utf16Hex(s string) string {
	var b strings.Builder
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	return b.String()
}

func exportFeatures(t *testing.T) (string, *layout.Document) {
	t.Helper()
	prof, err := profile.Load("testdata/profile-shanghai-tax.yaml")
	if err != nil {
		t.Fatal(err)
	}
	job, err := Open("testdata/features-hans.md", fonts.NewLibrary())
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "features.pdf")
	doc, err := job.WritePDF(out, Settings{Preset: layout.Medium, Paper: layout.A4, Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	return out, doc
}

// The PDF carries the document information, bookmarks for the title and
// headings, clickable links, CID TrueType fonts (never Type 3), and passes
// qpdf's structural check.
func TestPDFStructure(t *testing.T) {
	needTool(t, "pdfinfo")
	needTool(t, "qpdf")
	out, doc := exportFeatures(t)
	info, err := exec.Command("pdfinfo", out).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Title:           市民服务中心试行“一网通办”　首批三十项业务上线",
		"Subject:         办事材料平均减少四成",
		"Keywords:        一网通办, 政务服务, 测试",
		"Author:          國家稅務總局上海市稅務局",
		"Creator:         Paiban " + Version,
		"Page size:       595.28 x 841.89 pts (A4)",
	} {
		if !strings.Contains(string(info), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Outline) != 3 {
		t.Errorf("outline %+v, want the title and two headings", doc.Outline)
	}
	for _, o := range doc.Outline {
		if !bytes.Contains(raw, []byte("/Title <FEFF"+utf16Hex(o.Text)+">")) {
			t.Errorf("no bookmark for %q", o.Text)
		}
	}
	if !bytes.Contains(raw, []byte("/URI (https://www.example.gov.cn/service)")) {
		t.Error("no link annotation for the article's link")
	}
	fontsOut, _ := exec.Command("pdffonts", out).Output()
	if strings.Contains(string(fontsOut), "Type 3") || !strings.Contains(string(fontsOut), "CID TrueType      Identity-H       yes yes yes") {
		t.Errorf("fonts:\n%s", fontsOut)
	}
	if res, err := exec.Command("qpdf", "--check", out).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, res)
	}
}

// The text comes back from the PDF in reading order.
func TestPDFTextInOrder(t *testing.T) {
	needTool(t, "pdftotext")
	out, _ := exportFeatures(t)
	text, err := exec.Command("pdftotext", "-raw", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(text)), "")
	last := -1
	for _, want := range []string{"市民服务中心试行", "办理流程", "选择业务类别", "中心负责人表示", "咨询方式", "service@example.gov.cn", "接受社会监督"} {
		i := strings.Index(flat, want)
		if i <= last {
			t.Fatalf("%q at %d, after %d: out of order or missing", want, i, last)
		}
		last = i
	}
}

// A failed export leaves no partial file and does not replace a good PDF.
func TestFailedExportKeepsOldPDF(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(out, []byte("%PDF-good"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, "bad.md")
	// U+F8FF is in the private use area: no face has it.
	const content = "---\ntitle: 測試\n---\n\n正文\uF8FF。\n"
	if err := os.WriteFile(src, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	job, err := Open(src, fonts.NewLibrary())
	if err != nil {
		t.Fatal(err)
	}
	_, err = job.WritePDF(out, Settings{})
	if err == nil || !strings.Contains(err.Error(), "bad.md:5:3") || !strings.Contains(err.Error(), "U+F8FF") {
		t.Fatalf("err = %v, want the missing character with its line:column", err)
	}
	if got, _ := os.ReadFile(out); string(got) != "%PDF-good" {
		t.Fatalf("the old PDF was replaced: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("left behind: %v", entries)
	}
	// With --allow-missing the export goes through and prints 〓 where the
	// missing character was: in the laid-out document, a 〓 glyph whose
	// source is U+F8FF, and in the PDF's text.
	doc, err := job.WritePDF(out, Settings{AllowMissing: true})
	if err != nil {
		t.Fatal(err)
	}
	var marks []int
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				for _, g := range r.Glyphs {
					if g.Text == "〓" {
						marks = append(marks, int(g.Src))
					}
				}
			}
		}
	}
	if at := strings.Index(content, "\uF8FF"); len(marks) != 1 || marks[0] != at {
		t.Errorf("〓 glyphs from source offsets %v, want one from %d", marks, at)
	}
	needTool(t, "pdftotext")
	text, err := exec.Command("pdftotext", "-raw", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if flat := strings.Join(strings.Fields(string(text)), ""); !strings.Contains(flat, "正文〓。") || strings.ContainsRune(flat, '\uF8FF') {
		t.Errorf("the PDF's text is %q, want 正文〓。", flat)
	}
}
