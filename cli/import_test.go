package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

const officeDocx = "../importer/testdata/docx/office-hant.docx"

func TestImportDocx(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "news.md")
	code, stdout, stderr := run("import", "-o", out, officeDocx)
	if code != 0 || !strings.Contains(stdout, "news.md (1 picture(s), 0 warning(s))") {
		t.Fatalf("import: %d %q %q", code, stdout, stderr)
	}
	src, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(src)
	if err != nil || a.Meta.Title != "臺北市推動「智慧城市2030」計畫" {
		t.Fatalf("article: %v %q", err, a.Meta.Title)
	}
	if !strings.Contains(string(src), "](images/news-1.png)") {
		t.Errorf("no picture in images/:\n%s", src)
	}
	if pic, err := os.ReadFile(filepath.Join(dir, "images", "news-1.png")); err != nil || !strings.HasPrefix(string(pic), "\x89PNG") {
		t.Errorf("picture: %v", err)
	}
	// The imported article exports, picture and all, without a warning.
	pdf := filepath.Join(dir, "news.pdf")
	if code, _, stderr := run("export", "-o", pdf, out); code != 0 || stderr != "" {
		t.Errorf("export of the import: %d %q", code, stderr)
	}
	// Again: the same pictures are there already, and that is fine.
	if code, _, stderr := run("import", "-o", out, officeDocx); code != 0 {
		t.Errorf("second import: %d %q", code, stderr)
	}
}

// Another picture of the same name is never replaced; nothing is written.
func TestImportKeepsOtherPictures(t *testing.T) {
	dir := t.TempDir()
	pics := filepath.Join(dir, "pics")
	os.MkdirAll(pics, 0o755)
	os.WriteFile(filepath.Join(pics, "a-1.png"), []byte("someone else's"), 0o644)
	out := filepath.Join(dir, "a.md")
	code, _, stderr := run("import", "--images", pics, "-o", out, officeDocx)
	if code != 1 || !strings.Contains(stderr, "a-1.png exists already") {
		t.Fatalf("%d %q", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("the article was written")
	}
	if b, _ := os.ReadFile(filepath.Join(pics, "a-1.png")); string(b) != "someone else's" {
		t.Error("the other picture was replaced")
	}
}

// Warnings are printed in the --lang language, with their place.
func TestImportWarnings(t *testing.T) {
	out := filepath.Join(t.TempDir(), "hans.md")
	code, _, stderr := run("import", "--lang", "zh-Hans", "-o", out, "../importer/testdata/docx/office-hans.docx")
	if code != 0 || !strings.Contains(stderr, "office-hans.docx：第 8 段：文字颜色没有导入") {
		t.Fatalf("%d %q", code, stderr)
	}
}

func TestImportMisuse(t *testing.T) {
	in := write(t, "notes.rtf", "{\\rtf1}")
	if code, _, stderr := run("import", in); code != 1 || !strings.Contains(stderr, `cannot import ".rtf" files`) {
		t.Errorf("rtf: %d %q", code, stderr)
	}
	md := write(t, "a.txt", "標題\n內容。\n")
	if code, _, stderr := run("import", "-o", md, md); code != 1 || !strings.Contains(stderr, "both an input and the output") {
		t.Errorf("output = input: %d %q", code, stderr)
	}
	if code, _, _ := run("import"); code != 2 {
		t.Errorf("no file: %d", code)
	}
	// By default the article goes beside the input, named after it.
	if code, _, stderr := run("import", md); code != 0 {
		t.Errorf("default output: %d %q", code, stderr)
	} else if b, _ := os.ReadFile(strings.TrimSuffix(md, ".txt") + ".md"); !strings.Contains(string(b), "title: 標題") {
		t.Errorf("default output:\n%s", b)
	}
	// … but never over a file there already.
	if code, _, stderr := run("import", md); code != 1 || !strings.Contains(stderr, "a.md exists already") {
		t.Errorf("default output exists: %d %q", code, stderr)
	}
}

// A file that is not there is said so in the --lang language.
func TestImportMissingFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "無.docx")
	if code, _, stderr := run("import", "--lang", "zh-Hant", missing); code != 1 || !strings.Contains(stderr, "無.docx：找不到這個檔案或資料夾") {
		t.Errorf("%d %q", code, stderr)
	}
}
