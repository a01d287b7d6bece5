package app

import (
	"path/filepath"
	"time"

	"github.com/paiban/paiban/internal/atomicfile"
)

// docState is what the editor knows of the article it has open, apart
// from its text: the file it came from, whether it has unsaved changes,
// the file as last read or written (to notice another program's changes),
// and its recovery copy. It is plain data with no Fyne in it, so that the
// rules — a save clears the copy, a new name starts a new copy, a change
// on disk is told once — are tested without a window. The session
// (session.go) embeds it; it is used on the UI goroutine only.
type docState struct {
	path  string // the article's file, absolute; "" for an untitled one
	dirty bool
	// disk is the file as last read or written here, and seen a change on
	// disk the user was already told of.
	disk, seen onDisk
	// store is the recovery folder, rescue this article's copy in it, and
	// legacy the single recovery file of earlier versions.
	store  recoveryStore
	rescue *rescue
	legacy string
}

// newDocState starts an untitled article whose recovery copies go into
// the recovery folder under root (the app's storage).
func newDocState(root string) docState {
	s := docState{store: recoveryStore{dir: filepath.Join(root, "recovery")}, legacy: filepath.Join(root, "recovery.json")}
	s.untitled()
	return s
}

// untitled makes the article a new, untitled one with nothing to save.
func (s *docState) untitled() {
	s.path, s.dirty, s.disk, s.seen = "", false, onDisk{}, onDisk{}
	s.rescue = s.store.entry("")
}

// opened makes the article the one read from path as src.
func (s *docState) opened(path string, src []byte) {
	s.path, s.dirty = path, false
	s.disk, s.seen = stamp(path, src), onDisk{}
	s.rescue = s.store.entry(path)
}

// write writes src to path atomically and makes path the article's file:
// its changes are saved, its recovery copy goes, and under a new name a
// new copy starts.
func (s *docState) write(path string, src []byte) error {
	if err := atomicfile.WriteFile(path, src, 0o644); err != nil {
		return err
	}
	s.rescue.clear()
	if path != s.path {
		s.rescue = s.store.entry(path)
	}
	s.path, s.dirty = path, false
	s.disk, s.seen = stamp(path, src), onDisk{}
	return nil
}

// edited notes a change; it reports whether the article was unchanged
// until now (the title then gains its *).
func (s *docState) edited() bool {
	if s.dirty {
		return false
	}
	s.dirty = true
	return true
}

// discard drops the unsaved changes for good: the recovery copy goes, and
// nothing autosaves them again.
func (s *docState) discard() {
	s.rescue.clear()
	s.dirty = false
}

// changedOnDisk reports whether the file was changed by another program
// (or window) since it was read or written here: saving now would lose
// that change.
func (s *docState) changedOnDisk() bool {
	if s.path == "" {
		return false
	}
	changed, _ := s.disk.changed(s.path)
	return changed
}

// newChangeOnDisk reports a change on disk the user has not been told of
// yet, and notes it as told: a file changed once is asked about once. A
// file removed is not reported (saving writes it again).
func (s *docState) newChangeOnDisk() bool {
	if s.path == "" {
		return false
	}
	changed, now := s.disk.changed(s.path)
	if !changed || !now.known || now.sum == s.seen.sum {
		return false
	}
	s.seen = now
	return true
}

// copy is the recovery copy of the article's text (markdown), when it has
// unsaved changes.
func (s *docState) copy(markdown func() []byte) (recovered, bool) {
	if !s.dirty {
		return recovered{}, false
	}
	return recovered{Path: s.path, Saved: time.Now(), Markdown: string(markdown()), Disk: s.disk.record()}, true
}

// adopt makes a left-over recovery copy the article: unsaved, under the
// copy's file, and the copy this article's own.
func (s *docState) adopt(lo leftover) {
	s.rescue.clear()
	s.path, s.dirty, s.rescue = lo.Path, true, lo.r
	s.disk, s.seen = onDisk{}, onDisk{}
	if lo.Path != "" && lo.Disk != nil {
		s.disk = lo.Disk.onDisk()
	}
}
