//go:build unix

package atomicfile_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/paiban/paiban/internal/atomicfile"
)

// signalChild is set in the child process of TestSignalRemovesTemporary:
// the file it writes.
const signalChild = "ATOMICFILE_SIGNAL_CHILD"

// The child: start a write, say so, and wait to be signalled.
func TestMain(m *testing.M) {
	if path := os.Getenv(signalChild); path != "" {
		atomicfile.RemoveOnSignals()
		f, err := atomicfile.Create(path, 0o644)
		if err != nil {
			fmt.Println(err)
			os.Exit(3)
		}
		f.Write([]byte("half of the new file"))
		fmt.Println("writing")
		select {}
	}
	os.Exit(m.Run())
}

// Ctrl+C, SIGTERM or SIGHUP in the middle of a write leaves the old file
// and no temporary file, and the exit status says which signal.
func TestSignalRemovesTemporary(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.pdf")
		os.WriteFile(path, []byte("old"), 0o644)
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), signalChild+"="+path)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(out).ReadString('\n')
		if line != "writing\n" {
			cmd.Process.Kill()
			t.Fatalf("child: %q", line)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 2 {
			t.Fatalf("while writing: %v, want the file and a temporary", entries)
		}
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		ee, ok := err.(*exec.ExitError)
		if !ok || ee.ExitCode() != 128+int(sig) {
			t.Errorf("%v: exit %v, want status %d", sig, err, 128+int(sig))
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%v: left behind %v", sig, entries)
		}
		if got, _ := os.ReadFile(path); string(got) != "old" {
			t.Errorf("%v: the file is now %q", sig, got)
		}
	}
}
