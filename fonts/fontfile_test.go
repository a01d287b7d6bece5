package fonts

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/internal/userfile"
)

// within runs fn and fails the test if it has not returned after a few
// seconds: a font read that blocks (on a pipe, say) must fail the test, not
// hang it.
func within(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s: still blocked after 5 s", what)
	}
}

// allocated is how many bytes fn allocates (TotalAlloc of the whole
// process, so a little of it may be other goroutines').
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// refusesNotRegular checks that LoadFile and Describe refuse path at once,
// without reading it, with a message naming it.
func refusesNotRegular(t *testing.T, path string) {
	t.Helper()
	within(t, path, func() {
		var err error
		n := allocated(func() { _, _, err = LoadFile(path, 0) })
		var notReg *userfile.NotRegularError
		if !errors.As(err, &notReg) || !strings.HasPrefix(err.Error(), path+": ") || !strings.HasSuffix(err.Error(), ", not a file") {
			t.Errorf("LoadFile(%s): %v, want a *userfile.NotRegularError naming the path", path, err)
		}
		if n > 1<<20 {
			t.Errorf("LoadFile(%s): %d bytes allocated before refusing", path, n)
		}
		if _, err := Describe(path); !errors.As(err, &notReg) {
			t.Errorf("Describe(%s): %v, want a *userfile.NotRegularError", path, err)
		}
	})
}

// A folder is not a font; ListInstalled, which walks folders, also skips
// a folder named like a font.
func TestLoadFileFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fonts.ttf")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	refusesNotRegular(t, dir)
	if got := ListInstalled([]string{filepath.Dir(dir)}); len(got) != 0 {
		t.Errorf("ListInstalled: %v", got)
	}
}

// A file over MaxFontFile is refused from its size, before it is read;
// a sparse file makes one at once.
func TestLoadFileTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.ttf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFontFile + 1<<20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	n := allocated(func() { _, _, err = LoadFile(path, 0) })
	var tooLarge *userfile.TooLargeError
	if !errors.As(err, &tooLarge) || tooLarge.Size != MaxFontFile+1<<20 {
		t.Fatalf("LoadFile: %v, want a *userfile.TooLargeError of its size", err)
	}
	if want := path + ": the font is 65 MB; the largest accepted is 64 MB"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	if n > 1<<20 {
		t.Errorf("%d bytes allocated before refusing", n)
	}
	if _, err := Describe(path); !errors.As(err, &tooLarge) {
		t.Errorf("Describe: %v, want a *userfile.TooLargeError", err)
	}

	// Exactly the limit is read (and found not to be a font).
	if err := os.Truncate(path, MaxFontFile); err != nil {
		t.Fatal(err)
	}
	if _, _, err = LoadFile(path, 0); err == nil || errors.As(err, &tooLarge) {
		t.Errorf("a file of MaxFontFile bytes: %v, want it read and refused as no font", err)
	}
}

// A symbolic link to a font loads as the font does; a link to a folder is
// refused as the folder is.
func TestLoadFileSymlink(t *testing.T) {
	dir := t.TempDir()
	font := write(t, "serif.ttf", smallFace(t, SerifTC))
	link := filepath.Join(dir, "link.ttf")
	if err := os.Symlink(font, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if _, data, err := LoadFile(link, 0); err != nil || len(data) == 0 {
		t.Fatalf("LoadFile through a link: %v", err)
	}
	if in, err := Describe(link); err != nil || in.Name != "Noto Serif TC Regular" {
		t.Errorf("Describe through a link: %+v %v", in, err)
	}
	toDir := filepath.Join(dir, "dir.ttf")
	if err := os.Symlink(t.TempDir(), toDir); err != nil {
		t.Fatal(err)
	}
	refusesNotRegular(t, toDir)
}
