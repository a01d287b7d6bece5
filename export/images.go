package export

import (
	"fmt"
	"image"
	"os"
	"path/filepath"

	xdraw "golang.org/x/image/draw"

	"github.com/paiban/paiban/internal/userfile"
)

// The limits on an article's figures. Each is checked before the image is
// decoded, from its file's size and header, when the article is laid out:
// a figure past one is refused as a layout problem (layout.MissingImage)
// at its place in the article, and the export stops.
const (
	// MaxImageFile is the largest image file accepted: 50 MB. A photo
	// from a 60-megapixel camera is some 30 MB as a JPEG of the best
	// quality; a print figure at 300 dpi over a whole A4 page is some
	// 26 MB even as an uncompressed PNG.
	MaxImageFile = 50 << 20
	// MaxImageSide is the largest width or height accepted, in pixels:
	// 300 dpi across an A4 page is 2 500.
	MaxImageSide = 10_000
	// MaxImageDecoded bounds the decoded size of an image: width × height
	// × channels × bytes a channel (2 for 16-bit PNGs), at most 400 MB, a
	// 10 000 × 10 000 RGBA image. PNGs are decoded a row at a time and
	// never take that memory, but every byte of it is worked through.
	MaxImageDecoded = 400 << 20
	// MaxImageMemory bounds the memory a whole decode takes, for the
	// images that cannot be decoded a row at a time (JPEGs and interlaced
	// PNGs): 256 MB. A baseline colour JPEG of 10 000 × 10 000 pixels
	// (chroma halved both ways, as cameras save them) takes 150 MB, a
	// progressive one five times as much.
	MaxImageMemory = 256 << 20
)

// maxReducedPixels bounds the pixels of an image reduced for printing or
// the preview, whatever size is asked for: 16 megapixels, two A4 pages at
// 300 dpi (a figure is printed within one page's type area).
const maxReducedPixels = 1 << 24

// Figures reads the figures of an article: PNG and JPEG files named as in
// the article, relative to Dir. It sizes them for the layout
// (layout.ImageSizer), gives them reduced to what the print needs to the
// PDF writer (pdf.Images) and scaled for the preview (raster.Images).
// Every read is bounded: only regular files, never blocking on the open,
// within the limits above, decoded one at a time in the whole process and
// a row at a time where the format allows.
//
// Its methods are safe for concurrent use.
type Figures struct {
	Dir string
	// Cache, when set, keeps the preview's pictures from one draw to the
	// next (the editor keeps one); nil decodes each time.
	Cache *ImageCache
}

// Figures reads the job's figures, keeping the preview's pictures in c
// (which may be nil).
func (j *Job) Figures(c *ImageCache) Figures {
	return Figures{Dir: j.Dir, Cache: c}
}

func (fg Figures) resolve(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(fg.Dir, filepath.FromSlash(path))
}

// open opens and inspects an image file, checking it against the limits:
// only a regular file of at most MaxImageFile bytes is opened, and the
// open never blocks (see userfile.Open).
func (fg Figures) open(path string) (*os.File, *imageInfo, error) {
	f, _, err := userfile.Open(fg.resolve(path), "image file", MaxImageFile)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	var in *imageInfo
	if err == nil {
		in, err = inspect(f, st)
	}
	if err == nil {
		err = in.check()
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, in, nil
}

// ImageSize implements layout.ImageSizer: it reads the file's header only.
func (fg Figures) ImageSize(path string) (int, int, error) {
	f, in, err := fg.open(path)
	if err != nil {
		return 0, 0, err
	}
	f.Close()
	return in.w, in.h, nil
}

// EmbedImage implements pdf.Images. An image of at most maxW × maxH
// pixels is embedded as it is stored (a PNG without its other chunks);
// a larger one, or a PNG gopdf cannot embed (16-bit or interlaced), is
// decoded, reduced to fit and encoded again: a JPEG as a JPEG of quality
// 90, a PNG as a PNG.
func (fg Figures) EmbedImage(path string, maxW, maxH int) ([]byte, error) {
	f, in, err := fg.open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return embed(f, in, maxW, maxH)
}

// Picture implements raster.Images: the image scaled to exactly w × h
// pixels. A larger image is reduced while it is decoded (a PNG a row at a
// time), so that the full-size image is never held longer than its decode.
func (fg Figures) Picture(path string, w, h int) (image.Image, error) {
	if w <= 0 || h <= 0 {
		return nil, fmt.Errorf("drawn %d × %d pixels", w, h)
	}
	key := pictureKey{path: fg.resolve(path), w: w, h: h}
	if st, err := os.Stat(key.path); err == nil {
		key.size, key.mtime = st.Size(), st.ModTime().UnixNano()
		if img := fg.Cache.get(key); img != nil {
			return img, nil
		}
	}
	f, in, err := fg.open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	key.size, key.mtime = in.size, in.mtime
	ow, oh := limitPixels(min(w, in.w), min(h, in.h))
	img, err := reduce(f, in, ow, oh)
	if err != nil {
		return nil, err
	}
	if ow != w || oh != h {
		scaled := image.NewRGBA(image.Rect(0, 0, w, h))
		xdraw.BiLinear.Scale(scaled, scaled.Rect, img, img.Rect, xdraw.Src, nil)
		img = scaled
	}
	fg.Cache.put(key, img)
	return img, nil
}

// readImage reads a whole image file, as bounded as every read of an
// image: a regular file of at most MaxImageFile bytes.
func (fg Figures) readImage(path string) ([]byte, error) {
	return userfile.Read(fg.resolve(path), "image file", MaxImageFile)
}

// images are the figures of an article in dir, as export's own pipeline
// reads them (see Figures).
type images struct{ dir string }

// resolve is the name of the file path names.
func (im images) resolve(path string) string {
	return Figures{Dir: im.dir}.resolve(path)
}

// ImageSize implements layout.ImageSizer.
func (im images) ImageSize(path string) (int, int, error) {
	return Figures{Dir: im.dir}.ImageSize(path)
}

// EmbedImage implements pdf.Images.
func (im images) EmbedImage(path string, maxW, maxH int) ([]byte, error) {
	return Figures{Dir: im.dir}.EmbedImage(path, maxW, maxH)
}

// ImageData reads a whole image file, within the limits of every read
// of an image (a regular file of at most MaxImageFile bytes).
func (im images) ImageData(path string) ([]byte, error) {
	return Figures{Dir: im.dir}.readImage(path)
}
