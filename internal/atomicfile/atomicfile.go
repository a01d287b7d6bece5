// Package atomicfile writes files so that a reader sees either the old file
// or the complete new one, never a partial write: the data goes to a
// temporary file in the same folder, is flushed to disk, and is renamed over
// the target. A failure at any step — a full disk, a read-only folder —
// leaves the old file untouched and removes the temporary file.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"
)

// Write creates or replaces path with what fill writes. The new file gets
// mode perm, or the old file's mode when it exists. When path is a symbolic
// link, the file it points to is replaced and the link stays. A path that
// is a folder or another kind of non-regular file is refused. Errors name
// path, and say so plainly when the disk is full.
func Write(path string, perm os.FileMode, fill func(io.Writer) error) (err error) {
	target := path
	if real, err := filepath.EvalSymlinks(path); err == nil {
		target = real
	}
	switch st, err := os.Stat(target); {
	case err == nil && st.IsDir():
		return fmt.Errorf("writing %s: it is a folder", path)
	case err == nil && !st.Mode().IsRegular():
		return fmt.Errorf("writing %s: it is not a regular file", path)
	case err == nil:
		perm = st.Mode().Perm()
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			err = describe(path, err)
		}
	}()
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close() // may be closed already; the first error matters
			os.Remove(tmp.Name())
		}
	}()
	var w io.Writer = tmp
	if free := simulatedFree.Load(); free != nil {
		w = &fullDisk{w: tmp, name: tmp.Name(), free: *free}
	}
	if err = fill(w); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = rename(tmp.Name(), target); err != nil {
		return err
	}
	// Make the rename durable. Best effort: not every system can sync a
	// folder, and the new file is in place either way.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// rename is os.Rename except in tests.
var rename = os.Rename

// describe words a failure to write path.
func describe(path string, err error) error {
	if diskFull(err) {
		return fmt.Errorf("writing %s: the disk is full (%w)", path, err)
	}
	return fmt.Errorf("writing %s: %w", path, err)
}

// diskFull reports whether err says the file system has no space left.
func diskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || isDiskFullOS(err)
}

// WriteFile is Write for data already in memory.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// simulatedFree, when set, is the space SimulateFullDisk leaves each file.
var simulatedFree atomic.Pointer[int64]

// SimulateFullDisk makes every file this package writes from now on run
// out of space after free bytes: the write fails with syscall.ENOSPC, as
// on a full disk. The function returned ends it. It is for tests of the
// callers' failure handling where no small file system can be mounted
// (mounting one needs root); it applies to every goroutine, so such a test
// must not run in parallel with others that write files.
func SimulateFullDisk(free int64) (restore func()) {
	simulatedFree.Store(&free)
	return func() { simulatedFree.Store(nil) }
}

// fullDisk is a writer that takes free bytes and then fails as a full disk.
type fullDisk struct {
	w    io.Writer
	name string
	free int64
}

func (d *fullDisk) Write(p []byte) (int, error) {
	if int64(len(p)) <= d.free {
		d.free -= int64(len(p))
		return d.w.Write(p)
	}
	n, err := d.w.Write(p[:d.free])
	d.free -= int64(n)
	if err == nil {
		err = &fs.PathError{Op: "write", Path: d.name, Err: syscall.ENOSPC}
	}
	return n, err
}
