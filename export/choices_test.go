package export

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// Choices become settings in one place, for the command line and the
// editor alike.
func TestChoicesSettings(t *testing.T) {
	lib := fonts.NewLibrary()
	s, err := Choices{}.Settings(lib)
	if err != nil || s.Preset.Name != layout.Medium.Name || s.Paper != layout.A4 || s.Compression != layout.CompressAuto {
		t.Fatalf("defaults: %+v %v", s, err)
	}
	s, err = Choices{Size: "large", Paper: "a5", Official: true, Compress: "off", ProfileFile: "org.yaml"}.Settings(lib)
	if err != nil || s.Preset.Name != layout.GBT9704.Name || s.Paper != layout.A4 || s.Margins != layout.GBT9704Margins ||
		s.Compression != layout.CompressOff || len(s.Inputs) != 1 || s.Inputs[0] != "org.yaml" {
		t.Fatalf("the official page: %+v %v", s, err)
	}
	for _, bad := range []Choices{{Size: "特大"}, {Paper: "A3"}, {Compress: "maybe"}} {
		var ce *ChoiceError
		if _, err := bad.Settings(lib); !errors.As(err, &ce) {
			t.Errorf("%+v: %v, want a *ChoiceError", bad, err)
		}
	}
	// A font that cannot be used is reported and left out; the others load.
	dir := t.TempDir()
	data, _ := lib.Data(fonts.SansTC)
	good := filepath.Join(dir, "good.ttf")
	os.WriteFile(good, data, 0o644)
	s, err = Choices{BodyFont: filepath.Join(dir, "missing.ttf"), TitleFont: good, HeadingFonts: map[int]string{3: good}}.Settings(lib)
	if err == nil || s.BodyFont != "" || s.TitleFont == "" || s.HeadingFonts[3] != s.TitleFont {
		t.Fatalf("one bad font: %+v %v", s, err)
	}
	if len(s.Inputs) != 2 || s.Inputs[0] != good {
		t.Errorf("inputs %v, want the good font's file twice", s.Inputs)
	}
}
