package export

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// The editor keeps one layout.Cache for an article and lays it out again
// after every change of settings. After each change, made one at a time as
// in the editor, its layout equals a fresh one, deeply: no paragraph comes
// back from the cache set in the fonts or with the settings of before.
func TestCachedLayoutFollowsSettings(t *testing.T) {
	lib := fonts.NewLibrary()
	// A user's body font, and another face under the same file name.
	dir := t.TempDir()
	sans := filepath.Join(dir, "a", "body.ttf")
	serif := filepath.Join(dir, "b", "body.ttf")
	for path, face := range map[string]string{sans: fonts.SansTC, serif: fonts.SerifSC} {
		data, err := lib.Data(face)
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sansName, err := AddFont(lib, sans)
	if err != nil {
		t.Fatal(err)
	}
	serifName, err := AddFont(lib, serif)
	if err != nil {
		t.Fatal(err)
	}
	if sansName == serifName {
		t.Fatalf("two different body.ttf share the name %s", sansName)
	}
	for _, name := range []string{"seed-tax-article.md", "features-hans.md"} {
		job, err := Open(filepath.Join("testdata", name), lib)
		if err != nil {
			t.Fatal(err)
		}
		job.Cache = &layout.Cache{}
		var s Settings
		steps := []struct {
			what   string
			change func(*Settings)
		}{
			{"defaults", func(*Settings) {}},
			{"body font", func(s *Settings) { s.BodyFont = sansName }},
			{"another body.ttf", func(s *Settings) { s.BodyFont = serifName }},
			{"title font", func(s *Settings) { s.TitleFont = sansName }},
			{"quote font", func(s *Settings) { s.QuoteFont = serifName }},
			{"heading font", func(s *Settings) { s.HeadingFonts = map[int]string{2: sansName} }},
			{"no installed faces", func(s *Settings) { s.NoSystemFonts = true }},
			{"installed faces", func(s *Settings) { s.NoSystemFonts = false }},
			{"size 大", func(s *Settings) { s.Preset = layout.Large }},
			{"paper A5", func(s *Settings) { s.Paper = layout.A5 }},
			{"compression on", func(s *Settings) { s.Compression = layout.CompressOn }},
			{"compression off", func(s *Settings) { s.Compression = layout.CompressOff }},
			{"half-width kept", func(s *Settings) { s.KeepHalfWidth = true }},
			{"fonts back to the defaults", func(s *Settings) {
				s.BodyFont, s.TitleFont, s.QuoteFont, s.HeadingFonts = "", "", "", nil
			}},
			{"official page", func(s *Settings) { s.Preset, s.Paper, s.Margins = layout.GBT9704, layout.A4, layout.GBT9704Margins }},
		}
		for _, st := range steps {
			st.change(&s)
			cached := job.Layout(s)
			fresh := (&Job{Article: job.Article, Path: job.Path, Dir: job.Dir, Fonts: lib}).Layout(s)
			if !reflect.DeepEqual(cached, fresh) {
				t.Errorf("%s, after %s: the cached layout differs from a fresh one", name, st.what)
			}
		}
	}
}
