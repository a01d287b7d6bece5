package export

import "testing"

// The reducer averages blocks of pixels in premultiplied colour: a
// transparent pixel thins its neighbour's colour without darkening it.
func TestReducer(t *testing.T) {
	// 4 × 2 → 2 × 1: each pixel of the result is a 2 × 2 block.
	in := [][]byte{
		{255, 0, 0, 255 /**/, 0, 0, 0, 0 /**/, 10, 20, 30, 255 /**/, 30, 40, 50, 255},
		{255, 0, 0, 255 /**/, 0, 0, 0, 0 /**/, 10, 20, 30, 255 /**/, 30, 40, 50, 255},
	}
	rd := newReducer(4, 2, 2, 1)
	for _, row := range in {
		rd.add(row)
	}
	want := []byte{128, 0, 0, 128 /**/, 20, 30, 40, 255}
	if got := rd.out.Pix; string(got) != string(want) {
		t.Errorf("reduced to %v, want %v", got, want)
	}

	// 5 × 3 → 2 × 2: blocks of unequal sizes, each its own mean.
	rd = newReducer(5, 3, 2, 2)
	for y := range 3 {
		row := make([]byte, 4*5)
		for x := range 5 {
			v := byte(10 * (x + 5*y))
			copy(row[4*x:], []byte{v, v, v, 255})
		}
		rd.add(row)
	}
	// Columns 0–2 and 3–4; rows 0–1 and 2.
	mean := func(vs ...int) byte {
		s := 0
		for _, v := range vs {
			s += v
		}
		return byte((s + len(vs)/2) / len(vs))
	}
	wantGrey := []byte{mean(0, 10, 20, 50, 60, 70), mean(30, 40, 80, 90), mean(100, 110, 120), mean(130, 140)}
	for i, w := range wantGrey {
		if got := rd.out.Pix[4*i]; got != w {
			t.Errorf("pixel %d is %d, want %d", i, got, w)
		}
	}

	// The same size: a copy.
	rd = newReducer(2, 1, 2, 1)
	rd.add([]byte{1, 2, 3, 4, 5, 6, 7, 8})
	if string(rd.out.Pix) != string([]byte{1, 2, 3, 4, 5, 6, 7, 8}) {
		t.Errorf("copied to %v", rd.out.Pix)
	}
}

func TestFit(t *testing.T) {
	for _, c := range []struct{ w, h, maxW, maxH, wantW, wantH int }{
		{640, 320, 2000, 1000, 640, 320},
		{10_000, 10_000, 1950, 1950, 1950, 1950},
		{4000, 3000, 1950, 1463, 1950, 1463},
		{10_000, 1, 100, 100, 100, 1},
		{1, 10_000, 100, 100, 1, 100},
	} {
		if w, h := fit(c.w, c.h, c.maxW, c.maxH); w != c.wantW || h != c.wantH {
			t.Errorf("fit(%d × %d in %d × %d) = %d × %d, want %d × %d", c.w, c.h, c.maxW, c.maxH, w, h, c.wantW, c.wantH)
		}
	}
	if w, h := limitPixels(16_384, 16_384); w*h > maxReducedPixels || w != h {
		t.Errorf("limitPixels(16384 × 16384) = %d × %d", w, h)
	}
	if w, h := limitPixels(300, 200); w != 300 || h != 200 {
		t.Errorf("limitPixels(300 × 200) = %d × %d", w, h)
	}
}
