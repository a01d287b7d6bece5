package atomicfile

import (
	"fmt"
	"os"
)

// SameFileError says that an output is one of the inputs it is made from.
type SameFileError struct {
	Output, Input string
}

func (e *SameFileError) Error() string {
	if e.Output == e.Input {
		return fmt.Sprintf("%s is both an input and the output; nothing was written (give the output another name)", e.Output)
	}
	return fmt.Sprintf("%s is the same file as the input %s; nothing was written (give the output another name)", e.Output, e.Input)
}

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
