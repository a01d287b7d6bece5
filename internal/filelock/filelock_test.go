package filelock_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/internal/filelock"
)

// A lock held is refused to a second taker, in this process too, and is
// free again once released.
func TestTryLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.lock")
	l, err := filelock.TryLock(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := filelock.TryLock(path); !errors.Is(err, filelock.ErrLocked) {
		t.Fatalf("second TryLock: %v, want ErrLocked", err)
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	l2, err := filelock.TryLock(path)
	if err != nil {
		t.Fatalf("after Unlock: %v", err)
	}
	if err := l2.Remove(); err != nil {
		t.Fatal(err)
	}
}
