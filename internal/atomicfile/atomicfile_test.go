package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// A write that fails half way — a full disk, say — leaves the old file
// as it was and no temporary file behind.
func TestFailedWriteKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "article.md")
	if err := os.WriteFile(path, []byte("old text"), 0o640); err != nil {
		t.Fatal(err)
	}
	full := errors.New("no space left on device")
	err := Write(path, 0o644, func(w io.Writer) error {
		w.Write([]byte("half of the new"))
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("err = %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old text" {
		t.Fatalf("old file now %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("left behind: %v", entries)
	}
	// A good write replaces it whole and keeps its mode.
	if err := WriteFile(path, []byte("new text"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	if got, _ := os.ReadFile(path); string(got) != "new text" || st.Mode().Perm() != 0o640 {
		t.Fatalf("after a good write: %q %v", got, st.Mode())
	}
}

// A folder that cannot be written to fails clearly and changes nothing.
// (Root may write anywhere: the test then has nothing to check.)
func TestReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	os.WriteFile(path, []byte("%PDF-good"), 0o644)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if probe, err := os.CreateTemp(dir, "probe"); err == nil {
		probe.Close()
		os.Remove(probe.Name())
		t.Skip("this user can write to a read-only folder (root)")
	}
	if err := WriteFile(path, []byte("%PDF-new"), 0o644); err == nil {
		t.Fatal("writing into a read-only folder succeeded")
	}
	if got, _ := os.ReadFile(path); string(got) != "%PDF-good" {
		t.Fatalf("file now %q", got)
	}
}

// A path that is a folder is refused.
func TestFolderAsTarget(t *testing.T) {
	if err := WriteFile(t.TempDir(), []byte("x"), 0o644); err == nil {
		t.Fatal("wrote over a folder")
	}
}
