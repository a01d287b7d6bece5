package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paiban/paiban/bulletin"
	"github.com/paiban/paiban/fonts"

	"github.com/paiban/paiban/orgdefaults"
	"github.com/paiban/paiban/profile"
)

var taipei = orgdefaults.Defaults{
	ShortName: "tpe",
	Profile:   profile.Profile{Organisation: "臺北市政府資訊局", Slogan: "智慧城市"},
	Paper:     "B5", Size: "大", Official: true,
	BodyFont: "/f/body.ttf", TitleFont: "/f/title.ttf", QuoteFont: "/f/kai.ttf",
	HeadingFonts:  [orgdefaults.HeadingLevels]string{"/f/h2.ttf", "", "", "/f/h5.ttf"},
	NoSystemFonts: true,
}

// A new user of an organisation build starts with its defaults, stored as
// their own settings; the interface language still follows the system.
func TestNewUserGetsOrganisationDefaults(t *testing.T) {
	pr := memPrefs{}
	seedWith(pr, taipei)
	got := loadPreferences(pr, langHant)
	want := preferences{Profile: taipei.Profile, Paper: "B5", Size: "大", UILang: langHant, Official: true,
		BodyFont: "/f/body.ttf", TitleFont: "/f/title.ttf", QuoteFont: "/f/kai.ttf",
		HeadingFonts: taipei.HeadingFonts, NoSystemFonts: true, Compress: "auto"}
	if got != want {
		t.Errorf("after seeding:\n%+v\nwant\n%+v", got, want)
	}
	if lang := loadPreferences(pr, langHans).UILang; lang != langHans {
		t.Errorf("the interface language was stored as %q; it should follow the system", lang)
	}
}

// A user who has saved settings keeps them when an organisation build is
// installed over the program.
func TestExistingUserKeepsSettings(t *testing.T) {
	for _, mine := range []func(p *preferences){
		func(p *preferences) { p.Profile.Phone = "12366" },
		func(p *preferences) { p.Paper = "A5" },
	} {
		pr := memPrefs{}
		p := loadPreferences(pr, langEn)
		mine(&p)
		p.store(pr)
		seedWith(pr, taipei)
		if got := loadPreferences(pr, langEn); got != p {
			t.Errorf("seeding changed the user's settings:\n%+v\nwant\n%+v", got, p)
		}
	}
}

// An ordinary build writes nothing.
func TestOrdinaryBuildSeedsNothing(t *testing.T) {
	pr := memPrefs{}
	if err := seedOrganisation(pr); err != nil {
		t.Fatal(err)
	}
	if !newUser(pr) {
		t.Error("an ordinary build stored settings for a new user")
	}
}

// Reset to organisation defaults puts back the organisation's profile,
// page and fonts, and keeps the user's language and punctuation choices.
func TestResetToOrganisationDefaults(t *testing.T) {
	mine := preferences{Profile: profile.Profile{Phone: "1"}, Paper: "Letter", Size: "小", UILang: langHans,
		BodyFont: "/mine.ttf", HeadingFonts: [orgdefaults.HeadingLevels]string{"", "/mine3.ttf"},
		KeepHalfWidth: true, Compress: "off"}
	got := withOrganisation(mine, taipei)
	want := preferences{Profile: taipei.Profile, Paper: "B5", Size: "大", UILang: langHans, Official: true,
		BodyFont: "/f/body.ttf", TitleFont: "/f/title.ttf", QuoteFont: "/f/kai.ttf",
		HeadingFonts: taipei.HeadingFonts, NoSystemFonts: true, KeepHalfWidth: true, Compress: "off"}
	if got != want {
		t.Errorf("reset gave\n%+v\nwant\n%+v", got, want)
	}
	// Without an organisation: the program's defaults.
	plain, err := organisationDefaults(mine)
	if err != nil {
		t.Fatal(err)
	}
	if plain.Profile != (profile.Profile{}) || plain.Paper != "A4" || plain.Size != "中" || plain.BodyFont != "" ||
		plain.HeadingFonts[1] != "" || plain.UILang != langHans || plain.Compress != "off" {
		t.Errorf("reset in an ordinary build gave %+v", plain)
	}
}

// A new bulletin starts with the organisation's first bulletin name, its
// issue number the next of that name's, and its 編印單位, unchanged.
func TestNewBulletinGetsOrganisationName(t *testing.T) {
	d := orgdefaults.Defaults{Bulletins: []string{"稅務工作動態", "稅收調研"}, BulletinEditor: "辦公室"}
	today := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	history := bulletin.History{}
	history.Record(&bulletin.Bulletin{Name: "稅務工作動態", Issue: 7, Date: today})
	s := newBulletinState(fonts.NewLibrary(), history, today)
	bulletinWith(s, d)
	if s.b.Name != "稅務工作動態" || s.b.Issue != 8 || s.b.Editor != "辦公室" || s.dirty {
		t.Errorf("new bulletin %q issue %d editor %q changed %v; want 稅務工作動態, 8, 辦公室, unchanged",
			s.b.Name, s.b.Issue, s.b.Editor, s.dirty)
	}
	// Without bulletins in the defaults (an ordinary build) nothing is set.
	s = newBulletinState(fonts.NewLibrary(), nil, today)
	organisationBulletin(s)
	if s.b.Name != "" || s.b.Editor != "" || s.b.Issue != 1 {
		t.Errorf("an ordinary build's new bulletin: %q, %q, issue %d", s.b.Name, s.b.Editor, s.b.Issue)
	}
}

// Settings ▸ Reset to Organisation Defaults is one click: the dialog shows
// the defaults (in an ordinary build the program's own), the interface
// language stays the user's, and OK stores them.
func TestResetButton(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	var d *settingsDialog
	fyne.DoAndWait(func() {
		d = e.showSettings()
		d.paper.SetSelected("A5")
		d.size.SetSelected("大")
		d.bodyFont.SetText("/nowhere/kai.ttf")
		d.entries[0].SetText("某某局")
		d.uilang.SetSelectedIndex(1)
		test.Tap(d.reset)
	})
	got := d.values()
	if got.Paper != "A4" || got.Size != "中" || got.BodyFont != "" || got.Profile != (profile.Profile{}) || got.UILang != langHant {
		t.Fatalf("after Reset: paper %q, size %q, body font %q, profile %+v, interface %q", got.Paper, got.Size, got.BodyFont, got.Profile, got.UILang)
	}
	fyne.DoAndWait(func() { test.Tap(d.ok) })
	if e.prefs.Paper != "A4" || e.prefs.BodyFont != "" {
		t.Errorf("OK stored paper %q, body font %q", e.prefs.Paper, e.prefs.BodyFont)
	}
}
