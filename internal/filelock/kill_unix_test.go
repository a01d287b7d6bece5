//go:build unix

package filelock_test

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/paiban/paiban/internal/filelock"
)

const child = "FILELOCK_CHILD"

func TestMain(m *testing.M) {
	if path := os.Getenv(child); path != "" {
		if _, err := filelock.TryLock(path); err != nil {
			fmt.Println(err)
			os.Exit(3)
		}
		fmt.Println("locked")
		select {}
	}
	os.Exit(m.Run())
}

// A process killed with kill -9 holds its lock no more.
func TestLockDiesWithProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.lock")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), child+"="+path)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "locked\n" {
		cmd.Process.Kill()
		t.Fatalf("child: %q", line)
	}
	if _, err := filelock.TryLock(path); !errors.Is(err, filelock.ErrLocked) {
		t.Fatalf("while the child holds it: %v, want ErrLocked", err)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	l, err := filelock.TryLock(path)
	if err != nil {
		t.Fatalf("after kill -9: %v", err)
	}
	l.Remove()
}
