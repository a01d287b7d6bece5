package export

import (
	"fmt"
	"image"
	_ "image/jpeg" // figures may be JPEG
	_ "image/png"  // or PNG
	"os"
	"path/filepath"
)

// maxSide bounds an image's width and height: a 20 000-pixel image would
// take over a gigabyte to decode, and 300 dpi across an A4 page is 2 500.
const maxSide = 10_000

// images finds an article's figures relative to its folder.
type images struct{ dir string }

func (im images) resolve(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(im.dir, filepath.FromSlash(path))
}

// ImageSize implements layout.ImageSizer.
func (im images) ImageSize(path string) (int, int, error) {
	f, err := os.Open(im.resolve(path))
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	cfg, format, err := image.DecodeConfig(f)
	if err != nil {
		return 0, 0, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	if format != "png" && format != "jpeg" {
		return 0, 0, fmt.Errorf("%s images are not supported (use PNG or JPEG)", format)
	}
	if cfg.Width > maxSide || cfg.Height > maxSide {
		return 0, 0, fmt.Errorf("the image is %d × %d pixels; the largest accepted is %d pixels a side (a print page needs at most about 3 000)", cfg.Width, cfg.Height, maxSide)
	}
	return cfg.Width, cfg.Height, nil
}

// ImageData implements pdf.Images.
func (im images) ImageData(path string) ([]byte, error) {
	return os.ReadFile(im.resolve(path))
}

// ImageData reads a figure of the job's article, for renderers.
func (j *Job) ImageData(path string) ([]byte, error) {
	return images{j.Dir}.ImageData(path)
}
