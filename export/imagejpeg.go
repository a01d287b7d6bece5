package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// jpegInfo is what a JPEG file's markers before its first scan tell: the
// size and kind of image, and so the memory image/jpeg will take to
// decode it.
type jpegInfo struct {
	w, h, comps int
	progressive bool
	// memory is what image/jpeg allocates to decode the image: its planes
	// (padded to whole blocks), a progressive image's coefficients (4 bytes
	// a sample), and the RGBA or CMYK image it converts RGB and
	// four-component JPEGs into.
	memory int64
}

// readJPEG reads a JPEG file's markers up to its first scan (SOS): the
// frame header (SOF), and the JFIF and Adobe markers, which tell how
// image/jpeg will take three components.
func readJPEG(r *bufio.Reader) (jpegInfo, error) {
	var b [2]byte
	if _, err := io.ReadFull(r, b[:]); err != nil || b != [2]byte{0xFF, 0xD8} {
		return jpegInfo{}, errors.New("no JPEG start of image")
	}
	var sof []byte
	var progressive, jfif, adobeRGB bool
	for {
		c, err := r.ReadByte()
		if err != nil {
			return jpegInfo{}, truncated(err)
		}
		if c != 0xFF {
			return jpegInfo{}, errors.New("bad JPEG marker")
		}
		m, err := r.ReadByte()
		for err == nil && m == 0xFF { // fill bytes
			m, err = r.ReadByte()
		}
		if err != nil {
			return jpegInfo{}, truncated(err)
		}
		switch {
		case m == 0xD8 || m == 0x01 || m >= 0xD0 && m <= 0xD7: // markers without a segment
			continue
		case m == 0xD9 || m == 0xDA: // the end, or the first scan
			if sof == nil {
				return jpegInfo{}, errors.New("the JPEG frame header (SOF) is missing")
			}
			return frame(sof, progressive, jfif, adobeRGB)
		}
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return jpegInfo{}, truncated(err)
		}
		n := int(b[0])<<8 | int(b[1]) - 2
		if n < 0 {
			return jpegInfo{}, errors.New("bad JPEG segment length")
		}
		switch m {
		case 0xC0, 0xC1, 0xC2: // baseline, extended sequential, progressive
			if sof != nil || n > 6+3*4 {
				return jpegInfo{}, errors.New("bad JPEG frame header")
			}
			sof = make([]byte, n)
			if _, err := io.ReadFull(r, sof); err != nil {
				return jpegInfo{}, truncated(err)
			}
			progressive = m == 0xC2
			continue
		case 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF:
			return jpegInfo{}, errors.New("a lossless or arithmetic-coded JPEG, which is not supported (save it as an ordinary JPEG)")
		case 0xE0, 0xEE: // JFIF, Adobe
			seg, err := r.Peek(min(n, 12))
			if err != nil {
				return jpegInfo{}, truncated(err)
			}
			jfif = jfif || m == 0xE0 && len(seg) >= 5 && string(seg[:5]) == "JFIF\x00"
			if m == 0xEE && len(seg) >= 12 && string(seg[:5]) == "Adobe" {
				adobeRGB = seg[11] == 0
			}
		}
		if _, err := r.Discard(n); err != nil {
			return jpegInfo{}, truncated(err)
		}
	}
}

// frame reads a frame header's segment.
func frame(seg []byte, progressive, jfif, adobeRGB bool) (jpegInfo, error) {
	info := jpegInfo{progressive: progressive}
	if len(seg) < 6 || seg[0] != 8 {
		return info, errors.New("a JPEG of other than 8-bit samples, which is not supported")
	}
	info.h, info.w, info.comps = int(seg[1])<<8|int(seg[2]), int(seg[3])<<8|int(seg[4]), int(seg[5])
	if info.w == 0 || info.h == 0 {
		return info, fmt.Errorf("the JPEG frame header gives a size of %d × %d pixels", info.w, info.h)
	}
	if c := info.comps; c != 1 && c != 3 && c != 4 || len(seg) != 6+3*c {
		return info, errors.New("bad JPEG frame header")
	}
	hmax, vmax := 1, 1
	for i := range info.comps {
		hv := seg[6+3*i+1]
		h, v := int(hv>>4), int(hv&15)
		if h < 1 || h > 4 || v < 1 || v > 4 {
			return info, errors.New("bad JPEG sampling factors")
		}
		hmax, vmax = max(hmax, h), max(vmax, v)
	}
	mxx := int64((info.w + 8*hmax - 1) / (8 * hmax))
	myy := int64((info.h + 8*vmax - 1) / (8 * vmax))
	var samples int64
	for i := range info.comps {
		hv := seg[6+3*i+1]
		samples += 8 * int64(hv>>4) * mxx * 8 * int64(hv&15) * myy
	}
	info.memory = samples
	if progressive {
		info.memory += 4 * samples
	}
	// image/jpeg takes three components for RGB, and converts them to
	// RGBA, when there is no JFIF marker and an Adobe marker says so or
	// the components are named R, G and B.
	rgb := info.comps == 3 && !jfif && (adobeRGB || seg[6] == 'R' && seg[9] == 'G' && seg[12] == 'B')
	if info.comps == 4 || rgb {
		info.memory += 4 * int64(info.w) * int64(info.h)
	}
	return info, nil
}
