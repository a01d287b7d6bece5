package cli

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// render draws the page asked for at the resolution asked for, and
// refuses a page the article does not have, a resolution out of range and
// an output that is the article.
func TestRender(t *testing.T) {
	out := filepath.Join(t.TempDir(), "p2.png")
	code, stdout, stderr := run("render", "--page", "2", "--dpi", "72", "-o", out, seed)
	if code != 0 || !strings.Contains(stdout, "page 2 of 3") {
		t.Fatalf("render: %d %q %q", code, stdout, stderr)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 596 || b.Dy() != 842 { // A4 at 72 dpi, rounded up
		t.Errorf("%v, want 596 × 842", b.Size())
	}
	for _, bad := range [][]string{
		{"render", "--page", "4", "-o", out, seed},
		{"render", "--dpi", "5000", "-o", out, seed},
		{"render", seed},
	} {
		if code, _, _ := run(bad...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
	art := write(t, "a.md", "---\ntitle: 甲\n---\n\n正文。\n")
	if code, _, stderr := run("render", "-o", art, art); code != 1 || !strings.Contains(stderr, "nothing was written") {
		t.Errorf("render over the article: %d %q", code, stderr)
	}
}
