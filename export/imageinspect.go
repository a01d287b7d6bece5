package export

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// imageInfo is what an image file's header tells, read before anything
// is decoded: enough to check the limits and to choose how to decode it.
type imageInfo struct {
	format string // "PNG" or "JPEG"
	w, h   int
	// decoded is the image's decoded size: width × height × channels ×
	// bytes a channel (MaxImageDecoded).
	decoded int64
	// memory is what decoding the whole image at once takes, for an image
	// that is not decoded a row at a time (MaxImageMemory); 0 for one
	// that is.
	memory int64
	kind   string    // the format in words, for messages ("progressive JPEG")
	png    *pngFile  // a PNG, read up to its image data
	jpeg   *jpegInfo // a JPEG
	size   int64     // the file's size, and
	mtime  int64     // its time (nanoseconds since 1970), when it was opened
}

// inspect reads the header of the image file f.
func inspect(f *os.File, st fs.FileInfo) (*imageInfo, error) {
	in := &imageInfo{size: st.Size(), mtime: st.ModTime().UnixNano()}
	r := bufio.NewReader(io.LimitReader(f, in.size))
	head, _ := r.Peek(12)
	var err error
	switch {
	case bytes.HasPrefix(head, []byte(pngSignature)):
		in.format, in.kind = "PNG", "PNG"
		if in.png, err = readPNG(r); err != nil {
			break
		}
		p := in.png
		in.w, in.h = p.w, p.h
		in.decoded = int64(p.w) * int64(p.h) * int64(pngChannels[p.ctype]) * int64(max(1, p.depth/8))
		if p.interlaced {
			// image/png decodes the seven passes into images of their own
			// before it puts them together: twice the image.
			in.kind = "interlaced PNG"
			in.memory = 2 * int64(p.w) * int64(p.h) * int64(goPNGBytes(p))
		}
	case bytes.HasPrefix(head, []byte{0xFF, 0xD8}):
		in.format, in.kind = "JPEG", "JPEG"
		var j jpegInfo
		if j, err = readJPEG(r); err != nil {
			break
		}
		in.jpeg = &j
		in.w, in.h, in.memory = j.w, j.h, j.memory
		in.decoded = int64(j.w) * int64(j.h) * int64(j.comps)
		switch {
		case j.progressive:
			in.kind = "progressive JPEG"
		case j.comps == 4:
			in.kind = "CMYK JPEG"
		}
	default:
		if name := otherFormat(head); name != "" {
			return nil, fmt.Errorf("not a PNG or JPEG image: it is %s (save it as PNG or JPEG)", name)
		}
		return nil, fmt.Errorf("not a PNG or JPEG image")
	}
	if err != nil {
		return nil, fmt.Errorf("not a PNG or JPEG image that can be read: %w", err)
	}
	return in, nil
}

// goPNGBytes is the bytes a pixel of the image image/png decodes a PNG
// into takes.
func goPNGBytes(p *pngFile) int {
	switch {
	case p.ctype == 3:
		return 1 // image.Paletted
	case p.ctype == 0 && !p.hasTRNS:
		return max(1, p.depth/8) // image.Gray, image.Gray16
	case p.depth == 16:
		return 8 // image.NRGBA64, image.RGBA64
	}
	return 4 // image.NRGBA, image.RGBA
}

// otherFormat names an image format by its first bytes, or returns "".
func otherFormat(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte("GIF8")):
		return "a GIF image"
	case len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		return "a WebP image"
	case bytes.HasPrefix(head, []byte("II*\x00")), bytes.HasPrefix(head, []byte("MM\x00*")):
		return "a TIFF image"
	case bytes.HasPrefix(head, []byte("BM")):
		return "a BMP image"
	case len(head) >= 12 && string(head[4:8]) == "ftyp":
		return "a HEIF or AVIF image"
	case bytes.HasPrefix(head, []byte("%PDF")):
		return "a PDF document"
	case len(head) == 0:
		return "an empty file"
	}
	return ""
}

// check refuses an image past the limits, saying which and why.
func (in *imageInfo) check() error {
	if in.w > MaxImageSide || in.h > MaxImageSide {
		return fmt.Errorf("the image is %d × %d pixels; the largest accepted is %d pixels a side (a print page needs at most about 3 000)",
			in.w, in.h, MaxImageSide)
	}
	if in.decoded > MaxImageDecoded {
		return fmt.Errorf("the image is %d × %d pixels: %d MB decoded; the largest accepted is %d MB (10 000 × 10 000 pixels of 8-bit RGBA): save it with fewer pixels%s",
			in.w, in.h, mb(in.decoded), MaxImageDecoded>>20, in.depthHint())
	}
	if in.memory > MaxImageMemory {
		return fmt.Errorf("decoding this %s of %d × %d pixels would take %d MB of memory; the largest accepted is %d MB: save it with fewer pixels%s",
			in.kind, in.w, in.h, mb(in.memory), MaxImageMemory>>20, in.kindHint())
	}
	return nil
}

// depthHint suggests 8 bits to a 16-bit PNG.
func (in *imageInfo) depthHint() string {
	if in.png != nil && in.png.depth == 16 {
		return " or 8 bits a channel"
	}
	return ""
}

// kindHint suggests a kind of file that decodes in less memory.
func (in *imageInfo) kindHint() string {
	switch {
	case in.png != nil:
		return ", or not interlaced"
	case in.jpeg != nil && in.jpeg.progressive:
		return ", or as a baseline (not progressive) JPEG"
	case in.jpeg != nil && in.jpeg.comps == 4:
		return ", or in RGB instead of CMYK"
	}
	return ""
}

// mb is a size in whole megabytes, rounded up.
func mb(n int64) int64 { return (n + 1<<20 - 1) >> 20 }
