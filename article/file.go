package article

import (
	"errors"
	"fmt"
	"io/fs"
	"unicode/utf8"

	"github.com/paiban/paiban/internal/userfile"
	"github.com/paiban/paiban/message"
)

// MaxFile is the largest article file accepted: 2 MiB, some 700 000
// Chinese characters, far beyond any news article, well within what the
// layout handles in a few seconds.
const MaxFile = 2 << 20

// EncodingError says that an article file is not UTF-8 text.
type EncodingError struct {
	Line, Col int  // where the first byte that is not UTF-8 is
	Byte      byte // that byte
}

func (e *EncodingError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.detail(message.En))
}

func (e *EncodingError) detail(l message.Lang) string {
	return fmt.Sprintf(notUTF8.In(l), e.Byte)
}

// Fault is what is wrong, without the place, for a caller that words the
// place its own way (a bulletin file's errors).
func (e *EncodingError) Fault() error { return message.New(notUTF8, e.Byte) }

var notUTF8 = message.Text{
	"byte %#02x is not UTF-8 text (save the file as UTF-8)",
	"位元組 %#02x 不是 UTF-8 文字（請把檔案存成 UTF-8）",
	"字节 %#02x 不是 UTF-8 文本（请把文件存为 UTF-8）",
}

// FileError is an article file that cannot be read, with the file's name:
// its Error is "FILE:LINE:COL: message" when the fault has a place in the
// file (a *FrontMatterError, an *EncodingError) and "FILE: message"
// otherwise, unless the cause names the file itself (a file too large, not
// a regular file).
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return e.In(message.En) }

// In implements message.Localized.
func (e *FileError) In(l message.Lang) string {
	var fm *FrontMatterError
	var enc *EncodingError
	var big *userfile.TooLargeError
	var notReg *userfile.NotRegularError
	var pe *fs.PathError
	switch {
	case errors.As(e.Err, &fm):
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, fm.Line, fm.Col, fm.Detail(l))
	case errors.As(e.Err, &enc):
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, enc.Line, enc.Col, enc.detail(l))
	case errors.As(e.Err, &big):
		return big.In(l)
	case errors.As(e.Err, &notReg):
		return notReg.In(l)
	case errors.Is(e.Err, fs.ErrNotExist):
		return fmt.Sprintf(noSuchFile.In(l), e.Path)
	case errors.As(e.Err, &pe):
		if why, ok := message.Reason(e.Err, l); ok {
			return fmt.Sprintf(message.At.In(l), e.Path, why)
		}
		return fmt.Sprintf("%s: %v", e.Path, pe.Err) // the path once
	}
	return fmt.Sprintf("%s: %s", e.Path, message.In(e.Err, l))
}

var noSuchFile = message.Text{"%s: no such file", "%s：找不到這個檔案", "%s：找不到这个文件"}

func (e *FileError) Unwrap() error { return e.Err }

// ReadFile reads and parses the article file at path: a regular file of at
// most MaxFile bytes (see package userfile), UTF-8 text, with a front
// matter that reads. It returns the article, whose Source is the file's
// bytes. Every error is a *FileError naming path; under it, a
// *userfile.TooLargeError, *userfile.NotRegularError, *EncodingError or
// *FrontMatterError tells what is wrong, for a caller that words it itself.
func ReadFile(path string) (*Article, error) {
	src, err := userfile.Read(path, "article", MaxFile)
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	if err := CheckUTF8(src); err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	a, err := Parse(src)
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	return a, nil
}

// CheckUTF8 returns an *EncodingError at the first byte of src that is not
// UTF-8, or nil.
func CheckUTF8(src []byte) error {
	if utf8.Valid(src) {
		return nil
	}
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			line, col := Position(src, i)
			return &EncodingError{Line: line, Col: col, Byte: src[i]}
		}
		i += n
	}
	return nil
}
