package atomicfile_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/internal/atomicfile"
)

// A dangling link as the output is written through, as a link to an
// existing file is: the file it names is created and the link stays.
func TestThroughDanglingSymlink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "out.pdf")
	if err := os.Symlink("sub/real.pdf", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := atomicfile.WriteFile(link, []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the dangling link was replaced by a file (%v)", err)
	}
	if got, err := os.ReadFile(filepath.Join(dir, "sub", "real.pdf")); err != nil || string(got) != "%PDF" {
		t.Fatalf("the link's target holds %q (%v)", got, err)
	}
}

// A loop of links is refused with a message and writes nothing.
func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.Symlink("b", a); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	os.Symlink("a", b)
	if err := atomicfile.WriteFile(a, []byte("x"), 0o644); err == nil {
		t.Fatal("writing through a loop of links succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Fatalf("left behind: %v", entries)
	}
}

// Same tells an output that is an input, by any of its names.
func TestSame(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "art.md")
	if err := os.WriteFile(art, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.md")
	os.WriteFile(other, []byte("text"), 0o644)
	sym, hard, dangling := filepath.Join(dir, "sym.pdf"), filepath.Join(dir, "hard.pdf"), filepath.Join(dir, "dangling.pdf")
	if err := os.Symlink("art.md", sym); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := os.Link(art, hard); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	os.Symlink("new.md", dangling)
	cases := []struct {
		out, in string
		same    bool
	}{
		{art, art, true},
		{filepath.Join(dir, ".", "art.md"), art, true},
		{sym, art, true},
		{art, sym, true},
		{hard, art, true},
		{other, art, false},
		{filepath.Join(dir, "new.pdf"), art, false},
		{dangling, art, false},
		{dangling, filepath.Join(dir, "new.md"), false}, // neither exists: nothing to lose
	}
	for _, c := range cases {
		err := atomicfile.Same(c.out, "", c.in)
		var se *atomicfile.SameFileError
		if got := errors.As(err, &se); got != c.same {
			t.Errorf("Same(%s, %s) = %v, want same=%v", c.out, c.in, err, c.same)
		}
	}
}
