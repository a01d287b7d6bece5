package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// findEntry walks a canvas object tree for the first Entry.
func findEntry(o fyne.CanvasObject) *widget.Entry {
	e, _ := findObject(o, func(o fyne.CanvasObject) bool {
		_, ok := o.(*widget.Entry)
		return ok
	}).(*widget.Entry)
	return e
}

// answerSaveDialog types name into the save dialog on top of the window
// and presses its Save button, then confirms Fyne's "Overwrite?" question
// if it asks, as a user would.
func answerSaveDialog(t *testing.T, e *Editor, name string) {
	t.Helper()
	fyne.DoAndWait(func() {
		top := e.win.Canvas().Overlays().Top()
		entry := findEntry(top)
		if entry == nil {
			t.Fatal("no file name field in the save dialog")
		}
		entry.SetText(name)
		save := findIn(top, "Save")
		if save == nil {
			t.Fatal("no Save button in the save dialog")
		}
		test.Tap(save)
		if next := e.win.Canvas().Overlays().Top(); next != nil && next != top {
			if yes := findIn(next, "Yes"); yes != nil {
				test.Tap(yes)
			}
		}
	})
}

// snapshot reads every file of dir.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, en := range entries {
		out[en.Name()], _ = os.ReadFile(filepath.Join(dir, en.Name()))
	}
	return out
}

// Export PDF over an existing PDF, through the real save dialog: an export
// that fails (a character no font has) leaves the old PDF byte for byte,
// and nothing else in the folder. The editor offers to print the character
// as 〓 rather than telling of a command-line option; Cancel keeps the old
// PDF, Print as 〓 replaces it.
func TestExportOverPDFThatFailsKeepsIt(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	dir := t.TempDir()
	old := []byte("%PDF-1.7 the PDF already sent to the print shop")
	os.WriteFile(filepath.Join(dir, "report.pdf"), old, 0o644)
	before := snapshot(t, dir)
	fyne.DoAndWait(func() {
		e.path = filepath.Join(dir, "report.md") // the dialog opens in its folder
		e.form.title.SetText("報告")
		setBody(e, "一個沒有字形的字：\U000F0000")
		e.exportDialog()
	})
	answerSaveDialog(t, e, "report.pdf")
	offer := waitFor(t, h, e, tr(e.ui, "printgeta"))
	fyne.DoAndWait(func() {
		if findLabel(offer, "allow-missing") != nil {
			t.Error("the editor speaks of a command-line option")
		}
		if findLabel(offer, ":1:") == nil && findLabel(offer, "U+F0000") == nil {
			t.Error("the offer does not say which character, or where")
		}
		test.Tap(findIn(offer, tr(e.ui, "cancel")))
	})
	if got := snapshot(t, dir); len(got) != len(before) || !bytes.Equal(got["report.pdf"], old) {
		t.Fatalf("the folder changed: %d files, report.pdf %q", len(got), got["report.pdf"])
	}
	fyne.DoAndWait(e.exportDialog)
	answerSaveDialog(t, e, "report.pdf")
	offer = waitFor(t, h, e, tr(e.ui, "printgeta"))
	fyne.DoAndWait(func() { test.Tap(findIn(offer, tr(e.ui, "printgeta"))) })
	for i := 0; i < 400; i++ {
		if b, _ := os.ReadFile(filepath.Join(dir, "report.pdf")); !bytes.Equal(b, old) {
			break
		}
		(<-h.queue)()
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "report.pdf")); !bytes.HasPrefix(b, []byte("%PDF-")) || bytes.Equal(b, old) {
		t.Fatal("Print as 〓 did not export")
	}
}

// waitFor runs the editor's UI work until a dialog with a button labelled
// label is on top, and returns it.
func waitFor(t *testing.T, h *harness, e *Editor, label string) fyne.CanvasObject {
	t.Helper()
	for i := 0; i < 400; i++ {
		var top fyne.CanvasObject
		fyne.DoAndWait(func() {
			if o := e.win.Canvas().Overlays().Top(); o != nil && findIn(o, label) != nil {
				top = o
			}
		})
		if top != nil {
			return top
		}
		(<-h.queue)()
	}
	t.Fatalf("no dialog with %q", label)
	return nil
}

// A name typed without .pdf gets it before anything is opened: the file
// of the typed name is not touched.
func TestExportAddsPDF(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "report"), []byte("notes of mine"), 0o644)
	fyne.DoAndWait(func() {
		e.path = filepath.Join(dir, "report.md")
		setBody(e, "一段正文。")
		e.exportDialog()
	})
	answerSaveDialog(t, e, "report")
	for i := 0; i < 200; i++ {
		(<-h.queue)()
		if _, err := os.Stat(filepath.Join(dir, "report.pdf")); err == nil {
			break
		}
	}
	if b, err := os.ReadFile(filepath.Join(dir, "report.pdf")); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("report.pdf: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "report")); string(b) != "notes of mine" {
		t.Fatalf("the file of the typed name now holds %q", b)
	}
}

// Save As to an existing name typed without .md: the file of that name is
// left alone, and notes.md is written (after asking, as it exists too).
func TestSaveAsWithoutExtension(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes"), []byte("my notes, not an article"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.md"), []byte("an older article"), 0o644)
	fyne.DoAndWait(func() {
		e.path = filepath.Join(dir, "draft.md")
		setBody(e, "新的稿件。")
		e.saveAs(nil)
	})
	answerSaveDialog(t, e, "notes")
	if b, _ := os.ReadFile(filepath.Join(dir, "notes")); string(b) != "my notes, not an article" {
		t.Fatalf("notes now holds %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "notes.md")); string(b) != "an older article" {
		t.Fatalf("notes.md replaced before asking: %q", b)
	}
	fyne.DoAndWait(func() {
		top := e.win.Canvas().Overlays().Top()
		if findLabel(top, tr(e.ui, "existsbody")) == nil {
			t.Fatal("no question about replacing notes.md")
		}
		test.Tap(findIn(top, tr(e.ui, "overwrite")))
	})
	if b, _ := os.ReadFile(filepath.Join(dir, "notes.md")); !strings.Contains(string(b), "新的稿件。") {
		t.Fatalf("notes.md holds %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "notes")); string(b) != "my notes, not an article" {
		t.Fatalf("notes now holds %q", b)
	}
	if e.path != filepath.Join(dir, "notes.md") {
		t.Fatalf("the editor's file is %s", e.path)
	}
	if got := len(snapshot(t, dir)); got != 2 {
		t.Fatalf("%d files in the folder, want 2", got)
	}
}

// A file another program (or window) saved after it was opened here is
// not overwritten without asking; Replace then writes it.
func TestSaveAsksWhenChangedOnDisk(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	path := filepath.Join(t.TempDir(), "a.md")
	os.WriteFile(path, []byte("---\ntitle: 甲\n---\n\n原文。\n"), 0o644)
	fyne.DoAndWait(func() {
		if err := e.Open(path); err != nil {
			t.Fatal(err)
		}
		test.Type(e.form.body, "我的改動")
	})
	theirs := []byte("---\ntitle: 甲\n---\n\n另一個視窗存的版本，長一點。\n")
	os.WriteFile(path, theirs, 0o644)
	fyne.DoAndWait(func() { e.save(nil) })
	if b, _ := os.ReadFile(path); !bytes.Equal(b, theirs) {
		t.Fatal("saved over the other window's changes without asking")
	}
	fyne.DoAndWait(func() {
		top := e.win.Canvas().Overlays().Top()
		if findLabel(top, "a.md") == nil {
			t.Fatal("no question about the changed file")
		}
		test.Tap(findIn(top, tr(e.ui, "overwrite")))
	})
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), "我的改動") {
		t.Fatalf("after Replace the file holds %q", b)
	}
	// Saved here, the file is ours again: the next save asks nothing.
	fyne.DoAndWait(func() {
		test.Type(e.form.body, "再改")
		e.save(nil)
	})
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), "再改") {
		t.Fatal("a save after our own save asked again")
	}
}

// Coming back to the window after the file changed on disk offers to
// reload it, once for each change.
func TestReloadOfferedWhenChangedOnDisk(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	path := filepath.Join(t.TempDir(), "a.md")
	os.WriteFile(path, []byte("---\ntitle: 甲\n---\n\n原文。\n"), 0o644)
	fyne.DoAndWait(func() {
		if err := e.Open(path); err != nil {
			t.Fatal(err)
		}
	})
	fyne.DoAndWait(e.checkDisk)
	if e.win.Canvas().Overlays().Top() != nil {
		t.Fatal("asked although nothing changed")
	}
	os.WriteFile(path, []byte("---\ntitle: 甲\n---\n\n外面改過的文字。\n"), 0o644)
	fyne.DoAndWait(func() {
		e.checkDisk()
		top := e.win.Canvas().Overlays().Top()
		if top == nil {
			t.Fatal("no offer to reload")
		}
		test.Tap(findIn(top, tr(e.ui, "reload")))
	})
	if got := e.form.body.Text(); !strings.Contains(got, "外面改過的文字。") || e.dirty {
		t.Fatalf("after Reload: %q dirty=%v", got, e.dirty)
	}
}

// Paths are kept absolute: an article opened by a relative path from one
// folder is saved to the same file after the program's folder changes,
// and Recent Files holds its absolute path.
func TestPathsKeptAbsolute(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	base := t.TempDir()
	os.Mkdir(filepath.Join(base, "articles"), 0o755)
	abs := filepath.Join(base, "articles", "x.md")
	os.WriteFile(abs, []byte("---\ntitle: 乙\n---\n\n原文。\n"), 0o644)
	t.Chdir(base)
	fyne.DoAndWait(func() {
		if err := e.Open("articles/x.md"); err != nil {
			t.Fatal(err)
		}
	})
	t.Chdir(t.TempDir())
	fyne.DoAndWait(func() {
		test.Type(e.form.body, "改")
		e.save(nil)
	})
	if b, _ := os.ReadFile(abs); !strings.Contains(string(b), "改") {
		t.Fatalf("the article was not saved to its own file: %q", b)
	}
	if _, err := os.Stat("x.md"); err == nil {
		t.Fatal("saved to the current folder")
	}
	if r := e.recent(); len(r) == 0 || r[0] != abs {
		t.Fatalf("recent files: %v", r)
	}
}
