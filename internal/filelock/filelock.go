// Package filelock holds an exclusive lock on a file for as long as a
// process wants it, and no longer: the system drops the lock when the
// process ends, however it ends (kill -9 and power loss included). The
// editor marks each of its recovery copies with one, so that a copy whose
// lock can be taken belongs to no running editor and is offered back.
//
// It must not import any UI package.
package filelock

import (
	"errors"
	"fmt"
	"os"
)

// ErrLocked is returned by TryLock when another holder has the lock.
var ErrLocked = errors.New("locked by another process")

// Lock is a held lock. Its methods may be called from any goroutine, one
// at a time.
type Lock struct {
	f *os.File
}

// TryLock creates path if needed and takes its lock without waiting: it
// returns ErrLocked (wrapped) when another holder — another process, or
// another Lock of this process — has it.
func TryLock(path string) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	if err := lock(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	return &Lock{f: f}, nil
}

// Unlock releases the lock. The file stays; Remove removes it too.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close() // closing the file drops the lock
	l.f = nil
	return err
}

// Remove removes the lock file and releases the lock.
func (l *Lock) Remove() error {
	if l == nil || l.f == nil {
		return nil
	}
	name := l.f.Name()
	// Removing first keeps another process from taking a lock on the name
	// between the two steps (on Windows the removal waits for the close).
	rerr := os.Remove(name)
	err := l.Unlock()
	if rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
		if err2 := os.Remove(name); err2 != nil && !errors.Is(err2, os.ErrNotExist) {
			return err2
		}
	}
	return err
}
