package app

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/paiban/paiban/fonts"
)

// The font picker lists the installed Chinese faces by name; picking one
// puts its spec in the Settings entry. Quote and heading fonts chosen in
// Settings reach the preview and are stored; "use installed fonts" is
// stored too.
func TestFontSettings(t *testing.T) {
	const heading = "（一）工作目標"
	data, err := fonts.NewLibrary().Subset(fonts.SansTC, []rune(para+heading))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	font := filepath.Join(dir, "office", "office.ttf")
	os.MkdirAll(filepath.Dir(font), 0o755)
	if err := os.WriteFile(font, data, 0o644); err != nil {
		t.Fatal(err)
	}

	e, h := open(t)
	h.settle(t)
	e.fontDirs = []string{dir}
	var d *settingsDialog
	var p *fontPicker
	fyne.DoAndWait(func() {
		setBody(e, para+"\n\n> "+para+"\n\n### "+heading+"\n\n"+para)
		d = e.showSettings()
		p = e.pickFont(d.quoteFont)
	})
	h.until(t, func() bool { return p.found })
	fyne.DoAndWait(func() {
		if len(p.shown) != 1 || p.shown[0].Name != "Noto Sans TC Regular" {
			t.Errorf("picker shows %+v", p.shown)
		}
		if e.win.Canvas().Focused() != p.search {
			t.Error("the search box does not have the focus")
		}
		p.search.SetText("明朝")
		if len(p.shown) != 0 {
			t.Errorf("search for a name no face has shows %+v", p.shown)
		}
		p.search.SetText("sans")
		p.list.Select(0)
		if d.quoteFont.Text != font {
			t.Errorf("picked %q, want %q", d.quoteFont.Text, font)
		}
		if hint := d.fontItems[2].HintText; hint != "Noto Sans TC Regular" || d.fontItems[0].HintText != tr(e.ui, "fontdefault") {
			t.Errorf("the quote font row names %q", hint)
		}
		d.headFonts[1].SetText(font) // ### headings
		d.system.SetChecked(false)
		test.Tap(d.ok)
	})
	pv := h.settle(t)
	if !strings.HasPrefix(e.settings.QuoteFont, "office-") || e.settings.HeadingFonts[3] != e.settings.QuoteFont || !e.settings.NoSystemFonts {
		t.Fatalf("settings not applied: %q %v %v", e.settings.QuoteFont, e.settings.HeadingFonts, e.settings.NoSystemFonts)
	}
	headed := false
	for _, l := range pv.doc.Pages[0].Lines {
		for _, r := range l.Runs {
			headed = headed || strings.HasPrefix(r.Face, "office-") && l.Text() == heading
		}
	}
	if !headed {
		t.Error("the ### heading is not in the chosen font")
	}
	faces := map[string]int{}
	for _, l := range pv.doc.Pages[0].Lines {
		for _, r := range l.Runs {
			faces[r.Face] += len(r.Glyphs)
		}
	}
	// The heading and the quote, no more: the paragraphs stay in the serif.
	if want := len([]rune(heading + para)); faces[e.settings.QuoteFont] != want {
		t.Errorf("%d glyphs in the chosen font, want %d (heading and quote): faces %v", faces[e.settings.QuoteFont], want, faces)
	}
	got := loadPreferences(e.app.Preferences(), langEn)
	if got.QuoteFont != font || got.HeadingFonts[1] != font || got.HeadingFonts[0] != "" || !got.NoSystemFonts {
		t.Errorf("stored %+v", got)
	}
}

// With no installed Chinese font the picker says so, and "embedded" clears
// the entry.
func TestFontPickerEmpty(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	e.fontDirs = []string{t.TempDir()}
	var d *settingsDialog
	var p *fontPicker
	fyne.DoAndWait(func() {
		d = e.showSettings()
		d.bodyFont.SetText("/somewhere/font.ttf")
		p = e.pickFont(d.bodyFont)
	})
	h.until(t, func() bool { return p.found })
	fyne.DoAndWait(func() {
		if !p.note.Visible() || !strings.Contains(p.note.Text, "TrueType") {
			t.Errorf("note %q visible=%v", p.note.Text, p.note.Visible())
		}
		test.Tap(p.embedded)
	})
	if d.bodyFont.Text != "" {
		t.Errorf("embedded left %q", d.bodyFont.Text)
	}
}

// Counts read as English does: "1 page", "2 pages".
func TestCountLabels(t *testing.T) {
	for _, c := range []struct {
		l, key string
		n      int
		want   string
	}{
		{langEn, "pages", 1, "1 page"},
		{langEn, "pages", 2, "2 pages"},
		{langEn, "notes", 1, "1 proofreading note"},
		{langEn, "chars", 0, "0 characters"},
		{langHant, "pages", 1, "1 頁"},
		{langHans, "warnings", 3, "3 个警告"},
	} {
		if got := trn(c.l, c.key, c.n); got != c.want {
			t.Errorf("%s %s %d: %q, want %q", c.l, c.key, c.n, got, c.want)
		}
	}
}

// Every counted label reads whole for any count in every language: no
// "%!(EXTRA …)" where a wording of one leaves the number out ("1
// replaced" showed as "已取代 1 處%!(EXTRA int=1)"), and the number where
// the wording has a place for it.
func TestEveryCountedLabelFormats(t *testing.T) {
	for key := range strs {
		if _, ok := strs[key+"1"]; !ok {
			continue
		}
		for _, l := range []string{langEn, langHant, langHans} {
			for _, n := range []int{0, 1, 2, 7} {
				got := trn(l, key, n)
				if strings.Contains(got, "%!") {
					t.Errorf("%s %s %d: %q", l, key, n, got)
				}
				if n != 1 && !strings.Contains(got, strconv.Itoa(n)) {
					t.Errorf("%s %s %d: %q has no count", l, key, n, got)
				}
			}
		}
	}
}
