package export

import (
	"image"
	"sync"
)

// ImageCache keeps the preview's figures decoded and scaled, keyed by the
// file's name, size and time and by the size drawn: a redraw of an
// unchanged figure at the same size decodes nothing, an image file saved
// again is decoded again. It holds at most 64 MB of pictures, and is
// emptied when it would hold more.
//
// The zero value is an empty cache. It is safe for concurrent use.
type ImageCache struct {
	mu    sync.Mutex
	m     map[pictureKey]*image.RGBA
	bytes int
}

// pictureKey identifies a picture: a version of a file drawn at a size.
type pictureKey struct {
	path  string
	size  int64
	mtime int64 // nanoseconds since 1970
	w, h  int
}

const maxImageCacheBytes = 64 << 20

// get returns the picture for k, or nil; a nil cache holds nothing.
func (c *ImageCache) get(k pictureKey) *image.RGBA {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

// put keeps img for k, unless it is too large to keep.
func (c *ImageCache) put(k pictureKey, img *image.RGBA) {
	n := len(img.Pix)
	if c == nil || n > maxImageCacheBytes/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || c.bytes+n > maxImageCacheBytes {
		c.m, c.bytes = map[pictureKey]*image.RGBA{}, 0
	}
	c.m[k] = img
	c.bytes += n
}
