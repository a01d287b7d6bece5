//go:build !unix

package userfile

import "os"

// openFile opens path for reading; on Windows opening a file never waits
// on a writer.
func openFile(path string) (*os.File, error) { return os.Open(path) }
