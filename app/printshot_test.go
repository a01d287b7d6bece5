package app

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/paiban/paiban/printing"
)

// TestPrintDialogPicture draws the print dialog over the seed article in
// each interface language into PAIBAN_GUIDE_SHOTS/guide-print-LANG.png,
// the guides' pictures; without that variable it does nothing.
func TestPrintDialogPicture(t *testing.T) {
	dir := os.Getenv("PAIBAN_GUIDE_SHOTS")
	if dir == "" {
		t.Skip("PAIBAN_GUIDE_SHOTS names no folder for the guides' pictures")
	}
	for _, l := range []string{langEn, langHant, langHans} {
		e, h := open(t)
		h.settle(t)
		fyne.DoAndWait(func() {
			if err := e.Open(seed); err != nil {
				t.Fatal(err)
			}
		})
		h.settle(t)
		sp := &fakeSpooler{printers: []printing.Printer{
			{Name: "Office-LaserJet", Accepting: true, Default: true},
			{Name: "Floor3-Colour", Accepting: true, State: printing.Printing},
			{Name: "Old-Inkjet", State: printing.Stopped, Reason: "paper jam"},
		}}
		pd := showPrint(t, e, h, l, sp)
		fyne.DoAndWait(func() {
			pd.copies.SetText("2")
			pd.range_.SetText("1-2")
			pd.duplex.SetChecked(true)
		})
		// The dialog alone: 520 points wide, centred on the 1280 × 860 window.
		img := e.win.Canvas().Capture().(interface {
			SubImage(image.Rectangle) image.Image
		}).SubImage(image.Rect(370, 247, 910, 613))
		f, err := os.Create(filepath.Join(dir, "guide-print-"+l+".png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		f.Close()
		fyne.DoAndWait(func() { pd.dialog.Hide() })
	}
}
