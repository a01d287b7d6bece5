// Package atomicfiletest gives tests of code that writes files the two
// failures it must survive: a full disk, on a small tmpfs mounted for the
// test, and a read-only folder, even for root. Both need Linux and root for
// the mount; where that is not permitted they skip the test with the
// reason, or fail it under CI (see package testenv). Nothing in the code
// under test changes for them: a real disk fills up.
package atomicfiletest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/paiban/paiban/internal/testenv"
)

// DiskSize is the size of the file system SmallDisk mounts: a few pages.
const DiskSize = 64 << 10

// FullDisk calls write in a folder on a SmallDisk that Fill has filled,
// which holds the file name with the bytes old (and the filler). write
// gets that file's path and must fail with an error that wraps
// syscall.ENOSPC and says "PATH: the disk is full", and leave the old file
// byte for byte and no temporary file.
func FullDisk(t *testing.T, name string, old []byte, write func(path string) error) {
	dir := SmallDisk(t)
	if err := os.WriteFile(filepath.Join(dir, name), old, 0o644); err != nil {
		t.Fatal(err)
	}
	Fill(t, dir)
	path := filepath.Join(dir, name)
	err := write(path)
	if want := path + ": the disk is full"; !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want ENOSPC and %q", err, want)
	}
	Unchanged(t, dir, map[string][]byte{name: old, "filler": nil})
}

// SmallDisk mounts a tmpfs of DiskSize bytes on a new temporary folder and
// returns the folder; the test's cleanup unmounts it. It skips the test when
// mounting is not permitted.
func SmallDisk(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if err := mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d,mode=0755", DiskSize)); err != nil {
		testenv.Need(t, fmt.Sprintf("a %d KB tmpfs to fill up (Linux and root)", DiskSize>>10), err)
		return dir
	}
	t.Cleanup(func() {
		if err := unmount(dir); err != nil {
			t.Errorf("unmounting the test's tmpfs %s: %v", dir, err)
		}
	})
	return dir
}

// Fill takes all the space left on the file system holding dir with a file
// there, named filler, so that the next write fails.
func Fill(t testing.TB, dir string) {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	block := make([]byte, 4096)
	for n := 1; ; n++ {
		if _, err := f.Write(block); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("filling %s: %v", dir, err)
			}
			break
		}
		if n > DiskSize/len(block)*4 {
			t.Fatalf("filling %s: still not full after %d bytes", dir, n*len(block))
		}
	}
	// A byte more may still fit in the last page; take that too.
	for {
		if _, err := f.Write(block[:1]); err != nil {
			return
		}
	}
}

// ReadOnly makes dir read-only for the rest of the test: by its permissions,
// or, where they do not stop this user (root), by mounting it read-only on
// itself. It skips the test when neither works.
func ReadOnly(t testing.TB, dir string) {
	t.Helper()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	if writable(dir) {
		if err := bindReadOnly(dir); err != nil {
			t.Skipf("this user may write into a folder without write permission, and a read-only mount is not permitted (%v)", err)
		}
		t.Cleanup(func() {
			if err := unmount(dir); err != nil {
				t.Errorf("unmounting the read-only %s: %v", dir, err)
			}
		})
		if writable(dir) {
			t.Fatalf("%s is still writable after a read-only mount", dir)
		}
	}
}

// writable reports whether a file can be made in dir.
func writable(dir string) bool {
	probe, err := os.CreateTemp(dir, "probe")
	if err != nil {
		return false
	}
	probe.Close()
	os.Remove(probe.Name())
	return true
}

// Unchanged fails the test unless dir holds exactly the files of want, with
// their contents byte for byte: the old file intact, no temporary file
// left behind. A name mapped to nil is only required to exist.
func Unchanged(t testing.TB, dir string, want map[string][]byte) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names, wantNames []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	for name, data := range want {
		wantNames = append(wantNames, name)
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
		} else if data != nil && !bytes.Equal(got, data) {
			t.Errorf("%s changed: %d bytes, was %d", name, len(got), len(data))
		}
	}
	sort.Strings(wantNames)
	if !slices.Equal(names, wantNames) {
		t.Errorf("%s holds %q, want only %q", dir, names, wantNames)
	}
}
