package atomicfile_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/atomicfile/atomicfiletest"
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
	err := atomicfile.Write(path, 0o644, func(w io.Writer) error {
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
	if err := atomicfile.WriteFile(path, []byte("new text"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	if got, _ := os.ReadFile(path); string(got) != "new text" || st.Mode().Perm() != 0o640 {
		t.Fatalf("after a good write: %q %v", got, st.Mode())
	}
}

// A folder that cannot be written to fails clearly and changes nothing,
// for root too (see atomicfiletest.ReadOnly).
func TestReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(path, []byte("%PDF-good"), 0o644); err != nil {
		t.Fatal(err)
	}
	atomicfiletest.ReadOnly(t, dir)
	err := atomicfile.WriteFile(path, []byte("%PDF-new"), 0o644)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("writing into a read-only folder: err = %v, want one naming %s", err, path)
	}
	atomicfiletest.Unchanged(t, dir, map[string][]byte{"out.pdf": []byte("%PDF-good")})
}

// A write that runs out of space fails with a message that names the file
// and says the disk is full, and leaves the old file byte for byte and no
// temporary file.
func TestFullDisk(t *testing.T) {
	atomicfiletest.FullDisk(t, "article.md", bytes.Repeat([]byte("old text "), 1000), func(path string) error {
		return atomicfile.WriteFile(path, bytes.Repeat([]byte("new text "), 20_000), 0o644)
	})
}

// A failure at the last step, the rename, also leaves the old file and no
// temporary file.
func TestRenameFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "profile.yaml")
	if err := os.WriteFile(path, []byte("phone: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("rename failed")
	defer atomicfile.SetRename(func(string, string) error { return boom })()
	if err := atomicfile.WriteFile(path, []byte("phone: 2\n"), 0o644); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
	atomicfiletest.Unchanged(t, dir, map[string][]byte{"profile.yaml": []byte("phone: 1\n")})
}

// Writing through a symbolic link replaces the file it points to and keeps
// the link.
func TestThroughSymlinkKeepsLink(t *testing.T) {
	dir := t.TempDir()
	real, link := filepath.Join(dir, "real.md"), filepath.Join(dir, "link.md")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.md", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := atomicfile.WriteFile(link, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file (%v)", err)
	}
	if got, _ := os.ReadFile(real); string(got) != "new" {
		t.Errorf("the linked file holds %q", got)
	}
	if st, _ := os.Stat(real); st.Mode().Perm() != 0o600 {
		t.Errorf("the linked file's mode is now %v", st.Mode().Perm())
	}
}

// A path that is a folder or a device is refused.
func TestNotARegularFile(t *testing.T) {
	if err := atomicfile.WriteFile(t.TempDir(), []byte("x"), 0o644); err == nil || !strings.Contains(err.Error(), "it is a folder") {
		t.Errorf("writing over a folder: %v", err)
	}
	if _, err := os.Stat(os.DevNull); err == nil {
		if err := atomicfile.WriteFile(os.DevNull, []byte("x"), 0o644); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("writing over %s: %v", os.DevNull, err)
		}
	}
}
