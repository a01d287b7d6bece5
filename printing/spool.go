package printing

import (
	"image"
	"image/draw"
)

// This file holds the parts of printing through the Windows spooler that
// need no Windows: which pages go to the printer in which order, the
// printer's state from its status bits, and the page's pixels in the order
// GDI takes them. gdi_windows.go does the rest.

// pageOrder is the pages the spooler is sent, in order, for copies sets of
// pages: collated, and on both sides a blank page (0) after a set of an
// odd number of pages so that the next set starts on a new sheet.
func pageOrder(pages []int, copies int, duplex bool) []int {
	var out []int
	for c := 0; c < copies; c++ {
		out = append(out, pages...)
		if duplex && len(pages)%2 == 1 && c < copies-1 {
			out = append(out, 0)
		}
	}
	return out
}

// Windows' printer status and attribute bits (PRINTER_INFO_2).
const (
	winStatusPaused          = 0x1
	winStatusError           = 0x2
	winStatusPendingDeletion = 0x4
	winStatusPaperJam        = 0x8
	winStatusPaperOut        = 0x10
	winStatusOffline         = 0x80
	winStatusPrinting        = 0x400
	winStatusNotAvailable    = 0x1000
	winStatusNoToner         = 0x40000
	winStatusDoorOpen        = 0x400000
	winAttrWorkOffline       = 0x400
)

// winPrinter is a Windows printer's state from its status and attribute
// bits, with the reason in the system's (English) words.
func winPrinter(name string, status, attributes uint32, isDefault bool) Printer {
	p := Printer{Name: name, Default: isDefault, Accepting: status&winStatusPendingDeletion == 0}
	switch {
	case status&winStatusPaused != 0:
		p.State = Stopped
		p.Reason = "paused"
	case status&(winStatusOffline|winStatusNotAvailable) != 0 || attributes&winAttrWorkOffline != 0:
		p.State = Offline
	case status&winStatusPrinting != 0:
		p.State = Printing
	}
	for _, r := range []struct {
		bit  uint32
		text string
	}{
		{winStatusPaperJam, "paper jam"}, {winStatusPaperOut, "out of paper"},
		{winStatusNoToner, "out of toner"}, {winStatusDoorOpen, "door open"}, {winStatusError, "error"},
	} {
		if status&r.bit != 0 && p.Reason == "" {
			p.Reason = r.text
		}
	}
	return p
}

// bgra returns img's pixels as GDI's 32-bit top-down DIB takes them —
// blue, green, red, unused — reusing an *image.RGBA's own pixels (which
// it overwrites) when it has no padding.
func bgra(img image.Image) (pix []byte, w, h int) {
	b := img.Bounds()
	w, h = b.Dx(), b.Dy()
	rgba, ok := img.(*image.RGBA)
	if !ok || rgba.Stride != 4*w || b.Min != (image.Point{}) {
		rgba = image.NewRGBA(image.Rect(0, 0, w, h))
		draw.Draw(rgba, rgba.Bounds(), img, b.Min, draw.Src)
	}
	pix = rgba.Pix
	for i := 0; i+3 < len(pix); i += 4 {
		pix[i], pix[i+2] = pix[i+2], pix[i]
	}
	return pix, w, h
}
