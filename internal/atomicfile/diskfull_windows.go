package atomicfile

import (
	"errors"
	"syscall"
)

// isDiskFullOS recognises Windows' own words for a full disk.
func isDiskFullOS(err error) bool {
	const errorHandleDiskFull, errorDiskFull = syscall.Errno(39), syscall.Errno(112)
	return errors.Is(err, errorHandleDiskFull) || errors.Is(err, errorDiskFull)
}
