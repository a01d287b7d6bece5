package app

import (
	"os"
	"path/filepath"
	"testing"
)

// A whole preferences file is kept aside; one that a crash left empty or
// cut short is put back from the copy before Fyne reads it.
func TestKeepPreferences(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "preferences.json")
	if restored, err := KeepPreferences(dir); restored || err != nil {
		t.Fatalf("no file yet: %v %v", restored, err)
	}
	whole := []byte(`{"organisation":"國家稅務總局上海市稅務局","recent":["/home/a/x.md"]}`)
	os.WriteFile(path, whole, 0o600)
	if restored, err := KeepPreferences(dir); restored || err != nil {
		t.Fatalf("a whole file: %v %v", restored, err)
	}
	for _, damaged := range [][]byte{nil, whole[:20]} {
		os.WriteFile(path, damaged, 0o600)
		restored, err := KeepPreferences(dir)
		if !restored || err != nil {
			t.Fatalf("a damaged file %q: %v %v", damaged, restored, err)
		}
		if got, _ := os.ReadFile(path); string(got) != string(whole) {
			t.Fatalf("put back %q", got)
		}
	}
}
