//go:build unix

package filelock

import (
	"errors"
	"os"
	"syscall"
)

// lock takes f's lock with flock, which belongs to the open file: a second
// open of the same file, even in this process, cannot take it.
func lock(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return ErrLocked
	}
	return err
}
