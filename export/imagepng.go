package export

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
)

// pngFile reads a PNG file a row at a time, so that an image of any size
// is decoded in the memory of two rows: its header and the chunks before
// the image data first (readPNG), then the rows (next), each converted to
// premultiplied 8-bit RGBA as image/draw would convert image/png's
// result. It reads no further than the last row it is asked for: what
// follows the image data, however long, is never read.
//
// It decodes what image/png decodes, with the same colours (16-bit samples
// cut to their high byte, as image.NRGBA's conversion does), except that
// it does not read past the rows: a file cut short after its image data,
// or with a bad checksum there, is not refused. Interlaced images are not
// decoded a row at a time (their rows come in seven passes over the
// whole image); the caller decodes those whole with image/png.
type pngFile struct {
	r                *bufio.Reader
	w, h             int
	depth, ctype     int // bits per sample; 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA
	interlaced       bool
	plte, trns       []byte // the PLTE and tRNS chunks' data
	hasPLTE, hasTRNS bool
	left             uint32 // bytes of the current IDAT chunk not yet read
	crc              hash.Hash32
	z                io.ReadCloser
	cur, prev        []byte // a filtered row and the one above it, each after its filter byte
	bpp              int    // bytes per pixel for the filters, at least 1
	y                int    // rows decoded
	pal              [256][4]byte
	// The colour tRNS makes transparent, for grey and RGB images.
	keyGrey uint16
	keyRGB  [3]uint16
}

// pngSignature starts every PNG file.
const pngSignature = "\x89PNG\r\n\x1a\n"

// channels is how many samples a pixel of each colour type has.
var pngChannels = [7]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}

// readPNG reads a PNG file's header and its chunks up to the image data,
// leaving r at the start of that data.
func readPNG(r *bufio.Reader) (*pngFile, error) {
	var sig [8]byte
	if _, err := io.ReadFull(r, sig[:]); err != nil || string(sig[:]) != pngSignature {
		return nil, errors.New("no PNG signature")
	}
	p := &pngFile{r: r, crc: crc32.NewIEEE()}
	n, typ, err := p.chunkHeader()
	if err != nil {
		return nil, err
	}
	if typ != "IHDR" || n != 13 {
		return nil, errors.New("the PNG header (IHDR) is missing")
	}
	hdr, err := p.chunkData(n)
	if err != nil {
		return nil, err
	}
	w, h := binary.BigEndian.Uint32(hdr[0:]), binary.BigEndian.Uint32(hdr[4:])
	p.depth, p.ctype = int(hdr[8]), int(hdr[9])
	if w == 0 || h == 0 || w > 1<<31-1 || h > 1<<31-1 {
		return nil, fmt.Errorf("the PNG header gives a size of %d × %d pixels", w, h)
	}
	p.w, p.h = int(w), int(h)
	if !validPNGDepth(p.ctype, p.depth) {
		return nil, fmt.Errorf("bit depth %d with colour type %d is not PNG", p.depth, p.ctype)
	}
	if hdr[10] != 0 || hdr[11] != 0 || hdr[12] > 1 {
		return nil, errors.New("unknown PNG compression, filter or interlace method")
	}
	p.interlaced = hdr[12] == 1
	for {
		n, typ, err := p.chunkHeader()
		if err != nil {
			return nil, err
		}
		switch typ {
		case "IDAT":
			if p.ctype == 3 && !p.hasPLTE {
				return nil, errors.New("the PNG palette (PLTE) is missing")
			}
			p.left = n
			return p, nil
		case "IEND":
			return nil, errors.New("the PNG file has no image data")
		case "PLTE":
			if p.ctype != 3 && p.ctype != 2 && p.ctype != 6 || n%3 != 0 || n == 0 || n > 3*256 ||
				p.ctype == 3 && int(n/3) > 1<<p.depth {
				return nil, errors.New("bad PNG palette (PLTE)")
			}
			if p.plte, err = p.chunkData(n); err != nil {
				return nil, err
			}
			p.hasPLTE = true
		case "tRNS":
			want := map[int]uint32{0: 2, 2: 6}[p.ctype]
			if p.ctype == 4 || p.ctype == 6 || p.ctype == 3 && n > 256 || p.ctype != 3 && n != want {
				return nil, errors.New("bad PNG transparency (tRNS)")
			}
			if p.trns, err = p.chunkData(n); err != nil {
				return nil, err
			}
			p.hasTRNS = true
		default:
			// Ancillary chunks (text, colour profiles, times) are not
			// needed to draw the image; their checksums are not checked.
			if _, err := p.r.Discard(int(n) + 4); err != nil {
				return nil, truncated(err)
			}
		}
	}
}

// validPNGDepth tells whether a bit depth goes with a colour type.
func validPNGDepth(ctype, depth int) bool {
	switch ctype {
	case 0:
		return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16
	case 3:
		return depth == 1 || depth == 2 || depth == 4 || depth == 8
	case 2, 4, 6:
		return depth == 8 || depth == 16
	}
	return false
}

// chunkHeader reads a chunk's length and type, and starts its checksum.
func (p *pngFile) chunkHeader() (uint32, string, error) {
	var b [8]byte
	if _, err := io.ReadFull(p.r, b[:]); err != nil {
		return 0, "", truncated(err)
	}
	n := binary.BigEndian.Uint32(b[:4])
	if n > 1<<31-1 {
		return 0, "", errors.New("bad PNG chunk length")
	}
	p.crc.Reset()
	p.crc.Write(b[4:])
	return n, string(b[4:]), nil
}

// chunkData reads a small chunk's data (n is at most 768) and checks its
// checksum.
func (p *pngFile) chunkData(n uint32) ([]byte, error) {
	b := make([]byte, n+4)
	if _, err := io.ReadFull(p.r, b); err != nil {
		return nil, truncated(err)
	}
	p.crc.Write(b[:n])
	if p.crc.Sum32() != binary.BigEndian.Uint32(b[n:]) {
		return nil, errors.New("bad PNG checksum")
	}
	return b[:n], nil
}

func truncated(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("the file ends early: %w", err)
}

// Read reads the image data: the data of consecutive IDAT chunks, each
// checked against its checksum. It ends at the first other chunk.
func (p *pngFile) Read(b []byte) (int, error) {
	for p.left == 0 {
		if p.crc == nil {
			return 0, io.EOF
		}
		var sum [4]byte
		if _, err := io.ReadFull(p.r, sum[:]); err != nil {
			return 0, truncated(err)
		}
		if p.crc.Sum32() != binary.BigEndian.Uint32(sum[:]) {
			return 0, errors.New("bad PNG checksum")
		}
		n, typ, err := p.chunkHeader()
		if err != nil {
			return 0, err
		}
		if typ != "IDAT" {
			p.crc = nil // the image data ends here
			return 0, io.EOF
		}
		p.left = n
	}
	if uint32(len(b)) > p.left {
		b = b[:p.left]
	}
	n, err := p.r.Read(b)
	p.left -= uint32(n)
	p.crc.Write(b[:n])
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

// rowBytes is the size of a row of the image as stored, without its
// filter byte.
func (p *pngFile) rowBytes() int {
	return (p.w*pngChannels[p.ctype]*p.depth + 7) / 8
}

// start prepares the row buffers and the colour tables; the image's size
// must have been checked, as it sizes the buffers.
func (p *pngFile) start() error {
	z, err := zlib.NewReader(p)
	if err != nil {
		return fmt.Errorf("the PNG image data: %w", err)
	}
	p.z = z
	n := p.rowBytes()
	p.cur, p.prev = make([]byte, 1+n), make([]byte, 1+n)
	p.bpp = max(1, pngChannels[p.ctype]*p.depth/8)
	// The palette as image/png reads it: entries past PLTE's are opaque
	// black, tRNS gives the first entries their alpha.
	for i := range p.pal {
		c := [4]byte{0, 0, 0, 255}
		if 3*i+2 < len(p.plte) && p.ctype == 3 {
			c = [4]byte{p.plte[3*i], p.plte[3*i+1], p.plte[3*i+2], 255}
		}
		if i < len(p.trns) && p.ctype == 3 {
			c[3] = p.trns[i]
		}
		p.pal[i] = premultiply8(c[0], c[1], c[2], c[3])
	}
	if p.hasTRNS && p.ctype == 0 {
		p.keyGrey = binary.BigEndian.Uint16(p.trns)
	}
	if p.hasTRNS && p.ctype == 2 {
		for i := range p.keyRGB {
			p.keyRGB[i] = binary.BigEndian.Uint16(p.trns[2*i:])
		}
	}
	return nil
}

// next decodes the next row into out, 4 bytes a pixel: premultiplied
// RGBA.
func (p *pngFile) next(out []byte) error {
	if p.y >= p.h {
		return io.EOF
	}
	if _, err := io.ReadFull(p.z, p.cur); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return fmt.Errorf("the PNG image data, row %d: %w", p.y+1, err)
	}
	if err := unfilter(p.cur[0], p.cur[1:], p.prev[1:], p.bpp); err != nil {
		return err
	}
	p.convert(p.cur[1:], out[:4*p.w])
	p.cur, p.prev = p.prev, p.cur
	p.y++
	return nil
}

// close releases the decompressor.
func (p *pngFile) close() {
	if p.z != nil {
		p.z.Close()
	}
}

// unfilter undoes a row's PNG filter, as image/png does.
func unfilter(filter byte, cdat, pdat []byte, bpp int) error {
	switch filter {
	case 0:
	case 1:
		for i := bpp; i < len(cdat); i++ {
			cdat[i] += cdat[i-bpp]
		}
	case 2:
		for i, p := range pdat {
			cdat[i] += p
		}
	case 3:
		for i := 0; i < bpp && i < len(cdat); i++ {
			cdat[i] += pdat[i] / 2
		}
		for i := bpp; i < len(cdat); i++ {
			cdat[i] += uint8((int(cdat[i-bpp]) + int(pdat[i])) / 2)
		}
	case 4:
		paeth(cdat, pdat, bpp)
	default:
		return fmt.Errorf("bad PNG filter type %d", filter)
	}
	return nil
}

// paeth undoes the Paeth filter, a channel at a time (as image/png's
// filterPaeth does, which keeps the predictor's inputs in registers).
func paeth(cdat, pdat []byte, bpp int) {
	for i := 0; i < bpp; i++ {
		var a, c int
		for j := i; j < len(cdat); j += bpp {
			b := int(pdat[j])
			pa, pb := b-c, a-c
			pc := abs(pa + pb)
			pa, pb = abs(pa), abs(pb)
			switch {
			case pa <= pb && pa <= pc:
			case pb <= pc:
				a = b
			default:
				a = c
			}
			a = (a + int(cdat[j])) & 0xff
			cdat[j] = uint8(a)
			c = b
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// premultiply8 is image/draw's conversion of an 8-bit NRGBA colour to
// RGBA.
func premultiply8(r, g, b, a uint8) [4]byte {
	if a == 255 {
		return [4]byte{r, g, b, 255}
	}
	aa := uint32(a) * 0x101
	m := func(c uint8) uint8 { return uint8(uint32(c) * 0x101 * aa / 0xffff >> 8) }
	return [4]byte{m(r), m(g), m(b), a}
}

// premultiply16 converts a 16-bit NRGBA colour to 8-bit RGBA, as
// image.NRGBA64's RGBA method and a cut to 8 bits do.
func premultiply16(r, g, b, a uint16) [4]byte {
	if a == 0xffff {
		return [4]byte{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}
	}
	m := func(c uint16) uint8 { return uint8(uint32(c) * uint32(a) / 0xffff >> 8) }
	return [4]byte{m(r), m(g), m(b), uint8(a >> 8)}
}

// convert turns an unfiltered row into premultiplied RGBA.
func (p *pngFile) convert(row, out []byte) {
	w := p.w
	be16 := func(i int) uint16 { return uint16(row[i])<<8 | uint16(row[i+1]) }
	switch {
	case p.ctype == 3:
		for x := range w {
			idx := lowSample(row, x, p.depth)
			copy(out[4*x:4*x+4], p.pal[idx][:])
		}
	case p.ctype == 0 && p.depth <= 8:
		// image/png compares the tRNS sample's low byte, scaled as the
		// grey is, with the grey.
		scale := uint8(255 / (1<<p.depth - 1))
		key := uint8(p.keyGrey) * scale
		for x := range w {
			v := lowSample(row, x, p.depth) * scale
			c := [4]byte{v, v, v, 255}
			if p.hasTRNS && v == key {
				c = [4]byte{}
			}
			copy(out[4*x:4*x+4], c[:])
		}
	case p.ctype == 0:
		for x := range w {
			v := be16(2 * x)
			c := [4]byte{uint8(v >> 8), uint8(v >> 8), uint8(v >> 8), 255}
			if p.hasTRNS && v == p.keyGrey {
				c = [4]byte{}
			}
			copy(out[4*x:4*x+4], c[:])
		}
	case p.ctype == 2 && p.depth == 8:
		kr, kg, kb := uint8(p.keyRGB[0]), uint8(p.keyRGB[1]), uint8(p.keyRGB[2]) // the low bytes, as image/png
		for x := range w {
			r, g, b := row[3*x], row[3*x+1], row[3*x+2]
			c := [4]byte{r, g, b, 255}
			if p.hasTRNS && r == kr && g == kg && b == kb {
				c = [4]byte{}
			}
			copy(out[4*x:4*x+4], c[:])
		}
	case p.ctype == 2:
		for x := range w {
			r, g, b := be16(6*x), be16(6*x+2), be16(6*x+4)
			c := [4]byte{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}
			if p.hasTRNS && [3]uint16{r, g, b} == p.keyRGB {
				c = [4]byte{}
			}
			copy(out[4*x:4*x+4], c[:])
		}
	case p.ctype == 4 && p.depth == 8:
		for x := range w {
			c := premultiply8(row[2*x], row[2*x], row[2*x], row[2*x+1])
			copy(out[4*x:4*x+4], c[:])
		}
	case p.ctype == 4:
		for x := range w {
			v := be16(4 * x)
			c := premultiply16(v, v, v, be16(4*x+2))
			copy(out[4*x:4*x+4], c[:])
		}
	case p.ctype == 6 && p.depth == 8:
		for x := range w {
			c := premultiply8(row[4*x], row[4*x+1], row[4*x+2], row[4*x+3])
			copy(out[4*x:4*x+4], c[:])
		}
	default: // 16-bit RGBA
		for x := range w {
			c := premultiply16(be16(8*x), be16(8*x+2), be16(8*x+4), be16(8*x+6))
			copy(out[4*x:4*x+4], c[:])
		}
	}
}

// lowSample is the x-th sample of a row of samples of depth bits (at
// most 8).
func lowSample(row []byte, x, depth int) uint8 {
	if depth == 8 {
		return row[x]
	}
	bit := x * depth
	return row[bit/8] >> (8 - depth - bit%8) & (1<<depth - 1)
}
