//go:build unix

package userfile

import (
	"os"
	"syscall"
)

// openFile opens path for reading without blocking: O_NONBLOCK keeps a
// named pipe swapped in after the check from stalling the open, and is
// then cleared, since reads of a regular file never block anyway.
func openFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	syscall.SetNonblock(int(f.Fd()), false)
	return f, nil
}
