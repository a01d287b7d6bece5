//go:build unix

package export

import (
	"path/filepath"
	"syscall"
	"testing"
)

// Holds never opens a pipe in the way (which would block until a writer
// came): it is not a regular file.
func TestHoldsPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Holds(fifo, []byte("x")); err == nil {
		t.Error("a pipe was taken for a file")
	}
}
