package message

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// The system's reasons a file cannot be read or written, which Go words
// in English only.
var (
	notExist   = Text{"no such file or folder", "找不到這個檔案或資料夾", "找不到这个文件或文件夹"}
	permission = Text{"permission denied", "沒有權限", "没有权限"}
	readOnly   = Text{"the disk is read-only", "磁碟是唯讀的", "磁盘是只读的"}
)

// Reason words the system's reason for err in l — a missing file or
// folder, a permission denied, a read-only disk — or returns false when
// err is none of those.
func Reason(err error, l Lang) (string, bool) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return notExist.In(l), true
	case errors.Is(err, fs.ErrPermission):
		return permission.In(l), true
	case errors.Is(err, syscall.EROFS):
		return readOnly.In(l), true
	}
	return "", false
}

// File is err, a failure to read or write the file at path, as an error
// that words itself: an error that does so already (one that names the
// file itself, such as a file too large) as it is, else the path and the
// system's reason (see Reason), else the path and the cause as the system
// gives it.
func File(path string, err error) error {
	if _, ok := err.(Localized); ok {
		return err
	}
	return &fileError{path, err}
}

type fileError struct {
	path string
	err  error
}

func (e *fileError) Error() string { return e.In(En) }

func (e *fileError) In(l Lang) string {
	if why, ok := Reason(e.err, l); ok {
		return fmt.Sprintf(At.In(l), e.path, why)
	}
	var pe *fs.PathError
	if errors.As(e.err, &pe) {
		return fmt.Sprintf(At.In(l), e.path, In(pe.Err, l))
	}
	return fmt.Sprintf(At.In(l), e.path, In(e.err, l))
}

func (e *fileError) Unwrap() error { return e.err }
