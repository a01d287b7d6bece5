//go:build unix

package userfile_test

import (
	"errors"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/paiban/paiban/internal/userfile"
)

// A device or a named pipe is refused at once, without blocking.
func TestSpecialFiles(t *testing.T) {
	var notReg *userfile.NotRegularError
	within(t, func() {
		if _, err := userfile.Read("/dev/zero", "font", 64<<20); !errors.As(err, &notReg) {
			t.Errorf("/dev/zero: %v", err)
		}
	})
	pipe := filepath.Join(t.TempDir(), "pipe.png")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	within(t, func() {
		if _, err := userfile.Read(pipe, "image", 1<<20); !errors.As(err, &notReg) || err.Error() != pipe+": a named pipe, not a file" {
			t.Errorf("a named pipe: %v", err)
		}
	})
}
