package printing

import (
	"image"
	"image/color"
	"reflect"
	"testing"
)

func TestPageOrder(t *testing.T) {
	for _, c := range []struct {
		pages  []int
		copies int
		duplex bool
		want   []int
	}{
		{[]int{1, 2, 3}, 1, false, []int{1, 2, 3}},
		{[]int{1, 3}, 2, false, []int{1, 3, 1, 3}},
		{[]int{1, 2, 3}, 2, true, []int{1, 2, 3, 0, 1, 2, 3}},
		{[]int{2, 3}, 2, true, []int{2, 3, 2, 3}},
	} {
		if got := pageOrder(c.pages, c.copies, c.duplex); !reflect.DeepEqual(got, c.want) {
			t.Errorf("pageOrder(%v, %d, %v) = %v, want %v", c.pages, c.copies, c.duplex, got, c.want)
		}
	}
}

func TestWinPrinter(t *testing.T) {
	for _, c := range []struct {
		status, attr uint32
		want         Printer
	}{
		{0, 0, Printer{Name: "P", Accepting: true}},
		{winStatusPrinting, 0, Printer{Name: "P", Accepting: true, State: Printing}},
		{winStatusPaused | winStatusPaperJam, 0, Printer{Name: "P", Accepting: true, State: Stopped, Reason: "paused"}},
		{winStatusOffline | winStatusPaperOut, 0, Printer{Name: "P", Accepting: true, State: Offline, Reason: "out of paper"}},
		{0, winAttrWorkOffline, Printer{Name: "P", Accepting: true, State: Offline}},
		{winStatusPendingDeletion, 0, Printer{Name: "P"}},
	} {
		if got := winPrinter("P", c.status, c.attr, false); got != c.want {
			t.Errorf("status %#x attributes %#x: %+v, want %+v", c.status, c.attr, got, c.want)
		}
	}
}

func TestBGRA(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 2, 1))
	img.Set(0, 0, color.RGBA{1, 2, 3, 255})
	img.Set(1, 0, color.RGBA{4, 5, 6, 255})
	pix, w, h := bgra(img)
	if w != 2 || h != 1 || !reflect.DeepEqual(pix, []byte{3, 2, 1, 255, 6, 5, 4, 255}) {
		t.Errorf("bgra: %v %d×%d", pix, w, h)
	}
	gray := image.NewGray(image.Rect(5, 5, 6, 6))
	gray.Pix[0] = 9
	if pix, _, _ := bgra(gray); !reflect.DeepEqual(pix, []byte{9, 9, 9, 255}) {
		t.Errorf("bgra of grey: %v", pix)
	}
}
