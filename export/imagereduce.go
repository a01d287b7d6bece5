package export

import (
	"bufio"
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg" // figures may be JPEG
	_ "image/png"  // or PNG
	"io"
	"math"
	"os"
	"runtime"
	"sync"
)

// decoding lets one image be decoded at a time in the whole process: the
// preview and an export share the machine's memory, and MaxImageMemory is
// a bound for one decode.
var decoding sync.Mutex

// reduce decodes the image of f, inspected as in, into ow × oh pixels of
// premultiplied RGBA (at most its own size). A PNG that is not interlaced
// is decoded a row at a time, each row added to the reduction as it comes;
// other images are decoded whole, reduced, and let go at once.
func reduce(f *os.File, in *imageInfo, ow, oh int) (*image.RGBA, error) {
	decoding.Lock()
	defer decoding.Unlock()
	rd := newReducer(in.w, in.h, ow, oh)
	if p := in.png; p != nil && !p.interlaced {
		if err := p.start(); err != nil {
			return nil, fmt.Errorf("the PNG cannot be decoded: %w", err)
		}
		defer p.close()
		row := make([]byte, 4*in.w)
		for range in.h {
			if err := p.next(row); err != nil {
				return nil, fmt.Errorf("the PNG cannot be decoded: %w", err)
			}
			rd.add(row)
		}
		return rd.out, nil
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	img, _, err := image.Decode(bufio.NewReader(io.LimitReader(f, in.size)))
	if err != nil {
		return nil, fmt.Errorf("the %s cannot be decoded: %w", in.kind, err)
	}
	if b := img.Bounds(); b.Dx() != in.w || b.Dy() != in.h {
		return nil, fmt.Errorf("the %s decodes to %d × %d pixels, not the %d × %d its header gives", in.kind, b.Dx(), b.Dy(), in.w, in.h)
	}
	// A row at a time through image/draw, whose conversions from the
	// decoders' images to RGBA are fast.
	row := image.NewRGBA(image.Rect(0, 0, in.w, 1))
	min := img.Bounds().Min
	for y := range in.h {
		draw.Draw(row, row.Rect, img, min.Add(image.Pt(0, y)), draw.Src)
		rd.add(row.Pix)
	}
	if in.memory > 32<<20 {
		// Let the decoded image go now, not at the next collection, which
		// would come only when as much again had been allocated.
		img = nil
		runtime.GC()
	}
	return rd.out, nil
}

// fit is the size of a w × h image reduced to fit in maxW × maxH pixels,
// keeping its proportions: its own size when it fits.
func fit(w, h, maxW, maxH int) (int, int) {
	if w <= maxW && h <= maxH {
		return w, h
	}
	s := min(float64(maxW)/float64(w), float64(maxH)/float64(h))
	return clampSide(float64(w)*s, maxW), clampSide(float64(h)*s, maxH)
}

// limitPixels reduces a size, keeping its proportions, to at most
// maxReducedPixels.
func limitPixels(w, h int) (int, int) {
	if int64(w)*int64(h) <= maxReducedPixels {
		return w, h
	}
	s := math.Sqrt(maxReducedPixels / (float64(w) * float64(h)))
	return clampSide(float64(w)*s, w), clampSide(float64(h)*s, h)
}

func clampSide(v float64, most int) int {
	return max(1, min(most, int(math.Round(v))))
}

// reducer shrinks an image fed to it a row at a time: each pixel of the
// result is the mean of the block of pixels of the original that falls
// into it (a box filter), in premultiplied colour, so that transparent
// pixels lend no colour to their neighbours.
type reducer struct {
	inW, inH, outW, outH int
	xmap                 []int    // the column of the result each column of the original goes to
	xn                   []uint64 // the columns of the original in each column of the result
	sums                 []uint64 // per column of the result: Σ R, G, B, A
	y, oy, rows          int      // rows added; the row of the result they go to, and how many do
	out                  *image.RGBA
}

func newReducer(inW, inH, outW, outH int) *reducer {
	rd := &reducer{inW: inW, inH: inH, outW: outW, outH: outH, out: image.NewRGBA(image.Rect(0, 0, outW, outH))}
	if outW == inW && outH == inH {
		return rd
	}
	rd.xmap, rd.xn, rd.sums = make([]int, inW), make([]uint64, outW), make([]uint64, 4*outW)
	for x := range inW {
		rd.xmap[x] = x * outW / inW
		rd.xn[rd.xmap[x]]++
	}
	return rd
}

// add adds the next row of the original: 4 bytes a pixel, premultiplied
// RGBA.
func (rd *reducer) add(row []byte) {
	if rd.xmap == nil { // the same size: a copy
		copy(rd.out.Pix[rd.y*rd.out.Stride:], row[:4*rd.inW])
		rd.y++
		return
	}
	if oy := rd.y * rd.outH / rd.inH; oy != rd.oy {
		rd.flush()
		rd.oy = oy
	}
	s := rd.sums
	for x, ox := range rd.xmap {
		p, o := row[4*x:4*x+4:4*x+4], s[4*ox:4*ox+4:4*ox+4]
		o[0] += uint64(p[0])
		o[1] += uint64(p[1])
		o[2] += uint64(p[2])
		o[3] += uint64(p[3])
	}
	rd.rows++
	rd.y++
	if rd.y == rd.inH {
		rd.flush()
	}
}

// flush writes the row of the result the added rows make.
func (rd *reducer) flush() {
	if rd.rows == 0 {
		return
	}
	pix := rd.out.Pix[rd.oy*rd.out.Stride:]
	for ox, n := range rd.xn {
		n *= uint64(rd.rows)
		for c := range 4 {
			pix[4*ox+c] = uint8((rd.sums[4*ox+c] + n/2) / n)
			rd.sums[4*ox+c] = 0
		}
	}
	rd.rows = 0
}
