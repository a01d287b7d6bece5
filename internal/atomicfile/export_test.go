package atomicfile

import "os"

// SetRename makes Write rename with f, for a test of a failing rename, until
// the function returned restores os.Rename.
func SetRename(f func(oldpath, newpath string) error) (restore func()) {
	rename = f
	return func() { rename = os.Rename }
}
