package main

import (
	"bytes"
	"encoding/binary"
	"image/png"
	"testing"
)

// The .ico holds every size Windows asks for, each a PNG of that size
// where its directory entry says.
func TestICO(t *testing.T) {
	shapes := drawing()
	pngs := map[int][]byte{}
	for _, n := range icoSizes {
		var b bytes.Buffer
		if err := png.Encode(&b, raster(shapes, n)); err != nil {
			t.Fatal(err)
		}
		pngs[n] = b.Bytes()
	}
	data, err := ico(pngs, icoSizes)
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	if le.Uint16(data[0:]) != 0 || le.Uint16(data[2:]) != 1 || int(le.Uint16(data[4:])) != len(icoSizes) {
		t.Fatalf("header % x", data[:6])
	}
	for i, n := range icoSizes {
		e := data[6+16*i:]
		w := int(e[0])
		if w == 0 {
			w = 256
		}
		size, off := le.Uint32(e[8:]), le.Uint32(e[12:])
		cfg, err := png.DecodeConfig(bytes.NewReader(data[off : off+size]))
		if err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
		if w != n || cfg.Width != n || cfg.Height != n {
			t.Errorf("entry %d says %d px and holds %d×%d, want %d", i, w, cfg.Width, cfg.Height, n)
		}
	}
	if _, err := ico(pngs, []int{16, 512}); err == nil {
		t.Error("a 512 px entry was accepted")
	}
}
