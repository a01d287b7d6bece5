package atomicfile

import (
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"time"
)

// Temporary files are named ".NAME.paiban-DIGITS.tmp" beside the file NAME
// they will replace: hidden, and recognisable as this program's, so that
// Sweep removes them and nothing else. Files named ".NAME.tmp-DIGITS" were
// made by earlier versions and are swept too.
var tempName = regexp.MustCompile(`^\..+\.(paiban-[0-9]+\.tmp|tmp-[0-9]+)$`)

// StaleAfter is how old a temporary file must be before Sweep removes it.
// A write takes seconds at most, so an older temporary file was left by a
// process that was killed, or a machine that lost power, while writing.
const StaleAfter = time.Hour

// createTemp makes the temporary file for a write of base in dir and
// registers it, so that RemovePending can remove it if the process is
// interrupted.
func createTemp(dir, base string) (*os.File, error) {
	tmp, err := os.CreateTemp(dir, "."+base+".paiban-*.tmp")
	if err != nil {
		return nil, err
	}
	pending.Lock()
	pending.names[tmp.Name()] = true
	pending.Unlock()
	return tmp, nil
}

// pending are the temporary files of the writes under way in this process.
var pending = struct {
	sync.Mutex
	names map[string]bool
}{names: map[string]bool{}}

// forget drops name from the pending temporary files.
func forget(name string) {
	pending.Lock()
	delete(pending.names, name)
	pending.Unlock()
}

// RemovePending removes the temporary files of every write under way in
// this process, leaving each target as it was. It is for a process about to
// end on a signal (see RemoveOnSignals); a write whose file it removed fails.
func RemovePending() {
	pending.Lock()
	defer pending.Unlock()
	for name := range pending.names {
		os.Remove(name)
		delete(pending.names, name)
	}
}

// Sweep removes from dir the temporary files this program left there more
// than StaleAfter ago (name and age both tell; a folder, a link or any
// other file is never touched) and returns how many it removed. Every
// write sweeps its own folder first; the editor sweeps the folders of its
// recent files when it starts. Errors are ignored: sweeping is tidying.
func Sweep(dir string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		if !e.Type().IsRegular() || !tempName.MatchString(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || time.Since(info.ModTime()) < StaleAfter {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			n++
		}
	}
	return n
}
