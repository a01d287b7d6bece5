package export

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"os"
)

// embed makes the data the PDF embeds for the image of f, inspected as in,
// printed at most maxW × maxH pixels. An image no larger is embedded as it
// is: a JPEG's file (gopdf copies it into the PDF as it is), a PNG's
// header, palette, transparency and image data without its other chunks,
// which the PDF does not use. A larger one is reduced to fit; so is a PNG
// gopdf cannot embed (16 bits a channel, or interlaced), at its own size.
func embed(f *os.File, in *imageInfo, maxW, maxH int) ([]byte, error) {
	fits := in.w <= maxW && in.h <= maxH
	switch {
	case fits && in.jpeg != nil:
		return readAll(f, in.size)
	case fits && in.png.depth <= 8 && !in.png.interlaced:
		return strippedPNG(in.png)
	}
	ow, oh := fit(in.w, in.h, maxW, maxH)
	ow, oh = limitPixels(ow, oh)
	img, err := reduce(f, in, ow, oh)
	if err != nil {
		return nil, err
	}
	var m image.Image = img
	if g := greyOpaque(img); g != nil {
		m = g
	}
	var b bytes.Buffer
	if in.jpeg != nil {
		err = jpeg.Encode(&b, m, &jpeg.Options{Quality: 90})
	} else {
		// An opaque image is written as RGB (or grey), without alpha.
		err = png.Encode(&b, m)
	}
	if err != nil {
		return nil, fmt.Errorf("encoding the reduced %s: %w", in.format, err)
	}
	return b.Bytes(), nil
}

// greyOpaque returns img as a grey image when every pixel is an opaque
// grey, and nil otherwise.
func greyOpaque(img *image.RGBA) *image.Gray {
	for i := 0; i < len(img.Pix); i += 4 {
		p := img.Pix[i : i+4 : i+4]
		if p[3] != 255 || p[0] != p[1] || p[1] != p[2] {
			return nil
		}
	}
	g := image.NewGray(img.Rect)
	for i := range g.Pix {
		g.Pix[i] = img.Pix[4*i]
	}
	return g
}

// strippedPNG writes p, read up to its image data, as a PNG of its
// header, palette, transparency and image data (in one chunk) alone.
func strippedPNG(p *pngFile) ([]byte, error) {
	data, err := io.ReadAll(p)
	if err != nil {
		return nil, fmt.Errorf("the PNG image data: %w", err)
	}
	var b bytes.Buffer
	b.Grow(len(data) + 1024)
	b.WriteString(pngSignature)
	chunk := func(typ string, data []byte) {
		var n [4]byte
		binary.BigEndian.PutUint32(n[:], uint32(len(data)))
		b.Write(n[:])
		crc := crc32.NewIEEE()
		crc.Write([]byte(typ))
		crc.Write(data)
		b.WriteString(typ)
		b.Write(data)
		binary.BigEndian.PutUint32(n[:], crc.Sum32())
		b.Write(n[:])
	}
	hdr := make([]byte, 13)
	binary.BigEndian.PutUint32(hdr[0:], uint32(p.w))
	binary.BigEndian.PutUint32(hdr[4:], uint32(p.h))
	hdr[8], hdr[9] = byte(p.depth), byte(p.ctype)
	chunk("IHDR", hdr)
	if p.hasPLTE {
		chunk("PLTE", p.plte)
	}
	if p.hasTRNS {
		chunk("tRNS", p.trns)
	}
	chunk("IDAT", data)
	chunk("IEND", nil)
	return b.Bytes(), nil
}

// readAll reads what is left of f, which is size bytes long: no more, so
// that a file that grew after it was checked is cut at its checked size.
func readAll(f *os.File, size int64) ([]byte, error) {
	b := make([]byte, size)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	if _, err := io.ReadFull(f, b); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("reading the file: %w", err)
	}
	return b, nil
}
