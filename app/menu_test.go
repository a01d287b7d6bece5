package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The Edit menu's Cut, Copy, Paste and Select All act on the focused
// field, with the usual shortcuts shown; File ▸ Quit is Ctrl+Q and stands
// in for Fyne's own Quit item.
func TestEditMenuActsOnTheFocusedField(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	clip := e.app.Clipboard()
	fyne.DoAndWait(func() {
		e.form.title.SetText("稅務局新聞")
		e.win.Canvas().Focus(e.form.title)
		menuItem(t, e, "selectall").Action()
		menuItem(t, e, "copy").Action()
	})
	if got := clip.Content(); got != "稅務局新聞" {
		t.Fatalf("Select All and Copy put %q on the clipboard", got)
	}
	fyne.DoAndWait(func() {
		menuItem(t, e, "cut").Action()
	})
	if e.form.title.Text != "" || clip.Content() != "稅務局新聞" {
		t.Fatalf("Cut left %q, clipboard %q", e.form.title.Text, clip.Content())
	}
	fyne.DoAndWait(func() {
		menuItem(t, e, "paste").Action()
		menuItem(t, e, "paste").Action()
	})
	if e.form.title.Text != "稅務局新聞稅務局新聞" {
		t.Fatalf("Paste twice gave %q", e.form.title.Text)
	}
	for label, want := range map[string]fyne.Shortcut{"cut": &fyne.ShortcutCut{}, "copy": &fyne.ShortcutCopy{}, "paste": &fyne.ShortcutPaste{}, "selectall": &fyne.ShortcutSelectAll{}} {
		if got := menuItem(t, e, label).Shortcut; got == nil || got.ShortcutName() != want.ShortcutName() {
			t.Errorf("%s: shortcut %v", label, got)
		}
	}
	// Save As is Ctrl+Shift+S, and the window takes it.
	saveAs := menuItem(t, e, "saveas").Shortcut
	if sc, ok := saveAs.(*desktop.CustomShortcut); !ok || sc.KeyName != fyne.KeyS || sc.Modifier != fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift {
		t.Errorf("Save As: shortcut %v", saveAs)
	}
	quit := menuItem(t, e, "quit")
	if !quit.IsQuit || quit.Shortcut == nil || quit.Shortcut.(fyne.KeyboardShortcut).Key() != fyne.KeyQ {
		t.Errorf("Quit: IsQuit %v, shortcut %v", quit.IsQuit, quit.Shortcut)
	}
	var quits int
	for _, it := range e.win.MainMenu().Items[0].Items {
		if it.IsQuit {
			quits++
		}
	}
	if quits != 1 {
		t.Errorf("%d Quit items", quits)
	}
}
