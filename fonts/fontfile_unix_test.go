//go:build unix

package fonts

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// /dev/zero, which never ends, is refused without a byte read.
func TestLoadFileDevice(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip(err)
	}
	refusesNotRegular(t, "/dev/zero")
}

// A named pipe is refused at once: opening one for reading would wait for
// a writer, and reading it would never end. ListInstalled and FindSystem,
// which walk font folders, pass over it too.
func TestLoadFileFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "simkai.ttf")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	refusesNotRegular(t, fifo)
	within(t, "ListInstalled", func() {
		if got := ListInstalled([]string{dir}); len(got) != 0 {
			t.Errorf("ListInstalled: %v", got)
		}
	})
	if spec := FindSystem([]string{dir}, Kai, Simplified); spec != "" {
		t.Errorf("FindSystem: %s", spec)
	}
}
