//go:build !unix

package export

import "errors"

// mkfifo makes a FIFO (named pipe) at path, where the system has them.
func mkfifo(path string) error { return errors.New("no FIFOs on this system") }
