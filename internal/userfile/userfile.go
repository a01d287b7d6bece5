// Package userfile opens and reads the files a user names — articles,
// profiles, fonts, images — as a careful desktop program must: regular
// files only (a folder, a device such as /dev/zero, a named pipe or a
// socket is refused with the reason, and opening never blocks on one), and
// never more than a stated number of bytes, checked before reading and
// enforced while reading, so that no file can make the program run out of
// memory.
//
// It must not import any UI package.
package userfile

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/paiban/paiban/message"
)

// NotRegularError says that a path names something other than a regular
// file.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string { return e.In(message.En) }

// In implements message.Localized.
func (e *NotRegularError) In(l message.Lang) string {
	t := notRegular
	switch {
	case e.Mode.IsDir():
		t = isFolder
	case e.Mode&fs.ModeNamedPipe != 0:
		t = isPipe
	case e.Mode&fs.ModeDevice != 0, e.Mode&fs.ModeCharDevice != 0:
		t = isDevice
	case e.Mode&fs.ModeSocket != 0:
		t = isSocket
	}
	return fmt.Sprintf(t.In(l), e.Path)
}

var (
	notRegular = message.Text{"%s: not a regular file", "%s：不是一般檔案", "%s：不是普通文件"}
	isFolder   = message.Text{"%s: a folder, not a file", "%s：是資料夾，不是檔案", "%s：是文件夹，不是文件"}
	isPipe     = message.Text{"%s: a named pipe, not a file", "%s：是具名管道，不是檔案", "%s：是命名管道，不是文件"}
	isDevice   = message.Text{"%s: a device, not a file", "%s：是裝置，不是檔案", "%s：是设备，不是文件"}
	isSocket   = message.Text{"%s: a socket, not a file", "%s：是通訊端，不是檔案", "%s：是套接字，不是文件"}
)

// TooLargeError says that a file is larger than its kind allows.
type TooLargeError struct {
	Path        string
	What        string // "article", "font", "image"…
	Size, Limit int64
}

func (e *TooLargeError) Error() string { return e.In(message.En) }

// In implements message.Localized.
func (e *TooLargeError) In(l message.Lang) string {
	what := message.Text{e.What, e.What, e.What}
	if k, ok := kinds[e.What]; ok {
		what = k
	}
	return fmt.Sprintf(tooLarge.In(l), e.Path, what.In(l), Size(e.Size), Size(e.Limit))
}

var tooLarge = message.Text{"%s: the %s is %s; the largest accepted is %s", "%s：這個%s有 %s，上限是 %s", "%s：这个%s有 %s，上限是 %s"}

// kinds words the kinds of file callers name.
var kinds = map[string]message.Text{
	"article":       {"article", "文章", "文章"},
	"font":          {"font", "字型", "字体"},
	"image file":    {"image file", "圖片檔", "图片文件"},
	"profile":       {"profile", "主辦單位資料檔", "主办单位资料文件"},
	"preferences":   {"preferences", "偏好設定檔", "偏好设置文件"},
	"recovery copy": {"recovery copy", "還原副本", "还原副本"},
	"document":      {"document", "文件", "文档"},
	"web page":      {"web page", "網頁", "网页"},
	"text file":     {"text file", "文字檔", "文本文件"},
	"bulletin":      {"bulletin file", "簡報檔", "简报文件"},
}

// Size writes a byte count for people: 3 GB, 2 MB, 1.5 MB, 800 KB.
func Size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.3g GB", float64(n)/(1<<30))
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+512)>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Open opens path for reading if it is a regular file (links followed) of
// at most limit bytes (what names the kind of file for the message), and
// returns it with its size. Nothing but a regular file is ever opened, and
// the open does not block (see openFile).
func Open(path, what string, limit int64) (*os.File, int64, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, 0, err
	}
	if !st.Mode().IsRegular() {
		return nil, 0, &NotRegularError{Path: path, Mode: st.Mode()}
	}
	if st.Size() > limit {
		return nil, 0, &TooLargeError{Path: path, What: what, Size: st.Size(), Limit: limit}
	}
	f, err := openFile(path)
	if err != nil {
		return nil, 0, err
	}
	// The path may have been replaced between the two looks: judge the
	// file actually opened.
	st, err = f.Stat()
	if err == nil && !st.Mode().IsRegular() {
		err = &NotRegularError{Path: path, Mode: st.Mode()}
	}
	if err == nil && st.Size() > limit {
		err = &TooLargeError{Path: path, What: what, Size: st.Size(), Limit: limit}
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, st.Size(), nil
}

// Read reads the whole of path as Open allows it. A file that grows past
// limit while it is read is refused too.
func Read(path, what string, limit int64) ([]byte, error) {
	f, size, err := Open(path, what, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Room for the whole file and the read that finds its end; never more
	// than limit+1 bytes are read, so a file that grows past the limit
	// while it is read is caught without reading on.
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	if n := int64(buf.Len()); n > limit {
		return nil, &TooLargeError{Path: path, What: what, Size: n, Limit: limit}
	}
	return buf.Bytes(), nil
}
