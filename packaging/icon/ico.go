package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// icoSizes are the sizes Windows asks an application icon for: the small
// icon (16, and 20 and 24 at higher scaling), the taskbar's 32 and 48, and
// the large icons of Explorer's views up to 256.
var icoSizes = []int{16, 20, 24, 32, 40, 48, 64, 96, 128, 256}

// ico packs PNG images, one for each size, into a Windows .ico file. Windows
// Vista and later read PNG entries of every size.
func ico(pngs map[int][]byte, sizes []int) ([]byte, error) {
	var b bytes.Buffer
	le := binary.LittleEndian
	// ICONDIR: reserved, type 1 (icon), count.
	for _, v := range []uint16{0, 1, uint16(len(sizes))} {
		binary.Write(&b, le, v)
	}
	offset := 6 + 16*len(sizes)
	for _, n := range sizes {
		data, ok := pngs[n]
		if !ok || n < 1 || n > 256 {
			return nil, fmt.Errorf("icon: no %d px image for the .ico", n)
		}
		// ICONDIRENTRY: width and height (0 means 256), no palette,
		// reserved, one plane, 32 bits a pixel, size, offset.
		side := byte(n % 256)
		b.Write([]byte{side, side, 0, 0})
		binary.Write(&b, le, uint16(1))
		binary.Write(&b, le, uint16(32))
		binary.Write(&b, le, uint32(len(data)))
		binary.Write(&b, le, uint32(offset))
		offset += len(data)
	}
	for _, n := range sizes {
		b.Write(pngs[n])
	}
	return b.Bytes(), nil
}
