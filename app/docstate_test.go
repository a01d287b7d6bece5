package app

import (
	"os"
	"path/filepath"
	"testing"
)

// The rules of the open article's state, without a window: edits mark it
// changed once, a save clears its recovery copy and a new name starts a
// new one, Don't Save drops the copy, and a change made on disk by another
// program is noticed before a save and told once.
func TestDocState(t *testing.T) {
	root := t.TempDir()
	s := newDocState(root)
	copies := func() int { return recoveryFiles(t, s.store.dir) }
	text := func() []byte { return []byte("---\ntitle: 甲\n---\n\n正文。\n") }

	if _, ok := s.copy(text); ok {
		t.Fatal("an untitled article with no changes has a copy to keep")
	}
	if !s.edited() || s.edited() {
		t.Fatal("the first edit marks the article changed, and only the first")
	}
	c, ok := s.copy(text)
	if !ok || s.rescue.save(c) != nil || copies() != 1 {
		t.Fatalf("after an edit: copy %v, %d copies", ok, copies())
	}

	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	if err := s.write(a, text()); err != nil {
		t.Fatal(err)
	}
	if s.dirty || s.path != a || copies() != 0 {
		t.Fatalf("after a save: dirty %v path %s, %d copies", s.dirty, s.path, copies())
	}
	if s.changedOnDisk() || s.newChangeOnDisk() {
		t.Fatal("the file just written counts as changed on disk")
	}

	// Another program saves the file.
	os.WriteFile(a, []byte("---\ntitle: 乙\n---\n\n別人的版本。\n"), 0o644)
	if !s.changedOnDisk() {
		t.Fatal("another program's save was not noticed")
	}
	if !s.newChangeOnDisk() || s.newChangeOnDisk() {
		t.Fatal("a change on disk is told once, and only once")
	}
	os.WriteFile(a, []byte("---\ntitle: 丙\n---\n\n又改了。\n"), 0o644)
	if !s.newChangeOnDisk() {
		t.Fatal("a second change on disk was not told")
	}

	// Save As under another name: the old file's state goes with it.
	s.edited()
	c, _ = s.copy(text)
	s.rescue.save(c)
	old := s.rescue
	b := filepath.Join(dir, "b.md")
	if err := s.write(b, text()); err != nil {
		t.Fatal(err)
	}
	if s.rescue == old || copies() != 0 || s.changedOnDisk() {
		t.Fatalf("after Save As: same copy %v, %d copies, changed %v", s.rescue == old, copies(), s.changedOnDisk())
	}

	// Don't Save drops the copy, and nothing is kept afterwards.
	s.edited()
	c, _ = s.copy(text)
	s.rescue.save(c)
	s.discard()
	if _, ok := s.copy(text); ok || copies() != 0 {
		t.Fatalf("after Don't Save: copy %v, %d copies", ok, copies())
	}

	// A left-over copy becomes the article, unsaved, with its file's state.
	other := newDocState(root)
	other.opened(a, mustRead(t, a))
	other.edited()
	c, _ = other.copy(text)
	other.rescue.save(c)
	other.rescue.release() // its window stopped without saving
	found, err := s.store.leftovers("")
	if err != nil || len(found) != 1 {
		t.Fatalf("left over: %v %v", found, err)
	}
	s.adopt(found[0])
	if s.path != a || !s.dirty || s.changedOnDisk() {
		t.Fatalf("adopted: path %s dirty %v changed %v", s.path, s.dirty, s.changedOnDisk())
	}
	os.WriteFile(a, []byte("changed after the crash"), 0o644)
	if !s.changedOnDisk() {
		t.Fatal("a change made to the file after the crash was not noticed")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
