package atomicfile_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/paiban/paiban/internal/atomicfile"
)

// Sweep removes this program's temporary files once they are stale, and
// nothing else: not a fresh one (a write may be under way), not a file of
// another name, not a folder or a link of the same name.
func TestSweep(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * atomicfile.StaleAfter)
	files := map[string]bool{ // name → removed
		".art.md.paiban-123.tmp":  true,
		".out.pdf.tmp-4567":       true, // earlier versions' name
		".fresh.pdf.paiban-1.tmp": false,
		"art.md":                  false,
		".art.md.paiban-x.tmp":    false,
		"notes.tmp":               false,
		".art.md.swp":             false,
	}
	for name, gone := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if gone || name != ".fresh.pdf.paiban-1.tmp" {
			os.Chtimes(p, old, old)
		}
	}
	os.Mkdir(filepath.Join(dir, ".d.paiban-1.tmp"), 0o755)
	os.Chtimes(filepath.Join(dir, ".d.paiban-1.tmp"), old, old)
	if n := atomicfile.Sweep(dir); n != 2 {
		t.Errorf("Sweep removed %d files, want 2", n)
	}
	for name, gone := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone != os.IsNotExist(err) {
			t.Errorf("%s: removed=%v, want %v", name, os.IsNotExist(err), gone)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".d.paiban-1.tmp")); err != nil {
		t.Error("a folder was swept")
	}
}

// A write sweeps the stale temporaries of its folder, which a killed
// process left there.
func TestWriteSweeps(t *testing.T) {
	dir := t.TempDir()
	left := filepath.Join(dir, ".out.pdf.paiban-99.tmp")
	os.WriteFile(left, []byte("half"), 0o644)
	old := time.Now().Add(-2 * atomicfile.StaleAfter)
	os.Chtimes(left, old, old)
	if err := atomicfile.WriteFile(filepath.Join(dir, "out.pdf"), []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Error("the stale temporary file is still there")
	}
}

// An abandoned write leaves the old file and no temporary file; a
// committed one replaces it.
func TestCreateAbortCommit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	os.WriteFile(path, []byte("old"), 0o644)
	f, err := atomicfile.Create(path, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("new"))
	f.Abort()
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Fatalf("after Abort: %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("after Abort, left behind: %v", entries)
	}
	if _, err := f.Write([]byte("more")); err == nil {
		t.Error("a write after Abort succeeded")
	}
	f, _ = atomicfile.Create(path, 0o644)
	f.Write([]byte("new"))
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Fatalf("before Commit: %q", got)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Fatalf("after Commit: %q", got)
	}
}

// RemovePending removes the temporary files of the writes under way.
func TestRemovePending(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	os.WriteFile(path, []byte("old"), 0o644)
	f, err := atomicfile.Create(path, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("half"))
	atomicfile.RemovePending()
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("left behind: %v", entries)
	}
	if err := f.Commit(); err == nil {
		t.Error("Commit succeeded after its temporary file was removed")
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Fatalf("the old file is now %q", got)
	}
}
