package userfile_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/paiban/paiban/internal/userfile"
)

// within fails the test if f has not returned after a few seconds: a
// read that blocks (a named pipe) must fail the test, not hang it.
func within(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("blocked")
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.md")
	os.WriteFile(good, []byte("正文"), 0o644)
	if b, err := userfile.Read(good, "article", 6); err != nil || string(b) != "正文" {
		t.Fatalf("a file of exactly the limit: %q %v", b, err)
	}
	var big *userfile.TooLargeError
	if _, err := userfile.Read(good, "article", 5); !errors.As(err, &big) || big.Size != 6 {
		t.Fatalf("over the limit: %v", err)
	}
	sparse := filepath.Join(dir, "huge.ttf")
	f, _ := os.Create(sparse)
	f.Truncate(3 << 30)
	f.Close()
	if _, err := userfile.Read(sparse, "font", 64<<20); !errors.As(err, &big) {
		t.Fatalf("a 3 GB file: %v", err)
	} else if want := sparse + ": the font is 3 GB; the largest accepted is 64 MB"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	var notReg *userfile.NotRegularError
	if _, err := userfile.Read(dir, "article", 1<<20); !errors.As(err, &notReg) {
		t.Errorf("a folder: %v", err)
	}
}
