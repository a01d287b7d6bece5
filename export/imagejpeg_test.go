package export

import (
	"bufio"
	"bytes"
	"image/jpeg"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// sampleJPEGs are the JPEGs of Go's image tests (every subsampling, grey,
// CMYK, RGB, progressive), where present, and a larger one made here.
func sampleJPEGs(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	files, _ := filepath.Glob(filepath.Join(runtime.GOROOT(), "src", "image", "testdata", "*.jpeg"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = data
	}
	path := filepath.Join(t.TempDir(), "big.jpg")
	if err := writeJPEG(path, 2000, 1500); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	out["big.jpg"] = data
	return out
}

// readJPEG finds the size image/jpeg finds, and the memory it counts for a
// decode is no less than what image/jpeg allocates (and not much more).
func TestJPEGHeader(t *testing.T) {
	for name, data := range sampleJPEGs(t) {
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			continue // truncated on purpose, or a feature image/jpeg lacks
		}
		info, err := readJPEG(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if info.w != cfg.Width || info.h != cfg.Height {
			t.Errorf("%s: %d × %d, image/jpeg says %d × %d", name, info.w, info.h, cfg.Width, cfg.Height)
		}
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		img, err := jpeg.Decode(bytes.NewReader(data))
		runtime.ReadMemStats(&after)
		if err != nil {
			continue
		}
		_ = img.Bounds()
		// image/jpeg's own tables and buffers come to some 100 KB.
		used := int64(after.TotalAlloc - before.TotalAlloc)
		if used > info.memory+200<<10 {
			t.Errorf("%s (%T, progressive %v): decoding allocated %d bytes, more than the %d counted",
				name, img, info.progressive, used, info.memory)
		}
		if used > 1<<20 && info.memory > 2*used {
			t.Errorf("%s: %d bytes counted for a decode that allocated %d", name, info.memory, used)
		}
	}
}

// The memory counted follows the kind of JPEG: progressive ones keep their
// coefficients, four components are converted to CMYK.
func TestJPEGMemory(t *testing.T) {
	for _, c := range []struct {
		comps       int
		progressive bool
		want        int64
	}{
		{1, false, 1000 * 1000},
		{3, false, 3 * 1000 * 1000},
		{3, true, 5 * 3 * 1000 * 1000},
		{4, false, 4*1000*1000 + 4*1000*1000},
	} {
		info, err := readJPEG(bufio.NewReader(bytes.NewReader(jpegHeader(1000, 1000, c.comps, c.progressive))))
		if err != nil {
			t.Fatal(err)
		}
		if info.memory != c.want {
			t.Errorf("%d components, progressive %v: %d bytes, want %d", c.comps, c.progressive, info.memory, c.want)
		}
	}
}
