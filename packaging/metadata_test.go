package packaging

import (
	"bufio"
	"image/png"
	"os"
	"strings"
	"testing"

	"github.com/paiban/paiban/export"
)

// details reads the [Details] table of ../FyneApp.toml: the fyne tool's
// metadata, of which only simple key = value lines are used here.
func details(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kv := map[string]string{}
	section := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			section = strings.Trim(line, "[]")
		case section == "Details":
			k, v, ok := strings.Cut(line, "=")
			if ok {
				kv[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return kv
}

// A plain `go build` prints the same version as a release build, which
// sets export.Version from FyneApp.toml.
func TestVersionMatchesFyneApp(t *testing.T) {
	d := details(t)
	if d["Version"] == "" {
		t.Fatal("FyneApp.toml has no [Details] Version")
	}
	if export.Version != d["Version"] {
		t.Errorf("export.Version is %q but FyneApp.toml says %q: change both together", export.Version, d["Version"])
	}
}

// The app ID names the preferences folder: changing it would lose every
// user's organisation profile.
func TestAppIDKept(t *testing.T) {
	if id := details(t)["ID"]; id != "org.paiban.editor" {
		t.Errorf("FyneApp.toml's ID is %q, want org.paiban.editor (main.go's appID)", id)
	}
}

func TestIcon(t *testing.T) {
	icon := details(t)["Icon"]
	f, err := os.Open("../" + icon)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatalf("%s: %v", icon, err)
	}
	if cfg.Width != 512 || cfg.Height != 512 {
		t.Errorf("%s is %d×%d, want 512×512", icon, cfg.Width, cfg.Height)
	}
}
