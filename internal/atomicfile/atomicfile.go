// Package atomicfile writes files so that a reader sees either the old file
// or the complete new one, never a partial write: the data goes to a
// temporary file in the same folder, is flushed to disk, and is renamed over
// the target. A failure at any step — a full disk, a read-only folder, a
// write abandoned half way — leaves the old file untouched and removes the
// temporary file; a process killed outright leaves one that the next write
// into that folder removes once it is stale (see Sweep).
//
// It is the one path by which Paiban writes a user's file: the command line,
// the editor's own saves and every writer a Fyne dialog opens (see app's
// file repository). Same reports an output that is one of the inputs.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/paiban/paiban/message"
)

// File is a file being written: what is written goes to a temporary file,
// which Commit renames over the target and Abort removes. Until Commit
// returns, the target is untouched. A File is used from one goroutine.
type File struct {
	path   string // as the caller named it, for messages
	target string // path with its links followed: what is replaced
	perm   os.FileMode
	tmp    *os.File
	done   bool
}

// Create starts writing path. The new file gets mode perm, or the old
// file's mode when it exists. When path is a symbolic link, the file it
// points to is written — created if it does not exist yet — and the link
// stays. A path that is a folder or another kind of non-regular file is
// refused. Errors name path, and say so plainly when the disk is full.
func Create(path string, perm os.FileMode) (*File, error) {
	target, err := resolve(path)
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	switch st, err := os.Stat(target); {
	case err == nil && st.IsDir():
		return nil, message.New(outIsFolder, path)
	case err == nil && !st.Mode().IsRegular():
		return nil, message.New(outNotRegular, path)
	case err == nil:
		perm = st.Mode().Perm()
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	Sweep(dir)
	tmp, err := createTemp(dir, base)
	if err != nil {
		return nil, describe(path, err)
	}
	return &File{path: path, target: target, perm: perm, tmp: tmp}, nil
}

// Write writes to the temporary file.
func (f *File) Write(p []byte) (int, error) {
	if f.done {
		return 0, fmt.Errorf("writing %s: %w", f.path, os.ErrClosed)
	}
	n, err := f.tmp.Write(p)
	if err != nil {
		err = describe(f.path, err)
	}
	return n, err
}

// Commit makes what was written the file at the target: it sets the mode,
// flushes the data to disk and renames it into place. On failure the old
// file stays and the temporary file is removed. Commit after Commit or
// Abort does nothing.
func (f *File) Commit() (err error) {
	if f.done {
		return nil
	}
	f.done = true
	defer func() {
		if err != nil {
			f.tmp.Close() // may be closed already; the first error matters
			os.Remove(f.tmp.Name())
			err = describe(f.path, err)
		}
		forget(f.tmp.Name())
	}()
	if err = f.tmp.Chmod(f.perm); err != nil {
		return err
	}
	if err = f.tmp.Sync(); err != nil {
		return err
	}
	if err = f.tmp.Close(); err != nil {
		return err
	}
	if err = rename(f.tmp.Name(), f.target); err != nil {
		return err
	}
	// Make the rename durable. Best effort: not every system can sync a
	// folder, and the new file is in place either way.
	if d, err := os.Open(filepath.Dir(f.target)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// Abort drops what was written and leaves the old file as it was. Abort
// after Commit or Abort does nothing.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.tmp.Close()
	os.Remove(f.tmp.Name())
	forget(f.tmp.Name())
}

// Write creates or replaces path with what fill writes, as Create and
// Commit do; when fill fails, the old file stays.
func Write(path string, perm os.FileMode, fill func(io.Writer) error) error {
	f, err := Create(path, perm)
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.Abort()
		return describe(path, err)
	}
	return f.Commit()
}

// WriteFile is Write for data already in memory.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// rename is os.Rename except in tests.
var rename = os.Rename

// describe words a failure to write path, once.
func describe(path string, err error) error {
	var d *writeError
	if errors.As(err, &d) {
		return err
	}
	return &writeError{path: path, err: err, full: diskFull(err)}
}

// writeError is a failure to write a file, worded once.
type writeError struct {
	path string
	err  error
	full bool // the disk is full
}

func (e *writeError) Error() string { return e.In(message.En) }

// In implements message.Localized.
func (e *writeError) In(l message.Lang) string {
	if e.full {
		return fmt.Sprintf(diskIsFull.In(l), e.path, e.err)
	}
	if why, ok := message.Reason(e.err, l); ok {
		return fmt.Sprintf(cannotWrite.In(l), e.path, why)
	}
	return fmt.Sprintf(cannotWrite.In(l), e.path, message.In(e.err, l))
}

func (e *writeError) Unwrap() error { return e.err }

var (
	outIsFolder   = message.Text{"writing %s: it is a folder", "無法寫入 %s：這是資料夾", "无法写入 %s：这是文件夹"}
	outNotRegular = message.Text{"writing %s: it is not a regular file", "無法寫入 %s：這不是一般檔案", "无法写入 %s：这不是普通文件"}
	diskIsFull    = message.Text{"writing %s: the disk is full (%v)", "無法寫入 %s：磁碟已滿（%v）", "无法写入 %s：磁盘已满（%v）"}
	cannotWrite   = message.Text{"writing %s: %s", "無法寫入 %s：%s", "无法写入 %s：%s"}
)

// diskFull reports whether err says the file system has no space left.
func diskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || isDiskFullOS(err)
}
