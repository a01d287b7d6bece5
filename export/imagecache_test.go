package export

import (
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Picture gives a figure at exactly the size asked for; with a cache, the
// same picture again until the file changes.
func TestPicture(t *testing.T) {
	dir := t.TempDir()
	hall, err := os.ReadFile("testdata/hall.png")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "hall.png")
	if err := os.WriteFile(path, hall, 0o644); err != nil {
		t.Fatal(err)
	}
	fg := Figures{Dir: dir, Cache: new(ImageCache)}
	for _, size := range []image.Point{{160, 80}, {640, 320}, {1000, 500}, {7, 3}} {
		img, err := fg.Picture("hall.png", size.X, size.Y)
		if err != nil {
			t.Fatal(err)
		}
		if img.Bounds().Size() != size {
			t.Errorf("asked for %v, got %v", size, img.Bounds().Size())
		}
	}
	a, _ := fg.Picture("hall.png", 160, 80)
	b, _ := fg.Picture("hall.png", 160, 80)
	if a != b {
		t.Error("the cache decoded the unchanged figure again")
	}
	// Another image under the same name, with another time.
	if err := os.WriteFile(path, pngHeaderOnlyFile(t), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	os.Chtimes(path, later, later)
	if c, err := fg.Picture("hall.png", 160, 80); err == nil && c == a {
		t.Error("the cache kept the picture of a file since replaced")
	}
}

// pngHeaderOnlyFile is a small valid PNG other than hall.png.
func pngHeaderOnlyFile(t *testing.T) []byte {
	t.Helper()
	return pngHeaderOnly(20, 10, 8, 2)
}

// The preview refuses what is not a regular file, or too large, at once:
// a FIFO does not stop it.
func TestPictureRefuses(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.png")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	os.Mkdir(filepath.Join(dir, "folder.png"), 0o755)
	if err := writePadded(filepath.Join(dir, "padded.png"), 2<<30); err != nil {
		t.Fatal(err)
	}
	fg := Figures{Dir: dir, Cache: new(ImageCache)}
	for path, want := range map[string]string{
		"fifo.png":   "named pipe",
		"folder.png": "folder",
		"/dev/zero":  "device",
		"padded.png": "50 MB",
	} {
		done := make(chan error, 1)
		go func() {
			_, err := fg.Picture(path, 100, 100)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: %v, want an error saying %q", path, err, want)
			}
		case <-time.After(hangGuard):
			openWriteEnd(fifo)
			t.Fatalf("%s: the preview blocked", path)
		}
	}
}
