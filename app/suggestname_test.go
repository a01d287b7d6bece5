package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// Export PDF and Save As offer the title as a name Windows accepts: the
// seed's title has a colon, which names a hidden stream on NTFS.
func TestDialogsSuggestWindowsSafeNames(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	for _, tt := range []struct {
		open func()
		want string
	}{
		{e.exportDialog, "黨建引領改革：基層戰鬥堡壘強起來.pdf"},
		{func() { e.saveAs(nil) }, "黨建引領改革：基層戰鬥堡壘強起來.md"},
	} {
		var got string
		fyne.DoAndWait(func() {
			e.form.title.SetText("黨建引領改革:基層戰鬥堡壘強起來")
			tt.open()
			top := e.win.Canvas().Overlays().Top()
			if entry := findEntry(top); entry != nil {
				got = entry.Text
			}
			e.win.Canvas().Overlays().Remove(top)
		})
		if got != tt.want {
			t.Errorf("the dialog suggests %q, want %q", got, tt.want)
		}
	}
}
