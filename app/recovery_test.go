package app

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

const childEnv = "PAIBAN_RECOVERY_CHILD"

// TestRecoveryChild is the process TestRecoveryAfterKill kills: it types
// into an editor, lets it autosave, says so, and waits to be killed.
func TestRecoveryChild(t *testing.T) {
	file := os.Getenv(childEnv)
	if file == "" {
		t.Skip("run by TestRecoveryAfterKill")
	}
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() {
		e.rescue.path = file
		e.form.title.SetText("未存檔的稿件")
		test.Type(e.form.body.entry, "這段文字尚未儲存，程式就被強制結束了。")
		e.autosave()
	})
	os.Stdout.WriteString("autosaved\n")
	time.Sleep(time.Minute)
}

// A killed editor's unsaved text comes back at the next start.
func TestRecoveryAfterKill(t *testing.T) {
	file := filepath.Join(t.TempDir(), "recovery.json")
	cmd := exec.Command(os.Args[0], "-test.run=^TestRecoveryChild$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"="+file)
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
	cmd.Process.Signal(syscall.SIGKILL) // kill -9: no chance to clean up
	cmd.Wait()

	e, h := open(t)
	h.settle(t)
	var d interface{ Hide() }
	fyne.DoAndWait(func() {
		e.rescue.path = file
		d = e.offerRecovery()
	})
	if d == nil {
		t.Fatal("no recovery offered after the kill")
	}
	fyne.DoAndWait(func() {
		top := e.win.Canvas().Overlays().Top()
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
	if _, err := os.Stat(file); err == nil {
		t.Fatal("the recovery file outlived the save")
	}
}
