package export

import (
	"bytes"
	"errors"
	"image"
	stdpng "image/png"
	"os"
	"path/filepath"
	"testing"
)

func TestCopyFigure(t *testing.T) {
	png, err := os.ReadFile("testdata/hall.png")
	if err != nil {
		t.Fatal(err)
	}
	dir, from := t.TempDir(), t.TempDir()
	src := filepath.Join(from, "會場 照片 (1).PNG")
	if err := os.WriteFile(src, png, 0o644); err != nil {
		t.Fatal(err)
	}
	rel, err := CopyFigure(dir, src)
	if err != nil {
		t.Fatal(err)
	}
	if rel != "images/會場-照片--1.png" {
		t.Errorf("named %q", rel)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel))); !bytes.Equal(got, png) {
		t.Error("the copy differs from the picture")
	}
	// The same picture again reuses the copy.
	if again, err := CopyFigure(dir, src); err != nil || again != rel {
		t.Errorf("second copy: %q, %v", again, err)
	}
	// Another picture of that name does not replace it.
	other := filepath.Join(t.TempDir(), "會場 照片 (1).PNG")
	var changed bytes.Buffer
	if err := stdpng.Encode(&changed, image.NewGray(image.Rect(0, 0, 40, 30))); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, changed.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	second, err := CopyFigure(dir, other)
	if err != nil {
		t.Fatal(err)
	}
	if second != "images/會場-照片--1-2.png" {
		t.Errorf("second picture named %q", second)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel))); !bytes.Equal(got, png) {
		t.Error("the first copy was replaced")
	}
	// What the export cannot print is refused, and nothing is written.
	text := filepath.Join(from, "notes.png")
	os.WriteFile(text, []byte("not a picture"), 0o644)
	if rel, err := CopyFigure(dir, text); err == nil {
		t.Errorf("a text file was copied as %q", rel)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, FigureFolder)); len(entries) != 2 {
		t.Errorf("the folder holds %d files, want 2", len(entries))
	}
}

// Holds tells a file of other bytes, of another size, a folder and no file
// apart from one that holds the bytes.
func TestHolds(t *testing.T) {
	dir := t.TempDir()
	same := filepath.Join(dir, "same")
	os.WriteFile(same, []byte("圖片"), 0o644)
	other := filepath.Join(dir, "other")
	os.WriteFile(other, []byte("圖畫"), 0o644)
	longer := filepath.Join(dir, "longer")
	os.WriteFile(longer, []byte("圖片圖片"), 0o644)
	for _, c := range []struct {
		path  string
		holds bool
		err   bool
	}{{same, true, false}, {other, false, false}, {longer, false, false}, {dir, false, true}} {
		if got, err := Holds(c.path, []byte("圖片")); got != c.holds || (err != nil) != c.err {
			t.Errorf("%s: %v, %v", filepath.Base(c.path), got, err)
		}
	}
	if _, err := Holds(filepath.Join(dir, "none"), []byte("x")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("no file: %v", err)
	}
}
