package message

import (
	"errors"
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
