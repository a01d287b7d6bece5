//go:build unix

package fonts

import "syscall"

// openNonBlocking makes opening a pipe or device return at once instead of
// waiting; reads of a regular file are not affected.
const openNonBlocking = syscall.O_NONBLOCK
