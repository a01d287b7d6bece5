package atomicfile

import (
	"fmt"
	"os"

	"github.com/paiban/paiban/message"
)

// SameFileError says that an output is one of the inputs it is made from.
type SameFileError struct {
	Output, Input string
}

func (e *SameFileError) Error() string { return e.In(message.En) }

// In implements message.Localized.
func (e *SameFileError) In(l message.Lang) string {
	if e.Output == e.Input {
		return fmt.Sprintf(bothInAndOut.In(l), e.Output)
	}
	return fmt.Sprintf(sameAsInput.In(l), e.Output, e.Input)
}

var (
	bothInAndOut = message.Text{
		"%s is both an input and the output; nothing was written (give the output another name)",
		"%s 既是讀取的檔案，也是要寫出的檔案；沒有寫入任何東西（請為輸出的檔案另取名稱）",
		"%s 既是读取的文件，也是要写出的文件；没有写入任何东西（请为输出的文件另取名称）",
	}
	sameAsInput = message.Text{
		"%s is the same file as the input %s; nothing was written (give the output another name)",
		"%s 與讀取的檔案 %s 是同一個檔案；沒有寫入任何東西（請為輸出的檔案另取名稱）",
		"%s 与读取的文件 %s 是同一个文件；没有写入任何东西（请为输出的文件另取名称）",
	}
)

// Same returns a *SameFileError when out is the same file as one of
// inputs — the same path, or another name for it through a symbolic or
// hard link — and nil otherwise. An output that does not exist yet (a
// dangling link included) is no input. Call it before writing out.
func Same(out string, inputs ...string) error {
	target, err := resolve(out)
	if err != nil {
		return nil // Create will refuse it with the reason
	}
	ost, err := os.Stat(target)
	if err != nil {
		return nil // no such file yet, so no input's
	}
	for _, in := range inputs {
		if ist, e := os.Stat(in); in != "" && e == nil && os.SameFile(ost, ist) {
			return &SameFileError{Output: out, Input: in}
		}
	}
	return nil
}
