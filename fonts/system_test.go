package fonts

import (
	"errors"
	"github.com/paiban/paiban/internal/testenv"
	"os"
	"path/filepath"
	"testing"
)

func touch(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("font"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// FindSystem takes the region's face first, falls back to the other
// region's, finds files below the folders given whatever their case, and
// gives a collection's face index.
func TestFindSystem(t *testing.T) {
	user, sys := t.TempDir(), t.TempDir()
	touch(t, filepath.Join(sys, "truetype", "arphic", "ukai.ttc"))
	touch(t, filepath.Join(user, "SimFang.TTF"))

	dirs := []string{user, filepath.Join(sys, "missing"), sys}
	cases := []struct {
		style  Style
		region Region
		want   string
	}{
		{Kai, Traditional, filepath.Join(sys, "truetype", "arphic", "ukai.ttc") + ":2"},
		{Kai, Simplified, filepath.Join(sys, "truetype", "arphic", "ukai.ttc")},
		{FangSong, Simplified, filepath.Join(user, "SimFang.TTF")},
		{FangSong, Traditional, filepath.Join(user, "SimFang.TTF")}, // the other region's, for want of one
		{XiaoBiaoSong, Simplified, ""},
	}
	for _, c := range cases {
		if got := FindSystem(dirs, c.style, c.region); got != c.want {
			t.Errorf("%v %v: got %q, want %q", c.style, c.region, got, c.want)
		}
	}
	// The region's own face wins over one found first.
	touch(t, filepath.Join(user, "kaiu.ttf"))
	if got, want := FindSystem(dirs, Kai, Traditional), filepath.Join(user, "kaiu.ttf"); got != want {
		t.Errorf("Kai TC with 標楷體 installed: got %q, want %q", got, want)
	}
}

// On a machine with Debian's fonts-arphic-ukai (CI installs it), the Kai
// face found loads for embedding and has Traditional and Simplified text.
func TestFindSystemInstalledKai(t *testing.T) {
	spec := FindSystem(SystemDirs(), Kai, Traditional)
	if spec == "" {
		testenv.Need(t, "an installed Kai font (apt-get install fonts-arphic-ukai)", errors.New("none found"))
	}
	path, index, err := ParseSpec(spec)
	if err != nil {
		t.Fatal(err)
	}
	name, data, err := LoadFile(path, index)
	if err != nil {
		t.Fatalf("%s: %v", spec, err)
	}
	f, err := Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "臺灣國家稅務總局引文" {
		if !f.Has(r) {
			t.Errorf("%s has no %c", spec, r)
		}
	}
}
