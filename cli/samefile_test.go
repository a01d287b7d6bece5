package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An output that is one of the inputs — the article, the profile, an
// image, a font — by its own name, a symbolic link or a hard link, is
// refused with a message, exit 1, and every file stays byte for byte.
func TestOutputIsAnInput(t *testing.T) {
	dir := t.TempDir()
	copyFile := func(from, name string) string {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	art := copyFile("../export/testdata/seed-tax-article.md", "art.md")
	prof := copyFile(prof, "profile.yaml")
	font := copyFile("../fonts/NotoSerifTC-Regular.ttf", "body.ttf")
	png := copyFile("../export/testdata/hall.png", "photo.png")
	withImage := filepath.Join(dir, "figure.md")
	os.WriteFile(withImage, []byte("---\ntitle: 圖\n---\n\n圖片如下。\n\n![](photo.png \"說明\")\n"), 0o644)
	if err := os.Symlink("art.md", filepath.Join(dir, "sym.pdf")); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	if err := os.Link(art, filepath.Join(dir, "hard.pdf")); err != nil {
		t.Skipf("no hard links: %v", err)
	}
	before := map[string][]byte{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		before[e.Name()], _ = os.ReadFile(filepath.Join(dir, e.Name()))
	}
	cases := [][]string{
		{"export", "-o", art, art},
		{"export", "-o", filepath.Join(dir, "sym.pdf"), art},
		{"export", "-o", filepath.Join(dir, "hard.pdf"), art},
		{"export", "-o", filepath.Join(dir, ".", "art.md"), art},
		{"export", "--profile", prof, "-o", prof, art},
		{"export", "--body-font", font, "-o", font, art},
		{"export", "--heading-font", "2=" + font, "-o", font, art},
		{"export", "-o", png, withImage},
		{"convert", "--to", "t2s", "-o", art, art},
		{"convert", "--to", "t2s", "-o", filepath.Join(dir, "sym.pdf"), art},
	}
	for _, c := range cases {
		code, _, stderr := run(c...)
		if code != 1 || !strings.Contains(stderr, "nothing was written") {
			t.Errorf("%s: exit %d, %q; want 1 and a refusal", strings.Join(c, " "), code, stderr)
		}
	}
	entries, _ = os.ReadDir(dir)
	if len(entries) != len(before) {
		t.Errorf("files now %d, were %d", len(entries), len(before))
	}
	for name, b := range before {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); !bytes.Equal(got, b) {
			t.Errorf("%s changed", name)
		}
	}
}
