package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"strings"
	"testing"

	"github.com/paiban/paiban/layout"
)

// sizedImages records the sizes asked for and gives a small PNG, or an
// error, for each.
type sizedImages struct {
	asked []string
	png   []byte
}

func (s *sizedImages) EmbedImage(path string, maxW, maxH int) ([]byte, error) {
	s.asked = append(s.asked, fmt.Sprintf("%s %d×%d", path, maxW, maxH))
	return s.png, nil
}

func smallPNG(t *testing.T) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A figure is asked for at 300 dpi of its printed size, once however often
// it is placed at that size; the data embedded is counted, and the figure
// that would take it past the limit is refused.
func TestEmbedder(t *testing.T) {
	src := &sizedImages{png: smallPNG(t)}
	e := &embedder{images: src, limit: 3 * len(src.png)}
	place := func(path string, w, h float64) error {
		_, err := e.holder(layout.Image{Path: path, W: layout.Pt(w), H: layout.Pt(h)})
		return err
	}
	for _, c := range []struct {
		path string
		w, h float64
	}{
		{"a.png", 72, 36}, {"a.png", 72, 36}, {"a.png", 480, 240}, {"b.jpg", 0.1, 100},
	} {
		if err := place(c.path, c.w, c.h); err != nil {
			t.Fatal(err)
		}
	}
	want := "a.png 300×150|a.png 2000×1000|b.jpg 1×417"
	if got := strings.Join(src.asked, "|"); got != want {
		t.Errorf("asked for %s, want %s", got, want)
	}
	if err := place("c.png", 72, 72); err == nil || !strings.Contains(err.Error(), "the most a PDF embeds") {
		t.Errorf("past the limit: %v", err)
	}
}
