package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testenv"
)

// bulletinDir writes a bulletin of the seed article and a second article
// into a folder, with body as the bulletin file, and returns the file.
func bulletinDir(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"a.md": string(src),
		"b.md": "---\ntitle: 第二篇\nlang: zh-Hant\n---\n\n本市今日召開會議，部署下半年工作。\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "bulletin.yaml")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBulletinCommand(t *testing.T) {
	path := bulletinDir(t, "name: 工作動態\nissue: 2\ndate: 2024-06-06\narticles: [a.md, b.md]\ncopies: 50\n")
	out := filepath.Join(filepath.Dir(path), "out.pdf")
	code, stdout, stderr := run("bulletin", "--issue", "7", "--mono", "-o", out, path)
	if code != 0 || !strings.Contains(stdout, "page(s), 2 article(s), A4 中") {
		t.Fatalf("bulletin: %d %q %q", code, stdout, stderr)
	}
	if b, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("no PDF written: %v", err)
	}
	// --footer prints the profile's footer on every page.
	code, _, stderr = run("bulletin", "--profile", prof, "--footer", "-o", out, path)
	if code != 0 {
		t.Fatalf("--footer: %d %q", code, stderr)
	}
	if text := pdfText(t, out); !strings.Contains(text, "滬ICP備19025643號-1") {
		t.Errorf("--footer: no footer in\n%s", text)
	}
	code, _, _ = run("bulletin", "--profile", prof, "-o", out, path)
	if text := pdfText(t, out); code != 0 || strings.Contains(text, "滬ICP備19025643號-1") {
		t.Errorf("without --footer: %d, the footer printed", code)
	}
	// The output may not be one of the inputs.
	code, _, stderr = run("bulletin", "-o", filepath.Join(filepath.Dir(path), "b.md"), path)
	if code != 1 || !strings.Contains(stderr, "b.md") {
		t.Errorf("writing over an article: %d %q", code, stderr)
	}
}

func TestBulletinMessagesArePlaced(t *testing.T) {
	for _, c := range []struct {
		body, lang, want string
	}{
		{"name: 工作動態\narticles:\n  - a.md\n  - missing.md\n", "en", "bulletin.yaml:4:5: "},
		{"name: 工作動態\narticles:\n  - a.md\n  - missing.md\n", "zh-Hant", "missing.md：找不到這個檔案"},
		{"name: 工作動態\nissue: 第二期\narticles: [a.md]\n", "en", `bulletin.yaml:2:8: "issue" must be a whole number`},
		{"name: 工作動態\nissue: 第二期\narticles: [a.md]\n", "zh-Hans", `bulletin.yaml:2:8：“issue”应是不小于 1 的整数`},
		{"name: 工作動態\narticles: [a.md]\nsend: [a\n", "en", "bulletin.yaml:3:1: YAML syntax"},
	} {
		path := bulletinDir(t, c.body)
		code, _, stderr := run("bulletin", "--lang", c.lang, "-o", filepath.Join(t.TempDir(), "o.pdf"), path)
		if code != 1 || !strings.Contains(stderr, c.want) {
			t.Errorf("%q in %s: %d %q, want …%s…", c.body, c.lang, code, stderr, c.want)
		}
	}
	if code, _, stderr := run("bulletin", "a.yaml"); code != 2 || !strings.Contains(stderr, "-o OUT.pdf") {
		t.Errorf("no -o: %d %q", code, stderr)
	}
}

// pdfText is the PDF's text as pdftotext reads it, without white space.
func pdfText(t *testing.T, pdf string) string {
	t.Helper()
	testenv.Tool(t, "pdftotext")
	b, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(b)), "")
}
