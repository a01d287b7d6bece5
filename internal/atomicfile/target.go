package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// maxLinks bounds how many symbolic links resolve follows, as the systems'
// own limit does, so that a loop of links is refused instead of followed
// for ever.
const maxLinks = 40

// resolve follows path's symbolic links to the file a write must replace.
// Unlike filepath.EvalSymlinks it also follows a link whose target does not
// exist yet (a dangling link), so that the write creates the target and
// keeps the link, as it does for a link to an existing file.
func resolve(path string) (string, error) {
	for range maxLinks {
		st, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if st.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", fmt.Errorf("more than %d symbolic links, or a loop of them", maxLinks)
}
