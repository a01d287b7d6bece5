//go:build !windows

package atomicfile

// isDiskFullOS is false: elsewhere syscall.ENOSPC is the one word for a
// full disk.
func isDiskFullOS(error) bool { return false }
