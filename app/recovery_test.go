package app

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
)

const childEnv = "PAIBAN_RECOVERY_CHILD"

// TestRecoveryChild is the process TestRecoveryAfterKill kills: it types
// into an editor, lets it autosave, says so, and waits to be killed.
func TestRecoveryChild(t *testing.T) {
	dir := os.Getenv(childEnv)
	if dir == "" {
		t.Skip("run by TestRecoveryAfterKill")
	}
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() {
		e.store = recoveryStore{dir: dir}
		e.rescue = e.store.entry("")
		e.form.title.SetText("未存檔的稿件")
		test.Type(e.form.body, "這段文字尚未儲存，程式就被強制結束了。")
		e.autosave()
	})
	os.Stdout.WriteString("autosaved\n")
	time.Sleep(time.Minute)
	runtime.KeepAlive(e) // as the window keeps it: its lock lives with it
}

// withStore points an editor at a recovery folder shared with others, as
// editors of one user share theirs.
func withStore(e *Editor, dir string) {
	fyne.DoAndWait(func() {
		e.store = recoveryStore{dir: dir}
		e.rescue = e.store.entry(e.path)
	})
}

// recoveryFiles counts the copies in a recovery folder.
func recoveryFiles(t *testing.T, dir string) int {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	return len(names)
}

// A killed editor's unsaved text comes back at the next start, with its
// name and time, and goes once the restored article is saved. While the
// editor runs, its copy is offered to nobody.
func TestRecoveryAfterKill(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestRecoveryChild$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	for lines.Scan() && !strings.Contains(lines.Text(), "autosaved") {
	}
	e, h := open(t)
	h.settle(t)
	withStore(e, dir)
	var d *dialog.CustomDialog
	fyne.DoAndWait(func() { d = e.offerRecovery() })
	if d != nil {
		t.Fatal("a running editor's copy was offered")
	}
	cmd.Process.Signal(syscall.SIGKILL) // kill -9: no chance to clean up
	cmd.Wait()

	fyne.DoAndWait(func() { d = e.offerRecovery() })
	if d == nil {
		t.Fatal("no recovery offered after the kill")
	}
	fyne.DoAndWait(func() {
		top := e.win.Canvas().Overlays().Top()
		if findLabel(top, tr(e.ui, "untitled")+" — ") == nil {
			t.Error("the offer does not name the article")
		}
		b := findIn(top, tr(e.ui, "restore"))
		if b == nil {
			t.Fatal("no Restore button")
		}
		test.Tap(b)
	})
	if got := e.form.body.Text(); got != "這段文字尚未儲存，程式就被強制結束了。" || e.form.title.Text != "未存檔的稿件" {
		t.Fatalf("restored %q / %q", e.form.title.Text, got)
	}
	if !e.dirty {
		t.Fatal("a restored article must still be marked unsaved")
	}
	// Saving it removes the recovery file.
	fyne.DoAndWait(func() {
		if err := e.SaveTo(filepath.Join(t.TempDir(), "a.md")); err != nil {
			t.Fatal(err)
		}
	})
	if n := recoveryFiles(t, dir); n != 0 {
		t.Fatalf("%d recovery files outlived the save", n)
	}
}

// Two windows keep a copy each; saving in one removes its own copy only,
// and when the other stops without saving, its copy is offered.
func TestTwoWindowsKeepTheirOwnCopies(t *testing.T) {
	dir := t.TempDir()
	one, h1 := open(t)
	h1.settle(t)
	two, h2 := open(t)
	h2.settle(t)
	withStore(one, dir)
	withStore(two, dir)
	fyne.DoAndWait(func() {
		test.Type(one.form.body, "第一個視窗的文字")
		one.autosave()
	})
	fyne.DoAndWait(func() {
		test.Type(two.form.body, "第二個視窗的文字")
		two.autosave()
	})
	fyne.DoAndWait(func() {
		test.Type(one.form.body, "，又多了幾個字")
		one.autosave()
	})
	if n := recoveryFiles(t, dir); n != 2 {
		t.Fatalf("%d recovery files, want one a window", n)
	}
	fyne.DoAndWait(func() {
		if err := one.SaveTo(filepath.Join(t.TempDir(), "one.md")); err != nil {
			t.Fatal(err)
		}
	})
	if n := recoveryFiles(t, dir); n != 1 {
		t.Fatalf("after saving one window: %d recovery files, want the other's", n)
	}
	// The second window's process dies: its lock goes with it.
	fyne.DoAndWait(func() { two.rescue.release() })
	found, err := recoveryStore{dir: dir}.leftovers("")
	if err != nil || len(found) != 1 || !strings.Contains(found[0].Markdown, "第二個視窗的文字") {
		t.Fatalf("left over: %+v, %v; want the second window's text", found, err)
	}
}

// Don't Save on closing removes the copy, and nothing writes it again
// (the window autosaves as it leaves the foreground), so the next start
// offers nothing.
func TestDontSaveLeavesNoCopy(t *testing.T) {
	dir := t.TempDir()
	e, h := open(t)
	h.settle(t)
	withStore(e, dir)
	closed := false
	fyne.DoAndWait(func() {
		test.Type(e.form.body, "不要的文字")
		e.autosave()
		e.confirmDiscard(func() { closed = true })
	})
	if n := recoveryFiles(t, dir); n != 1 {
		t.Fatalf("%d copies before closing, want 1", n)
	}
	fyne.DoAndWait(func() {
		test.Tap(findIn(e.win.Canvas().Overlays().Top(), tr(e.ui, "dontsave")))
		e.autosave() // what leaving the foreground does
	})
	if !closed {
		t.Fatal("Don't Save did not go on")
	}
	if n := recoveryFiles(t, dir); n != 0 {
		t.Fatalf("%d copies after Don't Save", n)
	}
	if found, _ := (recoveryStore{dir: dir}).leftovers(""); len(found) != 0 {
		t.Fatalf("offered after Don't Save: %+v", found)
	}
}

// The single recovery file of earlier versions is still offered.
func TestLegacyRecoveryFile(t *testing.T) {
	dir := t.TempDir()
	legacy := filepath.Join(dir, "recovery.json")
	os.WriteFile(legacy, []byte(`{"path":"","saved":"2026-11-20T10:00:00Z","markdown":"---\n---\n\n舊版的副本"}`), 0o600)
	found, err := recoveryStore{dir: filepath.Join(dir, "recovery")}.leftovers(legacy)
	if err != nil || len(found) != 1 || !strings.Contains(found[0].Markdown, "舊版的副本") {
		t.Fatalf("legacy copy: %+v, %v", found, err)
	}
	if _, err := os.Stat(legacy); !os.IsNotExist(err) {
		t.Error("the legacy file was not moved into the folder")
	}
}

// The periodic copy is written off the UI goroutine; a clear (a save, a
// Don't Save) that comes before it wins, and an older copy never replaces
// a newer one.
func TestSaveLater(t *testing.T) {
	dir := t.TempDir()
	r := recoveryStore{dir: dir}.entry("")
	now := time.Now()
	<-r.saveLater(recovered{Saved: now, Markdown: "較新的文字"}, func(err error) { t.Error(err) })
	<-r.saveLater(recovered{Saved: now.Add(-time.Second), Markdown: "較舊的文字"}, func(err error) { t.Error(err) })
	found, err := recoveryStore{dir: dir}.leftovers("")
	if err != nil || len(found) != 0 {
		t.Fatalf("a held copy was offered: %v %v", found, err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, r.key+".json"))
	if !strings.Contains(string(data), "較新的文字") {
		t.Fatalf("the copy holds %s", data)
	}
	done := r.saveLater(recovered{Saved: now.Add(time.Second), Markdown: "清除前的文字"}, func(err error) { t.Error(err) })
	r.clear()
	<-done
	if n := recoveryFiles(t, dir); n != 0 {
		t.Fatalf("%d copies after the clear", n)
	}
}
