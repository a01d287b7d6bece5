package app

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
)

// The preview is the print: after each change of settings made in the
// editor, one at a time, the document the editor laid out (through its
// worker and its paragraph cache) equals, deeply, a fresh export's layout
// of the same text with the same settings.
func TestPreviewEqualsFreshExport(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	dir := t.TempDir()
	font := filepath.Join(dir, "body.ttf")
	data, err := fonts.NewLibrary().Data(fonts.SansTC)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(font, data, 0o644)
	for _, name := range []string{"seed-tax-article.md", "features-hans.md"} {
		fyne.DoAndWait(func() {
			if err := e.Open(filepath.Join("..", "export", "testdata", name)); err != nil {
				t.Fatal(err)
			}
		})
		h.settle(t)
		steps := []struct {
			what   string
			change func(*preferences)
		}{
			{"body font", func(p *preferences) { p.BodyFont = font }},
			{"title font", func(p *preferences) { p.TitleFont = font }},
			{"quote font", func(p *preferences) { p.QuoteFont = font }},
			{"heading font", func(p *preferences) { p.HeadingFonts[0] = font }},
			{"no installed faces", func(p *preferences) { p.NoSystemFonts = true }},
			{"installed faces", func(p *preferences) { p.NoSystemFonts = false }},
			{"paper A5", func(p *preferences) { p.Paper = "A5" }},
			{"compression on", func(p *preferences) { p.Compress = "on" }},
			{"compression off", func(p *preferences) { p.Compress = "off" }},
			{"half-width kept", func(p *preferences) { p.KeepHalfWidth = true }},
			{"official page", func(p *preferences) { p.Official = true }},
			{"profile", func(p *preferences) { p.Profile.Organisation, p.Profile.Phone = "測試單位", "(021) 1234-5678" }},
			{"back to the defaults", func(p *preferences) { *p = preferences{UILang: p.UILang, Size: "中", Paper: "A4"} }},
		}
		for _, st := range steps {
			fyne.DoAndWait(func() {
				p := e.prefs
				st.change(&p)
				e.applySettings(p)
			})
			shown := h.settle(t)
			var settings export.Settings
			var src []byte
			var from string
			fyne.DoAndWait(func() { settings, src, from = e.settings, e.form.document().Markdown(), filepath.Dir(e.path) })
			// A fresh export: the text read anew, laid out with no cache, in
			// the folder of the article (its pictures) and with the fonts the
			// settings name (the user's, loaded into the editor's library).
			job, err := openSource(t, src, dir, e.lib)
			if err != nil {
				t.Fatal(err)
			}
			job.Dir = from
			fresh := job.Layout(settings)
			if !reflect.DeepEqual(shown.doc, fresh) {
				t.Errorf("%s, after %s: the preview's document differs from a fresh export's", name, st.what)
			}
		}
	}
}

// openSource opens Markdown as export opens an article file.
func openSource(t *testing.T, src []byte, dir string, lib *fonts.Library) (*export.Job, error) {
	t.Helper()
	path := filepath.Join(dir, "article.md")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		return nil, err
	}
	job, err := export.Open(path, lib)
	if err != nil {
		return nil, err
	}
	return job, nil
}
